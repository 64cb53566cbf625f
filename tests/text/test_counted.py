"""The noun a number counts (`counted.counted_noun`), read through `find_claims`: fresh sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _units(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # an adjective ending in -s is no plural: the noun after it is counted
        ("Inspectors logged nine serious breaches at the depot.", 9, "breaches"),
        ("The clinic treated 412 tuberculosis patients last year.", 412, "person"),
        ("Engineers found 38 cholangitis cases in the ward audit.", 38, "cases"),
        # an adjective before a plural the verb pattern would take for Indonesian
        ("The ward gives her four different medications a day.", 4, "medications"),
        ("Since the stroke he is on seven different medicines.", 7, "medicines"),
        # a comparative before a noun without a plural -s
        ("The airline will fly eight fewer aircraft next winter.", 8, "aircraft"),
    ],
)
def test_an_english_count_takes_the_noun_after_its_adjectives(text, value, unit):
    found = [(v, u) for _, v, u in _units(text)]
    assert (Decimal(value), unit) in found


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # Indonesian puts the head noun first: what follows describes it
        (
            "Sebanyak 860 siswa kelas IX di Sikka mengikuti ujian susulan.",
            860,
            "person",
        ),
        ("Jembatan itu hanya kuat menahan 12 orang sekaligus.", 12, "person"),
        ("Petugas menemukan 14 kasus baru pekan ini.", 14, "kasus"),
    ],
)
def test_an_indonesian_count_takes_its_first_noun(text, value, unit):
    found = [(v, u) for _, v, u in _units(text)]
    assert (Decimal(value), unit) in found
