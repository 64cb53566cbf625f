from __future__ import annotations

from django.http import HttpRequest


def roles(request: HttpRequest) -> dict:
    """Tell every template whether the user may change data, so viewers see no editing controls."""
    user = getattr(request, "user", None)
    can_edit = bool(
        user and user.is_authenticated and user.has_perm("annotations.add_annotation")
    )
    return {"can_edit": can_edit}
