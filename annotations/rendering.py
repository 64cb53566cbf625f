"""HTML the pages need fast: the reader's body and side panel, and the page contexts built on them.

Templates render everything else. These pieces are built with f-strings
because the reader shows a thousand annotations in well under 100 ms (`make
bench`); every piece of article or user text goes through html.escape().

    reader_context(request, article, filters)   the reader page's context
    reader_regions(request, article, message, ...)  the answer to a write in the reader
    fresh_body(request, article)                the body as stored now, out of band
    panel_was_shown(request, annotation)        whether the panel lists it (before a write)
    body_html(body, rows, within=None)          the highlighted body (or its paragraphs in within)
    panel_items_html(rows, ..., oob=False)      the side panel's items
    options_html(choices, selected, blank)      a filter's <option> list, the kept choice selected
    story_links_context(story)                  the story page's links section
    compare_body_html(body, rows, linked)       a body in the side-by-side view
    url_maker(name)                             pk -> URL, reversing once
    change_value_text(value, field)             one value of a history entry, readable
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from html import escape  # Django's lazy-aware escape() costs 3x in the loops below

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.template.defaultfilters import yesno
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.formats import date_format, time_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django_htmx.http import trigger_client_event

from annotations import selectors
from annotations.forms import PanelFilterForm, SuggestionReviewForm
from annotations.models import Annotation, Article, Link, Story
from annotations.quantities import number_text, quantity_text, unit_label
from annotations.search import tokens
from annotations.selectors import LinkEnd, Row
from annotations.text.anchoring import body_version
from annotations.text.runs import paragraphs
from annotations.text.snippets import around, snippet_html

READER_TEMPLATE = "annotations/article_detail.html"
MESSAGES_TEMPLATE = "annotations/_annotation_messages.html"
SUGGESTIONS_TEMPLATE = "annotations/article_suggestions.html"
COVERAGE_WORDS = 20  # characters of words either side of a claim in a coverage cell


def url_maker(name: str) -> Callable[[int], str]:
    """Return pk -> URL for a URL name taking one pk; reversing once per page, not per row."""
    marker = 2147483647
    head, tail = reverse(f"annotations:{name}", args=[marker]).split(str(marker))
    return lambda pk: f"{head}{pk}{tail}"


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
    oob: bool = False,
) -> SafeString:
    """Return the side panel's <li> items, one per annotation, all text escaped.

    Rendered here rather than by an included template: a thousand includes cost
    about half a second, these lines a few milliseconds. links (see
    selectors.reader_links) are listed under their annotation. oob marks each
    item for an out-of-band swap, replacing the item of the same id.
    """
    links = links or {}
    relations = {k: escape(str(label)) for k, label in Link.Relation.choices}
    link_statuses = {k: escape(str(label)) for k, label in Link.Status.choices}
    link_url, reader_url = url_maker("link-create"), url_maker("article-detail")
    link_word = escape(_("Link"))
    kinds = {k: escape(str(label)) for k, label in Annotation.Kind.choices}
    statuses = {k: escape(str(label)) for k, label in Annotation.Status.choices}
    forms = {k: escape(str(label)) for k, label in Annotation.QuoteForm.choices}
    edit_url, delete_url, detail_url, accept_url, reject_url = (
        url_maker(n)
        for n in (
            "annotation-update",
            "annotation-delete",
            "annotation-detail",
            "annotation-accept",
            "annotation-reject",
        )
    )
    accept, reject = escape(_("Accept")), escape(_("Reject"))
    confidence_title = escape(_("How sure the suggestion is"))
    unsure_title = escape(_("Unsure: check this suggestion before accepting it"))
    unsure = escape(_("unsure"))
    history, edit, delete = (escape(w) for w in (_("History"), _("Edit"), _("Delete")))
    imported = escape(_("import"))
    automatic = escape(_("automatic"))
    csrf = (
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
    )
    swap = ' hx-swap-oob="true"' if oob else ""
    out: list[str] = []
    for r in rows:
        pk = r.pk
        excerpt = r.exact if len(r.exact) <= 80 else r.exact[:77] + "…"
        out.append(
            f'<li id="item-{pk}"{swap} class="annotation-item k-{r.kind} st-{r.status}" data-id="{pk}"'
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
        if r.status == Annotation.Status.SUGGESTED and r.confidence is not None:
            if r.confidence < Annotation.UNSURE_BELOW:
                out.append(
                    f'<span class="confidence unsure" title="{unsure_title}">'
                    f"{unsure} {r.confidence:.2f}</span>"
                )
            else:
                out.append(
                    f'<span class="confidence" title="{confidence_title}">'
                    f"{r.confidence:.2f}</span>"
                )
        for _tag_id, name, colour in r.tags:
            out.append(
                f'<span class="tag" style="--tag: {escape(colour)}">{escape(name)}</span>'
            )
        if r.note:
            out.append(f'<p class="note">{escape(r.note)}</p>')
        if pk in links:
            out.append(_links_html(links[pk], relations, link_statuses, reader_url))
        if r.author_id:
            author = escape(r.author_name)
        else:  # suggestions carry a confidence; imported annotations do not
            author = automatic if r.confidence is not None else imported
        out.append(
            f'<div class="item-actions"><span class="author muted">{author}</span>'
            f'<a href="{detail_url(pk)}">{history}</a>'
        )
        if can_edit and r.status == Annotation.Status.SUGGESTED:
            # a / r in the reader submit these forms (reader.js).
            for verb, url, label in (
                ("accept", accept_url(pk), accept),
                ("reject", reject_url(pk), reject),
            ):
                out.append(
                    f'<form class="{verb}-form" method="post" action="{url}" '
                    f'hx-post="{url}" hx-target="#annotation-editor" '
                    f'hx-swap="outerHTML">{csrf}<button class="link-button">{label} '
                    f"<kbd>{verb[0]}</kbd></button></form>"
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


def reader_context(
    request: HttpRequest, article: Article, filters: Mapping | None = None
) -> dict:
    """Return what the reader's template and its partials need, in a fixed number of queries.

    filters is the query (or form) data holding the side panel's `f-` fields; the
    body always shows every live annotation, the panel only the matching ones.
    """
    rows = selectors.reader_rows(article)
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
    shown = [r for r in rows if selectors.row_matches(r, active)] if active else rows
    can_edit = request.user.has_perm("annotations.add_annotation")

    def options(found: dict) -> list[tuple[int, str]]:
        return sorted(found.items(), key=lambda item: item[1].casefold())

    def select(name: str, choices: Iterable[tuple[object, str]]) -> SafeString:
        return options_html(choices, active.get(name), _("all"))

    return {
        "article": article,
        "body_html": body_html(article.body, rows),
        "body_version": body_version(article.body),
        "panel_items": panel_items_html(
            shown,
            can_edit=can_edit,
            csrf_token=get_token(request),
            links=selectors.reader_links(article, [r.pk for r in shown]),
        ),
        "shown_count": len(shown),
        "annotation_count": len(rows),
        "filter_form": filter_form,
        # The <option>s of the panel's filters, written here: an editor per
        # load-test run or a long article's speakers made the template loops
        # a third of the reader template's time.
        "kind_select": select("kind", Annotation.Kind.choices),
        "speaker_select": select("speaker", options(speakers)),
        "tag_select": select("tag", options(tags)),
        "status_select": select("status", Annotation.Status.choices),
        "author_select": select("author", options(authors)),
    }


def options_html(
    choices: Iterable[tuple[object, str]], selected: object, blank: str
) -> SafeString:
    """Return a <select>'s options: `blank` for no value, then each (value, label), `selected` marked."""
    out = [f'<option value="">{escape(str(blank))}</option>']
    for value, label in choices:
        mark = " selected" if value == selected else ""
        out.append(
            f'<option value="{escape(str(value))}"{mark}>{escape(str(label))}</option>'
        )
    return mark_safe("".join(out))  # every value and label went through escape()


