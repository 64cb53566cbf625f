"""An article's raw text as imported and the paragraphs the cleaner removed, with restore."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from annotations import services
from annotations.models import Article
from annotations.views import HtmxHttpRequest

# What each cleaner reason code means to an editor (annotations.text.cleaning.REASONS).
REASON_LABELS = {
    "advertisement": gettext_lazy("Advertisement"),
    "app-promo": gettext_lazy("“Read in the app” promotion"),
    "byline": gettext_lazy("Byline"),
    "copyright": gettext_lazy("Copyright notice"),
    "date-line": gettext_lazy("Site's date line"),
    "editor": gettext_lazy("Removed by an editor"),
    "editor-line": gettext_lazy("Editor credit"),
    "empty": gettext_lazy("Empty or symbols only"),
    "latest-list": gettext_lazy("“Latest news” list"),
    "masthead": gettext_lazy("Site name"),
    "more-prompt": gettext_lazy("“Read more” prompt"),
    "pagination": gettext_lazy("Page links"),
    "photo-caption": gettext_lazy("Photo caption"),
    "photo-credit": gettext_lazy("Photo credit"),
    "photo-viewer": gettext_lazy("Photo viewer label"),
    "reading-time": gettext_lazy("Reading time"),
    "read-also": gettext_lazy("“Read also” link"),
    "scroll-prompt": gettext_lazy("“Scroll to continue” prompt"),
    "section-label": gettext_lazy("Section label or breadcrumb"),
    "share-prompt": gettext_lazy("Share buttons"),
    "site-chrome": gettext_lazy("Site interface text"),
    "site-notice": gettext_lazy("Notice or promotion of the site"),
    "source-line": gettext_lazy("Source line"),
    "standfirst": gettext_lazy("Standfirst (summary under the headline)"),
    "tag-list": gettext_lazy("Tag list"),
    "title": gettext_lazy("Headline (shown above the article)"),
    "trending-list": gettext_lazy("“Trending” list"),
    "video-prompt": gettext_lazy("Video prompt"),
}


def reason_label(code: str) -> str:
    return str(REASON_LABELS.get(code) or code or _("Removed"))


def _removed(article: Article) -> list[dict]:
    restored = set(article.restored_blocks)
    return [
        {
            "index": i,
            "text": block.get("text", ""),
            "reason": block.get("reason", ""),
            "label": reason_label(block.get("reason", "")),
            "restored": i in restored,
        }
        for i, block in enumerate(article.blocks)
        if not block.get("kept")
    ]


def _kept(article: Article) -> list[dict]:
    return [
        {"index": i, "text": block.get("text", "")}
        for i, block in enumerate(article.blocks)
        if block.get("kept")
    ]


def _render(request: HtmxHttpRequest, article: Article) -> HttpResponse:
    template = "annotations/article_source.html"
    if request.htmx:
        template += "#removed-blocks"
    ctx = {"article": article, "removed": _removed(article), "kept": _kept(article)}
    return render(request, template, ctx)


@require_GET
@vary_on_headers("HX-Request")
def article_source(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    return _render(request, article)


def _change(request: HtmxHttpRequest, pk: int, index: int, action, done: str):
    if not request.user.has_perm("annotations.change_article"):
        raise PermissionDenied
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    try:
        article = action(article=article, index=index, user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, done)
    if not request.htmx:
        return redirect("annotations:article-source", pk=article.pk)
    response = _render(request, article)
    # The body and every offset after the paragraph changed: the reader re-reads them.
    return trigger_client_event(response, "article-body-changed")


@require_POST
def article_block_restore(
    request: HtmxHttpRequest, pk: int, index: int
) -> HttpResponse:
    return _change(
        request,
        pk,
        index,
        services.article_restore_block,
        _("The paragraph is back in the article."),
    )


@require_POST
def article_block_remove(request: HtmxHttpRequest, pk: int, index: int) -> HttpResponse:
    blocks = Article.objects.filter(pk=pk).values_list("blocks", flat=True).first()
    kept = bool(blocks and 0 <= index < len(blocks) and blocks[index].get("kept"))
    return _change(
        request,
        pk,
        index,
        services.article_remove_block,
        _("The paragraph is out of the article; it is listed with the removed ones.")
        if kept
        else _("The paragraph is out of the article again."),
    )
