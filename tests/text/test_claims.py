from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.text.claims import ClaimCandidate, find_claims
from annotations.text.cleaning import clean

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def _seed_body(name: str) -> str:
    return clean((SEEDS / name).read_text(encoding="utf-8")).body


def _only(text: str) -> ClaimCandidate:
    (claim,) = find_claims(text)
    return claim


def _read(text: str) -> list[tuple[str, str, str, bool, str]]:
    return [
        (text[c.start : c.end], str(c.value), c.unit, c.approximate, c.bound)
        for c in find_claims(text)
    ]


def test_seed_durations_with_their_hedges():
    body = _seed_body("002_23d27e12a1192d49.txt")
    first = find_claims(body)[0]
    assert body[first.start : first.end] == "sekitar enam jam"
    assert (first.value, first.unit, first.approximate, first.bound) == (
        6,
        "hour",
        True,
        "",
    )
    assert first.measured == "pembicaraan bilateral dengan Qin Gang"

    body = _seed_body("003_8019a4f8d46b45c0.txt")
    claims = {body[c.start : c.end]: c for c in find_claims(body)}
    assert (claims["7,5 jam"].value, claims["7,5 jam"].unit) == (Decimal("7.5"), "hour")
    assert claims["7,5 jam"].approximate is False
    assert "pembicaraan Blinken dan Qin" in claims["7,5 jam"].measured
    assert (claims["tiga jam"].value, claims["tiga jam"].unit) == (3, "hour")
    assert claims["tiga jam"].measured == "pembicaraan"


def test_seed_years_dates_and_times_are_not_claims():
    for name in ("000_cbcf84cc3490cc42.txt", "002_23d27e12a1192d49.txt"):
        body = _seed_body(name)
        values = [c.value for c in find_claims(body)]
        assert 2018 not in values and 2024 not in values and 1970 not in values
    body = _seed_body("003_8019a4f8d46b45c0.txt")
    assert Decimal("16.3") not in [c.value for c in find_claims(body)]  # pukul 16.30


@pytest.mark.parametrize(
    "text",
    [
        "Kunjungan pertama sejak 2018.",
        "Pada tahun 2023 ekonomi tumbuh.",
        "Gempa terjadi dua tahun lalu.",
        "It happened three days ago.",
        "Senin (19/6/2023) pukul 16.30 waktu setempat.",
        "Diperbarui 26 April 2024, 20.21 WIB.",
        "Pemenang ke-3 diumumkan.",
        "She finished 2nd in the race.",
        "Hubungi 0812-3456-7890 atau (021) 555 1234.",
        "Baca di https://example.com/read/2023/06/19/123456/berita.",
        "ID artikel 12345678.",
        "Budi (45) ditangkap polisi.",
        "Pasal 33 ayat 3 UUD 1945.",
        "Pasangan nomor urut 2 unggul tipis.",
        "Pertemuan G20 dan pandemi COVID-19.",
        "Pesawat Boeing 737 mendarat.",
        "- 1 Garuda turunkan harga tiket",
        "2. Pemerintah diminta bertindak",
        "Salah satu pejabat hadir.",
        "One of them left.",
    ],
)
def test_not_claims(text):
    assert find_claims(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("selama 7,5 jam", "7.5", "hour"),
        ("45 menit", "45", "minute"),
        ("tiga hari", "3", "day"),
        ("dua pekan", "2", "week"),
        ("empat bulan", "4", "month"),
        ("for six hours", "6", "hour"),
        ("300 orang meninggal", "300", "person"),
        ("12 korban luka", "12", "person"),
        ("1.250 warga mengungsi", "1250", "person"),
        ("1,250 residents fled", "1250", "person"),
        ("dua belas pengungsi", "12", "person"),
        ("sebelas penduduk", "11", "person"),
        ("dua puluh lima jiwa", "25", "person"),
        ("seratus orang", "100", "person"),
        ("selusin relawan", "12", "person"),
        ("six people died", "6", "person"),
        ("20 dead", "20", "person"),
        ("two dozen injured", "24", "person"),
        ("Rp 3,2 triliun", "3200000000000", "IDR"),
        ("Rp3,2 triliun", "3200000000000", "IDR"),
        ("Rp 500 ribu", "500000", "IDR"),
        ("2,3 juta rupiah", "2300000", "IDR"),
        ("US$1.5 billion", "1500000000", "USD"),
        ("USD 1,5 miliar", "1500000000", "USD"),
        ("10 juta dolar AS", "10000000", "USD"),
        ("5 million dollars", "5000000", "USD"),
        ("3 juta euro", "3000000", "EUR"),
        ("5 miliar yuan", "5000000000", "CNY"),
        ("50 persen", "50", "percent"),
        ("3,5%", "3.5", "percent"),
        ("12 percent", "12", "percent"),
        ("120 km", "120", "km"),
        ("5 kilometer", "5", "km"),
        ("300 meter", "300", "m"),
        ("10 mil", "10", "mile"),
        ("gempa magnitudo 5,6", "5.6", "magnitude"),
        ("gempa berkekuatan 6,2 SR", "6.2", "magnitude"),
        ("a magnitude 7.8 earthquake", "7.8", "magnitude"),
        ("a 7.8-magnitude earthquake", "7.8", "magnitude"),
        ("51 hektare", "51", "hectare"),
        ("2.000 ton", "2000", "ton"),
        ("500 kg", "500", "kg"),
        ("1.200 rumah rusak", "1200", "house"),
        ("tiga buah rumah", "3", "house"),
        ("40 gedung", "40", "building"),
        ("12 bangunan", "12", "building"),
        ("lima sekolah", "5", "school"),
        ("lima gudang", "5", "gudang"),
        ("tujuh kapal", "7", "kapal"),
        ("three warehouses", "3", "warehouses"),
    ],
)
def test_units(text, value, unit):
    claim = _only(text)
    assert (claim.value, claim.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "value", "approximate"),
    [
        ("ribuan orang", "1000", True),
        ("puluhan warga", "10", True),
        ("ratusan warga", "100", True),
        ("puluhan ribu orang", "10000", True),
        ("hundreds of people", "100", True),
        ("tens of thousands of people", "10000", True),
        ("20-an orang", "20", True),
        ("enam orang", "6", False),
    ],
)
def test_vague_amounts_are_approximate(text, value, approximate):
    claim = _only(text)
    assert (claim.value, claim.unit, claim.approximate) == (
        Decimal(value),
        "person",
        approximate,
    )


