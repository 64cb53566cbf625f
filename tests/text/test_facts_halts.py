"""How long something stood still is not how long it went on (likeness "halted").

Fictional stories, run as the app runs them with every claim the finder
suggests (see test_facts_stories).
"""

from __future__ import annotations

from annotations.text.concepts import is_halt
from tests.text.test_facts_stories import _pairs, pair


def test_talks_that_stalled_for_two_hours_did_not_last_two_hours():
    found = _pairs(
        ("Kabar Rantau", "2026-05-12", "Perundingan upah antara serikat buruh dan "
         "asosiasi pengusaha berlangsung sekitar enam jam."),
        ("Harian Rantau", "2026-05-12", "Perundingan upah sempat buntu selama hampir "
         "dua jam karena perbedaan angka."),
        ("Rantau Post", "2026-05-12", "The wage talks between the union and the "
         "employers lasted 4.5 hours on Tuesday."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Rantau", "sekitar enam jam"), ("Rantau Post", "4.5 hours"))
    }


def test_two_outlets_on_how_long_a_race_was_halted_still_disagree():
    found = _pairs(
        ("Fenmoor Courier", "2026-08-02", "Organisers halted the race for 40 minutes "
         "shortly before noon."),
        ("Fenmoor Ledger", "2026-08-02", "The race was suspended for nearly an hour "
         "as medics reached runners."),
    )  # fmt: skip
    assert found == {
        pair(("Fenmoor Courier", "40 minutes"), ("Fenmoor Ledger", "nearly an hour"))
    }


def test_only_the_verb_before_the_number_says_what_stood_still():
    assert is_halt("perundingan sempat buntu selama")
    assert is_halt("penerbangan itu tertunda")
    assert is_halt("the race was stopped for")
    assert not is_halt("perundingan berlangsung selama")
    assert not is_halt("lambat laun")
    # "The talks, which were suspended twice, lasted six hours": the clause
    # before the number is "lasted", not the aside.
    found = _pairs(
        ("Rantau Post", "2026-05-12", "The talks, which were suspended twice, lasted "
         "six hours."),
        ("Kabar Rantau", "2026-05-12", "Perundingan itu berlangsung delapan jam."),
    )  # fmt: skip
    assert found == {
        pair(("Rantau Post", "six hours"), ("Kabar Rantau", "delapan jam"))
    }
