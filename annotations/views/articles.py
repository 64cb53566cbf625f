from __future__ import annotations

from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from annotations.models import Article
from annotations.views import HtmxHttpRequest


@require_GET
def home(request: HtmxHttpRequest) -> HttpResponse:
    return redirect("annotations:article-list")


@require_GET
def article_list(request: HtmxHttpRequest) -> HttpResponse:
    articles = (
        Article.objects.select_related("outlet", "story")
        .annotate(
            annotation_count=Count(
                "annotations", filter=Q(annotations__deleted_at__isnull=True)
            )
        )
        .defer("raw_text", "body", "blocks")
    )
    return render(request, "annotations/article_list.html", {"articles": articles})
