"""Import by URL from the import page, in Chromium, against pages served on 127.0.0.1."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annotations.models import Article
from tests import pages

pytestmark = pytest.mark.django_db(transaction=True)

# Written for this test: a small news page with site furniture around the article.
PAGE = """<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Wali kota resmikan jembatan gantung di Lembah Hijau | Kabar Lembah</title>
<meta property="og:site_name" content="Kabar Lembah">
<meta property="article:published_time" content="2025-03-14T09:30:00+07:00"></head>
<body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/olahraga">Olahraga</a></nav>
<article><h1>Wali kota resmikan jembatan gantung di Lembah Hijau</h1>
<p>LEMBAH HIJAU, KABARLEMBAH - Wali Kota Rina Kusuma meresmikan jembatan gantung
sepanjang 120,5 meter yang menghubungkan dua desa di tepi Sungai Cemara pada Jumat pagi.</p>
<p>"Anak-anak tidak perlu lagi menyeberang dengan rakit untuk pergi ke sekolah," kata Rina
kepada warga yang memenuhi ujung jembatan.</p>
<p>Pembangunan jembatan memakan waktu sekitar delapan bulan dan menelan biaya Rp 2,4 miliar
dari anggaran daerah, menurut dinas pekerjaan umum setempat.</p></article>
<aside>Terpopuler: Harga cabai naik lagi</aside>
<footer>Hak cipta Kabar Lembah</footer></body></html>"""


ROUTES = {
    "/daerah/jembatan-gantung": pages.page(PAGE),
    "/short-link": pages.redirect("/daerah/jembatan-gantung", status=301),
    "/huge": pages.huge(64),
    "/slow": pages.slow(4),
}


@pytest.fixture
def site(settings):
    """A web site on 127.0.0.1, which the app may reach only because the test allows it."""
    settings.NEWSROOM_FETCH_ALLOW_LOOPBACK = True
    settings.NEWSROOM_FETCH_MAX_BYTES = 20_000
    settings.NEWSROOM_FETCH_READ_TIMEOUT = 1.5  # short, with room for a loaded machine
    with pages.serving(ROUTES) as url:
        yield url


def _fetch(page, url: str) -> None:
    form = page.locator("#link-form")
    form.locator("input[name='link-page_url']").fill(url)
    form.get_by_role("button", name="Fetch and import").click()
    page.wait_for_load_state("load")


def test_an_editor_pastes_a_link_and_reads_the_fetched_article(
    page, live_server, login, screenshot, alice, site
):
    login(alice)
    page.goto(f"{live_server.url}/articles/import/")
    expect(page.locator("#link-heading")).to_have_text("Import from a link")
    link_form = page.locator("#link-form")
    link_form.locator("input[name='link-story']").fill("Jembatan Lembah Hijau")
    _fetch(page, f"{site}/short-link")

    summary = page.locator("#import-summary")
    expect(summary).to_have_text("1 imported, 0 duplicate, 0 failed.")
    row = page.locator("#import-report-rows tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Wali kota resmikan jembatan gantung di Lembah Hijau")
    # The row names the page by the address it came from, after the redirect.
    expect(row.locator(".import-name")).to_have_text(f"{site}/daerah/jembatan-gantung")
    screenshot("desk-import-url-report")

    article = Article.objects.select_related("outlet", "story").get()
    assert article.url == f"{site}/daerah/jembatan-gantung"  # where the redirect led
    assert article.story.title == "Jembatan Lembah Hijau"
    assert "Anak-anak tidak perlu lagi" in article.body
    for furniture in ("Beranda", "Terpopuler", "Hak cipta"):
        assert furniture not in article.body
    # The report offers the detected outlet for correction, like an upload's report.
    outlet = page.locator(f"#report-outlet-{article.pk}")
    expect(outlet).to_have_value(article.outlet.name)

    # Every card holds its fields: nothing sticks out past its border.
    outside = page.evaluate(
        """() => [...document.querySelectorAll('.import-card')].flatMap((card) => {
            const edge = card.getBoundingClientRect().right;
            return [...card.querySelectorAll('*')]
                .filter((e) => e.getBoundingClientRect().right > edge + 0.5)
                .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`);
        })"""
    )
    assert outside == []
    row.get_by_role("link", name="Open").click()
    expect(page).to_have_url(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator("h1")).to_have_text(
        "Wali kota resmikan jembatan gantung di Lembah Hijau"
    )
    expect(page.locator("#article-body")).to_contain_text("sepanjang 120,5 meter")
    expect(page.locator(".article-header .story-badge")).to_have_text(
        "Jembatan Lembah Hijau"
    )
    screenshot("desk-import-url-reader")

    # The same page again, by its final address: a duplicate, nothing new stored.
    page.goto(f"{live_server.url}/articles/import/")
    _fetch(page, f"{site}/daerah/jembatan-gantung")
    expect(summary).to_have_text("0 imported, 1 duplicate, 0 failed.")
    expect(page.locator("tr.import-duplicate")).to_contain_text(
        "Already in the library"
    )
    assert Article.objects.count() == 1


def test_private_addresses_oversize_and_slow_pages_are_refused_with_a_message(
    page, live_server, login, screenshot, alice, site
):
    login(alice)
    page.goto(f"{live_server.url}/articles/import/")
    # Allowing the loopback for tests opens no private network.
    _fetch(page, "http://10.20.30.40/intranet")
    errors = page.locator("#link-form .errorlist")
    expect(errors).to_contain_text(
        "10.20.30.40 is a private, local or reserved address"
    )
    # The link the editor typed stays in the field, to correct.
    expect(page.locator("input[name='link-page_url']")).to_have_value(
        "http://10.20.30.40/intranet"
    )
    screenshot("desk-import-url-private-refused")

    _fetch(page, f"{site}/huge")
    expect(errors).to_contain_text("The page is larger than")
    _fetch(page, f"{site}/slow")
    expect(errors).to_contain_text("did not answer in time")
    _fetch(page, f"{site}/gone")
    expect(errors).to_contain_text("404")
    screenshot("desk-import-url-missing")
    assert not Article.objects.exists()
