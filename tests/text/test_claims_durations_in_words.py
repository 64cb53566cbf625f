"""Durations written in words: "a year", "an hour" and hedged lengths, in fresh sentences."""

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
    ("text", "phrase", "unit"),
    [
        # A dash after the length closes an aside, it does not glue a word on.
        (
            "The turnout, the lowest at the ward for nearly a decade - just 812 "
            "voters - worried the council.",
            "nearly a decade",
            "decade",
        ),
        (
            "Pickets stood at the gate for almost a year – and won nothing.",
            "almost a year",
            "year",
        ),
        # "for" after a superlative still says how long: "the worst for a month".
        (
            '"We were the best side for an hour, then we stopped running," the '
            "coach said.",
            "an hour",
            "hour",
        ),
        (
            "It was the driest spell in the valley for over a century, farmers said.",
            "over a century",
            "century",
        ),
    ],
)
def test_a_length_of_one_unit_is_read_past_a_dash_and_a_superlative(text, phrase, unit):
    assert (phrase, unit) in [(p, u) for p, _, u, _, _ in _read(text)]


def test_the_weakest_in_a_decade_is_still_a_frame_not_a_length():
    text = "Sales were the weakest in a decade, the retailer said."
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        (
            "Divers reached the wreck some four hours after the alarm was raised.",
            "some four hours",
            Decimal(4),
            "hour",
        ),
        (
            "The fire was put out roughly 40 minutes after the first call.",
            "roughly 40 minutes",
            Decimal(40),
            "minute",
        ),
        (
            "Bantuan tiba sekitar tiga jam setelah pertandingan dihentikan.",
            "sekitar tiga jam",
            Decimal(3),
            "hour",
        ),
    ],
)
def test_a_hedged_length_before_after_is_how_long_it_took_not_a_moment(
    text, phrase, value, unit
):
    assert (phrase, value, unit) in [(p, v, u) for p, v, u, _, _ in _read(text)]


def test_an_exact_minute_after_the_break_is_still_a_moment():
    text = "Rovers levelled four minutes after the break through Hale."
    assert _read(text) == []
