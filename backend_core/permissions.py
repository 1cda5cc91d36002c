"""Kept for code written before ``policies``: the same names, from the policies."""

from .policies import (  # noqa: F401
    LEDELSESINFORMATION,
    SAGSADGANG,
    SAGSBEHANDLING,
    SAGSFORDELING,
    dokumenter_synlige,
    har_sagsadgang,
    kan_behandle_sager,
    kan_fordele_sager,
    kan_handle_for_borger,
    kan_se_borger,
    kan_se_dokument,
    kan_se_ledelsesinformation,
    kan_se_sag,
    kraev,
    sager_synlige,
    udbetalinger_synlige,
)