@pytest.mark.parametrize(
    ("text", "approximate", "bound"),
    [
        ("sekitar 300 orang", True, ""),
        ("kira-kira 300 orang", True, ""),
        ("kurang lebih 300 orang", True, ""),
        ("about 300 people", True, ""),
        ("roughly 300 people", True, ""),
        ("approximately 300 people", True, ""),
        ("lebih dari 300 orang", False, "min"),
        ("sedikitnya 300 orang", False, "min"),
        ("setidaknya 300 orang", False, "min"),
        ("minimal 300 orang", False, "min"),
        ("at least 300 people", False, "min"),
        ("more than 300 people", False, "min"),
        ("300 orang lebih.", False, "min"),
        ("hingga 300 orang", False, "max"),
        ("sampai 300 orang", False, "max"),
        ("kurang dari 300 orang", False, "max"),
        ("maksimal 300 orang", False, "max"),
        ("up to 300 people", False, "max"),
        ("at most 300 people", False, "max"),
        ("less than 300 people", False, "max"),
        ("hampir 300 orang", True, "max"),
        ("nearly 300 people", True, "max"),
        ("300 orang", False, ""),
    ],
)
def test_hedges_and_bounds(text, approximate, bound):
    claim = _only(text)
    assert (claim.approximate, claim.bound) == (approximate, bound)
    assert claim.start == 0  # the hedge is part of the claim phrase


def test_ranges_give_both_ends_the_unit_and_a_bound():
    assert _read("Antara 10 dan 20 orang hadir.") == [
        ("Antara 10", "10", "person", False, "min"),
        ("20 orang", "20", "person", False, "max"),
    ]
    assert _read("10-20 orang") == [
        ("10", "10", "person", False, "min"),
        ("20 orang", "20", "person", False, "max"),
    ]
    assert [c[1:] for c in _read("dua atau tiga jam")] == [
        ("2", "hour", False, ""),
        ("3", "hour", False, ""),
    ]
    assert [c[1:] for c in _read("turun dari 5 menjadi 3 persen")] == [
        ("5", "percent", False, ""),
        ("3", "percent", False, ""),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "said Maria Lopez, 63, a shopkeeper.",
        "The 23-year-old striker signed on Monday.",
        "Pemain berusia 27 tahun itu tiba kemarin.",
        "A man aged 63 was rescued.",
        "Ia dijerat Undang-Undang Nomor 31 Tahun 1999.",
        "Ia akan mengenakan nomor punggung 10 musim ini.",
        "Call the hotline on 117 for help.",
        "Forum digelar pada 25–27 Juli di Vientiane.",
        "We left at four in the morning.",
        "Para tersangka berusia antara 22 hingga 47 tahun.",
        "Korban termasuk anak-anak di bawah 12 tahun.",
        "Children under 5 years were vaccinated.",
    ],
)
def test_ages_references_and_times_are_not_claims(text):
    assert find_claims(text) == []


