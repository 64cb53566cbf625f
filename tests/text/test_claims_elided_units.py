"""A number that leaves its unit out counts what the text named before: fresh sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # The count named in the sentence before, when this one names none.
        (
            '"Kami butuh sedikitnya 40 tenda. Saat ini baru tersedia 12," kata Rudi.',
            "12",
            Decimal(12),
            "tenda",
        ),
        (
            "The shelter asked for 200 camp beds. So far it has received 75.",
            "75",
            Decimal(75),
            "beds",
        ),
        # A subject, then a verb after "have since", "had later".
        (
            "Researchers tagged 60 turtles last spring; a dozen have since been "
            "found dead.",
            "a dozen",
            Decimal(12),
            "turtles",
        ),
        (
            "The airline grounded 30 jets last month. Ten have since returned to "
            "service.",
            "Ten",
            Decimal(10),
            "jets",
        ),
    ],
)
def test_a_bare_number_counts_what_was_counted_just_before(text, phrase, value, unit):
    assert (phrase, value, unit) in _read(text)


def test_a_bare_number_subject_of_a_passive_counts_the_plural_named_before():
    text = (
        "Tickets for the final went on sale on Monday, and the club said more "
        "than 30,000 had been sold by Wednesday."
    )
    assert ("more than 30,000", Decimal(30000), "tickets") in _read(text)


def test_the_people_who_report_a_number_are_not_what_it_counts():
    text = "Officials said 40 had been sold by noon."
    assert _read(text) == []


def test_a_preposition_after_a_number_is_not_its_noun():
    text = "Water stations had been doubled to 24 along the route."
    assert ("24", Decimal(24), "stations") in _read(text)
    text = "Police counted 300 protesters, 120 outside the hall and 180 inside."
    assert all(u not in ("outside", "inside") for _, _, u in _read(text))


@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        (
            "Dinas mencatat 120 sekolah rusak. Dari jumlah itu, 45 rusak berat.",
            "45",
            "school",
        ),
        ("Dari 60 anggota dewan, 41 hadir dalam rapat paripurna.", "41", "person"),
        (
            "Sebanyak 30 kapal berangkat pagi ini, tetapi 12 kembali ke pelabuhan.",
            "12",
            "kapal",
        ),
    ],
)
def test_an_indonesian_verb_without_a_prefix_is_not_a_counted_noun(text, phrase, unit):
    assert (phrase, unit) in [(p, u) for p, _, u in _read(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        (
            "IHSG ditutup melemah 0,4 persen ke level 7.112,5 pada perdagangan Senin.",
            "7.112,5",
            Decimal("7112.5"),
            "poin",
        ),
        (
            "Indeks Harga Saham Gabungan berakhir di posisi 6.980 pada sesi pertama.",
            "6.980",
            Decimal(6980),
            "poin",
        ),
        (
            "The Jakarta Composite Index closed at 7,104.6 on Friday, down 0.3 percent.",
            "7,104.6",
            Decimal("7104.6"),
            "points",
        ),
        (
            "The main index ended the day at 6,950, its lowest close in three months.",
            "6,950",
            Decimal(6950),
            "points",
        ),
    ],
)
def test_a_stock_index_level_is_counted_in_points(text, phrase, value, unit):
    assert (phrase, value, unit) in _read(text)


def test_a_level_without_an_index_stays_a_label():
    text = "Status Gunung Lewotobi naik ke level 4 pada Senin malam."
    assert [p for p, _, _ in _read(text)] == []


def test_a_number_in_an_index_name_is_no_count():
    text = "Nikkei 225 turun 1,2 persen menjadi 38.200 pada penutupan."
    found = _read(text)
    assert "225" not in " ".join(p for p, _, _ in found)
