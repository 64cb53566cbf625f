"""Read queries: what the pages show, fetched in a fixed number of queries.

Views and rendering call these; writes live in annotations.services. Every
function tolerates rows appearing or vanishing between its queries (another
editor saves all day): a row a later query mentions that an earlier one did not
return is skipped, never looked up.

The reader:   reader_article, reader_rows (Row), reader_links (LinkEnd),
              paragraph_bounds, panel filters (PANEL_FILTERS, panel_filter,
              row_matches)
The library:  library_articles, CappedPaginator
Stories:      story_articles, story_candidates, story_links
Links:        link_targets
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from django.core.paginator import Paginator
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property

from annotations.models import Annotation, Article, Link, Story
from annotations.search import search_articles
from annotations.text.runs import paragraphs

SEARCH_COUNT_LIMIT = 1000
# Targets listed in the link form; a search narrows them when there are more.
TARGETS_SHOWN = 300
# Article columns no list page needs: deferred so a list never loads bodies.
HEAVY_ARTICLE_FIELDS = ("raw_text", "body", "blocks", "restored_blocks", "sketch")


# ---- The reader -----------------------------------------------------------------


def reader_article(pk: int) -> Article:
    """Return the article for the reader (outlet, story, near duplicates), or raise Http404."""
    duplicates = Prefetch(
        "near_duplicates", queryset=Article.objects.select_related("outlet")
    )
    return get_object_or_404(
        Article.objects.select_related("outlet", "story").prefetch_related(duplicates),
        pk=pk,
    )


class Row:
    """One live annotation as the reader shows it: plain values, no model instance.

    The reader of a long article shows a thousand of these; loading them with
    values_list() keeps the page well under 100 ms. tags is a list of
    (id, name, colour).
    """

    __slots__ = (
        "pk",
        "kind",
        "start",
        "end",
        "exact",
        "status",
        "speaker_id",
        "speaker_name",
        "author_id",
        "author_name",
        "quote_form",
        "value",
        "unit",
        "approximate",
        "note",
        "tags",
    )

    def __init__(self, values: tuple) -> None:
        for name, value in zip(self.__slots__[:-1], values, strict=True):
            setattr(self, name, value)
        self.tags: list[tuple[int, str, str]] = []


_ROW_FIELDS = (
    "pk",
    "kind",
    "start",
    "end",
    "exact",
    "status",
    "speaker_id",
    "speaker__name",
    "created_by_id",
    "created_by__username",
    "quote_form",
    "value",
    "unit",
    "approximate",
    "note",
)


def reader_rows(article: Article, within: tuple[int, int] | None = None) -> list[Row]:
    """Return the article's live annotations in reading order, with their tags, in one query.

    within=(start, end) keeps only the annotations overlapping that stretch of the body.

    One query, not one for the annotations and one for their tags: each SQL
    statement sees one snapshot, so an annotation another editor saves meanwhile
    is either there with all its tags or not there at all.
    """
    span = {} if within is None else {"start__lt": within[1], "end__gt": within[0]}
    found = (
        Annotation.objects.alive()
        .filter(article=article, **span)
        .order_by("start", "-end", "pk", "tags__name")
        .values_list(*_ROW_FIELDS, "tags__id", "tags__name", "tags__colour")
    )
    rows: list[Row] = []
    row = None
    for values in found:
        if row is None or row.pk != values[0]:
            row = Row(values[:-3])
            rows.append(row)
        if values[-3] is not None:
            row.tags.append(values[-3:])
    return rows


class LinkEnd(NamedTuple):
    """The other end of a link, as a side panel item shows it."""

    link_id: int
    relation: str
    status: str
    origin: str
    annotation_id: int
    article_id: int
    outlet: str
    exact: str


_LINK_SIDE = ("_id", "__article_id", "__article__outlet__name", "__exact")


def reader_links(
    article: Article, *, annotation: int | None = None
) -> dict[int, list[LinkEnd]]:
    """Return annotation id -> the other ends of its links, in one query.

    Covers the article's live annotations (or only `annotation`); links to
    deleted annotations and dismissed links are left out. Callers look ids up
    with .get(): a link may name an annotation saved after their rows were read.
    """
    if annotation is None:
        touching = Q(source__article=article) | Q(target__article=article)
    else:
        touching = Q(source_id=annotation) | Q(target_id=annotation)
    found = (
        Link.objects.filter(touching)
        .filter(source__deleted_at__isnull=True, target__deleted_at__isnull=True)
        .exclude(status=Link.Status.DISMISSED)
        .order_by("relation", "pk")
        .values_list(
            "pk",
            "relation",
            "status",
            "origin",
            *(f"source{f}" for f in _LINK_SIDE),
            *(f"target{f}" for f in _LINK_SIDE),
        )
    )
    links: dict[int, list[LinkEnd]] = {}
    for pk, relation, status, origin, *ends in found:
        source, target = ends[:4], ends[4:]
        for here, there in ((source, target), (target, source)):
            if here[1] == article.pk and annotation in (None, here[0]):
                links.setdefault(here[0], []).append(
                    LinkEnd(pk, relation, status, origin, *there)
                )
    return links


def paragraph_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """Return the start of the first and the end of the last paragraph touching [start, end]."""
    touched = [p for p in paragraphs(body, ()) if p.start <= end and p.end >= start]
    if not touched:
        return start, end
    return touched[0].start, touched[-1].end


# The side panel's filters (forms.PanelFilterForm, the `f-` query fields), defined
# once: field -> (queryset lookup, what a Row holds for it).
PANEL_FILTERS = {
    "kind": ("kind", lambda row: {row.kind}),
    "status": ("status", lambda row: {row.status}),
    "speaker": ("speaker_id", lambda row: {row.speaker_id}),
    "author": ("created_by_id", lambda row: {row.author_id}),
    "tag": ("tags", lambda row: {tag[0] for tag in row.tags}),
}


def panel_filter(queryset: QuerySet[Annotation], active: Mapping) -> QuerySet:
    """Return the annotations the side panel lists under the active filters (in SQL)."""
    return queryset.filter(**{PANEL_FILTERS[k][0]: v for k, v in active.items()})


def row_matches(row: Row, active: Mapping) -> bool:
    """Return whether the side panel lists row under the active filters (in Python)."""
    return all(v in PANEL_FILTERS[k][1](row) for k, v in active.items())


# ---- The library ----------------------------------------------------------------


class CappedPaginator(Paginator):
    """Count at most `limit` results, then say "more than".

    Counting the 95,000 articles that contain "yang" costs more than the exact
    figure tells the editor; a capped count stops early.
    """

    limit = SEARCH_COUNT_LIMIT

    @cached_property
    def _counted(self) -> int:
        return self.object_list.values("pk")[: self.limit + 1].count()

    @cached_property
    def count(self) -> int:
        return min(self._counted, self.limit)

    @property
    def capped(self) -> bool:
        return self._counted > self.limit


def library_articles() -> QuerySet[Article]:
    """Return the library's rows: articles with outlet, story, live annotation count, duplicates flag.

    Also `open_contradictions`: contradictions nobody resolved or dismissed yet.
    """
    duplicates = Article.near_duplicates.through.objects.filter(
        from_article=OuterRef("pk")
    )
    contradictions = (
        Link.objects.filter(
            Q(source__article=OuterRef("pk")) | Q(target__article=OuterRef("pk")),
            relation=Link.Relation.CONTRADICTS,
            status__in=[Link.Status.OPEN, Link.Status.CONFIRMED],
            source__deleted_at__isnull=True,
            target__deleted_at__isnull=True,
        )
        .order_by()
        .values("relation")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        Article.objects.select_related("outlet", "story")
        .defer("raw_text", "body", "blocks", "restored_blocks")
        .with_annotation_count()
        .annotate(
            has_near_duplicates=Exists(duplicates),
            open_contradictions=Coalesce(
                Subquery(contradictions, output_field=IntegerField()), 0
            ),
        )
    )


# ---- Stories --------------------------------------------------------------------


def story_articles(story: Story) -> list[Article]:
    """Return the story's articles by publication, undated ones last, with annotation counts."""
    articles = list(
        story.articles.select_related("outlet")
        .defer("raw_text", "body", "blocks", "restored_blocks")
        .with_annotation_count()
        .order_by("published_at", "id")
    )
    # Undated articles sort first in SQLite and last in PostgreSQL: put them last.
    articles.sort(key=lambda a: a.published_at is None)
    return articles


