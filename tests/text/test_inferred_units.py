"""A bare number takes the unit its context gives: "3 di antaranya", "killed 2,000"."""

from __future__ import annotations

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, str, str, bool, str]]:
    return [
        (text[c.start : c.end], str(c.value), c.unit, c.approximate, c.bound)
        for c in find_claims(text)
    ]


def test_bare_numbers_take_the_unit_their_context_names():
    assert _read("Sebanyak 40 orang dirawat, 3 di antaranya kritis.")[1][1:3] == (
        "3",
        "person",
    )
    assert _read("The quake killed more than 2,000.")[0][1:] == (
        "2000",
        "person",
        False,
        "min",
    )
    assert _read("Pendataan mencakup enam dari sebelas kecamatan.")[0][1:3] == (
        "6",
        "kecamatan",
    )
    assert _read("Hundreds of aftershocks followed.")[0][1:4] == (
        "100",
        "aftershocks",
        True,
    )


def test_others_count_what_the_claim_before_counts():
    text = "Sebanyak 94 petugas meninggal dan 1.500-an lainnya jatuh sakit."
    assert [(c.value, c.unit, c.approximate) for c in find_claims(text)] == [
        (94, "person", False),
        (1500, "person", True),
    ]


def test_part_of_counts_the_last_count_not_a_duration():
    text = "Polisi menangkap 12 tersangka dengan ancaman 20 tahun penjara. Dua di antaranya residivis."
    assert [(c.value, c.unit) for c in find_claims(text)][-1] == (2, "person")


def test_an_elided_unit_repeats_the_one_before():
    text = "Now they ask for two kilos, sometimes one."
    assert [(c.value, c.unit) for c in find_claims(text)] == [(2, "kg"), (1, "kg")]


def test_the_number_of_things_names_the_unit_of_a_bare_number():
    text = "Jumlah kasus sejak Januari mencapai 1.432, naik 58 persen."
    assert [(c.value, c.unit) for c in find_claims(text)][0] == (1432, "kasus")
    text = "The number of victims rose to 57."
    assert [(c.value, c.unit) for c in find_claims(text)] == [(57, "person")]


def test_a_number_after_including_counts_the_things_before():
    text = "More than 2,100 houses were damaged, including 640 that collapsed."
    assert [(c.value, c.unit) for c in find_claims(text)] == [
        (2100, "house"),
        (640, "house"),
    ]


def test_a_number_changed_from_takes_the_unit_of_the_number_it_became():
    text = "Jumlah sekolah yang harus dipindahkan bertambah dari dua menjadi empat."
    assert [c[1:3] for c in _read(text)] == [("2", "school"), ("4", "school")]


def test_others_count_what_the_sentence_counted_last():
    assert _read("Floods killed at least 23 people, and 11 others remain missing.") == [
        ("at least 23 people", "23", "person", False, "min"),
        ("11", "11", "person", False, ""),
    ]
    text = "The water swept away 146 houses and damaged more than 2,000 others."
    assert [c[2] for c in _read(text)] == ["house", "house"]
    # nothing counted nearby: others are people
    text = "A single child can pass the virus to as many as 18 others."
    assert _read(text) == [("as many as 18", "18", "person", False, "max")]


def test_of_them_points_back_at_people_named_before():
    text = (
        "Farmers counted their losses. The office said 1,750 hectares of rice "
        "fields were flooded, with losses of about Rp 24 billion. Scores of them "
        "have asked for seed."
    )
    assert _read(text)[-1] == ("Scores", "20", "person", True, "")
    # a count of things in reach comes first
    text = "The agency inspected 40 bridges. Dozens of them were unsafe."
    assert _read(text)[-1] == ("Dozens", "12", "bridges", True, "")
    assert _read("Ada 40 warga dievakuasi, tiga dari mereka balita.")[-1][2] == "person"


