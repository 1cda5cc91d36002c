"""The staff back office, built on the Wagtail admin: case queue, case view,
decisions, management information. Registered through ``wagtail_hooks``."""
