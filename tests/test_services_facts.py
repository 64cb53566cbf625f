"""Facts of the seed story and the proposals made from them (services/facts.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from annotations import services
from annotations.models import (
    Annotation,
    Article,
    Fact,
    FactClaim,
    Link,
    LinkChange,
    Speaker,
)
from tests.conftest import annotate_words


@pytest.fixture
def june(durations, seed_articles):
    """The June 2023 claims: the two lengths of the Qin talks, Wang Yi's three hours,
    the "five years" frame, and Miller's words in two renderings."""
    detik, kj = seed_articles["detik"], seed_articles["koranjakarta"]
    three = annotate_words(detik, "tiga jam", value=Decimal(3), unit="hour")
    five_years = annotate_words(
        detik, "lima tahun terakhir", value=Decimal(5), unit="year"
    )
    miller = Speaker.objects.create(name="Matthew Miller")
    kj_quote = annotate_words(
        kj, "jujur, substantif, dan konstruktif", "quote", speaker=miller
    )
    dt_quote = annotate_words(
        detik, "terus-terang, substantif dan konstruktif", "quote", speaker=miller
    )
    about_six, seven_half = durations
    return {
        "about_six": about_six,
        "seven_half": seven_half,
        "three": three,
        "five_years": five_years,
        "kj_quote": kj_quote,
        "dt_quote": dt_quote,
        "story": detik.story,
    }


def _pairs() -> dict[frozenset, Link]:
    return {
        frozenset((link.source_id, link.target_id)): link for link in Link.objects.all()
    }


def test_the_two_lengths_of_the_qin_talks_are_one_fact_without_wang_yis_hours(june):
    services.fact_refresh_for_story(story=june["story"])
    (fact,) = Fact.objects.filter(story=june["story"])
    members = set(fact.claims.values_list("annotation_id", flat=True))
    assert members == {june["about_six"].pk, june["seven_half"].pk}
    assert fact.label  # words from the claims, never empty


def test_proposals_on_the_seeds(june, alice):
    created = services.link_propose_for_story(story=june["story"], user=alice)
    pairs = _pairs()
    six, seven, three = june["about_six"].pk, june["seven_half"].pk, june["three"].pk
    contradiction = pairs[frozenset((six, seven))]
    assert contradiction.relation == "contradicts"
    assert contradiction.status == "open" and contradiction.origin == "auto"
    assert "more than the hedge" in contradiction.reason_text
    # Wang Yi's three hours on Monday are another meeting: never set against either.
    assert frozenset((six, three)) not in pairs
    assert frozenset((seven, three)) not in pairs
    # "dalam lima tahun terakhir" is a frame, not a measurement.
    assert not any(june["five_years"].pk in pair for pair in pairs)
    same = pairs[frozenset((june["kj_quote"].pk, june["dt_quote"].pk))]
    assert same.relation == "same_quote"
    assert created == len(pairs) == 2
    # Each proposal's creation is in the link history.
    assert LinkChange.objects.filter(action="created").count() == 2


def test_the_reason_is_in_the_readers_language(june):
    from django.utils import translation

    services.link_propose_for_story(story=june["story"])
    link = Link.objects.get(relation="contradicts")
    with translation.override("id"):
        assert "melebihi" in link.reason_text or "lebih" in link.reason_text


def test_a_dismissed_proposal_stays_dismissed(june, alice):
    services.link_propose_for_story(story=june["story"])
    link = Link.objects.get(relation="contradicts")
    services.link_update(link=link, status="dismissed", user=alice)
    assert services.link_propose_for_story(story=june["story"]) == 0
    assert Link.objects.get(pk=link.pk).status == "dismissed"
    assert Link.objects.count() == 2


def test_a_claim_moved_out_of_its_fact_stays_out(june, alice):
    services.fact_refresh_for_story(story=june["story"])
    services.fact_move_claim(annotation=june["seven_half"], fact=None, user=alice)
    services.link_propose_for_story(story=june["story"])
    assert not Link.objects.filter(relation="contradicts").exists()
    membership = FactClaim.objects.get(annotation=june["seven_half"])
    assert membership.fact is None and membership.by_hand


