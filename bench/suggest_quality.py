"""How well quotes, speakers and numeric claims are found, against hand-written gold.

The gold (bench/gold/*.json for the dev set, bench/gold/holdout/*.json,
bench/gold/holdout2/*.json, bench/gold/holdout3/*.json,
bench/gold/holdout4/*.json, bench/gold/holdout5/*.json,
bench/gold/holdout6/*.json, bench/gold/holdout7/*.json,
bench/gold/holdout8/*.json, bench/gold/holdout9/*.json,
bench/gold/holdout10/*.json to bench/gold/holdout15/*.json for the
holdout sets; format in bench/gold/README.md) names each quote and
claim by its words and their n-th occurrence in `cleaning.clean(raw).body`. The holdout
articles are for measuring only: the engineers who write the rules do not read
them, so their figures tell how well the rules generalise.

Predictions are what the app suggests: `annotations.text.suggestions.detect`
(before it existed, `quotes.find_quotes` and `claims.find_claims`, or
`numbers.find_quantities` before claims.py, said in the figures' note).

Matching, per article: a prediction matches a gold item when their spans
overlap (claims: and their values are equal), one to one, largest overlap
first. Precision = matched / predicted, recall = matched / gold, summed over
the articles of a set (micro-averaged). Speaker accuracy is over matched
quotes (`matching.same_person` with the gold speaker or one of its
`speaker_alt`, or both empty); unit accuracy over matched claims. Hedge
accuracy (approximate and bound) and measured accuracy (the measured phrase
shares a word with the gold one) have no goal yet.

    .venv/bin/python bench/suggest_quality.py [--verbose] [--set dev|holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|holdout15|all]
                                              [--min-confidence 0.0] [--check] [--sweep]

--verbose lists every missed gold item, every wrong prediction and every
wrong speaker or unit; --check only verifies that every gold text is found (a holdout prints its count only);
--sweep prints the figures at rising confidence thresholds. The holdout sets
print their per-language and overall figures only: no per-article rows, no
details, even with --verbose (--holdout-details is for the gold's author,
checking the gold, never for tuning a rule). holdout to holdout11 are retired
(the first three at 12:05 UTC and holdout4 to holdout6 at 17:45 UTC on
2026-12-07, holdout7 to holdout9 at 20:50 UTC on 2026-12-07, holdout10 and
holdout11 at 23:40 UTC on 2026-12-07): they print their details like the dev
set, and rule writers may read them; holdout12 to holdout15 stay blind
(eight articles each, written by `gold12`, `gold13`, `gold14` and `gold15`
on 2026-12-07, who read neither the rules nor the other holdouts).

Each set also counts its wrong speakers by kind (nobody suggested for
someone, someone for nobody, another of the article's voices, a name sharing a
word with the gold one, anyone else): counts only, so a blind set prints them
too and says where its misses lie without showing any. Claims are counted
the same way (`claim_error_kinds`): a missed one not found at all (by how
its number is written and its unit's family) or found with another value, a
matched one with a wrong unit, approximation or bound, and a wrong one on a
gold claim's words, on furniture (a line that does not end like a
sentence), in a unit of time (dates, ages, moments), without a unit, or
counting anything else.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotations.text.cleaning import clean  # noqa: E402
from annotations.text.matching import fold, same_person  # noqa: E402
from annotations.text.units import CURRENCIES, DURATIONS, UNIT_WORDS  # noqa: E402
from bench.common import Figure  # noqa: E402

GOLD = ROOT / "bench" / "gold"
SHARED = ROOT.parent / "shared"
SETS = {
    "dev": GOLD,
    "holdout": GOLD / "holdout",
    "holdout2": GOLD / "holdout2",
    "holdout3": GOLD / "holdout3",
    "holdout4": GOLD / "holdout4",
    "holdout5": GOLD / "holdout5",
    "holdout6": GOLD / "holdout6",
    "holdout7": GOLD / "holdout7",
    "holdout8": GOLD / "holdout8",
    "holdout9": GOLD / "holdout9",
    "holdout10": GOLD / "holdout10",
    "holdout11": GOLD / "holdout11",
    "holdout12": GOLD / "holdout12",
    "holdout13": GOLD / "holdout13",
    "holdout14": GOLD / "holdout14",
    "holdout15": GOLD / "holdout15",
}
# Measured, never read: aggregate figures only. holdout, holdout2 and holdout3
# were retired on 2026-12-07 (12:05 UTC), holdout4 to holdout6 the same day
# (17:45 UTC), holdout7 to holdout9 at 20:50 UTC, holdout10 and holdout11 at
# 23:40 UTC: rule writers read them since, like the dev set; their figures are
# no longer a blind measure.
HOLDOUTS = {"holdout12", "holdout13", "holdout15"}
HOLDOUTS.add("holdout14")  # by `gold14` on 2026-12-07, blind like the others
RETIRED = {
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
}

GOALS = {
    "quote precision": 0.90,
    "quote recall": 0.95,
    "speaker accuracy": 0.95,
    "claim precision": 0.90,
    "claim recall": 0.95,
}


class GoldError(ValueError):
    """A gold file that cannot be used: missing source, a text not in the body."""


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    data: dict  # the gold entry, or the prediction's fields


@dataclass
class Article:
    name: str
    body: str
    quotes: list[Item]
    claims: list[Item]
    warnings: list[str] = field(default_factory=list)
    language: str = ""


@dataclass
class Score:
    """Counts for one article or a whole set; figures are derived from them."""

    quotes_gold: int = 0
    quotes_predicted: int = 0
    quotes_matched: int = 0
    speakers_right: int = 0
    claims_gold: int = 0
    claims_predicted: int = 0
    claims_matched: int = 0
    units_right: int = 0
    hedges_right: int = 0
    measured_right: int = 0
    # Wrong speakers by kind (counts only, so a holdout may print them too).
    speaker_none_for_someone: int = 0  # nobody suggested, gold names someone
    speaker_someone_for_none: int = 0  # somebody suggested, gold says nobody
    speaker_form: int = 0  # a name sharing a word with the gold one
    speaker_other_voice: int = 0  # another of the article's gold speakers
    speaker_stranger: int = 0  # anyone else
    # Claim errors by kind (`claim_error_kinds`), counts only.
    claim_kinds: Counter = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name != "details":
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def rates(self) -> dict[str, float | None]:
        return {
            "quote precision": _ratio(self.quotes_matched, self.quotes_predicted),
            "quote recall": _ratio(self.quotes_matched, self.quotes_gold),
            "speaker accuracy": _ratio(self.speakers_right, self.quotes_matched),
            "claim precision": _ratio(self.claims_matched, self.claims_predicted),
            "claim recall": _ratio(self.claims_matched, self.claims_gold),
            "unit accuracy": _ratio(self.units_right, self.claims_matched),
            "hedge accuracy": _ratio(self.hedges_right, self.claims_matched),
            "measured accuracy": _ratio(self.measured_right, self.claims_matched),
        }


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# Gold ----------------------------------------------------------------------


def gold_files(which: str) -> list[Path]:
    return sorted(SETS[which].glob("*.json"))


def source_path(gold_file: Path, source: str) -> Path:
    """Seeds are relative to ../shared, the project's own articles to bench/gold/."""
    if source.startswith("seeds/"):
        return SHARED / source
    return GOLD / source


