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
Comparing:    story_coverage (CoverageColumn, CoverageRow, CoverageCell),
              contradictions, compare_articles
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
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
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce, Lower
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property

from annotations.models import Annotation, Article, Fact, FactClaim, Link, Outlet, Story
from annotations.quantities import quantity_text
from annotations.search import search_articles
from annotations.text.contradictions import value_groups
from annotations.text.runs import paragraphs
from annotations.text.sentences import ClaimInfo
from annotations.text.sources import ArticleInfo, source_groups

SEARCH_COUNT_LIMIT = 1000
# Targets listed in the link form; a search narrows them when there are more.
TARGETS_SHOWN = 300
# Article columns no list page needs: deferred so a list never loads bodies.
HEAVY_ARTICLE_FIELDS = ("raw_text", "body", "blocks", "restored_blocks", "sketch")


def outlets() -> QuerySet[Outlet]:
    """Return every outlet in the order editors read lists: by name, ignoring case."""
    return Outlet.objects.order_by(Lower("name"), "name")


# ---- The reader -----------------------------------------------------------------


def reader_article(pk: int) -> Article:
    """Return the article for the reader (outlet, story, near duplicates), or raise Http404.

    The near duplicates are read only when there are some (an EXISTS in the
    article's own query): most articles have none, and the reader is the
    page loaded most.
    """
    found = Article.near_duplicates.through.objects.filter(from_article=OuterRef("pk"))
    article = get_object_or_404(
        Article.objects.select_related("outlet", "story").annotate(
            has_near_duplicates=Exists(found)
        ),
        pk=pk,
    )
    duplicates = Article.objects.select_related("outlet")
    if not article.has_near_duplicates:
        duplicates = duplicates.none()  # the header's list, with no query
    prefetch_related_objects([article], Prefetch("near_duplicates", duplicates))
    return article


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
        "confidence",
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
    "confidence",
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


def reader_links(
    article: Article, annotations: Collection[int]
) -> dict[int, list[LinkEnd]]:
    """Return annotation id -> the other ends of its links, for these annotations.

    `annotations` are ids of the article's annotations, the rows a page shows.
    Links to deleted annotations and dismissed links are left out. Callers look
    ids up with .get(): an annotation may have no live link.

    Two lookups by index, no joins between them: the links by their source and
    target indexes, then their ends by primary key. As one query joining both
    ends, PostgreSQL's plan hung on its statistics: on tables it had not
    analysed yet (a new database, a fresh import) it guessed that few
    annotations were live and scanned every live annotation once per link end
    (27 ms of database CPU per save under `make load`). These plans do not
    depend on statistics.
    """
    wanted = set(annotations)
    if not wanted:
        return {}
    touching = Q(source_id__in=wanted) | Q(target_id__in=wanted)
    found = list(
        Link.objects.filter(touching)
        .exclude(status=Link.Status.DISMISSED)
        .order_by()
        .values_list("pk", "relation", "status", "origin", "source_id", "target_id")
    )
    if not found:
        return {}
    end_ids = {pk for *_, source, target in found for pk in (source, target)}
    # Deleted ends are left out here, not in SQL, where "deleted_at IS NULL"
    # invites the planner to the partial index of live annotations. An end
    # erased since the links were read is simply absent.
    ends = {
        pk: (pk, article_id, outlet, exact)
        for pk, article_id, outlet, exact, deleted_at in Annotation.objects.filter(
            pk__in=end_ids
        )
        .order_by()
        .values_list("pk", "article_id", "article__outlet__name", "exact", "deleted_at")
        if deleted_at is None
    }
    links: dict[int, list[LinkEnd]] = {}
    for pk, relation, status, origin, source_id, target_id in sorted(
        found, key=lambda link: (link[1], link[0])
    ):
        source, target = ends.get(source_id), ends.get(target_id)
        if source is None or target is None:
            continue
        for here, there in ((source, target), (target, source)):
            if here[1] == article.pk and here[0] in wanted:
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

    Also `suggestion_count`: suggestions waiting for review.

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
        .with_suggestion_count()
        .annotate(
            has_near_duplicates=Exists(duplicates),
            open_contradictions=Coalesce(
                Subquery(contradictions, output_field=IntegerField()), 0
            ),
        )
    )


# ---- Stories --------------------------------------------------------------------


def article_deletion_counts(article: Article) -> tuple[int, int]:
    """Return (annotations, links) that go with `article` when it is deleted (deleted ones too)."""
    annotations = Annotation.objects.filter(article=article).count()
    links = (
        Link.objects.filter(Q(source__article=article) | Q(target__article=article))
        .distinct()
        .count()
    )
    return annotations, links


