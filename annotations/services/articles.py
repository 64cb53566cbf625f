"""Put a paragraph the cleaner removed back into an article's body, and take one out.

An editor can also take out a paragraph the cleaner kept (boilerplate it did not
recognise): it becomes a removed paragraph with the reason EDITOR_REASON, which can
be restored like any other.

Annotations are code-point offsets into the body, so every change to the body
moves the annotations after it by exactly the inserted or removed length; their
words stay the same, their prefix and suffix are read again from the new body.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from annotations.models import CONTEXT_LENGTH, Annotation, Article, Outlet, Story
from annotations.services.unique import found_or_created
from annotations.text import fingerprints
from annotations.text.cleaning import Block, block_offsets, clean_line, compose_body

EDITOR_REASON = "editor"


def _blocks(article: Article) -> list[Block]:
    return [
        Block(b.get("text", ""), bool(b.get("kept")), b.get("reason", ""))
        for b in article.blocks
    ]


class ArticleGone(ValidationError):
    """Raised when the article (and with it its annotations) was deleted while an editor worked on it."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "This article was deleted meanwhile, with its annotations; nothing was saved."
            ),
            code="article-gone",
        )


def _locked(article: Article) -> tuple[Article, list[Block]]:
    article = Article.objects.select_for_update().filter(pk=article.pk).first()
    if article is None:
        raise ArticleGone()
    blocks = _blocks(article)
    if compose_body(blocks, restored=article.restored_blocks) != article.body:
        raise ValidationError(
            _(
                "This article's text no longer matches its paragraphs, so paragraphs cannot be restored or removed."
            )
        )
    return article, blocks


def _save_body(article: Article) -> None:
    """Save a new body with the length and sketch the near-duplicate check reads."""
    article.body_length = len(article.body)
    article.sketch = fingerprints.sketch(article.body)
    article.save(
        update_fields=["body", "blocks", "restored_blocks", "body_length", "sketch"]
    )


def _check_removed(blocks: list[Block], index: int) -> None:
    if not 0 <= index < len(blocks):
        raise ValidationError(
            _("This article has no paragraph number %(index)d.") % {"index": index}
        )
    if blocks[index].kept:
        raise ValidationError(
            _("That paragraph was never removed; it is already in the article.")
        )


def _edit_span(blocks: list[Block], index: int, included: list[int]) -> tuple[int, int]:
    """Return (position, length) of the text block index adds to or takes from the body.

    included is the list of restored indexes with index among them. A paragraph
    goes in together with the break after it, or with the break before it when it
    is the last one.
    """
    offsets = block_offsets(blocks, restored=included)
    start, end = offsets[index]
    later = [i for i in offsets if i > index]
    if later:
        return start, offsets[later[0]][0] - start
    earlier = [i for i in offsets if i < index]
    if earlier:
        previous_end = offsets[earlier[-1]][1]
        return previous_end, end - previous_end
    return start, end - start


def _shift(article: Article, position: int, delta: int) -> int:
    """Move the annotations starting at or after position by delta; refresh all contexts.

    position is in the old body. Deleted annotations move too, so an undo finds
    its words. Returns how many annotations changed.
    """
    body = article.body
    changed = []
    # Locked now, in id order, as every writer locks annotations: a link locking
    # two of them (links.link_create) then never waits on this restore while it
    # waits on the link (PostgreSQL answered such a pair with a deadlock).
    annotations = (
        Annotation.objects.filter(article=article)
        .select_for_update(of=("self",))
        .order_by("pk")
    )
    for annotation in annotations:
        start, end = annotation.start, annotation.end
        if start >= position:
            start, end = start + delta, end + delta
        elif end > position:
            raise ValidationError(
                _("An annotation spans the place where the paragraph would go.")
            )
        if body[start:end] != annotation.exact:  # pragma: no cover - a bug, not input
            raise RuntimeError(f"annotation {annotation.pk} lost its words")
        prefix = body[max(0, start - CONTEXT_LENGTH) : start]
        suffix = body[end : end + CONTEXT_LENGTH]
        old = (annotation.start, annotation.end, annotation.prefix, annotation.suffix)
        if old != (start, end, prefix, suffix):
            annotation.start, annotation.end = start, end
            annotation.prefix, annotation.suffix = prefix, suffix
            annotation.version += 1
            changed.append(annotation)
    # One row at a time, the farthest first, so that no moved annotation ever
    # lands on the span of one not yet moved (the unique constraint checks each row).
    changed.sort(key=lambda a: a.start, reverse=delta > 0)
    now = timezone.now()
    for annotation in changed:
        Annotation.objects.filter(pk=annotation.pk).update(
            start=annotation.start,
            end=annotation.end,
            prefix=annotation.prefix,
            suffix=annotation.suffix,
            version=annotation.version,
            updated_at=now,
        )
    return len(changed)


def article_restore_block(*, article: Article, index: int, user=None) -> Article:
    """Put removed paragraph `index` back into the body at its original place."""
    with transaction.atomic():
        article, blocks = _locked(article)
        _check_removed(blocks, index)
        if index in article.restored_blocks:
            raise ValidationError(_("That paragraph has already been restored."))
        restored = sorted([*article.restored_blocks, index])
        position, length = _edit_span(blocks, index, restored)
        old_body = article.body
        article.body = compose_body(blocks, restored=restored)
        article.restored_blocks = restored
        if len(article.body) - len(old_body) != length:  # pragma: no cover
            raise RuntimeError("restoring a paragraph composed an unexpected body")
        _save_body(article)
        _shift(article, position, length)
    return article


