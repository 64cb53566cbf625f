"""Suggest numeric claims: a number, its unit, its hedge, and what it measures.

Built on `numbers.read_numbers`, which reads the number, the unit (or the
counted noun) and the hedge or bound words; the docstrings of the modules it
joins have those rules (`hedges`: "hampir"/"nearly" are approximate with
bound "max"; `nonquantities`: dates, times, references). This
module decides which of those numbers are claims, what each one measures and
how sure we are.

Not claims, besides what `read_numbers` already leaves out (dates, times,
years, ordinals, references, phone numbers, IDs, list numbering):

- numbers on lines that do not end like a sentence: headlines, reading times,
  counters, menus (a bulleted list of facts in sentence case stays);
- ages ("berusia 27 tahun", "the 23-year-old", "anak di bawah 12 tahun");
- scores and vote results ("a 3-1 win", "beat Castleford 2-0", "imbang 1-1",
  "passed by 31 votes to 17"), but not a margin ("won by 17 votes");
- counts back from today ("lima tahun lalu", "three days ago"), which are dates;
- a rate after a claim ("24 jam sehari");
- a number word after "the" ("the two leaders": a set already named), unless
  a superlative follows ("the six busiest routes");
- a moment rather than a length ("on 31 minutes", "four minutes after the
  break"), a rate after a claim ("three litres of water a day");
- "satu" + noun alone, which reads as "a" ("satu keluarga di Kendari"), unless
  another count is beside it or "hanya" before it ("satu fraksi menolak dan
  delapan fraksi menerima");
- a number left without any unit;
- any number on a short line that sells the site ("Subscribe from Rp 49,000
  a month.", "Support our journalism."), which ends like a sentence.

A bare number takes the unit its context gives, with a lower confidence
(`inferred_units.with_inferred_unit`, whose docstring has the rules).

"in a week" / "dalam sepekan" after an amount is a duration claim (the period
it took); "a week" or "sehari" right after it is its rate. Points after a
percentage in the same sentence are percentage points ("62.3%, up 4.1
points"). A distance before "mark" is a place, not a length ("the 35km mark").

What each number measures (`measured`) is a short phrase of words from the
text, found by `measured.measured_phrase` (its docstring has the rules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from annotations.text.counted import noun_like
from annotations.text.inferred_units import (
    APPOSITIVE_HEAD_RE,
    APPOSITIVE_TOTAL_RE,
    with_inferred_unit,
)
from annotations.text.measured import measured_phrase, what_the_period_saw
from annotations.text.numbers import read_numbers
from annotations.text.numerals import SMALL_NUMBER_WORDS, NumberPhrase
from annotations.text.phrases import (
    LAST_WORD_RE,
    NAME_COMMA_RE,
    WORD_RE,
    sentences_before,
    skip_blank,
)
from annotations.text.units import (
    DURATIONS,
    NOT_COUNTS,
    SIZE_UNITS,
    UNITS_OF_MEASURE,
    unit_after,
    unit_of_noun,
)
from annotations.text.wordless import COMPOUND_NEXT_RE


@dataclass(frozen=True)
class ClaimCandidate:
    start: int  # the claim phrase: hedge/bound words + number + unit (+ counted noun)
    end: int
    value: Decimal
    unit: str  # canonical English unit, or the counted noun lower-cased
    approximate: bool
    bound: str  # "" | "min" | "max"
    measured: str  # what is measured, words from the text
    confidence: float  # 0..1


_PERIOD_BEFORE_RE = re.compile(
    r"\b(?:dalam|selama|in\s+the(?:\s+(?:past|last))?|over\s+the(?:\s+(?:past|last))?"
    r"|during\s+the(?:\s+(?:past|last|next|coming))?|for\s+the(?:\s+(?:past|last|next))?"
    r"|(?:in|over)\s+the\s+(?:next|coming)|the\s+(?:past|last|next|coming))[ \t\xa0]*$",
    re.IGNORECASE,
)
_PERIOD_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:terakhir|belakangan(?:\s+ini)?|ke\s+belakang|ke\s+depan|mendatang|ini)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
_PAST_RE = re.compile(
    r"[ \t\xa0]+(yang\s+lalu|lalu|silam|ago|sebelumnya|earlier|lagi|later|kemudian"
    r"|from\s+now|dari\s+sekarang)(?![^\W_])"
    # "two days' time": a deadline; "Three months on, ...": counted on from then
    r"|['’]s?[ \t\xa0]+(time)(?![^\W_])|[ \t\xa0]+(on)(?=[ \t\xa0]*[,;]|[.!?](?:\s|$))",
    re.IGNORECASE,
)
# Counted forward from now or from then, however bounded: "paling lambat dua
# minggu lagi", "within two days' time".
_FORWARD = {"lagi", "later", "kemudian", "from now", "dari sekarang", "time", "on"}


def claim_at(text: str, start: int, end: int) -> ClaimCandidate | None:
    """Return the claim find_claims reads over text[start:end], or None.

    An editor's own claim takes what a suggestion there would have had (the
    measured phrase, the bound), so that it joins the story's facts as well.

    >>> claim_at("Pembicaraan berlangsung lebih dari enam jam.", 24, 43).measured
    'Pembicaraan'
    """
    overlaps = [
        (min(end, c.end) - max(start, c.start), c)
        for c in find_claims(text)
        if c.start < end and start < c.end
    ]
    return max(overlaps, key=lambda o: o[0])[1] if overlaps else None


def find_claims(text: str) -> list[ClaimCandidate]:
    """Return the numeric claims in text, sorted by start, without overlaps.

    >>> [(c.value, c.unit, c.approximate) for c in find_claims("selama sekitar enam jam")]
    [(Decimal('6'), 'hour', True)]
    """
    claims: list[ClaimCandidate] = []
    last_end = 0
    pending: ClaimCandidate | None = (
        None  # "dari dua" waiting for "menjadi empat sekolah"
    )
    phrases = read_numbers(text)
    for idx, phrase in enumerate(phrases):
        if (
            not _in_a_sentence(text, phrase.start)
            or _on_a_promotion(text, phrase.start)
            or _is_an_age(text, phrase)
            or _is_a_score(text, phrase)
            or _names_a_known_set(text, phrase)
            or _RANKING_BAND_RE.search(text, max(0, phrase.start - 20), phrase.start)
            or _a_lone_one(text, phrase, phrases, idx)
            or _one_as_a_denominator(text, phrase, phrases, idx)
            or _a_label(text, phrase)
            or _inside_a_name(text, phrase)
        ):
            continue
        if _DENOMINATOR_BEFORE_RE.search(text, max(0, phrase.start - 20), phrase.start):
            continue  # "312 per 100.000 penduduk": the 100.000 is what it is per
        if phrase.unit not in UNITS_OF_MEASURE and (
            per := _PER_DENOMINATOR_RE.match(text, phrase.end)
        ):
            # "312 per 100.000 penduduk", "325 cases per 100,000 people": a rate
            phrase = replace(
                phrase,
                unit="per " + re.sub(r"[.,]", "", per.group(1)),
                canonical=True,
                end=per.end(),
            )
        claim = _claim(text, phrase, phrases[max(0, idx - 4) : idx], claims)
        if claim is None or claim.start < last_end:
            continue
        if claims and _is_a_rate(text, claims[-1], claim):
            continue  # "24 jam sehari": "sehari" says per day
        if _one_as_a_rate(text, claim, claims[-1] if claims else None, phrases, idx):
            continue  # "satu hektare bisa panen 80 ton", "90 ton satu musim": per one
        if _an_idiom_or_a_place(text, claim):
            continue  # "hurt one day", "At 25 kilometres I thought"
        if text[
            claim.start : claim.end
        ].casefold() in _PER_UNIT_WORDS and _SEQUENCE_AFTER_RE.match(text, claim.end):
            continue  # "sehari sebelum ujian": when, as "a day before the exam"
        if (
            claims
            and not (claim.approximate or claim.bound)
            and _CONVERSION_GAP_RE.fullmatch(text, claims[-1].end, claim.start)
        ):
            # "about 4 hectares (10 acres)": the conversion keeps the hedge
            claim = replace(
                claim, approximate=claims[-1].approximate, bound=claims[-1].bound
            )
        if claims and _a_rate_before(text, claims[-1], claim):
            claims.pop()  # "sehari bisa dapat Rp 250 ribu": per day, said first
        if (
            claim.unit in _POINTS
            and claim.value < 100  # "ke level 7.112,5 poin" is an index's level
            and _after_a_percentage(text, claim, claims)
        ):
            claim = replace(claim, unit="percentage point")  # "62.3%, up 4.1 points"
        if not claim.unit:
            # a number without a unit says nothing checkable on its own, unless a
            # change gives it one: "bertambah dari dua menjadi empat (sekolah)"
            pending = claim if _FROM_BEFORE_RE.search(text, 0, claim.start) else None
            continue
        if pending is not None and _TO_BETWEEN_RE.fullmatch(
            text, pending.end, claim.start
        ):
            claims.append(replace(pending, unit=claim.unit, measured=claim.measured))
        pending = None
        claims.append(claim)
        last_end = claim.end
    return claims


_POINTS = {"points", "point", "poin", "pts"}
# A rate's denominator: "per 100.000 penduduk", "for every 1,000 births".
_PER_DENOMINATOR_RE = re.compile(
    r"(?:[ \t\xa0]+[^\W\d_]+){0,2}?"
    r"[ \t\xa0]+(?:per|tiap|setiap|for[ \t\xa0]+every|in[ \t\xa0]+every)[ \t\xa0]+"
    r"(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[ \t\xa0]+[^\W\d_]+)?",
    re.IGNORECASE,
)
_DENOMINATOR_BEFORE_RE = re.compile(
    r"\d[^\S\n]*(?:[^\W\d_]+[^\S\n]+){0,3}(?:per|tiap|setiap|for[ \t\xa0]+every"
    r"|in[ \t\xa0]+every)[ \t\xa0]+$",
    re.IGNORECASE,
)


def _after_a_percentage(
    text: str, claim: ClaimCandidate, claims: list[ClaimCandidate]
) -> bool:
    """Return True when a percentage came before claim in its sentence: its points are percentage points."""
    sentence = sentences_before(text, claim.start, 1)
    units = {c.unit for c in claims[-4:] if c.end > sentence}
    return "percent" in units and not units & _POINTS  # "40 points, 5% ...": points


_FROM_BEFORE_RE = re.compile(r"\b(?:dari|from)[ \t\xa0]*\Z", re.IGNORECASE)
_TO_BETWEEN_RE = re.compile(r"[ \t\xa0]+(?:menjadi|ke|to)[ \t\xa0]+", re.IGNORECASE)


def _a_lone_one(
    text: str, p: NumberPhrase, phrases: list[NumberPhrase], idx: int
) -> bool:
    """Return True for "satu" + noun that says "a", not "one".

    "satu fraksi menolak dan delapan fraksi menerima", "dua gereja, satu
    masjid" and "hanya satu fraksi" count; "dalam satu rapat" or "satu
    keluarga di Bogor" alone is an article, as "a" is in English.
    """
    if (
        p.value != 1
        or p.unit in DURATIONS
        or p.unit in ("person", "time", "fold", "fraction")
        or p.unit in SIZE_UNITS
        or text[p.number_start : p.number_end].casefold() != "satu"
    ):
        # "satu jam", "satu orang tewas", "satu kilometer" count on their own
        return False
    m = LAST_WORD_RE.search(text, max(0, p.start - 20), p.start)
    if m and m.group(1).casefold() in _ONLY_WORDS:
        return False
    clause = re.split(r"[.,;:!?()\n]", text[max(0, p.start - 40) : p.start])[-1]
    if {w.casefold() for w in clause.split()[-4:]} & {"hanya", "cuma", "hanyalah"}:
        return False  # "hanya bisa dipenuhi satu perusahaan": only one
    for other in (
        phrases[idx - 1] if idx else None,
        phrases[idx + 1] if idx + 1 < len(phrases) else None,
    ):
        if other is None:
            continue
        gap = (
            text[other.end : p.start]
            if other.end <= p.start
            else text[p.end : other.start]
        )
        if len(gap) < 60 and not re.search(r"[.!?]\s|\n", gap):
            return False
    return True


def _one_as_a_denominator(
    text: str, p: NumberPhrase, phrases: list[NumberPhrase], idx: int
) -> bool:
    """Return True for "one X" that a rate is per: "satu pasien membutuhkan empat vial".

    "One patient needs four doses", "Satu kain dikerjakan tiga bulan": "one"
    opens its clause, and a verb of need or effort leads, in the same clause,
    to the number that is counted per one; the one is no count of its own.
    """
    if (
        p.value != 1
        or p.kind != "words"
        or idx + 1 >= len(phrases)
        or text[p.number_start : p.number_end].casefold() not in ("satu", "one")
    ):
        return False
    before = text[max(0, p.start - 30) : p.start].rstrip(' \t\xa0"“')
    if before and before[-1] not in ".,;:!?\n" and not before.endswith(_ONE_OPENERS):
        return False
    gap = text[p.end : phrases[idx + 1].start]
    if len(gap) > 60 or re.search(r"[.,;:!?\n]", gap):
        return False
    return any(w.casefold() in _RATE_VERBS for w in gap.split())


# Words a clause may open with before "one": "sementara satu pasien ...".
_ONE_OPENERS = ("sementara", "sedangkan", "namun", "tetapi", "while", "whereas", "but")
# Verbs that say what one unit takes: "membutuhkan", "needs", "dikerjakan".
_RATE_VERBS = {
    "membutuhkan", "butuh", "memerlukan", "perlu", "menghabiskan", "dikerjakan",
    "memakan", "needs", "need", "needed", "requires", "require", "required",
    "takes", "take", "took", "uses", "consumes",
}  # fmt: skip
_ONLY_WORDS = {
    "hanya", "cuma", "tinggal", "sedikitnya", "setidaknya", "sebanyak", "hanyalah",
    "sisa", "tersisa", "baru", "minimal", "maksimal",
}  # fmt: skip


def _on_a_promotion(text: str, pos: int) -> bool:
    """Return True on a short line that sells the site: "Subscribe from Rp 49,000 a month."

    Such a line ends like a sentence, so the furniture rules keep it; its
    prices and trial periods are the outlet's, not the story's.
    """
    end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1 : len(text) if end < 0 else end]
    return len(line) < 200 and bool(_PROMOTION_RE.search(line))


_PROMOTION_RE = re.compile(
    r"(?:^|[.!?:][ \t\xa0]+)(?:subscribe|sign[ \t\xa0]+up|berlangganan|langganan|daftar)"
    r"[ \t\xa0]+(?:now|today|from|for|to|here|and|sekarang|mulai|hanya|cukup|dari|di)\b"
    r"|\b(?:support|dukung)[ \t\xa0]+(?:our|independent|quality|jurnalisme)\b"
    # an imperative that sells a subscription: "Nikmati ... dengan berlangganan
    # ... mulai Rp 29.000", "Get unlimited access with a ... subscription from"
    r"|(?:^|[.!?:][ \t\xa0]+)(?:dapatkan|nikmati|raih|get|enjoy|unlock|try)\b[^.!?\n]{0,120}"
    r"\b(?:berlangganan|langganan|subscription|subscribe|membership)\b",
    re.IGNORECASE,
)


def _in_a_sentence(text: str, pos: int) -> bool:
    """Return True when the line at pos ends like a sentence.

    Headlines, captions, reading times, counters and menus end without a full
    stop; their numbers repeat the article's or are not claims at all. A text
    of one line (a selection, a snippet) is taken as it is.
    """
    end = text.find("\n", pos)
    line_start = text.rfind("\n", 0, pos) + 1
    if end < 0 and line_start == 0:
        return True
    line = text[line_start : len(text) if end < 0 else end].strip()
    while line.endswith(")") and "(" in line:
        # "Have your say (62 comments)": what ends the line is before the brackets
        line = line[: line.rfind("(")].rstrip()
    if line[-1:] in _SENTENCE_ENDS or _QUOTE_THEN_SPEAKER_RE.search(line):
        return True  # '"... for two years." – club captain Joe Pike' too
    # A bulleted list of facts in the body ("- 300 rumah rusak berat") is not a
    # headline: keep its lines unless they are in title case.
    return line[:1] in "-•*–" and not _title_case(line)


# A quoted sentence, then who said it after a dash: a pull quote in the body.
_QUOTE_THEN_SPEAKER_RE = re.compile(
    r"[.!?][\"”’'][ \t\xa0]*[–—-][ \t\xa0]*[^.!?\"“”]{2,80}$"
)


def _title_case(line: str) -> bool:
    words = re.findall(r"[^\W\d_]{4,}", line)
    return bool(words) and sum(w[0].isupper() for w in words) * 2 > len(words)


_SENTENCE_ENDS = set(".!?…\"”’'):;")
# A number written in words, the first of a range: "antara tiga dan", "five to".
_NUMBER_WORD = (
    "(?:"
    + "|".join(sorted(SMALL_NUMBER_WORDS, key=len, reverse=True))
    + r")(?:[ \t\xa0]+(?:belas|puluh))?"
)
# "berusia 27 tahun", "aged 63", "the 23-year-old", "umur 5 bulan"
_AGE_BEFORE_RE = re.compile(
    r"\b(?:berusia|berumur|usia|umur|usianya|umurnya|aged|age|age\s+of|ages"
    r"|as\s+young\s+as|as\s+old\s+as|semuda|setua)[ \t\xa0]+"
    # "berusia sekitar 60", "Usia jembatan itu sudah 40", "usianya baru 24"
    r"(?:(?!(?:antara|between|from|dari)\b)[^\W\d_]+[ \t\xa0]+){0,3}?"
    r"(?:(?:antara|between|from|dari)[ \t\xa0]+)?"
    r"(?:(?:\d+|"
    + _NUMBER_WORD
    + r")[ \t\xa0]*(?:-|–|hingga|sampai|dan|to|and)[ \t\xa0]*)?$",
    re.IGNORECASE,
)
# "anak-anak di bawah 12 tahun", "children under five"
_CHILD_AGE_RE = re.compile(
    r"\b(?:anak(?:-anak)?|balita|bayi|children|kids|child|boys|girls|pupils)"
    r"[ \t\xa0]+(?:(?:usia|berusia|aged)[ \t\xa0]+)?"
    r"(?:di[ \t\xa0]+bawah|di[ \t\xa0]+atas|under|below|over|above)[ \t\xa0]*$",
    re.IGNORECASE,
)
# A person's pronoun, a linking word or two, then "N tahun" closing the clause.
_PRONOUN_AGE_RE = re.compile(
    r"(?<![^\W\d_])(?:dia|ia|beliau|he|she)(?:[ \t\xa0]+(?:baru|sudah|masih|kini|was|is"
    r"|only|just|now|then|barely|not|yet|genap))*[ \t\xa0]+$",
    re.IGNORECASE,
)
_CLAUSE_END_AFTER_RE = re.compile(r"[ \t\xa0]*(?:[.,;!?)]|$)")
_AGE_AFTER_RE = re.compile(
    r"[ \t\xa0]*-?[ \t\xa0]*(?:year|month|week|day)s?[- ]olds?\b", re.IGNORECASE
)


def _is_a_rate(text: str, before: ClaimCandidate, claim: ClaimCandidate) -> bool:
    """Return True for "24 jam sehari", "200 pasien per minggu": per day, per week.

    "200 pasien dalam seminggu", "raised £6,000 in a week" are not rates: the
    week is the period the amount took, a duration claim of its own.
    """
    if claim.value != 1:
        return False
    words = text[claim.start : claim.end].casefold()
    if words in _PER_UNIT_WORDS:
        return _RATE_GAP_RE.fullmatch(text, before.end, claim.start) is not None
    # "three litres of water a day": "a day" after a claim in the same clause
    gap = _A_RATE_GAP_RE.fullmatch(text, before.end, claim.start)
    return (
        words.split()[0] in ("a", "an")
        and gap is not None
        and gap.group().split()[-1:] != ["in"]
        and not COMPOUND_NEXT_RE.match(text, claim.end)  # "in an hour and 40 minutes"
    )


_CONVERSION_GAP_RE = re.compile(r"[ \t\xa0]*[(\[][ \t\xa0]*")


def _one_as_a_rate(
    text: str,
    claim: ClaimCandidate,
    before: ClaimCandidate | None,
    phrases: list[NumberPhrase],
    idx: int,
) -> bool:
    """Return True for one of a unit that an amount is per.

    "Satu hektare bisa panen 80 ton", "Satu gram sabu dipakai lima orang": the
    amount after it, in its clause, is per hectare, per gram; "90 ton satu
    musim": the amount before it is per season. In a frame it is a length:
    "dalam satu bulan", "perpanjangan satu musim".
    """
    words = text[claim.start : claim.end].split()
    if (
        claim.value != 1
        or len(words) != 2
        or words[0].casefold() not in ("satu", "one")
        or claim.unit not in DURATIONS | SIZE_UNITS
    ):
        return False
    word = LAST_WORD_RE.search(text, max(0, claim.start - 16), claim.start)
    if word and word.group(1).casefold() in _ONE_FRAMES:
        return False
    if before is not None and _ONE_AFTER_GAP_RE.fullmatch(
        text, before.end, claim.start
    ):
        return True  # "90 ton satu musim"
    after = phrases[idx + 1] if idx + 1 < len(phrases) else None
    return (
        after is not None
        and bool(after.unit)
        and after.unit != claim.unit
        and _ONE_BEFORE_GAP_RE.fullmatch(text, claim.end, after.start) is not None
    )


_ONE_FRAMES = {
    "dalam", "selama", "for", "in", "within", "only", "just", "hanya", "cuma",
    "perpanjangan", "took", "than", "lebih", "kurang", "hingga", "sampai", "over",
}  # fmt: skip
_ONE_AFTER_GAP_RE = re.compile(r"[ \t\xa0]+(?:[^\W\d_]+[ \t\xa0]+)?")
_ONE_BEFORE_GAP_RE = re.compile(r"(?:[ \t\xa0]+[^\W\d_]+){0,5}[ \t\xa0]+")


def _an_idiom_or_a_place(text: str, claim: ClaimCandidate) -> bool:
    """Return True for "one day" meaning some day, and a distance after "at": a place.

    "get hurt one day", "One day, he said": some day, unless a frame says how
    long ("took one day", "for one day"). "At 25 kilometres I thought": a
    point of a course, like "the 35km mark".
    """
    words = text[claim.start : claim.end].casefold().split()
    word = LAST_WORD_RE.search(text, max(0, claim.start - 16), claim.start)
    before = word.group(1).casefold() if word else ""
    if words == ["one", "day"]:
        return before not in _ONE_DAY_FRAMES
    if (
        claim.unit in DURATIONS
        and "-" in text[claim.start : claim.end]
        and _SUPERLATIVE_BEFORE_RE.search(text, max(0, claim.start - 30), claim.start)
        and _MOVE_AFTER_RE.match(text, claim.end)
    ):
        # "their biggest one-day gain since 2019", "its sharpest single-day
        # fall": a kind of move ranked, not a length anything took
        return True
    if _NOT_STOPPING_AT_RE.search(
        text, max(0, claim.start - 40), claim.start
    ) and _inside_a_quote(text, claim.start):
        # '"Tidak berhenti di dua tersangka," ujar Dedy': the speaker's
        # rhetoric; reported ("mendorong jaksa tidak berhenti pada tiga
        # orang tersangka") it still says how many there are
        return True
    return (
        claim.unit in ("km", "mile")  # "at 11,000 metres", "at 4.7 metres": a height
        and before == "at"
        and not claim.bound
        and not claim.approximate
    )


def _inside_a_quote(text: str, pos: int) -> bool:
    """Return True when a quote mark opened on pos's line is still open at pos."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count("\u201c") > line.count("\u201d") or line.count('"') % 2 == 1


