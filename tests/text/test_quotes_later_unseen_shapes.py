"""Speaker shapes the retired holdout7 to holdout9 showed the rules missing.

Their misses fall into a few general causes: a body speaking through "it"
or through a document it issued, a body named in apposition to a common
noun, a Q&A whose answers belong to the one introduced as speaking to the
outlet, a rank or a leading "The" around a name, a new voice introduced
without a speech verb, and someone unnamed quoted inside another's words.
Every passage here is written for this module (fictional people, bodies and
outlets), in the shape of one of those misses, never its words. They go
through `suggestions.detect`, as the bench does.
"""

from __future__ import annotations

import pytest

from tests.text.test_quotes_attribution_shapes import _check

_NOT_YET = pytest.mark.xfail(strict=True, reason="a shape not read yet")

# --- A body speaks through "it", after a sentence about it ------------------------

IT_SAID = [
    pytest.param(
        "Harlow Foods reported a pre-tax profit of £40 million, its chief "
        "executive Mina Castell said on Tuesday.\n\n"
        'Castell said the results showed the plan was working. "We have turned '
        'the corner," she said.\n\n'
        "The company's net debt fell to £20 million, and it said it expected to "
        'open "about 30" stores next year.',
        {
            "We have turned the corner": "Mina Castell",
            "about 30": "Harlow Foods",
        },
        id="en-and-it-said-after-the-company",
    ),
    pytest.param(
        "The Carrow Institute of Music said on Friday that its bursar, Mr Oren "
        "Lask, who has managed its accounts since 2015, had been placed on "
        'leave. In a statement, it said the step was "purely precautionary".',
        {"purely precautionary": "Carrow Institute of Music"},
        id="en-in-a-statement-it-said-after-a-named-person",
    ),
    pytest.param(
        "Teller & Sons, the Dunmere bakery chain, will shut six shops.\n\n"
        "Its finance director, Ada Prewitt, said costs had risen sharply. The "
        "company's sales rose 4 per cent, and it said it would hire \"at least "
        'forty" bakers.',
        {"at least forty": "Teller & Sons"},
        id="en-ampersand-company-it-said",
    ),
]


@pytest.mark.parametrize("text, expected", IT_SAID)
def test_it_said_is_the_body_spoken_of(text, expected):
    _check(text, expected)


# --- A body named in apposition to what it is ------------------------------------

APPOSED_BODIES = [
    pytest.param(
        'Students\' union president Kit Marwood said the list was "a scandal".\n\n'
        'The watchdog, the Higher Learning Council, said it was "monitoring the '
        'situation closely".',
        {
            "a scandal": "Kit Marwood",
            "monitoring the situation closely": "Higher Learning Council",
        },
        id="en-the-watchdog-comma-name-said",
    ),
    pytest.param(
        'Ketua serikat, Dimas Prayogo, menyebut tawaran itu "belum layak".\n\n'
        "Pengelola terminal, PT Dermaga Selat Lestari, dalam keterangan tertulis "
        "menyebut kerugian mencapai Rp 2 miliar. Perusahaan menyebut kontrak itu "
        '"masih berlaku sampai akhir tahun".',
        {
            "belum layak": "Dimas Prayogo",
            "masih berlaku sampai akhir tahun": "PT Dermaga Selat Lestari",
        },
        id="id-perusahaan-after-apposed-pt",
    ),
]


@pytest.mark.parametrize("text, expected", APPOSED_BODIES)
def test_a_body_apposed_to_its_kind_speaks(text, expected):
    _check(text, expected)


# --- A document speaks for the body that issued it --------------------------------

DOCUMENTS = [
    pytest.param(
        "The Rowing Standards Tribunal banned the cox for two years on Monday.\n\n"
        "The tribunal's 20-page ruling said the tests were sound.\n\n"
        '"The explanation offered is not credible," the ruling said.',
        {"The explanation offered is not credible": "Rowing Standards Tribunal"},
        id="en-the-ruling-said-after-the-bodys-ruling",
    ),
    pytest.param(
        'Orbis Cable chief executive Tam Reyes said the outage was over. "We are '
        'back," he said.\n\n'
        "The company's filing to the exchange on Monday said its cover "
        'included "loss of service for up to 90 days".',
        {
            "We are back": "Tam Reyes",
            "loss of service for up to 90 days": ("Orbis Cable",),
        },
        id="en-the-companys-filing-said",
        marks=_NOT_YET,
    ),
    pytest.param(
        "Marlow Vale Council voted for the cuts on Thursday. "
        '"It is a sad day," said council leader Ivy Dorran.\n\n'
        "The council's own audit, published in May, is blunter. \"Without "
        'savings, reserves will run out by 2028," it warns.',
        {
            "It is a sad day": "Ivy Dorran",
            "Without savings, reserves will run out by 2028": (
                "Marlow Vale council",
                "Marlow Vale Council",
                "council",
            ),
        },
        id="en-the-councils-own-report-it-warns",
    ),
]


