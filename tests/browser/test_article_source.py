from __future__ import annotations

import pytest
from playwright.sync_api import expect

READ_ALSO = 12  # the "Baca Juga" paragraph of the Kompas seed


@pytest.mark.django_db(transaction=True)
def test_an_editor_restores_the_read_also_paragraph_and_reads_it(
    page, live_server, alice, login, screenshot, seed_articles
):
    kompas = seed_articles["kompas"]
    login(alice)
    page.goto(f"{live_server.url}/articles/{kompas.pk}/source/")
    expect(page.locator("#raw-text pre")).to_contain_text("Baca Juga: Siapkan 5 Gudang")
    block = page.locator(f"#block-{READ_ALSO}")
    expect(block).to_contain_text("“Read also” link")
    screenshot("article-source-before-restore")

    block.get_by_role("button", name="Restore").click()
    block = page.locator(f"#block-{READ_ALSO}")
    expect(block.locator(".restored-badge")).to_have_text("Restored")
    expect(page.locator("#removed-blocks")).to_contain_text(
        "The paragraph is back in the article."
    )
    screenshot("article-source-after-restore")

    page.goto(f"{live_server.url}/articles/{kompas.pk}/")
    expect(page.locator("#article-body")).to_contain_text("Baca Juga: Siapkan 5 Gudang")
    screenshot("reader-after-restore")


@pytest.mark.django_db(transaction=True)
def test_a_viewer_sees_the_raw_text_without_restore_buttons(
    page, live_server, victor, login, screenshot, seed_articles
):
    detik = seed_articles["detik"]
    login(victor)
    page.goto(f"{live_server.url}/articles/{detik.pk}/source/")
    expect(page.locator("#raw-text pre")).to_contain_text(
        "SCROLL TO CONTINUE WITH CONTENT"
    )
    expect(page.locator("#removed-blocks li")).to_have_count(len(detik.removed_blocks))
    expect(page.get_by_role("button", name="Restore")).to_have_count(0)


@pytest.mark.django_db(transaction=True)
def test_an_editor_removes_a_leftover_paragraph_as_boilerplate(
    page, live_server, alice, login, screenshot, seed_articles
):
    kompas = seed_articles["kompas"]
    index = max(i for i, b in enumerate(kompas.blocks) if b["kept"])
    text = kompas.blocks[index]["text"]
    login(alice)
    page.goto(f"{live_server.url}/articles/{kompas.pk}/source/")
    page.locator(".kept-blocks summary").click()
    page.locator(f"#kept-{index}").get_by_role(
        "button", name="Remove as boilerplate"
    ).click()
    block = page.locator(f"#block-{index}")
    expect(block).to_contain_text("Removed by an editor")
    expect(block.get_by_role("button", name="Restore")).to_be_visible()
    expect(page.locator(f"#kept-{index}")).to_have_count(0)
    screenshot("article-source-removed-by-hand")

    page.goto(f"{live_server.url}/articles/{kompas.pk}/")
    expect(page.locator("#article-body")).not_to_contain_text(text[:40])
