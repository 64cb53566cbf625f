"""Link annotations (contradicts, corroborates, same quote, related), by hand or by suggestion."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from annotations.models import Annotation, Link, Story
from annotations.text.contradictions import propose_links


def _user_or_none(user):
    return user if user is not None and user.is_authenticated else None


def _pair(a: int, b: int) -> Q:
    return Q(source_id=a, target_id=b) | Q(source_id=b, target_id=a)


def link_create(
    *,
    source: Annotation,
    target: Annotation,
    relation: str,
    note: str = "",
    user=None,
    origin: str = Annotation.Origin.MANUAL,
    status: str = Link.Status.OPEN,
) -> Link:
    """Link two live annotations; a pair holds at most one link of each relation, either way round."""
    if source.pk == target.pk:
        raise ValidationError(_("An annotation cannot be linked to itself."))
    if source.deleted_at is not None or target.deleted_at is not None:
        raise ValidationError(_("A deleted annotation cannot be linked."))
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
    if Link.objects.filter(_pair(source.pk, target.pk), relation=relation).exists():
        raise ValidationError(duplicate)
    try:
        with transaction.atomic():
            link.save()
    except IntegrityError as exc:  # the same link saved a moment ago by someone else
        raise ValidationError(duplicate) from exc
    return link


def link_update(
    *, link: Link, status: str | None = None, note: str | None = None, user=None
) -> Link:
    """Change a link's status or note; `user` is accepted for symmetry (links keep no history)."""
    fields = []
    if status is not None and status != link.status:
        link.status = status
        fields.append("status")
    if note is not None and note.strip() != link.note:
        link.note = note.strip()
        fields.append("note")
    if fields:
        link.full_clean(validate_constraints=False)
        link.save(update_fields=[*fields, "updated_at"])
    return link


def link_delete(*, link: Link, user=None) -> None:
    """Remove a link for good (dismiss it instead to keep suggestions from coming back)."""
    link.delete()


def _auto_note(proposal) -> str:
    """Return the note of a suggested link; claims show their values, so they need none."""
    if proposal.relation != Link.Relation.SAME_QUOTE:
        return ""
    if proposal.score >= 0.97:
        return _("The same words.")
    return _("Wording %(percent)d%% alike.") % {"percent": round(proposal.score * 100)}


def link_suggest_for_story(*, story: Story, user=None) -> int:
    """Link the story's claims and quotes that contradict or repeat each other; return how many are new.

    Looks at live accepted and suggested annotations of the story's articles.
    A pair that is already linked, whatever the relation or status, is left
    alone: an editor who linked or dismissed it has decided, and a dismissed
    link stays stored so the suggestion never returns.
    """
    live = (
        Annotation.objects.alive()
        .filter(
            article__story=story,
            status__in=[Annotation.Status.ACCEPTED, Annotation.Status.SUGGESTED],
        )
        .order_by("pk")
    )
    claims = list(
        live.filter(kind=Annotation.Kind.CLAIM, value__isnull=False)
        .exclude(unit="")
        .values_list("pk", "article_id", "value", "unit", "approximate", "exact")
    )
    quotes = list(
        live.filter(kind=Annotation.Kind.QUOTE, speaker__isnull=False).values_list(
            "pk", "article_id", "speaker_id", "exact"
        )
    )
    proposals = propose_links(claims=claims, quotes=quotes)
    if not proposals:
        return 0
    ids = {p.source for p in proposals} | {p.target for p in proposals}
    linked = {
        frozenset(pair)
        for pair in Link.objects.filter(source_id__in=ids, target_id__in=ids)
        .values_list("source_id", "target_id")
        .iterator()
    }
    new = [
        Link(
            source_id=p.source,
            target_id=p.target,
            relation=p.relation,
            status=Link.Status.OPEN,
            origin=Annotation.Origin.AUTO,
            note=_auto_note(p),
            created_by=_user_or_none(user),
        )
        for p in proposals
        if frozenset((p.source, p.target)) not in linked
    ]
    # Two editors pressing the button at once: the constraint keeps one of each
    # (and both are told they made it).
    Link.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)
