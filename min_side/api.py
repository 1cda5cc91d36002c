"""The citizen API behind Min Side (and for apps): the citizen's own cases
and messages. Session-authenticated; every endpoint goes through the same
``backend_core`` selectors and services as the pages, so scoping and audit
are identical.

Errors come as ``{"fejl": [{"felt": ..., "besked": ...}]}`` in the request's
language: 400 for bad input, 401/403 without a citizen login, 404 for a case
that is not the citizen's own.
"""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.views import APIView

from backend_core import selectors, services
from backend_core.aktoer import aktoer_for_user


class ErBorger(BasePermission):
    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated and hasattr(request.user, "borger"))


class BorgerApi(APIView):
    permission_classes = [ErBorger]

    def aktoer(self):
        return aktoer_for_user(self.request.user, ip=self.request.META.get("REMOTE_ADDR"))

    def sag(self, uuid):
        try:
            return selectors.sag_get(aktoer=self.aktoer(), uuid=uuid)
        except (ObjectDoesNotExist, PermissionDenied) as exc:
            raise Http404 from exc


class SagOutputSerializer(serializers.Serializer):
    uuid = serializers.UUIDField()
    reference = serializers.CharField()
    ydelse = serializers.CharField()
    ydelse_titel = serializers.CharField(source="get_ydelse_display")
    status = serializers.CharField()
    status_titel = serializers.CharField(source="get_status_display")
    oprettet = serializers.DateTimeField()
    opdateret = serializers.DateTimeField()


class SagListApi(BorgerApi):
    """The citizen's own cases, newest first."""

    @extend_schema(responses=SagOutputSerializer(many=True))
    def get(self, request):
        sager = selectors.sag_list(aktoer=self.aktoer())
        return Response(SagOutputSerializer(sager, many=True).data)


class SagDetailApi(BorgerApi):
    """One of the citizen's cases. ``404`` when it is not theirs."""

    @extend_schema(responses=SagOutputSerializer)
    def get(self, request, uuid):
        return Response(SagOutputSerializer(self.sag(uuid)).data)


class BeskedOutputSerializer(serializers.Serializer):
    uuid = serializers.UUIDField()
    afsender = serializers.CharField()
    tekst = serializers.CharField()
    sendt = serializers.DateTimeField()
    laest = serializers.DateTimeField(
        allow_null=True,
        help_text="When the recipient read it: for the citizen's own messages, when the caseworker did; "
        "for the caseworker's, null until this thread was first read.",
    )


class BeskedCreateApi(BorgerApi):
    """Write to the caseworker on one of the citizen's cases.

    ``400`` with ``felt: "tekst"`` when the text is empty or longer than
    5,000 characters; ``404`` when the case is not the citizen's.
    """

    class InputSerializer(serializers.Serializer):
        tekst = serializers.CharField(max_length=5000, trim_whitespace=True)

    @extend_schema(request=InputSerializer, responses={201: BeskedOutputSerializer})
    def post(self, request, uuid):
        sag = self.sag(uuid)
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        besked = services.besked_send(aktoer=self.aktoer(), sag=sag, tekst=serializer.validated_data["tekst"])
        return Response(BeskedOutputSerializer(besked).data, status=status.HTTP_201_CREATED)

    @extend_schema(responses=BeskedOutputSerializer(many=True))
    def get(self, request, uuid):
        """The thread, oldest first. Reading it marks the caseworker's
        messages read (as opening the case page does); the answer shows them
        as they were before, so a client can tell which are new."""
        sag = self.sag(uuid)
        aktoer = self.aktoer()
        beskeder = list(selectors.besked_list(aktoer=aktoer, sag=sag))
        data = BeskedOutputSerializer(beskeder, many=True).data
        if any(b.laest is None and b.afsender != "borger" for b in beskeder):
            services.beskeder_mark_read(aktoer=aktoer, sag=sag)
        return Response(data)