def _active_filters(request: HttpRequest) -> dict:
    return PanelFilterForm(request.POST).active() if request.POST else {}


def panel_was_shown(request: HttpRequest, annotation: Annotation) -> bool:
    """Return whether the side panel lists the annotation now, before a write changes it.

    The panel's filters come with every write (hx-include); pass the answer to
    reader_regions(was_shown=...) so the item leaves the panel if it was there.
    """
    active = _active_filters(request)
    if not active:  # the panel lists every live annotation
        return annotation.deleted_at is None
    alive = Annotation.objects.alive().filter(pk=annotation.pk)
    return selectors.panel_filter(alive, active).exists()


def reader_regions(
    request: HttpRequest,
    article: Article,
    message: str,
    *,
    level: str = "success",
    annotation: Annotation | None = None,
    action: str = "",
    undo: Annotation | None = None,
    spans: tuple[tuple[int, int], ...] = (),
    was_shown: bool = False,
) -> HttpResponse:
    """Return the closed editor, the changed body and side panel, and a message in one response.

    The answer to every HTMX write made from the reader (annotate, delete,
    restore, accept a suggestion…): htmx swaps the closed editor into the
    request's target and the rest out of band, then the page hears
    `annotations-changed` with {"id", "action"}.

    spans are the stretches of the body the write touched (old and new place of
    the annotation): only their paragraphs and the annotation's own item in the
    panel are sent, as out-of-band swaps, so a save costs the same with ten or a
    thousand annotations on the page. With no spans, or a panel of at most one
    item (whose empty state may change), the whole body and panel are sent.
    """
    active = _active_filters(request)
    alive = Annotation.objects.alive().filter(article=article)
    # The count and the review bar's suggestions, in one query.
    counted = (
        alive.order_by()
        .values_list("status", "kind")
        .annotate(n=Count("pk"))
        .values_list("status", "kind", "n")
    )
    total, waiting = 0, {}
    for status, kind, n in counted:
        total += n
        if status == Annotation.Status.SUGGESTED:
            waiting[kind] = n
    shown_qs = selectors.panel_filter(alive, active)
    shown = shown_qs.count() if active else total
    closed = render_to_string(f"{READER_TEMPLATE}#annotation-editor", {}, request)
    note = render_to_string(
        MESSAGES_TEMPLATE,
        {"message": message, "level": level, "undo": undo},
        request,
    )
    if annotation is None or not spans or shown <= 1:
        ctx = reader_context(request, article, request.POST)
        parts = [
            closed,
            render_to_string(
                f"{READER_TEMPLATE}#article-body", {**ctx, "oob": True}, request
            ),
            render_to_string(
                f"{READER_TEMPLATE}#annotation-panel", {**ctx, "oob": True}, request
            ),
        ]
    else:
        body = article.body
        within = selectors.paragraph_bounds(
            body, min(s for s, _e in spans), max(e for _s, e in spans)
        )
        rows = selectors.reader_rows(article, within=within)
        parts = [closed, body_html(body, rows, within=within)]
        if was_shown:
            parts.append(f'<li id="item-{annotation.pk}" hx-swap-oob="delete"></li>')
        row = next((r for r in rows if r.pk == annotation.pk), None)
        if row is not None and (not active or selectors.row_matches(row, active)):
            after = (
                Q(start__gt=row.start)
                | Q(start=row.start, end__lt=row.end)
                | Q(start=row.start, end=row.end, pk__gt=row.pk)
            )
            following = (
                shown_qs.filter(after)
                .order_by("start", "-end", "pk")
                .values_list("pk", flat=True)
                .first()
            )
            where = (
                f"beforebegin:#item-{following}"
                if following
                else "beforeend:#annotation-list"
            )
            item = panel_items_html(
                [row],
                can_edit=request.user.has_perm("annotations.add_annotation"),
                csrf_token=get_token(request),
                # Nobody can have linked an annotation saved a moment ago.
                links=(
                    {}
                    if action == "created"
                    else selectors.reader_links(article, [row.pk])
                ),
            )
            parts.append(f'<ol hx-swap-oob="{where}">{item}</ol>')
        count = f"{shown} / {total}" if shown != total else str(total)
        parts.append(
            f'<span id="annotation-count" class="count" hx-swap-oob="true">{count}</span>'
        )
    # The suggestion review bar's counts, as they are after this write: a
    # refresh asked for afterwards could arrive after the next write's.
    parts.append(
        render_to_string(
            f"{SUGGESTIONS_TEMPLATE}#suggestion-review",
            {**review_context(article, waiting), "oob": True},
            request,
        )
    )
    response = HttpResponse("".join([*parts, note]))
    return trigger_client_event(
        response,
        "annotations-changed",
        {"id": annotation.pk if annotation else None, "action": action},
        after="settle",
    )


