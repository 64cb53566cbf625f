"""Rank the people who may have said a quote, by a small linear model.

quotes.py finds a quote's speaker with a cascade of shape rules; each fresh
set of articles brings shapes the rules were not written for. This module
looks at every person, institution or medium that could have said the quote
(the article's people named around it, whoever the speech cue names, the
previous quote's speaker, the cascade's own pick, and nobody) and scores each
by generic features of grammar and layout: how near the name is, whether a
speech verb joins it to the quote, whether the cue's words name it, whether
it is named inside the quoted words, whether it continues the previous
quote. A conditional-logit model (a softmax over one quote's candidates)
weighs those features; the weights are fitted on the dev gold by
bench/fit_speakers.py, which regenerates WEIGHTS below.

The cascade's pick is one of the candidates, never a feature: on the dev
set the cascade is always right, so a model leaning on it would learn
nothing that carries to unseen text.

Everything here is linear in the article: the mentions near a quote are
found by bisection, and each quote looks at its own few paragraphs only.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from annotations.text.attribution import (
    FUNCTION_WORDS,
    Cast,
    Source,
    fold,
    sentence_end,
    sentence_start,
)
from annotations.text.matching import same_person


@dataclass(frozen=True)
class Cue:
    """A speech cue quotes.py found for the quote (its _Cue, without the rules)."""

    phrase: str  # the words naming the speaker, "" for "ujarnya"
    at: int
    place: str  # "after" | "before" | "late" | "lead-in"
    pronoun: bool = False


@dataclass
class Candidate:
    name: str  # full name, institution or medium; "" for nobody named
    kind: str  # "person" | "institution" | "medium" | ""
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    # Where it came from: "mention", "cascade", "cue", "previous", "nobody" (not
    # a feature: bench/fit_speakers.py drops the cascade's own pick to score the
    # model alone).
    origins: set[str] = field(default_factory=set)


# Words before a name that make it the one spoken to, not the speaker.
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:told|tells|tell|telling|asked|asks|ask|to|kepada|pada|ke|with|dengan"
    r"|bersama|interviewed|mewawancarai|menanyai|bertanya\s+kepada)"
    r"\s+(?:(?:the|a|an|sang|[A-Z][\w.'’-]*|[a-z]+)\s+){0,3}$"
)
_BYLINE_BEFORE = re.compile(
    r"(?:^|\n)\s*(?:By|Oleh|Reporter|Reporting\s+by|Penulis|Pewarta|Editor|Laporan)"
    r"\s*:?\s*(?:[\w.'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ACCORDING_BEFORE = re.compile(
    r"\b(?:menurut|according\s+to|kata|ujar|ucap|tutur)\s+(?:[\w.'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
_GENDER_OF_PRONOUN = {"he": "m", "she": "f", "his": "m", "her": "f"}
_PLURAL_PRONOUNS = frozenset({"they", "we", "mereka", "kami", "kita"})
_SENTENCE_GAP = re.compile(r"[.!?]\s")
_WORD = re.compile(r"[\w'’-]+")

# Every feature a candidate may carry; the model's weights come in this order.
FEATURES = (
    "nobody",
    "nobody_no_cue",
    "nobody_unnamed_cue",
    "nobody_no_person_near",
    "person",
    "institution",
    "medium",
    "verb_after_quote",
    "verb_before_quote",
    "according_to",
    "same_sentence",
    "same_paragraph_before",
    "same_paragraph_after",
    "previous_paragraph",
    "earlier_paragraph",
    "next_paragraph",
    "near_before",
    "near_after",
    "subject",
    "last_subject",
    "last_subject_pronoun_cue",
    "cue_names_it",
    "cue_names_it_after",
    "cue_resolves_to_it",
    "cue_role",
    "cue_names_other",
    "gender_agrees",
    "gender_disagrees",
    "previous_speaker",
    "continues_opening",
    "continues_same_paragraph",
    "named_inside",
    "addressee",
    "byline",
    "salience",
    "introduced_in_full",
    "no_mention_near",
)


class ArticleView:
    """What every quote of one article needs, computed once."""

    def __init__(
        self,
        text: str,
        masked: str,
        cast: Cast,
        newlines: list[int],
        speech_verb: re.Pattern[str],
    ) -> None:
        self.text = text
        self.masked = masked
        self.cast = cast
        self.newlines = newlines
        self.speech_verb = speech_verb
        # Person mentions with names, in order, with their full names.
        self.mentions = []
        self.starts: list[int] = []
        self.seen: dict[str, list[int]] = {}  # folded full name -> mention starts
        for m in cast.mentions:
            if not m.name or not cast._is_person(m) or _inside(cast.quoted, m.start):
                continue
            full = cast.full_name(m.name, m.start)
            self.mentions.append((m, full))
            self.starts.append(m.start)
            self.seen.setdefault(fold(full), []).append(m.start)

    def paragraph_span(self, p: int) -> tuple[int, int]:
        start = self.newlines[p - 1] if 0 < p <= len(self.newlines) else 0
        end = self.newlines[p] if 0 <= p < len(self.newlines) else len(self.text)
        return start, end

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.newlines, pos)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def candidates(
    view: ArticleView,
    open_at: int,
    close_at: int,
    cues: list[Cue],
    previous: Source | None,
    previous_paragraph: int,
    cascade: Source,
) -> list[Candidate]:
    """Return everyone who may have said the quote between open_at and close_at.

    previous is the speaker of the last attributed quote (previous_paragraph its
    paragraph), cascade the cascade's pick for this quote.
    """
    text, masked, cast = view.text, view.masked, view.cast
    paragraph = view.paragraph_of(open_at)
    window_start = view.paragraph_span(max(0, paragraph - 2))[0]
    window_end = view.paragraph_span(paragraph + 1)[1]
    p_start, p_end = view.paragraph_span(paragraph)
    s_start = sentence_start(masked, open_at)
    s_end = sentence_end(masked, close_at + 1, 300)
    opens = not text[text.rfind("\n", 0, open_at) + 1 : open_at].strip()
    quoted_words = {fold(w) for w in _WORD.findall(text[open_at:close_at]) if w[:1].isupper()}
    cue = next((c for c in cues if c.phrase.strip() or c.pronoun), None)
    cue_words = set()
    cue_pronoun = ""
    if cue is not None:
        words = [fold(w) for w in _WORD.findall(cue.phrase)]
        cue_words = {w for w in words if w not in FUNCTION_WORDS and len(w) > 1}
        if cue.pronoun:
            cue_pronoun = "nya"
        elif len(words) == 1 and (
            words[0] in _GENDER_OF_PRONOUN or words[0] in _PLURAL_PRONOUNS
        ):
            cue_pronoun = words[0]
    resolved = (
        cast.resolve(cue.phrase, cue.at)
        if cue is not None and cue.phrase.strip() and not cue_pronoun
        else Source("")
    )
    last_at, last_subject = cast.last_subject(open_at)

    found: dict[str, Candidate] = {}

    def add(name: str, kind: str, origin: str) -> Candidate:
        key = fold(name)
        same = found.get(key)
        if same is None:
            same = next(
                (o for o in found.values() if o.name and same_person(o.name, name)),
                None,
            )
        if same is None:
            same = found[key] = Candidate(name, kind or "person")
        same.origins.add(origin)
        return same

    lo = bisect.bisect_left(view.starts, window_start)
    hi = bisect.bisect_left(view.starts, window_end)
    near: dict[str, list] = {}
    for m, full in view.mentions[lo:hi]:
        if open_at <= m.start < close_at:
            continue
        c = add(full, "person", "mention")
        near.setdefault(fold(c.name), []).append(m)
    if cascade.speaker:
        add(cascade.speaker, cascade.kind, "cascade")
    if resolved.speaker:
        add(resolved.speaker, resolved.kind, "cue")
    if previous is not None and previous.speaker:
        add(previous.speaker, previous.kind, "previous")
    found[""] = Candidate("", "", origins={"nobody"})

    people_near = bool(near)
    for key, c in found.items():
        f = c.features
        if not c.name:
            f["nobody"] = 1.0
            if not cues:
                f["nobody_no_cue"] = 1.0
            if cascade.how == "anonymous":
                f["nobody_unnamed_cue"] = 1.0
            if not people_near:
                f["nobody_no_person_near"] = 1.0
            continue
        f[c.kind if c.kind in ("person", "institution", "medium") else "person"] = 1.0
        mentions = near.get(key, [])
        if not mentions:
            f["no_mention_near"] = 1.0
        best_before = best_after = None
        for m in mentions:
            mp = view.paragraph_of(m.start)
            if m.start < open_at:
                if best_before is None or m.start > best_before.start:
                    best_before = m
            elif best_after is None or m.start < best_after.start:
                best_after = m
            if s_start <= m.start < s_end:
                f["same_sentence"] = 1.0
            if mp == paragraph:
                f["same_paragraph_before" if m.start < open_at else "same_paragraph_after"] = 1.0
            elif mp == paragraph - 1:
                f["previous_paragraph"] = 1.0
            elif mp < paragraph:
                f["earlier_paragraph"] = 1.0
            else:
                f["next_paragraph"] = 1.0
            if close_at < m.start < s_end and m.start - close_at <= 80:
                between = masked[close_at + 1 : m.start]
                tail = masked[m.end : m.end + 60]
                if view.speech_verb.search(between) or view.speech_verb.match(
                    tail.lstrip(" ,")
                ):
                    f["verb_after_quote"] = 1.0
            if s_start <= m.start < open_at and open_at - m.end <= 160:
                between = masked[m.end : open_at]
                if view.speech_verb.search(between) and not _SENTENCE_GAP.search(
                    between
                ):
                    f["verb_before_quote"] = 1.0
            lead = text[max(0, m.start - 60) : m.start]
            if _ACCORDING_BEFORE.search(lead) and m.start >= s_start:
                f["according_to"] = 1.0
            if _ADDRESSEE_BEFORE.search(text[max(0, m.start - 40) : m.start]):
                if m.start >= s_start and m.start < s_end:
                    f["addressee"] = 1.0
            if m.start < 400 and _BYLINE_BEFORE.search(text[max(0, m.start - 40) : m.start]):
                f["byline"] = 1.0
        if best_before is not None:
            f["near_before"] = 1.0 - min(1.0, math.log1p(open_at - best_before.end) / math.log(2000))
            if best_before.subject:
                f["subject"] = 1.0
        if best_after is not None:
            f["near_after"] = 1.0 - min(1.0, math.log1p(best_after.start - close_at) / math.log(2000))
        if last_subject and same_person(last_subject, c.name) and last_at >= window_start:
            f["last_subject"] = 1.0
            if cue_pronoun:
                f["last_subject_pronoun_cue"] = 1.0
        name_words = {fold(w) for w in _WORD.findall(c.name) if len(w) > 1}
        if cue_words and not cue_pronoun:
            if cue_words & name_words:
                f["cue_names_it"] = 1.0
                if cue.place == "after":
                    f["cue_names_it_after"] = 1.0
            elif any(w[:1].isupper() for w in _WORD.findall(cue.phrase)):
                f["cue_names_other"] = 1.0
            role = {fold(w) for w in _WORD.findall(cast.role_of(c.name))} - FUNCTION_WORDS
            if role and len(cue_words & role) >= 1 and not cue_words & name_words:
                f["cue_role"] = 1.0
        if resolved.speaker and same_person(resolved.speaker, c.name):
            f["cue_resolves_to_it"] = 1.0
        gender = _GENDER_OF_PRONOUN.get(cue_pronoun, "")
        if gender and c.kind == "person":
            known = cast.gender(c.name)
            if known == gender:
                f["gender_agrees"] = 1.0
            elif known:
                f["gender_disagrees"] = 1.0
        if previous is not None and previous.speaker and same_person(previous.speaker, c.name):
            f["previous_speaker"] = 1.0
            if not cues and previous_paragraph == paragraph:
                f["continues_same_paragraph"] = 1.0
            elif not cues and opens and 0 < paragraph - previous_paragraph <= 2:
                f["continues_opening"] = 1.0
        if name_words & quoted_words and not mentions_outside(mentions, s_start, s_end):
            f["named_inside"] = 1.0
        seen = view.seen.get(key, [])
        count = bisect.bisect_left(seen, open_at)
        f["salience"] = min(1.0, math.log1p(count) / math.log(8))
        if len(c.name.split()) >= 2:
            f["introduced_in_full"] = 1.0
    return list(found.values())


def mentions_outside(mentions: list, start: int, end: int) -> bool:
    """Return whether one of the mentions is in the quote's sentence, outside the quote."""
    return any(start <= m.start < end for m in mentions)


