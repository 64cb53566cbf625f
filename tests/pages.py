"""A small web site on 127.0.0.1 for the import-by-URL tests.

`serving(routes)` serves a route table (path -> response) from an http.server
thread and yields the site's base URL; any other path is a 404. The responses:
`page(html)`, `redirect(location, status)`, `huge(kib)` (streamed without a
Content-Length, so a size limit must hold while the body arrives) and
`slow(seconds)` (answers only after a wait).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Response = Callable[[BaseHTTPRequestHandler], None]


def page(html: str) -> Response:
    body = html.encode()

    def send(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return send


def redirect(location: str, status: int = 302) -> Response:
    def send(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.end_headers()

    return send


def huge(kib: int = 64) -> Response:
    def send(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        for _ in range(kib):
            handler.wfile.write(b"<p>" + b"x" * 1024 + b"</p>")

    return send


def slow(seconds: float) -> Response:
    def send(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        handler.send_response(200)
        handler.end_headers()

    return send


@contextmanager
def serving(routes: dict[str, Response]) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            respond = routes.get(self.path)
            if respond is None:
                self.send_response(404)
                self.end_headers()
            else:
                respond(self)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
