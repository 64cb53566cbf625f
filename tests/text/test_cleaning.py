from __future__ import annotations

from pathlib import Path

import pytest

from annotations.text.cleaning import (
    REASONS,
    Block,
    block_offsets,
    clean,
    clean_line,
    clean_raw,
    compose_body,
    is_date_line,
    normalise,
    shorten,
    split_paragraphs,
)

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


# Hand-picked sentences of each seed's real article, which must all survive.
ARTICLE_SENTENCES = {
    "000": [
        "BEIJING, KOMPAS.TV - Menteri Luar Negeri",
        "pejabat senior China di Beijing, Jumat (26/4/2024).",
        "Pertemuan tersebut menekankan pentingnya",
        "Seusai pertemuan, Blinken mengatakan",
        "kata Blinken dikutip dari Associated Press.",
        "Amerika akan selalu mempertahankan kepentingan inti dan nilai-nilai kami.",
        "Blinken juga menyinggung tentang pasokan bahan Beijing",
        "Rusia akan kesulitan",
        'tetapi juga mengancam keamanan Eropa," tambahnya.',
    ],
    "002": [
        "ANKARA - Menteri Luar Negeri Amerika Serikat Antony Blinken",
        "pada 1970-an.",
        "selama sekitar enam jam",
        "dengan Qinsoal upaya",
        "Blinken akan melanjutkan pertemuannya",
        '"jujur, substantif, dan konstruktif."',
        "saluran komunikasi antarmiliterkedua negara",
        "ditunda pada Februari",
        "Kedua pihak juga sepakat mendukung lebih banyak kunjungan timbal balik oleh pelajar, cendekiawan, dan pebisnis, kata Hua.",
    ],
    "003": [
        "Pertemuan ini dinilai menjadi pertanda",
        "Seperti dilansir AFP, Senin (19/6/2023)",
        "sejak tiba pada Minggu (18/6) waktu setempat.",
        "7,5 jam",
        "'terus-terang, substantif dan konstruktif'",
        "'kerja sama atau konflik'",
        '"Penting untuk memilih antara dialog dan konfrontasi, kerja sama atau konflik," cetus Wang',
        '"Kita harus membalikkan situasi',
        "Para pejabat Washington mengharapkan",
        "Blinken dijadwalkan akan menyampaikan pernyataan kepada wartawan sebelum meninggalkan China.",
    ],
}


def test_seed_000_body_starts_with_the_dateline_paragraph():
    body = clean(_seed("000")).body
    assert body.startswith("BEIJING, KOMPAS.TV - Menteri Luar Negeri")


def test_seed_000_body_drops_the_kompas_tv_boilerplate():
    body = clean(_seed("000")).body
    for marker in [
        "Baca Juga",
        "Penulis",
        "Sumber :",
        "TERBARU",
        "(Sumber: AP Photo",
        "Kompas dunia |",
        "Apa Saja yang Dibahas?",
        "> >",
        "\u00a0",
    ]:
        assert marker not in body


def test_seed_000_records_why_each_paragraph_was_removed():
    reasons = {b.text[:20]: b.reason for b in clean(_seed("000")).removed}
    assert reasons == {
        "> >": "empty",
        "Menlu AS Anthony Bli": "title",
        "Kompas dunia | 26 Ap": "date-line",
        "Menteri Luar Negeri ": "photo-credit",
        "Baca Juga: Siapkan 5": "read-also",
        "Penulis : Rizky L Pr": "byline",
        "Sumber : Associated ": "source-line",
        "TERBARU": "latest-list",
    }


def test_seed_002_body_drops_the_koran_jakarta_trailer():
    body = clean(_seed("002")).body
    for marker in [
        "Berita Trending",
        "Berita Terkini",
        "Tag Terkait",
        "Garuda Indonesia",
        "Sritex",
        "Redaktur",
        "Foto: CGTN",
        "Penulis",
        "15:22 WIB",
        "Menlu AS Undang Menlu Tiongkok ke Washington",
    ]:
        assert marker not in body


def test_seed_002_ends_with_the_last_real_paragraph():
    body = clean(_seed("002")).body
    assert body.endswith("kata Hua.")


