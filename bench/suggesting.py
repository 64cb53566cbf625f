"""Suggest quotes and claims: one 3,000-character article, and 10,000 in bulk.

Stores synthetic articles of about 3,000 characters (bench/import_articles.py
writes them: quotes with "kata Name Surname", decimal numbers) in a fresh
temporary SQLite database, then times services.suggesting: one article at a
time as an import's task does (detection, speaker resolution, writes and
history), and the bulk path `manage.py suggest --all` takes. Goals: one
article under 20 ms; 10,000 articles under 2 minutes on a 2-core machine.
Quick mode suggests 1,000 and extrapolates to 10,000. It prints figures; it
asserts nothing.

    .venv/bin/python bench/suggesting.py [--articles 10000] [--quick]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import Figure, percentile, print_figures  # noqa: E402

SINGLE = 100  # articles suggested one at a time


def run(quick: bool = False, *, articles: int = 10_000) -> list[Figure]:
    if quick:
        articles = 1_000
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-suggest-") as tmp:
        return _measure(Path(tmp), articles)


def _measure(work: Path, count: int) -> list[Figure]:
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
    from import_articles import article

    from annotations.models import Annotation, Article, Outlet
    from annotations.services.suggesting import (
        annotation_suggest_bulk,
        annotation_suggest_for_article,
        detect,
    )
    from annotations.text.cleaning import clean

    call_command("migrate", verbosity=0)
    rng = random.Random(7)
    outlet = Outlet.objects.create(name="Bench")
    bodies = [clean(article(rng, n)).body for n in range(count + SINGLE)]
    mean = sum(map(len, bodies)) / len(bodies)
    stored = Article.objects.bulk_create(
        (
            Article(
                outlet=outlet,
                title=f"Artikel {n}",
                raw_text=body,
                body=body,
                content_hash=f"bench-{n}",
            )
            for n, body in enumerate(bodies)
        ),
        batch_size=1000,
    )
    single, bulk = stored[:SINGLE], stored[SINGLE:]
    print(f"suggest: {len(bodies):,} articles, {mean:,.0f} characters on average")

    start = time.process_time()
    for body in bodies[:500]:
        detect(body)
    pure_ms = (time.process_time() - start) / 500 * 1000

    times, cpu_times = [], []
    for a in single:
        began, cpu_began = time.perf_counter(), time.process_time()
        annotation_suggest_for_article(article=a)
        times.append((time.perf_counter() - began) * 1000)
        cpu_times.append((time.process_time() - cpu_began) * 1000)
    p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
    cpu_p50 = percentile(cpu_times, 0.5)
    # Wall time suffers when other processes share the two cores; CPU time does not.
    print(
        f"suggest: one article {p50:.1f} ms median, {p95:.1f} ms p95, "
        f"{cpu_p50:.1f} ms CPU (detection alone {pure_ms:.1f} ms)"
    )

    began, cpu_began = time.perf_counter(), time.process_time()
    report = annotation_suggest_bulk(articles=[a.pk for a in bulk])
    seconds = time.perf_counter() - began
    cpu = time.process_time() - cpu_began
    per_10k = seconds * 10_000 / len(bulk)
    print(
        f"suggest: {len(bulk):,} articles in bulk: {seconds:.1f} s "
        f"({len(bulk) / seconds:,.0f} articles/s, {cpu:.1f} s CPU), "
        f"{report.quotes:,} quotes, {report.claims:,} claims, "
        f"{report.speakers_created:,} new speakers"
    )
    rows = Annotation.objects.filter(origin="auto").count()
    scaled = "" if len(bulk) == 10_000 else f", from {len(bulk):,} articles"
    return [
        Figure(
            "suggest one 3,000-char article",
            p50,
            "ms",
            "< 20 ms",
            p50 < 20,
            f"median of {SINGLE}; p95 {p95:.1f} ms; CPU {cpu_p50:.1f} ms; "
            f"detection alone {pure_ms:.1f} ms",
        ),
        Figure(
            "suggest 10,000 articles (bulk)",
            per_10k,
            "s",
            "< 120 s",
            per_10k < 120,
            f"{len(bulk) / seconds:,.0f} articles/s{scaled}; CPU {cpu * 10_000 / len(bulk):.0f} s; "
            f"{rows:,} suggestions",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="1,000 articles")
    args = parser.parse_args()
    print_figures(run(quick=args.quick, articles=args.articles))


if __name__ == "__main__":
    main()
