"""Read queries: the reader's rows and the side panel's filters, one rule in SQL and Python."""

from __future__ import annotations

import io
import itertools
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from annotations import selectors
from annotations.models import Annotation, Article, Link, Outlet, Speaker, Tag
from tests.conftest import annotate_words


@pytest.fixture
def annotated(tiny_article, alice, root):
    sari = Speaker.objects.create(name="Sari")
    cek = Tag.objects.create(name="cek", colour="#1f77b4")
    a = annotate_words(tiny_article, "Menlu Sari", "mention", speaker=sari, user=alice)
    b = annotate_words(tiny_article, "7,5 jam", "claim", tags=[cek], user=root)
    c = annotate_words(
        tiny_article, "Kami sepakat", "quote", speaker=sari, status="suggested"
    )
    c.tags.add(cek)
    return tiny_article, [a, b, c], {"speaker": sari.pk, "tag": cek.pk}


def test_reader_rows_come_in_reading_order_with_their_tags(
    annotated, django_assert_num_queries
):
    article, (a, b, c), _ids = annotated
    with django_assert_num_queries(1):
        rows = selectors.reader_rows(article)
    assert [r.pk for r in rows] == [a.pk, b.pk, c.pk]
    assert [[t[1] for t in r.tags] for r in rows] == [[], ["cek"], ["cek"]]
    within = selectors.reader_rows(article, within=(b.start, b.end))
    assert [r.pk for r in within] == [b.pk]


def test_the_panel_filters_agree_in_sql_and_in_python(annotated, alice):
    article, annotations, ids = annotated
    values = {
        "kind": ["claim", "quote"],
        "status": ["accepted", "suggested"],
        "speaker": [ids["speaker"]],
        "author": [alice.pk],
        "tag": [ids["tag"]],
    }
    rows = selectors.reader_rows(article)
    alive = Annotation.objects.alive().filter(article=article)
    for size in (1, 2):
        for keys in itertools.combinations(values, size):
            for combo in itertools.product(*(values[k] for k in keys)):
                active = dict(zip(keys, combo, strict=True))
                in_sql = set(
                    selectors.panel_filter(alive, active).values_list("pk", flat=True)
                )
                in_python = {r.pk for r in rows if selectors.row_matches(r, active)}
                assert in_sql == in_python, active
    assert {r.pk for r in rows if selectors.row_matches(r, {"tag": ids["tag"]})} == {
        annotations[1].pk,
        annotations[2].pk,
    }


def test_outlets_sort_by_name_ignoring_case_in_every_list(editor_client):
    names = ["zeta", "Antara", "detik", "Kompas"]
    for name in names:
        Outlet.objects.create(name=name)
    expected = ["Antara", "detik", "Kompas", "zeta"]

    def mine(listed):
        return [n for n in listed if n in names]

    assert mine(selectors.outlets().values_list("name", flat=True)) == expected
    library = editor_client.get("/articles/").content.decode()
    assert mine(re.findall(r'<option value="([^"]+)"', library)) == expected
    import_page = editor_client.get("/articles/import/").content.decode()
    assert mine(re.findall(r'<option value="([^"]+)">', import_page)) == expected


@pytest.fixture
def linked(annotated, outlet, alice):
    """The tiny article's claim linked three ways, and one link of each kind that hides."""
    article, (mention, claim, quote), _ids = annotated
    other = Article.objects.create(
        outlet=Outlet.objects.create(name="Kabar Lain", language="id"),
        title="Sari dan Tan",
        raw_text="Pembicaraan itu berlangsung enam jam.",
        body="Pembicaraan itu berlangsung enam jam.",
        content_hash="other",
        language="id",
    )
    six = annotate_words(other, "enam jam", "claim", user=alice)
    gone = annotate_words(other, "Pembicaraan", "mention", user=alice)
    made = {
        "contradicts": Link.objects.create(
            source=six, target=claim, relation="contradicts"
        ),
        "related": Link.objects.create(source=claim, target=quote, relation="related"),
        "dismissed": Link.objects.create(
            source=claim, target=mention, relation="same_quote", status="dismissed"
        ),
        "to deleted": Link.objects.create(
            source=claim, target=gone, relation="corroborates"
        ),
    }
    gone.deleted_at = timezone.now()
    gone.save(update_fields=["deleted_at"])
    return article, (mention, claim, quote), six, made


def _ends(links):
    return {
        pk: [(e.relation, e.annotation_id) for e in ends] for pk, ends in links.items()
    }


