"""manage.py suggest: suggestions for chosen articles, a summary, never a duplicate."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from annotations import services
from annotations.models import Annotation


def _suggest(*args) -> str:
    out = StringIO()
    call_command("suggest", *args, "--quiet", stdout=out)
    return out.getvalue()


def test_suggest_all_prints_a_summary(seed_articles):
    out = _suggest("--all")
    assert "in 3 articles" in out
    assert Annotation.objects.filter(origin="auto", status="suggested").count() > 10


def test_suggest_one_article_touches_no_other(seed_articles):
    detik = seed_articles["detik"]
    _suggest("--article", str(detik.pk))
    assert set(
        Annotation.objects.filter(origin="auto").values_list("article", flat=True)
    ) == {detik.pk}


def test_suggest_a_story(seed_articles):
    slug = seed_articles["detik"].story.slug
    out = _suggest("--story", slug)
    assert "in 3 articles" in out


def test_a_rejected_suggestion_stays_rejected_when_run_again(seed_articles):
    detik = seed_articles["detik"]
    _suggest("--article", str(detik.pk))
    claim = Annotation.objects.get(article=detik, origin="auto", exact="tiga jam")
    services.annotation_suggestion_reject(annotation=claim)
    count = Annotation.objects.filter(article=detik).count()

    _suggest("--all")

    assert Annotation.objects.filter(article=detik).count() == count
    claim.refresh_from_db()
    assert claim.status == "rejected"
    assert Annotation.objects.filter(article=detik, exact="tiga jam").count() == 1
    again = _suggest("--article", str(detik.pk))
    assert "Suggested 0 quotes and 0 claims in 1 articles" in again


def test_pending_articles_are_suggested_and_no_longer_wait(seed_articles):
    from annotations.models import Article

    Article.objects.filter(pk=seed_articles["kompas"].pk).update(
        suggestions_pending_since="2026-01-01T00:00:00Z"
    )
    _suggest("--pending")
    kompas = Article.objects.get(pk=seed_articles["kompas"].pk)
    assert kompas.suggestions_pending_since is None
    assert Annotation.objects.filter(article=kompas, origin="auto").exists()
    assert not Annotation.objects.filter(
        article=seed_articles["detik"], origin="auto"
    ).exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "Say which articles"),
        (("--article", "99999"), "No article with id 99999"),
        (("--story", "no-such-story"), "No story with the slug"),
    ],
)
def test_bad_choices_get_a_clear_message(db, args, message):
    with pytest.raises(CommandError, match=message):
        _suggest(*args)
