"""Speakers at the desk, in Chromium: merging a duplicate, and a spelling learned as an alias."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import Annotation, Article, Speaker
from annotations.services.suggesting import annotation_suggest_bulk
from tests.conftest import annotate_words

pytestmark = pytest.mark.django_db(transaction=True)

# Written for these tests: the article spells the minister's name with an h.
BODY = (
    "Menteri Luar Negeri AS Anthony Blinken tiba di Jakarta pada Senin malam.\n\n"
    "“Kami datang untuk mendengar, bukan untuk menggurui,” kata Anthony Blinken "
    "kepada wartawan di bandara.\n\n"
    "Ia dijadwalkan bertemu Menlu Sari Wulandari selama dua jam pada Selasa."
)


@pytest.fixture
def article(outlet) -> Article:
    return Article.objects.create(
        outlet=outlet,
        title="Blinken tiba di Jakarta",
        raw_text=BODY,
        body=BODY,
        content_hash="desk-speakers",
        language="id",
    )


def test_an_editor_merges_a_duplicate_speaker_into_the_right_one(
    page, live_server, login, screenshot, alice, article
):
    right = services.speaker_create(
        name="Antony Blinken", aliases=["Menlu AS"], role="Menteri Luar Negeri AS"
    )
    duplicate = services.speaker_create(name="Anthony Blinken", aliases=["Blinken"])
    quote = annotate_words(
        article,
        "Kami datang untuk mendengar, bukan untuk menggurui",
        "quote",
        user=alice,
        speaker=duplicate,
        quote_form="direct",
    )
    claim = annotate_words(article, "dua jam", "claim", user=alice, speaker=right)
    login(alice)
    page.goto(f"{live_server.url}/speakers/{duplicate.pk}/")
    expect(page.locator("h1")).to_have_text("Anthony Blinken")
    page.locator(".speaker-merge summary").click()
    merge = page.locator(".speaker-merge form")
    expect(merge).to_contain_text("becomes one of its aliases")
    # The choice lists the other speakers with their role, never the speaker itself.
    options = merge.locator("#merge-into option")
    expect(options).to_have_text(["—", "Antony Blinken · Menteri Luar Negeri AS"])
    merge.locator("#merge-into").select_option(
        label="Antony Blinken · Menteri Luar Negeri AS"
    )
    screenshot("desk-speaker-merge-form")
    merge.get_by_role("button", name="Merge").click()

    expect(page).to_have_url(f"{live_server.url}/speakers/{right.pk}/")
    expect(page.locator("#messages")).to_contain_text(
        "“Anthony Blinken” is merged into “Antony Blinken”; its name is now an alias."
    )
    facts = page.locator(".speaker-facts")
    expect(facts).to_contain_text("Menlu AS, Anthony Blinken, Blinken")
    expect(page.locator(".said")).to_have_count(2)
    screenshot("desk-speaker-merged")
    assert not Speaker.objects.filter(pk=duplicate.pk).exists()
    assert Annotation.objects.get(pk=quote.pk).speaker_id == right.pk
    assert Annotation.objects.get(pk=claim.pk).speaker_id == right.pk
    assert page.goto(f"{live_server.url}/speakers/{duplicate.pk}/").status == 404

    # The old spelling now finds the kept speaker in the list.
    page.goto(f"{live_server.url}/speakers/")
    page.wait_for_load_state("load")
    page.fill("#speaker-q", "Anthony Blinken")
    rows = page.locator("table.speakers tbody tr")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text("Antony Blinken")
    # The reader's panel names the kept speaker on the moved quote.
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator(f"#item-{quote.pk}")).to_contain_text("Antony Blinken")


def test_a_viewer_is_offered_no_merge(page, live_server, login, victor, article):
    services.speaker_create(name="Antony Blinken")
    other = services.speaker_create(name="Anthony Blinken")
    login(victor)
    page.goto(f"{live_server.url}/speakers/{other.pk}/")
    expect(page.locator("h1")).to_have_text("Anthony Blinken")
    expect(page.locator(".speaker-merge")).to_have_count(0)


def test_accepting_a_suggestion_learns_the_articles_spelling_as_an_alias(
    page, live_server, login, screenshot, alice, article
):
    blinken = services.speaker_create(name="Antony Blinken", role="Menlu AS")
    annotation_suggest_bulk(articles=[article])
    suggested = Annotation.objects.get(
        article=article, kind="quote", status="suggested"
    )
    assert suggested.speaker_id == blinken.pk
    login(alice)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.wait_for_load_state("load")
    item = page.locator(f"#item-{suggested.pk}")
    expect(item).to_contain_text("Antony Blinken")
    item.click(position={"x": 5, "y": 5})
    page.keyboard.press("a")
    expect(item).to_have_class(re.compile(r"\bst-accepted\b"))
    blinken.refresh_from_db()
    assert blinken.aliases == ["Anthony Blinken"]

    page.goto(f"{live_server.url}/speakers/{blinken.pk}/")
    expect(page.locator(".speaker-facts")).to_contain_text("Also written")
    expect(page.locator(".speaker-facts")).to_contain_text("Anthony Blinken")
    screenshot("desk-speaker-alias-learned")