@pytest.mark.parametrize("text, expected", DOCUMENTS)
def test_a_document_speaks_for_its_issuer(text, expected):
    _check(text, expected)


# --- A Q&A after "X spoke to <outlet>" --------------------------------------------

QA_INTROS = [
    pytest.param(
        "The jockey was suspended for a month on Friday.\n\n"
        "His trainer, Harriet Colby, spoke to Paddock Weekly on Friday evening.\n\n"
        "Q: How is he?\n\n"
        "A: Gutted, but he will be back. He always comes back.\n\n"
        "Q: Will he appeal?\n\n"
        "A: We are reading the ruling first. Then we decide.",
        {
            "Gutted, but he will be back. He always comes back.": "Harriet Colby",
            "We are reading the ruling first. Then we decide.": "Harriet Colby",
        },
        id="en-name-spoke-to-outlet-then-qa",
    ),
    pytest.param(
        "Kepala Dinas Perikanan Bantar, Rusdi Halim, berbicara kepada Warta "
        "Tambak pekan lalu.\n\n"
        "T: Kenapa harga udang turun?\n\n"
        "J: Pasokan naik, pembeli tetap. Itu saja sebabnya.\n\n"
        "T: Sampai kapan?\n\n"
        "J: Mungkin sampai Maret.",
        {
            "Pasokan naik, pembeli tetap. Itu saja sebabnya.": "Rusdi Halim",
            "Mungkin sampai Maret.": "Rusdi Halim",
        },
        id="id-name-berbicara-kepada-outlet-then-qa",
    ),
]


@pytest.mark.parametrize("text, expected", QA_INTROS)
def test_qa_answers_are_the_one_speaking_to_the_outlet(text, expected):
    _check(text, expected)


# --- Name forms: a rank before the name, a body's full name ----------------------

NAME_FORMS = [
    pytest.param(
        "Clearing the site could take a day, according to Captain Lorna Beckett "
        "of the army's bomb disposal unit, who said her team would start at "
        'dawn. "We only get one go at this," Beckett said.',
        {"We only get one go at this": "Lorna Beckett"},
        id="en-according-to-rank-name-then-surname",
    ),
    pytest.param(
        "The bridge will stay shut until noon, according to Major Ines Carrow of "
        "the county's engineering corps, who said divers would inspect the piers. "
        '"We will not rush it," Carrow said.',
        {"We will not rush it": "Ines Carrow"},
        id="en-according-to-major-name-then-surname",
    ),
    pytest.param(
        'Traders marched on Monday. "Lights out, that is all," said the group\'s '
        "chair, Fen Caddick.\n\n"
        "The Northern Isles Water Directorate said in a statement that it was "
        '"aware of the complaints".',
        {
            "Lights out, that is all": "Fen Caddick",
            "aware of the complaints": "Northern Isles Water Directorate",
        },
        id="en-long-body-name-said-in-a-statement",
    ),
    pytest.param(
        "Union chief Dev Marsh and the Harwick Chamber of Commerce both welcomed "
        "the decision. Marsh said 60 jobs had been saved; the chamber called the "
        'sale "short-sighted" and urged a rethink.',
        {"short-sighted": "Harwick Chamber of Commerce"},
        id="en-the-chamber-is-the-chamber-of-commerce",
    ),
]


@pytest.mark.parametrize("text, expected", NAME_FORMS)
def test_names_in_their_full_form(text, expected):
    _check(text, expected)


# --- A new voice brought in without a speech verb ---------------------------------

NEW_VOICES = [
    pytest.param(
        '"Harga naik terus," ujar Wati sambil menimbang bawang.\n\n'
        "Keluhan serupa disampaikan Parno, pedagang di lapak sebelahnya. "
        '"Pembeli tinggal separuh. Semua menahan belanja," katanya.',
        {
            "Harga naik terus": "Wati",
            "Pembeli tinggal separuh. Semua menahan belanja": "Parno",
        },
        id="id-keluhan-serupa-disampaikan-name-katanya",
    ),
    pytest.param(
        "Kepala puskesmas, Endang Purwati, mengakui layanan terganggu. Ia "
        "mengatakan 40 pasien dirujuk.\n\n"
        "Salah satunya Karsini (61), warga Desa Sukamaju, yang datang untuk "
        'cuci darah. Ia mengaku berangkat sejak subuh. "Sudah jauh-jauh ke '
        'sini, ternyata tutup," tuturnya.',
        {"Sudah jauh-jauh ke sini, ternyata tutup": "Karsini"},
        id="id-salah-satunya-name-age-then-pronoun",
    ),
]


