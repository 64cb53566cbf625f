from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotations.text import furniture
from annotations.text.cleaning import clean
from annotations.text.metadata import extract_metadata

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / ".." / "shared" / "seeds"

# Written for these tests: two articles from made-up sites, furniture and all.
SENTENCES_ID = [
    "SAMARINDA - Jembatan gantung di Desa Loa Ipuh putus pada Kamis sore ketika "
    "puluhan warga menyeberang menuju pasar.",
    "Sedikitnya sembilan orang luka-luka dan dua warga masih dicari tim SAR gabungan "
    "hingga malam hari.",
    '"Tali baja sudah berkarat sejak tahun lalu dan kami sudah melapor," kata Kepala '
    "Desa Rusdi Hamzah.",
    "Pemerintah kabupaten berjanji membangun jembatan beton dalam enam bulan.",
]
FURNITURE_ID = {
    "Daerah › Kalimantan Timur": "section-label",
    "Lama membaca: 2 menit": "reading-time",
    "Sebarkan ke": "share-prompt",
    "Facebook | WhatsApp | Salin tautan": "share-prompt",
    "Klik untuk perbesar foto": "photo-viewer",
    "3 / 8": "photo-viewer",
    "Unduh aplikasi kami di Play Store": "app-promo",
    "Halaman 1 2 Berikutnya ›": "pagination",
    "LIPUTAN KHUSUS": "section-label",
}
RAW_ID = "\n\n".join(
    [
        "Daerah › Kalimantan Timur",
        "Jembatan Gantung Putus di Loa Ipuh, Sembilan Warga Luka",
        "Lama membaca: 2 menit",
        "Sebarkan ke",
        "Facebook | WhatsApp | Salin tautan",
        SENTENCES_ID[0],
        "Klik untuk perbesar foto",
        "3 / 8",
        SENTENCES_ID[1],
        "LIPUTAN KHUSUS",
        SENTENCES_ID[2],
        "Unduh aplikasi kami di Play Store",
        SENTENCES_ID[3],
        "Halaman 1 2 Berikutnya ›",
    ]
)

SENTENCES_EN = [
    "Port officials in Kupang said on Monday that a cargo ship had run aground on a "
    "reef overnight.",
    "No crew were hurt, but about 40 tonnes of fuel remain on board.",
    "Salvage teams expect to refloat the vessel at high tide on Wednesday.",
]
FURNITURE_EN = {
    "Regions": "section-label",
    "2 minute read": "reading-time",
    "Post to X Send by email": "share-prompt",
    "View image gallery": "photo-viewer",
    "Continue in the app": "app-promo",
    "Next page »": "pagination",
    "Newsletter sign-up": "site-chrome",
}
RAW_EN = "\n\n".join(
    [
        "Regions",
        "Cargo ship runs aground off Kupang",
        "2 minute read",
        "Post to X Send by email",
        SENTENCES_EN[0],
        "View image gallery",
        SENTENCES_EN[1],
        "Continue in the app",
        "Newsletter sign-up",
        SENTENCES_EN[2],
        "Next page »",
        "Continue in the app",
    ]
)


@pytest.mark.parametrize(
    ("raw", "sentences", "expected", "title"),
    [
        (
            RAW_ID,
            SENTENCES_ID,
            FURNITURE_ID,
            "Jembatan Gantung Putus di Loa Ipuh, Sembilan Warga Luka",
        ),
        (RAW_EN, SENTENCES_EN, FURNITURE_EN, "Cargo ship runs aground off Kupang"),
    ],
)
def test_furniture_of_an_unknown_site_goes_and_every_sentence_stays(
    raw, sentences, expected, title
):
    cleaned = clean(raw)
    reasons = {b.text: b.reason for b in cleaned.blocks}
    assert {line: reasons[line] for line in expected} == expected
    assert cleaned.title == title
    assert [
        b.text for b in cleaned.blocks if b.kept and b.text in sentences
    ] == sentences


def test_a_site_name_above_the_headline_and_repeated_below_goes():
    headline = "Jembatan Gantung Putus di Loa Ipuh"
    raw = "\n\n".join(["Kabar Tepian", headline, *SENTENCES_ID, "Kabar Tepian"])
    cleaned = clean(raw)
    reasons = [b.reason for b in cleaned.blocks if b.text == "Kabar Tepian"]
    assert reasons == ["section-label", "site-chrome"]
    assert cleaned.title == headline


