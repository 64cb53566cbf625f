from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from annotations.text.cleaning import clean
from annotations.text.metadata import (
    Metadata,
    detect_language,
    extract_metadata,
    parse_published,
)

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
WIB = timezone(timedelta(hours=7))
JAKARTA = ZoneInfo("Asia/Jakarta")


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


ENGLISH = """Blinken meets Xi in Beijing
By Jane Doe
June 18, 2023
BEIJING (Reuters) - U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping on Monday, and both sides said they had made progress.
Read more: China says it wants stable ties
"We are committed to keeping the lines of communication open," Blinken told reporters at the end of the trip.
"""


def test_seed_000_kompas_tv():
    assert extract_metadata(_seed("000")) == Metadata(
        title="Menlu AS Anthony Blinken Bertemu dengan Xi Jinping, Apa Saja yang Dibahas?",
        outlet="Kompas TV",
        published_at=datetime(2024, 4, 26, 20, 21, tzinfo=WIB),
        date_only=False,
        author="Rizky L Pratama",
        editor="Vyara-Lestari",
        wire_source="Associated Press",
        dateline="Beijing",
        language="id",
    )


def test_seed_002_koran_jakarta_from_antara():
    assert extract_metadata(_seed("002")) == Metadata(
        title="Menlu AS Undang Menlu Tiongkok ke Washington",
        outlet="Koran Jakarta",
        published_at=datetime(2023, 6, 19, 15, 22, tzinfo=WIB),
        date_only=False,
        author="",
        editor="Lili Lestari",
        wire_source="Antara",
        dateline="Ankara",
        language="id",
    )


def test_seed_003_detik_falls_back_to_the_dated_body_mention():
    meta = extract_metadata(_seed("003"))
    assert meta == Metadata(
        title="",
        outlet="detik",
        published_at=datetime(2023, 6, 19, tzinfo=WIB),
        date_only=True,
        author="",
        editor="",
        wire_source="AFP",
        dateline="",
        language="id",
    )


@pytest.mark.parametrize("seed", ["000", "002"])
def test_published_offset_is_wib(seed):
    published = extract_metadata(_seed(seed)).published_at
    assert published.utcoffset() == timedelta(hours=7)


def test_english_article():
    assert extract_metadata(ENGLISH, default_tz="UTC") == Metadata(
        title="Blinken meets Xi in Beijing",
        outlet="Reuters",
        published_at=datetime(2023, 6, 18, tzinfo=ZoneInfo("UTC")),
        date_only=True,
        author="Jane Doe",
        editor="",
        wire_source="Reuters",
        dateline="Beijing",
        language="en",
    )


@pytest.mark.parametrize("prefix", ["000", "002", "003"])
def test_an_already_cleaned_text_gives_the_same_metadata(prefix):
    raw = _seed(prefix)
    assert extract_metadata(raw, cleaned=clean(raw)) == extract_metadata(raw)


def test_the_cleaned_text_given_is_the_one_read():
    cleaned = clean(ENGLISH)
    assert extract_metadata("", cleaned=cleaned).author == "Jane Doe"


def test_empty_text_gives_empty_metadata():
    assert extract_metadata("") == Metadata()


@pytest.mark.parametrize(
    ("text", "expected", "date_only"),
    [
        (
            "Jumat, 26 April 2024, 20:21 WIB",
            datetime(2024, 4, 26, 20, 21, tzinfo=WIB),
            False,
        ),
        ("26 April 2024, 20:21 WIB", datetime(2024, 4, 26, 20, 21, tzinfo=WIB), False),
        (
            "Senin, 19 Jun 2023, 15:22 WIB",
            datetime(2023, 6, 19, 15, 22, tzinfo=WIB),
            False,
        ),
        (
            "Senin, 19 Jun 2023 15.22 WIB",
            datetime(2023, 6, 19, 15, 22, tzinfo=WIB),
            False,
        ),
        (
            "Kamis, 7 Des 2023 pukul 08.05 WITA",
            datetime(2023, 12, 7, 8, 5, tzinfo=timezone(timedelta(hours=8))),
            False,
        ),
        (
            "1 Agu 2023, 10:00 WIT",
            datetime(2023, 8, 1, 10, 0, tzinfo=timezone(timedelta(hours=9))),
            False,
        ),
        ("Senin (19/6/2023)", datetime(2023, 6, 19, tzinfo=JAKARTA), True),
        ("June 18, 2023", datetime(2023, 6, 18, tzinfo=JAKARTA), True),
        ("18 June 2023 10:15", datetime(2023, 6, 18, 10, 15, tzinfo=JAKARTA), False),
        (
            "Sunday, June 18, 2023 3:45 PM GMT+7",
            datetime(2023, 6, 18, 15, 45, tzinfo=WIB),
            False,
        ),
        (
            "18 Jun 2023 10:15 UTC",
            datetime(2023, 6, 18, 10, 15, tzinfo=UTC),
            False,
        ),
        ("2023-06-18T10:00:00+07:00", datetime(2023, 6, 18, 10, tzinfo=WIB), False),
        ("2023-06-18", datetime(2023, 6, 18, tzinfo=JAKARTA), True),
        ("3 Okt 2022", datetime(2022, 10, 3, tzinfo=JAKARTA), True),
        ("12 Mei 2021", datetime(2021, 5, 12, tzinfo=JAKARTA), True),
        ("1 Ags 2021", datetime(2021, 8, 1, tzinfo=JAKARTA), True),
        ("2 Februari 2020", datetime(2020, 2, 2, tzinfo=JAKARTA), True),
    ],
)
def test_parse_published_forms(text, expected, date_only):
    dt, only = parse_published(text)
    assert dt == expected
    assert dt.utcoffset() == expected.utcoffset()
    assert only is date_only