def test_seed_002_glued_photo_credit_and_editor_stay_one_removed_block():
    removed = clean(_seed("002")).removed
    glued = [b for b in removed if "Redaktur: Lili Lestari" in b.text]
    assert glued == [
        Block(
            "Foto: CGTN/Kementerian Luar Negeri TiongkokRedaktur: Lili Lestari",
            kept=False,
            reason="photo-credit",
        )
    ]


def test_seed_002_caption_before_its_photo_credit_is_removed():
    removed = clean(_seed("002")).removed
    caption = [b for b in removed if b.text.endswith("di Beijing, 18 Juni 2023.")]
    assert [b.reason for b in caption] == ["photo-caption"]


def test_seed_002_list_items_follow_their_heading_reason():
    removed = clean(_seed("002")).removed
    reasons = {b.reason for b in removed if b.text.startswith("- ")}
    assert reasons == {"trending-list", "latest-list"}
    assert sum(b.text.startswith("- ") for b in removed) == 10


def test_seed_002_repairs_only_the_glued_decade():
    body = clean(_seed("002")).body
    assert "pada 1970-an" in body
    assert "pada1970" not in body
    assert "Qinsoal" in body
    assert "antarmiliterkedua" in body


def test_seed_003_body_drops_the_detik_prompts():
    body = clean(_seed("003")).body
    for marker in [
        "SCROLL TO CONTINUE",
        "Lihat juga Video",
        "Simak berita selengkapnya",
    ]:
        assert marker not in body


def test_seed_003_detects_no_title():
    cleaned = clean(_seed("003"))
    assert cleaned.title == ""
    assert all(b.reason != "title" for b in cleaned.blocks)


@pytest.mark.parametrize("seed", sorted(ARTICLE_SENTENCES))
def test_every_hand_picked_article_sentence_survives(seed):
    cleaned = clean(_seed(seed))
    for sentence in ARTICLE_SENTENCES[seed]:
        assert sentence in cleaned.body
        assert not any(sentence in b.text for b in cleaned.removed)


@pytest.mark.parametrize("seed", sorted(ARTICLE_SENTENCES))
def test_removed_blocks_carry_a_boilerplate_reason(seed):
    cleaned = clean(_seed(seed))
    assert cleaned.removed
    assert all(b.reason in REASONS for b in cleaned.removed)
    assert all(b.reason == "" for b in cleaned.blocks if b.kept)


@pytest.mark.parametrize("seed", sorted(ARTICLE_SENTENCES))
def test_restoring_every_block_gives_back_every_raw_paragraph(seed):
    raw = _seed(seed)
    cleaned = clean(raw)
    everything = compose_body(cleaned.blocks, restored=range(len(cleaned.blocks)))
    paragraphs = [normalise(line) for line in raw.splitlines()]
    for paragraph in filter(None, paragraphs):
        assert paragraph in everything
    assert everything.split("\n\n") == [b.text for b in cleaned.blocks]


def test_normalise_folds_no_break_and_zero_width_spaces():
    assert (
        normalise("China\u00a0 di\u202fBeijing\u200b\t\t kini ")
        == "China di Beijing kini"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("satu dua tiga", "satu dua tiga"),
        ("satu  dua", "satu dua"),
        ("satu \u00a0dua", "satu dua"),
        ("satu\u00a0 dua", "satu dua"),
        ("satu\t dua \u3000 tiga", "satu dua tiga"),
        ("  satu dua ", "satu dua"),
    ],
)
def test_normalise_makes_every_run_of_spaces_one_space(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("glued", "fixed"),
    [
        ("pada1970-an", "pada 1970-an"),
        ("tahun2023", "tahun 2023"),
        ("sejak2018.", "sejak 2018."),
        ("era1990an", "era 1990an"),
    ],
)
def test_normalise_splits_a_word_glued_to_a_year(glued, fixed):
    assert normalise(glued) == fixed


@pytest.mark.parametrize("word", ["Qinsoal", "ChinaM", "COVID19", "nomor12345", "G20"])
def test_normalise_leaves_other_glued_words_alone(word):
    assert normalise(word) == word