def test_a_short_line_the_page_repeats_is_site_chrome():
    raw = "\n\n".join(
        [
            SENTENCES_ID[0],
            "Kabar Tepian Online",
            *SENTENCES_ID[1:],
            "Kabar Tepian Online",
        ]
    )
    reasons = [b.reason for b in clean(raw).blocks if b.text == "Kabar Tepian Online"]
    assert reasons == ["site-chrome", "site-chrome"]


def test_runs_of_linked_headlines_go_but_a_lone_subheading_stays():
    raw = "\n\n".join(
        [
            SENTENCES_ID[0],
            "Kronologi Kejadian",
            SENTENCES_ID[1],
            SENTENCES_ID[2],
            "Warga Keluhkan Jalan Rusak Menuju Pelabuhan Baru",
            "Harga Cabai Turun Menjelang Musim Panen Raya",
            SENTENCES_ID[3],
        ]
    )
    reasons = {b.text: b.reason for b in clean(raw).blocks}
    assert reasons["Kronologi Kejadian"] == ""
    assert reasons["Warga Keluhkan Jalan Rusak Menuju Pelabuhan Baru"] == "read-also"
    assert reasons["Harga Cabai Turun Menjelang Musim Panen Raya"] == "read-also"


def test_headlines_under_a_list_heading_go_in_any_case():
    links = [
        "Ferry fares to rise in March",
        "- Floods cut off two villages in the north",
        "'Buses are housing policy': the transit chief on fares",
    ]
    for heading in ("RELATED", "More from Regions", "Related coverage"):
        raw = "\n\n".join([*SENTENCES_EN, heading, *links])
        cleaned = clean(raw)
        assert [b.reason for b in cleaned.blocks if b.text in links] == [
            "read-also"
        ] * 3, heading
        assert cleaned.body == "\n\n".join(SENTENCES_EN)


def test_a_subheading_under_another_label_stays():
    # "LIPUTAN KHUSUS" labels the article's part, not a list of links.
    raw = "\n\n".join(
        [SENTENCES_ID[0], SENTENCES_ID[1], "LIPUTAN KHUSUS", "Keluarga menunggu kabar"]
        + SENTENCES_ID[2:]
    )
    assert "Keluarga menunggu kabar" in clean(raw).body


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our morning briefing",
        "Join 12,000 readers: sign up for our farming newsletter.",
        "Support local news. Subscribe from $2 a week.",
        "Dukung jurnalisme daerah. Berlangganan mulai Rp 20 ribu per bulan.",
        "Follow Hill Sport on Instagram and YouTube",
        "Simak berita pilihan lainnya di kanal WhatsApp KabarHulu.id",
        "Ikuti terus berita daerah di aplikasi Kabar Hulu. Unduh gratis di Play Store.",
        "Kabar Hulu hadir di WhatsApp Channel, ikuti dan dapatkan berita terbaru kami",
        "Have a news tip? Email desk@hilltimes.example",
        "Got a story? Email newsdesk@hilltimes.example",
    ],
)
def test_the_sites_notices_go(line):
    raw = "\n\n".join([*SENTENCES_EN, line])
    cleaned = clean(raw)
    assert [(b.text, b.reason) for b in cleaned.removed] == [(line, furniture.NOTICE)]


@pytest.mark.parametrize(
    "line",
    [
        "Follow the signs to the shelter, police told residents.",
        "Residents can sign up for flood alerts on the council's app.",
        "Ikuti arahan petugas di lapangan, kata Kapolres.",
        "Applications can be sent to jobs@hill.example until Friday.",
        '"Follow us on Instagram," the club wrote, announcing the signing.',
        "Warga diminta mengikuti akun Instagram BPBD untuk informasi terbaru.",
        "Support for the plan came from our neighbours, she said.",
        "Follow-up checks on our street found no leak, the council said.",
        "Get out of the water, our lifeguards told swimmers on Sunday.",
    ],
)
def test_sentences_about_following_and_signing_up_stay(line):
    raw = "\n\n".join([*SENTENCES_EN, line])
    assert clean(raw).removed == ()


