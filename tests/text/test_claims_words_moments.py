"""A time unit that names a moment, not a length, is no claim; a length stays one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        # "kemudian" counts forward from an event, like "later": a moment.
        "Tiga hari kemudian, polisi menangkap pelaku.",
        "Seminggu kemudian ia kembali ke desa.",
        "Lima tahun kemudian, pabrik itu tutup.",
        # A length opening its clause before "setelah"/"sebelum" an event: when.
        "Dua jam setelah gempa, air laut surut.",
        "Sepuluh menit sebelum rapat dimulai, listrik padam.",
        # "N months on," counts forward too.
        "Three months on, nothing has changed in the village.",
        # A deadline counted from now.
        "Results are expected in two days' time.",
        "The bridge will reopen three weeks from now.",
        "Hasil sidang diumumkan dua minggu dari sekarang.",
    ],
)
def test_a_moment_counted_from_an_event_or_now_is_no_claim(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # How long, beside them: still claims.
        (
            "Warga sudah tiga hari mengungsi, kemudian pulang.",
            "tiga hari",
            Decimal(3),
            "day",
        ),
        (
            "The talks lasted two hours after the break.",
            "two hours",
            Decimal(2),
            "hour",
        ),
        ("Pencarian berlangsung dua jam setelah gempa.", "dua jam", Decimal(2), "hour"),
        (
            "Sekitar dua jam setelah gempa, air laut surut.",
            "Sekitar dua jam",
            Decimal(2),
            "hour",
        ),
        (
            "The crew spent three months on the ice.",
            "three months",
            Decimal(3),
            "month",
        ),
    ],
)
def test_a_length_beside_those_words_stays_a_claim(text, phrase, value, unit):
    assert (phrase, value, unit) in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        # Ages: after "berusia" past a hedge, after "usia X", after a person
        # noun, between commas after a name.
        "Korban berusia sekitar 60 tahun.",
        "Usianya baru 24 tahun.",
        "Usia jembatan itu sudah 40 tahun.",
        "Remaja 15 tahun itu hanyut terbawa arus.",
        "Bocah lima tahun itu hanyut terbawa arus.",
        "Pelaku berinisial AR, 30 tahun, ditangkap di rumahnya.",
    ],
)
def test_an_age_is_no_claim(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # A length beside a person or a name stays one.
        ("Warga menunggu selama 15 tahun.", "15 tahun", Decimal(15), "year"),
        ("Ia bekerja di pabrik itu 30 tahun.", "30 tahun", Decimal(30), "year"),
        (
            "Pabrik milik Hartono, yang berdiri 30 tahun, tutup.",
            "30 tahun",
            Decimal(30),
            "year",
        ),
    ],
)
def test_a_length_near_a_person_stays_a_claim(text, phrase, value, unit):
    assert (phrase, value, unit) in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        # Before or after a named day or feast: when.
        "The vote came two days before Christmas.",
        "Harga naik dua hari menjelang Lebaran.",
        "Dua hari menjelang Lebaran, harga naik.",
    ],
)
def test_a_length_before_a_named_day_is_a_moment(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # A span ending now stays a claim, opening its clause or not.
        ("Lima tahun sejak gempa, warga masih tinggal di tenda.", "Lima tahun"),
        ("The talks lasted two hours before Parliament rose.", "two hours"),
    ],
)
def test_a_span_since_or_lasting_stays_a_claim(text, phrase):
    assert phrase in [p for p, _, _ in _read(text)]


def test_a_period_before_after_and_a_name_stays_a_claim():
    text = (
        "Ravensmoor went top for the first time in 11 years after Emeka Okonkwo scored."
    )
    assert "11 years" in [p for p, _, _ in _read(text)]


@pytest.mark.parametrize(
    "text",
    [
        # A year said in words: no count of anything.
        '"My dad took me to the first one," he said. "Nineteen sixty-eight. We lost."',
        "The mill shut in nineteen ninety-two and never reopened.",
    ],
)
def test_a_year_in_words_is_no_claim(text):
    assert _read(text) == []


def test_a_teen_before_a_noun_still_counts():
    assert _read("Nineteen sixth-formers were sent home.")[0][1] == Decimal(19)


def test_dalam_sepekan_alone_is_a_deadline():
    assert _read('"Dana harus cair dalam sepekan," ujarnya.') == []
    assert _read("Jembatan darurat akan selesai dalam sebulan.") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # After an amount, the period it took; with "terakhir", a span ending now.
        ("Posko menerima 57 laporan dalam sepekan.", "sepekan"),
        ("Harga cabai naik dalam sepekan terakhir.", "sepekan terakhir"),
    ],
)
def test_dalam_sepekan_after_an_amount_or_ending_now_is_a_period(text, phrase):
    assert phrase in [p for p, _, _ in _read(text)]


def test_dalam_sepekan_before_an_amount_is_its_period():
    text = "Dalam sepekan, petugas dan warga menangkap lebih dari 2.500 ekor tikus."
    assert "Dalam sepekan" in [p for p, _, _ in _read(text)] or "sepekan" in [
        p for p, _, _ in _read(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A school year or grade before a number labels the pupils.
        "Grade 5 pupils went home early.",
        "Year 9 pupils were sent home.",
    ],
)
def test_a_school_year_is_a_label(text):
    assert _read(text) == []


def test_a_count_after_a_year_in_lower_case_stays():
    assert ("40 people", Decimal(40), "person") in _read(
        "In a year 40 people died on that road."
    )


@pytest.mark.parametrize(
    "text",
    ["The 2024-25 season ended in May.", "Musim 2024/25 berakhir bulan Mei."],
)
def test_the_second_year_of_a_season_is_a_date(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pupils as young as five were sent home.",
        "Victims as old as 90 were among the dead.",
        "Dia baru lima tahun.",
        "She was only 12 years.",
    ],
)
def test_more_ages_are_no_claims(text):
    assert _read(text) == []


def test_a_pronoun_with_a_length_after_it_keeps_the_length():
    assert ("lima tahun", Decimal(5), "year") in _read(
        "Ia sudah lima tahun bekerja di sana."
    )
