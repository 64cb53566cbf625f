from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Article
from tests.conftest import SEED_FILES


@pytest.mark.django_db(transaction=True)
def test_an_editor_uploads_seed_files_and_opens_one(
    page, live_server, alice, login, screenshot, seed_dir, tmp_path
):
    (tmp_path / "kosong.txt").write_bytes(b"")
    login(alice)
    page.click("nav >> text=Import")
    page.wait_for_load_state("load")  # import.js is deferred: the upload needs it
    expect(page.locator("h1")).to_have_text("Import articles")
    page.set_input_files(
        "#id_files",
        [
            str(seed_dir / SEED_FILES["kompas"][0]),
            str(seed_dir / SEED_FILES["detik"][0]),
            str(tmp_path / "kosong.txt"),
        ],
    )
    expect(page.locator("#drop-count")).to_have_text("3 files selected")
    page.fill("#id_upload-story", "Blinken di Beijing")
    page.click("#upload-button")

    # import.js sends one file per request and fills the report as answers arrive.
    expect(page.locator("#import-progress-text")).to_have_text("Done 3 / 3")
    rows = page.locator("#import-report-rows tr")
    expect(rows).to_have_count(3)
    expect(page.locator("#import-summary")).to_have_text(
        "2 imported, 0 duplicate, 1 failed."
    )
    expect(page.locator("tr.import-failed")).to_contain_text("The file is empty.")
    screenshot("import-report")
    assert Article.objects.count() == 2

    # Each file got its own detected outlet; the report corrects one in place.
    detik = Article.objects.get(source_name=SEED_FILES["detik"][0])
    field = page.locator(f"#report-outlet-{detik.pk}")
    expect(field).to_have_value("detik")
    expect(
        page.locator(f"#report-outlet-{Article.objects.exclude(pk=detik.pk).get().pk}")
    ).to_have_value("Kompas TV")
    field.fill("detikNews")
    field.press("Enter")
    expect(page.locator(".report-outlet [role=status]")).to_have_text("Saved")
    screenshot("import-report-outlet-corrected")
    detik.refresh_from_db()
    assert detik.outlet.name == "detikNews"

    # Find it in the library by a word of its body (not of its title).
    page.click("nav >> text=Library")
    page.wait_for_load_state("load")  # htmx is deferred: the search box needs it
    page.fill("#id_q", "mikroelektronika")
    expect(page).to_have_url(re.compile(r"/articles/\?q=mikroelektronika$"))
    results = page.locator("#article-results tbody tr")
    expect(results).to_have_count(1)
    expect(results).to_contain_text("Menlu AS Anthony Blinken")
    screenshot("import-found-by-search")
    results.get_by_role("link", name=re.compile("Menlu AS Anthony Blinken")).click()
    expect(page).to_have_url(re.compile(r"/articles/\d+/(\?q=\w+)?$"))
    expect(page.locator("h1")).to_contain_text("Menlu AS Anthony Blinken")
    expect(page.locator("main")).not_to_contain_text("Baca Juga")
    screenshot("import-opened-article")

    # The same file again is a duplicate, reported as such.
    page.goto(f"{live_server.url}/articles/import/")
    page.set_input_files("#id_files", str(seed_dir / SEED_FILES["kompas"][0]))
    page.click("#upload-button")
    expect(page.locator("#import-summary")).to_have_text(
        "0 imported, 1 duplicate, 0 failed."
    )
    expect(page.locator("tr.import-duplicate")).to_contain_text(
        "Already in the library"
    )
    assert Article.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_pasted_article_opens_in_the_reader(
    page, live_server, alice, login, screenshot, seed_dir
):
    login(alice)
    page.goto(f"{live_server.url}/articles/import/")
    raw = (seed_dir / SEED_FILES["koranjakarta"][0]).read_text()
    page.fill("#id_paste-raw_text", raw)
    page.click("#paste-form summary")
    page.fill("#id_paste-outlet", "Koran Jakarta")
    screenshot("import-paste")
    page.click("#paste-form button.primary")
    expect(page).to_have_url(re.compile(r"/articles/\d+/(\?q=\w+)?$"))
    expect(page.locator("#messages")).to_contain_text("Imported")
    expect(page.locator("h1")).to_contain_text("Menlu AS Undang Menlu Tiongkok")
    article = Article.objects.get()
    assert article.outlet.name == "Koran Jakarta"


@pytest.mark.django_db(transaction=True)
def test_without_javascript_the_form_posts_every_file_at_once(
    browser, live_server, alice, seed_dir
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "alice")
    page.fill("#id_password", "alice-pass-123")
    page.click("button[type=submit]")
    page.goto(f"{live_server.url}/articles/import/")
    page.set_input_files(
        "#id_files",
        [str(seed_dir / SEED_FILES[key][0]) for key in ("kompas", "koranjakarta")],
    )
    page.click("#upload-button")
    expect(page.locator("#import-summary")).to_contain_text(
        "2 imported, 0 duplicate, 0 failed."
    )
    expect(page.locator("#import-report-rows tr")).to_have_count(2)
    context.close()
