from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from annotations.text.numbers import (
    Quantity,
    find_quantities,
    parse_quantity,
    read_numbers,
)
from annotations.text.wordclasses import looks_like_verb

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def _vu(text: str) -> tuple[Decimal, str, bool] | None:
    q = parse_quantity(text)
    return None if q is None else (q.value, q.unit, q.approximate)


@pytest.mark.parametrize(
    ("text", "value", "unit", "approximate"),
    [
        ("sekitar enam jam", "6", "hour", True),
        ("7,5 jam", "7.5", "hour", False),
        ("selama tiga jam", "3", "hour", False),
        ("1.000 orang", "1000", "person", False),
        ("Rp 2,5 triliun", "2500000000000", "IDR", False),
        ("Rp2,5 triliun", "2500000000000", "IDR", False),
        ("Rp. 500 ribu", "500000", "IDR", False),
        ("US$ 1,2 miliar", "1200000000", "USD", False),
        ("$1.2 billion", "1200000000", "USD", False),
        ("1.2 billion US dollars", "1200000000", "USD", False),
        ("10 dolar AS", "10", "USD", False),
        ("3 juta euro", "3000000", "EUR", False),
        ("5 miliar yuan", "5000000000", "CNY", False),
        ("50 persen", "50", "percent", False),
        ("50%", "50", "percent", False),
        ("3,5 per cent", "3.5", "percent", False),
        ("lima tahun terakhir", "5", "year", False),
        ("2 minggu", "2", "week", False),
        ("dua pekan", "2", "week", False),
        ("empat bulan", "4", "month", False),
        ("sepuluh hari", "10", "day", False),
        ("45 menit", "45", "minute", False),
        ("ratusan jiwa", "100", "person", True),
        ("120 km", "120", "km", False),
        ("5km", "5", "km", False),
        ("~5 kg", "5", "kg", True),
        ("2.000 ton", "2000", "ton", False),
        ("about six hours", "6", "hour", True),
        ("nearly 7.5 hours", "7.5", "hour", True),
        ("roughly 300 people", "300", "person", True),
        ("more than 20", "20", "", True),
        ("at least 12 people", "12", "person", True),
        ("some 40 people", "40", "person", True),
        ("over 1,000 people", "1000", "person", True),
        ("kira-kira 30 orang", "30", "person", True),
        ("kurang lebih 10 km", "10", "km", True),
        ("hampir 2 jam", "2", "hour", True),
        ("lebih dari Rp 2 triliun", "2000000000000", "IDR", True),
        ("lebih kurang 8 jam", "8", "hour", True),
        ("sedikitnya 9 orang", "9", "person", True),
        ("setidaknya 9 orang", "9", "person", True),
        ("20-an orang", "20", "person", True),
    ],
)
def test_parses_value_unit_and_approximation(text, value, unit, approximate):
    assert _vu(text) == (Decimal(value), unit, approximate)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dua belas", "12"),
        ("sebelas", "11"),
        ("dua puluh lima", "25"),
        ("seratus", "100"),
        ("seratus dua puluh", "120"),
        ("seribu", "1000"),
        ("tiga ratus ribu", "300000"),
        ("dua juta tiga ratus ribu", "2300000"),
        ("setengah jam", "0.5"),
        ("satu setengah jam", "1.5"),
        ("twenty-five", "25"),
        ("three hundred and fifty", "350"),
        ("one and a half hours", "1.5"),
        ("half an hour", "0.5"),
        ("half a million", "500000"),
        ("a hundred people", "100"),
        ("puluhan ribu orang", "10000"),
        ("hundreds of thousands of people", "100000"),
        ("sejam", "1"),
    ],
)
def test_parses_number_words(text, value):
    q = parse_quantity(text)
    assert q is not None
    assert q.value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7,5", "7.5"),
        ("7.5", "7.5"),
        ("0,125", "0.125"),
        ("1.000", "1000"),
        ("1,000", "1000"),
        ("1.000.000", "1000000"),
        ("1,000,000", "1000000"),
        ("1.234,5", "1234.5"),
        ("1,234.5", "1234.5"),
        ("12,50", "12.5"),
    ],
)
def test_reads_separators_by_pattern(text, value):
    q = parse_quantity(text)
    assert q is not None
    assert q.value == Decimal(value)


