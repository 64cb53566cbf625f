"""A bare number whose verb says it counts people, nothing counted named before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Care: taken, rushed or brought to hospital, still treated there.
        (
            "A coach overturned on the ring road on Sunday night. Three were taken "
            "to hospital with head injuries.",
            "Three",
            Decimal(3),
        ),
        (
            "Sebuah truk menabrak warung di Jalan Raya Bogor. Lima dilarikan ke "
            "rumah sakit terdekat.",
            "Lima",
            Decimal(5),
        ),
        (
            "Asap memenuhi lantai dua gedung itu. Empat masih dirawat hingga "
            "Selasa malam.",
            "Empat",
            Decimal(4),
        ),
        (
            "Fumes leaked from the plant overnight; nine remain in hospital.",
            "nine",
            Decimal(9),
        ),
        # Arrest, custody, sentence.
        (
            "Polisi menggerebek sebuah gudang di Cakung. Dua ditahan untuk "
            "pemeriksaan lebih lanjut.",
            "Dua",
            Decimal(2),
        ),
        (
            "Bentrokan pecah seusai laga. Enam ditangkap malam itu juga.",
            "Enam",
            Decimal(6),
        ),
        (
            "The gang ran the scheme for a decade. Four were jailed on Friday.",
            "Four",
            Decimal(4),
        ),
        # Rescue and harm.
        (
            "Kapal motor itu terbalik di perairan Selayar. Tujuh diselamatkan "
            "nelayan setempat.",
            "Tujuh",
            Decimal(7),
        ),
        (
            "Gunmen opened fire on the market. Eleven were shot, two of them "
            "critically.",
            "Eleven",
            Decimal(11),
        ),
    ],
)
def test_a_number_done_to_people_counts_people(text, phrase, value):
    assert (phrase, value, "person") in _read(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # Things taken, seized, recalled: no people, whatever the verb's tense.
        ("Thieves broke into the museum. Three were taken from a locked case.", 3),
        ("The maker found a fault in the brakes. Three were recalled.", 3),
        ("Petugas memeriksa gudang itu. Dua disita sebagai barang bukti.", 2),
        # "dilarikan" alone is carried off, not to hospital.
        ("Pencuri masuk ke parkiran. Dua dilarikan ke arah utara.", 2),
    ],
)
def test_a_verb_of_things_gives_no_people(text, number):
    assert all(
        not (c.value == number and c.unit == "person") for c in find_claims(text)
    )


def test_a_thing_named_before_stays_counted():
    # Something counted was named before: it, not people, is what the verb
    # befell.
    claims = _read("Banjir merendam 40 rumah. Dua ditahan warga agar tidak hanyut.")
    assert ("Dua", Decimal(2), "person") not in claims


def test_a_score_after_ditahan_is_no_count():
    assert _read("Persib ditahan imbang dua gol oleh tuan rumah.") == [
        ("dua gol", Decimal(2), "goal")
    ] or all(c[2] != "person" for c in _read("Persib ditahan imbang dua gol."))


def test_the_verb_is_what_is_measured():
    text = "Polisi menggerebek sebuah gudang. Dua ditahan untuk pemeriksaan."
    claim = next(c for c in find_claims(text) if c.value == 2)
    assert "ditahan" in claim.measured
