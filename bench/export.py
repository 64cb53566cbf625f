"""Export 1,000,000 annotations to CSV: rows per second and peak memory, against a floor.

Builds (once) a throwaway SQLite database through the real migrations, then fills it
with raw SQL: 1,000 articles, 1,000,000 annotations (a tenth with a speaker, a tenth
tagged, one in a hundred linked). Then it runs, each in its own process:

- the export: `manage.py export_annotations --status all -o FILE`;
- the floor: Python's sqlite3 reading the same rows (the same joins and order) and
  csv.writer writing them, with nothing else.

It prints rows per second for both, the ratio (goal: at most 2.5) and the peak
resident memory of each process (goal for the export: under 200 MB).

    .venv/bin/python bench/export.py [--annotations 1000000] [--fresh]

The database is kept at $NEWSROOM_BENCH_EXPORT_DB (default
/tmp/newsroom-bench-export.sqlite3) and reused while it holds that many annotations.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import Figure, print_figures  # noqa: E402

PYTHON = sys.executable
DB = Path(
    os.environ.get("NEWSROOM_BENCH_EXPORT_DB", "/tmp/newsroom-bench-export.sqlite3")
)
ENV = {
    **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
    "NEWSROOM_SQLITE_PATH": str(DB),
    "DJANGO_DEBUG": "1",
    "DJANGO_SETTINGS_MODULE": "newsroom.settings",
}
WORDS = (  # noqa: SIM905
    "Menlu Blinken bertemu Presiden Xi Jinping di Beijing membahas kerja sama "
    "perdagangan harga beras naik 7,5 persen kata menteri kepada wartawan “kami sepakat” "
    "pemerintah rakyat ekonomi rupiah miliar juta anggaran sidang pertemuan diplomasi"
).split()

FLOOR = r"""
import csv, sqlite3, sys
db, out = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
cur = con.execute('''
SELECT a.id, a.status, a.kind, a.article_id, o.name, ar.title, ar.url, ar.published_at,
       s.title, a.start, a."end", a.exact, a.prefix, a.suffix, sp.name, sp.role,
       a.quote_form, a.value, a.unit, a.approximate, a.note, a.origin, a.confidence,
       u.username, a.created_at, a.updated_at
FROM annotations_annotation a
JOIN annotations_article ar ON ar.id = a.article_id
JOIN annotations_outlet o ON o.id = ar.outlet_id
LEFT JOIN annotations_story s ON s.id = ar.story_id
LEFT JOIN annotations_speaker sp ON sp.id = a.speaker_id
LEFT JOIN auth_user u ON u.id = a.created_by_id
WHERE a.deleted_at IS NULL
ORDER BY a.article_id, a.start, a."end", a.id''')
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    n = 0
    while rows := cur.fetchmany(2000):
        w.writerows(rows)
        n += len(rows)
