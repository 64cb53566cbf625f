"""Propose how the claims of one fact relate: they contradict or they corroborate.

Only claims of the same fact (annotations.text.facts) are compared, so "tiga
jam" with Wang Yi on Monday is never set against the six hours with Qin Gang
on Sunday. Within a fact each value stands for a range: an exact "7,5 jam" is
7.5 hours, "sekitar enam jam" is 6 hours give or take its hedge, "lebih dari 5
jam" is anything from 5 up, "hingga 8 jam" anything up to 8. Two claims whose
ranges meet corroborate; two whose ranges do not meet contradict.

Claims from one source (an article and its wire copy) are never paired: a
copy repeating its original proves nothing. A fact reported by many outlets
would make many pairs: beyond SMALL_FACT members each claim is paired with
one representative of every value the fact holds, so an editor reviews one
proposal per disagreement, not every pair.

Each proposal carries a confidence and a reason (a code with its values) that
the caller turns into words in the reader's language.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations

from annotations.text.changes import revised_from
from annotations.text.facts import FactGroup
from annotations.text.families import (
    IMPERIAL,
    canonical_unit,
    in_base,
    unit_family,
    vague_range,
)
from annotations.text.joins import joined_claims
from annotations.text.numbers import parse_quantity
from annotations.text.sentences import ClaimInfo, claim_span

# A hedged value ("sekitar", "about") agrees with values within 10% of it,
# and a round one ("six hours", "500 people") a little more.
APPROXIMATION = Decimal("0.1")
ROUND_APPROXIMATION = Decimal("0.1")
SMALL_FACT = 8
_INFINITY = Decimal("Infinity")

CONTRADICTS = "contradicts"
CORROBORATES = "corroborates"
SAME_QUOTE = "same_quote"


@dataclass(frozen=True)
class Proposal:
    source: int  # annotation ids, source < target
    target: int
    relation: str  # "contradicts" | "corroborates" | "same_quote"
    confidence: float  # 0..1
    reason: str  # code: "values_differ", "values_agree", "same_value", "same_words", …
    details: tuple[tuple[str, str], ...] = ()  # the reason's values, for its words

    @property
    def params(self) -> dict[str, str]:
        return dict(self.details)


def _number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def shown(claim: ClaimInfo) -> str:
    """Return a claim's value compactly: "≈6 hour", ">5 person", "7.5 hour"."""
    mark = {"min": "≥", "max": "≤"}.get(claim.bound, "")
    if claim.approximate:
        mark = "≈" + mark
    if claim.high is not None:
        return f"{_number(claim.value)}–{_number(claim.high)} {claim.unit}".strip()
    return f"{mark}{_number(claim.value)} {claim.unit}".strip()


def _is_round(value: Decimal) -> bool:
    value = abs(value)
    if value == 0 or value != value.to_integral_value():
        return False
    return value < 13 or value % 5 == 0


# A figure written with a scale word is rounded to its last digit: "Rp 1,2
# triliun" is anything that rounds to it (1,15 to 1,25 triliun), so "Rp 1,23
# triliun" agrees with it. Never more than ROUNDING_CAP of the value: "Rp 3
# triliun" is not 2,5.
_SCALED = re.compile(
    r"(\d+(?:[.,]\d+)*)\s*(?:ribu|rb|thousand|juta|jt|million|mln|mn|miliar|milyar"
    r"|billion|bn|triliun|trilyun|trillion|tn)\b",
    re.IGNORECASE,
)
ROUNDING_CAP = Decimal("0.05")
# A fraction in words is a share to the nearest percent: "a third" (0.33)
# agrees with 33 and 33.3 percent, "half" with 50, not 48.
FRACTION_ROUNDING = Decimal("0.5")


def _rounding(claim: ClaimInfo, value: Decimal) -> Decimal:
    """Return half the step of the figure's last written digit, in the base unit.

    >>> _rounding(ClaimInfo(1, "a", Decimal("1.2e12"), "IDR", exact="Rp 1,2 triliun"), Decimal("1.2e12"))
    Decimal('4.9E+10')
    """
    m = _SCALED.search(claim.exact)
    if not m:
        return Decimal(0)
    digits = m.group(1)
    places = 0
    for separator in ".,":
        head, sep, tail = digits.rpartition(separator)
        if sep and len(tail) != 3:  # "1,2", "1.35": decimals; "1.200": thousands
            places = len(tail)
    # Just under half a step: "1,2 juta" and "1,3 juta" never meet.
    step = Decimal(1).scaleb(-places) * Decimal("0.49")
    number = Decimal(
        digits.replace(",", ".") if places else re.sub(r"[.,]", "", digits)
    )
    if not number:
        return Decimal(0)
    return min(abs(value) * step / number, abs(value) * ROUNDING_CAP)


