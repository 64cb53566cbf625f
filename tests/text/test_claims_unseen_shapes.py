"""Claims in the shapes articles by writers who never read the rules take: fresh sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


# English puts adjectives and nouns used as adjectives before the counted noun:
# up to three of them.
@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        (
            "Inspectors found at least six major council safety breaches at the depot.",
            "at least six major council safety breaches",
            "breaches",
        ),
        (
            "The board approved 14 new rural ferry routes for the spring timetable.",
            "14 new rural ferry routes",
            "routes",
        ),
    ],
)
def test_the_counted_noun_is_the_last_of_an_english_noun_phrase(text, phrase, unit):
    assert (phrase, unit) in [(p, u) for p, _, u in _read(text)]


def test_a_hyphenated_superlative_picks_a_new_set_after_the():
    text = (
        "Volunteers handed out 4,000 water bottles in the six hardest-hit "
        "coastal villages, the agency said."
    )
    assert ("six hardest-hit coastal villages", Decimal(6), "villages") in _read(text)


@pytest.mark.parametrize(
    ("text", "start", "value", "unit"),
    [
        (
            "Pickets formed outside all 14 of the county's community libraries on Monday.",
            "14 of the county's",
            14,
            "libraries",
        ),
        (
            "Rangers closed 12 of the park's 30 campsites after the storm.",
            "12",
            12,
            "campsites",
        ),
    ],
)
def test_a_part_of_a_named_whole_counts_its_noun(text, start, value, unit):
    found = [(v, u) for p, v, u in _read(text) if p.startswith(start)]
    assert found[:1] == [(Decimal(value), unit)]
