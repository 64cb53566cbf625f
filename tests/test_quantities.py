from __future__ import annotations

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from annotations.quantities import (
    number_text,
    parse_number,
    plain_number,
    quantity_text,
)


def test_values_show_without_exponent_or_trailing_zeros():
    assert plain_number(Decimal("7.500000")) == "7.5"
    assert plain_number(Decimal("7E+1")) == "70"
    assert plain_number(Decimal("6")) == "6"


def test_units_are_named_in_the_readers_language():
    assert quantity_text(Decimal("6"), "hour", True) == "≈ 6 hours"
    assert quantity_text(Decimal("1"), "hour", False) == "1 hour"
    with translation.override("id"):
        assert quantity_text(Decimal("7.5"), "hour", False) == "7,5 jam"
        assert quantity_text(Decimal("300"), "person", True) == "≈ 300 orang"


def test_the_units_claims_find_are_named_in_indonesian_too():
    # Units the claim finder gives beyond durations and people: an Indonesian
    # editor reads "12 rumah", not "12 houses".
    with translation.override("id"):
        assert quantity_text(Decimal("12"), "house", False) == "12 rumah"
        assert quantity_text(Decimal("3"), "hospital", False) == "3 rumah sakit"
        assert quantity_text(Decimal("4"), "fold", False) == "4 kali lipat"
        assert (
            quantity_text(Decimal("0.5"), "fraction", False) == "0,5 dari keseluruhan"
        )
        assert quantity_text(Decimal("5.6"), "magnitude", False) == "5,6 magnitudo"
        assert quantity_text(Decimal("2"), "century", True) == "≈ 2 abad"
    with translation.override("en"):
        assert quantity_text(Decimal("12"), "house", False) == "12 houses"
        assert quantity_text(Decimal("1"), "century", False) == "1 century"


def test_decimals_and_thousands_follow_the_readers_language():
    with translation.override("en"):
        assert quantity_text(Decimal("7.5"), "hour", False) == "7.5 hours"
        assert number_text(Decimal("1250000.5")) == "1,250,000.5"
        assert number_text(Decimal("-1250.25"), grouping=False) == "-1250.25"
    with translation.override("id"):
        assert number_text(Decimal("1250000.5")) == "1.250.000,5"
        assert number_text(Decimal("1250.25"), grouping=False) == "1250,25"
        assert number_text(Decimal("7E+1")) == "70"


def test_a_unit_the_editor_typed_stays_as_typed():
    assert quantity_text(Decimal("2.5"), "triliun Rp", False) == "2.5 triliun Rp"
    assert quantity_text(None, "hour", False) == ""
    assert quantity_text(Decimal("12"), "", False) == "12"


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("7,5", "7.5"),
        ("7.5", "7.5"),
        (" 1.250.000 ", "1250000"),
        ("1,250,000", "1250000"),
        ("1.250,5", "1250.5"),
        ("1,250.5", "1250.5"),
        ("-3", "-3"),
        ("", None),
    ],
)
def test_numbers_are_read_back_in_either_languages_way(typed, value):
    assert parse_number(typed) == (None if value is None else Decimal(value))


@pytest.mark.parametrize("typed", ["tujuh", "7,5,", "NaN", "Infinity", "1.2.3,4,5"])
def test_what_is_not_a_number_is_refused(typed):
    with pytest.raises(ValueError):
        parse_number(typed)


def test_the_template_filters_show_numbers_in_the_readers_language():
    template = Template("{% load quantities %}{{ claim|quantity }} | {{ n|number }}")
    claim = {"value": Decimal("7.5"), "unit": "hour", "approximate": True}
    with translation.override("id"):
        html = template.render(Context({"claim": claim, "n": Decimal("1500")}))
    assert html == "≈ 7,5 jam | 1.500"


@pytest.mark.parametrize(
    ("typed", "indonesian", "english"),
    [
        ("1.250", "1250", "1.25"),
        ("12.500", "12500", "12.5"),
        ("-250.000", "-250000", "-250"),
        ("7,5", "7.5", "7.5"),
        ("7.5", "7.5", "7.5"),
        ("1.25", "1.25", "1.25"),
        ("0.125", "0.125", "0.125"),
        ("1.250,5", "1250.5", "1250.5"),
    ],
)
def test_a_dot_before_three_digits_groups_thousands_in_indonesian(
    typed, indonesian, english
):
    with translation.override("id"):
        assert parse_number(typed) == Decimal(indonesian)
    with translation.override("en"):
        assert parse_number(typed) == Decimal(english)
    with translation.override("id"):
        assert parse_number(typed, language="en") == Decimal(english)