# A negated "stop at": the figure is what the speaker means to go past
_NOT_STOPPING_AT_RE = re.compile(
    r"\b(?:tidak|tak|takkan|won['’]t|will[ \t\xa0]+not|not|never|jangan)"
    r"(?:[ \t\xa0]+(?:akan|hanya|just|only))?[ \t\xa0]+(?:berhenti|stop|stopping|end|ends)"
    r"[ \t\xa0]+(?:di|pada|sampai|at|with)[ \t\xa0]*$",
    re.IGNORECASE,
)
_SUPERLATIVE_BEFORE_RE = re.compile(
    r"\b(?:[a-z]{3,}est|most|worst|best|biggest|largest)(?:[ \t\xa0]+ever)?[ \t\xa0]+$",
    re.IGNORECASE,
)
_MOVE_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:gain|gains|rise|rises|fall|falls|drop|drops|loss|losses|decline"
    r"|declines|jump|jumps|move|moves|rally|slump|surge|swing|advance|sell-off)(?![^\W_])",
    re.IGNORECASE,
)
_ONE_DAY_FRAMES = _ONE_FRAMES | {
    "take", "takes", "lasted", "spent", "last", "about", "after", "per", "a",
    "every", "each", "of",
}  # fmt: skip


def _a_rate_before(text: str, rate: ClaimCandidate, claim: ClaimCandidate) -> bool:
    """Return True for "sehari" said before its amount: "Dulu sehari bisa dapat Rp 250 ribu".

    "dalam sehari", "selama sebulan" are periods (claims of their own); a
    bare "sehari" a few words before an amount in its clause is per day.
    """
    if text[rate.start : rate.end].casefold() not in _PER_UNIT_WORDS:
        return False
    before = LAST_WORD_RE.search(text, max(0, rate.start - 16), rate.start)
    if before and before.group(1).casefold() in _PERIOD_OPENERS:
        return False
    return _RATE_BEFORE_GAP_RE.fullmatch(text, rate.end, claim.start) is not None


