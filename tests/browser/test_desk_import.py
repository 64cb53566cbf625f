"""A pasted text without a headline gets a sound title, and the editor is told so."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Article

pytestmark = pytest.mark.django_db(transaction=True)

# Written for this test: no headline, an initial and an abbreviation in the first sentence.
HEADLINE_LESS = (
    "Menlu Sari J. Wulandari tiba di Jl. Merdeka pada Senin pagi. "
    "Ia membuka rapat para menteri dan disambut para pejabat daerah.\n\n"
    "Rapat berlangsung selama dua jam dan ditutup dengan makan siang bersama."
)


def test_a_headline_less_paste_is_titled_by_its_first_sentence(
    page, live_server, login, screenshot, alice
):
    login(alice)
    page.goto(f"{live_server.url}/articles/import/")
    page.fill("#id_paste-raw_text", HEADLINE_LESS)
    page.click("#paste-form summary")
    page.fill("#id_paste-outlet", "Warta Contoh")
    page.click("#paste-form button.primary")
    expect(page).to_have_url(re.compile(r"/articles/\d+/$"))
    title = "Menlu Sari J. Wulandari tiba di Jl. Merdeka pada Senin pagi"
    # The whole first sentence, not cut at "J." or "Jl.", without its full stop.
    expect(page.locator(".article-header h1")).to_have_text(title)
    expect(page.locator("#messages")).to_contain_text(
        "The text has no headline: its first sentence became the title."
    )
    screenshot("desk-import-headline-less")
    article = Article.objects.get()
    assert article.title == title

    # The editor corrects it where the message says.
    page.locator(".article-header").get_by_role("link", name="Edit details").click()
    page.fill("#id_title", "Menlu Sari buka rapat para menteri")
    page.get_by_role("button", name="Save details").click()
    expect(page.locator(".article-header h1")).to_have_text(
        "Menlu Sari buka rapat para menteri"
    )
