"""Read queries for comparing outlets: a story's coverage table, the contradictions list.

The coverage table has one row per fact (claims grouped by what they
measure, see annotations.services.facts) and one column per independent
source: a wire copy shares its original's column. Each cell holds the
value and the outlet's words. Rows whose values disagree beyond their hedges
come first.

Every function reads a fixed number of queries, whatever the story's size.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q, QuerySet
from django.utils import timezone

from annotations.models import Annotation, Article, Fact, Link, Story
from annotations.quantities import quantity_text
from annotations.text.contradictions import value_groups
from annotations.text.facts import ArticleInfo, ClaimInfo, source_groups

_FIELDS = {f.name for f in Annotation._meta.get_fields()}
HEAVY = ("raw_text", "body", "blocks", "restored_blocks")


@dataclass
class Column:
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
class Cell:
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
class Row:
    fact: Fact
    cells: list[list[Cell]]  # one list per column
    values: list[str] = field(default_factory=list)  # the distinct values, in words
    disagree: bool = False

    @property
    def outlet_count(self) -> int:
        return sum(1 for c in self.cells if c)


@dataclass
class Coverage:
    columns: list[Column]
    rows: list[Row]
    loose: list[Cell]  # claims with a value in no fact, for moving into one

    @property
    def disagreeing(self) -> int:
        return sum(1 for r in self.rows if r.disagree)


def _claim_info(cell: Cell) -> ClaimInfo:
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
            .defer(*HEAVY)
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
    by_source: dict[int, Column] = {}
    for article in articles:
        source = sources[article.pk]
        column = by_source.setdefault(source, Column(source, [], []))
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
    if "bound" in _FIELDS:
        fields.append("bound")
    claims = (
        Annotation.objects.alive()
        .filter(article__story=story, kind=Annotation.Kind.CLAIM, value__isnull=False)
        .exclude(status=Annotation.Status.REJECTED)
        .order_by("article_id", "start")
        .values_list(*fields)
    )
    facts: dict[int, Fact] = {}
    cells_by_fact: dict[int, list[Cell]] = defaultdict(list)
    loose: list[Cell] = []
    for row in claims:
        (pk, article_id, value, unit, approx, exact, prefix, suffix,
         fact_id, label, origin, *rest) = row  # fmt: skip
        article = by_article.get(article_id)
        if article is None:
            continue  # moved to another story between two queries
        cell = Cell(
            pk, article, value, unit, approx, rest[0] if rest else "", exact,
            prefix, suffix, quantity_text(value, unit, approx),
        )  # fmt: skip
        if fact_id is None:
            loose.append(cell)
            continue
        if fact_id not in facts:
            facts[fact_id] = Fact(pk=fact_id, story=story, label=label, origin=origin)
        cells_by_fact[fact_id].append(cell)
    rows = []
    for fact_id, cells in cells_by_fact.items():
        grid: list[list[Cell]] = [[] for _ in columns]
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
            Row(
                facts[fact_id],
                grid,
                values,
                disagree=len(sources_reporting) > 1 and len(groups) > 1,
            )
        )
    rows.sort(key=lambda r: (not r.disagree, -r.outlet_count, r.fact.label.casefold()))
    return Coverage(columns, rows, loose)


COVERAGE_HEADER = ("fact", "outlet", "value", "unit", "words", "article_url")


def coverage_rows(coverage: Coverage, reader_url) -> list[tuple]:
    """Return the coverage CSV's rows: one per claim, in the table's order."""
    out = []
    for row in coverage.rows:
        for column, cells in zip(coverage.columns, row.cells, strict=True):
            for cell in cells:
                outlet = cell.article.outlet.name
                if column.copies and cell.article.pk == column.source:
                    outlet = f"{outlet} (+ {', '.join(column.copies)})"
                value = (
                    format(cell.value.normalize(), "f")
                    if cell.value is not None
                    else ""
                )
                out.append(
                    (
                        row.fact.label,
                        outlet,
                        value,
                        cell.unit,
                        cell.exact,
                        cell.article.url or reader_url(cell.article),
                    )
                )
    return out


# ---- The library's contradictions --------------------------------------------------


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
                for f in (*HEAVY, "sketch")
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


def side_day(annotation: Annotation):
    published = annotation.article.published_at
    return timezone.localtime(published).date() if published else None