_PERIOD_OPENERS = {
    "dalam", "selama", "hanya", "cuma", "sekitar", "hampir", "lebih", "kurang",
    "hingga", "sampai", "sejak", "setelah", "sebelum", "per", "tiap", "setiap",
}  # fmt: skip
_RATE_BEFORE_GAP_RE = re.compile(r"(?:[ \t\xa0]+[^\W\d_]+){0,4}[ \t\xa0]+")
_RATE_GAP_RE = re.compile(
    r"[ \t\xa0]*(?:(?:per|tiap|setiap)[ \t\xa0]+)?", re.IGNORECASE
)
_A_RATE_GAP_RE = re.compile(r"[ \t\xa0]+(?:[^\W\d_]+[ \t\xa0]+){0,3}")
_PER_UNIT_WORDS = {"sejam", "sehari", "seminggu", "sepekan", "sebulan", "setahun"}
_SEQUENCE_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:sebelum|sesudah|setelah|usai|seusai|menjelang)(?![^\W_])",
    re.IGNORECASE,
)


def _inside_a_name(text: str, p: NumberPhrase) -> bool:
    """Return True for a capitalised number word inside a name: "the Big Four firms"."""
    word = text[p.number_start : p.number_end]
    if p.kind != "words" or not word[:1].isupper():
        return False
    m = _CAPITALISED_BEFORE_RE.search(text, max(0, p.number_start - 30), p.number_start)
    return bool(m) and not re.search(r"[.!?:\"“”\n]\s*$", text[: m.start(1)][-3:])