def story_articles(story: Story) -> list[Article]:
    """Return the story's articles by publication, undated ones last, with annotation counts."""
    articles = list(
        story.articles.select_related("outlet")
        .defer("raw_text", "body", "blocks", "restored_blocks")
        .with_annotation_count()
        .with_suggestion_count()
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
    """Return (links, dismissed links) touching the story's live annotations, in two queries.

    Open links come first, then confirmed, resolved; within a status, by
    relation, the newest first, except that the links of one fact stay
    together (where its newest link would stand), so that an editor settles
    one fact's values at a time. Both ends come with article, outlet and
    speaker.
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
    fact_of = dict(
        FactClaim.objects.filter(fact__story=story).values_list(
            "annotation_id", "fact_id"
        )
    )
    keyed = []
    for k, link in enumerate(links):
        fact = fact_of.get(link.source_id) or fact_of.get(link.target_id)
        keyed.append(((link.status, link.relation, fact or -k - 1), k, link))
    first: dict[tuple, int] = {}
    for group, k, _ in keyed:
        first.setdefault(group, k)
    links = [link for _, _, link in sorted((first[g], k, link) for g, k, link in keyed)]
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


# ---- Comparing outlets ----------------------------------------------------------

_ANNOTATION_FIELD_NAMES = {f.name for f in Annotation._meta.get_fields()}


@dataclass
class CoverageColumn:
    source: int  # the source's first article id
    outlets: list[str]  # the original's outlet first, then its copies'
    articles: list[Article]

    @property
    def outlet(self) -> str:
        return self.outlets[0]

    @property
    def copies(self) -> list[str]:
        return [o for o in self.outlets[1:] if o != self.outlets[0]]


@dataclass
class CoverageCell:
    pk: int
    article: Article
    value: Decimal
    unit: str
    approximate: bool
    bound: str
    exact: str
    prefix: str
    suffix: str
    value_text: str
    group: int = 0  # which value of the row (0, 1, …): cells of one value agree


@dataclass
class CoverageRow:
    fact: Fact
    cells: list[list[CoverageCell]]  # one list per column
    values: list[str] = field(default_factory=list)  # the distinct values, in words
    disagree: bool = False

    @property
    def outlet_count(self) -> int:
        return sum(1 for c in self.cells if c)


@dataclass
class Coverage:
    columns: list[CoverageColumn]
    rows: list[CoverageRow]
    loose: list[CoverageCell]  # claims with a value in no fact, for moving into one

    @property
    def disagreeing(self) -> int:
        return sum(1 for r in self.rows if r.disagree)


def _claim_info(cell: CoverageCell) -> ClaimInfo:
    return ClaimInfo(
        cell.pk,
        cell.article.pk,
        cell.value,
        cell.unit,
        approximate=cell.approximate,
        bound=cell.bound,
    )


def story_coverage(story: Story, articles: list[Article] | None = None) -> Coverage:
    """Return the story's coverage table: three queries, two when given the articles.

    `articles` are the story's articles with their outlets, as the story page
    already holds them (their bodies may be deferred).
    """
    if articles is None:
        articles = list(
            Article.objects.filter(story=story)
            .select_related("outlet")
            .defer(*HEAVY_ARTICLE_FIELDS[:4])
            .order_by("published_at", "id")
        )
    through = Article.near_duplicates.through
    near = defaultdict(list)
    for a, b in through.objects.filter(
        from_article_id__in=[a.pk for a in articles]
    ).values_list("from_article_id", "to_article_id"):
        near[a].append(b)
    sources = source_groups(
        [
            ArticleInfo(
                a.pk, a.outlet.name, a.wire_source, a.sketch or "", tuple(near[a.pk])
            )
            for a in articles
        ]
    )
    by_source: dict[int, CoverageColumn] = {}
    for article in articles:
        source = sources[article.pk]
        column = by_source.setdefault(source, CoverageColumn(source, [], []))
        column.articles.append(article)
    # The original (the source's first article) names the column.
    for column in by_source.values():
        column.articles.sort(key=lambda a: a.pk != column.source)
        column.outlets = [a.outlet.name for a in column.articles]
    columns = sorted(by_source.values(), key=lambda c: c.outlet.casefold())
    index = {c.source: i for i, c in enumerate(columns)}
    by_article = {a.pk: a for a in articles}

    # Every live claim with a value, with its fact when it has one: one query.
    fields = [
        "pk",
        "article_id",
        "value",
        "unit",
        "approximate",
        "exact",
        "prefix",
        "suffix",
        "fact_claim__fact_id",
        "fact_claim__fact__label",
        "fact_claim__fact__origin",
    ]
    if "bound" in _ANNOTATION_FIELD_NAMES:
        fields.append("bound")
    claims = (
        Annotation.objects.alive()
        .filter(article__story=story, kind=Annotation.Kind.CLAIM, value__isnull=False)
        .exclude(status=Annotation.Status.REJECTED)
        .order_by("article_id", "start")
        .values_list(*fields)
    )
    facts: dict[int, Fact] = {}
    texts: dict[tuple, str] = {}  # one figure's words, worked out once
    cells_by_fact: dict[int, list[CoverageCell]] = defaultdict(list)
    loose: list[CoverageCell] = []
    for row in claims:
        (pk, article_id, value, unit, approx, exact, prefix, suffix,
         fact_id, label, origin, *rest) = row  # fmt: skip
        article = by_article.get(article_id)
        if article is None:
            continue  # moved to another story between two queries
        shown = texts.get((value, unit, approx))
        if shown is None:
            shown = texts[value, unit, approx] = quantity_text(value, unit, approx)
        cell = CoverageCell(
            pk, article, value, unit, approx, rest[0] if rest else "", exact,
            prefix, suffix, shown,
        )  # fmt: skip
        if fact_id is None:
            loose.append(cell)
            continue
        if fact_id not in facts:
            facts[fact_id] = Fact(pk=fact_id, story=story, label=label, origin=origin)
        cells_by_fact[fact_id].append(cell)
    rows = []
    for fact_id, cells in cells_by_fact.items():
        grid: list[list[CoverageCell]] = [[] for _ in columns]
        for cell in cells:
            grid[index[sources[cell.article.pk]]].append(cell)
        groups = value_groups([_claim_info(c) for c in cells])
        group_of = {claim.id: n for n, group in enumerate(groups) for claim in group}
        words_of = {c.pk: c.exact for c in cells}
        for cell in cells:
            cell.group = group_of.get(cell.pk, 0)
        values = [
            " / ".join(dict.fromkeys(words_of[claim.id] for claim in group))
            for group in groups
        ]
        sources_reporting = {sources[c.article.pk] for c in cells}
        rows.append(
            CoverageRow(
                facts[fact_id],
                grid,
                values,
                disagree=len(sources_reporting) > 1 and len(groups) > 1,
            )
        )
    rows.sort(key=lambda r: (not r.disagree, -r.outlet_count, r.fact.label.casefold()))
    return Coverage(columns, rows, loose)


def contradictions(
    *, status: str = "", story: str = "", outlet: str = "", origin: str = ""
) -> QuerySet[Link]:
    """Return the contradicts links between live annotations, filtered, newest first."""
    links = (
        Link.objects.filter(
            relation=Link.Relation.CONTRADICTS,
            source__deleted_at__isnull=True,
            target__deleted_at__isnull=True,
        )
        .select_related(
            "source__article__outlet",
            "target__article__outlet",
            "source__article__story",
            "created_by",
        )
        .defer(
            *[
                f"{side}__article__{f}"
                for side in ("source", "target")
                for f in HEAVY_ARTICLE_FIELDS
            ]
        )
        .order_by("-created_at", "-id")
    )
    if status == "unresolved" or not status:
        links = links.filter(status__in=[Link.Status.OPEN, Link.Status.CONFIRMED])
    elif status != "all":
        links = links.filter(status=status)
    if story:
        links = links.filter(
            Q(source__article__story__slug=story)
            | Q(target__article__story__slug=story)
        )
    if outlet:
        links = links.filter(
            Q(source__article__outlet__name=outlet)
            | Q(target__article__outlet__name=outlet)
        )
    if origin:
        links = links.filter(origin=origin)
    return links


def compare_articles(
    story: Story, chosen: list[int], most: int = 3
) -> tuple[list[Article], list[Article], dict[int, list[dict]], dict[int, list[int]]]:
    """Return the articles to show side by side (the chosen ones, else the first two),
    all the story's articles, each shown article's claims and quotes, and the live
    links among them (annotation id -> linked ids). Three queries."""
    articles = list(
        Article.objects.filter(story=story)
        .select_related("outlet")
        .defer("raw_text", "blocks", "restored_blocks", "sketch")
        .order_by("published_at", "id")
    )
    by_pk = {a.pk: a for a in articles}
    picked = [by_pk[pk] for pk in dict.fromkeys(chosen) if pk in by_pk][:most]
    for article in articles:
        if len(picked) >= 2:
            break
        if article not in picked:
            picked.append(article)
    ids = [a.pk for a in picked]
    rows: dict[int, list[dict]] = {pk: [] for pk in ids}
    found = []
    for pk, article_id, kind, start, end, exact, value, unit, approx in (
        Annotation.objects.alive()
        .filter(
            article_id__in=ids, kind__in=[Annotation.Kind.CLAIM, Annotation.Kind.QUOTE]
        )
        .exclude(status=Annotation.Status.REJECTED)
        .order_by("article_id", "start", "-end")
        .values_list(
            "pk",
            "article_id",
            "kind",
            "start",
            "end",
            "exact",
            "value",
            "unit",
            "approximate",
        )
    ):
        value_text = quantity_text(value, unit, approx)
        label = f"{exact} ({value_text})" if value_text else exact
        rows[article_id].append(
            {"pk": pk, "kind": kind, "start": start, "end": end, "label": label[:200]}
        )
        found.append(pk)
    linked: dict[int, list[int]] = {}
    for source_id, target_id in (
        Link.objects.live()
        .filter(source_id__in=found, target_id__in=found)
        .values_list("source_id", "target_id")
    ):
        linked.setdefault(source_id, []).append(target_id)
        linked.setdefault(target_id, []).append(source_id)
    return picked, articles, rows, linked


def article_bodies(pks: Iterable[int]) -> dict[int, str]:
    """Return the bodies of the articles `pks` (the library defers them), by pk."""
    return dict(Article.objects.filter(pk__in=list(pks)).values_list("pk", "body"))