def locate(body: str, text: str, n: int = 1) -> int:
    """Return where the n-th occurrence of text starts in body, or -1.

    >>> locate("dua orang dan dua orang", "dua orang", 2)
    14
    """
    at = -1
    for _ in range(n):
        at = body.find(text, at + 1)
        if at < 0:
            return -1
    return at


def load(gold_file: Path) -> Article:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    path = source_path(gold_file, gold["source"])
    if not path.is_file():
        raise GoldError(
            f"{gold_file.name}: source {gold['source']} not found at {path}"
        )
    body = clean(path.read_text(encoding="utf-8")).body
    article = Article(gold_file.stem, body, [], [], language=gold.get("language", ""))
    for kind in ("quotes", "claims"):
        last_n: dict[str, int] = {}
        for entry in gold.get(kind, []):
            text, n = entry["text"], entry.get("n", 1)
            start = locate(body, text, n)
            if start < 0:
                raise GoldError(
                    f"{gold_file.name}: {kind[:-1]} {text!r} (n={n}) not in the body"
                )
            last_n[text] = max(n, last_n.get(text, 0))
            getattr(article, kind).append(Item(start, start + len(text), entry))
        for text, n in last_n.items():
            # Found again after its last entry: the n is worth a second look.
            if body.count(text) > n:
                article.warnings.append(
                    f"{kind[:-1]} {text!r} occurs {body.count(text)} times"
                )
    article.warnings.extend(_fragile(article))
    return article


