"""Exports downloaded from the reader keep "approximate" and a date-only article's day."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from annotations.models import Article
from tests.conftest import annotate_words

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def claim(tiny_article, alice):
    # The article gave its day but no time: it must never export as midnight.
    Article.objects.filter(pk=tiny_article.pk).update(
        published_at=datetime(2024, 4, 26, tzinfo=ZoneInfo("Asia/Jakarta")),
        published_date_only=True,
    )
    return annotate_words(
        tiny_article,
        "7,5 jam",
        "claim",
        user=alice,
        value=Decimal("7.5"),
        unit="hour",
        approximate=True,
    )


def _download(page, name: str) -> bytes:
    with page.expect_download() as info:
        page.locator(".export-buttons").get_by_role("link", name=name).click()
    return Path(info.value.path()).read_bytes()


def test_the_readers_exports_say_approximate_and_give_the_day_only(
    page, live_server, login, screenshot, alice, claim
):
    login(alice)
    page.goto(f"{live_server.url}/articles/{claim.article_id}/")
    expect(page.locator(".article-header time")).to_have_text("26 April 2024")
    expect(page.locator(".article-header time")).to_have_attribute(
        "datetime", "2024-04-26"
    )
    expect(page.locator(f"#item-{claim.pk} .value")).to_have_text("≈ 7.5 hours")
    screenshot("desk-exports-reader")

    data = json.loads(_download(page, "JSON-LD"))
    (item,) = data["first"]["items"]
    (value,) = [b for b in item["body"] if b["purpose"] == "describing"]
    assert value["value"] == "7.5 hour"
    assert value["approximate"] is True
    assert item["target"]["source"] == {
        "id": f"{live_server.url}/articles/{claim.article_id}/",
        "type": "Text",
        "datePublished": "2024-04-26",
    }

    text = _download(page, "Export CSV").decode("utf-8-sig")
    (row,) = csv.DictReader(io.StringIO(text, newline=""))
    assert row["published_at"] == "2024-04-26"
    assert (row["value"], row["unit"], row["approximate"]) == ("7.5", "hour", "true")

    text = _download(page, "Articles CSV").decode("utf-8-sig")
    (row,) = csv.DictReader(io.StringIO(text, newline=""))
    assert row["published_at"] == "2024-04-26"
