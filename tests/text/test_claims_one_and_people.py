""" "One" with a noun, and nouns naming people by their ties: fresh sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        # "for one ...": how long or how many a penalty or a stay runs
        ("The winger was banned for one game after the brawl.", "one game", "game"),
        ("Guests may stay for one night only, the shelter said.", "one night", "night"),
        # "one ... a year": a count at a rate
        (
            "A female turtle lays one clutch a year on the same beach.",
            "one clutch a year",
            "clutch",
        ),
        (
            "Pupils get one meal a day under the scheme.",
            "one meal a day",
            "meal",
        ),
    ],
)
def test_one_counts_its_noun_for_a_length_or_at_a_rate(text, phrase, unit):
    assert (phrase, Decimal(1), unit) in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "For one thing, the road was closed.",
        "One resident said the water came in minutes.",
        "It was one of the worst storms in memory.",
    ],
)
def test_one_as_a_determiner_is_no_claim(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Seorang bocah tenggelam, sementara dua temannya selamat.", "dua temannya"),
        (
            "Api merambat ke tiga rumah tetangga dan melukai empat tetangga korban.",
            "empat tetangga",
        ),
        ("The boy drowned, but his three friends swam ashore.", "three friends"),
        ("Six neighbours helped carry the injured out of the house.", "Six neighbours"),
        ("Two colleagues of the nurse were also questioned.", "Two colleagues"),
    ],
)
def test_friends_neighbours_and_colleagues_are_people(text, phrase):
    assert (phrase, "person") in [(p, u) for p, _, u in _read(text)]


def test_one_million_counts_its_noun_like_any_number():
    text = "The disease causes more than one million severe cases worldwide."
    assert ("more than one million severe cases", Decimal(10**6), "cases") in _read(
        text
    )


# "one X" that a rate is per: no count of its own.
@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Satu sapi membutuhkan 30 liter air per hari.", "30 liter"),
        ("Stok vaksin terbatas, sementara satu anak perlu dua dosis.", "dua dosis"),
        ("One apprentice needs three years of training.", "three years"),
    ],
)
def test_one_before_a_verb_of_need_is_the_rate_s_unit(text, other):
    found = [text[c.start : c.end] for c in find_claims(text)]
    assert other in " ".join(found)
    assert not any(f.split()[0].casefold() in ("satu", "one") for f in found)


def test_one_that_befell_something_is_still_counted():
    text = "Satu warga tewas dan dua lainnya luka-luka."
    assert [c.value for c in find_claims(text)][:1] == [1]