def test_split_paragraphs_treats_each_line_as_a_paragraph():
    raw = "Satu.\r\nDua.\n\n\n  \u00a0 \nTiga."
    assert split_paragraphs(raw) == ["Satu.", "Dua.", "Tiga."]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Baca foto-foto itu, kata dia, sebelum menilai.",
        "Foto itu diambil pada Senin pagi oleh warga.",
        "Dia membaca juga laporan Reuters.",
        "Editornya menolak berkomentar.",
        "Sumber: pejabat itu mengatakan bahwa pertemuan berlangsung alot. Dia menolak disebut namanya.",
        "Share harga saham naik 3 persen.",
        "Trending di media sosial, video itu ditonton jutaan kali.",
        "Oleh karena itu, warga diminta menjauhi bantaran sungai.",
        "Redaksi Majalah Tani menerima surat itu pada Senin.",
        "The union said the report was edited by the council before it was published.",
        "Penulis buku itu, Rina Sari, hadir dalam diskusi. (Sumber: Panitia)",
        "Warga dan relawan membersihkan sisa lumpur (Jakarta/Bogor).",
        "Comments are closed on the council's website until the hearing, he said.",
        "Berita ini dibantah juru bicara kepolisian pada Selasa.",
    ],
)
def test_paragraphs_merely_mentioning_markers_are_kept(paragraph):
    cleaned = clean(f"Pembukaan artikel ini sudah cukup panjang.\n{paragraph}")
    assert cleaned.body.endswith(paragraph)


def test_long_paragraph_is_never_removed_whatever_it_starts_with():
    paragraph = "Baca juga: " + "kalimat artikel yang panjang sekali. " * 20
    cleaned = clean("Pembukaan artikel.\n" + paragraph)
    assert cleaned.removed == ()


@pytest.mark.parametrize(
    ("paragraph", "reason"),
    [
        ("Baca juga: Harga minyak naik", "read-also"),
        ("Read also: Oil prices climb", "read-also"),
        ("Read more: China says it wants stable ties", "read-also"),
        ("ADVERTISEMENT", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "scroll-prompt"),
        ("Simak Video 'Blinken di Beijing'", "video-prompt"),
        ("Simak berita selengkapnya di halaman selanjutnya.", "more-prompt"),
        ("Most read", "trending-list"),
        ("Terpopuler", "trending-list"),
        ("Berita Terkini", "latest-list"),
        ("Tags: China, Amerika Serikat", "tag-list"),
        ("Bagikan", "share-prompt"),
        ("Share this article", "share-prompt"),
        ("Foto: Dok. Kemlu", "photo-credit"),
        ("Blinken tiba di Beijing. (Foto: AFP/Leah Millis)", "photo-credit"),
        (
            "Warga antre di Jakarta. ANTARA FOTO/Aditya Pradana Putra/foc.",
            "photo-credit",
        ),
        ("Reporter: Budi Santoso", "byline"),
        ("By Jane Doe", "byline"),
        ("Editor: Ani Wijaya", "editor-line"),
        ("Redaktur: Lili Lestari", "editor-line"),
        ("(nvc/nvc)", "editor-line"),
        ("Oleh: Yosef Watu", "byline"),
        ("Ditulis oleh Rahmi Lestari", "byline"),
        ("Redaksi Kabar Hulu", "byline"),
        ("Laporan: Dimas Putra", "byline"),
        ("Words by Ana Pell / Photos by Joe Ruiz", "byline"),
        ("Reporting by Ana Pell; Editing by Joe Ruiz", "byline"),
        ("(Reporting by Ana Pell in Dili; editing by Joe Ruiz)", "byline"),
        ("Mara Quist, Courts Reporter", "byline"),
        ("Gazette staff and agencies", "byline"),
        ("(Editing by Joe Ruiz)", "editor-line"),
        ("(c) Harbour Wire 2026. All rights reserved.", "copyright"),
        ("Harbour Daily © 2026", "copyright"),
        (
            "Warga antre air bersih di Desa Lalu, Senin. (Kabar Hulu/Rahmi L.)",
            "photo-credit",
        ),
        (
            "Crews clear the road on Friday. Photo: Hill Times / Ana Pell",
            "photo-credit",
        ),
        ("Pemain merayakan gol, Minggu (6/12/2026). KABARHULU/Dimas", "photo-credit"),
        ("@tara_writes", "byline"),
        ("Read next: Ferry fares to rise in March", "read-also"),
        ("Topics: Floods, Transport", "tag-list"),
        (
            "Artikel ini telah tayang di kabarhulu.id dengan judul serupa.",
            "site-notice",
        ),
        (
            'Artikel ini telah tayang di kabarhulu.id dengan judul "Banjir Rendam 1.200'
            ' Rumah di Hulu".',
            "site-notice",
        ),
        (
            "This article was first published on Hill Times under the headline"
            " “40 homes flooded as river bursts”.",
            "site-notice",
        ),
        ("Berita ini telah dibaca 1.204 kali", "site-notice"),
        ("This article was first published on Hill Times.", "site-notice"),
        ("Comments are closed for this story.", "site-notice"),
        ("Have your say (12 comments)", "site-notice"),
        ("Sumber : Associated Press", "source-line"),
        ("Senin, 19 Jun 2023, 15:22 WIB", "date-line"),
        ("June 18, 2023", "date-line"),
    ],
)
def test_boilerplate_markers(paragraph, reason):
    cleaned = clean(f"Pembukaan artikel ini sudah cukup panjang.\n{paragraph}")
    assert [(b.text, b.reason) for b in cleaned.removed] == [(paragraph, reason)]


