from __future__ import annotations

from decimal import Decimal

from annotations.text.contradictions import (
    CONTRADICTS,
    CORROBORATES,
    SMALL_FACT,
    compare,
    propose,
    value_range,
)
from annotations.text.facts import FactGroup
from annotations.text.sentences import ClaimInfo


def c(id, value, unit="hour", article=None, **kw) -> ClaimInfo:
    return ClaimInfo(id, article or f"art{id}", Decimal(str(value)), unit, **kw)


def test_about_six_hours_contradicts_seven_and_a_half():
    found = compare(c(2, 6, approximate=True), c(1, 7.5))
    assert (found.source, found.target, found.relation) == (1, 2, CONTRADICTS)
    assert found.reason == "beyond_hedge"
    assert found.params["gap"] == "20"
    assert 0.5 < found.confidence <= 1


def test_five_and_a_half_hours_agree_with_about_six():
    found = compare(c(1, 5.5), c(2, 6, approximate=True))
    assert (found.relation, found.reason) == (CORROBORATES, "within_hedge")


def test_equal_exact_values_corroborate_and_close_exact_values_do_not():
    assert compare(c(1, 6), c(2, 6)).reason == "same_value"
    assert compare(c(1, 6), c(2, 6.5)).relation == CONTRADICTS


def test_ninety_minutes_are_an_hour_and_a_half():
    assert compare(c(1, 90, "minute"), c(2, 1.5, "hour")).reason == "same_value"


def test_bounds_agree_with_values_inside_them():
    at_least_ten = c(1, 10, "person", bound="min")
    assert compare(at_least_ten, c(2, 14, "person")).reason == "within_bound"
    found = compare(at_least_ten, c(3, 8, "person"))
    assert (found.relation, found.reason) == (CONTRADICTS, "beyond_bound")
    up_to = c(4, 8, "hour", bound="max")
    assert compare(up_to, c(5, 7, "hour")).relation == CORROBORATES
    assert value_range(up_to) == (Decimal(0), Decimal(8))


def test_far_apart_values_are_surer_than_barely_apart_ones():
    barely = compare(c(1, 100, "person"), c(2, 103, "person"))
    far = compare(c(1, 100, "person"), c(2, 300, "person"))
    assert barely.confidence < far.confidence


def test_a_wire_copy_never_contradicts_or_confirms_its_original():
    fact = FactGroup("k", "talks", "time", (1, 2, 3), 0.9)
    claims = [
        c(1, 6, source="antara"),
        c(2, 6, source="antara"),
        c(3, 7.5, source="detik"),
    ]
    found = {(p.source, p.target) for p in propose([fact], claims)}
    assert found == {(1, 3), (2, 3)}


def test_a_big_fact_pairs_each_value_with_one_representative():
    n = SMALL_FACT * 5
    claims = [c(i, 6 if i % 2 else 7.5) for i in range(1, n + 1)]
    fact = FactGroup("k", "talks", "time", tuple(range(1, n + 1)), 0.9)
    proposals = propose([fact], claims)
    contradictions = [p for p in proposals if p.relation == CONTRADICTS]
    assert len(contradictions) == 1  # one per pair of values, not n*n/4
    assert len(proposals) == n - 2 + 1
    assert proposals[0].relation == CONTRADICTS  # contradictions first


def test_claims_outside_every_fact_are_not_compared():
    assert propose([], [c(1, 6), c(2, 7)]) == []


def test_about_450_falls_short_of_more_than_500():
    # "Sekitar 450 warga" against "lebih dari 500 warga": a hedge of 10 %.
    found = compare(
        c(1, 450, "person", approximate=True), c(2, 500, "person", bound="min")
    )
    assert found.relation == CONTRADICTS
    near = compare(
        c(1, 480, "person", approximate=True), c(2, 500, "person", bound="min")
    )
    assert near.relation == CORROBORATES


def test_nearly_six_hours_is_close_below_six_not_any_time_up_to_it():
    nearly_six = c(1, 6, approximate=True, bound="max")  # "hampir enam jam"
    low, high = value_range(nearly_six)
    assert low > Decimal(5) and high >= Decimal(6)
    assert compare(nearly_six, c(2, 4, approximate=True)).relation == CONTRADICTS
    assert compare(nearly_six, c(3, 350, "minute")).relation == CORROBORATES
    # A bare "hingga 8 jam" still reaches down to nothing.
    assert value_range(c(4, 8, bound="max"))[0] == 0


