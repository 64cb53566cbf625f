"""The editor's desk in Chromium: deleting an article from the reader, renaming a story."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import Annotation, Article, Link, Story
from tests.browser.conftest import SCREENSHOTS
from tests.conftest import annotate_words

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_editor_deletes_an_article_from_the_reader_after_confirming(
    page, live_server, login, screenshot, alice, durations
):
    about_six, seven_half = durations
    services.link_create(source=about_six, target=seven_half, relation="contradicts")
    article = seven_half.article
    kept = about_six.article
    login(alice)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    menu = page.locator(".article-header .source-links")
    menu.get_by_role("link", name="Delete article…").click()

    # The confirmation says what goes with the article; nothing is gone yet.
    expect(page.locator("h1")).to_have_text("Delete article")
    expect(page.locator("main")).to_contain_text(f"Delete “{article.title}” (detik)")
    expect(page.locator("main")).to_contain_text("Its 1 annotation goes with it")
    expect(page.locator("main")).to_contain_text("with 1 link to or from them")
    # The two choices stand apart, not glued together.
    delete_box = page.get_by_role("button", name="Delete the article").bounding_box()
    cancel_box = page.get_by_role("link", name="Cancel").bounding_box()
    assert cancel_box["x"] - (delete_box["x"] + delete_box["width"]) >= 6
    screenshot("desk-article-delete-confirm")
    page.get_by_role("link", name="Cancel").click()
    expect(page).to_have_url(f"{live_server.url}/articles/{article.pk}/")
    assert Article.objects.filter(pk=article.pk).exists()

    menu.get_by_role("link", name="Delete article…").click()
    page.get_by_role("button", name="Delete the article").click()
    expect(page).to_have_url(f"{live_server.url}/articles/")
    expect(page.locator("#messages")).to_contain_text(f"“{article.title}” is deleted.")
    expect(page.locator("#article-results")).not_to_contain_text(article.title)
    expect(page.locator("#article-results")).to_contain_text(kept.title)
    screenshot("desk-article-deleted")
    assert not Article.objects.filter(pk=article.pk).exists()
    assert not Annotation.objects.filter(pk=seven_half.pk).exists()
    assert not Link.objects.exists()
    assert Annotation.objects.filter(pk=about_six.pk).exists()
    # The reader of the deleted article is gone, the other one is intact.
    assert page.goto(f"{live_server.url}/articles/{article.pk}/").status == 404
    page.goto(f"{live_server.url}/articles/{kept.pk}/")
    expect(page.locator(f"#item-{about_six.pk}")).to_contain_text("sekitar enam jam")


def test_a_viewer_is_offered_no_delete_and_cannot_force_one(
    page, live_server, login, victor, tiny_article
):
    login(victor)
    page.goto(f"{live_server.url}/articles/{tiny_article.pk}/")
    expect(page.locator(".article-header .source-links")).to_contain_text("Raw text")
    expect(page.get_by_role("link", name="Delete article…")).to_have_count(0)
    assert (
        page.goto(f"{live_server.url}/articles/{tiny_article.pk}/delete/").status == 403
    )
    assert Article.objects.filter(pk=tiny_article.pk).exists()


def test_an_editor_renames_a_story_and_its_address_stays(
    page, live_server, login, screenshot, alice, tiny_article
):
    story = Story.objects.create(title="Rapat menlu", slug="rapat-menlu")
    Article.objects.filter(pk=tiny_article.pk).update(story=story)
    annotate_words(tiny_article, "7,5 jam", "claim", user=alice)
    login(alice)
    page.goto(f"{live_server.url}/stories/rapat-menlu/")
    page.get_by_role("link", name="Rename").click()
    expect(page.locator("h1")).to_have_text("Rename story")
    expect(page.locator("#id_title")).to_have_value("Rapat menlu")
    page.fill("#id_title", "")
    page.get_by_role("button", name="Save").click()
    # An empty name is refused (by the browser first, the server too) and saves nothing.
    expect(page).to_have_url(f"{live_server.url}/stories/rapat-menlu/edit/")
    expect(page.locator("#id_title:invalid")).to_have_count(1)
    story.refresh_from_db()
    assert story.title == "Rapat menlu"

    page.fill("#id_title", "Sari dan Tan bertemu di Jakarta")
    screenshot("desk-story-rename-form")
    page.get_by_role("button", name="Save").click()
    expect(page).to_have_url(f"{live_server.url}/stories/rapat-menlu/")
    expect(page.locator("h1")).to_have_text("Sari dan Tan bertemu di Jakarta")
    expect(page.locator("#messages")).to_contain_text(
        "Story renamed to “Sari dan Tan bertemu di Jakarta”."
    )
    screenshot("desk-story-renamed")
    # The reader's story badge and the story list follow the new name.
    page.goto(f"{live_server.url}/articles/{tiny_article.pk}/")
    expect(page.locator(".story-badge")).to_have_text("Sari dan Tan bertemu di Jakarta")
    page.goto(f"{live_server.url}/stories/")
    expect(page.locator("main")).to_contain_text("Sari dan Tan bertemu di Jakarta")
    expect(page.locator("main")).not_to_contain_text(re.compile(r"Rapat menlu"))


def test_an_editor_moves_an_article_to_a_story_with_its_time_of_publication(
    page, live_server, login, screenshot, alice, tiny_article
):
    Story.objects.create(title="Rapat menlu di Jakarta", slug="rapat-menlu")
    login(alice)
    page.goto(f"{live_server.url}/articles/{tiny_article.pk}/edit/")
    page.wait_for_load_state("load")
    page.select_option("#id_story", label="Rapat menlu di Jakarta")
    page.fill("#id_published_on", "2024-04-26")
    page.fill("#id_published_time", "14:05")
    page.get_by_role("button", name="Save details").click()
    page.wait_for_url(f"{live_server.url}/articles/{tiny_article.pk}/")
    header = page.locator(".article-header")
    expect(header.locator(".story-badge")).to_have_text("Rapat menlu di Jakarta")
    expect(header.locator("time")).to_have_text("26 April 2024, 14:05 WIB (UTC+07:00)")
    screenshot("desk-article-story-and-time")
    tiny_article.refresh_from_db()
    assert tiny_article.story.slug == "rapat-menlu"
    assert not tiny_article.published_date_only
    # The story lists the article on its day.
    page.goto(f"{live_server.url}/stories/rapat-menlu/")
    expect(page.locator("main")).to_contain_text(tiny_article.title)


def test_a_stale_details_form_saves_nothing_and_says_why(
    browser, live_server, alice, tiny_article
):
    """Two tabs edit the same article: the second save would overwrite the first."""
    context = browser.new_context(locale="en-GB")
    first, second = context.new_page(), context.new_page()
    first.goto(f"{live_server.url}/accounts/login/")
    first.fill("#id_username", "alice")
    first.fill("#id_password", "alice-pass-123")
    first.click("button[type=submit]")
    first.wait_for_url(f"{live_server.url}/articles/")
    for tab in (first, second):
        tab.goto(f"{live_server.url}/articles/{tiny_article.pk}/edit/")
        tab.wait_for_load_state("load")
    first.fill("#id_title", "Judul dari tab pertama")
    first.get_by_role("button", name="Save details").click()
    first.wait_for_url(f"{live_server.url}/articles/{tiny_article.pk}/")

    second.fill("#id_title", "Judul dari tab kedua")
    second.get_by_role("button", name="Save details").click()
    expect(second.locator("#details-form [role=alert]")).to_contain_text(
        "Somebody else changed this article's details while you were editing."
    )
    expect(second.locator("#id_title")).to_have_value("Judul dari tab pertama")
    # What this tab typed is not lost: the page lists it beside the saved version.
    expect(second.locator(".not-saved")).to_have_text("TitleJudul dari tab kedua")
    second.screenshot(
        path=str(SCREENSHOTS / "desk-article-stale-edit.png"), full_page=True
    )
    tiny_article.refresh_from_db()
    assert tiny_article.title == "Judul dari tab pertama"
    context.close()


def test_an_editor_corrects_a_detected_outlet_to_a_new_one(
    page, live_server, login, screenshot, alice, tiny_article
):
    """Detection named the site by its domain; the editor types the outlet's real name."""
    from annotations.models import Outlet

    Outlet.objects.create(name="Kabar Lain")
    login(alice)
    page.goto(f"{live_server.url}/articles/{tiny_article.pk}/edit/")
    page.wait_for_load_state("load")
    field = page.locator("#id_outlet")
    expect(field).to_have_value("Warta Contoh")
    expect(field).to_have_attribute("list", "outlet-names")
    field.fill("Warta Contoh Harian")
    screenshot("desk-article-outlet-typed")
    page.get_by_role("button", name="Save details").click()
    page.wait_for_url(f"{live_server.url}/articles/{tiny_article.pk}/")
    expect(page.locator(".article-header .outlet")).to_have_text("Warta Contoh Harian")
    tiny_article.refresh_from_db()
    assert tiny_article.outlet.name == "Warta Contoh Harian"
    # The new outlet is one of the library's outlets now.
    page.goto(f"{live_server.url}/articles/")
    expect(page.locator("#id_outlet option")).to_contain_text(["Warta Contoh Harian"])
