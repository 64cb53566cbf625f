"""Keep annotation offsets attached to the right words.

Offsets are code points into the article body. Browsers count UTF-16 code
units instead: the reader's script converts a selection's offsets itself.
An annotation also stores its exact text with some context around it
(W3C TextQuoteSelector), so it can be found again after the body changes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from annotations.text.words import snap_to_words

CONTEXT = 32

# What validate_span may answer; the services turn these into the editor's messages.
SPAN_ERRORS = (
    "out-of-range",  # outside the body, or end before start
    "empty",  # start == end
    "blank",  # only whitespace
    "mismatch",  # the body no longer holds the expected words there
    "paragraph-break",  # crosses a blank line (where removed text may have been)
    "mid-word",  # starts or ends inside a word (only when whole words are asked for)
)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    exact_match: bool  # the offsets were used as given


def context(body: str, start: int, end: int, n: int = CONTEXT) -> tuple[str, str]:
    """Return (prefix, suffix): up to n code points before start and after end."""
    return body[max(0, start - n) : start], body[end : end + n]


def validate_span(
    body: str,
    start: int,
    end: int,
    exact: str | None = None,
    *,
    whole_words: bool = False,
) -> str | None:
    """Return the code (see SPAN_ERRORS) of what is wrong with body[start:end], or None.

    exact, when given, is what the editor saw selected: a body that changed
    underneath the selection is caught by it. whole_words refuses a span that
    cuts a word (see annotations.text.words), as an editor's selection never
    should; suggestions and imports may start anywhere.

    >>> validate_span("ab\\n\\ncd", 0, 5)
    'paragraph-break'
    >>> validate_span("untuk memilih", 1, 13, whole_words=True)
    'mid-word'
    """
    if start < 0 or end > len(body) or start > end:
        return "out-of-range"
    if start == end:
        return "empty"
    if exact is not None and body[start:end] != exact:
        return "mismatch"
    if not body[start:end].strip():
        return "blank"
    if _PARAGRAPH_BREAK.search(body, start, end):
        return "paragraph-break"
    if whole_words and snap_to_words(body, start, end) != (start, end):
        return "mid-word"
    return None


def body_version(body: str) -> str:
    """Return a short fingerprint of a body; equal bodies give equal versions.

    The reader sends it back with a selection, so offsets taken from a body that
    changed since (a paragraph restored or removed) are refused, even where the
    shifted offsets happen to select the same words.
    """
    return hashlib.blake2b(
        body.encode("utf-8", "surrogatepass"), digest_size=8
    ).hexdigest()


def anchor(
    body: str,
    *,
    exact: str,
    prefix: str = "",
    suffix: str = "",
    start: int | None = None,
    end: int | None = None,
) -> Anchor | None:
    """Return where exact is in body, or None if it is not there any more.

    The stored offsets win when they still select exact. Otherwise every
    occurrence is scored by how much of prefix ends right before it and how
    much of suffix starts right after it; ties go to the occurrence nearest
    the old start. If exact no longer occurs because whitespace changed
    ("a  b" became "a b", or a no-break space became a space), the search is
    repeated with whitespace collapsed and mapped back to body offsets.
    """
    if not exact:
        return None
    if (
        start is not None
        and end is not None
        and 0 <= start <= end <= len(body)
        and body[start:end] == exact
    ):
        return Anchor(start, end, True)
    found = _best(body, exact, prefix, suffix, start)
    if found is not None:
        return Anchor(found, found + len(exact), False)

    norm_body, starts, ends = _collapse(body)
    norm_exact = _collapse(exact)[0]
    if not norm_exact.strip():
        return None
    norm_start = None
    if start is not None:
        norm_start = next((i for i, s in enumerate(starts) if s >= start), len(starts))
    found = _best(
        norm_body,
        norm_exact,
        _collapse(prefix)[0],
        _collapse(suffix)[0],
        norm_start,
    )
    if found is None:
        return None
    return Anchor(starts[found], ends[found + len(norm_exact) - 1], False)


def _best(
    body: str, exact: str, prefix: str, suffix: str, near: int | None
) -> int | None:
    best_key = None
    best_pos = None
    pos = body.find(exact)
    while pos != -1:
        score = _common_suffix(prefix, body[max(0, pos - len(prefix)) : pos])
        score += _common_prefix(
            suffix, body[pos + len(exact) : pos + len(exact) + len(suffix)]
        )
        distance = abs(pos - near) if near is not None else 0
        key = (-score, distance, pos)
        if best_key is None or key < best_key:
            best_key, best_pos = key, pos
        pos = body.find(exact, pos + 1)
    return best_pos


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _collapse(text: str) -> tuple[str, list[int], list[int]]:
    """Return text with whitespace runs as single spaces, and where each char came from.

    starts[i] and ends[i] are the body offsets of the run behind character i.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, c in enumerate(text):
        if c.isspace():
            if out and out[-1] == " ":
                ends[-1] = i + 1
                continue
            out.append(" ")
        else:
            out.append(c)
        starts.append(i)
        ends.append(i + 1)
    return "".join(out), starts, ends