def test_lines_without_a_full_stop_are_headlines_or_furniture():
    text = (
        "Banjir Terjang Garut, Enam Warga Tewas\n\nWaktu baca 4 menit\n\n"
        "Banjir merendam 300 rumah pada Senin.\n\nDibaca 3.412 kali\n"
    )
    assert [text[c.start : c.end] for c in find_claims(text)] == ["300 rumah"]


@pytest.mark.parametrize(
    ("text", "value", "unit", "bound"),
    [
        ("Losses are capped at £105 million over three seasons.", "3", "season", ""),
        ("Spending went past £180 million this summer.", "180000000", "GBP", "min"),
        ("Water rose as much as 1.8 metres.", "1.8", "m", "max"),
        ("Rain may last up to three more days.", "3", "day", "max"),
        ("The club signed four new senior players.", "4", "person", ""),
        ("Officials named nearly two dozen Chinese firms.", "24", "firms", "max"),
        ("Ia sudah bermain satu musim di Aceh.", "1", "season", ""),
    ],
)
def test_units_and_bounds_in_context(text, value, unit, bound):
    claim = find_claims(text)[-1]
    assert (claim.value, claim.unit, claim.bound) == (Decimal(value), unit, bound)


def test_a_number_word_for_a_set_already_named_is_not_a_claim():
    text = "The two leaders met for three hours."
    assert [text[c.start : c.end] for c in find_claims(text)] == ["three hours"]


def test_a_bulleted_list_of_facts_keeps_its_claims():
    text = (
        "Rincian kerusakan:\n- 300 rumah rusak berat\n- 120 rumah rusak ringan\n\n"
        "Berita Terkait\n- Siapkan 5 Gudang Baru di Jawa Barat\n"
    )
    assert [text[c.start : c.end] for c in find_claims(text)] == [
        "300 rumah",
        "120 rumah",
    ]


def test_a_price_per_unit():
    assert (
        _only("Harga cabai Rp 80.000/kg.").value,
        _only("Harga cabai Rp 80.000/kg.").unit,
    ) == (
        80000,
        "IDR",
    )


def test_a_number_without_a_unit_is_not_a_claim():
    assert (
        find_claims("Skor akhir 2-1 untuk tuan rumah, dan 17 di antara mereka.") == []
    )


def test_an_abbreviation_after_a_number_is_counted():
    assert _only("Petugas mengasapi 240 RT.").unit == "rt"


@pytest.mark.parametrize(
    ("text", "value", "phrase"),
    [
        ("Ekonomi tumbuh -2,1 persen.", "-2.1", "-2,1 persen"),
        (
            "Suhu turun hingga minus 5 derajat celsius.",
            "-5",
            "hingga minus 5 derajat celsius",
        ),
        ("Inflation was −0.3% in May.", "-0.3", "−0.3%"),
        ("Sasaran inflasi plus minus 1 persen.", "1", "plus minus 1 persen"),
    ],
)
def test_negative_numbers(text, value, phrase):
    claim = _only(text)
    assert (claim.value, text[claim.start : claim.end]) == (Decimal(value), phrase)


def test_absurdly_large_numbers_are_not_claims():
    assert find_claims("ID 99999999999999999999999999999 orang") == []
    assert find_claims("0812 triliun triliun triliun orang") == []


def test_a_rate_after_a_duration_is_not_a_second_claim():
    text = "Kami bekerja 24 jam sehari."
    # The rate belongs to the claim it qualifies: one claim, 24 hours (a day).
    assert [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)] == [
        ("24 jam sehari", 24, "hour")
    ]
    text = "Kami menerima lebih dari 200 pasien per minggu."
    assert [text[c.start : c.end] for c in find_claims(text)] == [
        "lebih dari 200 pasien per minggu"
    ]