def test_parse_published_uses_default_tz_without_a_zone():
    dt, _ = parse_published("18 June 2023 10:15", default_tz="Europe/London")
    assert dt.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    "text",
    [
        "Minggu (18/6)",
        "Blinken tiba pukul 16.30 waktu setempat.",
        "Natal dan Tahun Baru 2024/2025",
        "31 Februari 2023",
        "",
    ],
)
def test_parse_published_rejects_non_dates(text):
    assert parse_published(text) is None


def test_parse_published_prefers_a_date_with_a_time():
    text = "Senin (19/6/2023), rapat dijadwalkan 20 Juni 2023, 09:00 WIB."
    assert parse_published(text) == (datetime(2023, 6, 20, 9, tzinfo=WIB), False)


def test_site_date_line_beats_a_timed_date_in_the_body():
    raw = (
        "Pada Senin, 19 Juni 2023, 10:00 WIB, rapat dimulai di Jakarta dan berlangsung lama.\n"
        "Rabu, 21 Jun 2023, 08:00 WIB\n"
    )
    meta = extract_metadata(raw)
    assert meta.published_at == datetime(2023, 6, 21, 8, tzinfo=WIB)


def test_day_without_year_is_not_a_publication_date():
    meta = extract_metadata(
        "Blinken tiba di Beijing pada Minggu (18/6) sore untuk pembicaraan."
    )
    assert meta.published_at is None
    assert meta.date_only is False


@pytest.mark.parametrize(
    ("opening", "dateline", "outlet", "wire"),
    [
        ("BEIJING, KOMPAS.TV - Blinken tiba.", "Beijing", "Kompas TV", ""),
        ("JAKARTA, KOMPAS.com - Blinken tiba.", "Jakarta", "Kompas.com", ""),
        ("Bisnis.com, JAKARTA - Blinken tiba.", "Jakarta", "Bisnis.com", ""),
        ("Jakarta, CNN Indonesia -- Blinken tiba.", "Jakarta", "CNN Indonesia", ""),
        ("TEMPO.CO, Jakarta - Blinken tiba.", "Jakarta", "Tempo.co", ""),
        ("Jakarta (ANTARA) - Blinken tiba.", "Jakarta", "Antara", "Antara"),
        (
            "NEW YORK (AP) — Blinken arrived.",
            "New York",
            "Associated Press",
            "Associated Press",
        ),
        (
            "SEMARANG, SUARAMERDEKA.COM - Blinken tiba.",
            "Semarang",
            "suaramerdeka.com",
            "",
        ),
        ("ANKARA - Blinken tiba.", "Ankara", "", ""),
        ("Menteri Luar Negeri (Menlu) AS - bukan dateline.", "", "", ""),
    ],
)
def test_dateline_outlet_and_wire_from_the_opening(opening, dateline, outlet, wire):
    meta = extract_metadata(opening + " Dia bertemu pejabat di sana.")
    assert (meta.dateline, meta.outlet, meta.wire_source) == (dateline, outlet, wire)


@pytest.mark.parametrize(
    ("sentence", "wire"),
    [
        ("Seperti dilansir AFP, Senin (19/6/2023), Blinken tiba.", "AFP"),
        ("Melansir CNA, pertemuan berlangsung lama.", "CNA"),
        ("Hal itu disampaikan Blinken, mengutip Reuters.", "Reuters"),
        ("kata Blinken dikutip dari Associated Press.", "Associated Press"),
        ("dilansir dari kantor berita Xinhua, pertemuan itu lancar.", "Xinhua"),
        ("Blinken tiba di Beijing untuk pertemuan resmi.", ""),
        ("Dia membaca laporan AP dan apa kata mereka.", ""),
    ],
)
def test_wire_source_from_attribution_phrases(sentence, wire):
    assert extract_metadata(sentence).wire_source == wire


