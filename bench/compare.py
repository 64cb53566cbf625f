"""Compare outlets: contradiction and quote-variant quality, and the speed of proposals.

Quality runs on bench/compare_stories/ (fictional stories written for this
benchmark: seven events, the fourth first written as a held-out check (see
its note), a market fire, a ministers' meeting, a dengue outbreak, a
landslide, a city election, quarterly economic figures and a labour rally
(two attributed crowd estimates in every article) added after the first
held-out score, a chemical plant fire, a train derailment and a volcanic
eruption (written later by a gold author who had not read the rules), a
tornado and a burst water main (dev12, by another such author), a school
roof collapse, a toxic algae bloom and an ammonia leak (dev13, by a third
such author, with near misses that must not be flagged),
Indonesian and English articles, wire copies,
figures that agree in other words or units, figures of another day or
meeting). Each story's `story.json` lists its articles, the claims and quotes
an editor would annotate (with value and unit, as the annotation form
stores them), and the gold links: which claim pairs contradict and which
quote pairs are the same quote. The harness runs the same pure code as the
app (annotations.text.facts, .contradictions, .variants) on the cleaned
bodies and reports:

- contradiction recall and precision, over claim pairs;
- variant recall (and precision, for information);
- the time to group and propose for a story of 50 articles with 30 claims
  each (synthetic sentences in both languages);
- the coverage table's render time (p95) for that story, through the real
  page, when the app's database layer is importable.

bench/compare_holdout/ holds more stories in the same format, written by
someone who had not read the rules, on events nowhere else in the project.
Nobody working on the rules reads them; they are reported as their own
figures ("holdout contradiction recall" and so on) beside the dev stories'.
bench/compare_holdout2/ is a second such set, by another author, on other
events ("holdout2 contradiction recall" and so on); same rule, same goals.
bench/compare_holdout3/ is a third, by a third author, on yet other events
("holdout3 contradiction recall" and so on); same rule, same goals.
bench/compare_holdout4/ is a fourth, by a fourth author (`gold4`), on four
more events ("holdout4 contradiction recall" and so on); same rule, same goals.
bench/compare_holdout5/ is a fifth, by a fifth author (`gold5`, who read
neither the rules nor the other holdouts), on four more events ("holdout5
contradiction recall" and so on); same rule, same goals.
bench/compare_holdout6/ is a sixth, by a sixth author (`gold6`, who read
neither the rules nor the other holdouts), on four more events ("holdout6
contradiction recall" and so on); same rule, same goals.
bench/compare_holdout7/ is a seventh, written by `gold7` on 2026-12-07 (who
read neither the rules nor the other holdouts), on three more events, one
Indonesian, one English and one mixed ("holdout7 contradiction recall" and
so on); same rule, same goals.
bench/compare_holdout8/ is an eighth, written by `gold8` on 2026-12-07 (who
read neither the rules nor the other holdouts), on three more events, one
Indonesian, one English and one mixed ("holdout8 contradiction recall" and
so on); same rule, same goals.
bench/compare_holdout9/ is a ninth, written by `gold9` on 2026-12-07 (who
read neither the rules nor the other holdouts), on three more events, one
Indonesian, one English and one mixed ("holdout9 contradiction recall" and
so on); same rule, same goals.
bench/compare_holdout10/ to bench/compare_holdout15/ are six more, written
by `gold10` to `gold15` on 2026-12-07 (each read neither the rules nor the
other holdouts), each on three more events, one Indonesian, one English and
one mixed ("holdout10 contradiction recall" and so on); same rule, same goals.

Gold follows one convention, written in bench/compare_stories/README.md for
every set's authors: a contradiction is two outlets' values for one quantity
at one time that disagree beyond their hedges. A figure of another day,
meeting, place, year, group or quantity is another fact, and a figure an
article says was revised on a later day is no contradiction of the one it
replaced; "hampir/nearly N" agrees with values just below N, not above; a
compound duration ("1 jam 30 menit") is one claim; currencies never compare.

Each set also prints its missed contradictions and wrong proposals counted
by kind (a side not suggested or joined into another claim, a side in no
fact or the two in two facts with the rule that kept them apart, one fact
but judged agreeing or one source; a revised figure, figures in other units,
agreeing figures judged apart, two facts grouped as one by the days they are
of): counts only, so the blind sets print them too and say where their
misses lie without showing any.

    .venv/bin/python bench/compare.py [--verbose] [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import Figure, percentile, print_figures  # noqa: E402

from annotations.text.cleaning import clean  # noqa: E402
from annotations.text.contradictions import CONTRADICTS, propose  # noqa: E402
from annotations.text.facts import (  # noqa: E402
    GROUP_THRESHOLD,
    MAX_SPREAD,
    group_facts,
    story_features,
)
from annotations.text.families import canonical_unit, in_base  # noqa: E402
from annotations.text.fingerprints import sketch  # noqa: E402
from annotations.text.likeness import likeness, veto  # noqa: E402
from annotations.text.matching import same_person  # noqa: E402
from annotations.text.metadata import detect_language  # noqa: E402
from annotations.text.sentences import ClaimInfo, claim_info  # noqa: E402
from annotations.text.sources import ArticleInfo, source_groups  # noqa: E402
from annotations.text.variants import (  # noqa: E402
    SAME_QUOTE_THRESHOLD,
    QuoteInfo,
    coverages,
    propose_same_quotes,
    quote_likeness,
    tokens,
)

try:
    from annotations.text.claims import find_claims  # noqa: E402
except ImportError:  # before the claim finder landed
    find_claims = None

STORIES = ROOT / "bench" / "compare_stories"
# The first three holdouts were retired on 2026-12-07 (12:05 UTC), the next
# three the same day (17:45 UTC), three more at 20:50 UTC and two at 23:40 UTC:
# rule writers may read them since (--verbose --stories bench/compare_holdout8).
HOLDOUT = ROOT / "bench" / "compare_holdout"  # retired
HOLDOUT2 = ROOT / "bench" / "compare_holdout2"  # retired
HOLDOUT3 = ROOT / "bench" / "compare_holdout3"  # retired
HOLDOUT4 = ROOT / "bench" / "compare_holdout4"  # retired
HOLDOUT5 = ROOT / "bench" / "compare_holdout5"  # retired
HOLDOUT6 = ROOT / "bench" / "compare_holdout6"  # retired
HOLDOUT7 = ROOT / "bench" / "compare_holdout7"  # retired
HOLDOUT8 = ROOT / "bench" / "compare_holdout8"  # retired
HOLDOUT9 = ROOT / "bench" / "compare_holdout9"  # retired
HOLDOUT10 = ROOT / "bench" / "compare_holdout10"  # retired
HOLDOUT11 = ROOT / "bench" / "compare_holdout11"  # retired
RETIRED = (
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    HOLDOUT7,
    HOLDOUT8,
    HOLDOUT9,
    HOLDOUT10,
    HOLDOUT11,
)
HOLDOUT12 = ROOT / "bench" / "compare_holdout12"  # never read it to tune a rule
HOLDOUT13 = ROOT / "bench" / "compare_holdout13"  # nor this one
HOLDOUT14 = ROOT / "bench" / "compare_holdout14"  # nor this one
HOLDOUT15 = ROOT / "bench" / "compare_holdout15"  # nor this one


def _find(body: str, text: str, n: int = 1) -> int:
    start = -1
    for _ in range(n):
        start = body.find(text, start + 1)
        if start < 0:
            raise ValueError(f"{text!r} is not in the article")
    return start


def load_story(
    folder: Path, use_measured: bool = True, suggested: bool = False
) -> dict:
    """Return the story's claims and quotes as the pure modules take them, and its gold pairs.

    With `suggested`, the claims are every claim the finder suggests in the
    articles (as an editor sees them "with every claim suggested"), and
    `gold_of` maps each to the gold claim its span overlaps most, if any.
    """
    from datetime import date

    spec = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    bodies, infos, published = {}, [], {}
    for i, article in enumerate(spec["articles"], start=1):
        raw = (folder / article["file"]).read_text(encoding="utf-8")
        bodies[article["file"]] = clean(raw).body
        published[article["file"]] = (
            date.fromisoformat(article["published"])
            if article.get("published")
            else None
        )
        infos.append(
            ArticleInfo(
                i,
                article["outlet"],
                article.get("wire_source", ""),
                sketch(bodies[article["file"]]),
            )
        )
    number = {a["file"]: i for i, a in enumerate(spec["articles"], start=1)}
    # What the claim finder reads in each article (measured phrase, bound), as
    # the app has it once suggestions ran; the editor's value and unit win.
    found = (
        {name: find_claims(body) for name, body in bodies.items()}
        if find_claims
        else {}
    )
    sources = source_groups(infos)
    ids = {}
    claims = []
    for k, item in enumerate(spec["claims"], start=1):
        body = bodies[item["file"]]
        start = _find(body, item["text"], item.get("n", 1))
        end = start + len(item["text"])
        ids[item["id"]] = k
        candidate = next(
            (c for c in found.get(item["file"], []) if c.start < end and start < c.end),
            None,
        )
        article = number[item["file"]]
        claims.append(
            claim_info(
                body,
                start,
                end,
                id=k,
                article=article,
                value=Decimal(item["value"]),
                unit=item["unit"],
                approximate=bool(item.get("approximate")),
                bound=item.get("bound", "") or (candidate.bound if candidate else ""),
                measured=item.get("measured", "")
                or (candidate.measured if candidate and use_measured else ""),
                published=published[item["file"]],
                source=sources[article],
            )
        )
    gold_of: dict[int, int] = {}
    if suggested:
        spans = {}  # gold id -> (file, start, end)
        for item in spec["claims"]:
            start = _find(bodies[item["file"]], item["text"], item.get("n", 1))
            spans[ids[item["id"]]] = (item["file"], start, start + len(item["text"]))
        claims = []
        k = 100_000  # suggested claims' ids, apart from the gold ones
        for name, body in bodies.items():
            article = number[name]
            for c in found.get(name, []):
                k += 1
                claims.append(
                    claim_info(
                        body,
                        c.start,
                        c.end,
                        id=k,
                        article=article,
                        value=c.value,
                        unit=c.unit,
                        approximate=c.approximate,
                        bound=c.bound,
                        measured=c.measured,
                        published=published[name],
                        source=sources[article],
                    )
                )
                overlaps = [
                    (min(c.end, end) - max(c.start, start), gold)
                    for gold, (file, start, end) in spans.items()
                    if file == name and c.start < end and start < c.end
                ]
                if overlaps:
                    gold_of[k] = max(overlaps)[1]
    quotes = []
    for k, item in enumerate(spec["quotes"], start=1000):
        body = bodies[item["file"]]
        _find(body, item["text"], item.get("n", 1))
        ids[item["id"]] = k
        article = number[item["file"]]
        quotes.append(
            QuoteInfo(
                k,
                article,
                item["speaker"],
                item["text"],
                sources[article],
                item["speaker"],
            )
        )
    names = {v: k for k, v in ids.items()}
    gold_contradicts = {frozenset((ids[a], ids[b])) for a, b in spec["contradicts"]}
    gold_same = {frozenset((ids[a], ids[b])) for a, b in spec["same_quote"]}
    return {
        "name": folder.name,
        "claims": claims,
        "quotes": quotes,
        "contradicts": gold_contradicts,
        "same_quote": gold_same,
        "names": names,
        "gold_of": gold_of,
    }


def story_folders(stories: Path = STORIES) -> list[Path]:
    if not stories.is_dir():
        return []
    return sorted(p for p in stories.iterdir() if (p / "story.json").exists())


def _as_gold(proposed: set[frozenset], gold_of: dict[int, int]) -> set[frozenset]:
    """Return suggested-claim pairs as gold-claim pairs; a pair touching no gold stays apart.

    Two suggested claims over one gold claim make one pair; a pair with a
    claim matching no gold claim keeps its own ids, so it is never a gold pair.
    """
    out = set()
    for pair in proposed:
        a, b = sorted(pair)
        if a in gold_of and b in gold_of and gold_of[a] != gold_of[b]:
            out.add(frozenset((gold_of[a], gold_of[b])))
        else:
            out.add(frozenset((("no gold", a), ("no gold", b))))
    return out


# ---- Where misses lie, by kind (counts only: the blind sets print them too) ----


def _why_apart(i: int, j: int, feats, common) -> str:
    """Return why two claims grouping read were never joined: a rule's name, or how."""
    ruled = veto(feats[i], feats[j], common)
    if ruled == "concept":
        # A count of people nothing befell is a total: the outcome went unread.
        bare = "total" in feats[i].concepts or "total" in feats[j].concepts
        return "concept: a total against an outcome" if bare else "concept"
    if ruled:
        return ruled
    if likeness(feats[i], feats[j], common) < GROUP_THRESHOLD:
        return "weak likeness"
    low, high = sorted((abs(feats[i].base), abs(feats[j].base)))
    if low and high / low > MAX_SPREAD:
        return "spread"
    return "kept apart by the group"