# Written for this test: a whole page of a made-up English site, every piece of its
# furniture in the shapes the dev gold found surviving.
PAGE_SENTENCES = [
    "Ambulance crews in Carrow Bay walked out at dawn on Tuesday after talks over "
    "night-shift pay broke down, leaving about 60 vehicles idle.",
    '"We have asked for the same rate as the hospital porters, nothing more," said '
    "union steward Ada Brennock.",
    "The health board said emergency calls would be answered by volunteer crews and "
    "that a new offer was being prepared.",
    "Talks are due to resume on Thursday.",
]
PAGE_HEADLINE = "Ambulance crews strike as night-pay talks collapse"
PAGE = "\n".join(
    [
        "The Carrow Bay Herald",
        "Serving the bay since 1898",
        "Sign in | Subscribe for $1 a week",
        "News | Health",
        PAGE_HEADLINE,
        "Union says its members are paid less than hospital porters",
        "By Mina Lowell, Health Reporter",
        "Tuesday, 8 December 2026 | 7:05 a.m.",
        "4 min read",
        "Share on Facebook Share on X Email",
        "Crews outside the Harbour Road depot on Tuesday. (Herald/Owen Pike)",
        PAGE_SENTENCES[0],
        PAGE_SENTENCES[1],
        PAGE_SENTENCES[2],
        PAGE_SENTENCES[3],
        "RELATED",
        "Health board names new chief executive",
        "Hospital car park fees to rise in April",
        "Got a story? Email desk@carrowbayherald.example",
        "Sign up for our morning briefing",
        "(c) Carrow Bay Herald 2026. All rights reserved.",
    ]
)


def test_a_whole_page_of_an_unknown_site_leaves_only_its_article():
    cleaned = clean(PAGE)
    assert cleaned.title == PAGE_HEADLINE
    assert cleaned.body == "\n\n".join(PAGE_SENTENCES)
    assert (
        extract_metadata(PAGE).published_at.isoformat() == "2026-12-08T07:05:00+07:00"
    )


def test_a_players_clock_and_font_size_buttons_go_but_a_timetable_stays():
    lines = {"00:00 / 03:51": "photo-viewer", "A- A+": "site-chrome"}
    timetable = "Jadwal: 19:00 / 21:00 WIB"
    raw = "\n\n".join([SENTENCES_ID[0], *lines, timetable, *SENTENCES_ID[1:]])
    reasons = {b.text: b.reason for b in clean(raw).blocks}
    assert {line: reasons[line] for line in lines} == lines
    assert reasons[timetable] == ""


def test_a_breadcrumb_of_guillemets_holds_no_quote():
    assert not furniture.is_sentence("Beranda » Regional » Jawa Barat")
    # Guillemets around words are quotation marks, as in «Kami siap bertanding»
    assert furniture.is_sentence("Pelatih: «Kami siap bertanding»")


def test_lines_of_the_article_that_are_no_sentences_stay():
    lines = [
        "Daftar korban luka:",
        "- Rusdi (45), patah kaki",
        "- Siti (12), luka ringan",
        "Nomor laporan: 14/LP/B/2024/Polres",
        "Tim SAR gabungan",
    ]
    raw = "\n\n".join([SENTENCES_ID[0], *lines, *SENTENCES_ID[1:]])
    cleaned = clean(raw)
    assert [b.text for b in cleaned.blocks if b.kept] == [
        SENTENCES_ID[0],
        *lines,
        *SENTENCES_ID[1:],
    ]


def test_a_text_without_sentences_is_left_alone():
    raw = "Perbesar foto\n\nLama membaca: 2 menit\n\n3 / 8\n\n" + SENTENCES_ID[0]
    assert not [b for b in clean(raw).blocks if b.reason in furniture.REASONS]


def test_a_date_beside_a_reading_time_is_still_the_articles_date():
    raw = "\n\n".join(
        ["Kamis, 14 Maret 2024 | 09:30 WITA · 3 menit baca", *SENTENCES_ID]
    )
    cleaned = clean(raw)
    assert cleaned.blocks[0].reason == "date-line"
    assert extract_metadata(raw).published_at.isoformat() == "2024-03-14T09:30:00+08:00"


def test_the_seeds_lose_nothing_to_the_furniture_rules():
    for path in sorted(SEEDS.glob("*.txt")):
        blocks = clean(path.read_text(encoding="utf-8")).blocks
        assert not [b.text for b in blocks if b.reason in furniture.REASONS], path.name


def _gold_articles():
    gold = ROOT / "bench" / "gold"
    for path in sorted(gold.glob("**/*.json")):
        source = json.loads(path.read_text(encoding="utf-8"))["source"]
        if source.startswith("seeds/"):
            continue
        text = path.parent / source
        if not text.exists():
            text = path.parent / Path(source).name
        if text.exists():
            yield text


def test_no_sentence_of_the_gold_articles_is_taken_for_furniture():
    articles = list(_gold_articles())
    assert len(articles) >= 8
    for path in articles:
        for block in clean(path.read_text(encoding="utf-8")).blocks:
            if block.reason in furniture.REASONS:
                assert not furniture.is_sentence(block.text), (path.name, block.text)
