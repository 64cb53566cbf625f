"""Numbers and quantities, shown and read back in the reader's language: "≈ 7,5 jam", "7.5 hours".

The one place numbers are formatted. Pages show them with the active
language's separators (Indonesian: decimal comma, dot between thousands;
English: decimal point, comma between thousands); exports, history entries and
anything a program reads keep the plain machine form, `plain_number`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.utils import formats, numberformat
from django.utils.translation import get_language, ngettext

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
    "second": lambda n: ngettext("second", "seconds", n),
    "decade": lambda n: ngettext("decade", "decades", n),
    "century": lambda n: ngettext("century", "centuries", n),
    "season": lambda n: ngettext("season", "seasons", n),
    "household": lambda n: ngettext("household", "households", n),
    "house": lambda n: ngettext("house", "houses", n),
    "hospital": lambda n: ngettext("hospital", "hospitals", n),
    "building": lambda n: ngettext("building", "buildings", n),
    "school": lambda n: ngettext("school", "schools", n),
    "fraction": lambda n: ngettext("of the whole", "of the whole", n),
    "fold": lambda n: ngettext("fold", "fold", n),
    "time": lambda n: ngettext("time", "times", n),
    "hectare": lambda n: ngettext("hectare", "hectares", n),
    "magnitude": lambda n: ngettext("magnitude", "magnitude", n),
}
_GROUPED = re.compile(r"[+-]?\d{1,3}([.,' \u00a0])\d{3}(\1\d{3})*")
# "1.250" in Indonesian: one dot before exactly three digits groups thousands.
_DOT_THOUSANDS = re.compile(r"[+-]?[1-9]\d{0,2}\.\d{3}")


def plain_number(value: Decimal) -> str:
    """Return a decimal in machine form, without exponent or trailing zeros.

    >>> plain_number(Decimal("7.500000")), plain_number(Decimal("7E+1"))
    ('7.5', '70')
    """
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def number_text(value: Decimal, *, grouping: bool = True) -> str:
    """Return the number as the active language writes it: "7,5" and "1.250" in Indonesian.

    grouping=False leaves out the thousands separator (for form fields, which
    parse_number reads back).
    """
    return numberformat.format(
        plain_number(value),
        formats.get_format("DECIMAL_SEPARATOR"),
        grouping=formats.get_format("NUMBER_GROUPING") if grouping else 0,
        thousand_sep=formats.get_format("THOUSAND_SEPARATOR"),
        force_grouping=grouping,
    )


def parse_number(text: str, *, language: str | None = None) -> Decimal | None:
    """Return the number an editor typed, in either language's way; None when blank.

    "7,5" and "7.5" are seven and a half; "1.250.000" and "1,250,000" are
    grouped thousands; with both marks, the last one is the decimal separator
    ("1.250,5", "1,250.5"). A lone dot before exactly three digits is the
    thousands separator in the Indonesian interface ("1.250" is 1250) and the
    decimal point elsewhere; `language` (default: the active one) says which.
    Raises ValueError for anything else.
    """
    raw = "".join(text.split())
    if not raw:
        return None
    if _GROUPED.fullmatch(raw) and (raw.count(".") + raw.count(",") > 1):
        raw = re.sub(r"[.,' \u00a0]", "", raw)
    elif _DOT_THOUSANDS.fullmatch(raw) and (
        language or get_language() or ""
    ).startswith("id"):
        raw = raw.replace(".", "")
    elif "," in raw and "." in raw:
        decimal_mark = "," if raw.rindex(",") > raw.rindex(".") else "."
        raw = raw.replace("." if decimal_mark == "," else ",", "")
        raw = raw.replace(",", ".")
    else:
        raw = raw.replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def unit_label(unit: str, value: Decimal) -> str:
    """Return the unit's name for this value; units the editor typed stay as typed."""
    label = _UNITS.get(unit)
    return label(1 if value == 1 else 2) if label else unit


def quantity_text(value: Decimal | None, unit: str, approximate: bool) -> str:
    """Return "≈ 7,5 jam" / "≈ 7.5 hours": the value in the active language, its unit named."""
    if value is None:
        return ""
    text = f"{number_text(value)} {unit_label(unit, value)}".strip()
    return f"≈ {text}" if approximate else text
