"""Hedges after a number, in words or digits: "or so", "-some"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        ("The storm destroyed a dozen or so homes.", "a dozen or so homes", Decimal(12), "house"),
        ("The storm destroyed 20 or so homes.", "20 or so homes", Decimal(20), "house"),
        ("Forty-some fishermen were rescued.", "Forty-some fishermen", Decimal(40), "person"),
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
