from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect

from annotations import selectors, services
from annotations.filters import (
    ANNOTATION_FIELDS,
    ArticleFilterForm,
    active_filters,
    filter_articles,
)
from annotations.forms import ArticleDetailsForm
from annotations.models import Article
from annotations.rendering import attach_search_snippets, details_not_saved
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


def _require(request: HtmxHttpRequest, perm: str) -> None:
    if not request.user.has_perm(f"annotations.{perm}"):
        raise PermissionDenied


def _details_form(article: Article, data=None) -> ArticleDetailsForm:
    initial = ArticleDetailsForm.initial_for(
        article, services.article_details_version(article)
    )
    return ArticleDetailsForm(data, initial=initial)


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def article_edit(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Correct an article's title, outlet, date and story; a stale form saves nothing."""
    _require(request, "change_article")
    article = get_object_or_404(
        Article.objects.select_related("outlet", "story"), pk=pk
    )
    form = _details_form(article, request.POST if request.method == "POST" else None)
    stale, not_saved = "", []
    if request.method == "POST" and form.is_valid():
        try:
            article = services.article_update_details(
                article=article, **form.service_arguments(), user=request.user
            )
        except services.StaleEdit as exc:
            # Show what is saved now, with a fresh version, say why, and list
            # what this editor typed so it is not lost.
            article.refresh_from_db()
            submitted = form.cleaned_data
            form, stale = _details_form(article), " ".join(exc.messages)
            not_saved = details_not_saved(submitted, form)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The article's details are saved."))
            if request.htmx:
                return HttpResponseClientRedirect(article.get_absolute_url())
            return redirect(article)
    template = "annotations/article_edit.html"
    if request.htmx:
        template += "#details-form"
    # Errors answer 200: htmx 2 does not swap 4xx responses.
    ctx = {
        "article": article,
        "form": form,
        "stale": stale,
        "not_saved": not_saved,
        "outlet_names": selectors.outlets().values_list("name", flat=True),
    }
    return render(request, template, ctx)


@require_http_methods(["GET", "POST"])
def article_delete(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Ask, then delete an article with its annotations and links."""
    _require(request, "delete_article")
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    if request.method == "POST":
        title = article.title
        services.article_delete(article=article, user=request.user)
        messages.success(request, _("“%(title)s” is deleted.") % {"title": title})
        return redirect("annotations:article-list")
    annotations, links = selectors.article_deletion_counts(article)
    return render(
        request,
        "annotations/article_delete.html",
        {"article": article, "annotation_count": annotations, "link_count": links},
    )
