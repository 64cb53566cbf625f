from __future__ import annotations

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction

from annotations import services
from annotations.models import Annotation, Article, Link, LinkChange, Speaker
from tests.conftest import annotate_words as _annotate


@pytest.fixture
def miller_quotes(seed_articles):
    miller = Speaker.objects.create(name="Matthew Miller")
    kj = _annotate(
        seed_articles["koranjakarta"],
        "jujur, substantif, dan konstruktif",
        "quote",
        speaker=miller,
    )
    dt = _annotate(
        seed_articles["detik"],
        "terus-terang, substantif dan konstruktif",
        "quote",
        speaker=miller,
    )
    return kj, dt


def test_link_create_records_who_linked_what(durations, alice):
    about_six, seven_half = durations
    link = services.link_create(
        source=about_six,
        target=seven_half,
        relation="contradicts",
        note="  Kompas says otherwise. ",
        user=alice,
    )
    link.refresh_from_db()
    assert (link.source, link.target, link.relation) == (
        about_six,
        seven_half,
        "contradicts",
    )
    # A link made by hand is the editor's judgement: confirmed at once.
    assert (link.status, link.origin, link.created_by) == ("confirmed", "manual", alice)
    assert link.note == "Kompas says otherwise."


def test_an_annotation_cannot_be_linked_to_itself(durations):
    about_six, _ = durations
    with pytest.raises(ValidationError, match="itself"):
        services.link_create(source=about_six, target=about_six, relation="related")
    assert not Link.objects.exists()


def test_a_deleted_annotation_cannot_be_linked(durations, alice):
    about_six, seven_half = durations
    services.annotation_delete(annotation=seven_half, user=alice)
    with pytest.raises(ValidationError, match="deleted"):
        services.link_create(source=about_six, target=seven_half, relation="related")


def test_the_same_pair_and_relation_is_refused_in_either_direction(durations):
    about_six, seven_half = durations
    services.link_create(source=about_six, target=seven_half, relation="contradicts")
    for source, target in ((about_six, seven_half), (seven_half, about_six)):
        with pytest.raises(ValidationError, match="already linked as “contradicts”"):
            services.link_create(source=source, target=target, relation="contradicts")
    # Another relation between the same pair is allowed.
    services.link_create(source=seven_half, target=about_six, relation="related")
    assert Link.objects.count() == 2


def test_an_unknown_relation_is_refused(durations):
    about_six, seven_half = durations
    with pytest.raises(ValidationError):
        services.link_create(source=about_six, target=seven_half, relation="agrees")


def test_link_update_changes_status_and_note(durations, alice):
    link = services.link_create(
        source=durations[0], target=durations[1], relation="contradicts"
    )
    services.link_update(link=link, status="confirmed", note="Checked.", user=alice)
    link.refresh_from_db()
    assert (link.status, link.note) == ("confirmed", "Checked.")
    services.link_update(link=link, status="resolved")
    link.refresh_from_db()
    assert (link.status, link.note) == ("resolved", "Checked.")
    with pytest.raises(ValidationError):
        services.link_update(link=link, status="maybe")


def test_link_delete_removes_the_link_but_not_the_annotations(durations):
    link = services.link_create(
        source=durations[0], target=durations[1], relation="contradicts"
    )
    services.link_delete(link=link)
    assert not Link.objects.exists()
    assert Annotation.objects.alive().count() == 2


def test_suggestions_find_the_durations_and_millers_reworded_quote(
    durations, miller_quotes, seed_articles, alice
):
    story = seed_articles["detik"].story
    assert services.link_suggest_for_story(story=story, user=alice) == 2
    found = {(link.source_id, link.target_id): link for link in Link.objects.all()}
    about_six, seven_half = durations
    contradiction = found[(about_six.pk, seven_half.pk)]
    assert contradiction.relation == "contradicts"
    assert (contradiction.origin, contradiction.status) == ("auto", "open")
    assert contradiction.note == ""  # the note is the editor's
    assert contradiction.reason["code"] == "beyond_hedge"
    assert 0.5 < contradiction.confidence <= 1
    kj, dt = miller_quotes
    assert found[(kj.pk, dt.pk)].relation == "same_quote"
    assert found[(kj.pk, dt.pk)].reason["code"] == "reworded"


def test_suggesting_twice_creates_nothing_new(durations, seed_articles):
    story = seed_articles["detik"].story
    assert services.link_suggest_for_story(story=story) == 1
    assert services.link_suggest_for_story(story=story) == 0
    assert Link.objects.count() == 1


def test_a_dismissed_suggestion_never_comes_back(durations, seed_articles):
    story = seed_articles["detik"].story
    services.link_suggest_for_story(story=story)
    link = Link.objects.get()
    services.link_update(link=link, status="dismissed")
    assert services.link_suggest_for_story(story=story) == 0
    link.refresh_from_db()
    assert link.status == "dismissed"


def test_a_pair_the_editor_linked_another_way_is_left_alone(durations, seed_articles):
    about_six, seven_half = durations
    services.link_create(source=seven_half, target=about_six, relation="related")
    assert services.link_suggest_for_story(story=seed_articles["detik"].story) == 0