def _missed_kind(a: int, b: int, read: dict) -> tuple[int, str]:
    """Return (stage, kind) for a real contradiction between claims a and b not proposed.

    The stage says how far the pair got (joined away, apart, one fact): of
    several suggested claims over one gold claim, the pair that got furthest
    tells why the gold pair was missed.
    """
    index, fact_of = read["index"], read["fact_of"]
    if a not in index or b not in index:
        return 1, "joined into another claim"
    if a in fact_of and b in fact_of and fact_of[a] == fact_of[b]:
        relation = read["relations"].get(frozenset((a, b)))
        if relation:
            return 6, "one fact, judged agreeing within hedges"
        ca, cb = read["claims"][index[a]], read["claims"][index[b]]
        if ca.article == cb.article or (ca.source or ca.article) == (
            cb.source or cb.article
        ):
            return 4, "one fact, one source (a wire copy)"
        return 5, "one fact, not paired (a large fact)"
    why = _why_apart(index[a], index[b], read["feats"], read["common"])
    if a not in fact_of or b not in fact_of:
        return 2, f"a side in no fact ({why})"
    return 3, f"two facts ({why})"


def _wrong_kind(a: int, b: int, read: dict, gold: tuple[int, int]) -> str:
    """Return the kind of a proposed contradiction the gold does not hold.

    `gold` names the two claims' gold claims (themselves, with the editor's
    claims). Two claims a third gold claim disputes both are agreeing figures
    judged apart; otherwise values more than 15% apart are two facts grouped
    as one, told by the time each is of (the day a claim's own sentence
    names, or the one read from an earlier sentence); two of one day were
    kept together by something other than their day.
    """
    index, feats, near = read["index"], read["feats"], read["gold_neighbours"]
    ca, cb = read["claims"][index[a]], read["claims"][index[b]]
    fa, fb = feats[index[a]], feats[index[b]]
    if fa.revised or fb.revised:
        return "a revised figure"
    if canonical_unit(ca.unit) != canonical_unit(cb.unit):
        return "figures in other units"
    if near.get(gold[0], set()) & near.get(gold[1], set()):
        return "agreeing figures judged apart (a third disputes both)"
    va, vb = sorted(abs(in_base(c.value, c.unit)) for c in (ca, cb))
    if va and vb / va <= Decimal("1.15"):
        return "close figures judged apart"
    own = [f.day is not None and not f.day_soft for f in (fa, fb)]
    if all(own) or (not any(own) and fa.day == fb.day):
        # Not a day error: both are of one day, so what set them apart (a
        # concept, a name, a group) was missed.
        when = "both of one day: another difference missed"
    elif fa.day_soft and fb.day_soft:
        when = "other days read from earlier sentences"
    elif any(own):
        when = "a day named on one side only"
    else:
        when = "no day on one side"
    return f"two facts grouped as one ({when})"