def _suggestions_waiting(article: Article) -> dict[str, int]:
    """Return {kind: suggestions waiting} for the article, in one query."""
    return dict(
        Annotation.objects.alive()
        .filter(article=article, status=Annotation.Status.SUGGESTED)
        .order_by()
        .values_list("kind")
        .annotate(n=Count("pk"))
        .values_list("kind", "n")
    )


def review_context(article: Article, waiting: dict[str, int] | None = None) -> dict:
    """The suggestion review bar's context: what waits, by kind, and whether more is coming.

    waiting is {kind: suggestions waiting} when the caller has counted them.
    """
    if waiting is None:
        waiting = _suggestions_waiting(article)
    kinds = dict(Annotation.Kind.choices)
    return {
        "article": article,
        "pending": article.suggestions_pending_since is not None,
        "waiting_total": sum(waiting.values()),
        "waiting_kinds": [(k, kinds.get(k, k), n) for k, n in sorted(waiting.items())],
        "review_form": SuggestionReviewForm(),
    }


def fresh_body(request: HttpRequest, article: Article) -> str:
    """Return #article-body as stored now, marked for an out-of-band swap.

    Sent with the refusal of a selection made on an older body (another editor
    restored or removed a paragraph meanwhile): the editor selects again on the
    current text, with its version, without reloading the page.
    """
    article.refresh_from_db(fields=["body"])
    ctx = {
        "article": article,
        "body_html": body_html(article.body, selectors.reader_rows(article)),
        "body_version": body_version(article.body),
        "oob": True,
    }
    return render_to_string(f"{READER_TEMPLATE}#article-body", ctx, request)


