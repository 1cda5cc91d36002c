"""Settings shared by every profile, each read from the environment.

Profiles (``dev``, ``test``, ``production``) only set environment defaults or
harden; they add no features. Outside systems are configured one module each
in ``integrations/`` and are inert unless their ``USE_<X>`` flag is set.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from .env import env, env_bool, env_int, env_list
from .storage import storages_for

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env("PORTAL_VAR_DIR", default=str(BASE_DIR / "var")))

SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# --- Applications ---------------------------------------------------------

INSTALLED_APPS = [
    # Our packages, top of the import direction first.
    "portal",
    "portal.backoffice",
    "digital_ansoegning",
    "min_side",
    "cms",
    "backend_core",
    # Wagtail.
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Third party.
    "rest_framework",
    "drf_spectacular",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "mozilla_django_oidc",
    "csp",
    "axes",
    "django_structlog",
    # Django.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First: the client's address from the proxies we trust (audit, lockout, rate limits).
    "portal.client_ip.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Compresses pages (static files come precompressed from WhiteNoise).
    # Django's GZipMiddleware pads each response with random bytes against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.middleware.CorrelationIdMiddleware",
    "django_structlog.middlewares.RequestMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.SessionRenewalMiddleware",
    "portal.middleware.DanishFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "min_side.indlejring.IndlejringCookieMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.login.middleware.StaffOtpRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cms.middleware.HjaelpetekstMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.PortalCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Personal data is never cached by a browser or a proxy.
    "portal.middleware.PrivateNoStoreMiddleware",
    # A refused rate limit becomes the 429 page (RATELIMIT_VIEW).
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Last: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.portal",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------

DATABASE_URL = env("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        # Persistent connections (seconds), checked before reuse; 0 opens one per request.
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
USING_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if USING_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Celery and Wagtail's tasks --------------------------------------------

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="memory://")
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", CELERY_BROKER_URL == "memory://")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default="") or None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_TIMEOUT = env_int("CELERY_BROKER_CONNECTION_TIMEOUT", 3)
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "Europe/Copenhagen"
CELERY_BEAT_SCHEDULE = {
    # Sweeps that finish what an outage of the broker or a receiver left
    # waiting; every change also queues its own work right after commit.
    "outbox-publish": {"task": "backend_core.outbox_publish", "schedule": 30.0},
    "brev-send-pending": {"task": "backend_core.brev_send_pending", "schedule": 300.0},
    "registre-retry-waiting": {"task": "backend_core.registre_retry_waiting", "schedule": 300.0},
    # A citizen whose deadline for the caseworker's request passed gets one reminder.
    "borger-frister-paamind": {"task": "backend_core.borger_frister_paamind", "schedule": 3600.0},
    # Retention: drafts past their time (see KLADDE_OPBEVARING_DAGE), once an hour.
    "kladder-ryd-op": {"task": "digital_ansoegning.kladder_ryd_op", "schedule": 3600.0},
    # Notices to citizens (e-mail/SMS) that an outage of the gateway left unsent.
    "notifikationer-send": {"task": "backend_core.notifikationer_send_pending", "schedule": 300.0},
    # The monthly reminder to report income, a few days before the deadline.
    "indberetning-paamindelse": {
        "task": "backend_core.indberetning_paamind",
        "schedule": crontab(minute=0, hour=9, day_of_month=env("INDBERETNING_PAAMINDELSE_DAG", default="5")),
    },
}

# Wagtail's own background work (reference index, search index) goes through
# django-tasks. It runs on Celery when Celery runs, and immediately when
# Celery is eager, so one switch governs both.
TASKS = {"default": {"BACKEND": "portal.tasks_backend.CeleryTaskBackend"}}

# --- Authentication -------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    # First: refuses every login attempt from a locked-out username or address.
    "axes.backends.AxesStandaloneBackend",
    "portal.login.oidc.MitIDAuthenticationBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "portal:login"
LOGIN_REDIRECT_URL = "/"
OTP_TOTP_ISSUER = "Ydelsesportalen"
WAGTAIL_FRONTEND_LOGIN_URL = "/login/"
"""Pages restricted to logged-in users send people to the MitID login, never to
a password form (Wagtail's own ``/_util/login/`` is routed there too)."""

# Lockout (django-axes): every failed staff password, every failed one-time
# code and every failed MitID callback counts, per username and per client
# address; past the limit every attempt is refused until the cool-off ends.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "portal.login.views.locked_out"
AXES_USERNAME_FORM_FIELD = "username"
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_VERBOSE = False

# Rate limits (django-ratelimit) on the citizen login, per client address.
RATELIMIT_VIEW = "portal.login.views.rate_limited"
CITIZEN_LOGIN_RATE = env("CITIZEN_LOGIN_RATE", default="20/m")

# --- Proxies and the client's address -----------------------------------------

TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", [])
"""Addresses or networks (CIDR) of the load balancers and proxies in front of
the portal. Only a request from one of them has its ``X-Forwarded-For`` read;
the client is the last address in it that is not a trusted proxy. Empty: the
connection's own address is the client (no proxy in front)."""

# --- Sessions, cookies and security headers ---------------------------------

SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 30 * 60)
"""Inactivity limit in seconds; requests renew it (``SessionRenewalMiddleware``)."""
SESSION_RENEW_INTERVAL = env_int("SESSION_RENEW_INTERVAL", 60)
"""A request renews the inactivity timer when the last renewal is this many
seconds old: the session is written at most once a minute, not on every
request, and ends between AGE - INTERVAL and AGE after the last request."""
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY", False) else None
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

