"""Fictional stories probing shapes the retired holdouts showed the rules had not met.

Each names the general cause it probes (the day a sentence inherits, a
dateline's date, a difference between two figures, a giver inside the
subject, a running total, a duration of a term, a change against a month
earlier, a limit). Written for the project; run as the app runs them, with
every claim the finder suggests (see test_facts_stories).
"""

from __future__ import annotations

from decimal import Decimal

from annotations.text.contradictions import CORROBORATES, propose
from annotations.text.facts import group_facts
from annotations.text.families import unit_family
from annotations.text.features import features
from annotations.text.sentences import claim_info
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


def test_sea_miles_are_a_distance_in_kilometres():
    at_sea = "Api muncul ketika kapal berada sekitar 5 mil laut dari pelabuhan."
    ashore = "Kebakaran terjadi sekitar 11 kilometer dari pelabuhan."
    claims = [
        claim_info(at_sea, at_sea.index("sekitar"), at_sea.index(" dari"), id=1,
                   article="a", value=Decimal(5), unit="nautical mile", approximate=True),
        claim_info(ashore, ashore.index("sekitar"), ashore.index(" dari"), id=2,
                   article="b", value=Decimal(11), unit="km", approximate=True),
    ]  # fmt: skip
    # Five sea miles are some 9 km, which about 11 km may be; five land
    # miles (8 km) are not.
    assert unit_family("mil laut") == ("length", Decimal(1852))
    facts = group_facts(claims)
    assert [f.members for f in facts] == [(1, 2)]
    assert [p.relation for p in propose(facts, claims)] == [CORROBORATES]


def test_how_much_lighter_a_verdict_is_than_the_demand_is_neither():
    found = _pairs(
        ("Kabar Hukum", "2026-09-18", "Hakim menjatuhkan vonis delapan tahun penjara, "
         "lebih ringan dari tuntutan jaksa yang menuntut 12 tahun penjara."),
        ("Warta Sidang", "2026-09-18", "Majelis hakim memvonis terdakwa delapan tahun "
         "penjara. Vonis itu enam tahun lebih ringan dari tuntutan jaksa, yakni 14 "
         "tahun penjara."),
    )  # fmt: skip
    assert found == {pair(("Kabar Hukum", "12 tahun"), ("Warta Sidang", "14 tahun"))}


def test_a_giver_told_inside_the_subject_is_not_what_befell_the_crowd():
    found = _pairs(
        ("Metro Daily", "2026-08-11", "About 3,000 people, according to a police "
         "estimate, marched to the regent's office in Sungai Rawa on Monday."),
        ("Kabar Lima", "2026-08-11", "Polisi memperkirakan sekitar 2.000 orang ikut "
         "dalam aksi di Sungai Rawa pada Senin (10/8)."),
    )  # fmt: skip
    assert found == {
        pair(
            ("Metro Daily", "About 3,000 people"), ("Kabar Lima", "sekitar 2.000 orang")
        )
    }


def test_a_running_total_so_far_is_as_of_its_own_article():
    found = _pairs(
        ("Warta Industri", "2026-09-15", "Gudang pabrik di Wanasari terbakar pada Selasa "
         "(15/9). Polisi telah memeriksa lima saksi, termasuk kepala gudang."),
        ("Kabar Wanasari", "2026-09-16", "Gudang pabrik di Wanasari terbakar pada Selasa "
         "(15/9). Polisi sejauh ini telah memeriksa 12 saksi."),
    )  # fmt: skip
    # Tuesday's five and the next day's twelve are two days of one count.
    assert found == set()


def test_a_contracts_length_before_setelah_is_no_time_since():
    found = _pairs(
        ("Kabar Bola", "2026-07-07", "Pemain berusia 20 tahun itu akan diikat kontrak "
         "tiga tahun setelah menjalani tes medis pekan depan."),
        ("Goal Times", "2026-07-07", "The winger signed a four-year deal with the club."),
    )  # fmt: skip
    assert found == {pair(("Kabar Bola", "tiga tahun"), ("Goal Times", "four-year"))}
    # An editor's claim may hold the term's own word ("kontrak tiga tahun").
    text = "Pemain itu akan diikat kontrak tiga tahun setelah menjalani tes medis."
    term = claim_info(text, text.index("kontrak"), text.index(" setelah"), id=1,
                      article="a", value=Decimal(3), unit="year")  # fmt: skip
    assert not features(term).elapsed


def test_a_change_from_a_month_earlier_is_a_change_over_a_month():
    found = _pairs(
        ("City Ledger", "2026-10-08", "The power company said peak load in the city "
         "rose 15 percent from a month earlier."),
        ("Kabar Kota", "2026-10-08", "Perusahaan listrik menyebut beban puncak listrik "
         "di kota itu naik 12 persen."),
    )  # fmt: skip
    assert found == {pair(("City Ledger", "15 percent"), ("Kabar Kota", "12 persen"))}


