"""Request logging: an id per request, one line per request, JSON when asked."""

from __future__ import annotations

import json
import logging
import re

import pytest
from django.test import RequestFactory

from newsroom.logs import RequestContextFilter, RequestLogMiddleware
from tests.test_settings import PRODUCTION, _manage


def test_every_answer_carries_a_request_id(client, db):
    first = client.get("/accounts/login/")["X-Request-ID"]
    second = client.get("/accounts/login/")["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second


@pytest.mark.parametrize(
    ("incoming", "kept"),
    [
        ("lb-7f3a.91:2", True),
        ("x" * 65, False),  # too long
        ("evil\nINFO forged line", False),  # would forge a log line
        ("", False),
    ],
)
def test_the_load_balancer_s_request_id_is_kept_only_when_sane(
    client, db, incoming, kept
):
    answered = client.get("/accounts/login/", HTTP_X_REQUEST_ID=incoming)[
        "X-Request-ID"
    ]
    assert (answered == incoming) is kept


def test_each_request_is_logged_once_with_status_duration_and_user(
    editor_client, alice, caplog
):
    with caplog.at_level(logging.INFO, logger="newsroom.request"):
        response = editor_client.get("/articles/")
    records = [r for r in caplog.records if r.name == "newsroom.request"]
    assert len(records) == 1
    record = records[0]
    assert record.status == 200 and record.method == "GET"
    assert record.path == "/articles/"
    assert record.user_id == alice.pk
    assert record.duration_ms > 0
    assert record.getMessage().startswith("GET /articles/ 200 ")
    assert response["X-Request-ID"]


def test_probes_are_logged_at_debug_only(client, caplog):
    with caplog.at_level(logging.INFO, logger="newsroom.request"):
        client.get("/healthz")
    assert not [r for r in caplog.records if r.name == "newsroom.request"]


def test_lines_logged_inside_a_request_carry_its_id_and_user(rf: RequestFactory):
    seen = []

    class Keep(logging.Handler):
        def emit(self, record):
            seen.append(record)

    handler = Keep()
    handler.addFilter(RequestContextFilter())
    log = logging.getLogger("annotations.test_logs")
    log.addHandler(handler)
    log.setLevel(logging.INFO)

    class User:
        pk = 42
        is_authenticated = True

    def view(request):
        log.warning("inside")
        from django.http import HttpResponse

        return HttpResponse("ok")

    request = rf.get("/x", HTTP_X_REQUEST_ID="req-1")
    request.user = User()
    try:
        RequestLogMiddleware(view)(request)
        log.warning("outside")
    finally:
        log.removeHandler(handler)
    inside, outside = seen
    assert (inside.request_id, inside.user_id) == ("req-1", 42)
    assert (outside.request_id, outside.user_id) == ("-", None)


def test_json_logs_are_one_object_per_line_under_production_settings():
    script = (
        "from django.test import Client;"
        "Client().get('/accounts/login/', HTTP_HOST='newsroom.example.org',"
        " HTTP_X_REQUEST_ID='probe-1')"
    )
    result = _manage("shell", "-c", script, **PRODUCTION, NEWSROOM_LOG_FORMAT="json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines() if line]
    requests = [line for line in lines if line["logger"] == "newsroom.request"]
    assert len(requests) == 1
    line = requests[0]
    assert line["status"] == 301  # to https, in production
    assert line["request_id"] == "probe-1"
    assert line["method"] == "GET" and line["path"] == "/accounts/login/"
    assert line["user_id"] is None
    assert line["time"].endswith("+00:00")


def test_a_bad_log_format_is_one_sentence():
    result = _manage("check", NEWSROOM_LOG_FORMAT="xml")
    assert result.returncode == 2
    assert "NEWSROOM_LOG_FORMAT" in result.stderr
    assert "Traceback" not in result.stderr


def test_python_warnings_are_json_lines_too():
    script = "import warnings; warnings.warn('a deprecation, say')"
    result = _manage("shell", "-c", script, **PRODUCTION, NEWSROOM_LOG_FORMAT="json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines() if line]
    warned = [line for line in lines if line["logger"] == "py.warnings"]
    assert len(warned) == 1
    assert "a deprecation, say" in warned[0]["message"]
    assert warned[0]["level"] == "WARNING"
