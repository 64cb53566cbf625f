"""The reader opened from a library search walks the searched words, one place after another."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annotations.models import Article, Outlet

pytestmark = pytest.mark.django_db(transaction=True)

# Written for this test: a long article where the searched word recurs far apart.
PARAGRAPHS = [
    "Nelayan di Teluk Sirih melaporkan tangkapan tuna turun tajam sejak awal musim.",
    *(
        f"Paragraf {n}: warga membahas cuaca, harga solar dan jadwal kapal di dermaga."
        for n in range(1, 25)
    ),
    "Dinas perikanan berjanji memeriksa kuota tuna bulan depan.",
    *(f"Catatan {n}: pasar ikan buka seperti biasa." for n in range(1, 15)),
    "Harga Tuna sirip kuning di pelelangan naik menjadi Rp 80.000 per kilogram.",
]


@pytest.fixture
def long_article(db) -> Article:
    body = "\n\n".join(PARAGRAPHS)
    return Article.objects.create(
        outlet=Outlet.objects.create(name="Kabar Teluk", language="id"),
        title="Tangkapan nelayan Teluk Sirih menurun",
        body=body,
        raw_text=body,
        content_hash="teluk-sirih",
    )


def _current(page) -> str:
    return page.evaluate(
        "[...(CSS.highlights.get('search-current') || [])].map((r) => r.toString()).join('|')"
    )


def test_the_editor_steps_through_the_searched_words_with_the_bar_and_keys(
    page, live_server, login, alice, long_article, screenshot
):
    page.set_viewport_size({"width": 1280, "height": 700})
    login(alice)
    page.goto(f"{live_server.url}{long_article.get_absolute_url()}?q=tuna")
    bar = page.locator("#search-hits")
    expect(bar).to_be_visible()
    expect(bar.locator(".search-hits-at")).to_have_text("– / 3")
    assert _current(page) == ""

    bar.get_by_role("button", name="Next").click()
    expect(bar.locator(".search-hits-at")).to_have_text("1 / 3")
    assert _current(page) == "tuna"

    page.locator("body").press("]")
    page.locator("body").press("]")
    expect(bar.locator(".search-hits-at")).to_have_text("3 / 3")
    assert _current(page) == "Tuna"
    # The last place, far down the article, was scrolled into view.
    last = page.locator("#article-body p", has_text="sirip kuning")
    expect(last).to_be_in_viewport()
    # The bar stays at hand, under the site header, wherever the article scrolled.
    expect(bar).to_be_in_viewport()
    page.screenshot(
        path=str(
            screenshot("reader-search-hits-last").with_name(
                "reader-search-hits-view.png"
            )
        )
    )

    page.locator("body").press("]")  # round again to the first
    expect(bar.locator(".search-hits-at")).to_have_text("1 / 3")
    page.locator("body").press("[")
    expect(bar.locator(".search-hits-at")).to_have_text("3 / 3")
    bar.get_by_role("button", name="Previous").click()
    expect(bar.locator(".search-hits-at")).to_have_text("2 / 3")
    expect(page.locator("#article-body p", has_text="kuota tuna")).to_be_in_viewport()


def test_words_that_matched_only_the_details_say_so_instead_of_a_counter(
    page, live_server, login, alice, long_article, screenshot
):
    login(alice)
    page.goto(f"{live_server.url}{long_article.get_absolute_url()}?q=kabar")
    bar = page.locator("#search-hits")
    expect(bar.locator(".search-hits-none")).to_be_visible()
    expect(bar.get_by_role("button", name="Next")).to_be_disabled()
    screenshot("reader-search-hits-none")


def test_without_a_search_there_is_no_bar(
    page, live_server, login, alice, long_article
):
    login(alice)
    page.goto(f"{live_server.url}{long_article.get_absolute_url()}")
    expect(page.locator("#article-body")).to_be_visible()
    expect(page.locator("#search-hits")).to_have_count(0)
