"""Recognise a page's furniture by its shape, on sites no marker was written for.

markers.py knows the wording of the outlets it was written for. Another
site's share buttons, photo viewer, app promotion, reading time, page links,
breadcrumbs and section labels are found by what they look like instead: a
short line with no sentence in it (no final stop, few words) that is made of
interface words, counters and symbols ("Bagikan", "Lihat Foto", "1 / 12",
"4 min read", "Halaman 1 2 3 Selanjutnya", "Beranda › Regional"), a
capitalised label, a run of linked headlines or the headlines under a bare
list heading ("RELATED"), or a short line the page repeats.

It is deliberately timid: it only looks inside an article that has
sentences, and never takes a line that ends like a sentence, holds a
quotation or runs long. Losing a sentence is worse than keeping a label.
The one exception is the site's notices (is_notice): a short line opening
with a call to action that points at the site's own channels ("Sign up for
our newsletter.", "Simak berita pilihan di kanal WhatsApp kami"), or a tip
line ending in an email address; they are recorded as NOTICE, not REASONS.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from annotations.text import markers

# Reasons recorded by this module (the source page explains each one).
PHOTO_VIEWER = "photo-viewer"
APP_PROMO = "app-promo"
READING_TIME = "reading-time"
PAGINATION = "pagination"
SECTION_LABEL = "section-label"
SITE_CHROME = "site-chrome"
SHARE = "share-prompt"
RELATED = "read-also"
DATE_LINE = "date-line"
# A notice or promotion of the site, which may end like a sentence ("Sign up
# for our newsletter.", "Have a news tip? Email …"): not in REASONS.
NOTICE = "site-notice"
REASONS = frozenset(
    {PHOTO_VIEWER, APP_PROMO, READING_TIME, PAGINATION, SECTION_LABEL, SITE_CHROME}
)

MAX_WORDS = 12  # a line with more words is never furniture
MAX_CHARS = 120

_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*|\d+(?:[.,:]\d+)*", re.UNICODE)
# A sentence ends with a stop, perhaps inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’)\]»]+)?$")
_QUOTE = re.compile(r"[\"“”„«»]")
_GUILLEMET_SEPARATOR = re.compile(r"\s[«»]\s")  # "Beranda » Regional": no quote
_COUNTER = re.compile(
    r"\(?\s*\d{1,3}\s*(?:/|dari|of|von|de)\s*\d{1,3}\s*\)?", re.IGNORECASE
)
# A media player's clock ("00:00 / 03:51") and the font-size buttons ("A- A+").
_PLAYER_CLOCK = re.compile(
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}"
)
_FONT_SIZE = re.compile(r"A\s*[-+−]\s*A\s*[-+]")
_SEPARATORS = re.compile(r"\s*(?:[›»>|·•/]|\s-\s)\s*")
_DOMAIN = re.compile(r"(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?", re.I)
_BULLET = re.compile(r"^(?:[•›→»▸►▶◦‣]|-\s)\s*")
_DASH_END = re.compile(r"[-–—]\s*$")
_REFERENCE = re.compile(r"\d\s*/|/\s*\d")
_TAG_WORDS = frozenset(
    {"tag", "tags", "topik", "topics", "label", "labels", "keywords"}
)


# The words of a bare heading over links to other articles ("RELATED",
# "Related coverage", "More rugby", "Read more:", "Artikel lainnya").
_LIST_HEADING_WORDS = frozenset(
    {"related", "terkait", "more", "lainnya", "read", "baca", "popular", "populer"}
    | {"terpopuler", "trending", "latest", "terbaru", "terkini"}
)
# Reasons of the headings and items of such lists.
_LIST_REASONS = frozenset(
    {RELATED, "trending-list", "latest-list", SECTION_LABEL, SITE_CHROME}
)


# Calls to action, when they open a clause, and what they point at: the
# site's own channels. A subscription needs no channel ("Subscribe from Rp 49,000").
# Only verbs that are no nouns opening a sentence ("Support for the plan…",
# "Follow-up checks…" are not calls).
_CALL = re.compile(
    r"(?:^|[.:;!?,–—|]\s+)(?P<verb>sign\s+up|subscribe|follow|join|download|email"
    r"|simak|ikuti|gabung|bergabung|unduh|berlangganan|langganan)\b(?![-’'])",
    re.IGNORECASE,
)
_SUBSCRIBE = frozenset({"subscribe", "berlangganan", "langganan"})
_CHANNEL = re.compile(
    r"\b(?:our|kami|newsletters?|briefing|alerts|apps?|aplikasi|channel|kanal|whatsapp"
    r"|telegram|instagram|youtube|facebook|tiktok|podcast|google\s+news|play\s+store"
    r"|app\s+store)\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MAX_NOTICE_WORDS = 25
_MAX_NOTICE_CHARS = 200


def _words(line: str) -> list[str]:
    return _WORD.findall(line.casefold())


def is_sentence(line: str) -> bool:
    """Return whether line reads as (part of) running text, which furniture never is.

    >>> is_sentence("Kapal tiba pukul 10.00.")
    True
    >>> is_sentence("Lihat Foto")
    False
    """
    stripped = line.strip()
    return bool(
        len(stripped) > MAX_CHARS
        or _SENTENCE_END.search(stripped)
        or len(_QUOTE.findall(_GUILLEMET_SEPARATOR.sub(" ", stripped))) >= 2
        or len(_words(stripped)) > MAX_WORDS
    )


def _vocabulary(words: list[str]) -> Counter[str] | None:
    """Count the interface words of each kind in words; None when a content word is among them.

    Numbers, single letters (icons such as "f" and "x") and small function
    words are neutral.
    """
    kinds: Counter[str] = Counter()
    content = 0
    for word in words:
        kind = markers.FURNITURE_WORDS.get(word)
        if kind:
            kinds[kind] += 1
        elif word[0].isdigit() or len(word) == 1 or word in markers.FURNITURE_NEUTRAL:
            continue
        else:
            content += 1
    if content > max(1, sum(kinds.values()) // 2) or not kinds:
        return None
    return kinds


def _interface_kind(line: str, words: list[str]) -> str:
    """Return the reason for a line of interface words, or "".

    >>> _interface_kind("Baca di aplikasi", ["baca", "di", "aplikasi"])
    'app-promo'
    """
    if _COUNTER.fullmatch(line.strip()) or _PLAYER_CLOCK.fullmatch(line.strip()):
        return PHOTO_VIEWER
    if _FONT_SIZE.fullmatch(line.strip()):
        return SITE_CHROME
    kinds = _vocabulary(words)
    if kinds is None:
        return ""
    numbers = sum(word[0].isdigit() for word in words)
    if kinds["time"] and kinds["read"] and numbers:
        return READING_TIME
    if kinds["page"] and (numbers >= 2 or len(words) == kinds["page"] + numbers):
        return PAGINATION
    for kind, reason in (
        ("app", APP_PROMO),
        ("photo", PHOTO_VIEWER),
        ("share", SHARE),
        ("page", PAGINATION),
    ):
        if kinds[kind]:
            return reason
    return SITE_CHROME


def _is_breadcrumb(line: str) -> bool:
    """Return whether line is short labels joined by separators ("Beranda › Regional › Jawa Barat")."""
    parts = [p for p in _SEPARATORS.split(line.strip()) if p]
    if len(parts) < 2 or not _SEPARATORS.search(line):
        return False
    if _REFERENCE.search(line):  # "87/Pid.Sus-TPK/2024": a case or file number
        return False
    return all(
        len(_words(part)) <= 3 and not _SENTENCE_END.search(part) for part in parts
    )


def _is_label(line: str) -> bool:
    """Return whether line is a capitalised label ("PILIHAN REDAKSI", "RELATED", "METROPAGI.ID")."""
    words = _words(line)
    letters = [c for c in line if c.isalpha()]
    return (
        1 <= len(words) <= 4
        and len(letters) >= 3
        and all(c.isupper() for c in letters)
        and not any(word.isdigit() for word in words)
        and not _DASH_END.search(line)
    )


def _is_headline(line: str) -> bool:
    """Return whether line reads like a linked headline: four words or more, capitalised, no stop."""
    text = _BULLET.sub("", line.strip())
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4 or ":" in text[:-1] and not _BULLET.match(line):
        return False
    content = [w for w in words if w.casefold() not in markers.FURNITURE_NEUTRAL]
    capitals = sum(w[0].isupper() for w in content)
    return capitals >= 0.7 * len(content)


def _has_date(line: str, date_patterns: Sequence[re.Pattern]) -> bool:
    return any(pattern.search(line) for pattern in date_patterns)


def _has_sentences(paragraphs: Sequence[str], reasons: list[str]) -> bool:
    return (
        sum(
            1
            for p, r in zip(paragraphs, reasons, strict=True)
            if not r and is_sentence(p)
        )
        >= 2
    )


def mark_interface(
    paragraphs: Sequence[str],
    reasons: list[str],
    date_patterns: Sequence[re.Pattern] = (),
) -> None:
    """Record a reason in reasons for each paragraph that is a line of the page's interface.

    Only paragraphs without a reason yet are considered, and only when the
    article has at least two paragraphs of sentences. date_patterns find
    dates: a short line holding one is the site's date line (often with a
    reading time or a byline around it), so the metadata reader still sees
    it. The site's notices and promotions (is_notice) are recorded too. Run
    before the headline is looked for, so that a section label above it is
    out of the way.
    """
    if not _has_sentences(paragraphs, reasons):
        return
    open_ = [i for i, reason in enumerate(reasons) if not reason]
    for i in open_:
        line = paragraphs[i]
        if is_sentence(line):
            if is_notice(line):
                reasons[i] = NOTICE
        elif date_patterns and _has_date(line, date_patterns):
            reasons[i] = DATE_LINE
        elif kind := _interface_kind(line, _words(line)):
            reasons[i] = kind
        elif _is_breadcrumb(line) or _DOMAIN.fullmatch(line.strip()) or _is_label(line):
            reasons[i] = SECTION_LABEL
        elif is_notice(line):
            reasons[i] = NOTICE
    first_sentence = next(i for i in open_ if is_sentence(paragraphs[i]))
    _mark_label_above_headline(paragraphs, reasons, first_sentence)


def is_notice(line: str) -> bool:
    """Return whether line is the site talking to its readers: a promotion or a tip line.

    >>> is_notice("Sign up for our weekly climate newsletter")
    True
    >>> is_notice("Follow the signs to the shelter, police told residents.")
    False
    """
    if len(line) > _MAX_NOTICE_CHARS or _QUOTE.search(line):
        return False
    if "@" in line and (email := _EMAIL.search(line)):
        # "Have a news tip? Email desk@…", "Have your say: email letters@…"
        return len(_words(line)) <= 15 and bool(
            re.search(r"[?:]", line[: email.start()])
        )
    for call in _CALL.finditer(line):
        verb = call["verb"].casefold()
        if verb in _SUBSCRIBE or _CHANNEL.search(line) or _DOMAIN.search(line):
            return len(_words(line)) <= _MAX_NOTICE_WORDS
    return False


def mark_lists_and_repeats(paragraphs: Sequence[str], reasons: list[str]) -> None:
    """Record the runs of linked headlines and the short lines the page repeats.

    Run once the headline is known (its reason is "title"), so it is never
    taken for a link or for chrome.
    """
    if not _has_sentences(paragraphs, reasons):
        return
    _mark_lists_under_headings(paragraphs, reasons)
    _mark_linked_headlines(paragraphs, reasons)
    _mark_tags(paragraphs, reasons)
    title = {
        p.casefold() for p, r in zip(paragraphs, reasons, strict=True) if r == "title"
    }
    counts = Counter(p.casefold() for p in paragraphs)
    for i, line in enumerate(paragraphs):
        if (
            not reasons[i]
            and counts[line.casefold()] >= 2
            and line.casefold() not in title
            and len(_words(line)) <= 6
            and not is_sentence(line)
        ):
            reasons[i] = SITE_CHROME


def _mark_label_above_headline(
    paragraphs: Sequence[str], reasons: list[str], first_sentence: int
) -> None:
    """Mark a short label right above the headline at the top ("Lingkungan", "Southeast Asia")."""
    top = [i for i in range(first_sentence) if not reasons[i]]
    if len(top) < 2:
        return
    label, headline = paragraphs[top[0]], paragraphs[top[1]]
    words = _words(label)
    if (
        1 <= len(words) <= 3
        and label[:1].isupper()
        and not any(word.isdigit() for word in words)
        and not _DASH_END.search(label)
        and len(_words(headline)) >= 4
        and not is_sentence(headline)
    ):
        reasons[top[0]] = SECTION_LABEL


def _mark_tags(paragraphs: Sequence[str], reasons: list[str]) -> None:
    """Mark the short lines under a bare "Tags" heading, one tag each ("Garut", "BPBD Jawa Barat")."""
    for i in range(1, len(paragraphs)):
        heading = paragraphs[i - 1]
        if (
            not reasons[i]
            and reasons[i - 1]
            and (reasons[i - 1] == "tag-list" or set(_words(heading)) & _TAG_WORDS)
            and len(_words(heading)) <= 3
            and len(_words(paragraphs[i])) <= 4
            and not is_sentence(paragraphs[i])
        ):
            reasons[i] = "tag-list"


def _is_list_heading(line: str, reason: str) -> bool:
    """Return whether a removed line is a bare heading over links ("RELATED", "More rugby")."""
    words = _words(line)
    return (
        reason in _LIST_REASONS
        and 1 <= len(words) <= 4
        and not _SENTENCE_END.search(line)
        and not _LIST_HEADING_WORDS.isdisjoint(words)
    )


def _is_link(line: str) -> bool:
    """Return whether line reads like a linked headline in any case: three words or more, no stop."""
    text = _BULLET.sub("", line.strip()).lstrip("'\"‘“")
    return (
        len(_words(text)) >= 3
        and (text[:1].isupper() or text[:1].isdigit())
        and not is_sentence(line)
    )


def _mark_lists_under_headings(paragraphs: Sequence[str], reasons: list[str]) -> None:
    """Mark the headlines listed under a bare list heading, whatever their case.

    "Pendleton airport adds two daily flights" under "RELATED" is a link, while
    the same line under a paragraph of the article could be a subheading.
    """
    for i, line in enumerate(paragraphs):
        if reasons[i] not in _LIST_REASONS or not _is_list_heading(line, reasons[i]):
            continue
        j = i + 1
        while j < len(paragraphs) and reasons[j] == RELATED:
            j += 1
        while j < len(paragraphs) and not reasons[j] and _is_link(paragraphs[j]):
            reasons[j] = RELATED
            j += 1


def _mark_linked_headlines(paragraphs: Sequence[str], reasons: list[str]) -> None:
    """Mark runs of two or more headline-like lines, and those right after furniture headings.

    A lone capitalised line between sentences may be the article's own
    subheading and stays; links to other articles come in lists, often
    under a label ("RELATED", "Read more").
    """
    i = 0
    while i < len(paragraphs):
        if reasons[i] or not _is_headline(paragraphs[i]) or is_sentence(paragraphs[i]):
            i += 1
            continue
        j = i
        while (
            j < len(paragraphs)
            and not reasons[j]
            and _is_headline(paragraphs[j])
            and not is_sentence(paragraphs[j])
        ):
            j += 1
        after_heading = i > 0 and reasons[i - 1] in (
            SECTION_LABEL,
            SITE_CHROME,
            RELATED,
        )
        bulleted = all(_BULLET.match(paragraphs[k]) for k in range(i, j))
        if j - i >= 2 or after_heading or bulleted:
            for k in range(i, j):
                reasons[k] = RELATED
        i = j
