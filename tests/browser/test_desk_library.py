"""Small things an editor meets on every page: the outlets' order and the favicon."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annotations.models import Article, Outlet

pytestmark = pytest.mark.django_db(transaction=True)

NAMES = ["detik", "Antara", "kompas.com", "Beritasatu", "Zeta Post", "CNN Indonesia"]
SORTED = ["Antara", "Beritasatu", "CNN Indonesia", "detik", "kompas.com", "Zeta Post"]


@pytest.fixture
def outlets(db):
    for n, name in enumerate(NAMES):
        outlet = Outlet.objects.create(name=name)
        Article.objects.create(
            outlet=outlet,
            title=f"Berita {n}",
            body="Isi berita.",
            raw_text="Isi berita.",
            content_hash=f"outlet-order-{n}",
        )
    return Article.objects.first()


def test_outlets_sort_ignoring_case_in_the_library_and_the_edit_form(
    page, live_server, login, screenshot, alice, outlets
):
    login(alice)
    options = page.locator("#id_outlet option")
    expect(options).to_have_text(["All outlets", *SORTED])
    page.locator("#id_outlet").focus()
    screenshot("desk-library-outlets")
    # The edit form and the import page suggest the same names in the same order.
    for path in (f"/articles/{outlets.pk}/edit/", "/articles/import/"):
        page.goto(f"{live_server.url}{path}")
        names = page.locator("#outlet-names option").evaluate_all(
            "options => options.map(o => o.value)"
        )
        assert names == SORTED, path


def test_every_page_has_a_favicon_and_nothing_answers_404(
    page, live_server, login, alice, outlets
):
    failed: list[str] = []
    page.on(
        "response",
        lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None,
    )
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    login(alice)
    for path in (
        "/articles/",
        f"/articles/{outlets.pk}/",
        "/stories/",
        "/speakers/",
        "/articles/import/",
    ):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("load")
        icon = page.locator("link[rel=icon]")
        expect(icon).to_have_count(1)
    href = icon.get_attribute("href")
    response = page.request.get(f"{live_server.url}{href}")
    assert response.status == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in response.body()
    # Browsers and feed readers still ask for /favicon.ico at the root.
    legacy = page.request.get(f"{live_server.url}/favicon.ico")
    assert legacy.status == 200
    assert legacy.headers["content-type"].startswith("image/")
    assert failed == []
    assert errors == []
