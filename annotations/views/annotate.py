"""Annotating in the reader: create, edit, delete, undo, and an annotation's history.

HTMX writes answer with the closed editor (the request's target) plus the
highlighted body, the side panel and a message as out-of-band swaps, all in one
response; without JavaScript they redirect to the reader with a message.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from annotations import services
from annotations.forms import AnnotationForm
from annotations.models import Annotation, AnnotationChange, Article, LinkChange
from annotations.quantities import number_text, quantity_text
from annotations.rendering import (
    READER_TEMPLATE,
    fresh_body,
    panel_was_shown,
    reader_regions,
)
from annotations.services.annotating import AnnotationConflict, check_span
from annotations.text.anchoring import anchor, body_version
from annotations.text.numbers import parse_quantity
from annotations.text.words import snap_to_words
from annotations.views import HtmxHttpRequest

FORM_PAGE = "annotations/annotation_form.html"
# Span problems that mean the page shows an older body than the stored one.
_STALE = {"stale", "mismatch"}


def _require(request: HtmxHttpRequest, action: str) -> None:
    """Refuse writes by users without the permission, whatever their page showed."""
    if not request.user.has_perm(f"annotations.{action}_annotation"):
        raise PermissionDenied(_("Viewers cannot change annotations."))


def _from_reader(request: HtmxHttpRequest, article: Article) -> bool:
    """Return whether an HTMX write comes from the article's reader.

    Only the reader has the regions a save redraws; the editor opened as a
    page of its own (in a new tab, say) is answered like a plain form post.
    """
    if not request.htmx:
        return False
    current = request.htmx.current_url_abs_path
    return not current or urlsplit(current).path == article.get_absolute_url()


def _saved(
    request: HtmxHttpRequest, article: Article, annotation: Annotation, message: str
) -> HttpResponse:
    """Go to the reader with the message: a redirect, or htmx's own for its requests."""
    messages.success(request, message)
    url = _reader_url(article, annotation)
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def _reader_url(article: Article, annotation: Annotation | None = None) -> str:
    url = article.get_absolute_url()
    return f"{url}#a{annotation.pk}" if annotation is not None else url


def _editor(
    request: HtmxHttpRequest,
    article: Article,
    form: AnnotationForm,
    *,
    problem: ValidationError | None = None,
    **extra,
) -> HttpResponse:
    """Return the editor: the reader's editor partial for HTMX, a page of its own otherwise.

    A problem that says the page's body is out of date (see _STALE) also sends
    the current body, so the editor can select again without reloading.
    """
    if problem is not None and form.is_bound:
        form.add_error(None, problem)
    elif problem is not None:  # a selection refused before any form was sent
        extra["selection_error"] = " ".join(problem.messages)
    ctx = {"article": article, "form": form, **extra}
    if not request.htmx:
        return render(request, FORM_PAGE, ctx)
    response = render(request, f"{READER_TEMPLATE}#annotation-editor", ctx)
    if problem is not None and _STALE & {e.code for e in problem.error_list}:
        response.content += fresh_body(request, article).encode()
    return response


def _over_whole_words(
    form: AnnotationForm, article: Article, start: int, end: int, **kwargs
) -> AnnotationForm:
    """Return the form again, its span widened to the whole words around body[start:end].

    A span cutting a word is refused (a page whose script did not snap the
    selection, a hand-made post); the editor sees the whole words in the form
    and saves them with one more press, nothing else lost.
    """
    start, end = snap_to_words(article.body, start, end)
    data = form.data.copy()
    data["start"], data["end"] = str(start), str(end)
    data["exact"] = article.body[start:end]
    data["body_version"] = body_version(article.body)
    snapped = AnnotationForm(data, **kwargs)
    snapped.is_valid()
    return snapped


def _duplicate(article: Article, user, kind: str, start: int, end: int):
    return (
        Annotation.objects.alive()
        .filter(article=article, kind=kind, start=start, end=end, created_by=user)
        .first()
    )


def _already_saved(
    request: HtmxHttpRequest, article: Article, annotation: Annotation
) -> HttpResponse:
    message = _("This annotation is already saved.")
    if not request.htmx:
        messages.info(request, message)
        return redirect(_reader_url(article, annotation))
    return reader_regions(
        request, article, message, level="info", annotation=annotation, action="exists"
    )


