"""Small fictional stories, run as the app runs them with every claim suggested.

Each story is a few articles of a few sentences; the claim finder reads
them, the facts are grouped and the proposals made, and the test names the
contradictions an editor expects (by outlet and words), no more. They probe
one trap each: another group, place or year in the same unit, a rate
against a count, a part against its total, a range, a hedge, units that
convert and currencies that do not.
"""

from __future__ import annotations

from datetime import date

from annotations.text import lexicon
from annotations.text.claims import find_claims
from annotations.text.contradictions import CONTRADICTS, CORROBORATES, propose
from annotations.text.facts import group_facts
from annotations.text.sentences import claim_info


def story_claims(articles):
    """Return the claims found in articles given as (outlet, day, text[, source]), and their labels.

    The source is the outlet unless a fourth item names another (a wire copy's).
    """
    claims, label = [], {}
    for article in articles:
        outlet, day, text = article[:3]
        source = article[3] if len(article) > 3 else outlet
        for c in find_claims(text):
            k = len(claims) + 1
            claims.append(
                claim_info(
                    text,
                    c.start,
                    c.end,
                    id=k,
                    article=outlet,
                    value=c.value,
                    unit=c.unit,
                    approximate=c.approximate,
                    bound=c.bound,
                    measured=c.measured,
                    published=date.fromisoformat(day),
                    source=source,
                )
            )
            label[k] = (outlet, text[c.start : c.end])
    return claims, label


def _run(*articles: tuple[str, str, str]):
    """Return the proposals for articles given as (outlet, day, text), and claim labels."""
    claims, label = story_claims(articles)
    return propose(group_facts(claims), claims), label


def _pairs(*articles, relation: str = CONTRADICTS) -> set[frozenset]:
    proposals, label = _run(*articles)
    return {
        frozenset((label[p.source], label[p.target]))
        for p in proposals
        if p.relation == relation
    }


def pair(a: tuple[str, str], b: tuple[str, str]) -> frozenset:
    return frozenset((a, b))


def test_the_injured_are_never_set_against_the_dead():
    found = _pairs(
        ("A", "2025-02-03", "Banjir di Desa Karangsari pada Senin (3/2) menewaskan "
         "lima orang. Sebanyak 12 warga luka-luka dan dirawat di puskesmas."),
        ("B", "2025-02-03", "Banjir di Karangsari pada Senin (3/2) menyebabkan 12 "
         "korban luka. Lima warga meninggal dunia."),
        ("C", "2025-02-03", "A flood in Karangsari village on Monday killed seven "
         "people and injured 12, officials said."),
    )  # fmt: skip
    assert found == {
        pair(("A", "lima orang"), ("C", "seven people")),
        pair(("B", "Lima warga"), ("C", "seven people")),
    }


def test_houses_of_another_district_are_another_fact():
    found = _pairs(
        ("A", "2025-02-03", "Di Kecamatan Sukamaju, 40 rumah rusak berat akibat "
         "banjir. Di Kecamatan Cibodas, 25 rumah rusak berat."),
        ("B", "2025-02-03", "Banjir merusak 25 rumah di Kecamatan Cibodas pada Senin (3/2)."),
        ("C", "2025-02-03", "In Sukamaju district, 44 houses were badly damaged by the flood."),
    )  # fmt: skip
    assert found == {pair(("A", "40 rumah"), ("C", "44 houses"))}


def test_last_years_cases_meet_last_years_and_this_years_meet_this_years():
    # "naik dari 900 kasus tahun lalu" is last year's figure, the one
    # another outlet dates "Januari 2024"; "sepanjang Januari" is no length.
    found = _pairs(
        ("A", "2025-02-03", "Dinas Kesehatan mencatat 1.500 kasus DBD sepanjang "
         "Januari 2025. Pada Januari 2024 tercatat 900 kasus."),
        ("B", "2025-02-03", "Kasus DBD pada Januari mencapai 1.500 kasus, naik dari "
         "900 kasus tahun lalu."),
        ("C", "2025-02-04", "Dinas Kesehatan mencatat 1.620 kasus DBD pada Januari. "
         "Tahun lalu, pada bulan yang sama, tercatat 950 kasus."),
    )  # fmt: skip
    assert found == {
        pair(("A", "1.500 kasus"), ("C", "1.620 kasus")),
        pair(("B", "1.500 kasus"), ("C", "1.620 kasus")),
        pair(("A", "900 kasus"), ("C", "950 kasus")),
        pair(("B", "900 kasus"), ("C", "950 kasus")),
    }


def test_a_death_rate_is_not_a_death_count():
    found = _pairs(
        ("A", "2025-02-03", "Sebanyak 30 pasien meninggal, atau 3 persen dari seluruh pasien."),
        ("B", "2025-02-03", "Angka kematian mencapai 4 persen, dengan 30 pasien meninggal."),
    )  # fmt: skip
    assert not any(("A", "30 pasien") in p or ("B", "30 pasien") in p for p in found)


def test_a_part_is_not_its_total():
    found = _pairs(
        ("A", "2025-02-03", "Kebakaran menghanguskan 120 kios, termasuk 40 kios pakaian."),
        ("B", "2025-02-03", "The fire destroyed 150 stalls at the market."),
    )  # fmt: skip
    assert found == {pair(("A", "120 kios"), ("B", "150 stalls"))}


def test_a_range_holds_the_values_inside_it():
    found = _pairs(
        ("A", "2025-02-03", "Pemadaman listrik berlangsung 5-7 jam di Kota Sirnagalih "
         "pada Senin (3/2)."),
        ("B", "2025-02-03", "Pemadaman listrik di Sirnagalih pada Senin (3/2) "
         "berlangsung selama enam jam."),
        ("C", "2025-02-03", "The blackout in Sirnagalih on Monday lasted nine hours."),
    )  # fmt: skip
    # The finder reads two bounds ("5", "7 jam"); they are one claim, 5 to 7.
    assert found == {
        pair(("A", "5"), ("C", "nine hours")),
        pair(("B", "enam jam"), ("C", "nine hours")),
    }
    # "Antara 300 dan 400 orang" is no "at least 300": 600 lies outside it.
    found = _pairs(
        ("A", "2025-02-03", "Antara 300 dan 400 orang mengikuti aksi damai di depan "
         "balai kota."),
        ("B", "2025-02-03", "Sekitar 350 orang mengikuti aksi damai di depan balai kota."),
        ("C", "2025-02-03", "About 600 people joined the peaceful protest outside city hall."),
    )  # fmt: skip
    assert found == {
        pair(("A", "Antara 300"), ("C", "About 600 people")),
        pair(("B", "Sekitar 350 orang"), ("C", "About 600 people")),
    }


def test_nearly_a_hundred_agrees_with_98_and_not_with_104():
    found = _pairs(
        ("A", "2025-02-03", "Tim SAR menyelamatkan hampir 100 penumpang kapal itu."),
        ("B", "2025-02-03", "Sebanyak 98 penumpang berhasil diselamatkan tim SAR."),
        ("C", "2025-02-03", "Rescuers saved 104 passengers from the ferry."),
    )  # fmt: skip
    assert found == {
        pair(("A", "hampir 100 penumpang"), ("C", "104 passengers")),
        pair(("B", "98 penumpang"), ("C", "104 passengers")),
    }


def test_minutes_hours_and_a_compound_duration_agree():
    articles = (
        ("A", "2025-02-03", "Rapat berlangsung 90 menit di balai kota pada Senin (3/2)."),
        ("B", "2025-02-03", "Rapat di balai kota pada Senin (3/2) berlangsung 1,5 jam."),
        ("C", "2025-02-03", "The meeting at city hall on Monday lasted 1 hour 30 minutes."),
        ("D", "2025-02-03", "Rapat di balai kota pada Senin (3/2) berlangsung 1 jam 30 menit."),
    )  # fmt: skip
    assert _pairs(*articles) == set()
    agreeing = _pairs(*articles, relation=CORROBORATES)
    assert len(agreeing) == 6  # every two of the four outlets


