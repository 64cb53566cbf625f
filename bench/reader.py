"""The reader with 1,000 annotations: server time to render it and to save one annotation.

Builds a throwaway SQLite database through the real migrations, with one article of
20,000 characters carrying 1,000 overlapping annotations (all kinds, a third
suggested, speakers and tags on some, three authors). Then, through Django's test
Client logged in as an editor:

- GET the reader 100 times (goal: p95 under 100 ms, a fixed number of queries);
- POST a new annotation the way the page's HTMX form does, 100 times (goal: p95
  under 30 ms); each answer carries the updated body and side panel.

It prints p50/p95/max for both, in wall-clock and in CPU time (the latter is what
the server spends, whatever else the machine is busy with), and the number of SQL
queries of each request.

    .venv/bin/python bench/reader.py [--annotations 1000] [--runs 100]

The database lives in a temporary directory ($NEWSROOM_SQLITE_PATH is set to it)
and is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import Figure, percentile, print_figures  # noqa: E402

WORDS = (  # noqa: SIM905
    "Menlu Blinken bertemu Presiden Xi Jinping di Beijing membahas kerja sama perdagangan "
    "selama 7,5 jam kata Wang Yi kepada wartawan pemerintah rakyat ekonomi rupiah miliar "
    "juta anggaran sidang pertemuan diplomasi hubungan bilateral stabil sehat konflik "
    "dialog konfrontasi \u201ckami sepakat\u201d \U0001f600 kepada\u00a0media"
).split(" ")


def _body(rng: random.Random, length: int) -> str:
    paragraphs, size = [], 0
    while size < length:
        words = rng.choices(WORDS, k=rng.randint(40, 90))
        paragraph = " ".join(words).capitalize() + "."
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:length].rstrip() + "."


def _spans(body: str, rng: random.Random, count: int) -> list[tuple[int, int]]:
    """Return count distinct spans inside paragraphs, many of them overlapping."""
    bounds, at = [], 0
    for paragraph in body.split("\n\n"):
        bounds.append((at, at + len(paragraph)))
        at += len(paragraph) + 2
    spans: set[tuple[int, int]] = set()
    while len(spans) < count:
        p_start, p_end = rng.choice(bounds)
        start = rng.randrange(p_start, p_end - 5)
        end = min(p_end, start + rng.randint(5, 160))
        if body[start:end].strip():
            spans.add((start, end))
    return sorted(spans)


def _percentiles(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = percentile(ms, 0.95)
    return f"p50 {statistics.median(ms):6.1f} ms   p95 {p95:6.1f} ms   max {ms[-1]:6.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotations", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--length", type=int, default=20_000)
    args = parser.parse_args()
    print_figures(run(annotations=args.annotations, runs=args.runs, length=args.length))
    return 0


def run(
    quick: bool = False,
    *,
    annotations: int = 1000,
    runs: int = 100,
    length: int = 20_000,
) -> list[Figure]:
    """Time the reader and the save; quick keeps the article but runs 30 times."""
    if quick:
        runs = 30
    args = argparse.Namespace(annotations=annotations, runs=runs, length=length)
    tmp = tempfile.TemporaryDirectory(prefix="newsroom-bench-reader-")
    os.environ.pop("DATABASE_URL", None)
    os.environ["NEWSROOM_SQLITE_PATH"] = str(Path(tmp.name) / "reader.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    os.environ["DJANGO_DEBUG"] = "1"  # development static files; DEBUG is off below
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"

    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False  # no query log, no template debug information

    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from annotations.models import Annotation, Article, Outlet, Speaker, Tag
    from annotations.roles import ensure_roles

    call_command("migrate", verbosity=0)
    ensure_roles()
    rng = random.Random(7)
    users = []
    for name in ("alice", "bob", "carol"):
        user = User.objects.create_user(username=name, password="x")
        user.groups.add(Group.objects.get(name="editor"))
        users.append(user)
    outlet = Outlet.objects.create(name="Bench")
    body = _body(rng, args.length)
    article = Article.objects.create(
        outlet=outlet, title="Bench", raw_text=body, body=body, content_hash="bench"
    )
    speakers = [Speaker.objects.create(name=f"Pembicara {i}") for i in range(30)]
    tags = [Tag.objects.create(name=f"tag-{i}") for i in range(12)]
    kinds = [k for k, _ in Annotation.Kind.choices]
    spans = _spans(body, rng, args.annotations + args.runs)
    rng.shuffle(spans)
    existing, fresh = spans[: args.annotations], spans[args.annotations :]
    Annotation.objects.bulk_create(
        Annotation(
            article=article,
            kind=rng.choice(kinds),
            start=start,
            end=end,
            exact=body[start:end],
            prefix=body[max(0, start - 32) : start],
            suffix=body[end : end + 32],
            speaker=rng.choice(speakers) if rng.random() < 0.5 else None,
            status="suggested" if rng.random() < 0.33 else "accepted",
            note="catatan" if rng.random() < 0.2 else "",
            created_by=rng.choice(users),
        )
        for start, end in existing
    )
    through = Annotation.tags.through
    through.objects.bulk_create(
        through(annotation_id=pk, tag_id=rng.choice(tags).pk)
        for pk in Annotation.objects.values_list("pk", flat=True)
        if rng.random() < 0.3
    )

    client = Client()
    client.force_login(users[0])
    url = f"/articles/{article.pk}/"
    create_url = f"/articles/{article.pk}/annotations/new/"
    for _ in range(5):  # warm up templates, URL resolvers and SQLite's cache
        assert client.get(url).status_code == 200
    from newsroom.boot import warm_up

    warm_up()  # as a server process does before its first request (newsroom.wsgi)

    if os.environ.get("BENCH_PROFILE"):
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for _ in range(5):
            client.get(url)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
        return []
    reader_times, reader_cpu = [], []
    for _ in range(args.runs):
        t, c = time.perf_counter(), time.process_time()
        response = client.get(url)
        reader_times.append(time.perf_counter() - t)
        reader_cpu.append(time.process_time() - c)
    assert response.status_code == 200
    with CaptureQueriesContext(connection) as reader_queries:
        size = len(client.get(url).content)

    create_times, create_cpu = [], []
    create_queries = []
    for i, (start, end) in enumerate(fresh):
        data = {
            "kind": kinds[i % 4],
            "start": start,
            "end": end,
            "exact": body[start:end],
            "note": "bench",
            "tags": "tag-1" if i % 2 else "",
        }
        with CaptureQueriesContext(connection) as queries:
            t, c = time.perf_counter(), time.process_time()
            response = client.post(create_url, data, headers={"HX-Request": "true"})
            create_times.append(time.perf_counter() - t)
            create_cpu.append(time.process_time() - c)
        assert response.status_code == 200 and b"saved" in response.content, (
            response.content[:500]
        )
        create_queries.append(len(queries))

    total = Annotation.objects.count()
    print(
        f"reader: article of {len(body):,} characters, {args.annotations:,} annotations"
    )
    print(
        f"  GET reader ({args.runs}x)       {_percentiles(reader_times)}"
        f"   {len(reader_queries)} queries, {size / 1024:.0f} KiB"
    )
    print(
        f"  POST annotation ({len(fresh)}x)  {_percentiles(create_times)}"
        f"   {min(create_queries)}-{max(create_queries)} queries"
        f" (ends with {total:,} annotations)"
    )
    print(f"  GET reader, CPU time      {_percentiles(reader_cpu)}")
    print(f"  POST annotation, CPU time {_percentiles(create_cpu)}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"  goals: reader p95 < 100 ms, save p95 < 30 ms"
        f" (wall clock; load average {load:.1f} on {os.cpu_count()} CPUs)"
    )
    tmp.cleanup()
    reader_p95 = percentile(reader_times, 0.95) * 1000
    save_p95 = percentile(create_times, 0.95) * 1000
    return [
        Figure(
            "reader p95",
            reader_p95,
            "ms",
            "< 100 ms",
            reader_p95 < 100,
            f"{args.annotations:,} annotations, {len(reader_queries)} queries",
        ),
        Figure(
            "reader p95, CPU",
            percentile(reader_cpu, 0.95) * 1000,
            "ms",
            "",
            None,
        ),
        Figure(
            "save p95",
            save_p95,
            "ms",
            "< 30 ms",
            save_p95 < 30,
            f"{min(create_queries)}-{max(create_queries)} queries",
        ),
        Figure(
            "save p95, CPU",
            percentile(create_cpu, 0.95) * 1000,
            "ms",
            "",
            None,
        ),
    ]


if __name__ == "__main__":
    raise SystemExit(main())
