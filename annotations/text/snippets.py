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
AROUND_CHARS = 24  # the words shown on each side of a claim in a comparison
STORED_CHARS = 32  # an annotation's stored prefix and suffix (W3C TextQuoteSelector)


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


def around(
    prefix: str, suffix: str, size: int = AROUND_CHARS, stored: int = STORED_CHARS
) -> tuple[str, str]:
    """Return the words just before and after a span, about `size` characters each.

    `prefix` and `suffix` are the text on either side of the span as an annotation
    stores it (at most `stored` characters, fewer at the text's start or end). The
    result is cut between words, never inside one, and stops at a paragraph break;
    an ellipsis marks where the text goes on.

    >>> around("pertemuan dengan Qin Gang selama ", ". Blinken mengatakan", 20)
    ('…Qin Gang selama ', '. Blinken mengatakan')
    >>> around("Judul\\nRapat berlangsung ", " jam.", 20)
    ('Rapat berlangsung ', ' jam.')
    """
    before, after = prefix, suffix
    cut_before = len(prefix) >= stored
    cut_after = len(suffix) >= stored
    if "\n" in before:
        before, cut_before = before.rsplit("\n", 1)[1], False
    if "\n" in after:
        after, cut_after = after.split("\n", 1)[0], False
    # A word at a cut is whole only when the character past the cut is a space.
    whole_first = not cut_before
    if len(before) > size:
        whole_first = before[-size - 1].isspace()
        before, cut_before = before[-size:], True
    if not whole_first and before[:1].strip():
        space = next((i for i, ch in enumerate(before) if ch.isspace()), len(before))
        before = before[space + 1 :]
    whole_last = not cut_after
    if len(after) > size:
        whole_last = after[size].isspace()
        after, cut_after = after[:size], True
    if not whole_last and after[-1:].strip():
        space = max((i for i, ch in enumerate(after) if ch.isspace()), default=-1)
        after = after[: space + 1]
    if cut_before and before.strip():
        before = ELLIPSIS + before.lstrip()
    if cut_after and after.strip():
        after = after.rstrip() + ELLIPSIS
    return before, after


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
