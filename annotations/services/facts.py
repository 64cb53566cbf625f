"""Facts of a story (claims grouped by what they measure) and the links proposed from them.

`fact_refresh_for_story` runs the grouping (annotations.text.facts) and keeps
the Fact rows in step with it, never touching a claim an editor placed by
hand. `link_propose_for_story` compares the claims within each fact and the
quotes of each speaker, and stores what it finds as open proposals; a pair
an editor already linked or dismissed is left alone, so a dismissed
proposal never returns.

Facts and proposals follow the claims: `facts_refresh_if_stale` compares a
stamp of the story's claims (how many, their ids, the latest change, the
latest deletion: one aggregate query) with the stamp stored when the story
was last grouped, and groups and proposes again when they differ. The story
page, its coverage table and its CSV call it before they read, so a claim
accepted, edited or deleted, or suggested in a new article of the story,
shows in the table and the proposals the next time anybody looks, and a
page read twice costs one query more, not a regrouping. Proposals nobody
has decided yet (open, automatic, never changed by an editor) that the
claims no longer support are withdrawn; dismissed, confirmed and resolved
links and hand-made ones are never touched.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Max, Sum
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
from annotations.text.cleaning import clean_line
from annotations.text.contradictions import propose
from annotations.text.facts import FactGroup, group_facts
from annotations.text.sentences import ClaimInfo, claim_info
from annotations.text.sources import ArticleInfo, source_groups
from annotations.text.variants import QuoteInfo, propose_same_quotes

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
    days = {
        a.pk: timezone.localtime(a.published_at).date() if a.published_at else None
        for a in articles
    }
    extra = [f for f in ("measured", "bound") if f in _FIELDS]
    # Only the articles read above: one that joins the story meanwhile waits
    # for the next grouping rather than arriving without its body and day.
    rows = (
        _live_annotations(story)
        .filter(article_id__in=ids)
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
        claims.append(
            claim_info(
                by_id[article_id].body,
                start,
                end,
                id=pk,
                article=article_id,
                value=value,
                unit=unit,
                approximate=approx,
                bound=fields.get("bound") or "",
                measured=fields.get("measured") or "",
                exact=exact,
                published=days[article_id],
                source=sources.get(article_id, article_id),
            )
        )
    quotes = [
        QuoteInfo(
            pk,
            article_id,
            speaker_id,
            exact,
            sources.get(article_id),
            name or "",
            days[article_id],
        )
        for pk, article_id, speaker_id, name, exact in _live_annotations(story)
        .filter(article_id__in=ids)
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
    # A fact the editor named keeps the claims it holds when their group
    # falls apart (a claim left alone is in no automatic fact).
    named = set(
        Fact.objects.filter(story=story, origin=Annotation.Origin.MANUAL).values_list(
            "pk", flat=True
        )
    )
    stale = [
        pk
        for pk, fact_id in current.items()
        if (pk not in wanted and fact_id not in named)
        or (pk in wanted and wanted[pk].pk != fact_id)
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
        # The story's lock orders this move with a regrouping running at once,
        # which might otherwise delete the automatic fact the claim goes into.
        Story.objects.select_for_update().filter(pk=annotation.article.story_id).first()
        if fact is not None and not Fact.objects.filter(pk=fact.pk).exists():
            raise ValidationError(_("That fact no longer exists."))
        if not Annotation.objects.alive().filter(pk=annotation.pk).exists():
            raise ValidationError(_("A deleted annotation cannot be moved."))
        membership, _created = FactClaim.objects.select_for_update().get_or_create(
            annotation=annotation, defaults={"fact": fact, "by_hand": True}
        )
        membership.fact = fact
        membership.by_hand = True
        membership.save()
        Story.objects.filter(pk=annotation.article.story_id).update(facts_stamp="")
    return membership


def fact_create(*, story: Story, label: str, claims=(), user=None) -> Fact:
    """Make a fact by hand, with the given claims moved into it.

    A fact of the story with that name already (case and spaces aside) is
    used instead, so two editors naming a new fact alike at once make one.
    """
    label = clean_line(label)[:200]  # as every typed name: no NUL, no bidi controls
    if not label:
        raise ValidationError(_("Give the fact a name."))
    with transaction.atomic():
        Story.objects.select_for_update().filter(pk=story.pk).first()
        fact = next(
            (
                f
                for f in Fact.objects.filter(story=story, label__iexact=label)
                if f.label.casefold() == label.casefold()
            ),
            None,
        )
        if fact is None:
            fact = Fact.objects.create(
                story=story, label=label, origin=Annotation.Origin.MANUAL
            )
        for claim in claims:
            fact_move_claim(annotation=claim, fact=fact, user=user)
    return fact


def fact_rename(*, fact: Fact, label: str, user=None) -> Fact:
    """Name a fact; an automatic fact becomes the editor's, so regrouping keeps the name."""
    label = clean_line(label)[:200]  # as every typed name: no NUL, no bidi controls
    if not label:
        raise ValidationError(_("Give the fact a name."))
    with transaction.atomic():
        if not Fact.objects.select_for_update().filter(pk=fact.pk).exists():
            raise ValidationError(_("That fact no longer exists."))
        fact.label = label
        fact.origin = Annotation.Origin.MANUAL
        fact.save(update_fields=["label", "origin", "updated_at"])
        # Proposals say which fact they compare: give them the new name.
        links = list(
            Link.objects.filter(
                origin=Annotation.Origin.AUTO, source__fact_claim__fact=fact
            ).only("pk", "reason")
        )
        for link in links:
            if (link.reason or {}).get("fact") not in (None, label):
                link.reason = {**link.reason, "fact": label}
        Link.objects.bulk_update(
            [link for link in links if link.reason.get("fact") == label], ["reason"]
        )
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