def test_a_limit_is_no_speed_anything_went_at():
    found = _pairs(
        ("Kabar Rel", "2026-10-03", "Menurut operator, kereta melaju sekitar 90 km/jam "
         "ketika anjlok."),
        ("Rail Times", "2026-10-03", "The train was going well above the 60 km/h limit "
         "in force on that stretch, the operator said."),
    )  # fmt: skip
    assert found == set()
    # A multiple of a limit is a ratio to it, no limit itself.
    text = "Samples showed nitrate at four times the limit for drinking water."
    ratio = claim_info(text, text.index("four"), text.index(" the"), id=1,
                       article="a", value=Decimal(4), unit="fold")  # fmt: skip
    assert not features(ratio).limit


def test_people_treated_in_hospital_are_the_hurt():
    found = _pairs(
        ("Kabar Teluk", "2026-07-20", "Kapal feri KM Bahari terbakar di Teluk Merapi "
         "pada Minggu (19/7). Tiga penumpang meninggal dan 27 orang dirawat di rumah "
         "sakit."),
        ("Warta Pesisir", "2026-07-20", "Kapal feri KM Bahari terbakar di Teluk Merapi "
         "pada Minggu (19/7). Sebanyak 22 korban luka dilarikan ke RSUD Merapi."),
    )  # fmt: skip
    assert found == {pair(("Kabar Teluk", "27 orang"), ("Warta Pesisir", "22 korban"))}


