"""The reader under editors saving at once: no read fails because a row appeared meanwhile.

Threads against live_server: writers save tagged annotations through the
reader's HTMX form while readers load the reader. Before the reader loaded its
rows in one query, a tagged annotation saved between its two queries gave a
KeyError (500) to readers and to some of the writers.
"""

from __future__ import annotations

import pytest

from annotations.models import Annotation, Article, Tag
from tests.concurrency import Editor, run_together

WRITERS, READERS = 4, 4
SAVES_PER_WRITER, READS_PER_READER = 12, 12


@pytest.fixture
def long_article(outlet) -> Article:
    """An article of 60 handwritten paragraphs carrying 300 annotations."""
    paragraphs = [" ".join(f"kata{p}x{w}" for w in range(30)) + "." for p in range(60)]
    body = "\n\n".join(paragraphs)
    article = Article.objects.create(
        outlet=outlet,
        title="Rapat panjang",
        raw_text=body,
        body=body,
        content_hash="long-article",
        language="id",
    )
    spans = []
    for p in range(60):
        for w in range(5):
            word = f"kata{p}x{w} "
            start = body.index(word)
            spans.append((start, start + len(word) - 1))
    Annotation.objects.bulk_create(
        Annotation(article=article, kind="mention", start=s, end=e, exact=body[s:e])
        for s, e in spans
    )
    return article


@pytest.mark.django_db(transaction=True)
def test_reader_loads_and_tagged_saves_succeed_while_editors_save_at_once(
    live_server, long_article, alice, root
):
    article = long_article
    path = f"/articles/{article.pk}/"
    failures: list[str] = []

    def write(n: int) -> None:
        editor = Editor(live_server.url, alice if n % 2 else root)
        editor.get(path)  # the reader sets the CSRF cookie, as in a browser
        for i in range(SAVES_PER_WRITER):
            word = f"kata{n * SAVES_PER_WRITER + i}x20"
            start = article.body.index(word)
            answer = editor.post(
                f"{path}annotations/new/",
                {
                    "kind": "quote",
                    "start": start,
                    "end": start + len(word),
                    "exact": word,
                    "tags": f"cek, writer-{n}",
                },
            )
            if answer.status != 200 or "saved" not in answer.text:
                failures.append(f"save {word}: {answer.status} {answer.text[:200]}")

    def read(n: int) -> None:
        editor = Editor(live_server.url, alice)
        for _ in range(READS_PER_READER):
            answer = editor.get(path)
            if answer.status != 200 or 'id="annotation-panel"' not in answer.text:
                failures.append(f"read: {answer.status} {answer.text[:200]}")

    errors = run_together(
        *(lambda n=n: write(n) for n in range(WRITERS)),
        *(lambda n=n: read(n) for n in range(READERS)),
    )
    assert not errors
    assert not failures, failures[:3]
    saved = Annotation.objects.filter(article=article, kind="quote")
    assert saved.count() == WRITERS * SAVES_PER_WRITER
    for annotation in saved.prefetch_related("tags"):
        assert {t.name for t in annotation.tags.all()} >= {"cek"}
    assert Tag.objects.filter(name="cek").count() == 1
