"""Fictional stories probing shapes the retired holdouts 7 to 9 showed the rules missed.

Each names the general cause it probes: how long an operation took, told
with or without whom it brought out; a count told of all of them ("all of
whom were detained"); who a crew is ("crewed by"); a pilot counted in; the
nth day of a search against a dated day; a duration's own from-to days; a
count over an event that ended; a hedge after "and more than"; the only
figure of its kind in each article. Written for the project; run as the app
runs them, with every claim the finder suggests (see test_facts_stories).
"""

from __future__ import annotations

from tests.text.test_facts_stories import _pairs, pair


def test_how_long_an_evacuation_took_is_one_fact_whoever_it_brought_out():
    # "Evakuasi korban" brings the victims out, "proses evakuasi" names no
    # one: both say how long the one operation took.
    found = _pairs(
        ("Kabar Wanasari", "2026-06-04", "Longsor menimbun dua rumah di Desa "
         "Wanasari pada Kamis (4/6). Evakuasi korban yang tertimbun berlangsung "
         "sekitar lima jam."),
        ("Warta Bukit", "2026-06-04", "Longsor di Wanasari terjadi Kamis (4/6) "
         "pagi. Proses evakuasi memakan waktu sembilan jam karena tanah terus "
         "bergerak."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Wanasari", "sekitar lima jam"), ("Warta Bukit", "sembilan jam"))
    }


def test_a_count_told_of_all_of_them_is_the_outcome_too():
    # "nine men, all of whom were detained": the detained are the nine.
    found = _pairs(
        ("Kabar Sangir", "2026-06-08", "Petugas menahan enam pria di "
         "Pelabuhan Sangir pada Senin (8/6)."),
        ("Sangir Post", "2026-06-08", "A cargo ship carrying nine men, all of "
         "whom were detained, docked at Sangir port on Monday."),
    )  # fmt: skip
    assert found == {pair(("Kabar Sangir", "enam pria"), ("Sangir Post", "nine men"))}


def test_those_secured_by_the_police_are_the_arrested():
    # "diamankan" is how the police say they took somebody in.
    found = _pairs(
        ("Kabar Sangir", "2026-06-08", "Polisi mengamankan tujuh pemuda yang "
         "terlibat tawuran di Sangir pada Senin (8/6)."),
        ("Warta Sangir", "2026-06-08", "Lima pemuda ditangkap setelah tawuran di "
         "Sangir pada Senin (8/6)."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Sangir", "tujuh pemuda"), ("Warta Sangir", "Lima pemuda"))
    }


def test_the_men_a_boat_is_crewed_by_are_its_crew():
    found = _pairs(
        ("Kabar Sangir", "2026-06-08", "Patroli laut menangkap kapal pencuri ikan "
         "pada Senin (8/6). Empat awak kapal ditahan."),
        ("Sangir Post", "2026-06-09", "The trawler, crewed by six men, all of whom "
         "were detained, was stopped on Monday night."),
    )  # fmt: skip
    assert found == {pair(("Kabar Sangir", "Empat awak"), ("Sangir Post", "six men"))}


def test_people_aboard_counting_the_pilot_are_not_the_passengers():
    found = _pairs(
        ("Dale Courier", "2026-06-13", "A sightseeing helicopter carrying eight "
         "passengers and a pilot made an emergency landing near Dale on Saturday."),
        ("Dale Wire", "2026-06-13", "The helicopter was carrying nine people, "
         "including the pilot, when it came down near Dale on Saturday."),
    )  # fmt: skip
    assert found == set()


def test_the_nth_day_of_a_search_may_be_the_day_its_article_came_out():
    # Published on the search's second day, "hari kedua" is that day.
    found = _pairs(
        ("Kabar Rinjani", "2026-06-09", "Dua pendaki hilang di Gunung Sembada sejak "
         "Senin (8/6). Pencarian pada hari kedua melibatkan 180 personel gabungan."),
        ("Summit Post", "2026-06-09", "About 240 rescuers took part in the search "
         "for two missing climbers on Mount Sembada on Tuesday."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Rinjani", "180 personel"), ("Summit Post", "About 240 rescuers"))
    }


def test_and_more_than_opens_the_next_figure_it_adds_nothing():
    found = _pairs(
        ("Kabar Bahari", "2026-06-16", "Kapal feri KM Lestari kandas pada Selasa "
         "(16/6). Kapal itu membawa 398 penumpang."),
        ("Sea Lanes", "2026-06-17", "When the ferry ran aground on Tuesday, it was "
         "carrying 412 passengers and more than 30 crew."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Bahari", "398 penumpang"), ("Sea Lanes", "412 passengers"))
    }


def test_the_days_a_duration_runs_between_are_not_its_day():
    # The outage ran "from Monday night to Wednesday morning": its length is
    # one fact, whichever day each article tells it on.
    found = _pairs(
        ("Town Herald", "2026-06-03", "Power returned to Elmbridge after an outage of "
         "30 hours, the utility said on Wednesday."),
        ("Grid Weekly", "2026-06-04", "The Elmbridge outage lasted 41 hours, from "
         "Monday night to Wednesday morning, according to engineers' logs."),
    )  # fmt: skip
    assert found == {pair(("Town Herald", "30 hours"), ("Grid Weekly", "41 hours"))}


def test_a_count_over_an_event_that_ended_does_not_move_with_the_days():
    # The flights cancelled during a strike that is over are one count, told
    # on Tuesday or on Wednesday.
    found = _pairs(
        ("Harbour Times", "2026-06-02", "Ground staff at Elmbridge airport ended "
         "their strike on Monday evening. Some 90 flights were cancelled during "
         "the strike."),
        ("Air Digest", "2026-06-03", "The strike at Elmbridge airport is over. The "
         "airline cancelled 130 flights, according to its own figures."),
    )  # fmt: skip
    assert found == {
        pair(("Harbour Times", "Some 90 flights"), ("Air Digest", "130 flights"))
    }


def test_a_count_over_two_named_days_is_of_that_stretch_not_of_one_report():
    # Cancelled "on Monday and Tuesday": the fault's count, which a later
    # article telling the fault's end gives as its own.
    found = _pairs(
        ("Vale Herald", "2026-06-10", "A signal fault on the Northvale line was "
         "fixed on Tuesday night. Some 40 trains were cancelled on Monday and "
         "Tuesday, the operator said."),
        ("Rail Desk", "2026-06-11", "Trains on the Northvale line ran normally again "
         "on Wednesday. Rail staff say 65 trains were cancelled."),
    )  # fmt: skip
    assert found == {
        pair(("Vale Herald", "Some 40 trains"), ("Rail Desk", "65 trains"))
    }


def test_a_sum_set_aside_after_a_guessed_day_meets_the_day_another_names():
    # Both articles come out on Wednesday: the sum set aside, after a
    # sentence on Tuesday's fault, is the one "said on Wednesday".
    found = _pairs(
        ("Line Gazette", "2026-06-17", "Northline trains stopped for hours on Tuesday "
         "after a power fault. The operator has set aside £2 million to compensate "
         "passengers."),
        ("Rail Money", "2026-06-17", "Northline said on Wednesday it had set aside "
         "£3.5 million in compensation for passengers."),
    )  # fmt: skip
    assert found == {
        pair(("Line Gazette", "£2 million"), ("Rail Money", "£3.5 million"))
    }


def test_the_months_before_a_collapse_are_a_gap_not_a_length():
    found = _pairs(
        ("Ashby Echo", "2026-06-20", "Engineers inspected the Ashby footbridge six "
         "months before it collapsed on Friday."),
        ("Ashby Post", "2026-06-20", "Repairing the Ashby footbridge will take "
         "about a year, the council said on Friday."),
    )  # fmt: skip
    assert found == set()


def test_the_only_length_in_each_article_may_be_four_times_another():
    # Each article gives one length, of the same thing in the same words:
    # four times apart is a contradiction, not two facts.
    found = _pairs(
        ("Vale Gazette", "2026-06-20", "A glider landed short of the airfield near "
         "Vale on Saturday. It skidded for about 50 metres before it stopped."),
        ("Vale Online", "2026-06-21", "Witnesses said the glider skidded along the "
         "field for 200 metres after it touched down near Vale on Saturday."),
    )  # fmt: skip
    assert found == {
        pair(("Vale Gazette", "about 50 metres"), ("Vale Online", "200 metres"))
    }


def test_the_only_sum_in_each_article_is_not_so_widened():
    # A payout and a grant are each a story's own sum, however alone each is.
    found = _pairs(
        ("Kabar Pesisir", "2026-06-22", "Perahu wisata terbalik di Teluk Lindu pada "
         "Minggu (21/6). Ahli waris korban meninggal menerima santunan asuransi "
         "Rp 60 juta."),
        ("Warta Lindu", "2026-06-22", "Pemkab Lindu memberikan bantuan Rp 12 juta "
         "kepada keluarga korban meninggal dalam kecelakaan perahu pada Minggu (21/6)."),
    )  # fmt: skip
    assert found == set()


def test_a_shares_close_is_its_closing_price():
    found = _pairs(
        ("Kabar Bursa", "2026-06-23", "Pada perdagangan Selasa (23/6), saham PT Roti "
         "Senja ditutup di level Rp 1.240."),
        ("Market Desk", "2026-06-23", "Roti Senja shares ended Tuesday at a closing "
         "price of 1,180 rupiah."),
    )  # fmt: skip
    assert found == {pair(("Kabar Bursa", "Rp 1.240"), ("Market Desk", "1,180 rupiah"))}


def test_stores_told_as_new_are_the_stores_added():
    # "80 gerai lagi" adds to the chain's stores; "120 gerai baru" are the
    # same stores to be added, told as new.
    found = _pairs(
        ("Kabar Usaha", "2026-06-23", "PT Roti Senja akan membuka 80 gerai lagi tahun "
         "depan."),
        ("Warta Niaga", "2026-06-24", "Roti Senja menargetkan 120 gerai baru tahun "
         "depan."),
    )  # fmt: skip
    assert found == {pair(("Kabar Usaha", "80 gerai"), ("Warta Niaga", "120 gerai"))}


def test_the_first_months_of_the_year_are_this_years_beside_next_years_plan():
    # An article naming next year's plan still gives this year's first half
    # as this year's: six months gone are no months to come.
    found = _pairs(
        ("Kabar Niaga", "2026-08-10", "Sepanjang enam bulan pertama 2026, pendapatan "
         "PT Teh Sari naik menjadi Rp 820 miliar."),
        ("Trade Ledger", "2026-08-10", "Teh Sari plans to open 40 shops in 2027. "
         "Revenue in the first six months of the year rose to 910 billion rupiah."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Niaga", "Rp 820 miliar"), ("Trade Ledger", "910 billion rupiah"))
    }


def test_a_multiple_of_an_offering_is_its_term_not_a_tally_of_occasions():
    found = _pairs(
        ("Kabar Bursa", "2026-06-15", "Penawaran umum perdana PT Teh Sari ditutup pada "
         "Senin (15/6). Permintaan investor mencapai 9 kali porsi penjatahan."),
        ("Market Desk", "2026-06-16", "Teh Sari shares began trading on Tuesday. Demand "
         "from investors was 11 times the shares on offer."),
    )  # fmt: skip
    assert found == {pair(("Kabar Bursa", "9 kali"), ("Market Desk", "11 times"))}