def diagnose(
    story: dict, facts, proposals, suggested: bool = False
) -> tuple[Counter, Counter]:
    """Return a story's missed contradictions and wrong proposals, counted by kind.

    Missed: a side not suggested, joined into another claim (a range's end, a
    duration's part), a side in no fact or the two in two facts (with the rule
    that kept them apart: "day", "concept", "names", "weak likeness",
    "spread", ...), or in one fact but judged agreeing, one source, or not
    paired. Wrong: a suggested claim over no gold claim or two over one, a
    revised figure, figures in other units, agreeing figures judged apart (a
    third gold claim disputes both), close figures, or two facts grouped as
    one (by the days the two are of). Counts only, so a blind set may print
    them.
    """
    claims, feats, common = story_features(story["claims"])
    read = {
        "claims": claims,
        "feats": feats,
        "common": common,
        "index": {c.id: k for k, c in enumerate(claims)},
        "fact_of": {m: n for n, f in enumerate(facts) for m in f.members},
        "relations": {frozenset((p.source, p.target)): p.relation for p in proposals},
        "gold_neighbours": defaultdict(set),
    }
    for pair in story["contradicts"]:
        x, y = sorted(pair)
        read["gold_neighbours"][x].add(y)
        read["gold_neighbours"][y].add(x)
    contradictions = {
        frozenset((p.source, p.target)) for p in proposals if p.relation == CONTRADICTS
    }
    gold_of = story["gold_of"]
    found = _as_gold(contradictions, gold_of) if suggested else contradictions
    missed: Counter = Counter()
    for pair in story["contradicts"] - found:
        g1, g2 = sorted(pair)
        if suggested:
            s1 = [k for k, g in gold_of.items() if g == g1]
            s2 = [k for k, g in gold_of.items() if g == g2]
            if not s1 or not s2:
                missed["a side not suggested"] += 1
                continue
            missed[max(_missed_kind(x, y, read) for x in s1 for y in s2)[1]] += 1
        else:
            missed[_missed_kind(g1, g2, read)[1]] += 1
    wrong: Counter = Counter()
    for pair in contradictions:
        a, b = sorted(pair)
        if suggested:
            if a not in gold_of or b not in gold_of:
                wrong["a claim over no gold claim"] += 1
                continue
            if gold_of[a] == gold_of[b]:
                wrong["two claims over one gold claim"] += 1
                continue
            if frozenset((gold_of[a], gold_of[b])) in story["contradicts"]:
                continue
            gold = (gold_of[a], gold_of[b])
        elif pair in story["contradicts"]:
            continue
        else:
            gold = (a, b)
        wrong[_wrong_kind(a, b, read, gold)] += 1
    return missed, wrong


