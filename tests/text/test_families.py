"""Unit families the contradiction finder compares values in."""

from __future__ import annotations

from decimal import Decimal

from annotations.text.families import IMPERIAL, in_base, unit_family


def test_square_feet_are_an_imperial_area():
    assert unit_family("square feet")[0] == unit_family("m2")[0] == "area"
    assert "square feet" in IMPERIAL
    # 10,000 square feet are 929.0304 square metres
    assert in_base(Decimal(10000), "square feet") == in_base(Decimal("929.0304"), "m2")
