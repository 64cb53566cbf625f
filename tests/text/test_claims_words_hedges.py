"""Hedges after a number, in words or digits: "or so", "-some"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        (
            "The storm destroyed a dozen or so homes.",
            "a dozen or so homes",
            Decimal(12),
            "house",
        ),
        ("The storm destroyed 20 or so homes.", "20 or so homes", Decimal(20), "house"),
        (
            "Forty-some fishermen were rescued.",
            "Forty-some fishermen",
            Decimal(40),
            "person",
        ),
        ("The talks lasted an hour or so.", "an hour or so", Decimal(1), "hour"),
    ],
)
def test_or_so_and_some_after_a_number_are_approximate(text, phrase, value, unit):
    claims = [
        (text[c.start : c.end], c.value, c.unit, c.approximate, c.bound)
        for c in find_claims(text)
    ]
    assert (phrase, value, unit, True, "") in claims


def test_or_so_is_not_read_across_a_clause():
    text = "The storm destroyed 20 homes, or so the council says."
    claims = [(text[c.start : c.end], c.approximate) for c in find_claims(text)]
    assert claims == [("20 homes", False)]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # "a" + a measure + how it extends: one of that measure.
        ("The queue was a kilometre long by noon.", "a kilometre", Decimal(1), "km"),
        ("Snow lay a metre deep on the pass.", "a metre", Decimal(1), "m"),
        ("The village is a mile away from the dam.", "a mile", Decimal(1), "mile"),
    ],
)
def test_a_measure_with_its_extent_is_one_of_it(text, phrase, value, unit):
    claims = [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]
    assert (phrase, value, unit) in claims


def test_a_measure_as_an_idiom_is_no_claim():
    assert find_claims("It was a mile better than last year, and a ton of work.") == []