def test_integral_values_have_no_fraction_digits():
    assert str(parse_quantity("Rp 2,5 triliun").value) == "2500000000000"


@pytest.mark.parametrize(
    "text",
    [
        "sejak 2018",
        "pada 1970-an",
        "pada1970-an",
        "Senin (19/6/2023)",
        "Minggu (18/6)",
        "pukul 16.30 waktu setempat",
        "26 April 2024, 20:21 WIB",
        "June 18",
        "jam 10 pagi",
        "salah satu",
        "one of them",
        "G20",
        "COVID-19",
        "ke-2",
        "the 2nd round",
        "tanpa angka",
        "",
    ],
)
def test_ignores_dates_times_years_and_non_numbers(text):
    assert find_quantities(text) == []


def test_minggu_is_a_week_only_after_a_number():
    assert find_quantities("pada Minggu (18/6) selama 2 minggu")[0].unit == "week"
    assert [q.unit for q in find_quantities("Minggu lalu ada 5 orang")] == ["person"]


def test_a_jam_after_a_quantity_is_a_unit_not_a_clock():
    found = find_quantities("3 jam 30 menit")
    assert [(q.value, q.unit) for q in found] == [(3, "hour"), (30, "minute")]


def test_span_covers_marker_currency_number_and_unit():
    text = "Biayanya sekitar Rp 2,5 triliun tahun ini."
    q = parse_quantity(text)
    assert text[q.start : q.end] == "sekitar Rp 2,5 triliun"


def test_span_of_words_excludes_preposition():
    text = "berlangsung selama tiga jam di wisma"
    q = parse_quantity(text)
    assert text[q.start : q.end] == "tiga jam"


def test_spans_are_code_points_after_an_emoji():
    text = "\U0001f600 sekitar 5 jam"
    q = parse_quantity(text)
    assert (q.start, q.end) == (2, len(text))


def test_finds_every_quantity_in_order():
    text = "Selama 7,5 jam, 300 orang hadir; 50% setuju."
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [
        (Decimal("7.5"), "hour"),
        (300, "person"),
        (50, "percent"),
    ]
    assert all(isinstance(q, Quantity) for q in found)


def test_parse_quantity_returns_none_without_numbers():
    assert parse_quantity("Blinken bertemu Xi Jinping") is None


def test_seed_article_durations():
    body = (SEEDS / "003_8019a4f8d46b45c0.txt").read_text(encoding="utf-8")
    found = [(q.value, q.unit) for q in find_quantities(body)]
    assert found == [(Decimal("7.5"), "hour"), (3, "hour"), (5, "year")]


def test_seed_article_approximate_duration():
    body = (SEEDS / "002_23d27e12a1192d49.txt").read_text(encoding="utf-8")
    found = find_quantities(body)
    assert (found[0].value, found[0].unit, found[0].approximate) == (6, "hour", True)
    assert body[found[0].start : found[0].end] == "sekitar enam jam"
    assert 2018 not in [q.value for q in found]  # "sejak 2018" is a year


def test_read_numbers_keeps_the_counted_noun_and_the_number_span():
    text = "Sedikitnya 5 gudang terbakar."
    (phrase,) = read_numbers(text)
    assert (phrase.unit, phrase.canonical, phrase.bound) == ("gudang", False, "min")
    assert text[phrase.number_start : phrase.number_end] == "5"
    assert text[phrase.unit_start : phrase.unit_end] == "gudang"
    assert text[phrase.start : phrase.end] == "Sedikitnya 5 gudang"


def test_currency_abbreviations_follow_the_currency_language():
    assert parse_quantity("Rp 5 M").value == 5 * 10**9
    assert parse_quantity("Rp 2 T").value == 2 * 10**12
    assert parse_quantity("$5M").value == 5 * 10**6
    assert parse_quantity("US$1.2B").value == Decimal("1.2") * 10**9