def article_remove_block(*, article: Article, index: int, user=None) -> Article:
    """Take paragraph `index` out of the body, unless something is annotated in it.

    A restored paragraph goes back to the removed ones; a paragraph the cleaner kept
    is marked removed by an editor (EDITOR_REASON), so it can be restored later.
    """
    with transaction.atomic():
        article, blocks = _locked(article)
        if not 0 <= index < len(blocks):
            raise ValidationError(
                _("This article has no paragraph number %(index)d.") % {"index": index}
            )
        kept = blocks[index].kept
        if not kept and index not in article.restored_blocks:
            raise ValidationError(_("That paragraph is not in the article text."))
        offsets = block_offsets(blocks, restored=article.restored_blocks)
        if kept and len(offsets) == 1:
            raise ValidationError(
                _("This is the article's only paragraph; it stays in the article.")
            )
        position, length = _edit_span(blocks, index, list(article.restored_blocks))
        inside = Annotation.objects.filter(
            article=article, start__lt=position + length, end__gt=position
        )
        if inside.exists():
            raise ValidationError(
                _(
                    "Words in this paragraph are annotated (deleted annotations count too, since they can be restored); it stays in the article."
                )
            )
        restored = [i for i in article.restored_blocks if i != index]
        if kept:
            article.blocks[index] = {
                **article.blocks[index],
                "kept": False,
                "reason": EDITOR_REASON,
            }
            blocks = _blocks(article)
        article.body = compose_body(blocks, restored=restored)
        article.restored_blocks = restored
        _save_body(article)
        _shift(article, position + length, -length)
    return article


class StaleEdit(ValidationError):
    """Somebody else changed the article's details since the form was loaded."""


def article_details_version(article: Article) -> str:
    """Return a token of the details an editor can change, for the optimistic check.

    The form carries it; a save whose token no longer matches the row lost a race.
    """
    when = article.published_at.isoformat() if article.published_at else ""
    state = "\x1f".join(
        str(v)
        for v in (
            article.title,
            article.outlet_id,
            when,
            article.published_date_only,
            article.story_id or "",
        )
    )
    return hashlib.sha256(state.encode()).hexdigest()[:16]


def _outlet_named(name: str, *, language: str) -> Outlet:
    """Return the outlet called name, found ignoring case, or a new one.

    Two editors typing the same new name at once get one outlet: the second
    insert hits the unique name and reads the first one's row.
    """
    name = clean_line(name)  # as import cleans outlet names
    if not name:
        raise ValidationError({"outlet": _("Name the outlet.")})

    def make() -> Outlet:
        outlet = Outlet(name=name, language=language)
        # Uniqueness (also ignoring case) is the database's to check, on save.
        outlet.full_clean(validate_unique=False, validate_constraints=False)
        return outlet

    return found_or_created(
        lambda: Outlet.objects.filter(name__iexact=name).first(), make
    )


def article_update_details(
    *,
    article: Article,
    version: str,
    title: str,
    outlet: Outlet | str,
    published_at: datetime | None,
    published_date_only: bool,
    story: Story | None,
    user=None,
) -> Article:
    """Correct an article's title, outlet, date and story, unless they changed meanwhile.

    Raises StaleEdit (nothing saved) when `version` is not the current one. The
    outlet is an Outlet or a name typed by the editor (an existing outlet found
    ignoring case, else a new one). The search index follows the title by itself
    (triggers on SQLite, an expression index on PostgreSQL).
    """
    title = clean_line(title)  # as import cleans it: no controls, NFC
    if not title:
        raise ValidationError({"title": _("An article needs a title.")})
    with transaction.atomic():
        current = Article.objects.select_for_update().get(pk=article.pk)
        if article_details_version(current) != version:
            raise StaleEdit(
                _(
                    "Somebody else changed this article's details while you were editing. Nothing was saved; the form now shows their version."
                )
            )
        current.title = title
        if isinstance(outlet, str):
            outlet = _outlet_named(outlet, language=current.language)
        current.outlet = outlet
        current.published_at = published_at
        current.published_date_only = bool(published_date_only and published_at)
        current.story = story
        current.full_clean(
            exclude=[f.name for f in Article._meta.fields if f.name not in DETAILS]
        )
        current.save(update_fields=list(DETAILS))
    return current


DETAILS = ("title", "outlet", "published_at", "published_date_only", "story")


def article_delete(*, article: Article, user=None) -> None:
    """Delete the article for good, with its annotations, their history and links.

    Annotations and links cascade (models.py); the search index follows through
    its triggers (SQLite) or the row being gone (PostgreSQL).
    """
    with transaction.atomic():
        # The article's row, then its annotations' in id order, as every
        # writer takes them: a save, edit, history entry or link in progress
        # ends before the rows to delete are collected, and one that comes
        # later finds the article gone. Without the locks, a row written
        # between the collection and the DELETEs failed the deletion's foreign
        # key check at commit (a 500 on PostgreSQL).
        list(Article.objects.select_for_update().filter(pk=article.pk).values("pk"))
        list(
            Annotation.objects.select_for_update()
            .filter(article_id=article.pk)
            .order_by("pk")
            .values("pk")
        )
        Article.objects.filter(pk=article.pk).delete()