# A missed variant pair scoring this close under the threshold is "just under".
JUST_UNDER = 0.15


def diagnose_variants(story: dict, proposals) -> dict:
    """Return a story's missed variant pairs by kind, and the scores of found and missed.

    Each missed pair is counted once in every facet: "language" (across
    languages or one), "speaker" (one, named apart, or a side unnamed),
    "shape" (one side much shorter: a partial quote; split in two by one
    outlet: two quotes of one article are variants of the other side; or
    whole), "score" (just under the threshold, far under, or vetoed to 0 by
    a number or a denial) and "words" (no word with a counterpart, or some).
    Scores also of the pairs of one speaker's other statements (the gold
    joins no path between them; wire copies, never paired, left out), so
    the margin above them shows. Counts only: a blind set may print them.
    """
    quotes = {q.id: q for q in story["quotes"]}
    gold = story["same_quote"]
    found = {frozenset((p.source, p.target)) for p in proposals}
    partners: dict[int, set[int]] = defaultdict(set)
    for pair in gold:
        x, y = sorted(pair)
        partners[x].add(y)
        partners[y].add(x)
    facets = {f: Counter() for f in ("language", "speaker", "shape", "score", "words")}
    scores = {"found": [], "missed": [], "others": []}
    for pair in gold:
        a, b = (quotes[i] for i in sorted(pair))
        score = quote_likeness(a.exact, b.exact)
        if pair in found:
            scores["found"].append(score)
            continue
        scores["missed"].append(score)
        languages = {detect_language(q.exact) for q in (a, b)}
        facets["language"][
            "across languages" if len(languages) == 2 else "one language"
        ] += 1
        if not a.speaker or not b.speaker:
            speaker = "a side unnamed"
        elif a.speaker == b.speaker or same_person(
            a.speaker_name or str(a.speaker), b.speaker_name or str(b.speaker)
        ):
            speaker = "one speaker"
        else:
            speaker = "speakers named apart"
        facets["speaker"][speaker] += 1
        ta, tb = tokens(a.exact), tokens(b.exact)
        halves = any(
            sum(quotes[k].article == other.article for k in partners[one.id]) > 1
            for one, other in ((a, b), (b, a))
        )
        if halves:
            shape = "split in two by one outlet"
        elif min(len(ta), len(tb)) < 0.6 * max(len(ta), len(tb)):
            shape = "one side much shorter"
        else:
            shape = "whole on both sides"
        facets["shape"][shape] += 1
        cover = coverages(ta, tb)
        if score >= SAME_QUOTE_THRESHOLD:
            band = "over the threshold, " + (
                "one article"
                if a.article == b.article
                else "one source (a wire copy)"
                if a.source is not None and a.source == b.source
                else "not paired"
            )
        elif score == 0 and any(cover):
            band = "vetoed (a number or a denial)"
        elif score >= SAME_QUOTE_THRESHOLD - JUST_UNDER:
            band = "just under the threshold"
        else:
            band = "far under the threshold"
        facets["score"][band] += 1
        words = "no word with a counterpart" if not any(cover) else "some words shared"
        facets["words"][words] += 1
    # One statement's renderings: the gold pairs, joined (a wire copy of
    # a variant is one too).
    statement = {q.id: q.id for q in story["quotes"]}

    def root(i: int) -> int:
        while statement[i] != i:
            i = statement[i]
        return i

    for pair in gold:
        x, y = sorted(pair)
        statement[root(y)] = root(x)
    by_speaker: dict[object, list] = defaultdict(list)
    for q in story["quotes"]:
        if q.speaker:
            by_speaker[q.speaker].append(q)
    for group in by_speaker.values():
        for x, a in enumerate(group):
            for b in group[x + 1 :]:
                copies = a.source is not None and a.source == b.source
                if a.article != b.article and not copies and root(a.id) != root(b.id):
                    scores["others"].append(quote_likeness(a.exact, b.exact))
    return {"facets": facets, "scores": scores}


