"""The audit table refuses UPDATE (and, on PostgreSQL, DELETE) at the
database level too, so not even a raw query from the application rewrites
history. SQLite keeps DELETE open because Django's test flush uses it;
PostgreSQL's flush uses TRUNCATE, which row triggers do not see."""

from django.db import migrations

PG_UP = """
CREATE OR REPLACE FUNCTION backend_core_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'backend_core_auditentry is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER backend_core_auditentry_append_only
    BEFORE UPDATE OR DELETE ON backend_core_auditentry
    FOR EACH ROW EXECUTE FUNCTION backend_core_audit_append_only();
"""
PG_DOWN = """
DROP TRIGGER IF EXISTS backend_core_auditentry_append_only ON backend_core_auditentry;
DROP FUNCTION IF EXISTS backend_core_audit_append_only();
"""
SQLITE_UP = """
CREATE TRIGGER backend_core_auditentry_append_only
BEFORE UPDATE ON backend_core_auditentry
BEGIN
    SELECT RAISE(ABORT, 'backend_core_auditentry is append-only');
END;
"""
SQLITE_DOWN = "DROP TRIGGER IF EXISTS backend_core_auditentry_append_only;"


def up(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_UP)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_UP)


def down(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_DOWN)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_DOWN)


class Migration(migrations.Migration):
    dependencies = [("backend_core", "0001_initial")]

    operations = [migrations.RunPython(up, down)]
