"""Sums that are not one another: a loss and the cost of making it good, a debt
and an investment, a dividend and the profit it comes from, a demand and a share.

Pounds are a currency like rupiah: what a figure measures rules out another
concept in any currency. A debt taken on is neither spent nor invested; a
dividend paid "from the profit" is not the profit; what a union "asked for"
is no share of a workforce. Money lost "in trade" is still money lost.

Fresh fictional stories (made-up places and companies), run as the app runs
them with every claim suggested. A claim is named by its outlet and a piece
of its words.
"""

from __future__ import annotations

from tests.text.test_facts_near_misses import found, pair

PARKING_APP = [
    (
        "A",
        "2026-03-14",
        "A fake parking app took money from drivers in Harwick on Friday. "
        "Drivers lost around £52,000 in total, the police said.",
    ),
    (
        "B",
        "2026-03-16",
        "Harwick Council said on Monday that the fake app had fooled drivers on "
        "Friday. The council will repay 640 drivers, at a cost of about £31,000.",
    ),
]


def test_a_loss_in_pounds_is_not_the_cost_of_repaying_it():
    assert found(PARKING_APP, set()) == set()


CLUB_SALE = [
    (
        "A",
        "2026-04-03",
        "Brenmoor Athletic were sold on Thursday to a group led by Lena Forsyth. "
        "The new owners take on debts of £6.2m and have pledged to spend £3m on "
        "the Quarry Lane ground.",
    ),
    (
        "B",
        "2026-04-03",
        "The buyers also assume 6.2 million pounds of debt. The owners plan to "
        "invest £5m in the Quarry Lane stadium.",
    ),
    (
        "C",
        "2026-04-04",
        "The club still owes £6.2m, which the new owners have agreed to take on.",
    ),
]


def test_a_debt_taken_on_is_not_an_investment():
    # Named by these pieces: the debts agree, so nothing is proposed.
    assert found(CLUB_SALE, {pair(("B", "£5m"), ("C", "£6.2m"))}) == set()


GLASS_DIVIDEND = [
    (
        "A",
        "2026-05-20",
        "RUPST PT Kaca Lestari Tbk pada Rabu (20/5/2026) menyetujui pembagian "
        "dividen tunai Rp 800 miliar dari laba bersih tahun buku 2025. Laba "
        "bersih perseroan sepanjang 2025 tercatat Rp 1,6 triliun.",
    ),
    (
        "B",
        "2026-05-20",
        "Pemegang saham Kaca Lestari sepakat membagikan dividen Rp 800 miliar, "
        "setara 45 persen dari laba bersih 2025 yang mencapai Rp 1,8 triliun.",
    ),
    (
        "C",
        "2026-05-20",
        "Kaca Lestari membagikan separuh laba bersih 2025 sebagai dividen. Laba "
        "bersih perseroan pada 2025 sebesar Rp 1,6 triliun, sehingga dividen "
        "yang dibagikan mencapai Rp 800 miliar.",
    ),
]


def test_a_dividend_from_the_profit_is_not_the_profit():
    profit = ("B", "Rp 1,8 triliun")
    wrong = {pair(("A", "Rp 800"), profit), pair(("C", "Rp 800"), profit)}
    assert not found(GLASS_DIVIDEND, wrong) & wrong


BUS_PAY = [
    (
        "A",
        "2026-10-12",
        "The Tarrow transit board on Monday raised bus drivers' pay by 5 percent. "
        "The new scale covers about 2,300 drivers, or roughly 40 percent of the "
        "region's transport workforce.",
    ),
    (
        "B",
        "2026-10-13",
        "Tarrow's transit board defended the 5 percent rise on Tuesday. The "
        "drivers' union had asked for 15 percent.",
    ),
]


def test_what_a_union_asked_for_is_no_share_of_the_workforce():
    assert found(BUS_PAY, set()) == set()


HARBOUR_OUTAGE = [
    (
        "A",
        "2026-08-18",
        "A power cut shut shops across Kelsby harbour on Monday. The Kelsby "
        "Chamber of Trade said businesses had lost up to £2 million in trade.",
    ),
    (
        "B",
        "2026-08-19",
        "The Kelsby Chamber of Trade put Monday's business losses at £3.5 million.",
    ),
]


def test_money_lost_in_trade_is_money_lost():
    expected = {pair(("A", "up to £2 million"), ("B", "£3.5 million"))}
    assert found(HARBOUR_OUTAGE, expected) == expected


# The words before a sum that another figure's phrase runs into belong to
# that figure: "a 10% rise in season-ticket prices alongside plans for a
# 30 million pound expansion" prices nothing at 30 million pounds.
GROUND_EXPANSION = [
    (
        "A",
        "2026-11-02",
        "Ferndale Town will spend £30m enlarging Linden Park, the club said on Monday.",
    ),
    (
        "B",
        "2026-11-02",
        "Fans reacted angrily on Monday after Ferndale Town announced a 10% rise "
        "in season-ticket prices alongside plans for a 30 million pound "
        "expansion of Linden Park.",
    ),
    (
        "C",
        "2026-11-02",
        "Ferndale Town will expand Linden Park at a cost of £36m, the club said "
        "on Monday.",
    ),
]


def test_a_sum_after_another_figures_phrase_is_not_that_figures_price():
    expected = {
        pair(("A", "£30m"), ("C", "£36m")),
        pair(("B", "30 million pound"), ("C", "£36m")),
    }
    assert found(GROUND_EXPANSION, expected) == expected
