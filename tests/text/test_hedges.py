from __future__ import annotations

import pytest

from annotations.text.claims import find_claims
from annotations.text.hedges import BY_HEDGES, HEDGES, MULTIPLE_HEDGES, hedges_around


def test_the_hedge_words_of_fractions_and_multiples_are_words_of_the_lexicon():
    words = {word for hedge in HEDGES for word in hedge.split()}
    assert words >= BY_HEDGES
    assert words >= MULTIPLE_HEDGES


@pytest.mark.parametrize(
    ("text", "approximate", "bound"),
    [
        ("sekitar 40", True, ""),
        ("lebih dari 40", False, "min"),
        ("hingga sekitar 40", True, "max"),
        ("nearly 40", True, "max"),
        ("(about 40", True, ""),
    ],
)
def test_hedges_around_reads_the_words_before_the_number(text, approximate, bound):
    start = text.index("40")
    found = hedges_around(text, start, start + 2, 0, "", False)
    assert found[2:] == (approximate, bound)
    assert text[found[0] : found[1]].endswith("40")


def test_over_before_a_duration_is_a_period_not_a_bound():
    text = "over three seasons"
    assert hedges_around(text, 5, 10, 0, "season", False) == (5, 10, False, "")


@pytest.mark.parametrize(
    ("text", "approximate", "bound"),
    [
        # "within the first": no later than, like "within"
        ("Medics reached the casualties within the first 40", False, "max"),
        # "paling tidak": at least
        ("Nelayan melaut paling tidak 40", False, "min"),
        # "mulai" before an amount: starting at
        ("Tiket dijual mulai 40", False, "min"),
        # "over" after "handed", "took": a particle of the verb, no bound
        ("The club handed over 40", False, ""),
        ("A caretaker took over 40", False, ""),
        ("Scouts raised over 40", False, "min"),
    ],
)
def test_hedges_of_unseen_wordings(text, approximate, bound):
    start = text.index("40")
    found = hedges_around(text, start, start + 2, 0, "", False)
    assert found[2:] == (approximate, bound)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # "add up to" is a sum, not a bound
        ("Over a year the surcharge adds up to about £300 for a commuter.", "£300"),
        ("The fees added up to $4,200 by June.", "$4,200"),
        # "over" before a period that is no unit of time: a period, not a bound
        ("The scheme cut falls by 30 per cent over two winters.", "two winters"),
        ("Donations were logged over four funding cycles.", "four funding cycles"),
    ],
)
def test_a_sum_or_a_period_is_no_bound(text, number):
    (found,) = [c for c in find_claims(text) if number in text[c.start : c.end]]
    assert found.bound == ""


def test_a_sum_that_could_be_added_is_bounded():
    text = "The appeal could add up to £80,000 to the bill."
    assert [c.bound for c in find_claims(text)] == ["max"]


def test_over_before_a_count_of_things_is_still_a_bound():
    text = "The post was shared over 700 times and signed by over 40 traders."
    assert [c.bound for c in find_claims(text)] == ["min", "min"]
