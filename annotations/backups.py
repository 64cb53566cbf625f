"""Copy the whole database to a file and back, while the app keeps running.

SQLite: the online backup API copies a consistent snapshot (in WAL mode the
copy reads one snapshot while editors keep writing), into a temporary file that
is checked and then renamed, so a backup file is either whole or absent. A
restore copies the file back through the same API, under SQLite's write lock, so
running servers see the old database or the new one, never a mix.

PostgreSQL: pg_dump (one repeatable-read snapshot, custom format) and
pg_restore (--clean, in a single transaction) when they are installed; the
commands print what to run otherwise.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.db import connections

COUNTED = ("annotations_article", "annotations_annotation", "annotations_link")


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why."""


@dataclass(frozen=True)
class Summary:
    articles: int
    annotations: int
    links: int
    migrations: int

    def __str__(self) -> str:
        return (
            f"{self.articles} articles, {self.annotations} annotations, "
            f"{self.links} links, {self.migrations} migrations applied"
        )


def vendor(alias: str = "default") -> str:
    return connections[alias].vendor


def _sqlite_path(alias: str) -> Path:
    name = connections[alias].settings_dict["NAME"]
    if not name or str(name).startswith(":memory:") or "mode=memory" in str(name):
        raise BackupError("The SQLite database is in memory: nothing to back up.")
    return Path(name)


def _summary(con: sqlite3.Connection) -> Summary:
    counts = [
        con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        for table in (*COUNTED, "django_migrations")
    ]
    return Summary(*counts)


def _check(con: sqlite3.Connection, what: str) -> Summary:
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BackupError(f"{what} is damaged: {result}")
        return _summary(con)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{what} is not a newsroom SQLite database ({exc}).") from exc


def sqlite_backup(target: Path, *, alias: str = "default") -> Summary:
    """Copy the live SQLite database to target (which must not exist); return its summary."""
    source_path = _sqlite_path(alias)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(source_path, timeout=30)
    try:
        copy = sqlite3.connect(partial)
        try:
            # One step (pages=-1): the copy is one read snapshot of the source.
            source.backup(copy)
            # The copy stands alone: no -wal file next to it is needed to read it.
            copy.execute("PRAGMA journal_mode=DELETE")
            summary = _check(copy, "The copy")
        finally:
            copy.close()
    finally:
        source.close()
    os.replace(partial, target)
    return summary


def sqlite_inspect(path: Path) -> Summary:
    """Return the summary of a backup file, after checking it is whole."""
    if not path.is_file():
        raise BackupError(f"{path} does not exist.")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _check(con, str(path))
    finally:
        con.close()


def sqlite_current(alias: str = "default") -> Summary:
    con = sqlite3.connect(_sqlite_path(alias), timeout=30)
    try:
        return _summary(con)
    finally:
        con.close()


def sqlite_restore(source: Path, *, alias: str = "default") -> Summary:
    """Replace the live SQLite database's content with the backup's; return its summary."""
    summary = sqlite_inspect(source)
    connections[alias].close()
    backup = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        live = sqlite3.connect(_sqlite_path(alias), timeout=60)
        try:
            backup.backup(live)
        finally:
            live.close()
    finally:
        backup.close()
    return summary


# ---- PostgreSQL -----------------------------------------------------------------


def _pg_env(alias: str) -> tuple[dict[str, str], list[str]]:
    s = connections[alias].settings_dict
    env = {**os.environ}
    if s.get("PASSWORD"):
        env["PGPASSWORD"] = str(s["PASSWORD"])
    args = ["--host", str(s.get("HOST") or "127.0.0.1")]
    args += ["--port", str(s.get("PORT") or 5432)]
    if s.get("USER"):
        args += ["--username", str(s["USER"])]
    return env, args


def pg_tool(name: str) -> str | None:
    return shutil.which(name)


def pg_dump_command(target: Path, alias: str = "default") -> list[str]:
    _env, args = _pg_env(alias)
    name = connections[alias].settings_dict["NAME"]
    return [
        "pg_dump",
        "--format=custom",
        "--no-owner",
        *args,
        "--file",
        str(target),
        name,
    ]


def pg_restore_command(source: Path, alias: str = "default") -> list[str]:
    _env, args = _pg_env(alias)
    name = connections[alias].settings_dict["NAME"]
    return [
        "pg_restore",
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        *args,
        "--dbname",
        name,
        str(source),
    ]


def _run(command: list[str], alias: str) -> None:
    env, _args = _pg_env(alias)
    tool = pg_tool(command[0])
    if tool is None:
        raise BackupError(f"{command[0]} is not installed.")
    result = subprocess.run(
        [tool, *command[1:]], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise BackupError(
            f"{command[0]} failed (status {result.returncode}): {result.stderr.strip()}"
        )


def pg_backup(target: Path, *, alias: str = "default") -> None:
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    _run(pg_dump_command(partial, alias), alias)
    os.replace(partial, target)


def pg_restore(source: Path, *, alias: str = "default") -> None:
    if not source.is_file():
        raise BackupError(f"{source} does not exist.")
    connections[alias].close()
    _run(pg_restore_command(source, alias), alias)


def shell_line(command: list[str]) -> str:
    """Return the command as one line to paste, its password left out."""
    import shlex

    return "PGPASSWORD=... " + shlex.join(command)
