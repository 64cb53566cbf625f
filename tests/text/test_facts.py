from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from annotations.text import lexicon
from annotations.text.concepts import concepts_of
from annotations.text.counted_things import counted_noun
from annotations.text.days import day_of
from annotations.text.facts import group_facts
from annotations.text.families import unit_family
from annotations.text.features import features
from annotations.text.fingerprints import sketch
from annotations.text.joins import join_durations
from annotations.text.names import names_in
from annotations.text.sentences import ClaimInfo, sentence_around
from annotations.text.sources import ArticleInfo, source_groups
from tests.text.test_lexicon import write_dictd, write_mythes


def claim(id, article, sentence, exact, value, unit, **kw) -> ClaimInfo:
    return ClaimInfo(
        id, article, Decimal(str(value)), unit, exact=exact, sentence=sentence, **kw
    )


QIN_KJ = "Dia mengadakan pembicaraan bilateral dengan Qin Gang selama sekitar enam jam."
QIN_DT = (
    "Pertemuan dan pembicaraan Blinken dan Qin, yang berlangsung selama 7,5 jam "
    "pada Minggu (18/6), berakhir dengan kesepakatan."
)
WANG_DT = (
    "Pada Senin (19/6) waktu setempat, Blinken bertemu dengan Wang Yi, dan "
    "melakukan pembicaraan selama tiga jam di wisma negara."
)
QIN_EN = "Blinken and Qin Gang held talks for five and a half hours on Sunday."


def test_the_talks_with_qin_are_one_fact_and_wang_yis_another():
    june_19 = date(2023, 6, 19)
    claims = [
        claim(
            1, "kj", QIN_KJ, "sekitar enam jam", 6, "hour", approximate=True,
            published=june_19, before="Blinken, Minggu (18/6), mengundang Qin.",
        ),
        claim(2, "dt", QIN_DT, "7,5 jam", 7.5, "hour", published=june_19),
        claim(3, "dt", WANG_DT, "tiga jam", 3, "hour", published=june_19),
        claim(4, "en", QIN_EN, "five and a half hours", 5.5, "hour", published=june_19),
    ]  # fmt: skip
    (fact,) = group_facts(claims)
    assert fact.members == (1, 2, 4)
    assert fact.family == "time"
    assert "Qin" in fact.label


def test_a_day_named_earlier_in_the_article_is_a_guess_two_guesses_never_part():
    before_a = "Kapal tenggelam pada Sabtu (20/7) malam."
    before_b = "Hingga Minggu (21/7), pencarian berlanjut."
    claims = [
        claim(1, "a", "Sebanyak 15 orang masih hilang.", "15 orang", 15, "person", before=before_a),
        claim(2, "b", "Sebanyak 22 orang masih hilang.", "22 orang", 22, "person", before=before_b),
    ]  # fmt: skip
    assert [f.members for f in group_facts(claims)] == [(1, 2)]
    # A day the sentence itself names does part them from a guessed one.
    named = "Hingga Minggu (21/7), sebanyak 22 orang masih hilang."
    claims[1] = claim(2, "b", named, "22 orang", 22, "person")
    assert group_facts(claims) == []


def test_a_later_day_of_the_search_is_not_the_first():
    first = "Tim SAR menurunkan 150 personel untuk mencari korban."
    second = "Sebanyak 180 personel dikerahkan pada hari kedua pencarian."
    claims = [
        claim(1, "a", first, "150 personel", 150, "person", before="Senin (4/3)."),
        claim(2, "b", second, "180 personel", 180, "person", before="Senin (4/3)."),
    ]
    assert group_facts(claims) == []


def test_a_different_day_is_a_different_fact():
    monday = "Pada Senin (19/6), kedua menteri melakukan pembicaraan selama tiga jam."
    sunday = "Pada Minggu (18/6), kedua menteri melakukan pembicaraan selama tiga jam."
    claims = [
        claim(1, "a", monday, "tiga jam", 3, "hour"),
        claim(2, "b", sunday, "tiga jam", 3, "hour"),
    ]
    assert group_facts(claims) == []


def test_the_dead_and_the_injured_of_one_sentence_are_two_facts():
    id_text = "Gempa itu menewaskan 12 orang dan melukai 40 orang di Cianjur."
    en_text = "The quake killed 14 people and injured 40 in Cianjur."
    claims = [
        claim(1, "a", id_text, "12 orang", 12, "person"),
        claim(2, "a", id_text, "40 orang", 40, "person"),
        claim(3, "b", en_text, "14 people", 14, "person"),
        claim(4, "b", en_text, "40", 40, "person"),
    ]
    facts = {f.members for f in group_facts(claims)}
    assert facts == {(1, 3), (2, 4)}


