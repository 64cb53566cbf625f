"""Find the noun a number counts when no unit of measure follows it.

"lima gudang", "tiga buah rumah" (past a classifier), "312 confirmed cases",
"four new senior players" (English puts adjectives first: the first plural of
the run), "two cabin crew" (the head noun last), "a four-match tour", "a
30-page report" (a number glued by a hyphen counts the noun; with one to
three it is a kind: "two-factor", "three-way"), "240 RT" (an abbreviation),
"dua cucunya" (people with their possessive), "two of my buffaloes". Not a
counted noun: a function word, a month, a clock word, a verb ("17,650
finished", "ratusan mengungsi") or an adverb ("two seriously").
"""

from __future__ import annotations

import re

from annotations.text.hedges import HEDGES
from annotations.text.numerals import (
    INDONESIAN_DIGITS,
    NUMBER_WORDS,
    TEENS,
    TENS_EN,
    UNITS_DIGIT,
    VAGUE,
    small_number,
)
from annotations.text.units import SE_UNITS, unit_after
from annotations.text.wordclasses import (
    DAYS,
    ENGLISH_PRESENT_VERBS,
    INDONESIAN_ROOT_VERBS,
    MONTHS,
    PREPOSITIONS,
    STOPWORDS,
    TIME_AFTER,
    english_adverb,
    english_around,
    indonesian_around,
    looks_like_verb,
    past_participle,
)

# Classifiers between a number and the counted noun: "tiga buah rumah", "lima ekor sapi".
_CLASSIFIERS = {"buah", "unit", "ekor", "pucuk", "batang", "lembar", "biji", "butir"}
_WORD_AFTER_RE = re.compile(r"[ \t\xa0]+([^\W\d_]+(?:-[^\W\d_]+)*)")
AS_MANY_RE = re.compile(
    r"[ \t\xa0]+as[ \t\xa0]+(?:many|much|large|big|high|long|likely|fast)(?![^\W_])",
    re.IGNORECASE,
)


def plural_noun(text: str, pos: int) -> tuple[str, int, int] | None:
    """Return the English plural noun at pos, after up to two adjectives: "my buffaloes"."""
    run = _WORD_AFTER_RE.match(text, pos - 1) if pos > 0 else None
    for _ in range(4):
        if run and (owner := _POSSESSIVE_RE.match(text, run.end())):
            # "of the county's libraries": the owner is not what is counted
            run = _WORD_AFTER_RE.match(text, owner.end())
            continue
        if run and run.group(1)[:1].isupper() and len(run.group(1)) > 1:
            # "120 of the Brackett Point workers": a name before the noun
            run = _WORD_AFTER_RE.match(text, run.end())
            continue
        if not run or not noun_like(run.group(1)):
            return None
        word = run.group(1)
        if _plural(word):
            # "workers" is people
            return unit_after(text, run.start()) or (
                word.casefold(),
                run.start(1),
                run.end(1),
            )
        run = _WORD_AFTER_RE.match(text, run.end())
    return None


_POSSESSIVE_RE = re.compile(r"['’]s?(?![^\W_])")


def _plural(word: str) -> bool:
    fold = word.casefold()
    return len(word) > 3 and fold.endswith("s") and not fold.endswith(_NOT_PLURAL_ENDS)


def first_noun(text: str, pos: int) -> tuple[str, int, int] | None:
    m = _WORD_AFTER_RE.match(text, pos)
    if m and noun_like(m.group(1)):
        return m.group(1).casefold(), m.start(1), m.end(1)
    return None


_SET_ADJECTIVES = {
    "other",
    "fewer",
    "more",
    "additional",
    "extra",
    "further",
    "separate",
    "such",
}


