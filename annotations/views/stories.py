from __future__ import annotations

from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from annotations.models import Story
from annotations.views import HtmxHttpRequest


@require_GET
def story_list(request: HtmxHttpRequest) -> HttpResponse:
    stories = Story.objects.annotate(article_count=Count("articles"))
    return render(request, "annotations/story_list.html", {"stories": stories})


@require_GET
def story_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story, slug=slug)
    articles = (
        story.articles.select_related("outlet")
        .annotate(
            annotation_count=Count(
                "annotations", filter=Q(annotations__deleted_at__isnull=True)
            )
        )
        .defer("raw_text", "body", "blocks")
        .order_by("published_at", "id")
    )
    return render(
        request, "annotations/story_detail.html", {"story": story, "articles": articles}
    )
