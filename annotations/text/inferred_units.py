"""Give a bare number the unit its context names.

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
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from annotations.text.counted import noun_like
from annotations.text.numbers import ELIDED_RE
from annotations.text.numerals import NumberPhrase
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
    unit_after,
    unit_of_noun,
)
from annotations.text.wordclasses import (
    ENGLISH_PRESENT_VERBS,
    INDONESIAN_ROOT_VERBS,
    IRREGULAR_PAST,
)

if TYPE_CHECKING:
    from annotations.text.claims import ClaimCandidate


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
# "The injured, 30 in all, ...": a total set after its noun and a comma.
APPOSITIVE_TOTAL_RE = re.compile(
    r"[ \t\xa0]+(?:in[ \t\xa0]+all|in[ \t\xa0]+total|all[ \t\xa0]+told|altogether"
    r"|seluruhnya|semuanya|totalnya|secara[ \t\xa0]+keseluruhan)(?![^\W_])",
    re.IGNORECASE,
)
# The noun phrase opening the sentence or clause, right before the comma.
APPOSITIVE_HEAD_RE = re.compile(
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


# A second guess after a comma: ", maybe 25", ", mungkin empat"
_SECOND_GUESS_RE = re.compile(
    r",[ \t\xa0]*(?:maybe|perhaps|possibly|mungkin|barangkali)[ \t\xa0]+$",
    re.IGNORECASE,
)
_GUESS_END_RE = re.compile(r"[ \t\xa0]*(?:[.,;!?\"”’)]|$)")


def with_inferred_unit(
    text: str, p: NumberPhrase, claims: list[ClaimCandidate]
) -> NumberPhrase:
    """Give a bare number the unit its context names.

    "Tiga di antaranya" counts what the claim before it counts; a number right
    after "killed" or "menewaskan" counts people.
    """
    if claims and (
        ELIDED_RE.fullmatch(text, claims[-1].end, p.start)
        or ELIDED_RE.fullmatch(text, claims[-1].end, p.number_start)
    ):
        return replace(
            p, unit=claims[-1].unit, canonical=True
        )  # "two kilos, sometimes one", "20 minutes, maybe 25"
    if (
        claims
        and claims[-1].unit
        and _SECOND_GUESS_RE.search(text, max(0, p.number_start - 16), p.number_start)
        and _GUESS_END_RE.match(text, p.end)
        and same_sentence(text, claims[-1].end, p.start)
    ):
        # "20 minutes to turn it round, maybe 25": a second guess at the figure
        return replace(p, unit=claims[-1].unit, canonical=True)
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
    if APPOSITIVE_TOTAL_RE.match(text, p.end) and (
        head := APPOSITIVE_HEAD_RE.search(text, max(0, p.start - 60), p.start)
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
    if (m := _NUMBER_OF_RE.search(text, max(0, p.start - 100), p.start)) or (
        m := _NUMBER_PUT_AT_RE.search(text, max(0, p.start - 140), p.start)
    ):
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
    if claims and _IT_CHANGED_TO_RE.search(text, max(0, p.start - 50), p.start):
        # "We had a backlog of 96,000 claims. It is down to 22,000 now": the
        # level the thing counted in the sentence before has reached
        before = sentences_before(text, p.start, 2)
        sentence = sentences_before(text, p.start, 1)
        counted = [
            c
            for c in claims
            if before <= c.start < sentence and c.unit not in NOT_COUNTS
        ]
        if counted:
            return replace(p, unit=counted[-1].unit, canonical=True)
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
    r"(?:^|[.!?;:,\n\"“][ \t\xa0]*"
    # a reported clause: "a doctor said nine were", "estimates that about 900 were"
    r"|\b(?:said|says|say|estimated|estimates|estimate|reported|reports|believed"
    r"|believes|confirmed|confirms|mengatakan|menyebut|menyebutkan|memperkirakan"
    r"|menduga)(?:[ \t\xa0]+(?:that|bahwa))?[ \t\xa0]+)"
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
    r"|nearly|over|more\s+than|sekitar|hampir|lebih\s+dari)?[ \t\xa0]*$"
    # "won 2-1 in front of 18,250": a match played before a crowd
    r"|\bin[ \t\xa0]+front[ \t\xa0]+of(?:[ \t\xa0]+(?:about|some|around|roughly|nearly"
    r"|almost|over|more\s+than))?[ \t\xa0]*$",
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
# A pronoun opening its sentence, then a change to a level: "It is down to",
# "That has fallen to", "Angka itu turun menjadi" ("up to" is a bound)
_IT_CHANGED_TO_RE = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t\xa0]*)(?:It|That|This|The[ \t\xa0]+figure|Angka[ \t\xa0]+itu"
    r"|Jumlah[ \t\xa0]+itu|Itu)"
    r"(?:[ \t\xa0]+(?:is|was|has|had|have|now|since|been|sudah|telah|kini))*"
    r"[ \t\xa0]+(?:down|fallen|fell|dropped|shrunk|shrank|risen|rose|climbed|grown|grew"
    r"|cut|reduced|turun|naik|menyusut|berkurang|bertambah)[ \t\xa0]+(?:to|menjadi)"
    r"(?:[ \t\xa0]+(?:about|around|some|roughly|nearly|almost|just|sekitar|hampir))?"
    r"[ \t\xa0]*$",
    re.MULTILINE,
)
# "The audit puts the number of people waiting for treatment at 61,200":
# an estimate of a number, then "at" the figure
_NUMBER_PUT_AT_RE = re.compile(
    r"\b(?:put|puts|putting|estimates?|estimated|estimating|places?|placed|placing)"
    r"[ \t\xa0]+the[ \t\xa0]+number[ \t\xa0]+of[ \t\xa0]+([^\W\d_]{3,})"
    r"(?:[ \t\xa0]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,12}?[ \t\xa0]+at"
    r"(?:[ \t\xa0]+(?:about|around|some|roughly|nearly|almost|more[ \t\xa0]+than))?"
    r"[ \t\xa0]*$",
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
