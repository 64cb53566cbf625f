"""Suggest known speakers for a typed or selected name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

# Names are short; anything longer is a pasted paragraph and only its start matters.
MAX_QUERY = 100
SAME_PERSON_THRESHOLD = 90

# Score bands, so that every exact match ranks above every prefix match and
# every prefix match above every fuzzy one.
_EXACT = 100.0
_PREFIX_FLOOR = 85.0
_FUZZY_CEILING = 84.0

_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class SpeakerMatch:
    key: object  # the caller's id
    name: str  # canonical name
    matched: str  # the name or alias that matched
    score: float  # 0..100


def fold(text: str) -> str:
    """Return text reduced for comparison.

    >>> fold("  Qín-Gang,  ")
    'qin gang'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def rank_speakers(
    query: str,
    candidates: Iterable[tuple[object, str, Sequence[str]]],
    *,
    limit: int = 8,
    cutoff: float = 60,
) -> list[SpeakerMatch]:
    """Return the best candidates for query, best first.

    Each candidate is (key, name, aliases); a candidate scores as its best
    matching name or alias.
    """
    q = fold(query[: MAX_QUERY * 2])[:MAX_QUERY].strip()
    if not q or limit <= 0:
        return []
    matches = []
    for key, name, aliases in candidates:
        best_score, best_text = -1.0, name
        for text in (name, *aliases):
            score = _score(q, fold(text))
            if score > best_score:
                best_score, best_text = score, text
        if best_score >= cutoff:
            matches.append(SpeakerMatch(key, name, best_text, best_score))
    matches.sort(key=lambda m: (-m.score, len(m.name), m.name))
    return matches[:limit]


def find_speaker(
    name: str, candidates: Iterable[tuple[object, str, Sequence[str]]]
) -> object | None:
    """Return the key of the candidate `name` refers to, or None.

    An exact match of the name or an alias (case and accents aside) wins; then a
    near spelling of the canonical name ("Anthony Blinken" for "Antony Blinken").
    A near spelling of an alias does not count: aliases are often a surname alone.
    """
    key = fold(name)
    if not key:
        return None
    rows = list(candidates)
    for pk, canonical, aliases in rows:
        if key in {fold(t) for t in (canonical, *aliases)}:
            return pk
    return next(
        (pk for pk, canonical, _a in rows if same_person(name, canonical)), None
    )


def same_person(a: str, b: str, *, threshold: float = SAME_PERSON_THRESHOLD) -> bool:
    """Return whether two names probably refer to the same person.

    Spelling variants ("Anthony"/"Antony") and spacing ("Xi Jin Ping") count
    as the same; a surname alone does not, because it is ambiguous.
    """
    fa, fb = fold(a)[:MAX_QUERY], fold(b)[:MAX_QUERY]
    if not fa or not fb:
        return False
    if fa.replace(" ", "") == fb.replace(" ", ""):
        return True
    return fuzz.token_sort_ratio(fa, fb) >= threshold


def _score(q: str, name: str) -> float:
    if not name:
        return 0.0
    if q == name:
        return _EXACT
    if name.startswith(q):
        return _PREFIX_FLOOR + 5 + 9 * len(q) / len(name)
    q_tokens = q.split()
    n_tokens = name.split()
    used: set[int] = set()
    for qt in q_tokens:
        hit = next(
            (i for i, nt in enumerate(n_tokens) if i not in used and nt.startswith(qt)),
            None,
        )
        if hit is None:
            break
        used.add(hit)
    else:
        coverage = sum(map(len, q_tokens)) / sum(len(n_tokens[i]) for i in used)
        return _PREFIX_FLOOR + 9 * coverage
    fuzzy = max(
        fuzz.ratio(q, name),
        fuzz.token_sort_ratio(q, name),
        # Discounted, because a part can match by chance: "anthony blinken"
        # against the alias "blinken", "blinkn" against "antony blinken".
        0.9 * fuzz.token_set_ratio(q, name),
        0.85 * _token_ratio(q_tokens, n_tokens),
    )
    return min(fuzzy, _FUZZY_CEILING)


def _token_ratio(q_tokens: list[str], n_tokens: list[str]) -> float:
    """Return how well each query word matches its closest name word, on average."""
    best = [max(fuzz.ratio(qt, nt) for nt in n_tokens) for qt in q_tokens]
    return sum(best) / len(best)