# "Big " before "Four", not at the start of a sentence
_CAPITALISED_BEFORE_RE = re.compile(
    r"(?<![.!?:\n\"“])[ \t\xa0]([A-Z][a-z]+)[ \t\xa0]+$"
)


def _a_label(text: str, p: NumberPhrase) -> bool:
    """Return True for a number after the noun it labels: "roda dua", "carriage nine".

    Indonesian counts before the noun ("tiga lantai", three floors) and labels
    after it ("lantai tiga", the third floor; "roda dua", two-wheelers), so a
    number right after such a noun is a name, unless a unit of measure follows
    it ("sesi dua jam", a two-hour session): a noun after the number is the
    labelled thing's owner ("lantai tiga gedung itu").
    """
    if p.unit in UNITS_OF_MEASURE:
        return False
    m = LAST_WORD_RE.search(text, max(0, p.number_start - 16), p.number_start)
    # "Year 9 pupils": a school year, capitalised ("in a year 40 people died")
    return bool(m) and (
        m.group(1).casefold() in _LABELLED_NOUNS or m.group(1) == "Year"
    )


_LABELLED_NOUNS = {
    "roda", "lantai", "tahap", "babak", "putaran", "jilid", "kelas", "gelombang",
    "sesi", "ring", "eselon", "golongan", "kuartal", "triwulan", "semester",
    "tipe", "zona", "klaster", "jalur", "ronde", "termin", "gerbong", "peron",
    # English labels too: "in carriage nine", "from platform four"
    "carriage", "platform", "gate", "coach", "ward", "bay", "terminal", "pier",
    "berth", "lane", "exit", "junction", "runway", "hangar", "tier", "phase",
    "grade", "category", "route", "siaga",
}  # fmt: skip


