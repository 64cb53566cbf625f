from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.models import Annotation, Link, Speaker
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
    assert (link.status, link.origin, link.created_by) == ("open", "manual", alice)
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
    assert contradiction.note == ""  # the values speak for themselves
    kj, dt = miller_quotes
    assert found[(kj.pk, dt.pk)].relation == "same_quote"
    assert found[(kj.pk, dt.pk)].note == "Wording 73% alike."


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
