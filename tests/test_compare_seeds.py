"""Done when: the seeds with every suggestion made, compared as the issue asks."""

from __future__ import annotations

import pytest

from annotations import services
from annotations.models import Annotation, Link
from annotations.selectors import story_coverage
from annotations.services.suggesting import annotation_suggest_for_article


@pytest.fixture
def suggested(seed_articles):
    for article in seed_articles.values():
        annotation_suggest_for_article(article=article)
    story = seed_articles["detik"].story
    services.link_propose_for_story(story=story)
    return story


def _claim(article, words: str) -> Annotation:
    start = article.body.index(words)
    return Annotation.objects.get(
        article=article, kind="claim", start__lte=start, end__gte=start + len(words)
    )


def _related(a: Annotation) -> dict[int, str]:
    out = {}
    for link in Link.objects.filter(source=a) | Link.objects.filter(target=a):
        other = link.target_id if link.source_id == a.pk else link.source_id
        out[other] = link.relation
    return out


def test_the_two_lengths_of_the_talks_contradict_and_wang_yis_hours_stand_apart(
    suggested, seed_articles
):
    kj, dt = seed_articles["koranjakarta"], seed_articles["detik"]
    about_six = _claim(kj, "sekitar enam jam")
    seven_half = _claim(dt, "7,5 jam")
    three = _claim(dt, "tiga jam")
    assert about_six.status == seven_half.status == "suggested"
    assert _related(about_six).get(seven_half.pk) == "contradicts"
    assert three.pk not in _related(about_six)
    assert three.pk not in _related(seven_half)


def test_millers_two_renderings_are_the_same_quote(suggested, seed_articles):
    kj, dt = seed_articles["koranjakarta"], seed_articles["detik"]
    kj_quote = Annotation.objects.get(
        article=kj, kind="quote", exact__contains="substantif"
    )
    dt_quote = Annotation.objects.get(
        article=dt, kind="quote", exact__contains="substantif"
    )
    assert _related(kj_quote).get(dt_quote.pk) == "same_quote"


def test_since_2018_and_the_last_five_years_are_not_flagged(suggested, seed_articles):
    kj, dt = seed_articles["koranjakarta"], seed_articles["detik"]
    for article, words in ((kj, "sejak 2018"), (dt, "lima tahun terakhir")):
        start = article.body.index(words)
        spans = Annotation.objects.filter(
            article=article, start__lt=start + len(words), end__gt=start
        )
        for annotation in spans:
            assert not [r for r in _related(annotation).values() if r == "contradicts"]


def test_the_june_2023_coverage_table_shows_the_duration_row(suggested, seed_articles):
    coverage = story_coverage(suggested)
    rows = [
        r for r in coverage.rows
        if any("7,5 jam" in c.exact for cells in r.cells for c in cells)
    ]  # fmt: skip
    (row,) = rows
    words = {c.exact for cells in row.cells for c in cells}
    assert any("enam jam" in w for w in words)
    assert row.disagree
    assert not any("tiga jam" in w for w in words)


def test_reading_the_story_after_suggestions_proposes_without_the_button(
    seed_articles, viewer_client
):
    for article in seed_articles.values():
        annotation_suggest_for_article(article=article)
    assert not Link.objects.exists()
    viewer_client.get("/stories/blinken-di-beijing/")
    kj, dt = seed_articles["koranjakarta"], seed_articles["detik"]
    about_six = _claim(kj, "sekitar enam jam")
    seven_half = _claim(dt, "7,5 jam")
    assert _related(about_six).get(seven_half.pk) == "contradicts"
    # A second read finds nothing changed and leaves the links as they are.
    before = set(Link.objects.values_list("pk", "relation", "status"))
    viewer_client.get("/stories/blinken-di-beijing/")
    assert set(Link.objects.values_list("pk", "relation", "status")) == before


def test_blinkens_words_of_2024_are_not_his_tweet_of_2023(suggested, seed_articles):
    # Kompas TV's 2024 visit and Koran Jakarta's 2023 one, in one story: both
    # have Blinken "managing responsibly", on two occasions ten months apart.
    kompas, kj = seed_articles["kompas"], seed_articles["koranjakarta"]
    kompas_quotes = Annotation.objects.filter(article=kompas, kind="quote")
    kj_quotes = set(
        Annotation.objects.filter(article=kj, kind="quote").values_list("pk", flat=True)
    )
    assert kompas_quotes.filter(exact__contains="bertanggung jawab").exists()
    for quote in kompas_quotes:
        assert not set(_related(quote)) & kj_quotes
