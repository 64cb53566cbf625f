from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from annotations.models import Article
from annotations.views import HtmxHttpRequest


@require_GET
def article_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(
        Article.objects.select_related("outlet", "story"), pk=pk
    )
    return render(request, "annotations/article_detail.html", {"article": article})
