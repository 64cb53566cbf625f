"""Shares and compounds written in words: fresh sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        (
            "The bank lifted its rate by half a percentage point.",
            "half a percentage point",
            "percentage point",
        ),
        ("Rescuers had to walk half a mile through the mud.", "half a mile", "mile"),
    ],
)
def test_half_a_unit_is_half_of_that_unit(text, phrase, unit):
    assert (phrase, Decimal("0.5"), unit) in _read(text)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Dana hibah untuk sekolah itu dipangkas seperempat oleh dinas.",
            "seperempat",
            Decimal("0.25"),
        ),
        (
            "Harga gabah di tingkat petani turun sepertiga dalam sebulan.",
            "sepertiga",
            Decimal("0.33"),
        ),
    ],
)
def test_an_indonesian_change_by_a_share_is_a_fraction(text, phrase, value):
    assert (phrase, value, "fraction") in _read(text)


def test_the_before_a_compound_number_belongs_to_the_noun_after():
    text = "The ten-member panel will report to the minister in June."
    assert [(p, v) for p, v, _ in _read(text)] == [("ten-member", Decimal(10))]


def test_the_two_leaders_still_names_a_known_set():
    assert _read("The two leaders met again on Friday.") == []


def test_a_share_of_a_scale_after_a_verb_is_a_number_not_a_share():
    text = "Kerugian koperasi ditaksir mencapai setengah miliar rupiah."
    assert [(v, u) for _, v, u in _read(text)] == [(Decimal(500_000_000), "IDR")]


def test_lebih_after_a_share_is_more_than_that_share():
    text = "Separuh lebih nelayan di kampung itu belum melaut sejak Senin."
    found = [(text[c.start : c.end], c.value, c.bound) for c in find_claims(text)]
    assert found == [("Separuh lebih nelayan", Decimal("0.5"), "min")]


def test_a_hedged_share_opening_its_clause_is_a_share_of_those_named():
    text = "Nearly a third were over 70, the health office said."
    found = [(text[c.start : c.end], c.value, c.bound) for c in find_claims(text)]
    assert ("Nearly a third", Decimal("0.33"), "max") in found


# "half" before a demonstrative, and a fraction closed by a quotation mark.
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("By nine o'clock half this village was awake.", "half this village"),
        ("Half those tickets went unsold.", "Half those tickets"),
        ("Sales were 80 boxes a week; last spring it was half that.", "half"),
        (
            'The council put turnout at "roughly three-quarters" of voters.',
            "roughly three-quarters",
        ),
    ],
)
def test_half_this_and_a_quoted_fraction_are_shares(text, phrase):
    shares = [text[c.start : c.end] for c in find_claims(text) if c.unit == "fraction"]
    assert phrase in shares


def test_half_this_after_in_is_no_share():
    text = "The agency cut its waiting time in half this year."
    assert [c for c in find_claims(text) if c.unit == "fraction"] == []