def test_rupiah_and_dollars_never_meet():
    found = _pairs(
        ("A", "2025-02-03", "Proyek itu bernilai Rp 1,2 triliun."),
        ("B", "2025-02-03", "The project is worth US$80 million."),
        ("C", "2025-02-03", "Nilai proyek itu mencapai Rp 1,5 triliun."),
    )  # fmt: skip
    assert found == {pair(("A", "Rp 1,2 triliun"), ("C", "Rp 1,5 triliun"))}


def test_a_toll_that_rose_the_next_day_is_no_contradiction():
    found = _pairs(
        ("A", "2025-02-03", "Longsor di Desa Pasirjaya pada Senin (3/2) menewaskan enam orang."),
        ("B", "2025-02-04", "Jumlah korban tewas longsor Pasirjaya bertambah menjadi "
         "sembilan orang pada Selasa (4/2)."),
        ("C", "2025-02-03", "The landslide in Pasirjaya on Monday killed eight people."),
    )  # fmt: skip
    assert found == {pair(("A", "enam orang"), ("C", "eight people"))}


def test_two_officials_giving_two_losses_contradict():
    # Who gives a figure is no part of what it measures.
    found = _pairs(
        ("A", "2025-02-03", "Bupati Hasanah memperkirakan kerugian akibat banjir "
         "mencapai Rp 4 miliar."),
        ("B", "2025-02-03", "Kepala BPBD, Yusuf Rahmat, mengatakan kerugian akibat "
         "banjir mencapai Rp 7 miliar."),
    )  # fmt: skip
    assert found == {pair(("A", "Rp 4 miliar"), ("B", "Rp 7 miliar"))}


def test_a_duration_in_seconds_agrees_with_the_same_in_minutes():
    # 270 seconds are 4.5 minutes to the last digit, not to the 28th.
    articles = (
        ("A", "2026-03-05", "Letusan Gunung Parang pada Kamis (5/3) berlangsung "
         "4 menit 30 detik."),
        ("B", "2026-03-05", "Letusan Gunung Parang yang terekam selama 270 detik "
         "itu terjadi Kamis (5/3)."),
        ("C", "2026-03-05", "The eruption of Mount Parang on Thursday lasted four "
         "and a half minutes."),
    )  # fmt: skip
    assert _pairs(*articles) == set()
    assert len(_pairs(*articles, relation=CORROBORATES)) == 3


def test_a_zone_widened_on_a_later_day_is_that_days_figure():
    found = _pairs(
        ("A", "2026-03-05", "Kamis, 5 Maret 2026\n\nPetugas menetapkan zona bahaya "
         "dalam radius 5 kilometer dari kawah Gunung Parang."),
        ("B", "2026-03-07", "Saturday, 7 March 2026\n\nAuthorities on Saturday widened "
         "the exclusion zone around Mount Parang from 5 km to 7 km."),
        ("C", "2026-03-05", "Thursday, 5 March 2026\n\nOfficials told residents to "
         "stay at least 4 km from the crater of Mount Parang."),
    )  # fmt: skip
    assert not any(("B", "7 km") in p for p in found)


def test_residents_forced_to_leave_their_homes_are_the_displaced():
    found = _pairs(
        ("A", "2026-03-05", "Erupsi Gunung Parang pada Kamis (5/3) membuat 2.300 "
         "warga mengungsi."),
        ("B", "2026-03-05", "The eruption on Thursday forced more than 3,000 residents "
         "of 9 villages to leave their homes."),
    )  # fmt: skip
    assert found == {pair(("A", "2.300 warga"), ("B", "more than 3,000 residents"))}


def test_square_metres_a_fire_destroyed_are_the_burnt_hectares():
    found = _pairs(
        ("A", "2026-03-05", "Api menghanguskan lahan gudang seluas 1,5 hektare."),
        ("B", "2026-03-05", "The fire destroyed about 30,000 square metres of the site."),
    )  # fmt: skip
    assert found == {pair(("A", "1,5 hektare"), ("B", "about 30,000 square metres"))}


def test_a_province_and_a_station_are_no_two_places():
    found = _pairs(
        ("A", "2026-03-05", "A train carrying 420 passengers derailed in Central Java "
         "on Thursday."),
        ("B", "2026-03-05", "Kereta yang membawa 510 penumpang itu anjlok pada Kamis "
         "sore dekat Stasiun Kedungsari."),
    )  # fmt: skip
    assert found == {pair(("A", "420 passengers"), ("B", "510 penumpang"))}


def test_carriages_are_gerbong():
    found = _pairs(
        ("A", "2026-03-05", "Kereta itu anjlok pada Kamis (5/3) saat tiga gerbong "
         "keluar dari rel."),
        ("B", "2026-03-05", "Five of the train's 8 carriages left the tracks on Thursday."),
    )  # fmt: skip
    assert found == {pair(("A", "tiga gerbong"), ("B", "Five"))}


def test_the_word_leading_into_the_next_number_is_that_numbers():
    # "yang berjarak 8 kilometer": the distance's word, not the ash column's.
    found = _pairs(
        ("A", "2026-01-10", "Kolom abu setinggi 3.000 meter terlihat dari desa yang "
         "berjarak 8 kilometer dari kawah."),
        ("B", "2026-01-10", "The ash column rose 2,500 metres above the crater, visible "
         "from villages 8 km away."),
    )  # fmt: skip
    assert found == {pair(("A", "3.000 meter"), ("B", "2,500 metres"))}


def test_kilometres_an_hour_are_a_speed_whatever_the_verb():
    found = _pairs(
        ("A", "2026-01-10", "Bus itu melaju dengan kecepatan sekitar 80 km/jam."),
        ("B", "2026-01-10", "The bus was travelling at about 60 km/h."),
    )  # fmt: skip
    assert found == {pair(("A", "sekitar 80 km/jam"), ("B", "about 60 km/h"))}


def test_a_price_for_a_kilogram_is_a_price_whatever_the_verb():
    found = _pairs(
        ("A", "2026-01-10", "Harga beras naik menjadi Rp 14.500 per kilogram."),
        ("B", "2026-01-10", "Rice now costs 15,500 rupiah a kilogram."),
    )  # fmt: skip
    assert found == {
        pair(("A", "Rp 14.500 per kilogram"), ("B", "15,500 rupiah a kilogram"))
    }


def test_half_of_the_houses_leaves_the_whole_apart():
    found = _pairs(
        ("A", "2026-01-10", "Separuh dari 40 rumah di desa itu rusak."),
        ("B", "2026-01-10", "Twenty of the 40 houses in the village were damaged."),
        ("C", "2026-01-10", "About 30 houses in the village were damaged."),
    )  # fmt: skip
    assert found == {pair(("B", "Twenty"), ("C", "About 30 houses"))}


def test_the_badly_and_the_slightly_hurt_are_two_counts_and_neither_the_total():
    found = _pairs(
        ("A", "2026-01-10", "Sebanyak 12 penumpang luka berat dan 30 lainnya luka ringan."),
        ("B", "2026-01-10", "Ledakan itu melukai 42 penumpang."),
        ("C", "2026-01-10", "Fifteen passengers were seriously injured and 27 suffered "
         "minor injuries."),
    )  # fmt: skip
    assert found == {
        pair(("A", "12 penumpang"), ("C", "Fifteen passengers")),
        pair(("A", "30"), ("C", "27")),
    }


