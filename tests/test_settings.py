"""Settings come from the environment; bad values stop the process with one clear sentence."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "x7" * 30 + "-production-secret-for-the-check",
    "DJANGO_ALLOWED_HOSTS": "newsroom.example.org",
}


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL"))
    }
    clean["DJANGO_SETTINGS_MODULE"] = "newsroom.settings"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_under_production_variables():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_missing_secret_key_in_production_is_one_sentence():
    env = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECRET_KEY"}
    result = _manage("check", **env)
    assert result.returncode == 2
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_malformed_database_url_is_one_sentence():
    for url in ("nonsense", "mysql://u:p@127.0.0.1/db", "postgres://"):
        result = _manage("check", **PRODUCTION, DATABASE_URL=url)
        assert result.returncode == 2, url
        assert "DATABASE_URL" in result.stderr, (url, result.stderr)
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_unreachable_database_is_one_sentence():
    # Port 9 on loopback: nothing listens there.
    result = _manage(
        "migrate",
        "--check",
        **PRODUCTION,
        DATABASE_URL="postgres://u:p@127.0.0.1:9/newsroom",
    )
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_manage_py_runs_in_development_mode_unless_told_otherwise():
    assert _manage("check").returncode == 0
    result = _manage("check", DJANGO_DEBUG="0")
    assert result.returncode == 2
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_a_bad_boolean_names_its_variable():
    result = _manage("check", DJANGO_DEBUG="maybe")
    assert result.returncode == 2
    assert "DJANGO_DEBUG" in result.stderr


def test_sqlite_runs_in_wal_mode_with_immediate_transactions(db):
    from django.db import connection

    if connection.vendor != "sqlite":
        return
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 5000


def test_default_time_zone_is_jakarta(settings):
    assert os.environ.get("DJANGO_TIME_ZONE", "Asia/Jakarta") == settings.TIME_ZONE
    assert settings.USE_TZ


def test_the_dictionary_paths_reach_the_lexicon_and_empty_switches_one_off(tmp_path):
    code = (
        "from annotations.text import lexicon; "
        "print(lexicon.paths()['dictd'], lexicon.paths()['thesaurus'], "
        "lexicon.available(), sep='|')"
    )
    result = _manage(
        "shell",
        "-v",
        "0",
        "-c",
        code,
        NEWSROOM_LEXICON_DICTD=str(tmp_path / "freedict-eng-ind"),
        NEWSROOM_LEXICON_THESAURUS="",
    )
    assert result.returncode == 0, result.stderr
    # Nothing there: no error, the matcher keeps its built-in table.
    assert result.stdout.strip() == f"{tmp_path / 'freedict-eng-ind'}||False"


def _sqlite_reconnects(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """Run a request's end (close_old_connections) between two queries; print whether the connection stayed."""
    code = (
        "from django.db import close_old_connections, connection; "
        "print(connection.settings_dict['CONN_MAX_AGE']); "
        "connection.ensure_connection(); first = connection.connection; "
        "close_old_connections(); connection.ensure_connection(); "
        "print(connection.connection is first)"
    )
    return _manage(
        "shell",
        "--no-imports",
        "-c",
        code,
        NEWSROOM_SQLITE_PATH=str(tmp_path / "db.sqlite3"),
        **env,
    )


def test_sqlite_connections_outlive_a_request_unless_told_otherwise(tmp_path):
    kept = _sqlite_reconnects(tmp_path)
    assert kept.returncode == 0, kept.stderr
    assert kept.stdout.split() == ["60", "True"]
    closed = _sqlite_reconnects(tmp_path, NEWSROOM_SQLITE_CONN_MAX_AGE="0")
    assert closed.stdout.split() == ["0", "False"]
    bad = _sqlite_reconnects(tmp_path, NEWSROOM_SQLITE_CONN_MAX_AGE="forever")
    assert bad.returncode == 2
    assert "NEWSROOM_SQLITE_CONN_MAX_AGE" in bad.stderr


def _database_options(**env: str) -> dict:
    probe = (
        "import json, django; django.setup()\n"
        "from django.conf import settings\n"
        "print(json.dumps(settings.DATABASES['default'].get('OPTIONS', {})))\n"
    )
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "NEWSROOM_"))
    }
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={
            **clean,
            **PRODUCTION,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_postgresql_prepares_statements_unless_told_not_to():
    url = "postgres://u:p@127.0.0.1:9/newsroom"
    options = _database_options(DATABASE_URL=url)
    assert options["server_side_binding"] is True
    assert options["prepare_threshold"] == 5
    off = _database_options(DATABASE_URL=url, NEWSROOM_PG_PREPARED="0")
    assert "server_side_binding" not in off
    assert "prepare_threshold" not in off
