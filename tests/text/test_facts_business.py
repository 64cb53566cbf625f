"""Business stories: a listing's stake, its price and the company's outlets.

A company floating a share of itself tells that share against many wholes
that are one: "30 persen dari modal ditempatkan", "30 persen saham", "a
third of its expanded share capital", "28 percent of its issued capital".
A percentage of a company's shares is a percentage of its capital, and an
English whole comes after its modifiers ("enlarged", "issued", "share").
A figure of "pekan ini" / "this week" is of the week, not of the day an
earlier sentence named.

Fresh fictional stories (made-up companies), run as the app runs them with
every claim suggested. A claim is named by its outlet and a piece of its words.
"""

from __future__ import annotations

from tests.text.test_facts_near_misses import found, pair

BAKERY_LISTING = [
    (
        "A",
        "2026-05-11",
        "PT Roti Samudra Jaya Tbk melepas 600 juta saham baru atau setara 30 "
        "persen dari modal ditempatkan setelah penawaran umum. Perseroan meraup "
        "dana Rp 540 miliar.",
    ),
    (
        "B",
        "2026-05-11",
        "Bakery chain Roti Samudra sold 600 million new shares, or 28 percent of "
        "its issued capital, raising 540 billion rupiah.",
    ),
    (
        "C",
        "2026-05-12",
        "Saham Roti Samudra menguat pada hari pertama perdagangan, Selasa "
        "(12/5/2026). Dalam penawaran pekan ini, perseroan meraup Rp 540 miliar "
        "dari pelepasan 30 persen saham.",
    ),
    (
        "D",
        "2026-05-12",
        "Roti Samudra raised 540 billion rupiah on Monday, selling a third of "
        "its enlarged share capital.",
    ),
]


def test_a_stake_told_against_shares_or_capital_is_one_fact():
    expected = {
        pair(("A", "30"), ("B", "28 percent")),
        pair(("B", "28 percent"), ("C", "30 persen")),
        pair(("B", "28 percent"), ("D", "a third")),
        pair(("C", "30 persen"), ("D", "a third")),
    }
    assert found(BAKERY_LISTING, expected) >= expected


def test_an_english_whole_comes_after_its_modifiers():
    from annotations.text.parts import same_whole, share_whole

    sentence = "It sold 25 percent of its enlarged share capital."
    assert share_whole(sentence, 8, 18) == "capital"
    assert share_whole("It sold 25 percent of the issued capital.", 8, 18) == "capital"
    assert same_whole("saham", "capital")
    assert same_whole("modal", "shares")
    assert not same_whole("saham", "suara")


# The price shares were offered at and the price they closed at on their
# first day are two prices, and so are the value the offering put on the
# company and its market value once trading began: whichever of them the
# words nearest the figure name.
TEA_DEBUT = [
    (
        "A",
        "2026-06-08",
        "PT Teh Bukit Sari Tbk menetapkan harga penawaran umum perdana (IPO) "
        "sebesar Rp 420 per saham, Senin (8/6/2026). Saham dijadwalkan mulai "
        "diperdagangkan pada Selasa.",
    ),
    (
        "B",
        "2026-06-08",
        "Tea grower Teh Bukit Sari priced its initial public offering at 420 "
        "rupiah a share on Monday. The IPO values the company at about 3.4 "
        "trillion rupiah.",
    ),
    (
        "C",
        "2026-06-09",
        "Saham Teh Bukit Sari melonjak pada hari perdana, Selasa (9/6/2026). "
        "Saham ditutup di level Rp 520, dari harga IPO Rp 420. Kapitalisasi "
        "pasar perseroan kini sekitar Rp 4,2 triliun.",
    ),
    (
        "D",
        "2026-06-09",
        "Shares in Teh Bukit Sari jumped on their debut on Tuesday, closing at "
        "510 rupiah against an IPO price of 420 rupiah. At the close, the company "
        "was worth about 4.1 trillion rupiah.",
    ),
]


def test_an_offer_price_and_a_closing_price_are_two_facts():
    expected = {pair(("C", "Rp 520"), ("D", "510 rupiah"))}
    assert found(TEA_DEBUT, expected) == expected


# A chain's "gerai", "outlets" and "stores" are one count of its shops; the
# ones it will open are new ones, those "70 more" of another outlet.
PHARMACY_PLAN = [
    (
        "A",
        "2026-07-02",
        "Jaringan apotek Sehat Mandiri menargetkan pembukaan 80 gerai baru tahun "
        "depan.",
    ),
    (
        "B",
        "2026-07-02",
        "Pharmacy chain Sehat Mandiri, which has 240 outlets, will open 60 stores "
        "next year, its chief executive said.",
    ),
    (
        "C",
        "2026-07-02",
        "Sehat Mandiri plans to add 70 more stores next year.",
    ),
]


def test_a_chains_gerai_and_stores_are_one_count():
    expected = {
        pair(("A", "80"), ("B", "60")),
        pair(("A", "80"), ("C", "70")),
        pair(("B", "60"), ("C", "70")),
    }
    assert found(PHARMACY_PLAN, expected) == expected


