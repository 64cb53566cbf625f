"""A small annotated corpus over the seed articles, shared by the export tests."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.db import connection
from django.utils import timezone

from annotations import services
from annotations.models import Annotation, Article, Link, Speaker, Tag

HYPERLINK_NOTE = '=HYPERLINK("http://x")'


@dataclass
class Corpus:
    articles: dict[str, Article]
    quote: Annotation  # Blinken's quote in Kompas TV, tagged, linked to `claim`
    dash: Annotation  # a quote that starts with "-"
    claim: Annotation  # a claim with a value in detik, note is a formula
    suggested: Annotation  # status suggested
    deleted: Annotation  # soft-deleted: never exported
    link: Link


def span(article: Article, phrase: str, *, after: int = 0) -> tuple[int, int]:
    start = article.body.index(phrase, after)
    return start, start + len(phrase)


@pytest.fixture
def corpus(seed_articles, alice) -> Corpus:
    kompas, detik = seed_articles["kompas"], seed_articles["detik"]
    blinken = Speaker.objects.create(name="Antony Blinken", role="Menlu AS")
    tag = Tag.objects.create(name="diplomasi")
    start, end = span(kompas, "Kami berkomitmen untuk mempertahankan")
    quote = services.annotation_create(
        article=kompas,
        start=start,
        end=end,
        kind="quote",
        user=alice,
        speaker=blinken,
        quote_form="partial",
        tags=[tag],
        note="Nada positif",
    )
    start = kompas.body.index("- Menteri Luar Negeri")
    dash = services.annotation_create(
        article=kompas, start=start, end=start + 21, kind="quote", user=alice
    )
    number = next(
        w for w in detik.body.split() if w.strip(",.").replace(",", "").isdigit()
    )
    start, end = span(detik, number)
    claim = services.annotation_create(
        article=detik,
        start=start,
        end=end,
        kind="claim",
        user=alice,
        value=Decimal("-3.5"),
        unit="jam",
        approximate=True,
        note=HYPERLINK_NOTE,
    )
    start, end = span(detik, "Blinken")
    suggested = services.annotation_create(
        article=detik,
        start=start,
        end=end,
        kind="mention",
        status="suggested",
        origin="auto",
        confidence=0.75,
        speaker=blinken,
    )
    start, end = span(kompas, "Xi Jinping")
    deleted = services.annotation_create(
        article=kompas, start=start, end=end, kind="mention", user=alice
    )
    services.annotation_delete(annotation=deleted, user=alice)
    link = Link.objects.create(
        source=quote,
        target=claim,
        relation="contradicts",
        note="-beda",
        created_by=alice,
    )
    Link.objects.create(source=quote, target=deleted, relation="related")
    return Corpus(seed_articles, quote, dash, claim, suggested, deleted, link)


def bulk_annotations(outlet, count: int, *, per_article: int = 1000) -> None:
    """Insert `count` annotations over count/per_article generated articles, quickly."""
    from annotations.models import Story

    story = Story.objects.create(title="Bulk", slug="bulk")
    sentence = "Menlu Sari berkata “kami sepakat” soal 7,5 jam perundingan. "
    body = sentence * per_article
    articles = Article.objects.bulk_create(
        Article(
            outlet=outlet,
            story=story,
            title=f"Artikel {i}",
            raw_text=body,
            body=body,
            content_hash=f"bulk-{i}",
        )
        for i in range(-(-count // per_article))
    )
    step = len(sentence)
    now = timezone.now()
    table = connection.ops.quote_name(Annotation._meta.db_table)

    def rows():
        for n in range(count):
            article, k = articles[n // per_article], n % per_article
            start = k * step
            yield (
                article.pk,
                "quote",
                start,
                start + 10,
                body[start : start + 10],
                body[max(0, start - 32) : start],
                body[start + 10 : start + 42],
                "=1+1" if k == 0 else "",
                now,
                now,
            )

    # Raw SQL: bulk_create would take most of the test's time budget.
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (article_id, kind, start, {connection.ops.quote_name('end')},"
            " exact, prefix, suffix, note, created_at, updated_at, quote_form, unit,"
            " approximate, bound, measured, status, origin, version)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, '', '', FALSE, '', '',"
            " 'accepted', 'manual', 1)",
            rows(),
        )