def test_list_heading_takes_its_numbered_items_but_not_the_next_paragraph():
    raw = (
        "Pembukaan artikel.\n"
        "Most read\n"
        "1. Harga minyak naik\n"
        "2) Rupiah melemah\n"
        "Paragraf berikutnya tetap bagian artikel.\n"
        "- Butir dengan tanda hubung tetap.\n"
    )
    cleaned = clean(raw)
    assert [b.reason for b in cleaned.removed] == ["trending-list"] * 3
    assert cleaned.body.endswith(
        "Paragraf berikutnya tetap bagian artikel.\n\n- Butir dengan tanda hubung tetap."
    )


def test_bare_read_also_takes_the_linked_headline_below_it():
    raw = "Pembukaan artikel.\nBaca juga\nHarga Minyak Naik Lagi\nLanjutan artikel."
    cleaned = clean(raw)
    assert [b.text for b in cleaned.removed] == ["Baca juga", "Harga Minyak Naik Lagi"]
    assert cleaned.body == "Pembukaan artikel.\n\nLanjutan artikel."


def test_given_title_is_removed_wherever_it_appears():
    raw = "Pembukaan artikel.\nJudul Berita yang Diberikan\nLanjutan artikel."
    cleaned = clean(raw, title="Judul  berita yang diberikan")
    assert [(b.text, b.reason) for b in cleaned.removed] == [
        ("Judul Berita yang Diberikan", "title")
    ]


def test_given_title_replaces_detection():
    raw = "Headline Looking Line\nThe article starts here."
    assert clean(raw, title="Something else").removed == ()
    assert clean(raw).title == "Headline Looking Line"


def test_outlet_markers_apply_only_to_their_outlet_when_named():
    raw = "Pembukaan artikel.\nBerita lainnya:"
    assert clean(raw).removed[0].reason == "read-also"
    assert clean(raw, outlet="koran-jakarta").removed[0].reason == "read-also"
    assert clean(raw, outlet="detik").removed == ()


def test_compose_body_restores_chosen_blocks_in_original_order():
    blocks = [
        Block("A.", kept=True),
        Block("Baca juga: X", kept=False, reason="read-also"),
        Block("B.", kept=True),
        Block("ADVERTISEMENT", kept=False, reason="advertisement"),
    ]
    assert compose_body(blocks) == "A.\n\nB."
    assert (
        compose_body(blocks, restored=[3, 1])
        == "A.\n\nBaca juga: X\n\nB.\n\nADVERTISEMENT"
    )