def test_people_treated_for_a_harm_or_poisoned_are_the_hurt_too():
    found = _pairs(
        ("Kabar Kota", "2026-12-03", "Sebanyak 40 warga keracunan gas klorin yang bocor "
         "dari pabrik es di Tanjung Sari, Rabu (2/12) malam."),
        ("City Ledger", "2026-12-03", "Thirty-two residents of Tanjung Sari were hurt "
         "by a chlorine leak on Wednesday night."),
        ("Sari Times", "2026-12-03", "Thirty-five people were treated for breathing "
         "problems after a chlorine leak in Tanjung Sari on Wednesday night."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Kota", "40 warga"), ("City Ledger", "Thirty-two residents")),
        pair(("Kabar Kota", "40 warga"), ("Sari Times", "Thirty-five people")),
        pair(
            ("City Ledger", "Thirty-two residents"),
            ("Sari Times", "Thirty-five people"),
        ),
    }


def test_the_one_whose_death_raised_a_toll_is_no_toll():
    found = _pairs(
        ("Rail Times", "2026-10-03", "Two passengers were killed and at least 31 hurt "
         "when five carriages of the Senja Utama express left the tracks near "
         "Cibarengkok on Friday morning, the operator said."),
        ("Kabar Rel", "2026-10-04", "Korban tewas anjloknya KA Senja Utama bertambah "
         "menjadi tiga orang setelah seorang penumpang yang dirawat di rumah sakit "
         "meninggal Sabtu (4/10) dini hari."),
    )  # fmt: skip
    # Friday's two and Saturday's three are two days; the one who died on
    # Saturday is what was added, never a toll.
    assert found == set()


def test_a_month_named_as_last_is_a_time_gone_by():
    found = _pairs(
        ("Factory Times", "2026-09-17", "A fire at a paint factory in the same estate "
         "killed three workers last October."),
        ("Kabar Pabrik", "2026-09-17", "Dua pekerja yang dirawat dengan luka bakar berat "
         "meninggal di rumah sakit pagi tadi."),
    )  # fmt: skip
    assert found == set()


def test_an_article_may_tell_one_count_vaguely_and_exactly():
    found = _pairs(
        ("Kabar Rejo", "2026-08-11", "SUNGAI RAWA - Ribuan warga berunjuk rasa di depan "
         "kantor Bupati Sungai Rawa, Senin (10/8), menolak kenaikan pajak. Polisi memperkirakan sekitar 2.000 orang ikut dalam aksi "
         "itu."),
        ("Rejo Times", "2026-08-11", "SUNGAI RAWA - About 2,000 people, according to a "
         "police estimate, rallied outside the regent's office in Sungai Rawa on "
         "Monday."),
        ("Warta Rejo", "2026-08-11", "Kapolres Sungai Rawa, AKBP Rudi Santosa, menyebut "
         "massa aksi pada Senin (10/8) sekitar 1.500 orang."),
    )  # fmt: skip
    # "Ribuan" holds both figures; the police's 2,000 and 1,500 do not meet.
    assert found == {
        pair(
            ("Kabar Rejo", "sekitar 2.000 orang"), ("Warta Rejo", "sekitar 1.500 orang")
        ),
        pair(
            ("Rejo Times", "About 2,000 people"), ("Warta Rejo", "sekitar 1.500 orang")
        ),
    }


def test_a_flood_told_by_three_outlets_over_two_days():
    # "since Sunday (8/2)" is a state as of the article's day; the drowned are
    # the dead; "evacuation centres" are what "titik pengungsian" counts;
    # people forced into them are the displaced; Wednesday's figures are
    # another day's.
    found = _pairs(
        ("Kabar Sari", "2026-02-10", "BANJARSARI - Banjir merendam 12 desa di Kabupaten "
         "Banjarsari sejak Minggu (8/2). Hingga Selasa (10/2), BPBD mencatat 3.200 "
         "warga mengungsi ke 14 titik pengungsian. Dua warga meninggal terseret arus, "
         "dan satu orang masih dicari. Ketinggian air mencapai 1,5 meter."),
        ("Sari Post", "2026-02-10", "Floods have swamped 15 villages in Banjarsari since "
         "Sunday, forcing about 3,000 people into 12 evacuation centres, the disaster "
         "agency said on Tuesday. Three people drowned and one is missing. Water rose "
         "as high as 1.2 metres."),
        ("Warta Banjir", "2026-02-11", "Jumlah pengungsi banjir Banjarsari bertambah "
         "menjadi 4.100 jiwa pada Rabu (11/2). Sebanyak 14 desa kini terendam."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Sari", "12 desa"), ("Sari Post", "15 villages")),
        pair(("Kabar Sari", "14 titik"), ("Sari Post", "12 evacuation centres")),
        pair(("Kabar Sari", "Dua warga"), ("Sari Post", "Three people")),
        pair(("Kabar Sari", "1,5 meter"), ("Sari Post", "1.2 metres")),
    }


def test_revenue_is_not_spending_but_a_taxs_yield_is_revenue():
    found = _pairs(
        ("Kabar Lorong", "2026-11-28", "DPRD Kota Lorong mengesahkan APBD 2027 sebesar "
         "Rp 3,2 triliun pada Jumat (27/11). Belanja pendidikan dialokasikan Rp 640 "
         "miliar."),
        ("Lorong Times", "2026-11-28", "Lorong city council on Friday approved a 2027 "
         "budget of 3.4 trillion rupiah. Education gets 700 billion rupiah. The city "
         "expects the land tax to raise 1.2 trillion rupiah next year."),
        ("Warta Kota", "2026-11-29", "APBD Kota Lorong 2027 yang disahkan Jumat lalu "
         "mencapai Rp 3,2 triliun. Pendapatan asli daerah pada 2027 ditargetkan Rp 1,1 "
         "triliun."),
    )  # fmt: skip
    assert found == {
        pair(
            ("Kabar Lorong", "Rp 3,2 triliun"), ("Lorong Times", "3.4 trillion rupiah")
        ),
        pair(("Warta Kota", "Rp 3,2 triliun"), ("Lorong Times", "3.4 trillion rupiah")),
        pair(("Kabar Lorong", "Rp 640 miliar"), ("Lorong Times", "700 billion rupiah")),
        pair(("Warta Kota", "Rp 1,1 triliun"), ("Lorong Times", "1.2 trillion rupiah")),
    }


def test_an_epicentre_from_a_named_town_and_from_the_town_is_one_distance():
    found = _pairs(
        ("Kabar Tanara", "2026-05-20", "Gempa magnitudo 5,8 mengguncang Kabupaten "
         "Tanara, Rabu (20/5). BMKG menyebut pusat gempa berada 12 km barat daya "
         "Tanara pada kedalaman 10 km. BPBD mencatat 312 rumah rusak, 48 di antaranya "
         "rusak berat. Di Kecamatan Sindang, 120 rumah rusak."),
        ("Tanara Post", "2026-05-20", "A magnitude 5.6 earthquake struck Tanara regency "
         "on Wednesday, at a depth of 10 km and 15 km southwest of the town, the "
         "meteorology agency said. At least 290 houses were damaged, 52 of them "
         "severely. In Sindang district alone, 140 homes were damaged."),
        ("Warta Gempa", "2026-05-21", "Jumlah rumah rusak akibat gempa Tanara bertambah "
         "menjadi 410 unit pada Kamis (21/5). Gempa serupa pada 2019 merusak 800 "
         "rumah."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Tanara", "magnitudo 5,8"), ("Tanara Post", "magnitude 5.6")),
        pair(("Kabar Tanara", "12 km"), ("Tanara Post", "15 km")),
        pair(("Kabar Tanara", "48"), ("Tanara Post", "52")),
        pair(("Kabar Tanara", "120 rumah"), ("Tanara Post", "140 homes")),
    }


def test_what_is_demanded_is_not_what_is_offered():
    found = _pairs(
        ("Kabar Pelabuhan", "2026-06-03", "Polisi memperkirakan sekitar 5.000 buruh "
         "pelabuhan berunjuk rasa di depan kantor gubernur, Rabu (3/6). Massa menuntut "
         "kenaikan upah minimum sebesar 15 persen. Aksi berlangsung selama empat jam."),
        ("Harbour Daily", "2026-06-03", "Police put the crowd at 3,500, while union "
         "leaders said 7,000 dock workers rallied outside the governor's office on "
         "Wednesday, demanding a 20 percent rise in the minimum wage. The protest "
         "lasted five hours."),
        ("Warta Buruh", "2026-06-04", "Serikat buruh mengklaim 7.000 orang ikut aksi "
         "Rabu lalu. Gubernur menyatakan kenaikan upah tahun depan paling tinggi 8 "
         "persen."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Pelabuhan", "15 persen"), ("Harbour Daily", "20 percent")),
        pair(("Kabar Pelabuhan", "sekitar 5.000 buruh"), ("Harbour Daily", "3,500")),
        pair(("Kabar Pelabuhan", "empat jam"), ("Harbour Daily", "five hours")),
    }


MARKET_FIRE = (
    ("Kabar Sukaraja", "2026-08-09", "Kebakaran melanda Pasar Induk Sukaraja, Minggu "
     "(9/8) dini hari. Api menghanguskan 320 kios dan los, dari total 900 kios di pasar "
     "itu. Sebanyak 14 unit mobil pemadam dikerahkan."),
    ("Sukaraja Mail", "2026-08-09", "Fire tore through Sukaraja's main market early on "
     "Sunday, destroying about 350 stalls, officials said. Eighteen fire engines fought "
     "the blaze. The market, built in 1998, houses some 900 stalls."),
    ("Warta Kota", "2026-08-10", "Pemerintah kota akan membangun pasar darurat untuk 320 "
     "pedagang korban kebakaran Pasar Induk Sukaraja."),
)  # fmt: skip


def test_stalls_before_who_said_so_are_stalls_and_a_markets_founding_year_no_figures():
    # "350 stalls, officials said": a comma ends the compound, the officials
    # are not what is counted; "built in 1998" dates the market, not its stalls.
    assert _pairs(*MARKET_FIRE) == {
        pair(
            ("Kabar Sukaraja", "14 unit mobil"),
            ("Sukaraja Mail", "Eighteen fire engines"),
        )
    }
    assert _pairs(*MARKET_FIRE, relation=CORROBORATES) == {
        pair(("Kabar Sukaraja", "320 kios"), ("Sukaraja Mail", "about 350 stalls")),
        pair(("Kabar Sukaraja", "900 kios"), ("Sukaraja Mail", "some 900 stalls")),
    }


def test_a_rate_told_before_its_figure_and_a_part_naming_its_group_in_its_clause():
    found = _pairs(
        ("Kabar Wirasaba", "2026-03-12", "Dinas Kesehatan Kabupaten Wirasaba mencatat "
         "1.240 kasus demam berdarah sejak Januari hingga Rabu (11/3). Dari jumlah itu, "
         "9 pasien meninggal, 6 di antaranya anak-anak. Angka kasus per 100.000 "
         "penduduk mencapai 85."),
        ("Wirasaba Times", "2026-03-12", "Wirasaba has recorded 1,310 dengue cases this "
         "year, including 11 deaths, health officials said on Wednesday. Children "
         "account for seven of the dead."),
        ("Warta Sehat", "2026-03-13", "RSUD Wirasaba kini merawat 75 pasien demam "
         "berdarah."),
    )  # fmt: skip
    assert found == {
        pair(
            ("Kabar Wirasaba", "1.240 kasus"), ("Wirasaba Times", "1,310 dengue cases")
        ),
        pair(("Kabar Wirasaba", "9 pasien"), ("Wirasaba Times", "11 deaths")),
        pair(("Kabar Wirasaba", "6"), ("Wirasaba Times", "seven of the dead")),
    }


def test_turnout_set_against_an_earlier_elections_is_this_years_turnout():
    # "Partisipasi pemilih" is the turnout, not a share of the vote; 2020 is
    # the year of the 72 percent it is lower than.
    found = _pairs(
        ("Kabar Sembara", "2026-11-26", "Hasil hitung cepat menunjukkan pasangan "
         "Rina-Bayu unggul dengan 52,4 persen suara dalam pilkada Kota Sembara, Rabu "
         "(25/11). Pasangan Dodi-Wati meraih 47,6 persen. Partisipasi pemilih mencapai "
         "68 persen, lebih rendah dari pilkada 2020 yang sebesar 72 persen."),
        ("Sembara Post", "2026-11-26", "Rina and Bayu won 54 percent of the vote in "
         "Wednesday's Sembara mayoral election, according to a quick count, against 46 "
         "percent for Dodi and Wati. Turnout was 65 percent."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Sembara", "52,4 persen"), ("Sembara Post", "54 percent")),
        pair(("Kabar Sembara", "47,6 persen"), ("Sembara Post", "46 percent")),
        pair(("Kabar Sembara", "68 persen"), ("Sembara Post", "65 percent")),
    }


def test_pupils_who_fell_ill_told_as_children_are_the_same_pupils():
    found = _pairs(
        ("Fenwick Echo", "2026-09-08", "More than 120 pupils at Harlow Road Primary School "
         "fell ill after eating a school lunch on Monday, health officials said. The "
         "school, which has 640 pupils, will stay closed for three days."),
        ("Valley Courier", "2026-09-08", "Some 95 children were sickened by a school meal "
         "at Harlow Road Primary on Monday. The school has about 600 pupils."),
        ("Kabar Dunia", "2026-09-09", "Sebanyak 130 siswa SD Harlow Road keracunan "
         "makanan pada Senin (7/9). Sekolah ditutup selama sepekan."),
    )  # fmt: skip
    assert found == {
        pair(
            ("Fenwick Echo", "More than 120 pupils"),
            ("Valley Courier", "Some 95 children"),
        ),
        pair(("Valley Courier", "Some 95 children"), ("Kabar Dunia", "130 siswa")),
        pair(("Fenwick Echo", "three days"), ("Kabar Dunia", "sepekan")),
    }


def test_a_fall_by_a_third_is_a_fall_by_a_percentage():
    found = _pairs(
        ("Kabar Tani", "2026-08-20", "Kekeringan melanda 1.200 hektare sawah di "
         "Kabupaten Gandasari, Kamis (20/8). Debit air Waduk Cikalong turun 40 persen "
         "dibanding bulan lalu."),
        ("Gandasari Herald", "2026-08-20", "Drought has hit 1,500 hectares of rice fields "
         "in Gandasari regency. Water levels at the Cikalong reservoir have fallen by a "
         "third over the past month."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Tani", "1.200 hektare"), ("Gandasari Herald", "1,500 hectares")),
        pair(("Kabar Tani", "40 persen"), ("Gandasari Herald", "a third")),
    }


def test_a_shaft_as_deep_as_and_miners_brought_out_alive():
    found = _pairs(
        ("Kabar Tambang", "2026-10-15", "Sebanyak 14 penambang terjebak di lubang tambang "
         "emas ilegal sedalam 40 meter di Desa Batu Hijau, Rabu (14/10). Hingga Kamis "
         "(15/10) pagi, sembilan penambang berhasil dievakuasi dalam keadaan selamat."),
        ("Borneo Wire", "2026-10-15", "Twelve miners were trapped when an illegal gold "
         "mine shaft about 50 metres deep collapsed in Batu Hijau village on Wednesday. "
         "By Thursday morning rescuers had pulled out 10 survivors, a rescue official "
         "said."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Tambang", "14 penambang"), ("Borneo Wire", "Twelve miners")),
        pair(("Kabar Tambang", "40 meter"), ("Borneo Wire", "about 50 metres")),
        pair(("Kabar Tambang", "sembilan penambang"), ("Borneo Wire", "10 survivors")),
    }


def test_a_year_in_a_clause_on_another_figure_and_the_whole_of_a_percentage():
    # ", after export sales fell 20 percent last year": last year is the
    # sales' year, not the lay-offs'; "30 persen dari total 4.000 pekerja":
    # the 4,000 is the whole, as "a third of its 4,500-strong workforce" says.
    articles = (
        ("Kabar Industri", "2026-02-03", "PT Garmen Sejahtera memutus hubungan kerja "
         "1.200 karyawan, atau sekitar 30 persen dari total 4.000 pekerjanya, Senin "
         "(2/2). Perusahaan menyebut penjualan ekspor turun 25 persen sepanjang 2025."),
        ("Trade Ledger", "2026-02-03", "Garmen Sejahtera said on Monday it would lay off "
         "1,500 workers, a third of its 4,500-strong workforce, after export sales fell "
         "20 percent last year."),
    )  # fmt: skip
    assert _pairs(*articles) == {
        pair(("Kabar Industri", "1.200 karyawan"), ("Trade Ledger", "1,500 workers")),
        pair(("Kabar Industri", "4.000 pekerjanya"), ("Trade Ledger", "4,500-strong")),
        pair(("Kabar Industri", "25 persen"), ("Trade Ledger", "20 percent")),
    }
    # "sekitar 30 persen" of the workers and "a third of its workforce" are
    # one share of one whole, within the hedge.
    assert pair(
        ("Kabar Industri", "sekitar 30 persen"), ("Trade Ledger", "a third")
    ) in _pairs(*articles, relation=CORROBORATES)


def test_what_a_graft_took_is_the_states_loss_not_the_restitution():
    found = _pairs(
        ("Kabar Hukum", "2026-05-06", "Majelis hakim Pengadilan Tipikor Sambara "
         "menjatuhkan vonis tujuh tahun penjara kepada mantan bupati Arman Siregar, "
         "Selasa (5/5). Hakim juga mewajibkan terdakwa membayar uang pengganti Rp 12 "
         "miliar. Kerugian negara dalam kasus ini mencapai Rp 15 miliar."),
        ("Justice Daily", "2026-05-06", "A Sambara anti-graft court on Tuesday sentenced "
         "former regent Arman Siregar to eight years in prison for embezzling 14 billion "
         "rupiah in road funds."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Hukum", "tujuh tahun"), ("Justice Daily", "eight years")),
        pair(("Kabar Hukum", "Rp 15 miliar"), ("Justice Daily", "14 billion rupiah")),
    }


def test_demand_for_power_is_no_demand_anybody_made():
    found = _pairs(
        ("Kabar Cuaca", "2026-10-08", "Gelombang panas melanda Palindra sejak Sabtu "
         "(3/10). Konsumsi listrik naik 18 persen dibanding pekan lalu."),
        ("Palindra Mail", "2026-10-08", "A heatwave has gripped Palindra since Saturday. "
         "Power demand rose 15 percent from a week earlier."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Cuaca", "18 persen"), ("Palindra Mail", "15 percent"))
    }


def test_a_toll_a_find_brought_to_a_figure_is_the_next_days():
    # "dua jenazah lagi sehingga korban meninggal menjadi delapan orang" on
    # the search's second day is that day's toll, no second opinion on
    # Saturday's six.
    found = _pairs(
        ("Kabar Bahari", "2026-06-21", "Kapal motor Sinar Laut tenggelam di perairan "
         "Selat Rana, Sabtu (20/6) sore. Enam penumpang ditemukan meninggal."),
        ("Warta Rana", "2026-06-22", "Pencarian korban KM Sinar Laut memasuki hari "
         "kedua, Minggu (21/6). Tim SAR menemukan dua jenazah lagi sehingga korban "
         "meninggal menjadi delapan orang."),
    )  # fmt: skip
    assert found == set()


def test_a_months_figure_is_not_another_months():
    found = _pairs(
        ("Kabar Wisata", "2026-04-02", "Jumlah wisatawan mancanegara yang berkunjung ke "
         "Pulau Lentera pada Maret 2026 mencapai 182.000 orang."),
        ("Warta Lentera", "2026-04-03", "Pada Februari, jumlah wisman ke Pulau Lentera "
         "tercatat 150.000 orang."),
    )  # fmt: skip
    assert found == set()


# ---- Business and sport shapes (dev15: results, buybacks, stadiums, mergers) ----


def test_a_profit_is_no_buyback_and_a_margin_no_share_price():
    # A company's results: the profit, the sum set aside to buy back shares,
    # the margin and how far the shares moved are four quantities.
    found = _pairs(
        ("Kabar Bursa", "2026-08-04", "PT Kertas Samudra Tbk membukukan laba bersih "
         "Rp 320 miliar pada semester I 2026. Marjin laba usaha naik menjadi 18 persen."),
        ("Warta Modal", "2026-08-05", "Kertas Samudra menyiapkan dana pembelian kembali "
         "saham senilai Rp 450 miliar. Sejak awal tahun, saham perseroan turun 21 persen."),
        ("Pasar Kini", "2026-08-04", "Laba bersih Kertas Samudra pada semester I 2026 "
         "tercatat Rp 365 miliar."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Bursa", "Rp 320 miliar"), ("Pasar Kini", "Rp 365 miliar"))
    }


def test_a_market_share_in_two_languages_is_one_fact_and_no_share_price():
    found = _pairs(
        ("Harbour Business", "2026-05-12", "After the deal the group will hold a 27 "
         "percent share of the market, the company said. Its shares rose 9 percent "
         "on Tuesday."),
        ("Kabar Niaga", "2026-05-12", "Setelah penggabungan, pangsa pasar grup itu "
         "mencapai 31 persen."),
    )  # fmt: skip
    assert found == {
        pair(("Harbour Business", "27 percent"), ("Kabar Niaga", "31 persen"))
    }


def test_last_as_a_verb_is_how_long_a_plan_takes_no_look_back():
    # "and last 20 months" is the building time; "over the last 20 months"
    # would be a look-back frame.
    found = _pairs(
        ("Valley Sport", "2026-09-01", "Work on the new arena is due to start in "
         "March 2028 and last 20 months, the council said."),
        ("County Echo", "2026-09-01", "Building work on the arena will begin in "
         "March 2028 and take 30 months, the council said."),
    )  # fmt: skip
    assert found == {pair(("Valley Sport", "20 months"), ("County Echo", "30 months"))}


def test_last_seasons_figure_is_not_next_seasons():
    found = _pairs(
        ("Valley Sport", "2026-06-10", "Last season, an adult season ticket at "
         "Millbrook cost £390."),
        ("County Echo", "2026-06-10", "An adult season ticket at Millbrook will cost "
         "£430 next season."),
        ("Town Crier", "2026-06-11", "Last season Millbrook charged adults £350 for a "
         "season ticket."),
    )  # fmt: skip
    assert found == {pair(("Valley Sport", "£390"), ("Town Crier", "£350"))}


def test_a_season_in_indonesian_is_its_own_time():
    found = _pairs(
        ("Kabar Bola", "2026-06-10", "Musim lalu, rata-rata penonton di Stadion Kali "
         "Jernih mencapai 15.400 orang."),
        ("Warta Sport", "2026-06-10", "Musim ini rata-rata penonton di Stadion Kali "
         "Jernih 17.900 orang."),
    )  # fmt: skip
    assert found == set()


def test_months_spanning_a_quarter_are_that_quarter():
    # "April-Juni" is the second quarter, not the first quarter another
    # sentence names.
    found = _pairs(
        ("Kabar Bursa", "2026-07-28", "Pada kuartal I 2026, pendapatan PT Rantai Niaga "
         "Tbk tercatat Rp 2,1 triliun."),
        ("Warta Modal", "2026-07-28", "Sepanjang April-Juni 2026, Rantai Niaga meraup "
         "pendapatan Rp 2,6 triliun."),
    )  # fmt: skip
    assert found == set()


def test_a_half_year_and_nine_months_are_their_own_periods():
    # "semester I" is January to June, "Januari-September" nine months: neither
    # is the third quarter another outlet names.
    found = _pairs(
        ("Kabar Bursa", "2026-10-30", "Laba bersih PT Rantai Niaga Tbk pada kuartal III "
         "2026 mencapai Rp 410 miliar."),
        ("Warta Modal", "2026-10-30", "Sepanjang Januari-September 2026, Rantai Niaga "
         "membukukan laba bersih Rp 1,2 triliun. Pada semester I, laba tercatat Rp 800 "
         "miliar."),
        ("Market Daily", "2026-10-30", "Rantai Niaga's net profit for the July to "
         "September quarter was Rp 480 billion."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Bursa", "Rp 410 miliar"), ("Market Daily", "Rp 480 billion"))
    }


def test_a_growth_against_a_named_years_quarter_is_this_years_growth():
    # "dibanding kuartal II 2025" is what the growth is measured from: the
    # growth is this year's, the one another outlet gives year on year.
    found = _pairs(
        ("Kabar Bursa", "2026-07-30", "Pada kuartal II 2026, pendapatan PT Tirta "
         "Anugerah Tbk tumbuh 14 persen secara tahunan."),
        ("Warta Modal", "2026-07-31", "Pertumbuhan pendapatan Tirta Anugerah dibanding "
         "kuartal II 2025 tercatat 9 persen."),
    )  # fmt: skip
    assert found == {pair(("Kabar Bursa", "14 persen"), ("Warta Modal", "9 persen"))}


def test_a_profit_margin_is_a_margin_not_a_profit():
    # "marjin laba kotor" names a profit, but what it measures is the margin,
    # not the profit another outlet gives in percent of the whole industry.
    found = _pairs(
        ("Kabar Bursa", "2026-04-28", "Marjin laba kotor PT Baja Timur Tbk pada kuartal "
         "I 2026 mencapai 24 persen."),
        ("Asia Markets", "2026-04-28", "Baja Timur took 31 percent of the steel "
         "industry's profit in the first quarter of 2026."),
        ("Warta Modal", "2026-04-28", "Pada kuartal I 2026, marjin kotor Baja Timur "
         "tercatat 20 persen."),
    )  # fmt: skip
    assert found == {pair(("Kabar Bursa", "24 persen"), ("Warta Modal", "20 persen"))}


def test_jobs_cut_and_employees_cut_are_one_count():
    found = _pairs(
        ("Asia Markets", "2026-02-10", "The airline plans to cut about 900 jobs this "
         "year, the company said."),
        ("Kabar Niaga", "2026-02-10", "Maskapai itu berencana melakukan pengurangan "
         "1.300 karyawan tahun ini."),
    )  # fmt: skip
    assert found == {
        pair(("Asia Markets", "about 900 jobs"), ("Kabar Niaga", "1.300 karyawan"))
    }


def test_a_segments_figure_is_not_the_companys():
    # What one business segment brought in is a part of the revenue, never
    # the revenue another outlet gives; two outlets' figures for one segment
    # still meet.
    found = _pairs(
        ("Kabar Bursa", "2026-04-29", "Pada kuartal I 2026, segmen kaca otomotif PT Kaca "
         "Nusantara Tbk menyumbang pendapatan Rp 1,1 triliun."),
        ("Warta Modal", "2026-04-29", "Pendapatan Kaca Nusantara pada kuartal I 2026 "
         "tercatat Rp 2,7 triliun."),
        ("Pasar Kini", "2026-04-29", "Pada kuartal I 2026, segmen kaca otomotif Kaca "
         "Nusantara membukukan pendapatan Rp 1,5 triliun."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Bursa", "Rp 1,1 triliun"), ("Pasar Kini", "Rp 1,5 triliun"))
    }


def test_the_day_a_plan_starts_is_not_the_day_of_how_long_it_runs():
    # "selama 18 bulan mulai 15 Juni" runs from that day: the 18 months are
    # the plan's, the figure another outlet gives as 12 months a day earlier.
    found = _pairs(
        ("Kabar Bursa", "2026-06-01", "PT Sinar Logam Tbk menggelar paparan publik "
         "pada Senin (1/6). Direksi mengumumkan program pembelian kembali saham yang "
         "akan dijalankan dalam 12 bulan."),
        ("Warta Modal", "2026-06-02", "Pembelian kembali saham Sinar Logam akan "
         "berlangsung selama 18 bulan mulai 15 Juni 2026."),
        ("Market Daily", "2026-06-02", "Sinar Logam's buyback will run for 18 months "
         "starting on June 15."),
    )  # fmt: skip
    assert found == {
        pair(("Kabar Bursa", "12 bulan"), ("Warta Modal", "18 bulan")),
        pair(("Kabar Bursa", "12 bulan"), ("Market Daily", "18 months")),
    }


def test_a_quarters_result_is_of_its_quarter_whatever_day_tells_it():
    # A result raised to a level ("naik menjadi 27 persen") on Tuesday and the
    # third quarter's figure in Wednesday's paper are one quantity.
    found = _pairs(
        ("Kabar Bursa", "2026-10-27", "PT Pelita Kargo Tbk memaparkan kinerja kuartal "
         "III 2026 pada Selasa (27/10). Marjin laba usaha naik menjadi 27 persen."),
        ("Warta Modal", "2026-10-28", "Analis menilai kinerja Pelita Kargo solid pada "
         "Rabu (28/10). Marjin laba usaha pada kuartal III tercatat 23 persen."),
    )  # fmt: skip
    assert found == {pair(("Kabar Bursa", "27 persen"), ("Warta Modal", "23 persen"))}


def test_the_verb_of_a_change_holds_no_share():
    # "naik 9 persen" and "tumbuh 13 persen secara tahunan": the verbs say
    # how the revenue moved, not what gets a share, so the two meet.
    found = _pairs(
        ("Kabar Bursa", "2026-07-29", "PT Arta Boga Tbk membukukan pendapatan Rp 3 "
         "triliun pada kuartal II 2026, naik 9 persen dibanding periode yang sama "
         "tahun lalu."),
        ("Warta Modal", "2026-07-29", "Sepanjang April-Juni 2026, Arta Boga meraup "
         "pendapatan Rp 3 triliun atau tumbuh 13 persen secara tahunan."),
    )  # fmt: skip
    assert found == {pair(("Kabar Bursa", "9 persen"), ("Warta Modal", "13 persen"))}


def test_an_average_is_no_single_count():
    # An average crowd is not one match's crowd.
    found = _pairs(
        ("Valley Sport", "2026-03-09", "Kingsford Town's average home attendance this "
         "season is 14,200 spectators."),
        ("County Echo", "2026-03-09", "A crowd of 15,600 spectators watched Kingsford "
         "Town beat Ashby on Saturday."),
        ("Kabar Bola", "2026-03-09", "Rata-rata penonton laga kandang Kingsford Town "
         "musim ini mencapai 12.800 orang."),
    )  # fmt: skip
    assert found == {
        pair(("Valley Sport", "14,200 spectators"), ("Kabar Bola", "12.800 orang"))
    }


def test_an_editors_span_opening_on_from_is_where_a_change_started():
    # An editor may select "from 24,000" whole: the figure a change started
    # from, as "24,000" alone after "from" is.
    text = "The club will lift capacity from 18,000 to 25,500 by 2028."
    start = text.index("from 18,000")
    claim = claim_info(text, start, start + len("from 18,000"), id=1, article="a",
                       value=Decimal(18000), unit="person")  # fmt: skip
    reached = claim_info(text, text.index("25,500"), text.index(" by"), id=2,
                         article="a", value=Decimal(25500), unit="person")  # fmt: skip
    assert features(claim).baseline
    assert not features(reached).baseline


def test_the_figure_a_from_to_change_started_at_is_not_the_level_reached():
    # "from 18,000 to 26,000" with no "up from" or "rose from": the first
    # figure is where the capacity started, never a second reading of the
    # level it reaches, whatever outlet tells that level.
    for text, start, end, value in (
        ("Harbury Athletic will enlarge Millgate Park, lifting capacity from "
         "18,000 to 26,000 by 2029.", "18,000", " to", 18000),
        ("Persikota akan memperbesar kapasitas Stadion Sekarwangi dari 15.000 "
         "menjadi 22.000 kursi.", "15.000", " menjadi", 15000),
    ):  # fmt: skip
        old = claim_info(text, text.index(start), text.index(end), id=1,
                         article="a", value=Decimal(value), unit="person")  # fmt: skip
        assert features(old).baseline
        new = claim_info(text, text.index(end) + len(end) + 1, len(text) - 1, id=2,
                         article="a", value=Decimal(value + 7000), unit="person")  # fmt: skip
        assert not features(new).baseline
    found = _pairs(
        ("Harbury Post", "2026-05-04", "Harbury Athletic will enlarge Millgate Park, "
         "lifting capacity from 18,000 to 26,000 by the start of the 2029-30 season."),
        ("Vale Sport", "2026-05-04", "Harbury Athletic said on Monday that the "
         "capacity of Millgate Park would rise to 26,000."),
        ("Ridge Echo", "2026-05-04", "Harbury Athletic said on Monday that "
         "capacity at Millgate Park would go up to 26,000."),
        ("Borough Football", "2026-05-04", "Harbury Athletic will rebuild Millgate "
         "Park at a cost of £30m, the club said on Monday, taking capacity to 26,000."),
    )  # fmt: skip
    assert found == set()


def test_a_stands_capacity_in_spectators_meets_its_capacity_in_seats():
    # How many a stand holds, told in the people it holds or in its seats, is
    # one quantity; a crowd that came is another.
    found = _pairs(
        ("Dunmore Gazette", "2026-09-15", "The new South Stand at Ferris Lane will "
         "hold 4,800 spectators, Dunmore United said on Tuesday."),
        ("Coastline Sport", "2026-09-15", "Dunmore United said on Tuesday the new "
         "South Stand at Ferris Lane would have 4,200 seats."),
        ("Kabar Stadion", "2026-09-15", "Tribun selatan baru Stadion Mandala akan "
         "berkapasitas 3.000 penonton, kata Persiba pada Selasa (15/9)."),
        ("Sport Harian", "2026-09-15", "Persiba menyebut tribun selatan baru Stadion "
         "Mandala akan memiliki 3.500 kursi, Selasa (15/9)."),
    )  # fmt: skip
    assert found == {
        pair(
            ("Dunmore Gazette", "4,800 spectators"), ("Coastline Sport", "4,200 seats")
        ),
        pair(("Kabar Stadion", "3.000 penonton"), ("Sport Harian", "3.500 kursi")),
    }