def test_the_reader_lists_each_annotations_live_links_from_both_sides(linked):
    article, (mention, claim, quote), six, made = linked
    links = selectors.reader_links(article, [mention.pk, claim.pk, quote.pk])
    # By relation, then link: the claim sees its two live links; the quote sees the
    # claim from the other side; the dismissed and the deleted end are not there.
    assert _ends(links) == {
        claim.pk: [("contradicts", six.pk), ("related", quote.pk)],
        quote.pk: [("related", claim.pk)],
    }
    (contradiction, _related) = links[claim.pk]
    assert contradiction.outlet == "Kabar Lain"
    assert contradiction.exact == "enam jam"
    assert contradiction.article_id == six.article_id
    assert contradiction.link_id == made["contradicts"].pk
    # One annotation's links, as a save's answer asks for them.
    assert _ends(selectors.reader_links(article, [quote.pk])) == {
        quote.pk: [("related", claim.pk)]
    }
    assert selectors.reader_links(article, [mention.pk]) == {}


def test_an_end_erased_between_the_reads_leaves_its_link_out(linked, monkeypatch):
    """Reads never fail because a row changed between two queries."""
    article, (_mention, claim, quote), six, _made = linked
    real = Annotation.objects.filter

    def filter_after_erasing(*args, **kwargs):
        if "pk__in" in kwargs:
            Annotation.objects.filter(pk=six.pk).update(deleted_at=timezone.now())
        return real(*args, **kwargs)

    monkeypatch.setattr(Annotation.objects, "filter", filter_after_erasing)
    assert _ends(selectors.reader_links(article, [claim.pk])) == {
        claim.pk: [("related", quote.pk)]
    }


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")
def test_links_are_read_by_their_indexes_whatever_the_planner_knows(
    tiny_article, alice
):
    """A save's side panel reads the annotation's links, not every annotation.

    Joining both ends in one query, PostgreSQL's plan depended on its statistics:
    on tables it had not analysed it guessed few annotations were live and read
    every live annotation once per link end (262,256 pages once in CI). Counted
    in pages read (EXPLAIN's buffers) per row returned, not in time. The test
    database's tables are as new as a fresh import's: autovacuum has not
    analysed them.
    """
    Annotation.objects.bulk_create(
        Annotation(
            article=tiny_article,
            kind="note",
            start=n,
            end=n + length,
            exact=tiny_article.body[n : n + length],
            created_by=alice,
        )
        for n in range(len(tiny_article.body) - 10)
        for length in range(1, 11)
    )
    notes = list(Annotation.objects.order_by("pk"))
    for source, target in zip(notes[:-1:10], notes[1::10], strict=False):
        Link.objects.create(source=source, target=target, relation="related")
    first = notes[0]
    Annotation.objects.filter(pk__in=[n.pk for n in notes[2::4]]).update(
        deleted_at=timezone.now()
    )
    with connection.cursor() as cursor:
        for shown in ([first.pk], [n.pk for n in notes]):
            with CaptureQueriesContext(connection) as ctx:
                links = selectors.reader_links(tiny_article, shown)
            assert links[first.pk][0].annotation_id == notes[1].pk
            for query in ctx.captured_queries:
                cursor.execute(
                    "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + query["sql"]
                )
                (plan,) = cursor.fetchone()[0]
                # An index lookup is a few pages per row; a scan per row is hundreds.
                rows = plan["Plan"]["Actual Rows"]
                assert plan["Plan"]["Shared Hit Blocks"] < 50 + 10 * rows, plan


def test_the_reader_reads_near_duplicates_only_when_there_are_some(
    tiny_article, django_assert_num_queries
):
    with django_assert_num_queries(1):
        article = selectors.reader_article(tiny_article.pk)
        assert list(article.near_duplicates.all()) == []
    twin = Article.objects.create(
        outlet=tiny_article.outlet,
        title="Kembar",
        raw_text=tiny_article.body,
        body=tiny_article.body,
        content_hash="twin",
    )
    tiny_article.near_duplicates.add(twin)
    with django_assert_num_queries(2):
        article = selectors.reader_article(tiny_article.pk)
        assert [(a, a.outlet.name) for a in article.near_duplicates.all()] == [
            (twin, tiny_article.outlet.name)
        ]


def test_the_links_of_one_fact_stand_together_on_the_story_page(db):
    from django.core.management import call_command

    from annotations import services
    from annotations.models import FactClaim, Story
    from annotations.services.suggesting import annotation_suggest_for_article

    call_command("load_demo", stdout=io.StringIO())
    for article in Article.objects.all():
        annotation_suggest_for_article(article=article)
    story = Story.objects.get()
    services.link_propose_for_story(story=story)
    fact_of = dict(FactClaim.objects.values_list("annotation_id", "fact_id"))

    links, _ = selectors.story_links(story)
    groups = [
        (link.status, link.relation, fact_of[link.source_id])
        for link in links
        if link.source_id in fact_of
    ]
    runs = [group for group, _ in itertools.groupby(groups)]
    # Two facts disagree, three agree: each one's links form one run.
    assert len(set(runs)) >= 5
    assert len(runs) == len(set(runs))
    statuses = [link.status for link in links]
    assert statuses == sorted(statuses, key=selectors._LINK_ORDER.__getitem__)
