"""People counted by what was done for them, or by who they are.

Fans a club "will refund" are the people repaid, not all who missed the
game; victims "tercatat sebagai pensiunan" (told as pensioners) are a group
among the victims, like children or women, not every member a bank checked.

Fresh fictional stories (made-up places), run as the app runs them with every
claim suggested. A claim is named by its outlet and a piece of its words.
"""

from __future__ import annotations

from tests.text.test_facts_near_misses import found

FAKE_TICKETS = [
    (
        "A",
        "2026-09-05",
        "More than 900 supporters missed the kick-off at Harlow Park on Saturday "
        "after fake tickets flooded the turnstiles.",
    ),
    (
        "B",
        "2026-09-07",
        "Harlow Rovers said on Monday that fake tickets had been sold for "
        "Saturday's game. The club will refund 640 fans who can show they bought "
        "from touts.",
    ),
]


def test_the_fans_a_club_refunds_are_not_all_who_missed_the_game():
    assert found(FAKE_TICKETS, set()) == set()


SAVINGS_SCAM = [
    (
        "A",
        "2026-02-03",
        "Polisi Resor Kali Ulu membongkar penipuan investasi bodong, Selasa "
        "(3/2/2026). Pimpinan Koperasi Tirta mengatakan pihaknya sudah mendata "
        "140 anggota yang menjadi korban.",
    ),
    (
        "B",
        "2026-02-03",
        "Penipuan investasi bodong di Kali Ulu merugikan ratusan orang. Sebanyak "
        "120 korban tercatat sebagai pensiunan.",
    ),
]


def test_victims_told_as_pensioners_are_a_group_among_them():
    assert found(SAVINGS_SCAM, set()) == set()
