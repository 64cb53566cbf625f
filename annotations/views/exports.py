"""Downloads of what a list page shows: CSV (annotations, links, articles) and JSON-LD.

Each view reads the page's query string through the same filter forms the pages
use, so an export holds exactly the rows on screen (every status, unless the page
filters one). The response streams: the header row leaves before the first query.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from django.http import HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from annotations.exporting import (
    ANNOTATION_HEADER,
    ARTICLE_HEADER,
    LINK_HEADER,
    annotation_rows,
    annotations_for,
    article_rows,
    articles_for,
    link_rows,
    links_for,
    stream_csv,
    stream_jsonld,
)
from annotations.filters import AnnotationFilterForm, ArticleFilterForm
from annotations.views import HtmxHttpRequest

PAGING = ("page", "page_size", "bom")
# The largest JSON-LD page: larger values are refused before anything streams.
MAX_PAGE_SIZE = 100_000

logger = logging.getLogger(__name__)


def _filters(request: HtmxHttpRequest) -> dict | HttpResponse:
    """Return the page's filter values, or a 400 naming the filters that are wrong."""
    forms = (ArticleFilterForm(request.GET), AnnotationFilterForm(request.GET))
    if all(form.is_valid() for form in forms):
        return {k: v for form in forms for k, v in form.cleaned_data.items()}
    problems = {
        f"{name}: {' '.join(errors)}"
        for form in forms
        for name, errors in form.errors.items()
    }
    return HttpResponseBadRequest(
        _("These filters are not valid: %(problems)s")
        % {"problems": "; ".join(sorted(problems))},
        content_type="text/plain; charset=utf-8",
    )


def _filename(kind: str, data: dict, extension: str) -> str:
    parts = ["newsroom", kind]
    if data.get("story"):
        parts.append(data["story"].slug)
    if data.get("article"):
        parts.append(f"article-{data['article']}")
    if data.get("speaker"):
        parts.append(f"speaker-{data['speaker'].pk}")
    parts.append(timezone.localdate().isoformat())
    return "-".join(parts) + extension


def _guarded(chunks: Iterator[bytes], filename: str) -> Iterator[bytes]:
    """Yield chunks; if one fails, end the file with a line saying it is incomplete.

    The status (200) left with the first chunk, so the failure is told in the
    file itself, and the exception is raised again so the server aborts the
    transfer instead of ending it cleanly: no download looks complete when it is not.
    """
    try:
        yield from chunks
    except Exception:
        logger.exception("export %s failed after it started streaming", filename)
        line = _("EXPORT FAILED: this file is incomplete; download it again.")
        yield f"\r\n!! {line}\r\n".encode()
        raise


def _download(
    chunks: Iterator[bytes], filename: str, content_type: str
) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        _guarded(chunks, filename), content_type=content_type
    )
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Accel-Buffering"] = "no"  # let nginx pass the chunks on at once
    # Exports hold the newsroom's work: no shared cache, no copy left on disk.
    response["Cache-Control"] = "private, no-store"
    return response


def _csv(request, kind: str, header, rows, data: dict) -> StreamingHttpResponse:
    return _download(
        stream_csv(header, rows, bom=request.GET.get("bom") != "0"),
        _filename(kind, data, ".csv"),
        "text/csv; charset=utf-8",
    )


@require_GET
def annotation_export(request: HtmxHttpRequest) -> HttpResponse:
    data = _filters(request)
    if isinstance(data, HttpResponse):
        return data
    rows = annotation_rows(annotations_for(data))
    return _csv(request, "annotations", ANNOTATION_HEADER, rows, data)


@require_GET
def link_export(request: HtmxHttpRequest) -> HttpResponse:
    data = _filters(request)
    if isinstance(data, HttpResponse):
        return data
    return _csv(request, "links", LINK_HEADER, link_rows(links_for(data)), data)


@require_GET
def article_export(request: HtmxHttpRequest) -> HttpResponse:
    data = _filters(request)
    if isinstance(data, HttpResponse):
        return data
    return _csv(
        request, "articles", ARTICLE_HEADER, article_rows(articles_for(data)), data
    )


def _positive(value: str | None, most: int) -> int | None:
    if value is None or value == "":
        return None
    if len(value) > 12:  # int() of a huge string is slow, and no page is that far
        raise ValueError(value)
    number = int(value)  # ValueError is the caller's 400
    if not 1 <= number <= most:
        raise ValueError(value)
    return number


@require_GET
def annotation_export_jsonld(request: HtmxHttpRequest) -> HttpResponse:
    data = _filters(request)
    if isinstance(data, HttpResponse):
        return data
    try:
        page = _positive(request.GET.get("page"), 10**9)
        page_size = _positive(request.GET.get("page_size"), MAX_PAGE_SIZE)
    except ValueError:
        return HttpResponseBadRequest(
            _(
                "page must be a whole number from 1, and page_size a whole number "
                "from 1 to %(most)s."
            )
            % {"most": MAX_PAGE_SIZE},
            content_type="text/plain; charset=utf-8",
        )
    if page_size is None:
        page = None  # a list page's own ?page= is its pagination, not the export's
    query = request.GET.copy()
    for key in PAGING:
        query.pop(key, None)
    collection_id = request.build_absolute_uri(
        reverse("annotations:annotation-export-jsonld")
    )
    if query:
        collection_id += "?" + query.urlencode()
    chunks = stream_jsonld(
        annotations_for(data),
        # Only relations someone stands by: no dismissed link, no rejected end.
        links_for(data).live(),
        base_url=request.build_absolute_uri("/"),
        collection_id=collection_id,
        label=_("newsroom annotations"),
        page=page,
        page_size=page_size,
    )
    return _download(
        chunks,
        _filename("annotations", data, ".jsonld"),
        'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    )
