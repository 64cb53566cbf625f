"""The three roles, as Django groups with model permissions.

editor: import, annotate, link (add/change/delete on the annotation models, view on all).
viewer: read, search and export (view permissions only).
admin:  every permission of the app plus the Django admin (is_staff).
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

EDITOR, VIEWER, ADMIN = "editor", "viewer", "admin"
ROLES = (EDITOR, VIEWER, ADMIN)

_MODELS = (
    "outlet",
    "story",
    "article",
    "speaker",
    "tag",
    "annotation",
    "annotationchange",
    "link",
    "linkchange",
    "fact",
    "factclaim",
)
_EDITABLE = (
    "outlet",
    "story",
    "article",
    "speaker",
    "tag",
    "annotation",
    "link",
    "fact",
    "factclaim",
)


def _codenames(role: str) -> set[str]:
    view = {f"view_{m}" for m in _MODELS}
    if role == VIEWER:
        return view
    edit = {
        f"{action}_{m}" for m in _EDITABLE for action in ("add", "change", "delete")
    }
    if role == EDITOR:
        return view | edit
    return (
        view
        | edit
        | {
            f"{a}_{m}"
            for a in ("add", "change", "delete")
            for m in ("annotationchange", "linkchange")
        }
    )


def ensure_roles() -> None:
    """Create the role groups and give each exactly its permissions (idempotent)."""
    perms = {
        p.codename: p
        for p in Permission.objects.filter(content_type__app_label="annotations")
    }
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set([perms[c] for c in _codenames(role) if c in perms])
