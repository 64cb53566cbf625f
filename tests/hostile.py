"""A corpus of hostile strings, and the checks every page and export showing them must pass.

Each string is something an editor could paste or a file could carry: markup that
would run if a page forgot to escape it, template and htmx syntax that would run if
anything evaluated it, spreadsheet formulas, characters that reorder or hide text,
characters no database stores, and sizes that break layouts. The markup payloads all
set the global `window.__hostile`, so a browser test can tell that none of them ran,
and carry `__hostile` in every attribute they would inject, so the HTML checks can
tell an injected element from the page's own.

    CORPUS                   name -> string (every entry below)
    FORMULAS                 the cells a spreadsheet could run (CSV guard)
    ALL_MARKUP               every markup payload in one string
    assert_safe_html(html)   nothing in the page is markup a user string made
    assert_shows(html, v)    that, and v is on the page as text (bidi shown as U+FFFD)
    assert_csv_guarded(data) no cell of a CSV export would run as a formula
    csv_cells, page_text, json_strings, split_aliases   helpers for the checks
"""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

MARK = "__hostile"

# Markup: each payload would set window.__hostile if a page let it through.
SCRIPT = "<script>window.__hostile=1</script>"
IMG = '"><img src=x onerror="window.__hostile=2">'
SINGLE_QUOTE_ATTR = "' onmouseover='window.__hostile=3' data-x='"
SVG = "<svg/onload=window.__hostile=4>"
JS_URL = "javascript:window.__hostile=5//"
STYLE = "<style>/*__hostile*/body{display:none}</style><b>bold</b>"
TEXTAREA_BREAK = "</textarea><script>window.__hostile=6</script>"
TITLE_BREAK = "</title><script>window.__hostile=7</script>"
COMMENT_BREAK = "--><script>window.__hostile=8</script><!--"
IFRAME = '<iframe src="javascript:window.__hostile=9"></iframe>'
# htmx would issue these requests if the markup or the attribute got through.
HTMX = '<div hx-get="/accounts/logout/?__hostile" hx-trigger="load">x</div>'
HTMX_ATTR = '" hx-get="/accounts/logout/?__hostile" hx-trigger="load" x="'
TEMPLATE = "{{ request.user.password }} {% debug %} ${7*7} #{7*7} {{7*7}}"
SQL = "Robert'); DROP TABLE annotations_article;-- \" OR 1=1 --"
# Full-text query syntax (SQLite FTS5, PostgreSQL tsquery): search must take it as words.
SEARCH_SYNTAX = (
    'NEAR(menteri jam) OR "juru AND -bicara title:x ^kata * ( ) ! & | <-> :*'
)

ENTITIES = "&lt;script&gt; &amp;amp; &#60;b&#62; &quot; &nbsp;"
BACKSLASHES = "C:\\berita\\new \\u0041 \\x00 \\\\ end\\"
QUOTES = "\"'`\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d"
# Spreadsheet formulas (OWASP "CSV Injection"), leading tab/CR/LF included.
FORMULAS = {
    "formula_equals": '=HYPERLINK("http://x.example/?__hostile","klik")',
    "formula_plus": "+1+cmd|' /C calc'!A0",
    "formula_minus": "-2+3",
    "formula_at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "formula_tab": "\t=1+1",
    "formula_cr": "\r=1+1",
    "formula_lf": "\n=1+1",
}
# Characters that reorder text on screen ("Trojan Source").
BIDI = "lihat \u202eexe.txt \u202dLRO \u2066isolate\u2069 \u202bRLE\u202c"
RTL = "\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b \u05e9\u05dc\u05d5\u05dd 7,5"
NUL = "sebelum\x00sesudah"
CONTROLS = "bel\x07 esc\x1b[31m del\x7f vt\x0b ff\x0c"
ZERO_WIDTH = "Blin\u200bken \U0001f469\u200d\U0001f4bb ZWJ\u200dZWNJ\u200c\ufeff"
COMBINING = "Z\u0324\u0308a\u0301\u0301\u0301\u0301lgo\u0336 e\u0301"
ASTRAL = (
    "\U0001f1ee\U0001f1e9 \U0001f600 \U0001d518\U0001d52b\U0001d526 \U0002070e 7,5 jam"
)
NFC = "caf\u00e9 Jos\u00e9"
NFD = "cafe\u0301 Jose\u0301"
LONG_WORD = "Antidisestablishment" * 25  # 500 characters, no break opportunity
LONG = ("Panjang sekali kalimat ini. " * 358)[:10_000]  # 10,000 characters
LONG_URL = "https://warta.example/" + "a" * 970  # 992 characters, under URLField's 1000

