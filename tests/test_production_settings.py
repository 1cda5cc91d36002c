"""Production refuses to start on the embedded defaults and on fakes, names
each missing piece, and logs every fake it keeps on purpose; documents go to
object storage there."""

from __future__ import annotations

import subprocess
import sys

from django.conf import settings

from tests.production_env import production_env


def _check(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        env=env,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        timeout=120,
    )


def test_production_with_only_a_secret_key_refuses_to_start_and_names_what_is_missing():
    env = {
        k: v
        for k, v in production_env().items()
        if k in {"PATH", "HOME", "DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS", "LANG", "VIRTUAL_ENV"}
    }
    result = _check(env)
    assert result.returncode != 0
    for missing in (
        "DATABASE_URL must point to PostgreSQL",
        "CELERY_BROKER_URL",
        "REDIS_URL",
        "USE_MITID",
        "USE_CPR=true",
        "USE_EINDKOMST=true",
        "USE_PENSION=true",
        "USE_DIGITAL_POST=true",
        "USE_UDBETALING=true",
        "USE_BESKEDFORDELER=true",
        "USE_SAGSINDEKS=true",
        "USE_CLAMAV=true",
        "DOCUMENT_STORAGE=s3",
    ):
        assert missing in result.stderr, missing


def test_one_fake_integration_is_refused_until_it_is_opted_out_and_then_it_is_logged():
    refused = _check(production_env(USE_CPR="false"))
    assert refused.returncode != 0
    assert "cpr: set USE_CPR=true" in refused.stderr
    assert "eindkomst" not in refused.stderr

    opted_out = _check(production_env(USE_CPR="false", PRODUCTION_FAKES="cpr"))
    assert opted_out.returncode == 0, opted_out.stderr
    assert "fake cpr integration" in opted_out.stderr + opted_out.stdout


def test_an_unknown_name_in_the_opt_out_list_is_refused():
    result = _check(production_env(PRODUCTION_FAKES="cprr"))
    assert result.returncode != 0
    assert "unknown integrations: cprr" in result.stderr


def test_the_complete_production_environment_starts():
    result = _check(production_env())
    assert result.returncode == 0, result.stderr


def test_documents_and_media_go_to_s3_when_configured(monkeypatch):
    from portal.settings.storage import storages_for

    monkeypatch.setenv("DOCUMENT_STORAGE", "s3")
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "bucket")
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", "https://s3.example.invalid")
    kind, storages = storages_for(settings.VAR_DIR)
    assert kind == "s3"
    for alias, prefix in (("dokumenter", "dokumenter"), ("default", "media")):
        assert storages[alias]["BACKEND"] == "storages.backends.s3.S3Storage"
        options = storages[alias]["OPTIONS"]
        assert options["bucket_name"] == "bucket" and options["location"] == prefix
        assert options["default_acl"] is None and options["querystring_auth"] is True
        assert options["file_overwrite"] is False


def test_the_s3_storage_builds_private_signed_urls_and_keys_under_its_prefix():
    from storages.backends.s3 import S3Storage

    storage = S3Storage(
        bucket_name="bucket",
        endpoint_url="https://s3.example.invalid",
        access_key="AK",
        secret_key="SK",
        location="dokumenter",
        default_acl=None,
        querystring_auth=True,
        querystring_expire=300,
        region_name="eu-north-1",
    )
    url = storage.url("bilag/x.pdf")
    assert url.startswith("https://s3.example.invalid/bucket/dokumenter/bilag/x.pdf?")
    assert "X-Amz-Signature=" in url or "Signature=" in url


def test_the_embedded_default_keeps_documents_on_disk():
    assert settings.DOCUMENT_STORAGE == "filesystem"
    assert settings.STORAGES["dokumenter"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
