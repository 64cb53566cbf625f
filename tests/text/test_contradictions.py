from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from annotations.text.contradictions import Proposal, propose_links

SIX_ABOUT = (1, "koranjakarta", Decimal("6"), "hour", True, "sekitar enam jam")
SEVEN_HALF = (2, "detik", Decimal("7.5"), "hour", False, "7,5 jam")
MILLER_KJ = (10, "koranjakarta", "Miller", "jujur, substantif, dan konstruktif")
MILLER_DT = (11, "detik", "Miller", "'terus-terang, substantif dan konstruktif'")


def _only(proposals: list[Proposal]) -> Proposal:
    assert len(proposals) == 1, proposals
    return proposals[0]


def test_about_six_hours_contradicts_seven_and_a_half():
    found = _only(propose_links(claims=[SIX_ABOUT, SEVEN_HALF]))
    assert (found.source, found.target, found.relation) == (1, 2, "contradicts")
    assert found.reason == "≈6 hour / 7.5 hour"
    assert 0 < found.score <= 1


def test_the_pair_is_ordered_by_id_whatever_the_input_order():
    found = _only(propose_links(claims=[SEVEN_HALF, SIX_ABOUT]))
    assert (found.source, found.target) == (1, 2)


def test_about_six_hours_agrees_with_six_hours():
    six = (3, "kompas", Decimal("6"), "hour", False, "6 jam")
    found = _only(propose_links(claims=[SIX_ABOUT, six]))
    assert found.relation == "corroborates"
    assert found.score == 1.0


def test_an_approximate_value_agrees_within_its_approximation():
    near = (3, "kompas", Decimal("6.5"), "hour", False, "6,5 jam")
    far = (4, "kompas", Decimal("6.7"), "hour", False, "6,7 jam")
    relations = {
        p.target: p.relation for p in propose_links(claims=[SIX_ABOUT, near, far])
    }
    assert relations[3] == "corroborates"
    assert relations[4] == "contradicts"


def test_two_exact_values_that_differ_contradict_even_when_close():
    a = (1, "a", Decimal("6"), "hour", False, "6 jam")
    b = (2, "b", Decimal("6.5"), "hour", False, "6,5 jam")
    assert _only(propose_links(claims=[a, b])).relation == "contradicts"


def test_equal_values_corroborate():
    a = (1, "a", Decimal("1000"), "person", False, "1.000 orang")
    b = (2, "b", Decimal("1000.000000"), "person", False, "seribu orang")
    found = _only(propose_links(claims=[a, b]))
    assert found.relation == "corroborates"
    assert found.reason == "1000 person / 1000 person"


def test_claims_of_different_units_or_without_value_are_not_paired():
    days = (3, "kompas", Decimal("2"), "day", False, "dua hari")
    no_value = (4, "kompas", None, "hour", False, "berjam-jam")
    no_unit = (5, "kompas", Decimal("6"), "", False, "enam")
    no_unit_too = (6, "detik", Decimal("7"), "", False, "tujuh")
    found = propose_links(claims=[SIX_ABOUT, days, no_value, no_unit, no_unit_too])
    assert found == []


def test_claims_of_the_same_article_are_never_paired():
    other = (3, "koranjakarta", Decimal("7.5"), "hour", False, "7,5 jam")
    assert propose_links(claims=[SIX_ABOUT, other]) == []


def test_a_reworded_quote_by_the_same_speaker_is_the_same_quote():
    found = _only(propose_links(quotes=[MILLER_DT, MILLER_KJ]))
    assert (found.source, found.target, found.relation) == (10, 11, "same_quote")
    assert found.reason.startswith("wording ")
    assert 0.55 <= found.score < 0.97


def test_identical_quotes_are_the_same_quote_too():
    copy = (12, "kompas", "Miller", "“Jujur, substantif, dan konstruktif.”")
    found = _only(propose_links(quotes=[MILLER_KJ, copy]))
    assert found.relation == "same_quote"
    assert found.reason == "identical wording"
    assert found.score == 1.0


def test_quotes_by_different_or_unknown_speakers_are_not_paired():
    blinken = (12, "detik", "Blinken", "terus-terang, substantif dan konstruktif")
    unknown = (13, "detik", None, "jujur, substantif, dan konstruktif")
    assert propose_links(quotes=[MILLER_KJ, blinken, unknown]) == []


def test_unrelated_words_of_one_speaker_are_not_paired():
    other = (12, "detik", "Miller", "Kami akan kembali ke Washington besok pagi")
    assert propose_links(quotes=[MILLER_KJ, other]) == []


def test_proposals_come_best_first_and_are_frozen():
    six = (3, "kompas", Decimal("6"), "hour", False, "6 jam")
    found = propose_links(
        claims=[SIX_ABOUT, SEVEN_HALF, six], quotes=[MILLER_KJ, MILLER_DT]
    )
    scores = [p.score for p in found]
    assert scores == sorted(scores, reverse=True)
    assert {p.relation for p in found} == {"contradicts", "corroborates", "same_quote"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        found[0].relation = "related"
