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


def test_a_start_pushed_back_is_a_start_delayed():
    # One delay told with another verb: "delayed by", "pushed back by",
    # "diundur", "postponed by" all say how late something began.
    found = _pairs(
        ("Harlow Courier", "2026-09-13", "The concert's start was delayed by 30 "
         "minutes while the sound desk was repaired."),
        ("Harlow Ledger", "2026-09-13", "The concert was pushed back by 50 "
         "minutes because of a power cut."),
        ("Kabar Harlow", "2026-09-13", "Konser itu diundur 45 menit karena "
         "gangguan listrik."),
    )  # fmt: skip
    assert found == {
        pair(("Harlow Courier", "30 minutes"), ("Harlow Ledger", "50 minutes")),
        pair(("Harlow Courier", "30 minutes"), ("Kabar Harlow", "45 menit")),
        pair(("Harlow Ledger", "50 minutes"), ("Kabar Harlow", "45 menit")),
    }
    assert is_halt("the kick-off was put back by")
    assert is_halt("the vote was postponed by")
    assert not is_halt("the runners came back after")


def test_a_start_told_late_after_the_number_is_a_delay_too():
    # "started 35 minutes late", "a 20-minute delay", "terlambat 25 menit":
    # the word after the number says it was a delay as well.
    found = _pairs(
        ("Harlow Courier", "2026-09-13", "The concert was delayed by 30 minutes "
         "while the sound desk was repaired."),
        ("Harlow Ledger", "2026-09-13", "The show started 50 minutes late."),
        ("Harlow Echo", "2026-09-13", "Fans sat through a 30-minute delay before "
         "the band came on."),
    )  # fmt: skip
    assert found == {
        pair(("Harlow Courier", "30 minutes"), ("Harlow Ledger", "50 minutes")),
        pair(("Harlow Ledger", "50 minutes"), ("Harlow Echo", "30-minute")),
    }


def test_an_editors_claim_holding_the_word_late_is_a_delay():
    from datetime import date

    from annotations.text.features import features
    from annotations.text.sentences import claim_info

    text = "The show started 50 minutes late."
    start = text.index("50")
    claim = claim_info(
        text, start, start + len("50 minutes late"), id=1, article=1,
        value=50, unit="minute", published=date(2026, 9, 13),
    )  # fmt: skip
    assert features(claim).halted
