from __future__ import annotations

from decimal import Decimal

from django.utils import translation

from annotations.quantities import plain_number, quantity_text


def test_values_show_without_exponent_or_trailing_zeros():
    assert plain_number(Decimal("7.500000")) == "7.5"
    assert plain_number(Decimal("7E+1")) == "70"
    assert plain_number(Decimal("6")) == "6"


def test_units_are_named_in_the_readers_language():
    assert quantity_text(Decimal("6"), "hour", True) == "≈ 6 hours"
    assert quantity_text(Decimal("1"), "hour", False) == "1 hour"
    with translation.override("id"):
        assert quantity_text(Decimal("7.5"), "hour", False) == "7.5 jam"
        assert quantity_text(Decimal("300"), "person", True) == "≈ 300 orang"


def test_a_unit_the_editor_typed_stays_as_typed():
    assert quantity_text(Decimal("2.5"), "triliun Rp", False) == "2.5 triliun Rp"
    assert quantity_text(None, "hour", False) == ""
    assert quantity_text(Decimal("12"), "", False) == "12"
