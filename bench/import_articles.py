"""Import 10,000 plain-text articles of about 3,000 characters: articles per second.

Writes synthetic Indonesian-like articles (headline, date line, byline, a "Baca
juga" line and a tag list around the body, dates spread over a year) as .txt
files, migrates a fresh temporary SQLite database and times
services.import_files over the folder: reading, decoding, cleaning, metadata,
duplicate and near-duplicate checks and the writes, one transaction per
article. Goal: under 60 seconds on a 2-core machine. It prints figures; it
asserts nothing.

With --templated the articles are filled-in copies of five templates (a
few to a third of their words changed), as an outlet's automated reports or
a wire story rewritten many times: nearly every article then resembles the
hundreds published in the same days, which is the near-duplicate check's
worst case.

    .venv/bin/python bench/import_articles.py [--articles 10000] [--seed 1] [--templated]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import Figure, print_figures  # noqa: E402

WORDS = [
    "pemerintah",
    "menteri",
    "presiden",
    "rakyat",
    "ekonomi",
    "rupiah",
    "miliar",
    "juta",
    "anggaran",
    "sidang",
    "pertemuan",
    "diplomasi",
    "kerja",
    "sama",
    "perdagangan",
    "harga",
    "beras",
    "naik",
    "persen",
    "kata",
    "kepada",
    "wartawan",
    "nelayan",
    "kapal",
    "laut",
    "selat",
    "perjanjian",
    "kuota",
    "ikan",
    "tuna",
    "pelabuhan",
    "provinsi",
    "kabupaten",
    "daerah",
    "warga",
    "petani",
    "pasar",
    "bank",
    "inflasi",
    "ekspor",
    "impor",
    "investasi",
    "pembangunan",
    "jalan",
    "tol",
    "bandara",
    "listrik",
    "energi",
    "batu",
    "bara",
    "nikel",
    "tambang",
    "hutan",
    "banjir",
    "hujan",
    "musim",
    "kemarau",
    "bantuan",
    "sosial",
    "pendidikan",
    "sekolah",
    "guru",
    "siswa",
    "kesehatan",
    "rumah",
    "sakit",
    "dokter",
    "vaksin",
    "polisi",
    "jaksa",
    "hakim",
    "pengadilan",
    "korupsi",
    "partai",
    "pemilu",
    "calon",
    "suara",
    "koalisi",
    "dewan",
    "perwakilan",
    "rapat",
    "komisi",
    "undang",
    "rancangan",
]
GLUE = [
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "ini",
    "itu",
    "tidak",
    "akan",
    "pada",
    "dalam",
    "juga",
    "bahwa",
]
NAMES = [
    "Sari",
    "Tan",
    "Budi",
    "Ani",
    "Dewi",
    "Agus",
    "Rina",
    "Joko",
    "Lestari",
    "Hendra",
    "Putri",
    "Wahyu",
]
SURNAMES = [
    "Wulandari",
    "Pratama",
    "Santoso",
    "Hidayat",
    "Kusuma",
    "Siregar",
    "Nasution",
    "Halim",
]
CITIES = [
    "JAKARTA",
    "BOGOR",
    "SURABAYA",
    "MEDAN",
    "MAKASSAR",
    "BANDUNG",
    "DENPASAR",
    "PADANG",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def _sentence(rng: random.Random) -> str:
    words = [
        rng.choice(GLUE) if rng.random() < 0.3 else rng.choice(WORDS)
        for _ in range(rng.randint(12, 24))
    ]
    if rng.random() < 0.25:
        words.insert(
            rng.randint(0, len(words)), f"{rng.randint(2, 99)},{rng.randint(1, 9)}"
        )
    text = " ".join(words)
    if rng.random() < 0.2:
        speaker = f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}"
        return f"\u201c{text.capitalize()},\u201d kata {speaker}."
    return text.capitalize() + "."


def article(rng: random.Random, number: int, target: int = 3000) -> str:
    day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
    when = (
        f"{DAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} "
        f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} WIB"
    )
    headline = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 10))).title()
    paragraphs = []
    size = 0
    first = f"{rng.choice(CITIES)} - "
    while size < target:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
        paragraph = first + paragraph
        first = ""
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    paragraphs.insert(
        len(paragraphs) // 2,
        "Baca juga: " + " ".join(rng.choice(WORDS) for _ in range(7)).title(),
    )
    return "\n\n".join(
        [
            headline,
            when,
            *paragraphs,
            f"Penulis: {rng.choice(NAMES)} {rng.choice(SURNAMES)}",
            f"Editor: {rng.choice(NAMES)} {rng.choice(SURNAMES)}",
            "Tag Terkait:",
            f"Artikel {number}",  # keeps every file unique even if the rng repeats
        ]
    )


def _template(rng: random.Random, target: int = 3000) -> list[list[str]]:
    paragraphs, size = [], 0
    while size < target:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph.split(" "))
        size += len(paragraph) + 2
    return paragraphs


def templated(rng: random.Random, number: int, templates: list[list[list[str]]]) -> str:
    """Return an article filled in from one of templates: its words, some changed."""
    day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
    when = f"{DAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"
    template = rng.choice(templates)
    share = rng.uniform(0.02, 0.35)
    paragraphs = []
    for words in template:
        words = [
            rng.choice(WORDS) if rng.random() < share and word.isalpha() else word
            for word in words
        ]
        paragraphs.append(" ".join(words))
    paragraphs[0] = f"{rng.choice(CITIES)} - {paragraphs[0]}"
    return "\n\n".join(
        [
            " ".join(rng.choice(WORDS) for _ in range(8)).title(),
            when,
            *paragraphs,
            f"Artikel nomor {number} dari laporan berkala.",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--templated",
        action="store_true",
        help="fill five templates in: the near-duplicate worst case",
    )
    args = parser.parse_args()
    print_figures(run(articles=args.articles, seed=args.seed, templated=args.templated))


def run(
    quick: bool = False,
    *,
    articles: int = 10_000,
    seed: int = 1,
    templated: bool = False,
) -> list[Figure]:
    """Time the import; quick imports 1,000 articles (the goal scales to 6 s)."""
    if quick:
        articles = 1_000
    args = argparse.Namespace(articles=articles, seed=seed, templated=templated)
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-import-") as tmp:
        return _import(Path(tmp), args)


def _import(work: Path, args: argparse.Namespace) -> list[Figure]:
    os.environ.pop("DATABASE_URL", None)
    os.environ.update(
        NEWSROOM_SQLITE_PATH=str(work / "db.sqlite3"),
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        DJANGO_DEBUG="0",  # no query log growing in memory
        DJANGO_SECRET_KEY="bench-only-" + "x" * 40,
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from annotations.services import import_files
    from annotations.text.cleaning import clean
    from annotations.text.metadata import extract_metadata

    call_command("migrate", verbosity=0)

    rng = random.Random(args.seed)
    folder = work / "articles"
    folder.mkdir()
    if args.templated:
        templates = [_template(rng) for _ in range(5)]
        texts = [templated(rng, n, templates) for n in range(args.articles)]
    else:
        texts = [article(rng, n) for n in range(args.articles)]
    for n, text in enumerate(texts):
        (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    mean = sum(len(t) for t in texts) / len(texts)
    kind = "templated" if args.templated else "plain-text"
    print(f"import: {len(texts):,} {kind} articles, {mean:,.0f} characters on average")

    sample = texts[:500]
    start = time.process_time()
    for text in sample:
        extract_metadata(text, cleaned=clean(text))  # as the import does: one cleaning
    pure = (time.process_time() - start) / len(sample)

    start, cpu_start = time.perf_counter(), time.process_time()
    counts: Counter[str] = Counter()
    for report in import_files([folder]):
        counts[report.status] += 1
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start

    print(
        f"import: {seconds:.1f} s in all, {len(texts) / seconds:,.0f} articles/s "
        f"(goal: under 60 s)"
    )
    # Wall time suffers when other processes share the two cores; CPU time does not.
    print(
        f"import: {cpu:.1f} s of CPU in this process, {len(texts) / cpu:,.0f} articles/s"
    )
    print(
        f"import: of which cleaning + metadata about {pure * len(texts):.1f} s "
        f"({pure * 1000:.2f} ms per article)"
    )
    print(
        f"import: {counts['imported']:,} imported, {counts['duplicate']:,} duplicate, "
        f"{counts['failed']:,} failed"
    )
    # Which pairs were linked, so a faster near-duplicate check can show it finds the same.
    from annotations.models import Article

    pairs = sorted(
        Article.near_duplicates.through.objects.values_list(
            "from_article__source_name", "to_article__source_name"
        )
    )
    digest = hashlib.sha256(repr(pairs).encode()).hexdigest()[:12]
    print(f"import: {len(pairs) // 2:,} near-duplicate pairs linked (digest {digest})")
    goal = 60 * len(texts) / 10_000
    return [
        Figure(
            f"import of {len(texts):,} articles",
            seconds,
            "s",
            f"< {goal:g} s",
            seconds < goal,
            f"{len(texts) / seconds:,.0f} articles/s",
        ),
        Figure("import rate, CPU", len(texts) / cpu, "articles/s", "", None),
        Figure(
            "import failures",
            counts["failed"],
            "articles",
            "= 0",
            counts["failed"] == 0,
        ),
    ]


if __name__ == "__main__":
    main()
