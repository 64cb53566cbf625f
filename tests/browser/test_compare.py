"""Compare outlets in Chromium: the coverage table, and linking by keyboard side by side."""

from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import Link
from annotations.selectors import story_coverage
from tests.conftest import annotate_words as _annotate

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def june(seed_articles, alice):
    kj, dt = seed_articles["koranjakarta"], seed_articles["detik"]
    about_six = _annotate(
        kj,
        "sekitar enam jam",
        value=Decimal(6),
        unit="hour",
        approximate=True,
        user=alice,
    )
    seven_half = _annotate(dt, "7,5 jam", value=Decimal("7.5"), unit="hour", user=alice)
    three = _annotate(dt, "tiga jam", value=Decimal(3), unit="hour", user=alice)
    services.link_propose_for_story(story=kj.story, user=alice)
    return about_six, seven_half, three


def test_the_coverage_table_puts_the_disagreeing_durations_first(
    page, live_server, login, screenshot, alice, june
):
    login(alice)
    page.goto(f"{live_server.url}/stories/blinken-di-beijing/")
    table = page.locator("#story-coverage")
    row = table.locator("tr.fact-row").first
    expect(row).to_have_class("fact-row disagree")
    expect(row).to_contain_text("≈ 6 hours")
    expect(row).to_contain_text("7.5 hours")
    expect(row).to_contain_text("sekitar enam jam")
    expect(table.locator("thead")).to_contain_text("Koran Jakarta")
    table.scroll_into_view_if_needed()
    screenshot("compare-1-coverage-table")
    # The editor says "7,5 jam" measures something else: the row has one value left.
    row.locator(".coverage-cell", has_text="7,5 jam").get_by_role(
        "button", name="Not this fact"
    ).click()
    expect(page.locator("#messages")).to_contain_text("is no longer part of any fact")
    first = page.locator("#story-coverage tr.fact-row").first
    expect(first).not_to_contain_text("7.5 hours")
    expect(first).to_have_class("fact-row")  # one value left: nothing disagrees
    expect(page.locator("#story-coverage .loose-claims")).to_contain_text("7,5 jam")
    screenshot("compare-1b-coverage-claim-moved-out")


def test_link_two_claims_side_by_side_with_the_keyboard(
    page, live_server, login, screenshot, alice, seed_articles, june
):
    about_six, seven_half, three = june
    kj, dt = seed_articles["koranjakarta"], seed_articles["detik"]
    login(alice)
    page.goto(
        f"{live_server.url}/stories/blinken-di-beijing/compare/?a={kj.pk}&a={dt.pk}"
    )
    columns = page.locator(".compare-column")
    expect(columns).to_have_count(2)
    # The proposed contradiction is marked in both articles.
    expect(page.locator(f"#cmp-a{about_six.pk}")).to_have_class(
        "cmp-mark k-claim linked"
    )
    expect(page.locator(f"#cmp-a{seven_half.pk}")).to_have_class(
        "cmp-mark k-claim linked"
    )
    expect(page.locator(f"#cmp-a{three.pk}")).to_have_class("cmp-mark k-claim")
    page.wait_for_load_state("load")  # compare.js is deferred

    # Keyboard only: focus the claim, Enter, move to the other column's claim, Enter, Enter.
    page.locator(f"#cmp-a{about_six.pk}").focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#cmp-a{about_six.pk}")).to_have_class(
        "cmp-mark k-claim linked chosen"
    )
    page.locator(f"#cmp-a{seven_half.pk}").focus()
    page.keyboard.press("j")  # the next claim of the detik column: tiga jam
    expect(page.locator(f"#cmp-a{three.pk}")).to_be_focused()
    page.keyboard.press("Enter")
    form = page.locator("#compare-link")
    expect(form.locator("select[name=relation]")).to_have_value("contradicts")
    form.locator("select[name=relation]").select_option("related")
    page.locator("#compare-save").focus()
    screenshot("compare-2-side-by-side-chosen")
    page.keyboard.press("Enter")
    expect(page.locator("#messages")).to_contain_text("Link saved.")
    expect(page.locator(f"#cmp-a{three.pk}")).to_have_class("cmp-mark k-claim linked")
    link = Link.objects.get(relation="related")
    assert {link.source_id, link.target_id} == {about_six.pk, three.pk}
    assert link.status == "confirmed"

    # After a reload the link is in both articles; g jumps to the counterpart.
    page.reload()
    expect(page.locator(f"#cmp-a{three.pk}")).to_have_attribute(
        "data-links", str(about_six.pk)
    )
    links = page.locator(f"#cmp-a{about_six.pk}").get_attribute("data-links").split()
    assert sorted(links) == sorted([str(seven_half.pk), str(three.pk)])
    page.wait_for_load_state("load")
    page.locator(f"#cmp-a{three.pk}").focus()
    page.keyboard.press("g")
    expect(page.locator(f"#cmp-a{about_six.pk}")).to_be_focused()
    screenshot("compare-3-side-by-side-linked")