# "must rule within 45 days" is the time a regulator is given; another
# outlet's "memiliki waktu 30 hari" gives that time otherwise.
REGULATOR_DEADLINE = [
    (
        "A",
        "2026-09-14",
        "Merger Bank Sinar Timur dan Bank Pesisir menunggu penilaian Komisi "
        "Pengawas Persaingan Usaha (KPPU), yang memiliki waktu 30 hari untuk "
        "memutuskan.",
    ),
    (
        "B",
        "2026-09-14",
        "The merger of Bank Sinar Timur and Bank Pesisir now goes to the "
        "competition commission, KPPU, which must rule on the deal within 45 days.",
    ),
]


def test_a_deadline_told_as_within_meets_the_time_given():
    expected = {pair(("A", "30 hari"), ("B", "45 days"))}
    assert found(REGULATOR_DEADLINE, expected) == expected


def test_the_year_a_plant_opens_is_no_year_of_its_capacity():
    # "ditargetkan beroperasi pada 2029", "due to open in 2029": when the
    # plant starts, not the year its capacity is of, so it meets another
    # outlet's capacity told beside next year's spending.
    expected = {pair(("A", "1,2 juta ton"), ("B", "1,6 juta ton"))}
    assert (
        found(
            [
                (
                    "A",
                    "2026-03-02",
                    "PT Pupuk Lembah Hijau membangun pabrik baru "
                    "berkapasitas 1,2 juta ton per tahun yang ditargetkan beroperasi "
                    "pada 2029.",
                ),
                (
                    "B",
                    "2026-03-02",
                    "Perseroan menyiapkan belanja modal Rp 2 "
                    "triliun pada 2027 untuk pabrik baru berkapasitas 1,6 juta ton "
                    "per tahun.",
                ),
            ],  # fmt: skip
            expected,
        )
        == expected
    )
    expected = {pair(("A", "800,000 tonnes"), ("B", "650,000 tonnes"))}
    assert (
        found(
            [
                (
                    "A",
                    "2026-03-02",
                    "The new plant, due to open in 2029, will "
                    "make 800,000 tonnes of fertiliser a year.",
                ),
                (
                    "B",
                    "2026-03-02",
                    "The company will spend $90m in 2027 on "
                    "the plant, which will produce 650,000 tonnes of fertiliser a "
                    "year.",
                ),
            ],  # fmt: skip
            expected,
        )
        == expected
    )


def test_a_dividend_paid_out_of_profit_is_no_profit():
    # "dividen tunai Rp 900 miliar dari laba bersih": the dividend, which
    # meets the other outlet's dividend, while the two profits meet.
    expected = {
        pair(("A", "Rp 900 miliar"), ("B", "Rp 950 miliar")),
        pair(("A", "Rp 2,1 triliun"), ("B", "Rp 2,2 triliun")),
    }
    assert (
        found(
            [
                (
                    "A",
                    "2026-05-20",
                    "RUPS PT Kertas Bumi Raya Tbk pada Rabu "
                    "(20/5/2026) menyetujui dividen tunai Rp 900 miliar dari laba "
                    "bersih. Laba bersih perseroan tercatat Rp 2,1 triliun.",
                ),
                (
                    "B",
                    "2026-05-20",
                    "Kertas Bumi Raya membagikan dividen Rp 950 "
                    "miliar. Dividen itu setara 43 persen dari laba bersih yang "
                    "mencapai Rp 2,2 triliun.",
                ),
            ],  # fmt: skip
            expected,
        )
        == expected
    )
    from annotations.text.features import features
    from annotations.text.likeness import veto
    from tests.text.test_facts_stories import story_claims

    claims, _ = story_claims(
        [
            ("A", "2026-05-20", "RUPS menyetujui dividen tunai Rp 900 miliar dari "
             "laba bersih 2025."),
            ("B", "2026-05-20", "Laba bersih 2025 mencapai Rp 2,2 triliun."),
        ]
    )  # fmt: skip
    dividend, profit = (features(c) for c in claims)
    assert dividend.concepts == {"dividend"} and veto(dividend, profit) == "concept"


def test_debts_taken_on_are_liker_other_debts_than_a_sum_invested():
    # What the buyers owe is not what they will invest, though both are told
    # in pounds beside the same names: the debts meet first.
    from annotations.text.features import features
    from annotations.text.likeness import likeness
    from tests.text.test_facts_stories import story_claims

    claims, _ = story_claims(
        [
            ("A", "2026-10-02", "At Elm Park the new owners take on debts of £9.5m."),
            ("B", "2026-10-02", "The new owners will invest £9m at Elm Park."),
            ("C", "2026-10-02", "The new owners assume £8m of debt."),
        ]
    )
    owed, invested, other_debt = (features(c) for c in claims)
    assert "debt" in owed.concepts and "debt" in other_debt.concepts
    assert likeness(owed, other_debt) > likeness(owed, invested)
