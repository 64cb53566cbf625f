"""Word boundaries for selections: an annotation starts and ends between words.

A word is a run of letters, digits and combining marks, held together inside by
a hyphen or an apostrophe between letters ("kupu-kupu", "COVID-19", "Jum'at")
and by a decimal or thousands separator between digits ("7,5", "1.200",
"10:30"). A hyphen between two digits is a range ("2023-2024"): two words.
static/js/words.js applies the same rule in the reader; the cases in
tests/text/word_snap_cases.json are checked against both.
"""

from __future__ import annotations

import unicodedata

# Inside a word when word characters stand on both sides.
_JOINERS = frozenset("-\u2010\u2011'\u2019\u02bc")
# Inside a number when digits stand on both sides.
_NUMBER_JOINERS = frozenset(".,:")


def _is_word_char(c: str) -> bool:
    return unicodedata.category(c)[0] in "LNM"


def _is_digit(c: str) -> bool:
    return unicodedata.category(c) == "Nd"


def _joins(before: str, joiner: str, after: str) -> bool:
    if not (_is_word_char(before) and _is_word_char(after)):
        return False
    digits = _is_digit(before) and _is_digit(after)
    if joiner in _NUMBER_JOINERS:
        return digits
    return joiner in _JOINERS and not (joiner == "-" and digits)


def inside_word(text: str, i: int) -> bool:
    """Return whether position i (between text[i-1] and text[i]) cuts a word in two.

    >>> inside_word("untuk", 1), inside_word("7,5 jam", 2), inside_word("7,5 jam", 3)
    (True, True, False)
    """
    if i <= 0 or i >= len(text):
        return False
    a, b = text[i - 1], text[i]
    if _is_word_char(a) and _is_word_char(b):
        return True
    if _is_word_char(a) and i + 1 < len(text):
        return _joins(a, b, text[i + 1])
    if _is_word_char(b) and i >= 2:
        return _joins(text[i - 2], a, b)
    return False


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Return (start, end) widened so that neither end falls inside a word.

    Only word characters are added: punctuation at the edges stays as the
    editor selected it (a closing quote mark selected stays, none is added).

    >>> text = "Penting untuk memilih atau konfrontasi"
    >>> start, end = snap_to_words(text, 9, 29)
    >>> text[start:end]
    'untuk memilih atau konfrontasi'
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} outside a text of {len(text)}")
    while inside_word(text, start):
        start -= 1
    while inside_word(text, end):
        end += 1
    return start, end