def test_every_unit_word_names_one_unit():
    from annotations.text.units import UNIT_WORDS

    words = [word for names in UNIT_WORDS.values() for word in names]
    assert len(words) == len(set(words))


def _read(text: str) -> list[tuple[str, str, str, bool, str]]:
    return [
        (text[p.start : p.end], str(p.value), p.unit, p.approximate, p.bound)
        for p in read_numbers(text)
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("hujan selama 2 jam 15 menit sebelum", [("2 jam", "2"), ("15 menit", "15")]),
        (
            "in an hour and 40 minutes on Thursday",
            [("an hour", "1"), ("40 minutes", "40")],
        ),
        ("satu setengah jam", [("satu setengah jam", "1.5")]),
        ("one and a half hours", [("one and a half hours", "1.5")]),
    ],
)
def test_a_compound_duration_is_read_part_by_part(text, parts):
    assert [r[:2] for r in _read(text)] == parts


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("nine in 10 of its members", "0.9", "fraction"),
        ("three in four voters", "0.75", "fraction"),
        ("Dari 320 pedagang, separuhnya memilih pulang.", "0.5", "fraction"),
        ("Sepertiganya dialokasikan untuk kota.", "0.33", "fraction"),
        ("sekitar seperempat belum dibayar.", "0.25", "fraction"),
        ("the workforce has shrunk by a third since 2019", "0.33", "fraction"),
        ("sekarang seperempat kilo saja", "0.25", "kg"),
        ("Dulu orang beli sekilo, sekarang", "1", "kg"),
        ("250.000 meter kubik pasir", "250000", "m3"),
        ("4 million cubic metres of water", "4000000", "m3"),
        ("a 300-strong team of linesmen", "300", "person"),
        ("Scores of volunteers filled sandbags.", "20", "person"),
    ],
)
def test_shares_parts_and_written_out_units(text, value, unit):
    assert [r[1:3] for r in _read(text) if r[1] != "320"] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "the scores of the match were level",  # scores are not vague here
        "six in the morning",  # no share: "in" is not followed by a whole
        "think twice before you go",
    ],
)
def test_not_shares(text):
    assert all(r[2] != "fraction" for r in _read(text))
    assert all(r[1] != "20" for r in _read(text))


def test_hedged_twice_is_a_multiple_and_more_than_a_century_a_duration():
    assert _read("costs were roughly twice those in Rotterdam") == [
        ("roughly twice", "2", "fold", True, "")
    ]
    assert _read("ending more than a century of steelmaking") == [
        ("more than a century", "1", "century", False, "min")
    ]
    assert _read("within nine months, the company said") == [
        ("within nine months", "9", "month", False, "max")
    ]


def test_a_hedged_half_before_a_noun_is_a_share():
    assert _read("The lines would run at about half capacity until May.") == [
        ("about half capacity", "0.5", "fraction", True, "")
    ]
    assert [r for r in _read("They met at half time.") if r[2] == "fraction"] == []
    assert [r for r in _read("It ended at half past nine.") if r[2] == "fraction"] == []


def test_an_english_plural_with_a_verb_prefix_is_a_counted_noun():
    # "districts", "directors" start like Indonesian verbs (di-), but an
    # Indonesian word never ends in two consonants
    assert _read("Floods tore through seven districts of the regency.") == [
        ("seven districts", "7", "districts", False, "")
    ]
    assert _read("Half of the board's eight directors are women.")[1][:3] == (
        "eight directors",
        "8",
        "person",
    )
    assert looks_like_verb("dibahas") and not looks_like_verb("districts")


def test_a_number_glued_to_a_noun_by_a_hyphen_counts_it():
    assert _read("City get a four-match tour of Asia and a 30-page report.") == [
        ("four-match", "4", "match", False, ""),
        ("30-page", "30", "page", False, ""),
    ]
    # with one, two or three it is mostly a kind, not a count
    assert [
        r[2] for r in _read("Use two-factor authentication on a three-way call.")
    ] == [
        "",
        "",
    ]


