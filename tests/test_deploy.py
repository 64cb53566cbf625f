"""The deployment of docs/deploy.md, for real: gunicorn with gunicorn.conf.py, probes, two servers.

These start gunicorn processes on free ports of 127.0.0.1 against a temporary
SQLite database (the same holds for PostgreSQL: servers keep no state of their own).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "NEWSROOM_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        DJANGO_SECRET_KEY="deploy-test-" + "k" * 50,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        NEWSROOM_SQLITE_PATH=str(tmp_path / "db.sqlite3"),
        NEWSROOM_TASK_BACKEND="immediate",
        **extra,
    )
    return env


class Server:
    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                str(GUNICORN),
                "newsroom.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
            ],
            cwd=ROOT,
            env=env,
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.log = log

    def wait(self, path: str = "/healthz", timeout: float = 60) -> None:
        until = time.monotonic() + timeout
        while time.monotonic() < until:
            assert self.process.poll() is None, self.log.read_text()
            try:
                requests.get(self.url + path, timeout=10)
                return
            except requests.RequestException:  # not listening, or still booting
                time.sleep(0.1)
        raise AssertionError(f"gunicorn did not answer: {self.log.read_text()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)


@pytest.fixture
def servers():
    started: list[Server] = []
    yield started
    for server in started:
        server.stop()


def _manage(env: dict[str, str], *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_gunicorn_is_live_at_once_and_ready_once_migrated(tmp_path, servers):
    """Production settings: a server on an unmigrated database is live, not ready."""
    env = _env(tmp_path, DJANGO_DEBUG="0")
    server = Server(env, tmp_path / "server.log")
    servers.append(server)
    server.wait()
    assert requests.get(server.url + "/healthz", timeout=10).json() == {"status": "ok"}
    answer = requests.get(server.url + "/readyz", timeout=10)
    assert answer.status_code == 503
    assert answer.json()["checks"]["migrations"] == "pending"

    _manage(env, "migrate", "--no-input", "-v", "0")
    for _ in range(4):  # each of the two workers finds out for itself
        answer = requests.get(server.url + "/readyz", timeout=10)
        assert answer.status_code == 200, answer.text
    # Probes are answered over plain HTTP; every other page goes to https.
    page = requests.get(server.url + "/accounts/login/", allow_redirects=False)
    assert page.status_code == 301
    assert page.headers["Location"].startswith("https://")


def test_a_login_on_one_server_holds_on_another(tmp_path, servers):
    """Servers keep no state: a session begun on one is good on the other."""
    env = _env(tmp_path, DJANGO_DEBUG="1")  # static files without collectstatic
    _manage(env, "migrate", "--no-input", "-v", "0")
    create = subprocess.run(
        [sys.executable, "manage.py", "create_user", "ratna", "--role", "editor"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    password = create.stdout.split("Password (shown once): ")[1].split()[0]
    first, second = (Server(env, tmp_path / f"server{n}.log") for n in (1, 2))
    servers.extend([first, second])
    first.wait()
    second.wait()

    browser = requests.Session()
    browser.get(first.url + "/accounts/login/", timeout=30)
    login = browser.post(
        first.url + "/accounts/login/",
        data={
            "username": "ratna",
            "password": password,
            "csrfmiddlewaretoken": browser.cookies["csrftoken"],
        },
        allow_redirects=False,
        timeout=30,
    )
    assert login.status_code == 302, login.text[:500]
    library = browser.get(second.url + "/articles/", allow_redirects=False, timeout=30)
    assert library.status_code == 200
    assert "ratna" in library.text


def test_a_worker_is_warm_and_frozen_before_its_first_request(tmp_path):
    """Loading the WSGI application imports the views, compiles the templates and freezes them for the GC."""
    probe = (
        "import gc, sys, newsroom.wsgi\n"
        "from django.template import engines\n"
        "loader = engines['django'].engine.template_loaders[0].loaders[0]\n"
        "print(sorted(m for m in ('annotations.views.reader', 'annotations.views.annotate',"
        " 'annotations.views.compare') if m in sys.modules))\n"
        "print('annotations/article_detail.html' in loader.get_template_cache)\n"
        "print(gc.get_freeze_count() > 10000)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=_env(tmp_path, DJANGO_DEBUG="0"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == [
        str(
            [
                "annotations.views.annotate",
                "annotations.views.compare",
                "annotations.views.reader",
            ]
        ),
        "True",
        "True",
    ]


def _ask(sock: socket.socket, path: str) -> bytes:
    """Send one keep-alive request on an open socket; return the answer's head."""
    sock.sendall(
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n".encode()
    )
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = sock.recv(65536)
        if not chunk:
            return answer  # the server closed the connection
        answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
    while len(body) < length:
        body += sock.recv(65536)
    return head


def test_an_idle_connection_outlasts_a_load_balancers_idle_timeout(tmp_path, servers):
    """A connection idle for longer than gunicorn's old 5 s still serves the next request.

    A balancer or browser that reuses it as the server closes it meets a reset;
    the server must keep idle connections longer than its clients do.
    """
    env = _env(tmp_path, DJANGO_DEBUG="0")
    server = Server(env, tmp_path / "server.log")
    servers.append(server)
    server.wait()
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        assert _ask(sock, "/healthz").startswith(b"HTTP/1.1 200")
        time.sleep(6.5)
        assert _ask(sock, "/healthz").startswith(b"HTTP/1.1 200")
    # The idle time stays configurable: with GUNICORN_KEEPALIVE=1 the server closes.
    short = Server(
        _env(tmp_path, DJANGO_DEBUG="0", GUNICORN_KEEPALIVE="1"), tmp_path / "s.log"
    )
    servers.append(short)
    short.wait()
    with socket.create_connection(("127.0.0.1", short.port), timeout=30) as sock:
        assert _ask(sock, "/healthz").startswith(b"HTTP/1.1 200")
        time.sleep(3.5)
        try:
            closed = _ask(sock, "/healthz") == b""
        except ConnectionResetError:
            closed = True
        assert closed
