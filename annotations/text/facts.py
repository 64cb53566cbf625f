"""Group a story's claims by what they measure: one fact, several outlets' values.

"Dia mengadakan pembicaraan bilateral dengan Qin Gang selama sekitar enam jam"
and "pembicaraan Blinken dan Qin, yang berlangsung selama 7,5 jam pada Minggu
(18/6)" measure one thing (the length of the Blinken–Qin talks), so they form
one fact and their values can be compared. "Pada Senin (19/6) ... Wang Yi, dan
melakukan pembicaraan selama tiga jam" is a different meeting on a different
day: same unit, same kind of event, different fact.

What a claim measures is read from, in order of strength:
- its unit family (hours and minutes compare, hours and people never); a
  count's family is what it counts, named alike in both languages ("titik
  panas" / "hotspots"), and "5 jam 50 menit" is one duration;
- the measured phrase (from the claim finder or the editor) or, without one,
  the words around the number inside its clause, mapped onto a small
  bilingual table of concepts (talks, dead, injured, losses, …): "tewas" and
  "killed" are one concept, "tewas" and "luka" two that never share a fact;
- the people and places named in the sentence: claims naming different
  counterparts (Qin Gang / Wang Yi) and nobody in common are different facts;
- the day the sentence gives ("Minggu (18/6)", "on Sunday"): two days differ,
  two facts; so do two years, a part and its whole, the figure a change
  started from and the one it reached, a count of children (women,
  foreigners) and a count of everybody;
- the values themselves: a fact's values stay within three times each
  other, so the police's crowd and the organisers' are two facts; a vague
  amount ("puluhan rumah", 10 to 99) within ten times of its span, so it
  meets the exact figure it disagrees with (340 houses).

A part is told in many ways ("termasuk dua petugas", "Dari jumlah itu, 35",
"nine of them seriously", "47 di antaranya rusak berat"): a bare part meets
only other parts; a part that names what sets it apart (how badly, which
group, what befell them) meets that count however it is phrased. A day that
opens a sentence ("Hingga Rabu (8/4), ...") is the day of all its figures;
a share of a group ("65 persen pasien") is no rate or change.

A look-back period ("dalam lima tahun terakhir", "in the past five years",
"sejak 2018") is the frame of another statement, not a measurement: it is
never grouped, so it is never compared.

Each reading lives in its own module: families (which units compare, base values),
concepts (what is measured), counted_things (what a count counts), names, places,
days (the time a figure is of), parts, changes, givers and near_misses;
features gathers them for one claim and likeness compares two. This module
decides the groups. joins reads a compound duration or a range as one claim
first; sources says which articles are one source (a wire copy).

Pure: no Django. Claims come in as ClaimInfo (sentences); groups go out as FactGroup.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from annotations.text.concepts import concept_words
from annotations.text.counted_things import count_families
from annotations.text.families import vague_range
from annotations.text.features import Features, features
from annotations.text.joins import joined_claims
from annotations.text.likeness import likeness
from annotations.text.names import common_names, name_word
from annotations.text.sentences import ClaimInfo, claim_span, clause_around, fold


@dataclass(frozen=True)
class FactGroup:
    key: str  # stable for the same members' features: "time:talks:qin-gang"
    label: str  # short words from the claims: "pembicaraan · Qin Gang"
    family: str
    members: tuple[int, ...]  # claim ids, in the order given
    cohesion: float  # 0..1: the weakest likeness that holds the group together
    notes: tuple[str, ...] = field(default=())


GROUP_THRESHOLD = 0.3


# A fact's values stay within this factor of each other. Outlets that
# disagree more are far likelier to count different things (the police's
# crowd and the organisers', a part and the whole, a day's and the total)
# than one thing: the dev stories' real disagreements reach 2x at most.
MAX_SPREAD = Decimal(3)


# Where each article gives only one figure of a physical measure (one
# length, one area), no other figure of that article can be the one another
# outlet disputes: its values may stand this far apart. Sums, counts, shares
# and durations are not measured once: the insurance and the aid, the crowd
# and the dead, the flight and the wait are each a story's own.
WIDE_SPREAD = Decimal(5)
_PHYSICAL = frozenset({"length", "area", "mass", "volume", "speed"})


# A vague amount and an exact figure: within this factor of the vague span.
VAGUE_SPREAD = Decimal(10)


SAME_VALUE_BONUS = 0.1


def _label(members: Sequence[ClaimInfo], feats: Sequence[Features]) -> str:
    measured = _measured_label(members)
    if measured:
        return measured
    said: dict[str, int] = defaultdict(int)
    for claim in members:
        sentence, start, end = claim_span(claim)
        for word in dict.fromkeys(
            fold(w) for w in concept_words(clause_around(sentence, start, end))
        ):
            said[word] += 1
    concepts = [w for w, _ in sorted(said.items(), key=lambda x: (-x[1], x[0]))][:1]
    # Names several members mention, as the text writes them ("Qin Gang").
    counts: dict[frozenset[str], int] = defaultdict(int)
    for f in feats:
        for e in set(f.entities):
            counts[e] += 1
    names = []
    for entity, n in sorted(counts.items(), key=lambda x: (-x[1], sorted(x[0]))):
        others = sum(m for e, m in counts.items() if e != entity and e & entity)
        if n + others < 2 or any(entity & shown for shown, _ in names):
            continue
        names.append((entity, _written(entity, members)))
        if len(names) == 2:
            break
    names = [written for _, written in names]
    parts = concepts + names
    if not parts:
        words: dict[str, int] = defaultdict(int)
        for f in feats:
            for w in f.words:
                words[w] += 1
        parts = [w for w, _ in sorted(words.items(), key=lambda x: -x[1])[:3]]
    return " · ".join(parts) or feats[0].family


def _measured_label(members: Sequence[ClaimInfo]) -> str:
    """Return the measured phrase most members share words with, capitalised.

    "perundingan", "Perundingan perikanan Selat Biru" and "talks" name one
    fact: the phrase whose words the most other members use wins, then the
    one that says more (up to six words), then the first.
    """
    phrases = [c.measured for c in members if c.measured]
    if not phrases:
        return ""
    words = [{fold(w) for w in re.findall(r"[^\W_]+", p)} for p in phrases]

    def score(k: int) -> tuple[int, int, int]:
        shared = sum(1 for j, other in enumerate(words) if j != k and words[k] & other)
        return (shared, min(len(words[k]), 6), -k)

    best = phrases[max(range(len(phrases)), key=score)]
    return best[:1].upper() + best[1:]


def _written(entity: frozenset[str], members: Sequence[ClaimInfo]) -> str:
    for claim in members:
        for m in re.finditer(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}", claim.sentence):
            words = m.group().split()
            for i in range(len(words)):
                for j in range(len(words), i, -1):
                    if frozenset(name_word(w) for w in words[i:j]) == entity:
                        return " ".join(words[i:j])
    return " ".join(sorted(entity)).title()


def _key(family: str, feats: Sequence[Features]) -> str:
    concepts = sorted(set().union(*(f.concepts for f in feats)))
    counts: dict[str, int] = defaultdict(int)
    for f in feats:
        for e in f.entities:
            for w in e:
                counts[w] += 1
    names = sorted(w for w, n in counts.items() if n >= 2)[:3]
    days = sorted({str(f.day) for f in feats if f.day is not None})[:1]
    return ":".join([family, "+".join(concepts), "+".join(names), *days])[:200]


def story_features(
    claims: Sequence[ClaimInfo], *, common: frozenset[str] | None = None
) -> tuple[list[ClaimInfo], list[Features], frozenset[str]]:
    """Return what grouping reads of a story: its claims, their features, its common names.

    Compound durations and ranges are joined into one claim each and claims
    without a value or unit left out; count families that name one thing in
    two languages become one; the common names are those most articles name
    (unless given).
    """
    claims = [c for c in joined_claims(claims) if c.value is not None and c.unit]
    feats = [features(c) for c in claims]
    same = count_families(f.family for f in feats)
    if same:
        feats = [replace(f, family=same.get(f.family, f.family)) for f in feats]
    if common is None:
        by_article: dict[object, list] = defaultdict(list)
        for c, f in zip(claims, feats, strict=True):
            by_article[c.article].extend(f.entities)
        common = common_names(by_article.values())
    return claims, feats, common


def group_facts(
    claims: Sequence[ClaimInfo], *, common: frozenset[str] | None = None
) -> list[FactGroup]:
    """Return the facts of a story: claims of two or more articles measuring one thing.

    Claims join greedily, most alike pairs first; a pair never joins when any
    member of one group rules out any member of the other (another day,
    another counterpart, another concept), and one article brings at most one
    value to a fact unless it repeats the same value; a fact's values stay
    within MAX_SPREAD of each other. Claims nothing resembles stay out: a fact
    needs two articles.
    """
    claims, feats, common = story_features(claims, common=common)
    # A vague amount's top: "puluhan rumah" runs from 10 to 99.
    tops = [_top(c, f.base) for c, f in zip(claims, feats, strict=True)]
    of_kind = Counter((c.article, f.family) for c, f in zip(claims, feats, strict=True))
    sole = [
        f.family in _PHYSICAL and of_kind[c.article, f.family] == 1
        for c, f in zip(claims, feats, strict=True)
    ]
    # Claims worded alike (a wire story in ten outlets, one figure repeated)
    # share their features but for the value: they start as one node, and
    # likeness is computed once per pair of nodes.
    signature: dict[Features, int] = {}
    sig = [
        signature.setdefault(replace(f, base=Decimal(0)), len(signature)) for f in feats
    ]
    by_sig = {v: k for k, v in signature.items()}
    memo: dict[tuple[int, int], float] = {}

    def score_of(x: int, y: int) -> float:
        key = (x, y) if x <= y else (y, x)
        found = memo.get(key)
        if found is None:
            found = memo[key] = likeness(by_sig[key[0]], by_sig[key[1]], common)
        return found

    # groups: root -> claim indexes; sigs: root -> the signatures it holds.
    groups: dict[int, list[int]] = {}
    sigs: dict[int, set[int]] = {}
    weakest: dict[int, float] = {}
    root_of_sig: dict[int, int] = {}
    for i, f in enumerate(feats):
        if f.period:
            continue
        root = root_of_sig.get(sig[i])
        if root is not None and _can_join(groups[root], [i], claims, feats, tops, sole):
            groups[root].append(i)
            continue
        groups[i], sigs[i], weakest[i] = [i], {sig[i]}, 1.0
        if root is None:
            root_of_sig[sig[i]] = i
    for root, members in groups.items():
        if len(members) > 1:
            weakest[root] = score_of(sig[root], sig[root])
    # Candidate pairs of nodes: same family, not both one and the same article.
    buckets: dict[str, list[int]] = defaultdict(list)
    for root in groups:
        buckets[feats[root].family].append(root)
    pairs: list[tuple[float, int, int]] = []
    for roots in buckets.values():
        for x, i in enumerate(roots):
            articles_i = {claims[m].article for m in groups[i]}
            for j in roots[x + 1 :]:
                if (
                    len(articles_i) == 1
                    and {claims[m].article for m in groups[j]} == articles_i
                ):
                    continue
                score = score_of(sig[i], sig[j])
                if score > 0 and feats[i].base == feats[j].base:
                    # The same figure in two articles is likely the same fact:
                    # it goes first when the words alone leave a choice
                    # (two candidates' shares, both "persen suara").
                    score += SAME_VALUE_BONUS
                if score >= GROUP_THRESHOLD:
                    pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    parent = {root: root for root in groups}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    refused: set[tuple[int, int, int, int]] = set()
    for score, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        left, right = groups[ri], groups[rj]
        # Groups only grow: two groups of unchanged sizes were refused before.
        attempt = (ri, rj, len(left), len(right))
        if attempt in refused:
            continue
        # Complete linkage on vetoes: nobody in one group may rule out anybody
        # in the other (another day, another counterpart, another concept).
        if not _can_join(left, right, claims, feats, tops, sole) or not all(
            score_of(x, y) > 0 for x in sigs[ri] for y in sigs[rj]
        ):
            refused.add(attempt)
            continue
        if len(left) < len(right):
            ri, rj, left, right = rj, ri, right, left
        parent[rj] = ri
        left.extend(right)
        sigs[ri] |= sigs.pop(rj)
        weakest[ri] = min(weakest[ri], weakest[rj], score)
        del groups[rj]
    facts = []
    for root, members in groups.items():
        if len({claims[m].article for m in members}) < 2:
            continue
        members.sort()
        member_claims = [claims[m] for m in members]
        member_feats = [feats[m] for m in members]
        family = member_feats[0].family
        facts.append(
            FactGroup(
                key=_key(family, member_feats),
                label=_label(member_claims, member_feats),
                family=family,
                members=tuple(c.id for c in member_claims),
                cohesion=round(weakest[root], 3),
            )
        )
    facts.sort(key=lambda f: (-len(f.members), f.members))
    return facts


def _top(claim: ClaimInfo, base: Decimal) -> Decimal | None:
    """Return the highest value a vague amount spans, in the base unit, or None."""
    if claim.approximate and (found := vague_range(claim.exact, base)):
        return found[1]
    return None


def _holds(i: int, j: int, feats: Sequence[Features], tops: Sequence) -> bool:
    """Return whether one of two claims is a vague amount spanning the other's value.

    "Ribuan warga berunjuk rasa ... Polisi memperkirakan sekitar 2.000 orang":
    one article telling one count vaguely, then exactly.
    """
    for v, w in ((i, j), (j, i)):
        top = tops[v] if tops else None
        if top is not None and feats[v].base <= feats[w].base <= top:
            return True
    return False


def _can_join(
    left: list[int],
    right: list[int],
    claims: Sequence[ClaimInfo],
    feats: Sequence[Features],
    tops: Sequence[Decimal | None] = (),
    sole: Sequence[bool] = (),
) -> bool:
    """Return whether joining keeps one value per article (a repeated value, or
    a vague amount spanning the other, is fine) and every value within
    MAX_SPREAD of the others.

    A vague amount spans its magnitude ("puluhan rumah": 10 to 99): an exact
    figure within VAGUE_SPREAD of that span may be the same fact told
    vaguely, and the two then contradict ("puluhan" against 340 houses).
    """
    by_article: dict[object, list[int]] = defaultdict(list)
    for i in left:
        by_article[claims[i].article].append(i)
    for j in right:
        for i in by_article.get(claims[j].article, ()):
            if feats[i].base != feats[j].base and not _holds(i, j, feats, tops):
                return False
    if MAX_SPREAD:  # 0: no limit
        members = (*left, *right)
        exact = [abs(feats[i].base) for i in members if not tops or tops[i] is None]
        spread = WIDE_SPREAD if sole and all(sole[i] for i in members) else MAX_SPREAD
        if exact:
            low, high = min(exact), max(exact)
            if low and high / low > spread:
                return False
        vague = [i for i in members if tops and tops[i] is not None]
        if vague:
            lows = [abs(feats[i].base) for i in members]
            highs = [
                abs(feats[i].base) if tops[i] is None else tops[i] for i in members
            ]
            low, high = min(highs), max(lows)
            if low and high / low > VAGUE_SPREAD:
                return False
    return True
