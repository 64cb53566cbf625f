"""A toll or a count of victims, read as the dead when the words around say so.

One outlet's figure reads as a bare total ("the toll", "korban", "victims")
and another's as an outcome ("tewas", "died"): an editor reads a toll without
a kind as the dead, and victims by what is told of them (buried, claimed by
the disaster, counted after a sentence of deaths alone). A total that holds
the hurt ("korban tewas dan luka-luka", "40 casualties, 30 injured"), an
injury toll and the victims of a sentence naming the hurt stay apart.

Fresh fictional stories (made-up places), three or more outlets each in
Indonesian and English, run as the app runs them with every claim suggested.
A claim is named by its outlet and a piece of its words.
"""

from __future__ import annotations

from tests.text.test_facts_near_misses import found, pair

FERRY = [
    (
        "A",
        "2025-06-02",
        "Kapal feri tenggelam di Selat Baluran pada Minggu (1/6). Korban tewas "
        "mencapai 21 orang, sementara 40 penumpang selamat.",
    ),
    (
        "B",
        "2025-06-02",
        "Eighteen people died when a ferry capsized in the Baluran Strait on "
        "Sunday. Forty passengers survived.",
    ),
    (
        "C",
        "2025-06-02",
        "The toll from Sunday's ferry capsizing in the Baluran Strait rose to 24, "
        "the navy said.",
    ),
]


def test_a_toll_without_a_kind_is_the_dead():
    expected = {
        pair(("A", "21 orang"), ("B", "Eighteen")),
        pair(("A", "21 orang"), ("C", "24")),
        pair(("B", "Eighteen"), ("C", "24")),
    }
    assert found(FERRY, expected) == expected


FACTORY_FIRE = [
    (
        "A",
        "2025-08-05",
        "Kebakaran melanda pabrik sandal di Desa Karangsari pada Senin (4/8). "
        "Para buruh tewas terbakar di lantai dua. Hingga Senin malam, "
        "jumlah korban bertambah menjadi 10 orang.",
    ),
    (
        "B",
        "2025-08-05",
        "A fire at a sandal factory in Karangsari village on Monday claimed 12 "
        "victims, police said.",
    ),
    (
        "C",
        "2025-08-05",
        "Korban kebakaran pabrik sandal Karangsari pada Senin (4/8) sebanyak "
        "8 orang dan sudah dimakamkan, kata kepala desa.",
    ),
    (
        "D",
        "2025-08-05",
        "Eleven workers were killed in Monday's fire at the Karangsari sandal factory.",
    ),
    (
        "E",
        "2025-08-05",
        "Monday's fire at the Karangsari sandal factory left 13 victims, police "
        "said. The victims were buried on Tuesday afternoon.",
    ),
]


def test_victims_claimed_buried_or_counted_after_deaths_are_the_dead():
    expected = {
        pair(("A", "10 orang"), ("B", "12 victims")),
        pair(("A", "10 orang"), ("C", "8 orang")),
        pair(("B", "12 victims"), ("C", "8 orang")),
        pair(("A", "10 orang"), ("D", "Eleven")),
        pair(("B", "12 victims"), ("D", "Eleven")),
        pair(("C", "8 orang"), ("D", "Eleven")),
        pair(("A", "10 orang"), ("E", "13 victims")),
        pair(("B", "12 victims"), ("E", "13 victims")),
        pair(("C", "8 orang"), ("E", "13 victims")),
        pair(("D", "Eleven"), ("E", "13 victims")),
    }
    assert found(FACTORY_FIRE, expected) == expected


