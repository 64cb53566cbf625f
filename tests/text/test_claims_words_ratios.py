"""A part of a round whole written in words is a share, in either language."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Menurut survei, dua dari tiga pemilih mendukung rencana itu.",
            Decimal("0.67"),
        ),
        ("Empat dari lima dokter setuju dengan usulan tersebut.", Decimal("0.8")),
        ("Sembilan dari sepuluh rumah tangga punya ponsel.", Decimal("0.9")),
        ("Four out of five doctors agreed.", Decimal("0.8")),
    ],
)
def test_k_of_a_round_whole_is_a_share(text, value):
    claims = _read(text)
    assert [(v, u) for _, v, u in claims] == [(value, "fraction")]


def test_k_of_a_whole_that_is_not_round_counts_the_things():
    claims = _read("Lima dari tujuh anggota komisi setuju.")
    assert [(v, u) for _, v, u in claims] == [
        (Decimal(5), "person"),
        (Decimal(7), "person"),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # "tiga puluhan": thirty-odd, about 30, not "puluhan" (10) alone.
        (
            "Sekitar tiga puluhan warga mengungsi.",
            "Sekitar tiga puluhan warga",
            Decimal(30),
            "person",
        ),
        ("Dua ratusan rumah terendam.", "Dua ratusan rumah", Decimal(200), "house"),
        (
            "Lima ribuan orang hadir di alun-alun.",
            "Lima ribuan orang",
            Decimal(5000),
            "person",
        ),
    ],
)
def test_a_digit_word_before_a_vague_tens_multiplies_it(text, phrase, value, unit):
    claims = find_claims(text)
    assert [
        (text[c.start : c.end], c.value, c.unit, c.approximate) for c in claims
    ] == [(phrase, value, unit, True)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("One out of every four children is stunted.", Decimal("0.25")),
        ("Satu dari setiap tiga rumah terendam.", Decimal("0.33")),
        ("Two out of every five shops closed.", Decimal("0.4")),
    ],
)
def test_a_ratio_with_every_is_a_share(text, value):
    assert [(v, u) for _, v, u in _read(text)] == [(value, "fraction")]


@pytest.mark.parametrize(
    "text",
    ["Sepertiga di antaranya perempuan.", "Lebih dari separuh di antaranya anak-anak."],
)
def test_a_fraction_of_them_in_indonesian_is_a_share(text):
    assert [u for _, _, u in _read(text)] == ["fraction"]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # "satu" before a measure is one of it, not "a".
        (
            "Antrean mengular sepanjang satu kilometer.",
            "satu kilometer",
            Decimal(1),
            "km",
        ),
        ("Air sungai naik satu meter, lalu surut.", "satu meter", Decimal(1), "m"),
    ],
)
def test_one_measure_in_words_is_a_claim(text, phrase, value, unit):
    assert (phrase, value, unit) in _read(text)


def test_k_dari_a_whole_in_digits_counts_the_things():
    text = "Empat dari 10 gerbong keluar dari rel."
    assert [(v, u) for _, v, u in _read(text)] == [
        (Decimal(4), "gerbong"),
        (Decimal(10), "gerbong"),
    ]


# A year after "in" says when, not a whole: "312 members, up from 95 in 2019".
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The choir now has 64 singers, up from 41 in 2018.", "41"),
        ("Pelanggan bertambah menjadi 850, dari 300 in 2021.", "300"),
    ],
)
def test_a_number_in_a_year_is_no_share(text, phrase):
    units = {text[c.start : c.end].split()[0]: c.unit for c in find_claims(text)}
    assert units.get(phrase) not in (None, "fraction")
