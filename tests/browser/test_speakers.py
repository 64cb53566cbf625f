from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annotations import services


@pytest.fixture
def cast(db):
    return {
        "blinken": services.speaker_create(
            name="Antony Blinken",
            aliases=["Blinken", "Menlu AS"],
            role="Menteri Luar Negeri AS",
        ),
        "wang": services.speaker_create(name="Wang Yi", role="Menlu China"),
        "qin": services.speaker_create(name="Qin Gang"),
        "miller": services.speaker_create(
            name="Matthew Miller", role="Juru bicara", affiliation="Deplu AS"
        ),
    }


def said(article, words, speaker, **kwargs):
    start = article.body.index(words)
    return services.annotation_create(
        article=article, start=start, end=start + len(words), speaker=speaker, **kwargs
    )


@pytest.mark.django_db(transaction=True)
def test_an_editor_finds_a_speaker_and_reads_what_he_said(
    page, live_server, alice, login, screenshot, cast, seed_articles
):
    blinken = cast["blinken"]
    said(
        seed_articles["kompas"],
        "Kami berkomitmen untuk mempertahankan",
        blinken,
        kind="quote",
        quote_form="partial",
    )
    said(seed_articles["detik"], "Blinken bertemu", blinken, kind="claim")
    login(alice)
    page.get_by_role("link", name="Speakers").click()
    expect(page.locator("table.speakers tbody tr")).to_have_count(4)
    screenshot("speaker-list")

    page.fill("#speaker-q", "Anthony Blinkn")  # htmx refreshes the table as one types
    expect(page.locator("table.speakers tbody tr")).to_have_count(1)
    expect(page.locator("table.speakers tbody tr")).to_contain_text("Menlu AS")
    page.get_by_role("link", name="Antony Blinken").click()

    expect(page.locator("h1")).to_have_text("Antony Blinken")
    expect(page.locator(".said")).to_have_count(2)
    expect(page.locator(".said-story h2").first).to_have_text("Blinken di Beijing")
    screenshot("speaker-detail")
    page.locator(".said-quote a").click()
    expect(page).to_have_url(
        f"{live_server.url}/articles/{seed_articles['kompas'].pk}/#a"
        f"{blinken.annotations.get(kind='quote').pk}"
    )


@pytest.mark.django_db(transaction=True)
def test_an_editor_creates_a_speaker_and_html_stays_text(
    page, live_server, alice, login, screenshot
):
    login(alice)
    page.goto(f"{live_server.url}/speakers/new/")
    page.fill("#id_name", "<img src=x onerror=alert(1)> Hua")
    page.fill("#id_aliases", "Hua Chunying, Jubir China")
    page.fill("#id_role", "Juru bicara")
    page.get_by_role("button", name="Create speaker").click()
    expect(page.locator("h1")).to_have_text("<img src=x onerror=alert(1)> Hua")
    expect(page.locator(".speaker-facts")).to_contain_text("Hua Chunying, Jubir China")
    screenshot("speaker-created")

    page.get_by_role("link", name="Edit").click()
    page.fill("#id_name", "H" * 300)
    assert len(page.input_value("#id_name")) == 200  # the field's maxlength
    # A pasted or scripted overlong name still reaches the server, which refuses it.
    page.eval_on_selector("#id_name", "e => { e.removeAttribute('maxlength') }")
    page.fill("#id_name", "H" * 10_000)
    page.get_by_role("button", name="Save").click()
    expect(page.locator("[role=alert]")).to_contain_text("at most 200 characters")
    screenshot("speaker-edit-refused")
    page.goto(page.url.removesuffix("edit/"))
    expect(page.locator("h1")).to_have_text("<img src=x onerror=alert(1)> Hua")
