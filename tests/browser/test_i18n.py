"""Switching the interface to Indonesian with the header switch, in Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.conftest import SEED_FILES

pytestmark = pytest.mark.django_db(transaction=True)


def _switch_to_indonesian(page) -> None:
    page.click("form.lang-switch button[value=id]")
    expect(page.locator("html")).to_have_attribute("lang", "id")


def test_the_header_switch_turns_library_reader_and_import_indonesian(
    page, live_server, login, screenshot, alice, seed_articles, tmp_path
):
    login(alice)
    expect(page.locator("h1")).to_have_text("Library")
    _switch_to_indonesian(page)

    # The library: the switch came back to the same page, now in Indonesian.
    expect(page.locator("h1")).to_have_text("Pustaka")
    nav = page.locator("nav.site-nav")
    for label in ("Pustaka", "Peristiwa", "Narasumber", "Impor", "Keluar"):
        expect(nav).to_contain_text(label)
    expect(page.locator("#id_q")).to_have_attribute(
        "placeholder", "Kata dari judul atau teks…"
    )
    expect(page.locator(".more-filters summary")).to_have_text("Saringan lain: anotasi")
    expect(page.locator(".export-buttons")).to_contain_text("Ekspor CSV")
    screenshot("i18n-library")

    # The reader of a seed article: select with the keyboard, annotate, save.
    page.click(f"a[href='/articles/{seed_articles['detik'].pk}/']")
    expect(page.locator("#article-body")).to_be_visible()
    expect(page.locator(".reader-hint")).to_contain_text("kutipan")
    # The click does not wait for the deferred reader.js: wait, or "/" goes nowhere.
    page.wait_for_load_state("load")
    page.keyboard.press("/")
    expect(page.locator("#find-words")).to_be_focused()
    page.keyboard.type("7,5 jam")
    page.keyboard.press("Enter")
    expect(page.locator("#messages")).to_have_text(
        "Kata-kata terpilih: tekan q, c, m, atau n."
    )
    page.keyboard.press("q")
    form = page.locator("#annotation-form")
    expect(form.locator("h2")).to_have_text("Anotasi baru")
    expect(form.locator("legend")).to_have_text("Jenis")
    expect(form).to_contain_text("Bentuk kutipan")
    expect(form).to_contain_text("Ketik untuk mencari narasumber")
    screenshot("i18n-reader-form")
    page.fill("#id_speaker_name", "Antony Blinken")
    page.keyboard.press("Control+Enter")
    expect(page.locator("#messages")).to_contain_text("Kutipan disimpan.")
    item = page.locator("#annotation-panel .annotation-item").first
    expect(item).to_contain_text("Riwayat")
    expect(item).to_contain_text("Hapus")
    page.locator("#article-body").focus()
    page.keyboard.press("?")
    expect(page.locator("#shortcuts")).to_contain_text("Pintasan papan ketik")
    screenshot("i18n-reader-shortcuts")
    page.keyboard.press("Escape")

    # The import page, with a duplicate and an empty file to report.
    (tmp_path / "kosong.txt").write_bytes(b"")
    nav.get_by_role("link", name="Impor").click()
    expect(page.locator("h1")).to_have_text("Impor artikel")
    page.wait_for_load_state("load")  # import.js is deferred: the file count needs it
    page.set_input_files(
        "#id_files",
        [str(page_seed(seed_articles)), str(tmp_path / "kosong.txt")],
    )
    expect(page.locator("#drop-count")).to_have_text("2 berkas dipilih")
    page.click("#upload-button")
    expect(page.locator("#import-progress-text")).to_have_text("Selesai 2 / 2")
    expect(page.locator("#import-summary")).to_have_text(
        "0 diimpor, 1 duplikat, 1 gagal."
    )
    expect(page.locator("tr.import-duplicate")).to_contain_text("Sudah ada di pustaka")
    expect(page.locator("tr.import-failed")).to_contain_text("Berkas kosong.")
    screenshot("i18n-import")


def page_seed(seed_articles):
    """The detik seed file: already imported by the fixture, so a duplicate."""
    from tests.conftest import SEED_DIR

    assert "detik" in seed_articles
    return SEED_DIR / SEED_FILES["detik"][0]


def test_decimals_read_the_indonesian_way_on_the_reader_and_the_story(
    page, live_server, login, screenshot, alice, durations
):
    """ "7,5 jam", not "7.5 jam": a dot separates thousands in Indonesian."""
    from annotations import services

    about_six, seven_half = durations
    services.link_create(source=about_six, target=seven_half, relation="contradicts")
    login(alice)
    _switch_to_indonesian(page)

    page.goto(f"{live_server.url}/articles/{seven_half.article_id}/")
    value = page.locator(f"#item-{seven_half.pk} .value")
    expect(value).to_have_text("7,5 jam")
    page.wait_for_load_state("load")
    page.locator(f"#item-{seven_half.pk} a.edit").click()
    expect(page.locator("#annotation-form input[name=value]")).to_have_value("7,5")
    screenshot("i18n-reader-decimal")

    page.goto(f"{live_server.url}{seven_half.article.story.get_absolute_url()}")
    sides = page.locator("#story-links .value")
    expect(sides).to_have_text(["≈ 6 jam", "7,5 jam"])
    screenshot("i18n-story-decimal")
