"""`make load`: 50 simulated editors against gunicorn for a bounded time, then a check.

Sets up a fresh database (a temporary SQLite file, or a fresh PostgreSQL database
named after DATABASE_URL's with `_load` appended) with the demo corpus and one
editor account per simulated editor, collects the static files and starts
gunicorn (several gthread workers, production settings) on 127.0.0.1. Then each
editor logs in (CSRF and all, as a browser does) and, until time is up, reads
the reader and the library, searches, creates, edits and deletes annotations
with tags, restores and removes paragraphs, links annotations and exports CSV,
pausing between actions as a person does. The article text an editor selects
words in is read from the database just before the save, as the page the
editor looks at shows it; a paragraph restored meanwhile makes the server refuse
the stale selection, which counts as refused, not as an error.

It prints requests per second and p50/p95/p99 per kind of request, the server's
CPU milliseconds per request of each kind (each request's thread CPU time in the
gunicorn worker, recorded by hooks; wall times depend on what else runs on the
machine, CPU time does not), the milliseconds each request spent waiting on the
database (its statements and commits, lock waits included) and how many SQL
statements it ran; on PostgreSQL also the CPU time of the backends serving
gunicorn and pg_stat_database's time in statements and in open transactions,
per request. --sql lists, per kind, the statements taking the most time. Then the errors
(any status >= 400, 500s, broken connections, a write the server did not
confirm) and the refusals (answers that explain why nothing was saved). Then,
with the server stopped, it checks the database: every write the client was
told succeeded is there exactly once with its content (note, tags, text,
deleted or not, links), and every live annotation's offsets still select its
words in the article body. Exit status 1 on any error or loss.

    .venv/bin/python bench/load.py [--seconds 60] [--editors 50] [--workers 3]
        [--threads 4] [--port 8201] [--think 1.0] [--seed 1] [--sql]

Goal: 0 errors, 0 lost writes, p95 under 200 ms for reads and saves.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import random
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import percentile  # noqa: E402

PASSWORD = "load-" + secrets.token_urlsafe(12)
# The kinds of request, how often an editor does each, and whether p95 has a goal.
WEIGHTS = {
    "reader": 24,
    "library": 8,
    "search": 10,
    "create": 22,
    "edit": 10,
    "delete": 5,
    "paragraph": 4,
    "link": 6,
    "export": 3,
}
GOAL_KINDS = ("reader", "library", "search", "create", "edit", "delete")
GOAL_MS = 200
SERVER_APPLICATION = "newsroom-load-server"
KINDS = ("quote", "claim", "mention", "note")
TAGS = ("sumber", "angka", "perlu-cek", "kutipan", "bantahan")
MESSAGE = re.compile(r'class="message message-(\w+)"[^>]*>([^<]*)<')


# ---- Ledger: what the server confirmed ---------------------------------------


@dataclass
class Expected:
    """An annotation as the client was last told the server saved it."""

    pk: int
    article: int
    editor: int
    note: str
    tags: frozenset[str]
    exact: str
    deleted: bool = False


@dataclass
class Stats:
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    refused: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def time(self, kind: str, seconds: float) -> None:
        with self.lock:
            self.times[kind].append(seconds)

    def error(self, kind: str, what: str) -> None:
        with self.lock:
            self.errors[kind].append(what)

    def refuse(self, kind: str, why: str) -> None:
        with self.lock:
            self.refused[kind].append(why)


class Failed(Exception):
    """A request that failed: already counted as an error."""


# ---- One simulated editor -------------------------------------------------------


class Editor(threading.Thread):
    def __init__(self, number: int, run: Run) -> None:
        super().__init__(name=f"editor-{number}", daemon=True)
        self.number = number
        self.run_ = run
        self.rng = random.Random(run.seed * 1000 + number)
        self.http = requests.Session()
        self.mine: dict[int, Expected] = {}  # this editor's confirmed annotations
        self.seq = 0
        self.logged_in = False

    # -- HTTP with timing and error accounting --

    def call(self, kind: str, method: str, path: str, *, ok=(200,), **kwargs):
        url = self.run_.base + path
        headers = kwargs.pop("headers", {})
        headers["X-Load-Kind"] = kind  # the server's hooks file its CPU time under it
        if method == "POST":
            headers["X-CSRFToken"] = self.http.cookies.get("csrftoken", "")
        started = time.perf_counter()
        try:
            response = self.http.request(
                method,
                url,
                headers=headers,
                allow_redirects=False,
                timeout=60,
                **kwargs,
            )
            body = response.content  # streamed answers are read to the end
        except requests.RequestException as exc:
            # The exception's words too: a reset, a refused connection and a
            # timeout need different fixes.
            why = str(exc.__context__ or exc).split(": ", 1)[-1][:160]
            self.run_.stats.error(
                kind, f"{method} {_shape(path)}: {type(exc).__name__} ({why})"
            )
            raise Failed from exc
        self.run_.stats.time(kind, time.perf_counter() - started)
        if response.status_code not in ok:
            where = response.headers.get("Location", "")
            self.run_.stats.error(
                kind,
                f"{method} {_shape(path)}: {response.status_code} {where}".strip(),
            )
            raise Failed
        response.body = body
        return response

    def htmx(self, kind: str, path: str, data: dict):
        return self.call(kind, "POST", path, data=data, headers={"HX-Request": "true"})

    # -- the session --

    def login(self) -> None:
        self.call("login", "GET", "/accounts/login/")
        response = self.call(
            "login",
            "POST",
            "/accounts/login/",
            ok=(302,),
            data={
                "username": f"load{self.number}",
                "password": PASSWORD,
                "csrfmiddlewaretoken": self.http.cookies.get("csrftoken", ""),
            },
        )
        if "/accounts/login/" in response.headers.get("Location", ""):
            self.run_.stats.error("login", "login refused")
            raise Failed
        self.logged_in = True

    def run(self) -> None:
        from django.db import connection

        if not self.logged_in:
            return
        self.run_.go.wait()
        time.sleep(self.rng.uniform(0, 1) * self.run_.think)  # not all in step
        actions, weights = zip(*WEIGHTS.items(), strict=True)
        try:
            while time.monotonic() < self.run_.deadline:
                action = self.rng.choices(actions, weights)[0]
                try:
                    getattr(self, f"do_{action}")()
                except Failed:
                    pass
                except Exception as exc:  # a bug in this client: say so, go on
                    self.run_.stats.error(action, f"client: {exc!r}")
                time.sleep(self.rng.uniform(0.25, 1.75) * self.run_.think)
        finally:
            connection.close()

    # -- what editors do --

    def do_reader(self) -> None:
        pk = self.rng.choice(self.run_.articles)
        self.call("reader", "GET", f"/articles/{pk}/")

    def do_library(self) -> None:
        self.call("library", "GET", "/articles/")

    def do_search(self) -> None:
        word = self.rng.choice(self.run_.words)
        self.call("search", "GET", "/articles/", params={"q": word})

    def do_export(self) -> None:
        response = self.call("export", "GET", "/annotations/export.csv", stream=True)
        text = response.body.decode("utf-8-sig", errors="replace")
        if not text.endswith("\n") or text.count("\n") < 2:
            self.run_.stats.error("export", "the CSV export ended early")

    def do_create(self) -> None:
        from annotations.models import Article

        pk = self.rng.choice(self.run_.articles)
        body = Article.objects.values_list("body", flat=True).get(pk=pk)
        start, end = _words(body, self.rng)
        self.seq += 1
        note = f"load-{self.number}-{self.seq}"
        tags = frozenset({"load", self.rng.choice(TAGS)})
        kind = self.rng.choice(KINDS)
        response = self.htmx(
            "create",
            f"/articles/{pk}/annotations/new/",
            {
                "kind": kind,
                "start": start,
                "end": end,
                "exact": body[start:end],
                "note": note,
                "tags": ", ".join(sorted(tags)),
                "value": "12" if kind == "claim" else "",
                "unit": "orang" if kind == "claim" else "",
            },
        )
        event = _event(response)
        if event.get("action") == "created":
            self.mine[event["id"]] = Expected(
                event["id"], pk, self.number, note, tags, body[start:end]
            )
        elif event.get("action") == "exists":
            self.run_.stats.refuse("create", "already saved")
        else:
            self.run_.stats.refuse("create", _why(response))

    def _own(self) -> Expected | None:
        alive = [e for e in self.mine.values() if not e.deleted]
        return self.rng.choice(alive) if alive else None

    def do_edit(self) -> None:
        from annotations.models import Annotation

        mine = self._own()
        if mine is None:
            return self.do_create()
        row = Annotation.objects.values("kind", "version").get(pk=mine.pk)
        self.call("edit", "GET", f"/annotations/{mine.pk}/edit/")
        self.seq += 1
        note = f"load-{self.number}-{self.seq}"
        tags = frozenset({"load", self.rng.choice(TAGS)})
        response = self.htmx(
            "edit",
            f"/annotations/{mine.pk}/edit/",
            {
                "kind": row["kind"],
                "version": row["version"],
                "note": note,
                "tags": ", ".join(sorted(tags)),
                "value": "12" if row["kind"] == "claim" else "",
                "unit": "orang" if row["kind"] == "claim" else "",
            },
        )
        if _event(response).get("action") == "updated":
            mine.note, mine.tags = note, tags
        else:
            self.run_.stats.refuse("edit", _why(response))

    def do_delete(self) -> None:
        mine = self._own()
        if mine is None:
            return self.do_create()
        response = self.htmx("delete", f"/annotations/{mine.pk}/delete/", {})
        if _event(response).get("action") == "deleted":
            mine.deleted = True
        else:
            self.run_.stats.error("delete", "no deletion confirmed")

    def do_link(self) -> None:
        alive = [e for e in self.mine.values() if not e.deleted]
        if len(alive) < 2:
            return self.do_create()
        source, target = self.rng.sample(alive, 2)
        response = self.htmx(
            "link",
            f"/annotations/{source.pk}/links/new/",
            {"target": target.pk, "relation": "related", "note": "load"},
        )
        if _event(response).get("action") == "linked":
            with self.run_.stats.lock:
                self.run_.links.add((source.pk, target.pk))
        else:
            self.run_.stats.refuse("link", _why(response))

    def do_paragraph(self) -> None:
        from annotations.models import Article

        if not self.run_.removed:
            return self.do_reader()
        pk = self.rng.choice(sorted(self.run_.removed))
        index = self.rng.choice(self.run_.removed[pk])
        restored = Article.objects.values_list("restored_blocks", flat=True).get(pk=pk)
        action = "remove" if index in restored else "restore"
        response = self.htmx(
            "paragraph", f"/articles/{pk}/source/blocks/{index}/{action}/", {}
        )
        level, text = _message(response)
        if level != "success":
            self.run_.stats.refuse("paragraph", f"{action}: {text}")


# ---- Helpers ------------------------------------------------------------------


def _try_login(editor: Editor) -> None:
    with contextlib.suppress(Failed):
        editor.login()


def _shape(path: str) -> str:
    return re.sub(r"\d+", "N", path)


def _event(response) -> dict:
    for header in ("HX-Trigger-After-Settle", "HX-Trigger"):
        raw = response.headers.get(header)
        if raw:
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            if isinstance(data, dict) and isinstance(
                data.get("annotations-changed"), dict
            ):
                return data["annotations-changed"]
    return {}


def _message(response) -> tuple[str, str]:
    found = MESSAGE.search(response.body.decode("utf-8", errors="replace"))
    return (found.group(1), found.group(2).strip()) if found else ("", "")


def _why(response) -> str:
    text = response.body.decode("utf-8", errors="replace")
    for pattern in (
        r'class="form-errors"[^>]*>\s*<p>([^<]+)<',
        r'class="errorlist[^"]*"[^>]*>\s*<li>([^<]+)<',
        r'class="conflict[^"]*"[^>]*>\s*(?:<[^>]+>\s*)*([^<]+)<',
    ):
        found = re.search(pattern, text)
        if found:
            return found.group(1).strip()[:120]
    level, message = _message(response)
    return message[:120] or f"no confirmation (status {response.status_code})"


def _words(body: str, rng: random.Random) -> tuple[int, int]:
    """Return the offsets of one to six consecutive words of one paragraph."""
    words = [m.span() for m in re.finditer(r"\w[\w'’-]*", body)]
    first = rng.randrange(len(words))
    last = first
    for _ in range(rng.randint(0, 5)):
        nxt = last + 1
        if nxt >= len(words) or "\n" in body[words[last][1] : words[nxt][0]]:
            break
        last = nxt
    return words[first][0], words[last][1]


# ---- The run --------------------------------------------------------------------


class Run:
    def __init__(self, args: argparse.Namespace, base: str) -> None:
        from annotations.models import Article

        self.seed = args.seed
        self.base = base
        self.think = args.think
        self.stats = Stats()
        self.links: set[tuple[int, int]] = set()
        self.deadline = 0.0
        self.go = threading.Event()
        articles = list(Article.objects.values("pk", "body", "blocks"))
        self.articles = [a["pk"] for a in articles]
        self.removed = {
            a["pk"]: [i for i, b in enumerate(a["blocks"]) if not b.get("kept")]
            for a in articles
        }
        self.removed = {pk: idx for pk, idx in self.removed.items() if idx}
        vocabulary = set()
        for a in articles:
            vocabulary.update(
                w for w in re.findall(r"\w{4,}", a["body"]) if w.isalpha()
            )
        self.words = sorted(vocabulary)


def _database(workdir: Path) -> tuple[dict[str, str], str]:
    """Return the environment naming a fresh database, and a word describing it."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        return {"NEWSROOM_SQLITE_PATH": str(workdir / "load.sqlite3")}, "SQLite"
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    name = f"{config['NAME']}_load"
    with psycopg.connect(
        dbname="postgres",
        user=config["USER"],
        password=config["PASSWORD"],
        host=config["HOST"] or "127.0.0.1",
        port=config["PORT"] or 5432,
        autocommit=True,
    ) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}"')
    base, _, _db = url.rpartition("/")
    return {"DATABASE_URL": f"{base}/{name}"}, "PostgreSQL"


