"""manage.py backup / restore: a consistent copy while an editor keeps writing, and back."""

from __future__ import annotations

import io
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections

from annotations.models import Tag


class Writer(threading.Thread):
    """Save tags w0, w1, w2… one transaction each until stopped, as an editor would."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.saved = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                Tag.objects.create(name=f"w{self.saved}")
                self.saved += 1
                time.sleep(0.002)
        except BaseException as exc:  # reported by the test
            self.error = exc
        finally:
            connections.close_all()

    def wait_for(self, count: int, timeout: float = 30) -> None:
        until = time.monotonic() + timeout
        while self.saved < count:
            assert time.monotonic() < until, f"the writer saved only {self.saved}"
            assert self.error is None, self.error
            time.sleep(0.01)


def _run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def _numbers() -> list[int]:
    return sorted(int(n[1:]) for n in Tag.objects.values_list("name", flat=True))


@pytest.mark.django_db(transaction=True)
def test_backup_while_writing_then_restore_gives_back_one_consistent_moment(tmp_path):
    target = tmp_path / "newsroom.backup"
    writer = Writer()
    writer.start()
    try:
        writer.wait_for(20)
        out = _run("backup", str(target))
        at_backup = writer.saved
        writer.wait_for(at_backup + 20)  # more work after the backup
    finally:
        writer.stop.set()
        writer.join(30)
    assert writer.error is None, writer.error
    assert "Backed up to" in out
    assert target.is_file() and not Path(f"{target}.partial").exists()
    assert len(_numbers()) == writer.saved

    out = _run("restore", str(target), "--confirm")
    assert "Restored" in out
    restored = _numbers()
    # One moment of the writer's work: every tag up to some point, none after.
    assert restored == list(range(len(restored)))
    assert 20 <= len(restored) <= at_backup + 1
    assert len(restored) < writer.saved
    Tag.objects.create(name="after-restore")  # the database works on
    assert Tag.objects.filter(name="after-restore").exists()


@pytest.mark.django_db(transaction=True)
def test_restore_without_confirm_changes_nothing(tmp_path):
    target = tmp_path / "b.backup"
    Tag.objects.create(name="kept")
    _run("backup", str(target))
    Tag.objects.create(name="newer")
    with pytest.raises(CommandError, match="--confirm"):
        _run("restore", str(target))
    assert set(Tag.objects.values_list("name", flat=True)) == {"kept", "newer"}


@pytest.mark.django_db
def test_backup_refuses_to_replace_a_file_without_force(tmp_path):
    target = tmp_path / "exists.backup"
    target.write_text("precious")
    with pytest.raises(CommandError, match="--force"):
        _run("backup", str(target))
    assert target.read_text() == "precious"


@pytest.mark.django_db
def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_bytes(b"this is not a database " * 100)
    with pytest.raises(CommandError):
        _run("restore", str(bogus), "--confirm")
    with pytest.raises(CommandError, match="does not exist"):
        _run("restore", str(tmp_path / "missing.backup"), "--confirm")


@pytest.mark.django_db(transaction=True)
def test_a_backup_is_one_standalone_file_in_the_database_s_format(tmp_path):
    target = tmp_path / "copy.backup"
    Tag.objects.create(name="inside")
    _run("backup", str(target))
    if connection.vendor == "postgresql":
        assert target.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
        return
    assert not Path(f"{target}-wal").exists()
    con = sqlite3.connect(target)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        names = [r[0] for r in con.execute("SELECT name FROM annotations_tag")]
    finally:
        con.close()
    assert names == ["inside"]