def _fragile(article: Article) -> list[str]:
    """Warn about a gold text also found earlier in a paragraph holding no gold item.

    Such a paragraph is probably furniture (a headline, a promo): once the
    cleaner removes it, the n-th occurrence is a different one.
    """
    paragraphs, at = [], 0
    for paragraph in article.body.split("\n\n"):
        paragraphs.append((at, at + len(paragraph)))
        at += len(paragraph) + 2

    def paragraph_of(offset: int) -> int:
        return next(i for i, (_, end) in enumerate(paragraphs) if offset <= end)

    items = article.quotes + article.claims
    with_gold = {paragraph_of(item.start) for item in items}
    warnings = []
    for item in items:
        text = item.data["text"]
        at = article.body.find(text)
        while 0 <= at < item.start:
            if paragraph_of(at) not in with_gold:
                warnings.append(
                    f"{text!r} is also in a paragraph without gold, before it"
                )
                break
            at = article.body.find(text, at + 1)
    return warnings


# Predictions ---------------------------------------------------------------


def predictors():
    """Return (find_quotes, find_claims, note) for the code as it stands.

    The product suggests what `text/suggestions.detect` returns (quotes with
    the speaker's name completed from the article, claims within what the
    database holds), so that is measured when it exists; before it, the quote
    and claim finders themselves.
    """
    try:
        from annotations.text.suggestions import detect
    except ImportError:
        detect = None
    if detect is not None:

        def suggested_quotes(text: str) -> list[SimpleNamespace]:
            return [
                SimpleNamespace(
                    start=c.start,
                    end=c.end,
                    speaker=c.speaker_text,
                    form=c.quote_form,
                    confidence=c.confidence,
                )
                for c in detect(text)
                if c.kind == "quote"
            ]

        def suggested_claims(text: str) -> list[SimpleNamespace]:
            return [
                SimpleNamespace(
                    start=c.start,
                    end=c.end,
                    value=c.value,
                    unit=c.unit,
                    approximate=c.approximate,
                    bound=c.bound,
                    measured=c.measured,
                    confidence=c.confidence,
                )
                for c in detect(text)
                if c.kind == "claim"
            ]

        return suggested_quotes, suggested_claims, ""

    from annotations.text.quotes import find_quotes

    try:
        from annotations.text.claims import find_claims

        return find_quotes, find_claims, "quotes and claims found, not suggested"
    except ImportError:
        from annotations.text.numbers import find_quantities

        def find_claims(text: str):
            return find_quantities(text)

        return (
            find_quotes,
            find_claims,
            "claims from numbers.find_quantities (no claims.py yet)",
        )


def predicted_quotes(find_quotes, body: str, min_confidence: float) -> list[Item]:
    items = []
    for q in find_quotes(body):
        if getattr(q, "confidence", 1.0) < min_confidence:
            continue
        items.append(Item(q.start, q.end, {"speaker": q.speaker, "form": q.form}))
    return items


def predicted_claims(find_claims, body: str, min_confidence: float) -> list[Item]:
    items = []
    for c in find_claims(body):
        if getattr(c, "confidence", 1.0) < min_confidence:
            continue
        items.append(
            Item(
                c.start,
                c.end,
                {
                    "value": c.value,
                    "unit": c.unit,
                    "approximate": c.approximate,
                    "bound": getattr(c, "bound", ""),
                    "measured": getattr(c, "measured", ""),
                },
            )
        )
    return items


# Matching ------------------------------------------------------------------


