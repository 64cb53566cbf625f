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

A bare number takes the unit its context gives ("tiga di antaranya",
"including 640", "enam dari sebelas kecamatan", "two kilos, sometimes one",
"jumlah kasus mencapai 1.432", "killed more than 2,000", "the death toll
stands at 212"), with a lower confidence:

- "11 others", "of them", "of whom" count what the sentence counted last
  (a part no larger than its whole: "1.250 rumah di tiga kecamatan; 340 di
  antaranya" counts houses), else the people named in reach ("Farmers ...
  Scores of them asked"); others with nothing counted are people;
- a number that ends its clause counts what its sentence counted last ("held
  seven", "the remaining three", "Golkar tujuh"), but not an age after a
  name or a score;
- a number before a verb counts what was named before it ("Of the 18,400
  starters, 17,650 finished", "only 90 needed treatment"), and every bare
  number after "Dari 45 anggota," / "Of the 40 seats," is a part of it;
- "up from 40" counts what its sentence counted last, past a period ("312
  cases in the past seven days, up from 40").

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
from annotations.text.measured import measured_phrase, what_the_period_saw
from annotations.text.numbers import ELIDED_RE, read_numbers
from annotations.text.numerals import SMALL_NUMBER_WORDS, NumberPhrase
from annotations.text.phrases import (
    LAST_WORD_RE,
    NAME_COMMA_RE,
    REPORTED_RE,
    WORD_RE,
    noun_phrase_end,
    same_sentence,
    sentences_before,
    skip_blank,
)
from annotations.text.units import (
    CURRENCIES,
    DURATIONS,
    NOT_COUNTS,
    PERCENT_UNITS,
    SIZE_UNITS,
    UNITS_OF_MEASURE,
    unit_after,
    unit_of_noun,
)
from annotations.text.wordclasses import (
    ENGLISH_PRESENT_VERBS,
    INDONESIAN_ROOT_VERBS,
    IRREGULAR_PAST,
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
# A bare number after these verbs counts people: "killed more than 2,000".
_PEOPLE_VERBS = {
    "killed", "killing", "kills", "injured", "injuring", "wounded", "wounding",
    "evacuated", "evacuating", "displaced", "displacing", "menewaskan",
    "melukai", "mengevakuasi", "merenggut", "mengungsikan", "menampung",
    "menelan", "sheltered", "sheltering", "rescued", "menyelamatkan",
    "arrested", "detained", "menangkap", "menahan", "hired", "employs", "employ",
    "mempekerjakan",
}  # fmt: skip
# "Tiga di antaranya": part of the things counted just before.
_PART_OF_BEFORE_RE = re.compile(
    r"[ \t\xa0]+(?:orang\s+)?(?:di\s*antaranya|of\s+them|among\s+them|of\s+those|of\s+whom"
    r"|of\s+which|dari\s+mereka"
    r"|lainnya|others|more)\b",
    re.IGNORECASE,
)
_CHANGE_FROM_RE = re.compile(
    r"\b(?:(?:down|up|turun|naik|rose|fell|compared)[ \t\xa0]+)?(?:from|dari|dibanding|with)[ \t\xa0]*$",
    re.IGNORECASE,
)
_TO_LEVEL_RE = re.compile(r"\b(?:to|menjadi)[ \t\xa0]*$", re.IGNORECASE)
_FROM_LEVEL_RE = re.compile(
    r"\b(?:from|dari)(?:[ \t\xa0]+(?:(?:a|an|the|its|their)[ \t\xa0]+)?(?:[a-z]+[ \t\xa0]+)?"
    r"(?:high|peak|low|level|record|total)[ \t\xa0]+of)?[ \t\xa0]*$",
    re.IGNORECASE,
)
_INCLUDING_RE = re.compile(
    r"\b(?:including|termasuk|di\s*antaranya|among\s+them|of\s+which|of\s+whom)[ \t\xa0]*$",
    re.IGNORECASE,
)


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
        p = _with_inferred_unit(text, p, claims)
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
        if _APPOSITIVE_TOTAL_RE.match(text, p.end) and (
            head := _APPOSITIVE_HEAD_RE.search(text, max(0, p.start - 60), p.start)
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
# "The injured, 30 in all, ...": a total set after its noun and a comma.
_APPOSITIVE_TOTAL_RE = re.compile(
    r"[ \t\xa0]+(?:in[ \t\xa0]+all|in[ \t\xa0]+total|all[ \t\xa0]+told|altogether"
    r"|seluruhnya|semuanya|totalnya|secara[ \t\xa0]+keseluruhan)(?![^\W_])",
    re.IGNORECASE,
)
# The noun phrase opening the sentence or clause, right before the comma.
_APPOSITIVE_HEAD_RE = re.compile(
    r"(?:^|[.!?:;,][ \t\xa0]+|\n)[ \t\xa0]*(?:(?:the|para|kaum)[ \t\xa0]+)?"
    r"((?:[^\W\d_]+(?:-[^\W\d_]+)?[ \t\xa0]+){0,3}[^\W\d_]+(?:-[^\W\d_]+)?),[ \t\xa0]*$",
    re.IGNORECASE,
)
# Words that name people by what befell them: "the injured", "korban luka".
_PEOPLE_ADJECTIVES = {
    "injured", "dead", "wounded", "missing", "displaced", "evacuated", "rescued",
    "survivors", "victims", "hurt", "luka", "luka-luka", "tewas", "meninggal",
    "hilang", "korban", "pengungsi", "penumpang", "passengers", "detained",
    "arrested",
}  # fmt: skip


def _with_inferred_unit(
    text: str, p: NumberPhrase, claims: list[ClaimCandidate]
) -> NumberPhrase:
    """Give a bare number the unit its context names.

    "Tiga di antaranya" counts what the claim before it counts; a number right
    after "killed" or "menewaskan" counts people.
    """
    if claims and ELIDED_RE.fullmatch(text, claims[-1].end, p.start):
        return replace(
            p, unit=claims[-1].unit, canonical=True
        )  # "two kilos, sometimes one"
    if _CAPACITY_BEFORE_RE.search(text, max(0, p.start - 80), p.start):
        # "raising capacity from 24,000 to 31,500", "licensed for 15,000", "the
        # average crowd last season was 21,900": a venue's people, even after a
        # sum of money in the same sentence
        return replace(p, unit="person", canonical=True)
    if 0 < p.value < 10 and _QUAKE_BEFORE_RE.search(
        text, max(0, p.start - 90), p.start
    ):
        return replace(p, unit="magnitude", canonical=True)  # "gempa 5,6 mengguncang"
    if m := REPORTED_RE.search(text, max(0, p.start - 60), p.start):
        # "Police put the number at 1,800", "menyebut angkanya 1.800": the count
        # named before, in another's words; a toll counts people
        counts = [c for c in claims if c.unit not in NOT_COUNTS]
        if re.search(r"toll|crowd|turnout|attendance", m.group(), re.IGNORECASE):
            return replace(p, unit="person", canonical=True)
        if unit := _antecedent(text, p.start, "more", counts):
            return replace(p, unit=unit, canonical=True)
    if (rate := _PER_CURRENCY_RE.match(text, p.end)) and (
        currency := _currency_of_the_rate(text, p.start, rate.group(1))
    ):
        # "The rupiah fell 0.6% to 16,420 per dollar": an exchange rate, in the
        # currency the sentence is about
        return replace(p, unit=currency, canonical=True, end=rate.end())
    if (
        p.kind == "digits"
        and p.value >= 100
        and _LEVEL_BEFORE_RE.search(text, max(0, p.start - 12), p.start)
        and _INDEX_RE.search(text, sentences_before(text, p.start, 1), p.start)
    ):
        # "IHSG ditutup ke level 7.112,5", "the index closed at 7,104.6": a
        # stock index's level, in points
        indonesian = _INDONESIAN_RE.search(
            text, sentences_before(text, p.start, 1), p.end + 60
        )
        return replace(p, unit="poin" if indonesian else "points", canonical=True)
    if _APPOSITIVE_TOTAL_RE.match(text, p.end) and (
        head := _APPOSITIVE_HEAD_RE.search(text, max(0, p.start - 60), p.start)
    ):
        # "The injured, 30 in all, were ...": the noun before the comma is counted
        noun = head.group(1)
        last = noun.split()[-1].casefold()
        unit = "person" if last in _PEOPLE_ADJECTIVES else unit_of_noun(last)
        if unit == last:
            return p  # "He said, 30 in all": no known count before the comma
        return replace(
            p,
            unit=unit,
            canonical=True,
            unit_start=head.start(1),
            unit_end=head.end(1),
        )
    if (m := _NUMBER_RAISED_TO_RE.search(text, max(0, p.start - 120), p.start)) and (
        noun := next(
            (
                w
                for w in m.group("of").split()[:3]
                if w.islower() and w.endswith("s") and noun_like(w)
            ),
            "",
        )
    ):
        # "agreed to raise the number of Australian scholarships for
        # Indonesian students to 300 a year": the plural is what is counted
        at = m.start("of") + m.group("of").index(noun)
        return replace(
            p,
            unit=unit_of_noun(noun),
            canonical=True,
            unit_start=at,
            unit_end=at + len(noun),
        )
    if m := _NUMBER_OF_RE.search(text, max(0, p.start - 100), p.start):
        # "jumlah kasus sejak Januari mencapai 1.432": the number counts cases
        noun = m.group(1)
        unit = unit_of_noun(noun)
        return replace(
            p,
            unit=unit,
            canonical=unit != noun.casefold(),
            unit_start=m.start(1),
            unit_end=noun_phrase_end(text, m.end(1)),
        )
    if subject := _subject_reached(text, p.start):
        # "Dengue cases in Bandung have reached 1,310", "Kasus DBD sudah
        # mencapai 1.320": the subject opening the sentence is what is counted
        unit, unit_start, unit_end = subject
        return replace(
            p, unit=unit, canonical=True, unit_start=unit_start, unit_end=unit_end
        )
    counts = [c for c in claims if c.unit not in DURATIONS | CURRENCIES | PERCENT_UNITS]
    if (
        claims
        and (m := _CHANGE_FROM_RE.search(text, max(0, p.start - 20), p.start))
        and same_sentence(text, claims[-1].end, m.start())
    ):
        # "41 million processors, down from 52 million": the same thing, before;
        # a period between does not change ("312 cases in the past seven days,
        # up from 40": cases)
        sentence = sentences_before(text, p.start, 1)
        changed = next(
            (
                c
                for c in reversed(claims)
                if c.end > sentence and c.unit not in DURATIONS
            ),
            claims[-1],
        )
        return replace(p, unit=changed.unit, canonical=True)
    if claims and _TO_LEVEL_RE.search(text, max(0, p.start - 12), p.start):
        # "fell from a peak of 31,400 students to just under 24,000": the level
        # reached counts what the level left did
        sentence = sentences_before(text, p.start, 1)
        for c in reversed(claims):
            if c.end <= sentence:
                break
            if c.unit in DURATIONS:
                continue
            if _FROM_LEVEL_RE.search(text, max(sentence, c.start - 40), c.start):
                return replace(p, unit=c.unit, canonical=True)
            break
    if (part := _PART_OF_BEFORE_RE.match(text, p.end)) and (
        unit := _antecedent(
            text,
            p.start,
            part.group(),
            [c for c in claims if c.unit not in NOT_COUNTS],
            p.value,
        )
    ):
        # "41 lainnya luka-luka": what follows "lainnya" says what happened to them
        return replace(
            p,
            unit=unit,
            canonical=True,
            unit_start=part.end() - len(part.group().split()[-1]),
            unit_end=part.end(),
        )
    if counts and _INCLUDING_RE.search(text, max(0, p.start - 20), p.start):
        return replace(p, unit=counts[-1].unit, canonical=True)
    if m := _CASUALTY_AFTER_RE.match(text, p.end):
        # "eight had died", "tujuh lainnya tewas": the verb says they are people
        return replace(
            p, unit="person", canonical=True, unit_start=m.start(1), unit_end=m.end(1)
        )
    if _PEOPLE_OF_RE.search(text, max(0, p.start - 40), p.start):
        return replace(p, unit="person", canonical=True)  # "an audience of 6.3 million"
    if _GROUP_OF_RE.search(text, max(0, p.start - 30), p.start):
        return replace(p, unit="person", canonical=True)  # "ahead of a pack of five"
    if _TOLL_RE.search(text, max(0, p.start - 80), p.start):
        return replace(p, unit="person", canonical=True)  # "the death toll rose to 58"
    m = LAST_WORD_RE.search(text, max(0, p.start - 30), p.start)
    if m and m.group(1).casefold() in _PEOPLE_VERBS:
        # The verb is what is measured: the span of the unit words points at it.
        return replace(
            p, unit="person", canonical=True, unit_start=m.start(1), unit_end=m.end(1)
        )
    if unit := _elided_unit(text, p, claims):
        return replace(p, unit=unit, canonical=True)
    if whole := _whole_named_first(text, p, claims):
        # "Dari 45 anggota dewan, 38 hadir dan 31 menyatakan setuju"
        return replace(p, unit=whole.unit, canonical=True)
    if (
        (verb := _SUBJECT_VERB_RE.match(text, p.end))
        and (
            verb.group(1).casefold().endswith("ed")
            or verb.group(1).casefold() in IRREGULAR_PAST
            or _INDONESIAN_RE.search(
                text, sentences_before(text, p.start, 1), verb.end() + 60
            )
        )
    ) and (
        unit := _antecedent(
            text,
            p.start,
            verb.group(1),
            [c for c in claims if c.unit not in NOT_COUNTS],
            p.value,
        )
    ):
        # "Of the 18,400 starters, 17,650 finished", "Last year only 90 needed
        # treatment": the number is the subject, what it counts was named before
        return replace(
            p, unit=unit, canonical=True, unit_start=verb.start(1), unit_end=verb.end(1)
        )
    if unit := _subject_of_its_clause(text, p, claims):
        # "The fire destroyed eleven homes. Nine were empty", "Dua belas nelayan
        # hilang. Delapan sudah ditemukan", "and another twelve will follow";
        # the verb after it says what befell them ("four remain missing")
        verb = _WORD_AFTER_RE.match(text, p.end)
        return replace(
            p, unit=unit, canonical=True,
            unit_start=verb.start(1) if verb else p.end,
            unit_end=verb.end(1) if verb else p.end,
        )  # fmt: skip
    if counted := _counted_before_only(text, p):
        # "pos jaga cuma satu", "dokter di pulau itu tinggal tiga": the count
        # is said of the noun its clause is about
        noun, noun_start, noun_end = counted
        return replace(
            p,
            unit=unit_of_noun(noun),
            canonical=True,
            unit_start=noun_start,
            unit_end=noun_end,
        )
    if (verb := _PEOPLE_PREDICATE_RE.match(text, p.end)) and _SUBJECT_OPENING_RE.search(
        text, max(0, p.start - 40), p.start
    ):
        # "Three were taken to hospital", "Dua ditahan", "Empat masih dirawat":
        # nothing counted before, and the verb is one only people undergo
        return replace(
            p,
            unit="person",
            canonical=True,
            unit_start=verb.start(verb.lastindex),
            unit_end=verb.end(verb.lastindex),
        )
    if (
        (verb := _SUBJECT_VERB_RE.match(text, p.end))
        and verb.group(1).casefold() not in _DONE_TO_PEOPLE
        and (unit := _plural_opening_before(text, p.start))
    ):
        # "Tickets went on sale on Monday, and the club said more than 30,000
        # had been sold": nothing counted before, so the plural the sentence
        # (or the one before) opens with
        return replace(
            p, unit=unit, canonical=True, unit_start=verb.start(1), unit_end=verb.end(1)
        )
    if (
        (verb := _SUBJECT_VERB_RE.match(text, p.end))
        and verb.group(1).casefold() in _DONE_TO_PEOPLE
        and re.match(r"[ \t\xa0]+(?:were|had\s+been|have\s+been)\b", text[p.end :])
    ):
        # "A further 16 were treated at the scene": nothing counted before, and
        # what was done to them is done to people
        return replace(
            p,
            unit="person",
            canonical=True,
            unit_start=verb.start(1),
            unit_end=verb.end(1),
        )
    return p


# A number opening its clause: after the sentence start, ";", ":" or a comma,
# past a conjunction; "another" / "a further" make it more of the same.
_WORD_AFTER_RE = re.compile(r"[ \t\xa0]+([^\W\d_]+)")
# A word, then "and": the number after is a sibling of a count before it.
_SIBLING_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?!(?:between|antara|from|dari)\b)[^\W\d_]{3,}[ \t\xa0]+"
    r"(?:and|dan|serta|while|whereas|sedangkan)[ \t\xa0]+$",
    re.IGNORECASE,
)
_SUBJECT_OPENING_RE = re.compile(
    r"(?:^|[.!?;:,\n\"“][ \t\xa0]*)"
    r"(?:(?:and|but|while|whereas|dan|tetapi|namun|sedangkan|sementara)[ \t\xa0]+)?"
    r"(?:(?:only|just|hanya|baru|(another|a[ \t\xa0]+further))[ \t\xa0]+)?$",
    re.IGNORECASE,
)
# What a subject is followed by: an auxiliary, or an Indonesian verb with its
# prefix; "lagi" / "more" first make it more of the same.
_SUBJECT_PREDICATE_RE = re.compile(
    r"(?:[ \t\xa0]+(lagi|more))?[ \t\xa0]+(?:were|was|are|is|had|have|has|will|would"
    r"|could|can|may|might|must|should|remain|remained|remains|sudah|telah|masih"
    r"|sedang|akan|belum|tidak|bisa|dapat|harus|kini|yang"
    r"|(?:di|ter|ber|men|mem|meng|meny)[a-z]{4,})(?![^\W_])",
    re.IGNORECASE,
)


def _subject_of_its_clause(
    text: str, p: NumberPhrase, claims: list[ClaimCandidate]
) -> str:
    """Return the unit of a bare number that is the subject of its clause, or "".

    The number opens its clause and an auxiliary or a verb follows it: it
    counts what the last count of its sentence or the one before counted, of
    which it is a part ("eleven homes. Nine were empty"), or more of it
    ("another twelve will follow", "dua belas lagi menyusul"). Nothing counted
    within reach: "".
    """
    predicate = _SUBJECT_PREDICATE_RE.match(text, p.end)
    opening = _SUBJECT_OPENING_RE.search(text, max(0, p.start - 30), p.start)
    if (
        not opening
        and (predicate or _SUBJECT_VERB_RE.match(text, p.end))
        and _SIBLING_BEFORE_RE.search(text, max(0, p.start - 30), p.start)
    ):
        # "Twelve houses were destroyed and thirty damaged": a sibling count
        # of the same things, of any size
        sentence = sentences_before(text, p.start, 1)
        for c in reversed(claims):
            if c.end <= sentence:
                break
            if (
                c.unit not in NOT_COUNTS
                and c.unit not in DURATIONS | CURRENCIES | PERCENT_UNITS
            ):
                return c.unit
        return ""
    if not opening:
        return ""
    if predicate:
        added = bool(predicate.group(1) or opening.group(1))
    elif (verb := _WORD_AFTER_RE.match(text, p.end)) and verb.group(
        1
    ).casefold() in ENGLISH_PRESENT_VERBS:
        added = bool(opening.group(1))  # "Nearly two hundred walk to class"
    else:
        return ""
    window = sentences_before(text, p.start, 2)
    for c in reversed(claims):
        if c.end <= window:
            break
        if c.unit in NOT_COUNTS or c.unit in DURATIONS | CURRENCIES | PERCENT_UNITS:
            continue
        return c.unit if added or c.value >= p.value else ""
    return ""


# A plural noun opening a sentence or a clause after ";", past a determiner:
# "Tickets for the final went on sale", "The ballots were counted".
_PLURAL_OPENING_RE = re.compile(
    r"(?:^|(?<=[.!?;:\n])[ \t\xa0\"“]*)(?:(?:the|all|its|their|some)[ \t\xa0]+)?"
    r"([A-Za-z][a-z]{2,}s)(?![^\W_])(?![ \t\xa0]+(?:said|say|says|told)\b)",
    re.IGNORECASE | re.MULTILINE,
)


def _plural_opening_before(text: str, start: int) -> str:
    """Return the plural noun opening this sentence or the one before, or "".

    Its unit: "person" for people ("Officials ..."), else the noun itself
    ("tickets"). A subject that reports ("Officials said 40 ...") is not what
    the number counts, nor an Indonesian word ending in "s" ("Petugas
    memeriksa gudang itu. Dua disita"): no plural there.
    """
    found = ""
    for m in _PLURAL_OPENING_RE.finditer(text, sentences_before(text, start, 2), start):
        word = m.group(1)
        if (
            word[1:].islower()
            and noun_like(word.casefold())
            and word.casefold() not in _NOT_SUBJECTS
            and not _INDONESIAN_RE.search(text, m.end(), start)
        ):
            found = word.casefold()
    return unit_of_noun(found) if found else ""


# A stock index named before a level: "IHSG", "the Composite Index", "Nikkei".
_INDEX_RE = re.compile(
    r"\b(?:indeks|index|ihsg|composite|nikkei|kospi|sensex|nasdaq|dow|ftse|hang\s+seng)\b",
    re.IGNORECASE,
)
_LEVEL_BEFORE_RE = re.compile(
    r"\b(?:level|posisi|at|to|ke|menjadi)[ \t\xa0]*$", re.IGNORECASE
)
# Verbs whose passive subject is people: "16 were treated", "two had been rescued".
_DONE_TO_PEOPLE = {
    "treated", "injured", "hurt", "wounded", "killed", "rescued", "evacuated",
    "arrested", "detained", "hospitalised", "hospitalized", "admitted",
    "discharged", "charged", "questioned", "interviewed", "displaced", "missing",
}  # fmt: skip
# "pos jaga cuma satu,": only, then a number ending its clause; not a wish
# announced ("hanya satu: ...", "hanya satu, yaitu ...").
_ONLY_BEFORE_COUNT_RE = re.compile(
    r"(?<![^\W_])(?:hanya|cuma|cuman|tinggal|hanya[ \t\xa0]+tinggal)[ \t\xa0]+$",
    re.IGNORECASE,
)
_COUNT_ENDS_CLAUSE_RE = re.compile(
    r"[ \t\xa0]*(?:[.;!?)]|,(?![ \t\xa0]*(?:yaitu|yakni|ialah|adalah)(?![^\W_]))|\Z)",
    re.IGNORECASE,
)
_CLAUSE_START_RE = re.compile(r"[.!?;:,\n\"“(]")
_CLAUSE_JOINS = {
    "tetapi", "tapi", "namun", "sementara", "sedangkan", "padahal", "dan", "karena",
    "sebab", "meski", "walau", "jumlah", "banyaknya",
}  # fmt: skip
_PLACE_WORDS = {"di", "ke", "dari", "pada", "dalam"}
_CLAUSE_TAILS = {"itu", "ini", "tersebut", "kami", "kita"}
_PRONOUNS = {
    "saya", "aku", "kami", "kita", "dia", "ia", "mereka", "anda", "kamu", "beliau",
}  # fmt: skip
_CLAUSE_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _counted_before_only(text: str, p: NumberPhrase) -> tuple[str, int, int] | None:
    """Return the noun an Indonesian clause counts with "hanya"/"cuma" + number.

    "pos jaga cuma satu" counts posts; "Di kecamatan itu puskesmasnya hanya
    dua" the puskesmas, the noun after the place; "dokter di pulau itu tinggal
    tiga" the doctors, the noun before it.
    """
    if p.kind != "words" or not _COUNT_ENDS_CLAUSE_RE.match(text, p.end):
        return None
    only = _ONLY_BEFORE_COUNT_RE.search(text, max(0, p.start - 20), p.start)
    if not only:
        return None
    floor = max(0, only.start() - 60)
    opening = floor
    for m in _CLAUSE_START_RE.finditer(text, floor, only.start()):
        opening = m.end()
    words = list(_CLAUSE_WORD_RE.finditer(text, opening, only.start()))
    while words and words[0].group().casefold() in _CLAUSE_JOINS:
        words.pop(0)
    if not words or len(words) > 6:
        return None
    if words[0].group().casefold() in _PLACE_WORDS:
        while words and words[-1].group().casefold() in _CLAUSE_TAILS:
            words.pop()
        head = words[-1] if len(words) > 2 else None
    else:
        head = words[0]
    if head is None:
        return None
    word = head.group()
    fold = word.casefold()
    if fold.endswith("nya") and len(fold) > 6:
        word, fold = word[:-3], fold[:-3]
    if fold in _PRONOUNS or not noun_like(word.lower()):
        return None
    return fold, head.start(), head.start() + len(word)


# What only people undergo, after a bare number opening its clause: harm,
# care, arrest, rescue, death. English participles need an auxiliary
# ("Four were jailed"); an Indonesian passive stands alone ("Dua ditahan").
# Taken, carried or brought counts people only on the way to hospital.
_PEOPLE_PREDICATE_RE = re.compile(
    r"(?:[ \t\xa0]+(?:had|have|has|were|are|been|later|also|then|all|still"
    r"|masih|telah|sudah|sempat|kini|juga|langsung|lalu|kemudian|pun))*"
    r"[ \t\xa0]+(?:(?<=ere )|(?<=een )|(?<=are ))"
    r"(jailed|imprisoned|sentenced|convicted|kidnapped|abducted|stabbed|shot"
    r"|hospitali[sz]ed|airlifted|arrested|detained|rescued|injured|wounded|treated)"
    r"(?![^\W_])"
    r"|(?:[ \t\xa0]+(?:had|have|has|were|are|been|later|also|then|all|still"
    r"|masih|telah|sudah|sempat|kini|juga|langsung|lalu|kemudian|pun))*[ \t\xa0]+"
    r"(ditahan|ditangkap|dibekuk|dirawat|diselamatkan|dievakuasi|diculik|disandera"
    r"|dipenjara|divonis|dimakamkan|mengungsi|remain(?:s|ed)?[ \t\xa0]+in[ \t\xa0]+hospital"
    r"|(?:taken|rushed|brought|flown|airlifted|dilarikan|dibawa|dirujuk)"
    r"[ \t\xa0]+(?:to[ \t\xa0]+hospital|ke[ \t\xa0]+(?:rumah[ \t\xa0]+sakit|rs|puskesmas|klinik)))"
    r"(?![^\W_])",
    re.IGNORECASE,
)
_PER_CURRENCY_RE = re.compile(
    r"[ \t\xa0]+(?:per|a|to[ \t\xa0]+the|against[ \t\xa0]+the|terhadap|atas)[ \t\xa0]+"
    r"(?:(?:US|U\.S\.)[ \t\xa0]+)?(dollar|dolar|euro|yen)(?![^\W_])",
    re.IGNORECASE,
)


def _currency_of_the_rate(text: str, start: int, per: str) -> str:
    """Return the currency the sentence before start names, other than the one it is per."""
    per_unit = unit_of_noun(per)
    for m in reversed(
        list(WORD_RE.finditer(text, sentences_before(text, start, 1), start))
    ):
        unit = unit_of_noun(m.group())
        if unit in CURRENCIES and unit != per_unit:
            return unit
    return ""


def _whole_named_first(
    text: str, p: NumberPhrase, claims: list[ClaimCandidate]
) -> ClaimCandidate | None:
    """Return the count a sentence opens with ("Dari 45 anggota, ...", "Of the 40 seats, ...").

    Every bare number after it in the sentence, no larger than it, is a part of it.
    """
    sentence = sentences_before(text, p.start, 1)
    for c in claims:
        if c.end <= sentence or c.end > p.start or c.unit in NOT_COUNTS:
            continue
        if (
            _WHOLE_BEFORE_RE.fullmatch(text, sentence, c.start)
            and _WHOLE_AFTER_RE.match(text, c.end)
            and p.value <= c.value
        ):
            return c
        return None
    return None


_WHOLE_BEFORE_RE = re.compile(
    r"[ \t\xa0\"“]*(?:dari|of|among|di[ \t\xa0]+antara|out[ \t\xa0]+of)(?:[ \t\xa0]+(?:the|total))?"
    r"[ \t\xa0]*",
    re.IGNORECASE,
)
_WHOLE_AFTER_RE = re.compile(r"(?:[ \t\xa0]+[^\W\d_]+){0,3},")
_SUBJECT_VERB_RE = re.compile(
    r"(?:[ \t\xa0]+(?:had|have|has|were|was|been|later|since|also|then|already|still|all"
    r"|masih|telah|sudah|sempat|kini|juga|tengah|sedang))*"
    r"[ \t\xa0]+([a-z]{3,}ed|"
    + "|".join(sorted(IRREGULAR_PAST | INDONESIAN_ROOT_VERBS))
    + r"|(?:di|ter|ber|men|mem|meng|meny)[a-z]{4,})(?![^\W_])"
)
# Words only an Indonesian sentence has: its "di-"/"ter-" words are verbs.
_INDONESIAN_RE = re.compile(
    r"\b(?:yang|dan|itu|dari|tersebut|dengan|untuk|pada|jumlah|sebanyak|orang)\b",
    re.IGNORECASE,
)
# A quake's magnitude: "gempa 5,6", "the quake, 6.1"; "the 6.1 quake" after it.
_QUAKES = {"quake", "earthquake", "tremor", "gempa"}
_QUAKE_BEFORE_RE = re.compile(
    r"\b(?:gempa(?:[ \t\xa0]+bumi)?|quake|earthquake|tremor)[ \t\xa0]*$"
    # "The quake had a magnitude of 5.9", "measured 5.9 on the Richter scale"
    r"|\b(?:gempa|quake|earthquake|tremor)\b[^.!?\n]{0,60}?\b(?:magnitude[ \t\xa0]+of|measured"
    r"|measuring|berkekuatan|bermagnitudo|magnitudo|skala)[ \t\xa0]*$",
    re.IGNORECASE,
)


def _elided_unit(text: str, p: NumberPhrase, claims: list[ClaimCandidate]) -> str:
    """Return the unit a number leaves out because its sentence just named it.

    "fell to 12 seats, the Liberal Democrats held seven and independents took
    the remaining three", "received 41,207 votes ... against Labour's 30,118",
    "PDIP meraih 12 kursi, Golkar tujuh": the number ends its clause, and the
    last count of the sentence says what it counts. A preposition before it
    makes it a time or a place ("at 12", "in 12"), not a count.
    """
    if p.kind not in ("digits", "words") or p.value < 2 or p.bound:
        return ""
    before = text[max(0, p.start - 40) : p.start].rstrip()
    set_against = _SET_AGAINST_RE.search(before)
    end = p.end
    if rate := _RATE_AFTER_RE.match(text, end):
        end = rate.end()  # "or about 74 a day": the count per day
    if (
        not (_CLAUSE_END_RE.match(text, end) or set_against)
        or before.endswith(("(", "-", "–", ":", "/"))
        or NAME_COMMA_RE.search(before)
    ):
        # "kata Kepala BPBD, Andi, 45.": an age after a name; "imbang 2-2.": a score
        return ""
    m = LAST_WORD_RE.search(text, max(0, p.start - 20), p.start)
    if (
        m
        and m.group(1).casefold() in _NOT_BEFORE_ELIDED
        and not _AGENT_BY_RE.search(text, max(0, p.start - 30), p.start)
    ):
        return ""
    sentence = sentences_before(text, p.start, 1)
    for c in reversed(claims):
        if c.end <= sentence:
            break
        if c.unit not in NOT_COUNTS:
            return c.unit
    if claims and claims[-1].end <= sentence:
        # Nothing counted in its own sentence: the last count of the sentence
        # before, when it is no smaller ("Kami butuh 40 tenda. Saat ini baru
        # tersedia 12", "asked for 200 camp beds. So far it has received 75")
        last = claims[-1]
        if (
            last.end > sentences_before(text, p.start, 2)
            and last.unit not in NOT_COUNTS
            and last.value >= p.value
        ):
            return last.unit
    return ""


# "182,455 votes against 169,802 for X": a count set against the last one
_SET_AGAINST_RE = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+with|compared\s+to|berbanding|dibanding"
    r"|dibandingkan|lawan)$",
    re.IGNORECASE,
)
_RATE_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:(?:a|an|per|each|every)[ \t\xa0]+(?:day|week|month|year|hour)"
    r"|(?:per|tiap|setiap)[ \t\xa0]+(?:hari|minggu|pekan|bulan|tahun|jam)"
    r"|sehari|seminggu|sepekan|sebulan|setahun|sejam)(?![^\W_])",
    re.IGNORECASE,
)
_CLAUSE_END_RE = re.compile(
    r"(?:[ \t\xa0]+[a-z]{4,}ly)?"  # "two seriously": an adverb, then the clause ends
    r"[ \t\xa0]*(?:[,;.](?!\d)|[ \t\xa0](?:and|dan|while|whereas|sedangkan|serta)(?![^\W_]))"
    r"|[ \t\xa0]*$",
    re.IGNORECASE,
)
# "backed by nine": the agent of a passive, not a time ("by 12") nor a change's
# size ("rose by nine", "was reduced by twelve").
_AGENT_BY_RE = re.compile(
    r"(?<![^\W\d_])(?!(?:rose|fell|grew|increased|decreased|reduced|raised|cut|lowered"
    r"|lifted|dropped|climbed|jumped|slipped|declined|shrunk|shrank|expanded|widened"
    r"|narrowed|outnumbered|beaten|beat|won|lost|led|trailed|exceeded)[ \t\xa0])"
    r"[a-z]{3,}ed[ \t\xa0]+by[ \t\xa0]+$",
    re.IGNORECASE,
)
_NOT_BEFORE_ELIDED = {
    "at", "on", "in", "by", "since", "until", "pukul", "pada", "sejak", "tahun",
    "nomor", "no", "of", "per", "every", "each", "setiap", "tiap",
}  # fmt: skip


def _antecedent(
    text: str,
    start: int,
    pointer: str,
    counts: list[ClaimCandidate],
    value: Decimal = Decimal(0),
) -> str:
    """Return the unit of what "others", "of them" or "di antaranya" at start points back to.

    "11 others" and "tiga di antaranya" count what the last count of the
    sentence counts ("23 people, and 11 others"; "146 houses ... 2,000
    others"). "of them" without such a count points at the people named in
    this sentence or the two before ("Farmers counted their losses. ...
    Scores of them asked for seed"), then at the last thing counted there;
    "mereka" is always people. A part is never more than its whole: "1.250
    rumah di tiga kecamatan; 340 di antaranya" counts houses. Nothing within
    reach: "".
    """
    words = pointer.casefold().split()
    if "mereka" in words:
        return "person"
    window = sentences_before(text, start, 3)
    recent = [c for c in counts if c.end > window]
    if words[-1] not in _ADDED_WORDS:
        recent = [c for c in recent if c.value >= value]
    sentence = sentences_before(text, start, 1)
    if recent and (recent[-1].end > sentence or words[-1] in _ADDED_WORDS):
        return recent[-1].unit
    for m in reversed(list(WORD_RE.finditer(text, window, start))):
        word = m.group()
        if (
            word[:1].isalpha()
            and not word.casefold().endswith("ed")  # "were evacuated": a verb
            and unit_after(" " + word, 0) == ("person", 1, len(word) + 1)
            # "Officials said 40 had been sold": who reports is not what is counted
            and not _REPORTS_AFTER_RE.match(text, m.end())
        ):
            return "person"  # "Crews worked 24-hour shifts ... scores of them"
    if recent:
        return recent[-1].unit
    # "pass the virus to as many as 18 others": others, with nothing counted, are people
    return "person" if words[-1] in ("others", "lainnya") else ""


_REPORTS_AFTER_RE = re.compile(r"[ \t\xa0]+(?:said|say|says|told)(?![^\W_])")
# "11 others", "tujuh lainnya", "two more": more of the same things, counted just before
_ADDED_WORDS = {"others", "lainnya", "more"}
_CASUALTY_AFTER_RE = re.compile(
    r"(?:[ \t\xa0]+(?:had|have|has|were|was|are|is|been|later|also|telah|sudah|juga"
    r"|dilaporkan|reportedly|[a-z]{4,}ly))*[ \t\xa0]+(died|dead|killed|injured|wounded|missing|hurt"
    r"|drowned|tewas|meninggal|terluka|luka-luka|hilang)(?![^\W_])",
    re.IGNORECASE,
)
# "the death toll rose to 58", "a death toll of 212", "korban tewas bertambah menjadi 58";
# the crash it is of may come between ("the death toll from the bus crash at
# Curug hill on Thursday stood at 14")
_TOLL_RE = re.compile(
    r"\b(?:(?:(?:death|casualty|fatality|injury)[ \t\xa0]+)?toll|korban[ \t\xa0]+(?:tewas|meninggal"
    r"(?:[ \t\xa0]+dunia)?|jiwa|luka(?:-luka)?|hilang))(?:[ \t\xa0]+(?!toll)[^\W\d_]+(?:['’][^\W\d_]+)?){0,10}?"
    r"[ \t\xa0]+(?:of|rose[ \t\xa0]+to|climbed[ \t\xa0]+to|jumped[ \t\xa0]+to|stands?[ \t\xa0]+at"
    r"|stood[ \t\xa0]+at|reached|hit|is|was|(?:has|had)[ \t\xa0]+risen[ \t\xa0]+to"
    r"|increased[ \t\xa0]+to|bertambah[ \t\xa0]+menjadi|menjadi|mencapai|sebanyak)"
    r"[ \t\xa0]*(?:(?:at[ \t\xa0]+least|more[ \t\xa0]+than|about|nearly|almost|sedikitnya"
    r"|sekitar|lebih[ \t\xa0]+dari)[ \t\xa0]*)?$",
    re.IGNORECASE,
)
# A body of people and a bare number: "a pack of five", "a team of 40", "a family of six"
_GROUP_OF_RE = re.compile(
    r"\b(?:team|group|pack|crew|gang|family|party|delegation|squad|panel|band|committee"
    r"|batch)(?:e?s)?[ \t\xa0]+of[ \t\xa0]*$"
    r"|\b(?:rombongan|tim|kelompok)[ \t\xa0]+(?:beranggotakan|berisi)[ \t\xa0]*$",
    re.IGNORECASE,
)
# A capacity, crowd or attendance, then up to five words of its clause, then
# the word leading to the number; or "licensed for", "seating for".
_CAPACITY_BEFORE_RE = re.compile(
    r"(?:\b(?:capacity|capacities|crowds?|attendances?|kapasitas|daya[ \t\xa0]+tampung)"
    r"(?:[ \t\xa0]+(?:[a-z]+|\d[\d.,]*)){0,5}?[ \t\xa0]+(?:of|from|to|at|was|is|were|are"
    r"|be|reached|averaged|averaging|mencapai|sebesar|hingga|menjadi|dari|sekitar|berjumlah)"
    r"|\b(?:licensed|licenced|seating|room)[ \t\xa0]+for)"
    r"(?:[ \t\xa0]+(?:about|around|some|nearly|almost|over|more[ \t\xa0]+than|just"
    r"|up[ \t\xa0]+to|sekitar|hampir|lebih[ \t\xa0]+dari))?[ \t\xa0]*$",
    re.IGNORECASE,
)
_PEOPLE_OF_RE = re.compile(
    r"\b(?:audience|crowd|attendance|turnout|congregation|workforce|population|penonton"
    r"|jumlah\s+penonton)[ \t\xa0]+(?:of|is|was|stands\s+at|stood\s+at|sebanyak|mencapai"
    r"|berjumlah)[ \t\xa0]+(?:about|some|around"
    r"|nearly|over|more\s+than|sekitar|hampir|lebih\s+dari)?[ \t\xa0]*$",
    re.IGNORECASE,
)
# "jumlah korban ... mencapai", "the number of cases rose to", "total pengungsi"
# A verb changing a number, then "the number of" what, then "to": "raise
# the number of ... scholarships for ... students to 300".
_NUMBER_RAISED_TO_RE = re.compile(
    r"\b(?:raise|raises|raised|raising|increase|increases|increased|increasing|lift"
    r"|lifts|lifted|lifting|cut|cuts|cutting|reduce|reduces|reduced|reducing|bring"
    r"|brings|brought|bringing|boost|boosts|boosted|boosting)[ \t\xa0]+the[ \t\xa0]+"
    r"number[ \t\xa0]+of(?P<of>(?:[ \t\xa0]+[^\W\d_]+){1,8}?)[ \t\xa0]+to"
    r"(?:[ \t\xa0]+(?:about|around|some|nearly|almost|more[ \t\xa0]+than))?[ \t\xa0]*$",
    re.IGNORECASE,
)
_NUMBER_OF_RE = re.compile(
    r"\b(?:jumlah|total|banyaknya|the\s+number\s+of|number\s+of|a\s+total\s+of|total\s+of)"
    # what it is of may run on, a possessive or a day in brackets inside:
    # "the number of evacuees from Thursday's flood in Sumberjati village
    # reached 450", "Jumlah pengungsi banjir pada Kamis (12/11) mencapai 450"
    r"[ \t\xa0]+([^\W\d_]{3,})(?:[ \t\xa0]+(?:[^\W\d_]+(?:['’][^\W\d_]+)?"
    r"|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))){0,8}?[ \t\xa0]+"
    r"(?:mencapai|menjadi|sebanyak|sebesar|adalah|ialah|yakni|kini|tercatat|berjumlah"
    r"|reached|rose\s+to|stood\s+at"
    r"|was|is|hit|climbed\s+to|totalled|totaled|bertambah\s+menjadi|naik\s+menjadi"
    r"|(?:has\s+|had\s+)?(?:risen|climbed|jumped|increased|grown)\s+to"
    # "was revised to 34", "has been raised to": an official's new figure
    r"|(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?:revised|raised|lowered|updated"
    r"|corrected)(?:\s+(?:up|upward|upwards|down|downward|downwards))?\s+to)[ \t\xa0]*$",
    re.IGNORECASE,
)
# A sentence whose subject reached a figure: "Dengue cases in Bandung have
# reached", "Kasus DBD di Bandung sudah mencapai", "Evacuees now number".
_SUBJECT_REACHED_RE = re.compile(
    r"(?:(?:the|those|these)[ \t\xa0]+)?(?P<first>[^\W\d_]{3,})(?:[ \t\xa0]+(?P<second>[^\W\d_]{3,}))?"
    r"(?:[ \t\xa0]+[^\W\d_]+){0,9}?"
    r"(?:[ \t\xa0]+(?:have|has|had|sudah|telah|kini|now|had|reportedly))?"
    r"[ \t\xa0]+(?:reached|mencapai|berjumlah|tercatat|numbered|number|totalled|totaled"
    r"|sebanyak|ada"
    r"|stood[ \t\xa0]+at"
    r"|stand[ \t\xa0]+at|stands[ \t\xa0]+at|rose[ \t\xa0]+to|climbed[ \t\xa0]+to"
    r"|risen[ \t\xa0]+to|bertambah[ \t\xa0]+menjadi|naik[ \t\xa0]+menjadi"
    # "Water stations had been doubled to 24", "Posko ditambah menjadi 14"
    r"|[a-z]{3,}ed[ \t\xa0]+to|di[a-z]{3,}[ \t\xa0]+menjadi)"
    r"(?:[ \t\xa0]+(?:about|around|some|nearly|almost|more[ \t\xa0]+than|over|sekitar"
    r"|hampir|lebih[ \t\xa0]+dari|only|just|hanya|baru))?[ \t\xa0]*$",
    re.IGNORECASE,
)
_PEOPLE_PRONOUNS = {"mereka", "kami", "kita", "they", "we"}
_NOT_SUBJECTS = {"the", "this", "that", "its", "their", "jumlah", "total", "angka"}
# A reporting verb before a reported clause, and its "that"/"bahwa".
_REPORTING_RE = re.compile(
    r"\b(?:said|says|told|added|announced|reported|mengatakan|menyebut|menyebutkan"
    r"|menjelaskan|mengungkapkan|menyatakan)(?:[ \t\xa0]+(?:that|bahwa))?[ \t\xa0]+",
    re.IGNORECASE,
)


def _subject_reached(text: str, start: int) -> tuple[str, int, int] | None:
    """Return the unit of the noun a sentence opens with when it reached the number at start.

    The head is the first word in Indonesian ("Kasus DBD"), the last of two
    in English ("Dengue cases"); a word the unit table knows wins.
    """
    sentence = sentences_before(text, start, 1)
    opening = skip_blank(text, sentence)
    if dateline := _DATELINE_RE.match(text, opening, start):
        opening = dateline.end()
    for said in _REPORTING_RE.finditer(text, opening, start):
        # "Race director Fiona Marsh said water stations had been doubled to
        # 24": the reported clause has its own subject
        opening = said.end()
    m = _SUBJECT_REACHED_RE.match(text, opening, start)
    if not m or "," in m.group() or m.group("first").casefold() in _NOT_SUBJECTS:
        return None
    if (
        m.start("first") > m.start()
        and m.group("first").casefold() not in _PEOPLE_ADJECTIVES
    ):
        return None  # past "the" only a word for people: "The injured numbered eight"
    words_before = m.group().casefold().split()
    if "ada" in words_before[-2:] and "yang" not in words_before:
        return None  # "Sekolah yang ditutup ada tujuh", but not "Saat ini baru ada 12"
    span = m.start("first"), m.end("second") if m.group("second") else m.end("first")
    words = [w for w in (m.group("first"), m.group("second")) if w]
    if any(
        unit_of_noun(word) == "person" or word.casefold() in _PEOPLE_PRONOUNS
        for word in words
    ):
        return "person", *span
    second = m.group("second") or ""
    first = m.group("first")
    if (
        not second
        and first[1:].islower()
        and first.casefold().endswith("s")
        and noun_like(first.casefold())
    ):
        return first.casefold(), *span  # "Complaints numbered 212": a lone plural
    if second[:1].islower() and second.casefold().endswith("s"):
        return second.casefold(), *span  # "Dengue cases": an English plural heads
    # "Kasus DBD", "Kasus demam berdarah": the first word heads; "Rudi
    # Hartono" is a name, and a lone capitalised word may be one
    if second and not second.istitle():
        return unit_of_noun(m.group("first")), *span  # "Rumah yang rusak": house
    return None


# "BANDUNG - ", "BANDUNG, Indonesia - ", "KALIJARAN, WARTA LEMBAH - "
_DATELINE_RE = re.compile(
    r"[A-Z]{2,}[A-Z .()/]*(?:,[ \t\xa0]+[A-Z][\w .]*)?[ \t\xa0]+[-–—][ \t\xa0]*"
)


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
