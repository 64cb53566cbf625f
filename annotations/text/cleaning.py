"""Turn an article's raw copied text into the clean body that annotations use.

Every paragraph is kept as a Block, removed or not, so an editor can see what
the cleaner dropped and restore it; compose_body() rebuilds a body from any
such choice, and block_offsets() says where each block lands in it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from annotations.text import furniture, markers


@dataclass(frozen=True)
class Block:
    text: str  # one normalised paragraph
    kept: bool
    reason: str = ""  # "" when kept; otherwise a code such as "read-also"


@dataclass(frozen=True)
class Cleaned:
    blocks: tuple[Block, ...]

    @property
    def body(self) -> str:
        return compose_body(self.blocks)

    @property
    def removed(self) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if not block.kept)

    @property
    def title(self) -> str:
        return next((b.text for b in self.blocks if b.reason == "title"), "")


# Every reason clean() may record; markers.py may add more per outlet.
REASONS = frozenset(
    {"date-line", "title", "standfirst", "empty", "photo-caption", furniture.NOTICE}
    | set(markers.COMMON_START_MARKERS)
    | set(markers.COMMON_ENDING_MARKERS)
    | {reason for extra in markers.OUTLET_MARKERS.values() for reason in extra}
    | furniture.REASONS
)

_SPACE_CHARS = r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
# Every run of spaces becomes one " "; a lone " " is already that, so it is not
# matched at all (replacing each word gap with itself made this the slowest step).
_SPACES = re.compile(rf"(?! (?!{_SPACE_CHARS})){_SPACE_CHARS}+")
# Invisible characters that only get in the way of search and anchoring: soft
# hyphens, zero-width spaces and joiners, BOMs; control characters other than
# tab and line breaks (PostgreSQL refuses NUL in text; the others are debris
# of bad conversions), lone surrogates (from JSON escapes; no database stores
# them); and the bidirectional marks, embeddings, overrides and
# isolates, which can make text read differently from what it says ("Trojan
# Source") and are never part of Indonesian or English copy.
_CONTROL_CHARS = r"\x00-\x08\x0e-\x1f\x7f\ud800-\udfff"
_BIDI_CHARS = r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_INVISIBLE = re.compile(
    rf"[\u00ad\u200b-\u200d\u2060\ufeff{_CONTROL_CHARS}{_BIDI_CHARS}]"
)
# Kept in the raw text (which stays as imported): all but what no database stores.
_RAW_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# "pada1970-an" -> "pada 1970-an"; only a word of letters glued to a year.
_GLUED_YEAR = re.compile(r"\b([A-Za-z][a-z]+)((?:1[5-9]|20)\d\d(?:-?an)?)\b")
# What every _GLUED_YEAR match contains; much cheaper to look for first.
_GLUED_YEAR_HINT = re.compile(r"[a-z](?:1[5-9]|20)\d\d")
_WORD = re.compile(r"\w")


def normalise(text: str) -> str:
    """Return one paragraph with odd spaces, invisible characters and glued years fixed.

    >>> normalise("pejabat China\\u00a0 di Beijing pada1970-an ")
    'pejabat China di Beijing pada 1970-an'
    """
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    if _GLUED_YEAR_HINT.search(text):
        text = _GLUED_YEAR.sub(r"\1 \2", text)
    return text


def clean_line(text: str) -> str:
    """Return a one-line metadata value (title, outlet, author…) normalised like the body.

    Control and bidirectional characters go, and every run of whitespace,
    line breaks included, becomes one space.

    >>> clean_line(" Kabar\\u202e  Pesisir\\x00\\n ")
    'Kabar Pesisir'
    """
    text = unicodedata.normalize("NFC", text)
    return " ".join(_INVISIBLE.sub("", text).split())


def shorten(text: str, limit: int) -> str:
    """Return text in at most limit characters: cut at a word boundary, an ellipsis marking the cut.

    >>> shorten("Kabar Pesisir Selatan", 16)
    'Kabar Pesisir…'
    """
    if len(text) <= limit:
        return text
    window = text[: limit - 1]
    if not text[limit - 1].isspace() and " " in window.strip():
        window = window.rsplit(" ", 1)[0]
    window = window.rstrip(" ,;:-–—") or text[: limit - 1]
    return f"{window}…"


def clean_raw(text: str) -> str:
    """Return raw text as imported, less the control characters no database may store.

    Tabs and line breaks stay; NUL, the other C0 controls and lone surrogates
    go: PostgreSQL refuses NUL in text, no database stores a lone surrogate,
    and the others are debris of conversions.

    >>> clean_raw("a\\x00b\\r\\nc")
    'ab\\r\\nc'
    """
    return _RAW_CONTROLS.sub("", text)


def split_paragraphs(raw: str) -> list[str]:
    """Return the non-empty normalised paragraphs of raw, one per line."""
    lines = _LINE_BREAKS.sub("\n", raw).split("\n")
    return [p for p in (normalise(line) for line in lines if line) if p]


# Dates, shared with metadata.py so that what the cleaner drops as the site's
# date line is exactly what the metadata reader parses.
def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = _alternation(markers.MONTHS)
_WEEKDAY = rf"(?:\b(?P<weekday>{_alternation(markers.WEEKDAYS)})\b\.?\s*,?\s*)?"
ZONE = rf"(?:(?:GMT|UTC)\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?|{_alternation(markers.ZONE_OFFSETS)})(?![A-Za-z])"
_TIME = (
    r"(?:\s*[,|]?\s*(?:pukul\s+|jam\s+|at\s+|-\s+)?"
    r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?![\d])(?::(?P<second>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?)(?![A-Za-z]))?"
    rf"(?:\s*(?P<zone>{ZONE}))?)?"
)
DAY_MONTH_YEAR = re.compile(
    rf"{_WEEKDAY}\b(?P<day>[0-3]?\d)\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b{_TIME}",
    re.IGNORECASE,
)
MONTH_DAY_YEAR = re.compile(
    rf"{_WEEKDAY}\b(?P<month>{_MONTH})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b{_TIME}",
    re.IGNORECASE,
)
NUMERIC_DATE = re.compile(
    rf"{_WEEKDAY}\(?\b(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)\b\)?{_TIME}",
    re.IGNORECASE,
)
ISO_DATE = re.compile(
    r"\b(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\w:])"
)
DATE_PATTERNS = (DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC_DATE, ISO_DATE)
_MAX_DATE_LINE = 120  # a prefix of 40 characters, a weekday, date, time and zone
# A date after an optional prefix; the prefix may also be part of the date
# ("Wednesday, 11 November 2026 | 9:32 p.m."), so the two are matched together.
_DATE_LINES = tuple(
    re.compile(rf"(?:{markers.DATE_LINE_PREFIX})(?:{pattern.pattern})", re.IGNORECASE)
    for pattern in DATE_PATTERNS
)


def is_date_line(paragraph: str) -> bool:
    """Return whether the paragraph is only a (labelled) date, like a site's date line."""
    line = paragraph.rstrip(" .")
    if len(line) > _MAX_DATE_LINE:
        return False
    return any(pattern.fullmatch(line) for pattern in _DATE_LINES)


