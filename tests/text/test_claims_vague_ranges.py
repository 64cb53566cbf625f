"""A range of two vague amounts: two claims, as a range of two numbers is."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str, bool, str]]:
    return [
        (text[c.start : c.end], c.value, c.unit, c.approximate, c.bound)
        for c in find_claims(text)
    ]


@pytest.mark.parametrize(
    ("text", "lower", "upper"),
    [
        (
            "Banjir bandang merendam belasan hingga puluhan rumah di tepi sungai.",
            ("belasan", Decimal(10), "house", True, "min"),
            (Decimal(10), "house", "max"),
        ),
        (
            "Puluhan sampai ratusan warga mengungsi ke balai desa semalam.",
            ("Puluhan", Decimal(10), "person", True, "min"),
            (Decimal(100), "person", "max"),
        ),
        (
            "The recall could affect dozens to hundreds of firms across the region.",
            ("dozens", Decimal(12), "firms", True, "min"),
            (Decimal(100), "firms", "max"),
        ),
        (
            "Ratusan hingga ribuan ikan mati di waduk itu sejak Senin.",
            ("Ratusan", Decimal(100), "ikan", True, "min"),
            (Decimal(1000), "ikan", "max"),
        ),
    ],
)
def test_a_range_of_vague_amounts_is_two_claims(text, lower, upper):
    claims = _read(text)
    assert lower in claims
    assert any(
        (value, unit, bound) == upper and start != lower[0]
        for start, value, unit, _, bound in claims
    )


@pytest.mark.parametrize(
    "text",
    [
        # A vague amount, then "and" with no "between": two things, not a range.
        "Puluhan warga dan ratusan relawan membersihkan lumpur.",
        # A vague amount changed into another: no bounds.
        "Pengunjung naik dari puluhan menjadi ratusan orang per hari.",
    ],
)
def test_vague_amounts_not_joined_by_a_range_word_get_no_bounds(text):
    claims = _read(text)
    assert claims
    assert all(c[4] == "" for c in claims)
