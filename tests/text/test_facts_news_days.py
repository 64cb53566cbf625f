"""Which day a count is of, as an editor reads it across outlets of two days.

- "The toll from Saturday's collapse rose to nine on Sunday": a day told in
  the possessive names the event, not the day of the figure; the figure's own
  "on Sunday" is its day, so it is no second opinion on Saturday's toll.
- "four more miners died": how many were added, never the toll itself.
- "Hujan turun tiga jam sebelum sungai meluap pada Senin malam." dates a
  background event inside a clause of time; the counts in later sentences
  stand at the day the article reports (its lead's), not at that one.
- A count whose sentence names no day is of the day the article named last,
  a guess; two guesses keep two counts apart only when both are days counts
  stand at: after "hingga" ("mengatakan hingga Selasa (17/11) sore sebanyak
  1.100 jiwa mengungsi") or after a count of people ("bertambah menjadi 16
  orang pada Rabu (18/11)"), not a day an event happened ("Kapal tenggelam
  ... pada Sabtu (20/7) malam").

Fresh fictional stories (made-up places), run as the app runs them with every
claim suggested. A claim is named by its outlet and a piece of its words.
"""

from __future__ import annotations

from tests.text.test_facts_near_misses import found, pair

MINE = [
    (
        "A",
        "2026-03-07",
        "KALBRIDGE - A roof collapse at the Tarn Hollow colliery killed six miners "
        "on Saturday, the operator said.",
    ),
    (
        "B",
        "2026-03-07",
        "KALBRIDGE - Five miners were killed when a roof collapsed at the Tarn "
        "Hollow colliery on Saturday, the regional mines inspectorate said.",
    ),
    (
        "C",
        "2026-03-08",
        "KALBRIDGE - The death toll from Saturday's roof collapse at the Tarn "
        "Hollow colliery rose to nine on Sunday, after four more miners died in "
        "hospital.",
    ),
]


def test_a_toll_on_a_later_day_is_no_second_opinion_and_more_is_no_toll():
    expected = {pair(("A", "six"), ("B", "Five"))}
    assert found(MINE, expected) == expected


KEBAKARAN = [
    (
        "A",
        "2026-08-11",
        "Kebakaran melanda Pasar Ngasem, Kota Wirasari, Senin (10/8) malam. Hingga "
        "Selasa (11/8) siang, sebanyak 320 kios dilaporkan hangus. Sebanyak 40 "
        "personel pemadam dikerahkan.",
    ),
    (
        "B",
        "2026-08-11",
        "Sebanyak 12 pedagang luka dalam kebakaran Pasar Ngasem, menurut data "
        "dinas pasar pada Selasa (11/8). Api berkobar empat jam sebelum padam pada "
        "Senin malam. Sebanyak 410 kios hangus dan 55 personel pemadam dikerahkan.",
    ),
    (
        "C",
        "2026-08-12",
        "Hingga Rabu (12/8), sebanyak 13 pedagang dirawat akibat kebakaran Pasar "
        "Ngasem. Sebanyak 90 personel pemadam kini berjaga di lokasi.",
    ),
]


TOLL = [
    (
        "A",
        "2026-03-07",
        "An explosion tore through the Tarn Hollow colliery on Saturday (7/3). "
        "Six miners were killed, the operator said.",
    ),
    (
        "B",
        "2026-03-08",
        "The death toll from Saturday's explosion at the Tarn Hollow colliery "
        "rose to nine on Sunday, the operator said.",
    ),
]


def test_a_day_in_the_possessive_names_the_event_not_the_figure():
    assert found(TOLL, set()) == set()


def test_a_day_in_a_clause_of_time_does_not_date_the_later_counts():
    # 320 (Tuesday's, its own sentence) against 410 (Tuesday's lead) contradict;
    # 40 and 55 personnel (Tuesday's) too; Wednesday's 90 is another day's count,
    # as Wednesday's 13 traders in care are not Tuesday's 12 hurt.
    expected = {
        pair(("A", "320"), ("B", "410")),
        pair(("A", "40"), ("B", "55")),
    }
    assert found(KEBAKARAN, expected) == expected