def test_the_number_counts_what_the_sentence_before_counted():
    found = _pairs(
        ("A", "2026-01-13", "Pada Senin (12/1), 30 warga dievakuasi. Pada Selasa (13/1), "
         "jumlahnya bertambah menjadi 85 orang."),
        ("B", "2026-01-13", "Some 85 residents had been evacuated by Tuesday, officials said."),
        ("C", "2026-01-13", "Sebanyak 60 warga dievakuasi pada Selasa (13/1)."),
    )  # fmt: skip
    assert found == {
        pair(("A", "85 orang"), ("C", "60 warga")),
        pair(("B", "Some 85 residents"), ("C", "60 warga")),
    }


def test_the_slightly_hurt_of_an_outlet_that_gives_no_other_meet_the_hurt():
    found = _pairs(
        ("A", "2026-01-10", "Tiga orang mengalami luka ringan dalam kebakaran itu."),
        ("B", "2026-01-10", "Five people were injured in the fire."),
    )  # fmt: skip
    assert found == {pair(("A", "Tiga orang"), ("B", "Five people"))}


def test_distances_from_two_points_are_two_facts():
    found = _pairs(
        ("A", "2026-01-10", "Pusat gempa berada 12 km dari pusat kota Larantuka dan 5 km "
         "dari pantai."),
        ("B", "2026-01-10", "The epicentre was 15 km from Larantuka town centre."),
        ("C", "2026-01-10", "Episentrum berjarak 7 km dari garis pantai."),
        ("D", "2026-01-10", "Pusat gempa berjarak 5 km dari permukiman terdekat, Desa "
         "Waiwerang."),
        ("E", "2026-01-10", "The quake struck 9 km from Waiwerang village."),
    )  # fmt: skip
    assert found == {
        pair(("A", "12 km"), ("B", "15 km")),
        pair(("A", "5 km"), ("C", "7 km")),
        pair(("D", "5 km"), ("E", "9 km")),
    }


def test_lives_lost_are_the_dead_and_the_toll_is_their_count():
    found = _pairs(
        ("A", "2026-01-10", "Kecelakaan bus di Tanjakan Emen pada Sabtu (10/1) menelan "
         "11 korban jiwa."),
        ("B", "2026-01-10", "Eleven people lost their lives when the bus crashed on Saturday."),
        ("C", "2026-01-10", "The death toll from Saturday's bus crash stood at 14."),
    )  # fmt: skip
    assert found == {
        pair(("A", "11 korban jiwa"), ("C", "14")),
        pair(("B", "Eleven people"), ("C", "14")),
    }


def test_the_day_written_as_a_date_belongs_to_its_figure():
    found = _pairs(
        ("A", "2026-06-06", "Pada Rabu (5/6), 40 orang dirawat karena keracunan makanan."),
        ("B", "2026-06-06", "On June 5, 52 people were treated for food poisoning."),
        ("C", "2026-06-06", "On June 6, 70 people were treated for food poisoning."),
    )  # fmt: skip
    assert found == {pair(("A", "40 orang"), ("B", "52 people"))}


def test_today_is_the_articles_day_and_yesterday_the_one_before():
    found = _pairs(
        ("A", "2026-02-11", "Hingga Selasa (10/2), 18 orang dilaporkan hilang."),
        ("B", "2026-02-11", "Hari ini, jumlah orang hilang tinggal 9 orang setelah tim "
         "SAR menemukan sembilan korban."),
        ("C", "2026-02-10", "Twenty people were missing on Tuesday, rescuers said."),
        ("D", "2026-02-11", "Kemarin, 22 orang masih dinyatakan hilang."),
    )  # fmt: skip
    assert found == {
        pair(("A", "18 orang"), ("C", "Twenty people")),
        pair(("A", "18 orang"), ("D", "22 orang")),
        pair(("C", "Twenty people"), ("D", "22 orang")),
    }


def test_last_weeks_price_is_not_todays():
    found = _pairs(
        ("A", "2026-02-11", "Harga cabai kini Rp 80.000 per kilogram."),
        ("B", "2026-02-11", "Chilli now sells for 75,000 rupiah a kilogram."),
        ("C", "2026-02-11", "Pekan lalu harga cabai masih Rp 60.000 per kilogram."),
    )  # fmt: skip
    assert found == {
        pair(("A", "Rp 80.000 per kilogram"), ("B", "75,000 rupiah a kilogram"))
    }


def test_each_candidates_share_meets_the_same_candidates():
    found = _pairs(
        ("A", "2026-01-10", "Hasil hitung cepat: pasangan Rudi-Sari meraih 41 persen, "
         "Budi-Tina 35 persen, dan Anton-Maya 24 persen."),
        ("B", "2026-01-10", "Quick counts gave Rudi Hartono 43 percent, Budi Santoso 35 "
         "percent and Anton Wijaya 22 percent."),
    )  # fmt: skip
    assert found == {
        pair(("A", "41 persen"), ("B", "43 percent")),
        pair(("A", "24 persen"), ("B", "22 percent")),
    }


def test_pesawat_are_aircraft():
    found = _pairs(
        ("A", "2026-01-10", "Pemerintah mengerahkan 6 pesawat ke lokasi bencana pada "
         "Sabtu (10/1)."),
        ("B", "2026-01-10", "The government sent 8 aircraft to the disaster area on Saturday."),
    )  # fmt: skip
    assert found == {pair(("A", "6 pesawat"), ("B", "8 aircraft"))}


def test_patients_kept_in_hospital_are_not_outpatients():
    found = _pairs(
        ("A", "2026-01-10", "Sebanyak 12 pasien dirawat inap dan 30 pasien rawat jalan."),
        ("B", "2026-01-10", "Fourteen patients were admitted to hospital and 30 were "
         "treated as outpatients."),
    )  # fmt: skip
    assert found == {pair(("A", "12 pasien"), ("B", "Fourteen patients"))}


def test_school_buildings_are_buildings():
    # "school" only says which buildings: the noun counted is the last one.
    found = _pairs(
        ("A", "2026-01-10", "Sebanyak 8 bangunan sekolah ambruk."),
        ("B", "2026-01-10", "Ten school buildings collapsed."),
    )  # fmt: skip
    assert found == {pair(("A", "8 bangunan"), ("B", "Ten school buildings"))}


def test_travellers_held_up_at_a_port_are_stranded_not_arrested():
    found = _pairs(
        ("A", "2026-01-10", "Sekitar 2.000 pemudik tertahan di pelabuhan."),
        ("B", "2026-01-10", "About 3,000 travellers were stranded at the port."),
        ("C", "2026-01-10", "Polisi menahan 12 orang di pelabuhan."),
    )  # fmt: skip
    assert found == {
        pair(("A", "Sekitar 2.000 pemudik"), ("B", "About 3,000 travellers"))
    }


def test_the_first_word_after_a_dateline_opens_the_sentence():
    # "Banjir" and "Floodwaters" open their sentences: no names to tell apart.
    found = _pairs(
        ("A", "2026-03-03", "WANAREJA - Banjir setinggi 1,5 meter merendam 14 kelurahan "
         "di Kota Wanareja pada Selasa (3/3/2026)."),
        ("B", "2026-03-03", "WANAREJA, Indonesia - Floodwaters up to 1.2 metres deep "
         "swept through 16 urban wards of Wanareja on Tuesday."),
    )  # fmt: skip
    assert found == {
        pair(("A", "1,5 meter"), ("B", "up to 1.2 metres")),
        pair(("A", "14 kelurahan"), ("B", "16 urban wards")),
    }


def test_a_prime_minister_is_no_budget():
    # "Perdana" is no "per-" + "dana": the meeting with him is a meeting.
    found = _pairs(
        ("A", "2026-03-04", "Sehari sebelumnya, Selasa (3/3), Sinta bertemu Perdana "
         "Menteri Malaysia selama 45 menit."),
        ("B", "2026-03-04", "On Tuesday, Sinta met Malaysia's prime minister for an hour."),
    )  # fmt: skip
    assert found == {pair(("A", "45 menit"), ("B", "an hour"))}


