"""Search snippets: a short piece of a text around the first match, the matched words marked.

Pure text, no Django: the caller gives the query's word tokens (annotations.search.tokens)
and gets HTML back in which every piece of the text is escaped and only the <mark>
elements this module writes are markup. Matching is the one both databases use: a token
matches at the start of a word, ignoring case and accents ("hotel" finds "Hôtel"), so
the last, still typed word of a query ("blink") finds "Blinken" as the search did.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape

SNIPPET_CHARS = 200
LEAD_CHARS = 60
ELLIPSIS = "…"


def fold(text: str) -> str:
    """Return `text` lower-cased without accents, one character for each character.

    >>> fold("Hôtel ÉTÉ")
    'hotel ete'
    """
    out = []
    for ch in text:
        base = "".join(
            c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)
        ).lower()
        out.append(
            base if len(base) == 1 else ch.lower() if len(ch.lower()) == 1 else ch
        )
    return "".join(out)


def _pattern(words: list[str]) -> re.Pattern[str] | None:
    folded = sorted(
        {fold(unicodedata.normalize("NFC", w)) for w in words if w}, key=len
    )
    if not folded:
        return None
    alternatives = "|".join(re.escape(w) for w in reversed(folded))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*")


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Return the (start, end) of every word of `text` that starts with one of `words`.

    >>> match_spans("Blinken met Wang Yi; blinked.", ["blink", "yi"])
    [(0, 7), (17, 19), (21, 28)]
    """
    pattern = _pattern(words)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(fold(text))]


def snippet_html(text: str, words: list[str], size: int = SNIPPET_CHARS) -> str:
    """Return escaped HTML: about `size` characters of `text` around the first match.

    The matched words are wrapped in <mark>; without a match, the text's beginning is
    shown unmarked. A cut is shown with an ellipsis and falls between words.

    >>> snippet_html("a <b> & Blinken", ["blinken"])
    'a &lt;b&gt; &amp; <mark>Blinken</mark>'
    """
    text = " ".join(text.split())
    spans = match_spans(text, words)
    start = 0
    if spans and spans[0][0] > LEAD_CHARS:
        start = spans[0][0] - LEAD_CHARS
        space = text.find(" ", start, spans[0][0])
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > start and (not spans or space > spans[0][1]):
            end = space
    parts = [ELLIPSIS] if start > 0 else []
    at = start
    for s, e in spans:
        if e <= start:
            continue
        if s >= end:
            break
        s, e = max(s, start), min(e, end)
        parts.append(escape(text[at:s], quote=False))
        parts.append(f"<mark>{escape(text[s:e], quote=False)}</mark>")
        at = e
    parts.append(escape(text[at:end], quote=False))
    if end < len(text):
        parts.append(ELLIPSIS)
    return "".join(parts)