_STAMP_PARTS = {
    "n": Count("pk"),
    "ids": Sum("pk"),
    "changed": Max("updated_at"),
    "gone": Max("deleted_at"),
}


def _stamp(found: dict) -> str:
    if not found["n"]:
        return "0"
    changed = found["changed"].isoformat() if found["changed"] else ""
    gone = found["gone"].isoformat() if found["gone"] else ""
    return f"{found['n']}:{found['ids']}:{changed}:{gone}"[:100]


def claims_stamp(story: Story) -> str:
    """Return what the story's claims are now, in a few characters: one aggregate query.

    Any claim added, edited, accepted, rejected, deleted or restored, and any
    article moved in or out of the story, changes it.
    """
    return _stamp(
        Annotation.objects.filter(
            article__story=story, kind=Annotation.Kind.CLAIM
        ).aggregate(**_STAMP_PARTS)
    )


def facts_refresh_stale_stories() -> int:
    """Group and propose again in every story whose claims changed; return how many.

    For the pages that show proposals of the whole library (the contradictions
    page) and for the worker after suggestions ran: one grouped query finds the
    stories whose stamp moved; only those do the work of "Find contradictions".
    """
    rows = (
        Annotation.objects.filter(
            kind=Annotation.Kind.CLAIM, article__story__isnull=False
        )
        .values("article__story")
        .annotate(**_STAMP_PARTS)
        .order_by()
    )
    stamps = {row["article__story"]: _stamp(row) for row in rows}
    stale = [
        story
        for story in Story.objects.filter(pk__in=stamps)
        if story.facts_stamp != stamps[story.pk]
    ]
    for story in stale:
        facts_refresh_if_stale(story=story)
    return len(stale)


def facts_mark_stale(story: Story) -> None:
    """Have the next read group and propose again (after an editor moved a claim)."""
    Story.objects.filter(pk=story.pk).update(facts_stamp="")


def facts_refresh_if_stale(*, story: Story) -> bool:
    """Group and propose again when the story's claims changed since the last time.

    Return whether it did. Called before the story page and its coverage are
    read: cheap when nothing changed (one query), and the work the button
    "Find contradictions" does when something did.
    """
    stamp = claims_stamp(story)
    if stamp == story.facts_stamp:
        return False
    if stamp == "0":
        # No claims, no facts to group: only remember that.
        Story.objects.filter(pk=story.pk).update(facts_stamp=stamp)
        story.facts_stamp = stamp
        return False
    link_propose_for_story(story=story, stamp=stamp)
    return True


def _withdraw_stale(story: Story, proposals) -> int:
    """Delete the open automatic links among the story's live claims and quotes
    that the proposals no longer make; return how many went.

    A link an editor touched (any change after its creation) is the editor's:
    it stays, whatever its status. A link to a deleted annotation stays too, so
    an undone delete finds it again.
    """
    live = set(
        Annotation.objects.alive()
        .filter(article__story=story)
        .exclude(status=Annotation.Status.REJECTED)
        .values_list("pk", flat=True)
    )
    wanted = {(frozenset((p.source, p.target)), p.relation) for p in proposals}
    candidates = (
        Link.objects.filter(
            source__article__story=story,
            origin=Annotation.Origin.AUTO,
            status=Link.Status.OPEN,
            relation__in=[
                Link.Relation.CONTRADICTS,
                Link.Relation.CORROBORATES,
                Link.Relation.SAME_QUOTE,
            ],
        )
        .annotate(edits=Count("changes"))
        .filter(edits__lte=1)
        .values_list("pk", "source_id", "target_id", "relation")
    )
    stale = [
        (pk, source, target, relation)
        for pk, source, target, relation in candidates
        if source in live
        and target in live
        and (frozenset((source, target)), relation) not in wanted
    ]
    if not stale:
        return 0
    LinkChange.objects.bulk_create(
        [
            LinkChange(
                link=None,
                source_id=source,
                target_id=target,
                action=LinkChange.Action.DELETED,
                changes={
                    "relation": relation,
                    "status": "open",
                    "origin": "auto",
                    "withdrawn": True,
                },
            )
            for _pk, source, target, relation in stale
        ]
    )
    Link.objects.filter(pk__in=[row[0] for row in stale]).delete()
    return len(stale)


def _new_links(proposals, fact_of: dict[int, str], user) -> list[Link]:
    """Return the proposals as unsaved links, leaving out every pair already linked."""
    if not proposals:
        return []
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
    return new


def link_propose_for_story(*, story: Story, user=None, stamp: str | None = None) -> int:
    """Propose contradictions, agreements and same quotes for the story; return how many are new.

    Claims are compared only within their fact; quotes only with quotes of
    the same speaker. A pair already linked, whatever the relation or status,
    is left alone: an editor who linked or dismissed it has decided. Open
    proposals the claims no longer support (a value edited, a claim moved
    out of its fact) are withdrawn. The claims' stamp is stored, so the next
    read does not redo it.
    """
    if stamp is None:
        stamp = claims_stamp(story)
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
    with transaction.atomic():
        # One regrouping at a time per story: withdrawing and adding see one state.
        Story.objects.select_for_update().filter(pk=story.pk).first()
        _withdraw_stale(story, proposals)
        new = _new_links(proposals, fact_of, user)
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
        Story.objects.filter(pk=story.pk).update(facts_stamp=stamp)
        story.facts_stamp = stamp
    return len(new)
