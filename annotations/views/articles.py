from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from annotations.filters import (
    ANNOTATION_FIELDS,
    ArticleFilterForm,
    active_filters,
    filter_articles,
)
from annotations.models import Article, Link
from annotations.views import HtmxHttpRequest

ARTICLES_PER_PAGE = 50
SEARCH_COUNT_LIMIT = 1000


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


def _library_articles() -> QuerySet[Article]:
    """Return the library's rows: articles with outlet, story, live annotation count, duplicates flag."""
    duplicates = Article.near_duplicates.through.objects.filter(
        from_article=OuterRef("pk")
    )
    # Contradictions nobody resolved or dismissed yet, counted for the page's rows only.
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
        .annotate(
            has_near_duplicates=Exists(duplicates),
            open_contradictions=Coalesce(
                Subquery(contradictions, output_field=IntegerField()), 0
            ),
        )
    )


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
    articles = filter_articles(_library_articles(), form.cleaned_data)
    paginator_class = CappedPaginator if form.cleaned_data.get("q") else Paginator
    page = paginator_class(articles, ARTICLES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    ctx = {
        "form": form,
        "page": page,
        "filtered": active_filters(form),
        "more_filters_open": any(request.GET.get(f) for f in ANNOTATION_FIELDS),
        "import_url": _import_url(),
    }
    template = "annotations/article_list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#article-results"
    return render(request, template, ctx)
