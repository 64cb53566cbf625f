"""A count said of the noun its clause opens with: "pos jaga cuma satu"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "number", "value", "unit"),
    [
        (
            "Garis pantainya panjang, tetapi pos jaga cuma satu.",
            "satu",
            Decimal(1),
            "pos",
        ),
        (
            "Di kecamatan seluas itu puskesmasnya hanya dua.",
            "dua",
            Decimal(2),
            "puskesmas",
        ),
        (
            "Wabah terus meluas, sementara dokter di pulau itu tinggal tiga.",
            "tiga",
            Decimal(3),
            "person",
        ),
        (
            "Jumlah ambulans di kabupaten itu hanya empat, padahal warganya "
            "ratusan ribu.",
            "empat",
            Decimal(4),
            "ambulans",
        ),
    ],
)
def test_a_count_said_of_the_clause_noun(text, number, value, unit):
    claims = _read(text)
    assert any(
        number in phrase and v == value and u == unit for phrase, v, u in claims
    ), claims


@pytest.mark.parametrize(
    "text",
    [
        # A pronoun, or a wish announced by a colon: no count of things.
        "Saya cuma satu, tidak bisa mengurus semuanya.",
        "Permintaan kami hanya satu: jalan itu segera diperbaiki.",
        "Harapannya hanya satu, yaitu anaknya lulus.",
    ],
)
def test_no_count_of_a_pronoun_or_a_wish(text):
    assert all(v != 1 for _, v, _ in _read(text))
