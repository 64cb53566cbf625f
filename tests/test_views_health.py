"""Liveness and readiness probes: open to anonymous callers, no data, honest status."""

from __future__ import annotations

import json

import pytest
from django.db import DatabaseError
from django.test import Client

from annotations.views import health
from tests.test_settings import PRODUCTION, _manage


def test_healthz_answers_anonymous_callers_without_the_database(
    db, client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]
    assert "sessionid" not in response.cookies


def test_readyz_is_ready_once_the_database_answers_and_is_migrated(db, client):
    response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "migrations": "ok"},
    }


def test_readyz_says_unavailable_when_the_database_fails(db, monkeypatch):
    class Broken:
        def __enter__(self):
            raise DatabaseError("connection refused by 10.0.0.5 user=secret")

        def __exit__(self, *exc):
            return False

    class Connection:
        def cursor(self):
            return Broken()

    monkeypatch.setattr(health, "connections", {"default": Connection()})
    response = Client().get("/readyz")
    assert response.status_code == 503
    data = response.json()
    assert data == {
        "status": "unavailable",
        "checks": {"database": "unavailable", "migrations": "unknown"},
    }
    assert b"10.0.0.5" not in response.content  # nothing about the set-up leaks


def test_readyz_says_unavailable_while_migrations_are_pending(db, monkeypatch):
    from django.db.migrations.executor import MigrationExecutor

    monkeypatch.setattr(health, "_migrated", False)
    monkeypatch.setattr(
        MigrationExecutor,
        "migration_plan",
        lambda self, targets: [("annotations", "9999_future")],
    )
    response = Client().get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "migrations": "pending"}


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_refuse_writes(path, db):
    assert Client().post(path).status_code == 405


def test_probes_answer_over_plain_http_in_production():
    """Load balancers probe behind the TLS they end: no redirect to https."""
    script = (
        "from django.test import Client;"
        "c = Client();"
        "print(c.get('/healthz', HTTP_HOST='newsroom.example.org').status_code,"
        " c.get('/accounts/login/', HTTP_HOST='newsroom.example.org').status_code)"
    )
    result = _manage("shell", "-c", script, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["200", "301"]


def test_healthz_body_is_json():
    response = Client().get("/healthz")
    assert json.loads(response.content) == {"status": "ok"}