def _prepare(editors: int) -> None:
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command

    from annotations.roles import ensure_roles

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    call_command("collectstatic", "--no-input", verbosity=0)
    ensure_roles()
    hashed = make_password(PASSWORD)  # one hash for all: hashing 50 takes seconds
    editor = Group.objects.get(name="editor")
    users = User.objects.bulk_create(
        User(username=f"load{n}", password=hashed) for n in range(editors)
    )
    editor.user_set.add(*User.objects.filter(username__startswith="load"))
    assert len(users) == editors


# gunicorn's settings for the run: the project's, plus hooks that append each
# request's CPU time (its thread's, in the worker) under its kind to a file, with
# the number of SQL statements it ran and the wall time spent in them and in its
# commits (lock waits included: the database's share of the request).
CPU_HOOKS = """
import threading
import time
from pathlib import Path

_conf = Path({conf!r})
exec(compile(_conf.read_text(), str(_conf), "exec"))
_log = {log!r}
_sql_log = {sql_log!r}
_db = threading.local()


def _timed_commit(commit):
    def wrapper(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return commit(self, *args, **kwargs)
        finally:
            if getattr(_db, "on", False):
                _db.seconds += time.perf_counter() - started
                _db.commits += 1

    return wrapper


def post_fork(server, worker):
    from django.db.backends.base.base import BaseDatabaseWrapper

    BaseDatabaseWrapper._commit = _timed_commit(BaseDatabaseWrapper._commit)


def _execute(execute, sql, params, many, context):
    started = time.perf_counter()
    try:
        return execute(sql, params, many, context)
    finally:
        spent = time.perf_counter() - started
        _db.seconds += spent
        _db.queries += 1
        if _sql_log:
            _db.statements.append((spent, " ".join(sql.split())[:300]))


def pre_request(worker, req):
    from django.db import connection

    _db.on, _db.seconds, _db.queries, _db.commits = True, 0.0, 0, 0
    _db.statements = []
    req.load_wrap = connection.execute_wrapper(_execute)
    req.load_wrap.__enter__()
    req.load_cpu = time.thread_time()


def post_request(worker, req, environ, resp):
    started = getattr(req, "load_cpu", None)
    if started is None:
        return
    cpu = (time.thread_time() - started) * 1000
    req.load_wrap.__exit__(None, None, None)
    _db.on = False
    kind = next((v for k, v in req.headers if k == "X-LOAD-KIND"), "other")
    with open(_log, "a", encoding="utf-8") as out:
        out.write(f"{{kind}} {{cpu:.3f}} {{_db.seconds * 1000:.3f}} {{_db.queries}}\\n")
    if _sql_log:
        with open(_sql_log, "a", encoding="utf-8") as out:
            for spent, sql in _db.statements:
                out.write(f"{{kind}}\\t{{spent * 1000:.3f}}\\t{{sql}}\\n")
"""


