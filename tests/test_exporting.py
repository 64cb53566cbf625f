from __future__ import annotations

import csv
import io
import json
import tracemalloc
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from annotations.exporting import (
    ANNOTATION_HEADER,
    ARTICLE_HEADER,
    LINK_HEADER,
    annotation_rows,
    annotations_for,
    article_rows,
    articles_for,
    csv_safe,
    csv_unsafe,
    link_rows,
    links_for,
    stream_csv,
    stream_jsonld,
)
from annotations.models import Annotation, Article, Link
from tests import export_data
from tests.conftest import annotate_words
from tests.export_data import HYPERLINK_NOTE

corpus = export_data.corpus


def _parse(chunks) -> list[dict[str, str]]:
    data = b"".join(chunks)
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize(
    "value",
    [
        '=HYPERLINK("http://x")',
        "+62 812",
        "-5",
        "@SUM(A1)",
        "\tx",
        "\rx",
        "\n=1+1",
        "\r\n@SUM(A1)",
        "  =1+1",
        "\u00a0+1",
        " \n-2",
    ],
)
def test_csv_safe_prefixes_cells_a_spreadsheet_would_run(value):
    assert csv_safe(value) == "'" + value


@pytest.mark.parametrize(
    "value", ["Rp 5 triliun", "", "a=b", "'quoted", 42, None, "  plain", " a-b"]
)
def test_csv_safe_leaves_harmless_cells_alone(value):
    assert csv_safe(value) == value


@pytest.mark.parametrize(
    "value",
    ["=1+1", "'=1+1", "''-x", "'plain", "plain", "-", "\n=1", "' \n=1", "  @x"],
)
def test_csv_unsafe_undoes_csv_safe(value):
    assert csv_unsafe(csv_safe(value)) == value


@pytest.mark.parametrize("value", ["\n=1+1", "\r=1+1", "  -2", "\n\n@SUM(A1)"])
def test_stream_csv_guards_cells_starting_with_a_line_break_or_spaces(value):
    rows = _parse(stream_csv(("n", "text"), [(1, value), (2, "plain")]))
    assert [row["text"] for row in rows] == ["'" + value, "plain"]


def test_stream_csv_writes_bom_crlf_and_quotes_per_rfc_4180():
    chunks = list(stream_csv(("a", "b"), [("x, y", 'say "hi"'), ("line\nbreak", "=1")]))
    data = b"".join(chunks)
    assert data == (b'\xef\xbb\xbfa,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\'=1\r\n')
    assert chunks[0] == b"\xef\xbb\xbfa,b\r\n"  # the header goes out on its own


def test_stream_csv_guards_every_text_cell_whatever_its_neighbours():
    rows = [(1, None, "=a", 2.5), (2, "ok", "-b", None), (3, "@c", "fine", "x")]
    parsed = list(
        csv.reader(
            io.StringIO(
                b"".join(stream_csv(("n", "a", "b", "c"), rows)).decode("utf-8-sig")
            )
        )
    )
    assert parsed[1:] == [
        ["1", "", "'=a", "2.5"],
        ["2", "ok", "'-b", ""],
        ["3", "'@c", "fine", "x"],
    ]


def test_stream_csv_can_leave_out_the_bom():
    assert b"".join(stream_csv(("a",), [("é",)], bom=False)) == "a\r\né\r\n".encode()


def test_annotation_rows_follow_the_header_with_a_known_seed_row(corpus):
    rows = _parse(stream_csv(ANNOTATION_HEADER, annotation_rows(annotations_for({}))))
    assert tuple(rows[0].keys()) == ANNOTATION_HEADER
    quote = next(r for r in rows if r["annotation_id"] == str(corpus.quote.pk))
    assert quote["text"] == "Kami berkomitmen untuk mempertahankan"
    assert quote["outlet"] == "Kompas TV"
    assert quote["story"] == "Blinken di Beijing"
    assert quote["speaker"] == "Antony Blinken"
    assert quote["speaker_role"] == "Menlu AS"
    assert quote["tags"] == "diplomasi"
    assert quote["links"] == f"contradicts:{corpus.claim.pk}"
    assert quote["created_by"] == "alice"
    assert quote["start"] == str(corpus.quote.start)
    assert quote["prefix"] == corpus.quote.prefix
    # ISO 8601 with the site's offset (Asia/Jakarta).
    assert quote["created_at"].endswith("+07:00")
    assert quote["created_at"] == timezone.localtime(corpus.quote.created_at).isoformat(
        timespec="seconds"
    )
    assert "T" in quote["published_at"]


