"""Propose links between annotations of different articles: numbers that disagree, quotes reworded.

Two outlets covering the same meeting write "sekitar enam jam" and "7,5 jam":
the claims share a unit and their values differ, so they contradict. "About
six hours" agrees with "6 jam" and with "6,5 jam" (within the approximation),
so those corroborate. Two renderings of the same spokesman's words,
"jujur, substantif, dan konstruktif" and "terus-terang, substantif dan
konstruktif", are the same quote translated twice.

Proposals are suggestions for an editor, who confirms or dismisses them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations
from typing import NamedTuple

from rapidfuzz import fuzz

# An approximate value ("sekitar enam jam") agrees with values within 10% of it.
APPROXIMATION = Decimal("0.1")
# token_sort_ratio bounds for "the same words, translated or retouched".
QUOTE_MIN_SIMILARITY = 55.0
QUOTE_MAX_SIMILARITY = 97.0  # at or above: the same wording

CONTRADICTS = "contradicts"
CORROBORATES = "corroborates"
SAME_QUOTE = "same_quote"


class Claim(NamedTuple):
    id: int
    article: object  # any hashable key: claims of the same article are never paired
    value: Decimal | None
    unit: str
    approximate: bool
    exact: str


class Quote(NamedTuple):
    id: int
    article: object
    speaker: object  # None or "" when unattributed: never paired
    exact: str


@dataclass(frozen=True)
class Proposal:
    source: int  # annotation ids, source < target
    target: int
    relation: str  # "contradicts" | "corroborates" | "same_quote"
    score: float  # 0..1: how sure the proposal is
    reason: str  # short, language-neutral: "≈6 hour / 7.5 hour", "wording 81/100"


def _number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _shown(claim: Claim) -> str:
    approx = "≈" if claim.approximate else ""
    return f"{approx}{_number(claim.value)} {claim.unit}".strip()


def _compare_claims(a: Claim, b: Claim) -> Proposal | None:
    """Return how two claims of one unit relate.

    >>> six = Claim(1, "kj", Decimal(6), "hour", True, "sekitar enam jam")
    >>> _compare_claims(six, Claim(2, "dt", Decimal("7.5"), "hour", False, "7,5 jam")).relation
    'contradicts'
    """
    if a.value is None or b.value is None or not a.unit or a.unit != b.unit:
        return None
    source, target = (a, b) if a.id < b.id else (b, a)
    reason = f"{_shown(source)} / {_shown(target)}"
    difference = abs(a.value - b.value)
    if difference == 0:
        return Proposal(source.id, target.id, CORROBORATES, 1.0, reason)
    largest = max(abs(a.value), abs(b.value))
    relative = float(difference / largest)
    # Each approximate side allows 10% of its own value.
    allowed = sum(
        (abs(c.value) * APPROXIMATION for c in (a, b) if c.approximate), Decimal(0)
    )
    if difference <= allowed:
        return Proposal(source.id, target.id, CORROBORATES, 1.0 - relative, reason)
    return Proposal(source.id, target.id, CONTRADICTS, min(1.0, 0.5 + relative), reason)


_QUOTE_MARKS = re.compile(r"[\"'“”‘’«»„‟‹›]")


def _words(text: str) -> str:
    """Return the text without quote marks or punctuation, in lower case."""
    text = _QUOTE_MARKS.sub(" ", text.casefold())
    return " ".join(re.findall(r"\w+(?:-\w+)*", text))


def _compare_quotes(a: Quote, b: Quote) -> Proposal | None:
    """Return a same_quote proposal when two quotes of one speaker share most of their words.

    >>> miller = "Miller"
    >>> _compare_quotes(
    ...     Quote(1, "kj", miller, "jujur, substantif, dan konstruktif"),
    ...     Quote(2, "dt", miller, "'terus-terang, substantif dan konstruktif'"),
    ... ).relation
    'same_quote'
    """
    if not a.speaker or a.speaker != b.speaker:
        return None
    left, right = _words(a.exact), _words(b.exact)
    if not left or not right:
        return None
    similarity = fuzz.token_sort_ratio(left, right)
    if similarity < QUOTE_MIN_SIMILARITY:
        return None
    source, target = (a, b) if a.id < b.id else (b, a)
    if similarity >= QUOTE_MAX_SIMILARITY:
        reason = "identical wording"
    else:
        reason = f"wording {round(similarity)}/100"
    return Proposal(source.id, target.id, SAME_QUOTE, similarity / 100, reason)


def propose_links(
    claims: list[Claim] | tuple[Claim, ...] = (),
    quotes: list[Quote] | tuple[Quote, ...] = (),
) -> list[Proposal]:
    """Return proposals for pairs from different articles, best first.

    claims and quotes may be plain tuples in the field order of Claim and Quote:
    (id, article, value, unit, approximate, exact) and (id, article, speaker, exact).
    """
    proposals: list[Proposal] = []
    by_unit: dict[str, list[Claim]] = {}
    for row in claims:
        claim = Claim(*row)
        if claim.value is not None and claim.unit:
            by_unit.setdefault(claim.unit, []).append(claim)
    for group in by_unit.values():
        for a, b in combinations(group, 2):
            if a.article != b.article and a.id != b.id:
                found = _compare_claims(a, b)
                if found is not None:
                    proposals.append(found)
    by_speaker: dict[object, list[Quote]] = {}
    for row in quotes:
        quote = Quote(*row)
        if quote.speaker:
            by_speaker.setdefault(quote.speaker, []).append(quote)
    for group in by_speaker.values():
        for a, b in combinations(group, 2):
            if a.article != b.article and a.id != b.id:
                found = _compare_quotes(a, b)
                if found is not None:
                    proposals.append(found)
    proposals.sort(key=lambda p: (-p.score, p.source, p.target))
    return proposals
