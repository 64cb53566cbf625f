"""What the page says when a save gets an error answer or none, in Chromium (static/js/newsroom.js).

htmx swaps nothing for an error answer: without these messages a click on
Save seemed ignored. The form keeps what the editor typed, so nothing is lost
and the save can be repeated.
"""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session
from playwright.sync_api import expect

from annotations.models import Annotation, Article

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = "7,5 jam"


def _select(page, words: str) -> None:
    """Select words in the article body (as a double-click and drag would)."""
    page.evaluate(
        """(words) => {
            const body = document.getElementById('article-body');
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.data.indexOf(words);
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + words.length);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                document.dispatchEvent(new Event('selectionchange'));
                body.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                return;
            }
            throw new Error('words not found');
        }""",
        words,
    )


def _open_note(page, live_server, article, note: str) -> None:
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator("#article-body")).to_be_visible()
    _select(page, WORDS)
    expect(page.locator("#selection-toolbar")).to_be_visible()
    page.keyboard.press("n")
    expect(page.locator("#id_note")).to_be_focused()
    page.fill("#id_note", note)


def _save(page) -> None:
    page.locator("#annotation-form button[type=submit]").first.click()


def test_a_save_after_the_session_ended_keeps_the_form_and_works_after_a_new_login(
    page, live_server, login, screenshot, settled, alice, seed_articles
):
    article = seed_articles["detik"]
    login(alice)
    _open_note(page, live_server, article, "check the length with the ministry")
    Session.objects.all().delete()  # the session expired, or ended in another tab

    _save(page)

    message = page.locator("#messages [data-request-failure]")
    expect(message).to_contain_text("Your session has ended")
    expect(page.locator("#id_note")).to_have_value("check the length with the ministry")
    expect(page.locator("#annotation-form")).to_be_visible()  # no login page swapped in
    screenshot("request-failure-session-ended")
    assert not Annotation.objects.exists()

    # The message's link logs in in a new tab; that renews the CSRF token too.
    with page.context.expect_page() as opened:
        message.get_by_role("link", name="Log in (new tab)").click()
    tab = opened.value
    tab.fill("#id_username", alice.username)
    tab.fill("#id_password", f"{alice.username}-pass-123")
    tab.click("button[type=submit]")
    tab.wait_for_url(f"{live_server.url}/articles/")
    tab.close()

    _save(page)
    expect(page.locator("#messages")).to_contain_text("Note saved")
    settled()
    note = Annotation.objects.get(article=article)
    assert note.note == "check the length with the ministry"
    assert article.body[note.start : note.end] == WORDS


def test_no_answer_and_a_deleted_article_are_said_and_the_form_stays(
    page, live_server, login, screenshot, alice, seed_articles
):
    article = seed_articles["detik"]
    login(alice)
    _open_note(page, live_server, article, "ask the outlet")

    page.route("**/annotations/new/", lambda route: route.abort())
    _save(page)
    message = page.locator("#messages [data-request-failure]")
    expect(message).to_contain_text("The server could not be reached")
    expect(page.locator("#id_note")).to_have_value("ask the outlet")
    page.unroute("**/annotations/new/")

    Article.objects.filter(pk=article.pk).delete()  # another editor deleted it
    _save(page)
    expect(message).to_contain_text("This no longer exists")
    expect(page.locator("#id_note")).to_have_value("ask the outlet")
    screenshot("request-failure-article-deleted")
    assert not Annotation.objects.exists()
