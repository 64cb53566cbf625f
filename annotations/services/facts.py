"""Facts of a story (claims grouped by what they measure) and the links proposed from them.

`fact_refresh_for_story` runs the grouping (annotations.text.facts) and keeps
the Fact rows in step with it, never touching a claim an editor placed by
hand. `link_propose_for_story` compares the claims within each fact and the
quotes of each speaker, and stores what it finds as open proposals; a pair
an editor already linked or dismissed is left alone, so a dismissed
proposal never returns.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from annotations.models import (
    Annotation,
    Article,
    Fact,
    FactClaim,
    Link,
    LinkChange,
    Story,
)
from annotations.text.contradictions import propose
from annotations.text.facts import (
    ArticleInfo,
    ClaimInfo,
    FactGroup,
    group_facts,
    sentence_around,
    source_groups,
)
from annotations.text.variants import QuoteInfo, propose_same_quotes

BEFORE = 2000  # characters before a claim's sentence searched for the day it speaks of
PROPOSED_STATUSES = (Annotation.Status.ACCEPTED, Annotation.Status.SUGGESTED)
_FIELDS = {f.name for f in Annotation._meta.get_fields()}


def _user_or_none(user):
    return user if user is not None and user.is_authenticated else None


@dataclass
class StoryMaterial:
    """What the grouping needs of a story, read in a few queries."""

    claims: list[ClaimInfo]
    quotes: list[QuoteInfo]
    sources: dict[int, int]  # article id -> source id (wire copies share one)


def _live_annotations(story: Story):
    return (
        Annotation.objects.alive()
        .filter(article__story=story, status__in=PROPOSED_STATUSES)
        .order_by("pk")
    )


def story_material(story: Story) -> StoryMaterial:
    """Return the story's claims (with their sentences) and quotes, and its independent sources."""
    articles = list(
        Article.objects.filter(story=story).only(
            "id", "body", "published_at", "wire_source", "sketch", "outlet_id"
        )
    )
    near = defaultdict(list)
    through = Article.near_duplicates.through
    ids = [a.pk for a in articles]
    for a, b in through.objects.filter(from_article_id__in=ids).values_list(
        "from_article_id", "to_article_id"
    ):
        near[a].append(b)
    sources = source_groups(
        [
            ArticleInfo(
                a.pk,
                str(a.outlet_id),
                a.wire_source,
                a.sketch or "",
                tuple(near[a.pk]),
            )
            for a in articles
        ]
    )
    by_id = {a.pk: a for a in articles}
    extra = [f for f in ("measured", "bound") if f in _FIELDS]
    rows = (
        _live_annotations(story)
        .filter(kind=Annotation.Kind.CLAIM, value__isnull=False)
        .exclude(unit="")
        .values_list(
            "pk",
            "article_id",
            "start",
            "end",
            "value",
            "unit",
            "approximate",
            "exact",
            *extra,
        )
    )
    claims = []
    for pk, article_id, start, end, value, unit, approx, exact, *more in rows:
        fields = dict(zip(extra, more, strict=True))
        article = by_id[article_id]
        body = article.body
        s, e = sentence_around(body, start, end)
        published = (
            timezone.localtime(article.published_at).date()
            if article.published_at
            else None
        )
        claims.append(
            ClaimInfo(
                id=pk,
                article=article_id,
                value=value,
                unit=unit,
                approximate=approx,
                bound=fields.get("bound") or "",
                measured=fields.get("measured") or "",
                exact=exact,
                sentence=body[s:e],
                offset=start - s,
                published=published,
                source=sources.get(article_id, article_id),
                before=body[max(0, s - BEFORE) : s],
            )
        )
    quotes = [
        QuoteInfo(
            pk, article_id, speaker_id, exact, sources.get(article_id), name or ""
        )
        for pk, article_id, speaker_id, name, exact in _live_annotations(story)
        .filter(kind=Annotation.Kind.QUOTE, speaker__isnull=False)
        .values_list("pk", "article_id", "speaker_id", "speaker__name", "exact")
    ]
    return StoryMaterial(claims, quotes, sources)