def _serve(
    args, env: dict[str, str], log: Path, cpu_log: Path, sql_log: Path | None
) -> subprocess.Popen:
    config = log.with_name("gunicorn_load.conf.py")
    config.write_text(
        CPU_HOOKS.format(
            conf=str(ROOT / "gunicorn.conf.py"),
            log=str(cpu_log),
            sql_log=str(sql_log) if sql_log else "",
        ),
        encoding="utf-8",
    )
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "newsroom.wsgi:application",
        "--config",
        str(config),
        "--bind",
        f"127.0.0.1:{args.port}",
        "--workers",
        str(args.workers),
        "--threads",
        str(args.threads),
    ]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _worker(env: dict[str, str], log: Path) -> subprocess.Popen | None:
    """Start the background task worker beside the server, as a deployment runs it."""
    from django.core.management import get_commands

    if "db_worker" not in get_commands():
        return None
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "-v", "0"],
        cwd=ROOT,
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _wait_ready(base: str, server: subprocess.Popen, seconds: float = 60) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn stopped with status {server.returncode}")
        try:
            if requests.get(base + "/readyz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server at {base} was not ready within {seconds:.0f} s")


def _server_cpu(server: subprocess.Popen) -> float:
    """Return the CPU seconds the gunicorn master and its workers have used so far."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if server.pid in (pid, ppid):
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def _verify(run: Run, editors: list[Editor]) -> list[str]:
    """Return every loss or inconsistency found in the database."""
    from annotations.models import Annotation, Article, Link

    problems = []
    expected = {pk: e for ed in editors for pk, e in ed.mine.items()}
    rows = {
        a.pk: a
        for a in Annotation.objects.filter(pk__in=expected).prefetch_related("tags")
    }
    for pk, want in expected.items():
        row = rows.get(pk)
        if row is None:
            problems.append(f"annotation {pk} ({want.note}) confirmed but missing")
            continue
        tags = frozenset(t.name for t in row.tags.all())
        if row.note != want.note:
            problems.append(
                f"annotation {pk}: note {row.note!r}, confirmed {want.note!r}"
            )
        if tags != want.tags:
            problems.append(
                f"annotation {pk}: tags {sorted(tags)}, confirmed {sorted(want.tags)}"
            )
        if row.exact != want.exact:
            problems.append(
                f"annotation {pk}: words {row.exact!r}, confirmed {want.exact!r}"
            )
        if (row.deleted_at is not None) != want.deleted:
            state = "deleted" if want.deleted else "live"
            problems.append(f"annotation {pk}: confirmed {state}, found otherwise")
    notes = [e.note for e in expected.values()]
    counts = defaultdict(int)
    for note in Annotation.objects.filter(note__in=notes).values_list(
        "note", flat=True
    ):
        counts[note] += 1
    problems += [
        f"note {note} saved {counts[note]} times" for note in notes if counts[note] != 1
    ]
    bodies = dict(Article.objects.values_list("pk", "body"))
    for a in Annotation.objects.alive().values(
        "pk", "article_id", "start", "end", "exact"
    ):
        if bodies[a["article_id"]][a["start"] : a["end"]] != a["exact"]:
            problems.append(
                f"annotation {a['pk']}: offsets {a['start']}-{a['end']} no longer select"
                f" {a['exact']!r}"
            )
    live = {pk for pk, e in expected.items() if not e.deleted}
    found = set(Link.objects.values_list("source_id", "target_id"))
    for source, target in run.links:
        if source in live and target in live and (source, target) not in found:
            problems.append(f"link {source} -> {target} confirmed but missing")
    return problems


@dataclass
class Served:
    """What the server's hooks recorded of each request of one kind (see CPU_HOOKS)."""

    cpu_ms: list[float] = field(default_factory=list)
    db_ms: list[float] = field(default_factory=list)
    queries: list[int] = field(default_factory=list)