def test_a_period_after_an_amount_is_a_duration_claim():
    # "dalam seminggu", "in a week" after an amount: the period it took (README, Durations)
    text = "Kami menerima lebih dari 200 pasien dalam seminggu."
    assert [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)] == [
        ("lebih dari 200 pasien", 200, "person"),
        ("seminggu", 1, "week"),
    ]
    text = "Campaigners have raised £6,000 in a week for legal fees."
    assert [(text[c.start : c.end], c.unit) for c in find_claims(text)] == [
        ("£6,000", "GBP"),
        ("a week", "week"),
    ]
    # "in a week" alone is a deadline, and "a week" right after an amount its rate
    assert find_claims("The ship arrives in a week.") == []
    assert [c.unit for c in find_claims("They paid 45 cents a week.")] == ["USD"]


def test_a_glued_m_before_a_plural_is_millions_not_metres():
    assert (
        _only("About 1.5m households are behind.").value,
        _only("A 1.5m wall.").unit,
    ) == (
        Decimal("1500000"),
        "m",
    )


def test_currency_abbreviations_after_any_currency_sign():
    assert _only("Revenue was £648.4m last year.").value == Decimal("648400000")
    assert _only("Its budget is €2bn.").value == 2 * 10**9


def test_claims_are_sorted_without_overlaps_and_spans_match_text():
    text = (
        "Banjir merendam 1.250 rumah dan memaksa sekitar 3.000 warga mengungsi "
        "selama dua pekan. Kerugian ditaksir Rp 3,2 triliun, naik 15% dari tahun lalu; "
        "hampir 20 sekolah rusak."
    )
    claims = find_claims(text)
    assert [text[c.start : c.end] for c in claims] == [
        "1.250 rumah",
        "sekitar 3.000 warga",
        "dua pekan",
        "ditaksir Rp 3,2 triliun",
        "15%",
        "hampir 20 sekolah",
    ]
    assert all(a.end <= b.start for a, b in zip(claims, claims[1:], strict=False))
    assert all(0 < c.confidence <= 1 for c in claims)


def test_confidence_is_lower_for_a_counted_noun_than_for_a_known_unit():
    known = _only("Banjir merendam 40 rumah.")
    counted = _only("Banjir merendam 40 gudang.")
    assert counted.confidence < known.confidence
    inferred = find_claims("Sebanyak 40 orang dirawat, 3 di antaranya kritis.")
    assert inferred[1].confidence < inferred[0].confidence


def test_spans_are_code_points_after_an_emoji():
    text = "\U0001f600 sekitar 5 jam"
    claim = _only(text)
    assert (claim.start, claim.end) == (2, len(text))


def test_empty_and_numberless_text():
    assert find_claims("") == []
    assert find_claims("Blinken bertemu Xi Jinping di Beijing.") == []


