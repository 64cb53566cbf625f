"""Numbers read the Indonesian way on every page that shows them: "7,5 jam", "1.250,5".

A dot separates thousands in Indonesian, so "7.5 jam" would read as seventy-five.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import Annotation
from tests.conftest import annotate_words

pytestmark = pytest.mark.django_db(transaction=True)

# An English decimal point between digits, e.g. "7.5" (never "7,5" or "1.250").
ENGLISH_DECIMAL = re.compile(r"\b\d+\.\d(?!\d\d)")


@pytest.fixture
def june(seed_articles, alice):
    kj, dt = seed_articles["koranjakarta"], seed_articles["detik"]
    about_six = annotate_words(
        kj,
        "sekitar enam jam",
        value=Decimal(6),
        unit="hour",
        approximate=True,
        user=alice,
    )
    seven_half = annotate_words(
        dt, "7,5 jam", value=Decimal("7.5"), unit="hour", user=alice
    )
    services.link_propose_for_story(story=kj.story, user=alice)
    return about_six, seven_half


def _no_english_decimals(locator) -> None:
    text = locator.inner_text()
    assert not ENGLISH_DECIMAL.findall(text), ENGLISH_DECIMAL.findall(text)


def test_the_coverage_table_and_contradictions_page_write_7_comma_5(
    page, live_server, login, screenshot, alice, june
):
    about_six, seven_half = june
    login(alice)
    page.click("form.lang-switch button[value=id]")
    expect(page.locator("html")).to_have_attribute("lang", "id")

    page.goto(f"{live_server.url}/stories/blinken-di-beijing/")
    row = page.locator("#story-coverage tr.fact-row").first
    expect(row).to_contain_text("≈ 6 jam")
    expect(row).to_contain_text("7,5 jam")
    _no_english_decimals(page.locator("main"))
    page.locator("#story-coverage").scroll_into_view_if_needed()
    screenshot("desk-decimals-coverage")

    page.goto(f"{live_server.url}/contradictions/")
    first = page.locator(".story-link").first
    expect(first).to_contain_text("7,5 jam")
    expect(first).to_contain_text("≈ 6 jam")
    _no_english_decimals(page.locator("main"))
    screenshot("desk-decimals-contradictions")


def test_the_reader_panel_form_and_history_write_thousands_with_dots(
    page, live_server, login, screenshot, alice, tiny_article
):
    claim = annotate_words(
        tiny_article,
        "7,5 jam",
        "claim",
        user=alice,
        value=Decimal("1250.5"),
        unit="hour",
    )
    login(alice)
    page.click("form.lang-switch button[value=id]")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    page.goto(f"{live_server.url}/articles/{tiny_article.pk}/")
    expect(page.locator(f"#item-{claim.pk} .value")).to_have_text("1.250,5 jam")
    page.wait_for_load_state("load")
    page.locator(f"#item-{claim.pk} a.edit").click()
    value = page.locator("#annotation-form #id_value")
    expect(value).to_have_value("1250,5")
    # The editor types the Indonesian way; the app stores the number it means.
    value.fill("2.500,25")
    page.locator("#annotation-form button[type=submit]").first.click()
    expect(page.locator(f"#item-{claim.pk} .value")).to_have_text("2.500,25 jam")
    claim.refresh_from_db()
    assert claim.value == Decimal("2500.25")
    _no_english_decimals(page.locator("#annotation-panel"))
    screenshot("desk-decimals-reader")

    page.goto(f"{live_server.url}/annotations/{claim.pk}/")
    expect(page.locator(".annotation-detail .fields")).to_contain_text("2.500,25 jam")
    expect(page.locator("ol.history")).to_contain_text("Nilai: 1.250,5 → 2.500,25")
    _no_english_decimals(page.locator("main"))
    assert Annotation.objects.get(pk=claim.pk).unit == "hour"