def overlap(a: Item, b: Item) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(
    gold: Sequence[Item], predicted: Sequence[Item], *, same_value: bool = False
) -> list[tuple[Item, Item]]:
    """Pair gold and predicted items one to one, largest overlap first.

    Two items may pair when their spans overlap by at least one character
    and, with same_value, their values are equal.
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            size = overlap(g, p)
            if size <= 0:
                continue
            if same_value and not values_equal(g.data["value"], p.data["value"]):
                continue
            candidates.append((-size, i, j))
    candidates.sort()
    used_gold, used_predicted, pairs = set(), set(), []
    for _, i, j in candidates:
        if i in used_gold or j in used_predicted:
            continue
        used_gold.add(i)
        used_predicted.add(j)
        pairs.append((gold[i], predicted[j]))
    return pairs


def values_equal(a, b) -> bool:
    try:
        return Decimal(str(a)) == Decimal(str(b))
    except ArithmeticError:
        return False


def speaker_right(gold: dict, predicted: str) -> bool:
    names = [gold.get("speaker", ""), *gold.get("speaker_alt", [])]
    if not predicted.strip():
        return not names[0].strip()
    return any(name.strip() and same_person(name, predicted) for name in names)


def speaker_error(gold: dict, predicted: str, voices: Sequence[str]) -> str:
    """Return the Score field counting this wrong speaker's kind.

    voices are the article's gold speakers: a wrong pick among them is the
    quote given to another voice of the article, not to a stranger.
    """
    if not predicted.strip():
        return "speaker_none_for_someone"
    names = [gold.get("speaker", ""), *gold.get("speaker_alt", [])]
    if not names[0].strip():
        return "speaker_someone_for_none"
    words = {w for name in names for w in fold(name).split() if len(w) > 2}
    if words & {w for w in fold(predicted).split() if len(w) > 2}:
        return "speaker_form"
    if any(v.strip() and same_person(v, predicted) for v in voices):
        return "speaker_other_voice"
    return "speaker_stranger"


def unit_right(gold: dict, predicted: str) -> bool:
    """Return whether the predicted unit is the gold unit or one of its unit_alt.

    Case, a plural -s and the order of a counted noun's words do not matter,
    and a counted noun may carry more words than the gold one ("gempa susulan"
    for "gempa").
    """
    wanted = [gold["unit"], *gold.get("unit_alt", [])]
    got = _unit_words(predicted)
    if not got:
        return False
    return any(
        (words := _unit_words(unit)) and (words == got or words <= got or got <= words)
        for unit in wanted
    )


def _unit_words(unit: str) -> frozenset[str]:
    words = fold(unit).split()
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def measured_right(gold: dict, predicted: str) -> bool:
    """Return whether the predicted measured phrase shares a content word with the gold one.

    A loose test on purpose: the gold phrases are short descriptions in the
    article's words ("orang meninggal", "kerugian negara"), and any phrase that
    names the same thing shares at least one word of four letters or more.
    """
    return bool(_content_words(gold.get("measured", "")) & _content_words(predicted))


def _content_words(text: str) -> set[str]:
    return {word for word in fold(text).split() if len(word) >= 4}


def hedge_right(gold: dict, predicted: dict) -> bool:
    return bool(gold.get("approximate")) == bool(predicted.get("approximate")) and (
        gold.get("bound", "") or ""
    ) == (predicted.get("bound", "") or "")


def score(article: Article, quotes: list[Item], claims: list[Item]) -> Score:
    s = Score(
        quotes_gold=len(article.quotes),
        quotes_predicted=len(quotes),
        claims_gold=len(article.claims),
        claims_predicted=len(claims),
    )
    body = article.body

    quote_pairs = match(article.quotes, quotes)
    s.quotes_matched = len(quote_pairs)
    voices = [q.data.get("speaker", "") for q in article.quotes]
    for g, p in quote_pairs:
        if speaker_right(g.data, p.data["speaker"]):
            s.speakers_right += 1
        else:
            kind = speaker_error(g.data, p.data["speaker"], voices)
            setattr(s, kind, getattr(s, kind) + 1)
            s.details.append(
                f"  speaker  {_show(body, g)}: {p.data['speaker']!r}, gold {g.data['speaker']!r}"
            )
    _unmatched(s, body, "quote", article.quotes, quotes, quote_pairs)

    claim_pairs = match(article.claims, claims, same_value=True)
    s.claims_matched = len(claim_pairs)
    for g, p in claim_pairs:
        if unit_right(g.data, p.data["unit"]):
            s.units_right += 1
        else:
            s.details.append(
                f"  unit     {_show(body, g)}: {p.data['unit']!r}, gold {g.data['unit']!r}"
            )
        if measured_right(g.data, p.data.get("measured", "")):
            s.measured_right += 1
        elif p.data.get("measured"):
            s.details.append(
                f"  measured {_show(body, g)}: {p.data.get('measured', '')!r}, "
                f"gold {g.data.get('measured', '')!r}"
            )
        if hedge_right(g.data, p.data):
            s.hedges_right += 1
        else:
            s.details.append(
                f"  hedge    {_show(body, g)}: approximate={p.data['approximate']} "
                f"bound={p.data['bound']!r}, gold approximate={g.data.get('approximate')} "
                f"bound={g.data.get('bound', '')!r}"
            )
    _unmatched(s, body, "claim", article.claims, claims, claim_pairs)
    s.claim_kinds = claim_error_kinds(body, article.claims, claims, claim_pairs)
    return s


_SHARES = {"percent", "percentage point", "basis point", "fraction", "fold", "time"}
# Canonical units that count things rather than measure them.
_COUNTED = {"household", "house", "hospital", "building", "school", "goal"}


def unit_family(unit: str) -> str:
    """Return the family of a claim's unit: time, money, share, measure, people or count."""
    if unit in DURATIONS:
        return "time"
    if unit in CURRENCIES or unit in ("cent", "pence"):
        return "money"
    if unit in _SHARES:
        return "share"
    if unit == "person":
        return "people"
    return "measure" if unit in UNIT_WORDS and unit not in _COUNTED else "count"