def test_minutes_and_hours_compare_but_people_and_hours_never():
    assert unit_family("minute")[0] == unit_family("hour")[0] == "time"
    assert unit_family("minute")[1] * 90 == unit_family("hour")[1] * Decimal("1.5")
    assert unit_family("person")[0] != unit_family("hour")[0]
    assert unit_family("IDR")[0] != unit_family("USD")[0]


def test_a_look_back_period_is_never_grouped():
    period_id = "Kunjungan ini yang tertinggi dalam lima tahun terakhir."
    period_en = "It is the highest-level visit in the past five years."
    for text, exact in ((period_id, "lima tahun"), (period_en, "five years")):
        assert features(claim(1, "a", text, exact, 5, "year")).period
    claims = [
        claim(1, "a", period_id, "lima tahun", 5, "year"),
        claim(2, "b", period_en, "five years", 5, "year"),
    ]
    assert group_facts(claims) == []
    lasting = "Perundingan berlangsung selama dua tahun."
    assert not features(claim(3, "c", lasting, "dua tahun", 2, "year")).period


def test_days_are_read_in_both_languages():
    assert day_of("pada Minggu (18/6) waktu setempat") == (6, 18)
    assert day_of("on 18 June 2023") == (6, 18)
    assert day_of("on June 18, talks") == (6, 18)
    assert day_of("Senin sore", date(2023, 6, 20)) == (6, 19)
    assert day_of("on Sunday") == ("wd", 6)
    assert day_of("selama tiga jam") is None


def test_concepts_hold_across_affixes_and_languages():
    assert concepts_of("ditewaskan") == concepts_of("killed") == {"dead"}
    assert concepts_of("korban luka-luka") == {"injured"}
    assert "talks" in concepts_of("perundingan")


def test_sentence_around_keeps_decimals_inside():
    text = "Satu. Mereka bicara 7.5 jam di sana. Tiga."
    start = text.index("7.5")
    s, e = sentence_around(text, start, start + 7)
    assert text[s:e] == "Mereka bicara 7.5 jam di sana."


def test_one_article_brings_one_value_to_a_fact():
    a1 = "Pembicaraan Sari dan Tan berlangsung selama enam jam."
    a2 = "Pembicaraan Sari dan Tan sebelumnya dijadwalkan selama dua jam."
    b1 = "Sari and Tan held talks for six hours."
    claims = [
        claim(1, "a", a1, "enam jam", 6, "hour"),
        claim(2, "a", a2, "dua jam", 2, "hour"),
        claim(3, "b", b1, "six hours", 6, "hour"),
    ]
    facts = group_facts(claims)
    assert all(not {1, 2} <= set(f.members) for f in facts)


def test_a_wire_copy_and_its_original_are_one_source():
    text = " ".join(f"kata{i}" for i in range(200))
    copy = text.replace("kata5 ", "katalima ")
    other = " ".join(f"lain{i}" for i in range(200))
    groups = source_groups(
        [
            ArticleInfo(1, "Antara", "Antara", sketch(text)),
            ArticleInfo(2, "Koran", "Antara", sketch(copy)),
            ArticleInfo(3, "detik", "", sketch(other)),
            ArticleInfo(4, "Kompas", "", "", near_duplicates=(3,)),
        ]
    )
    assert groups == {1: 1, 2: 1, 3: 3, 4: 3}


def test_a_distance_and_a_depth_in_one_clause_are_two_facts():
    en = "The epicentre was 12 km southwest of the town at a depth of 10 km."
    id_ = (
        "Pusat gempa berada 12 kilometer barat daya kota, pada kedalaman 10 kilometer."
    )
    claims = [
        claim(1, "a", en, "12 km", 12, "km"),
        claim(2, "a", en, "10 km", 10, "km"),
        claim(3, "b", id_, "12 kilometer", 12, "km"),
        claim(4, "b", id_, "10 kilometer", 10, "km"),
    ]
    assert {f.members for f in group_facts(claims)} == {(1, 3), (2, 4)}


def test_a_day_belongs_to_the_nearest_number():
    later = "Korban gempa magnitudo 5,6 bertambah menjadi 27 orang pada Jumat (15/11)."
    first = "Gempa bermagnitudo 5,8 mengguncang kota itu pada Kamis (14/11)."
    claims = [
        claim(1, "a", first, "magnitudo 5,8", 5.8, "magnitude"),
        claim(2, "b", later, "magnitudo 5,6", 5.6, "magnitude"),
    ]
    # Friday is the day of the toll; the two magnitudes are one fact.
    assert [f.members for f in group_facts(claims)] == [(1, 2)]
    assert features(claim(3, "b", later, "27 orang", 27, "person")).day == (11, 15)


def test_a_demonym_and_its_country_are_one_name():
    en = (
        "Japanese and Malaysian firms plan to invest US$3 billion in the "
        "Malaysian port, the minister said."
    )
    id_ = (
        "Perusahaan Malaysia akan menanamkan investasi US$3,5 miliar di pelabuhan itu."
    )
    claims = [
        claim(1, "en", en, "US$3 billion", 3_000_000_000, "USD"),
        claim(2, "id", id_, "US$3,5 miliar", 3_500_000_000, "USD"),
    ]
    (fact,) = group_facts(claims)
    assert fact.members == (1, 2)


