"""Bare figures of a venue's capacity, money in "million pound", and classifiers
counted without their noun: fresh sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


def _unit_of(text: str, figure: str) -> str | None:
    for c in find_claims(text):
        if figure in text[c.start : c.end]:
            return c.unit
    return None


# A capacity, a crowd or an attendance counts people, even when a sum of money
# was named earlier in the sentence.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The new velodrome has a capacity of 12,500, the trust said.", "12,500"),
        (
            "Harlow Town will spend £30m on the ground, raising capacity from "
            "9,000 to 14,200 by 2029.",
            "14,200",
        ),
        (
            "Harlow Town will spend £30m on the ground, raising capacity from "
            "9,000 to 14,200 by 2029.",
            "9,000",
        ),
        ("The average crowd last season was 8,750, the club said.", "8,750"),
        ("Kapasitas gedung itu mencapai 4.500, kata pengelola.", "4.500"),
        ("The arena is licensed for 11,000, according to the council.", "11,000"),
        ("The hall offers seating for 900 on match nights.", "900"),
        ("The side drew crowds averaging nearly 7,400 last winter.", "7,400"),
    ],
)
def test_a_venues_capacity_counts_people(text, figure):
    assert _unit_of(text, figure) == "person"


def test_a_capacity_compound_counts_people():
    text = "Plans for a 16,500-capacity arena were approved on Monday."
    assert _unit_of(text, "16,500") == "person"


def test_million_pound_in_the_singular_is_money():
    text = "The council approved a 38 million pound bypass on Thursday."
    assert ("38 million pound", Decimal("38000000"), "GBP") in _read(text)


# A classifier with no noun after it counts what the clause opens with, or
# what the same classifier counted just before.
def test_a_classifier_counts_the_noun_its_clause_opens_with():
    text = "Menurut data terbaru, rumah rusak mencapai 27 unit, kata petugas."
    assert _unit_of(text, "27 unit") == "house"


def test_a_classifier_counts_what_it_counted_before():
    text = (
        "Sekitar 40 ekor lumba-lumba terdampar di Pantai Watu Lembah, Senin. "
        "Pantai itu berjarak 12 kilometer dari kota. Sebanyak 9 ekor mati."
    )
    first = _unit_of(text, "40 ekor")
    assert first not in (None, "ekor")
    assert _unit_of(text, "9 ekor") == first


def test_a_classifier_after_a_smaller_count_keeps_its_own_word():
    # a part is never more than its whole: nothing to point back at
    text = "Sebanyak 3 ekor sapi hanyut. Warga menyelamatkan 25 ekor di hulu."
    assert _unit_of(text, "25 ekor") == "ekor"


# "go up to", "put up to": the verb's particle, then the level it leads to
@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Capacity will go up to 18,000 from the present 12,000.", "18,000", "person"),
        ("The fare went up to £4.20 on Monday, the operator said.", "£4.20", "GBP"),
    ],
)
def test_up_to_after_go_is_no_bound(text, figure, unit):
    claims = [c for c in find_claims(text) if figure in text[c.start : c.end]]
    assert [(c.unit, c.bound) for c in claims] == [(unit, "")]


def test_up_to_alone_is_still_a_bound():
    text = "The ferry carries up to 400 passengers."
    assert [c.bound for c in find_claims(text)] == ["max"]


def test_raising_the_number_of_a_plural_to_a_bare_figure_counts_the_plural():
    text = (
        "The two ministers agreed to raise the number of Dutch research grants "
        "for Kenyan graduates to 120 a year, officials said."
    )
    assert _unit_of(text, "120") == "grants"


# A negated "stop at" names a figure the speaker means to go past: rhetoric
@pytest.mark.parametrize(
    "text",
    [
        '"Kami tidak akan berhenti di tiga nama ini," kata Kapolsek.',
        '"This will not stop at four arrests," the inspector said.',
    ],
)
def test_a_figure_not_stopped_at_is_no_claim(text):
    assert find_claims(text) == []


def test_stopping_at_a_figure_is_still_a_claim():
    text = "The bus stopped at 12 villages on the way."
    assert [c.value for c in find_claims(text)] == [Decimal(12)]


def test_a_reported_figure_not_stopped_at_is_still_a_claim():
    text = "Ia meminta polisi tidak berhenti pada empat orang tersangka."
    assert [c.value for c in find_claims(text)] == [Decimal(4)]


def test_the_number_of_people_revised_to_a_bare_figure_counts_people():
    text = "The number of people treated at the scene was revised to 27 on Monday."
    assert _unit_of(text, "27") == "person"


def test_an_hour_and_a_half_late_is_a_length():
    text = "The ferry sailed an hour and a half late, passengers said."
    assert [(c.value, c.unit) for c in find_claims(text)] == [(Decimal("1.5"), "hour")]
