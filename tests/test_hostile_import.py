"""The hostile corpus (tests/hostile.py) through every way an article comes in, and the pages showing it.

Title, outlet, story, URL and body arrive by paste, by a file in each format
(.txt, .md, .html, .jsonl, .json, .csv), by a link, and by the editor's
corrections (the article's details, the import report's outlet). Import cleans
one-line fields with `cleaning.clean_line` (NUL, other controls and bidi controls
go, whitespace folds, NFC) and the body with `cleaning.clean`; what it keeps must
be stored, and every page showing it must escape it.
"""

from __future__ import annotations

import csv
import io
import json
from html import escape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from annotations.models import Article, Outlet, Story
from annotations.services import fetching
from annotations.text.cleaning import clean_line, normalise
from tests import hostile
from tests.hostile import CORPUS, assert_safe_html, assert_shows

# Strings that fit one-line fields (a 10,000-character title is refused by the form).
SHORT = {n: v for n, v in CORPUS.items() if len(v) <= 200}
FILLER = (
    "Menteri Luar Negeri bertemu mitranya di ibu kota selama beberapa jam "
    "untuk membahas perdagangan, iklim dan keamanan kawasan."
)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _body(value: str) -> str:
    return f"{FILLER}\n\nJuru bicara berkata {value} kepada wartawan.\n\n{FILLER} Lagi."


def _pages(article: Article) -> dict[str, str]:
    pages = {
        "reader": f"/articles/{article.pk}/",
        "source": f"/articles/{article.pk}/source/",
        "edit": f"/articles/{article.pk}/edit/",
        "delete": f"/articles/{article.pk}/delete/",
        "library": "/articles/",
        "stories": "/stories/",
    }
    if article.story_id:
        pages["story"] = f"/stories/{article.story.slug}/"
        pages["story edit"] = f"/stories/{article.story.slug}/edit/"
        pages["coverage"] = f"/stories/{article.story.slug}/coverage/"
        pages["compare"] = f"/stories/{article.story.slug}/compare/?a={article.pk}"
    return pages


def _check_pages(client, article: Article) -> None:
    for where, url in _pages(article).items():
        path, _q, query = url.partition("?")
        response = client.get(path, dict([query.split("=")]) if query else {})
        assert response.status_code == 200, where
        html = response.content.decode()
        assert_safe_html(html, where)
        if where in ("reader", "library", "edit", "delete", "story"):
            assert hostile.as_shown(article.title) in hostile.page_text(html), where
        if where in ("reader", "library", "story"):
            assert hostile.as_shown(article.outlet.name) in hostile.page_text(html), (
                where
            )
    export = client.get("/articles/export.csv")
    data = b"".join(export.streaming_content)
    hostile.assert_csv_guarded(data, "articles CSV")


def _stored_as_cleaned(article: Article, value: str) -> None:
    line = clean_line(value)
    assert article.title == line
    assert article.outlet.name == line
    assert article.story.title == line
    for paragraph in _body(value).splitlines():
        if normalise(paragraph):
            assert normalise(paragraph) in article.body


@pytest.mark.parametrize("name", list(SHORT))
def test_a_pasted_article_keeps_its_fields_and_every_page_escapes_them(
    name, editor_client
):
    value = SHORT[name]
    response = editor_client.post(
        "/articles/import/",
        {
            "paste-raw_text": _body(value),
            "paste-title": value,
            "paste-outlet": value,
            "paste-story": value,
        },
    )
    html = response.content.decode()
    if name == "nul":
        assert response.status_code == 200
        assert "Null characters are not allowed." in html
        assert_safe_html(html, "import form")
        assert not Article.objects.exists()
        return
    assert response.status_code == 302, html[:2000]
    article = Article.objects.select_related("outlet", "story").get()
    _stored_as_cleaned(article, value)
    _check_pages(editor_client, article)


def test_a_pasted_body_with_nul_and_lone_controls_is_refused_by_the_form(
    editor_client,
):
    response = editor_client.post(
        "/articles/import/", {"paste-raw_text": _body(hostile.NUL)}
    )
    assert "Null characters are not allowed." in response.content.decode()
    assert not Article.objects.exists()