def test_a_number_ending_its_clause_counts_what_its_sentence_counted():
    text = (
        "Labour fell to 12 seats, the Liberal Democrats held seven and "
        "independents took the remaining three."
    )
    assert [(c[0], c[2]) for c in _read(text)] == [
        ("12 seats", "seats"),
        ("seven", "seats"),
        ("three", "seats"),
    ]
    text = "Her party received 41,207 votes, or 39 per cent, against Labour's 30,118."
    assert _read(text)[-1] == ("30,118", "30118", "votes", False, "")
    assert [
        c[2] for c in _read("PDIP meraih 12 kursi, Golkar tujuh, dan PKB tiga.")
    ] == [
        "kursi",
        "kursi",
        "kursi",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 40 rumah rusak berat, kata Kepala BPBD, Andi, 45.",  # an age
        "Persib yang bermain dengan 10 pemain ditahan imbang 2-2.",  # a score
        "They sold 40 tickets, the first at 12.",  # a time or a place
    ],
)
def test_a_number_ending_its_clause_is_not_always_a_count(text):
    assert len(_read(text)) == 1


def test_a_change_from_skips_the_period_between():
    text = (
        "The office recorded 312 cases in the past seven days, up from 40 in the "
        "week before."
    )
    assert _read(text)[-1] == ("40", "40", "cases", False, "")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Rescuers pulled 27 survivors out; the death toll stands at 212.", "212"),
        ("The death toll rose to at least 58 on Tuesday.", "at least 58"),
        ("Jumlah korban tewas bertambah menjadi 58.", "58"),
        ("Korban meninggal dunia akibat gempa itu mencapai 58.", "58"),
    ],
)
def test_a_death_toll_counts_people(text, phrase):
    assert [(c[0], c[2]) for c in _read(text)][-1] == (phrase, "person")


def test_of_whom_points_back_at_the_people_counted():
    text = "The outbreak has infected 312 people, 41 of whom needed hospital care."
    assert _read(text)[-1] == ("41", "41", "person", False, "")


def test_a_part_is_never_more_than_its_whole():
    text = (
        "Banjir merendam 1.250 rumah di tiga kecamatan; 340 di antaranya rusak berat."
    )
    assert _read(text)[-1][:3] == ("340", "340", "house")


def test_a_number_before_a_verb_counts_what_was_named_before():
    text = (
        "Of the 18,400 starters, 17,650 finished, the organisers said. Medical "
        "teams treated 212 runners, 37 of them in hospital, and two remained in "
        "intensive care. Last year only 90 needed treatment."
    )
    assert [(c[0], c[2]) for c in _read(text)] == [
        ("18,400 starters", "person"),
        ("17,650", "person"),
        ("212 runners", "person"),
        ("37", "person"),
        ("two", "person"),
        ("90", "person"),
    ]


def test_a_bare_number_after_a_whole_named_first_is_part_of_it():
    text = "Dari 45 anggota dewan, 38 hadir dan 31 menyatakan setuju."
    assert [(c[0], c[2]) for c in _read(text)][-1] == ("31", "person")
    assert [c[0] for c in _read("Of the 40 seats, Labour won 22.")] == [
        "40 seats",
        "22",
    ]
    assert _read("Of the 40 seats, Labour won 22.")[-1][2] == "seats"


