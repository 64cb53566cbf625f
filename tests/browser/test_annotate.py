"""Annotating in the reader, in Chromium, on the detik seed article."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation, Speaker

pytestmark = pytest.mark.django_db(transaction=True)

SEVEN_AND_A_HALF = "7,5 jam"
WANG_YI = "Penting untuk memilih antara dialog dan konfrontasi, kerja sama atau konflik"


def _open(page, live_server, article):
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator("#article-body")).to_be_visible()


def _drag_select(page, words: str) -> None:
    """Select words in the article body with the mouse: press before them, release after."""
    box = page.evaluate(
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
                range.startContainer.parentElement.scrollIntoView({block: 'center'});
                const rects = range.getClientRects();
                const first = rects[0], last = rects[rects.length - 1];
                return {x1: first.left + 1, y1: first.top + first.height / 2,
                        x2: last.right - 1, y2: last.top + last.height / 2};
            }
            return null;
        }""",
        words,
    )
    assert box, f"{words!r} is not in the page"
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"], box["y2"], steps=5)
    page.mouse.up()
    assert page.evaluate("window.getSelection().toString()").strip() == words


def test_a_claim_selected_with_the_mouse_is_prefilled_and_saved(
    page, live_server, login, screenshot, alice, seed_articles
):
    article = seed_articles["detik"]
    # Two annotations around it, so the save updates the page piece by piece.
    for words in ("Blinken bertemu dengan Presiden China Xi Jinping", WANG_YI):
        start = article.body.index(words)
        Annotation.objects.create(
            article=article,
            kind="quote",
            start=start,
            end=start + len(words),
            exact=words,
        )
    login(alice)
    _open(page, live_server, article)
    _drag_select(page, SEVEN_AND_A_HALF)
    expect(page.locator("#selection-toolbar")).to_be_visible()
    page.keyboard.press("c")
    expect(page.locator("#id_value")).to_have_value("7.5")
    expect(page.locator("#id_unit")).to_have_value("hour")
    expect(page.locator("#id_value")).to_be_focused()
    screenshot("annotate-claim-form")
    page.keyboard.press("Enter")
    mark = page.locator("#article-body mark.k-claim")
    expect(mark).to_have_text(SEVEN_AND_A_HALF)
    expect(page.locator("#messages")).to_contain_text("Claim saved")
    claim = Annotation.objects.get(article=article, kind="claim")
    assert article.body[claim.start : claim.end] == SEVEN_AND_A_HALF
    assert str(claim.value.normalize()) == "7.5" and claim.unit == "hour"

    items = page.locator("#annotation-panel .annotation-item")
    expect(items).to_have_count(3)
    expect(items.nth(1)).to_contain_text(SEVEN_AND_A_HALF)  # in reading order
    expect(page.locator("#annotation-count")).to_have_text("3")
    screenshot("annotate-claim-saved")

    page.reload()
    expect(page.locator("#article-body mark.k-claim")).to_have_text(SEVEN_AND_A_HALF)
    expect(items).to_have_count(3)
    expect(items.nth(1)).to_contain_text(SEVEN_AND_A_HALF)


def test_a_quote_is_made_with_the_keyboard_only(
    page, live_server, login, screenshot, alice, seed_articles
):
    article = seed_articles["detik"]
    login(alice)
    _open(page, live_server, article)
    page.locator("body").press("/")
    expect(page.locator("#find-words")).to_be_focused()
    page.keyboard.type(WANG_YI)
    page.keyboard.press("Enter")
    assert page.evaluate("window.getSelection().toString()") == WANG_YI
    page.keyboard.press("q")
    speaker = page.locator("#id_speaker_name")
    expect(speaker).to_be_focused()
    page.keyboard.type("Wang Yi")
    page.keyboard.press("Enter")
    expect(page.locator("#article-body mark.k-quote")).to_have_text(WANG_YI)
    quote = Annotation.objects.get(article=article, kind="quote")
    assert quote.exact == WANG_YI
    assert quote.speaker == Speaker.objects.get(name="Wang Yi")
    expect(
        page.locator("#annotation-panel .annotation-item.is-current")
    ).to_contain_text("Wang Yi")
    screenshot("annotate-quote-keyboard")


