"""Every URL pattern of the project and how its scoping is tested.

``tests/test_url_scoping.py`` walks ``get_resolver()`` and fails for a pattern
with no entry here. An entry is one of:

- ``Probe(name)``: the test opens the URL with another citizen's or another
  municipality's object (built by the probe ``name`` in the test module) and
  expects a 404/403 without the object's data;
- ``Public(reason)``: anyone may open it; it shows no personal data;
- ``Unscoped(reason)``: it needs a login but names no object (the person's
  own draft, a form, a list whose filtering a ``Probe`` list check covers…).

Keys are routes as Django writes them (``min-side/sager/<uuid:uuid>/``).
A key ending in ``*`` covers every route that starts with what precedes it;
such wildcard entries are only for third-party views (Wagtail, DRF, OIDC):
a route served by one of the project's own packages needs its own exact
entry, so a new view cannot hide under a wildcard.

To add a URL: add one line to ``ROUTES``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Probe:
    name: str


@dataclass(frozen=True)
class Public:
    reason: str


@dataclass(frozen=True)
class Unscoped:
    reason: str


ROUTES: dict[str, Probe | Public | Unscoped] = {
    # --- platform -----------------------------------------------------------
    "healthz": Public("health check: 'ok', no data"),
    "livez": Public("liveness check: 'ok', no data"),
    "favicon.ico": Public("a redirect to the static favicon"),
    "i18n/setlang/": Public("Django's language switch"),
    "jsi18n/": Public("the JavaScript translation catalogue"),
    "api/schema/": Public("the OpenAPI schema (no data)"),
    # --- login ----------------------------------------------------------------
    "login/": Public("citizen login page"),
    "login/fejl/": Public("citizen login failed page"),
    "logout/": Unscoped("ends the own session"),
    "logget-af/": Public("the 'you are logged out' page"),
    "test-idp/end-session/": Public("the test identity provider's end-session endpoint (dev and test only)"),
    "soeg/": Public("site search over the published guidance pages of the reader's site"),
    "search/": Public("redirects to soeg/ with the query"),
    "session/forny/": Unscoped("renews the own session"),
    "admin/login/": Public("staff login (locked out after failures: test_login_security)"),
    "_util/login/": Public("redirects to the MitID login (test_login_security)"),
    "oidc/callback/": Public("MitID callback, rate limited (test_login_security)"),
    "oidc/authenticate/": Public("starts the MitID login, rate limited"),
    "oidc/logout/": Unscoped("ends the own session"),
    "test-idp/authorize/": Public("the local test identity provider (dev and test only; refused in production)"),
    "test-idp/token/": Public("the test identity provider's token endpoint (dev and test only)"),
    "test-idp/userinfo/": Public("the test identity provider's userinfo endpoint (dev and test only)"),
    "test-idp/jwks/": Public("the test identity provider's public keys (dev and test only)"),
    # --- applications (digital_ansoegning) ------------------------------------
    "ansoeg/": Public("list of benefits to apply for"),
    "ansoeg/beregn/": Public("the estimator, no personal data stored"),
    "ansoeg/beregn/<str:ydelse>/": Public("the estimator for one benefit"),
    "ansoeg/kvittering/<uuid:ansoegning_uuid>/": Probe("citizen_ansoegning"),
    "ansoeg/<str:ydelse>/": Unscoped("the citizen's own draft of a benefit type; the key is the type, not an object"),
    "ansoeg/<str:ydelse>/dokumenter/": Unscoped("uploads to the citizen's own draft"),
    "ansoeg/<str:ydelse>/tjek/": Unscoped("check of the citizen's own draft"),
    "ansoeg/<str:ydelse>/indsend/": Unscoped("submits the citizen's own draft"),
    "ansoeg/<str:ydelse>/<slug:trin>/": Unscoped("a step of the citizen's own draft"),
    # --- Min Side and the citizen API -----------------------------------------
    "min-side/": Probe("citizen_list"),
    "min-side/indlejret/": Probe("citizen_list"),
    "min-side/indlejret/tilbage/": Public("sends the citizen back to a configured borger.dk origin; no data"),
    "min-side/besked-om-nyt/": Unscoped("the citizen's own choice of notification channels"),
    "min-side/udbetalinger/<uuid:uuid>/": Probe("citizen_udbetaling"),
    "min-side/sager/<uuid:uuid>/": Probe("citizen_sag"),
    "min-side/sager/<uuid:uuid>/dokumenter/": Probe("citizen_sag"),
    "min-side/sager/<uuid:uuid>/indberet/": Probe("citizen_sag"),
    "min-side/dokument/<uuid:uuid>/": Probe("citizen_dokument"),
    "min-side/indberetning/<uuid:uuid>/": Probe("citizen_indberetning"),
    "min-side/sager/<uuid:uuid>/meld-aendring/": Probe("citizen_sag"),
    "min-side/aendring/<uuid:uuid>/": Probe("citizen_indberetning"),
    "api/borger/sager/": Probe("citizen_list"),
    "api/borger/sager/<uuid:uuid>/": Probe("citizen_sag"),
    "api/borger/sager/<uuid:uuid>/beskeder/": Probe("citizen_sag"),
    # --- the back office ---------------------------------------------------------
    "admin/sager/": Probe("staff_list"),
    "admin/sager/<uuid:uuid>/": Probe("staff_sag"),
    "admin/sager/<uuid:uuid>/afgoerelse/": Probe("staff_sag"),
    "admin/sager/<uuid:uuid>/afgoerelse/forhaandsvisning.pdf": Probe("staff_sag"),
    "admin/sager/fordel/": Unscoped("bulk assignment: case ids in a POST, each asked of the case policy"),
    "admin/sager/soeg/": Unscoped("the queue search: a POST kept in the session; results as staff_list"),
    "admin/ledelsesinformation/": Probe("staff_ledelsesinformation"),
    "admin/snippets/backend_core/hjaelpetekst/edit/<int:pk>/": Probe("staff_hjaelpetekst"),
    "admin/snippets/backend_core/hjaelpetekst/delete/<int:pk>/": Probe("staff_hjaelpetekst"),
    "admin/sager/dokument/<uuid:uuid>/": Probe("staff_dokument"),
    "admin/tofaktor/": Unscoped("the staff member's own devices"),
    "admin/tofaktor/opret/": Unscoped("adds a device to the own account"),
    "admin/tofaktor/gendannelseskoder/": Unscoped("replaces the own recovery codes"),
    "admin/snippets/backend_core/brevtekst/": Probe("staff_brevtekst_list"),
    "admin/snippets/backend_core/brevtekst/results/": Probe("staff_brevtekst_list"),
    "admin/snippets/backend_core/brevtekst/add/": Unscoped("creates a block for the own municipality"),
    "admin/snippets/backend_core/brevtekst/*": Probe("staff_brevtekst"),
    "admin/snippets/choose/backend_core/brevtekst/": Probe("staff_brevtekst_list"),
    "admin/snippets/choose/backend_core/brevtekst/results/": Probe("staff_brevtekst_list"),
    "admin/snippets/choose/backend_core/brevtekst/chosen/<str:pk>/": Probe("staff_brevtekst"),
    "admin/reports/site-history/": Probe("superuser_only"),
    "admin/reports/site-history/results/": Probe("superuser_only"),
    "admin/choose-external-link/": Unscoped("a form that builds a link; odd input tested in test_backoffice_hardening"),
    # --- Wagtail's own admin: guidance content and the installation -----------
    # Pages, images, documents, collections, sites and workflows hold guidance
    # content, not personal data; scoping them per municipality is the page
    # permission policy of issue 9 part 1. Users and groups are for superusers
    # (Wagtail's own permission checks).
    "admin/": Unscoped("the Wagtail dashboard"),
    "admin/pages/*": Unscoped("guidance pages (Wagtail page permissions)"),
    "admin/choose-*": Unscoped("Wagtail's page and link choosers (odd input: test_backoffice_hardening)"),
    "admin/images/*": Unscoped("guidance images (Wagtail collection permissions)"),
    "admin/documents/*": Unscoped("guidance documents (Wagtail collection permissions)"),
    "admin/collections/*": Unscoped("Wagtail collections"),
    "admin/snippets/*": Unscoped("Wagtail's snippet index; letter texts are probed above"),
    "admin/reports/*": Unscoped("Wagtail's page reports (guidance content)"),
    "admin/workflows/*": Unscoped("Wagtail moderation workflows for guidance pages"),
    "admin/forms/*": Unscoped("Wagtail form submissions (no form pages collect personal data)"),
    "admin/redirects/*": Unscoped("URL redirects"),
    "admin/sites/*": Unscoped("Wagtail sites (superusers)"),
    "admin/users/*": Unscoped("Wagtail users (superusers and user admins)"),
    "admin/groups/*": Unscoped("Wagtail groups (superusers)"),
    "admin/settings/*": Unscoped("Wagtail site settings"),
    "admin/api/*": Unscoped("Wagtail's internal admin API for pages, images and documents"),
    "admin/account/*": Unscoped("the staff member's own account settings"),
    "admin/logout/": Unscoped("ends the own session"),
    "admin/password_reset/*": Public("Wagtail's password reset by e-mail (still needs the one-time code after)"),
    "admin/tag-autocomplete/*": Unscoped("tag names of guidance content"),
    "admin/editing-sessions/*": Unscoped("Wagtail's concurrent-editing notices"),
    "admin/embeds/*": Unscoped("oEmbed chooser for guidance pages"),
    "admin/bulk/*": Unscoped("Wagtail bulk actions (each action checks permissions)"),
    "admin/dismissibles/": Unscoped("the own dismissed admin notices"),
    "admin/block-preview/*": Unscoped("StreamField block preview"),
    "admin/sprite*": Public("the admin icon sprite"),
    "admin/jsi18n/": Public("the admin's JavaScript translations"),
    "admin/test404/": Public("Wagtail's 404 test page"),
    "admin/failwhale/": Public("Wagtail's 500 test page"),
    "admin/*": Unscoped("Wagtail's catch-all admin 404"),
    "documents/*": Unscoped("Wagtail documents of guidance pages (collection view restrictions)"),
    "_util/*": Public("Wagtail's page password form (page view restrictions)"),
    "*": Public("Wagtail's page serving (guidance pages)"),
}
