"""Editors moving claims between facts, making and naming facts, while proposals run.

Threads against live_server. Each move, rename and new fact takes the story's
lock, as the regrouping does, so a regrouping never deletes the automatic fact
a claim is being moved into, two editors naming a new fact alike make one fact,
and every claim ends where the last editor who moved it put it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.models import Fact, FactClaim, Link
from tests.concurrency import Editor, run_together
from tests.conftest import annotate_words

STORY = "/stories/blinken-di-beijing/"
ROUNDS = 6


@pytest.mark.django_db(transaction=True)
def test_fact_edits_and_proposals_at_once_lose_nothing(
    live_server, seed_articles, alice, root, victor
):
    kj, dt, kompas = (
        seed_articles["koranjakarta"],
        seed_articles["detik"],
        seed_articles["kompas"],
    )
    about_six = annotate_words(
        kj, "sekitar enam jam", value=Decimal(6), unit="hour", approximate=True
    )
    seven_half = annotate_words(dt, "7,5 jam", value=Decimal("7.5"), unit="hour")
    three = annotate_words(dt, "tiga jam", value=Decimal(3), unit="hour")
    # Claims each editor moves back and forth (any words will do: value and unit count).
    words = [w for w in kompas.body.split() if w.isalpha() and len(w) > 6]
    mine = {
        "a": annotate_words(kompas, words[0], value=Decimal(10), unit="person"),
        "b": annotate_words(kompas, words[5], value=Decimal(20), unit="person"),
    }
    story = kj.story
    failures: list[str] = []
    last: dict[str, str] = {}

    def check(what: str, answer, expect: str) -> None:
        if answer.status != 200 or expect not in answer.text:
            failures.append(f"{what}: {answer.status} {answer.text[:300]}")

    def mover(name: str, user) -> None:
        editor = Editor(live_server.url, user)
        claim = mine[name]
        # Both editors name a new fact alike at the same moment.
        answer = editor.post(
            f"{STORY}facts/move/",
            {"claim": claim.pk, "fact": "new", "label": "Bersama"},
        )
        check(f"{name} new", answer, "moved to")
        for i in range(ROUNDS):
            if i % 2:
                target = {"fact": "new", "label": f"Fakta {name}"}
            else:
                target = {"fact": ""}
            answer = editor.post(f"{STORY}facts/move/", {"claim": claim.pk, **target})
            check(
                f"{name} move {i}",
                answer,
                "is no longer part" if i % 2 == 0 else "moved to",
            )
            last[name] = target.get("label", "")

    def renamer() -> None:
        editor = Editor(live_server.url, alice)
        editor.post(
            f"{STORY}facts/move/",
            {"claim": three.pk, "fact": "new", "label": "Wang Yi"},
        )
        fact = Fact.objects.get(story=story, label="Wang Yi")
        for i in range(ROUNDS):
            answer = editor.post(
                f"{STORY}facts/{fact.pk}/rename/", {"label": f"Pertemuan Wang Yi {i}"}
            )
            check(f"rename {i}", answer, "is now called")

    def finder() -> None:
        editor = Editor(live_server.url, root)
        for _ in range(ROUNDS):
            answer = editor.post(f"/stories/{story.slug}/links/suggest/", {})
            if answer.status != 200 or "message-error" in answer.text:
                failures.append(f"find: {answer.status} {answer.text[:300]}")

    def reader() -> None:
        editor = Editor(live_server.url, victor)
        for _ in range(ROUNDS):
            answer = editor.get(STORY)
            check("read", answer, 'id="story-coverage"')

    errors = run_together(
        lambda: mover("a", alice), lambda: mover("b", root), renamer, finder, reader
    )
    assert not errors
    assert not failures, failures[:3]
    # One fact per name, whoever made it first.
    labels = list(Fact.objects.filter(story=story).values_list("label", flat=True))
    assert len(labels) == len(set(labels))
    assert Fact.objects.get(story=story, label="Pertemuan Wang Yi 5")
    # Each claim sits where its editor's last move put it, by hand.
    for name, claim in mine.items():
        membership = FactClaim.objects.select_related("fact").get(annotation=claim)
        assert membership.by_hand
        assert (membership.fact.label if membership.fact else "") == last[name]
    three_fact = FactClaim.objects.get(annotation=three)
    assert three_fact.by_hand and three_fact.fact.label == "Pertemuan Wang Yi 5"
    # The Qin talks are still one fact and their contradiction proposed once.
    assert (
        FactClaim.objects.get(annotation=about_six).fact_id
        == FactClaim.objects.get(annotation=seven_half).fact_id
    )
    pair = {about_six.pk, seven_half.pk}
    contradictions = [
        link
        for link in Link.objects.filter(relation="contradicts")
        if {link.source_id, link.target_id} == pair
    ]
    assert len(contradictions) == 1