def test_a_claim_moved_into_a_fact_is_compared_there(june, alice):
    services.fact_refresh_for_story(story=june["story"])
    fact = Fact.objects.get(story=june["story"])
    services.fact_move_claim(annotation=june["three"], fact=fact, user=alice)
    services.fact_refresh_for_story(story=june["story"])
    assert june["three"].pk in set(fact.claims.values_list("annotation_id", flat=True))
    services.link_propose_for_story(story=june["story"])
    pairs = _pairs()
    # The editor says it is one fact: 3 against about 6 is then a contradiction.
    assert pairs[frozenset((june["about_six"].pk, june["three"].pk))].relation == (
        "contradicts"
    )


def test_a_fact_made_by_hand_keeps_its_claims_and_name(june, alice):
    fact = services.fact_create(
        story=june["story"], label="  Lama pembicaraan  ", claims=[june["three"]]
    )
    services.fact_refresh_for_story(story=june["story"])
    fact.refresh_from_db()
    assert fact.label == "Lama pembicaraan" and fact.origin == "manual"
    assert list(fact.claims.values_list("annotation_id", flat=True)) == [
        june["three"].pk
    ]
    with pytest.raises(ValidationError, match="name"):
        services.fact_rename(fact=fact, label="   ")


def test_only_claims_of_the_facts_story_move_into_it(june, seed_articles, alice):
    services.fact_refresh_for_story(story=june["story"])
    fact = Fact.objects.get(story=june["story"])
    with pytest.raises(ValidationError, match="Only claims"):
        services.fact_move_claim(annotation=june["kj_quote"], fact=fact)
    services.annotation_delete(annotation=june["three"], user=alice)
    june["three"].refresh_from_db()
    with pytest.raises(ValidationError, match="deleted"):
        services.fact_move_claim(annotation=june["three"], fact=fact)


def test_refreshing_twice_changes_nothing(june):
    services.fact_refresh_for_story(story=june["story"])
    before = list(FactClaim.objects.values_list("annotation_id", "fact_id"))
    services.fact_refresh_for_story(story=june["story"])
    assert list(FactClaim.objects.values_list("annotation_id", "fact_id")) == before


def test_a_deleted_claim_leaves_its_fact(june, alice):
    services.fact_refresh_for_story(story=june["story"])
    services.annotation_delete(annotation=june["seven_half"], user=alice)
    services.fact_refresh_for_story(story=june["story"])
    # A fact needs two articles: with one claim left it is gone.
    assert not Fact.objects.filter(story=june["story"]).exists()


# ---- Facts and proposals follow the claims (facts_refresh_if_stale) ----------------


def _relation(a, b) -> str | None:
    link = _pairs().get(frozenset((a.pk, b.pk)))
    return link.relation if link else None


def test_reading_twice_regroups_once_and_then_costs_one_query(
    june, django_assert_num_queries
):
    assert services.facts_refresh_if_stale(story=june["story"]) is True
    assert _relation(june["about_six"], june["seven_half"]) == "contradicts"
    with django_assert_num_queries(1):
        assert services.facts_refresh_if_stale(story=june["story"]) is False


def test_a_claim_added_later_is_proposed_on_the_next_read(seed_articles):
    about_six = annotate_words(
        seed_articles["koranjakarta"],
        "sekitar enam jam",
        value=Decimal(6),
        unit="hour",
        approximate=True,
    )
    story = about_six.article.story
    services.facts_refresh_if_stale(story=story)
    assert not Link.objects.exists()
    # Suggestions run on another article of the story: a suggested claim.
    seven_half = annotate_words(
        seed_articles["detik"],
        "7,5 jam",
        value=Decimal("7.5"),
        unit="hour",
        status="suggested",
        origin="auto",
        confidence=0.9,
    )
    assert services.facts_refresh_if_stale(story=story) is True
    assert _relation(about_six, seven_half) == "contradicts"


