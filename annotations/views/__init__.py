"""Views, one module per area: articles (library, reader, import), stories, annotate, speakers, exports."""

from __future__ import annotations

from django.http import HttpRequest, QueryDict
from django_htmx.middleware import HtmxDetails

from annotations.text.cleaning import clean_line


class HtmxHttpRequest(HttpRequest):
    """The request type of every view: HtmxMiddleware adds `request.htmx`."""

    htmx: HtmxDetails


def text_param(data: QueryDict, name: str, limit: int) -> str:
    """Return a query or form parameter as one line of at most limit characters.

    Cleaned as typed names are (`cleaning.clean_line`): a NUL, which PostgreSQL
    refuses in any query (a 500), and control or bidi characters go.
    """
    return clean_line(data.get(name, "")[: limit * 2])[:limit]
