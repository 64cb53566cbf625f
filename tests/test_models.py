from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from annotations.models import Annotation, Article, Link, Outlet, Story


def _annotation(article, start, end, **kw):
    return Annotation.objects.create(
        article=article,
        kind="claim",
        start=start,
        end=end,
        exact=article.body[start:end],
        **kw,
    )


def test_annotation_start_must_be_before_end(tiny_article):
    with pytest.raises(IntegrityError), transaction.atomic():
        _annotation(tiny_article, 5, 5)
    with pytest.raises(IntegrityError), transaction.atomic():
        _annotation(tiny_article, 9, 3)
    assert _annotation(tiny_article, 3, 9).exact == tiny_article.body[3:9]


def test_link_cannot_point_at_itself(tiny_article):
    a = _annotation(tiny_article, 0, 5)
    with pytest.raises(IntegrityError), transaction.atomic():
        Link.objects.create(source=a, target=a, relation="related")


def test_one_link_per_pair_and_relation_in_either_direction(tiny_article):
    a = _annotation(tiny_article, 0, 5)
    b = _annotation(tiny_article, 6, 10)
    Link.objects.create(source=a, target=b, relation="contradicts")
    with pytest.raises(IntegrityError), transaction.atomic():
        Link.objects.create(source=a, target=b, relation="contradicts")
    with pytest.raises(IntegrityError), transaction.atomic():
        Link.objects.create(source=b, target=a, relation="contradicts")
    # Another relation between the same pair is a different statement.
    assert Link.objects.create(source=b, target=a, relation="related").pk


def test_article_url_is_unique_only_when_present(outlet):
    common = {"outlet": outlet, "title": "t", "raw_text": "x", "body": "x"}
    Article.objects.create(url="", content_hash="h1", **common)
    Article.objects.create(url="", content_hash="h2", **common)
    Article.objects.create(url="https://warta.example/a", content_hash="h3", **common)
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(
            url="https://warta.example/a", content_hash="h4", **common
        )


def test_content_hash_is_unique(outlet):
    common = {"outlet": outlet, "title": "t", "raw_text": "x", "body": "x"}
    Article.objects.create(content_hash="same", **common)
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(content_hash="same", **common)


def test_outlet_name_is_unique(db):
    Outlet.objects.create(name="Warta")
    with pytest.raises(IntegrityError), transaction.atomic():
        Outlet.objects.create(name="Warta")


def test_absolute_urls_are_the_reader_and_story_pages(tiny_article):
    story = Story.objects.create(
        title="Sari di Jakarta", slug=Story.unique_slug("Sari di Jakarta")
    )
    assert tiny_article.get_absolute_url() == f"/articles/{tiny_article.pk}/"
    assert story.get_absolute_url() == "/stories/sari-di-jakarta/"
    assert Story.unique_slug("Sari di Jakarta") == "sari-di-jakarta-2"


def test_removed_blocks_leave_out_restored_ones(tiny_article):
    tiny_article.blocks = [
        {"text": "a", "kept": True, "reason": ""},
        {"text": "Baca Juga: x", "kept": False, "reason": "read-also"},
        {"text": "TERBARU", "kept": False, "reason": "latest-list"},
    ]
    tiny_article.restored_blocks = [2]
    assert [i for i, _ in tiny_article.removed_blocks] == [1]