def test_a_frame_looking_ahead_is_never_grouped():
    ahead = claim(
        1, "a", "Dana itu akan dicairkan dalam lima tahun ke depan.",
        "lima tahun ke depan", 5, "year",
    )  # fmt: skip
    next_ = claim(
        2, "b", "The money will flow over the next five years.",
        "next five years", 5, "year",
    )  # fmt: skip
    contract = claim(
        3, "c", "Kontrak itu berlaku selama 10 tahun.", "10 tahun", 10, "year"
    )
    assert features(ahead).period and features(next_).period
    assert not features(contract).period
    assert group_facts([ahead, next_, contract]) == []


def test_a_makeshift_area_is_not_the_burned_one():
    burned = claim(
        1, "a", "Api menghanguskan lahan seluas 3 hektare.", "3 hektare", 3, "hectare"
    )
    burned_en = claim(
        2, "b", "The fire left about 30,000 square metres of land burned.",
        "about 30,000 square metres", 30000, "m2", approximate=True,
    )  # fmt: skip
    makeshift = claim(
        3, "c", "Warga mendirikan tenda darurat di lahan seluas 1 hektare.",
        "1 hektare", 1, "hectare",
    )  # fmt: skip
    (fact,) = group_facts([burned, burned_en, makeshift])
    assert fact.members == (1, 2)  # square metres and hectares compare
    assert unit_family("m2")[0] == unit_family("hectare")[0] == "area"


def test_a_part_of_a_count_is_never_the_whole_count():
    crew = claim(
        1, "a", "Polisi mengerahkan lebih dari 200 petugas ke lokasi.",
        "lebih dari 200 petugas", 200, "person", bound="min",
    )  # fmt: skip
    part = claim(
        2, "b", "Six people were hurt, including three officers.",
        "three officers", 3, "person",
    )  # fmt: skip
    part_id = claim(
        3,
        "c",
        "Enam orang terluka, termasuk tiga petugas.",
        "tiga petugas",
        3,
        "person",
    )
    assert features(part).part and not features(crew).part
    (fact,) = group_facts([crew, part, part_id])
    assert fact.members == (2, 3)


def test_what_a_sum_includes_is_no_part_of_a_count():
    # "spend £6m on the arena, including a 2,500-seat stand": the stand is
    # what the money buys, not a part of a count of seats; the part of a
    # count stays one ("Nine were hurt, including two stewards").
    included = claim(
        1, "a", "The club will spend £6m on the arena, including a "
        "2,500-seat stand.", "2,500-seat", 2500, "seat",
    )  # fmt: skip
    plain = claim(
        2, "b", "The club plans a new 3,000-seat stand at the arena.",
        "3,000-seat", 3000, "seat",
    )  # fmt: skip
    hectares = claim(
        3, "c", "The estate covers 40 hectares, including 120 houses.",
        "120 houses", 120, "house",
    )  # fmt: skip
    part = claim(
        4, "d", "Nine were hurt, including two stewards.", "two stewards", 2,
        "person",
    )  # fmt: skip
    assert not features(included).part and not features(hectares).part
    assert features(part).part
    (fact,) = group_facts([included, plain])
    assert fact.members == (1, 2)


def test_who_is_counted_keeps_traders_apart_from_firefighters():
    traders = claim(
        1, "a", "Sekitar 800 pedagang kehilangan kios mereka.",
        "Sekitar 800 pedagang", 800, "person", approximate=True,
    )  # fmt: skip
    traders_en = claim(
        2, "b", "Some 800 traders lost their stalls.", "Some 800 traders", 800,
        "person", approximate=True,
    )  # fmt: skip
    firefighters = claim(
        3, "c", "The city sent 90 firefighters.", "90 firefighters", 90, "person"
    )
    assert "missing" not in features(traders).concepts  # losing is not missing
    (fact,) = group_facts([traders, traders_en, firefighters])
    assert fact.members == (1, 2)


def test_a_year_named_against_none_is_another_year_than_the_articles():
    now = claim(
        1, "a", "Partisipasi pemilih mencapai 70 persen.", "70 persen", 70, "percent",
        published=date(2024, 11, 27),
    )  # fmt: skip
    now_en = claim(
        2, "b", "Turnout was 74 percent.", "74 percent", 74, "percent",
        published=date(2024, 11, 27),
    )  # fmt: skip
    then = claim(
        3, "c", "Pada pilkada 2019, partisipasi pemilih 58 persen.", "58 persen", 58,
        "percent", published=date(2024, 11, 27),
    )  # fmt: skip
    (fact,) = group_facts([now, now_en, then])
    assert fact.members == (1, 2)