def test_block_offsets_point_at_each_block_in_the_composed_body():
    cleaned = clean(_seed("000"))
    restored = [i for i, b in enumerate(cleaned.blocks) if b.reason == "read-also"]
    body = compose_body(cleaned.blocks, restored=restored)
    offsets = block_offsets(cleaned.blocks, restored=restored)
    assert set(offsets) == {i for i, b in enumerate(cleaned.blocks) if b.kept} | set(
        restored
    )
    for index, (start, end) in offsets.items():
        assert body[start:end] == cleaned.blocks[index].text


def test_block_offsets_count_code_points():
    blocks = [Block("Émoji 🙂.", kept=True), Block("Dua.", kept=True)]
    assert block_offsets(blocks) == {0: (0, 8), 1: (10, 14)}


def test_is_date_line_accepts_only_a_lone_date():
    assert is_date_line("Kompas dunia | 26 April 2024, 20:21 WIB")
    assert is_date_line("Senin (19/6/2023)")
    assert is_date_line("2023-06-18T10:00:00+07:00")
    # The site's prefix may itself be the date: "<date> | <time>".
    assert is_date_line("Wednesday, 11 November 2026 | 9:32 p.m.")
    assert not is_date_line("Blinken tiba pada 26 April 2024, 20:21 WIB.")
    assert not is_date_line("Minggu (18/6)")


def test_paragraph_before_a_photo_credit_at_the_top_is_kept():
    raw = "Blinken tiba di Beijing pada Minggu pagi.\nFoto: AFP\nDia disambut pejabat."
    cleaned = clean(raw)
    assert [b.reason for b in cleaned.removed] == ["photo-credit"]
    assert cleaned.body.startswith("Blinken tiba di Beijing")


# The head of a page: headline, standfirst, the site's name above them ----------------

# Written for these tests: a made-up site's article, its head and all.
HEAD_LEAD = (
    "Ferry crews in Port Quillan stopped work on Monday after the operator cut night "
    "shifts, stranding about 900 commuters."
)
HEAD_BODY = [
    HEAD_LEAD,
    '"We were told on Friday, by text message," said deckhand Ines Morrow.',
    "The operator said the cuts would save money and that talks would resume on Friday.",
]
HEAD_RAW = "\n".join(
    [
        "The Quillan Gazette",
        "Sign in | Subscribe for $2 a week",
        "News | Transport",
        "Ferry strike strands commuters as night shifts are cut",
        "Operator says the cuts are needed to save the service",
        "By Talia Brenner",
        "7 December 2026, 08:10",
        *HEAD_BODY,
    ]
)


def test_the_lines_above_the_credits_are_headline_and_standfirst():
    cleaned = clean(HEAD_RAW)
    assert cleaned.title == "Ferry strike strands commuters as night shifts are cut"
    assert [b.reason for b in cleaned.removed][1:] == [
        "site-notice",  # "Sign in | Subscribe…", above the headline
        "site-chrome",
        "title",
        "standfirst",
        "byline",
        "date-line",
    ]
    assert cleaned.body == "\n\n".join(HEAD_BODY)


def test_a_given_title_takes_its_standfirst_along():
    cleaned = clean(
        HEAD_RAW, title="Ferry strike strands commuters as night shifts are cut"
    )
    assert cleaned.body == "\n\n".join(HEAD_BODY)


def test_a_headline_may_open_with_a_quote():
    raw = HEAD_RAW.replace(
        "Ferry strike strands", "'We were told by text': ferry strike strands"
    )
    assert clean(raw).title.startswith("'We were told by text'")


def test_names_above_the_headline_are_the_sites_not_its_headline():
    raw = HEAD_RAW.replace("News | Transport", "Home Transport Weather Opinion")
    cleaned = clean(raw)
    assert cleaned.title == "Ferry strike strands commuters as night shifts are cut"
    assert cleaned.body == "\n\n".join(HEAD_BODY)


@pytest.mark.parametrize("label", ["Liga 2", "Beranda » Olahraga » Liga 2"])
def test_a_section_above_the_headline_is_not_taken_for_it(label):
    headline = "Persikota Datangkan Striker Asal Brasil"
    raw = HEAD_RAW.replace("News | Transport", label).replace(
        "Ferry strike strands commuters as night shifts are cut", headline
    )
    cleaned = clean(raw)
    assert cleaned.title == headline
    assert cleaned.body == "\n\n".join(HEAD_BODY)