def _sync_facts(story: Story, groups: list[FactGroup]) -> dict[int, float]:
    """Make the story's automatic facts and memberships match `groups`; by-hand ones stay."""
    existing = {f.key: f for f in Fact.objects.filter(story=story).exclude(key="")}
    placed = dict(
        FactClaim.objects.filter(annotation__article__story=story).values_list(
            "annotation_id", "by_hand"
        )
    )
    wanted: dict[int, Fact] = {}
    used_keys = set()
    cohesion: dict[int, float] = {}
    for group in groups:
        fact = existing.get(group.key)
        if fact is None:
            fact = Fact.objects.create(
                story=story, label=group.label[:200], key=group.key
            )
            existing[group.key] = fact
        elif fact.origin == Annotation.Origin.AUTO and fact.label != group.label[:200]:
            fact.label = group.label[:200]
            fact.save(update_fields=["label", "updated_at"])
        used_keys.add(group.key)
        cohesion[fact.pk] = group.cohesion
        for member in group.members:
            if not placed.get(member):  # by hand: the editor decided
                wanted[member] = fact
    automatic = FactClaim.objects.filter(
        annotation__article__story=story, by_hand=False
    )
    current = dict(automatic.values_list("annotation_id", "fact_id"))
    stale = [
        pk
        for pk, fact_id in current.items()
        if pk not in wanted or wanted[pk].pk != fact_id
    ]
    FactClaim.objects.filter(annotation_id__in=stale, by_hand=False).delete()
    FactClaim.objects.bulk_create(
        [
            FactClaim(annotation_id=pk, fact=fact)
            for pk, fact in wanted.items()
            if current.get(pk) != fact.pk
        ],
        ignore_conflicts=True,
    )
    # Automatic facts left without claims go; an editor's facts stay, even empty.
    Fact.objects.filter(
        story=story, origin=Annotation.Origin.AUTO, claims__isnull=True
    ).exclude(key__in=used_keys).delete()
    return cohesion


def _refresh(story: Story, material: StoryMaterial) -> dict[int, float]:
    by_hand = set(
        FactClaim.objects.filter(
            annotation__article__story=story, by_hand=True
        ).values_list("annotation_id", flat=True)
    )
    groups = group_facts([c for c in material.claims if c.id not in by_hand])
    with transaction.atomic():
        Story.objects.select_for_update().filter(pk=story.pk).first()
        return _sync_facts(story, groups)


def fact_refresh_for_story(
    *, story: Story, material: StoryMaterial | None = None
) -> list[Fact]:
    """Group the story's claims into facts and store them; return the story's facts.

    Claims an editor placed by hand (into a fact or out of every fact) are not
    regrouped. Runs under a lock on the story row, so two refreshes at once
    queue instead of creating the same fact twice.
    """
    _refresh(story, material or story_material(story))
    return list(Fact.objects.filter(story=story).order_by("id"))


def fact_move_claim(
    *, annotation: Annotation, fact: Fact | None, user=None
) -> FactClaim:
    """Put a claim into `fact`, or out of every fact (None); the grouping will leave it there."""
    if annotation.kind != Annotation.Kind.CLAIM:
        raise ValidationError(_("Only claims belong to facts."))
    if annotation.deleted_at is not None:
        raise ValidationError(_("A deleted annotation cannot be moved."))
    if fact is not None and fact.story_id != annotation.article.story_id:
        raise ValidationError(_("That fact belongs to another story."))
    with transaction.atomic():
        membership, _created = FactClaim.objects.select_for_update().get_or_create(
            annotation=annotation, defaults={"fact": fact, "by_hand": True}
        )
        membership.fact = fact
        membership.by_hand = True
        membership.save()
    return membership