def test_nearly_a_hundred_agrees_with_just_below_it_and_never_with_above():
    nearly = c(1, 100, "person", approximate=True, bound="max")  # "hampir 100"
    assert compare(nearly, c(2, 98, "person")).relation == CORROBORATES
    assert compare(nearly, c(3, 100, "person")).relation == CORROBORATES
    assert compare(nearly, c(4, 104, "person")).relation == CONTRADICTS
    assert compare(nearly, c(5, 80, "person")).relation == CONTRADICTS


def test_a_compound_duration_is_compared_whole():
    sentence = "Pencarian hari pertama berlangsung 5 jam 50 menit, lalu dihentikan."
    at = sentence.index("5 jam")
    hours = c(1, 5, exact="5 jam", sentence=sentence, offset=at, article="a")
    minutes = c(
        2, 50, "minute", exact="50 menit", sentence=sentence, offset=at + 6, article="a"
    )
    other = c(3, 350, "minute", article="b")  # the same duration, in minutes
    fact = FactGroup("k", "pencarian", "time", (1, 3), 0.9)
    (found,) = propose([fact], [hours, minutes, other])
    assert (found.source, found.target, found.reason) == (1, 3, "same_value")


def test_a_rounded_figure_agrees_with_the_figures_that_round_to_it():
    rounded = c(1, 1.2e12, "IDR", exact="Rp 1,2 triliun")
    finer = c(2, 1.23e12, "IDR", exact="Rp 1,23 triliun")
    assert compare(rounded, finer).relation == CORROBORATES
    # The next value of the last digit is another figure.
    assert compare(rounded, c(3, 1.3e12, "IDR", exact="Rp 1,3 triliun")).relation == (
        CONTRADICTS
    )
    # "1.200 miliar" is rounded to the miliar, not to the hundred.
    thousands = c(4, 1.2e12, "IDR", exact="Rp 1.200 miliar")
    assert compare(thousands, finer).relation == CONTRADICTS
    # A whole figure is never read as more than 5 % either way.
    assert compare(
        c(5, 3e12, "IDR", exact="Rp 3 triliun"), c(6, 3.2e12, "IDR")
    ).relation == (CONTRADICTS)
    # Without a scale word a figure is what it says.
    assert compare(
        c(7, 1240, "hotspot", exact="1.240"), c(8, 1242, "hotspot")
    ).relation == (CONTRADICTS)


def test_a_vague_amount_spans_its_magnitude():
    thousands = c(1, 1000, "person", approximate=True, exact="Ribuan buruh")
    assert compare(thousands, c(2, 5000, "person")).relation == CORROBORATES
    assert compare(thousands, c(3, 20000, "person")).relation == CONTRADICTS
    tens = c(4, 10, "house", approximate=True, exact="Puluhan rumah")
    assert compare(tens, c(5, 45, "house")).relation == CORROBORATES
    assert compare(tens, c(6, 120, "house")).relation == CONTRADICTS
    en = c(7, 100, "person", approximate=True, exact="hundreds of people")
    assert value_range(en) == (Decimal(100), Decimal(999))
    # "tens of thousands": the magnitude of its scale.
    tens_of_thousands = c(8, 10000, "person", exact="puluhan ribu warga")
    assert value_range(tens_of_thousands) == (Decimal(10000), Decimal(99000))


def test_a_range_agrees_inside_it_and_is_no_same_value_with_its_low_end():
    five_to_seven = c(1, 5, high=Decimal(7))  # "5-7 jam", joined
    assert value_range(five_to_seven) == (Decimal(5), Decimal(7))
    assert compare(five_to_seven, c(2, 6)).relation == CORROBORATES
    assert compare(five_to_seven, c(3, 5)).reason != "same_value"
    assert compare(five_to_seven, c(4, 9)).relation == CONTRADICTS


def test_a_hedged_figure_gets_no_conversion_slack_beyond_its_hedge():
    # Rounding on conversion widens an exact figure ("five miles" / "8 km");
    # a hedged one is already as loose as its hedge: about 5 sea miles (9.3
    # km) are not about 12 km.
    sea = c(1, 5, "nautical mile", approximate=True)
    assert compare(sea, c(2, 12, "km", approximate=True)).relation == CONTRADICTS
    assert compare(sea, c(3, 10, "km", approximate=True)).relation == CORROBORATES
    assert compare(c(4, 5, "mile"), c(5, 8, "km")).relation == CORROBORATES
