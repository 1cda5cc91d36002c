"""Wagtail's own admin strings that Wagtail 8's Danish catalogue lacks.

The staff screens are Danish first, Wagtail's menus and dialogs included:
the user's admin language is the request's (Danish unless they chose
English, ``WAGTAILADMIN_PERMITTED_LANGUAGES``), and Wagtail ships a Danish
catalogue, but it is missing these strings, which staff meet in the sidebar,
the dashboard, the account page and the keyboard-shortcuts dialog. Listed
here (``gettext_noop``) so ``make messages`` keeps them in
``locale/da/LC_MESSAGES/django.po``, whose translations Django merges over
Wagtail's (``LOCALE_PATHS`` come first). The JavaScript strings of the
sidebar are in ``locale/da/LC_MESSAGES/djangojs.po``."""

from django.utils.translation import gettext_noop

WAGTAIL_STRENGE = (
    gettext_noop("Exploring"),
    gettext_noop(
        "Pages created here will not be accessible at any URL. To add pages to an existing site, "
        "create them as children of the homepage."
    ),
    gettext_noop("Editing %(page_type)s"),
    gettext_noop("The page title as you'd like it to be seen by the public"),
    gettext_noop("More actions"),
    gettext_noop("- Select an option -"),
    gettext_noop("Actions"),
    gettext_noop("Actions (footer)"),
    gettext_noop("Add or show comments"),
    gettext_noop("Aging pages"),
    gettext_noop("All keyboard shortcuts"),
    gettext_noop("Breadcrumb"),
    gettext_noop("Close dialog"),
    gettext_noop("Close modal dialogs (like this one)"),
    gettext_noop("Cut"),
    gettext_noop("Dark"),
    gettext_noop("Default"),
    gettext_noop("Edit account avatar"),
    gettext_noop("Editor Guide"),
    gettext_noop("Enable custom keyboard shortcuts specific to Wagtail."),
    gettext_noop("Go to the first error"),
    gettext_noop("Help"),
    gettext_noop("Images"),
    gettext_noop("Insert or edit a link"),
    gettext_noop("Keyboard shortcut"),
    gettext_noop("Keyboard shortcuts"),
    gettext_noop("Light"),
    gettext_noop("Locale"),
    gettext_noop("Locked pages"),
    gettext_noop("Monospace (code)"),
    gettext_noop("More contrast"),
    gettext_noop("Name and Email"),
    gettext_noop("Notifications"),
    gettext_noop("Page types usage"),
    gettext_noop("Paste"),
    gettext_noop("Paste without formatting"),
    gettext_noop("Profile"),
    gettext_noop("Profile picture"),
    gettext_noop("Receive notification when a page is submitted for moderation"),
    gettext_noop(
        "Receive notification when comments have been created, resolved, or deleted on a page that you have "
        "subscribed to receive comment notifications on"
    ),
    gettext_noop("Receive notification when your page edit is approved"),
    gettext_noop("Receive notification when your page edit is rejected"),
    gettext_noop("Reports"),
    gettext_noop("Save changes"),
    gettext_noop("Save your changes before leaving"),
    gettext_noop("Search all pages…"),
    gettext_noop("Section"),
    gettext_noop("Shortcuts"),
    gettext_noop("Show keyboard shortcuts"),
    gettext_noop("Snug"),
    gettext_noop("Strike-through"),
    gettext_noop("Subscript"),
    gettext_noop("Superscript"),
    gettext_noop("System default"),
    gettext_noop("Text editing"),
    gettext_noop("Text formatting"),
    gettext_noop("Theme preferences"),
    gettext_noop("Toggle breadcrumbs"),
    gettext_noop("Toggle minimap"),
    gettext_noop("Toggle section"),
    gettext_noop("Toggle sidebar"),
    gettext_noop("Upload a profile picture:"),
    gettext_noop("Use server language: %(language_name)s"),
    gettext_noop("Wagtail %(current_version)s editor guide"),
    gettext_noop("What's new in Wagtail %(version)s"),
    gettext_noop("Workflow tasks"),
    gettext_noop("Workflows"),
)