def story_links_context(story: Story) -> dict:
    """Return the story page's links section: open ones first, dismissed ones apart."""
    links, dismissed = selectors.story_links(story)
    for link in (*links, *dismissed):
        for side in (link.source, link.target):
            side.value_text = quantity_text(side.value, side.unit, side.approximate)
    return {
        "story_links": links,
        "dismissed_links": dismissed,
        "link_actions": [
            (Link.Status.CONFIRMED, _("Confirm")),
            (Link.Status.DISMISSED, _("Dismiss")),
            (Link.Status.RESOLVED, _("Resolve")),
            (Link.Status.OPEN, _("Reopen")),
        ],
    }


def compare_body_html(
    body: str, rows: list[dict], linked: Mapping[int, list[int]]
) -> SafeString:
    """Return a body for the side-by-side view: each claim or quote a focusable mark.

    rows are selectors.compare_articles' dicts (pk, kind, start, end, label);
    a mark lists its linked counterparts in data-links, so the script can jump
    to them. Only an annotation's first run is focusable. All text is escaped.
    """
    by_id = {r["pk"]: r for r in rows}
    out = []
    for para in paragraphs(body, [(r["pk"], r["start"], r["end"]) for r in rows]):
        out.append("<p>")
        for run in para.runs:
            text = escape(body[run.start : run.end])
            if not run.ids:
                out.append(text)
                continue
            row = by_id[run.ids[-1]]
            others = linked.get(row["pk"], [])
            classes = f"cmp-mark k-{row['kind']}" + (" linked" if others else "")
            attrs = f' data-id="{row["pk"]}" data-kind="{row["kind"]}"'
            if others:
                attrs += f' data-links="{" ".join(map(str, others))}"'
            if run.start == row["start"]:
                attrs += (
                    f' id="cmp-a{row["pk"]}" tabindex="0" role="button"'
                    f' aria-label="{escape(row["label"])}"'
                )
            out.append(f'<mark class="{classes}"{attrs}>{text}</mark>')
        out.append("</p>")
    return mark_safe("".join(out))


