"""The interface speaks Indonesian and English, completely."""

from __future__ import annotations

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from annotations import services
from annotations.models import Annotation, Speaker

LOCALE = Path(__file__).resolve().parents[1] / "locale"


def _entries(po: Path):
    for block in po.read_text(encoding="utf-8").split("\n\n"):
        msgid = re.search(r'^msgid "(.*)"', block, re.M)
        if not msgid or (
            msgid.group(1) == ""
            and not re.search(r'^"', block[msgid.end() :].lstrip("\n"), re.M)
        ):
            continue
        yield block


def test_the_indonesian_catalogue_is_complete():
    for po in (LOCALE / "id" / "LC_MESSAGES").glob("*.po"):
        for block in _entries(po):
            if block.lstrip().startswith('msgid ""\nmsgstr ""\n"Project'):
                continue
            assert "#, fuzzy" not in block, block
            strs = re.findall(r'^msgstr(?:\[\d\])? "(.*)"((?:\n".*")*)', block, re.M)
            assert strs and all(a or b.strip('\n"') for a, b in strs), (
                f"untranslated in {po.name}:\n{block}"
            )


def test_no_translated_string_hides_inside_an_f_string():
    # makemessages (xgettext) does not read inside f-strings: a _("…") there is
    # never extracted, and normalising the catalogue drops its translation.
    root = LOCALE.parent
    names = {"_", "gettext", "ngettext", "pgettext", "gettext_lazy"}
    found = []
    for path in [*root.glob("annotations/**/*.py"), *root.glob("newsroom/**/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fstring in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
            for node in ast.walk(fstring):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in names
                ):
                    found.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not found, found


def test_pages_follow_the_browser_language(editor_client):
    page = editor_client.get("/articles/", headers={"accept-language": "id"})
    assert "<h1>Pustaka</h1>" in page.content.decode()
    page = editor_client.get("/articles/", headers={"accept-language": "en"})
    assert "<h1>Library</h1>" in page.content.decode()


def test_the_language_switch_remembers_the_choice(editor_client):
    editor_client.post("/i18n/setlang/", {"language": "id", "next": "/articles/"})
    assert "<h1>Pustaka</h1>" in editor_client.get("/articles/").content.decode()


# ---- Every page family in Indonesian -------------------------------------------

ID = {"accept-language": "id"}
# Attributes whose values people read or hear (screen readers, tooltips, JS messages).
_READ_ATTRS = {"title", "placeholder", "aria-label", "alt"}


class _Visible(HTMLParser):
    """Collect a page's text nodes and its read-out attribute values, whitespace collapsed.

    Scripts, styles and <kbd> key names (printed on the keyboard) are left out.
    """

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "kbd"):
            self._skip += 1
        for name, value in attrs:
            if value and (name in _READ_ATTRS or name.startswith("data-msg-")):
                self.pieces.append(" ".join(value.split()))
            if (
                value
                and name.startswith("data-")
                and name.endswith(("-label", "-status"))
            ):
                self.pieces.append(" ".join(value.split()))

    def handle_endtag(self, tag):
        if tag in ("script", "style", "kbd"):
            self._skip -= 1

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self._skip:
            self.pieces.append(text)


def _visible(html: str) -> list[str]:
    parser = _Visible()
    parser.feed(html)
    return parser.pieces


def _msgid(block: str) -> str:
    m = re.search(r'^msgid "(.*)"((?:\n".*")*)', block, re.M)
    return (m.group(1) + "".join(re.findall(r'^"(.*)"', m.group(2), re.M))).replace(
        '\\"', '"'
    )


def _msgstr(block: str) -> str:
    m = re.search(r'^msgstr(?:\[0\])? "(.*)"((?:\n".*")*)', block, re.M)
    return (m.group(1) + "".join(re.findall(r'^"(.*)"', m.group(2), re.M))).replace(
        '\\"', '"'
    )


def _english_leftovers() -> set[str]:
    """Catalogue msgids whose Indonesian differs: seeing one on a page means a string escaped."""
    po = LOCALE / "id" / "LC_MESSAGES" / "django.po"
    leftovers = set()
    for block in _entries(po):
        msgid, msgstr = _msgid(block), _msgstr(block)
        if "%" not in msgid and "<" not in msgid and msgid != msgstr:
            leftovers.add(msgid)
    return leftovers


def _assert_indonesian(client, url: str, *expected: str, **kwargs) -> str:
    kwargs.setdefault("headers", ID)
    response = client.get(url, **kwargs)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert '<html lang="id">' in html or "hx-swap-oob" in html or "<html" not in html
    english = _english_leftovers()
    left = sorted({p for p in _visible(html) if p in english})
    assert not left, f"English left on {url}: {left}"
    for text in expected:
        assert text in html, f"{text!r} missing from {url}"
    return html