def test_the_same_figure_decides_between_two_shares_of_one_kind():
    # Two candidates' shares, worded alike in both articles.
    a_first = claim(1, "a", "Ana meraih 55 persen suara.", "55 persen", 55, "percent")
    a_second = claim(
        2, "a", "Budi memperoleh 45 persen suara.", "45 persen", 45, "percent"
    )
    b_first = claim(
        3, "b", "She won 55 percent of the vote against 45 percent.", "55 percent", 55,
        "percent",
    )  # fmt: skip
    b_second = claim(
        4, "b", "She won 55 percent of the vote against 45 percent.", "45 percent", 45,
        "percent",
    )  # fmt: skip
    facts = {f.members for f in group_facts([a_first, a_second, b_first, b_second])}
    assert facts == {(1, 3), (2, 4)}


def test_quarters_and_the_whole_year_are_different_periods():
    q2 = claim(
        1, "a", "Ekonomi tumbuh 4,9 persen pada kuartal II.", "4,9 persen", 4.9,
        "percent",
    )  # fmt: skip
    q2_en = claim(
        2, "b", "The economy grew 4.7 percent in the April-June quarter.",
        "4.7 percent", 4.7, "percent",
    )  # fmt: skip
    q1 = claim(
        3, "c", "Pada triwulan pertama ekonomi tumbuh 5,2 persen.", "5,2 persen",
        5.2, "percent",
    )  # fmt: skip
    year = claim(
        4, "d", "Growth for the whole year should reach 5 percent.", "5 percent", 5,
        "percent",
    )  # fmt: skip
    (fact,) = group_facts([q2, q2_en, q1, year])
    assert fact.members == (1, 2)


def test_the_year_a_figure_is_compared_with_is_not_its_year():
    now = claim(
        1, "a", "Ekspor naik 8 persen dibanding periode yang sama tahun lalu.",
        "8 persen", 8, "percent", published=date(2024, 8, 5),
    )  # fmt: skip
    now_en = claim(
        2, "b", "Exports rose 9 percent from a year earlier.", "9 percent", 9,
        "percent", published=date(2024, 8, 5),
    )  # fmt: skip
    (fact,) = group_facts([now, now_en])
    assert fact.members == (1, 2)


def test_people_trapped_are_neither_the_dead_nor_everyone_there():
    trapped = (
        "Runtuhan itu menewaskan 9 pekerja, sementara 14 penambang masih terjebak."
    )
    there = "Saat kejadian, 40 pekerja berada di dalam terowongan."
    trapped_en = "Fourteen miners remain trapped 120 metres below ground."
    assert features(claim(1, "a", trapped, "14 penambang", 14, "person")).concepts == {
        "trapped"
    }
    assert "trapped" in concepts_of("buried under the rubble")
    claims = [
        claim(1, "a", trapped, "14 penambang", 14, "person"),
        claim(2, "b", there, "40 pekerja", 40, "person"),
        claim(3, "c", trapped_en, "Fourteen miners", 14, "person"),
    ]
    assert [f.members for f in group_facts(claims)] == [(1, 3)]
    # The depth where they are trapped is still a depth.
    depth = features(claim(4, "c", trapped_en, "120 metres", 120, "m"))
    assert "depth" in depth.concepts


def test_how_long_the_search_lasted_is_not_how_long_lifting_a_victim_took():
    search = "Pencarian pada hari pertama berlangsung hampir enam jam."
    lift = "Tim penyelamat membutuhkan 90 menit untuk mengangkat korban pertama."
    search_en = (
        "Rescuers searched for about four hours before rain forced them to stop."
    )
    lift_en = "It took them 1.5 hours to bring the first victim to the surface."
    # Who did the work says nothing of what a duration measures.
    assert features(claim(2, "a", lift, "90 menit", 90, "minute")).concepts == set()
    assert features(
        claim(3, "b", search_en, "about four hours", 4, "hour")
    ).concepts == {"search"}
    claims = [
        claim(1, "a", search, "hampir enam jam", 6, "hour", approximate=True, bound="max"),
        claim(2, "a", lift, "90 menit", 90, "minute"),
        claim(3, "b", search_en, "about four hours", 4, "hour", approximate=True),
        claim(4, "b", lift_en, "1.5 hours", 1.5, "hour"),
    ]  # fmt: skip
    assert sorted(f.members for f in group_facts(claims)) == [(1, 3), (2, 4)]


def test_evacuating_the_victims_is_no_count_of_the_displaced():
    assert concepts_of("Evakuasi korban pertama memakan waktu") == {"recovery"}
    found = concepts_of("evacuating the bodies took")  # the bodies are the dead too
    assert "recovery" in found and "displaced" not in found
    assert concepts_of("2.000 warga dievakuasi ke tenda") == {"displaced"}