def test_others_is_not_a_counted_noun():
    # what "others" counts is decided by claims.py from the sentence
    assert [(r[0], r[2]) for r in _read("and 11 others remain missing")] == [("11", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cocoa has more than doubled in two years.",
            ("more than doubled", "2", "fold", False, "min"),
        ),
        (
            "Votes were roughly double the number in 2022.",
            ("roughly double", "2", "fold", True, ""),
        ),
        ("Sales could triple by 2030.", ("triple", "3", "fold", False, "")),
        ("The deficit halved.", ("halved", "0.5", "fraction", False, "")),
        ("Prices quadrupled.", ("quadrupled", "4", "fold", False, "")),
    ],
)
def test_a_multiple_written_as_a_verb(text, expected):
    assert _read(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was a double murder.",
        "He doubled down on the claim.",
        "A double-decker bus doubled as a stage.",
        "She played a triple role.",
    ],
)
def test_double_as_an_adjective_or_an_idiom_is_not_a_multiple(text):
    assert _read(text) == []


def test_pence_and_cents_are_written_in_their_currency():
    assert _read("The dividend was cut to 14.2p a share from 21p.") == [
        ("14.2p a share", "0.142", "GBP", False, ""),
        ("21p", "0.21", "GBP", False, ""),
    ]
    assert _read("Shares closed at 318 pence.") == [
        ("318 pence", "3.18", "GBP", False, "")
    ]
    assert _read("Diesel rose 45 cents a litre.")[0][1:3] == ("0.45", "USD")
    assert _read("A litre costs €1.80, up 12 cents.")[1][1:3] == ("0.12", "EUR")
    assert _read("Harga gula naik 40 sen.")[0][1:3] == ("40", "cent")  # sen: as written
    assert _read("He streamed it in 1080p.") == []


def test_plus_or_minus_is_a_margin_not_a_negative():
    assert _read("a margin of error of plus or minus 3 points")[0][1] == "3"
    assert _read("It was minus 5 degrees.")[0][1] == "-5"


def test_near_before_a_number_is_approximate():
    assert _read("assuming cocoa settles near $6,000")[0][1:4] == ("6000", "USD", True)


def test_two_amounts_joined_by_a_dash_or_to_are_a_range():
    assert _read("Profit of £440m-£470m is expected.") == [
        ("£440m", "440000000", "GBP", False, "min"),
        ("£470m", "470000000", "GBP", False, "max"),
    ]
    assert [r[4] for r in _read("Tickets cost $5 to $7.")] == ["min", "max"]
    # a change is not a range: "rose 2.1% to 3.4%", "from $5 to $4"
    assert [r[4] for r in _read("Inflation rose 2.1% to 3.4%.")] == ["", ""]
    assert [r[4] for r in _read("Fares fell from $5 to $4.")] == ["", ""]


def test_a_bounded_duration_before_after_is_a_length():
    assert _read("The water rose in under an hour after two days of rain.")[0] == (
        "under an hour",
        "1",
        "hour",
        False,
        "max",
    )
    assert _read("They reported it more than a year ago.") == []


def test_in_a_week_after_an_amount_is_read_alone_it_is_not():
    assert [r[0] for r in _read("They raised £6,000 in a week.")] == [
        "£6,000",
        "a week",
    ]
    assert [r[0] for r in _read("35 children with stomach illness in a week")] == [
        "35 children",
        "a week",
    ]
    assert _read("The ship arrives in a week.") == []


def test_half_before_a_possessive_is_a_share():
    assert _read("Half my PhD is in that one figure.")[0][:3] == (
        "Half",
        "0.5",
        "fraction",
    )


def test_bodies_and_crews_are_people():
    assert _read("We counted 17 bodies.")[0][2] == "person"
    assert _read("Some 40 crews were sent.")[0][2] == "person"


def test_more_than_twice_its_load_is_a_multiple():
    assert _read("a ferry carrying more than twice its permitted load") == [
        ("more than twice", "2", "fold", False, "min")
    ]
    # done twice in a year is a count of times, not a multiple
    assert [r[2] for r in _read("He was fined twice that year.")] == ["time"]


def test_glued_degrees_are_temperatures_but_not_after_a_label():
    assert _read("It was 40C in Seville and 104F in Phoenix.") == [
        ("40C", "40", "°C", False, ""),
        ("104F", "104", "°F", False, ""),
    ]
    assert _read("Pupils of Grade 5C met in Room 4F.") == []
    assert _read("41 degrees Celsius")[0][2] == "°C"


