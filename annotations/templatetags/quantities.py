"""Template filters showing numbers through annotations.quantities: `{% load quantities %}`.

{{ annotation|quantity }}   "≈ 7,5 jam" (anything with value, unit, approximate)
{{ some_decimal|number }}   "7,5"
"""

from __future__ import annotations

from decimal import Decimal

from django import template

from annotations.quantities import number_text, quantity_text

register = template.Library()


def _field(item, name: str, default=None):
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


@register.filter
def quantity(item) -> str:
    """Return an annotation's value with its unit, as the active language writes it."""
    return quantity_text(
        _field(item, "value"),
        _field(item, "unit", ""),
        _field(item, "approximate", False),
    )


@register.filter
def number(value) -> str:
    """Return a number as the active language writes it; "" for None."""
    if value is None or value == "":
        return ""
    return number_text(value if isinstance(value, Decimal) else Decimal(str(value)))