def claim_error_kinds(
    body: str, gold: Sequence[Item], predicted: Sequence[Item], pairs
) -> Counter:
    """Count one article's claim errors by kind: counts only, so a holdout may print them.

    Keys: "unfound" (no prediction overlaps a gold claim; also counted as
    "unfound words" / "unfound digits" and "unfound <family>"), "value" (a
    prediction overlaps it with another value), "unit", "approximate" and
    "bound" (matched, that part wrong), and for predictions matching no gold:
    "wrong on gold" (overlapping a gold claim), "wrong furniture" (on a line
    that does not end like a sentence), "wrong time" (dates, ages, moments),
    "wrong bare" (no unit) and "wrong count" (anything else).
    """
    kinds: Counter = Counter()
    matched = {id(g) for g, _ in pairs} | {id(p) for _, p in pairs}
    for g, p in pairs:
        if not unit_right(g.data, p.data["unit"]):
            kinds["unit"] += 1
        if bool(g.data.get("approximate")) != bool(p.data.get("approximate")):
            kinds["approximate"] += 1
        if (g.data.get("bound") or "") != (p.data.get("bound") or ""):
            kinds["bound"] += 1
    for g in gold:
        if id(g) in matched:
            continue
        if any(overlap(g, p) > 0 for p in predicted):
            kinds["value"] += 1
            continue
        written = any(c.isdigit() for c in body[g.start : g.end])
        kinds["unfound"] += 1
        kinds["unfound digits" if written else "unfound words"] += 1
        kinds[f"unfound {unit_family(g.data.get('unit', ''))}"] += 1
    for p in predicted:
        if id(p) in matched:
            continue
        line_end = body.find("\n", p.end)
        line = body[
            body.rfind("\n", 0, p.start) + 1 : line_end if line_end >= 0 else None
        ]
        if any(overlap(g, p) > 0 for g in gold):
            kinds["wrong on gold"] += 1
        elif line.rstrip()[-1:] not in _SENTENCE_ENDS:
            kinds["wrong furniture"] += 1
        elif not p.data["unit"]:
            kinds["wrong bare"] += 1
        elif p.data["unit"] in DURATIONS:
            kinds["wrong time"] += 1
        else:
            kinds["wrong count"] += 1
    return kinds


