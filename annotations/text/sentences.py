"""Place a claim in its text: its sentence, its clause, the words that are its own.

A ClaimInfo carries a claim's value and unit with the sentence holding it
and the article's text around that sentence. What a claim measures, when and
where, is read from the words nearest it: its clause (up to punctuation or
another number), the stretch of the sentence no other number is closer to,
the part of the sentence between two turns ("sedangkan", "whereas").

Pure: no Django.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from annotations.text.dates import DAY_SLASH, dates_masked

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*")


CLAUSE_STOP = re.compile(r"[,;:()\[\]\"“”‘’—–]|\s-\s")


SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentence holding text[start:end].

    >>> t = "Satu. Dua orang tewas. Tiga."
    >>> s, e = sentence_around(t, 6, 9); t[s:e]
    'Dua orang tewas.'
    """
    begin = 0
    for m in SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    # A stop inside an abbreviation or a decimal ("7.5") does not end a sentence:
    # SENTENCE_END needs white space after the mark.
    m = SENTENCE_END.search(text, end)
    finish = m.start() if m else len(text)
    return begin, max(finish, end)


@dataclass(frozen=True)
class ClaimInfo:
    id: int
    article: object  # claims of one article are never two outlets' views of a fact
    value: Decimal
    unit: str
    approximate: bool = False
    bound: str = ""  # "", "min", "max"
    measured: str = ""  # what is measured, when the finder or the editor said so
    exact: str = ""  # the claim's words
    sentence: str = ""  # the sentence holding the claim, the claim's words included
    offset: int = -1  # where the claim's words start in `sentence` (-1: find them)
    published: date | None = None  # the article's day, to place "Senin" on a date
    source: object = None  # independence: a wire copy shares its original's source
    before: str = ""  # the article's text before the sentence: the day it last named
    after: str = ""  # the article's text after the sentence: a revision told later
    high: Decimal | None = None  # a range's upper end ("5-7 jam": value 5, high 7)


AROUND = 2000  # characters either side of a claim's sentence: its day, a revision


def claim_info(
    body: str,
    start: int,
    end: int,
    *,
    id: int,
    article: object,
    value: Decimal,
    unit: str,
    approximate: bool = False,
    bound: str = "",
    measured: str = "",
    exact: str | None = None,
    published: date | None = None,
    source: object = None,
    around: int = AROUND,
) -> ClaimInfo:
    """Return the ClaimInfo of the claim at body[start:end]: its sentence and what surrounds it.

    `exact` defaults to the claim's words in the body.

    >>> c = claim_info("Satu. Dua orang tewas. Tiga.", 6, 15, id=1, article="a",
    ...     value=Decimal(2), unit="person")
    >>> c.exact, c.sentence, c.offset, c.before, c.after
    ('Dua orang', 'Dua orang tewas.', 0, 'Satu. ', ' Tiga.')
    """
    s, e = sentence_around(body, start, end)
    return ClaimInfo(
        id=id,
        article=article,
        value=value,
        unit=unit,
        approximate=approximate,
        bound=bound,
        measured=measured,
        exact=body[start:end] if exact is None else exact,
        sentence=body[s:e],
        offset=start - s,
        published=published,
        source=source,
        before=body[max(0, s - around) : s],
        after=body[e : e + around],
    )


_OF_NUMBER = re.compile(
    r"^(?:\s+[^\W\d_]+){0,1}?\s+(?:of|dari)(?:\s+(?:the|its|their|his|her|our))?"
    r"(?:\s+[^\W\d_]+['’]s)?\s+\d[\d.,]*\s+[^\W\d_]+",
    re.IGNORECASE,
)


# A word that introduces a measurement: "(yang) berjarak", "sejauh",
# "setinggi", "seluas", "at a distance of": the number after it is its own.
# An adjective right after a measure: "metres deep", "km long", "km away".
_FOLLOWS_LAST = re.compile(
    r"^\s*(?:[^\W\d_]+\s+)?(?:deep|long|high|wide|tall|thick|old|away|apart|dalam"
    r"|panjang|tinggi"
    r"|lebar|jauhnya)\b",
    re.IGNORECASE,
)


_LEADS_NEXT = re.compile(
    r"(?:\s+(?:yang|which|that))?\s+(?:ber[^\W\d_]{3,}|se[^\W\d_]{3,}"
    r"|at|of|about|around|some|nearly|almost|by|dengan|sekitar|hampir|mencapai)\s*\Z",
    re.IGNORECASE,
)


_JOINS_LEFT = re.compile(
    r"\s(?:dan|and|serta|sementara|while|whereas|alongside|besides)\s"
)


