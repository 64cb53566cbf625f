"""Annotating while another editor restores and removes a paragraph of the same article.

Threads against live_server. Before the service read the body under the
article's lock, an annotation saved while a paragraph went in or out kept
offsets into the old body: it then selected other words, and every later
restore on the article failed. Now each save lands on the body it was checked
against, or is refused with "the article changed … select the words again".
"""

from __future__ import annotations

import re
import time

import pytest

from annotations import services
from annotations.models import Annotation, Article
from annotations.text.anchoring import body_version
from annotations.text.cleaning import Block, compose_body
from tests.concurrency import Editor, run_together

PHOTO_CREDIT = 3  # a removed paragraph of the Kompas seed, before its first one
WRITERS, SAVES_PER_WRITER, TOGGLES = 3, 10, 8
CHANGED = "The article changed since you selected these words"


def _words_after(body: str, position: int) -> list[re.Match]:
    return [m for m in re.finditer(r"\w{5,}", body) if m.start() > position]


@pytest.mark.django_db(transaction=True)
def test_saves_during_restores_land_on_the_body_they_were_checked_against(
    live_server, seed_articles, alice, root
):
    article = seed_articles["kompas"]
    # The paragraph goes in before the first one: each restore moves every word.
    first = article.blocks[PHOTO_CREDIT + 1]["text"]
    path = f"/articles/{article.pk}/"
    outcomes: list[str] = []
    failures: list[str] = []

    def write(n: int) -> None:
        editor = Editor(live_server.url, alice if n % 2 else root)
        editor.get(path)
        for i in range(SAVES_PER_WRITER):
            # What the editor's page shows: the body as it is now, and its version.
            body = Article.objects.values_list("body", flat=True).get(pk=article.pk)
            word = _words_after(body, body.index(first))[n + WRITERS * i]
            answer = editor.post(
                f"{path}annotations/new/",
                {
                    "kind": "note",
                    "start": word.start(),
                    "end": word.end(),
                    "exact": word.group(),
                    "body_version": body_version(body),
                },
            )
            if answer.status == 200 and "Note saved." in answer.text:
                outcomes.append("saved")
            elif answer.status == 200 and CHANGED in answer.text:
                outcomes.append("refused")
            else:
                failures.append(f"save: {answer.status} {answer.text[:300]}")

    def toggle() -> None:
        editor = Editor(live_server.url, root)
        blocks = f"{path}source/blocks/{PHOTO_CREDIT}"
        saved = 0
        for _ in range(TOGGLES):
            for action in ("restore", "remove"):
                # Saves and restores overlap, but a save lands between two body
                # changes before the next one: a slow server must not turn the
                # test into one where every save is refused and nothing is checked.
                deadline = time.monotonic() + 5
                while (
                    outcomes.count("saved") == saved
                    and len(outcomes) + len(failures) < WRITERS * SAVES_PER_WRITER
                    and time.monotonic() < deadline
                ):
                    time.sleep(0.005)
                saved = outcomes.count("saved")
                answer = editor.post(f"{blocks}/{action}/", {})
                if answer.status != 200 or "message-error" in answer.text:
                    failures.append(f"{action}: {answer.status} {answer.text[:300]}")

    errors = run_together(*(lambda n=n: write(n) for n in range(WRITERS)), toggle)
    assert not errors
    assert not failures, failures[:3]
    article.refresh_from_db()
    assert article.restored_blocks == []  # every restore and remove went through
    assert compose_body(
        [_block(b) for b in article.blocks], restored=article.restored_blocks
    ) == (article.body)
    notes = Annotation.objects.filter(article=article, kind="note")
    assert notes.count() == outcomes.count("saved") > 0
    for note in notes:
        assert article.body[note.start : note.end] == note.exact
        assert article.body[note.start - len(note.prefix) : note.start] == note.prefix


@pytest.mark.django_db(transaction=True)
def test_edits_that_select_again_during_restores_stay_on_their_words(
    live_server, seed_articles, alice, root
):
    article = seed_articles["kompas"]
    first = article.blocks[PHOTO_CREDIT + 1]["text"]
    words = _words_after(article.body, article.body.index(first))
    notes = [
        services.annotation_create(
            article=article,
            start=w.start(),
            end=w.end(),
            kind="note",
            user=alice,
        )
        for w in words[: WRITERS * 3 : 3]
    ]
    failures: list[str] = []
    updated: list[int] = []

    def edit(n: int, times: int = SAVES_PER_WRITER) -> None:
        editor = Editor(live_server.url, alice)
        note = notes[n]
        for i in range(1, times):
            body = Article.objects.values_list("body", flat=True).get(pk=article.pk)
            version = Annotation.objects.values_list("version", flat=True).get(
                pk=note.pk
            )
            word = _words_after(body, body.index(first))[n * 3 + i % 3]
            answer = editor.post(
                f"/annotations/{note.pk}/edit/",
                {
                    "kind": "note",
                    "start": word.start(),
                    "end": word.end(),
                    "exact": word.group(),
                    "body_version": body_version(body),
                    "version": version,
                    "status": "accepted",
                },
            )
            if "Note updated." in answer.text:
                updated.append(note.pk)
            ok = "Note updated." in answer.text or CHANGED in answer.text
            # A restore moved the note meanwhile: its version changed, a conflict.
            ok = ok or "Someone else changed this annotation" in answer.text
            if answer.status != 200 or not ok:
                failures.append(f"edit: {answer.status} {answer.text[:300]}")

    def toggle() -> None:
        editor = Editor(live_server.url, root)
        blocks = f"/articles/{article.pk}/source/blocks/{PHOTO_CREDIT}"
        for _ in range(TOGGLES):
            for action in ("restore", "remove"):
                answer = editor.post(f"{blocks}/{action}/", {})
                if answer.status != 200 or "message-error" in answer.text:
                    failures.append(f"{action}: {answer.status} {answer.text[:300]}")

    errors = run_together(*(lambda n=n: edit(n) for n in range(WRITERS)), toggle)
    assert not errors
    assert not failures, failures[:3]
    # Whatever the timing (a restore moves every note, so an edit may meet a
    # conflict each time), the notes stay editable afterwards.
    updated.clear()
    for n in range(WRITERS):
        edit(n, times=2)
    assert len(updated) == WRITERS
    article.refresh_from_db()
    assert article.restored_blocks == []
    for note in Annotation.objects.filter(article=article):
        assert article.body[note.start : note.end] == note.exact


def _block(data: dict) -> Block:
    return Block(data.get("text", ""), bool(data.get("kept")), data.get("reason", ""))


@pytest.mark.django_db(transaction=True)
def test_a_save_on_a_body_changed_since_is_refused_with_a_clear_message(
    live_server, seed_articles, root
):
    article = seed_articles["kompas"]
    editor = Editor(live_server.url, root)
    path = f"/articles/{article.pk}/"
    editor.get(path)
    before = article.body
    word = _words_after(before, len(before) // 2)[0]
    answer = editor.post(f"{path}source/blocks/{PHOTO_CREDIT}/restore/", {})
    assert answer.status == 200
    answer = editor.post(
        f"{path}annotations/new/",
        {
            "kind": "note",
            "start": word.start(),
            "end": word.end(),
            "exact": word.group(),
            "body_version": body_version(before),
        },
    )
    assert answer.status == 200
    assert CHANGED in answer.text
    assert not Annotation.objects.filter(article=article).exists()
