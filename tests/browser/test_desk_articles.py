"""The editor's desk in Chromium: deleting an article from the reader, renaming a story."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import Annotation, Article, Link, Story
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