def _compile(groups: Iterable[dict[str, tuple[str, ...]]], *, ending: bool):
    rules = []
    for group in groups:
        for reason, patterns in group.items():
            for pattern in patterns:
                source = rf"(?:{pattern})\s*$" if ending else pattern
                rules.append((reason, re.compile(source, re.IGNORECASE)))
    return tuple(rules)


@cache
def _rules(outlet: str | None):
    if outlet is None:
        extras = list(markers.OUTLET_MARKERS.values())
    else:
        extras = [markers.OUTLET_MARKERS.get(outlet, {})]
    starts = _compile([markers.COMMON_START_MARKERS, *extras], ending=False)
    endings = _compile([markers.COMMON_ENDING_MARKERS], ending=True)
    return starts, endings


@cache
def _any_start(outlet: str | None) -> re.Pattern:
    """Return one pattern matching where any start marker matches: most paragraphs match none."""
    starts, _ = _rules(outlet)
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in starts), re.IGNORECASE)


_LIST_ITEM = re.compile(markers.LIST_ITEM)
_PHOTO_CREDIT_START = re.compile(
    "|".join(markers.COMMON_START_MARKERS["photo-credit"]), re.IGNORECASE
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_ENDING_WINDOW = 200


def _classify(paragraph: str, starts, endings, any_start=None) -> str:
    if not _WORD.search(paragraph):
        return "empty"
    if len(paragraph) > markers.MAX_BOILERPLATE_CHARS:
        return ""
    if is_date_line(paragraph):
        return "date-line"
    if any_start is None or any_start.match(paragraph):
        for reason, pattern in starts:
            if pattern.match(paragraph):
                return reason
    # A credit ends the paragraph: no need to look further back.
    tail = paragraph[-_ENDING_WINDOW:]
    for reason, pattern in endings:
        if pattern.search(tail):
            return reason
    return ""


def looks_like_headline(paragraph: str) -> bool:
    """Return whether the paragraph reads as a headline: short, one clause, no final stop."""
    words = paragraph.split()
    bare = paragraph.rstrip("\"'”’")
    # 'We stopped…': a headline may open with a quote.
    opening = paragraph.lstrip("\"'“‘")[:1]
    return (
        2 <= len(words) <= 25
        and len(paragraph) <= 200
        and (opening.isupper() or opening.isdigit())
        and bare[-1:] not in {".", ",", ":", ";", "-"}
        and not _SENTENCE_BREAK.search(paragraph)
        and not _LIST_ITEM.match(paragraph)
    )


def _is_heading(paragraph: str, reason: str, starts) -> bool:
    """Return whether a list-reason paragraph is a bare heading ("Berita Trending", "Tag Terkait:")."""
    if reason not in markers.LIST_REASONS:
        return False
    for rule_reason, pattern in starts:
        match = pattern.match(paragraph) if rule_reason == reason else None
        if match and not paragraph[match.end() :].strip(" :"):
            return True
    return False


def _mark_lists(paragraphs: list[str], reasons: list[str], starts) -> None:
    i = 0
    while i < len(paragraphs):
        heading = reasons[i]
        if not _is_heading(paragraphs[i], heading, starts):
            i += 1
            continue
        j = i + 1
        while (
            j < len(paragraphs)
            and not reasons[j]
            and _LIST_ITEM.match(paragraphs[j])
            and len(paragraphs[j]) <= markers.MAX_CAPTION_CHARS
        ):
            reasons[j] = heading
            j += 1
        # A bare "Baca juga" is followed by the linked headline on its own line.
        if (
            heading == "read-also"
            and j == i + 1
            and j < len(paragraphs)
            and not reasons[j]
            and looks_like_headline(paragraphs[j])
        ):
            reasons[j] = heading
            j += 1
        i = j


def _key(text: str) -> str:
    return " ".join(normalise(text).casefold().split()).rstrip(" .")


def _mark_title(paragraphs: list[str], reasons: list[str], title: str | None) -> None:
    if title is not None:
        wanted = _key(title)
        for i, paragraph in enumerate(paragraphs):
            if wanted and not reasons[i] and _key(paragraph) == wanted:
                reasons[i] = "title"
        return
    index = find_title(paragraphs, reasons)
    if index is not None:
        reasons[index] = "title"


def find_title(paragraphs: Sequence[str], reasons: Sequence[str]) -> int | None:
    """Return the index of the headline among paragraphs, or None.

    The headline is the first surviving paragraph when it reads like one, or
    else the surviving paragraph right after the site's date line (Koran
    Jakarta prints date, headline and photo below the article).
    """
    candidates = []
    first = next((i for i, reason in enumerate(reasons) if not reason), None)
    if first is not None:
        candidates.append(first)
    for i, reason in enumerate(reasons[:-1]):
        if reason == "date-line" and not reasons[i + 1]:
            candidates.append(i + 1)
    return next((i for i in candidates if looks_like_headline(paragraphs[i])), None)


# Credits and tools a page prints between its headline and the article: the
# headline (and a standfirst) sit directly above the first of them. A photo
# credit is not one: a photo may follow the lead.
_CREDIT_REASONS = frozenset(
    {"byline", "date-line", "editor-line", furniture.READING_TIME, furniture.SHARE}
)
_MAX_STANDFIRST_WORDS = 40  # longer, it is the article's lead
_TOP = 12  # the credits of the head of the page come within its first paragraphs
# An article's lead opens with its dateline ("BOGOR -", "MANADO, Indonesia (AW) -"),
# which a standfirst never does.
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+(?:,[^-–—]{1,40})?\s[-–—]\s")


_NAME_SEPARATORS = frozenset({"&", "·", "|", "/"})


def _is_name_line(paragraph: str) -> bool:
    """Return whether paragraph is a site's name, section or nav bar, not a headline.

    Capitalised names only, and three at most, or joined by separators, or
    among them an interface word ("Beranda", "Terkini"): a headline in title
    case ("Bupati Tinjau Tanggul Jebol") has more words and none of those.

    >>> _is_name_line("Courts & Crime"), _is_name_line("Liga 1")
    (True, True)
    >>> _is_name_line("Floods cut off two villages")
    False
    """
    words = paragraph.split()
    names = [w for w in words if w not in _NAME_SEPARATORS and not w.isdigit()]
    return (
        1 <= len(names) <= 6
        and all(w[:1].isupper() and w.strip(".&'’-").isalpha() for w in names)
        and (
            len(names) <= 3
            or len(names) < len(words)
            or any(w.casefold() in markers.FURNITURE_WORDS for w in names)
        )
    )


def _two_sentences(paragraphs: list[str], reasons: list[str], start: int) -> bool:
    """Return whether two kept paragraphs from start on read as sentences."""
    found = 0
    for paragraph, reason in zip(paragraphs[start:], reasons[start:], strict=True):
        if not reason and furniture.is_sentence(paragraph):
            found += 1
            if found == 2:
                return True
    return False


def _mark_head(paragraphs: list[str], reasons: list[str], title: str | None) -> bool:
    """Mark the head of the page: headline, standfirst and the site's chrome above them.

    A page prints its credits (byline, date line, reading time, share
    buttons) right under the headline and its standfirst, and nothing of the
    article comes before them. So when the first of those credits is near
    the top and only short lines precede it, the lines directly above it are
    the headline (the given title, when there is one) and at most two lines
    of standfirst; the short lines above the headline (site name, slogan,
    sign-in link) are the site's. Return whether the headline was found so.
    """
    credit = next(
        (i for i, r in enumerate(reasons[:_TOP]) if r in _CREDIT_REASONS), None
    )
    if credit is None:
        return False
    if not _two_sentences(paragraphs, reasons, credit + 1):
        return False
    if title is not None:
        head = next((i for i in range(credit) if reasons[i] == "title"), None)
        if head is None:
            return False
    else:
        run = []
        for i in range(credit - 1, -1, -1):
            if reasons[i]:
                break
            run.insert(0, i)
        run = run[-3:]  # the headline and at most two lines of standfirst
        # Names above a longer line are the site's, not its headline.
        while len(run) >= 2 and (
            _is_name_line(paragraphs[run[0]])
            and len(paragraphs[run[1]].split()) > len(paragraphs[run[0]].split())
        ):
            run = run[1:]
        if not run or not looks_like_headline(paragraphs[run[0]]):
            return False
        head = run[0]
    above = [i for i in range(head) if not reasons[i]]
    if any(furniture.is_sentence(paragraphs[i]) for i in above):
        return False
    reasons[head] = "title"
    for i in above:
        reasons[i] = furniture.SITE_CHROME
    standfirst = [i for i in range(head + 1, credit) if not reasons[i]]
    if len(standfirst) <= 2 and not any(
        _DATELINE.match(paragraphs[i])
        or len(paragraphs[i].split()) > _MAX_STANDFIRST_WORDS
        for i in standfirst
    ):
        for i in standfirst:
            reasons[i] = "standfirst"
    return True


def _mark_captions(paragraphs: list[str], reasons: list[str]) -> None:
    """Mark a caption that sits between other boilerplate and its standalone photo credit.

    A paragraph before a "Foto:" line at the top may be the article's lead,
    so only captions already surrounded by boilerplate are taken.
    """
    for i in range(len(paragraphs) - 1):
        if (
            not reasons[i]
            and reasons[i + 1] == "photo-credit"
            and _PHOTO_CREDIT_START.match(paragraphs[i + 1])
            and i > 0
            and reasons[i - 1]
            and len(paragraphs[i]) <= markers.MAX_CAPTION_CHARS
        ):
            reasons[i] = "photo-caption"


def clean(raw: str, *, title: str | None = None, outlet: str | None = None) -> Cleaned:
    """Split raw into paragraphs and mark the boilerplate among them.

    title, when given, is the known headline; otherwise a headline-like
    paragraph at the top or after the site's date line is taken as it.
    outlet selects the outlet-specific markers (a key of
    markers.OUTLET_MARKERS); by default all of them apply.
    """
    starts, endings = _rules(outlet)
    paragraphs = split_paragraphs(raw)
    any_start = _any_start(outlet)
    reasons = [_classify(p, starts, endings, any_start) for p in paragraphs]
    _mark_lists(paragraphs, reasons, starts)
    # Sites no marker knows: their furniture by its shape, around the headline.
    furniture.mark_interface(paragraphs, reasons, DATE_PATTERNS)
    # The headline is the line above the page's credits, or else found by its shape.
    if title is not None:
        _mark_title(paragraphs, reasons, title)
        _mark_head(paragraphs, reasons, title)
    elif not _mark_head(paragraphs, reasons, None):
        _mark_title(paragraphs, reasons, None)
    _mark_captions(paragraphs, reasons)
    furniture.mark_lists_and_repeats(paragraphs, reasons)
    return Cleaned(
        tuple(
            Block(text=p, kept=not reason, reason=reason)
            for p, reason in zip(paragraphs, reasons, strict=True)
        )
    )


def _included(blocks: Sequence[Block], restored: Iterable[int]):
    restored = set(restored)
    for i, block in enumerate(blocks):
        if block.kept or i in restored:
            yield i, block


def compose_body(blocks: Sequence[Block], *, restored: Iterable[int] = ()) -> str:
    """Body from the kept blocks plus the removed blocks whose index is in `restored` (in original order)."""
    return "\n\n".join(block.text for _, block in _included(blocks, restored))


def block_offsets(
    blocks: Sequence[Block], *, restored: Iterable[int] = ()
) -> dict[int, tuple[int, int]]:
    """Return block index -> (start, end) code-point offsets in compose_body(blocks, restored=...)."""
    offsets = {}
    position = 0
    for i, block in _included(blocks, restored):
        offsets[i] = (position, position + len(block.text))
        position += len(block.text) + 2
    return offsets
