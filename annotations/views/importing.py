"""Import from the browser: paste one text, or upload files (one request per file when JS runs)."""

from __future__ import annotations

from collections import Counter

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from annotations import selectors, services
from annotations.models import Article, Language, Story
from annotations.services.fetching import FetchError, import_url
from annotations.services.importing import (
    DUPLICATE,
    FAILED,
    IMPORTED,
)
from annotations.services.importing import (
    article_correct_outlet as import_correct_outlet,
)
from annotations.views import HtmxHttpRequest

TEMPLATE = "annotations/article_import.html"
ROWS_TEMPLATE = "annotations/_import_report_rows.html"
OUTLET_TEMPLATE = "annotations/_import_report_outlet.html"

_LANGUAGES = [("", gettext_lazy("Detect")), *Language.choices]


class ImportDefaultsForm(forms.Form):
    """What an editor may state about every imported article; detected metadata fills the rest."""

    outlet = forms.CharField(
        label=gettext_lazy("Outlet"), max_length=200, required=False
    )
    story = forms.CharField(label=gettext_lazy("Story"), max_length=300, required=False)
    language = forms.ChoiceField(
        label=gettext_lazy("Language"), choices=_LANGUAGES, required=False
    )


class PasteForm(ImportDefaultsForm):
    raw_text = forms.CharField(
        label=gettext_lazy("Article text"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        error_messages={"required": gettext_lazy("Paste the text of an article.")},
    )
    title = forms.CharField(label=gettext_lazy("Title"), max_length=500, required=False)
    url = forms.URLField(
        label=gettext_lazy("URL"),
        max_length=1000,
        required=False,
        assume_scheme="https",
    )

    field_order = ["raw_text", "title", "outlet", "story", "url", "language"]


class LinkForm(ImportDefaultsForm):
    page_url = forms.URLField(
        label=gettext_lazy("Link to the article"),
        max_length=1000,
        assume_scheme="https",
        error_messages={"required": gettext_lazy("Paste the link of an article.")},
    )

    field_order = ["page_url", "outlet", "story", "language"]


def _page(request: HtmxHttpRequest, **ctx) -> HttpResponse:
    ctx.setdefault("paste_form", PasteForm(prefix="paste"))
    ctx.setdefault("link_form", LinkForm(prefix="link"))
    ctx.setdefault("upload_form", ImportDefaultsForm(prefix="upload"))
    ctx.setdefault("reports", [])
    ctx.update(
        outlet_names=selectors.outlets().values_list("name", flat=True),
        story_titles=Story.objects.order_by("title").values_list("title", flat=True),
        max_megabytes=f"{settings.NEWSROOM_MAX_UPLOAD_BYTES / 1e6:.0f}",
        counts=Counter(r.status for r in ctx["reports"]),
        IMPORTED=IMPORTED,
        DUPLICATE=DUPLICATE,
        FAILED=FAILED,
    )
    return render(request, TEMPLATE, ctx)


def _defaults(form: ImportDefaultsForm) -> dict:
    data = form.cleaned_data
    return {
        "outlet": data["outlet"].strip() or None,
        "story": data["story"].strip() or None,
        "language": data["language"],
    }


@require_http_methods(["GET", "POST"])
@permission_required("annotations.add_article", raise_exception=True)
def article_import(request: HtmxHttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _page(request)
    if request.POST.get("mode") == "upload":
        return _upload(request)
    if request.POST.get("mode") == "url":
        return _link(request)
    form = PasteForm(request.POST, prefix="paste")
    if not form.is_valid():
        return _page(request, paste_form=form)
    data = form.cleaned_data
    outcome = services.article_import(
        raw_text=data["raw_text"],
        title=data["title"],
        url=data["url"],
        user=request.user,
        source_name=_("pasted text"),
        **_defaults(form),
    )
    if outcome.status == IMPORTED:
        messages.success(request, outcome.message)
        return redirect(outcome.article.get_absolute_url())
    return _page(request, paste_form=form, paste_outcome=outcome)


def _link(request: HtmxHttpRequest) -> HttpResponse:
    """Fetch the linked page and import it; the report says imported, duplicate or why not."""
    form = LinkForm(request.POST, prefix="link")
    if not form.is_valid():
        return _page(request, link_form=form)
    try:
        reports = import_url(
            form.cleaned_data["page_url"], user=request.user, **_defaults(form)
        )
    except FetchError as exc:
        form.add_error("page_url", str(exc))
        return _page(request, link_form=form)
    return _page(request, link_form=form, reports=reports)


def _upload(request: HtmxHttpRequest) -> HttpResponse:
    """Import every uploaded file at once: the page without JS, or with many files and no script."""
    form = ImportDefaultsForm(request.POST, prefix="upload")
    files = request.FILES.getlist("files")
    if not files:
        form.add_error(None, _("Choose one or more files to upload."))
    if not form.is_valid():
        return _page(request, upload_form=form)
    reports = list(services.import_files(files, user=request.user, **_defaults(form)))
    return _page(request, upload_form=form, reports=reports)


@require_POST
@permission_required("annotations.add_article", raise_exception=True)
def article_import_file(request: HtmxHttpRequest) -> HttpResponse:
    """Import one uploaded file and return its report rows, for import.js's progress."""
    form = ImportDefaultsForm(request.POST, prefix="upload")
    upload = request.FILES.get("file")
    if upload is None or not form.is_valid():
        reports = [
            services.FileReport(
                name=upload.name if upload else "?",
                status=FAILED,
                message=_("No file was received.")
                if upload is None
                else "; ".join(e for errors in form.errors.values() for e in errors),
            )
        ]
    else:
        reports = list(
            services.import_files([upload], user=request.user, **_defaults(form))
        )
    return render(request, ROWS_TEMPLATE, {"reports": reports})


@require_POST
@permission_required("annotations.change_article", raise_exception=True)
def article_import_outlet(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Correct the outlet of an article from its import report row; answers the row's outlet form."""
    article = get_object_or_404(Article, pk=pk)
    error = ""
    try:
        article = import_correct_outlet(
            article=article, name=request.POST.get("outlet", ""), user=request.user
        )
    except ValidationError as exc:
        error = " ".join(exc.messages)
    if not request.htmx:
        if error:
            messages.error(request, error)
        return redirect("annotations:article-import")
    report = services.FileReport(
        name="",
        status=IMPORTED,
        message="",
        article_id=article.pk,
        outlet=article.outlet.name,
    )
    # Errors answer 200: htmx 2 does not swap 4xx responses.
    return render(
        request, OUTLET_TEMPLATE, {"report": report, "error": error, "saved": not error}
    )