def test_a_months_inflation_is_not_a_years():
    found = _pairs(
        ("A", "2026-04-01", "Inflasi Maret 2026 tercatat 0,3 persen secara bulanan dan "
         "2,8 persen secara tahunan."),
        ("B", "2026-04-01", "Consumer prices rose 0.4 percent month-on-month in March and "
         "2.8 percent year-on-year."),
        ("C", "2026-04-01", "Inflasi tahunan pada Maret mencapai 3,1 persen."),
    )  # fmt: skip
    assert found == {
        pair(("A", "0,3 persen"), ("B", "0.4 percent")),
        pair(("A", "2,8 persen"), ("C", "3,1 persen")),
        pair(("B", "2.8 percent"), ("C", "3,1 persen")),
    }


def test_a_figure_another_gives_for_the_count_named_before_is_that_count():
    # "put the number at", "menyebut angkanya": the count of the sentence
    # before, in the police's words; the vague "thousands" agrees with both.
    found = _pairs(
        ("A", "2026-03-02", "Ribuan buruh pabrik gula Sindangraja mogok kerja pada "
         "Senin (2/3). Polisi menyebut angkanya 1.800."),
        ("B", "2026-03-02", "Workers at the Sindangraja sugar mill walked out on "
         "Monday. Police put the number at 2,600."),
    )  # fmt: skip
    assert found == {pair(("A", "1.800"), ("B", "2,600"))}


def test_a_number_that_is_the_subject_counts_what_was_named_before():
    found = _pairs(
        ("A", "2026-03-03", "Of the 2,000 workers on the morning shift at the Kalibaru "
         "cannery, 1,750 had walked out by noon on Tuesday."),
        ("B", "2026-03-03", "Sebanyak 1.500 pekerja pabrik pengalengan Kalibaru mogok "
         "pada Selasa (3/3)."),
    )  # fmt: skip
    assert found == {pair(("A", "1,750"), ("B", "1.500 pekerja"))}


def test_a_quakes_magnitude_needs_no_unit_word():
    found = _pairs(
        ("A", "2026-03-04", "The 6.1 quake struck off Rindang island at dawn on "
         "Wednesday, the agency said."),
        ("B", "2026-03-04", "Gempa 5,6 mengguncang Pulau Rindang pada Rabu (4/3) subuh."),
        ("C", "2026-03-04", "Gempa bermagnitudo 6,1 mengguncang Pulau Rindang pada "
         "Rabu (4/3)."),
    )  # fmt: skip
    assert found == {
        pair(("A", "6.1"), ("B", "5,6")),
        pair(("B", "5,6"), ("C", "bermagnitudo 6,1")),
    }


def test_tens_of_houses_are_not_340_and_hundreds_are():
    found = _pairs(
        ("A", "2026-03-05", "Puluhan rumah rusak akibat angin puting beliung di Desa "
         "Wanasari pada Kamis (5/3)."),
        ("B", "2026-03-05", "The whirlwind damaged 340 houses in Wanasari village on "
         "Thursday."),
        ("C", "2026-03-05", "Ratusan rumah di Desa Wanasari rusak diterjang angin "
         "puting beliung pada Kamis (5/3)."),
    )  # fmt: skip
    assert found == {
        pair(("A", "Puluhan rumah"), ("B", "340 houses")),
        pair(("A", "Puluhan rumah"), ("C", "Ratusan rumah")),
    }


def test_the_swept_away_are_missing_not_dead():
    found = _pairs(
        ("A", "2026-03-06", "Tiga nelayan hanyut terbawa arus Sungai Lamandau pada "
         "Jumat (6/3). Dua orang lainnya tewas."),
        ("B", "2026-03-06", "Two fishermen were swept away by the Lamandau river on "
         "Friday, and two others died."),
        ("C", "2026-03-06", "Empat nelayan dilaporkan hilang di Sungai Lamandau pada "
         "Jumat (6/3)."),
    )  # fmt: skip
    assert found == {
        pair(("A", "Tiga nelayan"), ("B", "Two fishermen")),
        pair(("A", "Tiga nelayan"), ("C", "Empat nelayan")),
        pair(("B", "Two fishermen"), ("C", "Empat nelayan")),
    }


def test_the_buried_are_missing_until_found():
    found = _pairs(
        ("A", "2026-03-07", "Longsor di Dusun Cikareo pada Sabtu (7/3) membuat lima "
         "warga tertimbun. Dua warga lainnya tewas."),
        ("B", "2026-03-07", "Seven villagers were missing after the landslide in "
         "Cikareo on Saturday, and two died."),
    )  # fmt: skip
    assert found == {pair(("A", "lima warga"), ("B", "Seven villagers"))}


def test_those_still_in_hospital_are_a_part_of_the_injured():
    found = _pairs(
        ("A", "2026-03-08", "Ledakan tabung gas di Pasar Lawang pada Minggu (8/3) "
         "melukai 40 orang. Dari jumlah itu, 35 masih dirawat di RSUD Lawang."),
        ("B", "2026-03-08", "Forty-six people were injured in the gas blast at Lawang "
         "market on Sunday; 35 remain in hospital."),
    )  # fmt: skip
    assert found == {pair(("A", "40 orang"), ("B", "Forty-six people"))}


def test_the_children_among_the_sick_are_a_part_of_them():
    found = _pairs(
        ("A", "2026-03-09", "Twenty guests were taken to hospital after a wedding "
         "feast in Sukarame on Monday, of whom 12 were children."),
        ("B", "2026-03-09", "Sebanyak 26 tamu hajatan di Sukarame dilarikan ke rumah "
         "sakit pada Senin (9/3). Dari jumlah itu, 15 anak-anak."),
    )  # fmt: skip
    assert found == {
        pair(("A", "Twenty guests"), ("B", "26 tamu")),
        pair(("A", "12"), ("B", "15 anak-anak")),
    }


def test_a_distance_from_the_crater_meets_one_from_the_kawah_without_dictionaries():
    saved = lexicon.paths()
    lexicon.configure(dictd="", thesaurus="")
    try:
        found = _pairs(
            ("A", "2026-03-10", "Awan panas Gunung Karang Sela meluncur sejauh 3 km dari "
             "kawah pada Selasa (10/3)."),
            ("B", "2026-03-10", "Searing gas clouds from Mount Karang Sela travelled 4.5 km "
             "from the crater on Tuesday."),
            ("C", "2026-03-10", "Pos pengamatan gunung itu berada 4 km dari pusat kota "
             "Ranuwangi."),
        )  # fmt: skip
    finally:
        lexicon.configure(**saved)
    assert found == {pair(("A", "3 km"), ("B", "4.5 km"))}


def test_the_badly_hurt_among_the_injured_meet_across_languages():
    # "nine of them seriously" says nothing of its own: it counts the
    # injured of its sentence, a part, as "Dari jumlah itu, 11 ... luka berat".
    # "empat di antaranya di ruang ICU" is a part of those still treated.
    found = _pairs(
        ("A", "2026-03-14", "Bus itu terjun ke jurang di Cikijing pada Sabtu (14/3). "
         "Sebanyak 28 penumpang luka-luka. Dari jumlah itu, 11 orang mengalami luka "
         "berat."),
        ("B", "2026-03-14", "The bus plunged into a ravine in Cikijing on Saturday. "
         "Thirty people were injured, nine of them seriously."),
        ("C", "2026-03-14", "Bus itu jatuh ke jurang di Cikijing pada Sabtu (14/3). "
         "Saat ini 14 korban masih dirawat, empat di antaranya di ruang ICU."),
    )  # fmt: skip
    assert found == {
        pair(("A", "28 penumpang"), ("B", "Thirty people")),
        pair(("A", "11 orang"), ("B", "nine")),
    }


