"""Show a claim's value with its unit in the reader's language: "≈ 6 jam", "7.5 hours"."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import ngettext

# The canonical units annotations.text.numbers prefills, in singular and plural.
_UNITS = {
    "hour": lambda n: ngettext("hour", "hours", n),
    "minute": lambda n: ngettext("minute", "minutes", n),
    "day": lambda n: ngettext("day", "days", n),
    "week": lambda n: ngettext("week", "weeks", n),
    "month": lambda n: ngettext("month", "months", n),
    "year": lambda n: ngettext("year", "years", n),
    "percent": lambda n: ngettext("percent", "percent", n),
    "person": lambda n: ngettext("person", "people", n),
}


def plain_number(value: Decimal) -> str:
    """Return a decimal without exponent or trailing zeros: 7.500000 -> "7.5", 70 -> "70"."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def unit_label(unit: str, value: Decimal) -> str:
    """Return the unit's name for this value; units the editor typed stay as typed."""
    label = _UNITS.get(unit)
    return label(1 if value == 1 else 2) if label else unit


def quantity_text(value: Decimal | None, unit: str, approximate: bool) -> str:
    if value is None:
        return ""
    text = f"{plain_number(value)} {unit_label(unit, value)}".strip()
    return f"≈ {text}" if approximate else text