def story_candidates(find: str, limit: int) -> list[Article]:
    """Return up to limit articles in no story, matching find (all when blank)."""
    free = (
        Article.objects.filter(story__isnull=True)
        .select_related("outlet")
        .only("id", "title", "published_at", "outlet__name")
    )
    return list(search_articles(free, find)[:limit])


_LINK_ORDER = {
    Link.Status.OPEN: 0,
    Link.Status.CONFIRMED: 1,
    Link.Status.RESOLVED: 2,
    Link.Status.DISMISSED: 3,
}


def story_links(story: Story) -> tuple[list[Link], list[Link]]:
    """Return (links, dismissed links) touching the story's live annotations, in one query.

    Open links come first, then confirmed, resolved; within a status, by
    relation, the newest first. Both ends come with article, outlet and speaker.
    """
    sides = ("source", "target")
    related = [f"{s}__{r}" for s in sides for r in ("article__outlet", "speaker")]
    deferred = [f"{s}__article__{f}" for s in sides for f in HEAVY_ARTICLE_FIELDS]
    links = list(
        Link.objects.filter(
            Q(source__article__story=story) | Q(target__article__story=story),
            source__deleted_at__isnull=True,
            target__deleted_at__isnull=True,
        )
        .select_related(*related, "created_by")
        .defer(*deferred)
    )
    relation_order = {r: i for i, r in enumerate(Link.Relation.values)}
    links.sort(
        key=lambda link: (
            _LINK_ORDER[link.status],
            relation_order.get(link.relation, 9),
            -link.created_at.timestamp(),
        )
    )
    dismissed = [link for link in links if link.status == Link.Status.DISMISSED]
    return [link for link in links if link.status != Link.Status.DISMISSED], dismissed