def test_the_library_wide_refresh_proposes_only_in_stories_whose_claims_moved(
    seed_articles, editor_client
):
    about_six = annotate_words(
        seed_articles["koranjakarta"],
        "sekitar enam jam",
        value=Decimal(6),
        unit="hour",
        approximate=True,
    )
    story = about_six.article.story
    assert services.facts_refresh_stale_stories() == 1
    assert services.facts_refresh_stale_stories() == 0  # nothing moved since
    seven_half = annotate_words(
        seed_articles["detik"], "7,5 jam", value=Decimal("7.5"), unit="hour"
    )
    assert seven_half.article.story == story
    # Nobody opens the story: the contradictions page proposes on its own.
    html = editor_client.get("/contradictions/").content.decode()
    assert _relation(about_six, seven_half) == "contradicts"
    assert "7,5 jam" in html and "sekitar enam jam" in html
    assert services.facts_refresh_stale_stories() == 0


def test_the_worker_proposes_in_the_stories_it_suggested_claims_for(seed_articles):
    from annotations.tasks import suggest_pending

    kj, dt = seed_articles["koranjakarta"], seed_articles["detik"]
    Article.objects.filter(pk__in=[kj.pk, dt.pk]).update(
        suggestions_pending_since=timezone.now()
    )
    result = suggest_pending.call()
    assert result["claims"] > 0 and result["stories_proposed"] >= 1
    about_six = Annotation.objects.get(article=kj, exact="sekitar enam jam")
    seven_half = Annotation.objects.get(article=dt, exact="7,5 jam")
    assert _relation(about_six, seven_half) == "contradicts"


def test_an_accepted_suggestion_is_proposed_on_the_next_read(seed_articles, alice):
    from annotations.services.suggesting import (
        annotation_suggestion_accept,
        annotation_suggestion_reject,
    )

    kj, dt = seed_articles["koranjakarta"], seed_articles["detik"]
    about_six = annotate_words(
        kj, "sekitar enam jam", value=Decimal(6), unit="hour", approximate=True
    )
    seven_half = annotate_words(
        dt, "7,5 jam", value=Decimal("7.5"), unit="hour", status="suggested",
        origin="auto", confidence=0.9,
    )  # fmt: skip
    story = kj.story
    services.facts_refresh_if_stale(story=story)
    annotation_suggestion_reject(annotation=seven_half, user=alice)
    assert services.facts_refresh_if_stale(story=story) is True
    # A rejected claim is compared no more: its open proposal is left (hidden
    # from every export with its claim), nothing new is proposed.
    assert Link.objects.filter(relation="contradicts").count() == 1
    other = annotate_words(
        dt, "tiga jam", value=Decimal(3), unit="hour", status="suggested",
        origin="auto", confidence=0.9,
    )  # fmt: skip
    services.facts_refresh_if_stale(story=story)
    annotation_suggestion_accept(annotation=other, user=alice)
    assert services.facts_refresh_if_stale(story=story) is True
    # Wang Yi's three hours are another meeting: accepted, still not proposed.
    assert _relation(about_six, other) is None


def test_an_edited_value_withdraws_the_open_contradiction(june, alice):
    story = june["story"]
    services.facts_refresh_if_stale(story=story)
    six, seven = june["about_six"], june["seven_half"]
    old = _pairs()[frozenset((six.pk, seven.pk))]
    seven.refresh_from_db()
    services.annotation_update(
        annotation=seven, version=seven.version, user=alice, value=Decimal("6.2")
    )
    assert services.facts_refresh_if_stale(story=story) is True
    # About six hours and 6.2 hours agree: the open contradiction is withdrawn,
    # with its history kept, and an agreement proposed instead.
    assert not Link.objects.filter(pk=old.pk).exists()
    assert _relation(six, seven) == "corroborates"
    gone = LinkChange.objects.get(source=old.source_id, action="deleted")
    assert (
        gone.changes["withdrawn"] is True and gone.changes["relation"] == "contradicts"
    )