def _names_a_known_set(text: str, p: NumberPhrase) -> bool:
    """Return True for "the two leaders": a number word picking out people already named."""
    if p.kind != "words" or p.unit in DURATIONS:
        return False
    if (
        text[p.number_end : p.number_end + 1] == "-" and p.unit_start > p.number_end
    ) or _COMPOUND_PEOPLE_RE.match(text, p.number_end):
        return False  # "the ten-member panel": "the" is the panel's, ten counts members
    m = LAST_WORD_RE.search(text, max(0, p.start - 12), p.start)
    if not m or m.group(1).casefold() not in _DETERMINERS:
        return False
    if m.group(1).casefold() == "all" and p.unit:
        return False  # "lost all four of their councillors": a count of them
    # "the six busiest routes", "the 10 largest firms": a superlative picks a new set
    # "the six hardest-hit villages": the superlative may lead a compound
    after = WORD_RE.match(text, skip_blank(text, p.number_end))
    return not (after and _SUPERLATIVE_RE.fullmatch(after.group().split("-")[0]))


# "in the bottom four", "finish in the top six": a band of a table, no count
_RANKING_BAND_RE = re.compile(
    r"\bthe[ \t\xa0]+(?:top|bottom)[ \t\xa0]+$", re.IGNORECASE
)
_SUPERLATIVE_RE = re.compile(
    r"[a-z]{3,}est|most|least|top|worst|best|biggest|largest", re.IGNORECASE
)
# "All three survived"; but "all four of their councillors" counts them
_DETERMINERS = {"the", "these", "those", "both", "all"}