def _selection_initial(article: Article, params) -> tuple[dict, ValidationError | None]:
    """Return the form's initial data for a selection in the query, and what is wrong with it.

    A claim is prefilled from the selected words when they hold a quantity.
    """
    kind = params.get("kind", "")
    initial: dict = {
        "kind": kind if kind in Annotation.Kind.values else "quote",
        "body_version": body_version(article.body),
    }
    start, end = params.get("start", ""), params.get("end", "")
    if not (start.isdigit() and end.isdigit()):
        return initial, None
    start, end = int(start), int(end)
    try:
        check_span(article.body, start, end, params.get("exact"), params.get("version"))
    except ValidationError as exc:
        return initial, exc
    # A page whose script did not snap the selection: the form shows whole words.
    start, end = snap_to_words(article.body, start, end)
    exact = article.body[start:end]
    initial.update(start=start, end=end, exact=exact)
    if initial["kind"] == Annotation.Kind.CLAIM:
        quantity = parse_quantity(exact)
        if quantity is not None:
            initial.update(
                value=number_text(quantity.value, grouping=False),
                unit=quantity.unit,
                approximate=quantity.approximate,
            )
    return initial, None


@require_http_methods(["GET", "POST"])
def annotation_create(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    _require(request, "add")
    # Not reader_article: a write redraws the body and the panel, never the
    # header with its near duplicates (one query fewer per save).
    article = get_object_or_404(Article, pk=pk)
    if request.method == "GET":
        initial, problem = _selection_initial(article, request.GET)
        return _editor(
            request, article, AnnotationForm(initial=initial), problem=problem
        )

    form = AnnotationForm(request.POST)
    if not form.is_valid():
        return _editor(request, article, form)
    data = form.cleaned_data
    start, end, exact = data["start"], data["end"], data["exact"] or None
    version = data["body_version"] or None
    if start is None:
        # Without JavaScript the editor typed the words: find them in the body.
        found = anchor(article.body, exact=data["exact"].strip())
        if found is None:
            form.add_error("exact", _("These words are not in the article text."))
            return _editor(request, article, form)
        start, end = found.start, found.end
        exact, version = article.body[start:end], body_version(article.body)
    # A double post (a double click, a retry) is caught by the database's
    # unique constraint below, not looked for first: one statement fewer for
    # every save, the commonest write.
    try:
        annotation = services.annotation_create(
            article=article,
            start=start,
            end=end,
            exact=exact,
            body_version=version,
            kind=data["kind"],
            user=request.user,
            speaker=data["speaker"],
            speaker_name=data["speaker_name"],
            quote_form=data["quote_form"],
            value=data["value"],
            unit=data["unit"],
            approximate=data["approximate"],
            note=data["note"],
            tags=data["tags"],
            whole_words=True,
        )
    except ValidationError as exc:
        # The same words saved already (a double post): the constraint let only
        # the first one in.
        existing = _duplicate(article, request.user, data["kind"], start, end)
        if existing is not None:
            return _already_saved(request, article, existing)
        if getattr(exc, "code", None) == "mid-word":
            form = _over_whole_words(form, article, start, end)
        return _editor(request, article, form, problem=exc)
    message = _("%(kind)s saved.") % {"kind": annotation.get_kind_display()}
    if not _from_reader(request, article):
        return _saved(request, article, annotation, message)
    return reader_regions(
        request,
        article,
        message,
        annotation=annotation,
        action="created",
        spans=((annotation.start, annotation.end),),
    )


def _annotation_initial(annotation: Annotation) -> dict:
    return {
        "kind": annotation.kind,
        "start": annotation.start,
        "end": annotation.end,
        "exact": annotation.exact,
        "speaker": annotation.speaker_id,
        "speaker_name": annotation.speaker.name if annotation.speaker_id else "",
        "quote_form": annotation.quote_form,
        "value": ""
        if annotation.value is None
        else number_text(annotation.value, grouping=False),
        "unit": annotation.unit,
        "approximate": annotation.approximate,
        "tags": ", ".join(t.name for t in annotation.tags.all()),
        "note": annotation.note,
        "status": annotation.status,
        "version": annotation.version,
        "body_version": body_version(annotation.article.body),
    }


def _conflict_context(current: Annotation) -> dict:
    last = (
        current.changes.select_related("user").order_by("-at", "-id").first()
        if current.pk
        else None
    )
    return {
        "conflict": current,
        "conflict_change": last,
        "conflict_tags": ", ".join(t.name for t in current.tags.all()),
        "conflict_value": "" if current.value is None else number_text(current.value),
    }


@require_http_methods(["GET", "POST"])
def annotation_update(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    _require(request, "change")
    annotation = get_object_or_404(
        Annotation.objects.select_related("article", "speaker"), pk=pk
    )
    article = annotation.article
    if annotation.deleted_at is not None:
        return redirect("annotations:annotation-detail", pk=annotation.pk)
    if request.method == "GET":
        form = AnnotationForm(initial=_annotation_initial(annotation), editing=True)
        return _editor(request, article, form, annotation=annotation)

    form = AnnotationForm(request.POST, editing=True)
    if not form.is_valid():
        return _editor(request, article, form, annotation=annotation)
    data = form.cleaned_data
    overwrite = request.POST.get("overwrite", "")
    version = int(overwrite) if overwrite.isdigit() else data["version"]
    if version is None:
        form.add_error(None, _("The form is missing its version; reload the page."))
        return _editor(request, article, form, annotation=annotation)
    fields = {
        "kind": data["kind"],
        "quote_form": data["quote_form"],
        "value": data["value"],
        "unit": data["unit"],
        "approximate": data["approximate"],
        "note": data["note"],
    }
    if data["status"]:
        fields["status"] = data["status"]
    # The span changes only when the editor re-selected.
    if data["start"] is not None and (data["start"], data["end"]) != (
        annotation.start,
        annotation.end,
    ):
        fields.update(start=data["start"], end=data["end"])
        fields["exact"] = data["exact"] or None
        fields["body_version"] = data["body_version"] or None
    if data["speaker"] is not None:
        fields["speaker"] = data["speaker"]
    else:
        fields["speaker_name"] = data["speaker_name"]
    before = (annotation.start, annotation.end)
    was_shown = bool(request.htmx) and panel_was_shown(request, annotation)
    try:
        annotation = services.annotation_update(
            annotation=annotation,
            version=version,
            user=request.user,
            tags=data["tags"],
            whole_words=True,
            **fields,
        )
    except AnnotationConflict as conflict:
        return _editor(
            request,
            article,
            form,
            annotation=annotation,
            **_conflict_context(conflict.current),
        )
    except ValidationError as exc:
        if getattr(exc, "code", None) == "mid-word":
            form = _over_whole_words(
                form, article, data["start"], data["end"], editing=True
            )
        return _editor(request, article, form, annotation=annotation, problem=exc)
    message = _("%(kind)s updated.") % {"kind": annotation.get_kind_display()}
    if not _from_reader(request, article):
        return _saved(request, article, annotation, message)
    return reader_regions(
        request,
        article,
        message,
        annotation=annotation,
        action="updated",
        spans=(before, (annotation.start, annotation.end)),
        was_shown=was_shown,
    )


@require_POST
def annotation_delete(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    _require(request, "delete")
    annotation = get_object_or_404(Annotation.objects.select_related("article"), pk=pk)
    article = annotation.article
    was_shown = bool(request.htmx) and panel_was_shown(request, annotation)
    if annotation.deleted_at is None:
        services.annotation_delete(annotation=annotation, user=request.user)
        message = _("%(kind)s deleted.") % {"kind": annotation.get_kind_display()}
    else:
        message = _("This annotation was already deleted.")
    if not request.htmx:
        messages.success(request, message)
        return redirect(f"{article.get_absolute_url()}?undo={annotation.pk}")
    return reader_regions(
        request,
        article,
        message,
        annotation=annotation,
        action="deleted",
        undo=annotation,
        spans=((annotation.start, annotation.end),),
        was_shown=was_shown,
    )


@require_POST
def annotation_restore(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    _require(request, "change")
    annotation = get_object_or_404(Annotation.objects.select_related("article"), pk=pk)
    article = annotation.article
    level = "success"
    if annotation.deleted_at is None:
        message = _("This annotation is not deleted.")
        level = "info"
    else:
        try:
            services.annotation_restore(annotation=annotation, user=request.user)
            message = _("%(kind)s restored.") % {"kind": annotation.get_kind_display()}
        except ValidationError as exc:
            message, level = " ".join(exc.messages), "error"
    if not request.htmx:
        getattr(messages, level)(request, message)
        return redirect(_reader_url(article, annotation))
    return reader_regions(
        request,
        article,
        message,
        level=level,
        annotation=annotation,
        action="restored",
        spans=((annotation.start, annotation.end),),
        was_shown=level == "info",  # it was not deleted, so it may be listed
    )


@require_GET
def annotation_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    annotation = get_object_or_404(
        Annotation.objects.select_related(
            "article", "article__outlet", "speaker", "created_by"
        ).prefetch_related("tags"),
        pk=pk,
    )
    changes = AnnotationChange.objects.filter(annotation=annotation).select_related(
        "user"
    )
    link_changes = (
        LinkChange.objects.filter(Q(source=annotation) | Q(target=annotation))
        .select_related("user", "source__article__outlet", "target__article__outlet")
        .defer(
            *[
                f"{s}__article__{f}"
                for s in ("source", "target")
                for f in ("raw_text", "body", "blocks", "restored_blocks", "sketch")
            ]
        )
        .order_by("at", "id")
    )
    ctx = {
        "annotation": annotation,
        "article": annotation.article,
        "changes": changes,
        "link_changes": link_changes,
        "edit_url": reverse("annotations:annotation-update", args=[annotation.pk]),
        "value_text": quantity_text(
            annotation.value, annotation.unit, annotation.approximate
        ),
    }
    return render(request, "annotations/annotation_detail.html", ctx)