STAMPEDE = [
    (
        "A",
        "2025-07-20",
        "Desak-desakan di stadion Gelora Wirabumi pada Sabtu (19/7) menyebabkan "
        "korban meninggal sebanyak 9 orang.",
    ),
    (
        "B",
        "2025-07-20",
        "Eleven people were killed in a stampede at the Wirabumi stadium on Saturday.",
    ),
    (
        "C",
        "2025-07-20",
        "Jumlah korban desak-desakan di stadion Wirabumi pada Sabtu (19/7) "
        "mencapai 60 orang, terdiri atas korban tewas dan luka-luka.",
    ),
    (
        "D",
        "2025-07-20",
        "Twelve people died in the Wirabumi stadium stampede on Saturday. Another "
        "40 were injured. The casualties numbered 52, police said.",
    ),
]


def test_a_total_of_victims_that_holds_the_hurt_stays_apart_from_the_dead():
    expected = {
        pair(("A", "9 orang"), ("B", "Eleven")),
        pair(("A", "9 orang"), ("D", "Twelve")),
        pair(("B", "Eleven"), ("D", "Twelve")),
    }
    assert found(STAMPEDE, expected) == expected


MINE_BLAST = [
    (
        "A",
        "2025-05-14",
        "Ledakan di tambang batu bara Sawahrejo pada Selasa (13/5) menewaskan 12 "
        "pekerja. Sebanyak 30 pekerja lain mengalami luka bakar.",
    ),
    (
        "B",
        "2025-05-14",
        "The injury toll from Tuesday's blast at the Sawahrejo coal mine stands at "
        "26, officials said. Fifteen miners were killed.",
    ),
    (
        "C",
        "2025-05-14",
        "Ledakan tambang Sawahrejo pada Selasa (13/5) menewaskan 14 pekerja dan "
        "melukai 28 lainnya. Korban luka dirawat di RSUD Sawahrejo. Pada Senin "
        "(12/5), korban kecelakaan lain di tambang itu berjumlah 3 orang.",
    ),
]


def test_an_injury_toll_is_the_hurt_and_victims_of_another_day_stay_apart():
    expected = {
        pair(("A", "12 pekerja"), ("B", "Fifteen")),
        pair(("A", "12 pekerja"), ("C", "14 pekerja")),
        pair(("B", "Fifteen"), ("C", "14 pekerja")),
        pair(("A", "30 pekerja"), ("B", "26")),
        pair(("B", "26"), ("C", "28")),
        pair(("A", "30 pekerja"), ("C", "28")),
    }
    assert found(MINE_BLAST, expected) == expected


def test_birds_to_be_culled_are_one_count_in_two_languages():
    # "akan dimusnahkan", "ordered the culling of": one count, apart from the
    # birds the virus killed.
    expected = {pair(("A", "12.000 ekor itik"), ("B", "18,000 ducks"))}
    assert (
        found(
            [
                (
                    "A",
                    "2026-04-07",
                    "Wabah flu burung melanda Desa Tirta Asri. "
                    "Sekitar 12.000 ekor itik akan dimusnahkan.",
                ),
                (
                    "B",
                    "2026-04-07",
                    "Officials in Tirta Asri ordered the culling "
                    "of 18,000 ducks after the virus killed about 900 ducks at "
                    "six farms.",
                ),
            ],  # fmt: skip
            expected,
        )
        == expected
    )


def test_a_sum_paid_per_bird_culled_is_no_count_of_birds_culled():
    # "per duck culled" says what the sum is paid for; only animals are culled.
    expected = {
        pair(("A", "12.000 ekor itik"), ("B", "18,000 ducks")),
        pair(("A", "Rp 20.000"), ("B", "15,000 rupiah")),
    }
    assert (
        found(
            [
                (
                    "A",
                    "2026-04-07",
                    "Sekitar 12.000 ekor itik akan dimusnahkan. "
                    "Peternak di Tirta Asri akan menerima ganti rugi Rp 20.000 "
                    "per ekor untuk itik yang dimusnahkan.",
                ),
                (
                    "B",
                    "2026-04-07",
                    "Officials ordered the culling of 18,000 "
                    "ducks. Farmers in Tirta Asri will be paid 15,000 rupiah "
                    "per duck culled.",
                ),
            ],  # fmt: skip
            expected,
        )
        == expected
    )
