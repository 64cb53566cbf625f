"""Rank the people who may have said a quote, by a small linear model.

quotes.py finds a quote's speaker with a cascade of shape rules (cues.py,
voices.py, documents.py); each fresh set of articles brings shapes the rules
were not written for. This module
looks at every person, institution or medium that could have said the quote
(the article's people named around it, whoever the speech cue names, the
previous quote's speaker, the cascade's own pick, and nobody) and scores each
by generic features of grammar and layout: how near the name is, whether a
speech verb joins it to the quote, whether the cue's words name it, whether
it is named inside the quoted words, whether it continues the previous
quote. A conditional-logit model (a softmax over one quote's candidates)
weighs those features; the weights are fitted on the dev gold and the retired
holdouts by bench/fit_speakers.py, which regenerates WEIGHTS below.

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
    KNOWN_MEDIA,
    MEDIA_WORDS,
    Cast,
    Source,
    fold,
    is_org_word,
    sentence_end,
    sentence_start,
)
from annotations.text.matching import same_person


@dataclass(frozen=True)
class Cue:
    """A speech cue cues.py found for the quote (its cues.Cue, without the rules)."""

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
    r"\b(?:told|tells|tell|telling|asked|asks|ask|to|kepada|pada|with|dengan"
    r"|bersama|interviewed|mewawancarai|menanyai)"
    r"\s+(?:(?:the|a|an|sang|[A-Z][\w.'’-]*|[a-z]+)\s+){0,2}$"
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
# A place or a thing, not a speaker: "di Pekalongan", "in Kessing", "from Portugal".
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:di|ke|dari|kota|desa|pulau|sungai|in|at|from|near|into|across|of|for)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Capitalised runs, joined by the small words inside institutions' names.
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w'’&.-]*(?:\s+(?:(?:of|the|and|for|on|dan|untuk|&)\s+)?[A-Z][\w'’&.-]*)*"
)
_GENDER_OF_PRONOUN = {"he": "m", "she": "f", "his": "m", "her": "f"}
_THING_PRONOUNS = frozenset({"it", "its"})
_PLURAL_PRONOUNS = frozenset({"they", "we", "mereka", "kami", "kita"})
_INDEFINITE = re.compile(
    r"(?:an?|one|another|seorang|salah\s+(?:seorang|satu)|sejumlah|beberapa)\s",
    re.IGNORECASE,
)
# "a spokesperson for the council", "a statement from": the body speaks.
_FOR_A_BODY = re.compile(
    r"\b(?:juru\s+bicara|jubir|spokes\w*|statement|pernyataan|keterangan)\b",
    re.IGNORECASE,
)
_STATEMENT_WORDS = frozenset(
    ["statement", "release", "letter", "pernyataan", "keterangan", "rilis", "surat"]
)
# Nouns heading an institution's name besides attribution.ORG_WORDS: "Health
# and Safety Executive", "Quillmark Foods", "Wyvern Coroner's Service".
_MORE_ORG_WORDS = frozenset(
    [
        "executive",
        "service",
        "services",
        "trust",
        "inspectorate",
        "tribunal",
        "board",
        "society",
        "fund",
        "foods",
        "holdings",
        "airways",
        "railways",
        "energy",
        "systems",
        "industries",
        "group",
    ]
)
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Kk]ami)\b")
_SENTENCE_GAP = re.compile(r"[.!?]\s")
# A speech verb right before a name: "said Ann Roe", "kata Budi", "ujar Kapolres".
_VERB_JUST_BEFORE = re.compile(
    r"\b(?:said|says|added|told|asked|explained|according\s+to|kata|ujar|ucap"
    r"|tutur|jelas|tambah|menurut)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")

# Where a candidate is named, against the quote: weighed apart when a cue names
# the speaker ("cued_" then the name).
_PLACE_FEATURES = frozenset(
    {
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
        "previous_speaker",
    }
)

# Every feature a candidate may carry; the model's weights come in this order.
FEATURES = (
    "nobody",
    "nobody_no_cue",
    "nobody_unnamed_cue",
    "nobody_no_person_near",
    "nobody_unnamed_since",
    "nobody_cue_unmatched",
    "nobody_unnamed_same_sentence",
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
    "last_subject_described_cue",
    "cue_names_it",
    "cue_names_it_after",
    "cue_resolves_to_it",
    "cue_role",
    "cue_names_other",
    "cue_not_it",
    "cue_unnamed",
    "gender_agrees",
    "gender_disagrees",
    "pronoun_kind_agrees",
    "pronoun_kind_disagrees",
    "previous_speaker",
    "continues_opening",
    "continues_same_paragraph",
    "continuation_interrupted",
    "named_inside",
    "addressee",
    "ever_addressed",
    "we_institution",
    "byline",
    "after_preposition",
    "one_word_stranger",
    "unnamed_since",
    "unnamed_same_sentence",
    "salience",
    "introduced_in_full",
    "no_mention_near",
    "speaks_elsewhere",
    "paragraphs_before",
    "sentences_before",
    "mentions",
    "only_after",
    *sorted(f"cued_{name}" for name in _PLACE_FEATURES),
)


@dataclass(frozen=True)
class _Spot:
    """Where a candidate is named: a person's mention or an institution's name."""

    start: int
    end: int
    subject: bool  # opens its sentence (what a later pronoun points to)


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
        # Institutions and media named outside quotes: "Badan Pengawas Pemilu".
        bodies = []
        for m in _CAPITALISED_RUN.finditer(masked):
            head, on, tail = m.group().partition(" on ")
            if on and fold(head) in cast.people:
                # "Hugo Brandt on Radio Kelmore": a person, then where he spoke.
                m = _CAPITALISED_RUN.match(masked, m.start() + len(head) + len(on))
            words = m.group().split()
            folded = [fold(w.strip(".")) for w in words]
            kind = ""
            org = any(is_org_word(w) or w in _MORE_ORG_WORDS for w in folded)
            if any(w in KNOWN_MEDIA for w in folded) or (
                not org and any(w in MEDIA_WORDS for w in folded)
            ):
                kind = "medium"
            elif org and (
                len(words) >= 2 or (words[0].isupper() and len(words[0]) >= 3)
            ):
                kind = "institution"
            if not kind:
                continue
            start = m.start() + (4 if words[0] == "The" and len(words) > 1 else 0)
            name = m.group()[start - m.start() :]
            bodies.append((start, m.end(), name, kind))
        self.bodies = bodies
        covered = [(b[0], b[1]) for b in bodies]
        # (spot, full name, kind) in order: people, then bodies merged in.
        found = []
        for m in cast.mentions:
            if not m.name or not cast._is_person(m) or _inside(cast.quoted, m.start):
                continue
            if _inside(covered, m.start):
                continue  # "Pekerjaan Umum" in "Dinas Pekerjaan Umum"
            found.append(
                (
                    _Spot(m.start, m.end, m.subject),
                    cast.full_name(m.name, m.start),
                    "person",
                )
            )
        for start, end, name, kind in bodies:
            lead = masked[max(0, start - 4) : start].rstrip()
            found.append(
                (_Spot(start, end, not lead or lead[-1] in '.!?"”'), name, kind)
            )
        found.sort(key=lambda x: x[0].start)
        self.spots = found
        # Names the article ever speaks to ("told Warta Raflesia", "kepada X").
        self.addressed = {
            fold(full)
            for spot, full, _ in found
            if _ADDRESSEE_BEFORE.search(text, max(0, spot.start - 40), spot.start)
        }
        self.starts = [spot.start for spot, _, _ in found]
        self.seen: dict[str, list[int]] = {}  # folded full name -> where named
        for spot, full, _ in found:
            self.seen.setdefault(fold(full), []).append(spot.start)
        self.anonymous = sorted(cast.anonymous)
        self._same: dict[tuple[str, str], bool] = {}
        # Where each name is the subject or object of a speech verb ("Ann Roe
        # said", "said Ann Roe", "kata Budi"): a speaker somewhere in the article.
        self.speaking: dict[str, list[int]] = {}
        for spot, full, _ in found:
            tail = masked[spot.end : spot.end + 80].lstrip(" ")
            if tail.startswith(","):
                # "Ann Roe, who chairs the group, said": past the apposition.
                close = tail.find(",", 1)
                if close > 0 and not _SENTENCE_GAP.search(tail, 0, close):
                    tail = tail[close:]
            head = masked[max(0, spot.start - 24) : spot.start]
            if speech_verb.match(tail.lstrip(" ,")) or _VERB_JUST_BEFORE.search(head):
                self.speaking.setdefault(fold(full), []).append(spot.start)

    def same(self, a: str, b: str) -> bool:
        """Return matching.same_person(a, b), remembered for this article."""
        key = (a, b)
        known = self._same.get(key)
        if known is None:
            known = self._same[key] = same_person(a, b)
        return known

    def paragraph_span(self, p: int) -> tuple[int, int]:
        start = self.newlines[p - 1] if 0 < p <= len(self.newlines) else 0
        end = self.newlines[p] if 0 <= p < len(self.newlines) else len(self.text)
        return start, end

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.newlines, pos)

    def unnamed_between(self, start: int, end: int) -> bool:
        """Return whether an unnamed speaker is brought in between start and end."""
        i = bisect.bisect_left(self.anonymous, start)
        return i < len(self.anonymous) and self.anonymous[i] < end


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
    s_start = sentence_start(masked, open_at)
    s_end = sentence_end(masked, close_at + 1, 300)
    opens = not text[text.rfind("\n", 0, open_at) + 1 : open_at].strip()
    quoted_words = {
        fold(w) for w in _WORD.findall(text[open_at:close_at]) if w[:1].isupper()
    }
    quoted_plural = bool(_WE.search(text, open_at, close_at))
    cue = next((c for c in cues if c.phrase.strip() or c.pronoun), None)
    cue_words: set[str] = set()
    cue_pronoun = ""
    if cue is not None:
        words = [fold(w) for w in _WORD.findall(cue.phrase)]
        cue_words = {w for w in words if w not in FUNCTION_WORDS and len(w) > 1}
        if cue.pronoun:
            cue_pronoun = "nya"
        elif len(words) == 1 and (
            words[0] in _GENDER_OF_PRONOUN
            or words[0] in _PLURAL_PRONOUNS
            or words[0] in _THING_PRONOUNS
        ):
            cue_pronoun = words[0]
    resolved = (
        cast.resolve(cue.phrase, cue.at)
        if cue is not None and cue.phrase.strip() and not cue_pronoun
        else Source("")
    )
    described = False
    # "a senior ministry official said", "kata seorang warga": somebody unnamed;
    # the names in the phrase are whom they work for, not who speaks.
    unnamed = (
        bool(cue_words)
        and bool(_INDEFINITE.match(cue.phrase.strip()))
        and not _FOR_A_BODY.search(cue.phrase)
    )
    if unnamed:
        resolved = Source("")
    if (
        resolved.speaker
        and resolved.kind == "person"
        and (
            len(resolved.speaker.split()) == 1
            and fold(resolved.speaker) not in cast.people
            or not resolved.speaker[:1].isupper()
        )
    ):
        # "the Swede said", "kata pria itu": a description, not a name; like a
        # pronoun, it points back to someone named before.
        described, resolved = True, Source("")
    if cue_words & _STATEMENT_WORDS and not resolved.speaker:
        # '"...," the statement said': the one said to have issued it, before.
        described = True
    last_at, last_subject = cast.last_subject(open_at)

    found: dict[str, Candidate] = {}

    def add(name: str, kind: str, origin: str) -> Candidate:
        key = fold(name)
        same = found.get(key)
        if same is None:
            same = next(
                (o for o in found.values() if o.name and view.same(o.name, name)),
                None,
            )
        if same is None:
            same = found[key] = Candidate(name, kind or "person")
        same.origins.add(origin)
        return same

    lo = bisect.bisect_left(view.starts, window_start)
    hi = bisect.bisect_left(view.starts, window_end)
    near: dict[str, list[_Spot]] = {}
    last_person_before = window_start
    for spot, full, kind in view.spots[lo:hi]:
        if open_at <= spot.start < close_at:
            continue
        c = add(full, kind, "mention")
        near.setdefault(fold(c.name), []).append(spot)
        if kind == "person" and spot.start < open_at:
            last_person_before = spot.start
    if cascade.speaker:
        add(cascade.speaker, cascade.kind, "cascade")
    if resolved.speaker:
        add(resolved.speaker, resolved.kind, "cue")
    if previous is not None and previous.speaker:
        add(previous.speaker, previous.kind, "previous")
    found[""] = Candidate("", "", origins={"nobody"})

    people_near = any(c.kind == "person" and c.name for c in found.values())
    nobody_named = None  # nobody, when the cue's words name no candidate
    for key, c in found.items():
        f = c.features
        if not c.name:
            f["nobody"] = 1.0
            if not cues:
                f["nobody_no_cue"] = 1.0
            if cascade.how == "anonymous" or unnamed:
                f["nobody_unnamed_cue"] = 1.0
            if not people_near:
                f["nobody_no_person_near"] = 1.0
            if view.unnamed_between(last_person_before, open_at):
                f["nobody_unnamed_since"] = 1.0
            if view.unnamed_between(s_start, open_at):
                f["nobody_unnamed_same_sentence"] = 1.0
            if cue_words and not cue_pronoun and not described:
                nobody_named = c  # set once every other candidate is read
            continue
        f[c.kind if c.kind in ("person", "institution", "medium") else "person"] = 1.0
        spots = near.get(key, [])
        if not spots:
            f["no_mention_near"] = 1.0
        before = after = None
        for m in spots:
            mp = view.paragraph_of(m.start)
            if m.start < open_at:
                if before is None or m.start > before.start:
                    before = m
            elif after is None or m.start < after.start:
                after = m
            if s_start <= m.start < s_end:
                f["same_sentence"] = 1.0
            if mp == paragraph:
                where = "before" if m.start < open_at else "after"
                f[f"same_paragraph_{where}"] = 1.0
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
            if m.start >= s_start and _ACCORDING_BEFORE.search(
                text, max(0, m.start - 60), m.start
            ):
                f["according_to"] = 1.0
            if m.start < 400 and _BYLINE_BEFORE.search(
                text, max(0, m.start - 40), m.start
            ):
                f["byline"] = 1.0
        nearest = before or after
        if nearest is not None:
            lead = text[max(0, nearest.start - 40) : nearest.start]
            if _ADDRESSEE_BEFORE.search(lead):
                f["addressee"] = 1.0
            if _PREPOSITION_BEFORE.search(lead):
                f["after_preposition"] = 1.0
        if before is not None:
            f["near_before"] = 1.0 - min(
                1.0, math.log1p(open_at - before.end) / math.log(2000)
            )
            if before.subject:
                f["subject"] = 1.0
            if c.kind == "person" and view.unnamed_between(before.start, open_at):
                f["unnamed_since"] = 1.0
                if view.unnamed_between(s_start, open_at):
                    f["unnamed_same_sentence"] = 1.0
        if before is not None:
            paragraphs = paragraph - view.paragraph_of(before.start)
            f["paragraphs_before"] = 1.0 - min(
                1.0, math.log1p(paragraphs) / math.log(6)
            )
            gaps = len(_SENTENCE_GAP.findall(masked, before.end, open_at))
            f["sentences_before"] = 1.0 - min(1.0, math.log1p(gaps) / math.log(8))
        elif after is not None:
            f["only_after"] = 1.0
        if any(not s_start <= at < s_end for at in view.speaking.get(key, [])):
            f["speaks_elsewhere"] = 1.0
        if after is not None:
            f["near_after"] = 1.0 - min(
                1.0, math.log1p(after.start - close_at) / math.log(2000)
            )
        if last_subject and last_at >= window_start and view.same(last_subject, c.name):
            f["last_subject"] = 1.0
            if cue_pronoun:
                f["last_subject_pronoun_cue"] = 1.0
            if described:
                f["last_subject_described_cue"] = 1.0
        name_words = {fold(w) for w in _WORD.findall(c.name) if len(w) > 1}
        if cue is not None and cue_words and not cue_pronoun and not unnamed:
            if cue_words & name_words:
                f["cue_names_it"] = 1.0
                if cue.place == "after":
                    f["cue_names_it_after"] = 1.0
            elif any(w[:1].isupper() for w in _WORD.findall(cue.phrase)):
                f["cue_names_other"] = 1.0
            role = {fold(w) for w in _WORD.findall(cast.role_of(c.name))}
            if (role - FUNCTION_WORDS) & cue_words and not cue_words & name_words:
                f["cue_role"] = 1.0
        if resolved.speaker and view.same(resolved.speaker, c.name):
            f["cue_resolves_to_it"] = 1.0
        if (
            cue_words
            and not cue_pronoun
            and not described
            and not f.keys() & {"cue_names_it", "cue_role", "cue_resolves_to_it"}
        ):
            # "kata seorang warga", "the spokesman said": the cue is someone else.
            f["cue_unnamed" if unnamed else "cue_not_it"] = 1.0
        gender = _GENDER_OF_PRONOUN.get(cue_pronoun, "")
        if gender and c.kind == "person":
            known = cast.gender(c.name)
            if known == gender:
                f["gender_agrees"] = 1.0
            elif known:
                f["gender_disagrees"] = 1.0
        if cue_pronoun and cue_pronoun not in _PLURAL_PRONOUNS:
            thing = cue_pronoun in _THING_PRONOUNS
            if thing == (c.kind != "person"):
                f["pronoun_kind_agrees"] = 1.0
            else:
                f["pronoun_kind_disagrees"] = 1.0
        if (
            previous is not None
            and previous.speaker
            and view.same(previous.speaker, c.name)
        ):
            f["previous_speaker"] = 1.0
            if not cues and previous_paragraph == paragraph:
                f["continues_same_paragraph"] = 1.0
            elif not cues and opens and 0 < paragraph - previous_paragraph <= 2:
                gap = view.paragraph_span(previous_paragraph)[1]
                if paragraph - previous_paragraph == 1 or any(
                    gap <= m.start < open_at for m in spots
                ):
                    f["continues_opening"] = 1.0
                else:
                    # A paragraph about something else came between.
                    f["continuation_interrupted"] = 1.0
        if name_words & quoted_words and not any(
            s_start <= m.start < s_end for m in spots
        ):
            f["named_inside"] = 1.0
        if c.kind != "person" and quoted_plural:
            f["we_institution"] = 1.0
        if key in view.addressed:
            f["ever_addressed"] = 1.0
        if c.kind == "person" and len(c.name.split()) == 1 and key not in cast.people:
            f["one_word_stranger"] = 1.0
        seen = view.seen.get(key, [])
        count = bisect.bisect_left(seen, open_at)
        f["salience"] = min(1.0, math.log1p(count) / math.log(8))
        f["mentions"] = min(1.0, math.log1p(len(seen)) / math.log(12))
        if len(c.name.split()) >= 2:
            f["introduced_in_full"] = 1.0
    if cue_words and not cue_pronoun and not described:
        # A cue that names the speaker outweighs where the others are named: the
        # same places weigh differently when the quote has one.
        for c in found.values():
            for name in _PLACE_FEATURES & c.features.keys():
                c.features[f"cued_{name}"] = c.features.pop(name)
    if nobody_named is not None and not any(
        c.features.keys() & {"cue_names_it", "cue_role", "cue_resolves_to_it"}
        for c in found.values()
    ):
        # "kata seorang warga": the cue's words fit none of the people near.
        nobody_named.features["nobody_cue_unmatched"] = 1.0
    return list(found.values())


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


# When the model's pick replaces the cascade's: the cascade's confidence is below
# TRUST_ABOVE and the model gives its pick at least SURE. bench/fit_speakers.py
# --cv scores the thresholds (leave-one-batch-out, against the cascade as it
# stood before each batch was written); the guards below keep what the cascade
# decides on purpose. Held out, the retired holdouts (written, like the blind
# sets, by authors who read no rules) favour SURE 0.5 over 0.7 (0.908 against
# 0.900, mean over the six held out); run as wired on the freshest three
# (holdout4 to holdout6, weights fitted without each), SURE 0.5 to 0.7 and
# TRUST_ABOVE 0.5 to 0.75 lie within one quote of 260, and a TRUST_ABOVE of 0.65
# or more overrides 8 to 12 right picks of the dev cascade: it stays at 0.5.
SURE = 0.5
TRUST_ABOVE = 0.5


def may_override(cascade: Source, confidence: float) -> bool:
    """Return whether the model may replace this pick of the cascade at all.

    The cascade keeps a confident pick and an unnamed speaker it found ("a
    ministry official said", "kata Kapolres Sikka" with no Kapolres named).
    Nobody for want of any cue is a weak pick like the others: in the dev gold
    and the retired holdouts a direct quote with no cue is somebody's 181 times
    in 186, mostly the last speaker's or the last subject's, which the model
    weighs; its pick keeps the cascade's low confidence, so it shows as unsure.
    """
    return confidence < TRUST_ABOVE and cascade.how != "anonymous"


def choose_over(
    found: list[Candidate], cascade: Source, confidence: float, cued: bool = False
) -> Candidate | None:
    """Return the model's pick when it should replace the cascade's, else None.

    Besides may_override: the model never contradicts the words of a cue
    ("cue_not_it": "the company said" with no company named stays nobody),
    never picks a single word the article does not introduce as a name, and
    leaves nobody alone when the quote's own sentence brings in somebody
    unnamed ("A fan who asked not to be named said:").
    """
    if not may_override(cascade, confidence):
        return None
    if not cascade.speaker and any(
        "nobody_unnamed_same_sentence" in c.features for c in found
    ):
        return None
    best, p = choose(found)
    if p < SURE or "one_word_stranger" in best.features:
        return None
    if cued and "cue_not_it" in best.features:
        return None
    role_words = {fold(w) for w in _WORD.findall(cascade.role)}
    if (
        not cascade.speaker
        and cascade.how == "role"
        and (
            not best.features.keys() & {"cue_names_it", "cue_resolves_to_it"}
            or {fold(w) for w in _WORD.findall(best.name)} <= role_words
        )
    ):
        # "kata Kapolres Sikka" with no Kapolres named: a role nobody holds here
        # (its place is no name) stays nobody, unless the cue's words name the
        # pick apart from the role.
        return None
    if best.name and cascade.speaker:
        return None if same_person(best.name, cascade.speaker) else best
    return None if best.name == cascade.speaker else best


# Fitted by bench/fit_speakers.py on the dev gold and the retired holdouts; run it
# to regenerate.
# fmt: off
WEIGHTS: dict[str, float] = {
    "nobody": 0.199,
    "nobody_no_cue": -1.024,
    "nobody_unnamed_cue": 3.352,
    "nobody_no_person_near": -0.009,
    "nobody_unnamed_since": 2.241,
    "nobody_cue_unmatched": 0.133,
    "nobody_unnamed_same_sentence": 0.782,
    "person": 0.061,
    "institution": 0.179,
    "medium": -0.439,
    "verb_after_quote": 0.462,
    "verb_before_quote": 0.129,
    "according_to": 0.081,
    "same_sentence": 0.166,
    "same_paragraph_before": 1.392,
    "same_paragraph_after": 0.429,
    "previous_paragraph": 0.177,
    "earlier_paragraph": -0.405,
    "next_paragraph": -0.573,
    "near_before": 0.464,
    "near_after": -0.135,
    "subject": 0.323,
    "last_subject": 1.386,
    "last_subject_pronoun_cue": 0.66,
    "last_subject_described_cue": -0.152,
    "cue_names_it": 0.503,
    "cue_names_it_after": 0.389,
    "cue_resolves_to_it": 3.12,
    "cue_role": 0.366,
    "cue_names_other": -0.158,
    "cue_not_it": -0.701,
    "cue_unnamed": -0.489,
    "gender_agrees": 1.325,
    "gender_disagrees": -0.801,
    "pronoun_kind_agrees": 0.83,
    "pronoun_kind_disagrees": -1.158,
    "previous_speaker": 0.351,
    "continues_opening": 0.419,
    "continues_same_paragraph": 1.927,
    "continuation_interrupted": 0.736,
    "named_inside": -0.108,
    "addressee": -0.203,
    "ever_addressed": 0.269,
    "we_institution": -0.721,
    "after_preposition": -1.262,
    "one_word_stranger": 0.048,
    "unnamed_since": -2.161,
    "unnamed_same_sentence": -0.499,
    "salience": -0.328,
    "introduced_in_full": 0.429,
    "no_mention_near": 0.314,
    "speaks_elsewhere": 0.381,
    "paragraphs_before": 0.962,
    "sentences_before": 0.941,
    "mentions": -0.537,
    "only_after": 0.227,
    "cued_earlier_paragraph": -0.385,
    "cued_last_subject": 1.9,
    "cued_near_after": 0.374,
    "cued_near_before": 0.231,
    "cued_next_paragraph": -0.127,
    "cued_previous_paragraph": -0.453,
    "cued_previous_speaker": -0.55,
    "cued_same_paragraph_after": 1.008,
    "cued_same_paragraph_before": 0.971,
    "cued_same_sentence": 0.104,
    "cued_subject": 0.184,
}
# fmt: on