def scores_line(scores: list[float]) -> str:
    """Return a list of scores as "n=12 min 0.45 median 0.71 max 1", or "none"."""
    if not scores:
        return "none"
    ranked = sorted(scores)
    median = ranked[len(ranked) // 2]
    return f"n={len(ranked)} min {ranked[0]:g} median {median:g} max {ranked[-1]:g}"


def print_variant_kinds(q: dict, prefix: str) -> None:
    """Print a set's missed variant pairs by kind and its score spread: counts only."""
    facets, scores = q["variant facets"], q["variant scores"]
    line = " | ".join(kinds_line(facets[f]) for f in facets if facets[f])
    print(f"{prefix}missed variants by kind: {line or 'none'}")
    print(
        f"{prefix}variant scores: found {scores_line(scores['found'])}; "
        f"missed {scores_line(scores['missed'])}; "
        f"other pairs of one speaker {scores_line(scores['others'])}"
    )


def kinds_line(counts: Counter) -> str:
    """Return counts by kind, most first: "3 two facts (day); 1 a revised figure"."""
    if not counts:
        return "none"
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "; ".join(f"{n} {kind}" for kind, n in ranked)


def quality(
    verbose: bool = False,
    use_measured: bool = True,
    stories: Path = STORIES,
    suggested: bool = False,
) -> dict[str, float]:
    """Return a set's figures: with the editor's claims, or every claim suggested."""
    totals = {"gold_c": 0, "found_c": 0, "proposed_c": 0, "right_c": 0}
    totals |= {"gold_q": 0, "found_q": 0, "proposed_q": 0, "right_q": 0}
    missed_kinds: Counter = Counter()
    wrong_kinds: Counter = Counter()
    variant_facets: dict[str, Counter] = defaultdict(Counter)
    variant_scores: dict[str, list[float]] = defaultdict(list)
    for folder in story_folders(stories):
        story = load_story(folder, use_measured, suggested)
        facts = group_facts(story["claims"])
        proposals = propose(facts, story["claims"])
        contradictions = {
            frozenset((p.source, p.target))
            for p in proposals
            if p.relation == CONTRADICTS
        }
        if suggested:
            contradictions = _as_gold(contradictions, story["gold_of"])
        missed, wrong = diagnose(story, facts, proposals, suggested)
        missed_kinds.update(missed)
        wrong_kinds.update(wrong)
        same = {
            frozenset((p.source, p.target))
            for p in propose_same_quotes(story["quotes"])
        }
        variants = diagnose_variants(story, propose_same_quotes(story["quotes"]))
        for facet, counts in variants["facets"].items():
            variant_facets[facet].update(counts)
        for side, values in variants["scores"].items():
            variant_scores[side] += values
        gold_c, gold_q = story["contradicts"], story["same_quote"]
        totals["gold_c"] += len(gold_c)
        totals["found_c"] += len(gold_c & contradictions)
        totals["proposed_c"] += len(contradictions)
        totals["right_c"] += len(contradictions & gold_c)
        totals["gold_q"] += len(gold_q)
        totals["found_q"] += len(gold_q & same)
        totals["proposed_q"] += len(same)
        totals["right_q"] += len(same & gold_q)
        if verbose:
            claims = {c.id: c for c in story["claims"]}

            def name(i, names=story["names"], claims=claims, gold_of=story["gold_of"]):
                if isinstance(i, tuple):  # a suggested claim matching no gold claim
                    i = i[1]
                if i in names:
                    return names[i]
                if gold_of.get(i) in names:
                    return names[gold_of[i]]
                return f"({claims[i].exact})"

            def show(pairs):
                return sorted(tuple(sorted(map(name, pair))) for pair in pairs)

            print(f"-- {story['name']}" + (" (suggested claims)" if suggested else ""))
            for fact in facts:
                print(f"   fact {fact.label!r}: {[name(m) for m in fact.members]}")
            print(f"   missed contradictions: {show(gold_c - contradictions)}")
            print(f"   wrong contradictions:  {show(contradictions - gold_c)}")
            print(f"   missed same quotes:    {show(gold_q - same)}")
            print(f"   wrong same quotes:     {show(same - gold_q)}")

    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    return {
        "contradiction recall": ratio(totals["found_c"], totals["gold_c"]),
        "contradiction precision": ratio(totals["right_c"], totals["proposed_c"]),
        "variant recall": ratio(totals["found_q"], totals["gold_q"]),
        "variant precision": ratio(totals["right_q"], totals["proposed_q"]),
        "contradictions proposed": totals["proposed_c"],
        "contradictions real": totals["gold_c"],
        "variants real": totals["gold_q"],
        "missed kinds": missed_kinds,
        "wrong kinds": wrong_kinds,
        "variant facets": variant_facets,
        "variant scores": variant_scores,
    }


def suggested_figures(q: dict[str, float], prefix: str) -> list[Figure]:
    """Return the contradiction figures of one set with every claim suggested."""
    return [
        Figure(
            f"{prefix}suggested contradiction recall",
            round(q["contradiction recall"], 3),
            "",
            ">= 1.0",
            q["contradiction recall"] >= 1.0,
            "claims from find_claims, matched to gold by span",
        ),
        Figure(
            f"{prefix}suggested contradiction precision",
            round(q["contradiction precision"], 3),
            "",
            ">= 0.8",
            q["contradiction precision"] >= 0.8,
            f"{q['contradictions proposed']} proposed",
        ),
    ]


def set_figures(stories: Path, prefix: str) -> list[Figure]:
    """Return one set's figures: editor's claims, then every claim suggested."""
    count = len(story_folders(stories))
    if not count:
        return []
    q = quality(stories=stories)
    figures = quality_figures(q, prefix, count)
    print_kinds(q, prefix or "dev ")
    print_variant_kinds(q, prefix or "dev ")
    if find_claims:
        q = quality(stories=stories, suggested=True)
        figures += suggested_figures(q, prefix)
        print_kinds(q, f"{prefix or 'dev '}suggested ")
    return figures


def print_kinds(q: dict, prefix: str) -> None:
    """Print a set's missed contradictions and wrong proposals by kind: counts only."""
    print(f"{prefix}missed contradictions by kind: {kinds_line(q['missed kinds'])}")
    print(f"{prefix}wrong contradictions by kind: {kinds_line(q['wrong kinds'])}")


def quality_figures(q: dict[str, float], prefix: str, stories: int) -> list[Figure]:
    """Return the quality figures of one set of stories, names starting with prefix."""
    return [
        Figure(
            f"{prefix}contradiction recall",
            round(q["contradiction recall"], 3),
            "",
            ">= 1.0",
            q["contradiction recall"] >= 1.0,
            f"{q['contradictions real']} real contradictions in {stories} stories",
        ),
        Figure(
            f"{prefix}contradiction precision",
            round(q["contradiction precision"], 3),
            "",
            ">= 0.8",
            q["contradiction precision"] >= 0.8,
            f"{q['contradictions proposed']} proposed",
        ),
        Figure(
            f"{prefix}variant recall",
            round(q["variant recall"], 3),
            "",
            ">= 0.8",
            q["variant recall"] >= 0.8,
            f"{q['variants real']} real variant pairs",
        ),
        Figure(
            f"{prefix}variant precision",
            round(q["variant precision"], 3),
            "",
            "",
            None,
        ),
    ]


# ---- A big synthetic story ------------------------------------------------------------

_NAMES = ["Sari Wulandari", "Tan Boon Hock", "Marta Lindqvist", "Hendra Kusuma", "Bayu Pratama", "Ratna Dewi"]  # fmt: skip
_TEMPLATES = [
    (
        "id",
        "{who} melakukan pembicaraan dengan {other} selama {value} jam pada {day}.",
        "hour",
    ),
    ("en", "{who} held talks with {other} for {value} hours on {day}.", "hour"),
    ("id", "Gempa menewaskan {value} orang di {place} pada {day}.", "person"),
    ("en", "The quake killed {value} people in {place} on {day}.", "person"),
    ("id", "Sebanyak {value} orang luka-luka di {place}.", "person"),
    ("en", "Some {value} people were injured in {place}.", "person"),
    ("id", "Kerugian di {place} mencapai Rp {value} miliar.", "IDR"),
    ("en", "Losses in {place} reached {value} billion rupiah.", "IDR"),
    ("id", "Harga beras di {place} naik {value} persen.", "percent"),
    ("en", "Rice prices in {place} rose {value} percent.", "percent"),
]
_PLACES = ["Cianjur", "Garut", "Palu", "Mamuju", "Lombok", "Sleman", "Bantul"]
_DAYS_ID = ["Senin (4/3)", "Selasa (5/3)", "Rabu (6/3)"]
_DAYS_EN = ["March 4", "March 5", "March 6"]


def synthetic_story(articles: int = 50, per_article: int = 30, seed: int = 7):
    """Return ClaimInfo for `articles` articles of `per_article` claims about ~40 facts."""
    rng = random.Random(seed)
    facts = []
    for _ in range(40):
        lang_pair = rng.randrange(0, len(_TEMPLATES), 2)
        who, other = rng.sample(_NAMES, 2)
        facts.append(
            {
                "pair": lang_pair,
                "who": who,
                "other": other,
                "place": rng.choice(_PLACES),
                "day": rng.randrange(3),
                "value": rng.choice([3, 6, 7.5, 12, 40, 150, 300]),
            }
        )
    claims = []
    k = 0
    for article in range(1, articles + 1):
        for fact in rng.sample(facts, per_article):
            k += 1
            lang, template, unit = _TEMPLATES[fact["pair"] + rng.randrange(2)]
            value = fact["value"] if rng.random() > 0.2 else fact["value"] * 1.5
            day = (_DAYS_ID if lang == "id" else _DAYS_EN)[fact["day"]]
            shown = str(value).replace(".", "," if lang == "id" else ".")
            sentence = template.format(
                who=fact["who"],
                other=fact["other"],
                place=fact["place"],
                day=day,
                value=shown,
            )
            at = sentence.index(shown)
            claims.append(
                claim_info(
                    sentence,
                    at,
                    at + len(shown),
                    id=k,
                    article=article,
                    value=Decimal(str(value)),
                    unit=unit,
                    source=article,
                )
            )
    return claims


def proposal_speed(quick: bool = False) -> float:
    claims = synthetic_story()
    samples = []
    for _ in range(2 if quick else 5):
        start = time.perf_counter()
        facts = group_facts(claims)
        propose(facts, claims)
        samples.append(time.perf_counter() - start)
    return max(samples)


def lexicon_load() -> tuple[float, float, bool]:
    """Return the seconds (wall, CPU) the open dictionaries take to read, and if found."""
    from annotations.text import lexicon

    lexicon.configure()  # forget them: the next lookup reads them again
    start, start_cpu = time.perf_counter(), time.process_time()
    found = lexicon.available()
    return time.perf_counter() - start, time.process_time() - start_cpu, found


def same_quote_speed(quick: bool = False) -> tuple[float, float]:
    """Return the seconds to propose same quotes for 50 articles of 10 quotes each.

    The quotes are the dev stories' own, dealt to five speakers, so most
    pairs are different statements and some are renderings of one.
    """
    texts = [q.exact for f in story_folders(STORIES) for q in load_story(f)["quotes"]]
    rng = random.Random(11)
    quotes = [
        QuoteInfo(k, k // 10, _NAMES[k % 5], rng.choice(texts), k // 10, _NAMES[k % 5])
        for k in range(500)
    ]
    samples, cpu = [], []
    for _ in range(1 if quick else 3):
        start, start_cpu = time.perf_counter(), time.process_time()
        propose_same_quotes(quotes)
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return max(samples), max(cpu)


def run(quick: bool = False) -> list[Figure]:
    figures = set_figures(STORIES, "")
    figures += set_figures(HOLDOUT, "holdout ")
    figures += set_figures(HOLDOUT2, "holdout2 ")
    figures += set_figures(HOLDOUT3, "holdout3 ")
    figures += set_figures(HOLDOUT4, "holdout4 ")
    figures += set_figures(HOLDOUT5, "holdout5 ")
    figures += set_figures(HOLDOUT6, "holdout6 ")
    figures += set_figures(HOLDOUT7, "holdout7 ")
    figures += set_figures(HOLDOUT8, "holdout8 ")
    figures += set_figures(HOLDOUT9, "holdout9 ")
    figures += set_figures(HOLDOUT10, "holdout10 ")
    figures += set_figures(HOLDOUT11, "holdout11 ")
    figures += set_figures(HOLDOUT12, "holdout12 ")
    figures += set_figures(HOLDOUT13, "holdout13 ")
    figures += set_figures(HOLDOUT14, "holdout14 ")
    figures += set_figures(HOLDOUT15, "holdout15 ")
    took = proposal_speed(quick)
    figures.append(
        Figure(
            "proposals 50 articles x 30 claims",
            round(took * 1000),
            "ms",
            "< 2000 ms",
            took < 2.0,
            "grouping + proposals, worst of several runs",
        )
    )
    load_s, load_cpu, found = lexicon_load()
    figures.append(
        Figure(
            "open dictionaries load",
            round(load_s * 1000),
            "ms",
            "",
            None,
            f"CPU {load_cpu * 1000:.0f} ms, once per process, at its first proposals"
            if found
            else "not installed: the built-in table only",
        )
    )
    quotes_s, quotes_cpu = same_quote_speed(quick)
    figures.append(
        Figure(
            "same-quote proposals 50 articles x 10 quotes",
            round(quotes_s * 1000),
            "ms",
            "",
            None,
            f"CPU {quotes_cpu * 1000:.0f} ms; 5 speakers, dev stories' quotes, worst of runs",
        )
    )
    p95, propose_s, rows = coverage_timing(quick)
    figures.append(
        Figure(
            "coverage table p95",
            round(p95, 1),
            "ms",
            "< 150 ms",
            p95 < 150,
            f"50 articles x 30 claims, {rows} facts, GET through Django",
        )
    )
    figures.append(
        Figure(
            "find contradictions, 50 x 30 (service)",
            round(propose_s * 1000),
            "ms",
            "",
            None,
            "facts stored and links written, on SQLite",
        )
    )
    return figures


def coverage_timing(quick: bool = False) -> tuple[float, float, int]:
    """Return the coverage table's p95 (ms), the service's time (s) and the row count.

    Builds a throwaway SQLite database through the real migrations with the
    synthetic story's 50 articles and 1,500 claims, runs "Find contradictions"
    (the service), then GETs the coverage table as the page's HTMX refresh does.
    """
    import os
    import tempfile

    tmp = tempfile.TemporaryDirectory(prefix="newsroom-bench-compare-")
    os.environ.pop("DATABASE_URL", None)
    os.environ["NEWSROOM_SQLITE_PATH"] = str(Path(tmp.name) / "compare.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    os.environ["DJANGO_DEBUG"] = "1"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.test import Client

    from annotations import services
    from annotations.models import Annotation, Article, Outlet, Story
    from annotations.roles import ensure_roles

    call_command("migrate", verbosity=0)
    ensure_roles()
    user = User.objects.create_user(username="bench", password="x")
    user.groups.add(Group.objects.get(name="editor"))
    story = Story.objects.create(title="Bench", slug="bench")
    claims = synthetic_story()
    by_article: dict[int, list[ClaimInfo]] = {}
    for claim in claims:
        by_article.setdefault(claim.article, []).append(claim)
    annotations = []
    for n, members in by_article.items():
        outlet = Outlet.objects.create(name=f"Outlet {n:02d}")
        body = "\n\n".join(c.sentence for c in members)
        article = Article.objects.create(
            outlet=outlet, story=story, title=f"Article {n}", raw_text=body,
            body=body, content_hash=f"bench-{n}",
        )  # fmt: skip
        at = 0
        for claim in members:
            start = at + claim.offset
            annotations.append(
                Annotation(
                    article=article,
                    kind="claim",
                    start=start,
                    end=start + len(claim.exact),
                    exact=claim.exact,
                    value=claim.value,
                    unit=claim.unit,
                )  # fmt: skip
            )
            at += len(claim.sentence) + 2
    Annotation.objects.bulk_create(annotations)
    start = time.perf_counter()
    services.link_propose_for_story(story=story, user=user)
    propose_s = time.perf_counter() - start
    client = Client()
    client.force_login(user)
    url = "/stories/bench/coverage/"
    samples, cpu = [], []
    for _ in range(20 if quick else 60):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, headers={"HX-Request": "true"})
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200
    print(
        f"coverage table: wall p95 {percentile(samples, 0.95):.0f} ms, "
        f"CPU p95 {percentile(cpu, 0.95):.0f} ms, {len(response.content) // 1024} KB"
    )
    rows = response.content.count(b'class="fact-row')
    tmp.cleanup()
    return percentile(samples, 0.95), propose_s, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--quality", action="store_true", help="the dev stories' figures only"
    )
    parser.add_argument(
        "--stories",
        type=Path,
        default=STORIES,
        help="the dev stories or a retired holdout (never a live holdout)",
    )
    args = parser.parse_args()
    stories = args.stories.resolve()
    if stories != STORIES and stories not in RETIRED:
        parser.error("--stories takes the dev stories or a retired holdout only")
    if args.verbose:  # never print a live holdout story
        quality(verbose=True, stories=stories)
        if find_claims:
            quality(verbose=True, stories=stories, suggested=True)
    if args.quality:
        print_figures(set_figures(stories, ""))
        return 0
    print_figures(run(args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
