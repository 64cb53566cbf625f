"""An annotation's history reads as the editor wrote it: field names, numbers, yes/no, labels."""

from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation
from tests.conftest import annotate_words

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_edit_made_in_the_reader_reads_plainly_in_the_history(
    page, live_server, login, screenshot, alice, tiny_article
):
    claim = annotate_words(
        tiny_article,
        "7,5 jam",
        "claim",
        user=alice,
        value=Decimal("7.5"),
        unit="hour",
        status="suggested",
    )
    login(alice)
    page.click("form.lang-switch button[value=id]")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    page.goto(f"{live_server.url}/articles/{tiny_article.pk}/")
    page.wait_for_load_state("load")
    page.locator(f"#item-{claim.pk} a.edit").click()
    form = page.locator("#annotation-form")
    expect(form.locator("#id_value")).to_have_value("7,5")
    form.locator("#id_value").fill("1.250,5")
    form.locator("#id_approximate").check()
    form.locator("#id_tags").fill("durasi, cek")
    form.locator("#id_status").select_option("accepted")
    form.locator("button[type=submit]").first.click()
    expect(page.locator("#messages")).to_contain_text("diperbarui")
    claim.refresh_from_db()
    assert claim.value == Decimal("1250.5") and claim.approximate
    assert claim.status == Annotation.Status.ACCEPTED

    page.locator(f"#item-{claim.pk}").get_by_role("link", name="Riwayat").click()
    expect(page).to_have_url(f"{live_server.url}/annotations/{claim.pk}/")
    history = page.locator("ol.history").first
    entry = history.locator("> li").filter(has_text="alice")
    expect(entry.last.locator("li")).to_contain_text(
        [
            "Nilai: 7,5 → 1.250,5",
            "Perkiraan: tidak → ya",
            "Status: Disarankan → Diterima",
            "Label: — → cek, durasi",
        ],
        ignore_case=False,
    )
    # No code names or Python values anywhere in the history.
    text = history.inner_text()
    for raw in ("[", "None", "True", "False", "approximate", "suggested", "7.5"):
        assert raw not in text, (raw, text)
    # Edit and Delete sit side by side on one row.
    edit, delete = (
        page.locator(".annotation-detail .form-actions").get_by_role(role, name=name)
        for role, name in (("link", "Ubah"), ("button", "Hapus"))
    )
    assert edit.bounding_box()["y"] == pytest.approx(delete.bounding_box()["y"], abs=4)
    screenshot("desk-history-indonesian")