def _is_a_score(text: str, p: NumberPhrase) -> bool:
    """Return True for a number of a score or a vote's result.

    "a 3-1 win", "beat Castleford 2-0", "imbang 1-1", "voted 6-3", "passed by
    31 votes to 17".
    """
    m = _VOTES_TO_RE.search(text, max(0, p.number_start - 20), p.number_end + 24)
    if (
        m
        and (m.start(1) == p.number_start or m.start(2) == p.number_start)
        # Both sides are counts: "31 votes to 17", not "of the vote against 47.7
        # percent for Bonar", a share set against another.
        and all(read_numbers(side) for side in m.groups())
    ):
        return True
    m = _SCORE_RE.search(
        text, max(0, p.number_start - 4), min(len(text), p.number_end + 4)
    )
    if not m or not m.start() <= p.number_start < m.end():
        return False
    return bool(
        _SCORE_AFTER_RE.match(text, m.end())
        or _SCORE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
    )


_SCORE_RE = re.compile(
    r"(?<![\d.,])\d{1,2}[ \t\xa0]?[-–][ \t\xa0]?\d{1,2}(?![\d.,]\d|[ \t\xa0]?%)"
)
_SCORE_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:(?:home|away|league|cup|comeback|opening|final)[ \t\xa0]+)?"
    r"(?:win|wins|victory|defeat|loss|draw|lead|thrashing|scoreline|triumph|kemenangan"
    r"|kekalahan)(?![^\W_])",
    re.IGNORECASE,
)
_SCORE_BEFORE_RE = re.compile(
    r"\b(?:won|win|beat|beating|lost|losing|drew|drawing|defeated|edged|thrashed|trailed"
    r"|led|leading|menang|kalah|imbang|mengalahkan|menaklukkan|ditahan|unggul|tertinggal"
    r"|skor|score|scoreline|voted|vote|votes)\b(?:[ \t\xa0]+[A-Z][\w'’-]*){0,3}[ \t\xa0]*$",
    re.IGNORECASE,
)
_VOTES_TO_RE = re.compile(
    # "31 votes to 17", but not "48,120 votes against 45,907": no part of a larger number
    r"(?<![\d.,])\b(\d{1,4}|[^\W\d_]+)[ \t\xa0]+(?:votes?|suara)[ \t\xa0]+"
    r"(?:to|against|lawan|berbanding)[ \t\xa0]+(\d{1,4}(?![.,]?\d)|[^\W\d_]+)\b",
    re.IGNORECASE,
)


def _is_an_age(text: str, p: NumberPhrase) -> bool:
    if _AGE_AFTER_RE.match(text, p.number_end):
        return True
    if p.unit not in ("year", "month", ""):
        return False
    if p.unit == "year" and not (p.approximate or p.bound):
        if (noun := LAST_WORD_RE.search(text, max(0, p.start - 20), p.start)) and (
            unit_after(" " + noun.group(1), 0) == ("person", 1, len(noun.group(1)) + 1)
        ):
            return True  # "Remaja 15 tahun itu", "Bocah lima tahun itu"
        if _PRONOUN_AGE_RE.search(
            text, max(0, p.start - 30), p.start
        ) and _CLAUSE_END_AFTER_RE.match(text, p.end):
            return True  # "Dia baru lima tahun.": how old, said of a person
        if NAME_COMMA_RE.search(
            text[max(0, p.start - 30) : p.start].rstrip()
        ) and re.match(r"[ \t\xa0]*,", text[p.end : p.end + 3]):
            return True  # "Pelaku berinisial AR, 30 tahun, ditangkap"
    return bool(
        _AGE_BEFORE_RE.search(text, max(0, p.number_start - 40), p.number_start)
        or _CHILD_AGE_RE.search(text, max(0, p.number_start - 40), p.number_start)
    )


