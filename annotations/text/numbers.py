"""Find quantities (a number with its unit) in Indonesian and English text.

Used to prefill a claim's value from the words an editor selected.

Digit separators are decided by pattern, because a sentence rarely says
which language it is in:

- both "." and "," present: the last one is the decimal mark
  ("1.234,5" and "1,234.5" are both 1234.5);
- the same separator repeated: thousands ("1.000.000", "1,000,000");
- a single separator followed by exactly three digits, after one to three
  non-zero-led digits: thousands ("1.000" and "1,000" are both 1000), because
  three decimal places are rare in news while grouped thousands are common
  in both languages;
- any other single separator: decimal ("7,5", "7.5", "0,125").

Four-digit numbers between 1800 and 2100 without a unit are years, and
numbers touching "/" or ":", followed by a month name or a time zone, or
preceded by "pukul", are dates and times; none of them is a quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    unit: str  # canonical English unit, "" when none
    approximate: bool
    start: int  # code-point span of the phrase, from any approximation marker
    end: int  # or currency sign through the unit


@dataclass(frozen=True)
class _Token:
    kind: str  # "num" | "word" | "sym"
    text: str
    start: int
    end: int

    @property
    def fold(self) -> str:
        return self.text.casefold()


_TOKEN_RE = re.compile(
    r"(?P<sym>US\$|[$€~±%])|(?P<num>\d+(?:[.,]\d+)*)|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)"
)

_UNITS_DIGIT = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9,
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "sepuluh": 10, "sebelas": 11,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_EN = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "ribu": 10**3, "rb": 10**3, "thousand": 10**3,
    "juta": 10**6, "jt": 10**6, "million": 10**6, "mln": 10**6,
    "miliar": 10**9, "milyar": 10**9, "billion": 10**9, "bn": 10**9,
    "triliun": 10**12, "trillion": 10**12,
}  # fmt: skip
_SE_SCALES = {
    "seratus": 100, "seribu": 10**3, "sejuta": 10**6, "semiliar": 10**9,
    "semilyar": 10**9, "setriliun": 10**12,
}  # fmt: skip
# Vague amounts ("puluhan orang", "thousands of people") keep their lower magnitude.
_VAGUE = {
    "belasan": 10, "puluhan": 10, "ratusan": 100, "ribuan": 10**3,
    "jutaan": 10**6, "miliaran": 10**9, "triliunan": 10**12,
    "dozens": 12, "hundreds": 100, "thousands": 10**3, "millions": 10**6,
    "billions": 10**9,
}  # fmt: skip
_NUMBER_WORDS = (
    set(_UNITS_DIGIT)
    | set(_TEENS)
    | set(_TENS_EN)
    | set(_SCALES)
    | set(_SE_SCALES)
    | {"belas", "puluh", "ratus", "hundred", "setengah", "half", "dozen"}
)
# Words like "sejam" carry both the number one and the unit.
_SE_UNITS = {
    "sejam": "hour", "semenit": "minute", "sehari": "day", "seminggu": "week",
    "sepekan": "week", "sebulan": "month", "setahun": "year",
}  # fmt: skip

_UNITS: dict[tuple[str, ...], str] = {
    ("jam",): "hour", ("hour",): "hour", ("hours",): "hour", ("hr",): "hour",
    ("hrs",): "hour",
    ("menit",): "minute", ("minute",): "minute", ("minutes",): "minute",
    ("min",): "minute", ("mins",): "minute",
    ("hari",): "day", ("day",): "day", ("days",): "day",
    ("minggu",): "week", ("pekan",): "week", ("week",): "week", ("weeks",): "week",
    ("bulan",): "month", ("month",): "month", ("months",): "month",
    ("tahun",): "year", ("year",): "year", ("years",): "year", ("yr",): "year",
    ("yrs",): "year",
    ("persen",): "percent", ("%",): "percent", ("percent",): "percent",
    ("per", "cent"): "percent", ("pct",): "percent",
    ("orang",): "person", ("jiwa",): "person", ("people",): "person",
    ("persons",): "person", ("person",): "person",
    ("km",): "km", ("kilometer",): "km", ("kilometers",): "km",
    ("kilometre",): "km", ("kilometres",): "km",
    ("kg",): "kg", ("kilogram",): "kg", ("kilograms",): "kg",
    ("ton",): "ton", ("tons",): "ton", ("tonne",): "ton", ("tonnes",): "ton",
    ("rupiah",): "IDR", ("idr",): "IDR",
    ("dolar", "as"): "USD", ("us", "dollars"): "USD", ("us", "dollar"): "USD",
    ("dolar",): "USD", ("dollar",): "USD", ("dollars",): "USD", ("usd",): "USD",
    ("euro",): "EUR", ("euros",): "EUR", ("eur",): "EUR",
    ("yuan",): "CNY", ("renminbi",): "CNY", ("cny",): "CNY", ("rmb",): "CNY",
}  # fmt: skip
_UNIT_KEYS = sorted(_UNITS, key=len, reverse=True)
_CURRENCY_PREFIXES = {
    "rp": "IDR", "idr": "IDR", "us$": "USD", "$": "USD", "usd": "USD",
    "€": "EUR", "eur": "EUR", "cny": "CNY", "rmb": "CNY",
}  # fmt: skip
_APPROX_MARKERS = [
    ("kurang", "lebih"), ("lebih", "dari"), ("lebih", "kurang"),
    ("paling", "sedikit"), ("more", "than"), ("at", "least"), ("close", "to"),
    ("an", "estimated"),
    ("sekitar",), ("sekira",), ("kira-kira",), ("hampir",), ("sedikitnya",),
    ("setidaknya",), ("mendekati",), ("about",), ("around",), ("approximately",),
    ("nearly",), ("almost",), ("roughly",), ("some",), ("over",), ("estimated",),
    ("~",), ("±",),
]  # fmt: skip
_MONTHS = {
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "desember", "jan", "feb", "mar", "apr",
    "jun", "jul", "agu", "agt", "ags", "sep", "sept", "okt", "nov", "des",
    "january", "february", "march", "may", "june", "july", "august", "october",
    "december", "aug", "oct", "dec",
}  # fmt: skip
_TIME_AFTER = {"wib", "wita", "wit", "gmt", "utc", "am", "pm"}
_TIME_BEFORE = {"pukul", "pkl"}


def parse_quantity(text: str) -> Quantity | None:
    """Return the first quantity in text, or None.

    >>> parse_quantity("selama sekitar enam jam").value
    Decimal('6')
    """
    found = find_quantities(text)
    return found[0] if found else None


def find_quantities(text: str) -> list[Quantity]:
    tokens = _tokenize(text)
    found: list[Quantity] = []
    floor = 0  # tokens before this index belong to an earlier quantity
    i = 0
    while i < len(tokens):
        parsed = _quantity_at(text, tokens, i, floor)
        if parsed is None:
            i += 1
            continue
        quantity, i = parsed
        found.append(quantity)
        floor = i
    return found


def _tokenize(text: str) -> list[_Token]:
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "word"
        word = m.group()
        parts = word.casefold().split("-")
        if kind == "word" and len(parts) > 1 and all(p in _NUMBER_WORDS for p in parts):
            # "twenty-five", "dua-puluh"
            pos = m.start()
            for part in word.split("-"):
                tokens.append(_Token("word", part, pos, pos + len(part)))
                pos += len(part) + 1
        else:
            tokens.append(_Token(kind, word, m.start(), m.end()))
    return tokens


def _adjacent(text: str, a: _Token, b: _Token, allow: str = "") -> bool:
    gap = text[a.end : b.start]
    return gap.strip(allow).strip() == "" and "\n\n" not in gap


def _quantity_at(
    text: str, tokens: list[_Token], j: int, floor: int
) -> tuple[Quantity, int] | None:
    number = _number_at(text, tokens, j)
    if number is None:
        return None
    value, k, approximate, kind = number
    n = len(tokens)
    first = tokens[j]
    scaled = False

    # Scale words after digits or vague amounts: "2,5 triliun", "puluhan ribu",
    # "hundreds of thousands".
    if kind in ("digits", "vague"):
        while k < n and _adjacent(text, tokens[k - 1], tokens[k]):
            w = tokens[k].fold
            if w in _SCALES:
                value *= _SCALES[w]
                k += 1
                scaled = True
            elif (
                kind == "vague"
                and w == "of"
                and k + 1 < n
                and tokens[k + 1].fold in _VAGUE
            ):
                value *= _VAGUE[tokens[k + 1].fold]  # "hundreds of thousands"
                k += 2
                scaled = True
            else:
                break

    end = tokens[k - 1].end
    if (
        kind in ("digits", "vague")
        and text.startswith("-an", end)
        and k < n
        and tokens[k].start == end + 1
        and tokens[k].fold == "an"
    ):
        if kind == "digits" and _is_year(first.text):
            return None  # "1970-an" is a decade
        approximate = True  # "20-an orang"
        end = tokens[k].end
        k += 1

    # Currency before the number: "Rp 2,5 triliun", "US$ 1,2 miliar", "$1.2 billion".
    unit = ""
    start_index = j
    if j - 1 >= floor:
        prev = tokens[j - 1]
        currency = _CURRENCY_PREFIXES.get(prev.fold)
        if currency and _adjacent(text, prev, first, allow="."):
            unit = currency
            start_index = j - 1

    if kind == "se_unit":
        unit = _SE_UNITS[first.fold]
    if not unit and k < n:
        m = k
        if kind == "vague" and tokens[m].fold == "of" and m + 1 < n:
            m += 1
        matched = _unit_at(text, tokens, m, tokens[m - 1])
        if matched:
            unit, k = matched
            end = tokens[k - 1].end

    # Reject dates, times, years, ordinals and codes.
    if kind == "digits":
        before = text[first.start - 1] if first.start > 0 else ""
        after = text[first.end] if first.end < len(text) else ""
        if (before and before in "/:") or (after and after in "/:"):
            return None
        if before == "-" and first.start > 1 and text[first.start - 2].isalnum():
            return None  # "COVID-19", "ke-2"
        if before.isalpha() and unit == "":
            return None  # "G20", "pada1970"
        if (
            j + 1 < n
            and tokens[j + 1].kind == "word"
            and tokens[j + 1].start == first.end
            and tokens[j + 1].fold not in _SCALES
            and not any(key[0] == tokens[j + 1].fold for key in _UNIT_KEYS)
        ):
            return None  # "2nd", "19th"
        if not unit and not scaled and _is_year(first.text):
            return None
    if j - 1 >= 0 and _adjacent(text, tokens[j - 1], first):
        prev_word = tokens[j - 1].fold
        if prev_word in _TIME_BEFORE or prev_word in _MONTHS:
            return None
        # "jam 10" is ten o'clock, but in "3 jam 30 menit" the jam is a unit.
        if prev_word == "jam" and j - 1 >= floor and not unit:
            return None
    if k < n and _adjacent(text, tokens[k - 1], tokens[k]):
        following = tokens[k].fold
        if (
            following in _TIME_AFTER or (following in _MONTHS and not unit)
        ) and kind == "digits":
            return None
    if kind == "bare" and not unit:
        return None  # "salah satu", "one of them", "half of it"

    # Approximation markers before the phrase: "sekitar", "more than", "~".
    start_token = tokens[start_index]
    for marker in _APPROX_MARKERS:
        m0 = start_index - len(marker)
        if m0 < floor:
            continue
        window = tokens[m0:start_index]
        if tuple(t.fold for t in window) == marker and all(
            _adjacent(text, a, b) for a, b in pairwise([*window, start_token])
        ):
            approximate = True
            start_token = window[0]
            break

    value = _tidy(value)
    return Quantity(value, unit, approximate, start_token.start, end), k


def _unit_at(
    text: str, tokens: list[_Token], m: int, prev: _Token
) -> tuple[str, int] | None:
    for key in _UNIT_KEYS:
        window = tokens[m : m + len(key)]
        if len(window) != len(key) or tuple(t.fold for t in window) != key:
            continue
        chain = [prev, *window]
        if all(_adjacent(text, a, b) for a, b in pairwise(chain)):
            return _UNITS[key], m + len(key)
    return None


def _number_at(
    text: str, tokens: list[_Token], j: int
) -> tuple[Decimal, int, bool, str] | None:
    """Return (value, next token index, approximate, kind) for a number at j."""
    token = tokens[j]
    if token.kind == "num":
        value = _parse_digits(token.text)
        return None if value is None else (value, j + 1, False, "digits")
    if token.kind != "word":
        return None
    w = token.fold
    if w in _VAGUE:
        return Decimal(_VAGUE[w]), j + 1, True, "vague"
    if w in _SE_UNITS:
        return Decimal(1), j + 1, False, "se_unit"
    return _parse_words(text, tokens, j)


def _parse_words(
    text: str, tokens: list[_Token], j: int
) -> tuple[Decimal, int, bool, str] | None:
    total = Decimal(0)
    current = Decimal(0)
    last = None  # kind of the previous word
    last_value = Decimal(0)
    k = j
    n = len(tokens)
    kind = "words"
    while k < n:
        if k > j and not _adjacent(text, tokens[k - 1], tokens[k], allow="-"):
            break
        w = tokens[k].fold
        nxt = tokens[k + 1].fold if k + 1 < n else ""
        if w in _UNITS_DIGIT and last in (None, "mult", "tens", "and"):
            last_value = Decimal(_UNITS_DIGIT[w])
            current += last_value
            last = "unit"
        elif w in _TEENS and last in (None, "mult", "and"):
            current += _TEENS[w]
            last = "teen"
        elif w in _TENS_EN and last in (None, "mult", "and"):
            current += _TENS_EN[w]
            last = "tens"
        elif w == "belas" and last == "unit":
            current += 10
            last = "teen"
        elif w in ("puluh", "ratus") and last == "unit":
            current += last_value * (9 if w == "puluh" else 99)
            last = "mult"
        elif w in ("hundred", "dozen") and last in ("unit", "teen", "tens"):
            current *= 100 if w == "hundred" else 12
            last = "mult"
        elif w in _SE_SCALES and last in (None, "mult"):
            if w == "seratus":
                current += 100
            else:
                total += _SE_SCALES[w]
            last = "mult"
        elif w in _SCALES and current > 0 and last != "and":
            total += current * _SCALES[w]
            current = Decimal(0)
            last = "mult"
        elif w == "setengah" and last != "half":
            current += Decimal("0.5")
            last = "half"
        elif w == "half" and last is None:
            current = Decimal("0.5")
            last = "half"
            if nxt in ("a", "an"):
                k += 1  # "half an hour", "half a million"
        elif w == "and" and last in ("mult", "unit", "teen", "tens"):
            if nxt == "a" and k + 2 < n and tokens[k + 2].fold == "half":
                current += Decimal("0.5")  # "one and a half"
                k += 3
                last = "half"
                continue
            if last != "mult" or nxt not in _NUMBER_WORDS:
                break
            last = "and"
        elif (
            w in ("a", "an")
            and last is None
            and nxt in ({"hundred", "dozen"} | set(_SCALES))
        ):
            current = Decimal(1)
            last = "unit"
        else:
            break
        k += 1
    if last is None:
        return None
    if last == "and":
        k -= 1
    value = total + current
    if value in (1, Decimal("0.5")) and k - j <= 2:
        kind = "bare"  # needs a unit to count: "satu orang", not "salah satu"
    return value, k, False, kind


def _parse_digits(s: str) -> Decimal | None:
    if "," in s and "." in s:
        decimal_mark = "," if s.rfind(",") > s.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        whole, fraction = s.rsplit(decimal_mark, 1)
        if decimal_mark in whole or not _grouped(whole.split(group_mark)):
            return None
        return Decimal(whole.replace(group_mark, "") + "." + fraction)
    mark = "," if "," in s else "." if "." in s else ""
    if not mark:
        return Decimal(s)
    parts = s.split(mark)
    if len(parts) > 2:
        return Decimal("".join(parts)) if _grouped(parts) else None
    if _grouped(parts):
        return Decimal("".join(parts))
    return Decimal(parts[0] + "." + parts[1])


def _grouped(parts: list[str]) -> bool:
    head, *rest = parts
    return (
        1 <= len(head) <= 3
        and not head.startswith("0")
        and bool(rest)
        and all(len(p) == 3 for p in rest)
    )


def _is_year(s: str) -> bool:
    return s.isdigit() and len(s) == 4 and 1800 <= int(s) <= 2100


def _tidy(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
