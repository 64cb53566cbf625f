"""Read a compound duration or a range as one claim: "5 jam 50 menit", "5-7 jam".

The claim finder reads each part as a claim of its own; compared alone, "5
jam" would contradict "hampir enam jam" and "at least 5" agree with nine
hours. The parts are joined before grouping.

Pure: no Django.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from annotations.text.families import unit_family
from annotations.text.sentences import ClaimInfo, claim_span

# Between the parts of one duration: "5 jam 50 menit", "2 hours and 15 minutes".
_DURATION_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:dan|and)\s+)?", re.IGNORECASE)


def _neighbours(
    claims: Sequence[ClaimInfo], keep: Callable[[ClaimInfo], bool]
) -> tuple[dict[int, tuple[str, int, int]], list[list[ClaimInfo]]]:
    """Return the kept claims' spans and, per sentence, the kept claims in reading order."""
    spans: dict[int, tuple[str, int, int]] = {}
    by_place: dict[tuple[object, str], list[ClaimInfo]] = defaultdict(list)
    for claim in claims:
        if keep(claim):
            spans[claim.id] = claim_span(claim)
            by_place[(claim.article, spans[claim.id][0])].append(claim)
    groups = list(by_place.values())
    for group in groups:
        group.sort(key=lambda c: spans[c.id][1])
    return spans, groups


def join_durations(claims: Sequence[ClaimInfo]) -> list[ClaimInfo]:
    """Return the claims with each compound duration read as one value.

    The claim finder reads "5 jam 50 menit" as two claims (5 hours, 50
    minutes), as its gold does; compared alone, "5 jam" would contradict
    "hampir enam jam". The larger part takes the whole duration in the
    smaller unit (350 minutes, its words widened to both parts) and the
    smaller part goes: it is no figure of its own.

    >>> s = "Pencarian berlangsung 5 jam 50 menit."
    >>> hours = ClaimInfo(1, "a", Decimal(5), "hour", exact="5 jam", sentence=s, offset=22)
    >>> minutes = ClaimInfo(2, "a", Decimal(50), "minute", exact="50 menit", sentence=s, offset=28)
    >>> [(c.id, c.value, c.unit, c.exact) for c in join_durations([hours, minutes])]
    [(1, Decimal('350'), 'minute', '5 jam 50 menit')]
    """
    spans, groups = _neighbours(
        claims,
        lambda c: (
            c.value is not None
            and bool(c.exact)
            and not c.bound
            and unit_family(c.unit)[0] == "time"
        ),
    )
    joined: dict[int, ClaimInfo] = {}
    dropped: set[int] = set()
    for group in groups:
        for big, small in zip(group, group[1:], strict=False):
            sentence, _, big_end = spans[big.id]
            small_start = spans[small.id][1]
            big_factor = unit_family(big.unit)[1]
            small_factor = unit_family(small.unit)[1]
            if (
                big.id in dropped
                or big.id in joined
                or small.approximate
                or big_factor <= small_factor
                or small.value * small_factor >= big_factor  # "2 jam 90 menit"
                or big_end > small_start
                or not _DURATION_JOIN.fullmatch(sentence[big_end:small_start])
            ):
                continue
            ratio = big_factor / small_factor  # 60 minutes an hour, 24 hours a day
            if abs(ratio - ratio.to_integral_value()) < Decimal("1e-9"):
                ratio = ratio.to_integral_value()
            joined[big.id] = replace(
                big,
                value=big.value * ratio + small.value,
                unit=small.unit,
                exact=sentence[spans[big.id][1] : spans[small.id][2]],
                offset=spans[big.id][1],
            )
            dropped.add(small.id)
    if not joined:
        return list(claims)
    return [joined.get(c.id, c) for c in claims if c.id not in dropped]


# Between the ends of a range: "5-7 jam", "antara 300 dan 400 orang".
_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.?d\.?|to|and|dan)\s*", re.IGNORECASE
)


# The word joining the ends when the finder kept it with the upper end
# ("lima" + "hingga tujuh hari").
_RANGE_LEAD = re.compile(
    r"(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|to)\s+", re.IGNORECASE
)


# Two plain figures offered as alternatives: "tiga atau empat kapal", "two or
# three days" span both.
_ALTERNATIVE_JOIN = re.compile(r"\s*(?:atau|or)\s*", re.IGNORECASE)


def join_ranges(claims: Sequence[ClaimInfo]) -> list[ClaimInfo]:
    """Return the claims with each range read as one claim from its low to its high end.

    The claim finder reads "5-7 jam" as two bounds (at least 5, at most 7);
    compared alone, "at least 5" would agree with nine hours. The lower end
    takes the range (value 5, high 7) and the upper end goes.

    >>> s = "Pemadaman berlangsung 5-7 jam."
    >>> low = ClaimInfo(1, "a", Decimal(5), "hour", bound="min", exact="5", sentence=s, offset=22)
    >>> high = ClaimInfo(2, "a", Decimal(7), "hour", bound="max", exact="7 jam", sentence=s, offset=24)
    >>> [(c.id, c.value, c.high, c.bound) for c in join_ranges([low, high])]
    [(1, Decimal('5'), Decimal('7'), '')]
    """
    spans, groups = _neighbours(
        claims,
        lambda c: c.value is not None and bool(c.exact) and c.high is None,
    )
    joined: dict[int, ClaimInfo] = {}
    dropped: set[int] = set()
    for group in groups:
        for low, high in zip(group, group[1:], strict=False):
            sentence, low_start, low_end = spans[low.id]
            _, high_start, high_end = spans[high.id]
            between = sentence[low_end:high_start] if low_end <= high_start else "-"
            lead = _RANGE_LEAD.match(high.exact)
            bounds = (low.bound, high.bound)
            if (
                low.id in dropped
                or unit_family(low.unit) != unit_family(high.unit)
                or high.value <= low.value
                or not (
                    (
                        bounds == ("min", "max")
                        and (
                            _RANGE_JOIN.fullmatch(between)
                            or (lead and _RANGE_JOIN.fullmatch(between + lead.group()))
                        )
                    )
                    or (bounds == ("", "") and _ALTERNATIVE_JOIN.fullmatch(between))
                )
            ):
                continue
            joined[low.id] = replace(
                low,
                bound="",
                approximate=low.approximate or high.approximate,
                high=high.value,
                exact=sentence[low_start:high_end],
                offset=low_start,
            )
            dropped.add(high.id)
    if not joined:
        return list(claims)
    return [joined.get(c.id, c) for c in claims if c.id not in dropped]


def joined_claims(claims: Sequence[ClaimInfo]) -> list[ClaimInfo]:
    """Return the claims with compound durations and ranges each read as one."""
    return join_ranges(join_durations(claims))
