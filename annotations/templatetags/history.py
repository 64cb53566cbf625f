"""Template filters for history entries: `{% load history %}`.

{{ pair.0|change_value:field }}   "durasi, cek", "7,5", "ya", "—"
"""

from __future__ import annotations

from django import template

from annotations.rendering import change_value_text

register = template.Library()


@register.filter
def change_value(value, field: str = "") -> str:
    """Return one old or new value of a history entry, readable."""
    return change_value_text(value, field)
