"""A figure an article says it revised from another: the other is the one it replaced.

"BMKG memutakhirkan kekuatan gempa dari 5,8 menjadi 5,5" names the figure
it replaced: another outlet's 5,8 is that first figure, no second opinion,
whatever day each outlet came out (the gold convention's rule 2). A figure
the revision does not name still meets the revised one.

Fresh fictional stories (made-up places), Indonesian and English, run as the
app runs them with every claim suggested.
"""

from __future__ import annotations

from tests.text.test_facts_near_misses import found, pair


def test_the_figure_a_revision_names_as_replaced_is_no_contradiction():
    articles = [
        (
            "A",
            "2025-03-05",
            "Gempa bermagnitudo 5,8 mengguncang Kabupaten Lembah Hijau pada Rabu "
            "(5/3) pagi.",
        ),
        (
            "B",
            "2025-03-05",
            "BMKG memutakhirkan kekuatan gempa yang mengguncang Lembah Hijau pada "
            "Rabu (5/3) pagi dari magnitudo 5,8 menjadi 5,5.",
        ),
        (
            "C",
            "2025-03-05",
            "The magnitude 5.3 quake struck Lembah Hijau on Wednesday morning, the "
            "geophysics agency said.",
        ),
    ]
    expected = {pair(("B", "5,5"), ("C", "5.3")), pair(("A", "5,8"), ("C", "5.3"))}
    assert found(articles, expected) == expected


def test_a_toll_revised_down_from_another_outlets_figure_replaces_it():
    articles = [
        (
            "A",
            "2025-12-01",
            "Sedikitnya 14 orang tewas dalam kecelakaan bus di Tanjakan Cisalak "
            "pada Minggu (30/11).",
        ),
        (
            "B",
            "2025-12-01",
            "Police revised the death toll in Sunday's bus crash on the Cisalak "
            "hill down from 14 to 12 people.",
        ),
        (
            "C",
            "2025-12-01",
            "Sebanyak 11 orang tewas dalam kecelakaan bus di Tanjakan Cisalak pada "
            "Minggu (30/11).",
        ),
    ]
    expected = {pair(("B", "12"), ("C", "11")), pair(("A", "14"), ("C", "11"))}
    assert found(articles, expected) == expected


def test_a_price_rise_told_beside_another_days_events_is_one_rise():
    # The size of a decided rise is the decision's, not the protest's day.
    articles = [
        (
            "A",
            "2025-09-03",
            "The government raised the price of subsidised diesel by 18% on "
            "Tuesday, to 7,080 rupiah a litre.",
        ),
        (
            "B",
            "2025-09-04",
            "Pada Rabu (3/9), ribuan pengemudi ojek berunjuk rasa di Lapangan "
            "Merdeka. Mereka menolak kenaikan harga solar bersubsidi menjadi Rp "
            "7.080 per liter, atau naik 20 persen.",
        ),
        (
            "C",
            "2025-09-03",
            "Pemerintah menaikkan harga solar bersubsidi sebesar 18 persen pada "
            "Selasa (2/9).",
        ),
    ]
    expected = {pair(("A", "18%"), ("B", "20")), pair(("B", "20"), ("C", "18"))}
    assert found(articles, expected) == expected
