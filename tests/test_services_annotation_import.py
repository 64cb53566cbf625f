from __future__ import annotations

import csv
import io

from django.core.management import call_command
from django.utils import timezone

from annotations.exporting import (
    ANNOTATION_HEADER,
    annotation_rows,
    annotations_for,
    stream_csv,
)
from annotations.exporting.csv import list_split
from annotations.models import Annotation, Article, Link, Speaker, Tag
from annotations.services import annotation_import, article_import
from annotations.services.annotating import tag_resolve
from tests import export_data
from tests.conftest import SEED_FILES, SEED_STORY

corpus = export_data.corpus


def _export() -> str:
    data = b"".join(stream_csv(ANNOTATION_HEADER, annotation_rows(annotations_for({}))))
    return data.decode("utf-8-sig")


def _records(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _write(records: list[dict[str, str]], header=ANNOTATION_HEADER) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def _import(text: str, user=None):
    return annotation_import(lines=io.StringIO(text, newline=""), user=user)


def _snapshot() -> set[tuple]:
    """Every live annotation and link, described without database ids."""

    def key(a: Annotation) -> tuple:
        return (a.article.outlet.name, a.article.title, a.kind, a.start, a.end)

    annotations = {
        (
            *key(a),
            a.exact,
            a.prefix,
            a.suffix,
            a.speaker.name if a.speaker else None,
            a.speaker.role if a.speaker else None,
            a.quote_form,
            a.value,
            a.unit,
            a.approximate,
            a.bound,
            a.measured,
            a.note,
            a.status,
            a.origin,
            a.confidence,
            a.created_by.username if a.created_by else None,
            timezone.localtime(a.created_at).replace(microsecond=0),
            tuple(sorted(t.name for t in a.tags.all())),
        )
        for a in Annotation.objects.alive().select_related(
            "article__outlet", "speaker", "created_by"
        )
    }
    links = {
        (link.relation, frozenset({key(link.source), key(link.target)}))
        for link in Link.objects.filter(
            source__deleted_at__isnull=True, target__deleted_at__isnull=True
        ).select_related("source__article__outlet", "target__article__outlet")
    }
    return annotations | links


def test_an_export_imported_into_a_fresh_database_gives_the_same_annotations(
    corpus, seed_dir
):
    before = _snapshot()
    text = _export()
    # A fresh installation: new article ids, no speakers, tags or annotations.
    Article.objects.all().delete()
    Speaker.objects.all().delete()
    Tag.objects.all().delete()
    assert not Annotation.objects.exists()
    for name, outlet in SEED_FILES.values():
        article_import(
            raw_text=(seed_dir / name).read_text(encoding="utf-8"),
            outlet=outlet,
            story=SEED_STORY,
            source_name=name,
        )
    report = _import(text)
    assert report.problems == []
    assert len(report.created) == 4 and report.links_created == 1
    assert _snapshot() == before
    assert Annotation.objects.get(kind="claim").note == export_data.HYPERLINK_NOTE


def test_tag_names_holding_the_separator_survive_an_export_and_import(corpus):
    names = ["left; right", "end;", "back\\slash", "a\\;b", "diplomasi"]
    corpus.quote.tags.set(tag_resolve(names))
    before = _snapshot()
    text = _export()
    assert "left\\; right" in text
    Annotation.objects.all().delete()
    Tag.objects.all().delete()
    report = _import(text)
    assert report.problems == []
    assert sorted(Tag.objects.values_list("name", flat=True)) == sorted(names)
    assert _snapshot() == before


def test_a_tags_cell_written_by_hand_splits_as_before():
    assert list_split("economy;  politics ; ;C:\\dir") == [
        "economy",
        "politics",
        "C:\\dir",
    ]


def test_importing_the_same_file_twice_reports_duplicates_and_doubles_nothing(corpus):
    text = _export()
    count, links = Annotation.objects.count(), Link.objects.count()
    report = _import(text)
    assert report.created == [] and report.problems == []
    assert sorted(pk for _line, pk in report.duplicates) == sorted(
        a.pk for a in Annotation.objects.alive()
    )
    # The second row's prefix holds a paragraph break: it spans lines 3 to 5.
    assert [line for line, _pk in report.duplicates] == [2, 3, 6, 7]
    assert (Annotation.objects.count(), Link.objects.count()) == (count, links)


def test_rows_whose_offsets_moved_are_reanchored_by_their_text(corpus):
    records = _records(_export())
    quote = next(r for r in records if r["annotation_id"] == str(corpus.quote.pk))
    Annotation.objects.all().delete()
    # The body gained five characters before the quote since the export.
    quote["start"], quote["end"] = (
        str(corpus.quote.start + 5),
        str(corpus.quote.end + 5),
    )
    report = _import(_write([quote]))
    assert report.problems == [] and report.reanchored == [2]
    (annotation,) = Annotation.objects.all()
    assert (annotation.start, annotation.end) == (corpus.quote.start, corpus.quote.end)
    assert annotation.exact == "Kami berkomitmen untuk mempertahankan"


def test_bad_rows_are_reported_by_line_and_the_rest_goes_in(corpus):
    records = _records(_export())
    Annotation.objects.all().delete()
    good, _multiline, missing_text, unknown = records  # rows on one line each
    missing_text = {**missing_text, "text": "Kalimat ini tidak pernah ditulis"}
    unknown = {
        **unknown,
        "article_url": "https://elsewhere.example/x",
        "article_title": "Judul lain",
        "article_id": "999999",
    }
    short = "1,accepted,quote,1\r\n"  # a row with missing columns, at line 5
    report = _import(_write([good, missing_text, unknown]) + short)
    lines = {p.line: p.message for p in report.problems}
    assert set(lines) == {3, 4, 5}
    assert "is not in the article" in lines[3]
    assert "no article here matches" in lines[4]
    assert "columns" in lines[5]
    assert len(report.created) == 1
    # The export's formula guard is undone on the way in.
    assert good["text"] == "'- Menteri Luar Negeri"
    assert Annotation.objects.get().exact == "- Menteri Luar Negeri"


def test_line_numbers_count_the_lines_of_multiline_cells(corpus):
    records = _records(_export())
    Annotation.objects.all().delete()
    first = {**records[0], "note": "satu\r\ndua\r\ntiga"}
    broken = {**records[1], "text": "tidak ada"}
    report = _import(_write([first, broken]))
    assert [p.line for p in report.problems] == [5]


def test_article_id_matches_only_when_the_text_fits(corpus):
    records = _records(_export())
    Annotation.objects.all().delete()
    other = corpus.articles["koranjakarta"]
    (row,) = [r for r in records if r["annotation_id"] == str(corpus.quote.pk)]
    assert row["text"] not in other.body
    row = {**row, "article_url": "", "article_title": "", "outlet": ""}
    report = _import(_write([row]))
    assert report.problems == [] and len(report.created) == 1
    Annotation.objects.all().delete()
    report = _import(_write([{**row, "article_id": str(other.pk)}]))
    assert [p.line for p in report.problems] == [2]
    assert "has no such text" in report.problems[0].message
    assert not Annotation.objects.exists()


def test_a_failing_row_leaves_no_speaker_or_tag_behind(corpus):
    records = _records(_export())
    Annotation.objects.all().delete()
    row = {
        **records[0],
        "speaker": "Orang Baru",
        "tags": "label-baru",
        "value": "banyak",
    }
    report = _import(_write([row]))
    assert "not a number" in report.problems[0].message
    assert not Speaker.objects.filter(name="Orang Baru").exists()
    assert not Tag.objects.filter(name="label-baru").exists()


def test_a_header_without_the_text_column_is_refused(corpus):
    report = _import("annotation_id,kind\r\n1,quote\r\n")
    assert [(p.line, p.message) for p in report.problems] == [
        (1, "the header lacks the columns: text, article_url.")
    ]


def test_import_annotations_command_reports_problems_with_file_and_line(
    corpus, tmp_path
):
    records = _records(_export())
    Annotation.objects.all().delete()
    path = tmp_path / "edited.csv"
    broken = {**records[1], "text": "tidak ada"}
    path.write_text("\ufeff" + _write([records[0], broken]), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    call_command("import_annotations", str(path), stdout=out, stderr=err)
    assert "1 annotations added" in out.getvalue()
    assert f"{path}:line 3:" in err.getvalue()


def test_a_measured_phrase_travels_with_the_export_and_is_read_when_missing(corpus):
    claim = Annotation.objects.get(kind="claim")
    Annotation.objects.filter(pk=claim.pk).update(measured="lama pembicaraan")
    records = _records(_export())
    (row,) = [r for r in records if r["kind"] == "claim"]
    assert row["measured"] == "lama pembicaraan"
    Annotation.objects.all().delete()
    assert _import(_write([row])).problems == []
    assert Annotation.objects.get(kind="claim").measured == "lama pembicaraan"
    Annotation.objects.all().delete()
    row["measured"] = ""
    assert _import(_write([row])).problems == []
    # Without one, the phrase is read from the words, as for an editor's claim.
    assert Annotation.objects.get(kind="claim").measured not in ("", "lama pembicaraan")
