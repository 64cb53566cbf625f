"""Decide which units compare and what a value is in its family's base unit.

Hours and minutes are one family (time), hours and people never; "five
miles" is 8 km once converted, and a currency is its own family, so rupiah
never meet dollars. A vague amount ("puluhan rumah", "dozens of people")
spans a range, from its lowest value to the next magnitude.

Pure: no Django.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal
from functools import lru_cache

# canonical unit -> (family, factor to the family's base unit)
_UNIT_FAMILY: dict[str, tuple[str, Decimal]] = {
    "second": ("time", Decimal(1) / 3600),
    "minute": ("time", Decimal(1) / 60),
    "hour": ("time", Decimal(1)),
    "day": ("time", Decimal(24)),
    "week": ("time", Decimal(168)),
    "month": ("time", Decimal(730)),
    "year": ("time", Decimal(8760)),
    "person": ("person", Decimal(1)),
    "percent": ("percent", Decimal(1)),
    # "separuh", "a third" (0.33): a share in percent, met only by a share of
    # the same whole (see share_of)
    "fraction": ("percent", Decimal(100)),
    "m": ("length", Decimal(1)),
    "km": ("length", Decimal(1000)),
    "cm": ("length", Decimal("0.01")),
    "mm": ("length", Decimal("0.001")),
    # Imperial units convert too ("five miles" is 8 km); see IMPERIAL.
    "mile": ("length", Decimal("1609.344")),
    "nautical mile": ("length", Decimal(1852)),  # "mil laut", at sea
    "feet": ("length", Decimal("0.3048")),
    "km/h": ("speed", Decimal(1)),
    "mph": ("speed", Decimal("1.609344")),
    "knot": ("speed", Decimal("1.852")),
    "m3": ("volume", Decimal(1)),
    "kiloliter": ("volume", Decimal(1)),  # a thousand litres, a cubic metre
    "liter": ("volume", Decimal("0.001")),
    "gram": ("mass", Decimal("0.001")),
    "g": ("mass", Decimal("0.001")),
    "kg": ("mass", Decimal(1)),
    "ton": ("mass", Decimal(1000)),
    "hectare": ("area", Decimal(1)),
    "acre": ("area", Decimal("0.40468564224")),
    "km2": ("area", Decimal(100)),
    "m2": ("area", Decimal("0.0001")),
    "square feet": ("area", Decimal("0.000009290304")),
    # How many times ("tiga kali", "twice"): a count of occasions, no duration.
    "time": ("times", Decimal(1)),
}


# Words an editor may type for a unit, folded to the canonical ones above.
UNIT_WORDS = {
    "jam": "hour", "hours": "hour", "hr": "hour", "menit": "minute",
    "minutes": "minute", "detik": "second", "seconds": "second", "hari": "day",
    "days": "day", "pekan": "week", "weeks": "week", "bulan": "month",
    "months": "month", "tahun": "year", "years": "year", "orang": "person",
    "people": "person", "persons": "person", "jiwa": "person", "persen": "percent",
    "%": "percent", "ha": "hectare", "hektare": "hectare", "hektar": "hectare",
    "hectares": "hectare", "kilometer": "km", "meter": "m", "kilogram": "kg",
    "tons": "ton", "tonnes": "ton", "rupiah": "IDR", "rp": "IDR",
    "miles": "mile", "mil": "mile", "foot": "feet", "ft": "feet", "acres": "acre",
    "knots": "knot", "litre": "liter", "litres": "liter", "liters": "liter",
    "grams": "gram", "mil laut": "nautical mile", "nautical miles": "nautical mile",
    "nmi": "nautical mile", "times": "time", "kali": "time", "fold": "time",
    "kilolitre": "kiloliter", "kilolitres": "kiloliter", "kiloliters": "kiloliter",
    "kl": "kiloliter",
    # Jobs cut or created are the people who hold them: "cutting 1,500 jobs"
    # is "pengurangan 1.200 karyawan".
    "job": "person", "jobs": "person",
}  # fmt: skip


# Units of the imperial system: a figure converted from one to the metric
# other is rounded on the way ("five miles" / "8 km", "six feet" / "1,8 meter").
IMPERIAL = frozenset(
    {"mile", "nautical mile", "feet", "mph", "knot", "acre", "square feet"}
)


def canonical_unit(unit: str) -> str:
    """Return the canonical name of a unit an editor may type ("miles" -> "mile")."""
    folded = unit.strip().casefold()
    return UNIT_WORDS.get(folded, folded)


@lru_cache(maxsize=4096)
def unit_family(unit: str) -> tuple[str, Decimal]:
    """Return (family, factor): values of one family compare once multiplied by their factor.

    >>> unit_family("minute")[0] == unit_family("jam")[0]
    True
    """
    folded = unit.strip().casefold()
    canonical = UNIT_WORDS.get(folded, folded if folded.isupper() else folded)
    if unit.strip().isupper() and len(unit.strip()) == 3:  # currencies: IDR, USD
        return unit.strip(), Decimal(1)
    return _UNIT_FAMILY.get(canonical, (canonical, Decimal(1)))


BASE = Context(prec=15)


@lru_cache(maxsize=65536)
def in_base(value: Decimal, unit: str) -> Decimal:
    """Return a value in its family's base unit, rounded to 15 digits.

    Thirds and sixtieths do not end in decimals: 270 seconds and 4.5 minutes
    are one duration only once the 28th digit stops telling them apart.

    >>> in_base(Decimal(270), "second") == in_base(Decimal("4.5"), "minute")
    True
    """
    return BASE.plus(value * unit_family(unit)[1])


# Vague amounts: "ribuan buruh" is any thousands, "puluhan rumah" any tens.
# The finder gives their lowest value; the range runs to the next magnitude.
_VAGUE_RANGES = {
    "belasan": (11, 19), "puluhan": (10, 99), "tens": (10, 99),
    "lusinan": (24, 99), "dozens": (24, 99), "scores": (40, 99),
    "ratusan": (100, 999), "hundreds": (100, 999), "ribuan": (1000, 9999),
    "thousands": (1000, 9999), "jutaan": (10**6, 10**9 - 1),
    "millions": (10**6, 10**9 - 1),
}  # fmt: skip


_VAGUE = re.compile(r"\b(" + "|".join(_VAGUE_RANGES) + r")\b", re.IGNORECASE)


def vague_range(exact: str, value: Decimal) -> tuple[Decimal, Decimal] | None:
    """Return the range a vague amount (its words, its lowest value) spans, or None.

    >>> vague_range("puluhan ribu buruh", Decimal(10000))
    (Decimal('10000'), Decimal('99000'))
    >>> vague_range("Dozens of people", Decimal(12))
    (Decimal('24'), Decimal('99'))
    """
    m = _VAGUE.search(exact)
    if not m:
        return None
    low, high = _VAGUE_RANGES[m.group(1).casefold()]
    # "puluhan ribu": tens of thousands, a power of ten above the word's own
    # range; "dozens" read as 12 is still dozens, 24 to 99
    ratio = value / low if low and value else Decimal(1)
    scale = Decimal(10) ** int(round(float(ratio.log10()))) if ratio > 0 else 1
    return Decimal(low) * scale, Decimal(high) * scale


# Families whose unit is only a measure; any other unit is a counted noun
# ("nota kesepahaman", "house") that says by itself what is counted.
MEASURES = {
    "time",
    "person",
    "percent",
    "length",
    "mass",
    "area",
    "speed",
    "volume",
    "IDR",
    "USD",
    "EUR",
    "CNY",
}
