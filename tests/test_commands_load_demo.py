from __future__ import annotations

import io
from decimal import Decimal

from django.core.management import call_command

from annotations.models import Annotation, Article, Link, Speaker, Story


def _load() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_demo_loads_five_articles_into_one_story(db):
    output = _load()
    assert "Demo loaded: 5 articles" in output
    story = Story.objects.get()
    assert story.title == "Perundingan Perikanan Selat Biru"
    assert story.description
    assert story.articles.count() == 5
    assert {a.language for a in story.articles.all()} == {"id", "en"}
    assert (
        Article.objects.filter(outlet__name="The Archipelago Post").get().language
        == "en"
    )


def test_demo_flags_the_republished_wire_copy_as_a_near_duplicate(db):
    _load()
    wire = Article.objects.get(outlet__name="Kantor Berita Samudra")
    copy = Article.objects.get(outlet__name="Kabar Pesisir")
    assert list(wire.near_duplicates.all()) == [copy]
    assert list(copy.near_duplicates.all()) == [wire]
    others = Article.objects.exclude(pk__in=[wire.pk, copy.pk])
    assert not any(a.near_duplicates.exists() for a in others)


def test_demo_has_the_disagreements_editors_meet(db):
    _load()
    bodies = {a.outlet.name: a.body for a in Article.objects.select_related("outlet")}
    assert "sekitar enam jam" in bodies["Kantor Berita Samudra"]
    assert "7,5 jam" in bodies["Harian Nusantara"]
    assert "Tan Bun Hock" in bodies["Harian Nusantara"]  # misspelled
    assert "maka aturannya pun harus satu" in bodies["Kantor Berita Samudra"]
    assert "jadi aturan untuk ikannya juga harus satu" in bodies["Harian Nusantara"]
    assert "40.000 ton" in bodies["Kantor Berita Samudra"]
    assert "45.000 ton" in bodies["Harian Nusantara"]
    assert "40,000 tonnes" in bodies["The Archipelago Post"]


def test_demo_boilerplate_is_removed_and_metadata_read(db):
    _load()
    article = Article.objects.get(outlet__name="Harian Nusantara")
    assert "Baca juga" not in article.body
    assert "SCROLL TO CONTINUE" not in article.body
    assert (article.author, article.editor) == ("Ayu Lestiani", "Bambang Sutrisno")
    assert article.published_at.isoformat() == "2024-05-07T15:40:00+00:00"
    copy = Article.objects.get(outlet__name="Kabar Pesisir")
    assert copy.wire_source == "Kantor Berita Samudra"


def test_second_run_does_nothing(db):
    _load()
    output = _load()
    assert "already has articles" in output
    assert Article.objects.count() == 5


def test_demo_is_not_loaded_into_a_library_with_articles(tiny_article):
    assert "already has articles" in _load()
    assert Article.objects.count() == 1
    assert not Story.objects.exists()


def test_demo_comes_annotated_with_its_contradictions_found(db):
    output = _load()
    assert "13 annotations" in output
    six = Annotation.objects.get(exact="sekitar enam jam")
    seven_and_a_half = Annotation.objects.get(exact="7,5 jam")
    assert (six.value, six.unit, six.approximate) == (6, "hour", True)
    assert (seven_and_a_half.value, seven_and_a_half.unit) == (Decimal("7.5"), "hour")
    contradiction = Link.objects.get(
        relation="contradicts", source=six, target=seven_and_a_half
    )
    assert (contradiction.origin, contradiction.status) == ("auto", "open")
    misspelled = Annotation.objects.get(exact="Tan Bun Hock")
    assert misspelled.speaker.name == "Tan Boon Hock"
    sari = Speaker.objects.get(name="Sari Wulandari")
    assert sari.annotations.filter(kind="quote").count() == 3
    assert Link.objects.filter(relation="same_quote").exists()
    # The first year's tuna quota: 45,000 tonnes against 40,000 in two outlets.
    quota = Annotation.objects.get(exact="45.000 ton")
    assert (quota.value, quota.unit) == (45000, "ton")
    assert Link.objects.filter(relation="contradicts", target=quota).exists()
    assert Link.objects.filter(
        relation="corroborates",
        source__exact="40.000 ton",
        target__exact="40,000 tonnes",
    ).exists()


def test_the_demo_keeps_its_contradiction_once_suggestions_have_run(db):
    from annotations import services
    from annotations.services.suggesting import annotation_suggest_for_article

    _load()
    for article in Article.objects.all():
        annotation_suggest_for_article(article=article)
    services.link_propose_for_story(story=Story.objects.get())
    six = Annotation.objects.get(exact="sekitar enam jam", origin="manual")
    seven_and_a_half = Annotation.objects.get(exact="7,5 jam")
    assert seven_and_a_half.measured.startswith("Perundingan perikanan")
    assert Link.objects.filter(
        relation="contradicts", source=six, target=seven_and_a_half, status="open"
    ).exists()
    # Warta Selatan, on Wednesday, tells Tuesday's length: it disagrees too.
    tuesday = Annotation.objects.get(
        exact="enam jam", article__outlet__name="Warta Selatan"
    )
    assert (
        Link.objects.filter(
            relation="contradicts", source=tuesday, target=seven_and_a_half
        ).exists()
        or Link.objects.filter(
            relation="contradicts", source=seven_and_a_half, target=tuesday
        ).exists()
    )
    # How long the talks stalled is not how long they lasted.
    stalled = Annotation.objects.get(exact="hampir dua jam")
    assert not Link.objects.filter(relation="contradicts", source=stalled).exists()
    assert not Link.objects.filter(relation="contradicts", target=stalled).exists()


def test_the_demo_shows_facts_that_agree_beside_those_that_disagree(db):
    from annotations import services
    from annotations.services.facts import story_fact_groups
    from annotations.services.suggesting import annotation_suggest_for_article

    _load()
    for article in Article.objects.all():
        annotation_suggest_for_article(article=article)
    story = Story.objects.get()
    services.link_propose_for_story(story=story)
    claims = {a.pk: a for a in Annotation.objects.filter(kind="claim")}
    facts = [
        sorted({(claims[pk].article.outlet.name, claims[pk].value) for pk in members})
        for members in story_fact_groups(story).values()
    ]
    # The commission's 12 members: every outlet that says it agrees.
    members = [fact for fact in facts if {value for _, value in fact} == {12}]
    assert len(members) == 1
    assert {outlet for outlet, _ in members[0]} == {
        "Kantor Berita Samudra",
        "Kabar Pesisir",
        "Harian Nusantara",
        "The Archipelago Post",
    }
    quota = [fact for fact in facts if {value for _, value in fact} == {40000, 45000}]
    assert len(quota) == 1
    assert not Link.objects.filter(
        relation="contradicts", source__value=12, status="open"
    ).exists()
