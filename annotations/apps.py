from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _ensure_roles(sender, **kwargs) -> None:
    from annotations.roles import ensure_roles

    ensure_roles()


class AnnotationsConfig(AppConfig):
    name = "annotations"
    verbose_name = _("Annotations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Groups need the permissions that Django creates after migrating, so they
        # are (re)built then; this keeps every fresh database, test ones included, complete.
        post_migrate.connect(_ensure_roles, sender=self)
        # Only the paths: the dictionaries are read at the first lookup, once per process.
        from django.conf import settings

        from annotations.text import lexicon

        lexicon.configure(
            dictd=settings.NEWSROOM_LEXICON_DICTD,
            thesaurus=settings.NEWSROOM_LEXICON_THESAURUS,
        )