def coverage_table_html(
    coverage: selectors.Coverage, *, story: Story, can_edit: bool, csrf_token: str
) -> SafeString:
    """Return the coverage table (one row per fact, one column per source) as HTML.

    Built with f-strings, like the reader's body: a story of 50 articles has
    thousands of cells, which the template engine renders ten times slower.
    Every piece of article or user text is escaped.
    """
    reader = url_maker("article-detail")
    move = reverse("annotations:fact-claim-move", args=[story.slug])
    # Translated outside the f-strings: xgettext does not read inside them.
    fact_label = escape(_("Fact"))
    disagree_title = escape(
        _("The outlets give values that disagree beyond their hedges")
    )
    disagree_label = escape(_("disagree"))
    agree_label = escape(_("agree"))
    alone_label = escape(_("one source"))
    not_this_label = escape(_("Not this fact"))
    move_label = escape(_("Move…"))
    rename_label = escape(_("Rename"))
    same_in = _("the same in %(outlet)s")
    out = ['<table class="list coverage-table"><thead><tr>']
    out.append(f'<th scope="col">{fact_label}</th>')
    for column in coverage.columns:
        copies = ""
        if column.copies:
            copies = '<div class="muted small">{}</div>'.format(
                escape(
                    _("+ %(copies)s (copy: one source)")
                    % {"copies": ", ".join(column.copies)}
                )
            )
        out.append(f'<th scope="col">{escape(column.outlet)}{copies}</th>')
    out.append("</tr></thead><tbody>")
    disagree = (
        f'<span class="disagree-mark" title="'
        f'{disagree_title}">'
        f"≠ {disagree_label}</span>"
    )
    agree = f'<span class="agree-mark">= {agree_label}</span>'
    # One source alone neither agrees nor disagrees with anybody.
    alone = f'<span class="muted small">{alone_label}</span>'
    button = rename = ""
    if can_edit:
        # One form for every "Not this fact" button: each button names its claim.
        out.insert(
            0,
            f'<form id="coverage-move" method="post" action="{move}" hx-post="{move}"'
            ' hx-target="#story-coverage" hx-swap="outerHTML">'
            f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
            '<input type="hidden" name="fact" value=""></form>',
        )
        # Without JS the browser submits the form with the button's value; htmx
        # posts from the button itself (it does not send an outside submitter).
        # The table sets hx-target and hx-swap for every button and link in it:
        # a story of 50 articles has thousands of cells, each attribute counts.
        at = out.index('<table class="list coverage-table"><thead><tr>')
        out[at] = (
            '<table class="list coverage-table" hx-target="#story-coverage"'
            ' hx-swap="outerHTML"><thead><tr>'
        )
        button = (
            '<button form="coverage-move" name="claim" value="{pk}" class="link-button small"'
            f' hx-post="{move}" hx-vals=\'{{"claim": "{{pk}}", "fact": ""}}\'>'
            f"{not_this_label}</button>"
        )
        # The move form replaces the link (a page of its own without JS).
        marker = "987654321"
        move_form = reverse(
            "annotations:fact-claim-move-form", args=[story.slug, marker]
        ).replace(marker, "{pk}")
        button += (
            f' <a class="small" href="{move_form}" hx-get="{move_form}"'
            f' hx-target="this">{move_label}</a>'
        )
        rename_url = reverse(
            "annotations:fact-rename", args=[story.slug, marker]
        ).replace(marker, "{pk}")
        rename = (
            f'<a class="small rename-link" href="{rename_url}" hx-get="{rename_url}"'
            f' hx-target="this">{rename_label}</a>'
        )
    empty = '<span class="muted">—</span>'
    for row in coverage.rows:
        css = "fact-row disagree" if row.disagree else "fact-row"
        out.append(
            f'<tr class="{css}" id="fact-{row.fact.pk}"><th scope="row">'
            f"{disagree if row.disagree else agree if row.outlet_count > 1 else alone}"
            f'<div class="fact-label">{escape(row.fact.label)}</div>'
            f'<div class="muted small fact-values">{escape(" · ".join(row.values))}</div>'
            f"{rename.replace('{pk}', str(row.fact.pk))}</th>"
        )
        for cells in row.cells:
            out.append("<td>")
            if not cells:
                out.append(empty)
            shown: set[tuple[str, str, str, str]] = set()
            for cell in cells:
                before, after = around(cell.prefix, cell.suffix, COVERAGE_WORDS)
                said = (cell.value_text, before, cell.exact, after)
                if said in shown:
                    # A wire copy repeating its original's words: named, not repeated.
                    out.append(
                        f'<div class="coverage-cell coverage-copy g{cell.group}">'
                        f'<a class="small" href="{reader(cell.article.pk)}#a{cell.pk}">'
                        + escape(same_in % {"outlet": cell.article.outlet.name})
                        + f"</a> {button.replace('{pk}', str(cell.pk))}</div>"
                    )
                    continue
                shown.add(said)
                out.append(
                    f'<div class="coverage-cell g{cell.group}">'
                    f'<a href="{reader(cell.article.pk)}#a{cell.pk}">'
                    f'<strong class="value">{escape(cell.value_text)}</strong></a>'
                    f'<q lang="{escape(cell.article.language)}">{escape(before)}'
                    f"<b>{escape(cell.exact)}</b>{escape(after)}</q>"
                    f"{button.replace('{pk}', str(cell.pk))}</div>"
                )
            out.append("</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return mark_safe("".join(out))


def attach_search_snippets(articles: Iterable[Article], query: str) -> None:
    """Give each of `articles` a `search_snippet`: its body around the first match of `query`.

    Escaped HTML with the matched words in <mark> (annotations.text.snippets); the
    bodies are read in one query, since the library defers them.
    """
    words = tokens(query)
    articles = list(articles)
    if not words or not articles:
        return
    bodies = selectors.article_bodies(a.pk for a in articles)
    for article in articles:
        article.search_snippet = mark_safe(
            snippet_html(bodies.get(article.pk, ""), words)
        )


# Fields of a history entry whose text is a number in machine form ("7.5").
_NUMBER_FIELDS = {"value"}
# Fields of a history entry stored as a code ("suggested", "min") with a label to show.
_CHOICE_FIELDS = ("kind", "quote_form", "status", "origin", "bound", "relation")


def _field(name: str):
    """Return the Annotation or Link field a history entry names, or None."""
    for model in (Annotation, Link):
        try:
            return model._meta.get_field(name)
        except FieldDoesNotExist:  # a key of an older entry
            continue
    return None


def change_items(changes: Mapping) -> list[tuple[str, object]]:
    """Return a history entry's changed fields in the form's order, on every database.

    PostgreSQL's jsonb keeps keys sorted by length, SQLite as written: the
    history must read the same on both ("Value", "Approximate", "Status", "Tags").
    """
    order = {}
    for model in (Annotation, Link):
        for field in model._meta.get_fields():
            order.setdefault(field.name, len(order))
    return sorted(
        changes.items(), key=lambda item: (order.get(item[0], len(order)), item[0])
    )


def change_field_text(name: str) -> str:
    """Return the name of a changed field as the interface calls it: "Approximate", "Perkiraan"."""
    field = _field(name)
    label = getattr(field, "verbose_name", "") if field is not None else ""
    return capfirst(str(label)) if label else name


def _choice_label(field: str, value: str) -> str | None:
    for model in (Annotation, Link):
        try:
            choices = model._meta.get_field(field).flatchoices
        except FieldDoesNotExist:
            continue
        for code, label in choices:
            if code == value:
                return str(label)
    return None


def change_value_text(value, field: str = "") -> str:
    """Return one old or new value of a history entry as an editor reads it.

    Tags join with commas, numbers take the active language's separators
    ("7,5"), booleans read yes/no, and nothing at all is an em dash.
    """
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return yesno(value)
    if isinstance(value, list | tuple):
        return ", ".join(change_value_text(v) for v in value)
    if isinstance(value, int | float | Decimal):
        return number_text(Decimal(str(value)))
    if field in _NUMBER_FIELDS and isinstance(value, str):
        try:
            return number_text(Decimal(value))
        except InvalidOperation:
            return value
    if field in _CHOICE_FIELDS and isinstance(value, str):
        return _choice_label(field, value) or value
    if field == "unit" and isinstance(value, str):
        return unit_label(value, Decimal(2))  # "hours", "jam"; a typed unit as typed
    return str(value)


_DETAILS = ("title", "outlet", "published_on", "published_time", "story")


def _detail_key(value):
    return getattr(value, "pk", value) if value is not None else None


def details_not_saved(submitted: Mapping, form) -> list[tuple[str, str]]:
    """Return (label, value) for each article detail an editor typed that differs from the saved one.

    `submitted` is the cleaned data of a form whose save lost a race; `form` is the
    fresh form showing what is saved now. The page lists these so nothing the
    editor typed is lost: they see it beside the other editor's version.
    """
    rows = []
    for name in _DETAILS:
        mine, saved = submitted.get(name), form.initial.get(name)
        if _detail_key(mine) == _detail_key(saved) or (not mine and not saved):
            continue
        if mine in (None, ""):
            text = _("(no story)") if name == "story" else "—"
        elif name == "published_on":
            text = date_format(mine, "j F Y")
        elif name == "published_time":
            text = time_format(mine, "H:i")
        else:
            text = str(mine)
        rows.append((str(form.fields[name].label), text))
    return rows
