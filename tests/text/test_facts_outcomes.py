"""What befell the people counted, told in words the concept table did not know.

A count of people nothing befell is a total ("kapal mengangkut 120
penumpang"), never the dead or the hurt among them; an outcome told in an
unread shape made a toll a total, and the outlets' tolls never met. Shapes
here: a life taken ("merenggut sembilan nyawa", "claimed the lives of 11
workers", "perished", "succumbed to their injuries"), hurt without the word
("mengalami sesak napas", "needed medical treatment", "treated 26 people for
smoke inhalation"), a home lost ("kehilangan tempat tinggal", "lost their
homes") and the not yet found ("belum ditemukan", "belum diketahui
keberadaannya").

Fresh fictional stories (made-up places), three outlets each in Indonesian
and English, run as the app runs them with every claim suggested. A claim is
named by its outlet and a piece of its words.
"""

from __future__ import annotations

from tests.text.test_facts_near_misses import found, pair

PLANT_FIRE = [
    (
        "A",
        "2025-02-07",
        "Kebakaran pabrik kimia di Kawasan Industri Lembang Timur pada Kamis (6/2) "
        "merenggut sembilan nyawa. Sebanyak 21 pekerja mengalami sesak napas.",
    ),
    (
        "B",
        "2025-02-07",
        "The fire at a chemical plant in the Lembang Timur industrial estate on "
        "Thursday claimed the lives of 11 workers. Clinics treated 26 people for "
        "smoke inhalation.",
    ),
    (
        "C",
        "2025-02-07",
        "Seven workers perished in the blaze on Thursday, and 21 others needed "
        "medical treatment, the company said.",
    ),
]


def test_a_toll_and_the_hurt_told_without_the_usual_words_meet_their_counterparts():
    expected = {
        pair(("A", "sembilan"), ("B", "11")),
        pair(("B", "11"), ("C", "Seven")),
        pair(("A", "sembilan"), ("C", "Seven")),
        pair(("A", "21"), ("B", "26")),
        pair(("B", "26"), ("C", "21")),
    }
    assert found(PLANT_FIRE, expected) == expected


FLASH_FLOOD = [
    (
        "A",
        "2025-03-10",
        "Banjir bandang menerjang Desa Sumberwaru pada Minggu (9/3). Sebanyak 340 "
        "warga kehilangan tempat tinggal, sementara lima orang belum ditemukan.",
    ),
    (
        "B",
        "2025-03-10",
        "Banjir bandang di Desa Sumberwaru pada Minggu (9/3) membuat 410 warga "
        "kehilangan rumah. Tujuh warga belum diketahui keberadaannya.",
    ),
    (
        "C",
        "2025-03-10",
        "A flash flood in Sumberwaru village on Sunday forced 340 residents to "
        "seek shelter after they lost their homes, and five people are still "
        "unaccounted for.",
    ),
]


def test_homes_lost_and_people_not_found_are_the_displaced_and_the_missing():
    expected = {
        pair(("A", "340"), ("B", "410")),
        pair(("B", "410"), ("C", "340")),
        pair(("A", "lima"), ("B", "Tujuh")),
        pair(("B", "Tujuh"), ("C", "five")),
    }
    assert found(FLASH_FLOOD, expected) == expected


def test_one_who_succumbed_to_injuries_is_dead_not_hurt():
    articles = [
        (
            "A",
            "2025-06-02",
            "Four people died in the bus crash on Sunday, and 15 were injured.",
        ),
        (
            "B",
            "2025-06-02",
            "Six passengers succumbed to their injuries after the crash on Sunday, "
            "hospital officials said, while 15 others were hurt.",
        ),
    ]
    expected = {pair(("A", "Four"), ("B", "Six"))}
    assert found(articles, expected) == expected


def test_people_found_alive_are_the_rescued_not_the_missing_they_were_among():
    articles = [
        (
            "A",
            "2025-04-16",
            "Lima nelayan asal Desa Tanjung Pasir hilang setelah perahu mereka "
            "terbalik pada Senin (14/4).",
        ),
        (
            "B",
            "2025-04-16",
            "Two of the five fishermen from Tanjung Pasir who went missing on "
            "Monday were found alive, clinging to the hull.",
        ),
    ]
    assert found(articles, set()) == set()


def test_a_part_told_by_its_broken_bones_is_not_all_the_hurt():
    articles = [
        (
            "A",
            "2025-09-02",
            "Enam pekerja proyek jembatan Kaliwangi luka-luka. Dua di antaranya "
            "mengalami patah tulang.",
        ),
        (
            "B",
            "2025-09-02",
            "Seven workers were hurt when scaffolding at the Kaliwangi bridge "
            "collapsed.",
        ),
    ]
    expected = {pair(("A", "Enam"), ("B", "Seven"))}
    assert found(articles, expected) == expected


def test_a_count_in_units_counts_the_noun_its_sentence_opens_on():
    # "Jumlah rumah yang rusak mencapai 150 unit": the units are houses.
    articles = [
        (
            "A",
            "2025-01-20",
            "Jumlah rumah yang rusak akibat angin puting beliung di Desa Karanganyar "
            "mencapai 150 unit.",
        ),
        (
            "B",
            "2025-01-20",
            "The whirlwind damaged 180 houses in Karanganyar village, officials said.",
        ),
        (
            "C",
            "2025-01-20",
            "Angin puting beliung merusak 150 rumah di Desa Karanganyar.",
        ),
    ]
    expected = {pair(("A", "150"), ("B", "180")), pair(("B", "180"), ("C", "150"))}
    assert found(articles, expected) == expected


def test_a_sum_paid_for_one_thing_is_its_price():
    # "membayar Rp 175.000 untuk sekali jalan", "pay 150,000 rupiah for a
    # one-way ticket": what one trip costs, as "Rp 175.000 per orang" is.
    articles = [
        (
            "A",
            "2025-08-04",
            "Harga tiket kapal cepat Tanjung Raya-Pulau Sirih naik menjadi Rp "
            "175.000 per orang.",
        ),
        (
            "B",
            "2025-08-04",
            "Passengers on the Tanjung Raya fast boat to Sirih island now pay "
            "150,000 rupiah for a one-way ticket.",
        ),
        (
            "C",
            "2025-08-04",
            "Penumpang kapal cepat Tanjung Raya-Pulau Sirih kini harus membayar Rp "
            "175.000 untuk sekali jalan.",
        ),
    ]
    expected = {pair(("A", "175"), ("B", "150")), pair(("B", "150"), ("C", "175"))}
    assert found(articles, expected) == expected