def test_overlapping_annotations_are_each_clickable(
    page, live_server, login, screenshot, alice, seed_articles
):
    article = seed_articles["detik"]
    body = article.body
    start = body.index(WANG_YI)
    inner = body.index("dialog dan konfrontasi", start)
    outer = Annotation.objects.create(
        article=article,
        kind="quote",
        start=start,
        end=start + len(WANG_YI),
        exact=WANG_YI,
        created_by=alice,
    )
    claim = Annotation.objects.create(
        article=article,
        kind="claim",
        start=inner,
        end=inner + len("dialog dan konfrontasi"),
        exact="dialog dan konfrontasi",
        status="suggested",
    )
    login(alice)
    _open(page, live_server, article)
    page.locator("#article-body mark", has_text="Penting untuk").click()
    expect(page.locator(f"#item-{outer.pk}")).to_have_class(
        "annotation-item k-quote st-accepted is-current"
    )
    page.locator("#article-body mark", has_text="dialog dan konfrontasi").click()
    expect(page.locator(f"#item-{claim.pk}")).to_contain_class("is-current")
    expect(page.locator(f"#item-{outer.pk}")).not_to_contain_class("is-current")
    # The same words again: one layer out, to the quote around the claim.
    page.locator("#article-body mark", has_text="dialog dan konfrontasi").click()
    expect(page.locator(f"#item-{outer.pk}")).to_contain_class("is-current")
    page.locator("body").press("j")
    expect(page.locator(f"#item-{claim.pk}")).to_contain_class("is-current")
    screenshot("annotate-overlap")


def test_delete_and_undo(page, live_server, login, screenshot, alice, seed_articles):
    article = seed_articles["detik"]
    start = article.body.index(SEVEN_AND_A_HALF)
    claim = Annotation.objects.create(
        article=article,
        kind="claim",
        start=start,
        end=start + len(SEVEN_AND_A_HALF),
        exact=SEVEN_AND_A_HALF,
        created_by=alice,
    )
    login(alice)
    _open(page, live_server, article)
    page.locator("body").press("j")
    expect(page.locator(f"#item-{claim.pk}")).to_contain_class("is-current")
    page.keyboard.press("Delete")
    expect(page.locator("#article-body mark")).to_have_count(0)
    expect(page.locator("#messages .undo-form")).to_be_visible()
    screenshot("annotate-deleted")
    claim.refresh_from_db()
    assert claim.deleted_at is not None
    page.keyboard.press("u")
    expect(page.locator("#article-body mark.k-claim")).to_have_text(SEVEN_AND_A_HALF)
    claim.refresh_from_db()
    assert claim.deleted_at is None
    # And with the mouse: the Delete button, then the Undo button.
    page.locator(f"#item-{claim.pk} .delete-form button").click()
    expect(page.locator("#article-body mark")).to_have_count(0)
    page.locator("#messages .undo-form button").click()
    expect(page.locator("#article-body mark.k-claim")).to_have_count(1)