def test_k_out_of_a_round_whole_is_a_share():
    assert _read("Eight out of ten voters agreed.") == [
        ("Eight out of ten voters", "0.8", "fraction", False, "")
    ]
    # "five out of 12 judges" counts judges
    assert [r[:3] for r in _read("five out of 12 judges")] == [
        ("five", "5", "person"),
        ("12 judges", "12", "person"),
    ]


def test_a_hyphenated_fraction_before_a_noun_is_a_share():
    assert _read("A two-thirds majority backed the bill.") == [
        ("two-thirds majority", "0.67", "fraction", False, "")
    ]


def test_several_and_a_few_before_a_scale_are_vague_amounts():
    assert _read("It cut several hundred jobs and a few dozen stores.") == [
        ("several hundred jobs", "100", "jobs", True, ""),
        ("few dozen stores", "12", "stores", True, ""),
    ]
    assert _read("A few people came, and several left.") == []


def test_an_amount_after_stands_at_is_not_a_clock_time():
    assert [r[0] for r in _read("The death toll stands at 212.")] == ["212"]
    assert _read("We met at 10 and left at 12.") == []


def test_other_dollars_and_the_rupee_sign():
    assert [r[1:3] for r in _read("It paid NZ$3.4 million, C$2bn and ₹500.")] == [
        ("3400000", "NZD"),
        ("2000000000", "CAD"),
        ("500", "INR"),
    ]


def test_a_past_participle_before_a_noun_is_an_adjective():
    assert [(r[0], r[2]) for r in _read("312 confirmed cases and five armed men")] == [
        ("312 confirmed cases", "cases"),
        ("five armed men", "person"),
    ]
    # people something befell, counted by the participle alone
    assert [r[2] for r in _read("20 detained and 300 evacuated were safe")] == [
        "person",
        "person",
    ]
    # "more" then a verb: what they did, not what they are
    assert [r[2] for r in _read("and tens of thousands more watched")] == [""]


def test_a_fraction_as_much_is_a_share():
    assert _read("Sites lost about a third as much coral as others.") == [
        ("about a third as much", "0.33", "fraction", True, "")
    ]


def test_degrees_and_pounds():
    assert _read("a drop of one degree in water temperature") == [
        ("one degree", "1", "degree", False, "")
    ]
    # pounds are money in millions or beside £ amounts, else a weight as written
    assert _read("Ninety-six million pounds is a lot.")[0][1:3] == ("96000000", "GBP")
    assert _read("He bought 5 pounds of rice.")[0][2] == "pounds"


def test_a_counted_noun_after_at_is_an_amount_not_a_clock_time():
    assert _read("The ship sailed at 12 knots.") == [
        ("12 knots", "12", "knot", False, "")
    ]
    assert _read("She arrived at 12 noon, at 10 sharp.") == []


def test_by_a_month_is_a_duration():
    assert _read("Exams are delayed by a month.") == [
        ("a month", "1", "month", False, "")
    ]


def test_a_verb_after_a_vague_amount_makes_it_people():
    assert [r[:3] for r in _read("Thousands fled the city; hundreds gathered.")] == [
        ("Thousands", "1000", "person"),
        ("hundreds", "100", "person"),
    ]
    assert _read("Ratusan mengungsi ke masjid.")[0][2] == "person"
    assert _read("thousands of homes flooded")[0][2] == "house"


def test_a_fraction_of_a_scale_is_a_number():
    assert _read("It cost a quarter of a million pounds.") == [
        ("a quarter of a million pounds", "250000", "GBP", False, "")
    ]


def test_a_vulgar_fraction_after_digits():
    assert [r[:3] for r in _read("The wait was 1½ hours and 2¾ miles.")] == [
        ("1½ hours", "1.5", "hour"),
        ("2¾ miles", "2.75", "mile"),
    ]