def _vague_range(claim: ClaimInfo, value: Decimal) -> tuple[Decimal, Decimal] | None:
    """Return the range a vague amount spans, in the base unit, or None.

    >>> _vague_range(ClaimInfo(1, "a", Decimal(1000), "person", exact="Ribuan buruh"), Decimal(1000))
    (Decimal('1000'), Decimal('9999'))
    """
    return vague_range(claim.exact, value)


def value_range(claim: ClaimInfo) -> tuple[Decimal, Decimal | None]:
    """Return (low, high) in the family's base unit; high None for "at least".

    A hedged upper bound is "hampir", "nearly": close to the number and below
    it, so it runs from one hedge below the number up to the number ("hampir
    enam jam" is neither four hours nor six and a half; "hingga 8 jam", a
    bare bound, is any time to 8).

    >>> value_range(ClaimInfo(1, "a", Decimal(6), "hour", approximate=True))
    (Decimal('5.4'), Decimal('6.6'))
    >>> value_range(ClaimInfo(1, "a", Decimal(6), "hour", approximate=True, bound="max"))
    (Decimal('5.4'), Decimal('6'))
    """
    value = in_base(claim.value, claim.unit)
    vague = _vague_range(claim, value)
    if vague is not None:
        low, high = vague
        if claim.bound == "min":
            return low, None
        return low, high
    if claim.high is not None:  # a range: "5-7 jam"
        return value, in_base(claim.high, claim.unit)
    rounded = _rounding(claim, value)
    if claim.unit == "fraction":  # "a third" is 33.3 percent, stored as 0.33
        rounded = max(rounded, FRACTION_ROUNDING)
    low, high = value - rounded, value + rounded
    if claim.approximate:
        slack = ROUND_APPROXIMATION if _is_round(claim.value) else APPROXIMATION
        low, high = value * (1 - slack), value * (1 + slack)
    if claim.bound == "min":
        return low, None
    if claim.bound == "max":
        if claim.approximate:  # "hampir 100": up to 100, not past it
            return low, value
        return Decimal(0), high
    return low, high


def _meet(a: tuple[Decimal, Decimal | None], b: tuple[Decimal, Decimal | None]) -> bool:
    a_high = _INFINITY if a[1] is None else a[1]
    b_high = _INFINITY if b[1] is None else b[1]
    return a[0] <= b_high and b[0] <= a_high


# Bounds that leave their number out: "more than three times" is past 3,
# "nearly three times" and "under 40" short of it. Two such bounds pointing
# away from one number never meet there ("more than 3" against "nearly 3");
# "at least 10" and "up to 10" both hold 10, and an exact figure is read as
# loosely as the bound ("hampir lima jam" and "lima jam" agree).
_STRICT_LOW = re.compile(
    r"\b(?:lebih\s+(?:dari(?:pada)?|banyak\s+dari)|di\s+atas|melebihi|more\s+than"
    r"|over|above|in\s+excess\s+of|exceeding|upwards\s+of)\b",
    re.IGNORECASE,
)
_STRICT_HIGH = re.compile(
    r"\b(?:kurang\s+dari|di\s+bawah|(?:belum|tidak|tak)\s+(?:sampai|mencapai)"
    r"|less\s+than|fewer\s+than|under|below|just\s+under|short\s+of)\b",
    re.IGNORECASE,
)


def _open_low(claim: ClaimInfo) -> bool:
    return claim.bound == "min" and bool(_STRICT_LOW.search(claim.exact))


def _open_high(claim: ClaimInfo) -> bool:
    return claim.bound == "max" and (
        claim.approximate or bool(_STRICT_HIGH.search(claim.exact))
    )


def _plain_hedge(claim: ClaimInfo) -> bool:
    """Return whether a claim is "sekitar/about N": hedged, no bound, range or vague amount."""
    return (
        claim.approximate
        and not claim.bound
        and claim.high is None
        and _vague_range(claim, in_base(claim.value, claim.unit)) is None
    )


# The time someone is given to act: "memiliki waktu 60 hari untuk", "has 60
# days to", "a deadline of 60 days".
_GIVEN_TIME = re.compile(
    r"\b(?:(?:memiliki|punya|mempunyai|diberi|mendapat)\s+waktu|tenggat(?:\s+waktu)?"
    r"|batas\s+waktu|has|have|had|given|deadline\s+of)\s+$",
    re.IGNORECASE,
)


