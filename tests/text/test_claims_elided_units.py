"""A number that leaves its unit out counts what the text named before: fresh sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


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


def test_a_number_in_an_index_name_is_no_count():
    text = "Nikkei 225 turun 1,2 persen menjadi 38.200 pada penutupan."
    found = _read(text)
    assert "225" not in " ".join(p for p, _, _ in found)
