from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Guidance content"

    def ready(self) -> None:
        from django.db import transaction
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale, Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import signals  # noqa: F401  (connects the contact-details receiver)
        from .navigation import nav_version_bump

        def changed(sender, instance=None, **kwargs):
            if isinstance(instance, (Page, Site, Locale, PageViewRestriction)):
                # Now, and again once the change is committed: a request that
                # built the menu from the old rows in between is not kept.
                nav_version_bump()
                transaction.on_commit(nav_version_bump)

        # Page subclasses send with their own class as sender: listen to all.
        post_save.connect(changed, dispatch_uid="cms-nav-post-save", weak=False)
        post_delete.connect(changed, dispatch_uid="cms-nav-post-delete", weak=False)
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(nav_version_bump, dispatch_uid=f"cms-nav-{id(signal)}", weak=False)