def test_the_dead_a_change_reached_and_how_badly_they_were_hurt_before():
    # "Korban meninggal ..., bertambah menjadi 12 orang": the subject of the
    # change names the dead; "dua korban luka berat meninggal" says how badly
    # two of them were hurt, which makes the dead no count of the badly hurt.
    found = _pairs(
        ("A", "2026-03-15", "Pada Minggu (15/3), jumlah korban tewas bertambah menjadi "
         "11 orang setelah dua korban luka berat meninggal di RSUD Majalengka."),
        ("B", "2026-03-15", "Korban meninggal dalam kecelakaan bus di tanjakan Cikijing, "
         "Majalengka, bertambah menjadi 12 orang pada Minggu (15/3/2026)."),
        ("C", "2026-03-15", "Sebanyak 11 orang luka berat masih dirawat di RSUD "
         "Majalengka pada Minggu (15/3)."),
    )  # fmt: skip
    assert found == {pair(("A", "11 orang"), ("B", "12 orang"))}


def test_the_dead_among_the_cases_are_the_dead():
    # "delapan anak di antaranya meninggal" names its own count: the dead,
    # not a part of the cases to keep apart from "Tujuh anak meninggal".
    found = _pairs(
        ("A", "2026-03-16", "Dinas Kesehatan mencatat 212 kasus difteri sejak Januari, "
         "delapan anak di antaranya meninggal dunia."),
        ("B", "2026-03-16", "Seven children have died of diphtheria since January."),
    )  # fmt: skip
    assert found == {pair(("A", "delapan anak"), ("B", "Seven children"))}


def test_the_dead_a_current_took_are_dead_and_those_it_took_a_part_of_them():
    found = _pairs(
        ("A", "2026-03-19", "Hingga Kamis (19/3) sore, 2 orang meninggal dunia karena "
         "terseret arus banjir di Samarinda."),
        ("B", "2026-03-19", "Three people have died in the Samarinda floods, two of them "
         "swept away by the current, officials said on Thursday."),
        ("C", "2026-03-19", "Satu warga Samarinda masih hilang terseret arus pada Kamis "
         "(19/3)."),
    )  # fmt: skip
    assert found == {pair(("A", "2 orang"), ("B", "Three people"))}


def test_people_forced_from_their_homes_are_the_displaced():
    found = _pairs(
        ("A", "2026-03-19", "Pada Kamis (19/3), sebanyak 3.400 warga Samarinda mengungsi "
         "ke 12 posko."),
        ("B", "2026-03-19", "Floods in Samarinda forced about 4,000 people from their "
         "homes on Thursday and damaged 300 houses."),
    )  # fmt: skip
    assert found == {pair(("A", "3.400 warga"), ("B", "about 4,000 people"))}


def test_the_badly_damaged_among_the_houses_meet_however_their_part_is_told():
    # "31 di antaranya rusak berat", "Dari jumlah itu, 40 rumah rusak berat",
    # "Thirty-one of the houses were badly damaged": one count, told as a
    # part three ways, never set against all the damaged houses.
    found = _pairs(
        ("A", "2026-03-17", "Angin kencang melanda Desa Karangwetan pada Selasa (17/3). "
         "Sebanyak 210 rumah rusak, 31 di antaranya rusak berat."),
        ("B", "2026-03-17", "Sekitar 200 rumah di Desa Karangwetan rusak diterjang angin "
         "pada Selasa (17/3). Dari jumlah itu, 40 rumah rusak berat."),
        ("C", "2026-03-17", "A windstorm damaged more than 260 houses in Karangwetan "
         "village on Tuesday. Thirty-one of the houses were badly damaged."),
    )  # fmt: skip
    assert found == {
        pair(("A", "210 rumah"), ("C", "more than 260 houses")),
        pair(("B", "Sekitar 200 rumah"), ("C", "more than 260 houses")),
        pair(("A", "31"), ("B", "40 rumah")),
        pair(("B", "40 rumah"), ("C", "Thirty-one of the houses")),
    }


def test_an_outage_is_one_length_whatever_it_left_without_power():
    # A duration measures the outage, not the homes or the areas it hit.
    found = _pairs(
        ("A", "2026-03-18", "Power could be off for up to 20 hours in the worst-hit areas "
         "of Brackenford, the operator said on Wednesday."),
        ("B", "2026-03-18", "Some homes in Brackenford could be without power for 30 "
         "hours, the operator warned on Wednesday."),
    )  # fmt: skip
    assert found == {pair(("A", "up to 20 hours"), ("B", "30 hours"))}


def test_a_night_in_a_shelter_is_a_count_of_the_displaced():
    found = _pairs(
        ("A", "2026-03-23", "Sekitar 140 warga Desa Tegalsari mengungsi pada Senin "
         "(23/3) malam."),
        ("B", "2026-03-23", "Some 90 villagers in Tegalsari spent Monday night in a "
         "mosque and with relatives."),
        ("C", "2026-03-23", "The Tegalsari village council spent 90 million rupiah on "
         "tents on Monday."),
    )  # fmt: skip
    assert found == {pair(("A", "Sekitar 140 warga"), ("B", "Some 90 villagers"))}


def test_a_count_raised_to_a_new_figure_is_that_days_count():
    # "menambah jumlah personel menjadi 250" on Monday is Monday's figure, no
    # guess that might be Sunday's: it is never set against Sunday's 150.
    found = _pairs(
        ("A", "2026-03-29", "KM Sinar Lembata tenggelam di Selat Boleng pada Minggu "
         "(29/3). Pencarian melibatkan 150 personel gabungan."),
        ("B", "2026-03-30", "Tim SAR memperluas pencarian KM Sinar Lembata pada Senin "
         "(30/3). Basarnas menambah jumlah personel menjadi 250 orang."),
        ("C", "2026-03-29", "The KM Sinar Lembata sank in the Boleng Strait on Sunday. "
         "About 200 rescuers joined the search."),
    )  # fmt: skip
    assert found == {pair(("A", "150 personel"), ("C", "About 200 rescuers"))}


def test_a_day_opening_the_sentence_is_every_figures_day():
    # "Hingga Kamis (9/4), ... 1.402 kasus dengan 12 orang meninggal": Thursday
    # is the day of the dead too, so Wednesday's 10 is another day's figure.
    found = _pairs(
        ("A", "2026-04-09", "Wabah campak di Lawang meluas. Hingga Kamis (9/4), Dinkes "
         "mencatat 1.402 kasus dengan 12 orang meninggal dunia."),
        ("B", "2026-04-08", "Measles has killed 10 people in Lawang, health officials "
         "said on Wednesday (8/4)."),
    )  # fmt: skip
    assert found == set()


def test_a_share_of_the_patients_is_no_rise_in_cases():
    found = _pairs(
        ("A", "2026-04-07", "Sebanyak 65 persen pasien campak di Lawang adalah "
         "anak-anak."),
        ("B", "2026-04-07", "Measles cases in Lawang rose about 45 percent on last year, "
         "officials said."),
    )  # fmt: skip
    assert found == set()


def test_the_cases_a_sentence_says_its_subject_reached_meet_across_languages():
    found = _pairs(
        ("A", "2026-04-07", "Kasus campak di Kabupaten Lawang sudah mencapai 640 sejak "
         "Juni."),
        ("B", "2026-04-07", "LAWANG, Indonesia - Measles cases in the hill district of "
         "Lawang have reached 700 since June."),
    )  # fmt: skip
    assert found == {pair(("A", "640"), ("B", "700"))}