@pytest.mark.parametrize("text, expected", NEW_VOICES)
def test_a_voice_brought_in_without_a_speech_verb(text, expected):
    _check(text, expected)


# --- Somebody unnamed quoted inside, or by the report -----------------------------

UNNAMED = [
    pytest.param(
        "The ferry was carrying about 300 passengers, the operator said.\n\n"
        '"The deck just tipped. We had to break the windows," a fisherman at the '
        "harbour told Coastline News by phone. He did not give his name.",
        {"The deck just tipped. We had to break the windows": ""},
        id="en-a-long-unnamed-description-told-outlet",
    ),
    pytest.param(
        "Apa yang Ibu lihat di lapangan?\n\n"
        "Saya tidak mau asal tuduh. Tapi waktu saya ke Desa Karang Anyar, seorang "
        'bapak bilang ke saya, "Pak, timbangannya kurang dua kilo." Itu bukan '
        "soal harga lagi.",
        {"Pak, timbangannya kurang dua kilo.": ""},
        id="id-seorang-bapak-bilang-ke-saya",
    ),
    pytest.param(
        'The hospital said the ward would reopen in June. "We are proud of the '
        'staff," said chief nurse Polly Edge.\n\n'
        "A statement from the family of Tom Arkwright, a porter who raised money "
        'for the ward before he died, read: "Tom would have loved this day."',
        {
            "We are proud of the staff": "Polly Edge",
            "Tom would have loved this day.": "",
        },
        id="en-statement-from-the-family-of-the-dead",
    ),
    pytest.param(
        "Menteri Perdagangan Rina Sasmita bertemu dengan Perdana Menteri Arvenia "
        "di Lisbon, Senin.\n\n"
        'Pertemuan itu menekankan pentingnya "menjaga rantai pasok" di antara '
        "kedua negara.",
        {"menjaga rantai pasok": ""},
        id="id-the-meeting-stressed-partial",
    ),
    pytest.param(
        "Foreign Minister Ada Lorne met her Veltrian counterpart in Oslo on "
        "Monday.\n\n"
        'The talks stressed the need for "calm along the border" as both sides '
        "traded accusations.",
        {"calm along the border": ""},
        id="en-the-talks-stressed-partial",
    ),
]


@pytest.mark.parametrize("text, expected", UNNAMED)
def test_somebody_unnamed_stays_unnamed(text, expected):
    _check(text, expected)


# --- A role the article named before ----------------------------------------------

ROLES = [
    pytest.param(
        "Jaksa penuntut umum Maria Tambunan menuntut terdakwa enam tahun "
        "penjara.\n\n"
        "Hal yang memberatkan, menurut JPU, terdakwa tidak mengakui perbuatannya. "
        '"Sampai sekarang tidak ada uang yang kembali," ujarnya.',
        {"Sampai sekarang tidak ada uang yang kembali": "Maria Tambunan"},
        id="id-menurut-jpu-then-ujarnya",
    ),
]


@pytest.mark.parametrize("text, expected", ROLES)
def test_a_role_named_before_resolves(text, expected):
    _check(text, expected)


# --- Shapes dev16 showed: a description before a clause, a body's document -------

DEV16_SHAPES = [
    pytest.param(
        "The loudest objection came from the party's own benches. Ruth Alder, "
        "the member for Holmfirth and Dale, who owns three shops, said she would "
        'back the bill "with real doubts".',
        {"with real doubts": "Ruth Alder"},
        id="en-name-description-with-and-then-clause-said",
    ),
    pytest.param(
        'Union leader Sam Pike said the talks had failed. "Nothing moved," he '
        "said.\n\n"
        "A spokesperson for the arbitration service said both sides had "
        '"talked in good faith" and that it would meet them again.',
        {"Nothing moved": "Sam Pike", "talked in good faith": ""},
        id="en-spokesperson-for-an-unnamed-service",
    ),
    pytest.param(
        "Harwick Albion have fined their striker for missing training.\n\n"
        'A club statement on Tuesday said Okoro had "said sorry to the squad".',
        {"said sorry to the squad": "Harwick Albion"},
        id="en-a-club-statement-said",
    ),
]


@pytest.mark.parametrize("text, expected", DEV16_SHAPES)
def test_dev16_shapes(text, expected):
    _check(text, expected)
