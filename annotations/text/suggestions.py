"""What to suggest in one article: its quotes (with the speaker's name) and its claims.

Pure (no Django), so the bulk path can run it in worker processes. It joins
text/quotes.py and text/claims.py and keeps what the database can hold; the
service (services/suggesting.py) resolves names to speakers and writes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from annotations.text.attribution import FACILITIES, FUNCTION_WORDS, TITLES
from annotations.text.claims import find_claims
from annotations.text.quotes import find_quotes

MAX_NAME = 200  # Speaker.name's max_length
_QUOTE_FORMS = ("direct", "partial", "indirect")
_BOUNDS = ("", "min", "max")
_QUOTE_CONFIDENCE = 0.5
_MAX_VALUE = Decimal(10) ** 18  # Annotation.value holds 24 digits, 6 of them decimals


@dataclass(frozen=True)
class Candidate:
    kind: str  # "quote" | "claim"
    start: int
    end: int
    confidence: float
    speaker_text: str = ""  # the speaker's name as the article gives it
    quote_form: str = ""
    value: Decimal | None = None
    unit: str = ""
    approximate: bool = False
    bound: str = ""
    measured: str = ""


def _claims(body: str) -> list[Candidate]:
    return [
        Candidate(
            kind="claim",
            start=c.start,
            end=c.end,
            confidence=float(c.confidence),
            value=c.value,
            unit=c.unit[:40],
            approximate=c.approximate,
            bound=c.bound if c.bound in _BOUNDS else "",
            measured=c.measured[:200],
        )
        for c in find_claims(body)
        if abs(c.value) < _MAX_VALUE
    ]


def _quotes(body: str) -> list[Candidate]:
    candidates = []
    for q in find_quotes(body):
        name = " ".join(q.speaker.split())[:MAX_NAME]
        if name and " " not in name and q.source_kind == "person":
            name = full_name(name, body)
        candidates.append(
            Candidate(
                kind="quote",
                start=q.start,
                end=q.end,
                confidence=float(getattr(q, "confidence", _QUOTE_CONFIDENCE)),
                speaker_text=name,
                quote_form=q.form if q.form in _QUOTE_FORMS else "direct",
            )
        )
    return candidates


_CAPITALISED = r"[A-Z][a-z][\w'’-]*"
# Words beside a name that never belong to it: "The", "Kata", "Coach".
_NOT_NAME = FUNCTION_WORDS | TITLES | FACILITIES


def full_name(word: str, body: str) -> str:
    """Return the two-word name the body gives word in, else word.

    For the names text/quotes.py leaves as one word: "Blinken" -> "Antony
    Blinken", "Wang" -> "Wang Yi" (family name first). The other word must
    belong to the name: one that mostly stands alone ("Tiongkok Qin") loses to
    one that appears only beside word ("Qin Gang").

    >>> full_name("Wang", "Menlu China Wang Yi tiba di China. Wang berkata.")
    'Wang Yi'
    """
    before = re.compile(rf"(?<![\w(])({_CAPITALISED})\s+$")
    after = re.compile(rf"\s+({_CAPITALISED})\b")
    pairs: Counter[tuple[str, str]] = Counter()
    for m in re.finditer(rf"\b{re.escape(word)}\b", body):
        b = before.search(body, max(0, m.start() - 40), m.start())
        a = after.match(body, m.end(), m.end() + 40)
        run = re.search(
            rf"((?:{_CAPITALISED}\s+)*)$", body[max(0, m.start() - 60) : m.start()]
        )
        tail = re.match(rf"(?:\s+{_CAPITALISED})*", body[m.end() : m.end() + 60])
        if any(
            w.casefold() in FACILITIES for w in f"{run.group(1)} {tail.group()}".split()
        ):
            continue  # "Bandara Frans Seda": a place named after someone
        if b and b.group(1).casefold() not in _NOT_NAME:
            pairs[(b.group(1), f"{b.group(1)} {word}")] += 1
        if a and a.group(1).casefold() not in _NOT_NAME:
            pairs[(a.group(1), f"{word} {a.group(1)}")] += 1
    if not pairs:
        return word

    def score(item: tuple[tuple[str, str], int]) -> tuple[float, int]:
        (other, _name), n = item
        alone = len(re.findall(rf"\b{re.escape(other)}\b", body))
        return (n / max(alone, 1), n)

    return max(pairs.items(), key=score)[0][1]


def detect(body: str) -> list[Candidate]:
    """Return the quotes and claims worth suggesting in body, valid spans only."""
    return [
        c
        for c in (*_quotes(body), *_claims(body))
        if 0 <= c.start < c.end <= len(body) and body[c.start : c.end].strip()
    ]


def detect_many(bodies: list[str]) -> list[list[Candidate]]:
    """Return detect(body) for each body: one call per worker process and batch."""
    return [detect(body) for body in bodies]
