"""Where documents, letters and media files are kept.

``DOCUMENT_STORAGE=filesystem`` (the embedded default): on disk under
``var/``. ``DOCUMENT_STORAGE=s3``: in an S3-compatible object store through
django-storages (``AWS_STORAGE_BUCKET_NAME``, ``AWS_S3_ENDPOINT_URL`` for a
non-AWS store, credentials from ``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``
or the machine's role), so any number of web servers and workers share them.
Citizens' documents and letters (``dokumenter``) are private objects, read
only through the portal; Wagtail's media (``default``) go to their own prefix.
"""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .env import env


def storages_for(var_dir: Path) -> tuple[str, dict]:
    kind = env("DOCUMENT_STORAGE", default="filesystem")
    static = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
    if kind == "filesystem":
        return kind, {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "dokumenter": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(var_dir / "dokumenter"), "base_url": None},
            },
            "staticfiles": static,
        }
    if kind != "s3":
        raise ImproperlyConfigured(f"DOCUMENT_STORAGE must be filesystem or s3, not {kind!r}.")
    common = {
        "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default="") or None,
        "region_name": env("AWS_S3_REGION_NAME", default="") or None,
        "access_key": env("AWS_ACCESS_KEY_ID", default="") or None,
        "secret_key": env("AWS_SECRET_ACCESS_KEY", default="") or None,
        "default_acl": None,
        "file_overwrite": False,
        "querystring_auth": True,
        "querystring_expire": 300,
        "object_parameters": {"ServerSideEncryption": env("AWS_S3_SSE", default="AES256")}
        if env("AWS_S3_SSE", default="AES256")
        else {},
    }
    return kind, {
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {**common, "location": "media"}},
        "dokumenter": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {**common, "location": "dokumenter"}},
        "staticfiles": static,
    }
