from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests import export_data

corpus = export_data.corpus


@pytest.mark.django_db(transaction=True)
def test_an_editor_downloads_the_story_as_csv(
    page, live_server, alice, login, screenshot, corpus
):
    login(alice)
    page.goto(f"{live_server.url}/stories/blinken-di-beijing/")
    link = page.get_by_role("link", name="Export CSV")
    expect(link).to_be_visible()
    screenshot("export-story-page")
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename.startswith(
        "newsroom-annotations-blinken-di-beijing-"
    )
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbfannotation_id,status,kind,article_id,outlet,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 4  # every status, as the page shows
    first = rows[0]
    assert first["outlet"] == "Kompas TV"
    assert first["story"] == "Blinken di Beijing"
    assert first["text"] == "'- Menteri Luar Negeri"
    assert rows[1]["text"] == "Kami berkomitmen untuk mempertahankan"
    assert rows[1]["speaker"] == "Antony Blinken"


@pytest.mark.django_db(transaction=True)
def test_the_library_export_follows_filters_changed_in_place(
    page, live_server, alice, login, corpus
):
    login(alice)
    page.goto(f"{live_server.url}/articles/")
    page.select_option("#id_outlet", label="detik")
    page.wait_for_url("**/articles/?*outlet=detik*")
    with page.expect_download() as info:
        page.get_by_role("link", name="Articles CSV").click()
    data = Path(info.value.path()).read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    assert [r["outlet"] for r in rows] == ["detik"]