def test_a_share_rounds_halves_up_and_a_fraction_fewer_is_a_change():
    assert _read("Roughly one in eight runners raised money.")[0][1] == "0.13"
    assert _read("70,000 came, a third fewer than in 2025.")[-1][:3] == (
        "a third fewer",
        "0.33",
        "fraction",
    )


def test_sixths_eighths_and_fifths():
    assert [r[:3] for r in _read("A sixth of the budget; four-fifths of members.")] == [
        ("A sixth of the budget", "0.17", "fraction"),
        ("four-fifths of members", "0.8", "fraction"),
    ]
    assert _read("seperdelapan warga")[0][1:3] == ("0.13", "fraction")


def test_plus_and_odd_after_a_number():
    assert _read("It drew 1,000-plus fans and 40-odd boats.") == [
        ("1,000-plus fans", "1000", "person", False, "min"),
        ("40-odd boats", "40", "boats", True, ""),
    ]


def test_a_glued_unit_before_a_hyphen_and_pc():
    assert [r[:3] for r in _read("a 30m-high wall and 5pc growth")] == [
        ("30m", "30", "m"),
        ("5pc", "5", "percent"),
    ]


def test_a_scale_or_per_cent_after_a_hyphen():
    text = "a $1.2-billion plan and a 5-per-cent raise for 1.5-million workers"
    assert [r[:3] for r in _read(text)] == [
        ("$1.2-billion", "1200000000", "USD"),
        ("5-per-cent", "5", "percent"),
        ("1.5-million workers", "1500000", "person"),
    ]


def test_more_nouns_for_people():
    for text in ("40 pedestrians", "12 villagers", "300 shareholders", "25 sopir"):
        assert _read(text)[0][2] == "person", text


def test_a_couple_of_is_about_two():
    assert _read("They stayed a couple of days.") == [
        ("couple of days", "2", "day", True, "")
    ]
    assert _read("The couple married in June.") == []


def test_times_before_a_comparison_is_a_multiple():
    text = "valued at 9.5 times earnings, three times the size and ten times higher"
    assert [r[2] for r in _read(text)] == ["fold", "fold", "fold"]
    assert [r[2] for r in _read("He was arrested three times in 2020.")] == ["time"]


def test_a_product_of_hours_and_thirds_written_per():
    assert [r[:3] for r in _read("Polisi memberi waktu 3 x 24 jam dan 1x24 jam.")] == [
        ("3 x 24 jam", "72", "hour"),
        ("1x24 jam", "24", "hour"),
    ]
    assert [r[1] for r in _read("The room is 4 x 5 metres.")] == ["4", "5"]
    assert _read("Dua per tiga anggaran terserap.")[0][1:3] == ("0.67", "fraction")


def test_and_a_half_after_a_scale_is_half_of_it():
    assert _read("a million and a half dollars")[0][1:3] == ("1500000", "USD")
    assert _read("one and a half hours")[0][1:3] == ("1.5", "hour")


def test_a_vague_amount_of_money_before_a_verb_is_not_people():
    assert [r[2] for r in _read("Miliaran dikucurkan, dan ribuan mengungsi.")] == [
        "",
        "person",
    ]


def test_a_capitalised_word_after_a_dateline_dash_starts_a_sentence():
    text = "HARIAN TIMUR - Sebanyak 1,3 juta anak akan menerima vaksin."
    assert _read(text) == [("1,3 juta anak", "1300000", "person", False, "")]
    # a name before a bare number is the name's: "Apollo 11"
    assert _read("They flew Apollo 11 to the moon.") == []


def test_a_people_word_before_a_plural_modifies_it():
    text = "more than 40,000 staff and partner accounts and 200 student loans"
    assert [r[2] for r in _read(text)] == ["accounts", "loans"]
    assert [r[2] for r in _read("300 police officers and 12 staff members")] == [
        "person",
        "person",
    ]


def test_a_fraction_as_the_subject_of_a_verb_is_a_share():
    text = "Half said they would stay. A third were injured, and a quarter voted no."
    assert [r[1] for r in _read(text)] == ["0.5", "0.33", "0.25"]
    assert _read("They met at half time; he turned half asleep.") == []


