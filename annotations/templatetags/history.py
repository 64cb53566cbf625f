"""Template filters for history entries: `{% load history %}`.

{{ pair.0|change_value:field }}   "durasi, cek", "7,5", "ya", "Disarankan", "—"
{{ field|change_field }}           "Perkiraan" for approximate
{% for field, pair in change.changes|changed_fields %}  in the form's order
"""

from __future__ import annotations

from django import template

from annotations.rendering import change_field_text, change_items, change_value_text

register = template.Library()


@register.filter
def change_value(value, field: str = "") -> str:
    """Return one old or new value of a history entry, readable."""
    return change_value_text(value, field)


@register.filter
def change_field(name: str) -> str:
    """Return the name of a changed field as the interface calls it."""
    return change_field_text(name)


@register.filter
def changed_fields(changes) -> list:
    """Return a history entry's (field, (old, new)) pairs in the form's order."""
    return change_items(changes or {})
