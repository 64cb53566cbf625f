"""Editors annotating an article while another editor deletes it.

Threads against live_server. Deleting an article deletes its annotations and
links with it. Editors still reading it go on saving, editing, linking and
restoring paragraphs: each is told the article is gone (a message, or the
404 of a page that no longer exists), never a 500, and the deletion itself
never fails because a save slipped in while it ran.
"""

from __future__ import annotations

import re
import time

import pytest

from annotations import services
from annotations.models import Annotation, Article, Link
from tests.concurrency import Editor, run_together

WRITERS, SAVES = 3, 12
PHOTO_CREDIT = 3  # a removed paragraph of the Kompas seed
GONE = "was deleted"
MOVED = "do not match the article text any more"


@pytest.mark.django_db(transaction=True)
def test_saves_edits_and_links_while_the_article_is_deleted_never_fail(
    live_server, seed_articles, alice, root
):
    article, other = seed_articles["kompas"], seed_articles["detik"]
    words = list(re.finditer(r"\w{6,}", article.body))
    notes = [
        services.annotation_create(
            article=article, start=w.start(), end=w.end(), kind="note", user=alice
        )
        for w in words[1 : WRITERS * 4 : 4]
    ]
    elsewhere = services.annotation_create(
        article=other, start=0, end=other.body.index(" "), kind="note", user=alice
    )
    failures: list[str] = []
    answers: list[str] = []

    def told(answer) -> bool:
        return answer.status == 404 or (answer.status == 200 and GONE in answer.text)

    def write(n: int) -> None:
        editor = Editor(live_server.url, alice)
        note = notes[n]
        for i in range(SAVES):
            word = words[2 + (n * SAVES + i) * 4 % (len(words) - 3)]
            saved = editor.post(
                f"/articles/{article.pk}/annotations/new/",
                {
                    "kind": "note",
                    "start": word.start(),
                    "end": word.end(),
                    "exact": word.group(),
                    "note": f"w{n}-{i}",
                },
            )
            version = (
                Annotation.objects.filter(pk=note.pk)
                .values_list("version", flat=True)
                .first()
            )
            edited = editor.post(
                f"/annotations/{note.pk}/edit/",
                {"kind": "note", "version": version or 1, "note": f"e{n}-{i}"},
            )
            linked = editor.post(
                f"/annotations/{elsewhere.pk}/links/new/",
                {"target": note.pk, "relation": "related", "note": ""},
            )
            restored = editor.post(
                f"/articles/{article.pk}/source/blocks/{PHOTO_CREDIT}/restore/", {}
            )
            for what, answer, fine in (
                ("save", saved, "Note saved."),
                ("edit", edited, "Note updated."),
                ("link", linked, "Link saved."),
                ("restore", restored, "message-"),
            ):
                if answer.status == 200 and fine in answer.text:
                    answers.append(f"{what}: done")
                elif told(answer):
                    answers.append(f"{what}: told")
                elif answer.status == 200 and (what != "save" or MOVED in answer.text):
                    # A restore moved the words (save), a conflict (edit), a
                    # repeat (link, restore): refused with a reason.
                    answers.append(f"{what}: refused")
                else:
                    said = re.findall(r'role="alert">(.*?)</', answer.text, re.S)
                    failures.append(
                        f"{what}: {answer.status} {said or answer.text[:300]}"
                    )

    def delete() -> None:
        editor = Editor(live_server.url, root)
        deadline = time.monotonic() + 20
        while len(answers) < WRITERS * 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        answer = editor.post(f"/articles/{article.pk}/delete/", {}, htmx=False)
        # Redirected to the library (urllib follows, without the message cookie).
        if answer.status != 200 or "<h1>Library</h1>" not in answer.text:
            failures.append(f"delete: {answer.status} {answer.text[:300]}")

    errors = run_together(*(lambda n=n: write(n) for n in range(WRITERS)), delete)

    assert errors == []
    assert failures == [], failures[:6]
    assert not Article.objects.filter(pk=article.pk).exists()
    assert not Annotation.objects.filter(article_id=article.pk).exists()
    assert not Link.objects.filter(target__article_id=article.pk).exists()
    assert any(a.endswith("told") for a in answers)  # some did meet the deletion
    assert Annotation.objects.filter(pk=elsewhere.pk).exists()