_PIECES = [
    "sekitar", "lebih dari", "hingga", "hampir", "7,5", "1.250", "1,250", "Rp", "US$",
    "3,2", "triliun", "juta", "enam", "dua belas", "puluhan", "ribuan", "orang",
    "jam", "persen", "%", "-", "–", "(", ")", "/", ":", "\n", "\n\n", ".", ",", " ",
    "2018", "20.21", "WIB", "ke-3", "0812", "the", "two dozen", "people", "of",
    "M", "magnitudo", "km", "berusia", "lalu", "terakhir", "dalam", "di antaranya",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_any_mix_of_number_words_gives_sorted_spans_inside_the_text(text):
    claims = find_claims(text)
    assert all(0 <= c.start < c.end <= len(text) for c in claims)
    assert all(a.end <= b.start for a, b in zip(claims, claims[1:], strict=False))
    assert all(c.unit and c.bound in ("", "min", "max") for c in claims)
    assert all(0 < c.confidence <= 1 and len(c.measured) <= 200 for c in claims)


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_text_is_read_without_error(text):
    for claim in find_claims(text):
        assert text[claim.start : claim.end].strip()


def test_a_change_from_repeats_the_unit_and_between_makes_a_range():
    text = "It shipped 41 million processors, down from 52 million a year earlier."
    assert [(c.value, c.unit) for c in find_claims(text)][1] == (52000000, "processors")
    text = "It expects sales of between $17 billion and $18 billion."
    assert [(c.unit, c.bound) for c in find_claims(text)] == [
        ("USD", "min"),
        ("USD", "max"),
    ]
    text = "It will close two of its five factories."
    assert [(c.value, c.unit) for c in find_claims(text)] == [
        (2, "factories"),
        (5, "factories"),
    ]


def test_a_counter_in_brackets_ending_a_line_is_furniture():
    text = "The mill will close next year.\nHave your say (62 comments)\nIt employs 900 people."
    assert [c[0] for c in _read(text)] == ["900 people"]
    # a sentence ending before its bracketed credit stays a sentence
    text = "Sebanyak 40 rumah rusak. (ant)\nBaris kedua."
    assert [c[0] for c in _read(text)] == ["40 rumah"]


def test_an_hour_before_and_minutes_is_a_duration_not_a_rate():
    text = "The water had risen by 60 centimetres in an hour and 40 minutes."
    assert [c[:3] for c in _read(text)] == [
        ("60 centimetres", "60", "cm"),
        ("an hour", "1", "hour"),
        ("40 minutes", "40", "minute"),
    ]
    # and "in a week" after an amount is the period it took, a claim of its own
    assert [c[0] for c in _read("They paid 45 cents more in a week.")] == [
        "45 cents",
        "a week",
    ]


def test_the_top_n_is_a_stage_not_a_count():
    assert _read("Persaingan menuju babak delapan besar masih panjang.") == []
    assert [c[0] for c in _read("Tim itu finis di lima besar dengan 40 poin.")] == [
        "40 poin"
    ]


def test_the_number_before_a_superlative_is_a_new_set():
    text = "We promised a bus on the six busiest routes."
    assert _read(text) == [("six busiest routes", "6", "routes", False, "")]
    assert _read("The two leaders met in Jakarta.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Support our journalism. Subscribe from Rp 39,000 a month.",
        "Subscribe today: your first three months for £1 a week.",
        "Berlangganan mulai Rp 20 ribu per bulan.",
    ],
)
def test_a_line_selling_the_site_holds_no_claims(text):
    assert find_claims("Floods killed 23 people.\n" + text) == find_claims(
        "Floods killed 23 people."
    )


def test_subscribers_in_a_story_are_not_a_promotion():
    assert _read("Subscribers rose 5% in a year.")[0][:3] == ("5%", "5", "percent")


def test_an_age_range_is_not_a_claim():
    text = "Turnout among 18- to 24-year-olds was 31 per cent."
    assert _read(text) == [("31 per cent", "31", "percent", False, "")]


@pytest.mark.parametrize(
    "text",
    [
        "Okonkwo scored in a 3-1 win over Castleford Town.",
        "Rovers beat Castleford Town 2-1 on Saturday.",
        "Persib mengalahkan Persija 2-0 di Bandung.",
        "Laga itu berakhir imbang 1-1.",
    ],
)
def test_a_score_is_not_a_claim(text):
    assert find_claims(text) == []


def test_a_range_with_a_dash_is_not_a_score():
    assert [c[2] for c in _read("Harga naik 5-7 persen, dan 10-12 orang terluka.")] == [
        "percent",
        "percent",
        "person",
        "person",
    ]


def test_points_after_a_percentage_are_percentage_points():
    assert _read("Turnout was 62.3%, up 4.1 points on 2019.")[-1][2] == (
        "percentage point"
    )
    assert _read("Partai itu meraih 12 persen suara, naik 2 poin.")[-1][2] == (
        "percentage point"
    )
    text = "The team has 40 points, 5% more than last year, and leads by 3 points."
    assert [c[2] for c in _read(text)] == ["points", "percent", "points"]


def test_an_adverb_after_a_number_is_not_its_counted_noun():
    text = "The train derailed, injuring 23 passengers, two seriously."
    assert _read(text)[-1] == ("two", "2", "person", False, "")
    assert _read("Three families fled; 12 were critically hurt.")[-1][:3] == (
        "12",
        "12",
        "person",
    )


def test_a_vote_result_is_not_a_claim_but_a_margin_is():
    assert _read("The plan, passed by 31 votes to 17, will replace 420 homes.") == [
        ("420 homes", "420", "house", False, "")
    ]
    assert [
        c[0] for c in _read("The board voted 6-3, and Labour won by 17 votes.")
    ] == ["17 votes"]


