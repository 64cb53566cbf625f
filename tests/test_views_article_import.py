from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from annotations.models import Article, Outlet, Story
from tests.conftest import SEED_FILES

ARTICLE = (
    "BOGOR - Menteri Kelautan Sari Wulandari bertemu Menteri Perikanan Tan Boon Hock "
    "selama sekitar enam jam di Istana Bogor pada Selasa untuk membahas kuota tuna.\n\n"
    '"Laut kita satu, maka aturannya pun harus satu," kata Sari kepada wartawan.\n\n'
    "Baca juga: Harga ikan tuna naik menjelang musim hujan\n\n"
    "Kedua menteri sepakat membentuk komisi bersama mulai tahun depan."
)


def _seed_upload(seed_dir, key: str) -> SimpleUploadedFile:
    name = SEED_FILES[key][0]
    return SimpleUploadedFile(name, (seed_dir / name).read_bytes(), "text/plain")


def test_import_page_shows_both_forms_and_the_known_outlets(editor_client, outlet):
    response = editor_client.get("/articles/import/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="paste-form"' in html
    assert 'id="upload-form"' in html
    assert 'name="files"' in html and "multiple" in html
    assert 'data-file-url="/articles/import/file/"' in html
    assert '<option value="Warta Contoh">' in html
    assert "js/import.js" in html


def test_editors_see_the_import_link_and_viewers_do_not(editor_client, viewer_client):
    assert 'href="/articles/import/"' in editor_client.get("/stories/").content.decode()
    assert (
        'href="/articles/import/"'
        not in viewer_client.get("/stories/").content.decode()
    )


def test_viewers_may_not_import(viewer_client):
    assert viewer_client.get("/articles/import/").status_code == 403
    response = viewer_client.post(
        "/articles/import/", {"mode": "paste", "paste-raw_text": ARTICLE}
    )
    assert response.status_code == 403
    upload = SimpleUploadedFile("a.txt", ARTICLE.encode())
    response = viewer_client.post("/articles/import/file/", {"file": upload})
    assert response.status_code == 403
    assert not Article.objects.exists()


def test_pasted_article_is_imported_and_opens_in_the_reader(editor_client, alice):
    response = editor_client.post(
        "/articles/import/",
        {
            "mode": "paste",
            "paste-raw_text": ARTICLE,
            "paste-outlet": "Harian Nusantara",
            "paste-story": "Perjanjian Ikan Bogor",
            "paste-language": "id",
        },
        follow=True,
    )
    article = Article.objects.get()
    assert response.redirect_chain == [(f"/articles/{article.pk}/", 302)]
    assert (article.outlet.name, article.story.title) == (
        "Harian Nusantara",
        "Perjanjian Ikan Bogor",
    )
    assert article.imported_by == alice
    assert "Baca juga" not in article.body
    assert article.raw_text == ARTICLE
    messages = [str(m) for m in response.context["messages"]]
    assert any("Imported" in m for m in messages)


def test_pasting_nothing_shows_the_form_again_with_an_error(editor_client):
    response = editor_client.post(
        "/articles/import/", {"mode": "paste", "paste-raw_text": ""}
    )
    assert response.status_code == 200
    assert "Paste the text of an article." in response.content.decode()


def test_pasting_a_known_article_links_to_it(editor_client, seed_articles, seed_dir):
    raw = (seed_dir / SEED_FILES["kompas"][0]).read_text()
    response = editor_client.post(
        "/articles/import/", {"mode": "paste", "paste-raw_text": raw}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Already in the library" in html
    assert f'href="/articles/{seed_articles["kompas"].pk}/"' in html
    assert Article.objects.count() == 3


def test_paste_with_a_bad_url_is_refused_by_the_form(editor_client):
    response = editor_client.post(
        "/articles/import/",
        {"mode": "paste", "paste-raw_text": ARTICLE, "paste-url": "bukan alamat"},
    )
    assert response.status_code == 200
    assert "Enter a valid URL." in response.content.decode()
    assert not Article.objects.exists()


def test_uploading_several_files_reports_each_one(editor_client, seed_dir):
    files = [
        _seed_upload(seed_dir, "kompas"),
        _seed_upload(seed_dir, "koranjakarta"),
        SimpleUploadedFile("kosong.txt", b""),
        SimpleUploadedFile("foto.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        SimpleUploadedFile("artikel.txt", ARTICLE.encode("cp1252")),
    ]
    response = editor_client.post(
        "/articles/import/",
        {"mode": "upload", "files": files, "upload-story": "Blinken di Beijing"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    reports = {r.name: r for r in response.context["reports"]}
    assert [reports[n].status for n in sorted(reports)] == [
        "imported",
        "imported",
        "imported",
        "failed",
        "failed",
    ]
    assert "The file is empty." in html
    assert "not a text file" in html
    assert "3 imported, 0 duplicate, 2 failed." in html
    assert Story.objects.get().articles.count() == 3
    kompas = Article.objects.get(source_name=SEED_FILES["kompas"][0])
    assert f'href="/articles/{kompas.pk}/"' in html


def test_uploading_with_no_file_says_so(editor_client):
    response = editor_client.post("/articles/import/", {"mode": "upload"})
    assert response.status_code == 200
    assert "Choose one or more files to upload." in response.content.decode()


def test_uploading_the_same_seed_twice_reports_a_duplicate(editor_client, seed_dir):
    for _ in range(2):
        response = editor_client.post(
            "/articles/import/",
            {"mode": "upload", "files": [_seed_upload(seed_dir, "detik")]},
        )
    [report] = response.context["reports"]
    assert report.status == "duplicate"
    assert "Already in the library" in response.content.decode()
    assert Article.objects.count() == 1


def test_file_endpoint_returns_report_rows_only(editor_client, seed_dir):
    response = editor_client.post(
        "/articles/import/file/",
        {"file": _seed_upload(seed_dir, "kompas"), "upload-outlet": "Kompas TV"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert b"<html" not in response.content
    assert html.count("<tr") == 1
    assert 'data-status="imported"' in html
    assert SEED_FILES["kompas"][0] in html
    article = Article.objects.get()
    assert f'href="/articles/{article.pk}/"' in html
    assert Outlet.objects.get().name == "Kompas TV"


def test_file_endpoint_gives_one_row_per_record(editor_client):
    lines = b'{"title": "Satu", "text": "Isi artikel pertama yang cukup panjang."}\n{"title": "Dua"}\n'
    response = editor_client.post(
        "/articles/import/file/",
        {"file": SimpleUploadedFile("rows.jsonl", lines)},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert html.count("<tr") == 2
    assert "rows.jsonl #1" in html and "rows.jsonl #2" in html
    assert 'data-status="failed"' in html


def test_file_endpoint_refuses_a_file_over_the_limit(editor_client, settings):
    settings.NEWSROOM_MAX_UPLOAD_BYTES = 100
    response = editor_client.post(
        "/articles/import/file/",
        {"file": SimpleUploadedFile("besar.txt", ARTICLE.encode())},
    )
    assert "too large" in response.content.decode()
    assert not Article.objects.exists()


def test_file_endpoint_without_a_file_reports_it(editor_client):
    response = editor_client.post("/articles/import/file/", {})
    assert "No file was received." in response.content.decode()


def test_file_endpoint_checks_the_csrf_token(alice):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    upload = SimpleUploadedFile("a.txt", ARTICLE.encode())
    assert client.post("/articles/import/file/", {"file": upload}).status_code == 403
    assert not Article.objects.exists()


def test_an_uploaded_html_page_keeps_its_source_and_the_source_page_shows_it(
    editor_client,
):
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    page = (
        '<!doctype html><html lang="id"><head><meta charset="utf-8">'
        "<title>Sari dan Tan bahas kuota tuna</title></head><body>"
        f"<nav><a href='/'>Beranda</a></nav><article>{paragraphs}</article>"
        "</body></html>"
    )
    response = editor_client.post(
        "/articles/import/file/",
        {"file": SimpleUploadedFile("halaman.html", page.encode(), "text/html")},
        headers={"HX-Request": "true"},
    )
    assert 'data-status="imported"' in response.content.decode()
    article = Article.objects.get()
    assert article.raw_text == page
    assert article.body.startswith("BOGOR - Menteri Kelautan")
    assert all("<p>" not in block["text"] for block in article.blocks)
    source = editor_client.get(f"/articles/{article.pk}/source/").content.decode()
    assert "&lt;article&gt;&lt;p&gt;BOGOR - Menteri Kelautan" in source
    assert "<article><p>BOGOR" not in source


def test_uploading_five_files_with_a_bad_third_reports_all_five(editor_client):
    def article(n: int) -> str:
        return (
            f"Rapat ke-{n} dewan kota membahas anggaran pasar ikan dan jadwal "
            f"pembangunan dermaga nomor {n} di pesisir utara.\n\n"
            f"Wali kota mengatakan pekerjaan tahap {n} dimulai setelah musim hujan."
        )

    files = [
        SimpleUploadedFile(f"{n}.txt", article(n).encode(), "text/plain")
        for n in (1, 2)
    ]
    files.append(SimpleUploadedFile("3.json", b"[" * 100_000, "application/json"))
    files += [
        SimpleUploadedFile(f"{n}.txt", article(n).encode(), "text/plain")
        for n in (4, 5)
    ]
    response = editor_client.post(
        "/articles/import/", {"mode": "upload", "files": files}
    )
    assert response.status_code == 200
    reports = response.context["reports"]
    assert [(r.name, r.status) for r in reports] == [
        ("1.txt", "imported"),
        ("2.txt", "imported"),
        ("3.json", "failed"),
        ("4.txt", "imported"),
        ("5.txt", "imported"),
    ]
    assert "nests lists or objects too deeply" in response.content.decode()
    assert Article.objects.count() == 4


def test_three_seeds_uploaded_at_once_get_three_distinct_right_outlets(
    editor_client, seed_dir
):
    files = [_seed_upload(seed_dir, key) for key in SEED_FILES]
    response = editor_client.post(
        "/articles/import/", {"mode": "upload", "files": files}
    )
    assert response.status_code == 200
    assert 'placeholder="detect per file"' in response.content.decode()
    outlets = {
        article.source_name: article.outlet.name
        for article in Article.objects.select_related("outlet")
    }
    assert outlets == dict(SEED_FILES.values())
    assert not Outlet.objects.filter(name="Unknown outlet").exists()


def test_the_report_corrects_a_detected_outlet_per_file(
    editor_client, viewer_client, seed_dir
):
    files = [_seed_upload(seed_dir, key) for key in ("kompas", "detik")]
    response = editor_client.post(
        "/articles/import/", {"mode": "upload", "files": files}
    )
    html = response.content.decode()
    detik = Article.objects.get(source_name=SEED_FILES["detik"][0])
    url = f"/articles/{detik.pk}/import-outlet/"
    assert f'hx-post="{url}"' in html
    assert f'id="report-outlet-{detik.pk}" name="outlet" value="detik"' in html

    response = editor_client.post(url, {"outlet": "detikNews "}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert 'value="detikNews"' in response.content.decode()
    assert "Saved" in response.content.decode()
    detik.refresh_from_db()
    assert detik.outlet.name == "detikNews"
    # The other file keeps its own outlet.
    kompas = Article.objects.get(source_name=SEED_FILES["kompas"][0])
    assert kompas.outlet.name == "Kompas TV"

    # An existing outlet is found whatever its case, not created twice.
    editor_client.post(url, {"outlet": "kompas tv"}, HTTP_HX_REQUEST="true")
    detik.refresh_from_db()
    assert detik.outlet_id == kompas.outlet_id

    response = editor_client.post(url, {"outlet": "  "}, HTTP_HX_REQUEST="true")
    assert "Name the outlet." in response.content.decode()
    detik.refresh_from_db()
    assert detik.outlet_id == kompas.outlet_id

    assert viewer_client.post(url, {"outlet": "X"}).status_code == 403
    assert not Outlet.objects.filter(name="X").exists()