def counted_noun(text: str, pos: int) -> tuple[str, int, int] | None:
    """Return the lower-cased noun counted right after a number: "lima gudang"."""
    if (c := _COMPOUND_RE.match(text, pos)) and (
        noun_like(c.group(1))
        # English only glues a count to its noun: "12-member" is no Indonesian verb
        or _noun_like_but_for_the_prefix(c.group(1))
    ):
        # "a four-match tour", "a 30-page report": the number and its noun make
        # an adjective, and the noun is what is counted. With one, two or three
        # it is mostly a kind ("two-factor", "three-way", "a two-state solution").
        number = _WORD_BEFORE_HYPHEN_RE.search(text, max(0, pos - 12), pos)
        if (
            number
            and small_number(number.group()) not in (1, 2, 3)
            and c.group(1).casefold() not in _NOT_COMPOUND_COUNTS
        ):
            return c.group(1).casefold(), c.start(1), c.end(1)
        return None
    m = _WORD_AFTER_RE.match(text, pos)
    if m and m.group(1).casefold() in _SET_ADJECTIVES:
        m = _WORD_AFTER_RE.match(text, m.end())  # "three other contracts"
    if not m:
        return None
    word = m.group(1)
    fold = word.casefold()
    if fold in _CLASSIFIERS:
        nxt = _WORD_AFTER_RE.match(text, m.end())
        if nxt and noun_like(nxt.group(1)) and nxt.group(1).casefold() not in SE_UNITS:
            matched = unit_after(text, m.end())
            if matched:
                return matched[0], matched[1], matched[2]
            return nxt.group(1).casefold(), nxt.start(1), nxt.end(1)
        return fold, m.start(1), m.end(1)  # "100 unit"
    if _ABBREVIATION_NOUN_RE.fullmatch(word) and fold not in _NOT_COUNTED:
        return fold, m.start(1), m.end(1)  # "240 RT", "820 TPS"
    if (
        len(fold) > 6
        and fold.endswith("nya")
        and word[:1].islower()
        and (found := unit_after(" " + word[:-3], 0))
        and found[0] == "person"
        and found[2] == len(word) - 2
    ):
        # "dua cucunya", "tiga anaknya": people, counted with their possessive
        return "person", m.start(1), m.end(1)
    english = _english_noun_for_a_verb(text, pos, m)
    if (
        not noun_like(word)
        and not (word[:1].isupper() and fold.isascii())
        and not english
    ):
        return None
    if past_participle(word) and unit_after(text, m.start()) is None:
        nxt = _WORD_AFTER_RE.match(text, m.end())
        if (
            nxt
            and noun_like(nxt.group(1))
            and (
                nxt.group(1).casefold().endswith("s")
                or unit_after(text, nxt.start(1)) is not None
                or "-" in word
            )
        ):
            # "312 confirmed cases", "five armed men": an adjective before the
            # noun; a hyphened one ("two council-owned car parks") always is
            m, word, fold = nxt, nxt.group(1), nxt.group(1).casefold()
        else:
            # "17,650 finished", "only 90 needed treatment", "tens of thousands
            # more watched": the verb of what the number counts, named before
            return None
    # English puts adjectives first: "four new senior players", "two dozen
    # Chinese firms": the counted noun is the first plural of the run.
    # Indonesian puts the head noun first ("860 siswa kelas IX", "12 orang
    # sekaligus"): what follows describes it.
    first = m if noun_like(word) or english else None
    english_run = not indonesian_around(text, pos)
    run = m
    for _ in range(4):
        if _a_plural_in_the_run(run, english_run, later=run is not m):
            matched = unit_after(text, run.start())
            if matched:
                return matched
            return run.group(1).casefold(), run.start(1), run.end(1)
        if (
            run is not m
            and (matched := unit_after(text, run.start()))
            and matched[0] == "person"
            and english_around(text, pos)
        ):
            return matched  # "eleven opposition MPs": people, whatever their case
        if first is not None and not english_run:
            break
        run = _WORD_AFTER_RE.match(text, run.end())
        if not run or not (
            noun_like(run.group(1))
            or run.group(1)[:1].isupper()
            or (english_run and _an_english_plural(run.group(1)))
        ):
            break
    if first is None:
        return None
    # "five armed men": a person noun without a plural -s
    if found := unit_after(text, first.start(1)):
        return found
    nxt = _WORD_AFTER_RE.match(text, first.end())
    if (
        nxt
        and noun_like(nxt.group(1))
        and (found := unit_after(text, nxt.start(1)))
        and found[0] == "person"
        and english_around(text, pos)
    ):
        # "two cabin crew": English puts the head noun last (Indonesian first:
        # "tujuh posko pengungsi" counts posts)
        return found
    return fold, first.start(1), first.end(1)


