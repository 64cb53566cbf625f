"""Import by URL: pages served on 127.0.0.1 by a tiny http.server thread."""

from __future__ import annotations

import pytest

from annotations.models import Article
from annotations.services.fetching import FetchError, fetch_page
from tests import pages

PAGE = """<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Menteri Kelautan bahas kuota tuna di Bogor</title></head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
<article><h1>Menteri Kelautan bahas kuota tuna di Bogor</h1>
<p>BOGOR, WARTACONTOH.COM - Menteri Kelautan Sari Wulandari bertemu Menteri Perikanan
Tan Boon Hock selama sekitar enam jam di Istana Bogor pada Selasa untuk membahas kuota tuna
di perairan kedua negara.</p>
<p>"Laut kita satu, maka aturannya pun harus satu," kata Sari kepada wartawan seusai
pertemuan yang berlangsung tertutup itu.</p>
<p>Kedua menteri sepakat membentuk komisi bersama mulai tahun depan untuk mengawasi
penangkapan ikan dan berbagi data kapal yang melintas.</p></article>
<footer>Hak cipta Warta Contoh</footer></body></html>"""


ROUTES = {
    "/article": pages.page(PAGE),
    "/moved": pages.redirect("/article"),
    "/to-metadata": pages.redirect("http://169.254.169.254/latest/meta-data/"),
    "/huge": pages.huge(64),
    "/slow": pages.slow(1.5),
}


@pytest.fixture
def server():
    with pages.serving(ROUTES) as url:
        yield url


@pytest.fixture
def loopback(settings):
    settings.NEWSROOM_FETCH_ALLOW_LOOPBACK = True
    return settings


def _post(client, url, **fields):
    return client.post(
        "/articles/import/",
        {"mode": "url", "link-page_url": url, **fields},
    )


def test_a_linked_page_is_fetched_extracted_and_imported_then_reported_duplicate(
    editor_client, server, loopback
):
    response = _post(editor_client, f"{server}/moved")
    assert response.status_code == 200
    [report] = response.context["reports"]
    assert report.status == "imported", report.message
    assert report.name == f"{server}/article"  # the report names the page's address
    article = Article.objects.select_related("outlet").get()
    assert article.url == f"{server}/article"  # where the redirect ended
    assert article.title == "Menteri Kelautan bahas kuota tuna di Bogor"
    assert "komisi bersama" in article.body
    assert "Beranda" not in article.body
    assert article.outlet.name == "wartacontoh.com"

    [again] = _post(editor_client, f"{server}/article").context["reports"]
    assert again.status == "duplicate"
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x",
        "http://localhost:9/x",
        "http://10.1.2.3/x",
        "http://192.168.0.1/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/x",
        "http://0.0.0.0/x",
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(editor_client, url):
    response = _post(editor_client, url)
    html = response.content.decode()
    assert "private, local or reserved address" in html
    assert "only fetched from the public internet" in html
    assert not Article.objects.exists()


def test_the_loopback_allowance_does_not_open_private_addresses(loopback):
    with pytest.raises(FetchError, match="private, local or reserved"):
        fetch_page("http://10.0.0.1/x")


def test_a_redirect_to_a_private_address_is_refused(server, loopback):
    with pytest.raises(FetchError, match="169.254.169.254 is a private"):
        fetch_page(f"{server}/to-metadata")


def test_only_http_and_https_are_fetched(editor_client):
    with pytest.raises(FetchError, match="Only http and https"):
        fetch_page("file:///etc/passwd")
    response = _post(editor_client, "ftp://example.com/a")
    assert response.status_code == 200
    assert not Article.objects.exists()


def test_an_oversize_page_is_refused_while_it_streams(editor_client, server, loopback):
    loopback.NEWSROOM_FETCH_MAX_BYTES = 20_000
    response = _post(editor_client, f"{server}/huge")
    assert "The page is larger than" in response.content.decode()
    assert not Article.objects.exists()


def test_a_server_that_does_not_answer_in_time_is_reported(
    editor_client, server, loopback
):
    loopback.NEWSROOM_FETCH_READ_TIMEOUT = 0.3
    response = _post(editor_client, f"{server}/slow")
    assert "did not answer in time" in response.content.decode()
    assert not Article.objects.exists()


def test_an_error_status_is_reported(server, loopback):
    with pytest.raises(FetchError, match="404"):
        fetch_page(f"{server}/missing")