@pytest.fixture
def annotated(seed_articles, alice):
    from annotations.services import annotation_create

    article = seed_articles["kompas"]
    speaker = Speaker.objects.create(name="Antony Blinken", aliases=["Blinken"])
    words = "Blinken"
    start = article.body.index(words)
    annotation = annotation_create(
        article=article,
        start=start,
        end=start + len(words),
        kind=Annotation.Kind.QUOTE,
        user=alice,
        speaker=speaker,
        quote_form=Annotation.QuoteForm.DIRECT,
        note="cek ulang",
    )
    return article, speaker, annotation


def test_the_library_speaks_indonesian(editor_client, seed_articles):
    html = _assert_indonesian(
        editor_client,
        "/articles/",
        "<h1>Pustaka</h1>",
        "Impor artikel",
        "Saringan lain: anotasi",
        "Ekspor CSV",
        'placeholder="Kata dari judul atau teks…"',
        "Semua media",
    )
    assert "Library" not in html and "Import articles" not in html
    _assert_indonesian(
        editor_client,
        "/articles/?q=zzzzqqq",
        "Tidak ada artikel yang cocok dengan saringan ini.",
    )


def test_the_reader_and_its_panel_speak_indonesian(editor_client, annotated):
    article, _speaker, annotation = annotated
    html = _assert_indonesian(
        editor_client,
        f"/articles/{article.pk}/",
        "Pintasan papan ketik",
        "Cari kata untuk dipilih",
        "Kantor berita" if article.wire_source else "Terbit",
        ">Riwayat<",
        ">Ubah<",
        ">Hapus<",
        ">Kutipan<",
        'data-msg-select="Pilih beberapa kata dalam artikel dulu."',
        'data-msg-nothing-to-undo="Tidak ada yang bisa diurungkan."',
        "<kbd>q</kbd> kutipan",
    )
    assert "Keyboard shortcuts" not in html and "History" not in html


def test_the_annotation_form_speaks_indonesian(editor_client, annotated):
    article, _speaker, annotation = annotated
    start = article.body.index("Beijing")
    query = {"kind": "claim", "start": start, "end": start + 7, "exact": "Beijing"}
    for headers in ({}, {"HX-Request": "true"}):
        html = _assert_indonesian(
            editor_client,
            f"/articles/{article.pk}/annotations/new/",
            "Anotasi baru",
            "Narasumber",
            "Satuan",
            "Perkiraan",
            "Simpan",
            "Batal",
            data=query,
            headers={**ID, **headers},
        )
        assert "New annotation" not in html
    _assert_indonesian(
        editor_client,
        f"/annotations/{annotation.pk}/edit/",
        "Ubah anotasi",
        "Bentuk kutipan",
        "Langsung",
    )
    _assert_indonesian(
        editor_client, f"/annotations/{annotation.pk}/", "Riwayat", "Posisi", "dibuat"
    )


def test_a_rejected_number_is_explained_in_indonesian(editor_client, annotated):
    article, _speaker, _annotation = annotated
    start = article.body.index("Beijing")
    response = editor_client.post(
        f"/articles/{article.pk}/annotations/new/",
        {
            "kind": "claim",
            "start": start,
            "end": start + 7,
            "exact": "Beijing",
            "value": "tujuh",
        },
        headers={**ID, "HX-Request": "true"},
    )
    assert "Masukkan angka seperti 7,5 atau 7.5." in response.content.decode()


def test_the_import_page_speaks_indonesian(editor_client):
    html = _assert_indonesian(
        editor_client,
        "/articles/import/",
        "Impor artikel",
        "Tempel teks",
        "Unggah berkas",
        "Letakkan berkas atau folder di sini",
        'data-progress-label="Mengimpor"',
        'data-done-label="Selesai"',
        'data-selected-label="berkas dipilih"',
        'data-failed-status="gagal"',
        'data-summary-label="%(imported)s diimpor, %(duplicate)s duplikat, %(failed)s gagal."',
        "Deteksi otomatis",
    )
    assert "Upload files" not in html


def test_an_import_report_speaks_indonesian(editor_client, seed_dir):
    from tests.conftest import SEED_FILES

    name = SEED_FILES["detik"][0]
    payload = (seed_dir / name).read_bytes()
    for _ in range(2):
        response = editor_client.post(
            "/articles/import/file/",
            {"file": SimpleUploadedFile(name, payload)},
            headers={**ID, "HX-Request": "true"},
        )
    html = response.content.decode()
    assert "duplikat" in html and "Buka artikel yang sudah ada" in html
    assert "Sudah ada di pustaka" in html


