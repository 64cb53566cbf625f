"""A share of what: the thing that gets the share, not the whole it is of.

"Pendidikan mendapat 20 persen dari total belanja" is education's share;
"belanja pegawai mencapai 42 persen dari total anggaran" is staff spending's.
Both are shares of one budget, told by the whole after "dari total" / "of
total": the whole says what the share is of, the words before the figure
what gets it. Two shares of one whole held by different things (each
candidate's, each sector's) are two facts (the gold convention's rule 3);
one holder's share told by two outlets is one fact, whatever whole each
names. Of which year, too: "defisit tahun ini" beside an article on the
coming year's budget is not that budget's deficit.

Fresh fictional stories (made-up places), run as the app runs them with every
claim suggested. A claim is named by its outlet and a piece of its words.
"""

from __future__ import annotations

from tests.text.test_facts_near_misses import found, pair

HOSPITAL_BUDGET = [
    (
        "A",
        "2026-03-12",
        "The Marrowby health board approved its 2026 budget on Wednesday. Nursing "
        "pay takes 46 percent of total spending, while drugs account for 12 "
        "percent.",
    ),
    (
        "B",
        "2026-03-12",
        "The board's budget was approved on Wednesday. Drugs get 12 percent of "
        "total spending. Nursing pay reaches 51 percent of the budget, the nurses' "
        "union said.",
    ),
    (
        "C",
        "2026-03-12",
        "Under the budget approved on Wednesday, nursing pay makes up 46 percent "
        "of the board's spending.",
    ),
]


def test_shares_of_one_budget_held_by_two_things_are_two_facts():
    expected = {
        pair(("A", "46 percent"), ("B", "51 percent")),
        pair(("B", "51 percent"), ("C", "46 percent")),
    }
    assert found(HOSPITAL_BUDGET, expected) == expected


# "lebih kecil dari defisit tahun ini yang mencapai Rp 17 miliar" is this
# year's deficit; "Defisitnya Rp 15 miliar" in an article on the 2027 budget
# speaks of 2027 though it names no year.
WATER_BUDGET = [
    (
        "A",
        "2026-12-10",
        "Rapat umum pemegang saham Perumda Tirta Wening mengesahkan rencana "
        "anggaran 2027 pada Rabu (9/12). Defisit dipatok Rp 12 miliar, lebih kecil "
        "dari defisit tahun ini yang mencapai Rp 17 miliar.",
    ),
    (
        "B",
        "2026-12-10",
        "Rencana anggaran 2027 Perumda Tirta Wening disahkan pada Rabu (9/12). "
        "Defisitnya Rp 15 miliar, menurut dokumen yang dibagikan kepada wartawan.",
    ),
]


def test_the_figure_a_comparison_is_set_against_is_another_fact():
    expected = {pair(("A", "12"), ("B", "15"))}
    assert found(WATER_BUDGET, expected) == expected