def test_a_deficit_or_an_allocation_is_not_the_budget_named_beside_it():
    assert concepts_of("Anggaran tahun depan mencatat defisit") == {"deficit"}
    assert concepts_of("20 persen anggaran dialokasikan untuk pendidikan") == {
        "allocation"
    }
    assert concepts_of("Education takes a 25 percent share of spending") == {
        "allocation"
    }
    total = "DPRD mengesahkan APBD 2025 sebesar Rp 1,2 triliun."
    deficit = "The budget carries a deficit of 60 billion rupiah."
    claims = [
        claim(1, "a", total, "Rp 1,2 triliun", 1.2e12, "IDR"),
        claim(2, "b", deficit, "60 billion rupiah", 6e10, "IDR"),
    ]
    assert group_facts(claims) == []


def test_the_figure_a_change_started_from_is_not_the_figure_it_reached():
    old = "Anggaran itu naik 8 persen dibanding APBD 2024 yang sebesar Rp 1,11 triliun."
    new = "The budget carries a total of 1.35 trillion rupiah."
    assert features(claim(1, "a", old, "Rp 1,11 triliun", 1.11e12, "IDR")).baseline
    assert not features(claim(1, "a", old, "8 persen", 8, "percent")).baseline
    reached = "Anggaran naik 12 persen dibanding tahun lalu menjadi Rp 1,2 triliun."
    assert not features(
        claim(2, "b", reached, "Rp 1,2 triliun", 1.2e12, "IDR")
    ).baseline
    up_from = "Exports rose from 40 billion rupiah to 60 billion rupiah."
    assert features(claim(3, "c", up_from, "40 billion rupiah", 4e10, "IDR")).baseline
    claims = [
        claim(1, "a", old, "Rp 1,11 triliun", 1.11e12, "IDR"),
        claim(2, "b", new, "1.35 trillion rupiah", 1.35e12, "IDR"),
    ]
    assert group_facts(claims) == []


def test_a_year_still_to_come_does_not_rule_out_a_sentence_naming_none():
    today = date(2024, 11, 27)
    named = "Pemerintah kota merencanakan 250 proyek fisik sepanjang tahun depan."
    plain = "Pemerintah kota merencanakan sekitar 200 proyek fisik."
    claims = [
        claim(1, "a", named, "250 proyek", 250, "proyek", published=today),
        claim(2, "b", plain, "sekitar 200 proyek", 200, "proyek", published=today),
    ]
    assert [f.members for f in group_facts(claims)] == [(1, 2)]
    # A year gone by does: last year's rise is not this year's demand.
    past = "Tahun lalu, tarif angkot di Baruna naik 10 persen."
    now = "Ribuan sopir mogok untuk menuntut kenaikan tarif 15 persen."
    claims = [
        claim(1, "a", past, "10 persen", 10, "percent", published=today),
        claim(2, "b", now, "15 persen", 15, "percent", published=today),
    ]
    assert group_facts(claims) == []


def test_a_sentence_naming_no_year_speaks_of_the_year_its_article_named():
    today = date(2024, 1, 20)
    named = "Sepanjang 2023, ekspor kopi Lampung mencapai 120.000 ton."
    plain = "Ekspor kopi provinsi itu mencapai 135.000 ton."
    earlier = "Dinas Perdagangan merilis data ekspor 2023 pada Jumat."
    claims = [
        claim(1, "a", named, "120.000 ton", 120000, "ton", published=today),
        claim(2, "b", plain, "135.000 ton", 135000, "ton", published=today),
    ]
    assert group_facts(claims) == []  # 2023 named, none named: this year's
    claims[1] = claim(
        2, "b", plain, "135.000 ton", 135000, "ton", published=today, before=earlier
    )
    assert [f.members for f in group_facts(claims)] == [(1, 2)]


def test_the_parts_of_one_duration_are_one_figure():
    sentence = "Pencarian hari pertama berlangsung 5 jam 50 menit, lalu dihentikan."
    at = sentence.index("5 jam")
    parts = [
        claim(1, "a", sentence, "5 jam", 5, "hour", offset=at),
        claim(2, "a", sentence, "50 menit", 50, "minute", offset=at + 6),
    ]
    (whole,) = join_durations(parts)
    assert (whole.id, whole.value, whole.unit) == (1, Decimal(350), "minute")
    assert whole.exact == "5 jam 50 menit"
    en = "The rain lasted two hours and 15 minutes."
    at = en.index("two")
    (whole,) = join_durations(
        [
            claim(1, "a", en, "two hours", 2, "hour", offset=at),
            claim(2, "a", en, "15 minutes", 15, "minute", offset=en.index("15")),
        ]
    )
    assert whole.value == Decimal(135)
    # Two durations of two things stay two: "3 jam, lalu 40 menit kemudian".
    apart = "Rapat berlangsung 3 jam, lalu 40 menit kemudian dilanjutkan."
    kept = [
        claim(1, "a", apart, "3 jam", 3, "hour", offset=apart.index("3 jam")),
        claim(2, "a", apart, "40 menit", 40, "minute", offset=apart.index("40")),
    ]
    assert join_durations(kept) == kept