def _given_time(claim: ClaimInfo) -> bool:
    sentence, start, _ = claim_span(claim)
    return bool(_GIVEN_TIME.search(sentence, max(0, start - 40), start))


def _deadline_against_time_given(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Return whether a limit told as "within 90 days" meets an exact time given.

    "must rule on the deal within 90 days" is the time the commission is
    given, as "memiliki waktu 60 hari untuk memberi keputusan" is: two
    deadlines, not a deed done within one.
    """
    for limit, given in ((a, b), (b, a)):
        if (
            limit.bound == "max"
            and unit_family(limit.unit)[0] == "time"
            and not given.bound
            and not given.approximate
            and in_base(limit.value, limit.unit) != in_base(given.value, given.unit)
            and _given_time(given)
        ):
            return True
    return False


def _agree(a: ClaimInfo, b: ClaimInfo, ra: tuple, rb: tuple) -> bool:
    """Return whether two claims' ranges meet, bounds that leave their number out allowed for."""
    if _deadline_against_time_given(a, b):
        return False
    if not _meet(ra, rb):
        return False
    if _plain_hedge(a) and _plain_hedge(b) and not _converted(a, b):
        # "sekitar 450" and "sekitar 540": each hedge holds values within 10%
        # of its own number; two hedges agree when one holds the other's
        # number, not when their margins merely touch. Converted between
        # systems ("sekitar 5 mil" and "about nine kilometres"), the margins
        # also hold the rounding on the way.
        va, vb = in_base(a.value, a.unit), in_base(b.value, b.unit)
        return ra[0] <= vb <= ra[1] or rb[0] <= va <= rb[1]
    for low, high, r_low, r_high in ((a, b, ra, rb), (b, a, rb, ra)):
        if (
            low.bound == "min"
            and high.bound == "max"
            and r_high[1] is not None
            and r_low[0] == r_high[1]
            and (_open_low(low) or _open_high(high))
        ):
            return False
    return True


def _gap(a: tuple[Decimal, Decimal | None], b: tuple[Decimal, Decimal | None]) -> float:
    """Return how far apart two ranges are, relative to the larger value (0..1)."""
    (a_lo, a_hi), (b_lo, b_hi) = a, b
    if a_hi is not None and a_hi < b_lo:
        distance, size = b_lo - a_hi, b_lo
    elif b_hi is not None and b_hi < a_lo:
        distance, size = a_lo - b_hi, a_lo
    else:
        return 0.0
    return float(distance / size) if size else 1.0


# A figure converted between the imperial and the metric system is rounded
# on the way: "five miles" (8.05 km) and "8 km", "500 acres" (202 ha) and
# "200 hektare" agree; "500 acres" and "500 hektare" do not.
CONVERSION_SLACK = Decimal("0.03")


def _converted(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Return whether one claim's unit is imperial and the other's metric, of one family."""
    return (canonical_unit(a.unit) in IMPERIAL) != (
        canonical_unit(b.unit) in IMPERIAL
    ) and (unit_family(a.unit)[0] == unit_family(b.unit)[0])


def _widened(r: tuple[Decimal, Decimal | None]) -> tuple[Decimal, Decimal | None]:
    low, high = r
    return low * (1 - CONVERSION_SLACK), None if high is None else high * (
        1 + CONVERSION_SLACK
    )


def compare(a: ClaimInfo, b: ClaimInfo, cohesion: float = 1.0) -> Proposal:
    """Return how two claims of one fact relate.

    >>> six = ClaimInfo(1, "kj", Decimal(6), "hour", approximate=True)
    >>> compare(six, ClaimInfo(2, "dt", Decimal("7.5"), "hour")).relation
    'contradicts'
    """
    first, second = (a, b) if a.id < b.id else (b, a)
    ra, rb = value_range(first), value_range(second)
    if _converted(first, second):
        # Rounding on the way widens an exact figure; a hedge already holds it.
        ra = ra if first.approximate else _widened(ra)
        rb = rb if second.approximate else _widened(rb)
    details = (("a", shown(first)), ("b", shown(second)))
    exact_equal = (
        first.high is None
        and second.high is None
        and not first.approximate
        and not second.approximate
        and not first.bound
        and not second.bound
        and ra[0] == rb[0]
    )
    if exact_equal:
        return Proposal(
            first.id, second.id, CORROBORATES, round(0.6 + 0.4 * cohesion, 3),
            "same_value", details,
        )  # fmt: skip
    if _agree(first, second, ra, rb):
        hedged = first.approximate or second.approximate
        reason = "within_bound" if (first.bound or second.bound) else "within_hedge"
        if not hedged and not (first.bound or second.bound):
            reason = "values_agree"
        return Proposal(
            first.id, second.id, CORROBORATES, round(0.45 + 0.4 * cohesion, 3),
            reason, details,
        )  # fmt: skip
    gap = _gap(ra, rb)
    # Far apart and firmly the same fact: sure. Barely apart: an editor decides.
    strength = min(1.0, 0.55 + gap * 2)
    confidence = round(min(1.0, strength * (0.55 + 0.45 * cohesion)), 3)
    reason = (
        "beyond_hedge" if (first.approximate or second.approximate) else "values_differ"
    )
    if first.bound or second.bound:
        reason = "beyond_bound"
    va = in_base(first.value, first.unit)
    vb = in_base(second.value, second.unit)
    largest = max(abs(va), abs(vb))
    apart = float(abs(va - vb) / largest) if largest else 0.0
    details = (*details, ("gap", str(round(apart * 100))))
    return Proposal(first.id, second.id, CONTRADICTS, confidence, reason, details)


def value_groups(members: Sequence[ClaimInfo]) -> list[list[ClaimInfo]]:
    """Return the members grouped by agreeing values: every two in a group meet."""
    ranged = sorted(
        ((value_range(c), c) for c in members), key=lambda rc: (rc[0][0], rc[1].id)
    )
    groups: list[list[tuple]] = []
    for r, claim in ranged:
        for group in groups:
            if all(_agree(claim, other, r, ro) for ro, other in group):
                group.append((r, claim))
                break
        else:
            groups.append([(r, claim)])
    return [[claim for _, claim in group] for group in groups]


def replaced_by(claim: ClaimInfo) -> Decimal | None:
    """Return the figure (in the base unit) the claim's sentence says it was revised from.

    "BMKG memutakhirkan kekuatan gempa dari 5,8 menjadi 5,5": the 5,5 replaced
    5,8, so another outlet's 5,8 is that first figure, no second opinion.
    """
    start = claim.offset if claim.offset >= 0 else claim.sentence.find(claim.exact)
    if start < 0 or not claim.sentence:
        return None
    found = parse_quantity(revised_from(claim.sentence, start))
    return in_base(found.value, claim.unit) if found else None


def propose_for_fact(fact: FactGroup, claims: Sequence[ClaimInfo]) -> list[Proposal]:
    """Return the proposals between the claims of one fact, from different sources."""
    by_id = {c.id: c for c in claims}
    members = [by_id[m] for m in fact.members if m in by_id]

    def source(c: ClaimInfo) -> object:
        return c.source if c.source is not None else c.article

    if len(members) <= SMALL_FACT:
        pairs = combinations(members, 2)
    else:
        pairs = []
        groups = value_groups(members)
        heads = [min(g, key=lambda c: c.id) for g in groups]
        for group, head in zip(groups, heads, strict=True):
            pairs.extend((c, head) for c in group if c is not head)
        pairs.extend(combinations(heads, 2))
    replaced = {c.id: replaced_by(c) for c in members}
    found = []
    for a, b in pairs:
        if source(a) == source(b) or a.article == b.article:
            continue
        if any(
            replaced[x.id] is not None and replaced[x.id] == in_base(y.value, y.unit)
            for x, y in ((a, b), (b, a))
        ):
            continue  # a revised figure and the one it says it replaced
        found.append(compare(a, b, fact.cohesion))
    return found


def propose(facts: Sequence[FactGroup], claims: Sequence[ClaimInfo]) -> list[Proposal]:
    """Return the proposals of every fact, contradictions first, surest first."""
    by_fact: dict[int, list[ClaimInfo]] = defaultdict(list)
    member_of = {m: i for i, f in enumerate(facts) for m in f.members}
    for claim in joined_claims(claims):  # "5 jam 50 menit", "5-7 jam": one value
        if claim.id in member_of:
            by_fact[member_of[claim.id]].append(claim)
    proposals = []
    for i, fact in enumerate(facts):
        proposals.extend(propose_for_fact(fact, by_fact[i]))
    proposals.sort(
        key=lambda p: (p.relation != CONTRADICTS, -p.confidence, p.source, p.target)
    )
    return proposals
