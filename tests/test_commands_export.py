from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from annotations.exporting import ANNOTATION_HEADER, ARTICLE_HEADER, LINK_HEADER
from tests import export_data

corpus = export_data.corpus
ROOT = Path(__file__).resolve().parents[1]


def _run(name: str, *args: str) -> str:
    out = io.StringIO()
    call_command(name, *args, stdout=out)
    return out.getvalue()


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    assert "\r\n" in text
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_export_annotations_writes_accepted_annotations_by_default(corpus):
    rows = _rows(_run("export_annotations"))
    assert {r["status"] for r in rows} == {"accepted"}
    assert {int(r["annotation_id"]) for r in rows} == {
        corpus.quote.pk,
        corpus.dash.pk,
        corpus.claim.pk,
    }


def test_export_annotations_status_all_adds_the_suggestions(corpus):
    rows = _rows(_run("export_annotations", "--status", "all"))
    assert str(corpus.suggested.pk) in {r["annotation_id"] for r in rows}
    rows = _rows(_run("export_annotations", "--status", "suggested"))
    assert [r["annotation_id"] for r in rows] == [str(corpus.suggested.pk)]


def test_export_annotations_takes_the_page_filters(corpus):
    def ids(*args):
        return {
            int(r["annotation_id"]) for r in _rows(_run("export_annotations", *args))
        }

    assert ids("--kind", "claim") == {corpus.claim.pk}
    assert ids("--outlet", "detik", "--status", "all") == {
        corpus.claim.pk,
        corpus.suggested.pk,
    }
    assert ids("--tag", "diplomasi") == {corpus.quote.pk}
    assert ids("--story", "blinken-di-beijing") == ids()
    assert ids("--speaker", "Antony Blinken") == {corpus.quote.pk}
    assert ids("--speaker", str(corpus.quote.speaker_id)) == {corpus.quote.pk}
    assert ids("--since", "2000-01-01", "--until", "2100-01-01") == ids()


def test_a_filter_that_matches_nothing_gives_only_the_header(corpus):
    text = _run("export_annotations", "--story", "no-such-story")
    assert text == "\ufeff" + ",".join(ANNOTATION_HEADER) + "\r\n"
    text = _run("export_annotations", "--since", "2100-01-01")
    assert text.count("\r\n") == 1


def test_export_writes_to_a_file_with_o(corpus, tmp_path):
    path = tmp_path / "out.csv"
    assert _run("export_annotations", "-o", str(path)) == ""
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfannotation_id,")
    assert b"Kami berkomitmen" in data


def test_no_bom_leaves_out_the_byte_order_mark(corpus):
    assert _run("export_annotations", "--no-bom").startswith("annotation_id,")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--kind", "rumour"], "Unknown --kind 'rumour'"),
        (["--status", "pending"], "Unknown --status 'pending'"),
        (["--since", "26/04/2024"], "--since must be a date"),
        (["--until", "2024-13-01"], "--until must be a date"),
        (["--since", "2024-05-02", "--until", "2024-05-01"], "--until is before"),
    ],
)
def test_bad_filters_stop_with_status_2(db, args, message):
    for name in ("export_annotations", "export_links", "export_articles"):
        with pytest.raises(CommandError, match=message) as exc:
            call_command(name, *args, stdout=io.StringIO())
        assert exc.value.returncode == 2


def test_bad_kind_exits_with_status_2_from_the_shell(tmp_path):
    env = {
        **os.environ,
        "DJANGO_DEBUG": "1",
        "NEWSROOM_SQLITE_PATH": str(tmp_path / "db.sqlite3"),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "export_annotations", "--kind", "rumour"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Unknown --kind 'rumour'" in result.stderr
    assert result.stdout == ""


def test_export_links_has_both_sides(corpus):
    rows = _rows(_run("export_links"))
    assert tuple(rows[0]) == LINK_HEADER
    assert [(r["a_annotation_id"], r["b_annotation_id"]) for r in rows] == [
        (str(corpus.quote.pk), str(corpus.claim.pk))
    ]
    assert _rows(_run("export_links", "--kind", "mention")) == []


def test_export_articles_counts_accepted_annotations_by_default(corpus):
    rows = _rows(_run("export_articles"))
    assert tuple(rows[0]) == ARTICLE_HEADER
    counts = {r["outlet"]: r["annotation_count"] for r in rows}
    assert counts == {"Kompas TV": "2", "detik": "1", "Koran Jakarta": "0"}
    rows = _rows(_run("export_articles", "--status", "all", "--kind", "mention"))
    assert [(r["outlet"], r["annotation_count"]) for r in rows] == [("detik", "1")]


def test_export_annotations_as_jsonld(corpus):
    collection = json.loads(_run("export_annotations", "--format", "jsonld"))
    assert collection["type"] == "AnnotationCollection"
    assert collection["total"] == 3 + 1  # three accepted annotations and one link
    ids = [item["id"] for item in collection["first"]["items"]]
    assert ids[0].startswith("http://127.0.0.1:8000/articles/")
    collection = json.loads(
        _run(
            "export_annotations", "--format", "jsonld", "--base-url", "https://x.test/"
        )
    )
    assert collection["first"]["items"][0]["id"].startswith("https://x.test/articles/")
