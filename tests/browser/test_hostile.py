"""The pages showing the hostile corpus (tests/hostile.py), loaded in Chromium.

An outlet, a story, two articles, a speaker, tags, notes and a link are all
made of hostile strings, through the real services (the import cleans as it
documents). Every page that shows them must run none of them: no dialog, no
`window.__hostile`, no injected element or handler, no request an injected htmx
attribute would make, no console error (an inline script that CSP blocked is
one) — and the long word must wrap instead of widening the reader.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import Annotation
from tests import hostile
from tests.browser.test_annotate import _drag_select
from tests.conftest import annotate_words

pytestmark = pytest.mark.django_db(transaction=True)

OUTLET_A = f"Warta {hostile.IMG}"[:200]
OUTLET_B = f"Kabar {hostile.SINGLE_QUOTE_ATTR}{hostile.BIDI}"[:200]
STORY = f"Kisah {hostile.SCRIPT} {hostile.HTMX_ATTR}"[:300]
SPEAKER = f"Sari {hostile.SVG} {hostile.RTL}"[:200]
NOTE = hostile.ALL_MARKUP + " " + hostile.FORMULAS["formula_equals"]
TAGS = [hostile.SCRIPT[:60], hostile.HTMX_ATTR[:60], hostile.ASTRAL[:60]]

# Every element or attribute any payload could have made, and whether one ran.
INJECTED = """() => ({
  ran: window.__hostile,
  elements: [...document.querySelectorAll(
      'img[src="x"], iframe, svg[onload], [onerror], [onload], [onmouseover], [onclick]')]
    .concat([...document.querySelectorAll('script, style')]
      .filter(e => e.textContent.includes('__hostile')))
    .map(e => e.outerHTML.slice(0, 80)),
  htmx: [...document.querySelectorAll('[hx-get*="/accounts/logout"], [hx-post*="/accounts/logout"]')]
    .map(e => e.outerHTML.slice(0, 80)),
  javascriptLinks: [...document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')]
    .map(e => e.outerHTML.slice(0, 80)),
})"""
WIDEST = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .slice(0, 6)
  .map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)"""


def _paragraphs() -> str:
    """Return an article body holding every corpus string, one paragraph each."""
    lines = [
        "Menteri Luar Negeri bertemu mitranya selama 7,5 jam di ibu kota untuk "
        "membahas perdagangan dan keamanan kawasan."
    ]
    for name, value in hostile.CORPUS.items():
        if name in ("long", "nul"):
            continue
        lines.append(f"Juru bicara menulis {value} kepada wartawan ({name}).")
    lines.append(f"Alamat {hostile.LONG_WORD} panjang.")
    lines.append(f"Emoji {hostile.ASTRAL} sebelum kata sepakat diucapkan.")
    return "\n\n".join(lines)


@pytest.fixture
def world(db, alice):
    first = services.article_import(
        raw_text=_paragraphs(),
        title=f"{hostile.IMG} {hostile.TEMPLATE} {hostile.TITLE_BREAK}",
        outlet=OUTLET_A,
        story=STORY,
        url="https://warta.example/berita/1",
    )
    second = services.article_import(
        raw_text=(
            "Menteri Luar Negeri berbicara selama sekitar enam jam dengan mitranya "
            f"di ibu kota. {hostile.SCRIPT} {hostile.COMBINING} {hostile.NFD}."
        ),
        title=f"{hostile.HTMX} {hostile.COMMENT_BREAK}",
        outlet=OUTLET_B,
        story=STORY,
    )
    assert first.status == second.status == "imported", (first, second)
    a, b = first.article, second.article
    speaker = services.speaker_create(
        name=SPEAKER, aliases=[hostile.IMG[:200]], role=hostile.SCRIPT
    )
    claim_a = annotate_words(
        a,
        "7,5 jam",
        user=alice,
        value=Decimal("7.5"),
        unit="hour",
        note=NOTE,
        tags=TAGS,
    )
    claim_b = annotate_words(
        b,
        "sekitar enam jam",
        user=alice,
        value=Decimal("6"),
        unit="hour",
        approximate=True,
        note=hostile.TEXTAREA_BREAK,
    )
    # A quote after an astral character: offsets are code points, the browser counts UTF-16.
    quote = annotate_words(
        a, "sepakat diucapkan", "quote", user=alice, speaker=speaker, note=NOTE
    )
    services.link_create(
        source=claim_a,
        target=claim_b,
        relation="contradicts",
        note=NOTE,
        user=alice,
    )
    return {"a": a, "b": b, "speaker": speaker, "claim": claim_a, "quote": quote}


@pytest.fixture
def watch(page):
    """Record every dialog, console error, page error and logout request the page makes."""
    seen = {"dialogs": [], "errors": [], "requests": []}

    def dialog(d):
        seen["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.on(
        "console",
        lambda m: m.type == "error" and seen["errors"].append(m.text),
    )
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on(
        "request",
        lambda r: (
            ("/accounts/logout" in r.url or f"?{hostile.MARK}" in r.url)
            and seen["requests"].append(r.url)
        ),
    )
    return seen


def _check(page, watch, where: str) -> None:
    page.wait_for_load_state("networkidle")
    found = page.evaluate(INJECTED)
    assert found["ran"] is None, (where, found)
    assert found["elements"] == [], (where, found["elements"])
    assert found["htmx"] == [] and found["javascriptLinks"] == [], (where, found)
    assert watch["dialogs"] == [], (where, watch["dialogs"])
    assert watch["errors"] == [], (where, watch["errors"])
    assert watch["requests"] == [], (where, watch["requests"])
    width = page.evaluate("document.documentElement.scrollWidth")
    viewport = page.evaluate("document.documentElement.clientWidth")
    assert width <= viewport, (where, width, page.evaluate(WIDEST))


def test_every_page_showing_hostile_strings_runs_none_of_them(
    page, live_server, login, alice, world, watch, screenshot
):
    login(alice)
    a, b, speaker = world["a"], world["b"], world["speaker"]
    slug = a.story.slug
    pages = {
        "library": "/articles/",
        "library-search": "/articles/?q=juru+bicara+menulis",
        "reader": f"/articles/{a.pk}/",
        "reader-b": f"/articles/{b.pk}/",
        "source": f"/articles/{a.pk}/source/",
        "story": f"/stories/{slug}/",
        "stories": "/stories/",
        "compare": f"/stories/{slug}/compare/?a={a.pk}&a={b.pk}",
        "contradictions": "/contradictions/",
        "speakers": "/speakers/",
        "speaker": f"/speakers/{speaker.pk}/",
        "history": f"/annotations/{world['claim'].pk}/",
        "edit": f"/articles/{a.pk}/edit/",
    }
    for name, path in pages.items():
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        screenshot(f"hostile-{name}")
        _check(page, watch, name)

    # The reader shows the strings as text: the title, the note, the speaker.
    page.goto(f"{live_server.url}/articles/{a.pk}/")
    expect(page.locator("h1")).to_contain_text(hostile.IMG)
    expect(page.locator(f"#item-{world['claim'].pk} .note")).to_contain_text(
        hostile.SCRIPT
    )
    expect(page.locator(f"#item-{world['quote'].pk} .speaker")).to_contain_text(
        "<svg/onload=window.__hostile=4>"
    )
    # The quote after the emoji marks exactly its words.
    mark = page.locator(f'mark[data-ids~="{world["quote"].pk}"]')
    assert "".join(mark.all_inner_texts()) == "sepakat diucapkan"


def test_the_long_word_wraps_in_the_reader_on_a_phone(
    page, live_server, login, alice, world, watch, screenshot
):
    page.set_viewport_size({"width": 390, "height": 844})
    login(alice)
    for path in (f"/articles/{world['a'].pk}/", "/articles/", "/contradictions/"):
        page.goto(f"{live_server.url}{path}")
        _check(page, watch, path)
    page.goto(f"{live_server.url}/articles/{world['a'].pk}/")
    screenshot("hostile-reader-phone")


def test_typing_a_hostile_speaker_and_note_in_the_editor_runs_nothing(
    page, live_server, login, alice, world, watch, screenshot
):
    login(alice)
    a = world["a"]
    page.goto(f"{live_server.url}/articles/{a.pk}/")
    expect(page.locator("#article-body")).to_be_visible()
    _drag_select(page, "mitranya")
    expect(page.locator("#selection-toolbar")).to_be_visible()
    page.keyboard.press("q")
    expect(page.locator("#id_speaker_name")).to_be_focused()
    # The speaker field asks for suggestions as the editor types.
    page.locator("#id_speaker_name").press_sequentially(hostile.IMG[:12])
    page.fill("#id_speaker_name", hostile.IMG)
    page.wait_for_load_state("networkidle")
    page.fill("#id_note", NOTE)
    page.fill("#id_tags", ", ".join(TAGS))
    screenshot("hostile-editor-filled")
    page.locator("#annotation-editor button[type=submit]").first.click()
    expect(page.locator("#messages")).to_contain_text("Quote saved")
    _check(page, watch, "after saving")
    start = a.body.index("mitranya")
    saved = Annotation.objects.get(article=a, kind="quote", start=start)
    assert saved.note == NOTE
    # The typed name is the world's speaker's alias: it picks that speaker.
    assert saved.speaker == world["speaker"]
    expect(page.locator(f"#item-{saved.pk} .note")).to_contain_text(hostile.SCRIPT)
    screenshot("hostile-reader-after-save")


def test_an_uploaded_hostile_file_reports_without_running_anything(
    page, live_server, login, alice, watch, screenshot, tmp_path
):
    record = {
        "title": hostile.ALL_MARKUP[:400],
        "outlet": hostile.IMG,
        "story": hostile.SCRIPT,
        "text": _paragraphs(),
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    login(alice)
    page.goto(f"{live_server.url}/articles/import/")
    page.wait_for_load_state("load")  # import.js is deferred: the upload needs it
    page.set_input_files("#id_files", [str(path)])
    page.click("#upload-button")
    expect(page.locator("#import-progress-text")).to_have_text("Done 1 / 1")
    _check(page, watch, "import report")
    expect(page.locator("tr.import-imported")).to_contain_text(hostile.SCRIPT)
    screenshot("hostile-import-report")


def test_a_selection_after_astral_and_combining_characters_saves_its_own_words(
    page, live_server, login, alice, world, watch, screenshot
):
    """The browser counts UTF-16 units; the server code points: emoji and flags come first."""
    login(alice)
    a = world["a"]
    page.goto(f"{live_server.url}/articles/{a.pk}/")
    expect(page.locator("#article-body")).to_be_visible()
    words = "sebelum kata"
    _drag_select(page, words)
    expect(page.locator("#selection-toolbar")).to_be_visible()
    page.keyboard.press("n")
    page.fill("#id_note", hostile.ASTRAL)
    page.locator("#annotation-editor button[type=submit]").first.click()
    expect(page.locator("#messages")).to_contain_text("Note saved")
    _check(page, watch, "after saving a note")
    note = Annotation.objects.get(article=a, kind="note")
    assert a.body[note.start : note.end] == words
    assert note.note == hostile.ASTRAL
    mark = page.locator(f'mark[data-ids~="{note.pk}"]')
    assert "".join(mark.all_inner_texts()) == words
    screenshot("hostile-note-after-emoji")
