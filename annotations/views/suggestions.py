"""Reviewing suggestions: accept or reject one (`a`, `r` in the reader), or many at once.

The reader's review bar (#suggestion-review) loads from article_suggestions: the
waiting suggestions by kind, bulk actions, and "still running" while the worker
has not made them yet (it polls, then brings the new suggestions in). HTMX writes
answer like every write in the reader (rendering.reader_regions); without
JavaScript they redirect to the reader with a message.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from annotations import rendering, services
from annotations.forms import SuggestionReviewForm
from annotations.models import Annotation, Article
from annotations.services.annotating import AnnotationConflict
from annotations.views import HtmxHttpRequest

TEMPLATE = "annotations/article_suggestions.html"
READER = "annotations/article_detail.html"


def _require(request: HtmxHttpRequest) -> None:
    if not request.user.has_perm("annotations.change_annotation"):
        raise PermissionDenied(_("Viewers cannot change annotations."))


@require_GET
@vary_on_headers("HX-Request")
def article_suggestions(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """The review bar: a partial for the reader, or a page of its own without JavaScript.

    While suggestions are being made the bar polls; the answer that finds them
    made also sends the reader's body and panel, so they appear without a reload.
    """
    article = get_object_or_404(Article.objects.defer("raw_text", "blocks"), pk=pk)
    ctx = rendering.review_context(article)
    if not request.htmx:
        return render(request, TEMPLATE, ctx)
    html = render_to_string(f"{TEMPLATE}#suggestion-review", ctx, request)
    if request.GET.get("was_pending") and not ctx["pending"]:
        reader = rendering.reader_context(request, article, request.GET)
        html += render_to_string(
            f"{READER}#article-body", {**reader, "oob": True}, request
        )
        html += render_to_string(
            f"{READER}#annotation-panel", {**reader, "oob": True}, request
        )
    return HttpResponse(html)


def _review_one(request: HtmxHttpRequest, pk: int, status: str) -> HttpResponse:
    _require(request)
    annotation = get_object_or_404(Annotation.objects.select_related("article"), pk=pk)
    article = annotation.article
    was_shown = bool(request.htmx) and rendering.panel_was_shown(request, annotation)
    level, undo_ids = "success", []
    if annotation.deleted_at is not None or annotation.status != "suggested":
        message, level = _("This suggestion was already reviewed."), "info"
    else:
        review = (
            services.annotation_suggestion_accept
            if status == Annotation.Status.ACCEPTED
            else services.annotation_suggestion_reject
        )
        try:
            review(annotation=annotation, user=request.user)
        except AnnotationConflict as exc:
            if exc.current.status != Annotation.Status.SUGGESTED:
                message, level = _("This suggestion was already reviewed."), "info"
            else:
                message, level = (
                    _("Someone changed this suggestion meanwhile; look at it again."),
                    "error",
                )
        else:
            undo_ids = [annotation.pk]
            message = (
                _("%(kind)s accepted.")
                if status == Annotation.Status.ACCEPTED
                else _("%(kind)s rejected.")
            ) % {"kind": annotation.get_kind_display()}
    if not request.htmx:
        getattr(messages, level)(request, message)
        return redirect(f"{article.get_absolute_url()}#a{annotation.pk}")
    response = rendering.reader_regions(
        request,
        article,
        message,
        level=level,
        annotation=annotation,
        action=status,
        spans=((annotation.start, annotation.end),),
        was_shown=was_shown,
    )
    if undo_ids:
        _add_undo(request, response, article, message, level, undo_ids, status)
    return response


def _add_undo(request, response, article, message, level, ids, status) -> None:
    """Put an undo button for ids (now in status) in the response's message."""
    note = render_to_string(
        "annotations/_suggestion_messages.html",
        {
            "message": message,
            "level": level,
            "article": article,
            "undo_ids": ids,
            "undo_from": status,
        },
        request,
    )
    response.content = response.content + note.encode()


@require_POST
def annotation_accept(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    return _review_one(request, pk, Annotation.Status.ACCEPTED)


@require_POST
def annotation_reject(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    return _review_one(request, pk, Annotation.Status.REJECTED)


@require_POST
def article_suggestions_review(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Accept or reject many suggestions of the article at once, or undo that.

    By kind, by confidence at least a threshold, or all; the message offers an
    undo that puts exactly those annotations back to suggested.
    """
    _require(request)
    article = get_object_or_404(Article, pk=pk)
    form = SuggestionReviewForm(request.POST)
    level, undo_ids, status = "success", [], ""
    if not form.is_valid():
        message, level = " ".join(form.messages()), "error"
    else:
        data = form.cleaned_data
        if data["undo"]:
            changed = services.annotation_suggestions_review_bulk(
                articles=[article],
                status=Annotation.Status.SUGGESTED,
                ids=data["ids"],
                from_status=data["undo"],
                user=request.user,
            )
            message = ngettext(
                "%(n)d suggestion is waiting for review again.",
                "%(n)d suggestions are waiting for review again.",
                len(changed),
            ) % {"n": len(changed)}
        else:
            status = data["status"]
            changed = services.annotation_suggestions_review_bulk(
                articles=[article],
                status=status,
                kind=data["kind"],
                min_confidence=data["min_confidence"],
                user=request.user,
            )
            undo_ids = changed
            if status == Annotation.Status.ACCEPTED:
                message = ngettext(
                    "%(n)d suggestion accepted.",
                    "%(n)d suggestions accepted.",
                    len(changed),
                ) % {"n": len(changed)}
            else:
                message = ngettext(
                    "%(n)d suggestion rejected.",
                    "%(n)d suggestions rejected.",
                    len(changed),
                ) % {"n": len(changed)}
            if not changed:
                message, level = _("No suggestion matches."), "info"
    if not request.htmx:
        getattr(messages, level)(request, message)
        return redirect(article.get_absolute_url())
    ctx = rendering.reader_context(request, article, request.POST)
    html = "".join(
        [
            render_to_string(f"{READER}#article-body", {**ctx, "oob": True}, request),
            render_to_string(
                f"{READER}#annotation-panel", {**ctx, "oob": True}, request
            ),
            render_to_string(
                "annotations/_suggestion_messages.html",
                {
                    "message": message,
                    "level": level,
                    "article": article,
                    "undo_ids": undo_ids,
                    "undo_from": status,
                },
                request,
            ),
            render_to_string(
                f"{TEMPLATE}#suggestion-review",
                rendering.review_context(article),
                request,
            ),
        ]
    )
    return trigger_client_event(
        HttpResponse(html),
        "annotations-changed",
        {"id": None, "action": "reviewed"},
        after="settle",
    )
