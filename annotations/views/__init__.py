"""Views, one module per area: articles (library, reader, import), stories, annotate, speakers, exports."""

from __future__ import annotations

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class HtmxHttpRequest(HttpRequest):
    """The request type of every view: HtmxMiddleware adds `request.htmx`."""

    htmx: HtmxDetails