def test_the_police_crowd_estimate_meets_the_polices_and_the_organisers_theirs():
    # "police estimated the crowd at 4,000": a count of the crowd, in the
    # police's words; "Polisi menaksir" names who counted, not rescuers.
    found = _pairs(
        ("A", "2026-04-06", "Thousands of farmers marched on the Sendangrejo regency "
         "office on Monday. Organisers said 12,000 people joined the march, while police "
         "estimated the crowd at 4,000."),
        ("B", "2026-04-06", "Ribuan petani berunjuk rasa di kantor Bupati Sendangrejo "
         "pada Senin (6/4). Polisi menaksir 5.000 orang ikut aksi, sedangkan panitia "
         "mengklaim 10.000 orang."),
    )  # fmt: skip
    assert found == {
        pair(("A", "4,000"), ("B", "5.000 orang")),
        pair(("A", "12,000 people"), ("B", "10.000 orang")),
    }


def test_members_who_stayed_away_are_not_those_who_came():
    found = _pairs(
        ("A", "2026-11-30", "Sebanyak 42 dari 120 anggota DPRD Jawa Tengah tidak hadir "
         "dalam rapat paripurna pada Senin (30/11)."),
        ("B", "2026-11-30", "Only 78 of the 120 Central Java legislators attended the "
         "session on Monday."),
        ("C", "2026-11-30", "Rapat paripurna DPRD Jawa Tengah pada Senin (30/11) "
         "dihadiri 80 anggota dewan."),
    )  # fmt: skip
    assert found == {pair(("B", "78"), ("C", "80 anggota"))}


def test_educations_share_of_a_budget_is_not_healths_and_rp_is_no_name():
    # "Rp" is no name telling two figures apart; "pendidikan" and "kesehatan"
    # say which line of the budget a figure is.
    found = _pairs(
        ("A", "2026-11-30", "Belanja pendidikan Jawa Tengah 2027 mendapat Rp 7,1 "
         "triliun."),
        ("B", "2026-11-30", "Education will receive 7.5 trillion rupiah in Central "
         "Java's 2027 budget."),
        ("C", "2026-11-30", "Dalam APBD Jawa Tengah 2027, belanja kesehatan mendapat "
         "Rp 6,9 triliun."),
    )  # fmt: skip
    assert found == {pair(("A", "Rp 7,1 triliun"), ("B", "7.5 trillion rupiah"))}


def test_the_dead_a_sentence_records_and_the_houses_a_flood_took():
    # "Korban meninggal ... tercatat 17 orang": the subject names the dead.
    # "64 di antaranya hanyut" and "70 of them swept away" are parts of the
    # damaged houses, no missing people.
    found = _pairs(
        ("A", "2026-04-18", "Hingga Sabtu (18/4) pagi, 15 orang dilaporkan meninggal "
         "akibat banjir bandang di Tanah Merah. Sebanyak 210 rumah rusak, 64 di "
         "antaranya hanyut."),
        ("B", "2026-04-18", "Flash floods in Tanah Merah damaged 230 homes on Saturday, "
         "70 of them swept away, the disaster agency said."),
        ("C", "2026-04-18", "Korban meninggal akibat banjir bandang di Tanah Merah pada "
         "Sabtu (18/4) tercatat 17 orang."),
    )  # fmt: skip
    assert found == {
        pair(("A", "15 orang"), ("C", "17 orang")),
        pair(("A", "210 rumah"), ("B", "230 homes")),
        pair(("A", "64"), ("B", "70")),
    }


def test_a_day_in_a_clause_on_another_noun_is_that_events_day():
    # "seven bodies from a mine that collapsed on Tuesday": Tuesday is the
    # collapse's; "12 orang yang tewas pada Senin" is Monday's 12.
    found = _pairs(
        ("A", "2026-04-22", "Hingga Rabu (22/4) sore, tim SAR menemukan 6 jenazah di "
         "tambang emas Batu Gadang."),
        ("B", "2026-04-22", "Rescuers recovered seven bodies from the Batu Gadang gold "
         "mine that collapsed on Tuesday, officials said."),
        ("C", "2026-04-22", "Tim SAR mengevakuasi 9 jenazah yang tertimbun pada Selasa "
         "(21/4) di tambang Batu Gadang."),
    )  # fmt: skip
    assert found == {pair(("A", "6 jenazah"), ("B", "seven bodies"))}


def test_exports_are_not_imports():
    found = _pairs(
        ("A", "2026-04-15", "BPS mencatat ekspor Indonesia pada Maret 2026 mencapai "
         "US$ 24,3 miliar. Impor pada periode yang sama sebesar US$ 20,1 miliar."),
        ("B", "2026-04-15", "Indonesia's imports reached $20.4 billion in March, the "
         "statistics bureau said."),
    )  # fmt: skip
    assert found == {pair(("A", "US$ 20,1 miliar"), ("B", "$20.4 billion"))}


def test_the_year_of_the_old_figure_is_not_the_new_ones():
    # "Turnout was around 60 percent, up from 52 percent in 2021": 2021 is
    # the old turnout's year; this year's meets this year's.
    found = _pairs(
        ("A", "2026-11-25", "Tingkat partisipasi pemilih Pilkada Kendari 2026 mencapai "
         "66,5 persen. Pada Pilkada 2021, tingkat partisipasi hanya 52 persen."),
        ("B", "2026-11-25", "Turnout in Kendari was around 60 percent, up from 52 "
         "percent in 2021, pollsters said."),
    )  # fmt: skip
    assert found == {pair(("A", "66,5 persen"), ("B", "around 60 percent"))}


def test_doses_and_excavators_count_alike_in_both_languages_without_dictionaries():
    saved = lexicon.paths()
    lexicon.configure(dictd="", thesaurus="")
    try:
        found = _pairs(
            ("A", "2026-05-04", "Pemerintah NTB menyiapkan 600.000 dosis vaksin difteri "
             "tambahan. Pencarian melibatkan dua ekskavator."),
            ("B", "2026-05-04", "The province has ordered 500,000 extra doses of "
             "diphtheria vaccine. Three excavators joined the search."),
        )  # fmt: skip
    finally:
        lexicon.configure(**saved)
    assert found == {
        pair(("A", "600.000 dosis"), ("B", "500,000 extra doses")),
        pair(("A", "dua ekskavator"), ("B", "Three excavators")),
    }


def test_a_rate_per_100000_meets_a_rate_and_never_its_denominator():
    found = _pairs(
        ("A", "2026-03-24", "Angka kasus tuberkulosis di Kalimantan Barat mencapai 312 "
         "per 100.000 penduduk pada 2025."),
        ("B", "2026-03-24", "West Kalimantan recorded 325 tuberculosis cases per 100,000 "
         "people in 2025, officials said."),
    )  # fmt: skip
    assert found == {
        pair(
            ("A", "312 per 100.000 penduduk"),
            ("B", "325 tuberculosis cases per 100,000 people"),
        )
    }


def test_dozens_mean_two_dozen_and_more_however_the_finder_reads_them():
    # "Dozens of people" is read as 12; it still spans 24 to 99: 20 lies
    # outside it, 40 inside.
    found = _pairs(
        ("A", "2026-05-11", "Dozens of people were injured when a stand collapsed at the "
         "Ketapang stadium on Monday."),
        ("B", "2026-05-11", "Sebanyak 20 orang luka-luka akibat tribun ambruk di "
         "Stadion Ketapang pada Senin (11/5)."),
        ("C", "2026-05-11", "Forty people were injured in the Ketapang stand collapse on "
         "Monday."),
    )  # fmt: skip
    assert found == {
        pair(("A", "Dozens of people"), ("B", "20 orang")),
        pair(("B", "20 orang"), ("C", "Forty people")),
    }