def score(candidate: Candidate, weights: dict[str, float] | None = None) -> float:
    weights = WEIGHTS if weights is None else weights
    return sum(weights.get(k, 0.0) * v for k, v in candidate.features.items())


def choose(
    found: list[Candidate], weights: dict[str, float] | None = None
) -> tuple[Candidate, float]:
    """Return the best candidate and its probability under the model."""
    for c in found:
        c.score = score(c, weights)
    top = max(c.score for c in found)
    total = sum(math.exp(c.score - top) for c in found)
    best = max(found, key=lambda c: c.score)
    return best, 1.0 / total


# When the model's pick replaces the cascade's: the model gives it at least SURE,
# or the cascade's confidence is below RANK_BELOW. bench/fit_speakers.py --cv
# chose them (leave-one-batch-out, against the cascade as it stood before each
# batch was written).
SURE = 0.8
RANK_BELOW = 0.0


def choose_over(
    found: list[Candidate], cascade: Source, confidence: float
) -> Candidate | None:
    """Return the model's pick when it should replace the cascade's, else None."""
    best, p = choose(found)
    if same_person(best.name, cascade.speaker) if best.name and cascade.speaker else (
        best.name == cascade.speaker
    ):
        return None
    return best if p >= SURE or confidence < RANK_BELOW else None


