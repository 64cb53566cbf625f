"""A hyphened participle after a number is an adjective of the counted noun."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        (
            "The freeze was to be funded by selling two council-owned car parks.",
            "two council-owned car parks",
            Decimal(2),
            "parks",
        ),
        (
            "Under the plan the trust would run four state-funded nursery units "
            "from next spring.",
            "four state-funded nursery units",
            Decimal(4),
            "units",
        ),
        (
            "The city opened three newly-refurbished day centres in May.",
            "three newly-refurbished day centres",
            Decimal(3),
            "centres",
        ),
    ],
)
def test_a_hyphened_participle_leads_to_the_noun(text, phrase, value, unit):
    assert (phrase, value, unit) in _read(text)


def test_a_plain_participle_after_a_number_is_still_its_verb():
    # "120 finished": what finished was named before (the starters).
    claims = _read("Of 300 starters, 120 finished the course.")
    assert ("120", Decimal(120), "person") in claims


def test_a_hyphened_participle_with_no_noun_after_counts_nothing_new():
    claims = _read("The four short-listed were told on Monday.")
    assert all(unit != "short-listed" for _, _, unit in claims)