def _claim(
    text: str,
    p: NumberPhrase,
    before: list[NumberPhrase],
    claims: list[ClaimCandidate],
) -> ClaimCandidate | None:
    if p.unit in _QUAKES and p.value != p.value.to_integral_value() and p.value < 10:
        # "the 6.1 quake": a decimal before a quake is its magnitude, no count
        p = replace(
            p, unit="magnitude", canonical=True, end=p.number_end,
            unit_start=p.number_end, unit_end=p.number_end,
        )  # fmt: skip
    if p.unit in _COMPOUND_PEOPLE and text[p.number_end : p.unit_start] == "-":
        p = replace(p, unit="person", canonical=True)  # "a five-member panel"
    elif not p.unit and (body := _COMPOUND_PEOPLE_RE.match(text, p.number_end)):
        p = replace(
            p, unit="person", canonical=True, end=body.end(),
            unit_start=body.start(1), unit_end=body.end(1),
        )  # fmt: skip  # "the two-man crew"
    if p.unit in _CLASSIFIERS and (
        head := _CLASSIFIED_SUBJECT_RE.search(
            text, sentences_before(text, p.start, 1), p.start
        )
    ):
        # "Kapal yang tenggelam tiga buah": the classifier's noun is the subject
        p = replace(p, unit=unit_of_noun(head.group(1)), canonical=True)
    elif p.unit in _CLASSIFIERS and p.unit_end == p.end:
        if head := _CLAUSE_SUBJECT_REACHED_RE.search(
            text, max(0, p.start - 60), p.start
        ):
            # "Menurut data BPBD, rumah rusak mencapai 41 unit": the noun
            # opening the clause is what the classifier counts
            unit = unit_of_noun(head.group(1))
            if unit != head.group(1).casefold() or noun_like(unit):
                p = replace(p, unit=unit, canonical=True)
        elif unit := _counted_by_the_classifier(text, p, claims):
            p = replace(p, unit=unit, canonical=True)  # "50 ekor paus ... 18 ekor mati"
    inferred = not p.unit
    if inferred:
        p = with_inferred_unit(text, p, claims)
    end = p.end
    measured = ""
    period = False
    if p.unit in DURATIONS and p.canonical:
        if (
            (past := _PAST_RE.match(text, p.end))
            and (
                not p.bound
                or " ".join(past.group(past.lastindex).casefold().split()) in _FORWARD
            )
            and not (
                # "dirawat selama tiga hari kemudian dipulangkan": then, not later
                past.group(past.lastindex).casefold() == "kemudian"
                and _LASTING_BEFORE_RE.search(text, max(0, p.start - 20), p.start)
            )
        ):
            # "dua tahun lalu" says when, not how long; so does a deadline
            # counted from now, however bounded ("paling lambat dua minggu lagi")
            return None
        if _is_a_moment(text, p):
            return None  # "on 31 minutes", "four minutes after the break"
        if (
            p.value == 1
            and p.kind == "words"
            and text[p.start : p.start + 2].casefold() == "se"
            and _DALAM_BEFORE_RE.search(text, max(0, p.start - 10), p.start)
            and not _PERIOD_AFTER_RE.match(text, p.end)
            and _a_deadline_before(text, p.start)
        ):
            # "Dana harus cair dalam sepekan": a deadline, as "within a week"
            return None
        opening = _PERIOD_BEFORE_RE.search(text, max(0, p.start - 24), p.start)
        closing = _PERIOD_AFTER_RE.match(text, p.end)
        if closing and (opening or closing.group().split()[0].casefold() != "ini"):
            period = True
            end = closing.end()
            measured = text[opening.start() if opening else p.start : end]
        elif opening and opening.group().casefold().split()[-1] in _PERIOD_WORDS:
            period = True
            measured = text[opening.start() : end]
    if (
        p.unit in DURATIONS
        and not p.bound
        and (within := _WITHIN_TIME_RE.search(text, max(0, p.start - 24), p.start))
        and _a_deadline(text, within.start())
    ):
        # "harus dibayar dalam waktu satu bulan": no later than, as "within"
        p = replace(p, start=within.start(), bound="max")
    if p.unit in _DISTANCES and _MARK_RE.match(text, p.end):
        return None  # "after the 35km mark": a place on the course, not a length
    if period:
        measured = what_the_period_saw(
            text, p.start - len(measured), end, before, measured
        )
    if not period:
        measured = measured_phrase(text, p, before, claims)
        if APPOSITIVE_TOTAL_RE.match(text, p.end) and (
            head := APPOSITIVE_HEAD_RE.search(text, max(0, p.start - 60), p.start)
        ):
            measured = head.group(1)  # "Korban luka, 34 orang seluruhnya": the injured
    # "cakupannya", "ketinggiannya": the noun without its possessive
    measured = " ".join(_NYA_RE.sub("", w) for w in measured.split())
    return ClaimCandidate(
        start=p.start,
        end=end,
        value=p.value,
        unit=p.unit,
        approximate=p.approximate,
        bound=p.bound,
        measured=measured[:200],
        confidence=_confidence(p, measured, period, inferred),
    )


_PERIOD_WORDS = {"past", "last", "next", "coming"}
# Words that count things of any kind: "tiga buah", "lima unit", "dua ekor".
_CLASSIFIERS = {"unit", "buah", "ekor", "batang", "lembar", "pucuk", "bilah", "petak"}
# The noun opening a sentence, then "yang" + a verb or two, then the number:
# "Kapal yang tenggelam", "Rumah yang rusak berat sebanyak".
_CLASSIFIED_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t\xa0\"“]*)(?:[ \t\xa0]*)([A-Z][a-z]{2,})(?:[ \t\xa0]+[a-z]{3,})?"
    r"[ \t\xa0]+yang(?:[ \t\xa0]+[a-z]{2,}){1,3}?[ \t\xa0]+(?:(?:sebanyak|ada|berjumlah"
    r"|mencapai|tercatat)[ \t\xa0]+)?$",
    re.MULTILINE,
)
# In a compound adjective, a body of that many people: "two-man", "five-member".
_COMPOUND_PEOPLE = {"man", "woman", "member", "person", "strong", "capacity"}
_COMPOUND_PEOPLE_RE = re.compile(r"-(man|woman|member|person)(?![^\W_])", re.IGNORECASE)
_DALAM_BEFORE_RE = re.compile(r"(?<![^\W\d_])dalam[ \t\xa0]+$", re.IGNORECASE)
# A clause opening with a noun (and a word saying which), then the verb that
# reaches the count: "rumah rusak mencapai", "korban luka tercatat".
_CLAUSE_SUBJECT_REACHED_RE = re.compile(
    r"(?:^|[.,;:!?\n][ \t\xa0]*)([a-z]{3,})(?:[ \t\xa0]+[a-z]{3,})?[ \t\xa0]+"
    r"(?:mencapai|sebanyak|berjumlah|tercatat)[ \t\xa0]+"
    r"(?:(?:sekitar|hampir|lebih[ \t\xa0]+dari|sedikitnya)[ \t\xa0]+)?$"
)


def _counted_by_the_classifier(
    text: str, p: NumberPhrase, claims: list[ClaimCandidate]
) -> str:
    """Return what the same classifier counted in this sentence or the two before.

    "Sekitar 50 ekor paus terdampar ... Sebanyak 18 ekor mati": the bare
    "ekor" counts the whales named with the first count, when that count is
    no smaller (a part is never more than its whole).
    """
    window = sentences_before(text, p.start, 3)
    classifier = text[p.unit_start : p.unit_end].casefold()
    for c in reversed(claims):
        if c.end <= window:
            break
        words = text[c.start : c.end].casefold().split()
        if (
            classifier in words[:-1]
            and c.unit not in _CLASSIFIERS
            and c.unit not in NOT_COUNTS
            and c.value >= p.value
        ):
            return c.unit
    return ""


