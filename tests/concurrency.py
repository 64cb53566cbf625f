"""Editors acting at once: logged-in HTTP sessions for threads hammering live_server.

Each `Editor` is a real browser-like session (session and CSRF cookies, HTMX
headers) over urllib, so many of them can run in threads against one
live_server while the test thread watches. Used by the concurrency tests.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

from django.db import connections
from django.test import Client


@dataclass
class Answer:
    status: int
    text: str


@dataclass
class Editor:
    """A logged-in session against base_url (live_server.url)."""

    base_url: str
    user: object
    cookies: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        client = Client()
        client.force_login(self.user)
        self.cookies.update({k: m.value for k, m in client.cookies.items()})

    def request(self, path: str, data: dict | None = None, htmx: bool = True) -> Answer:
        body = None if data is None else urllib.parse.urlencode(data, doseq=True)
        request = urllib.request.Request(
            self.base_url + path,
            data=body.encode() if body is not None else None,
            method="GET" if data is None else "POST",
        )
        request.add_header(
            "Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        )
        if htmx:
            request.add_header("HX-Request", "true")
        if data is not None:
            request.add_header("X-CSRFToken", self.cookies.get("csrftoken", ""))
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                answer = Answer(response.status, response.read().decode())
                headers = response.headers
        except urllib.error.HTTPError as exc:
            answer = Answer(exc.code, exc.read().decode(errors="replace"))
            headers = exc.headers
        for header in headers.get_all("Set-Cookie") or ():
            cookie = SimpleCookie()
            cookie.load(header)
            self.cookies.update({k: m.value for k, m in cookie.items()})
        return answer

    def get(self, path: str, htmx: bool = False) -> Answer:
        return self.request(path, htmx=htmx)

    def post(self, path: str, data: dict, htmx: bool = True) -> Answer:
        if "csrftoken" not in self.cookies:
            self.get("/articles/")  # every page sets it, as a browser would get it
        return self.request(path, data, htmx=htmx)


def run_together(*jobs) -> list[BaseException]:
    """Run the callables in threads started at the same moment; return what they raised."""
    start = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def wrapped(job) -> None:
        start.wait()
        try:
            job()
        except BaseException as exc:  # reported to the test, which fails on it
            errors.append(exc)
        finally:
            connections.close_all()  # this thread's own, opened by force_login

    threads = [threading.Thread(target=wrapped, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return errors
