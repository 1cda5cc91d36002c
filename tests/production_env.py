"""A complete production environment for settings tests (nothing is
contacted: ``manage.py check`` only reads the configuration)."""

from __future__ import annotations

import os

STRIP = (
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DEBUG",
    "SESSION_COOKIE",
    "CSRF_COOKIE",
    "SECURE_",
    "MITID_TEST_IDP",
    "USE_",
    "PRODUCTION_FAKES",
    "DOCUMENT_STORAGE",
    "CELERY_TASK_ALWAYS_EAGER",
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "REDIS_URL",
)


def production_env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(STRIP)}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "a-production-like-secret-key-with-plenty-of-entropy-4f8a9c2e7b1d6f3a",
            "ALLOWED_HOSTS": "ydelser.example.dk",
            "WAGTAILADMIN_BASE_URL": "https://ydelser.example.dk",
            "DATABASE_URL": "postgres://portal@db.example.invalid:5432/portal",
            "CELERY_BROKER_URL": "redis://redis.example.invalid:6379/0",
            "REDIS_URL": "redis://redis.example.invalid:6379/1",
            "USE_MITID": "true",
            "OIDC_RP_CLIENT_ID": "portal",
            "OIDC_RP_CLIENT_SECRET": "secret-from-the-vault",
            "OIDC_OP_AUTHORIZATION_ENDPOINT": "https://mitid.example.invalid/authorize",
            "OIDC_OP_TOKEN_ENDPOINT": "https://mitid.example.invalid/token",
            "OIDC_OP_USER_ENDPOINT": "https://mitid.example.invalid/userinfo",
            "OIDC_OP_JWKS_ENDPOINT": "https://mitid.example.invalid/jwks",
            "DOCUMENT_STORAGE": "s3",
            "AWS_STORAGE_BUCKET_NAME": "ydelsesportal-dokumenter",
            "AWS_S3_ENDPOINT_URL": "https://s3.example.invalid",
            "USE_CLAMAV": "true",
            "CLAMAV_HOST": "clamav.example.invalid",
        }
    )
    for name in ("CPR", "EINDKOMST", "PENSION", "DIGITAL_POST", "UDBETALING", "BESKEDFORDELER", "SAGSINDEKS"):
        env[f"USE_{name}"] = "true"
        env[f"{name}_URL"] = f"https://{name.lower()}.example.invalid"
    env.update(overrides)
    return env