def fact_create(*, story: Story, label: str, claims=(), user=None) -> Fact:
    """Make a fact by hand, with the given claims moved into it."""
    label = label.strip()
    if not label:
        raise ValidationError(_("Give the fact a name."))
    with transaction.atomic():
        fact = Fact.objects.create(
            story=story, label=label[:200], origin=Annotation.Origin.MANUAL
        )
        for claim in claims:
            fact_move_claim(annotation=claim, fact=fact, user=user)
    return fact


def fact_rename(*, fact: Fact, label: str, user=None) -> Fact:
    label = label.strip()
    if not label:
        raise ValidationError(_("Give the fact a name."))
    fact.label = label[:200]
    fact.save(update_fields=["label", "updated_at"])
    return fact


def story_fact_groups(story: Story) -> dict[int, list[int]]:
    """Return fact id -> claim ids, as stored (by-hand moves included)."""
    members: dict[int, list[int]] = defaultdict(list)
    for annotation_id, fact_id in (
        FactClaim.objects.filter(fact__story=story)
        .order_by("annotation_id")
        .values_list("annotation_id", "fact_id")
    ):
        members[fact_id].append(annotation_id)
    return members


def link_propose_for_story(*, story: Story, user=None) -> int:
    """Propose contradictions, agreements and same quotes for the story; return how many are new.

    Claims are compared only within their fact; quotes only with quotes of
    the same speaker. A pair already linked, whatever the relation or status,
    is left alone: an editor who linked or dismissed it has decided.
    """
    material = story_material(story)
    cohesion = _refresh(story, material)
    labels = dict(Fact.objects.filter(story=story).values_list("pk", "label"))
    fact_of: dict[int, str] = {}
    groups = []
    by_claim = {c.id: c for c in material.claims}
    for fact_id, members in story_fact_groups(story).items():
        present = tuple(m for m in members if m in by_claim)
        if len(present) >= 2:
            # A fact an editor made or changed holds together by the editor's word.
            sure = cohesion.get(fact_id, 0.9)
            groups.append(FactGroup(str(fact_id), "", "", present, cohesion=sure))
            fact_of.update(dict.fromkeys(present, labels.get(fact_id, "")))
    proposals = propose(groups, material.claims) + propose_same_quotes(material.quotes)
    if not proposals:
        return 0
    ids = {p.source for p in proposals} | {p.target for p in proposals}
    linked = {
        frozenset(pair)
        for pair in Link.objects.filter(source_id__in=ids, target_id__in=ids)
        .values_list("source_id", "target_id")
        .iterator()
    }
    new = []
    for p in proposals:
        pair = frozenset((p.source, p.target))
        if pair in linked:
            continue
        linked.add(pair)
        new.append(
            Link(
                source_id=p.source,
                target_id=p.target,
                relation=p.relation,
                status=Link.Status.OPEN,
                origin=Annotation.Origin.AUTO,
                confidence=p.confidence,
                reason={
                    "code": p.reason,
                    **p.params,
                    **({"fact": fact_of[p.source]} if p.source in fact_of else {}),
                },
                created_by=_user_or_none(user),
            )
        )
    with transaction.atomic():
        # Two editors pressing the button at once: the constraint keeps one of each.
        Link.objects.bulk_create(new, ignore_conflicts=True)
        fresh = Link.objects.filter(
            source_id__in={link.source_id for link in new},
            origin=Annotation.Origin.AUTO,
            changes__isnull=True,
        ).values_list("pk", "source_id", "target_id", "relation")
        LinkChange.objects.bulk_create(
            [
                LinkChange(
                    link_id=pk,
                    source_id=source_id,
                    target_id=target_id,
                    action=LinkChange.Action.CREATED,
                    changes={"relation": relation, "status": "open", "origin": "auto"},
                    user=_user_or_none(user),
                )
                for pk, source_id, target_id, relation in fresh
            ]
        )
    return len(new)
