from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from annotations import selectors
from annotations.filters import (
    ANNOTATION_FIELDS,
    ArticleFilterForm,
    active_filters,
    filter_articles,
)
from annotations.rendering import attach_search_snippets
from annotations.views import HtmxHttpRequest

ARTICLES_PER_PAGE = 50


def _import_url() -> str:
    try:
        return reverse("annotations:article-import")
    except NoReverseMatch:
        return ""


@require_GET
def home(request: HtmxHttpRequest) -> HttpResponse:
    return redirect("annotations:article-list")


@require_GET
@vary_on_headers("HX-Request")
def article_list(request: HtmxHttpRequest) -> HttpResponse:
    form = ArticleFilterForm(request.GET)
    form.is_valid()  # invalid fields are left out of cleaned_data and shown as errors
    articles = filter_articles(selectors.library_articles(), form.cleaned_data)
    paginator_class = (
        selectors.CappedPaginator if form.cleaned_data.get("q") else Paginator
    )
    page = paginator_class(articles, ARTICLES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    query = form.cleaned_data.get("q") or ""
    if query:
        page.object_list = list(page.object_list)
        attach_search_snippets(page.object_list, query)
    ctx = {
        "form": form,
        "query": query,
        "page": page,
        "filtered": active_filters(form),
        "more_filters_open": any(request.GET.get(f) for f in ANNOTATION_FIELDS),
        "import_url": _import_url(),
    }
    template = "annotations/article_list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#article-results"
    return render(request, template, ctx)