def test_things_counted_are_named_alike_in_both_languages():
    # The finder may keep one word of a compound, or an English plural.
    assert counted_noun("panas", " titik panas terpantau") == "hotspot"
    assert counted_noun("hotspots") == "hotspot"
    assert counted_noun("mobil", " unit mobil pemadam dikerahkan") == "fire engine"
    assert counted_noun("engines", " fire engines were sent") == "fire engine"
    assert counted_noun("mobil", " mobil rusak") == "car"
    assert counted_noun("nota", " nota kesepahaman") == counted_noun(
        "memoranda", " memoranda of understanding"
    )
    id_ = "Satelit memantau 1.240 titik panas di Riau pada Rabu."
    en = "Satellites detected 1,420 hotspots in Riau on Wednesday."
    claims = [
        claim(1, "a", id_, "1.240 titik panas", 1240, "panas"),
        claim(2, "b", en, "1,420 hotspots", 1420, "hotspots"),
    ]
    assert [f.members for f in group_facts(claims)] == [(1, 2)]


def test_counted_nouns_the_dictionaries_translate_are_one_family(tmp_path):
    saved = lexicon.paths()
    entries = [
        ("warehouse", "warehouse //ˈwɛəhaʊs// <n>\ngudang\na storage building\n")
    ]
    lexicon.configure(
        dictd=write_dictd(tmp_path, entries), thesaurus=write_mythes(tmp_path)
    )
    try:
        id_ = "Banjir merendam 40 gudang di pelabuhan."
        en = "The flood swamped 52 warehouses at the port."
        claims = [
            claim(1, "a", id_, "40 gudang", 40, "gudang"),
            claim(2, "b", en, "52 warehouses", 52, "warehouses"),
        ]
        assert [f.members for f in group_facts(claims)] == [(1, 2)]
        lexicon.configure(dictd="", thesaurus="")  # without them: two families
        assert group_facts(claims) == []
    finally:
        lexicon.configure(**saved)


def test_a_verb_the_finder_took_for_a_unit_counts_the_people_it_befell():
    id_ = "Sebanyak 22 penumpang masih hilang."
    en = "Ninety-eight people were rescued, while 15 remained missing."
    claims = [
        claim(1, "a", id_, "22 penumpang", 22, "person"),
        claim(2, "b", en, "15 remained", 15, "remained"),
    ]
    assert features(claims[1]).family == "person"
    assert [f.members for f in group_facts(claims)] == [(1, 2)]


def test_a_count_of_children_is_not_the_count_of_everybody():
    everybody = "Wabah campak menewaskan 12 orang di Kabupaten Sikka."
    children = "Tujuh anak dilaporkan meninggal akibat campak."
    children_en = "Seven children have died of measles."
    eight = "Sebanyak delapan anak meninggal dunia karena campak."
    claims = [
        claim(1, "a", everybody, "12 orang", 12, "person"),
        claim(2, "b", children, "Tujuh anak", 7, "person"),
        claim(3, "c", children_en, "Seven children", 7, "person"),
        claim(4, "d", eight, "delapan anak", 8, "person"),
    ]
    assert [f.members for f in group_facts(claims)] == [(2, 3, 4)]
    # A crew is not children, whatever its Indonesian name says: it is the crew.
    crew = "Sebanyak 12 anak buah kapal masih hilang."
    assert (
        features(claim(5, "e", crew, "12 anak buah kapal", 12, "person")).subgroup
        == "crew"
    )


def test_police_and_soldiers_deployed_are_personnel_not_the_crowd():
    crowd = "Polisi memperkirakan sekitar 5.000 orang mengikuti aksi itu."
    deployed = "About 1,500 police and soldiers guarded the rally."
    deployed_id = "Aparat gabungan menurunkan 1.500 personel untuk pengamanan."
    assert (
        "rescuers"
        in features(
            claim(2, "b", deployed, "About 1,500 police", 1500, "person")
        ).concepts
    )
    claims = [
        claim(1, "a", crowd, "sekitar 5.000 orang", 5000, "person", approximate=True),
        claim(2, "b", deployed, "About 1,500 police", 1500, "person", approximate=True),
        claim(3, "c", deployed_id, "1.500 personel", 1500, "person"),
    ]
    assert [f.members for f in group_facts(claims)] == [(2, 3)]