def test_south_east_asian_currencies():
    assert [r[2] for r in _read("It cost ₱500 million, 300 baht and ₫2 billion.")] == [
        "PHP",
        "THB",
        "VND",
    ]


def test_lebih_between_a_number_and_its_noun_is_more_than():
    assert _read("Sebanyak 15 ribu lebih warga mengungsi.") == [
        ("15 ribu lebih warga", "15000", "person", False, "min")
    ]
    assert _read("Ada 20 lebih banyak dari tahun lalu.")[0][2] == ""


def test_a_word_opening_the_sentence_after_a_dateline_is_no_name_before_a_number():
    # "Formula 1 fans" is a name's number; "Sebanyak 11 pekerja" after a
    # dateline is a count, as it would be at the start of any sentence.
    found = find_quantities("SUNGAI RASAU - Sebanyak 11 pekerja meninggal dunia.")
    assert [(q.value, q.unit) for q in found] == [(Decimal(11), "person")]
    found = find_quantities("KUPANG – Sebanyak 1,3 juta anak akan divaksin.")
    assert [(q.value, q.unit) for q in found] == [(Decimal(1300000), "person")]


def test_an_hour_after_a_hyphen_is_not_the_indonesian_an():
    assert _read("for $10-an-hour work")[0][1:4] == ("10", "USD", False)
    assert _read("20-an orang")[0][1:4] == ("20", "person", True)


@pytest.mark.parametrize("text", ["puluhan added", "Thousands fled the city."])
def test_a_vague_amount_before_a_verb_keeps_its_parts_inside_the_phrase(text):
    """Hypothesis found "puluhan added": the unit's span lay on the verb after the phrase."""
    (phrase,) = read_numbers(text)
    assert phrase.unit == "person"
    assert phrase.number_end <= phrase.unit_start <= phrase.unit_end <= phrase.end


def test_an_english_noun_with_an_indonesian_verbs_prefix_is_still_counted():
    # "memoranda" starts like "menewaskan"; the English number and "of" tell.
    assert _vu("signed five memoranda of understanding") == (
        Decimal(5),
        "memoranda",
        False,
    )
    assert parse_quantity("signed 12 memoranda of understanding").unit == "memoranda"
    # An Indonesian verb after a number stays no unit.
    assert parse_quantity("lima menewaskan").unit == ""


def test_a_part_of_a_possessed_whole_takes_its_noun():
    text = "Six of the train's 10 carriages left the tracks."
    assert [(p.value, p.unit) for p in read_numbers(text)] == [
        (Decimal(6), "carriages"),
        (Decimal(10), "carriages"),
    ]


def test_pilgrims_and_drivers_are_people_in_indonesian_too():
    assert parse_quantity("bus yang mengangkut 42 peziarah").unit == "person"
    assert parse_quantity("sebanyak 300 sopir angkot mogok").unit == "person"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Rainfall fell short in seven of the past ten years.", "seven"),
        ("The mill made a loss in four of the last six quarters.", "four"),
        ("Turnout rose in three of the previous five elections.", "three"),
        ("The side had lost two of their previous eight away games.", "two"),
    ],
)
def test_a_part_of_the_past_n_periods_counts_them(text, part):
    found = {text[p.start : p.end]: p for p in read_numbers(text)}
    whole = [p for p in read_numbers(text) if text[p.start : p.end] != part][0]
    assert found[part].unit == whole.unit != ""


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        (
            "Fines range from £250 to £9,000, depending on the breach.",
            "from £250",
            "£9,000",
        ),
        (
            "Grants ranging from $2,000 to $15,000 will be offered to farmers.",
            "from $2,000",
            "$15,000",
        ),
        ("Waits varied from 12 to 40 minutes at the border.", "from 12", "40 minutes"),
    ],
)
def test_a_range_from_one_figure_to_another_is_bounded(text, low, high):
    found = {text[p.start : p.end]: p for p in read_numbers(text)}
    assert (found[low].bound, found[high].bound) == ("min", "max")


def test_a_change_from_one_figure_to_another_has_no_bounds():
    text = "The fare rose from £3 to £4.20 on Monday."
    assert [p.bound for p in read_numbers(text)] == ["", ""]