# ---- Links ----------------------------------------------------------------------


class Target(NamedTuple):
    """An annotation the link form offers as the other end of a link."""

    pk: int
    kind: str
    exact: str
    value: object
    unit: str
    approximate: bool
    speaker: str
    article_id: int
    title: str
    outlet: str


def link_targets(source: Annotation, find: str = "") -> tuple[list[Target], bool]:
    """Return the annotations source may be linked to, and whether the list was cut.

    The live, not rejected annotations of the other articles of the source's
    story (of every other article when it has none), by outlet, date and place;
    each word of find (up to six) must occur in the words, title, outlet or speaker.
    """
    article = source.article
    found = (
        Annotation.objects.alive()
        .exclude(status=Annotation.Status.REJECTED)
        .exclude(article_id=article.pk)
    )
    if article.story_id:
        found = found.filter(article__story_id=article.story_id)
    for word in find.split()[:6]:
        found = found.filter(
            Q(exact__icontains=word)
            | Q(article__title__icontains=word)
            | Q(article__outlet__name__icontains=word)
            | Q(speaker__name__icontains=word)
        )
    rows = list(
        found.order_by(
            "article__outlet__name", "article__published_at", "article_id", "start"
        ).values_list(
            "pk",
            "kind",
            "exact",
            "value",
            "unit",
            "approximate",
            "speaker__name",
            "article_id",
            "article__title",
            "article__outlet__name",
        )[: TARGETS_SHOWN + 1]
    )
    return [Target(*row) for row in rows[:TARGETS_SHOWN]], len(rows) > TARGETS_SHOWN
