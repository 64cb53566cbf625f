from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.models import Article, Story


def _article(outlet, n: int, story=None) -> Article:
    return Article.objects.create(
        outlet=outlet,
        title=f"A{n}",
        body="x",
        raw_text="x",
        content_hash=n,
        story=story,
    )


def test_story_create_gives_each_story_its_own_slug(db, alice):
    first = services.story_create(
        title="Blinken di Beijing", description="", user=alice
    )
    second = services.story_create(title="Blinken di Beijing", user=alice)
    assert first.slug == "blinken-di-beijing"
    assert second.slug == "blinken-di-beijing-2"


def test_story_create_refuses_an_empty_title(db, alice):
    with pytest.raises(ValidationError):
        services.story_create(title="   ", user=alice)
    assert not Story.objects.exists()


def test_story_add_articles_moves_them_in_and_counts_changes(outlet):
    story = services.story_create(title="Banjir")
    other = services.story_create(title="Gempa")
    a, b = _article(outlet, 1), _article(outlet, 2, story=other)
    already = _article(outlet, 3, story=story)
    assert services.story_add_articles(story=story, articles=[a, b.pk, already]) == 2
    assert set(story.articles.values_list("title", flat=True)) == {"A1", "A2", "A3"}
    assert not other.articles.exists()


def test_story_remove_article_only_from_its_own_story(outlet):
    story = services.story_create(title="Banjir")
    other = services.story_create(title="Gempa")
    article = _article(outlet, 1, story=other)
    assert services.story_remove_article(story=story, article=article) is False
    assert Article.objects.get(pk=article.pk).story == other
    assert services.story_remove_article(story=other, article=article) is True
    assert Article.objects.get(pk=article.pk).story is None