def test_figures_far_apart_are_two_facts_not_one_disagreement():
    police = "Polisi memperkirakan 5.000 orang mengikuti unjuk rasa itu."
    organisers = "Panitia menyebut 20.000 orang mengikuti unjuk rasa itu."
    near = "Sekitar 3.000 orang mengikuti unjuk rasa itu."
    claims = [
        claim(1, "a", police, "5.000 orang", 5000, "person"),
        claim(2, "b", organisers, "20.000 orang", 20000, "person"),
        claim(3, "c", near, "Sekitar 3.000 orang", 3000, "person", approximate=True),
    ]
    assert [f.members for f in group_facts(claims)] == [(1, 3)]
    # Twice as long is still a disagreement about one hearing.
    two = claim(4, "a", "Sidang berlangsung dua jam.", "dua jam", 2, "hour")
    four = claim(
        5, "b", "Sidang berlangsung sekitar empat jam.", "empat jam", 4, "hour"
    )
    assert [f.members for f in group_facts([two, four])] == [(4, 5)]


def test_people_taken_to_hospital_are_not_a_count_of_houses():
    taken = "Sebanyak 14 korban dibawa ke rumah sakit daerah."
    assert (
        "buildings"
        not in features(claim(1, "a", taken, "14 korban", 14, "person")).concepts
    )
    # Hospitals damaged are buildings.
    damaged = "Gempa merusak 3 rumah sakit dan 120 rumah warga."
    assert (
        "buildings"
        in features(claim(2, "a", damaged, "3 rumah sakit", 3, "hospital")).concepts
    )


def test_an_english_compound_counts_what_its_last_noun_names():
    # The finder may keep the first noun: "About 5,000 minibus drivers" -> "minibus".
    en = "About 5,000 minibus drivers walked off the job on Monday."
    id_ = "Sebanyak 2.800 sopir angkot mogok pada Senin."
    drivers = claim(
        1, "a", en, "About 5,000 minibus", 5000, "minibus", approximate=True
    )
    assert features(drivers).family == "person"
    claims = [drivers, claim(2, "b", id_, "2.800 sopir", 2800, "person")]
    assert [f.members for f in group_facts(claims)] == [(1, 2)]
    # A compound of things stays a count of things.
    stops = "The city has 120 bus stops."
    assert features(claim(3, "c", stops, "120 bus", 120, "bus")).family != "person"


# ---- Revisions: a figure an article says was revised is its own day's ----------

QUAKE_DAY1 = "Gempa bermagnitudo 6,1 mengguncang Kabupaten Tirtamaya pada Rabu (9/4)."
QUAKE_DAY1_EN = "A magnitude 6.1 quake struck Tirtamaya on Wednesday, officials said."
QUAKE_DAY2 = "Jumlah korban gempa magnitudo 5,9 di Tirtamaya kini 40 orang."
QUAKE_DAY2_AFTER = " Badan geofisika merevisi kekuatan gempa dari 6,1 menjadi 5,9."


def test_a_magnitude_revised_later_in_the_article_is_not_the_first_days_figure():
    day1, day2 = date(2025, 4, 9), date(2025, 4, 10)
    claims = [
        claim(1, "a", QUAKE_DAY1, "magnitudo 6,1", 6.1, "magnitude", published=day1),
        claim(2, "b", QUAKE_DAY2, "magnitudo 5,9", 5.9, "magnitude", published=day2,
              after=QUAKE_DAY2_AFTER),
        claim(3, "c", QUAKE_DAY1_EN, "magnitude 6.1", 6.1, "magnitude", published=day1),
    ]  # fmt: skip
    assert [f.members for f in group_facts(claims)] == [(1, 3)]
    # Without the revision the later article's 5,9 is one more opinion.
    claims[1] = replace(claims[1], after=" Warga masih mengungsi.")
    assert [f.members for f in group_facts(claims)] == [(1, 2, 3)]


def test_an_estimate_said_to_exceed_the_first_one_is_the_later_days_figure():
    day1, day2 = date(2025, 4, 9), date(2025, 4, 10)
    first = "Bupati memperkirakan kerugian mencapai Rp 3 miliar."
    revised = (
        "Bupati menaksir kerugian mencapai Rp 5 miliar, jauh di atas perkiraan awal."
    )
    plain = "Bupati menaksir kerugian mencapai Rp 5 miliar."
    before = "Banjir melanda Desa Wanasari pada Rabu (9/4)."
    claims = [
        claim(1, "a", first, "Rp 3 miliar", 3e9, "IDR", published=day1, before=before),
        claim(2, "b", revised, "Rp 5 miliar", 5e9, "IDR", published=day2, before=before),
    ]  # fmt: skip
    assert group_facts(claims) == []
    claims[1] = replace(claims[1], sentence=plain)
    assert [f.members for f in group_facts(claims)] == [(1, 2)]


def test_throughout_a_month_is_no_length():
    assert "distance" not in concepts_of("1.500 kasus sepanjang Januari 2025")
    assert "distance" not in concepts_of("hujan turun sepanjang malam")
    assert "distance" in concepts_of("jalan sepanjang 5 kilometer")


