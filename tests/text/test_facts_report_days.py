"""Fictional stories on the day a figure is of when its sentence names none.

The readable gold (dev and retired sets 1 to 6, see "The day of an undated
figure" in bench/compare_stories/README.md) keeps a running count apart when
two articles of different days give it (the count moved between the two
reports) and pairs it when the articles are of one day, whatever day their
earlier sentences named; a term that does not move with the days (a
contract's length, a share agreed, a target) contradicts across days.
Written for the project; run as the app runs them, with every claim the
finder suggests (see test_facts_stories).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from annotations.text.contradictions import CONTRADICTS, propose
from annotations.text.facts import group_facts
from annotations.text.sentences import claim_info
from tests.text.test_facts_stories import _pairs, pair


def test_a_running_count_in_articles_of_two_days_is_two_facts():
    # Monday's article counts the damage as of Monday, Tuesday's as of
    # Tuesday: the count grew, nobody disagrees. Tuesday's two outlets do.
    found = _pairs(
        ("Kabar Mekarsari", "2026-02-09", "Angin kencang melanda Desa Mekarsari pada "
         "Senin (9/2). Sebanyak 26 rumah rusak. Kerugian ditaksir Rp 2 miliar."),
        ("Warta Mekarsari", "2026-02-10", "Pendataan berlanjut pada Selasa (10/2). "
         "Sebanyak 44 rumah rusak. Kerugian ditaksir Rp 3,5 miliar."),
        ("Suara Mekarsari", "2026-02-10", "Petugas menyisir dusun pada Selasa (10/2). "
         "Sebanyak 51 rumah rusak. Kerugian ditaksir Rp 5 miliar."),
    )  # fmt: skip
    assert found == {
        pair(("Warta Mekarsari", "44 rumah"), ("Suara Mekarsari", "51 rumah")),
        pair(
            ("Warta Mekarsari", "ditaksir Rp 3,5 miliar"),
            ("Suara Mekarsari", "ditaksir Rp 5 miliar"),
        ),
    }


def test_a_running_count_in_articles_of_one_day_is_one_fact_whatever_day_came_before():
    # Both came out on Wednesday; one last named the night of the fire, the
    # other the morning after: one report day, one count.
    found = _pairs(
        ("Kabar Jatiluhur", "2026-05-13", "Gudang kayu di Jatiluhur terbakar pada "
         "Selasa (12/5) malam. Sebanyak 17 kios ikut terbakar."),
        ("Warta Jatiluhur", "2026-05-13", "Api di gudang kayu Jatiluhur baru padam "
         "pada Rabu (13/5) pagi. Sebanyak 23 kios ikut terbakar."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Jatiluhur", "17 kios"), ("Warta Jatiluhur", "23 kios"))
    }


def test_a_term_that_does_not_move_with_the_days_contradicts_across_days():
    found = _pairs(
        ("Kabar Bola", "2026-07-06", "Klub melepas Rendi Saputra ke Thailand pada "
         "Senin (6/7). Klub berhak atas 10 persen dari nilai penjualan berikutnya."),
        ("Warta Bola", "2026-07-08", "Rendi Saputra tiba di Bangkok pada Rabu (8/7). "
         "Klub lamanya berhak atas 25 persen dari nilai penjualan berikutnya."),
    )  # fmt: skip
    assert found == {pair(("Kabar Bola", "10 persen"), ("Warta Bola", "25 persen"))}


def _capacity_against_crowd(texts: dict, said: dict) -> None:
    """Claims 1 and 3 (two outlets' capacities) make one fact that contradicts; the
    crowd (claim 2) stays out of it."""
    claims = [
        claim_info(texts[k], texts[k].index(exact), texts[k].index(exact) + len(exact),
                   id=k, article=article, value=Decimal(value), unit="person",
                   approximate=k == 2, published=date(2026, 4, 11))
        for k, (exact, value, article) in said.items()
    ]  # fmt: skip
    facts = group_facts(claims)
    assert [f.members for f in facts] == [(1, 3)]
    assert [p.relation for p in propose(facts, claims)] == [CONTRADICTS]


def test_what_a_venue_is_licensed_for_is_its_capacity_not_its_crowd():
    # The finder suggests no bare "12,000" (no unit): the editor's claims.
    texts = {
        1: "The stadium has a capacity of 12,000, including standing areas.",
        2: "About 14,000 fans were inside the stadium on Saturday night.",
        3: "Council records show the stadium is licensed for 9,500.",
    }
    said = {1: ("12,000", 12000, "a"), 2: ("About 14,000 fans", 14000, "b"),
            3: ("9,500", 9500, "b")}  # fmt: skip
    _capacity_against_crowd(texts, said)


def test_a_count_raised_in_a_later_article_replaces_the_day_befores():
    # "bentrokan kemarin" names the clash's day, not the day the count was
    # raised on: the later article's eight replaced the earlier one's six.
    found = _pairs(
        ("Kabar Sukamulya", "2026-03-09", "Bentrokan pecah di Pasar Sukamulya pada "
         "Senin (9/3). Enam orang terluka dalam bentrokan itu."),
        ("Warta Sukamulya", "2026-03-10", "Korban luka dalam bentrokan kemarin "
         "bertambah menjadi delapan orang, menurut dinas kesehatan."),
    )  # fmt: skip
    assert found == set()


def test_a_count_raised_meets_another_count_of_its_own_articles_day():
    found = _pairs(
        ("Warta Sukamulya", "2026-03-10", "Korban luka dalam bentrokan kemarin "
         "bertambah menjadi delapan orang, menurut dinas kesehatan."),
        ("Suara Sukamulya", "2026-03-10", "Sebanyak 11 orang terluka dalam bentrokan "
         "kemarin di Pasar Sukamulya."),
    )  # fmt: skip
    assert found == {
        pair(("Warta Sukamulya", "delapan orang"), ("Suara Sukamulya", "11 orang"))
    }


def test_a_day_ahead_is_when_something_starts_not_the_day_of_a_figure():
    # "begins next Monday", "dimulai Senin depan": no day the figure is of,
    # so the consultation's two lengths meet as one fact.
    found = _pairs(
        ("Carrow Post", "2026-09-09", "Carrow council voted on Tuesday to close two "
         "libraries. A public consultation will run for six weeks."),
        ("Carrow Echo", "2026-09-09", "Carrow council wants to close two libraries. "
         "A four-week consultation begins next Monday."),
    )  # fmt: skip
    assert found == {pair(("Carrow Post", "six weeks"), ("Carrow Echo", "four-week"))}


def test_people_taken_to_hospital_past_who_they_are_are_the_hurt():
    # The verb comes after an aside on who they are: the hurt, as the other
    # outlet's "were taken to hospital" says, not a crowd nothing befell.
    found = _pairs(
        ("Brannock Mail", "2026-01-17", "A footbridge collapsed at Brannock Park on "
         "Saturday. Sixteen people, including five children, were taken to hospital."),
        ("Brannock Wire", "2026-01-17", "Eleven people were taken to hospital after a "
         "footbridge collapsed at Brannock Park on Saturday. About 300 people had "
         "gathered for a fun run."),
    )  # fmt: skip
    assert found == {
        pair(("Brannock Mail", "Sixteen people"), ("Brannock Wire", "Eleven people"))
    }


def test_a_sum_per_any_thing_named_is_a_price_of_one():
    # "per ekor" and "per duck culled": both the sum for one bird, whatever
    # the noun; the two outlets disagree.
    found = _pairs(
        ("Kabar Ternak", "2026-02-02", "Peternak itik di Desa Sumberan akan menerima "
         "ganti rugi Rp 30.000 per ekor untuk itik yang dimusnahkan."),
        ("Farm Wire", "2026-02-02", "Duck farmers in Sumberan will be paid 20,000 "
         "rupiah per duck culled, the livestock office said."),
    )  # fmt: skip
    assert found == {
        pair(
            ("Kabar Ternak", "Rp 30.000 per ekor"),
            ("Farm Wire", "20,000 rupiah per duck"),
        )
    }


def test_how_many_times_is_no_duration():
    # "tiga kali" counts warnings: it never meets how long a standoff lasted,
    # which the three outlets tell as two hours, three hours and 150 minutes.
    found = _pairs(
        ("Kabar Kenanga", "2026-06-02", "Petugas sudah memberi peringatan tiga kali "
         "kepada pedagang Pasar Kenanga. Ketegangan berlangsung sekitar dua jam."),
        ("Warta Kenanga", "2026-06-02", "Pedagang Pasar Kenanga mengaku menerima "
         "peringatan tiga kali. Ketegangan berlangsung selama tiga jam."),
        ("Suara Kenanga", "2026-06-02", "Pedagang Pasar Kenanga sudah tiga kali "
         "diperingatkan. Ketegangan di pintu pasar berlangsung 150 menit."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Kenanga", "sekitar dua jam"), ("Warta Kenanga", "tiga jam")),
        pair(("Kabar Kenanga", "sekitar dua jam"), ("Suara Kenanga", "150 menit")),
        pair(("Warta Kenanga", "tiga jam"), ("Suara Kenanga", "150 menit")),
    }


def test_a_venue_of_so_many_seats_is_its_capacity():
    # "a 16,000-capacity venue", "the 9,500-seat arena": what it holds.
    texts = {
        1: "The arena, on the waterfront, is a 12,000-capacity venue.",
        2: "About 14,000 fans were inside the arena on Saturday night.",
        3: "The 9,500-seat arena was full an hour before the show.",
    }
    said = {1: ("12,000-capacity", 12000, "a"), 2: ("About 14,000 fans", 14000, "b"),
            3: ("9,500-seat", 9500, "b")}  # fmt: skip
    _capacity_against_crowd(texts, said)


def test_a_zone_widened_on_a_later_day_replaces_the_first():
    # "kini diperluas menjadi radius 2 kilometer": the zone of the later day,
    # no second opinion on the first day's 1.5 km.
    found = _pairs(
        ("Kabar Gudang", "2026-03-02", "Polisi menutup area dalam radius 1,5 kilometer "
         "dari gudang kimia di Desa Tambakrejo pada Senin (2/3)."),
        ("Warta Gudang", "2026-03-04", "Zona penutupan di sekitar gudang kimia "
         "Tambakrejo kini diperluas menjadi radius 2 kilometer."),
    )  # fmt: skip
    assert found == set()


def test_an_outlet_that_has_learned_a_figure_is_its_source_not_its_subject():
    found = _pairs(
        ("Milbrook Post", "2026-05-09", "A crush at the doors of Milbrook Hall on "
         "Friday night, where about 6,000 fans had gathered for a concert by the "
         "band Sleetwater, left nine people hurt."),
        ("Milbrook Herald", "2026-05-10", "The Herald has learned that some 9,000 "
         "people had packed into the hall on Friday night."),
    )  # fmt: skip
    assert found == {
        pair(
            ("Milbrook Post", "about 6,000 fans"),
            ("Milbrook Herald", "some 9,000 people"),
        )
    }


def test_what_will_cost_more_by_a_percentage_is_a_price_rise():
    found = _pairs(
        ("Holm Gazette", "2026-03-04", "Ferries to Holm Island will cost 10% more from "
         "April, the operator announced on Wednesday."),
        ("Holm Courier", "2026-03-04", "The Holm Island ferry operator will raise "
         "fares by 14 per cent from April, it said on Wednesday."),
    )  # fmt: skip
    assert found == {pair(("Holm Gazette", "10%"), ("Holm Courier", "14 per cent"))}


def test_one_group_of_the_hurt_set_beside_another_is_a_part():
    # "Enam nelayan luka, sementara tiga petugas juga terluka": the fishermen
    # are a part of the nine hurt, not another count of all of them.
    found = _pairs(
        ("Kabar Dermaga", "2026-08-03", "Bentrok pecah di Dermaga Lorong pada Senin "
         "(3/8). Sembilan orang terluka dalam bentrok itu."),
        ("Warta Dermaga", "2026-08-03", "Bentrok pecah di Dermaga Lorong pada Senin "
         "(3/8). Enam nelayan luka, sementara tiga petugas juga terluka."),
        ("Suara Dermaga", "2026-08-03", "Bentrok pecah di Dermaga Lorong pada Senin "
         "(3/8). Sebelas orang terluka dalam bentrok itu."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Dermaga", "Sembilan orang"), ("Suara Dermaga", "Sebelas orang"))
    }


def test_a_count_still_standing_is_as_of_its_own_articles_day():
    # "masih hilang": as many as are still missing when the article came out,
    # whatever day the sinking was. Sunday's two outlets disagree; Saturday's
    # count is another day's.
    found = _pairs(
        ("Kabar Selat", "2026-07-18", "KM Bunga Laut tenggelam di Selat Loreh pada "
         "Sabtu (18/7). Sebanyak 14 penumpang masih hilang."),
        ("Warta Selat", "2026-07-19", "KM Bunga Laut tenggelam pada Sabtu (18/7). "
         "Hingga Minggu (19/7) sore, tim SAR terus menyisir Selat Loreh. Sebanyak 21 "
         "penumpang masih hilang."),
        ("Suara Selat", "2026-07-19", "KM Bunga Laut tenggelam di Selat Loreh pada "
         "Sabtu (18/7). Sebanyak 14 penumpang masih hilang."),
    )  # fmt: skip
    assert found == {
        pair(("Warta Selat", "21 penumpang"), ("Suara Selat", "14 penumpang"))
    }


def test_kilolitres_are_a_volume_in_both_languages():
    found = _pairs(
        ("Kabar Pelabuhan", "2026-11-20", "Kapal tanker MT Sinar Pagi mengangkut "
         "12.000 kiloliter solar saat kandas di Selat Karimun pada Jumat (20/11)."),
        ("Harbour Wire", "2026-11-20", "The tanker Sinar Pagi was carrying 18,000 "
         "kilolitres of diesel when it ran aground in the Karimun Strait on Friday."),
    )  # fmt: skip
    assert found == {
        pair(
            ("Kabar Pelabuhan", "12.000 kiloliter"),
            ("Harbour Wire", "18,000 kilolitres"),
        )
    }
