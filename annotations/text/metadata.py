"""Read an article's title, outlet, date, credits and language from its raw text.

The reader works on clean()'s blocks: the date line, bylines and source lines
that the cleaner removes are exactly where the metadata lives, and the kept
body is only searched when those say nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from annotations.text import furniture, markers
from annotations.text.cleaning import (
    DATE_PATTERNS,
    ISO_DATE,
    NUMERIC_DATE,
    Block,
    Cleaned,
    clean,
)


@dataclass(frozen=True)
class Metadata:
    title: str = ""
    outlet: str = ""  # e.g. "Kompas TV" from "BEIJING, KOMPAS.TV -"
    published_at: datetime | None = None  # timezone-aware
    date_only: bool = False  # True when only the day is known (00:00 local)
    author: str = ""
    editor: str = ""
    wire_source: str = ""  # "Associated Press", "Antara", "AFP", ...
    dateline: str = ""  # city, title-cased: "Beijing"
    language: str = "id"  # "id" or "en"


ID_STOPWORDS = frozenset((
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "tidak",
    "akan", "pada", "dalam", "adalah", "juga", "bahwa", "kata", "oleh", "sebagai",
    "para", "karena", "telah", "tersebut", "atau", "ada", "saat", "kami", "kita",
    "mereka", "sudah", "bisa", "lebih", "seperti", "menurut", "kedua",
))  # fmt: skip
EN_STOPWORDS = frozenset((
    "the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as",
    "by", "it", "said", "are", "be", "at", "from", "has", "have", "this", "which",
    "were", "will", "not", "an", "their", "he", "she", "they", "his", "her", "had",
    "been", "would",
))  # fmt: skip

_AGENCY_NAMES = {
    alias: name for name, aliases in markers.AGENCIES.items() for alias in aliases
}
_AGENCY_FOLDED = frozenset(alias.casefold() for alias in _AGENCY_NAMES)
_AGENCY = "|".join(
    re.escape(alias) for alias in sorted(_AGENCY_NAMES, key=len, reverse=True)
)
_MASTHEAD = "|".join(
    f"(?P<mh{i}>{pattern})"
    for i, pattern in enumerate(p for ps in markers.MASTHEADS.values() for p in ps)
)
_MASTHEAD_NAMES = [
    name for name, patterns in markers.MASTHEADS.items() for _ in patterns
]
_MASTHEAD_RE = re.compile(rf"(?i:{_MASTHEAD})")

_CITY = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_CITY_CAPS = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}"
_DASH = r"\s*(?:-{1,2}|–|—)\s+"
_DATELINES = (
    re.compile(rf"(?P<masthead>(?i:{_MASTHEAD}))\s*,\s*(?P<city>{_CITY}){_DASH}"),
    re.compile(rf"(?P<city>{_CITY})\s*,\s*(?P<masthead>(?i:{_MASTHEAD})){_DASH}"),
    re.compile(rf"(?P<city>{_CITY})\s*\((?P<paren>[^()]{{2,40}})\){_DASH}"),
    re.compile(rf"(?P<city>{_CITY_CAPS}){_DASH}"),
)

_LABEL_END = r"(?=\s*(?:penulis|reporter|pewarta|wartawan|editor|redaktur|penyunting|fotografer|sumber|source)\s*:|\s*\||$)"
_AUTHOR = re.compile(
    rf"(?:penulis|reporter|pewarta|wartawan|kontributor|writer|author)\s*:\s*(?P<name>.+?){_LABEL_END}",
    re.IGNORECASE,
)
_BY = re.compile(
    r"(?i:by|written\s+by)\s+(?P<name>[^,|]+?)\s*(?:[,|]\s*(?P<rest>.+))?$"
)
# Bylines without a "Label:" ("Oleh Yosef Watu", "Words by Ana Pell / Photos by…",
# "(Reporting by Ana Pell in Dili; editing by…)", "Mara Quist, Courts Reporter"):
# the name runs to the next separator, less a wire credit's " in City".
_BYLINE = re.compile(
    r"\(?\s*(?:(?:ditulis\s+)?oleh|penulis|laporan|words\s+by|(?:additional\s+)?reporting\s+by)"
    r"\s*:?\s*(?P<name>[^;|/()]+?)(?:\s+(?-i:in)\s+(?-i:[A-Z])[^;|/()]*)?\s*(?:[;|/()]|$)"
    r"|(?P<signed>(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}),\s*[\w&' ]*"
    r"(?:reporter|correspondent|writer|editor)$",
    re.IGNORECASE,
)
_EDITOR = re.compile(
    rf"(?:(?:editor|redaktur|penyunting)\s*:|edited\s+by)\s*(?P<name>.+?){_LABEL_END}",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"(?:sumber|source)\s*:\s*(?P<name>.+)$", re.IGNORECASE)
_WIRE_PHRASES = (
    re.compile(
        r"(?i:dilansir(?:\s+dari)?|melansir|mengutip|dikutip\s+dari|dikutip|"
        r"menurut\s+laporan|diberitakan|according\s+to|reported\s+by)"
        rf"\s+(?:(?i:kantor\s+berita|news\s+agency|the)\s+)?(?P<agency>{_AGENCY})\b"
    ),
    re.compile(rf"\((?P<agency>{_AGENCY})\)\s*(?:-{{1,2}}|–|—)"),
    re.compile(rf"\b(?P<agency>{_AGENCY})\s+(?:reported|reports|said)\b"),
)
# Every _WIRE_PHRASES match names an agency; most bodies name none.
_ANY_AGENCY = re.compile(_AGENCY)
_CREDIT_REASONS = frozenset(
    {"byline", "editor-line", "photo-credit", "source-line", "date-line"}
)
_TOKEN = re.compile(r"[a-z]+")


def detect_language(text: str) -> str:
    """Return "en" when English stop words outnumber Indonesian ones, else "id"."""
    tokens = _TOKEN.findall(text.lower())
    english = sum(token in EN_STOPWORDS for token in tokens)
    indonesian = sum(token in ID_STOPWORDS for token in tokens)
    return "en" if english > indonesian else "id"


def _zone(name: str | None, default_tz: str):
    if not name:
        return ZoneInfo(default_tz)
    name = re.sub(r"\s+", "", name).upper()
    if name in markers.ZONE_OFFSETS:
        return timezone(timedelta(hours=markers.ZONE_OFFSETS[name]))
    sign = -1 if "-" in name else 1
    hours, _, minutes = name[3:].lstrip("+-").partition(":")
    if not minutes and len(hours) > 2:
        hours, minutes = hours[:-2], hours[-2:]
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(sign * offset)


def _month(name: str) -> int | None:
    """Return the month a matched name or number stands for.

    The date patterns match case-insensitively, and Unicode case folding lets
    look-alikes through ("DEſEMBER", "OKT" with a Kelvin sign): those fold back
    to a known name or are no month at all.
    """
    if name.isdigit():
        return int(name)
    return markers.MONTHS.get(
        name.lower(), markers.MONTHS.get(unicodedata.normalize("NFKC", name).casefold())
    )


def _from_match(match: re.Match, default_tz: str) -> tuple[datetime, bool] | None:
    """Return the match as (aware datetime, date_only), or None when no such moment exists.

    A date that only looks like one ("2024-02-30", "31/4/2023", "25:00 GMT+99")
    is not a date: it is skipped, never an error.
    """
    groups = match.groupdict()
    if groups.get("iso"):
        try:
            dt = datetime.fromisoformat(groups["iso"])
        except ValueError:
            return None
        date_only = len(groups["iso"]) == 10
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=ZoneInfo(default_tz))
        return dt, date_only
    month = _month(groups["month"])
    if month is None:
        return None
    hour = minute = second = 0
    if groups["hour"] is not None:
        hour, minute = int(groups["hour"]), int(groups["minute"])
        second = int(groups["second"] or 0)
        ampm = (groups["ampm"] or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    try:
        dt = datetime(
            int(groups["year"]),
            month,
            int(groups["day"]),
            hour,
            minute,
            second,
            tzinfo=_zone(groups["zone"], default_tz),
        )
    except ValueError:
        return None
    return dt, groups["hour"] is None


def _candidates(text: str, default_tz: str):
    """Yield (rank, position, datetime, date_only) for each date in text.

    A date with a time ranks highest, then a numeric "(19/6/2023)", then a
    written date without a time.
    """
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            parsed = _from_match(match, default_tz)
            if parsed is None:
                continue
            dt, date_only = parsed
            if not date_only:
                rank = 3
            elif pattern in (NUMERIC_DATE, ISO_DATE):
                rank = 2
            else:
                rank = 1
            yield rank, match.start(), dt, date_only


def _best(texts: Iterable[str], default_tz: str) -> tuple[datetime, bool] | None:
    best = None
    for order, text in enumerate(texts):
        for rank, position, dt, date_only in _candidates(text, default_tz):
            key = (-rank, order, position)
            if best is None or key < best[0]:
                best = (key, dt, date_only)
    return None if best is None else (best[1], best[2])


def parse_published(
    text: str, *, default_tz: str = "Asia/Jakarta"
) -> tuple[datetime, bool] | None:
    """Return the most precise date in text as (aware datetime, date_only), or None.

    WIB, WITA and WIT are +07:00, +08:00 and +09:00; a time without a zone,
    or a bare day, is read in default_tz. Dates without a year ("Minggu
    (18/6)") are ignored.

    >>> parse_published("Senin, 19 Jun 2023, 15:22 WIB")[0].isoformat()
    '2023-06-19T15:22:00+07:00'
    """
    return _best([text], default_tz)


def _published(blocks: tuple[Block, ...], default_tz: str):
    by_reason = (
        [b.text for b in blocks if b.reason == "date-line"],
        [b.text for b in blocks if b.reason in _CREDIT_REASONS - {"photo-credit"}],
        # Furniture lines (a reading time beside the date) still say when.
        [b.text for b in blocks if b.kept or b.reason in furniture.REASONS],
    )
    for texts in by_reason:
        found = _best(texts, default_tz)
        if found:
            return found
    return None


def _agency(name: str) -> str:
    """Return the canonical agency that name is, or names first ("Antara/Reuters")."""
    exact = {alias.casefold(): agency for alias, agency in _AGENCY_NAMES.items()}
    if name.casefold() in exact:
        return exact[name.casefold()]
    match = re.search(rf"\b(?:{_AGENCY})\b", name)
    return _AGENCY_NAMES[match.group()] if match else ""


def _tidy(name: str) -> str:
    return name.strip(" .,;:-|")


def _credits(removed: list[Block]) -> tuple[str, str, str]:
    """Return (author, editor, agency named as author) from the credit blocks."""
    author = editor = agency = ""
    for block in removed:
        if block.reason not in _CREDIT_REASONS:
            continue
        text = block.text
        names = []
        if match := _AUTHOR.search(text):
            names = [_tidy(match["name"])]
        elif block.reason == "byline" and (match := _BY.match(text)):
            names = [_tidy(match["name"]), _tidy(match["rest"] or "")]
        elif block.reason == "byline" and (match := _BYLINE.match(text)):
            names = [_tidy(match["name"] or match["signed"])]
        for name in filter(None, names):
            if name.casefold() in _AGENCY_FOLDED:
                agency = agency or _agency(name)
            else:
                author = author or name
        if (match := _EDITOR.search(text)) and not editor:
            editor = _tidy(match["name"])
    return author, editor, agency


def _source_line(removed: list[Block]) -> str:
    for block in removed:
        if block.reason == "source-line" and (match := _SOURCE.match(block.text)):
            name = _tidy(match["name"])
            return _agency(name) or name
    return ""


def _wire_in_text(text: str) -> str:
    if not _ANY_AGENCY.search(text):
        return ""
    found = []
    for pattern in _WIRE_PHRASES:
        if match := pattern.search(text):
            found.append((match.start(), _AGENCY_NAMES[match["agency"]]))
    return min(found)[1] if found else ""


def _masthead(text: str) -> str:
    match = _MASTHEAD_RE.fullmatch(text.strip())
    if not match:
        return ""
    index = next(i for i, value in enumerate(match.groups()) if value is not None)
    return _MASTHEAD_NAMES[index]


def _dateline(kept: list[Block]) -> tuple[str, str, str]:
    """Return (city, outlet, agency) from the dateline opening the article."""
    for block in kept[:2]:
        for pattern in _DATELINES:
            match = pattern.match(block.text)
            if not match:
                continue
            city = match["city"]
            outlet = _masthead(match.groupdict().get("masthead") or "")
            paren = match.groupdict().get("paren")
            agency = ""
            if paren is not None:
                agency = _agency(paren) if paren.casefold() in _AGENCY_FOLDED else ""
                outlet = outlet or _masthead(paren)
                if not (agency or outlet):
                    continue
            if _masthead(city):
                return "", _masthead(city), agency
            if city.isupper():
                city = " ".join(word.capitalize() for word in city.split())
            return city, outlet, agency
    return "", "", ""


def _outlet_in(removed: list[Block]) -> str:
    for block in removed:
        if block.reason in _CREDIT_REASONS | {"masthead"}:
            for match in _MASTHEAD_RE.finditer(block.text):
                return _masthead(match.group())
    return ""


# "JAKARTA, SUARAMERDEKA.COM -" or "suaramerdeka.com, Jakarta -": an outlet no
# masthead was written for, named by its domain in the dateline.
_DOMAIN = r"(?:[a-z0-9-]+\.)+(?:com|co|id|tv|net|org|news|info)(?:\.[a-z]{2})?"
_DOMAIN_DATELINES = (
    re.compile(rf"(?P<city>{_CITY})\s*,\s*(?P<domain>(?i:{_DOMAIN})){_DASH}"),
    re.compile(rf"(?P<domain>(?i:{_DOMAIN}))\s*,\s*(?P<city>{_CITY}){_DASH}"),
)
_URL = re.compile(
    r"https?://(?P<host>[A-Za-z0-9.-]+\.[A-Za-z]{2,})(?::\d+)?(?:[/?#]\S*)?"
)
_CANONICAL = re.compile(
    r"(?i:<link[^>]+rel=[\"']?canonical[^>]*href=[\"']?|"
    r"<meta[^>]+property=[\"']?og:url[^>]*content=[\"']?|"
    r"^\s*(?:canonical|url|link|sumber\s+url)\s*:\s*)(?P<url>https?://\S+)",
    re.MULTILINE,
)
_SIGNATURES = [
    (name, [re.compile(rf"(?i:{pattern})\s*") for pattern in lines])
    for name, signatures in markers.OUTLET_SIGNATURES.items()
    for lines in signatures
]


def outlet_from_url(url: str) -> str:
    """Return the outlet a page address belongs to: a known masthead, else its host.

    >>> outlet_from_url("https://news.detik.com/berita/d-1/x")
    'detik'
    >>> outlet_from_url("https://www.suaramerdeka.com/a")
    'suaramerdeka.com'
    """
    match = _URL.match(url.strip())
    if not match:
        return ""
    host = match["host"].lower().rstrip(".")
    for found in _MASTHEAD_RE.finditer(host):
        if name := _masthead(found.group()):
            return name
    return host.removeprefix("www.").removeprefix("m.")


def _outlet_in_url(raw: str) -> str:
    """Return the outlet of the canonical address raw states, or of a line that is only a URL."""
    if match := _CANONICAL.search(raw):
        return outlet_from_url(match["url"])
    for line in raw.splitlines()[:5] + raw.splitlines()[-5:]:
        if _URL.fullmatch(line.strip()):
            return outlet_from_url(line.strip())
    return ""


def _domain_dateline(kept: list[Block]) -> tuple[str, str]:
    """Return (city, outlet) from a dateline naming the outlet by its domain."""
    for block in kept[:2]:
        for pattern in _DOMAIN_DATELINES:
            if match := pattern.match(block.text):
                city = match["city"]
                if city.isupper():
                    city = " ".join(word.capitalize() for word in city.split())
                return city, outlet_from_url("https://" + match["domain"])
    return "", ""


def _signature(removed: list[Block]) -> str:
    """Return the known outlet whose page furniture (OUTLET_SIGNATURES) raw carries."""
    lines = [block.text.strip() for block in removed]
    for name, patterns in _SIGNATURES:
        if all(any(p.fullmatch(line) for line in lines) for p in patterns):
            return name
    return ""


def detect_outlet(raw: str, *, cleaned: Cleaned | None = None, url: str = "") -> str:
    """Return the outlet raw comes from, or "" when nothing in it says.

    In order: a masthead in the dateline ("JAKARTA, KOMPAS.TV -") or a
    domain there ("CITY, name.com -"), a masthead or credit line, the
    page's address (url, a canonical link, a bare URL line), the furniture
    only one known outlet prints, and last the wire agency credited with
    the whole text.
    """
    return extract_metadata(raw, cleaned=cleaned, url=url).outlet


def extract_metadata(
    raw: str,
    *,
    default_tz: str = "Asia/Jakarta",
    cleaned: Cleaned | None = None,
    url: str = "",
) -> Metadata:
    """Return what raw says about itself; fields it does not state stay empty.

    cleaned, when given, must be clean(raw) (no title, no outlet): a caller
    that has already cleaned raw saves cleaning it again. url, when given,
    is the page raw comes from: its domain names the outlet when the text
    does not (see detect_outlet for the order).
    """
    if cleaned is None:
        cleaned = clean(raw)
    kept = [b for b in cleaned.blocks if b.kept]
    removed = list(cleaned.removed)
    published = _published(cleaned.blocks, default_tz)
    author, editor, credited_agency = _credits(removed)
    dateline, outlet, dateline_agency = _dateline(kept)
    if not (dateline or outlet):
        dateline, outlet = _domain_dateline(kept)
    body = cleaned.body
    return Metadata(
        title=cleaned.title,
        outlet=outlet
        or _outlet_in(removed)
        or outlet_from_url(url)
        or _outlet_in_url(raw)
        or _signature(removed)
        # Last, the agency credited with the whole text ("JAKARTA (ANTARA) -",
        # "Penulis: Antara"), never one the body merely quotes.
        or dateline_agency
        or credited_agency,
        published_at=published[0] if published else None,
        date_only=published[1] if published else False,
        author=author,
        editor=editor,
        wire_source=_source_line(removed)
        or credited_agency
        or dateline_agency
        or _wire_in_text(body),
        dateline=dateline,
        language=detect_language(body or raw),
    )


# Words that end in a full stop without ending the sentence: titles, street and
# number abbreviations, Latin and Indonesian short forms. Initials (one letter) too.
_ABBREVIATIONS = frozenset(
    [
        "dr",
        "drs",
        "prof",
        "ir",
        "h",
        "hj",
        "kh",
        "jl",
        "jln",
        "no",
        "st",
        "tn",
        "ny",
        "sdr",
        "sdri",
        "bpk",
        "mr",
        "mrs",
        "ms",
        "gen",
        "jend",
        "kol",
        "letjen",
        "mayjen",
        "brigjen",
        "kapt",
        "pt",
        "tbk",
        "dll",
        "dsb",
        "dkk",
        "vs",
        "etc",
    ]
)
# A sentence ends at . ! or ? (after any closing quote) followed by a space.
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?(?=\s)")
_WORD_BEFORE = re.compile(r"(\w+)$")


def first_sentence(text: str) -> str:
    """Return the first sentence of the first non-empty line of `text`.

    A full stop after an initial ("J.") or a known abbreviation ("Dr.", "Jl.")
    does not end it.

    >>> first_sentence("Menlu AS Antony J. Blinken tiba. Ia disambut.")
    'Menlu AS Antony J. Blinken tiba.'
    """
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    for match in _SENTENCE_END.finditer(line):
        word = _WORD_BEFORE.search(line[: match.start()])
        if match.group().startswith(".") and word:
            before = word.group(1)
            if len(before) == 1 or before.casefold() in _ABBREVIATIONS:
                continue
        return line[: match.end()].strip()
    return line


def title_from_body(body: str, limit: int) -> str:
    """Return a title for an article without a headline, or "" when there is none to take.

    The rule: the body's first sentence (first_sentence), without its final full
    stop. When it is longer than `limit` characters it is cut at the last space
    before the limit and ends in "…", so the ellipsis always says "cut here, at a
    word". A sentence with no space before the limit cannot be cut at a word: ""
    then, so the caller marks the article untitled for an editor to name.

    >>> title_from_body("Sari bertemu Tan. Mereka berbicara lama.", 90)
    'Sari bertemu Tan'
    >>> title_from_body("Sari bertemu Tan di Bogor pada Senin pagi.", 20)
    'Sari bertemu Tan di…'
    """
    sentence = " ".join(first_sentence(body).split())
    if sentence.endswith(".") and not sentence.endswith(".."):
        sentence = sentence[:-1].rstrip()
    if len(sentence) <= limit:
        return sentence
    head = sentence[: limit + 1]
    if " " not in head.strip():
        return ""
    cut = head.rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return f"{cut}…" if cut else ""
