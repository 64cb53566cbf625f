"""Bounds said by comparatives: fresh sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [
        (text[c.start : c.end], c.value, c.unit, c.bound) for c in find_claims(text)
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "bound"),
    [
        (
            "The outage lasted longer than six hours in some districts.",
            "longer than six hours",
            "min",
        ),
        (
            "The new ferry crossing takes shorter than 40 minutes.",
            "shorter than 40 minutes",
            "max",
        ),
        (
            "Antrean berlangsung lebih lama dari tiga jam.",
            "lebih lama dari tiga jam",
            "min",
        ),
    ],
)
def test_a_comparative_before_a_number_bounds_it(text, phrase, bound):
    assert (phrase, bound) in [(p, b) for p, _, _, b in _read(text)]
