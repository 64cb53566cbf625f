from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annotations.models import Article, Outlet


@pytest.mark.django_db(transaction=True)
def test_an_editor_corrects_an_article_title_from_the_reader(
    page, live_server, alice, login, screenshot
):
    outlet = Outlet.objects.create(name="Warta Contoh", domain="warta.example")
    Outlet.objects.create(name="Kabar Lain", domain="kabar.example")
    body = "Menlu Sari bertemu Menlu Tan di Jakarta. Mereka sepakat."
    article = Article.objects.create(
        outlet=outlet,
        title="Menlu Sari bertemu Menlu Tan di Jakarta",
        raw_text=body,
        body=body,
        content_hash="browser-edit",
    )
    login(alice)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.get_by_role("link", name="Edit details").click()
    expect(page.get_by_role("heading", name="Edit details")).to_be_visible()

    # An empty title is refused in place (htmx swaps the 200 partial).
    page.fill("#id_title", "")
    page.get_by_role("button", name="Save details").click()
    expect(page.locator("#details-form [role=alert]")).to_contain_text(
        "This field is required."
    )
    screenshot("article-edit-form-error")

    page.fill("#id_title", "Sari dan Tan sepakat di Jakarta")
    expect(page.locator("#id_outlet")).to_have_value("Warta Contoh")
    page.fill("#id_outlet", "Kabar Lain")  # a known outlet, suggested as one types
    page.fill("#id_published_on", "2023-06-19")
    screenshot("article-edit-form")
    page.get_by_role("button", name="Save details").click()

    page.wait_for_url(f"{live_server.url}{article.get_absolute_url()}")
    header = page.locator(".article-header")
    expect(header.locator("h1")).to_have_text("Sari dan Tan sepakat di Jakarta")
    expect(header).to_contain_text("Kabar Lain")
    expect(header).to_contain_text("19 June 2023")
    expect(page.locator("body")).to_contain_text("The article's details are saved.")
    screenshot("article-edit-saved")
