"""Counts as of a day an earlier sentence names: "Hingga Senin (10/11) sore, …. Sebanyak 14 orang …".

A sentence opening on "hingga", "sampai", "per", "as of", "by" and a day,
or on a day before a comma ("Pada Selasa (4/3), …", "On Tuesday, …"), says
when the counts after it stand ("Hingga Rabu (21/5) siang, air mulai surut.
Jumlah pengungsi tercatat 2.400 orang."): two outlets counting as of two
days give two facts, as two days named in the counts' own sentences do. A
day a lead sentence ends on is the event's ("Kapal tenggelam pada Sabtu
malam."): it stays a guess and never keeps a count apart from another, so a
later outlet's other count contradicts it (the gold convention's rule 2).

Fresh fictional stories (made-up places), three outlets each, run as the app
runs them with every claim suggested. A claim is named by its outlet and a
piece of its words.
"""

from __future__ import annotations

from tests.text.test_facts_near_misses import found, pair

LANDSLIDE = [
    (
        "A",
        "2025-11-10",
        "Longsor menimbun permukiman di Dusun Watugede, Kabupaten Selorejo, pada "
        "Minggu (9/11) dini hari. Hingga Minggu (9/11) malam, tim SAR gabungan "
        "masih menyisir material longsor. Sebanyak 11 orang dinyatakan meninggal "
        "dunia dan enam orang masih hilang.",
    ),
    (
        "B",
        "2025-11-11",
        "Hingga Senin (10/11) sore, pencarian korban longsor di Dusun Watugede "
        "terus berlangsung. Korban meninggal tercatat 14 orang, sementara tiga "
        "orang masih hilang.",
    ),
    (
        "C",
        "2025-11-11",
        "As of Monday evening, rescuers were still digging through the mud in "
        "Watugede hamlet. Fourteen people have been confirmed dead and four "
        "remain missing, the district disaster agency said.",
    ),
]


def test_counts_as_of_two_days_are_two_facts_and_of_one_day_one():
    expected = {pair(("B", "tiga"), ("C", "four"))}
    assert found(LANDSLIDE, expected) == expected


FLOOD = [
    (
        "A",
        "2025-05-21",
        "Banjir merendam 14 desa di Kecamatan Lembah Sari sejak Senin (19/5). Per "
        "Selasa (20/5) pukul 20.00 WIB, posko banjir masih membuka dapur umum. "
        "Sebanyak 2.350 warga mengungsi ke balai desa dan sekolah.",
    ),
    (
        "B",
        "2025-05-22",
        "By Wednesday afternoon, the floodwaters had begun to recede in some "
        "villages of Lembah Sari district. About 1,900 people were still "
        "sheltering in schools and village halls, officials said.",
    ),
    (
        "C",
        "2025-05-22",
        "Sampai Rabu (21/5) siang, air mulai surut di sebagian desa di Lembah "
        "Sari. Jumlah pengungsi tercatat 2.400 orang.",
    ),
]


def test_evacuees_as_of_two_days_are_two_facts_and_of_one_day_one():
    expected = {pair(("B", "1,900"), ("C", "2.400"))}
    assert found(FLOOD, expected) == expected


def test_a_count_after_the_event_day_still_meets_a_count_as_of_a_day():
    # The event's day ("tenggelam pada Sabtu") is no day the count stands at:
    # an outlet of the next day giving another count contradicts it.
    articles = [
        (
            "A",
            "2025-07-20",
            "Kapal motor Bintang Timur tenggelam di Selat Lorak pada Sabtu (19/7) "
            "malam. Sebanyak 12 penumpang masih hilang.",
        ),
        (
            "B",
            "2025-07-21",
            "Hingga Minggu (20/7) sore, tim SAR menyisir Selat Lorak. Sebanyak 17 "
            "penumpang masih hilang.",
        ),
    ]
    expected = {pair(("A", "12"), ("B", "17"))}
    assert found(articles, expected) == expected


MARKET_FIRE = [
    (
        "A",
        "2025-03-04",
        "Pada Senin (3/3) malam, puluhan petugas pemadam berjibaku di Pasar Induk "
        "Sukamaju. Api menghanguskan 120 kios di blok timur pasar.",
    ),
    (
        "B",
        "2025-03-05",
        "Pada Selasa (4/3), petugas pemadam masih melakukan pendinginan di Pasar "
        "Induk Sukamaju. Sebanyak 150 kios hangus terbakar, menurut pengelola "
        "pasar.",
    ),
    (
        "C",
        "2025-03-05",
        "On Tuesday, firefighters were still dousing smouldering stalls at "
        "Sukamaju's main market. The blaze destroyed 180 kiosks, the market's "
        "manager said.",
    ),
]


def test_a_day_fronting_its_sentence_is_the_day_of_the_counts_after_it():
    # Monday's count and Tuesday's are two facts; two counts of Tuesday disagree.
    expected = {pair(("B", "150"), ("C", "180"))}
    assert found(MARKET_FIRE, expected) == expected


def test_a_day_in_the_counts_own_coordinate_clause_is_its_day():
    articles = [
        (
            "A",
            "2025-10-13",
            "Two workers died in the warehouse fire on Saturday evening, and "
            "rescuers on Sunday were still searching for three missing workers.",
        ),
        (
            "B",
            "2025-10-13",
            "Pada Minggu (12/10), tim SAR masih mencari lima pekerja yang hilang.",
        ),
        (
            "C",
            "2025-10-13",
            "Pada Sabtu (11/10) malam, empat pekerja dilaporkan hilang.",
        ),
    ]
    expected = {pair(("A", "three"), ("B", "lima"))}
    assert found(articles, expected) == expected


def test_a_day_in_the_subordinate_clause_holding_the_figure_is_its_day():
    # The second day's report tells how long the first day's session lasted.
    articles = [
        (
            "A",
            "2025-06-04",
            "Sidang pertama konferensi iklim di Mataram, Rabu (4/6), berlangsung "
            "sekitar enam jam.",
        ),
        (
            "B",
            "2025-06-05",
            "Hari kedua konferensi iklim di Mataram, Kamis, membahas pendanaan, "
            "setelah sidang pertama pada Rabu berlangsung sembilan jam.",
        ),
        (
            "C",
            "2025-06-05",
            "Sidang kedua konferensi iklim di Mataram pada Kamis berlangsung "
            "empat jam.",
        ),
    ]
    expected = {pair(("A", "enam"), ("B", "sembilan"))}
    assert found(articles, expected) == expected
