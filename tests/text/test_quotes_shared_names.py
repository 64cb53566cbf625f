"""Speaker shapes of the retired holdout10 and holdout11, and of people sharing a name.

Each case is a passage written for this module (fictional people, bodies and
outlets) in the shape one of those sets' misses had, never its words: a
speaker described, then named in the next paragraph ("The chief engineer,
Dr Ada Lorne,"), an office held by the one an article says runs it, a
pronoun carried by the sentence before, an Indonesian honorific ("Ny."),
and two people of one surname told apart by an honorific, a first name or
a pronoun. They go through `suggestions.detect`, as the bench does.
"""

from __future__ import annotations

import pytest

from annotations.text.attribution import Cast
from tests.text.test_quotes_attribution_shapes import _check

# --- Described, then named in the next paragraph ----------------------------------

LATER_NAMED = [
    pytest.param(
        "The survey covered 1,200 homes along the canal.\n\n"
        '"We expected damp, not this," said the council\'s chief surveyor. '
        '"Some walls are wet to the roof."\n\n'
        "The chief surveyor, Dr Imogen Tallis, said repairs would take two years.",
        {"We expected damp": "Imogen Tallis", "Some walls are wet": "Imogen Tallis"},
        id="en-the-role-then-the-role-comma-name",
    ),
    pytest.param(
        "Puluhan petani memadati balai desa, Senin (4/5).\n\n"
        "Seorang petani yang datang sejak pagi mengaku belum menerima pupuk. "
        '"Sudah tiga kali saya datang, pupuknya belum ada juga," tutur pria itu.\n\n'
        "Petani itu, Wayan Sudira (58), sudah 20 tahun menggarap sawah di desa tersebut.",
        {"Sudah tiga kali": "Wayan Sudira"},
        id="id-seorang-noun-then-noun-itu-comma-name",
    ),
    pytest.param(
        "Kepala Dinas Perhubungan Lirang Barat memastikan jembatan ditutup sementara. "
        '"Kami tidak mau ambil risiko," ujarnya, Selasa (3/3).\n\n'
        "Kepala dinas itu, Yohanes Mbura, menyebut perbaikan butuh dua bulan.",
        {"Kami tidak mau": "Yohanes Mbura"},
        id="id-office-alone-then-office-itu-comma-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LATER_NAMED)
def test_described_then_named_in_the_next_paragraph(text, expected):
    _check(text, expected)


# --- An office held by the one the article says runs the body ----------------------

RUN_BY = [
    pytest.param(
        "Brackwell Mills agreed to sell its paper arm on Friday.\n\n"
        "Brackwell's chairman said the board had weighed three offers. "
        '"This was the cleanest," he said.\n\n'
        "Brackwell is run by Oswin Tredegar, whose father founded it in 1961.",
        {"This was the cleanest": "Oswin Tredegar"},
        id="en-body-chairman-then-body-is-run-by",
    ),
    pytest.param(
        "Larkhill United beat Stourport 2-0.\n\n"
        "The club's chairman said the win was deserved. "
        '"We were the better side for ninety minutes," he said.\n\n'
        "United are chaired by Petra Vance, who bought the club in 2020.",
        {"We were the better side": "Petra Vance"},
        id="en-club-chairman-then-chaired-by",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUN_BY)
def test_an_office_held_by_the_one_who_runs_the_body(text, expected):
    _check(text, expected)


# --- Pronouns the sentence before carries ------------------------------------------

PRONOUNS = [
    pytest.param(
        "Judge Ruth Amberley found for the tenants on Monday.\n\n"
        "The claim was led by Nia Osei, 41, who lives on the fourth floor. She said "
        "the lift had been broken since March.\n\n"
        '"I carried my pram up every day," she said.',
        {"I carried my pram": "Nia Osei"},
        id="en-she-opens-the-sentence-after-the-one-named",
    ),
    pytest.param(
        "Calder Holdings, which runs the ferry, said the fare would rise.\n\n"
        "For Lena Marsh, a cleaner who crosses every morning, the rise adds £300 a "
        'year. "I have no other way to get there," she said.',
        {"I have no other way": "Lena Marsh"},
        id="en-holdings-is-no-person",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronouns_carried_from_the_sentence_before(text, expected):
    _check(text, expected)


def test_the_before_a_capitalised_run_names_no_person():
    # "the Farrow Crossing": "the" opens a place's or a thing's name, never a
    # person's; "near" a place's.
    cast = Cast.read(
        "Drivers using the Farrow Crossing will pay £2.50 each way from May. "
        "The Harrow Arms closed early. The hoard was found near Bexley Cross."
    )
    names = {m.name for m in cast.mentions}
    assert not {"Farrow Crossing", "Harrow Arms", "Bexley Cross"} & names


# --- People who share a surname -------------------------------------------------

SHARED = [
    pytest.param(
        "Alison Drummond, 68, and her husband Peter, 70, have run the bakery on "
        "Mill Lane since 1994.\n\n"
        '"We never thought we would close," said Mrs Drummond. '
        '"It was our whole life."\n\n'
        '"We may open again one day," Mr Drummond said. "Not this year."\n\n'
        "A neighbour, Ivy Ng, said the street would miss them.\n\n"
        'Mr Drummond shrugged. "Bread does not bake itself," he said.',
        {
            "We never thought": "Alison Drummond",
            "It was our whole life": "Alison Drummond",
            "We may open again": "Peter Drummond",
            "Not this year": "Peter Drummond",
            "Bread does not bake": "Peter Drummond",
        },
        id="en-couple-mr-mrs",
    ),
    pytest.param(
        "Graham Pike, 64, and his son Daniel, 31, both lost their boats.\n\n"
        '"I have fished here for forty years," Graham Pike said.\n\n'
        '"Dad taught me everything," said Daniel. '
        '"Now there is nothing left to teach."',
        {
            "I have fished here": "Graham Pike",
            "Dad taught me": "Daniel Pike",
            "Now there is nothing": "Daniel Pike",
        },
        id="en-father-and-son-first-names",
    ),
    pytest.param(
        "Budi Santoso (52) dan istrinya, Ratna Santoso (49), kehilangan rumah "
        "mereka.\n\n"
        '"Semua habis, tinggal baju di badan," kata Bu Santoso.\n\n'
        'Pak Santoso menambahkan, "Kami akan bangun lagi pelan-pelan."',
        {
            "Semua habis": "Ratna Santoso",
            "Kami akan bangun": "Budi Santoso",
        },
        id="id-couple-pak-bu",
    ),
    pytest.param(
        "Tom Whitcombe and his wife, Sarah, found the flat flooded.\n\n"
        '"We lost everything," Mrs Whitcombe said. "The insurer has not called '
        'back," said Mr Whitcombe.',
        {"We lost everything": "Sarah Whitcombe", "The insurer": "Tom Whitcombe"},
        id="en-couple-wife-comma-given-name",
    ),
    pytest.param(
        "Dr Nadia Crane, a GP, and her brother Owen Crane, a farmer, gave evidence "
        "on Monday.\n\n"
        '"The surgery was never told," Dr Crane said.\n\n'
        '"We lost forty ewes," Mr Crane said.',
        {"The surgery was never told": "Nadia Crane", "We lost forty": "Owen Crane"},
        id="en-sister-and-brother-by-title",
    ),
    pytest.param(
        "Councillor Jean Ashdown opened the meeting. Her son, Rory Ashdown, a "
        "builder, asked about the bridge.\n\n"
        '"We need it by winter," said Councillor Ashdown.',
        {"We need it by winter": "Jean Ashdown"},
        id="en-mother-and-son-by-office",
    ),
    pytest.param(
        "Howard and Felicity Marsh have kept bees on Ridge Lane since 1990.\n\n"
        '"We never thought we would lose a hive," said Mrs Marsh.\n\n'
        '"We may start again," Mr Marsh said. "Maybe next spring."',
        {
            "We never thought": "Felicity Marsh",
            "We may start again": "Howard Marsh",
            "Maybe next spring": "Howard Marsh",
        },
        id="en-couple-given-names-joined",
    ),
    pytest.param(
        "Rapat pleno dibuka pukul 09.00 WIT.\n\n"
        '"Semua berjalan lancar," kata Ketua KPU Kota Ambon, Ny. Maria Latuheru.',
        {"Semua berjalan lancar": "Maria Latuheru"},
        id="id-ny-honorific",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED)
def test_people_who_share_a_surname(text, expected):
    _check(text, expected)


# --- Names the article writes in other shapes ---------------------------------

NAME_SHAPES = [
    pytest.param(
        'Ricardo "Rico" Almeida scored twice as Harlow beat Stanford.\n\n'
        '"I was nervous at the start," Almeida said. "I have never scored two."',
        {
            "I was nervous": "Ricardo Almeida",
            "I have never scored two": "Ricardo Almeida",
        },
        id="en-nickname-inside-the-name",
    ),
    pytest.param(
        "The minister's plan, as set out by transport minister Hugo Brandt on "
        'Radio Kelmore last week, is modest. "We will fix the worst roads first," '
        "he said on the station's morning show.",
        {"We will fix the worst roads": "Hugo Brandt"},
        id="en-radio-station-is-no-person",
    ),
    pytest.param(
        "Supporters were delighted. Ruth Dale, who chairs the fans' trust, said sales "
        'were up. "We have never sold more," she said.\n\n'
        "Her fellow trust member Owen Tate, 70, put it more simply. "
        '"Best season in years."',
        {"We have never sold more": "Ruth Dale", "Best season in years": "Owen Tate"},
        id="en-possessive-then-name-opens-the-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_SHAPES)
def test_names_in_other_shapes(text, expected):
    _check(text, expected)


MEDIA = [
    pytest.param(
        "Rencana itu sebelumnya diberitakan harian Suara Lembah pada Mei. "
        'Mengutip sumber internal, harian itu menulis bahwa direksi "sudah '
        'kehabisan pilihan". Direksi membantah.',
        {"sudah kehabisan pilihan": "Suara Lembah"},
        id="id-harian-itu-after-harian-name",
    ),
    pytest.param(
        "The minister's plan, as set out by transport minister Hugo Brandt on "
        'Radio Kelmore last week, is modest. "We will fix the worst roads first," '
        "he said on the station's morning show.",
        {"We will fix the worst roads": "Hugo Brandt"},
        id="en-as-set-out-by-then-he-said",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEDIA)
def test_media_and_agents(text, expected):
    _check(text, expected)


def test_a_relative_clause_s_verb_belongs_to_the_one_it_is_on():
    _check(
        "The fare rise was approved on Monday by the Harbour Minister's office, "
        'which said running costs had "nearly tripled" since 2020.',
        {"nearly tripled": ("Harbour Minister's office", "Harbour Minister")},
    )


def test_an_office_ending_in_its_place_gives_the_apposed_name_its_role():
    _check(
        "Kepala Dinas Kesehatan Lembah Barat, drg. Yuliana Sitorus, M.Kes., "
        "menyebut anggaran naik 8 persen.\n\n"
        "Dalam rapat itu, Ketua Komisi D, Hasan Lubis, meminta dana tambahan.\n\n"
        'Ditemui seusai rapat, Kepala Dinas menyatakan pihaknya terbuka. "Kami '
        'akan hitung ulang," ujarnya.',
        {"Kami akan hitung ulang": "Yuliana Sitorus"},
    )


def test_the_company_is_the_group_named_before():
    _check(
        "Tarnside Packaging Group returned to profit in the half year.\n\n"
        'In a statement, the company said: "Demand has been strong in all three '
        'markets."',
        {"Demand has been strong": "Tarnside Packaging Group"},
    )
