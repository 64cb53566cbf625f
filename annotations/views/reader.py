"""The reader: an article's body with its annotations highlighted, and the side panel.

The queries are in annotations.selectors, the HTML in annotations.rendering.
"""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from annotations import selectors
from annotations.models import Annotation
from annotations.rendering import READER_TEMPLATE, reader_context
from annotations.views import HtmxHttpRequest


@require_GET
@vary_on_headers("HX-Request")
def article_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    article = selectors.reader_article(pk)
    ctx = reader_context(request, article, request.GET)
    undo = request.GET.get("undo", "")
    if undo.isdigit():
        # After a delete without JavaScript: offer the undo on the page itself.
        ctx["undo"] = Annotation.objects.filter(
            pk=int(undo), article=article, deleted_at__isnull=False
        ).first()
    template = READER_TEMPLATE
    if request.htmx and request.htmx.target == "annotation-panel":
        template += "#annotation-panel"
    return render(request, template, ctx)
