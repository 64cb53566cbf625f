"""Compare outlets: a story's coverage table, its side-by-side view, the library's contradictions.

The coverage table is a section of the story page (and a CSV); the
side-by-side view shows two or three articles of a story in columns that
scroll on their own, with linked annotations marked and linking by
keyboard; the contradictions page lists every contradiction of the library
with both sides and the confirm/dismiss workflow.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import content_disposition_header, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
)
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from annotations import selectors, services
from annotations.exporting import COVERAGE_HEADER, coverage_rows, stream_csv
from annotations.models import Annotation, Article, Fact, FactClaim, Link, Story
from annotations.quantities import quantity_text
from annotations.rendering import compare_body_html, coverage_table_html
from annotations.views import HtmxHttpRequest, text_param

COVERAGE_PAGE = "annotations/story_coverage.html"
COMPARE_PAGE = "annotations/story_compare.html"
FACT_EDIT_PAGE = "annotations/story_fact_edit.html"
CONTRADICTIONS_PAGE = "annotations/contradiction_list.html"
MESSAGES = "annotations/_annotation_messages.html"
MAX_COLUMNS = 3


def _require(request: HtmxHttpRequest, perm: str) -> None:
    if not request.user.has_perm(f"annotations.{perm}"):
        raise PermissionDenied(_("Viewers cannot change links or facts."))


def _message(request, message: str, level: str = "success") -> str:
    return render_to_string(MESSAGES, {"message": message, "level": level}, request)


# ---- Coverage table ---------------------------------------------------------------


def coverage_context(
    request: HtmxHttpRequest, story: Story, articles: list[Article] | None = None
) -> dict:
    coverage = selectors.story_coverage(story, articles)
    table = coverage_table_html(
        coverage,
        story=story,
        can_edit=request.user.has_perm("annotations.change_fact"),
        csrf_token=get_token(request),
    )
    return {"coverage": coverage, "coverage_table": table}


@require_GET
@vary_on_headers("HX-Request")
def story_coverage_view(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story, slug=slug)
    services.facts_refresh_if_stale(story=story)
    ctx = {"story": story, **coverage_context(request, story)}
    template = COVERAGE_PAGE
    if request.htmx:
        template += "#story-coverage"
    return render(request, template, ctx)


@require_GET
def story_coverage_export(request: HtmxHttpRequest, slug: str) -> StreamingHttpResponse:
    story = get_object_or_404(Story, slug=slug)
    services.facts_refresh_if_stale(story=story)
    coverage = selectors.story_coverage(story)
    base = request.build_absolute_uri("/").rstrip("/")

    def reader_url(article: Article) -> str:
        return base + article.get_absolute_url()

    response = StreamingHttpResponse(
        stream_csv(COVERAGE_HEADER, coverage_rows(coverage, reader_url)),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = content_disposition_header(
        True, f"coverage-{story.slug}.csv"
    )
    response["Cache-Control"] = "private, no-store"
    return response


def _coverage_answer(
    request: HtmxHttpRequest, story: Story, message: str, level: str
) -> HttpResponse:
    """Answer a fact edit: the story page without JS, the refreshed coverage with it.

    The coverage section is grouped again first (the move cleared the story's
    stamp), and "facts-changed" tells the links section to reload: a claim
    moved in or out of a fact changes what is proposed.
    """
    if not request.htmx:
        getattr(messages, level)(request, message)
        return redirect(f"{story.get_absolute_url()}#story-coverage")
    services.facts_refresh_if_stale(story=story)
    ctx = {"story": story, **coverage_context(request, story)}
    section = render_to_string(f"{COVERAGE_PAGE}#story-coverage", ctx, request)
    response = HttpResponse(section + _message(request, message, level))
    if level == "success":
        trigger_client_event(response, "facts-changed")
    return response


def _story_claim(story: Story, pk) -> Annotation | None:
    pk = str(pk or "")
    return (
        Annotation.objects.alive()
        .select_related("article__outlet")
        .filter(
            pk=int(pk) if pk.isdigit() else 0,
            article__story=story,
            kind=Annotation.Kind.CLAIM,
        )
        .first()
    )


@require_POST
def fact_claim_move(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """Move a claim into a fact, into a new fact ("fact" = "new", with "label"),
    or out of every fact ("fact" empty)."""
    _require(request, "change_fact")
    story = get_object_or_404(Story, slug=slug)
    claim = _story_claim(story, request.POST.get("claim"))
    fact_id = request.POST.get("fact", "")
    fact = None
    level = "success"
    if claim is None:
        message, level = _("That claim no longer exists in this story."), "error"
    elif fact_id == "new":
        try:
            fact = services.fact_create(
                story=story,
                label=request.POST.get("label", ""),
                claims=[claim],
                user=request.user,
            )
            message = _("“%(claim)s” moved to “%(fact)s”.") % {
                "claim": claim.exact,
                "fact": fact.label,
            }
        except ValidationError as exc:
            message, level = " ".join(exc.messages), "error"
    else:
        if fact_id:
            fact = Fact.objects.filter(
                pk=fact_id if fact_id.isdigit() else 0, story=story
            ).first()
        if fact_id and fact is None:
            message, level = _("That fact no longer exists."), "error"
        else:
            try:
                services.fact_move_claim(annotation=claim, fact=fact, user=request.user)
                if fact is None:
                    message = _("“%(claim)s” is no longer part of any fact.") % {
                        "claim": claim.exact
                    }
                else:
                    message = _("“%(claim)s” moved to “%(fact)s”.") % {
                        "claim": claim.exact,
                        "fact": fact.label,
                    }
            except ValidationError as exc:
                message, level = " ".join(exc.messages), "error"
    return _coverage_answer(request, story, message, level)


@require_GET
def fact_claim_move_form(request: HtmxHttpRequest, slug: str, pk: int) -> HttpResponse:
    """The form that moves one claim: into another fact, a new one, or out of every fact."""
    _require(request, "change_fact")
    story = get_object_or_404(Story, slug=slug)
    claim = _story_claim(story, pk)
    if claim is None:
        raise Http404(_("That claim no longer exists in this story."))
    current = (
        FactClaim.objects.filter(annotation=claim)
        .values_list("fact_id", flat=True)
        .first()
    )
    ctx = {
        "story": story,
        "claim": claim,
        "value_text": quantity_text(claim.value, claim.unit, claim.approximate),
        "current": current,
        "facts": Fact.objects.filter(story=story).order_by("label", "id"),
    }
    template = FACT_EDIT_PAGE + ("#fact-move-form" if request.htmx else "")
    return render(request, template, ctx)


@require_http_methods(["GET", "POST"])
def fact_rename(request: HtmxHttpRequest, slug: str, pk: int) -> HttpResponse:
    """Name a fact: the form (GET), the new name (POST)."""
    _require(request, "change_fact")
    story = get_object_or_404(Story, slug=slug)
    fact = Fact.objects.filter(pk=pk, story=story).first()
    if request.method == "GET":
        if fact is None:
            raise Http404(_("That fact no longer exists."))
        template = FACT_EDIT_PAGE + ("#fact-rename-form" if request.htmx else "")
        return render(request, template, {"story": story, "fact": fact})
    level = "success"
    if fact is None:
        message, level = _("That fact no longer exists."), "error"
    else:
        old = fact.label
        try:
            services.fact_rename(
                fact=fact, label=request.POST.get("label", ""), user=request.user
            )
            message = _("“%(old)s” is now called “%(new)s”.") % {
                "old": old,
                "new": fact.label,
            }
        except ValidationError as exc:
            message, level = " ".join(exc.messages), "error"
    return _coverage_answer(request, story, message, level)


# ---- Side by side --------------------------------------------------------------------


def _compare_columns(
    story: Story, chosen: list[int]
) -> tuple[list[dict], list[Article]]:
    picked, articles, rows, linked = selectors.compare_articles(
        story, chosen, MAX_COLUMNS
    )
    columns = [
        {
            "article": article,
            "body": compare_body_html(article.body, rows[article.pk], linked),
            "count": len(rows[article.pk]),
        }
        for article in picked
    ]
    return columns, articles


@require_GET
def story_compare(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story, slug=slug)
    chosen = [int(v) for v in request.GET.getlist("a") if v.isdigit()]
    columns, articles = _compare_columns(story, chosen)
    ctx = {
        "story": story,
        "columns": columns,
        "articles": articles,
        "chosen": [c["article"].pk for c in columns],
        "relations": Link.Relation.choices,
        "max_columns": MAX_COLUMNS,
    }
    return render(request, COMPARE_PAGE, ctx)


@require_POST
def story_compare_link(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """Link two annotations chosen in the side-by-side view; answer with a message."""
    _require(request, "add_link")
    story = get_object_or_404(Story, slug=slug)
    # Not "source"/"target": an input named "target" hides the form's own
    # target property from scripts (htmx among them).
    ids = [request.POST.get("from_id", ""), request.POST.get("to_id", "")]
    relation = request.POST.get("relation", "")
    found = {
        a.pk: a
        for a in Annotation.objects.alive()
        .select_related("article")
        .filter(pk__in=[int(i) for i in ids if i.isdigit()])
    }
    level, detail = "success", {}
    if not all(i.isdigit() for i in ids):
        message, level = _("Choose two annotations to link."), "error"
    elif len(found) < 2 and ids[0] != ids[1]:
        message, level = _("That annotation no longer exists."), "error"
    else:
        source, target = found.get(int(ids[0])), found.get(int(ids[1]))
        try:
            services.link_create(
                source=source, target=target, relation=relation, user=request.user
            )
            message = _("Link saved.")
            warnings = services.link_warnings(source, target)
            if warnings:
                message += " " + " ".join(warnings)
                level = "warning"
            # Not "target": htmx reads an event detail's "target" as where to send it.
            detail = {"from": source.pk, "to": target.pk, "relation": relation}
        except ValidationError as exc:
            message, level = " ".join(exc.messages), "error"
    if not request.htmx:
        getattr(messages, level)(request, message)
        query = urlencode([("a", v) for v in request.POST.getlist("a") if v.isdigit()])
        return redirect(
            reverse("annotations:story-compare", args=[story.slug])
            + (f"?{query}" if query else "")
        )
    response = HttpResponse(_message(request, message, level))
    if detail:
        trigger_client_event(response, "compare-linked", detail)
    return response


# ---- The library's contradictions ----------------------------------------------------------

STATUS_FILTERS = ("unresolved", "open", "confirmed", "resolved", "dismissed", "all")


def _contradiction_filters(request) -> dict:
    get = request.GET if request.method == "GET" else request.POST
    status = get.get("status", "unresolved")
    return {
        "status": status if status in STATUS_FILTERS else "unresolved",
        "story": text_param(get, "story", 300),
        "outlet": text_param(get, "outlet", 200),
        "origin": get.get("origin", "")
        if get.get("origin", "") in ("auto", "manual")
        else "",
    }


def _with_values(links) -> list[Link]:
    for link in links:
        for side in (link.source, link.target):
            side.value_text = quantity_text(side.value, side.unit, side.approximate)
    return links


@require_GET
@vary_on_headers("HX-Request")
def contradiction_list(request: HtmxHttpRequest) -> HttpResponse:
    # Stories whose claims changed since anyone opened them propose again first.
    services.facts_refresh_stale_stories()
    filters = _contradiction_filters(request)
    page = Paginator(selectors.contradictions(**filters), 50).get_page(
        request.GET.get("page")
    )
    ctx = {
        "page": page,
        "links": _with_values(list(page.object_list)),
        "filters": filters,
        "stories": Story.objects.order_by("title").values_list("slug", "title"),
        "outlets": selectors.outlets().values_list("name", flat=True),
        "status_choices": [
            ("unresolved", _("Unresolved (open or confirmed)")),
            ("open", _("Open")),
            ("confirmed", _("Confirmed")),
            ("resolved", _("Resolved")),
            ("dismissed", _("Dismissed")),
            ("all", _("All")),
        ],
        "query": urlencode({k: v for k, v in filters.items() if v}),
        "link_actions": [
            (Link.Status.CONFIRMED, _("Confirm")),
            (Link.Status.DISMISSED, _("Dismiss")),
            (Link.Status.RESOLVED, _("Resolve")),
            (Link.Status.OPEN, _("Reopen")),
        ],
    }
    template = CONTRADICTIONS_PAGE
    if request.htmx and request.htmx.target == "contradiction-list":
        template += "#contradiction-list"
    return render(request, template, ctx)


@require_POST
def contradiction_update(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    _require(request, "change_link")
    link = get_object_or_404(
        Link.objects.select_related(
            "source__article__outlet",
            "target__article__outlet",
            "source__article__story",
        ),
        pk=pk,
    )
    status = request.POST.get("status", "")
    level = "success"
    if status in Link.Status.values:
        services.link_update(link=link, status=status, user=request.user)
        message = _("Link marked “%(status)s”.") % {"status": link.get_status_display()}
    else:
        message, level = _("Choose what to do with the link."), "error"
    if not request.htmx:
        getattr(messages, level)(request, message)
        back = request.POST.get("back", "")
        return redirect(
            reverse("annotations:contradiction-list") + (f"?{back}" if back else "")
        )
    ctx = {
        "link": _with_values([link])[0],
        "link_actions": [
            (Link.Status.CONFIRMED, _("Confirm")),
            (Link.Status.DISMISSED, _("Dismiss")),
            (Link.Status.RESOLVED, _("Resolve")),
            (Link.Status.OPEN, _("Reopen")),
        ],
        "back": request.POST.get("back", ""),
    }
    row = render_to_string("annotations/_contradiction_row.html", ctx, request)
    return HttpResponse(row + _message(request, message, level))