def test_a_place_on_a_course_is_not_a_length():
    text = "He pulled clear after the 35km mark, 10 km from the finish."
    assert [c[0] for c in _read(text)] == ["10 km"]


def test_an_irregular_past_after_a_number_is_its_verb():
    text = "About 300 people were evacuated and 40 left by boat; 12 lost children were found."
    assert [(c[0], c[2]) for c in _read(text)] == [
        ("About 300 people", "person"),
        ("40", "person"),
        ("12 lost children", "person"),
    ]


def test_a_share_set_against_another_is_no_vote_count():
    # "of the vote against 47.7 percent": the word before "vote" is no count,
    # so the two shares are claims, unlike "31 votes to 17".
    text = (
        "Quick counts gave Rina Halim 55.4 percent of the vote against "
        "44.6 percent for Tomas Wirawan."
    )
    assert [row[:3] for row in _read(text)] == [
        ("55.4 percent", "55.4", "percent"),
        ("44.6 percent", "44.6", "percent"),
    ]
    assert _read("Dewan menyetujuinya dengan 31 suara berbanding 17.") == []


def test_english_memoranda_are_counted_like_nota_kesepahaman():
    text = "The two ministers signed seven memoranda of understanding on Tuesday."
    assert [row[:3] for row in _read(text)] == [("seven memoranda", "7", "memoranda")]


def test_a_toll_of_a_day_named_with_its_possessive_counts_people():
    text = "The death toll from Saturday's bus crash stood at 14."
    assert [row[:3] for row in _read(text)] == [("14", "14", "person")]


@pytest.mark.parametrize(
    "text",
    [
        "The plant opened at 8 and closed at 12.",  # clock times
        "Two quakes struck Lebak.",  # a count of quakes, no magnitude
        "Gempa 2018 merusak jembatan.",  # a year
    ],
)
def test_no_amount_at_a_clock_time_and_no_magnitude_in_a_count(text):
    assert all(c.unit != "magnitude" and c.unit != "person" for c in find_claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Angin berputar selama seperempat jam.", [("seperempat jam", "0.25", "hour")]),
        (
            "Supplies should be back within a day and a half.",
            [("within a day and a half", "1.5", "day")],
        ),
        # "on" before a count of things is no date or page: "bribes on 14 contracts".
        (
            "He took kickbacks on 14 road contracts.",
            [("14 road contracts", "14", "contracts")],
        ),
        # The subject a figure reached opens the sentence: it is what is counted.
        (
            "LAWANG, Indonesia - Measles cases in the hill district of Lawang have "
            "reached 640 since June.",
            [("640", "640", "cases")],
        ),
        (
            "Kasus campak di Kabupaten Lawang sudah mencapai 640 sejak Juni.",
            [("640", "640", "kasus")],
        ),
        ("Rudi Hartono reached 42 in the second round.", []),  # a name, no count
        ("Korban luka berjumlah 14.", [("14", "14", "person")]),
        ("The number of dead has risen to 14.", [("14", "14", "person")]),
        (
            "Eleven people were killed on Saturday. The figure rose to 17 on Sunday.",
            [("Eleven people", "11", "person"), ("17", "17", "person")],
        ),
        ("The figure rose to 17 on Sunday.", []),  # nothing named before it
        ("The toll stood at 27 by nightfall.", [("27", "27", "person")]),
        # A rate is its numerator per its denominator, never the denominator.
        (
            "Kasus TBC mencapai 312 per 100.000 penduduk.",
            [("312 per 100.000 penduduk", "312", "per 100000")],
        ),
        (
            "The province recorded 325 cases per 100,000 people.",
            [("325 cases per 100,000 people", "325", "per 100000")],
        ),
        ("Police estimated the crowd at 4,000.", [("4,000", "4000", "person")]),
        ("The quake had a magnitude of 5.9.", [("5.9", "5.9", "magnitude")]),
        ("The quake, which measured 5.9, struck.", [("5.9", "5.9", "magnitude")]),
        ("Dinkes mencatat 9 kematian.", [("9 kematian", "9", "person")]),
        # An English "di-" word is no Indonesian passive verb: the points are counted.
        (
            "About 70 engineers came. Six distribution points are open.",
            [
                ("About 70 engineers", "70", "person"),
                ("Six distribution points", "6", "points"),
            ],
        ),
    ],
)
def test_durations_counts_and_magnitudes_the_words_around_them_give(text, expected):
    assert [(r[0], r[1], r[2]) for r in _read(text)] == expected