def test_annotation_rows_leave_out_deleted_annotations_and_links_to_them(corpus):
    rows = list(annotation_rows(annotations_for({})))
    ids = {r[0] for r in rows}
    assert corpus.deleted.pk not in ids
    assert len(rows) == 4


def test_formula_note_and_dash_quote_come_out_prefixed(corpus):
    rows = _parse(stream_csv(ANNOTATION_HEADER, annotation_rows(annotations_for({}))))
    by_id = {r["annotation_id"]: r for r in rows}
    claim = by_id[str(corpus.claim.pk)]
    assert claim["note"] == "'" + HYPERLINK_NOTE
    assert claim["value"] == "'-3.5"
    assert claim["approximate"] == "true"
    assert by_id[str(corpus.dash.pk)]["text"].startswith("'- Menteri")


def test_annotation_filters_narrow_the_rows(corpus):
    def ids(**data):
        return {r[0] for r in annotation_rows(annotations_for(data))}

    assert ids(kind="claim") == {corpus.claim.pk}
    assert ids(status="suggested") == {corpus.suggested.pk}
    assert ids(outlet="detik") == {corpus.claim.pk, corpus.suggested.pk}
    assert ids(tag="diplomasi") == {corpus.quote.pk}
    assert ids(story="no-such-story") == set()


def test_annotation_rows_use_a_fixed_number_of_queries_per_chunk(
    corpus, django_assert_max_num_queries
):
    # 4 rows in chunks of 1: one query for the rows, then tags and links per chunk.
    with django_assert_max_num_queries(1 + 2 * 4):
        rows = list(annotation_rows(annotations_for({}), chunk_size=1))
    assert len(rows) == 4
    with django_assert_max_num_queries(3):
        assert len(list(annotation_rows(annotations_for({})))) == 4


def test_link_rows_carry_both_sides(corpus):
    rows = _parse(stream_csv(LINK_HEADER, link_rows(links_for({}))))
    assert tuple(rows[0].keys()) == LINK_HEADER
    assert len(rows) == 1  # the link to the deleted annotation is left out
    (row,) = rows
    assert row["link_id"] == str(corpus.link.pk)
    assert row["relation"] == "contradicts"
    assert row["note"] == "'-beda"
    assert row["a_text"] == "Kami berkomitmen untuk mempertahankan"
    assert row["a_outlet"] == "Kompas TV"
    assert row["b_outlet"] == "detik"
    assert row["b_value"] == "'-3.5"
    assert row["b_unit"] == "jam"


def test_link_filters_keep_links_with_one_matching_end(corpus):
    assert len(list(link_rows(links_for({"kind": "claim"})))) == 1
    assert list(link_rows(links_for({"kind": "mention"}))) == []