print(n)
"""


def _count() -> int:
    if not DB.exists():
        return -1
    try:
        with sqlite3.connect(DB) as con:
            return con.execute(
                "SELECT count(*) FROM annotations_annotation"
            ).fetchone()[0]
    except sqlite3.Error:
        return -1


def build(annotations: int, articles: int = 1000) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(DB) + suffix).unlink(missing_ok=True)
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=ENV,
        check=True,
    )
    rng = random.Random(7)
    now = datetime(2024, 4, 26, 12, tzinfo=UTC)
    stamp = lambda t: t.strftime("%Y-%m-%d %H:%M:%S.%f")  # noqa: E731 (Django's SQLite format)
    con = sqlite3.connect(DB)
    con.execute("PRAGMA synchronous=OFF")
    with con:
        con.execute(
            "INSERT INTO auth_user (password, is_superuser, username, first_name, last_name,"
            " email, is_staff, is_active, date_joined) VALUES ('!', 0, 'alice', '', '', '', 0, 1, ?)",
            (stamp(now),),
        )
        con.executemany(
            "INSERT INTO annotations_outlet (name, domain, language) VALUES (?, '', 'id')",
            [(n,) for n in ("Kompas TV", "Koran Jakarta", "detik", "Tempo", "Antara")],
        )
        con.execute(
            "INSERT INTO annotations_story (title, slug, description, created_at, facts_stamp)"
            " VALUES ('Blinken di Beijing', 'blinken-di-beijing', '', ?, '')",
            (stamp(now),),
        )
        con.executemany(
            "INSERT INTO annotations_speaker (name, aliases, role, affiliation, created_at)"
            " VALUES (?, '[]', 'Menteri', '', ?)",
            [(f"Pembicara {i}", stamp(now)) for i in range(200)],
        )
        con.executemany(
            "INSERT INTO annotations_tag (name, colour) VALUES (?, '#1f77b4')",
            [(f"tag-{i}",) for i in range(20)],
        )
        bodies = []
        rows = []
        for i in range(articles):
            body = " ".join(rng.choice(WORDS) for _ in range(1200))
            bodies.append(body)
            rows.append(
                (
                    f"Artikel {i}: Blinken dan Xi",
                    f"https://news.example/{i}",
                    stamp(now - timedelta(hours=i)),
                    body,
                    body,
                    f"bench-{i}",
                    stamp(now),
                    1 + i % 5,
                    1,
                )
            )
        con.executemany(
            "INSERT INTO annotations_article (title, url, published_at, published_date_only,"
            " author, editor, wire_source, dateline, language, raw_text, body, blocks,"
            " restored_blocks, content_hash, source_name, imported_at, outlet_id, story_id)"
            " VALUES (?, ?, ?, 0, '', '', '', '', 'id', ?, ?, '[]', '[]', ?, '', ?, ?, ?)",
            rows,
        )
    per_article = -(-annotations // articles)
    kinds = ("quote", "claim", "mention", "note")

    def generate():
        n = 0
        for a in range(articles):
            body = bodies[a]
            for k in range(per_article):
                if n == annotations:
                    return
                start = (k * 4) % (len(body) - 80)  # distinct: bodies are long enough
                end = start + 20 + k % 40
                kind = kinds[k % 4]
                yield (
                    n + 1,
                    kind,
                    start,
                    end,
                    body[start:end],
                    body[max(0, start - 32) : start],
                    body[end : end + 32],
                    "direct" if kind == "quote" else "",
                    "7.5" if kind == "claim" else None,
                    "persen" if kind == "claim" else "",
                    k % 7 == 0,
                    "=SUM(A1)" if k % 100 == 0 else ("catatan" if k % 9 == 0 else ""),
                    "accepted" if k % 5 else "suggested",
                    "manual",
                    None,
                    stamp(now + timedelta(seconds=n)),
                    stamp(now + timedelta(seconds=n)),
                    1,
                    1,
                    a + 1,
                    1 + k % 200 if k % 10 == 0 else None,
                )
                n += 1

    with con:
        con.executemany(
            'INSERT INTO annotations_annotation (id, kind, start, "end", exact, prefix, suffix,'
            " quote_form, value, unit, approximate, note, status, origin, confidence,"
            " created_at, updated_at, version, created_by_id, article_id, speaker_id,"
            " bound, measured)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')",
            generate(),
        )
        con.executemany(
            "INSERT INTO annotations_annotation_tags (annotation_id, tag_id) VALUES (?, ?)",
            ((i, 1 + i % 20) for i in range(1, annotations + 1, 10)),
        )
        con.executemany(
            "INSERT INTO annotations_link (relation, status, note, origin, created_at,"
            " updated_at, source_id, target_id, reason) VALUES ('contradicts', 'open', '',"
            " 'manual', ?, ?, ?, ?, '{}')",
            (
                (stamp(now), stamp(now), i, i + 1 + per_article)
                for i in range(1, annotations - per_article, 100)
            ),
        )
    con.close()


def _process(args: list[str]) -> tuple[float, float, str]:
    """Run a process; return (seconds, peak RSS in MB, stdout)."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=ENV, stdout=subprocess.PIPE)
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    if proc.returncode:
        raise SystemExit(f"{args[1:3]} failed with status {proc.returncode}")
    return elapsed, usage.ru_maxrss / 1024, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotations", type=int, default=1_000_000)
    parser.add_argument("--fresh", action="store_true", help="rebuild the database")
    options = parser.parse_args()
    print_figures(run(annotations=options.annotations, fresh=options.fresh))


def run(
    quick: bool = False, *, annotations: int = 1_000_000, fresh: bool = False
) -> list[Figure]:
    """Time the export against its floor; quick exports 100,000 annotations."""
    global DB
    if quick:
        annotations = 100_000
        if "NEWSROOM_BENCH_EXPORT_DB" not in os.environ:
            DB = DB.with_name("newsroom-bench-export-quick.sqlite3")
            ENV["NEWSROOM_SQLITE_PATH"] = str(DB)
    n = annotations
    if fresh or _count() != n:
        print(f"building {DB} with {n:,} annotations…", flush=True)
        started = time.perf_counter()
        build(n)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.csv"
        floor_s, floor_mb, floor_rows = _process(
            [PYTHON, "-c", FLOOR, str(DB), str(out)]
        )
        floor_size = out.stat().st_size
        export_s, export_mb, _ = _process(
            [
                PYTHON,
                "manage.py",
                "export_annotations",
                "--status",
                "all",
                "-o",
                str(out),
            ]
        )
        with out.open("rb") as f:
            exported = sum(1 for _ in f) - 1  # no article text holds a newline here
        export_size = out.stat().st_size
    assert int(floor_rows) == n and exported == n, (floor_rows, exported)
    print(f"export of {n:,} annotations to CSV (SQLite)")
    print(
        f"  floor  (sqlite3 + csv.writer): {floor_s:6.1f} s  {n / floor_s:>9,.0f} rows/s"
        f"  peak RSS {floor_mb:5.0f} MB  {floor_size / 1e6:5.0f} MB written"
    )
    print(
        f"  export (export_annotations):   {export_s:6.1f} s  {n / export_s:>9,.0f} rows/s"
        f"  peak RSS {export_mb:5.0f} MB  {export_size / 1e6:5.0f} MB written"
    )
    ratio = export_s / floor_s
    print(
        f"  ratio export/floor: {ratio:.2f} (goal <= 2.5: {'met' if ratio <= 2.5 else 'NOT met'})"
    )
    print(
        f"  peak memory: {export_mb:.0f} MB (goal < 200 MB: {'met' if export_mb < 200 else 'NOT met'})"
    )
    return [
        Figure(
            "export rate",
            n / export_s,
            "rows/s",
            "",
            None,
            f"{n:,} annotations",
        ),
        Figure("export / floor time", ratio, "×", "<= 2.5", ratio <= 2.5),
        Figure("export peak memory", export_mb, "MB", "< 200 MB", export_mb < 200),
    ]


if __name__ == "__main__":
    main()
