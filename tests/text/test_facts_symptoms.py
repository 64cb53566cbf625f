"""The sick told by their symptoms or their care, in either language.

"Sebanyak 86 pekerja mengalami pusing dan mual", "membuat 86 karyawan harus
mendapat perawatan" and "sickened 68 workers" count one outcome, the people
made ill: the Indonesian gives symptoms or care where the English gives the
verb, and an editor reads them as one count (so 86 against 68 contradict).

Fresh fictional story (made-up places), run as the app runs it with every
claim suggested. A claim is named by its outlet and a piece of its words.
"""

from __future__ import annotations

from tests.text.test_facts_near_misses import found, pair

GAS_LEAK = [
    (
        "A",
        "2026-06-03",
        "Kebocoran gas klorin di pabrik pengolahan air PT Sendang Lestari, Kabupaten "
        "Karangwulu, Selasa (2/6). Sebanyak 86 pekerja mengalami pusing, mual dan "
        "sesak di dada setelah menghirup gas itu.",
    ),
    (
        "B",
        "2026-06-03",
        "A chlorine leak at the Sendang Lestari water treatment plant in Karangwulu "
        "sickened 68 workers on Tuesday, the district health office said.",
    ),
    (
        "C",
        "2026-06-03",
        "Kebocoran klorin di PT Sendang Lestari, Selasa (2/6), membuat 86 karyawan "
        "harus mendapat perawatan di klinik pabrik.",
    ),
]


def test_symptoms_and_care_count_the_sick_as_sickened_does():
    expected = {
        pair(("A", "86"), ("B", "68")),
        pair(("B", "68"), ("C", "86")),
    }
    assert found(GAS_LEAK, expected) == expected


def test_the_sick_opening_a_sentence_after_a_dateline_with_a_comma():
    articles = [
        (
            "A",
            "2026-06-03",
            "KARANGWULU, WARTAKARANG - Sebanyak 86 pekerja dari dua pabrik di "
            "Kecamatan Sumberan, Kabupaten Karangwulu, mengalami pusing dan mual "
            "setelah kebocoran gas klorin pada Selasa (2/6).",
        ),
        GAS_LEAK[1],
    ]
    expected = {pair(("A", "86"), ("B", "68"))}
    assert found(articles, expected) == expected