def test_a_lead_above_the_date_line_is_no_standfirst():
    # Some sites print the date under the first paragraph: a dateline opens it.
    raw = "\n".join(
        [
            "Ferry strike strands commuters as night shifts are cut",
            "PORT QUILLAN - " + HEAD_LEAD,
            "7 December 2026, 08:10",
            *HEAD_BODY[1:],
        ]
    )
    cleaned = clean(raw)
    assert cleaned.title == "Ferry strike strands commuters as night shifts are cut"
    assert cleaned.body.startswith("PORT QUILLAN - Ferry crews")


def test_a_lead_above_a_photo_credit_is_no_standfirst():
    raw = "\n".join(
        [
            "Ferry strike strands commuters as night shifts are cut",
            HEAD_LEAD,
            "Foto: Quillan Gazette",
            *HEAD_BODY[1:],
        ]
    )
    # (Between the headline and a credit, a short lead reads as the photo's
    # caption: Koran Jakarta prints headline, caption and credit so.)
    reasons = {b.text: b.reason for b in clean(raw).blocks}
    assert reasons[HEAD_LEAD] != "standfirst"


def test_a_long_lead_above_the_date_line_is_no_standfirst():
    lead = HEAD_LEAD[:-1] + (
        ", and the operator said on Monday evening that the night crossings would "
        "not return before the spring timetable begins in the second week of March."
    )
    raw = "\n".join(
        [
            "Ferry strike strands commuters as night shifts are cut",
            lead,
            "7 December 2026, 08:10",
            *HEAD_BODY[1:],
        ]
    )
    assert clean(raw).body.startswith(lead)


def test_a_sentence_above_the_credits_leaves_the_head_alone():
    # The credits come after the first paragraph: nothing above them is chrome.
    raw = "\n".join([HEAD_BODY[0], "By Talia Brenner", *HEAD_BODY[1:], HEAD_LEAD])
    cleaned = clean(raw)
    assert [b.reason for b in cleaned.removed] == ["byline"]


# Hostile characters -------------------------------------------------------------------


def test_control_characters_leave_the_body_but_tabs_and_lines_stay_apart():
    raw = "Sari\x00 bertemu\x07 Tan\x1f di\tBogor.\x7f\n\nTan\x0bsetuju\x0cjuga."
    assert clean(raw).body == "Sari bertemu Tan di Bogor.\n\nTan setuju juga."


def test_bidi_overrides_and_isolates_are_neutralised_in_the_body():
    raw = "Menteri berkata \u202eitu benar\u202c dan \u2067lain\u2069 hal \u200fpula."
    body = clean(raw).body
    assert body == "Menteri berkata itu benar dan lain hal pula."
    assert not set(body) & {"\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2068"}


def test_lone_surrogates_from_json_escapes_are_dropped():
    assert clean("Sari\ud800 bertemu Tan\udfff.").body == "Sari bertemu Tan."


def test_clean_line_makes_a_metadata_value_one_safe_line():
    assert (
        clean_line("  Kabar\u202e Pesisir\x00\n\tSelatan ") == "Kabar Pesisir Selatan"
    )


def test_clean_raw_keeps_the_raw_text_but_what_no_database_stores():
    raw = "Sari\x00 bertemu\r\n\tTan \u202eitu\ud800."
    assert clean_raw(raw) == "Sari bertemu\r\n\tTan \u202eitu."


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Kabar Pesisir Selatan", 16, "Kabar Pesisir…"),
        ("Kabar Pesisir Selatan", 21, "Kabar Pesisir Selatan"),
        ("Kabar Pesisir, Selatan", 15, "Kabar Pesisir…"),
        ("Kabarpesisirselatan", 6, "Kabar…"),
    ],
)
def test_shorten_cuts_at_a_word_within_the_limit(text, limit, expected):
    assert shorten(text, limit) == expected
    assert len(shorten(text, limit)) <= limit