def test_a_viewer_sees_no_editing_controls_and_a_forged_post_is_refused(
    page, live_server, login, screenshot, victor, alice, seed_articles
):
    article = seed_articles["detik"]
    start = article.body.index(SEVEN_AND_A_HALF)
    Annotation.objects.create(
        article=article,
        kind="claim",
        start=start,
        end=start + len(SEVEN_AND_A_HALF),
        exact=SEVEN_AND_A_HALF,
        created_by=alice,
    )
    login(victor)
    _open(page, live_server, article)
    expect(page.locator("#annotation-panel .annotation-item")).to_have_count(1)
    expect(page.locator(".delete-form, a.edit, #find-words")).to_have_count(0)
    _drag_select(page, SEVEN_AND_A_HALF)
    page.keyboard.press("c")
    expect(page.locator("#annotation-form")).to_have_count(0)
    expect(page.locator("#selection-toolbar")).to_be_hidden()
    screenshot("annotate-viewer")
    status = page.evaluate(
        """async ([url, start]) => {
            const token = JSON.parse(document.body.getAttribute('hx-headers'))['x-csrftoken'];
            const response = await fetch(url, {
                method: 'POST',
                headers: {'X-CSRFToken': token, 'Content-Type': 'application/x-www-form-urlencoded'},
                body: new URLSearchParams({kind: 'claim', start: start, end: start + 7, exact: '7,5 jam'}),
            });
            return response.status;
        }""",
        [f"/articles/{article.pk}/annotations/new/", start],
    )
    assert status == 403
    assert Annotation.objects.count() == 1


def test_a_script_in_a_note_shows_as_text(
    page, live_server, login, screenshot, alice, seed_articles
):
    article = seed_articles["detik"]
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    login(alice)
    _open(page, live_server, article)
    _drag_select(page, SEVEN_AND_A_HALF)
    page.keyboard.press("n")
    expect(page.locator("#id_note")).to_be_focused()
    page.keyboard.type("<script>alert(1)</script>")
    page.keyboard.press("Control+Enter")
    note = page.locator("#annotation-panel .annotation-item .note")
    expect(note).to_have_text("<script>alert(1)</script>")
    page.reload()
    expect(note).to_have_text("<script>alert(1)</script>")
    assert dialogs == []
    page.locator("body").press("?")
    expect(page.locator("#shortcuts")).to_be_visible()
    screenshot("annotate-shortcuts")
    page.keyboard.press("Escape")
    expect(page.locator("#shortcuts")).to_be_hidden()


def test_an_edit_moves_the_annotation_to_words_selected_again(
    page, live_server, login, screenshot, alice, seed_articles
):
    article = seed_articles["detik"]
    old = article.body.index(SEVEN_AND_A_HALF)
    claim = Annotation.objects.create(
        article=article,
        kind="claim",
        start=old,
        end=old + len(SEVEN_AND_A_HALF),
        exact=SEVEN_AND_A_HALF,
    )
    start = article.body.index("tiga jam")
    login(alice)
    _open(page, live_server, article)
    page.wait_for_load_state("load")
    page.locator(f"#item-{claim.pk} a.edit").click()
    reselect = page.locator("#annotation-form .reselect")
    expect(reselect).to_be_hidden()
    # Opening the editor scrolls the page: let it settle before the mouse selects.
    page.locator(
        f"#p{article.body.rindex(chr(10), 0, start) + 1}"
    ).scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    _drag_select(page, "tiga jam")
    # The script shows the button once it has read the new selection.
    expect(reselect).not_to_have_attribute("hidden", "")
    reselect.click()
    expect(page.locator("#annotation-form .selected-words")).to_have_text("tiga jam")
    screenshot("annotate-reselect")
    page.locator("#annotation-form button[type=submit]").first.click()
    expect(page.locator("#messages")).to_contain_text("Claim updated")
    claim.refresh_from_db()
    assert (claim.start, claim.end, claim.exact) == (start, start + 8, "tiga jam")


