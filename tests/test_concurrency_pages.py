"""Every page and export that lists annotations, read while editors write: no read ever fails.

Threads against live_server. Readers load the library, a search, the story
page, its coverage table and side-by-side view, the contradictions page, the
speakers and the exports, over and over, while writers save and delete claims
and quotes (with new speakers), accept and reject suggestions, link and
dismiss contradictions and run the story's proposals. A page that reads in two
queries what a write changes in between (a row there in one and not in the
other) answers 500; every answer here must be complete.
"""

from __future__ import annotations

import contextlib
import random
import re

import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.models import Annotation, Link
from annotations.services.suggesting import annotation_suggest_bulk
from tests.concurrency import Editor, run_together

STORY = "/stories/blinken-di-beijing/"
ROUNDS = 10
PAGES = (
    "/articles/",
    "/articles/?q=Blinken",
    STORY,
    f"{STORY}coverage/",
    f"{STORY}coverage.csv",
    f"{STORY}compare/",
    "/contradictions/",
    "/speakers/",
    "/annotations/export.csv",
    "/links/export.csv",
    "/annotations/export.jsonld",
)
WORD = re.compile(r"\b[a-z]{7,}\b")


@pytest.mark.django_db(transaction=True)
def test_pages_and_exports_read_while_editors_write_never_fail(
    live_server, seed_articles, alice, root
):
    articles = list(seed_articles.values())
    annotation_suggest_bulk(articles=articles)
    spans = [(a, m) for a in articles for m in WORD.finditer(a.body)]
    failures: list[str] = []
    reads: list[str] = []

    def read(n: int) -> None:
        editor = Editor(live_server.url, root)
        for i in range(ROUNDS * 2):
            path = PAGES[(n + i) % len(PAGES)]
            answer = editor.get(path)
            complete = answer.text.rstrip().endswith(
                ("</html>", "}", "]")
            ) or path.endswith(".csv")
            if answer.status != 200 or not complete:
                failures.append(f"GET {path}: {answer.status} {answer.text[-300:]}")
            else:
                reads.append(path)

    def annotate(n: int) -> None:
        rng = random.Random(n)
        for i in range(ROUNDS):
            article, match = rng.choice(spans)
            try:
                claim = services.annotation_create(
                    article=article,
                    start=match.start(),
                    end=match.end(),
                    kind="claim",
                    user=alice,
                    value=len(match.group()),
                    unit="hour",
                    tags=["cek", f"t{i % 3}"],
                )
            except ValidationError:
                continue  # the same words annotated already
            quote_at = article.body.index(" ", match.end()) + 1
            word = re.match(r"\w+", article.body[quote_at:])
            if word:
                with contextlib.suppress(ValidationError):
                    services.annotation_create(
                        article=article,
                        start=quote_at,
                        end=quote_at + word.end(),
                        kind="quote",
                        user=alice,
                        speaker_name=f"Juru Bicara Nomor {n} {i}",
                    )
            if i % 2:
                services.annotation_delete(annotation=claim, user=alice)

    def review() -> None:
        suggested = list(
            Annotation.objects.filter(status="suggested").order_by("pk")[: ROUNDS * 2]
        )
        for i, suggestion in enumerate(suggested):
            review_one = (
                services.annotation_suggestion_accept
                if i % 2
                else services.annotation_suggestion_reject
            )
            with contextlib.suppress(services.AnnotationConflict):
                review_one(annotation=suggestion, user=alice)

    def link() -> None:
        editor = Editor(live_server.url, alice)
        for i in range(ROUNDS):
            claims = list(
                Annotation.objects.alive()
                .filter(kind="claim")
                .order_by("pk")
                .values_list("pk", "article_id")
            )
            pairs = [(a, b) for a, x in claims for b, y in claims if x < y]
            if pairs:
                source, target = pairs[i % len(pairs)]
                try:
                    made = services.link_create(
                        source=Annotation.objects.get(pk=source),
                        target=Annotation.objects.get(pk=target),
                        relation="contradicts",
                        user=alice,
                    )
                except (ValidationError, Annotation.DoesNotExist):
                    made = None
                if made is not None and i % 2:
                    services.link_update(link=made, status=Link.Status.DISMISSED)
            answer = editor.post(f"{STORY}links/suggest/", {})
            if answer.status != 200:
                failures.append(f"suggest: {answer.status} {answer.text[:300]}")

    errors = run_together(
        *(lambda n=n: read(n) for n in range(3)),
        *(lambda n=n: annotate(n) for n in range(2)),
        review,
        link,
    )

    assert errors == []
    assert failures == [], failures[:3]
    assert len(reads) == 3 * ROUNDS * 2
    # The writers did write while the pages were read.
    assert Annotation.objects.filter(origin="manual", kind="quote").exists()
    assert Annotation.objects.filter(origin="manual", deleted_at__isnull=False).exists()
    assert Annotation.objects.filter(origin="auto", status="accepted").exists()
    assert Annotation.objects.filter(origin="auto", status="rejected").exists()
    assert Link.objects.filter(relation="contradicts", status="dismissed").exists()
