"""Create stories and put articles in them (or take them out)."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from annotations.models import Article, Story
from annotations.services.unique import found_or_created
from annotations.text.cleaning import clean_line


def _story_title(title: str) -> str:
    title = clean_line(title)
    if not title:
        raise ValidationError({"title": _("A story needs a title.")})
    return title


def story_create(*, title: str, description: str = "", user=None) -> Story:
    """Create a story with a slug no other story uses.

    `user` is accepted for symmetry with the other services; stories record no author.
    The title is cleaned as import cleans it (`cleaning.clean_line`), so an import
    naming the same story finds it. Raises ValidationError for a title of
    nothing but invisible characters.
    """
    title = _story_title(title)

    def make() -> Story:
        story = Story(
            title=title,
            description=description.strip(),
            slug=Story.unique_slug(title),
        )
        story.full_clean(validate_unique=False)
        return story

    # Titles may repeat; a slug another editor takes at this moment is made anew.
    return found_or_created(lambda: None, make)


@transaction.atomic
def story_add_articles(*, story: Story, articles: Iterable[Article | int]) -> int:
    """Put the articles in `story` (moving them out of any other story); return how many changed."""
    pks = [a.pk if isinstance(a, Article) else int(a) for a in articles]
    return Article.objects.filter(pk__in=pks).exclude(story=story).update(story=story)


def story_remove_article(*, story: Story, article: Article) -> bool:
    """Take `article` out of `story`; return False when it was not in that story."""
    changed = Article.objects.filter(pk=article.pk, story=story).update(story=None)
    if changed:
        article.story = None
    return bool(changed)


def story_rename(
    *, story: Story, title: str, description: str | None = None, user=None
) -> Story:
    """Give `story` a new title (and description); its slug, and so its links, stay."""
    with transaction.atomic():
        story = Story.objects.select_for_update().get(pk=story.pk)
        story.title = _story_title(title)
        if description is not None:
            story.description = description.strip()
        story.full_clean()
        story.save(update_fields=["title", "description"])
    return story
