"""Request logging: one line per request, and the request's id on every log line.

`RequestLogMiddleware` gives each request an id (the load balancer's
X-Request-ID when it sends a sane one, else a new one), answers it in the
X-Request-ID header, and logs the request on `newsroom.request` when it ends:
method, path, status, duration, user id. `RequestContextFilter` copies the id
and the user id onto every record logged while the request runs (a traceback
from django.request included), so one request's lines can be found together
across several servers. NEWSROOM_LOG_FORMAT=json writes them as JSON objects
(settings.LOGGING).
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse

logger = logging.getLogger("newsroom.request")

_context: ContextVar[dict | None] = ContextVar("newsroom_request", default=None)
_SANE_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
# Load balancers ask these every few seconds: logged at DEBUG, not INFO.
_PROBES = ("/healthz", "/readyz")


class RequestContextFilter(logging.Filter):
    """Add request_id and user_id to every record ("-" outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        context = _context.get() or {}
        if not hasattr(record, "request_id"):
            record.request_id = context.get("request_id", "-")
        if not hasattr(record, "user_id"):
            request = context.get("request")
            record.user_id = _user_id(request) if request is not None else None
        return True


def _user_id(request: HttpRequest) -> int | None:
    """Return the logged-in user's id; None for anonymous, or when it cannot be known."""
    try:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        return user.pk
    except Exception:  # the session store is down: the log line still goes out
        return None


class RequestLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _SANE_ID.fullmatch(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = _context.set({"request_id": request_id, "request": request})
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            duration = (time.perf_counter() - started) * 1000
            response["X-Request-ID"] = request_id
            level = logging.DEBUG if request.path in _PROBES else logging.INFO
            if response.status_code >= 500:
                level = logging.ERROR
            if logger.isEnabledFor(level):
                logger.log(
                    level,
                    "%s %s %s %.1f ms",
                    request.method,
                    request.path,
                    response.status_code,
                    duration,
                    extra={
                        "method": request.method,
                        "path": request.path,
                        "status": response.status_code,
                        "duration_ms": round(duration, 1),
                        "streaming": response.streaming,
                        "user_id": _user_id(request),
                    },
                )
            return response
        finally:
            _context.reset(token)