def test_a_bare_number_after_a_body_of_people_counts_people():
    assert _read("Mori won ahead of a pack of five.") == [
        ("five", "5", "person", False, "")
    ]
    assert _read("A family of six was rescued.")[0][:3] == ("six", "6", "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another's figure for the count named before: "put the number at".
        (
            "Ribuan buruh mogok. Police put the number at 1,800.",
            [("Ribuan buruh", "1000", "person"), ("1,800", "1800", "person")],
        ),
        (
            "Hundreds of traders protested; the union estimated it at 640.",
            [("Hundreds of traders", "100", "person"), ("640", "640", "person")],
        ),
        (
            "Ribuan buruh mogok. Polisi menyebut angkanya 1.800.",
            [("Ribuan buruh", "1000", "person"), ("1.800", "1800", "person")],
        ),
        ("Officials put the death toll at 14 on Friday.", [("14", "14", "person")]),
        # The number as the subject, after auxiliaries, in both languages.
        (
            "Of the 2,000 workers on the shift, 1,750 had walked out by noon.",
            [("2,000 workers", "2000", "person"), ("1,750", "1750", "person")],
        ),
        (
            "Sebanyak 52 orang dilarikan ke rumah sakit. Dari jumlah itu, 35 masih "
            "dirawat.",
            [("52 orang", "52", "person"), ("35", "35", "person")],
        ),
        # A quake's magnitude needs no unit word.
        ("The 6.1 quake struck at dawn.", [("6.1", "6.1", "magnitude")]),
        ("Gempa 5,6 mengguncang Lebak.", [("5,6", "5.6", "magnitude")]),
    ],
)
def test_bare_numbers_take_their_unit_from_grammar(text, expected):
    assert [(r[0], r[1], r[2]) for r in _read(text)] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The injured, 30 in all, were taken to hospital.", ("30", "person", "injured")),
        ("On Friday, the dead, 12 in total, were buried.", ("12", "person", "dead")),
        ("Korban luka, 34 orang seluruhnya, dibawa ke RSUD.", ("34 orang", "person", "Korban luka")),
        ("Para pengungsi, 120 semuanya, tidur di aula desa.", ("120", "person", "pengungsi")),
    ],
)  # fmt: skip
def test_a_total_after_its_noun_and_a_comma(text, found):
    claims = [(text[c.start : c.end], c.unit, c.measured) for c in find_claims(text)]
    assert claims == ([found] if found else [])


@pytest.mark.parametrize(
    "text",
    ["He said, 30 in all.", "In Jakarta, 30 in all.", "Menurut dia, 40 semuanya."],
)
def test_a_bare_total_after_no_counted_noun_is_no_claim(text):
    assert find_claims(text) == []


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            '"The coach gave us 20 minutes to turn it round, maybe 25," Ortega said.',
            ("maybe 25", "25", "minute", True),
        ),
        ("We needed 20 minutes, maybe 25.", ("maybe 25", "25", "minute", True)),
        (
            '"Kami butuh tiga hari untuk memperbaikinya, mungkin empat," ujarnya.',
            ("mungkin empat", "4", "day", True),
        ),
    ],
)
def test_a_second_guess_at_the_end_of_a_clause_takes_the_first_ones_unit(text, second):
    claims = find_claims(text)
    assert len(claims) == 2
    c = claims[1]
    assert (text[c.start : c.end], str(c.value), c.unit, c.approximate) == second


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a match played before a crowd
        ("Carrow Town won 2-1 in front of 18,250 at Mill Road on Saturday.", "18,250"),
        ("The final was played in front of roughly 40,000 in Jakarta.", "40,000"),
    ],
)
def test_in_front_of_a_bare_number_is_a_crowd(text, number):
    found = {r[0].split()[-1]: r for r in _read(text)}
    assert found[number][2] == "person"


def test_the_number_put_at_a_figure_counts_what_it_is_the_number_of():
    text = (
        "The inspectorate puts the number of pupils without a school place in "
        "the county at 3,140, up from 2,600 last autumn."
    )
    assert [r[1:3] for r in _read(text) if r[2] != "fraction"] == [
        ("3140", "person"),
        ("2600", "person"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March the registry held a backlog of 14,500 appeals. It is down to "
            "about 6,000 now, the registrar said.",
            ("6000", "appeals"),
        ),
        (
            "Last winter the hospital had 212 patients waiting in corridors. That has "
            "fallen to 40 this month.",
            ("40", "person"),
        ),
    ],
)
def test_a_level_reached_by_it_counts_what_the_sentence_before_counted(text, expected):
    assert _read(text)[-1][1:3] == expected


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        (
            "Rescuers brought 26 climbers down the ridge. A doctor at the base "
            "camp said seven were suffering from frostbite.",
            "seven",
            "person",
        ),
        (
            "The insurer received 4,100 claims after the storm. It estimates that "
            "about 900 were for flooded cellars.",
            "about 900",
            "claims",
        ),
        (
            "Petugas memeriksa 60 kapal di dermaga. Kepala syahbandar mengatakan "
            "12 tidak memiliki izin berlayar.",
            "12",
            "kapal",
        ),
    ],
)
def test_a_reported_subject_counts_what_was_counted_before(text, number, unit):
    found = {r[0]: r for r in _read(text)}
    assert found[number][2] == unit
