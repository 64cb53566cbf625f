"""Fictional stories probing shapes the retired holdouts showed the rules had not met.

Each names the general cause it probes (the day a sentence inherits, a
dateline's date, a difference between two figures, a giver inside the
subject, a running total, a duration of a term, a change against a month
earlier, a limit). Written for the project; run as the app runs them, with
every claim the finder suggests (see test_facts_stories).
"""

from __future__ import annotations

from tests.text.test_facts_stories import _pairs, pair


def test_a_sentence_without_a_day_inherits_the_frame_not_a_since_day():
    # "sejak ... pada Senin (2/3)" is when the outbreak began; the sentence's
    # own day is the one it opens on ("Hingga Selasa (10/3)"), and the next
    # sentence's dead are counted as of that day.
    found = _pairs(
        ("Kabar Lestari", "2026-03-10", "Wabah campak melanda Kecamatan Lestari. "
         "Hingga Selasa (10/3) sore, dinas kesehatan mencatat 120 kasus sejak pasien "
         "pertama datang ke puskesmas pada Senin (2/3). Tujuh warga meninggal dunia."),
        ("Suara Lestari", "2026-03-10", "Sembilan warga Kecamatan Lestari meninggal "
         "dunia akibat campak hingga Selasa (10/3)."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Lestari", "Tujuh warga"), ("Suara Lestari", "Sembilan warga"))
    }


def test_a_preposition_opening_a_sentence_before_a_day_is_no_name():
    found = _pairs(
        ("Suara Lestari", "2026-03-10", "LESTARI - Sembilan warga Kecamatan Lestari "
         "meninggal dunia akibat campak hingga Selasa (10/3)."),
        ("Lestari Times", "2026-03-11", "By Tuesday evening six people had died of "
         "measles, health officials said."),
    )  # fmt: skip
    assert found == {
        pair(("Suara Lestari", "Sembilan warga"), ("Lestari Times", "six people"))
    }


def test_a_datelines_date_is_when_it_was_filed_not_when_it_happened():
    found = _pairs(
        ("Kabar Teluk", "2026-07-20", "Kapal feri KM Bahari terbakar di Teluk Merapi "
         "pada Minggu (19/7) malam. Kebakaran itu menewaskan tiga penumpang."),
        ("Harbour Wire", "2026-07-20", "MERAPI BAY, Indonesia, July 20 - Four people "
         "died after a fire broke out on the ferry KM Bahari on Sunday evening, "
         "officials said."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Teluk", "tiga penumpang"), ("Harbour Wire", "Four people"))
    }
