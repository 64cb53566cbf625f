"""Claims written without digits, ranges, rates and what is measured: fresh sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str, bool, str]]:
    return [
        (text[c.start : c.end], c.value, c.unit, c.approximate, c.bound)
        for c in find_claims(text)
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Setengah dari nelayan di Teluk Saleh kini menganggur.",
            "Setengah dari nelayan",
            "0.5",
        ),
        (
            "Seperempat anggaran desa terserap untuk honor.",
            "Seperempat anggaran",
            "0.25",
        ),
        (
            "Hampir sepertiga sawah di Bima gagal panen.",
            "Hampir sepertiga sawah",
            "0.33",
        ),
        ("Dua pertiga pemilih datang ke TPS.", "Dua pertiga pemilih", "0.67"),
        (
            "A quarter of the ferry's crew quit in March.",
            "A quarter of the ferry's crew",
            "0.25",
        ),
        ("Half of the orchards were lost to frost.", "Half of the orchards", "0.5"),
        (
            "Nearly two-thirds of the tenants signed the petition.",
            "Nearly two-thirds of the tenants",
            "0.67",
        ),
        ("Output at the mill fell by roughly a third.", "roughly a third", "0.33"),
    ],
)
def test_fractions_are_claims_with_the_fraction_as_value(text, phrase, value):
    (claim,) = find_claims(text)
    assert (text[claim.start : claim.end], claim.value, claim.unit) == (
        phrase,
        Decimal(value),
        "fraction",
    )


def test_a_fraction_keeps_its_hedge_and_what_it_counts():
    text = "Hampir seperempat pedagang Pasar Sentral menutup lapak."
    (claim,) = find_claims(text)
    assert (claim.approximate, claim.bound) == (True, "max")
    assert claim.measured.startswith("pedagang")


@pytest.mark.parametrize(
    "text",
    [
        "Persija tampil lebih baik pada babak kedua, terutama setengah jam terakhir.",
        "The visitors dominated the second half of the match.",
        "Ia bekerja setengah hati di kantor itu.",
        "The deal was cut in half.",
    ],
)
def test_halves_that_are_not_a_share_of_something_counted(text):
    assert [c.unit for c in find_claims(text) if c.unit == "fraction"] == []


def test_a_fraction_with_nya_is_a_share_of_what_was_just_named():
    # "-nya" points back at the supply, the budget, the traders named before
    assert [(c.value, c.unit) for c in find_claims("Pasokan air baru separuhnya.")] == [
        (Decimal("0.5"), "fraction")
    ]


def test_half_an_hour_stays_a_duration():
    assert _read("The ferry was delayed for half an hour.") == [
        ("half an hour", Decimal("0.5"), "hour", False, "")
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Kini 1 dari 4 balita di kecamatan itu mengalami stunting.",
            "1 dari 4 balita",
            "0.25",
        ),
        (
            "Satu dari tiga sopir angkot belum menerima subsidi.",
            "Satu dari tiga sopir",
            "0.33",
        ),
        (
            "One in five nurses plans to leave within a year.",
            "One in five nurses",
            "0.2",
        ),
    ],
)
def test_one_in_n_is_a_ratio(text, phrase, value):
    claim = find_claims(text)[0]
    assert (text[claim.start : claim.end], claim.value, claim.unit) == (
        phrase,
        Decimal(value),
        "fraction",
    )


def test_salah_satu_is_not_a_ratio():
    assert find_claims("Salah satu dari tiga saksi tidak hadir.") == [] or all(
        c.unit != "fraction"
        for c in find_claims("Salah satu dari tiga saksi tidak hadir.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports of cocoa have risen fourfold since 2019.",
            ("fourfold", Decimal(4), "fold"),
        ),
        (
            "Twice as many tourists came to Komodo this year.",
            ("Twice as many tourists", Decimal(2), "fold"),
        ),
        ("Biaya sewa naik tiga kali lipat.", ("tiga kali lipat", Decimal(3), "fold")),
        (
            "Three times as many boats were seized.",
            ("Three times as many boats", Decimal(3), "fold"),
        ),
        ("The council has met twice since the flood.", ("twice", Decimal(2), "time")),
    ],
)
def test_multiples(text, expected):
    assert [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)] == [
        expected
    ]


def test_once_or_twice_is_not_a_count():
    assert find_claims("She visits once or twice, at most.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        ("The inquiry took a week.", "a week", 1, "week"),
        (
            "Talks stalled for a month before the mediator stepped in.",
            "a month",
            1,
            "month",
        ),
        (
            "Rescuers searched the gorge for a day and a half.",
            "a day and a half",
            Decimal("1.5"),
            "day",
        ),
        ("Repairs to the pier should take a fortnight.", "a fortnight", 2, "week"),
    ],
)
def test_a_week_is_one_week(text, phrase, value, unit):
    (claim,) = find_claims(text)
    assert (text[claim.start : claim.end], claim.value, claim.unit) == (
        phrase,
        value,
        unit,
    )


@pytest.mark.parametrize(
    "text",
    [
        "It was a day like no other for the village.",
        "A week after the landslide, the road reopened.",
        "The pumps run twice a day.",
        "The harvest was the weakest in a decade.",
        "A year on, the families are still waiting.",
        "Two years into the project, the bridge is half built.",
        "She earns 3,000 a month at the cannery.",
        "Prices fell by half within a week.",
        "It was the longest trial in the county in a decade.",
    ],
)
def test_a_week_that_says_when_or_how_often_is_not_a_duration(text):
    assert [
        c
        for c in find_claims(text)
        if c.value == 1 and c.unit in ("day", "week", "month", "year", "decade")
    ] == []


def test_a_rate_after_a_quantity_belongs_to_it():
    text = (
        "Each family gets 15 litres of water a day and Rp 50 ribu per orang per minggu."
    )
    assert [(text[c.start : c.end], c.unit) for c in find_claims(text)] == [
        ("15 litres", "liter"),
        ("Rp 50 ribu per orang per minggu", "IDR"),
    ]
    # "in a week" is the period the rise took: a duration; cents are in dollars
    text = "Diesel rose 12 cents a litre in a week."
    assert [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)] == [
        ("12 cents a litre", Decimal("0.12"), "USD"),
        ("a week", 1, "week"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Evakuasi berlangsung 3-4 jam.",
            [
                ("3", Decimal(3), "hour", False, "min"),
                ("4 jam", Decimal(4), "hour", False, "max"),
            ],
        ),
        (
            "Between 40 and 55 boats were stranded.",
            [
                ("Between 40", Decimal(40), "boats", False, "min"),
                ("55 boats", Decimal(55), "boats", False, "max"),
            ],
        ),
        (
            "Penjualan turun antara 20 hingga 35 persen.",
            [
                ("antara 20", Decimal(20), "percent", False, "min"),
                ("hingga 35 persen", Decimal(35), "percent", False, "max"),
            ],
        ),
        (
            "Some had walked for eight, nine hours.",
            [
                ("eight", Decimal(8), "hour", False, ""),
                ("nine hours", Decimal(9), "hour", False, ""),
            ],
        ),
    ],
)
def test_ranges_and_lists_share_the_unit_of_the_last_number(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        ("Titik api terpantau pada kedalaman 8km dari permukaan.", "8km", 8, "km"),
        ("Tender itu bernilai Rp2,7 T.", "Rp2,7 T", 2700000000000, "IDR"),
        ("The line will cost US$4.2bn to build.", "US$4.2bn", 4200000000, "USD"),
        (
            "Gempa susulan terkuat bermagnitudo 4,1 SR.",
            "bermagnitudo 4,1 SR",
            Decimal("4.1"),
            "magnitude",
        ),
        (
            "The province set aside Rs3.1 billion for shelters.",
            "Rs3.1 billion",
            3100000000,
            "INR",
        ),
        ("Harga gula naik 40 sen per kilogram.", "40 sen per kilogram", 40, "cent"),
    ],
)
def test_glued_and_abbreviated_units(text, phrase, value, unit):
    (claim,) = find_claims(text)
    assert (text[claim.start : claim.end], claim.value, claim.unit) == (
        phrase,
        value,
        unit,
    )


@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        (
            "Dari tujuh fraksi, satu fraksi abstain dan enam fraksi setuju.",
            "satu fraksi",
            "fraksi",
        ),
        (
            "Banjir merusak dua jembatan, satu masjid, dan tiga sekolah.",
            "satu masjid",
            "masjid",
        ),
        ("Hanya satu kapal yang selamat.", "satu kapal", "kapal"),
    ],
)
def test_satu_counts_when_it_is_a_count(text, phrase, unit):
    found = {text[c.start : c.end]: c for c in find_claims(text)}
    assert found[phrase].value == 1 and found[phrase].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Di satu sisi, warga lega.",
        "Tidak ada satu rumah pun yang selamat dari abu.",
        "Ia tinggal bersama satu keluarga di Kendari.",
    ],
)
def test_satu_as_an_article_or_a_negation_is_not_a_claim(text):
    assert find_claims(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "measured"),
    [
        (
            "Longsor itu menewaskan seorang petani dan melukai dua lainnya.",
            "seorang petani",
            "petani",
        ),
        ("By Friday eight had died, the ministry said.", "eight", "died"),
        ("The final drew an audience of 4.1 million.", "4.1 million", ""),
    ],
)
def test_people_counted_by_what_befell_them(text, phrase, measured):
    found = {text[c.start : c.end]: c for c in find_claims(text)}
    assert found[phrase].unit == "person"
    assert measured in found[phrase].measured


def test_seorang_without_a_casualty_is_an_article():
    assert find_claims("Seorang pejabat mengatakan jalan itu dibuka besok.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mendes equalised on 52 minutes.",
        "The visitors scored three minutes after the break.",
        "Skor akhir 3-2 untuk tim tamu.",
        "Sidang merujuk Pasal 12 ayat 2 UU Nomor 8 Tahun 2019.",
        "Varian baru Covid-19 dibahas di KTT G20.",
    ],
)
def test_moments_scores_and_references_are_not_claims(text):
    assert find_claims(text) == []


def test_the_match_length_is_still_a_claim():
    assert _read("The tie was settled after 120 minutes.") == [
        ("120 minutes", Decimal(120), "minute", False, "")
    ]


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        # the head noun before "yang", past a name between commas
        (
            "Sidang yang dipimpin Hakim Ketua, Ratna Wulandari, berlangsung hampir lima jam.",
            "Sidang",
        ),
        # an acronym in brackets is about the words before it
        (
            "Dana alokasi umum (DAU) ditetapkan Rp 1,9 triliun.",
            "Dana alokasi umum ditetapkan",
        ),
        # English: the subject before "had"
        ("She said the divers had swum more than 14 kilometres.", "divers had swum"),
        # "lainnya" says the count goes on, the verb after it says what happened
        ("Sebanyak 9 orang tewas dan 30 lainnya luka-luka.", "orang lainnya luka-luka"),
        # "padahal" starts a new clause
        (
            "Belanja pegawai 41 persen, padahal batas yang diatur hanya 30 persen.",
            "batas diatur",
        ),
        # a change keeps its verb in the subject phrase
        ("Multiples aside, freight costs rose 14 per cent.", "freight costs rose"),
    ],
)
def test_measured_phrase_by_grammar(text, measured):
    assert find_claims(text)[-1].measured == measured


def test_money_followed_by_an_adverb_takes_the_subject():
    text = "Dana darurat sebesar Rp 4 miliar siap dicairkan."
    assert find_claims(text)[0].measured == "Dana darurat"


def test_words_between_a_number_and_its_noun():
    text = "At least three other contracts and two more depots are under review."
    assert [(text[c.start : c.end], c.unit) for c in find_claims(text)] == [
        ("At least three other contracts", "contracts"),
        ("two more depots", "depots"),
    ]


def test_english_plurals_are_not_indonesian_verbs():
    text = "The port has 36 berths and 12 derricks."
    assert [(text[c.start : c.end], c.unit) for c in find_claims(text)] == [
        ("36 berths", "berths"),
        ("12 derricks", "derricks"),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "measured"),
    [
        # the thing named by "jumlah ... mencapai"
        ("Jumlah pasien campak sejak Maret mencapai 214.", "214", "pasien campak"),
        # a share of something: what follows "of"
        (
            "Kini 35 persen dari warga desa memakai panel surya.",
            "35 persen",
            "warga desa memakai",
        ),
        (
            "About 70 percent of the reef has bleached.",
            "About 70 percent",
            "reef has bleached",
        ),
        # a change figure after a count measures the same thing
        (
            "Jumlah kasus sejak Juli mencapai 860, naik 9 persen.",
            "9 persen",
            "kasus naik",
        ),
        # a count of things whose clause says nothing else
        ("She scored 14 goals.", "14 goals", "scored goals"),
        # an English verb before a duration says what lasted
        ("Jurors deliberated for nine hours.", "nine hours", "Jurors deliberated"),
        # a rate is not the purpose of the money
        (
            "Tiap kurir dijanjikan upah Rp 2 juta per orang untuk sekali jalan.",
            "Rp 2 juta per orang",
            "upah",
        ),
    ],
)
def test_measured_phrase_fallbacks(text, phrase, measured):
    found = {text[c.start : c.end]: c for c in find_claims(text)}
    assert found[phrase].measured == measured


@pytest.mark.parametrize(
    "text",
    [
        "Voters should think twice before signing.",
        "He writes a twice-weekly column.",
    ],
)
def test_twice_that_counts_nothing(text):
    assert find_claims(text) == []


def test_more_frames_and_ratios():
    assert _read("He served a year in prison.") == [("a year", 1, "year", False, "")]
    assert _read("The storm cut power to one in every four homes.")[0][1:3] == (
        Decimal("0.25"),
        "fraction",
    )
    assert _read("Konflik itu berlangsung setengah abad.") == [
        ("setengah abad", Decimal("0.5"), "century", False, "")
    ]


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        # the count named by "jumlah ... menjadi", however far back
        (
            "Jumlah korban tewas akibat banjir di Sentani (Jayapura), Senin, bertambah menjadi 31 orang.",
            "korban tewas",
        ),
        # the possessive suffix is not part of what is measured
        ("Menurut dia, cakupannya harus di atas 90 persen.", "cakupan"),
        # "mulai" starts a date, not a noun
        ("Posko dibuka 24 jam mulai hari ini.", "Posko dibuka"),
    ],
)
def test_measured_counted_subject_and_suffixes(text, measured):
    assert find_claims(text)[-1].measured == measured


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the verb gapped after the rest of a whole split in two
        (
            "Half the orchard was sprayed in May and the other half in June.",
            "the other half",
        ),
        # a verb the word lists do not hold
        (
            "Half of the tenants back the scheme. The other half resent it.",
            "The other half",
        ),
    ],
)
def test_the_other_half_is_a_share(text, phrase):
    found = {text[c.start : c.end]: c for c in find_claims(text)}
    assert (found[phrase].value, found[phrase].unit) == (Decimal("0.5"), "fraction")


def test_my_other_half_is_nobody_counted():
    assert find_claims("My other half drives the van on Sundays.") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Landings of eel at the weir have halved over the past decade, the trust said.",
            "past decade",
        ),
        ("The river has flooded four times in the last decade.", "last decade"),
        ("No mill in the valley has closed in the past century.", "past century"),
    ],
)
def test_the_past_decade_is_one_decade(text, phrase):
    found = {text[c.start : c.end]: c for c in find_claims(text)}
    unit = phrase.split()[-1]
    assert (found[phrase].value, found[phrase].unit) == (Decimal(1), unit)


def test_the_past_month_is_no_claim():
    text = "Two pumps failed in the past month, the crew said."
    assert [c.unit for c in find_claims(text)] == ["pumps"]


@pytest.mark.parametrize(
    "text",
    [
        "Tin futures jumped 7% on Friday, their biggest one-day gain since 2019.",
        "The index suffered its sharpest single-day fall in a decade.",
        "Shares posted their largest ever two-day rise.",
    ],
)
def test_a_superlative_before_a_length_names_a_kind_of_move(text):
    assert all(c.unit not in ("day", "week") for c in find_claims(text))


def test_a_length_before_a_move_without_a_superlative_stays():
    text = "The strike began a three-day walkout at the port."
    assert [(c.value, c.unit) for c in find_claims(text)] == [(Decimal(3), "day")]


def test_longer_than_a_year_is_more_than_a_year():
    text = "A quarter of the applicants have waited longer than a year for a hearing."
    found = {text[c.start : c.end]: c for c in find_claims(text)}
    claim = found["longer than a year"]
    assert (claim.value, claim.unit, claim.bound) == (Decimal(1), "year", "min")


@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        # how often: twice a day, twice each season, twice last winter
        ("The ferryman crosses twice a day, tide permitting.", "twice", "time"),
        ("The orchard is sprayed twice each spring.", "twice", "time"),
        ("The boiler broke down twice last winter, tenants said.", "twice", "time"),
        # the verb further back than a short window
        (
            "Her son was admitted to hospital with asthma attacks twice in March.",
            "twice",
            "time",
        ),
        # a multiple of the figure just named
        ("Traders say the real loss could be twice that.", "twice that", "fold"),
    ],
)
def test_twice_counts_occasions_or_a_multiple(text, phrase, unit):
    at = text.index(phrase)
    (claim,) = [c for c in find_claims(text) if c.start == at]
    assert (claim.value, claim.unit) == (Decimal(2), unit)
