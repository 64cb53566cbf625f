"""Turn the bytes of an imported file into article records.

A file is plain text (.txt, .md), an HTML page (.html: trafilatura extracts
the article and its metadata), JSON Lines / JSON or CSV with one article per
record. Problems are reported, not raised, per record, so one bad row never
stops the others; only a file that cannot be read at all raises FormatError.

Messages are codes with a detail (Problem), so the caller can translate them.
"""

from __future__ import annotations

import codecs
import csv
import html
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import PurePath

import charset_normalizer

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
CSV_SUFFIXES = frozenset({".csv"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES

# Fewer words than this in what trafilatura extracts means it found navigation, not an article.
MIN_ARTICLE_WORDS = 20

# Problem codes, translated by the import service.
EMPTY = "empty"
BINARY = "binary"
UNKNOWN_ENCODING = "unknown-encoding"
BAD_UTF8 = "bad-utf8"  # detail: the line of the first invalid byte
DEEP_JSON = "deep-json"
NO_ARTICLE = "no-article"
NO_TEXT = "no-text"
BAD_JSON = "bad-json"
BAD_CSV = "bad-csv"
UNSUPPORTED = "unsupported"


@dataclass(frozen=True)
class Problem:
    code: str
    line: int | None = None  # the record number, 1-based, for files with several
    detail: str = ""


class FormatError(ValueError):
    """A file that cannot be read at all: empty, binary, or in an unknown encoding."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.problem = Problem(code, None, detail)


@dataclass(frozen=True)
class Record:
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published_at: str = ""  # as written in the source; the metadata reader parses it
    author: str = ""
    editor: str = ""
    language: str = ""
    story: str = ""
    line: int | None = None  # record number in a file of several, else None
    source: str = ""  # the decoded document text was extracted from (HTML), else ""


@dataclass(frozen=True)
class ReadResult:
    records: tuple[Record, ...] = ()
    problems: tuple[Problem, ...] = field(default=())


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\xd0\xcf\x11\xe0",
    b"\x7fELF",
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# Western codepages win ties: Indonesian and English copy is never Central European.
_PREFERRED = ("cp1252", "latin_1", "iso8859_15")
# A page or XML file that says it is UTF-8, near its top.
_DECLARES_UTF8 = re.compile(
    rb"""<meta[^>]{0,200}charset\s*=\s*["']?\s*utf-?8|<\?xml[^>]{0,100}encoding\s*=\s*["']utf-?8""",
    re.IGNORECASE,
)
# After decode("utf-8", "surrogateescape"): every byte that was not valid UTF-8.
_ESCAPED = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _line_of(data: bytes, position: int) -> str:
    return str(data.count(b"\n", 0, position) + 1)


def _damaged_utf8(data: bytes, error: UnicodeDecodeError) -> FormatError | None:
    """Return the error for data that is UTF-8 with invalid bytes, or None for a legacy encoding.

    Data is UTF-8 when it says so (an HTML meta charset or an XML
    declaration) or when most of its non-ASCII characters are valid UTF-8
    sequences: a file in a legacy encoding (cp1252, Latin-1) almost never
    forms one, since each would need an accented capital followed by a
    symbol byte. Such a file with invalid bytes is damaged (cut, or two
    encodings mixed); decoding it as a legacy encoding would turn every
    valid character into mojibake ("â€”" for "—"), so it is refused.
    """
    if _DECLARES_UTF8.search(data[:4096]):
        return FormatError(BAD_UTF8, _line_of(data, error.start))
    text = data.decode("utf-8", "surrogateescape")
    invalid = len(_ESCAPED.findall(text))
    valid = len(_NON_ASCII.findall(text)) - invalid
    if valid and valid >= invalid:
        return FormatError(BAD_UTF8, _line_of(data, error.start))
    return None


def decode(data: bytes) -> str:
    """Return the text of data: BOM first, then UTF-8, then what charset-normalizer detects.

    Data that is UTF-8 (a UTF-8 BOM, a declaration, or mostly valid UTF-8
    sequences) but holds invalid bytes is refused (BAD_UTF8) rather than
    read as a legacy encoding; see _damaged_utf8.

    >>> decode("café".encode("cp1252"))
    'café'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                if encoding == "utf-8":
                    line = _line_of(data, len(bom) + exc.start)
                    raise FormatError(BAD_UTF8, line) from exc
                raise FormatError(UNKNOWN_ENCODING, str(exc)) from exc
    if not data.strip():
        raise FormatError(EMPTY)
    head = data[:8192]
    if head.startswith(_MAGIC) or b"\x00" in head:
        raise FormatError(BINARY)
    if len(_CONTROL.findall(head)) > len(head) / 20:
        raise FormatError(BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if damaged := _damaged_utf8(data, exc):
            raise damaged from exc
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise FormatError(UNKNOWN_ENCODING)
    best = min(matches, key=lambda m: m.chaos)
    if best.chaos > 0.3:
        raise FormatError(UNKNOWN_ENCODING, best.encoding)
    tied = [m for m in matches if m.chaos <= best.chaos + 0.01]
    for match in tied:
        if any(e in _PREFERRED for e in match.could_be_from_charset):
            encoding = next(e for e in _PREFERRED if e in match.could_be_from_charset)
            return data.decode(encoding)
    return str(best)


class _TooDeep(ValueError):
    pass


def _loads(text: str):
    """Return json.loads(text), or raise _TooDeep when its nesting exhausts the parser's stack.

    Article files are lists of flat records; a file of 100,000 "[" is not one,
    and the parser's RecursionError must not escape as a crash.
    """
    try:
        return json.loads(text)
    except RecursionError:
        raise _TooDeep from None


def _suffix(name: str) -> str:
    return PurePath(name).suffix.lower()


def _sniff(text: str) -> str:
    start = text.lstrip()[:200].lower()
    if start.startswith(("<!doctype html", "<html")) or (
        start.startswith("<") and "<body" in text[:5000].lower()
    ):
        return ".html"
    if start.startswith("[") or start.startswith("{"):
        try:
            _loads(text)
        except _TooDeep:
            return ".json"  # reported as such, not read as prose
        except ValueError:
            return ".jsonl" if start.startswith("{") else ".txt"
        return ".json"
    return ".txt"


def read_records(name: str, data: bytes) -> ReadResult:
    """Return the article records in a file called name (its suffix picks the format).

    A name without a known suffix ("-" for standard input) is sniffed: HTML,
    JSON, else plain text. Raises FormatError when the file cannot be read.
    """
    text = decode(data)
    suffix = _suffix(name)
    if suffix not in SUFFIXES:
        suffix = _sniff(text)
        if suffix == ".txt" and not _looks_like_prose(text):
            raise FormatError(UNSUPPORTED, _suffix(name))
    if suffix in HTML_SUFFIXES:
        return _read_html(text)
    if suffix in JSONL_SUFFIXES:
        return _read_json_lines(text)
    if suffix in JSON_SUFFIXES:
        return _read_json(text)
    if suffix in CSV_SUFFIXES:
        return _read_csv(text)
    return _read_plain(text, markdown=suffix in {".md", ".markdown"})


def _looks_like_prose(text: str) -> bool:
    letters = sum(c.isalpha() or c.isspace() for c in text[:5000])
    return letters >= 0.8 * min(len(text), 5000)


_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def _read_plain(text: str, *, markdown: bool = False) -> ReadResult:
    if markdown:
        text = _MD_EMPHASIS.sub(r"\2", _MD_HEADING.sub("", text))
    if not text.strip():
        raise FormatError(EMPTY)
    return ReadResult(records=(Record(text=text),))


_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _site_name(name: str, page: str) -> str:
    """Return the site name as the page spells it.

    trafilatura capitalises every word of a name without a dot that does not
    start with a capital ("detik" becomes "Detik", "<b>x" "<B>X"); the outlet is
    called what it calls itself, so the name is looked up again in the page.

    >>> _site_name("Detik", '<meta property="og:site_name" content="detik">')
    'detik'
    """
    if not name.split() or "." in name:
        return name
    pattern = re.compile(r"\s+".join(map(re.escape, name.split())), re.IGNORECASE)
    # lxml drops the control characters XML forbids before trafilatura sees the name.
    for found in pattern.finditer(_XML_FORBIDDEN.sub("", html.unescape(page))):
        spelled = found.group(0)
        if spelled == name or not spelled[:1].isupper():
            return " ".join(spelled.split())
    return name


def _read_html(text: str) -> ReadResult:
    import trafilatura  # slow to import; only HTML needs it

    document = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={
            "extensive_search": True,
            "original_date": True,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        },
    )
    body = (document.text or "") if document is not None else ""
    if len(body.split()) < MIN_ARTICLE_WORDS:
        return ReadResult(problems=(Problem(NO_ARTICLE),))
    date = document.date or ""
    # htmldate prints midnight when the page gave only the day.
    if date.endswith("T00:00:00"):
        date = date[:10]
    record = Record(
        text=body,
        title=document.title or "",
        url=document.url or "",
        outlet=_site_name(document.sitename or "", text),
        published_at=date,
        author=document.author or "",
        language=(document.language or "")[:2],
        source=text,
    )
    return ReadResult(records=(record,))


_ALIASES = {
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "sitename"),
    "published_at": ("published_at", "date", "published"),
    "author": ("author", "byline"),
    "editor": ("editor",),
    "language": ("language", "lang"),
    "story": ("story",),
}


def _field(row: dict, name: str) -> str:
    """Return the named field of a record as text: a string, a number, or a list of them joined.

    Nested objects and lists are no field value (and printing a deeply nested
    one would exhaust the stack): they count as missing.
    """
    for key in _ALIASES[name]:
        value = row.get(key)
        if isinstance(value, list):  # "author": ["Sari", "Tan"]
            value = ", ".join(str(v) for v in value if isinstance(v, str | int | float))
        if isinstance(value, str | int | float) and value != "":
            return str(value).strip() if name != "text" else str(value)
    return ""


def _record(row: object, line: int) -> Record | Problem:
    if not isinstance(row, dict):
        return Problem(BAD_JSON, line, "not an object")
    row = {str(k).strip().lower(): v for k, v in row.items()}
    text = _field(row, "text")
    if not text.strip():
        return Problem(NO_TEXT, line)
    fields = {name: _field(row, name) for name in _ALIASES if name != "text"}
    return Record(text=text, line=line, **fields)


def _collect(items) -> ReadResult:
    records, problems = [], []
    for item in items:
        (records if isinstance(item, Record) else problems).append(item)
    if not records and not problems:
        raise FormatError(EMPTY)
    return ReadResult(records=tuple(records), problems=tuple(problems))


def _read_json_lines(text: str) -> ReadResult:
    def items():
        number = 0
        for raw in text.splitlines():
            if not raw.strip():
                continue
            number += 1
            try:
                row = _loads(raw)
            except _TooDeep:
                yield Problem(DEEP_JSON, number)
                continue
            except ValueError as exc:
                yield Problem(BAD_JSON, number, str(exc))
                continue
            yield _record(row, number)

    return _collect(items())


def _read_json(text: str) -> ReadResult:
    try:
        data = _loads(text)
    except _TooDeep:
        return ReadResult(problems=(Problem(DEEP_JSON),))
    except ValueError as exc:
        if text.lstrip().startswith("{") and "\n{" in text:
            return _read_json_lines(text)  # JSON Lines saved as .json
        return ReadResult(problems=(Problem(BAD_JSON, None, str(exc)),))
    if isinstance(data, dict):
        rows = next(
            (data[k] for k in ("articles", "records", "items") if k in data), [data]
        )
    else:
        rows = data
    if not isinstance(rows, list):
        return ReadResult(problems=(Problem(BAD_JSON, None, "not a list"),))
    return _collect(_record(row, i) for i, row in enumerate(rows, start=1))


def _read_csv(text: str) -> ReadResult:
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    fieldnames = [(f or "").strip().lower() for f in (reader.fieldnames or [])]
    if not set(fieldnames) & set(_ALIASES["text"]):
        return ReadResult(problems=(Problem(BAD_CSV, None, "no text or body column"),))

    def items():
        try:
            for number, row in enumerate(reader, start=1):
                row.pop(None, None)  # cells beyond the header
                yield _record(row, number)
        except csv.Error as exc:
            yield Problem(BAD_CSV, reader.line_num, str(exc))

    return _collect(items())