def test_a_tim_sar_is_rescuers():
    found = _pairs(
        ("A", "2026-05-14", "Tim SAR gabungan berjumlah 75 orang membutuhkan waktu enam "
         "jam untuk mencapai lokasi jatuhnya pesawat di Halmahera Barat."),
        ("B", "2026-05-14", "A team of 80 rescuers needed about six hours to reach the "
         "crash site in West Halmahera."),
    )  # fmt: skip
    assert found == {pair(("A", "75 orang"), ("B", "80 rescuers"))}


def test_the_subject_says_what_a_figure_given_after_sebanyak_counts():
    found = _pairs(
        ("A", "2026-05-18", "Korban tewas dalam kebakaran gudang di Cakung pada Senin "
         "(18/5) sebanyak 12 orang."),
        ("B", "2026-05-18", "Fourteen people died in the Cakung warehouse fire on "
         "Monday."),
        ("C", "2026-05-18", "Korban luka dalam kebakaran gudang di Cakung pada Senin "
         "(18/5) berjumlah 9 orang."),
    )  # fmt: skip
    assert found == {pair(("A", "12 orang"), ("B", "Fourteen people"))}


def test_residents_who_suffered_burns_are_the_hurt():
    found = _pairs(
        ("A", "2026-05-23", "Kebakaran di Sei Agul pada Sabtu (23/5) tidak menimbulkan "
         "korban jiwa, namun empat warga mengalami luka bakar ringan."),
        ("B", "2026-05-23", "No one was killed in the Sei Agul fire on Saturday, but five "
         "residents suffered minor burns."),
    )  # fmt: skip
    assert found == {pair(("A", "empat warga"), ("B", "five residents"))}


def test_a_total_set_after_its_noun_and_a_comma_is_a_count():
    found = _pairs(
        ("Harian Pesisir", "2026-03-10", "A ferry caught fire off Pulau Lembayung on "
         "Tuesday. The injured, 30 in all, were taken to the district hospital, the "
         "port office said. The dead, three in all, were crew members."),
        ("Warta Selat", "2026-03-10", "Kapal feri terbakar di perairan Pulau Lembayung "
         "pada Selasa (10/3). Korban luka, 34 orang seluruhnya, dibawa ke RSUD "
         "setempat. Korban tewas, tiga orang semuanya, adalah awak kapal."),
        ("Kabar Bahari", "2026-03-10", "The ferry fire near Lembayung island on Tuesday "
         "left 34 people injured, including six children. Three people died."),
        ("Suara Teluk", "2026-03-11", "On Wednesday, the injured, 41 in all, were still "
         "in hospital in Lembayung."),
    )  # fmt: skip
    # The dead agree (three), the children are a part, Wednesday is another day.
    assert found == {
        pair(("Harian Pesisir", "30"), ("Warta Selat", "34 orang")),
        pair(("Harian Pesisir", "30"), ("Kabar Bahari", "34 people")),
    }


def test_a_time_after_setting_out_is_not_the_length_of_the_trip():
    found = _pairs(
        ("Kabar Samudra", "2026-04-14", "Kapal motor Sinar Laut tenggelam di Selat "
         "Karimun pada Selasa (14/4). Kapal itu tenggelam tiga jam setelah "
         "meninggalkan Pelabuhan Tanjung Batu."),
        ("Riau Maritime", "2026-04-14", "The Sinar Laut sank in the Karimun Strait on "
         "Tuesday. The voyage from Tanjung Batu to Sembilang island usually takes "
         "five hours."),
        ("Pos Kepulauan", "2026-04-14", "KM Sinar Laut karam di Selat Karimun, Selasa "
         "(14/4). Pelayaran dari Tanjung Batu ke Pulau Sembilang berlangsung enam jam."),
        ("Strait Courier", "2026-04-14", "The Sinar Laut went down in the Karimun "
         "Strait on Tuesday four hours into its voyage from Tanjung Batu."),
        ("Suara Karimun", "2026-04-14", "KM Sinar Laut tenggelam di Selat Karimun, "
         "Selasa (14/4), dua jam usai berangkat dari Tanjung Batu menuju Pulau "
         "Sembilang yang biasanya ditempuh lima jam."),
    )  # fmt: skip
    # The time since leaving port against itself, the trip's length against
    # itself (five hours twice agree); never one against the other.
    assert found == {
        pair(("Kabar Samudra", "tiga jam"), ("Strait Courier", "four hours")),
        pair(("Kabar Samudra", "tiga jam"), ("Suara Karimun", "dua jam")),
        pair(("Strait Courier", "four hours"), ("Suara Karimun", "dua jam")),
        pair(("Riau Maritime", "five hours"), ("Pos Kepulauan", "enam jam")),
        pair(("Pos Kepulauan", "enam jam"), ("Suara Karimun", "lima jam")),
    }


def test_everybody_on_board_with_the_crew_counted_in_is_not_the_passengers():
    found = _pairs(
        ("Harian Nusa", "2026-05-02", "Kapal cepat Bahtera Jaya kandas di perairan "
         "Pulau Kelor pada Sabtu (2/5). Kapal itu membawa 87 penumpang."),
        ("Coastal Post", "2026-05-02", "The speedboat Bahtera Jaya ran aground off "
         "Kelor island on Saturday. It was carrying 96 people, including nine crew."),
        ("Warta Kelor", "2026-05-02", "Speedboat Bahtera Jaya kandas di Pulau Kelor, "
         "Sabtu (2/5). Kapal mengangkut 96 orang, termasuk sembilan awak kapal."),
        ("Kelor Times", "2026-05-02", "The Bahtera Jaya ran aground off Kelor island "
         "on Saturday with 90 passengers and nine crew on board."),
        ("Suara Pulau", "2026-05-02", "Bahtera Jaya kandas di Pulau Kelor, Sabtu "
         "(2/5). Kapal membawa 100 orang, termasuk delapan awak."),
    )  # fmt: skip
    # 87 passengers and nine crew make 96: no pair; the passengers, the crew
    # and everybody on board each meet their own kind.
    assert found == {
        pair(("Harian Nusa", "87 penumpang"), ("Kelor Times", "90 passengers")),
        pair(("Coastal Post", "96 people"), ("Suara Pulau", "100 orang")),
        pair(("Warta Kelor", "96 orang"), ("Suara Pulau", "100 orang")),
        pair(("Coastal Post", "nine crew"), ("Suara Pulau", "delapan awak")),
        pair(("Warta Kelor", "sembilan awak"), ("Suara Pulau", "delapan awak")),
        pair(("Kelor Times", "nine crew"), ("Suara Pulau", "delapan awak")),
    }


def test_passengers_told_loosely_as_people_still_meet():
    found = _pairs(
        ("Bahari Timur", "2026-05-09", "Kapal motor Dewi Laut yang tenggelam di Teluk "
         "Sanur pada Sabtu (9/5) membawa 60 penumpang."),
        ("Sanur Ledger", "2026-05-09", "The Dewi Laut sank in Sanur Bay on Saturday "
         "with 72 people on board."),
    )  # fmt: skip
    assert found == {
        pair(("Bahari Timur", "60 penumpang"), ("Sanur Ledger", "72 people"))
    }