def _request_cpu(cpu_log: Path) -> dict[str, Served]:
    """Return the server's CPU and database milliseconds and queries of each request, by kind."""
    served: dict[str, Served] = defaultdict(Served)
    with contextlib.suppress(OSError):
        for line in cpu_log.read_text(encoding="utf-8").splitlines():
            kind, *numbers = line.split(" ")
            with contextlib.suppress(ValueError):
                cpu, db, queries = float(numbers[0]), float(numbers[1]), int(numbers[2])
                served[kind].cpu_ms.append(cpu)
                served[kind].db_ms.append(db)
                served[kind].queries.append(queries)
    return served


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else math.nan


def _sql_report(sql_log: Path, top: int = 8) -> None:
    """Print, per kind of request, the statements that took the most database time."""
    spent: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    with contextlib.suppress(OSError):
        for line in sql_log.read_text(encoding="utf-8").splitlines():
            kind, ms, sql = line.split("\t", 2)
            sql = re.sub(r"\b\d+\b", "N", sql)  # one shape per statement
            spent[kind][sql].append(float(ms))
    for kind in [k for k in ["login", *WEIGHTS] if k in spent]:
        shapes = sorted(spent[kind].items(), key=lambda kv: -sum(kv[1]))
        print(f"sql: {kind}: the {top} statements taking the most time")
        for sql, times in shapes[:top]:
            print(
                f"  {sum(times):8.0f} ms {len(times):6} x {_mean(times):6.2f} ms"
                f"  {sql[:160]}"
            )