def _a_plural_in_the_run(run: re.Match, english: bool, *, later: bool) -> bool:
    """Return True for the plural that ends a run of words after a number.

    In English, "serious", "tuberculosis", "bus" end in -s without being
    plurals, and a plural further on may look like an Indonesian verb
    ("three separate medicines").
    """
    word = run.group(1)
    fold = word.casefold()
    if not fold.endswith("s"):
        return False
    if not english:
        return noun_like(word)
    if later and _an_english_plural(word):
        return True
    return noun_like(word) and not fold.endswith(_NOT_PLURAL_ENDS)


def _an_english_plural(word: str) -> bool:
    return bool(_ENGLISH_PLURAL_RE.fullmatch(word)) and (
        noun_like(word) or _noun_like_but_for_the_prefix(word)
    )


_NOT_PLURAL_ENDS = ("ous", "ss", "is", "us")


# "-match" in "a four-match tour": a singular noun glued by a hyphen, then the noun it describes
_COMPOUND_RE = re.compile(r"-([^\W\d_]{3,})(?=[ \t\xa0]+[^\W\d_])")
# "a two-way street", "a five-star hotel", "a one-sided game": kinds, not counts
_NOT_COMPOUND_COUNTS = {"way", "star", "sided", "horse", "nil", "all", "speed"}
_WORD_BEFORE_HYPHEN_RE = re.compile(r"[^\W_]+$")
_ABBREVIATION_NOUN_RE = re.compile(r"[A-Z]{2,5}")
_NOT_COUNTED = {
    "wib",
    "wita",
    "wit",
    "gmt",
    "utc",
    "am",
    "pm",
    "sr",
    "as",
    "ri",
    "usd",
    "idr",
}


# English words that follow a noun, never an Indonesian verb: "memoranda of".
_ENGLISH_AFTER_NOUN = {"of", "on", "for", "with", "were", "was", "are", "worth"}
_ENGLISH_NUMBER_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \t\xa0]*\Z")


def _english_noun_for_a_verb(text: str, pos: int, m: re.Match) -> bool:
    """Return True when a word shaped like an Indonesian verb is an English noun.

    "five memoranda of understanding": "memoranda" has the prefix of
    "menewaskan", but an English number word counts it and "of" follows it.
    """
    word = m.group(1)
    if not looks_like_verb(word) or not _noun_like_but_for_the_prefix(word):
        return False
    number = _ENGLISH_NUMBER_BEFORE_RE.search(text, max(0, pos - 20), pos)
    english_number = (
        bool(number)
        and (
            number.group(1).casefold() in UNITS_DIGIT
            or number.group(1).casefold() in TEENS
            or number.group(1).casefold() in TENS_EN
        )
        and number.group(1).casefold() not in INDONESIAN_DIGITS
    )
    nxt = _WORD_AFTER_RE.match(text, m.end())
    english_next = bool(nxt) and nxt.group(1).casefold() in _ENGLISH_AFTER_NOUN
    if (
        nxt
        and _ENGLISH_PLURAL_RE.fullmatch(nxt.group(1))
        and noun_like(nxt.group(1))
        and english_around(text, pos)
    ):
        return True  # "14 display cases", "two diesel engines": a noun before a noun
    return english_number and english_next or (english_next and not number)


# An English plural: "cases", "engines", "deposits"; not "tewas", "habis", "terus".
_ENGLISH_PLURAL_RE = re.compile(r"[a-z]{2,}(?<![aiu]s)s")


def _noun_like_but_for_the_prefix(word: str) -> bool:
    fold = word.casefold()
    return (
        word[:1].islower()
        and fold not in STOPWORDS
        and not english_adverb(fold)
        and not fold.endswith("nya")
    )


def noun_like(word: str) -> bool:
    fold = word.casefold()
    return (
        word[:1].islower()
        and len(word) > 1
        and fold not in STOPWORDS
        and fold not in PREPOSITIONS  # "24 along the route"
        and fold not in MONTHS
        and fold not in DAYS
        and fold not in TIME_AFTER
        and fold not in NUMBER_WORDS
        and fold not in VAGUE
        and fold not in HEDGES
        and fold != "besar"  # "babak delapan besar", "lima besar": a stage, the top N
        and fold not in INDONESIAN_ROOT_VERBS  # "45 rusak berat": the verb of a count
        and fold not in ENGLISH_PRESENT_VERBS  # "fewer than forty remain"
        and not english_adverb(fold)  # "injuring 23 passengers, two seriously"
        and not fold.endswith("nya")
        and not looks_like_verb(word)
    )
