"""Fetch one web page for import by URL, refusing what a server must never be made to reach.

A page is fetched over http or https only, from public addresses only: the
host is resolved first and every address it resolves to must be public
(no private, loopback, link-local, reserved, multicast or unspecified
address), and the connection goes to the checked address itself, so a
second DNS answer cannot point it elsewhere. Redirects are followed by
hand and each hop is checked the same way. Connecting may take
NEWSROOM_FETCH_CONNECT_TIMEOUT seconds, each read NEWSROOM_FETCH_READ_TIMEOUT;
a body over NEWSROOM_FETCH_MAX_BYTES is refused while it streams in.
NEWSROOM_FETCH_ALLOW_LOOPBACK lets tests reach pages served on 127.0.0.1.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from annotations.services.importing import import_files

MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_USER_AGENT = "newsroom-import/1.0 (+article import by URL)"


class FetchError(Exception):
    """A page that cannot or may not be fetched; str() is the message for the editor."""


@dataclass(frozen=True)
class Page:
    url: str  # the address the page finally came from, after redirects
    data: bytes
    content_type: str


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_loopback and settings.NEWSROOM_FETCH_ALLOW_LOOPBACK:
        return True
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
        or not ip.is_global
    )


def _resolve(host: str, port: int) -> str:
    """Return an address of host to connect to; raise FetchError unless every address is public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError(
            _("The address %(host)s cannot be found.") % {"host": host}
        ) from exc
    addresses = [info[4][0] for info in infos]
    if not addresses or not all(_public(a) for a in addresses):
        raise FetchError(
            _(
                "%(host)s is a private, local or reserved address: pages are "
                "only fetched from the public internet."
            )
            % {"host": host}
        )
    return addresses[0]


def _check(url: str):
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchError(_("Only http and https links can be imported."))
    if not parts.hostname:
        raise FetchError(_("This link has no host name."))
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(_("This link has an invalid port.")) from exc
    return parts, port, _resolve(parts.hostname, port)


def _connection(parts, port: int, address: str) -> http.client.HTTPConnection:
    connect_timeout = settings.NEWSROOM_FETCH_CONNECT_TIMEOUT
    read_timeout = settings.NEWSROOM_FETCH_READ_TIMEOUT
    cls = (
        http.client.HTTPSConnection
        if parts.scheme == "https"
        else http.client.HTTPConnection
    )
    conn = cls(parts.hostname, port, timeout=connect_timeout)

    def pinned(_address, timeout=None, source_address=None, **kwargs):
        # Connect to the address that was checked, not to a fresh DNS answer;
        # TLS still verifies the certificate against the host name.
        sock = socket.create_connection(
            (address, port), connect_timeout, source_address
        )
        sock.settimeout(read_timeout)
        return sock

    conn._create_connection = pinned
    return conn


def _read(response, limit: int) -> bytes:
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise _too_large(limit)
    chunks, size = [], 0
    while chunk := response.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> FetchError:
    return FetchError(
        _("The page is larger than %(megabytes)s MB and was not imported.")
        % {"megabytes": f"{limit / 1e6:.0f}" if limit >= 1e6 else f"{limit / 1e6:.3f}"}
    )


def fetch_page(url: str) -> Page:
    """Return the page at url, following up to MAX_REDIRECTS redirects; raise FetchError."""
    limit = settings.NEWSROOM_FETCH_MAX_BYTES
    for _hop in range(MAX_REDIRECTS + 1):
        parts, port, address = _check(url)
        conn = _connection(parts, port, address)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            conn.request(
                "GET",
                path,
                headers={"User-Agent": _USER_AGENT, "Accept": "text/html,*/*;q=0.5"},
            )
            response = conn.getresponse()
            if response.status in {301, 302, 303, 307, 308}:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(_("The page redirects nowhere."))
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise FetchError(
                    _("The server answered %(status)s %(reason)s.")
                    % {"status": response.status, "reason": response.reason}
                )
            data = _read(response, limit)
            return Page(url, data, response.getheader("Content-Type") or "")
        except TimeoutError as exc:
            raise FetchError(
                _("The server did not answer in time; try again later.")
            ) from exc
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(
                _("The page cannot be fetched: %(error)s")
                % {"error": getattr(exc, "strerror", None) or type(exc).__name__}
            ) from exc
        finally:
            conn.close()
    raise FetchError(_("The page redirects too many times."))


def import_url(url: str, **options):
    """Fetch the page at url and import it like an uploaded file; return its reports.

    options are import_files' (outlet, story, language, user). Raises
    FetchError when the page cannot or may not be fetched; a duplicate is
    reported as for any file.
    """
    page = fetch_page(url)
    parts = urlsplit(page.url)
    html = "html" in page.content_type.lower() or not page.content_type
    tail = parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.hostname
    name = f"{tail}.html" if html else f"{tail}.txt"
    # The name only tells import_files the format; the report shows the address.
    return [
        replace(report, name=page.url + report.name.removeprefix(name))
        for report in import_files([(name, page.data)], url=page.url, **options)
    ]