_SENTENCE_ENDS = set(".!?…\"”’'):;")
_FAMILIES = ("time", "money", "share", "measure", "people", "count")


def claim_kinds_lines(kinds: Counter) -> list[str]:
    """Return the two lines that print a set's claim errors by kind."""
    families = ", ".join(f"{kinds[f'unfound {f}']} {f}" for f in _FAMILIES)
    return [
        f"  (claim misses: {kinds['unfound']} not found [{kinds['unfound words']} in "
        f"words, {kinds['unfound digits']} in digits; {families}], {kinds['value']} "
        f"found with another value; matched with a wrong unit {kinds['unit']}, "
        f"approximation {kinds['approximate']}, bound {kinds['bound']})",
        f"  (wrong claims: {kinds['wrong on gold']} on a gold claim's words, "
        f"{kinds['wrong furniture']} on furniture, {kinds['wrong time']} in a unit "
        f"of time, {kinds['wrong bare']} without a unit, {kinds['wrong count']} "
        "counting something else)",
    ]


def _unmatched(s: Score, body: str, kind: str, gold, predicted, pairs) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    matched_predicted = {id(p) for _, p in pairs}
    for g in gold:
        if id(g) not in matched_gold:
            s.details.append(f"  missed   {kind} {_show(body, g)}")
    for p in predicted:
        if id(p) not in matched_predicted:
            extra = (
                f" value={p.data['value']} unit={p.data['unit']!r}"
                if kind == "claim"
                else ""
            )
            s.details.append(f"  wrong    {kind} {_show(body, p)}{extra}")


def _show(body: str, item: Item, width: int = 60) -> str:
    text = body[item.start : item.end].replace("\n", " ")
    if len(text) > width:
        text = text[: width - 1] + "…"
    return repr(text)


# Running -------------------------------------------------------------------


def evaluate(
    which: str, *, min_confidence: float = 0.0
) -> tuple[Score, list[tuple[str, Score]], dict[str, Score], str]:
    """Score one set; return its total, each article's and each language's score."""
    find_quotes, find_claims, note = predictors()
    total, per_article, per_language = Score(), [], {}
    for gold_file in gold_files(which):
        article = load(gold_file)
        s = score(
            article,
            predicted_quotes(find_quotes, article.body, min_confidence),
            predicted_claims(find_claims, article.body, min_confidence),
        )
        total.add(s)
        per_language.setdefault(article.language or "?", Score()).add(s)
        per_article.append((article.name, s))
    return total, per_article, per_language, note


def figures(which: str, total: Score, note: str, articles: int = 0) -> list[Figure]:
    """Return one Figure per rate; notes say how much gold each rate rests on."""
    of = f" in {articles} articles" if articles else ""
    sizes = {
        "quote": f"{total.quotes_gold} gold quotes{of}",
        "speaker": f"{total.quotes_matched} matched quotes",
        "claim": f"{total.claims_gold} gold claims{of}",
    }
    result = []
    for name, value in total.rates().items():
        goal = GOALS.get(name)
        size = sizes.get(name.split()[0], f"{total.claims_matched} matched claims")
        about_claims = not name.startswith(("quote", "speaker"))
        result.append(
            Figure(
                name=f"{which} {name}",
                value=round(value, 3) if value is not None else float("nan"),
                unit="",
                goal=f">= {goal}" if goal is not None else "",
                met=(value is not None and value >= goal) if goal is not None else None,
                note="; ".join(
                    part for part in (size, note if about_claims else "") if part
                ),
            )
        )
    return result


def run(quick: bool = False) -> list[Figure]:
    result = []
    for which in SETS:
        if gold_files(which):
            total, per_article, _, note = evaluate(which)
            result.extend(figures(which, total, note, len(per_article)))
    return result