def test_article_rows_count_live_annotations(corpus, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        rows = _parse(stream_csv(ARTICLE_HEADER, article_rows(articles_for({}))))
    assert tuple(rows[0].keys()) == ARTICLE_HEADER
    by_outlet = {r["outlet"]: r for r in rows}
    assert by_outlet["Kompas TV"]["annotation_count"] == "2"
    assert by_outlet["detik"]["annotation_count"] == "2"
    assert by_outlet["Koran Jakarta"]["annotation_count"] == "0"
    assert "Blinken" in by_outlet["Kompas TV"]["body"]
    narrowed = list(article_rows(articles_for({"status": "suggested"})))
    assert [r[1] for r in narrowed] == ["detik"]
    assert narrowed[0][11] == 1


def test_article_search_narrows_the_annotation_export(corpus):
    kompas = corpus.articles["kompas"]
    word = kompas.title.split()[-1].strip("?")
    rows = list(annotation_rows(annotations_for({"q": word})))
    assert rows and {r[3] for r in rows} <= {
        a.pk
        for a in corpus.articles.values()
        if word.lower() in a.title.lower() + a.body.lower()
    }


def test_streaming_100k_rows_keeps_memory_flat(outlet):
    """Consume a 100,000-annotation export; tracemalloc's peak stays under 200 MB."""
    from tests.export_data import bulk_annotations

    bulk_annotations(outlet, 100_000)
    tracemalloc.start()
    size = 0
    for chunk in stream_csv(
        ANNOTATION_HEADER, annotation_rows(Annotation.objects.alive())
    ):
        size += len(chunk)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert size > 100_000 * 100
    assert peak < 200 * 1024 * 1024
    assert peak < size / 2  # nothing close to the whole file is ever held


def test_jsonld_claim_body_says_approximate_bound_and_measure(tiny_article, alice):
    claim = annotate_words(
        tiny_article,
        "7,5 jam",
        "claim",
        user=alice,
        value=Decimal("7.5"),
        unit="hour",
        approximate=True,
    )
    Annotation.objects.filter(pk=claim.pk).update(bound="min", measured="lama rapat")
    exact = annotate_words(tiny_article, "Menlu", "claim", value=Decimal("2"))
    data = json.loads(
        b"".join(
            stream_jsonld(
                Annotation.objects.filter(pk__in=[claim.pk, exact.pk]),
                Link.objects.none(),
                base_url="https://newsroom.test",
                collection_id="https://newsroom.test/export.jsonld",
                label="test",
            )
        )
    )
    bodies = {
        item["id"].rsplit("#a", 1)[1]: [
            b for b in item["body"] if b["purpose"] == "describing"
        ]
        for item in data["first"]["items"]
    }
    assert bodies[str(claim.pk)] == [
        {
            "type": "TextualBody",
            "value": "7.5 hour",
            "purpose": "describing",
            "approximate": True,
            "bound": "min",
            "measured": "lama rapat",
        }
    ]
    assert bodies[str(exact.pk)][0]["approximate"] is False
    assert "bound" not in bodies[str(exact.pk)][0]


def test_a_date_only_article_exports_its_day_not_midnight(tiny_article, alice):
    jakarta = ZoneInfo("Asia/Jakarta")
    Article.objects.filter(pk=tiny_article.pk).update(
        published_at=datetime(2024, 4, 26, tzinfo=jakarta), published_date_only=True
    )
    timed = Article.objects.create(
        outlet=tiny_article.outlet,
        title="Jam rapat",
        raw_text="Rapat selama 7,5 jam.",
        body="Rapat selama 7,5 jam.",
        content_hash="timed-article",
        published_at=datetime(2024, 4, 26, 14, 5, tzinfo=jakarta),
    )
    annotate_words(tiny_article, "7,5 jam", "claim", user=alice)
    annotate_words(timed, "7,5 jam", "claim", user=alice)
    ids = [tiny_article.pk, timed.pk]
    with timezone.override(jakarta):
        annotations = Annotation.objects.filter(article_id__in=ids)
        published = {
            dict(zip(ANNOTATION_HEADER, r, strict=True))["article_id"]: r[7]
            for r in annotation_rows(annotations)
        }
        articles = articles_for({}, filter_by_annotations=False).filter(pk__in=ids)
        rows = {r[0]: r[4] for r in article_rows(articles)}
    assert published == {
        tiny_article.pk: "2024-04-26",
        timed.pk: "2024-04-26T14:05:00+07:00",
    }
    assert rows == published


def test_jsonld_dates_the_article_with_schema_org_date_published(tiny_article, alice):
    jakarta = ZoneInfo("Asia/Jakarta")
    Article.objects.filter(pk=tiny_article.pk).update(
        published_at=datetime(2024, 4, 26, tzinfo=jakarta), published_date_only=True
    )
    timed, undated = (
        Article.objects.create(
            outlet=tiny_article.outlet,
            title=f"Rapat {n}",
            raw_text="Rapat selama 7,5 jam.",
            body="Rapat selama 7,5 jam.",
            content_hash=f"jsonld-date-{n}",
            published_at=when,
        )
        for n, when in enumerate([datetime(2024, 4, 26, 23, 30, tzinfo=jakarta), None])
    )
    for article in (tiny_article, timed, undated):
        annotate_words(article, "7,5 jam", "claim", user=alice)
    with timezone.override(jakarta):
        data = json.loads(
            b"".join(
                stream_jsonld(
                    Annotation.objects.all(),
                    Link.objects.none(),
                    base_url="https://newsroom.test",
                    collection_id="https://newsroom.test/export.jsonld",
                    label="test",
                )
            )
        )
    sources = {
        item["target"]["source"]["id"]: item["target"]["source"]
        for item in data["first"]["items"]
    }
    reader = "https://newsroom.test/articles/{}/"
    assert sources == {
        reader.format(tiny_article.pk): {
            "id": reader.format(tiny_article.pk),
            "type": "Text",
            "datePublished": "2024-04-26",  # the day, not midnight
        },
        reader.format(timed.pk): {
            "id": reader.format(timed.pk),
            "type": "Text",
            "datePublished": "2024-04-26T23:30:00+07:00",
        },
        reader.format(undated.pk): {"id": reader.format(undated.pk), "type": "Text"},
    }
    # The term is schema.org's, declared in each annotation's own context.
    item = data["first"]["items"][0]
    assert item["@context"] == [
        "http://www.w3.org/ns/anno.jsonld",
        {"datePublished": "http://schema.org/datePublished"},
    ]