def test_homes_left_without_water_are_households_and_damaged_houses_are_not():
    found = _pairs(
        ("Kabar Lembang", "2026-06-03", "Pipa induk PDAM Tirta Lembang pecah pada Rabu "
         "(3/6). Sebanyak 4.000 rumah di Kecamatan Cisarua tidak mendapat air bersih. "
         "Air dari pipa itu merusak 12 rumah di tepi jalan."),
        ("Highland Courier", "2026-06-03", "A water main burst in Lembang on Wednesday, "
         "leaving about 5,200 households in Cisarua without running water. Eighteen "
         "houses near the pipe were damaged."),
        ("Warta Cisarua", "2026-06-03", "Pecahnya pipa PDAM di Lembang pada Rabu (3/6) "
         "membuat 5.200 KK di Cisarua tanpa air. Sebanyak 12 rumah rusak diterjang air."),
        ("Lembang Today", "2026-06-04", "By Thursday, 1,100 homes in Cisarua were still "
         "without water."),
    )  # fmt: skip
    # The households without water, the damaged houses: two facts; Thursday's
    # figure is another day's.
    assert found == {
        pair(
            ("Kabar Lembang", "4.000 rumah"),
            ("Highland Courier", "about 5,200 households"),
        ),
        pair(("Kabar Lembang", "4.000 rumah"), ("Warta Cisarua", "5.200 KK")),
        pair(("Kabar Lembang", "12 rumah"), ("Highland Courier", "Eighteen houses")),
        pair(("Warta Cisarua", "12 rumah"), ("Highland Courier", "Eighteen houses")),
    }


def test_evacuated_homes_are_the_families_and_flooded_houses_the_buildings():
    found = _pairs(
        ("Kabar Lembang", "2026-06-10", "Banjir melanda Desa Sukaresmi pada Rabu (10/6). "
         "Sebanyak 150 rumah terendam dan 90 kepala keluarga mengungsi ke balai desa."),
        ("Highland Courier", "2026-06-10", "Floods hit Sukaresmi village on Wednesday, "
         "submerging 150 houses. Residents of 120 homes were evacuated to the village "
         "hall."),
        ("Warta Cisarua", "2026-06-10", "Banjir di Sukaresmi, Rabu (10/6), memaksa 90 "
         "keluarga mengungsi; 170 rumah tergenang."),
    )  # fmt: skip
    assert found == {
        pair(
            ("Highland Courier", "120 homes"), ("Kabar Lembang", "90 kepala keluarga")
        ),
        pair(("Highland Courier", "120 homes"), ("Warta Cisarua", "90 keluarga")),
        pair(("Highland Courier", "150 houses"), ("Warta Cisarua", "170 rumah")),
        pair(("Kabar Lembang", "150 rumah"), ("Warta Cisarua", "170 rumah")),
    }


def test_what_a_fire_cost_its_victims_is_their_loss_not_a_budget():
    found = _pairs(
        ("Kabar Pasar", "2026-07-07", "Kebakaran melanda Pasar Induk Wirasari pada "
         "Selasa (7/7). Kerugian pedagang ditaksir mencapai Rp 4 miliar. Pemkot "
         "menyiapkan Rp 15 miliar untuk membangun kembali pasar."),
        ("Wirasari Herald", "2026-07-07", "A fire swept through Wirasari's main market "
         "on Tuesday. The blaze cost traders an estimated Rp 6 billion, the market "
         "office said. Rebuilding the market will cost Rp 15 billion."),
        ("Suara Wirasari", "2026-07-07", "Kebakaran Pasar Induk Wirasari, Selasa (7/7), "
         "menimbulkan kerugian Rp 4 miliar. Biaya pembangunan kembali pasar "
         "diperkirakan Rp 18 miliar."),
        ("Metro Ledger", "2026-07-07", "Tuesday's fire at the Wirasari market caused "
         "damage costing about Rp 4 billion."),
    )  # fmt: skip
    # The traders' loss against the loss, the rebuilding against the
    # rebuilding; never the loss against what rebuilding will cost.
    assert found == {
        pair(
            ("Kabar Pasar", "ditaksir mencapai Rp 4 miliar"),
            ("Wirasari Herald", "an estimated Rp 6 billion"),
        ),
        pair(
            ("Suara Wirasari", "Rp 4 miliar"),
            ("Wirasari Herald", "an estimated Rp 6 billion"),
        ),
        pair(
            ("Metro Ledger", "about Rp 4 billion"),
            ("Wirasari Herald", "an estimated Rp 6 billion"),
        ),
        pair(
            ("Kabar Pasar", "Rp 15 miliar"),
            ("Suara Wirasari", "diperkirakan Rp 18 miliar"),
        ),
        pair(
            ("Wirasari Herald", "Rp 15 billion"),
            ("Suara Wirasari", "diperkirakan Rp 18 miliar"),
        ),
    }


def test_places_named_by_another_head_meet_when_they_hand_out_the_same():
    found = _pairs(
        ("Kabar Dayeuh", "2026-08-12", "Pipa air baku di Dayeuhluhur bocor pada Rabu "
         "(12/8). PDAM membuka lima pos pembagian air bersih dan delapan pos "
         "pemeriksaan kesehatan."),
        ("Dayeuh Post", "2026-08-12", "A raw-water pipe in Dayeuhluhur leaked on "
         "Wednesday. The utility opened seven water stations, and four food "
         "distribution points opened at schools."),
        ("Warta Dayeuh", "2026-08-12", "Kebocoran pipa di Dayeuhluhur, Rabu (12/8): "
         "tujuh titik distribusi membagikan air bersih kepada warga."),
        ("Valley Courier", "2026-08-12", "After Wednesday's leak in Dayeuhluhur, five "
         "distribution points are handing out drinking water, and six first-aid posts "
         "opened."),
    )  # fmt: skip
    # Posts, stations and points handing out water are one count; the food
    # points, the health posts and the first-aid posts are others.
    assert found == {
        pair(("Kabar Dayeuh", "lima pos"), ("Dayeuh Post", "seven water stations")),
        pair(("Kabar Dayeuh", "lima pos"), ("Warta Dayeuh", "tujuh titik")),
        pair(
            ("Valley Courier", "five distribution points"),
            ("Dayeuh Post", "seven water stations"),
        ),
        pair(
            ("Valley Courier", "five distribution points"),
            ("Warta Dayeuh", "tujuh titik"),
        ),
    }


def test_points_under_one_head_handing_out_other_things_are_two_counts():
    found = _pairs(
        ("Kabar Dayeuh", "2026-08-19", "Banjir merendam Dayeuhluhur pada Rabu (19/8). "
         "Pemkab membuka enam titik pembagian makanan dan empat titik pembagian air "
         "bersih."),
        ("Valley Courier", "2026-08-19", "Floods hit Dayeuhluhur on Wednesday. Six food "
         "distribution points opened, and five water distribution points opened."),
        ("Dayeuh Post", "2026-08-19", "After Wednesday's flood in Dayeuhluhur, seven "
         "distribution points are handing out food."),
    )  # fmt: skip
    assert found == {
        pair(
            ("Dayeuh Post", "seven distribution points"), ("Kabar Dayeuh", "enam titik")
        ),
        pair(
            ("Dayeuh Post", "seven distribution points"),
            ("Valley Courier", "Six food distribution points"),
        ),
        pair(
            ("Kabar Dayeuh", "empat titik"),
            ("Valley Courier", "five water distribution points"),
        ),
    }


def test_a_ships_crew_told_as_anak_buah_kapal_is_the_crew():
    found = _pairs(
        ("Harian Nusa", "2026-09-05", "KM Cahaya Timur terbalik di perairan Pulau Rinca "
         "pada Sabtu (5/9). Kapal membawa 64 orang, termasuk tujuh anak buah kapal."),
        ("Rinca Times", "2026-09-05", "The KM Cahaya Timur capsized off Rinca island on "
         "Saturday with 57 passengers and eight crew members on board."),
        ("Suara Rinca", "2026-09-05", "KM Cahaya Timur terbalik di Pulau Rinca, Sabtu "
         "(5/9), dengan 57 penumpang dan tujuh ABK."),
    )  # fmt: skip
    # 57 passengers and seven crew make 64: only the crew disagree.
    assert found == {
        pair(("Harian Nusa", "tujuh anak"), ("Rinca Times", "eight crew members")),
        pair(("Suara Rinca", "tujuh ABK"), ("Rinca Times", "eight crew members")),
    }