def test_suggestions_skip_deleted_and_rejected_claims(durations, seed_articles, alice):
    about_six, seven_half = durations
    services.annotation_update(
        annotation=seven_half, version=seven_half.version, status="rejected"
    )
    story = seed_articles["detik"].story
    assert services.link_suggest_for_story(story=story) == 0
    seven_half.refresh_from_db()
    services.annotation_update(
        annotation=seven_half, version=seven_half.version, status="suggested"
    )
    services.annotation_delete(annotation=about_six, user=alice)
    assert services.link_suggest_for_story(story=story) == 0


# ---- History, warnings, races ------------------------------------------------------


def test_every_change_of_a_link_is_in_its_history(durations, alice):
    about_six, seven_half = durations
    link = services.link_create(
        source=about_six, target=seven_half, relation="contradicts", user=alice
    )
    services.link_update(link=link, status="resolved", note="Checked.", user=alice)
    services.link_update(link=link, status="resolved", user=alice)  # no change
    pk = link.pk
    services.link_delete(link=link, user=alice)
    history = list(LinkChange.objects.order_by("id"))
    assert [h.action for h in history] == ["created", "updated", "deleted"]
    assert history[0].changes["status"] == "confirmed"
    assert history[1].changes == {
        "status": ["confirmed", "resolved"],
        "note": ["", "Checked."],
    }
    assert history[2].changes["relation"] == "contradicts"
    # The link is gone; its history still names both annotations and who acted.
    assert not Link.objects.filter(pk=pk).exists()
    assert {(h.source_id, h.target_id, h.user) for h in history} == {
        (about_six.pk, seven_half.pk, alice)
    }


def test_an_annotation_deleted_meanwhile_is_refused_and_nothing_is_saved(
    durations, alice
):
    about_six, seven_half = durations
    stale = Annotation.objects.get(pk=seven_half.pk)  # read before the deletion
    services.annotation_delete(annotation=seven_half, user=alice)
    with pytest.raises(ValidationError, match="deleted meanwhile"):
        services.link_create(source=about_six, target=stale, relation="contradicts")
    assert not Link.objects.exists() and not LinkChange.objects.exists()


def test_a_link_across_stories_is_allowed_with_a_warning(durations, seed_articles):
    from annotations.models import Story

    about_six, seven_half = durations
    other = Story.objects.create(title="Another visit", slug="another-visit")
    detik = seed_articles["detik"]
    detik.story = other
    detik.save(update_fields=["story"])
    seven_half.refresh_from_db()
    (warning,) = services.link_warnings(about_six, seven_half)
    assert "different stories" in warning
    link = services.link_create(source=about_six, target=seven_half, relation="related")
    assert link.pk is not None
    assert services.link_warnings(about_six, about_six) == [
        "Both annotations are in the same article."
    ]


@pytest.mark.django_db(transaction=True)
def test_two_editors_linking_the_same_pair_at_once_make_one_link(seed_dir):
    import threading
    import time

    from django.db import OperationalError, connection

    from tests.conftest import SEED_FILES

    articles = {}
    for key, (name, outlet) in SEED_FILES.items():
        if key == "kompas":
            continue
        articles[key] = services.article_import(
            raw_text=(seed_dir / name).read_text(encoding="utf-8"),
            outlet=outlet,
            story="Blinken di Beijing",
            source_name=name,
        ).article
    a = _annotate(articles["koranjakarta"], "sekitar enam jam")
    b = _annotate(articles["detik"], "7,5 jam")
    barrier = threading.Barrier(4)
    outcomes: list[str] = []

    def link(source, target):
        barrier.wait()
        try:
            for _attempt in range(200):
                try:
                    services.link_create(
                        source=source, target=target, relation="contradicts"
                    )
                    outcomes.append("saved")
                    return
                except ValidationError as exc:
                    outcomes.append(" ".join(exc.messages))
                    return
                except OperationalError as exc:
                    # SQLite's in-memory test database locks a table without
                    # waiting (the file database waits out its busy timeout).
                    assert "locked" in str(exc)
                    time.sleep(0.01)
            outcomes.append("gave up")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=link, args=pair) for pair in [(a, b), (b, a)] * 2
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("saved") == 1, outcomes
    assert all("already linked" in o for o in outcomes if o != "saved"), outcomes
    assert Link.objects.count() == 1
    assert LinkChange.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_link_create_does_not_wait_for_a_lock_on_the_article(durations):
    """A save holding its article's row must not block (or deadlock) a link.

    link_create locked the article rows too, through Annotation's ordering
    join; under load two such transactions deadlocked (a 500 on PostgreSQL).
    """
    if not connection.features.has_select_for_update:
        pytest.skip("SQLite has no row locks; the PostgreSQL pass runs this")
    about_six, seven_half = durations
    locked, release = threading.Event(), threading.Event()

    def hold_the_article():
        try:
            with transaction.atomic():
                Article.objects.select_for_update().get(pk=about_six.article_id)
                locked.set()
                release.wait(10)
        finally:
            connection.close()

    holder = threading.Thread(target=hold_the_article)
    holder.start()
    assert locked.wait(10)
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '2s'")
            services.link_create(
                source=about_six, target=seven_half, relation="contradicts"
            )
    finally:
        release.set()
        holder.join()
    assert Link.objects.filter(source=about_six, target=seven_half).count() == 1
