"""Editors choosing a speaker while another editor merges that speaker into another.

Threads against live_server. A merge moves a speaker's annotations onto the
speaker kept and deletes it. An edit that chose the merged speaker (its form
read it before the merge) used to point the annotation at a deleted row: the
foreign key failed at commit, a 500. Saves now lock the speaker they name
before the annotation, as the merge does, and a merged speaker's save goes to
the speaker kept.
"""

from __future__ import annotations

import re

import pytest

from annotations import services
from annotations.models import Annotation, Speaker
from tests.concurrency import Editor, run_together

PAIRS, NOTES, EDITORS = 10, 12, 3


@pytest.mark.django_db(transaction=True)
def test_edits_naming_a_speaker_being_merged_never_fail(
    live_server, seed_articles, alice, root
):
    article = seed_articles["kompas"]
    words = list(re.finditer(r"\w{6,}", article.body))[: NOTES * 2 : 2]
    quotes = [
        services.annotation_create(
            article=article, start=w.start(), end=w.end(), kind="quote", user=alice
        )
        for w in words
    ]
    # Names far apart, so no near spelling finds the wrong person.
    surnames = ["Abimanyu", "Bratadikara", "Cokroaminoto", "Darmawangsa", "Ekalaya"]
    surnames += ["Fahrurozi", "Gunadarma", "Hadiwijaya", "Indrajaya", "Joyokusumo"]
    pairs = [
        (
            services.speaker_create(name=f"Kartika {surname}"),
            services.speaker_create(name=f"Larasati {surname}"),
        )
        for surname in surnames[:PAIRS]
    ]
    kept = {keep.pk for keep, _gone in pairs}
    failures: list[str] = []
    confirmed: list[tuple[int, int]] = []  # (quote, speaker chosen)

    def edit(n: int) -> None:
        editor = Editor(live_server.url, alice)
        for round_ in range(PAIRS):
            for quote in quotes[n::EDITORS]:
                _keep, gone = pairs[(round_ + quote.pk) % PAIRS]
                version = Annotation.objects.values_list("version", flat=True).get(
                    pk=quote.pk
                )
                answer = editor.post(
                    f"/annotations/{quote.pk}/edit/",
                    {
                        "kind": "quote",
                        "version": version,
                        "status": "accepted",
                        "speaker": gone.pk,
                        "speaker_name": gone.name,
                    },
                )
                if "Quote updated." in answer.text:
                    confirmed.append((quote.pk, gone.pk))
                # The merge changed the quote meanwhile (its version): a conflict.
                ok = "Quote updated." in answer.text
                ok = ok or "Someone else changed this annotation" in answer.text
                # The form's choice of a speaker merged meanwhile is refused by the form.
                ok = ok or "Select a valid choice" in answer.text
                if answer.status != 200 or not ok:
                    failures.append(f"edit: {answer.status} {answer.text[:300]}")

    def merge() -> None:
        editor = Editor(live_server.url, root)
        for keep, gone in pairs:
            answer = editor.post(
                f"/speakers/{gone.pk}/merge/", {"into": keep.pk}, htmx=False
            )
            # Redirected to the speaker kept (urllib follows, without the
            # message cookie): its page, with the merged name as an alias.
            if answer.status != 200 or gone.name not in answer.text:
                failures.append(f"merge: {answer.status} {answer.text[:300]}")

    errors = run_together(*(lambda n=n: edit(n) for n in range(EDITORS)), merge)

    assert errors == []
    assert failures == []
    assert len(confirmed) > PAIRS  # the edits did land while the merges ran
    assert not Speaker.objects.exclude(pk__in=kept).exists()
    for quote in Annotation.objects.filter(pk__in=[q.pk for q in quotes]):
        assert quote.speaker_id is None or quote.speaker_id in kept
