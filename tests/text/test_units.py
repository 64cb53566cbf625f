"""Unit names (`units.UNIT_WORDS`), read through `find_claims`: fresh sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The 86,000-square-foot depot will shut in May.", 86000, "square feet"),
        ("The mall has 240,000 square feet of shops.", 240000, "square feet"),
        ("They opened a 4,500-square-metre library on the quay.", 4500, "m2"),
        ("Each flat gains one square metre of balcony.", 1, "m2"),
        ("The plan adds 1,200 sq ft of office space.", 1200, "square feet"),
    ],
)
def test_square_feet_and_square_metres_are_areas(text, value, unit):
    assert [(c.value, c.unit) for c in find_claims(text)] == [(Decimal(value), unit)]
