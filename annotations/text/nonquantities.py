"""Tell digits that name rather than count: dates, times, years, references, codes.

Not quantities: four-digit numbers between 1800 and 2100 without a unit
(years), dates ("19/6", "26 April 2024", "June 18", "between March 3 and 9"),
clock times ("20.21 WIB", "pukul 16.30", but "stands at 212" is an amount),
ordinals and references ("ke-3", "2nd", "Pasal 5", "No. 7", "Room 5C"), codes
and models glued to letters or named before ("G20", "COVID-19", "Boeing
737-800"), phone numbers, numbers in links and e-mail addresses, long digit
runs without a unit (article IDs), list numbering at the start of a line, and
a bare number after a name (an age: "Budi (45)", "Maria Lopez, 63,").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from annotations.text.hedges import HEDGES
from annotations.text.numerals import SCALES, Token, blank, is_year
from annotations.text.units import CURRENCY_PREFIXES
from annotations.text.wordclasses import MONTHS, TIME_AFTER, sentence_start

_TIME_BEFORE = {"pukul", "pkl", "jam", "at"}
# "stands at 212", "estimated at 40,000": an amount after "at", not a clock time
_AMOUNT_AT_VERBS = {
    "stands", "stand", "stood", "standing", "put", "estimated", "valued", "priced",
    "pegged", "capped", "fixed", "peaked", "totalled", "totaled", "set", "puts",
    "estimates", "estimate", "estimating", "placed", "places", "pegs", "counted",
}  # fmt: skip
# What such a verb puts at a figure: "put the number at 1,800", "estimated it at".
_AMOUNT_AT_OBJECTS = {
    "the", "their", "its", "his", "her", "that", "final", "total", "official",
    "overall", "own", "number", "figure", "toll", "count", "tally", "it", "them",
    "crowd", "turnout", "damage", "cost", "bill", "losses", "death", "casualty",
    "injury", "attendance",
}  # fmt: skip


def _amount_at(text: str, tokens: list[Token], at: int) -> bool:
    """Return whether the "at" of tokens[at] follows a verb that sets an amount.

    "stands at 212", "put the number at 1,800", "estimated it at 2,400": up to
    three words of what is set stand between the verb and "at".
    """
    k = at - 1
    for _ in range(4):
        if k < 0 or not blank(text[tokens[k].end : tokens[k + 1].start]):
            return False
        if tokens[k].fold in _AMOUNT_AT_VERBS:
            return True
        if tokens[k].fold not in _AMOUNT_AT_OBJECTS:
            return False
        k -= 1
    return False


# A number right after these words names a thing or a place in a sequence.
_STRONG_REFERENCES = {
    "no", "nomor", "nomer", "nr", "pasal", "ayat", "halaman", "hal", "page", "pp",
    "section", "chapter", "article", "bab", "punggung", "jersey", "shirt", "urut",
    "hotline", "telepon", "telp", "tel", "phone", "call", "hubungi", "whatsapp",
    "wa", "sms", "ext", "pin", "kode", "code",
}  # fmt: skip
# A figure written with separators in the hundreds or more: a level, not a label.
_LEVEL_FIGURE_RE = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d{3,}[.,]\d+")
_REFERENCE_BEFORE = {
    "no", "nomor", "nomer", "nr", "pasal", "ayat", "halaman", "hal", "page",
    "pp", "section", "chapter", "article", "bab", "lantai", "floor", "rt", "rw",
    "tahap", "putaran", "babak", "round", "edisi", "episode", "vol", "volume",
    "jilid", "seri", "series", "kamar", "ruang", "room", "gate", "pintu", "blok",
    "block", "kode", "code", "versi", "version", "tipe", "type", "level",
    "kelas", "grade", "peringkat", "rank", "ranked", "urutan", "tanggal", "tgl",
    "tahun", "year", "pekan", "week", "gelombang", "sesi", "session", "tim",
    "team", "game", "match", "laga", "pertandingan", "angka", "skor", "score",
    "nilai", "kategori", "category", "zona", "zone", "jalur", "line", "nomor urut",
    "paragraf", "butir", "poin", "point", "pon", "tol", "gang", "jalan", "jl",
    "street", "road", "avenue", "number", "on",
}  # fmt: skip

# Text that holds digits but no quantity: links, e-mail addresses, phone
# numbers, dates, clock times, ordinals, list numbering.
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# (Each alternative starts with a digit, "(" or "+", which the lookahead tests
# first: one character test per position keeps this fast.)
_NOT_QUANTITY_RE = re.compile(
    r"(?=[\d(+])(?:"
    r"(?<![\w.,])(?:\+\d{1,3}[\s-]?)?\(?0\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}(?!\d)"
    r"|\+\d{1,3}(?:[\s-]?\d{2,4}){2,5}(?!\d)"
    r"|\b\d{1,4}/\d{1,2}(?:/\d{2,4})?\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?"
    r"\s*(?:WIB|WITA|WIT|GMT|UTC|a\.m\.|p\.m\.|am\b|pm\b|waktu\b|pagi\b|siang\b|sore\b|malam\b)"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    rf"|\b\d{{1,2}}\s*(?:[-–—]\s*\d{{1,2}}\s*)?(?:{_MONTH_ALT})\b\.?(?:\s*,?\s*\d{{4}})?"
    r")"
    r"|(?m:^[ \t]*(?:[-•*·–—][ \t]*\d{1,3}(?![\d.,])(?=[ \t]+(?-i:[A-Z\"“]))|\d{1,3}[.)](?=[ \t])))",
    re.IGNORECASE,
)
_DAY_JOIN = r"[ \t\xa0]*(?:and|to|-|–|until|through|dan|hingga|sampai|s\.d\.)[ \t\xa0]*"
_DAY_RANGE_BEFORE_RE = re.compile(
    rf"\b(?:{_MONTH_ALT})\.?[ \t\xa0]+\d{{1,2}}(?:st|nd|rd|th)?{_DAY_JOIN}$",
    re.IGNORECASE,
)
_DAY_RANGE_AFTER_RE = re.compile(
    rf"{_DAY_JOIN}\d{{1,2}}(?:st|nd|rd|th)?[ \t\xa0]+(?:{_MONTH_ALT})\b", re.IGNORECASE
)
_LINK_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")


def masked_spans(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Return the spans of _NOT_QUANTITY_RE that hold a number token.

    The same spans as finditer over the whole text, found by trying the
    pattern only where one can start before a number: at the number, at a
    "(" or "+" right before it, and at its line's start (list numbering).
    """
    spans: list[tuple[int, int]] = []
    last_end = 0
    for token in tokens:
        if token.kind != "num" or token.start < last_end:
            continue
        at = token.start
        line_start = text.rfind("\n", 0, at) + 1
        tries = [at]
        if at and text[at - 1] in "(+":
            tries.insert(0, at - 1)
            if at > 1 and text[at - 2] in "(+":
                tries.insert(0, at - 2)  # "+(0", "(+62"
        if not text[line_start:at].strip(" \t-•*·–—"):
            tries.insert(0, line_start)
        for pos in tries:
            if pos < last_end:
                continue
            m = _NOT_QUANTITY_RE.match(text, pos)
            if m and m.end() > at:
                spans.append(m.span())
                last_end = m.end()
                break
    if "http" in text or "www." in text or "@" in text:
        spans = sorted(spans + [m.span() for m in _LINK_RE.finditer(text)])
    return spans


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect_left(spans, (pos + 1,)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def not_a_quantity(
    text: str,
    tokens: list[Token],
    j: int,
    k: int,
    unit: bool,
    scaled: bool,
    counted: bool = False,
) -> bool:
    """Return True for digits that are a year, a date, a time, a code or a reference."""
    first = tokens[j]
    before = text[first.start - 1] if first.start > 0 else ""
    after = text[first.end] if first.end < len(text) else ""
    if (
        before in ("/", ":", "=", "_", "#")
        or after in (":", "_")
        or (after == "/" and not unit)
    ):
        return True  # but "Rp 10.000/kg" is a price
    if before == "-" and first.start > 1 and text[first.start - 2].isalpha():
        return True  # "COVID-19", "F-16"
    if (
        before == "-"
        and j >= 1
        and tokens[j - 1].kind == "num"
        and tokens[j - 1].end == first.start - 1
        and _a_model_number(text, tokens, j - 1)
    ):
        return True  # "Boeing 737-800", "A320-200": a model, the variant after it
    if before.isalpha() and not unit:
        return True  # "G20", "pada1970"
    if (
        j + 1 < len(tokens)
        and tokens[j + 1].kind == "word"
        and tokens[j + 1].start == first.end
        and not unit
        and tokens[j + 1].fold not in SCALES
    ):
        return True  # "2nd", "19th", "5G"
    digits = first.text
    if (
        not unit
        and not scaled
        and (is_year(digits) or (digits.isdigit() and len(digits) >= 7))
    ):
        return True  # a year or an ID
    if not unit and len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
        return True  # "021", "007"
    if (
        not unit
        and text[first.start - 2 : first.start] == ", "
        and after in (",", ")")
        and j >= 1
        and tokens[j - 1].text[:1].isupper()
    ):
        return True  # "Maria Lopez, 63, a shopkeeper"
    if (
        before == "("
        and after == ")"
        and not unit
        and j >= 1
        and tokens[j - 1].kind == "word"
    ):
        return True  # "Budi (45)"
    if j >= 1 and blank(text[tokens[j - 1].end : first.start], allow="."):
        prev = tokens[j - 1]
        prev_word = prev.fold
        if prev_word in MONTHS or prev_word in _STRONG_REFERENCES:
            return True  # "Nomor 31 Tahun 1999", "Pasal 2"
        if _a_listed_reference(tokens, j):
            return True  # "Pasal 378 dan 372 KUHP": the second article too
        if prev_word in _MARKERS and not unit:
            return True  # "setelah kilometer 25", "at mile 20": a place on a route
        if (
            prev_word in _REFERENCE_BEFORE
            and not unit
            and not (prev_word == "on" and counted)  # "kickbacks on 14 contracts"
            # "ke level 7.112,5": an index level in the thousands, not "level 4"
            and not (prev_word == "level" and _LEVEL_FIGURE_RE.fullmatch(digits))
        ):
            return True
        if (
            prev_word in _TIME_BEFORE
            and not unit
            and not (prev_word == "at" and counted)  # "at 12 knots", not "at 12"
            and not (prev_word == "at" and _amount_at(text, tokens, j - 1))
            # "at 3,500": thousands grouped by commas are no time of day
            and not (
                prev_word == "at"
                and re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits)
            )
        ):
            # "jam 10", but "3 jam 30 menit" is read as 3 hours, 30 minutes, and
            # "the death toll stands at 212" is an amount
            return True
        if (
            not unit
            and prev.kind == "word"
            and prev.text[:1].isupper()
            and prev_word not in HEDGES
            and not sentence_start(text, prev.start)
        ):
            return True  # "Boeing 737", "Apollo 11"
    if k < len(tokens) and blank(text[tokens[k - 1].end : tokens[k].start]):
        following = tokens[k].fold
        if following in TIME_AFTER and not unit:
            return True
        if following in MONTHS and not unit:
            return True
    # "between March 3 and 9", "between 3 and 9 March": days
    return bool(
        not unit
        and len(digits) <= 2
        and (
            _DAY_RANGE_BEFORE_RE.search(text, max(0, first.start - 30), first.start)
            or _DAY_RANGE_AFTER_RE.match(text, tokens[k - 1].end)
        )
    )