def test_decided_links_survive_a_changed_claim(june, alice):
    story = june["story"]
    services.facts_refresh_if_stale(story=story)
    six, seven = june["about_six"], june["seven_half"]
    contradiction = _pairs()[frozenset((six.pk, seven.pk))]
    services.link_update(link=contradiction, status="dismissed", user=alice)
    same = _pairs()[frozenset((june["kj_quote"].pk, june["dt_quote"].pk))]
    services.link_update(link=same, status="confirmed", user=alice)
    seven.refresh_from_db()
    services.annotation_update(
        annotation=seven, version=seven.version, user=alice, value=Decimal("6.1")
    )
    june["dt_quote"].refresh_from_db()
    services.annotation_update(
        annotation=june["dt_quote"],
        version=june["dt_quote"].version,
        user=alice,
        note="checked",
    )
    assert services.facts_refresh_if_stale(story=story) is True
    contradiction.refresh_from_db()
    same.refresh_from_db()
    assert contradiction.status == "dismissed"  # never re-proposed as agreement
    assert same.status == "confirmed"
    assert _relation(six, seven) == "contradicts"  # the dismissed one, still alone


def test_a_deleted_claim_keeps_its_link_for_undo(june, alice):
    story = june["story"]
    services.facts_refresh_if_stale(story=story)
    seven = june["seven_half"]
    link = _pairs()[frozenset((june["about_six"].pk, seven.pk))]
    services.annotation_delete(annotation=seven, user=alice)
    assert services.facts_refresh_if_stale(story=story) is True
    assert Link.objects.filter(pk=link.pk).exists()
    assert not Link.objects.live().filter(pk=link.pk).exists()
    seven.refresh_from_db()
    services.annotation_restore(annotation=seven, user=alice)
    services.facts_refresh_if_stale(story=story)
    assert list(Link.objects.filter(relation="contradicts")) == [link]


def test_a_moved_claim_has_its_open_proposals_withdrawn_on_the_next_read(june, alice):
    story = june["story"]
    services.facts_refresh_if_stale(story=story)
    services.fact_move_claim(annotation=june["seven_half"], fact=None, user=alice)
    story.refresh_from_db()
    assert story.facts_stamp == ""  # the move asks for a regrouping
    assert services.facts_refresh_if_stale(story=story) is True
    assert not Link.objects.filter(relation="contradicts").exists()


def test_two_editors_naming_a_new_fact_alike_make_one(june, alice):
    first = services.fact_create(
        story=june["story"], label="Lama  pembicaraan", claims=[june["three"]]
    )
    second = services.fact_create(
        story=june["story"], label="lama pembicaraan ", claims=[june["about_six"]]
    )
    assert first.pk == second.pk
    assert set(first.claims.values_list("annotation_id", flat=True)) == {
        june["three"].pk,
        june["about_six"].pk,
    }


def test_renaming_makes_the_fact_the_editors(june, alice):
    services.fact_refresh_for_story(story=june["story"])
    fact = Fact.objects.get(story=june["story"])
    services.fact_rename(fact=fact, label="Lama pembicaraan Blinken–Qin", user=alice)
    services.fact_refresh_for_story(story=june["story"])
    fact.refresh_from_db()
    assert fact.label == "Lama pembicaraan Blinken–Qin" and fact.origin == "manual"
    Fact.objects.filter(pk=fact.pk).delete()
    with pytest.raises(ValidationError, match="no longer exists"):
        services.fact_rename(fact=fact, label="x")


def test_an_article_joining_the_story_while_it_is_read_waits_for_the_next_reading(
    june, monkeypatch
):
    from annotations.services import facts as facts_service

    story = june["story"]
    real = facts_service.source_groups
    joined = {}

    def an_article_joins_meanwhile(infos):
        late = Article.objects.create(
            title="Late",
            body="Talks lasted 9 hours.",
            story=story,
            outlet=june["about_six"].article.outlet,
        )
        joined["claim"] = annotate_words(late, "9 hours", value=Decimal(9), unit="hour")
        return real(infos)

    monkeypatch.setattr(facts_service, "source_groups", an_article_joins_meanwhile)
    material = facts_service.story_material(story)
    assert joined["claim"].pk not in {c.id for c in material.claims}
    assert {c.id for c in material.claims} >= {
        a.pk for a in Annotation.objects.filter(kind="claim", unit="hour")
    } - {joined["claim"].pk}