def test_a_pasted_ten_thousand_character_title_is_refused_with_its_limit(
    editor_client,
):
    response = editor_client.post(
        "/articles/import/",
        {"paste-raw_text": _body("x"), "paste-title": hostile.LONG},
    )
    assert "at most 500 characters" in response.content.decode()
    assert not Article.objects.exists()


def test_a_pasted_ten_thousand_character_paragraph_and_long_word_are_kept(
    editor_client,
):
    raw = _body(hostile.LONG_WORD) + "\n\n" + hostile.LONG
    response = editor_client.post(
        "/articles/import/", {"paste-raw_text": raw, "paste-title": "Panjang"}
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert hostile.LONG_WORD in article.body
    assert normalise(hostile.LONG) in article.body
    _check_pages(editor_client, article)


# Files in every format -----------------------------------------------------------------


# What trafilatura reads differently from the page, on purpose or not: it unescapes
# a title twice ("&amp;lt;" becomes "<"), takes a site name starting with "@" for a
# Twitter handle, and cuts a title at " | " (the "Headline | Site" of most pages).
# The report still shows what was stored, escaped.
HTML_READS_OTHERWISE = {"entities", "formula_at", "search_syntax"}


def _files(value: str) -> dict[str, bytes]:
    """Return one article in every importable format, value in its title, outlet, story and body."""
    body = _body(value)
    record = {"title": value, "outlet": value, "story": value, "text": body}
    rows = io.StringIO()
    writer = csv.DictWriter(rows, fieldnames=list(record))
    writer.writeheader()
    writer.writerow(record)
    page = (
        f"<html><head><title>{escape(value)}</title>"
        f'<meta property="og:site_name" content="{escape(value)}"></head><body><article>'
        + "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
        + "</article></body></html>"
    )
    return {
        "a.txt": f"{value}\n\n{body}".encode(),
        "a.md": f"# {value}\n\n{body}".encode(),
        "a.html": page.encode(),
        "a.jsonl": json.dumps(record).encode(),
        "a.json": json.dumps([record], ensure_ascii=False).encode(),
        "a.csv": rows.getvalue().encode(),
    }


@pytest.mark.parametrize("name", list(SHORT))
def test_every_file_format_imports_the_string_and_the_report_escapes_it(
    name, editor_client
):
    value = SHORT[name]
    files = _files(value)
    for filename, data in files.items():
        response = editor_client.post(
            "/articles/import/file/",
            {"file": SimpleUploadedFile(filename, data), "upload-story": ""},
            headers={"HX-Request": "true"},
        )
        assert response.status_code == 200, filename
        html = response.content.decode()
        assert_safe_html(html, f"report of {filename}")
        article = Article.objects.select_related("outlet", "story").last()
        if name == "nul" and article is None:
            # A NUL byte in a file marks it as binary: refused, and the report says so.
            assert "This is not a text file" in html, filename
            continue
        assert article is not None, (filename, html[:500])
        assert hostile.as_shown(article.title)[:60] in hostile.page_text(html)
        if filename.endswith((".jsonl", ".json", ".csv")):
            _stored_as_cleaned(article, value)
        elif filename == "a.html" and name not in HTML_READS_OTHERWISE:
            assert article.title == clean_line(value)
            assert article.outlet.name == clean_line(value)
        if filename == "a.jsonl":  # the same fields as every other format
            _check_pages(editor_client, article)
        article.delete()


def test_a_json_file_with_lone_surrogates_imports_without_them(editor_client):
    record = (
        '{"title": "Judul \\ud800 rusak", "outlet": "Warta \\udfff", '
        f'"text": "{FILLER} \\ud83d sisa {FILLER}"}}'
    )
    response = editor_client.post(
        "/articles/import/file/",
        {"file": SimpleUploadedFile("s.json", record.encode())},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    article = Article.objects.select_related("outlet").get()
    assert article.title == "Judul rusak"
    assert article.outlet.name == "Warta"
    assert "\ud83d" not in article.body and " sisa " in article.body
    _check_pages(editor_client, article)


def test_a_csv_file_of_formulas_is_imported_as_text_and_exported_guarded(
    editor_client,
):
    rows = io.StringIO()
    writer = csv.DictWriter(rows, fieldnames=["title", "outlet", "text"])
    writer.writeheader()
    for i, formula in enumerate(hostile.FORMULAS.values()):
        writer.writerow(
            {"title": formula, "outlet": formula, "text": f"{formula} {i} {FILLER}"}
        )
    response = editor_client.post(
        "/articles/import/",
        {
            "mode": "upload",
            "files": SimpleUploadedFile("f.csv", rows.getvalue().encode()),
        },
    )
    assert response.status_code == 200
    assert_safe_html(response.content.decode(), "upload report")
    assert Article.objects.count() == len(hostile.FORMULAS)
    export = editor_client.get("/articles/export.csv")
    hostile.assert_csv_guarded(b"".join(export.streaming_content), "articles CSV")


# A link -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["script", "img", "htmx_attr", "bidi", "astral"])
def test_a_linked_page_imports_the_string_and_the_report_escapes_it(
    name, editor_client, monkeypatch
):
    value = CORPUS[name]
    page = _files(value)["a.html"]
    monkeypatch.setattr(
        fetching,
        "fetch_page",
        lambda url: fetching.Page(url, page, "text/html; charset=utf-8"),
    )
    response = editor_client.post(
        "/articles/import/",
        {"mode": "url", "link-page_url": "https://warta.example/berita/1"},
    )
    assert response.status_code == 200
    assert_safe_html(response.content.decode(), "link report")
    article = Article.objects.select_related("outlet").get()
    assert article.url == "https://warta.example/berita/1"
    _check_pages(editor_client, article)


# URLs ------------------------------------------------------------------------------------

HOSTILE_URLS = [
    hostile.JS_URL,
    "javascript://warta.example/%0Awindow.__hostile=1",
    'https://warta.example/"><img src=x onerror=window.__hostile=2>',
    "https://warta.example/?q=<script>window.__hostile=1</script>",
    "data:text/html,<script>window.__hostile=1</script>",
    "https://warta.example/\u202eexe.txt",
    "https://warta.example/' onmouseover='window.__hostile=3",
    hostile.LONG_URL,
]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_a_hostile_url_is_refused_or_stored_as_a_safe_link(url, editor_client):
    response = editor_client.post(
        "/articles/import/",
        {"paste-raw_text": _body("x"), "paste-title": "Tautan", "paste-url": url},
    )
    html = response.content.decode()
    assert_safe_html(html, "import form")
    article = Article.objects.first()
    if article is None:
        assert response.status_code == 200
        assert "Enter a valid URL." in html
        return
    assert article.url.startswith("https://")
    _check_pages(editor_client, article)


# Corrections -------------------------------------------------------------------------------


@pytest.fixture
def article(tiny_article, db):
    tiny_article.story = Story.objects.create(title="Kisah", slug="kisah")
    tiny_article.save()
    return tiny_article


@pytest.mark.parametrize("name", list(CORPUS))
def test_the_import_report_outlet_correction_stores_the_cleaned_name(
    name, editor_client, article
):
    value = CORPUS[name]
    response = editor_client.post(
        f"/articles/{article.pk}/import-outlet/",
        {"outlet": value},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert_safe_html(response.content.decode(), "outlet form")
    article.refresh_from_db()
    if len(clean_line(value)) <= 200:
        assert article.outlet.name == clean_line(value)
    else:
        assert article.outlet.name == Outlet.objects.get(pk=article.outlet_id).name
        assert len(article.outlet.name) <= 200
    _check_pages(editor_client, article)


@pytest.mark.parametrize("name", list(SHORT))
def test_the_article_edit_stores_the_title_and_every_page_escapes_it(
    name, editor_client, article
):
    value = SHORT[name]
    form = editor_client.get(f"/articles/{article.pk}/edit/").context["form"]
    response = editor_client.post(
        f"/articles/{article.pk}/edit/",
        {
            "version": form.initial["version"],
            "title": value,
            "outlet": form.initial["outlet"],
            "story": article.story_id,
        },
    )
    html = response.content.decode()
    if name == "nul":
        assert "Null characters are not allowed." in html
        return
    assert response.status_code == 302, html[:3000]
    article.refresh_from_db()
    assert article.title == clean_line(value)
    _check_pages(editor_client, article)
    reader = editor_client.get(f"/articles/{article.pk}/").content.decode()
    assert_shows(reader, clean_line(value))