def test_who_records_a_figure_is_not_whom_it_is_about():
    sentence = "Dinas Sosial Kota Baruga mencatat 340 pengungsi di dua lokasi."
    c = claim(1, "a", sentence, "340 pengungsi", 340, "person")
    assert features(c).local == ()
    said = "Lurah Tamansari, Rudi Hartono, mengatakan 340 warga mengungsi."
    c = claim(2, "a", said, "340 warga", 340, "person")
    assert frozenset({"rudi", "hartono"}) not in features(c).local
    # The figure's own subject stays: "Yuliana meraih 52,3 persen".
    c = claim(3, "a", "Dalam hitung cepat Yuliana Siregar meraih 52,3 persen suara.",
              "52,3 persen", 52.3, "percent")  # fmt: skip
    assert frozenset({"yuliana", "siregar"}) in features(c).local


def test_a_capital_before_an_acronym_opens_the_sentence_it_names_nobody():
    c = claim(
        1, "a", "Kasus DBD di Baruga mencapai 210 kasus.", "210 kasus", 210, "kasus"
    )
    assert frozenset({"kasus"}) not in features(c).entities


def test_the_old_figure_of_last_year_is_last_years_figure():
    published = date(2025, 2, 3)
    rose = (
        "Kasus DBD pada Januari mencapai 1.500 kasus, naik dari 900 kasus tahun lalu."
    )
    old = claim(1, "a", rose, "900 kasus", 900, "kasus", published=published)
    then = claim(2, "b", "Pada Januari 2024 tercatat 950 kasus.", "950 kasus", 950,
                 "kasus", published=published)  # fmt: skip
    assert features(old).years == frozenset({"2024"}) and features(old).baseline
    assert [f.members for f in group_facts([old, then])] == [(1, 2)]
    # This year's figure is not the old one.
    now = claim(3, "b", "Pada Januari 2025 tercatat 950 kasus.", "950 kasus", 950,
                "kasus", published=published)  # fmt: skip
    assert group_facts([old, now]) == []


def test_the_whole_a_part_is_taken_from_is_not_what_the_part_counts():
    sentence = "Five of the train's 8 carriages left the tracks on Thursday."
    whole = claim(1, "b", sentence, "8 carriages", 8, "carriages")
    part = claim(2, "b", sentence, "Five", 5, "carriages")
    other = claim(3, "a", "Saat itu tiga gerbong keluar dari rel.", "tiga gerbong", 3,
                  "gerbong")  # fmt: skip
    assert features(whole).whole and not features(part).whole
    assert [f.members for f in group_facts([whole, part, other])] == [(2, 3)]


def test_a_plural_in_s_is_not_read_as_one_in_ies():
    # "wards" is no "way": only "-ies" turns back into "-y".
    assert counted_noun("wards") != "way"


def test_an_adjective_after_a_measure_belongs_to_it():
    sentence = "Floodwaters up to 1.2 metres deep swept through 16 urban wards."
    c = claim(1, "a", sentence, "16 urban wards", 16, "wards")
    assert "depth" not in features(c).concepts


def test_a_weekday_beside_the_nth_day_says_which_day():
    wednesday = date(2026, 4, 8)
    assert day_of("stayed off the job for a third day on Wednesday", wednesday) == (
        4,
        8,
    )
    assert day_of("pada hari kedua pencarian") == ("nth", 2)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # A currency sign or an acronym after a sentence's first word makes
        # it no name; an Indonesian "ke-...-an" noun is no demonym.
        ("Kerugian US$ 2 juta akibat kebakaran itu.", []),
        ("Jumlah ODGJ di panti itu 20 orang.", [["odgj"]]),
        ("Belanja pendidikan mendapat Rp 7,1 triliun.", []),
        ("Australian miners plan 20 new pits.", [["australia"]]),
    ],
)
def test_what_opens_a_sentence_is_a_name_only_when_it_reads_as_one(sentence, names):
    assert [sorted(e) for e in names_in(sentence)] == names


def test_a_fact_is_named_by_the_measured_phrase_its_members_share():
    day = date(2024, 5, 7)
    talks = [
        ("a", "Setelah perundingan yang berlangsung sekitar enam jam.", "sekitar enam jam", 6, "perundingan"),
        ("b", "Perundingan perikanan Selat Biru berlangsung 7,5 jam.", "7,5 jam", 7.5, "Perundingan perikanan Selat Biru"),
        ("c", "After talks that lasted about six hours.", "about six hours", 6, "talks"),
        ("d", "Setelah perundingan yang berlangsung sekitar enam jam.", "sekitar enam jam", 6, "perundingan"),
    ]  # fmt: skip
    claims = [
        replace(
            claim(k, source, sentence, exact, value, "hour", published=day),
            measured=measured,
        )
        for k, (source, sentence, exact, value, measured) in enumerate(talks, 1)
    ]
    (fact,) = group_facts(claims)
    assert fact.label == "Perundingan perikanan Selat Biru"