def test_the_speaker_pages_speak_indonesian(editor_client, annotated):
    _article, speaker, _annotation = annotated
    _assert_indonesian(
        editor_client,
        "/speakers/",
        "<h1>Narasumber</h1>",
        "Narasumber baru",
        "Cari narasumber",
        "Afiliasi",
    )
    _assert_indonesian(
        editor_client, "/speakers/?q=zzzz", "Tidak ada narasumber yang cocok"
    )
    _assert_indonesian(
        editor_client, f"/speakers/{speaker.pk}/", "1 bagian beranotasi", "1 media"
    )
    _assert_indonesian(editor_client, "/speakers/new/", "Buat narasumber")
    _assert_indonesian(
        editor_client, f"/speakers/{speaker.pk}/edit/", "Ubah narasumber", "Alias"
    )


def test_the_story_pages_speak_indonesian(editor_client, seed_articles):
    story = seed_articles["kompas"].story
    _assert_indonesian(
        editor_client, "/stories/", "<h1>Peristiwa</h1>", "Peristiwa baru", "Artikel"
    )
    _assert_indonesian(
        editor_client,
        story.get_absolute_url(),
        "3 artikel",
        "3 media",
        "Cari dalam peristiwa ini",
        "Tambahkan artikel",
        "Keluarkan dari peristiwa",
    )
    _assert_indonesian(editor_client, "/stories/new/", "Buat peristiwa")


def test_the_source_page_speaks_indonesian(editor_client, seed_articles):
    article = seed_articles["kompas"]
    html = _assert_indonesian(
        editor_client,
        f"/articles/{article.pk}/source/",
        "Kembali ke artikel",
        "Dibuang oleh pembersih",
        "Teks asli, persis seperti saat diimpor",
    )
    assert "Removed by the cleaner" not in html
    assert "Pulihkan" in html or "Pembersih tidak membuang" in html


def test_the_login_page_speaks_indonesian(client, db):
    _assert_indonesian(client, "/accounts/login/", "Masuk", "Kata sandi")


def test_messages_from_python_are_translated(editor_client, annotated):
    _article, _speaker, annotation = annotated
    response = editor_client.post(
        f"/annotations/{annotation.pk}/delete/", headers=ID, follow=True
    )
    assert "Kutipan dihapus." in response.content.decode()


def test_the_scripts_take_every_message_from_the_page():
    """reader.js and import.js print only data-* texts the templates translated."""
    scripts = Path(__file__).resolve().parents[1] / "static" / "js"
    for script in scripts.glob("*.js"):
        code = re.sub(r"//.*|/\*.*?\*/", "", script.read_text(encoding="utf-8"))
        for literal in re.findall(r'"([^"\n]*)"|`([^`]*)`', code):
            text = re.sub(r"\$\{[^}]*\}", "", literal[0] or literal[1])
            if text == "use strict":
                continue
            # Selectors, class names and keys, not sentences: no two words in a row.
            assert not re.search(
                r"(?<![-\w.#])[A-Za-z]{2,} [A-Za-z]{2,}(?![-\w])", text
            ), f"{script.name}: {text!r} looks like hard-coded English"


def test_decimals_follow_the_interface_language_on_every_page(editor_client, durations):
    """ "7,5 jam" in Indonesian (a dot separates thousands there), "7.5 hours" in English."""
    about_six, seven_half = durations
    about_six.refresh_from_db()
    link = services.link_create(
        source=about_six, target=seven_half, relation="contradicts"
    )
    pages = (
        f"/articles/{seven_half.article_id}/",  # the reader's side panel
        f"/annotations/{seven_half.pk}/",  # the annotation's page
        f"{seven_half.article.story.get_absolute_url()}",  # the story's links
        f"/annotations/{about_six.pk}/links/new/",  # the link form's targets
    )
    for path in pages:
        indonesian = editor_client.get(path, headers=ID).content.decode()
        assert "7,5 jam" in indonesian, path
        assert "7.5 jam" not in indonesian, path
        english = editor_client.get(path, headers={"accept-language": "en"})
        assert "7.5 hours" in english.content.decode(), path
    assert link.pk
    # Exports stay machine-readable whatever the interface language.
    export = editor_client.get("/annotations/export.csv", headers=ID)
    assert ",7.5,hour," in b"".join(export.streaming_content).decode()


def test_the_messages_for_failed_requests_speak_indonesian(editor_client):
    page = editor_client.get("/articles/", headers=ID).content.decode()
    assert 'data-msg-session="Sesi Anda sudah berakhir' in page
    assert 'data-msg-offline="Server tidak dapat dihubungi' in page
    assert "galat {status}" in page  # the script fills in the status
