from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from functools import lru_cache
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.http.request import split_domain_port, validate_host
from django.shortcuts import render
from django.utils.http import urlencode, urlsplit
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from portal.login.oidc import CPR_CLAIM

KID = "ydelsesportal-test-idp"
CODE_TTL = 120
TOKEN_TTL = 600


@lru_cache(maxsize=1)
def _private_key() -> rsa.RSAPrivateKey:
    """One key per installation, kept on disk so every process agrees."""
    path = Path(settings.VAR_DIR) / "test_idp_key.pem"
    if path.exists():
        return serialization.load_pem_private_key(path.read_bytes(), password=None)  # type: ignore[return-value]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pem)
    tmp.replace(path)
    return key


def _persons() -> list[dict]:
    from backend_core.registre.cpr import DEMO_PERSONER

    return [
        {
            "cpr": p.cpr,
            "navn": f"{p.fornavn} {p.efternavn}",
            "fornavn": p.fornavn,
            "efternavn": p.efternavn,
            "beskrivelse": getattr(p, "beskrivelse", ""),
        }
        for p in DEMO_PERSONER
    ]


def _allowed_redirect(url: str) -> str | None:
    """The origin of a redirect back to the portal, if its host is one the
    portal serves (``ALLOWED_HOSTS``): any port, any municipal site."""
    parts = urlsplit(url)
    host, _port = split_domain_port(parts.netloc)
    if parts.scheme not in ("http", "https") or not host or not validate_host(host, settings.ALLOWED_HOSTS):
        return None
    return f"{parts.scheme}://{parts.netloc}"


@never_cache
def authorize(request):
    params = request.POST if request.method == "POST" else request.GET
    if params.get("client_id") != settings.OIDC_RP_CLIENT_ID or params.get("response_type", "code") != "code":
        return HttpResponseBadRequest("Unknown client or response type.")
    redirect_uri = params.get("redirect_uri", "")
    origin = _allowed_redirect(redirect_uri)
    if origin is None:
        return HttpResponseBadRequest("redirect_uri is missing or not a host of this portal.")
    persons = _persons()
    if request.method == "POST":
        chosen = next((p for p in persons if p["cpr"] == request.POST.get("person")), None)
        if chosen is not None:
            code = secrets.token_urlsafe(24)
            cache.set(
                f"test_idp:code:{code}",
                {
                    "person": chosen,
                    "nonce": params.get("nonce"),
                    "code_challenge": params.get("code_challenge"),
                    "redirect_uri": redirect_uri,
                },
                CODE_TTL,
            )
            return HttpResponseRedirect(f"{redirect_uri}?{urlencode({'code': code, 'state': params.get('state', '')})}")
    hidden = {
        key: params.get(key, "")
        for key in (
            "client_id",
            "redirect_uri",
            "state",
            "nonce",
            "code_challenge",
            "code_challenge_method",
            "response_type",
            "scope",
        )
    }
    response = render(request, "test_idp/authorize.html", {"persons": persons, "hidden": hidden})
    # The form posts here and is redirected to the portal's callback, which
    # may be another host (a municipal site): CSP form-action covers redirects,
    # to the end of the chain: a login started in the borger.dk embed returns there.
    response._csp_update = {"form-action": [origin, *settings.EMBED_FRAME_ANCESTORS]}
    return response


@never_cache
@require_GET
def end_session(request):
    """RP-initiated logout: the client is named by ``client_id`` (the portal
    sends no ID token in the URL) or, from another client, by an
    ``id_token_hint`` signed by this provider; then the browser goes back to
    ``post_logout_redirect_uri``."""
    hint = request.GET.get("id_token_hint", "")
    target = request.GET.get("post_logout_redirect_uri", "")
    if hint:
        try:
            jwt.decode(
                hint,
                _private_key().public_key(),
                algorithms=["RS256"],
                audience=settings.OIDC_RP_CLIENT_ID,
                options={"verify_exp": False},
            )
        except jwt.PyJWTError:
            return HttpResponseBadRequest("id_token_hint is not a token from this provider.")
    elif request.GET.get("client_id") != settings.OIDC_RP_CLIENT_ID:
        return HttpResponseBadRequest("client_id is not a client of this provider.")
    if _allowed_redirect(target) is None:
        return HttpResponseBadRequest("post_logout_redirect_uri is not a host of this portal.")
    state = request.GET.get("state")
    return HttpResponseRedirect(target + (f"?{urlencode({'state': state})}" if state else ""))


def _pkce_ok(verifier: str, challenge: str | None) -> bool:
    if not challenge:
        return True
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == challenge


@csrf_exempt
@require_POST
def token(request):
    if request.POST.get("client_secret") != settings.OIDC_RP_CLIENT_SECRET:
        return JsonResponse({"error": "invalid_client"}, status=401)
    code = request.POST.get("code", "")
    grant = cache.get(f"test_idp:code:{code}")
    cache.delete(f"test_idp:code:{code}")
    if grant is None or grant["redirect_uri"] != request.POST.get("redirect_uri"):
        return JsonResponse({"error": "invalid_grant"}, status=400)
    if not _pkce_ok(request.POST.get("code_verifier", ""), grant["code_challenge"]):
        return JsonResponse({"error": "invalid_grant"}, status=400)
    person = grant["person"]
    now = int(time.time())
    claims = {
        "sub": hashlib.sha256(person["cpr"].encode()).hexdigest()[:32],
        CPR_CLAIM: person["cpr"],
        "given_name": person["fornavn"],
        "family_name": person["efternavn"],
        "name": person["navn"],
    }
    id_token = jwt.encode(
        {
            **claims,
            "iss": request.build_absolute_uri("/test-idp/"),
            "aud": settings.OIDC_RP_CLIENT_ID,
            "iat": now,
            "exp": now + TOKEN_TTL,
            "nonce": grant["nonce"],
        },
        _private_key(),
        algorithm="RS256",
        headers={"kid": KID},
    )
    access_token = secrets.token_urlsafe(32)
    cache.set(f"test_idp:token:{access_token}", claims, TOKEN_TTL)
    return JsonResponse(
        {"access_token": access_token, "id_token": id_token, "token_type": "Bearer", "expires_in": TOKEN_TTL}
    )


@require_GET
def userinfo(request):
    header = request.headers.get("Authorization", "")
    claims = cache.get(f"test_idp:token:{header.removeprefix('Bearer ').strip()}") if header else None
    if claims is None:
        return JsonResponse({"error": "invalid_token"}, status=401)
    return JsonResponse(claims)


@require_GET
def jwks(request):
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(_private_key().public_key()))
    jwk.update({"kid": KID, "alg": "RS256", "use": "sig"})
    return JsonResponse({"keys": [jwk]})