# ---- The database server's side (PostgreSQL) ------------------------------------


class Backends:
    """The CPU seconds of the PostgreSQL backends serving gunicorn, sampled twice a second.

    The server's connections carry an application_name (see main), which
    pg_stat_activity shows beside each backend's process id; backends that end
    between two samples keep the CPU time of their last sample.
    """

    def __init__(self, application: str) -> None:
        self.application = application
        self.seen: dict[int, float] = {}
        self.start: dict[int, float] = {}
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)

    def _now(self) -> dict[int, float]:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pid FROM pg_stat_activity WHERE application_name = %s",
                [self.application],
            )
            pids = [pid for (pid,) in cursor.fetchall()]
        tick = os.sysconf("SC_CLK_TCK")
        found = {}
        for pid in pids:
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:  # ended, or PostgreSQL runs elsewhere
                continue
            fields = stat.rsplit(")", 1)[1].split()
            found[pid] = (int(fields[11]) + int(fields[12])) / tick
        return found

    def _sample(self) -> None:
        from django.db import connection

        try:
            while not self.stopped.wait(0.5):
                self.seen.update(self._now())
        finally:
            connection.close()

    def begin(self) -> None:
        self.start = self._now()
        self.seen = dict(self.start)
        self.thread.start()

    def end(self) -> float:
        self.stopped.set()
        self.thread.join()
        self.seen.update(self._now())
        return sum(v - self.start.get(pid, 0.0) for pid, v in self.seen.items())


