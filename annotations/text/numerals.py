"""Read the number itself: digits in either language's separators, numbers in words.

`NumberPhrase` is what every number reader returns. This module reads the
number of such a phrase: the text's tokens, digits, numbers written in
Indonesian or English words ("dua puluh lima", "twenty-five", "seratus",
"a million and a half", "dua jam setengah" aside), vague amounts ("puluhan",
"hundreds", "several hundred", "a couple of"), which keep their lower
magnitude and are approximate.

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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from annotations.text.units import DURATIONS, SE_UNITS, UNITS
from annotations.text.wordclasses import STOPWORDS, indonesian_around


@dataclass(frozen=True)
class NumberPhrase:
    """A number with everything around it that says what it counts and how surely."""

    value: Decimal
    unit: str  # canonical English unit, the counted noun lower-cased, or ""
    canonical: bool  # the unit is from the table, not a bare counted noun
    approximate: bool
    bound: str  # "" | "min" | "max"
    start: int  # the phrase: hedge words, currency, number, unit
    end: int
    number_start: int  # the number itself ("enam", "Rp 3,2 triliun" -> "3,2 triliun")
    number_end: int
    unit_start: int  # the unit or counted noun words; both number_end when none
    unit_end: int
    kind: str  # "digits" | "words" | "vague"


class Token:
    __slots__ = ("kind", "text", "start", "end", "fold")

    def __init__(self, kind: str, text: str, start: int, end: int) -> None:
        self.kind = kind  # "num" | "word" | "sym"
        self.text = text
        self.start = start
        self.end = end
        self.fold = text.casefold()


_TOKEN_RE = re.compile(
    r"(?P<sym>US\$|S\$|A\$|HK\$|NZ\$|AU\$|CA?\$|[$€£¥₹₱₩฿₫~±%])|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)"
)

UNITS_DIGIT = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9,
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS = {
    "sepuluh": 10, "sebelas": 11,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_EN = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "ribu": 10**3, "rb": 10**3, "thousand": 10**3,
    "juta": 10**6, "jt": 10**6, "million": 10**6, "mln": 10**6, "mn": 10**6,
    "miliar": 10**9, "milyar": 10**9, "billion": 10**9, "bn": 10**9,
    "triliun": 10**12, "trilyun": 10**12, "trillion": 10**12, "tn": 10**12,
}  # fmt: skip
# A part of a duration written as one word: "seperempat jam", "sepertiga abad".
_SE_PARTS = {"seperempat": 4, "sepertiga": 3}
_SE_SCALES = {
    "selusin": 12, "seratus": 100, "seribu": 10**3, "sejuta": 10**6, "semiliar": 10**9,
    "semilyar": 10**9, "setriliun": 10**12,
}  # fmt: skip
# Vague amounts ("puluhan orang", "thousands of people") keep their lower magnitude.
VAGUE = {
    "belasan": 10, "puluhan": 10, "lusinan": 12, "ratusan": 100, "ribuan": 10**3,
    "jutaan": 10**6, "miliaran": 10**9, "triliunan": 10**12,
    "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 10**3,
    "millions": 10**6, "billions": 10**9,
}  # fmt: skip
# "lima ribuan", "tiga jutaan": a digit word times a vague scale, about that many.
_VAGUE_SCALES = {
    "ribuan": 10**3,
    "jutaan": 10**6,
    "miliaran": 10**9,
    "triliunan": 10**12,
}
# Words that name a number on their own: "tiga", "sebelas", "twelve", "forty".
SMALL_NUMBER_WORDS = frozenset(UNITS_DIGIT) | frozenset(TEENS) | frozenset(TENS_EN)
NUMBER_WORDS = (
    set(UNITS_DIGIT)
    | set(TEENS)
    | set(TENS_EN)
    | set(SCALES)
    | set(_SE_SCALES)
    | {"belas", "puluh", "ratus", "hundred", "setengah", "half", "dozen"}
)
_FEW_SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
}  # fmt: skip
# Words a number in words can start with.
STARTERS = (
    NUMBER_WORDS
    | set(VAGUE)
    | set(SE_UNITS)
    | {"a", "an", "half", "several", "few", "couple"}
)


def tokenize(text: str) -> list[Token]:
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "word"
        word = m.group()
        if kind == "word" and "-" in word:
            parts = word.split("-")
            if parts[0].casefold() in NUMBER_WORDS or parts[0].casefold() in VAGUE:
                # "twenty-five", "dua-puluh", "six-hour", "two-day"
                pos = m.start()
                for part in parts:
                    tokens.append(Token("word", part, pos, pos + len(part)))
                    pos += len(part) + 1
                continue
        tokens.append(Token(kind, word, m.start(), m.end()))
    return tokens


def blank(gap: str, allow: str = "") -> bool:
    return gap.strip(allow).strip() == "" and "\n" not in gap


def small_number(word: str) -> int:
    """Return the whole number a digit run or one number word names, or 0."""
    if word.isdigit():
        return int(word)
    fold = word.casefold()
    return UNITS_DIGIT.get(fold) or TEENS.get(fold) or TENS_EN.get(fold) or {
        "sepuluh": 10, "seratus": 100, "hundred": 100, "seribu": 1000, "thousand": 1000,
    }.get(fold, 0)  # fmt: skip


INDONESIAN_DIGITS = {
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
    "sembilan", "sepuluh", "sebelas",
}  # fmt: skip


CENT = Decimal("0.01")  # shares are rounded to two decimals, halves up: 1/8 is 0.13
VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}


# "42,195": a thousands group in English, a decimal in Indonesian
_COMMA_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2},\d{3}")
# A currency sign right before a number: "US$1,250" keeps the English grouping
_CURRENCY_SIGN_RE = re.compile(r"[$£€¥][ \t\xa0]*$")


def number_at(
    text: str, tokens: list[Token], j: int
) -> tuple[Decimal, int, bool, str] | None:
    """Return (value, next token index, approximate, kind) for a number at j."""
    token = tokens[j]
    if token.kind == "num":
        value = _parse_digits(token.text)
        if (
            _COMMA_THOUSANDS_RE.fullmatch(token.text)
            and not _CURRENCY_SIGN_RE.search(text, max(0, token.start - 4), token.start)
            and indonesian_around(text, token.start)
        ):
            value = Decimal(
                token.text.replace(",", ".")
            )  # "42,195 kilometer": a decimal
        if value is not None and text[token.end : token.end + 1] in VULGAR:
            value += VULGAR[text[token.end]]  # "1½ hours"
        return None if value is None else (value, j + 1, False, "digits")
    if token.kind != "word":
        return None
    w = token.fold
    if w in VAGUE:
        if w == "scores" and (
            j + 2 >= len(tokens)
            or tokens[j + 1].fold != "of"
            or tokens[j + 2].fold in STOPWORDS - {"them", "those"}
        ):
            return None  # "the scores were level"; "scores of people" is vague
        return Decimal(VAGUE[w]), j + 1, True, "vague"
    if w in SE_UNITS:
        return Decimal(1), j + 1, False, "se_unit"
    if (
        w == "couple"
        and j >= 1
        and tokens[j - 1].fold == "a"
        and j + 1 < len(tokens)
        and tokens[j + 1].fold == "of"
    ):
        return Decimal(2), j + 1, True, "vague"  # "a couple of days": about two
    if w in ("several", "few") and j + 1 < len(tokens):
        # "several hundred", "a few dozen": vague, at the lower magnitude
        scale = tokens[j + 1].fold
        if scale in _FEW_SCALES and blank(text[token.end : tokens[j + 1].start]):
            return Decimal(_FEW_SCALES[scale]), j + 2, True, "vague"
        return None
    return _parse_words(text, tokens, j)


def _parse_words(
    text: str, tokens: list[Token], j: int
) -> tuple[Decimal, int, bool, str] | None:
    total = Decimal(0)
    current = Decimal(0)
    last = None  # kind of the previous word
    last_value = Decimal(0)
    last_scale = 0
    k = j
    n = len(tokens)
    kind = "words"
    vague = False  # "tiga puluhan", "lima ribuan": about that many
    while k < n:
        if k > j and not blank(text[tokens[k - 1].end : tokens[k].start], allow="-"):
            break
        w = tokens[k].fold
        nxt = tokens[k + 1].fold if k + 1 < n else ""
        if w in UNITS_DIGIT and last in (None, "mult", "tens", "and"):
            last_value = Decimal(UNITS_DIGIT[w])
            current += last_value
            last = "unit"
        elif w in TEENS and last in (None, "mult", "and"):
            current += TEENS[w]
            last = "teen"
        elif w in TENS_EN and last in (None, "mult", "and"):
            current += TENS_EN[w]
            last = "tens"
        elif w == "belas" and last == "unit":
            current += 10
            last = "teen"
        elif w in ("puluh", "ratus") and last == "unit":
            current += last_value * (9 if w == "puluh" else 99)
            last = "mult"
        elif w in ("puluhan", "ratusan") and last == "unit":
            # "tiga puluhan warga": thirty-odd, about 30
            current += last_value * (9 if w == "puluhan" else 99)
            last = "mult"
            vague = True
        elif w in _VAGUE_SCALES and current > 0 and last not in ("and", "half"):
            total += current * _VAGUE_SCALES[w]  # "lima ribuan orang": about 5,000
            current = Decimal(0)
            last = "mult"
            last_scale = _VAGUE_SCALES[w]
            vague = True
        elif w in ("hundred", "dozen") and last in ("unit", "teen", "tens", "half"):
            # "two dozen", "half a dozen" (6)
            current *= 100 if w == "hundred" else 12
            last = "mult"
        elif w in _SE_SCALES and last in (None, "mult"):
            if w in ("seratus", "selusin"):
                current += _SE_SCALES[w]
            else:
                total += _SE_SCALES[w]
            last = "mult"
        elif w in SCALES and current > 0 and last != "and" and len(w) > 2:
            total += current * SCALES[w]
            current = Decimal(0)
            last = "mult"
            last_scale = SCALES[w]
        elif w == "setengah" and last != "half":
            current += Decimal("0.5")
            last = "half"
        elif w in _SE_PARTS and last is None and UNITS.get(nxt) in DURATIONS:
            current = Decimal(1) / _SE_PARTS[w]  # "seperempat jam": a quarter hour
            last = "half"
        elif w == "half" and last is None:
            current = Decimal("0.5")
            last = "half"
            if nxt in ("a", "an"):
                k += 1  # "half an hour", "half a million"
        elif w == "and" and last in ("mult", "unit", "teen", "tens"):
            if nxt == "a" and k + 2 < n and tokens[k + 2].fold == "half":
                if current == 0 and total > 0:
                    total += Decimal(last_scale) / 2  # "a million and a half"
                else:
                    current += Decimal("0.5")  # "one and a half"
                k += 3
                last = "half"
                continue
            if last != "mult" or nxt not in NUMBER_WORDS:
                break
            last = "and"
        elif (
            w in ("a", "an")
            and last is None
            and nxt in ({"hundred", "dozen"} | set(SCALES))
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
    return value, k, vague, kind


def _parse_digits(s: str) -> Decimal | None:
    try:
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
    except InvalidOperation:
        return None


def _grouped(parts: list[str]) -> bool:
    head, *rest = parts
    return (
        1 <= len(head) <= 3
        and not head.startswith("0")
        and bool(rest)
        and all(len(p) == 3 for p in rest)
    )


def is_year(s: str) -> bool:
    return s.isdigit() and len(s) == 4 and 1800 <= int(s) <= 2100


def tidy(value: Decimal) -> Decimal:
    if value == value.to_integral_value() and value.adjusted() < 25:
        return value.quantize(Decimal(1))
    return value.normalize()
