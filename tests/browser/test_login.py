from __future__ import annotations

import pytest
from playwright.sync_api import expect


@pytest.mark.django_db(transaction=True)
def test_an_editor_logs_in_through_the_real_page(
    page, live_server, alice, login, screenshot
):
    page.goto(f"{live_server.url}/articles/")
    # Not logged in: the library sends us to the login page.
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/articles/")
    screenshot("login-page")
    login(alice)
    expect(page.locator("h1")).to_have_text("Library")
    expect(page.locator(".whoami")).to_have_text("alice")
    assert screenshot("library-after-login").stat().st_size > 5000


@pytest.mark.django_db(transaction=True)
def test_the_language_switch_speaks_indonesian(page, live_server, alice, login):
    login(alice)
    page.click(".lang-switch button[value=id]")
    expect(page.locator("h1")).to_have_text("Pustaka")
    page.click(".lang-switch button[value=en]")
    expect(page.locator("h1")).to_have_text("Library")
