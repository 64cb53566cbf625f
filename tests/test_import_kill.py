"""Kill an import mid-way with SIGKILL: what it wrote is whole and the search index is in step.

Every article is written in one transaction with its full-text row (the
SQLite triggers of migration 0003), so a process killed at any instant
leaves either the whole article or nothing; running the import again
brings in the rest and reports the others as duplicates.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FILES = 120
KILL_AFTER = 30  # imports reported before the kill


def _article(n: int) -> str:
    return (
        f"Laporan Pelabuhan Nomor {n}\n\n"
        f"MAKASSAR - Kapal penumpang ke-{n} tiba di pelabuhan setelah berlayar "
        f"selama {n % 9 + 2} jam dari pulau seberang pada Selasa pagi.\n\n"
        f'"Penumpang ke-{n} selamat semua," kata syahbandar kepada wartawan.\n\n'
        f"Petugas mencatat {n * 7} penumpang dan {n % 13} kendaraan di dermaga {n}."
    )


def _check(database: Path) -> int:
    """Assert every stored article is whole and indexed once; return how many there are."""
    db = sqlite3.connect(database)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # Raises sqlite3.DatabaseError when the index and the articles disagree.
        db.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
        articles = db.execute("SELECT count(*) FROM annotations_article").fetchone()[0]
        indexed = db.execute("SELECT count(*) FROM article_fts_docsize").fetchone()[0]
        assert indexed == articles
        rows = db.execute(
            "SELECT body, body_length, sketch, content_hash, blocks, title, outlet_id "
            "FROM annotations_article"
        ).fetchall()
        for body, length, sketch, digest, blocks, title, outlet in rows:
            assert body and length == len(body) and sketch and len(digest) == 64
            assert title and outlet is not None
            kept = [b["text"] for b in json.loads(blocks) if b["kept"]]
            assert "\n\n".join(kept) == body
        orphans = db.execute(
            "SELECT count(*) FROM annotations_article_near_duplicates AS n "
            "LEFT JOIN annotations_article AS a ON a.id = n.to_article_id "
            "WHERE a.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        return articles
    finally:
        db.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_import_killed_mid_way_leaves_whole_articles_and_the_index_in_step(
    tmp_path,
):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(FILES):
        (folder / f"{n:04d}.txt").write_text(_article(n), encoding="utf-8")
    database = tmp_path / "db.sqlite3"
    env = {
        "NEWSROOM_SQLITE_PATH": str(database),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONUNBUFFERED": "1",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], env=env, check=True, cwd=ROOT)

    command = [*manage, "import_articles", str(folder), "--quiet"]
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    reported = 0
    deadline = time.monotonic() + 120
    while reported < KILL_AFTER and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        reported += line.startswith("IMPORTED")
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL, "the import ended before the kill"
    assert reported == KILL_AFTER

    stored = _check(database)
    assert KILL_AFTER <= stored < FILES  # every reported import was committed

    again = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0, again.stdout[-2000:]
    assert again.stdout.strip().endswith(
        f"{FILES - stored} imported, {stored} duplicate, 0 failed."
    )
    assert _check(database) == FILES