def test_e_opens_the_edit_form_in_view_with_a_visible_field_focused(
    page, live_server, login, screenshot, alice, seed_articles
):
    article = seed_articles["detik"]
    words = [w for w in dict.fromkeys(article.body.split()) if len(w) > 5][:25]
    made = []
    for word in words:
        at = article.body.index(word)
        made.append(
            Annotation.objects.create(
                article=article, kind="claim", start=at, end=at + len(word), exact=word
            )
        )
    last = max(made, key=lambda a: a.start)
    login(alice)
    page.set_viewport_size({"width": 1280, "height": 700})
    _open(page, live_server, article)
    page.wait_for_load_state("load")
    item = page.locator(f"#item-{last.pk}")
    item.scroll_into_view_if_needed()
    item.click(position={"x": 5, "y": 5})
    page.keyboard.press("e")
    form = page.locator("#annotation-form")
    expect(form).to_be_visible()
    page.wait_for_timeout(400)
    focused = page.evaluate(
        """() => {
            const el = document.activeElement;
            const form = document.getElementById('annotation-form');
            const box = el.getBoundingClientRect();
            const formBox = form.getBoundingClientRect();
            return {
                inForm: form.contains(el),
                type: el.type || el.tagName,
                checked: el.checked,
                visible: el.offsetParent !== null && box.width > 0 && box.height > 0,
                inView: box.top >= 0 && box.bottom <= window.innerHeight,
                formTopInView: formBox.top >= 0 && formBox.top < window.innerHeight,
            };
        }"""
    )
    screenshot("annotate-edit-with-e")
    assert focused["inForm"] and focused["visible"], focused
    assert focused["type"] != "hidden", focused
    assert focused["type"] != "radio" or focused["checked"], focused
    assert focused["inView"] and focused["formTopInView"], focused


def test_the_speaker_list_selects_the_speaker_enter_picks_without_console_errors(
    page, live_server, login, screenshot, alice, seed_articles
):
    blinken = Speaker.objects.create(name="Antony Blinken", role="Menlu AS")
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    article = seed_articles["detik"]
    login(alice)
    _open(page, live_server, article)
    page.locator("body").press("/")
    page.keyboard.type(WANG_YI)
    page.keyboard.press("Enter")
    page.keyboard.press("q")
    speaker = page.locator("#id_speaker_name")
    expect(speaker).to_be_focused()
    speaker.press_sequentially("Anthony Blinken", delay=30)
    selected = page.locator('#speaker-options [role=option][aria-selected="true"]')
    expect(selected).to_have_count(1)
    expect(selected).to_contain_text("Antony Blinken")
    expect(page.locator("#speaker-options .new-speaker")).to_have_count(0)
    selected_id = selected.get_attribute("id")
    expect(speaker).to_have_attribute("aria-activedescendant", selected_id)
    screenshot("annotate-speaker-near-spelling")
    assert [e for e in errors if "hx-disabled-elt" in e] == []

    page.keyboard.press("Enter")  # picks the highlighted speaker
    expect(speaker).to_have_value("Antony Blinken")
    expect(page.locator("#id_speaker")).to_have_value(str(blinken.pk))
    page.keyboard.press("Enter")  # saves
    expect(page.locator("#article-body mark.k-quote")).to_have_text(WANG_YI)
    assert Annotation.objects.get(article=article, kind="quote").speaker == blinken
    assert errors == []


def test_the_editor_opened_in_its_own_tab_saves_and_returns_to_the_reader(
    page, live_server, login, screenshot, alice, seed_articles
):
    article = seed_articles["detik"]
    start = article.body.index(SEVEN_AND_A_HALF)
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    login(alice)
    page.goto(
        f"{live_server.url}/articles/{article.pk}/annotations/new/"
        f"?kind=claim&start={start}&end={start + len(SEVEN_AND_A_HALF)}"
        f"&exact={SEVEN_AND_A_HALF}"
    )
    expect(page.locator("#id_value")).to_have_value("7.5")
    page.fill("#id_note", "opened in a tab")
    screenshot("annotate-own-tab-form")
    page.locator("#annotation-editor button[type=submit]").first.click()
    page.wait_for_url(f"**/articles/{article.pk}/#a*")
    expect(page.locator("#messages")).to_contain_text("Claim saved")
    saved = Annotation.objects.get(note="opened in a tab")
    assert saved.exact == SEVEN_AND_A_HALF
    expect(page.locator(f"#a{saved.pk}")).to_be_visible()
    screenshot("annotate-own-tab-saved")
    assert not errors, errors
