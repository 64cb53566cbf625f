"""Link annotations (contradicts, corroborates, same quote, related), by hand or by proposal.

A link an editor makes by hand is saved confirmed: the editor has judged it.
Every change of a link is kept as a LinkChange, like an annotation's history,
and outlives the link when it is deleted.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from annotations.models import Annotation, Link, LinkChange, Story


def _user_or_none(user):
    return user if user is not None and user.is_authenticated else None


def _pair(a: int, b: int) -> Q:
    return Q(source_id=a, target_id=b) | Q(source_id=b, target_id=a)


def _snapshot(link: Link) -> dict:
    return {
        "relation": link.relation,
        "status": link.status,
        "note": link.note,
        "origin": link.origin,
    }


def _record(link: Link, action: str, changes: dict, user) -> None:
    LinkChange.objects.create(
        link=link if action != LinkChange.Action.DELETED else None,
        source_id=link.source_id,
        target_id=link.target_id,
        action=action,
        changes=changes,
        user=_user_or_none(user),
    )


def link_warnings(source: Annotation, target: Annotation) -> list[str]:
    """Return what an editor should know about a link that is allowed all the same."""
    warnings = []
    source_story = source.article.story_id
    target_story = target.article.story_id
    if source_story != target_story:
        warnings.append(
            _(
                "The two annotations belong to different stories; the link "
                "shows in both, but neither story's table compares them."
            )
        )
    if source.article_id == target.article_id:
        warnings.append(_("Both annotations are in the same article."))
    return warnings


def link_create(
    *,
    source: Annotation,
    target: Annotation,
    relation: str,
    note: str = "",
    user=None,
    origin: str = Annotation.Origin.MANUAL,
    status: str | None = None,
) -> Link:
    """Link two live annotations; a pair holds at most one link of each relation, either way round.

    A link made by hand is confirmed unless `status` says otherwise. Both
    annotations are locked and read again inside the transaction, so one
    deleted a moment ago is refused and nothing is saved.
    """
    if source.pk == target.pk:
        raise ValidationError(_("An annotation cannot be linked to itself."))
    if status is None:
        status = (
            Link.Status.CONFIRMED
            if origin == Annotation.Origin.MANUAL
            else Link.Status.OPEN
        )
    link = Link(
        source=source,
        target=target,
        relation=relation,
        note=note.strip(),
        origin=origin,
        status=status,
        created_by=_user_or_none(user),
    )
    link.full_clean(validate_constraints=False)
    duplicate = _("These two annotations are already linked as “%(relation)s”.") % {
        "relation": link.get_relation_display()
    }
    try:
        with transaction.atomic():
            # Only the two annotation rows, in one order: locking the joined
            # article rows too (Annotation's ordering joins them) deadlocked
            # against saves that lock the article first.
            live = set(
                Annotation.objects.select_for_update(of=("self",))
                .filter(pk__in=[source.pk, target.pk], deleted_at__isnull=True)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
            if live != {source.pk, target.pk}:
                raise ValidationError(
                    _(
                        "A deleted annotation cannot be linked: one of the two was "
                        "deleted meanwhile. Nothing was saved."
                    )
                )
            if Link.objects.filter(
                _pair(source.pk, target.pk), relation=relation
            ).exists():
                raise ValidationError(duplicate)
            link.save()
            _record(link, LinkChange.Action.CREATED, _snapshot(link), user)
    except IntegrityError as exc:  # the same link saved a moment ago by someone else
        raise ValidationError(duplicate) from exc
    return link


def link_update(
    *, link: Link, status: str | None = None, note: str | None = None, user=None
) -> Link:
    """Change a link's status or note, and record the change in its history."""
    changes = {}
    if status is not None and status != link.status:
        changes["status"] = [link.status, status]
        link.status = status
    if note is not None and note.strip() != link.note:
        changes["note"] = [link.note, note.strip()]
        link.note = note.strip()
    if changes:
        link.full_clean(validate_constraints=False)
        with transaction.atomic():
            link.save(update_fields=[*changes, "updated_at"])
            _record(link, LinkChange.Action.UPDATED, changes, user)
    return link


def link_delete(*, link: Link, user=None) -> None:
    """Remove a link for good (dismiss it instead to keep proposals from coming back).

    The history keeps the deletion, with what the link was.
    """
    with transaction.atomic():
        _record(link, LinkChange.Action.DELETED, _snapshot(link), user)
        link.delete()


def link_suggest_for_story(*, story: Story, user=None) -> int:
    """Propose links for the story from its facts and quotes; return how many are new.

    See annotations.services.facts.link_propose_for_story.
    """
    from annotations.services.facts import link_propose_for_story

    return link_propose_for_story(story=story, user=user)