# Fitted by bench/fit_speakers.py on the dev gold; run it to regenerate.
# fmt: off
WEIGHTS: dict[str, float] = {
    "nobody": 0.37,
    "nobody_no_cue": -0.713,
    "nobody_unnamed_cue": 2.603,
    "nobody_no_person_near": -0.278,
    "person": -0.936,
    "institution": 0.346,
    "medium": 0.22,
    "verb_after_quote": 0.627,
    "verb_before_quote": 0.085,
    "according_to": 0.252,
    "same_sentence": 0.461,
    "same_paragraph_before": 1.359,
    "same_paragraph_after": 0.497,
    "previous_paragraph": 0.075,
    "earlier_paragraph": -0.676,
    "next_paragraph": -0.377,
    "near_before": 0.634,
    "near_after": 0.28,
    "subject": 0.757,
    "last_subject": 1.461,
    "last_subject_pronoun_cue": 0.878,
    "cue_names_it": 0.913,
    "cue_names_it_after": 0.47,
    "cue_resolves_to_it": 1.916,
    "cue_role": 0.595,
    "cue_names_other": -0.089,
    "gender_agrees": 0.902,
    "gender_disagrees": -0.322,
    "previous_speaker": -0.19,
    "continues_opening": 0.974,
    "continues_same_paragraph": 1.452,
    "named_inside": -0.092,
    "addressee": -0.013,
    "salience": 0.239,
    "introduced_in_full": 0.541,
    "no_mention_near": 0.208,
}
# fmt: on