def test_claim_at_gives_an_editors_claim_what_a_suggestion_would_have():
    from annotations.text.claims import claim_at

    text = "Rapat anggaran berlangsung lebih dari empat jam. Tidak ada angka lain."
    start = text.index("lebih dari empat jam")
    found = claim_at(text, start, start + len("lebih dari empat jam"))
    assert (found.measured, found.bound) == ("Rapat anggaran", "min")
    # The editor's words need only overlap the claim the finder reads.
    four = text.index("empat jam")
    assert claim_at(text, four, four + len("empat")).measured == "Rapat anggaran"
    assert claim_at(text, text.index("Tidak"), text.index("Tidak") + 5) is None


def test_people_named_by_an_acronym_after_a_word_that_describes_them():
    text = "Eleven opposition MPs voted against it and about a dozen more abstained."
    assert [(r[0], r[2], r[3]) for r in _read(text)] == [
        ("Eleven opposition MPs", "person", False),
        ("about a dozen", "person", True),
    ]


def test_a_bounded_half_on_its_own_is_a_share():
    text = "Some 300 pupils sat the test, although fewer than half met the grade."
    assert _read(text)[1] == ("fewer than half", "0.5", "fraction", False, "max")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Half of them want it. The other half want nothing at all," she said.',
            [("Half of them", "0.5"), ("The other half", "0.5")],
        ),
        (
            "Harga cabai naik hampir seperempat dalam sebulan.",
            [("hampir seperempat", "0.25")],
        ),
        ('"Kalau ongkirnya separuh, itu penipuan," kata Rina.', [("separuh", "0.5")]),
    ],
)
def test_a_share_standing_alone_after_a_contrast_a_change_or_its_noun(text, expected):
    assert [(r[0], r[1]) for r in _read(text) if r[2] == "fraction"] == expected


def test_a_range_quoted_inside_its_sentence_keeps_its_bounds_and_its_noun():
    text = 'Marshals removed "between 10 and 12" fans after flares were lit.'
    assert [(r[0], r[1], r[2], r[4]) for r in _read(text)] == [
        ("between 10", "10", "person", "min"),
        ('12" fans', "12", "person", "max"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kedua pelaku dijerat Pasal 363 dan 365 KUHP tentang pencurian.",
        "He was charged under section 12 and 14 of the Fraud Act.",
        '"Setelah kilometer 30 angin bertiup kencang," ujar pelari itu.',
        "Selepas km 12 jalur menanjak tajam.",
    ],
)
def test_numbers_that_name_an_article_or_a_marker_are_no_claims(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pada lomba itu ia menempuh jarak 21,097 kilometer di bawah hujan.", "21.097"),
        ("The crowd of 21,097 at the stadium was the largest of the season.", "21097"),
        ("Harga tiket pesawat itu mencapai US$1,250 dan sudah termasuk pajak.", "1250"),
    ],
)
def test_a_comma_before_three_digits_is_a_decimal_mark_in_indonesian(text, value):
    assert _read(text)[0][1] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"She had walked maybe a kilometre and a half by then," he said.',
            ("maybe a kilometre and a half", "1.5", "km", True, ""),
        ),
        (
            "The tail-back stretched nearly a mile along the coast road.",
            ("nearly a mile", "1", "mile", True, "max"),
        ),
    ],
)
def test_a_hedged_distance_without_a_numeral(text, expected):
    assert _read(text) == [expected]


def test_a_hyphened_one_in_n_is_a_share():
    text = "Drivers banned twice have around a one-in-four chance of a reprieve."
    assert [r for r in _read(text) if r[2] == "fraction"] == [
        ("around a one-in-four chance", "0.25", "fraction", True, "")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Surat edaran itu baru diterima sekolah sehari sebelum libur dimulai.",
        "Warga mengungsi seminggu setelah tanggul jebol.",
        "Harga naik lagi sebulan sesudah pengumuman itu.",
    ],
)
def test_a_day_before_an_event_is_when_not_how_long(text):
    assert find_claims(text) == []


def test_a_day_lasting_before_an_event_stays():
    text = "Mereka hanya punya waktu sehari untuk mengosongkan rumah."
    assert [(c.value, c.unit) for c in find_claims(text)] == [(Decimal(1), "day")]
