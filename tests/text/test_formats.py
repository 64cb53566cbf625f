from __future__ import annotations

import codecs
import json

import pytest

from annotations.text import formats
from annotations.text.formats import FormatError, Record, decode, read_records

ARTICLE = (
    "Menteri Kelautan Sari bertemu dengan Menteri Perikanan Tan selama tujuh jam "
    "di Jakarta pada Kamis untuk membahas perjanjian perikanan kedua negara. "
    '"Kami sepakat untuk melanjutkan perundingan bulan depan," kata Sari kepada wartawan.'
)

HTML_PAGE = f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8">
<title>Sari dan Tan bertemu | Harian Contoh</title>
<meta property="og:title" content="Sari dan Tan bertemu">
<meta property="og:site_name" content="Harian Contoh">
<meta name="author" content="Budi Santoso">
<meta property="article:published_time" content="2024-05-02T09:15:00+07:00">
<link rel="canonical" href="https://harian.example/berita/1">
</head><body>
<nav><a href="/">Beranda</a> <a href="/politik">Politik</a> <a href="/olahraga">Olahraga</a></nav>
<article><h1>Sari dan Tan bertemu</h1>
<p>{ARTICLE}</p>
<p>Tan mengatakan kedua negara masih berbeda pendapat tentang batas wilayah tangkapan ikan di perairan utara.</p>
</article>
<footer>Hak cipta 2024 Harian Contoh</footer>
</body></html>"""

NAV_ONLY_PAGE = """<!doctype html><html><head><title>Beranda</title></head>
<body><nav><a href="/">Beranda</a> <a href="/politik">Politik</a></nav>
<footer>Hak cipta 2024</footer></body></html>"""

PNG_HEADER = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"
)


def test_decode_strips_a_utf8_bom():
    assert decode(codecs.BOM_UTF8 + b"Menlu Sari bertemu") == "Menlu Sari bertemu"


def test_decode_reads_utf16_with_its_bom():
    data = codecs.BOM_UTF16_LE + "Kata “sepakat”".encode("utf-16-le")
    assert decode(data) == "Kata “sepakat”"


def test_decode_reads_plain_utf8():
    assert decode("Jumat, 26 April 2024 – “kata Sari”".encode()) == (
        "Jumat, 26 April 2024 – “kata Sari”"
    )


def test_decode_detects_cp1252_indonesian_text():
    text = (
        "Rapat berlangsung di Bogor. “Kami sepakat,” kata Sari – Menteri Kelautan – "
        "kepada wartawan. Harga naïve café 5 €.\n"
    )
    assert decode(text.encode("cp1252")) == text


def test_decode_detects_latin1_text():
    text = (
        "Rapat di Bogor berlangsung lama. Kata Sari, café itu tutup. Señor Tan setuju."
    )
    assert decode(text.encode("latin-1")) == text


def test_decode_refuses_a_png():
    with pytest.raises(FormatError) as error:
        decode(PNG_HEADER)
    assert error.value.problem.code == formats.BINARY


def test_decode_refuses_bytes_with_control_characters():
    with pytest.raises(FormatError) as error:
        decode(bytes(range(1, 32)) * 20)
    assert error.value.problem.code == formats.BINARY


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t", codecs.BOM_UTF8])
def test_empty_files_are_refused_as_empty(data):
    with pytest.raises(FormatError) as error:
        read_records("kosong.txt", data)
    assert error.value.problem.code == formats.EMPTY


def test_plain_text_is_one_record_with_the_whole_text():
    result = read_records("artikel.txt", ARTICLE.encode())
    assert result.records == (Record(text=ARTICLE),)
    assert result.problems == ()


def test_markdown_loses_its_heading_marks():
    result = read_records("artikel.md", f"# Sari dan Tan\n\n**{ARTICLE}**".encode())
    assert result.records[0].text == f"Sari dan Tan\n\n{ARTICLE}"


def test_standard_input_is_sniffed_as_plain_text():
    assert read_records("-", ARTICLE.encode()).records[0].text == ARTICLE


def test_standard_input_is_sniffed_as_html():
    record = read_records("-", HTML_PAGE.encode()).records[0]
    assert record.title == "Sari dan Tan bertemu"


def test_html_page_gives_the_article_and_its_metadata():
    result = read_records("halaman.html", HTML_PAGE.encode())
    [record] = result.records
    assert "tujuh jam" in record.text
    assert "Tan mengatakan" in record.text
    assert "Beranda" not in record.text
    assert "Hak cipta" not in record.text
    assert record.title == "Sari dan Tan bertemu"
    assert record.author == "Budi Santoso"
    assert record.url == "https://harian.example/berita/1"
    assert record.outlet == "Harian Contoh"
    assert record.published_at.startswith("2024-05-02T09:15:00")


def test_html_page_without_an_article_is_a_problem():
    result = read_records("beranda.html", NAV_ONLY_PAGE.encode())
    assert result.records == ()
    assert [p.code for p in result.problems] == [formats.NO_ARTICLE]


def test_json_lines_row_without_text_is_reported_and_the_others_kept():
    lines = [
        {"title": "Satu", "text": ARTICLE, "outlet": "Harian Contoh"},
        {"title": "Dua tanpa isi", "text": "  "},
        {"title": "Tiga", "body": ARTICLE + " Tiga.", "published_at": "2024-05-03"},
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    result = read_records("artikel.jsonl", data)
    assert [(r.title, r.line) for r in result.records] == [("Satu", 1), ("Tiga", 3)]
    assert result.records[0].outlet == "Harian Contoh"
    assert result.records[1].published_at == "2024-05-03"
    assert [(p.code, p.line) for p in result.problems] == [(formats.NO_TEXT, 2)]


def test_json_lines_with_a_broken_line_keeps_the_rest():
    data = f'{{"text": "{ARTICLE[:40]}"}}\n{{"text": \n'.encode()
    result = read_records("artikel.jsonl", data)
    assert len(result.records) == 1
    assert [(p.code, p.line) for p in result.problems] == [(formats.BAD_JSON, 2)]


def test_json_array_and_wrapped_object_are_both_read():
    rows = [{"title": "Satu", "text": ARTICLE, "author": ["Ani", "Budi"]}]
    assert read_records("a.json", json.dumps(rows).encode()).records[0].author == (
        "Ani, Budi"
    )
    wrapped = json.dumps({"articles": rows}).encode()
    assert read_records("b.json", wrapped).records[0].title == "Satu"


def test_csv_keeps_quoted_newlines_inside_the_text():
    data = (
        b'title,body,url,story\r\n"Satu","Paragraf satu.\n\nParagraf, dua.",'
        b"https://a.example/1,Perjanjian\r\n"
        b'"Tanpa isi","",https://a.example/2,\r\n'
    )
    result = read_records("artikel.csv", data)
    [record] = result.records
    assert record.text == "Paragraf satu.\n\nParagraf, dua."
    assert (record.url, record.story, record.line) == (
        "https://a.example/1",
        "Perjanjian",
        1,
    )
    assert [(p.code, p.line) for p in result.problems] == [(formats.NO_TEXT, 2)]


def test_csv_with_semicolons_and_a_bom_is_read():
    data = codecs.BOM_UTF8 + b"Title;Text\nSatu;Isi artikel satu.\n"
    [record] = read_records("artikel.csv", data).records
    assert (record.title, record.text) == ("Satu", "Isi artikel satu.")


def test_csv_without_a_text_column_is_a_problem():
    result = read_records("artikel.csv", b"title,url\nSatu,https://a.example\n")
    assert result.records == ()
    assert [p.code for p in result.problems] == [formats.BAD_CSV]


def test_unknown_suffix_with_prose_is_read_as_text():
    assert read_records("artikel.log", ARTICLE.encode()).records[0].text == ARTICLE


def test_unknown_suffix_with_data_is_unsupported():
    with pytest.raises(FormatError) as error:
        read_records("tabel.dat", b"1;2;3;4\n5;6;7;8\n" * 20)
    assert error.value.problem.code == formats.UNSUPPORTED


# Hostile files ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["deep.json", "deep.jsonl", "-"])
def test_json_nested_beyond_the_parsers_stack_is_refused_with_a_reason(name):
    result = read_records(name, b"[" * 100_000)
    assert [p.code for p in result.problems] == [formats.DEEP_JSON]
    assert not result.records


def test_deep_json_in_one_line_spares_the_other_lines():
    data = json.dumps({"text": ARTICLE}).encode() + b"\n" + b"[" * 100_000
    result = read_records("rows.jsonl", data)
    assert [r.line for r in result.records] == [1]
    assert [(p.code, p.line) for p in result.problems] == [(formats.DEEP_JSON, 2)]


def test_a_nested_value_is_no_field_and_never_printed():
    nested = "[" * 900 + "]" * 900
    data = (
        f'[{{"text": {nested}, "title": "x"}}, {{"text": "isi", "author": {nested}}}]'
    )
    result = read_records("rows.json", data.encode())
    assert [(p.code, p.line) for p in result.problems] == [(formats.NO_TEXT, 1)]
    assert [(r.text, r.author) for r in result.records] == [("isi", "")]


def test_utf8_with_an_invalid_byte_is_refused_with_its_line():
    data = (
        "Baris satu — “kutipan”.\nBaris dua, café.\n".encode() + b"rusak \xff di sini\n"
    )
    with pytest.raises(FormatError) as raised:
        decode(data)
    assert (raised.value.problem.code, raised.value.problem.detail) == (
        formats.BAD_UTF8,
        "3",
    )


def test_utf8_cut_in_the_middle_of_a_character_is_refused():
    data = ("Menteri berkata “sepakat” " * 20).encode()[:-2]
    with pytest.raises(FormatError) as raised:
        decode(data + b" lanjut")
    assert raised.value.problem.code == formats.BAD_UTF8


def test_a_bom_or_a_declaration_says_utf8_even_with_one_accent():
    with pytest.raises(FormatError) as raised:
        decode(codecs.BOM_UTF8 + "Señor Tan".encode("cp1252"))
    assert raised.value.problem.code == formats.BAD_UTF8
    page = '<html><head><meta charset="UTF-8"></head><body>Se\xf1or Tan</body></html>'
    with pytest.raises(FormatError) as raised:
        decode(page.encode("cp1252"))
    assert raised.value.problem.code == formats.BAD_UTF8


def test_legacy_encodings_stay_readable_when_nothing_says_utf8():
    text = "Rapat “alot”, kata Señor Tan – menteri; café crème à Bogor. " * 5
    assert decode(text.encode("cp1252")) == text
    page = (
        '<html><head><meta charset="windows-1252"></head><body>Señor Tan</body></html>'
    )
    assert decode(page.encode("cp1252")) == page


@pytest.mark.parametrize(
    "site_name",
    ["detik", "kumparan news", '<script>x</script> &amp; "warta"', "café José"],
)
def test_an_html_page_keeps_its_site_name_as_spelled(site_name):
    from html import escape

    page = HTML_PAGE.replace("Harian Contoh", escape(site_name))
    (record,) = read_records("a.html", page.encode()).records
    assert record.outlet == site_name


def test_a_site_name_spelled_in_capitals_elsewhere_keeps_the_meta_spelling():
    page = HTML_PAGE.replace("Harian Contoh", "detik").replace(
        "<nav>", "<nav><a>DETIK</a> "
    )
    (record,) = read_records("a.html", page.encode()).records
    assert record.outlet == "detik"