EMBED_FRAME_ANCESTORS = env_list("EMBED_FRAME_ANCESTORS", ["https://www.borger.dk"])
"""Origins allowed to frame the embeddable Min Side view (and nothing else)."""
PORTAL_BASE_URL = env("PORTAL_BASE_URL", default=f"http://127.0.0.1:{env('PORT', default='8000')}")
"""The portal's public address, for links that leave it (index deep links, e-mails)."""

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

# --- Languages --------------------------------------------------------------

LANGUAGE_CODE = "da"
LANGUAGES = [("da", _("Danish")), ("en", _("English"))]
# English dates day first, as the letters write them (portal/formats/en).
FORMAT_MODULE_PATH = ["portal.formats"]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Guidance pages have English translations (Wagtail's simple translation: built
# in, communicators write the English page themselves; see cms/README.md).
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

# --- Static and media files -------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [("dkfds", BASE_DIR / "node_modules" / "dkfds" / "dist")]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
DOCUMENT_STORAGE, STORAGES = storages_for(VAR_DIR)
"""Documents and letters on disk (embedded default) or in object storage; see ``storage.py``."""
WHITENOISE_KEEP_ONLY_HASHED_FILES = False
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 10 * 1024 * 1024)

# Retention of drafts (data minimisation, GDPR art. 5(1)(c) and (e)): an open
# draft nobody has touched for KLADDE_OPBEVARING_DAGE days is deleted with the
# uploads that never reached a case; a submitted draft (the application holds
# everything) goes KLADDE_INDSENDT_OPBEVARING_DAGE days after submission.
KLADDE_OPBEVARING_DAGE = env_int("KLADDE_OPBEVARING_DAGE", 90)
KLADDE_INDSENDT_OPBEVARING_DAGE = env_int("KLADDE_INDSENDT_OPBEVARING_DAGE", 7)
"""Largest attachment a citizen may upload, in bytes."""

# --- E-mail, SMS and notices -------------------------------------------------

# Any Django e-mail backend: SMTP, or a provider through django-anymail
# (e.g. "anymail.backends.mailgun.EmailBackend" with ANYMAIL = {...} from the
# environment). The console in dev.
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="ydelsesportal@example.invalid")
ANYMAIL = {"SEND_DEFAULTS": {"tags": ["ydelsesportal"]}}
if env("ANYMAIL_API_KEY", default=""):
    ANYMAIL[env("ANYMAIL_API_KEY_SETTING", default="MAILGUN_API_KEY")] = env("ANYMAIL_API_KEY")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
# SMS go through Django's e-mail API too, to an e-mail-to-SMS gateway:
# "<8 digits>@SMS_EMAIL_DOMAIN", on their own backend (console in dev).
SMS_EMAIL_BACKEND = env("SMS_EMAIL_BACKEND", default=EMAIL_BACKEND)
SMS_EMAIL_DOMAIN = env("SMS_EMAIL_DOMAIN", default="sms.example.invalid")

# Processing deadlines and the income-report day are per municipality, on its
# Kommune record, with sourced defaults: backend_core/sagsbehandlingsfrister.py.

