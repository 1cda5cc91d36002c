"""The client's address, as the proxies we trust report it.

Behind a load balancer every connection comes from the balancer; the citizen's
address is in ``X-Forwarded-For``, which anyone can also send. So the header
is read only when the connection comes from an address in
``settings.TRUSTED_PROXIES`` (addresses or CIDR networks), and the client is
the right-most address in it that is not itself a trusted proxy (each proxy
appends the address it saw; what a client wrote itself stands to the left).

The middleware writes that address into ``REMOTE_ADDR`` (the connection's own
address stays in ``PORTAL_PROXY_ADDR``), so the audit log, the lockout and the
rate limits all use the same one.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(p, strict=False) for p in proxies)


def _address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    value = value.strip().strip('"')
    if value.startswith("[") and "]" in value:  # [v6]:port
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # v4:port
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _trusted(address, networks) -> bool:
    return address is not None and any(address in network for network in networks)


def resolve_client_ip(remote_addr: str, forwarded_for: str, proxies: list[str] | tuple[str, ...]) -> str:
    """The client's address from the connection's address and the header."""
    networks = _networks(tuple(proxies))
    peer = _address(remote_addr or "")
    if not networks or not _trusted(peer, networks) or not forwarded_for:
        return str(peer) if peer is not None else (remote_addr or "")
    last = peer
    for hop in reversed([_address(part) for part in forwarded_for.split(",")]):
        if hop is None:
            break  # a garbled entry: it and everything to its left came from the client
        if not _trusted(hop, networks):
            return str(hop)
        last = hop
    return str(last)


def came_through_trusted_proxy(request) -> bool:
    """Whether the connection itself came from a trusted proxy."""
    peer = _address(request.META.get("PORTAL_PROXY_ADDR", request.META.get("REMOTE_ADDR", "")))
    return _trusted(peer, _networks(tuple(settings.TRUSTED_PROXIES)))


def client_ip(request) -> str:
    """The client's address for ``request`` (also django-axes' callable)."""
    if "PORTAL_PROXY_ADDR" in request.META:
        return request.META.get("REMOTE_ADDR", "")
    return resolve_client_ip(
        request.META.get("REMOTE_ADDR", ""),
        request.META.get("HTTP_X_FORWARDED_FOR", ""),
        settings.TRUSTED_PROXIES,
    )


class TrustedProxyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        peer = request.META.get("REMOTE_ADDR", "")
        request.META["REMOTE_ADDR"] = resolve_client_ip(
            peer, request.META.get("HTTP_X_FORWARDED_FOR", ""), settings.TRUSTED_PROXIES
        )
        request.META["PORTAL_PROXY_ADDR"] = peer
        return self.get_response(request)