def _a_deadline_before(text: str, pos: int) -> bool:
    """Return True when a modal stands in the four words before "dalam" at pos.

    "Dana harus cair dalam sepekan", "akan selesai dalam sebulan": a deadline.
    Without one, "dalam sepekan" is the period an amount took, before it or
    after it ("57 laporan dalam sepekan", "Dalam sepekan, petugas menangkap
    2.500 ekor tikus").
    """
    words = WORD_RE.findall(text, max(0, pos - 60), pos)[-5:-1]
    return any(w.casefold() in _DEADLINE_MODALS for w in words)


def _a_deadline(text: str, pos: int) -> bool:
    """Return True when a modal or an "if" stands in the six words before pos.

    "akan menyelesaikan sengketa dalam waktu 30 hari", "Jika tidak dibayar
    dalam waktu satu bulan": a deadline; "padam dalam waktu 75 menit" is how
    long it took.
    """
    words = WORD_RE.findall(text, max(0, pos - 80), pos)[-6:]
    return any(w.casefold() in _DEADLINE_MODALS | _CONDITIONALS for w in words)


_WITHIN_TIME_RE = re.compile(
    r"(?<![^\W\d_])(?:dalam|in)[ \t\xa0]+(?:jangka[ \t\xa0]+)?(?:waktu|tempo)[ \t\xa0]+$",
    re.IGNORECASE,
)
_CONDITIONALS = {"jika", "jikalau", "kalau", "apabila", "bila", "if", "unless"}
_DEADLINE_MODALS = {
    "harus", "akan", "wajib", "bakal", "mesti", "diminta", "ditargetkan",
    "diharapkan", "targetkan", "menargetkan", "segera",
}  # fmt: skip
_DISTANCES = {"km", "m", "mile"}
_MARK_RE = re.compile(r"[ \t\xa0]+(?:mark|marker|point|checkpoint)(?![^\W_])", re.I)
_NYA_RE = re.compile(r"(?<=[^\W\d_]{4})(?<!lain)nya$")
_MOMENT_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:after|before|into|from)[ \t\xa0]+(?:the|kick-off|half-time|halftime"
    r"|full-time|fulltime|time)(?![^\W_])"
    r"|[ \t\xa0]+(?:setelah|sebelum|sesudah|jelang|menjelang)[ \t\xa0]+(?:jeda|turun\s+minum"
    r"|babak|laga|kick-off|pertandingan|waktu|peluit|akhir|berakhir|bubar|usai)(?![^\W_])",
    re.IGNORECASE,
)
_LASTING_BEFORE_RE = re.compile(
    r"\b(?:for|lasted|lasting|lasts|took|takes|spent|waited|waiting|selama|berlangsung"
    r"|memakan|waktu|menunggu|(?:drive|walk|journey|flight|ride|trip|voyage|sail)\s+of)"
    r"[ \t\xa0]+(?:[^\W\d_]+[ \t\xa0]+)?$",
    re.IGNORECASE,
)


def _is_a_moment(text: str, p: NumberPhrase) -> bool:
    """Return True for a duration that names a point in time: "on 31 minutes", "two hours into the talks"."""
    before = text[max(0, p.start - 20) : p.start]
    if p.unit == "minute" and re.search(
        r"\b(?:on|menit\s+ke)[ \t\xa0]+$", before, re.IGNORECASE
    ):
        return True
    return (
        bool(
            _MOMENT_AFTER_RE.match(text, p.end)
            # "first time in 11 years after Emeka scored": a period, then a clause
            or _NAMED_DAY_AFTER_RE.match(text, p.end)
            and not re.search(
                r"\b(?:in|for|over|within|dalam|selama)[ \t\xa0]+$", before
            )
            # opening its clause, before an event: "Dua jam setelah gempa, air
            # laut surut", "Three days after he vanished, ..."
            or (
                _EVENT_AFTER_RE.match(text, p.end)
                and _CLAUSE_OPENING_RE.search(text, max(0, p.start - 12), p.start)
            )
        )
        # a moment on a clock is exact: "some three hours after the alarm" is how long
        and not (p.approximate or p.bound)
        and not _LASTING_BEFORE_RE.search(before)
    )


_EVENT_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:after|before|setelah|sesudah|sebelum|usai|pasca|menjelang|jelang)"
    r"[ \t\xa0]+(?=[^\W\d_])",
    re.IGNORECASE,
)
# Before or after a named day, feast or event: "two days before Christmas",
# "dua hari menjelang Lebaran".
_NAMED_DAY_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?i:after|before|setelah|sebelum|sesudah|menjelang|jelang)[ \t\xa0]+[A-Z][a-z]"
)
# The start of a sentence or of a clause after a colon or a semicolon, past "pada"/"on".
_CLAUSE_OPENING_RE = re.compile(
    r"(?:^|[.!?:;\n\"“][ \t\xa0]*)(?:(?:pada|on|just|only|hanya|baru)[ \t\xa0]+)?$",
    re.IGNORECASE,
)
# A quake's magnitude: "gempa 5,6", "the quake, 6.1"; "the 6.1 quake" after it.
_QUAKES = {"quake", "earthquake", "tremor", "gempa"}


def _confidence(p: NumberPhrase, measured: str, period: bool, inferred: bool) -> float:
    """Return how sure the claim is: a known unit beats a counted noun beats a guess."""
    if not p.unit:
        score = 0.35
    elif p.canonical:
        score = 0.9
    else:
        score = 0.65
    if p.kind == "words":
        score -= 0.05
    elif p.kind == "vague":
        score -= 0.1
    if period:
        score -= 0.2
    if inferred:
        score -= 0.15  # the unit came from the words around: "tiga di antaranya"
    if not measured:
        score -= 0.1
    return round(max(0.05, min(score, 0.99)), 2)
