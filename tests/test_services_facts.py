"""Facts of the seed story and the proposals made from them (services/facts.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.models import Fact, FactClaim, Link, LinkChange, Speaker
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
