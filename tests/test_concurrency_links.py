"""Linking annotations while another editor restores and removes a paragraph of their article.

Threads against live_server. A restore moves every annotation after the
paragraph, one row at a time, the farthest first; a link locks its two
annotations in id order. Under `make load` on PostgreSQL the two met in
opposite orders and PostgreSQL killed one as a deadlock (a 500 on "link").
Every writer now locks annotations in id order.
"""

from __future__ import annotations

import re
import time

import pytest

from annotations import services
from annotations.models import Link
from tests.concurrency import Editor, run_together

PHOTO_CREDIT = 3  # a removed paragraph of the Kompas seed, before its first one
NOTES, LINKERS, TOGGLES = 24, 3, 6


@pytest.mark.django_db(transaction=True)
def test_links_made_while_paragraphs_move_never_deadlock(
    live_server, seed_articles, alice, root
):
    article = seed_articles["kompas"]
    first = article.blocks[PHOTO_CREDIT + 1]["text"]
    after = article.body.index(first)
    words = [m for m in re.finditer(r"\w{5,}", article.body) if m.start() > after]
    # Created in reading order: the lower id is the earlier word, so a restore
    # (which moves the farthest first) reaches them in the opposite order.
    notes = [
        services.annotation_create(
            article=article, start=w.start(), end=w.end(), kind="note", user=alice
        )
        for w in words[: NOTES * 2 : 2]
    ]
    pairs = [(notes[i], notes[j]) for i in range(NOTES) for j in range(i + 1, NOTES)]
    failures: list[str] = []
    linked: list[tuple[int, int]] = []
    done = []

    def link(n: int) -> None:
        editor = Editor(live_server.url, alice)
        for source, target in pairs[n::LINKERS]:
            if done:
                return
            answer = editor.post(
                f"/annotations/{source.pk}/links/new/",
                {"target": target.pk, "relation": "related", "note": ""},
            )
            if answer.status == 200 and "Link saved." in answer.text:
                linked.append((source.pk, target.pk))
            else:
                failures.append(f"link: {answer.status} {answer.text[:300]}")

    def toggle() -> None:
        editor = Editor(live_server.url, root)
        blocks = f"/articles/{article.pk}/source/blocks/{PHOTO_CREDIT}"
        try:
            for _ in range(TOGGLES):
                for action in ("restore", "remove"):
                    answer = editor.post(f"{blocks}/{action}/", {})
                    if answer.status != 200 or "message-error" in answer.text:
                        failures.append(
                            f"{action}: {answer.status} {answer.text[:300]}"
                        )
                    time.sleep(0.01)
        finally:
            done.append(True)

    errors = run_together(*(lambda n=n: link(n) for n in range(LINKERS)), toggle)
    assert not errors
    assert not failures, failures[:3]
    assert linked  # links were made while the paragraph moved
    saved = set(Link.objects.values_list("source_id", "target_id"))
    assert saved == set(linked)
    article.refresh_from_db()
    assert article.restored_blocks == []
    for note in notes:
        note.refresh_from_db()
        assert article.body[note.start : note.end] == note.exact