def check(sets: Iterable[str] = SETS, *, details: bool = False) -> int:
    """Print every gold text that cannot be located; return the number of problems.

    A holdout set prints only its counts: its file names and warnings quote
    its articles, which rule writers must not read (`details` is for the
    gold's author).
    """
    problems = 0
    for which in sets:
        shown = details or which not in HOLDOUTS
        found = warned = 0
        for gold_file in gold_files(which):
            try:
                article = load(gold_file)
            except (GoldError, KeyError, json.JSONDecodeError) as error:
                if shown:
                    print(f"ERROR {which}/{gold_file.name}: {error}")
                problems += 1
                continue
            found += 1
            warned += len(article.warnings)
            if shown:
                print(
                    f"ok    {which}/{gold_file.name}: {len(article.quotes)} quotes, "
                    f"{len(article.claims)} claims"
                )
                for warning in article.warnings:
                    print(f"      warning: {warning}")
        if not shown:
            print(
                f"{which}: {found} files located, {warned} warnings "
                "(a holdout: names and details withheld)"
            )
    return problems


SWEEP = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def sweep(sets: Iterable[str]) -> None:
    """Print each set's figures when only suggestions at or above a confidence count.

    Tells the review page which confidence a bulk accept can trust.
    """
    print(f"{'set':<10}{'min conf':>9}" + "".join(f"{c:>9}" for c in _COLUMNS[:6]))
    for which in sets:
        if not gold_files(which):
            continue
        for threshold in SWEEP:
            total, _, _, _ = evaluate(which, min_confidence=threshold)
            rates = list(total.rates().values())[:6]
            print(
                f"{which:<10}{threshold:>9.2f}"
                + "".join(f"{_fmt(r):>9}" for r in rates)
            )


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


_COLUMNS = (
    "quote P",
    "quote R",
    "speaker",
    "claim P",
    "claim R",
    "unit",
    "hedge",
    "measured",
)


def _print_set(
    which: str,
    total: Score,
    per_article: Iterable[tuple[str, Score]],
    per_language: dict[str, Score],
    verbose: bool,
    per_article_rows: bool = True,
):
    print(f"{which:<42}" + "".join(f"{c:>9}" for c in _COLUMNS))
    summaries = [
        *((f"{which} {language}", s) for language, s in sorted(per_language.items())),
        (f"{which} overall", total),
    ]
    if not per_article_rows:
        print(f"  ({which} is a holdout: per-article rows and details withheld)")
        per_article = []
    for name, s in [*per_article, *summaries]:
        rates = list(s.rates().values())
        print(f"{name[:41]:<42}" + "".join(f"{_fmt(r):>9}" for r in rates))
        if verbose and s.details:  # only articles keep details
            print("\n".join(s.details))
    print(
        f"  (wrong speakers: {total.speaker_none_for_someone} nobody for someone, "
        f"{total.speaker_someone_for_none} someone for nobody, "
        f"{total.speaker_other_voice} another voice of the article, "
        f"{total.speaker_form} a name sharing a word with the gold one, "
        f"{total.speaker_stranger} someone else)"
    )
    print("\n".join(claim_kinds_lines(total.claim_kinds)))
    print(
        f"  ({total.quotes_gold} gold quotes, {total.quotes_predicted} predicted, "
        f"{total.quotes_matched} matched; {total.claims_gold} gold claims, "
        f"{total.claims_predicted} predicted, {total.claims_matched} matched)\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--verbose", action="store_true", help="list every miss and error"
    )
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--min-confidence", type=float, default=0.0)
    parser.add_argument(
        "--check", action="store_true", help="only locate the gold texts"
    )
    parser.add_argument(
        "--sweep",
        action="store_true",
        help="figures of each set at rising confidence thresholds",
    )
    parser.add_argument(
        "--holdout-details",
        action="store_true",
        help="per-article rows of the holdout sets (the gold's author only)",
    )
    args = parser.parse_args(argv)
    if args.check:
        return (
            1
            if check(
                SETS if args.set == "all" else (args.set,),
                details=args.holdout_details,
            )
            else 0
        )
    if args.sweep:
        sweep(SETS if args.set == "all" else (args.set,))
        return 0
    note = ""
    for which in SETS if args.set == "all" else (args.set,):
        if not gold_files(which):
            continue
        total, per_article, per_language, note = evaluate(
            which, min_confidence=args.min_confidence
        )
        shown = args.holdout_details or which not in HOLDOUTS
        _print_set(
            which, total, per_article, per_language, args.verbose and shown, shown
        )
    if note:
        print(f"note: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