def test_source_line_beats_body_attribution():
    raw = "Blinken tiba, seperti dilansir AFP, di Beijing.\nSumber : Reuters"
    assert extract_metadata(raw).wire_source == "Reuters"


@pytest.mark.parametrize(
    ("credit", "author", "editor", "wire"),
    [
        (
            "Penulis : Rizky L Pratama Editor : Vyara-Lestari",
            "Rizky L Pratama",
            "Vyara-Lestari",
            "",
        ),
        ("Penulis: Antara", "", "", "Antara"),
        ("Reporter: Budi Santoso", "Budi Santoso", "", ""),
        ("Redaktur: Lili Lestari", "", "Lili Lestari", ""),
        (
            "Foto: CGTN/Kementerian Luar Negeri TiongkokRedaktur: Lili Lestari",
            "",
            "Lili Lestari",
            "",
        ),
        ("By Jane Doe", "Jane Doe", "", ""),
        ("By Jane Doe, Reuters", "Jane Doe", "", "Reuters"),
        ("Oleh: Yosef Watu", "Yosef Watu", "", ""),
        ("Ditulis oleh Rahmi Lestari", "Rahmi Lestari", "", ""),
        ("Laporan: Dimas Putra", "Dimas Putra", "", ""),
        ("Words by Ana Pell / Photos by Joe Ruiz", "Ana Pell", "", ""),
        ("(Reporting by Ana Pell in Dili; editing by Joe Ruiz)", "Ana Pell", "", ""),
        ("Reporting by Ana Pell; Editing by Joe Ruiz", "Ana Pell", "", ""),
        ("Mara Quist, Courts Reporter", "Mara Quist", "", ""),
        ("Redaksi Kabar Hulu", "", "", ""),
    ],
)
def test_credit_lines(credit, author, editor, wire):
    meta = extract_metadata(f"Blinken tiba di Beijing untuk pertemuan resmi.\n{credit}")
    assert (meta.author, meta.editor, meta.wire_source) == (author, editor, wire)


def test_credit_words_inside_the_article_are_not_credits():
    meta = extract_metadata(
        "Penulis buku itu, kata editor majalah, menolak berkomentar."
    )
    assert (meta.author, meta.editor) == ("", "")


def test_title_is_empty_when_the_top_is_not_a_headline():
    assert (
        extract_metadata("Blinken tiba di Beijing pada Senin. Dia disambut.").title
        == ""
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Menteri itu mengatakan bahwa pertemuan dengan para pejabat akan dilanjutkan.",
            "id",
        ),
        ("The minister said that the meeting with the officials will continue.", "en"),
        ("", "id"),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "2024-02-30",
        "Diperbarui 2024-02-30T10:00:00+07:00 oleh redaksi",
        "2023-13-01 08:00",
        "2024-01-01T25:61:00+99:00",
        "31/4/2023 10:00 WIB",
        "30 Februari 2024, 10:00 GMT+30",
    ],
)
def test_impossible_dates_are_ignored_not_an_error(text):
    assert parse_published(text) is None
    metadata = extract_metadata(f"Judul berita\n\n{text}\n\nIsi berita yang panjang.")
    assert metadata.published_at is None


def test_an_impossible_date_does_not_hide_a_real_one():
    found = parse_published("Rilis 2024-02-30, terbit Senin, 19 Jun 2023, 15:22 WIB")
    assert found[0].isoformat() == "2023-06-19T15:22:00+07:00"


def test_month_names_with_unicode_look_alikes_fold_or_are_skipped():
    # re.IGNORECASE lets "ſ" (long s) and "K" (Kelvin sign) match "s" and "k".
    assert parse_published("1 De\u017fember 2023")[0].month == 12
    assert parse_published("2 O\u212at 2023")[0].month == 10


@pytest.mark.parametrize(
    ("raw", "url", "outlet"),
    [
        ("Blinken tiba di Beijing hari ini.", "https://news.detik.com/x/d-1", "detik"),
        (
            "Blinken tiba di Beijing hari ini.",
            "https://www.warta.example.org/a",
            "warta.example.org",
        ),
        (
            '<link rel="canonical" href="https://www.kompas.tv/a">\nBlinken tiba.',
            "",
            "Kompas TV",
        ),
        (
            "https://m.contoh.co.id/berita/1\n\nBlinken tiba di Beijing hari ini.",
            "",
            "contoh.co.id",
        ),
        ("Blinken tiba di Beijing, seperti dilansir AFP.", "", ""),
        ("Blinken tiba di Beijing hari ini.\n\nPenulis: Antara", "", "Antara"),
    ],
)
def test_outlet_from_the_address_or_the_whole_text_credit(raw, url, outlet):
    assert extract_metadata(raw, url=url).outlet == outlet


def test_title_from_body_doctests_hold():
    import doctest

    from annotations.text import metadata

    assert doctest.testmod(metadata).failed == 0