def _pg_times(name: str) -> dict[str, float]:
    """Return pg_stat_database's counters of the database: time active, in transactions, commits."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT active_time, idle_in_transaction_time, xact_commit"
            " FROM pg_stat_database WHERE datname = %s",
            [name],
        )
        active, idle, commits = cursor.fetchone()
    return {"active_ms": active, "idle_in_xact_ms": idle, "commits": commits}


def _report(run: Run, seconds: float, served: dict[str, Served]) -> tuple[int, dict]:
    stats = run.stats
    total = sum(len(t) for t in stats.times.values())
    lines = [
        f"{'request':<10} {'count':>6} {'req/s':>6} {'p50 ms':>7} {'p95 ms':>7}"
        f" {'p99 ms':>7} {'max ms':>7} {'cpu ms':>6} {'db ms':>6} {'sql':>4}"
        f" {'errors':>6} {'refused':>7}  goal"
    ]
    figures = {}
    for kind in ["login", *WEIGHTS]:
        ms = [t * 1000 for t in stats.times.get(kind, [])]
        errors, refused = (
            len(stats.errors.get(kind, [])),
            len(stats.refused.get(kind, [])),
        )
        if not ms and not errors:
            continue
        p50, p95, p99 = (percentile(ms, f) for f in (0.5, 0.95, 0.99))
        used = served.get(kind, Served())
        cpu_ms, db_ms = _mean(used.cpu_ms), _mean(used.db_ms)
        queries = _mean(used.queries)
        goal = ""
        if kind in GOAL_KINDS:
            goal = f"p95 < {GOAL_MS} ms: " + ("met" if p95 < GOAL_MS else "NOT met")
        lines.append(
            f"{kind:<10} {len(ms):>6} {len(ms) / seconds:>6.1f} {p50:>7.1f} {p95:>7.1f}"
            f" {p99:>7.1f} {max(ms, default=0):>7.1f} {cpu_ms:>6.1f} {db_ms:>6.1f}"
            f" {queries:>4.0f} {errors:>6} {refused:>7}  {goal}"
        )
        figures[kind] = {
            "count": len(ms),
            "p50_ms": round(p50, 1),
            "p95_ms": round(p95, 1),
            "p99_ms": round(p99, 1),
            "server_cpu_ms": round(cpu_ms, 2) if used.cpu_ms else None,
            "db_ms": round(db_ms, 2) if used.db_ms else None,
            "queries": round(queries, 1) if used.queries else None,
            "errors": errors,
            "refused": refused,
        }
    errors = sum(len(e) for e in stats.errors.values())
    everything = [s for kind, s in served.items() if kind != "login"]
    cpu_all = _mean([ms for s in everything for ms in s.cpu_ms])
    db_all = _mean([ms for s in everything for ms in s.db_ms])
    queries_all = _mean([n for s in everything for n in s.queries])
    lines.append(
        f"{'all':<10} {total:>6} {total / seconds:>6.1f}"
        f" {'':>7} {'':>7} {'':>7} {'':>7} {cpu_all:>6.1f} {db_all:>6.1f}"
        f" {queries_all:>4.0f} {errors:>6}"
        f" {sum(len(r) for r in stats.refused.values()):>7}"
    )
    print("\n".join(lines))
    return errors, figures


def _summarise(items: dict[str, list[str]]) -> list[str]:
    out = []
    for kind, whats in sorted(items.items()):
        counted = defaultdict(int)
        for w in whats:
            counted[w] += 1
        for what, n in sorted(counted.items(), key=lambda kv: -kv[1])[:6]:
            out.append(f"  {kind}: {n} x {what}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--editors", type=int, default=50)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=8201)
    parser.add_argument("--think", type=float, default=1.0, help="mean pause (s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--sql",
        action="store_true",
        help="also print, per kind, the statements taking the most database time",
    )
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="newsroom-load-"))
    database, engine = _database(workdir)
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)},
        **database,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_HSTS_SECONDS": "0",
    }
    os.environ.clear()
    os.environ.update(env)
    import django

    django.setup()
    server_env = dict(env)
    backends = None
    if engine == "PostgreSQL":
        # The server's connections are named, so their backends can be told
        # apart from this client's (which reads the article text) and timed.
        server_env["DATABASE_URL"] += f"?application_name={SERVER_APPLICATION}"
        backends = Backends(SERVER_APPLICATION)
    from django.conf import settings

    database_name = settings.DATABASES["default"]["NAME"]
    print(f"load: preparing a fresh {engine} database in {workdir} ...", flush=True)
    _prepare(args.editors)
    base = f"http://127.0.0.1:{args.port}"
    log = workdir / "server.log"
    cpu_log = workdir / "request_cpu.txt"
    sql_log = workdir / "request_sql.txt" if args.sql else None
    server = _serve(args, server_env, log, cpu_log, sql_log)
    worker = _worker(env, workdir / "worker.log")
    try:
        _wait_ready(base, server)
        run = Run(args, base)
        print(
            f"load: {args.editors} editors for {args.seconds:.0f} s against gunicorn"
            f" ({args.workers} workers x {args.threads} threads) on {engine},"
            f" {len(run.articles)} articles",
            flush=True,
        )
        editors = [Editor(n, run) for n in range(args.editors)]
        # Everybody logs in first (password hashing is slow on purpose, and
        # editors log in once a fortnight), then the timed working session starts.
        logins = time.monotonic()
        with ThreadPoolExecutor(max_workers=4) as pool:
            for e in editors:
                pool.submit(_try_login, e)
        print(
            f"load: {sum(e.logged_in for e in editors)} editors logged in"
            f" in {time.monotonic() - logins:.1f} s",
            flush=True,
        )
        cpu_log.unlink(missing_ok=True)  # the timed session's requests only
        if sql_log is not None:
            sql_log.unlink(missing_ok=True)
        for e in editors:
            e.start()
        cpu_before, client_before = _server_cpu(server), time.process_time()
        if backends is not None:
            pg_before = _pg_times(database_name)
            backends.begin()
        started = time.monotonic()
        run.deadline = started + args.seconds
        run.go.set()
        for e in editors:
            e.join(timeout=args.seconds + 120)
        elapsed = time.monotonic() - started
        server_cpu = _server_cpu(server) - cpu_before
        client_cpu = time.process_time() - client_before
        backend_cpu = backends.end() if backends is not None else None
    finally:
        _stop(server)
        if worker is not None:
            _stop(worker)
    errors, figures = _report(run, elapsed, _request_cpu(cpu_log))
    if sql_log is not None:
        _sql_report(sql_log)
    served = sum(len(t) for k, t in run.stats.times.items() if k != "login")
    load = os.getloadavg()[0]
    print(
        f"cpu: server {server_cpu:.1f} s ({server_cpu / max(served, 1) * 1000:.1f} ms"
        f" per request, the cpu ms column being its request threads' share), this client {client_cpu:.1f} s, over {elapsed:.0f} s on"
        f" {os.cpu_count()} CPUs (load average {load:.1f})"
    )
    postgres = {}
    if backend_cpu is not None:
        time.sleep(1)  # the ended sessions' statistics reach pg_stat_database
        pg_after = _pg_times(database_name)
        postgres = {
            "backend_cpu_ms_per_request": round(backend_cpu / max(served, 1) * 1000, 1),
            **{
                f"{key}_per_request": round(
                    (pg_after[key] - pg_before[key]) / max(served, 1), 2
                )
                for key in ("active_ms", "idle_in_xact_ms", "commits")
            },
        }
        print(
            f"postgres: its backends serving gunicorn used {backend_cpu:.1f} s CPU"
            f" ({postgres['backend_cpu_ms_per_request']:.1f} ms per request); per"
            f" request, statements ran {postgres['active_ms_per_request']:.1f} ms,"
            f" transactions stayed open between statements"
            f" {postgres['idle_in_xact_ms_per_request']:.1f} ms,"
            f" {postgres['commits_per_request']:.1f} commits (pg_stat_database,"
            " this client's reads and the task worker's polls included)"
        )
    server_log = log.read_text(encoding="utf-8", errors="replace")
    tracebacks = server_log.count("Traceback (most recent call last)")
    if run.stats.errors:
        print("errors:")
        print("\n".join(_summarise(run.stats.errors)))
    if run.stats.refused:
        print("refused (answered with a reason, nothing saved):")
        print("\n".join(_summarise(run.stats.refused)))
    if tracebacks:
        print(f"server log: {tracebacks} tracebacks; the last ones end with:")
        for line in [
            ln
            for ln in server_log.splitlines()
            if re.match(r"^\w+(\.\w+)*(Error|Exception)\b", ln)
        ][-5:]:
            print(f"  {line[:200]}")
    confirmed = sum(len(e.mine) for e in editors)
    problems = _verify(run, editors)
    print(
        f"check: {confirmed} confirmed annotations, {len(run.links)} confirmed links:"
        f" {len(problems)} lost or wrong"
    )
    for p in problems[:20]:
        print(f"  {p}")
    ok = not errors and not problems and not tracebacks
    print(
        f"load: {'PASSED' if ok else 'FAILED'} on {engine}"
        f" ({errors} errors, {len(problems)} lost or wrong writes,"
        f" {tracebacks} server tracebacks); server log: {log}"
    )
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / f"load-{engine.lower()}.json").write_text(
        json.dumps(
            {
                "engine": engine,
                "seconds": round(elapsed, 1),
                "editors": args.editors,
                "requests_per_second": round(
                    sum(len(t) for t in run.stats.times.values()) / elapsed, 1
                ),
                "kinds": figures,
                "errors": errors,
                "lost_or_wrong": len(problems),
                "tracebacks": tracebacks,
                "server_cpu_ms_per_request": round(
                    server_cpu / max(served, 1) * 1000, 1
                ),
                "load_average": round(load, 1),
                **({"postgres": postgres} if postgres else {}),
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    if engine == "PostgreSQL":
        from django.db import connections

        connections.close_all()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