CORPUS: dict[str, str] = {
    "script": SCRIPT,
    "img": IMG,
    "single_quote_attr": SINGLE_QUOTE_ATTR,
    "svg": SVG,
    "js_url": JS_URL,
    "style": STYLE,
    "textarea_break": TEXTAREA_BREAK,
    "title_break": TITLE_BREAK,
    "comment_break": COMMENT_BREAK,
    "iframe": IFRAME,
    "htmx": HTMX,
    "htmx_attr": HTMX_ATTR,
    "template": TEMPLATE,
    "sql": SQL,
    "search_syntax": SEARCH_SYNTAX,
    "entities": ENTITIES,
    "backslashes": BACKSLASHES,
    "quotes": QUOTES,
    **FORMULAS,
    "bidi": BIDI,
    "rtl": RTL,
    "nul": NUL,
    "controls": CONTROLS,
    "zero_width": ZERO_WIDTH,
    "combining": COMBINING,
    "astral": ASTRAL,
    "nfc": NFC,
    "nfd": NFD,
    "long_word": LONG_WORD,
    "long": LONG,
}

# Every markup payload in one string, for fields shown in many places at once.
ALL_MARKUP = " ".join(
    [SCRIPT, IMG, SINGLE_QUOTE_ATTR, SVG, STYLE, TEXTAREA_BREAK, TITLE_BREAK]
    + [COMMENT_BREAK, IFRAME, HTMX, HTMX_ATTR, TEMPLATE, ENTITIES, QUOTES]
)


# The HTML checks ------------------------------------------------------------------------

# Attribute names the app's own markup never carries (CSP forbids inline handlers).
_HANDLER_PREFIX = "on"


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_code = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_code = tag in ("script", "style")
        for name, value in attrs:
            value = value or ""
            if name.startswith(_HANDLER_PREFIX):
                self.problems.append(f"<{tag} {name}=…> (an event handler)")
            if MARK in name or _acts(name, value):
                self.problems.append(f"<{tag} {name}={value[:60]!r}> (injected)")
            if name in ("href", "src", "action", "formaction") and value.strip()[
                :11
            ].lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}={value[:60]!r}> (javascript: URL)")
        if tag in ("img", "iframe", "svg") and any(
            MARK in (v or "") or (n, v) == ("src", "x") for n, v in attrs
        ):
            self.problems.append(f"<{tag}> (injected)")

    def handle_startendtag(self, tag, attrs) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._in_code = False

    def handle_data(self, data: str) -> None:
        if self._in_code and MARK in data:
            self.problems.append(f"<script> or <style> {data[:60]!r} (injected)")


def _acts(attribute: str, value: str) -> bool:
    """Return whether a user string made this attribute do something (fetch, run, style).

    Any other attribute (value, title, aria-label, data-*) may hold a user string,
    escaped: that is how a form shows it back; and a URL may hold one percent-encoded
    in its query (an export link keeps the page's filters). javascript: URLs and
    injected elements are checked on their own.
    """
    if attribute.startswith("hx-"):
        return "/accounts/logout/" in value
    return MARK in value and attribute in {"style", "srcdoc"}


def html_problems(html: str) -> list[str]:
    """Return what in the page looks like markup made from a user string (empty: none)."""
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    problems = list(scanner.problems)
    for raw in (SCRIPT, "<img src=x", "<svg/onload", "<iframe src=", "<style>/*"):
        if raw in html:
            problems.append(f"raw {raw!r} in the page")
    return problems


def assert_safe_html(html: str, where: str = "") -> None:
    problems = html_problems(html)
    assert not problems, f"{where}: {problems[:5]}"


# The CSV checks ---------------------------------------------------------------------------

_FORMULA_START = tuple("=+-@\t\r\n")


def csv_cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def assert_csv_guarded(data: bytes, where: str = "") -> None:
    """Assert no text cell starts (past whitespace) with a formula character."""
    for row in csv_cells(data)[1:]:
        for cell in row:
            stripped = cell.lstrip()
            if cell.startswith(_FORMULA_START) or stripped.startswith(
                _FORMULA_START[:4]
            ):
                # A negative number is a number, not a formula.
                try:
                    float(cell)
                    continue
                except ValueError:
                    pass
                raise AssertionError(f"{where}: unguarded cell {cell[:40]!r}")


# What a page shows -----------------------------------------------------------------------

_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), "\ufffd"
)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.parts.extend(v for _n, v in attrs if v)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def page_text(html: str) -> str:
    """Return the page's text and attribute values, unescaped, whitespace runs as one space."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return " ".join(" ".join(parser.parts).split())


def as_shown(value: str) -> str:
    """Return value as a page shows it: bidi controls as U+FFFD, whitespace runs as one space."""
    return " ".join(value.translate(_BIDI_CONTROLS).split())


def assert_shows(html: str, value: str, where: str = "") -> None:
    """Assert the page shows value as text (escaped in the HTML, whole once unescaped)."""
    assert_safe_html(html, where)
    shown = as_shown(value)
    assert shown in page_text(html), f"{where}: {shown[:60]!r} is not on the page"


def json_strings(value) -> list[str]:
    """Return every string in a parsed JSON document (keys aside)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in json_strings(v)]
    return []


def split_aliases(text: str) -> list[str]:
    """Return the aliases of one form field as the speaker form splits them (, ; or new line)."""
    import re

    return [part for part in re.split(r"[,\n;]", text) if part.strip()]
