"""Dashboard panels on the Wagtail admin's home page for staff who work on
cases: my open cases (the team lead's: the municipality's), cases waiting
for the citizen past their deadline, and cases with something new from the
citizen."""

from __future__ import annotations

from wagtail import hooks
from wagtail.admin.ui.components import Component

from backend_core import selectors

from .policies import aktoer_for_request, sag_policy


class SagsoverblikPanel(Component):
    name = "sagsoverblik"
    order = 10
    template_name = "backoffice/panels/sagsoverblik.html"

    def __init__(self, overblik: dict):
        self.overblik = overblik

    def get_context_data(self, parent_context=None):
        return {"overblik": self.overblik}


@hooks.register("construct_homepage_panels")
def register_panels(request, panels):
    if not sag_policy.user_has_permission(request.user, "view"):
        return
    overblik = selectors.sag_overblik(aktoer=aktoer_for_request(request))
    # Wagtail's page-editing panels say nothing to a caseworker: the case overview replaces them.
    panels[:] = [SagsoverblikPanel(overblik)]
