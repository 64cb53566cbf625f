"""The library narrows as the editor types, without a page load, and keeps the filter in the URL."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Article, Outlet, Story

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def shelf(db):
    kompas = Outlet.objects.create(name="Kompas", language="id")
    reuters = Outlet.objects.create(name="Reuters", language="en")
    story = Story.objects.create(title="Blinken di Beijing", slug="blinken-di-beijing")
    rows = [
        (kompas, "Menlu AS tiba di Beijing", "Antony Blinken bertemu Wang Yi.", story),
        (reuters, "Blinken meets Xi", "The talks lasted five and a half hours.", story),
        (kompas, "Banjir merendam Kemang", "Hujan deras sejak pagi.", None),
        (reuters, "Rupiah weakens", "The currency fell against the dollar.", None),
    ]
    for n, (outlet, title, body, in_story) in enumerate(rows):
        Article.objects.create(
            outlet=outlet,
            title=title,
            body=body,
            raw_text=body,
            content_hash=str(n),
            story=in_story,
        )


def test_typing_a_word_narrows_the_list_and_updates_the_url(
    page, live_server, login, alice, shelf, screenshot
):
    login(alice)
    rows = page.locator("#article-results tbody tr")
    expect(rows).to_have_count(4)
    # A marker on window survives HTMX swaps but not a page load.
    page.evaluate("window.__noReload = true")

    page.fill("#id_q", "hujan")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Banjir merendam Kemang")
    expect(page).to_have_url(re.compile(r"/articles/\?q=hujan$"))
    assert page.evaluate("window.__noReload") is True
    screenshot("library-search")

    page.fill("#id_q", "")
    expect(rows).to_have_count(4)
    page.select_option("#id_outlet", "Reuters")
    expect(rows).to_have_count(2)
    expect(page).to_have_url(re.compile(r"\?outlet=Reuters$"))
    assert page.evaluate("window.__noReload") is True

    # The URL is a bookmark: opening it shows the same filtered list.
    page.goto(f"{live_server.url}/articles/?q=blink&outlet=Reuters")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Blinken meets Xi")
    expect(page.locator("#id_q")).to_have_value("blink")
    screenshot("library-bookmarked")


def test_a_result_shows_a_snippet_and_the_reader_marks_the_searched_words(
    page, live_server, login, alice, shelf, screenshot
):
    login(alice)
    page.fill("#id_q", "wang blink")
    rows = page.locator("#article-results tbody tr")
    expect(rows).to_have_count(1)
    marks = rows.first.locator(".search-snippet mark")
    expect(marks).to_have_text(["Blinken", "Wang"])
    screenshot("library-snippet")

    rows.first.locator("a", has_text="Menlu AS tiba di Beijing").click()
    expect(page).to_have_url(re.compile(r"\?q=wang%20blink$"))
    body = page.locator("#article-body")
    expect(body).to_have_attribute("data-search-marks", "2")
    marked = page.evaluate(
        "[...CSS.highlights.get('search-words')].map((r) => r.toString())"
    )
    assert marked == ["Blinken", "Wang"]
    # The body's DOM is untouched: the runs still carry the server's offsets.
    expect(body).to_contain_text("Antony Blinken bertemu Wang Yi.")
    assert body.locator("mark").count() == 0
    screenshot("reader-searched-words")


def test_the_library_filters_and_exports_under_the_content_security_policy(
    page, live_server, login, alice, shelf, screenshot
):
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    login(alice)
    rows = page.locator("#article-results tbody tr")
    expect(rows).to_have_count(4)
    page.select_option("#id_outlet", "Reuters")
    expect(rows).to_have_count(2)
    expect(page).to_have_url(re.compile(r"\?outlet=Reuters$"))
    # Blurring the search box sends nothing: its change event stays with it.
    page.fill("#id_q", "")
    page.locator("#id_outlet").focus()
    expect(page).to_have_url(re.compile(r"\?outlet=Reuters$"))
    # The export link picks up the filters at click time (no download here).
    page.evaluate("document.addEventListener('click', e => e.preventDefault())")
    link = page.locator("a.export-link[data-export='annotations']")
    link.click()
    assert "outlet=Reuters" in (link.get_attribute("href") or "")
    screenshot("library-csp")
    assert violations == []
