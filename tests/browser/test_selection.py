"""Selections in the reader, in Chromium: whole words, and one paragraph at most."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation
from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.django_db(transaction=True)

WANG_YI = "Penting untuk memilih antara dialog dan konfrontasi, kerja sama atau konflik"
WHOLE = "untuk memilih antara dialog dan konfrontasi, kerja sama atau konflik"
CASES = json.loads(
    (Path(__file__).parents[1] / "text" / "word_snap_cases.json").read_text(
        encoding="utf-8"
    )
)["cases"]

# Select from the start of `first` to the end of `last` (the first occurrences
# after `first`), wherever the text nodes of the article body split them.
SELECT_JS = """([first, last]) => {
    const body = document.getElementById('article-body');
    const nodes = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) nodes.push(node);
    const range = document.createRange();
    let started = false;
    for (const n of nodes) {
        if (!started) {
            const at = n.data.indexOf(first);
            if (at < 0) continue;
            range.setStart(n, at);
            started = true;
            const end = n.data.indexOf(last, at);
            if (end >= 0) { range.setEnd(n, end + last.length); break; }
            continue;
        }
        const end = n.data.indexOf(last);
        if (end >= 0) { range.setEnd(n, end + last.length); break; }
    }
    if (!started) return false;
    range.startContainer.parentElement.scrollIntoView({block: 'center'});
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
}"""


def _open(page, live_server, article):
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator("#article-body")).to_be_visible()


def _select(page, first: str, last: str) -> str:
    selected = page.evaluate(SELECT_JS, [first, last])
    assert selected, f"{first!r} is not in the page"
    return selected


def _close_up(page, name: str) -> None:
    """Save a screenshot of the selected words and what stands below them."""
    box = page.evaluate(
        "() => { const r = window.getSelection().getRangeAt(0).getBoundingClientRect();"
        " return {x: r.left, y: r.top, width: r.width, height: r.height}; }"
    )
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(
        path=str(SCREENSHOTS / f"{name}.png"),
        clip={
            "x": max(0, box["x"] - 120),
            "y": max(0, box["y"] - 40),
            "width": min(760, box["width"] + 240),
            "height": box["height"] + 110,
        },
    )


def _highlight(page, name: str) -> str | None:
    return page.evaluate(
        """(name) => {
            const h = CSS.highlights.get(name);
            return h ? Array.from(h)[0].toString() : null;
        }""",
        name,
    )


def test_a_mid_word_selection_saves_whole_words(
    page, live_server, login, screenshot, alice, seed_articles
):
    article = seed_articles["detik"]
    login(alice)
    _open(page, live_server, article)
    # The selection: it starts and ends inside a word.
    assert _select(page, "ntuk memilih", "atau konf") == (
        "ntuk memilih antara dialog dan konfrontasi, kerja sama atau konf"
    )
    toolbar = page.locator("#selection-toolbar")
    expect(toolbar).to_be_visible()
    # Before a kind is chosen, the page shows the words the annotation will cover.
    assert _highlight(page, "selection-words") == WHOLE
    screenshot("selection-mid-word-toolbar")
    _close_up(page, "selection-mid-word-close-up")
    toolbar.get_by_role("button", name="Quote").click()
    words = page.locator("#annotation-form .selected-words")
    expect(words).to_have_text(WHOLE)
    assert _highlight(page, "pending-annotation") == WHOLE
    assert page.locator("#annotation-form input[name=exact]").input_value() == WHOLE
    screenshot("selection-mid-word-form")
    page.locator("#id_speaker_name").fill("Wang Yi")
    page.locator("#annotation-form button[type=submit]").click()
    expect(page.locator("#article-body mark.k-quote")).to_have_text(WHOLE)
    quote = Annotation.objects.get(article=article, kind="quote")
    assert quote.exact == WHOLE
    assert article.body[quote.start : quote.end] == WHOLE


def test_a_selection_of_part_of_a_number_takes_the_whole_number(
    page, live_server, login, alice, seed_articles
):
    article = seed_articles["detik"]
    login(alice)
    _open(page, live_server, article)
    assert _select(page, ",5 ja", ",5 ja") == ",5 ja"
    expect(page.locator("#selection-toolbar")).to_be_visible()
    page.keyboard.press("c")
    expect(page.locator("#annotation-form .selected-words")).to_have_text("7,5 jam")
    expect(page.locator("#id_value")).to_have_value("7.5")
    expect(page.locator("#id_value")).to_be_focused()  # Enter saves from the field
    page.keyboard.press("Enter")
    expect(page.locator("#article-body mark.k-claim")).to_have_text("7,5 jam")
    assert Annotation.objects.get(article=article, kind="claim").exact == "7,5 jam"


def test_a_double_click_and_found_words_keep_working(
    page, live_server, login, alice, seed_articles
):
    article = seed_articles["detik"]
    login(alice)
    _open(page, live_server, article)
    box = page.evaluate(
        """() => {
            const body = document.getElementById('article-body');
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.data.indexOf('konfrontasi');
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at + 3);
                range.setEnd(node, at + 4);
                node.parentElement.scrollIntoView({block: 'center'});
                const r = range.getBoundingClientRect();
                return {x: r.left + r.width / 2, y: r.top + r.height / 2};
            }
        }"""
    )
    page.mouse.dblclick(box["x"], box["y"])
    expect(page.locator("#selection-toolbar")).to_be_visible()
    page.keyboard.press("n")
    expect(page.locator("#annotation-form .selected-words")).to_have_text("konfrontasi")
    expect(page.locator("#id_note")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator("#annotation-editor")).not_to_have_class(
        re.compile(r"\bis-open\b")
    )
    # Found words ("/" then Enter) are snapped too: a keyboard selection.
    page.locator("body").press("/")
    page.keyboard.type("ntuk memilih anta")
    page.keyboard.press("Enter")
    page.keyboard.press("m")
    expect(page.locator("#annotation-form .selected-words")).to_have_text(
        "untuk memilih antara"
    )


def test_a_selection_across_paragraphs_says_why_it_cannot_be_annotated(
    page, live_server, login, screenshot, alice, seed_articles
):
    article = seed_articles["detik"]
    body = article.body
    at = body.index(WANG_YI)
    end_of_paragraph = body.index("\n", at)
    next_start = len(body) - len(body[end_of_paragraph:].lstrip())
    last_words = body[end_of_paragraph - 12 : end_of_paragraph]
    next_words = body[next_start : next_start + 12]
    login(alice)
    _open(page, live_server, article)
    _select(page, last_words, next_words)
    problem = page.locator("#selection-problem")
    message = "A selection cannot cross a paragraph break"
    expect(problem).to_be_visible()
    expect(problem).to_contain_text(message)
    expect(page.locator("#selection-toolbar")).to_be_hidden()
    # Near the selection: just below its last line.
    box = problem.bounding_box()
    end = page.evaluate(
        "() => { const r = window.getSelection().getRangeAt(0).getClientRects();"
        " return r[r.length - 1].bottom; }"
    )
    assert 0 <= box["y"] - end < 40
    screenshot("selection-across-paragraphs")
    _close_up(page, "selection-across-paragraphs-close-up")
    # The keyboard: Esc hides the message, the shortcut shows it again and opens nothing.
    page.keyboard.press("Escape")
    expect(problem).to_be_hidden()
    page.keyboard.press("q")
    expect(problem).to_be_visible()
    expect(problem).to_contain_text(message)
    expect(page.locator("#annotation-editor")).not_to_have_class(
        re.compile(r"\bis-open\b")
    )
    assert not Annotation.objects.filter(article=article).exists()
    # A selection inside one paragraph brings the toolbar back.
    _select(page, "Penting untuk", "Penting untuk")
    expect(page.locator("#selection-toolbar")).to_be_visible()
    expect(problem).to_be_hidden()


def test_the_browser_snaps_as_the_server_does(
    page, live_server, login, alice, seed_articles
):
    login(alice)
    _open(page, live_server, seed_articles["detik"])
    for selected, expected in CASES:
        text = selected.replace("⟦", "").replace("⟧", "")
        start, end = selected.index("⟦"), selected.index("⟧") - 1
        want = [expected.index("⟦"), expected.index("⟧") - 1]
        got = page.evaluate(
            "([t, s, e]) => window.newsroomWords.snapToWords(t, s, e)",
            [text, start, end],
        )
        assert got == want, selected


def test_a_page_without_the_snapping_script_still_saves_whole_words(
    page, live_server, login, alice, seed_articles
):
    # A page from before the rule (a stale client): the server widens the span.
    article = seed_articles["detik"]
    login(alice)
    _open(page, live_server, article)
    page.evaluate("() => { delete window.newsroomWords; }")
    _select(page, "ntuk memilih", "atau konf")
    expect(page.locator("#selection-toolbar")).to_be_visible()
    page.keyboard.press("n")
    expect(page.locator("#annotation-form .selected-words")).to_have_text(WHOLE)
    expect(page.locator("#id_note")).to_be_focused()
    page.keyboard.type("cek")
    page.keyboard.press("Control+Enter")
    expect(page.locator("#article-body mark.k-note")).to_have_text(WHOLE)
    assert Annotation.objects.get(article=article).exact == WHOLE


def test_a_posted_span_cutting_words_is_refused_then_saved_whole(
    page, live_server, login, screenshot, alice, seed_articles
):
    article = seed_articles["detik"]
    login(alice)
    _open(page, live_server, article)
    _select(page, WANG_YI, WANG_YI)
    page.keyboard.press("n")
    expect(page.locator("#id_note")).to_be_focused()
    page.keyboard.type("dialog atau konfrontasi")
    # A hand-made post: the span starts one letter into "Penting".
    page.evaluate(
        """() => {
            const form = document.getElementById('annotation-form');
            form.elements.start.value = String(Number(form.elements.start.value) + 1);
            form.elements.exact.value = form.elements.exact.value.slice(1);
        }"""
    )
    page.keyboard.press("Control+Enter")
    errors = page.locator("#annotation-form .form-errors")
    expect(errors).to_contain_text("The selection starts or ends inside a word")
    expect(errors).to_contain_text("enting untuk")
    expect(page.locator("#annotation-form .selected-words")).to_have_text(WANG_YI)
    expect(page.locator("#id_note")).to_have_value("dialog atau konfrontasi")
    assert not Annotation.objects.filter(article=article).exists()
    screenshot("selection-refused-cut-word")
    page.locator("#annotation-form button[type=submit]").click()
    expect(page.locator("#article-body mark.k-note")).to_have_text(WANG_YI)
    note = Annotation.objects.get(article=article)
    assert (note.exact, note.note) == (WANG_YI, "dialog atau konfrontasi")


def test_a_triple_clicked_paragraph_is_annotated_whole(
    page, live_server, login, alice, seed_articles
):
    # Chromium ends such a selection at the start of the next paragraph.
    article = seed_articles["detik"]
    login(alice)
    _open(page, live_server, article)
    paragraph = page.locator("#article-body p", has_text="7,5 jam")
    words = paragraph.text_content()
    paragraph.click(click_count=3)
    expect(page.locator("#selection-toolbar")).to_be_visible()
    expect(page.locator("#selection-problem")).to_be_hidden()
    page.keyboard.press("n")
    expect(page.locator("#annotation-form .selected-words")).to_have_text(words)
    expect(page.locator("#annotation-form .form-errors")).to_have_count(0)
    expect(page.locator("#id_note")).to_be_focused()
    page.keyboard.press("Control+Enter")
    expect(page.locator("#article-body mark.k-note")).to_have_text(words)
    assert Annotation.objects.get(article=article).exact == words


def test_another_region_settling_first_does_not_take_the_form_s_focus(
    page, live_server, login, alice, seed_articles
):
    # The review bar polls while suggestions are made: its swap may settle
    # between the shortcut and the form's arrival.
    article = seed_articles["detik"]
    login(alice)
    _open(page, live_server, article)
    held = []
    page.route(re.compile(r"/annotations/new/\?"), lambda route: held.append(route))
    _select(page, WANG_YI, WANG_YI)
    page.keyboard.press("n")
    while not held:
        page.wait_for_timeout(20)
    page.evaluate(
        """(url) => new Promise((done) => {
            document.body.addEventListener('htmx:afterSettle', done, {once: true});
            htmx.ajax('GET', url, {target: '#suggestion-review', swap: 'outerHTML'});
        })""",
        f"/articles/{article.pk}/suggestions/",
    )
    held[0].continue_()
    expect(page.locator("#id_note")).to_be_focused()