# A distance before a bare number marks a place on a route: "kilometer 25".
_MARKERS = {"kilometer", "kilometre", "km", "mile", "kilometers", "kilometres"}
_LIST_JOINS = {"dan", "and", "atau", "or", ","}


def _a_listed_reference(tokens: list[Token], j: int) -> bool:
    """Return True for a number listed after a reference's: "Pasal 378, 372 dan 263"."""
    k = j - 1
    joined = False
    while k >= 1 and tokens[k].fold in _LIST_JOINS and tokens[k - 1].kind == "num":
        joined = True
        k -= 2
    return joined and k >= 0 and tokens[k].fold in _STRONG_REFERENCES


def _a_model_number(text: str, tokens: list[Token], j: int) -> bool:
    """Return True when digits token j name a model: "A320", "Boeing 737"."""
    first = tokens[j]
    if first.start > 0 and text[first.start - 1].isalpha():
        return True  # "A320"
    return (
        j >= 1
        and tokens[j - 1].kind == "word"
        and tokens[j - 1].text[:1].isupper()
        and tokens[j - 1].fold not in HEDGES
        and tokens[j - 1].fold not in CURRENCY_PREFIXES
        and blank(text[tokens[j - 1].end : first.start])
        and not sentence_start(text, tokens[j - 1].start)
    )


def names_before(text: str, tokens: list[Token], j: int) -> bool:
    """Return True when the word before token j names a thing the number labels ("Room 5C")."""
    if j < 1 or not blank(text[tokens[j - 1].end : tokens[j].start]):
        return False
    prev = tokens[j - 1]
    return prev.fold in _REFERENCE_BEFORE or (
        prev.kind == "word"
        and prev.text[:1].isupper()
        and prev.fold not in HEDGES
        and not sentence_start(text, prev.start)
    )
