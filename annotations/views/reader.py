"""The reader: an article's body with its annotations highlighted, and the side panel."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from html import escape  # Django's lazy-aware escape() costs 3x in the loops below
from typing import NamedTuple

from django.db.models import Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from annotations.forms import PanelFilterForm
from annotations.models import Annotation, Article, Link
from annotations.quantities import quantity_text
from annotations.text.anchoring import body_version
from annotations.text.runs import paragraphs
from annotations.views import HtmxHttpRequest

TEMPLATE = "annotations/article_detail.html"


def _url_maker(name: str) -> Callable[[int], str]:
    """Return pk -> URL for a URL name taking one pk; reversing once per page, not per row."""
    marker = 2147483647
    head, tail = reverse(f"annotations:{name}", args=[marker]).split(str(marker))
    return lambda pk: f"{head}{pk}{tail}"


class Row:
    """One live annotation as the reader shows it: plain values, no model instance.

    The reader of a long article shows a thousand of these; loading them with
    values_list() and rendering them here keeps the page well under 100 ms.
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
        self.tags: list[tuple[int, str, str]] = []  # (id, name, colour)


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


def load_rows(article: Article, within: tuple[int, int] | None = None) -> list[Row]:
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


def load_links(
    article: Article, *, annotation: int | None = None
) -> dict[int, list[LinkEnd]]:
    """Return annotation id -> the other ends of its links, in one query.

    Covers the article's live annotations (or only `annotation`); links to
    deleted annotations and dismissed links are left out.
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


def body_html(
    body: str, rows: Iterable[Row], *, within: tuple[int, int] | None = None
) -> SafeString:
    """Return the body as <p> paragraphs of runs, each run marked with its annotations.

    Every run carries data-start/data-end (code points into body) so the script
    can turn a DOM selection back into body offsets. Annotated runs are <mark>s
    listing their annotations in data-ids, outermost first; the innermost one
    gives the colour. All text is escaped here.

    within=(start, end) renders only the paragraphs overlapping that stretch, each
    marked for an out-of-band swap (after a write, only they change).
    """
    by_id = {r.pk: r for r in rows}
    first_run: set[int] = set()
    out: list[str] = []
    oob = ""
    for para in paragraphs(body, [(r.pk, r.start, r.end) for r in by_id.values()]):
        if within is not None:  # paragraph bounds, see paragraph_bounds()
            if para.start < within[0]:
                continue
            if para.start >= within[1]:
                break
            oob = ' hx-swap-oob="true"'
        out.append(
            f'<p id="p{para.start}" data-start="{para.start}" data-end="{para.end}"{oob}>'
        )
        for run in para.runs:
            text = escape(body[run.start : run.end])
            if not run.ids:
                out.append(
                    f'<span data-start="{run.start}" data-end="{run.end}">{text}</span>'
                )
                continue
            inner = by_id[run.ids[-1]]
            classes = [f"k-{inner.kind}", f"st-{inner.status}"]
            if len(run.ids) > 1:
                kinds = sorted({by_id[i].kind for i in run.ids} - {inner.kind})
                classes += [f"has-{k}" for k in kinds]
                classes.append("stacked")
            anchors = [i for i in run.ids if i not in first_run]
            first_run.update(anchors)
            # The first run of an annotation carries its anchor (#a<pk>).
            anchor = f' id="a{anchors[-1]}"' if anchors else ""
            out.append(
                f'<mark{anchor} class="{" ".join(classes)}" data-start="{run.start}" '
                f'data-end="{run.end}" data-ids="{" ".join(map(str, run.ids))}">'
                f"{text}</mark>"
            )
        out.append("</p>")
    return mark_safe("".join(out))  # every piece of text above went through escape()


def _links_html(
    ends: list[LinkEnd],
    relations: Mapping[str, str],
    statuses: Mapping[str, str],
    reader_url: Callable[[int], str],
) -> str:
    """Return an item's links: "contradicts · Kompas TV: “7,5 jam”", each to the other reader."""
    out = ['<ul class="item-links">']
    for end in ends:
        words = end.exact if len(end.exact) <= 60 else end.exact[:57] + "…"
        status = (
            ""
            if end.status == Link.Status.OPEN
            else f' <span class="link-status">{statuses[end.status]}</span>'
        )
        out.append(
            f'<li class="item-link r-{end.relation} ls-{end.status}">'
            f'<span class="relation">{relations[end.relation]}</span> · '
            f'<a href="{reader_url(end.article_id)}#a{end.annotation_id}">'
            f"{escape(end.outlet)}: “{escape(words)}”</a>{status}</li>"
        )
    out.append("</ul>")
    return "".join(out)


