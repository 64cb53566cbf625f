from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.template.loader import render_to_string

from annotations import services
from annotations.models import Article, Outlet

READ_ALSO = 12  # the "Baca Juga" paragraph of the Kompas seed


@pytest.fixture
def kompas(seed_articles) -> Article:
    return seed_articles["kompas"]


def test_the_page_shows_the_raw_text_and_each_removed_paragraph(viewer_client, kompas):
    response = viewer_client.get(f"/articles/{kompas.pk}/source/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<pre" in html and "Penulis : Rizky L Pratama" in html
    removed = [b["index"] for b in response.context["removed"]]
    assert removed == [i for i, _ in kompas.removed_blocks]
    assert "“Read also” link" in html and "Byline" in html and "Source line" in html


def test_a_viewer_sees_no_restore_button_and_may_not_restore(viewer_client, kompas):
    html = viewer_client.get(f"/articles/{kompas.pk}/source/").content.decode()
    assert "Restore</button>" not in html
    response = viewer_client.post(
        f"/articles/{kompas.pk}/source/blocks/{READ_ALSO}/restore/"
    )
    assert response.status_code == 403
    kompas.refresh_from_db()
    assert kompas.restored_blocks == []


def test_an_editor_restores_a_paragraph_without_javascript(editor_client, kompas):
    html = editor_client.get(f"/articles/{kompas.pk}/source/").content.decode()
    assert f'action="/articles/{kompas.pk}/source/blocks/{READ_ALSO}/restore/"' in html
    response = editor_client.post(
        f"/articles/{kompas.pk}/source/blocks/{READ_ALSO}/restore/", follow=True
    )
    assert response.redirect_chain == [(f"/articles/{kompas.pk}/source/", 302)]
    assert "The paragraph is back in the article." in response.content.decode()
    kompas.refresh_from_db()
    assert kompas.restored_blocks == [READ_ALSO]
    assert "Baca Juga: Siapkan 5 Gudang" in kompas.body
    reader = editor_client.get(f"/articles/{kompas.pk}/").content.decode()
    assert "Baca Juga: Siapkan 5 Gudang" in reader


def test_an_editor_restores_by_htmx_and_gets_the_list_back(editor_client, kompas):
    response = editor_client.post(
        f"/articles/{kompas.pk}/source/blocks/{READ_ALSO}/restore/",
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and 'id="removed-blocks"' in html
    assert "Remove again</button>" in html and "The paragraph is back" in html
    assert response["HX-Trigger"] == '{"article-body-changed": {}}'


def test_restoring_twice_says_why_and_changes_nothing(editor_client, kompas):
    url = f"/articles/{kompas.pk}/source/blocks/{READ_ALSO}/restore/"
    editor_client.post(url)
    kompas.refresh_from_db()
    body = kompas.body
    response = editor_client.post(url, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "already been restored" in response.content.decode()
    kompas.refresh_from_db()
    assert kompas.body == body


def test_an_editor_removes_a_restored_paragraph_again(editor_client, kompas):
    body = kompas.body
    editor_client.post(f"/articles/{kompas.pk}/source/blocks/{READ_ALSO}/restore/")
    editor_client.post(f"/articles/{kompas.pk}/source/blocks/{READ_ALSO}/remove/")
    kompas.refresh_from_db()
    assert kompas.body == body and kompas.restored_blocks == []


def test_a_viewer_may_not_remove_a_paragraph(viewer_client, kompas):
    services.article_restore_block(article=kompas, index=READ_ALSO)
    url = f"/articles/{kompas.pk}/source/blocks/{READ_ALSO}/remove/"
    assert viewer_client.post(url).status_code == 403
    kompas.refresh_from_db()
    assert kompas.restored_blocks == [READ_ALSO]


def test_the_raw_text_is_escaped(viewer_client, outlet):
    raw = "<script>alert('raw')</script>\nBaca juga: <b>x</b>\nIsi berita."
    article = Article.objects.create(
        outlet=outlet,
        title="Skrip",
        raw_text=raw,
        body="Isi berita.",
        blocks=[
            {"text": "<script>alert('raw')</script>", "kept": False, "reason": "x"},
            {"text": "Baca juga: <b>x</b>", "kept": False, "reason": "read-also"},
            {"text": "Isi berita.", "kept": True, "reason": ""},
        ],
        content_hash="skrip",
    )
    html = viewer_client.get(f"/articles/{article.pk}/source/").content.decode()
    assert "<script>alert" not in html and "<b>x</b>" not in html
    assert "&lt;script&gt;alert(&#x27;raw&#x27;)&lt;/script&gt;" in html
    assert "Baca juga: &lt;b&gt;x&lt;/b&gt;" in html


def test_an_unknown_article_is_404(viewer_client, db):
    assert viewer_client.get("/articles/999/source/").status_code == 404


def test_the_page_reads_a_fixed_number_of_queries(
    viewer_client, kompas, django_assert_num_queries
):
    viewer_client.get(f"/articles/{kompas.pk}/source/")
    with django_assert_num_queries(3):  # session, user with its permissions, article
        viewer_client.get(f"/articles/{kompas.pk}/source/")


# The reader's metadata header


def header(article: Article) -> str:
    return render_to_string("annotations/_article_header.html", {"article": article})


def test_the_header_shows_the_time_with_its_zone(kompas):
    html = header(kompas)
    assert "26 April 2024, 20:21 WIB (UTC+07:00)" in html
    assert 'datetime="2024-04-26T20:21:00+07:00"' in html
    assert "Kompas TV" in html and kompas.title in html
    assert "Blinken di Beijing" in html


def test_the_header_shows_only_the_date_when_the_time_is_unknown(outlet):
    article = Article.objects.create(
        outlet=outlet,
        title="Tanpa jam",
        raw_text="x",
        body="x",
        published_at=datetime(2023, 6, 19, tzinfo=ZoneInfo("Asia/Jakarta")),
        published_date_only=True,
        content_hash="tanpa-jam",
    )
    html = header(article)
    assert "19 June 2023" in html
    assert "00:00" not in html and "WIB" not in html


def test_the_header_links_to_the_raw_text_and_the_removed_paragraphs(kompas):
    html = header(kompas)
    n = len(kompas.removed_blocks)
    assert f'href="/articles/{kompas.pk}/source/#raw-text">Raw text</a>' in html
    assert (
        f'href="/articles/{kompas.pk}/source/#removed-blocks">Removed ({n})</a>' in html
    )


def test_the_header_shows_credits_and_near_duplicates(kompas, seed_articles):
    other = seed_articles["detik"]
    kompas.author, kompas.editor, kompas.wire_source = "Rizky", "Vyara", "AP"
    kompas.dateline = "BEIJING"
    kompas.near_duplicates.add(other)
    html = header(kompas)
    for text in ("Rizky", "Vyara", "AP", "BEIJING", "Indonesian"):
        assert f"<dd>{text}</dd>" in html
    assert f'<a href="/articles/{other.pk}/">{other.title}</a>' in html


def test_the_header_escapes_the_metadata(db):
    outlet = Outlet.objects.create(name="<i>Outlet</i>")
    article = Article.objects.create(
        outlet=outlet,
        title="<script>t()</script>",
        author="<b>a</b>",
        raw_text="x",
        body="x",
        content_hash="esc",
    )
    html = header(article)
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html


def test_furniture_of_an_unknown_site_is_listed_with_its_reason(viewer_client, db):
    raw = "\n\n".join(
        [
            "Daerah › Kalimantan Timur",
            "Jembatan Gantung Putus di Loa Ipuh",
            "Lama membaca: 2 menit",
            "Jembatan gantung di Desa Loa Ipuh putus pada Kamis sore ketika warga "
            "menyeberang menuju pasar.",
            "Klik untuk perbesar foto",
            "Sedikitnya sembilan orang luka-luka dan dua warga masih dicari.",
            "Unduh aplikasi kami di Play Store",
        ]
    )
    article = services.article_import(raw_text=raw).article
    html = viewer_client.get(f"/articles/{article.pk}/source/").content.decode()
    for label in (
        "Section label or breadcrumb",
        "Reading time",
        "Photo viewer label",
        "“Read in the app” promotion",
    ):
        assert label in html
    assert "Klik untuk perbesar foto" in html
    assert "Klik untuk perbesar foto" not in article.body
    assert "dua warga masih dicari." in article.body


def test_an_editor_removes_a_kept_paragraph_as_boilerplate(editor_client, kompas):
    index = next(i for i, b in enumerate(kompas.blocks) if b["kept"])
    text = kompas.blocks[index]["text"]
    url = f"/articles/{kompas.pk}/source/blocks/{index}/remove/"
    html = editor_client.get(f"/articles/{kompas.pk}/source/").content.decode()
    assert f'action="{url}"' in html and "Remove as boilerplate" in html
    response = editor_client.post(url, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "listed with the removed ones" in html
    assert "Removed by an editor" in html
    kompas.refresh_from_db()
    assert text not in kompas.body
    assert f'action="/articles/{kompas.pk}/source/blocks/{index}/restore/"' in html


def test_a_kept_paragraph_with_an_annotation_stays_with_a_message(
    editor_client, kompas
):
    index = next(i for i, b in enumerate(kompas.blocks) if b["kept"])
    words = kompas.blocks[index]["text"][:10]
    start = kompas.body.index(words)
    services.annotation_create(
        article=kompas, start=start, end=start + len(words), kind="note"
    )
    body = kompas.body
    response = editor_client.post(
        f"/articles/{kompas.pk}/source/blocks/{index}/remove/", follow=True
    )
    assert "annotated" in response.content.decode()
    kompas.refresh_from_db()
    assert kompas.body == body


def test_a_viewer_sees_no_boilerplate_buttons(viewer_client, kompas):
    html = viewer_client.get(f"/articles/{kompas.pk}/source/").content.decode()
    assert "Remove as boilerplate" not in html