# --- Wagtail ----------------------------------------------------------------

WAGTAIL_SITE_NAME = "Ydelsesportalen"
# Wagtail's autosave is off: on a new page it creates the page in the background
# while the communicator types, so their own "Save draft" a moment later posts a
# second page and meets "this site already has a page for this benefit" (and a
# slug clash) instead of saving. Drafts are saved when the communicator saves.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "/admin/login/"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# On PostgreSQL the database backend is full-text search; its Danish configuration
# stems Danish words ("tandlæger" finds "tandlægen"). SQLite ignores the option.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "danish"}}

# --- REST API ---------------------------------------------------------------

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "EXCEPTION_HANDLER": "portal.api.exception_handler",
    "DEFAULT_PARSER_CLASSES": ["portal.api.SafeJSONParser"],
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("API_THROTTLE_ANON", default="30/min"),
        "user": env("API_THROTTLE_USER", default="120/min"),
    },
    "NUM_PROXIES": None,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Ydelsesportalen API",
    "DESCRIPTION": "The citizen API behind Min Side and the system-to-system API.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["portal.api.only_portal_endpoints"],
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "portal.api.error_responses"],
}

# --- Logging ----------------------------------------------------------------
# structlog (with django-structlog's request middleware binding request_id,
# user_id and the correlation id) renders every record, ours and the
# libraries', as one line: JSON in production (``LOG_FORMAT=json``), readable
# key=value text otherwise.

import structlog  # noqa: E402

from portal.logging import add_correlation_id  # noqa: E402

LOG_LEVEL = env("LOG_LEVEL", default="INFO")
LOG_FORMAT = env("LOG_FORMAT", default="plain")
_shared_processors = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_logger_name,
    structlog.stdlib.add_log_level,
    structlog.processors.TimeStamper(fmt="iso"),
    add_correlation_id,
]
structlog.configure(
    processors=[
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.filter_by_level,
        structlog.stdlib.add_logger_name,
        structlog.stdlib.add_log_level,
        structlog.stdlib.PositionalArgumentsFormatter(),
        structlog.processors.TimeStamper(fmt="iso"),
        structlog.processors.StackInfoRenderer(),
        structlog.processors.UnicodeDecoder(),
        structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
    ],
    logger_factory=structlog.stdlib.LoggerFactory(),
    cache_logger_on_first_use=True,
)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {
            "()": structlog.stdlib.ProcessorFormatter,
            "processors": [
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.dev.ConsoleRenderer(colors=False),
            ],
            "foreign_pre_chain": _shared_processors,
        },
        "json": {
            "()": structlog.stdlib.ProcessorFormatter,
            "processors": [
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.dict_tracebacks,
                structlog.processors.JSONRenderer(),
            ],
            "foreign_pre_chain": _shared_processors,
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json" if LOG_FORMAT == "json" else "plain"},
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_structlog": {"level": env("REQUEST_LOG_LEVEL", default="WARNING")},
        "axes": {"level": "WARNING"},
        "weasyprint": {"level": "ERROR"},
        "fontTools": {"level": "ERROR"},
    },
}
DJANGO_STRUCTLOG_IP_LOGGING_ENABLED = False
"""Addresses go to the audit log, not to every log line."""

# --- Outside systems ----------------------------------------------------------

from .integrations.beskedfordeler import *  # noqa: E402,F403
from .integrations.cpr import *  # noqa: E402,F403
from .integrations.digital_post import *  # noqa: E402,F403
from .integrations.eindkomst import *  # noqa: E402,F403
from .integrations.mitid import *  # noqa: E402,F403
from .integrations.pension import *  # noqa: E402,F403
from .integrations.udbetaling import *  # noqa: E402,F403
from .integrations.virusscan import *  # noqa: E402,F403
from .integrations.ydelsesindeks import *  # noqa: E402,F403

# The logout form is redirected to the identity provider's end_session
# endpoint (single logout); CSP form-action covers that redirect.
if OIDC_OP_LOGOUT_ENDPOINT.startswith("http"):  # noqa: F405
    from urllib.parse import urlsplit as _urlsplit

    _idp = _urlsplit(OIDC_OP_LOGOUT_ENDPOINT)  # noqa: F405
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["form-action"].append(f"{_idp.scheme}://{_idp.netloc}")