def clause_around(sentence: str, start: int, end: int) -> str:
    """Return the words around sentence[start:end] up to punctuation or another number.

    A day in brackets ("Pencarian pada Kamis (12/11) berlangsung lima hari")
    is neither a break nor another number: the clause runs through it.
    """
    left = DAY_SLASH.sub(blank, sentence[:start])
    right = DAY_SLASH.sub(blank, sentence[end:])
    cut = None
    for m in CLAUSE_STOP.finditer(left):
        cut = m.end()
    if cut is not None:
        left = left[cut:]
    m = CLAUSE_STOP.search(right)
    if m:
        right = right[: m.start()]
    # Another number starts another measurement: "5 tewas dan 12 luka".
    numbers = list(re.finditer(r"\d", left))
    if numbers:
        left = left[numbers[-1].end() :]
        left = left.split(" ", 1)[-1] if " " in left else ""
        # "1.2 metres deep swept through 16 wards": "deep" is the metres'.
        left = _FOLLOWS_LAST.sub("", left)
    # "residents of 11 villages to leave": a number after "of" only says
    # whose; the clause runs on past it.
    right = _OF_NUMBER.sub(lambda m: " " * len(m.group()), right, count=1)
    m = re.search(r"\s(?:dan|and|serta|sementara|while|whereas)\s|\d", right)
    if m:
        cut_at_number = m.group().isdigit()
        right = right[: m.start()]
        if cut_at_number:
            # "3.000 meter terlihat dari desa yang berjarak 8 kilometer": the
            # word leading into the next number ("yang berjarak") is its own.
            right = _LEADS_NEXT.sub("", right)
    # "a 12% rise in ticket prices alongside plans for a £45m expansion": the
    # prices are the 12%'s.
    joins = list(_JOINS_LEFT.finditer(left))
    if joins:
        left = left[joins[-1].end() :]
    return f"{left} {sentence[start:end]} {right}"


def words_near(sentence: str, start: int, end: int, words: int = 3) -> str:
    """Return the few words either side of the claim, inside its clause.

    "12 km southwest of the town at a depth of 10 km": the first number is a
    distance ("southwest"), the second a depth, though one clause holds both.
    """
    clause = clause_around(sentence, start, end)
    exact = sentence[start:end]
    at = clause.find(exact)
    if at < 0:
        return clause
    left = clause[:at].split()[-words:]
    right = clause[at + len(exact) :].split()[:words]
    return " ".join([*left, exact, *right])


def claim_stretch(sentence: str, start: int, end: int) -> str:
    """Return the part of the sentence no other number is closer to than the claim.

    "gempa magnitudo 5,6 ... bertambah menjadi 27 orang pada Jumat (15/11)":
    Friday is the day of the toll, not of the magnitude. Dates, years and
    clock times are not numbers here.
    """
    masked = dates_masked(sentence)
    begin = 0
    for m in re.finditer(r"\d", masked[:start]):
        begin = m.end()
    m = re.search(r"\d", masked[end:])
    finish = end + m.start() if m else len(sentence)
    # "seven bodies from a mine that collapsed on Tuesday": a relative clause
    # on another noun tells another event's day ("12 orang yang tewas pada
    # Senin" is about the 12)
    relative = _RELATIVE.search(sentence, end, finish)
    if relative and re.search(r"[^\W\d_]", sentence[end : relative.start()]):
        finish = relative.start()
    return sentence[begin:finish]


_RELATIVE = re.compile(r"\b(?:that|which|yang)\s+(?![^\W\d_]*\s*\d)", re.IGNORECASE)


def blank(m: re.Match) -> str:
    """Return spaces as long as the match: offsets after it stay put."""
    return " " * len(m.group())


def claim_span(claim: ClaimInfo) -> tuple[str, int, int]:
    """Return the claim's sentence and where its words are in it."""
    sentence = claim.sentence or claim.exact
    start = claim.offset
    if start < 0:
        start = sentence.find(claim.exact) if claim.exact else -1
    if start < 0:
        return sentence, 0, len(sentence)
    return sentence, start, start + len(claim.exact)


# A clause hung on a sentence after a comma: "..., after export sales fell",
# "..., setelah penjualan turun", "..., as the government tries".
SIDE_CLAUSE = re.compile(
    r",\s*(?:after|following|as|while|whereas|when|because|since|setelah|sesudah"
    r"|sementara|ketika|karena|sedangkan|seiring|saat)\b",
    re.IGNORECASE,
)


# Where one part of a sentence turns to another: "; this year", "sedangkan".
TURN = re.compile(
    r";|\s(?:sedangkan|sementara|whereas|while|but|tetapi|namun)\s", re.IGNORECASE
)


def segment_of(sentence: str, start: int, end: int) -> str:
    """Return the part of the sentence holding the claim, between two turns."""
    begin = 0
    for m in TURN.finditer(sentence, 0, start):
        begin = m.end()
    m = TURN.search(sentence, end)
    return sentence[begin : m.start() if m else len(sentence)]