def test_the_contradictions_page_confirms_and_filters(
    page, live_server, login, screenshot, alice, june
):
    login(alice)
    page.goto(f"{live_server.url}/contradictions/")
    row = page.locator(".story-link").first
    expect(row).to_contain_text("Koran Jakarta")
    expect(row).to_contain_text("≈ 6 hours")
    expect(row).to_contain_text("7.5 hours")
    screenshot("compare-4-contradictions")
    row.get_by_role("button", name="Confirm").click()
    expect(page.locator("#messages")).to_contain_text("Link marked “confirmed”.")
    expect(
        page.locator(".story-link").first.locator(".link-status-badge")
    ).to_have_text("confirmed")
    page.locator("select[name=status]").select_option("dismissed")
    expect(page.locator("#contradiction-list")).to_contain_text("0 contradictions")


def test_an_editor_renames_a_fact_and_moves_claims_with_the_keyboard(
    page, live_server, login, screenshot, settled, alice, june
):
    about_six, seven_half, three = june
    login(alice)
    page.goto(f"{live_server.url}/stories/blinken-di-beijing/")
    page.wait_for_load_state("load")  # newsroom.js is deferred
    coverage = page.locator("#story-coverage")
    row = coverage.locator("tr.fact-row").first
    # Rename the row's fact: focus "Rename", Enter, type, Enter.
    row.get_by_role("link", name="Rename").focus()
    page.keyboard.press("Enter")
    name = coverage.get_by_label("Name of the fact")
    expect(name).to_be_focused()
    name.fill("Lama pembicaraan Blinken–Qin")
    screenshot("compare-5-fact-rename-form")
    page.keyboard.press("Enter")
    expect(page.locator("#messages")).to_contain_text(
        "is now called “Lama pembicaraan Blinken–Qin”"
    )
    first = page.locator("#story-coverage tr.fact-row").first
    expect(first.locator(".fact-label")).to_have_text("Lama pembicaraan Blinken–Qin")

    # Escape closes a form without saving anything. A key pressed on a link htmx has
    # not yet processed would follow its href to the full page instead.
    settled()
    first.get_by_role("link", name="Rename").focus()
    page.keyboard.press("Enter")
    expect(coverage.get_by_label("Name of the fact")).to_be_focused()
    page.keyboard.press("Escape")
    expect(coverage.locator("form[id^=fact-rename]")).to_have_count(0)
    expect(first.get_by_role("link", name="Rename")).to_be_visible()

    # Wang Yi's three hours go into a new fact of their own, typed in the loose list.
    settled()
    loose = page.locator("#story-coverage .loose-claims")
    loose.locator("summary").focus()
    page.keyboard.press("Enter")
    item = loose.locator("li", has_text="tiga jam")
    item.get_by_label("Name of a new fact").fill("Pertemuan dengan Wang Yi")
    expect(item.get_by_label("Move to fact")).to_have_value("new")
    page.keyboard.press("Enter")
    expect(page.locator("#messages")).to_contain_text(
        "moved to “Pertemuan dengan Wang Yi”"
    )

    # Move "7,5 jam" into it: "Move…", the select has the focus, arrow to the fact, Enter.
    settled()
    cell = page.locator("#story-coverage .coverage-cell", has_text="7,5 jam")
    cell.get_by_role("link", name="Move…").focus()
    page.keyboard.press("Enter")
    select = page.locator(f"#fact-move-{seven_half.pk}-fact")
    expect(select).to_be_focused()
    select.select_option(label="Pertemuan dengan Wang Yi")
    screenshot("compare-6-fact-move-form")
    page.locator(f"#fact-move-{seven_half.pk}").get_by_role(
        "button", name="Move"
    ).press("Enter")
    expect(page.locator("#messages")).to_contain_text(
        "“7,5 jam” moved to “Pertemuan dengan Wang Yi”"
    )
    wang = page.locator(
        "#story-coverage tr.fact-row", has_text="Pertemuan dengan Wang Yi"
    )
    expect(wang).to_contain_text("7,5 jam")
    expect(wang).to_contain_text("tiga jam")
    # The links section follows the facts: the six against 7.5 hours is withdrawn.
    expect(page.locator("#story-links")).not_to_contain_text("7,5 jam")
    page.locator("#story-coverage").scroll_into_view_if_needed()
    screenshot("compare-7-facts-edited")
    labels = {r.fact.label for r in story_coverage(about_six.article.story).rows}
    assert {"Lama pembicaraan Blinken–Qin", "Pertemuan dengan Wang Yi"} <= labels
