"""Contradictions between outlets, in Chromium: find them on the story page, follow them in the reader."""

from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from annotations.models import Link, Speaker
from tests.conftest import annotate_words as _annotate

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def durations(seed_articles, alice):
    about_six = _annotate(
        seed_articles["koranjakarta"],
        "sekitar enam jam",
        value=Decimal("6"),
        unit="hour",
        approximate=True,
        user=alice,
    )
    seven_half = _annotate(
        seed_articles["detik"],
        "7,5 jam",
        value=Decimal("7.5"),
        unit="hour",
        user=alice,
    )
    return about_six, seven_half


def test_find_confirm_and_follow_a_contradiction(
    page, live_server, login, screenshot, alice, seed_articles, durations
):
    about_six, seven_half = durations
    login(alice)
    page.goto(f"{live_server.url}/stories/blinken-di-beijing/")
    section = page.locator("#story-links")
    # The claims are new since the story was last grouped: reading the page
    # proposed already; the button finds nothing more.
    screenshot("links-1-story-before")
    page.get_by_role("button", name="Find contradictions").click()
    expect(page.locator("#messages")).to_contain_text("No new suggestions")
    item = section.locator(".story-link.r-contradicts")
    expect(item).to_have_count(1)
    expect(item.locator(".story-link-side").first).to_contain_text("≈ 6 hours")
    expect(item.locator(".story-link-side").last).to_contain_text("7.5 hours")
    expect(item).to_contain_text("automatic suggestion")
    item.scroll_into_view_if_needed()
    screenshot("links-2-story-suggested")

    item.get_by_role("button", name="Confirm").click()
    expect(section.locator(".link-status-badge.ls-confirmed")).to_have_text("confirmed")
    expect(page.locator("#messages")).to_contain_text("Link marked “confirmed”.")
    screenshot("links-3-story-confirmed")
    assert Link.objects.get().status == "confirmed"

    # In the reader, the claim lists its link; following it opens the other article.
    page.goto(f"{live_server.url}/articles/{about_six.article_id}/#a{about_six.pk}")
    panel_item = page.locator(f"#item-{about_six.pk}")
    link = panel_item.locator(".item-link")
    expect(link).to_contain_text("contradicts · detik: “7,5 jam”")
    expect(link).to_contain_text("confirmed")
    screenshot("links-4-reader-link")
    link.get_by_role("link").click()
    page.wait_for_url(f"**/articles/{seven_half.article_id}/#a{seven_half.pk}")
    expect(page.locator(f"#item-{seven_half.pk}")).to_have_class(
        "annotation-item k-claim st-accepted is-current"
    )
    expect(page.locator(f"#item-{seven_half.pk} .item-link")).to_contain_text(
        "Koran Jakarta: “sekitar enam jam”"
    )
    screenshot("links-5-reader-other-article")


def test_link_two_quotes_by_hand_with_the_keyboard(
    page, live_server, login, screenshot, alice, seed_articles
):
    miller = Speaker.objects.create(name="Matthew Miller")
    kj = _annotate(
        seed_articles["koranjakarta"],
        "jujur, substantif, dan konstruktif",
        "quote",
        speaker=miller,
        user=alice,
    )
    dt = _annotate(
        seed_articles["detik"],
        "terus-terang, substantif dan konstruktif",
        "quote",
        speaker=miller,
        user=alice,
    )
    login(alice)
    page.goto(f"{live_server.url}/articles/{kj.article_id}/")
    page.locator("#article-body").focus()
    page.keyboard.press("j")
    expect(page.locator(f"#item-{kj.pk}")).to_have_class(
        "annotation-item k-quote st-accepted is-current"
    )
    page.keyboard.press("l")
    form = page.locator("#link-form")
    expect(form).to_be_visible()
    expect(form.locator("select[name=relation]")).to_have_value("same_quote")
    form.locator(f"input[name=target][value='{dt.pk}']").check()
    form.locator("textarea[name=note]").fill("Dua terjemahan dari “candid”.")
    screenshot("links-6-reader-link-form")
    form.get_by_role("button", name="Save link").click()
    expect(page.locator("#messages")).to_contain_text("Link saved.")
    expect(page.locator("#link-form")).to_have_count(0)
    expect(page.locator(f"#item-{kj.pk} .item-link")).to_contain_text(
        "same quote · detik: “terus-terang, substantif dan konstruktif”"
    )
    screenshot("links-7-reader-linked")
    link = Link.objects.get()
    assert (link.source, link.target, link.relation) == (kj, dt, "same_quote")
    assert link.note == "Dua terjemahan dari “candid”."