def panel_items_html(
    rows: Iterable[Row],
    *,
    can_edit: bool,
    csrf_token: str,
    links: Mapping[int, list[LinkEnd]] | None = None,
) -> SafeString:
    """Return the side panel's <li> items, one per annotation, all text escaped.

    Rendered here rather than by an included template: a thousand includes cost
    about half a second, these lines a few milliseconds. links (see load_links)
    are listed under their annotation.
    """
    links = links or {}
    relations = {k: escape(str(label)) for k, label in Link.Relation.choices}
    link_statuses = {k: escape(str(label)) for k, label in Link.Status.choices}
    link_url, reader_url = _url_maker("link-create"), _url_maker("article-detail")
    link_word = escape(_("Link"))
    kinds = {k: escape(str(label)) for k, label in Annotation.Kind.choices}
    statuses = {k: escape(str(label)) for k, label in Annotation.Status.choices}
    forms = {k: escape(str(label)) for k, label in Annotation.QuoteForm.choices}
    edit_url, delete_url, detail_url = (
        _url_maker(n)
        for n in ("annotation-update", "annotation-delete", "annotation-detail")
    )
    history, edit, delete = (escape(w) for w in (_("History"), _("Edit"), _("Delete")))
    imported = escape(_("import"))
    csrf = (
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
    )
    out: list[str] = []
    for r in rows:
        pk = r.pk
        excerpt = r.exact if len(r.exact) <= 80 else r.exact[:77] + "…"
        out.append(
            f'<li id="item-{pk}" class="annotation-item k-{r.kind} st-{r.status}" data-id="{pk}"'
        )
        if can_edit:
            out.append(f' data-edit-url="{edit_url(pk)}"')
        out.append(
            f'><a class="jump" href="#a{pk}"><span class="kind">{kinds.get(r.kind, "")}</span>'
        )
        if r.status != Annotation.Status.ACCEPTED:
            out.append(f' <span class="status">{statuses.get(r.status, "")}</span>')
        if r.speaker_id:
            out.append(f' <span class="speaker">{escape(r.speaker_name)}</span>')
        out.append(f' <q class="excerpt">{escape(excerpt)}</q></a>')
        if r.kind == Annotation.Kind.CLAIM and r.value is not None:
            value = escape(quantity_text(r.value, r.unit, r.approximate))
            out.append(f'<span class="value">{value}</span>')
        if r.quote_form:
            out.append(f'<span class="quote-form">{forms.get(r.quote_form, "")}</span>')
        for _tag_id, name, colour in r.tags:
            out.append(
                f'<span class="tag" style="--tag: {escape(colour)}">{escape(name)}</span>'
            )
        if r.note:
            out.append(f'<p class="note">{escape(r.note)}</p>')
        if pk in links:
            out.append(_links_html(links[pk], relations, link_statuses, reader_url))
        author = escape(r.author_name) if r.author_id else imported
        out.append(
            f'<div class="item-actions"><span class="author muted">{author}</span>'
            f'<a href="{detail_url(pk)}">{history}</a>'
        )
        if can_edit:
            e, d, li = edit_url(pk), delete_url(pk), link_url(pk)
            out.append(
                f'<a class="edit" href="{e}" hx-get="{e}" hx-target="#annotation-editor" '
                f'hx-swap="outerHTML">{edit}</a><a class="link-action" href="{li}" '
                f'hx-get="{li}" hx-target="#annotation-editor" hx-swap="outerHTML">'
                f'{link_word}</a><form class="delete-form" method="post" '
                f'action="{d}" hx-post="{d}" hx-target="#annotation-editor" '
                f'hx-swap="outerHTML">{csrf}<button class="link-button danger">{delete}'
                "</button></form>"
            )
        out.append("</div></li>")
    return mark_safe("".join(out))  # every piece of text above went through escape()


def _matches(row: Row, active: Mapping) -> bool:
    if "kind" in active and row.kind != active["kind"]:
        return False
    if "status" in active and row.status != active["status"]:
        return False
    if "speaker" in active and row.speaker_id != active["speaker"]:
        return False
    if "author" in active and row.author_id != active["author"]:
        return False
    return "tag" not in active or any(t[0] == active["tag"] for t in row.tags)


def reader_context(
    request: HttpRequest, article: Article, filters: Mapping | None = None
) -> dict:
    """Return what the reader's template and its partials need, in a fixed number of queries.

    filters is the query (or form) data holding the side panel's `f-` fields; the
    body always shows every live annotation, the panel only the matching ones.
    """
    rows = load_rows(article)
    filter_form = PanelFilterForm(filters or None)
    active = filter_form.active() if filters else {}
    speakers, tags, authors = {}, {}, {}
    for r in rows:
        if r.speaker_id:
            speakers[r.speaker_id] = r.speaker_name
        if r.author_id:
            authors[r.author_id] = r.author_name
        for tag_id, name, _colour in r.tags:
            tags[tag_id] = name
    shown = [r for r in rows if _matches(r, active)] if active else rows
    can_edit = request.user.has_perm("annotations.add_annotation")

    def options(found: dict) -> list[tuple[int, str]]:
        return sorted(found.items(), key=lambda item: item[1].casefold())

    return {
        "article": article,
        "body_html": body_html(article.body, rows),
        "body_version": body_version(article.body),
        "panel_items": panel_items_html(
            shown,
            can_edit=can_edit,
            csrf_token=get_token(request),
            links=load_links(article),
        ),
        "shown_count": len(shown),
        "annotation_count": len(rows),
        "filter_form": filter_form,
        "active_filters": active,
        "speaker_options": options(speakers),
        "tag_options": options(tags),
        "author_options": options(authors),
        "kind_options": Annotation.Kind.choices,
        "status_options": Annotation.Status.choices,
    }


def get_article(pk: int) -> Article:
    duplicates = Prefetch(
        "near_duplicates", queryset=Article.objects.select_related("outlet")
    )
    return get_object_or_404(
        Article.objects.select_related("outlet", "story").prefetch_related(duplicates),
        pk=pk,
    )


@require_GET
@vary_on_headers("HX-Request")
def article_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    article = get_article(pk)
    ctx = reader_context(request, article, request.GET)
    undo = request.GET.get("undo", "")
    if undo.isdigit():
        # After a delete without JavaScript: offer the undo on the page itself.
        ctx["undo"] = Annotation.objects.filter(
            pk=int(undo), article=article, deleted_at__isnull=False
        ).first()
    template = TEMPLATE
    if request.htmx and request.htmx.target == "annotation-panel":
        template += "#annotation-panel"
    return render(request, template, ctx)
