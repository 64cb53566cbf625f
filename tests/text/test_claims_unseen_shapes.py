"""Claims in the shapes articles by writers who never read the rules take: fresh sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


# English puts adjectives and nouns used as adjectives before the counted noun:
# up to three of them.
@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        (
            "Inspectors found at least six major council safety breaches at the depot.",
            "at least six major council safety breaches",
            "breaches",
        ),
        (
            "The board approved 14 new rural ferry routes for the spring timetable.",
            "14 new rural ferry routes",
            "routes",
        ),
    ],
)
def test_the_counted_noun_is_the_last_of_an_english_noun_phrase(text, phrase, unit):
    assert (phrase, unit) in [(p, u) for p, _, u in _read(text)]


def test_a_hyphenated_superlative_picks_a_new_set_after_the():
    text = (
        "Volunteers handed out 4,000 water bottles in the six hardest-hit "
        "coastal villages, the agency said."
    )
    assert ("six hardest-hit coastal villages", Decimal(6), "villages") in _read(text)


@pytest.mark.parametrize(
    ("text", "start", "value", "unit"),
    [
        (
            "Pickets formed outside all 14 of the county's community libraries on Monday.",
            "14 of the county's",
            14,
            "libraries",
        ),
        (
            "Rangers closed 12 of the park's 30 campsites after the storm.",
            "12",
            12,
            "campsites",
        ),
    ],
)
def test_a_part_of_a_named_whole_counts_its_noun(text, start, value, unit):
    found = [(v, u) for p, v, u in _read(text) if p.startswith(start)]
    assert found[:1] == [(Decimal(value), unit)]


# Not claims: ages given as a range in words, a label after its noun ("roda
# dua", "lantai tiga"), a moment in a match, a deadline counted from now, a
# rate before its amount, a promotion of the site.
@pytest.mark.parametrize(
    ("text", "not_claimed"),
    [
        (
            "Dua korban yang dirawat berusia antara tiga dan delapan tahun, kata dokter.",
            "delapan tahun",
        ),
        (
            "Vaksinasi menyasar 40.000 anak usia dua hingga 15 tahun di tiga kecamatan.",
            "15 tahun",
        ),
        (
            "Sekitar 900 pengemudi roda dua dan roda empat ikut berunjuk rasa di alun-alun.",
            "empat",
        ),
        (
            "Sekitar 900 pengemudi roda dua dan roda empat ikut berunjuk rasa di alun-alun.",
            "dua",
        ),
        (
            "Kebakaran bermula dari lantai tiga gedung parkir itu, kata petugas.",
            "tiga",
        ),
        (
            "Gol penyeimbang lahir tiga menit sebelum waktu normal berakhir.",
            "tiga menit",
        ),
        (
            "Tim tamu mencetak gol kedua dua menit jelang peluit panjang dibunyikan.",
            "dua menit",
        ),
        (
            "Laporan itu kami kirim paling lambat sepuluh hari lagi, kata Bupati.",
            "sepuluh hari",
        ),
        (
            "The inspectors will return no later than three weeks later, she said.",
            "three weeks",
        ),
        ("Dulu sehari saya bisa bawa pulang Rp 300 ribu, kata Joko.", "sehari"),
        (
            "Nikmati berita pilihan tanpa iklan dengan berlangganan Kabar Plus "
            "mulai Rp 29.000/bulan.",
            "Rp 29.000",
        ),
        (
            "Get unlimited access with a Courier Plus subscription from $4.99 a month.",
            "$4.99",
        ),
    ],
)
def test_not_a_claim(text, not_claimed):
    at = text.index(not_claimed)
    assert not [
        p for p, _, _ in _read(text) if text.index(p) <= at < text.index(p) + len(p)
    ]


def test_a_rate_before_its_amount_leaves_the_amount():
    text = "Dulu sehari saya bisa bawa pulang Rp 300 ribu, kata Joko."
    assert _read(text) == [("Rp 300 ribu", Decimal(300000), "IDR")]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Ia kehilangan dua cucunya saat rumahnya tertimbun lumpur.", "dua cucunya"),
        (
            "Marni (47) kehilangan suami dan tiga anaknya dalam banjir itu.",
            "tiga anaknya",
        ),
    ],
)
def test_a_person_noun_with_its_possessive_is_counted(text, phrase):
    assert (phrase, "person") in [(p, u) for p, _, u in _read(text)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Penumpang harus menunggu hampir 50 menit sebelum akhirnya dijemput bus lain.",
            "hampir 50 menit",
        ),
        (
            "Warga menunggu dua jam sebelum laga dimulai untuk mendapat kursi.",
            "dua jam",
        ),
    ],
)
def test_a_wait_before_something_is_a_length(text, phrase):
    assert phrase in [p for p, _, _ in _read(text)]


# English counts whose unit the sentence gives elsewhere.
@pytest.mark.parametrize(
    ("text", "start", "value", "unit"),
    [
        (
            "The province's population is about 4.2 million.",
            "about 4.2",
            4200000,
            "person",
        ),
        (
            "Floods destroyed more than 9,000 homes last year, or about 25 a day.",
            "about 25",
            25,
            "house",
        ),
        (
            "The incumbent won 48,120 votes against 45,907 for his rival, officials said.",
            "45,907",
            45907,
            "votes",
        ),
        (
            "Ridership fell from a high of 52,000 passengers in 2015 to just under "
            "31,000 this year.",
            "just under 31,000",
            31000,
            "person",
        ),
        (
            "Only one bidder could meet the terms of the contract.",
            "one bidder",
            1,
            "bidder",
        ),
        (
            "Rescuers carried the injured down the hill in groups of three.",
            "three",
            3,
            "person",
        ),
        (
            "Residents joined a week-long clean-up of the harbour.",
            "week-long",
            1,
            "week",
        ),
        ("The strike began with a day-long walkout at the port.", "day-long", 1, "day"),
    ],
)
def test_a_count_takes_the_unit_its_sentence_gives(text, start, value, unit):
    found = [(v, u) for p, v, u in _read(text) if p.startswith(start)]
    assert found[:1] == [(Decimal(value), unit)], _read(text)


@pytest.mark.parametrize(
    ("text", "not_claimed"),
    [
        ("A Garuda Boeing 737-800 flying from Medan landed safely.", "800"),
        ("A Pelita Air Airbus A320-200 carrying 140 passengers landed.", "200"),
    ],
)
def test_a_model_number_is_not_a_claim(text, not_claimed):
    at = text.index(not_claimed)
    assert not [
        p for p, _, _ in _read(text) if text.index(p) <= at < text.index(p) + len(p)
    ]


def _hedges(text: str) -> list[tuple[str, bool, str]]:
    return [(text[c.start : c.end], c.approximate, c.bound) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "approximate", "bound"),
    [
        (
            "Abu vulkanik jatuh hingga radius 8 kilometer dari kawah.",
            "hingga radius 8 kilometer",
            False,
            "max",
        ),
        (
            "Police kept people back within a radius of 3 km of the plant.",
            "within a radius of 3 km",
            False,
            "max",
        ),
        (
            '"We have dredged maybe a third of the channel so far," he said.',
            "maybe a third of the channel",
            True,
            "",
        ),
        (
            "Total anggota koperasi yang diperkirakan mencapai 6.000 orang ikut memilih.",
            "diperkirakan mencapai 6.000 orang",
            True,
            "",
        ),
        (
            "Lava now covers about 3 hectares (7 acres) of farmland.",
            "7 acres",
            True,
            "",
        ),
    ],
)
def test_a_hedge_reaches_its_number(text, phrase, approximate, bound):
    assert (phrase, approximate, bound) in _hedges(text), _hedges(text)


def test_a_person_noun_heads_an_english_phrase_without_a_plural():
    text = "Six passengers and two cabin crew were taken to hospital."
    assert ("two cabin crew", Decimal(2), "person") in _read(text)


def test_an_indonesian_phrase_keeps_its_head_noun_first():
    text = "Relawan mendirikan tujuh posko pengungsi di sekitar desa itu."
    assert ("tujuh posko", Decimal(7), "posko") in _read(text)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        (
            "The injured miner was taken to a clinic in Arlow, a drive of nearly four "
            "hours from the pit.",
            "nearly four hours",
            4,
            "hour",
        ),
        (
            "Eleven people were hurt in the crash. Two were taken to Westmoor Hospital "
            "and released by evening.",
            "Two",
            2,
            "person",
        ),
    ],
)
def test_a_length_or_count_in_its_english_frame(text, phrase, value, unit):
    found = [(v, u) for p, v, u in _read(text) if p.startswith(phrase)]
    assert found[:1] == [(Decimal(value), unit)], _read(text)


@pytest.mark.parametrize(
    ("text", "not_claimed"),
    [
        (
            '"Someone will get badly hurt one day and nobody will listen," she said.',
            "one day",
        ),
        (
            '"At 25 kilometres I thought I would drop out," Mensah said.',
            "25 kilometres",
        ),
        (
            "Biasanya satu hektare bisa menghasilkan 60 ton garam semusim.",
            "satu hektare",
        ),
        ("Satu kilogram bibit biasanya cukup untuk dua petak sawah.", "Satu kilogram"),
        ("Petambak bisa memanen 90 ton satu musim, kata Rudi.", "satu musim"),
        ('"Dulu sehari Rp 80.000, sekarang dua kali lipat," katanya.', "sehari"),
    ],
)
def test_not_a_claim_in_its_frame(text, not_claimed):
    at = text.index(not_claimed)
    assert not [
        p for p, _, _ in _read(text) if text.index(p) <= at < text.index(p) + len(p)
    ], _read(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The contract has an option for one more season.", "one more season"),
        ("Kontrak dua tahun itu punya opsi perpanjangan satu musim.", "satu musim"),
        (
            "Uang pengganti harus dibayar dalam satu bulan setelah putusan.",
            "satu bulan",
        ),
        ("The repairs took one day and cost $4,000.", "one day"),
    ],
)
def test_one_of_a_unit_in_a_frame_stays(text, phrase):
    assert phrase in [p for p, _, _ in _read(text)], _read(text)


def test_a_height_after_at_stays_a_claim():
    text = "The river peaked at 4.2 metres on Sunday, the agency said."
    assert ("4.2 metres", Decimal("4.2"), "m") in _read(text)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        (
            "Half a dozen trucks were stuck on the pass.",
            "Half a dozen trucks",
            "6",
            "trucks",
        ),
        (
            "Sales have fallen by about a third since spring.",
            "about a third",
            "0.33",
            "fraction",
        ),
        (
            '"We let in three goals in a quarter of an hour," he said.',
            "a quarter of an hour",
            "0.25",
            "hour",
        ),
        (
            "The path climbs for three quarters of a mile.",
            "three quarters of a mile",
            "0.75",
            "mile",
        ),
        ("The fire destroyed 40 homes and damaged 25 more.", "25", "25", "house"),
        (
            "Flood water damaged 18 shops and 7 more in the next street.",
            "7",
            "7",
            "shops",
        ),
    ],
)
def test_english_amounts_in_words_and_words_ending_in_age(text, phrase, value, unit):
    found = [(v, u) for p, v, u in _read(text) if p.startswith(phrase)]
    assert found[:1] == [(Decimal(value), unit)], _read(text)


@pytest.mark.parametrize(
    ("text", "not_claimed"),
    [
        (
            "Mira Holt, 41, who travelled with her two sons in carriage seven, said "
            "the lights went out. All three walked away.",
            "seven",
        ),
        (
            "Mira Holt, 41, who travelled with her two sons in carriage seven, said "
            "the lights went out. All three walked away.",
            "three",
        ),
        ("The train left from platform four with 300 passengers.", "four"),
    ],
)
def test_an_english_label_or_a_set_already_named_is_not_a_claim(text, not_claimed):
    at = text.index(not_claimed)
    assert not [
        p for p, _, _ in _read(text) if text.index(p) <= at < text.index(p) + len(p)
    ], _read(text)


def test_all_and_a_number_of_a_named_group_stays_a_claim():
    text = "The Greens lost all three of their seats on the council."
    assert [(p, u) for p, _, u in _read(text)][:1] == [
        ("three of their seats", "seats")
    ]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A further 16 were treated at the scene for minor injuries.", "16"),
        (
            "Crews reached the ridge at dawn. Another nine had been rescued by noon.",
            "nine",
        ),
    ],
)
def test_a_bare_count_done_to_people_counts_people(text, phrase):
    found = [(v, u) for p, v, u in _read(text) if p.startswith(phrase)]
    assert [u for _, u in found][:1] == ["person"], _read(text)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        (
            "The same pump had been flagged for excessive noise twice in the past year.",
            "twice",
            "2",
            "time",
        ),
        (
            "Ana Ruiz said she had driven the bags to the depot herself twice.",
            "twice",
            "2",
            "time",
        ),
        (
            '"The gap was 30 seconds, then 20, then 9," the rider said.',
            "20",
            "20",
            "second",
        ),
        (
            "Only 80 of the Harlow Road workers will accept a transfer.",
            "80",
            "80",
            "person",
        ),
    ],
)
def test_counts_that_lean_on_their_sentence(text, phrase, value, unit):
    found = [(v, u) for p, v, u in _read(text) if p.startswith(phrase)]
    assert found[:1] == [(Decimal(value), unit)], _read(text)


def test_think_twice_is_no_count():
    assert _read("Voters may want to think twice before signing.") == []


def test_a_change_of_a_share_is_the_share():
    text = (
        "The board will cut the cod quota from 30,000 tonnes to 20,000 tonnes, a "
        "reduction of a third that skippers oppose."
    )
    assert ("a third", Decimal("0.33"), "fraction") in _read(text)


def test_a_quote_line_signed_after_a_dash_is_a_sentence():
    text = (
        "The visitors won 2-1.\n\n"
        '"She has been practising that free kick for three years." – team captain '
        "Lena Ford\n\nThe club plays again on Saturday."
    )
    assert ("three years", Decimal(3), "year") in _read(text)


def test_a_count_glued_to_member_is_english_not_an_indonesian_verb():
    text = "A 12-member panel will review the bids."
    assert [(p, v) for p, v, _ in _read(text)] == [("12-member", Decimal(12))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The M5 motorway reopened after six hours.",
            [("six hours", Decimal(6), "hour")],
        ),
        (
            "An M5 earthquake shook the coast at dawn.",
            [("M5", Decimal(5), "magnitude")],
        ),
        ("Gempa M 6,1 mengguncang Sumbawa.", [("M 6,1", Decimal("6.1"), "magnitude")]),
    ],
)
def test_a_road_is_no_magnitude(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        (
            "In early trade the rupiah weakened to 16,105 a dollar, dealers said.",
            "16,105 a dollar",
            "16105",
            "IDR",
        ),
        (
            "The ringgit weakened to 4.71 against the US dollar on Friday.",
            "4.71 against the US dollar",
            "4.71",
            "MYR",
        ),
    ],
)
def test_an_exchange_rate_is_in_the_currency_the_sentence_names(
    text, phrase, value, unit
):
    assert (phrase, Decimal(value), unit) in _read(text), _read(text)


def test_a_count_per_dollar_without_a_currency_named_stays_out():
    assert _read("Investors got 40 per dollar invested, the fund said.") == []


def test_hanya_a_few_words_before_satu_makes_it_a_count():
    text = "Syarat lelang dibuat agar hanya bisa dipenuhi satu kontraktor."
    assert ("satu kontraktor", Decimal(1), "kontraktor") in _read(text)


def test_satu_alone_is_still_an_article():
    assert _read("Warga satu kampung itu bergotong royong.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Big Four accounting firms were invited to bid.", []),
        ("The Formula One season opens in March.", []),
        (
            "Four accounting firms were invited to bid.",
            [("Four accounting firms", Decimal(4), "firms")],
        ),
        (
            '"Two firms bid," Reyes said. Three others withdrew.',
            [("Two firms", Decimal(2), "firms"), ("Three", Decimal(3), "firms")],
        ),
    ],
)
def test_a_capitalised_number_word_inside_a_name(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The poll interviewed 812 voters between April 4 and 11.",
        "The poll interviewed 812 voters between 4 and 11 April.",
        "Survei digelar pada 4 dan 11 April terhadap 812 responden.",
    ],
)
def test_a_range_of_days_is_a_date(text):
    assert [v for _, v, _ in _read(text)] == [Decimal(812)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The thieves copied 40GB of files from the server.",
            ("40GB", Decimal(40), "GB"),
        ),
        ("Each tablet holds 250mg of the drug.", ("250mg", Decimal(250), "mg")),
        ("Speeds reach 500Mbps in the new estate.", ("500Mbps", Decimal(500), "Mbps")),
        ("Setiap vial berisi 10 ml serum.", ("10 ml", Decimal(10), "ml")),
    ],
)
def test_units_of_data_and_doses(text, expected):
    assert expected in _read(text)


def test_tb_after_a_counted_noun_is_the_disease():
    assert _read("Dinkes mencatat 120 pasien TB tahun ini.") == [
        ("120 pasien", Decimal(120), "person")
    ]


def test_closer_to_is_near_and_below():
    text = "The queue stood at 900 families in May; now it is closer to 1,400 families."
    assert ("closer to 1,400 families", True, "max") in _hedges(text)


# "dalam waktu" before a duration is a deadline after a modal or an "if", and
# the time something took without one.
@pytest.mark.parametrize(
    ("text", "phrase", "bound"),
    [
        (
            "Kontraktor wajib memperbaiki jalan itu dalam waktu 14 hari.",
            "dalam waktu 14 hari",
            "max",
        ),
        (
            "Bila denda tidak dilunasi dalam waktu dua bulan, izin usaha dicabut.",
            "dalam waktu dua bulan",
            "max",
        ),
        ("Tim SAR menemukan korban dalam waktu 40 menit.", "40 menit", ""),
    ],
)
def test_a_deadline_in_dalam_waktu_is_a_bound(text, phrase, bound):
    claims = [c for c in find_claims(text) if text[c.start : c.end] == phrase]
    assert [c.bound for c in claims] == [bound]


# "such" between a number and its noun, like "other": "three such cases".
@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        (
            "The harbour master has logged three such collisions this winter.",
            "three such collisions",
            "collisions",
        ),
        ("Officials expect 40 such requests by June.", "40 such requests", "requests"),
        # people named by their job: investigators, inspectors, defenders
        ("The board sent four inspectors to the yard.", "four inspectors", "person"),
        ("He beat three defenders to score.", "three defenders", "person"),
    ],
)
def test_a_noun_after_such_is_counted(text, phrase, unit):
    assert (phrase, unit) in [(p, u) for p, _, u in _read(text)]


# An English noun shaped like an Indonesian verb ("display", "diesel") before
# the plural it qualifies: the plural is counted.
@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        (
            "Thieves broke open 9 display cabinets at the gallery.",
            "9 display cabinets",
            "cabinets",
        ),
        ("The ferry runs on two diesel engines.", "two diesel engines", "engines"),
    ],
)
def test_a_noun_before_the_counted_plural(text, phrase, unit):
    assert (phrase, unit) in [(p, u) for p, _, u in _read(text)]


def test_an_indonesian_verb_after_a_number_is_no_counted_noun():
    text = "Sebanyak 14 dilaporkan tewas dalam kecelakaan itu."
    assert all(u != "tewas" for _, _, u in _read(text))


# "A or more" before the counted noun: at least A of them.
@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        ("The storm felled three or more pylons.", "three or more pylons", "pylons"),
        (
            "Setiap kapal membawa dua atau lebih pelampung.",
            "dua atau lebih pelampung",
            "pelampung",
        ),
    ],
)
def test_a_number_or_more_before_its_noun_is_a_lower_bound(text, phrase, unit):
    found = [(text[c.start : c.end], c.unit, c.bound) for c in find_claims(text)]
    assert (phrase, unit, "min") in found


# "the top six", "the bottom four": a band of a league table, not a count.
@pytest.mark.parametrize(
    "text",
    [
        "City have won nine matches. Last winter they sat in the bottom three.",
        "The side lost six games in a row, and now it wants the top eight.",
    ],
)
def test_a_band_of_a_table_is_no_claim(text):
    assert all(p.split()[0] not in ("three", "eight") for p, _, _ in _read(text))


# A classifier before "sehari", "sebulan": the rate is no counted noun.
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Nelayan itu hanya membawa pulang delapan ekor sehari.",
            "delapan ekor sehari",
        ),
        ("Pabrik kecil itu merakit 40 unit sebulan.", "40 unit sebulan"),
    ],
)
def test_a_classifier_before_a_rate_counts_by_itself(text, phrase):
    units = {p: u for p, _, u in _read(text)}
    assert units.get(phrase) in ("ekor", "unit")
