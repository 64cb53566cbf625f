"""Read amounts written without a number of their own: fractions, ratios, multiples, "a week".

Fractions with what they are a part of ("setengah dari warga", "seperempat
anggaran", "a quarter of the crew", "two-thirds", value 0.5 / 0.25 / 0.67,
unit "fraction"), pointing back ("separuhnya", "sepertiganya"), before a verb
("seperempat belum dibayar") or as a change ("shrunk by a third"); a part of a
unit is that unit ("seperempat kilo" 0.25 kg); ratios ("1 dari 5 warga", "one
in five": 0.2; "nine in 10": 0.9, "fraction"); "eight out of ten" is a share
like "nine in 10" (with a round whole: "five out of 12 judges" counts judges);
multiples ("fourfold", "twice as many boats", "roughly twice": "fold";
"twice" alone: 2 "time"); "a week", "a year and a half", "more than a
century", "an hour" before "and 40 minutes" (but not "a day like this", "a
week after", "twice a day", "in a decade"); "seorang" when something befell
that one person; multiples as verbs ("more than doubled", "roughly double",
"tripled"; "halved" is 0.5 "fraction"), but not "a double murder" or "doubled
down". "a week" after an amount and "in" is read ("raised £6,000 in a week");
claims.py keeps it as the period.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from annotations.text.counted import AS_MANY_RE, counted_noun, first_noun
from annotations.text.hedges import (
    BY_HEDGES,
    LEBIH_NOUN_RE,
    MULTIPLE_HEDGES,
    hedges_around,
)
from annotations.text.numerals import (
    CENT,
    NUMBER_WORDS,
    SCALES,
    NumberPhrase,
    Token,
    small_number,
    tidy,
)
from annotations.text.units import (
    DURATIONS,
    MEASURE_UNITS,
    UNITS,
    per_unit_end,
    unit_after,
)
from annotations.text.wordclasses import (
    ENGLISH_PRESENT_VERBS,
    INDONESIAN_ROOT_VERBS,
    IRREGULAR_PAST,
    looks_like_verb,
    sentence_start,
)

# First words of wordless_at's amounts: fractions, ratios, multiples, "a week".
WORDLESS_STARTERS = {
    "1", "one", "satu", "a", "an", "half", "setengah", "separuh", "sepertiga",
    "seperempat", "seperlima", "sepersepuluh", "dua", "tiga", "two", "three",
    "twice", "thrice", "seorang", "four", "seven", "nine", "empat", "seperenam",
    "seperdelapan",
    "double", "doubled", "doubling", "triple", "tripled", "tripling", "trebled",
    "quadrupled", "halved", "halving", "past", "last",
}  # fmt: skip


# Amounts written without digits: fractions ("setengah dari", "a quarter of",
# "two-thirds"), ratios ("1 dari 5 warga", "one in five"), multiples
# ("fourfold", "twice as many") and "a week".
_FRACTIONS = {
    "setengah": (1, 2), "separuh": (1, 2), "sepertiga": (1, 3), "seperempat": (1, 4),
    "seperlima": (1, 5), "sepersepuluh": (1, 10), "dua pertiga": (2, 3),
    "tiga perempat": (3, 4), "dua perlima": (2, 5), "tiga perlima": (3, 5),
    "half": (1, 2), "a half": (1, 2), "one half": (1, 2), "a third": (1, 3),
    "one third": (1, 3), "two thirds": (2, 3), "a quarter": (1, 4),
    "one quarter": (1, 4), "three quarters": (3, 4), "a fifth": (1, 5),
    "one fifth": (1, 5), "two fifths": (2, 5), "a tenth": (1, 10), "one tenth": (1, 10),
    "three fifths": (3, 5), "four fifths": (4, 5), "a sixth": (1, 6), "one sixth": (1, 6),
    "an eighth": (1, 8), "one eighth": (1, 8), "three tenths": (3, 10),
    "seven tenths": (7, 10), "nine tenths": (9, 10), "seperenam": (1, 6),
    "seperdelapan": (1, 8), "empat perlima": (4, 5), "satu per dua": (1, 2),
    "satu per tiga": (1, 3), "dua per tiga": (2, 3), "satu per empat": (1, 4),
    "tiga per empat": (3, 4),
}  # fmt: skip
_FRACTION_RE = re.compile(
    r"(?P<frac>"
    + "|".join(
        re.escape(w).replace(r"\ ", r"[ \t\xa0-]")
        for w in sorted(_FRACTIONS, key=len, reverse=True)
    )
    + r")(?![^\W_])",
    re.IGNORECASE,
)


def fraction_words() -> str:
    """Return a regular expression matching the fraction words ("separuh", "two-thirds")."""
    return _FRACTION_RE.pattern.split("(?P<frac>", 1)[1].rsplit(")(?!", 1)[0]


# After an English fraction: "of the ...", "the patients" (half only), or the end of a clause.
_FRACTION_OF_RE = re.compile(
    r"[ \t\xa0]+(?:of|dari)(?:[ \t\xa0]+(?:the|this|that|these|those|its|their|his|her"
    r"|our|my|your|all|para))?(?:[ \t\xa0]+[^\W\d_]+(?:'s|’s))?(?=[ \t\xa0]+[^\W_])",
    re.IGNORECASE,
)
# Before "half" + noun, these say it is an amount: "at about half capacity".
_ENGLISH_FRACTION_RE = re.compile(
    r"half|third|quarter|fifth|sixth|eighth|tenth", re.IGNORECASE
)
# A verb right after a fraction that starts its clause: "Half said", "a third were".
_FRACTION_SUBJECT_RE = re.compile(
    r"[ \t\xa0]+(?:said|say|says|were|are|have|had|will|would|could|did|do|remain"
    r"|remained|voted|agreed|[a-z]{3,}ed)(?![^\W_])"
)
# "a third fewer", "a quarter more": a change by that share
_COMPARATIVE_RE = re.compile(
    r"[ \t\xa0]+(?:fewer|more|less|higher|lower|smaller|larger|bigger|cheaper|dearer"
    r"|longer|shorter)(?![^\W_])",
    re.IGNORECASE,
)
_OF_A_SCALE_RE = re.compile(
    r"[ \t\xa0]+of[ \t\xa0]+(?:a|one)[ \t\xa0]+(thousand|million|billion|trillion)(?![^\W_])",
    re.IGNORECASE,
)
_HALF_THE_RE = re.compile(
    # "half the patients", "half this town", "half that" (of what was just named)
    r"[ \t\xa0]+(?:the|my|our|their|his|her|its|your|this|that|these|those)"
    r"(?=[ \t\xa0]|[ \t\xa0]*[.,;:!?\"”])",
    re.IGNORECASE,
)
_BOUNDS_BEFORE_THAN = {"fewer", "more", "less"}
_ID_SHARE_HEDGES = {"hampir", "nyaris", "sekitar", "kira-kira", "lebih", "kurang"}
_HALF_BEFORE = {"about", "around", "roughly", "nearly", "almost", "at", "just"}
_FRACTION_VERB_RE = re.compile(
    r"[ \t\xa0]+(?:belum|tidak|tak|sudah|telah|masih|akan|sempat)(?![^\W_])",
    re.IGNORECASE,
)
# "Sepertiga di antaranya", "separuh di antara mereka": a part of those named
_ID_OF_THEM_RE = re.compile(
    r"[ \t\xa0]+(di[ \t\xa0]*antaranya|di[ \t\xa0]+antara[ \t\xa0]+mereka)(?![^\W_])",
    re.IGNORECASE,
)
_FRACTION_END_RE = re.compile(r"[ \t\xa0]*[.,;:)!?\"”’]")  # 'at "about two-thirds"'
_A_RE = re.compile(r"[ \t\xa0]+an?(?=[ \t\xa0])", re.IGNORECASE)
_WORD_AFTER_RE = re.compile(r"[ \t\xa0]+([^\W\d_]+)")
_SHARE_UNITS = {"percent", "percentage point", "basis point"}


def _a_verb_after(text: str, end: int) -> bool:
    """Return True when an English verb follows: "want", "met", "passed"."""
    if _FRACTION_SUBJECT_RE.match(text, end):
        return True
    verb = _WORD_AFTER_RE.match(text, end)
    return bool(verb) and (
        verb.group(1) in ENGLISH_PRESENT_VERBS or verb.group(1) in IRREGULAR_PAST
    )


def _changed_by(token: Token) -> bool:
    """Return True for an Indonesian verb a share can follow: "dipangkas", "turun", "sebesar"."""
    return token.kind == "word" and (
        looks_like_verb(token.text)
        or token.fold in INDONESIAN_ROOT_VERBS
        or token.fold == "sebesar"
    )


_NOT_FRACTION_BEFORE = {
    "first", "second", "the", "this", "that", "in", "babak", "paruh", "kedua",
    "pertama", "its", "their", "his", "her", "back",
}  # fmt: skip
_NOT_FRACTION_NOUNS = {
    "hati", "mati", "jalan", "matang", "baya", "telanjang", "sadar", "tiang", "resmi",
    "gila", "century", "final", "finals", "time", "way", "hour", "mile",
}  # fmt: skip
_RATIO_RE = re.compile(
    r"(?P<one>1|one|satu)(?:[ \t\xa0]+|-)(?:in|dari|out[ \t\xa0]+of)"
    r"(?:[ \t\xa0]+(?:every|setiap|tiap))?(?:[ \t\xa0]+|-)"
    r"(?P<n>\d{1,4}|[^\W\d_]+)(?![^\W_])",
    re.IGNORECASE,
)
# "nine in 10", "three in four": more than one in n is a share only with "in"
# ("six of 11 provinces" counts provinces).
_SHARE_RE = re.compile(
    r"(?P<k>\d{1,3}|[^\W\d_]+)[ \t\xa0]+(?:in|out[ \t\xa0]+of|dari)"
    r"(?:[ \t\xa0]+(?:every|setiap|tiap))?[ \t\xa0]+"
    r"(?P<n>\d{1,4}|[^\W\d_]+)(?![^\W_])",
    re.IGNORECASE,
)
_ROUND_WHOLES = {3, 4, 5, 10, 100, 1000}
# "separuhnya", "sepertiganya": a fraction of what was just named
NYA_FRACTIONS = {
    "separuhnya": (1, 2), "setengahnya": (1, 2), "sepertiganya": (1, 3),
    "seperempatnya": (1, 4), "seperlimanya": (1, 5), "sepersepuluhnya": (1, 10),
}  # fmt: skip
_MULTIPLE_RE = re.compile(
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d{1,3})"
    r"-?fold(?![^\W_])"
    r"|(?P<twice>twice|thrice)(?![\w-])",
    re.IGNORECASE,
)
# "lifted pay twice", "has met twice", "scored twice": something done, then counted.
_TWICE_DONE_RE = re.compile(
    r"\b(?:[^\W\d_]+ed|met|won|hit|rose|fell|saw|been|was|were|has|had|have|did|went|came"
    r"|taken|driven|given|seen|done|gone|flown|ridden|sent|brought"
    r"|ran|beat|lost|paid|struck|shot|broke|led|held|sold|bought|told|said|made|took|won)"
    # "flagged for excessive vibration twice", "took her bags to the tip herself
    # twice": the verb, then what it was done to ("has to think twice" is no count)
    r"(?:[ \t\xa0]+(?!to\b)[^\W\d_]+)?(?:[ \t\xa0]+[^\W\d_]+){0,5}[ \t\xa0]+$",
    re.IGNORECASE,
)
_MULTIPLE_VERBS = {
    "double": (Decimal(2), "fold"), "doubled": (Decimal(2), "fold"),
    "doubling": (Decimal(2), "fold"), "triple": (Decimal(3), "fold"),
    "tripled": (Decimal(3), "fold"), "tripling": (Decimal(3), "fold"),
    "trebled": (Decimal(3), "fold"), "quadrupled": (Decimal(4), "fold"),
    "halved": (Decimal("0.5"), "fraction"), "halving": (Decimal("0.5"), "fraction"),
}  # fmt: skip
_MULTIPLE_VERB_AFTER_RE = re.compile(
    r"-|[ \t\xa0]+(?:down|up|over|back|as)(?![^\W_])",
    re.IGNORECASE,
)
# "could double", "to triple": the verb; "more than double" is found as a hedge.
_MULTIPLE_VERB_BEFORE = {
    "could", "would", "will", "may", "might", "to", "than", "nearly", "almost",
    "set", "expected",
}  # fmt: skip
_TWICE_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:as[ \t\xa0]+(?:many|much|large|big|high|long|likely|fast)|the|its|their"
    r"|his|her|our)(?![^\W_])"
    # "could be twice that.": the figure just named; "twice that year" is when
    r"|[ \t\xa0]+(?:that|this)(?=[ \t\xa0]*(?:[.,;:!?\"”’)]|$))",
    re.IGNORECASE,
)
_TWICE_HOW_OFTEN_RE = re.compile(
    r"[ \t\xa0]+(?:a|an|each|every|per|last|this|next)[ \t\xa0]+(?:day|night|week|weekend"
    r"|fortnight|month|year|season|term|spring|summer|autumn|winter|morning|evening"
    r"|afternoon|hour|minute|shift)(?![^\W_])",
    re.IGNORECASE,
)
_A_MEASURE_RE = re.compile(
    r"(?:a|an)[ \t\xa0]+(?P<unit>kilometre|kilometer|metre|meter|mile|foot|yard|centimetre"
    r"|centimeter)[ \t\xa0]+(?:long|deep|wide|high|tall|thick|away|across|wider|deeper"
    r"|higher|longer|taller)(?![^\W_])",
    re.IGNORECASE,
)
# "maybe a kilometre", "a mile and a half": a distance without a following adjective
_A_DISTANCE_RE = re.compile(
    r"(?:a|an)[ \t\xa0]+(?P<unit>kilometre|kilometer|metre|meter|mile|centimetre"
    r"|centimeter)(?![\w-])",
    re.IGNORECASE,
)
_A_RATIO_HEDGES = {"about", "around", "roughly", "nearly", "almost", "maybe", "perhaps"}
_DISTANCE_HEDGES = {
    "maybe", "perhaps", "about", "around", "roughly", "nearly", "almost", "than",
}  # fmt: skip
_A_TIME_RE = re.compile(
    r"(?:a|an)[ \t\xa0]+(?P<unit>hour|day|week|fortnight|month|year|decade|century|minute)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_PAST_DECADE_RE = re.compile(
    r"(?:past|last)[ \t\xa0]+(?P<unit>decade|century)(?![\w-])", re.IGNORECASE
)
_NOT_A_TIME_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:like|when|that|which|where|in\s+the\s+life|to\s+remember|in\s+court|job"
    r"|of\s+(?:action|mourning|reckoning))(?![^\W_])"
    r"|[-’']",  # "a day-long strike", "a week's pay"; not an aside's " - "
    re.IGNORECASE,
)
# "a week after the flood", "a year on": when, unless it says how long ("for a week before").
_RELATIVE_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:after|before|later|earlier|ago|or\s+so\s+ago|into|out\s+from|from"
    r"|hence|on\b(?=\s*,|\s+(?:from|since))|back\b(?!\s+to))(?![^\W_])",
    re.IGNORECASE,
)
_ONE_CASUALTY_RE = re.compile(
    r"(?i:seorang)[ \t\xa0]+(?P<noun>[^\W\d_A-Z][^\W\d_]+(?:-[^\W\d_]+)?)"
    r"(?=(?:[ \t\xa0]+[^\W\d_]+){0,5}?[ \t\xa0]+(?:meninggal|tewas|terluka|luka-luka|luka"
    r"|hilang|tenggelam|wafat|terluka|tertimbun)(?![^\W_]))"
)
_ONE_PERSON_RE = re.compile(
    r"(?i:seorang)[ \t\xa0]+(?P<noun>[^\W\d_A-Z][^\W\d_]+(?:-[^\W\d_]+)?)"
)
# "menewaskan seorang petani": the verb before says something befell one person.
_CASUALTY_VERBS = {"menewaskan", "melukai", "merenggut", "menelan", "killed", "injured"}
_SUPERLATIVE_IN_RE = re.compile(
    r"(?:est|first|worst|best|most|only|once)(?:[ \t\xa0]+[^\W\d_]+){0,2}[ \t\xa0]+in"
    r"[ \t\xa0]+$",
    re.IGNORECASE,
)
_AND_A_HALF_RE = re.compile(
    r"[ \t\xa0]+and[ \t\xa0]+a[ \t\xa0]+half(?![^\W_])", re.IGNORECASE
)
_DURATION_FRAME = {
    "for", "took", "take", "takes", "taking", "lasted", "lasting", "lasts", "last",
    "spent", "spend", "spends", "about", "around", "nearly", "served", "serve",
    "serving", "been",
    "almost", "roughly", "some", "than", "least", "to", "only", "just", "barely",
    "under", "again", "by",
}  # fmt: skip
# "an hour and 40 minutes": the first part of a compound duration
COMPOUND_NEXT_RE = re.compile(
    r"[ \t\xa0]+(?:and|dan)[ \t\xa0]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|fifteen|twenty|thirty|forty|fifty)\b)",
    re.IGNORECASE,
)
_DURATION_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:early|late|off|long|of\s+(?!the\b))(?![^\W_])", re.IGNORECASE
)
_LASTING = {"for", "took", "lasted", "spent", "lasting", "takes", "take", "selama"}
# "raised £6,000 in a week", "35 children with stomach illness in a week": an
# amount, up to three words, then "in": the period the amount took ("in a week"
# alone is a deadline).
_AMOUNT_BEFORE_IN_RE = re.compile(
    r"\d(?:[\w%]*|[ \t\xa0]+(?:[^\W\d_]+))(?:[ \t\xa0]+[^\W\d_]+){0,3}[ \t\xa0]+in[ \t\xa0]+$",
    re.IGNORECASE,
)
# A bound before "a week" makes it a length, even when "after" follows.
_BOUNDED_BEFORE = {"under", "nearly", "almost", "than", "barely"}
_SEQUENCE_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:after|before|into|from)\b", re.IGNORECASE
)
_NOT_A_TIME_BEFORE = {
    "once", "twice", "thrice", "times", "per", "such", "what", "quite", "every", "each",
    "half", "than",
}  # fmt: skip


def _noun_of_share(text: str, end: int) -> tuple[int, int]:
    """Where the noun a share counts stands after `end` ("a third of the houses"), or (end, end)."""
    noun = unit_after(text, end) or counted_noun(text, end)
    return (noun[1], noun[2]) if noun else (end, end)


def wordless_at(
    text: str, tokens: list[Token], i: int, floor: int
) -> NumberPhrase | None:
    """Return the fraction, ratio, multiple or "a week" starting at token i, if any."""
    token = tokens[i]
    pos = token.start
    prev = tokens[i - 1].fold if i >= 1 and tokens[i - 1].end > floor else ""
    value: Decimal | None = None
    unit = ""
    canonical = True
    end = unit_start = unit_end = pos
    number_end = pos
    more_than = False  # "lebih" after the amount
    the_other = -1  # where "the other half" starts
    if token.fold in NYA_FRACTIONS:
        num, den = NYA_FRACTIONS[token.fold]
        value = (Decimal(num) / Decimal(den)).quantize(CENT, ROUND_HALF_UP).normalize()
        unit = "fraction"
        end = number_end = unit_start = unit_end = token.end
    elif (
        token.fold not in ("1", "one", "satu")
        and (m := _SHARE_RE.match(text, pos))
        and 1 < small_number(m.group("k")) < small_number(m.group("n"))
        # "eight out of ten" is a share; "five out of 12 judges" counts judges
        and (" in " in m.group() or small_number(m.group("n")) in _ROUND_WHOLES)
        # "dua dari tiga tambak" is a share, "Empat dari 10 gerbong" four of
        # the ten carriages: after "dari", only a whole in words makes a ratio
        and not (" dari " in m.group().casefold() and m.group("n").isdigit())
        # "up from 118 in 2017": a year says when, it is no whole
        and not (len(m.group("n")) == 4 and m.group("n")[:2] in ("18", "19", "20"))
    ):
        part, whole = small_number(m.group("k")), small_number(m.group("n"))
        value = (Decimal(part) / whole).quantize(CENT, ROUND_HALF_UP).normalize()
        unit = "fraction"
        end = number_end = m.end()
        unit_start, unit_end = _noun_of_share(text, end)
        end = unit_end
    elif token.fold in ("1", "one", "satu") and (m := _RATIO_RE.match(text, pos)):
        whole = small_number(m.group("n"))
        if whole and whole > 1 and prev != "salah":
            value = (Decimal(1) / whole).quantize(CENT, ROUND_HALF_UP).normalize()
            unit = "fraction"
            end = number_end = m.end()
            unit_start, unit_end = _noun_of_share(text, end)
            end = unit_end
    elif token.fold in _MULTIPLE_VERBS:
        # "more than doubled", "roughly double", "could triple": a multiple;
        # "halved" a change by half. "a double murder", "doubled up" are not.
        value, unit = _MULTIPLE_VERBS[token.fold]
        if (
            _MULTIPLE_VERB_AFTER_RE.match(text, token.end)
            or token.fold in ("double", "triple")
            and not (
                prev in MULTIPLE_HEDGES
                or prev in _MULTIPLE_VERB_BEFORE
                or _TWICE_AFTER_RE.match(text, token.end)
            )
        ):
            return None
        end = number_end = unit_start = unit_end = token.end
    elif m := _MULTIPLE_RE.match(text, pos):
        if m.group("twice"):
            # "roughly twice those in Rotterdam", "more than twice its permitted load"
            hedged = prev in MULTIPLE_HEDGES or prev == "than"
            if prev in ("once", "or", "atau", "think", "thought", "thinking") or not (
                hedged
                or _TWICE_DONE_RE.search(text, max(0, pos - 60), pos)
                or _TWICE_AFTER_RE.match(text, m.end())
                # "crosses twice a day", "broke down twice last winter": how often
                or _TWICE_HOW_OFTEN_RE.match(text, m.end())
            ):
                return None  # "once or twice"; "think twice" is not a count
            value = Decimal(2 if m.group("twice").casefold() == "twice" else 3)
            end = number_end = unit_start = unit_end = m.end()
            unit = "fold" if hedged else "time"
            if after := _TWICE_AFTER_RE.match(text, end):
                unit = "fold"
                end = unit_end = after.end()
                if after.group().split()[0].casefold() != "as":  # "twice the size"
                    end = unit_end = m.end()
        else:
            whole = small_number(m.group("n"))
            if not whole:
                return None
            value, unit = Decimal(whole), "fold"
            end = number_end = unit_start = unit_end = m.end()
        if unit == "fold" and (noun := counted_noun(text, end)):
            unit_start, unit_end = noun[1], noun[2]
            end = noun[2]  # "twice as many cargo owners"
    elif token.fold == "seorang" and (
        (m := _ONE_CASUALTY_RE.match(text, pos))
        or (prev in _CASUALTY_VERBS and (m := _ONE_PERSON_RE.match(text, pos)))
    ):
        # "seorang warga meninggal dunia": one person, when something befell them
        value, unit = Decimal(1), "person"
        unit_start, unit_end = m.start("noun"), m.end("noun")
        end = number_end = m.end("noun")
    elif token.fold in ("a", "an") and (
        (m := _A_MEASURE_RE.match(text, pos))
        or (
            (m := _A_DISTANCE_RE.match(text, pos))
            and (prev in _DISTANCE_HEDGES or _AND_A_HALF_RE.match(text, m.end()))
        )
    ):
        # "a kilometre long", "a metre deep", "a mile away", "maybe a mile",
        # "a kilometre and a half": one (and a half) of that measure
        value = Decimal(1)
        unit, unit_start, unit_end = unit_after(text, m.start("unit") - 1) or (
            "",
            m.start("unit"),
            m.end("unit"),
        )
        if not unit:
            return None
        end = number_end = unit_end
        if half := _AND_A_HALF_RE.match(text, end):
            value += Decimal("0.5")
            end = number_end = half.end()
    elif (
        token.fold in ("past", "last")
        and prev == "the"
        and (m := _PAST_DECADE_RE.match(text, pos))
    ):
        # "over the past decade", "in the last century": one of that span ("the
        # past month" is when, more often than how long)
        value, unit = Decimal(1), UNITS[m.group("unit").casefold()]
        unit_start, unit_end = m.start("unit"), m.end("unit")
        end = number_end = m.end()
    elif token.fold in ("a", "an") and (m := _A_TIME_RE.match(text, pos)):
        more_than = (
            prev == "than"
            and i >= 2
            and tokens[i - 2].fold in ("more", "less", "fewer", "longer", "shorter")
        )  # "more than a century", "waited longer than a year"; not "better than a year ago"
        if (
            (prev in _NOT_A_TIME_BEFORE and not more_than)
            or (
                prev == "in"
                and not _AMOUNT_BEFORE_IN_RE.search(text, max(0, pos - 60), pos)
                and not COMPOUND_NEXT_RE.match(text, m.end())
            )
            or (i >= 1 and (tokens[i - 1].kind == "num" or prev in NUMBER_WORDS))
            or _NOT_A_TIME_AFTER_RE.match(text, m.end())
            or (
                prev not in _LASTING
                and _RELATIVE_AFTER_RE.match(text, m.end())
                and not (  # "in under an hour after the rain", not "more than a year ago"
                    prev in _BOUNDED_BEFORE and _SEQUENCE_AFTER_RE.match(text, m.end())
                )
            )
            or _SUPERLATIVE_IN_RE.search(text, max(0, pos - 24), pos)
            or not (
                prev in _DURATION_FRAME
                # "for over a century": a bound on how long
                or (prev == "over" and i >= 2 and tokens[i - 2].fold in _LASTING)
                or prev == "in"  # "raised £6,000 in a week": the period it took
                # "within a day and a half": only a length is written so
                or (prev == "within" and _AND_A_HALF_RE.match(text, m.end()))
                or _DURATION_AFTER_RE.match(text, m.end())
                # "opened an hour and a half late": the length, then "late"
                or (
                    (half := _AND_A_HALF_RE.match(text, m.end()))
                    and _DURATION_AFTER_RE.match(text, half.end())
                )
                or COMPOUND_NEXT_RE.match(text, m.end())
            )
        ):
            # "twice a day", "a day like this", "the weakest in a decade"; a length
            # needs a frame: "took a week", "for a month", "a month early"
            return None
        value = Decimal(1)
        unit = UNITS.get(m.group("unit").casefold(), "")
        if m.group("unit").casefold() == "fortnight":
            value, unit = Decimal(2), "week"
        unit_start, unit_end = m.start("unit"), m.end()
        end = number_end = m.end()
        if half := _AND_A_HALF_RE.match(text, end):
            value += Decimal("0.5")  # "a year and a half"
            end = number_end = half.end()
    elif m := _FRACTION_RE.match(text, pos):
        if (
            prev in _NOT_FRACTION_BEFORE
            and not (prev == "in" and _OF_A_UNIT_RE.match(text, m.end()))
        ) or text[m.end() : m.end() + 3].casefold() == "nya":
            return None  # but "in a quarter of an hour" is a length
        num, den = _FRACTIONS[
            " ".join(m.group("frac").casefold().replace("-", " ").split())
        ]
        value = (Decimal(num) / Decimal(den)).quantize(CENT, ROUND_HALF_UP).normalize()
        end = number_end = m.end()
        if scale := _OF_A_SCALE_RE.match(text, end):
            # "a quarter of a million pounds": a part of a number is a number
            value = Decimal(num) * SCALES[scale.group(1).casefold()] / Decimal(den)
            end = number_end = unit_start = unit_end = scale.end()
            noun = unit_after(text, end) or counted_noun(text, end)
            if noun:
                unit, unit_start, unit_end = noun
                end = unit_end
                if unit == "pounds":
                    unit = "GBP"
            start, end, approximate, bound = hedges_around(
                text, pos, end, floor, unit, False
            )
            return NumberPhrase(
                value=tidy(value), unit=unit, canonical=True, approximate=approximate,
                bound=bound, start=start, end=per_unit_end(text, end),
                number_start=pos, number_end=number_end, unit_start=unit_start,
                unit_end=unit_end, kind="words",
            )  # fmt: skip
        if (
            (part := _OF_A_UNIT_RE.match(text, end))
            and (measure := unit_after(text, part.end()))
            and (measure[0] in DURATIONS or measure[0] in MEASURE_UNITS)
        ):
            # "a quarter of an hour", "three quarters of a mile": that unit
            unit, unit_start, unit_end = measure
            start, end, approximate, bound = hedges_around(
                text, pos, unit_end, floor, unit, False
            )
            return NumberPhrase(
                value=value, unit=unit, canonical=True, approximate=approximate,
                bound=bound, start=start, end=end, number_start=pos,
                number_end=number_end, unit_start=unit_start, unit_end=unit_end,
                kind="words",
            )  # fmt: skip
        english = _ENGLISH_FRACTION_RE.search(m.group("frac")) is not None
        if not english and (lebih := LEBIH_NOUN_RE.match(text, end)):
            more_than = True  # "separuh lebih warga": more than half of them
            end = number_end = lebih.end()
        of = _FRACTION_OF_RE.match(text, end)
        noun_from = of.end() if of else end
        unit = "fraction"
        measure = None if of else unit_after(text, end)
        if measure and measure[0] in DURATIONS:
            return None  # "setengah jam", "a quarter century": read as a duration
        if (after := _WORD_AFTER_RE.match(text, end)) and after.group(
            1
        ).casefold() in SCALES:
            return None  # "setengah miliar rupiah": a part of a number is a number
        if (
            m.group("frac").casefold() == "half"
            and (article := _A_RE.match(text, end))
            and (part := unit_after(text, article.end()))
            and part[0] in DURATIONS | MEASURE_UNITS | _SHARE_UNITS
        ):
            return None  # "half a percentage point", "half a mile": read with the unit
        noun = unit_after(text, noun_from) or (
            counted_noun(text, noun_from) if english else first_noun(text, noun_from)
        )
        if noun and noun[0].casefold() in _NOT_FRACTION_NOUNS:
            return None
        if measure and measure[0] in MEASURE_UNITS:
            # "seperempat kilo", "half a kilometre": a part of a unit is that unit
            unit = measure[0]
            of = None
            english = False
            noun = measure
        if not english and not of and (them := _ID_OF_THEM_RE.match(text, end)):
            noun = ("mereka", them.start(1), them.end(1))  # "Sepertiga di antaranya"
        if english and not of:
            if m.group("frac").casefold() == "half" and (
                the := _HALF_THE_RE.match(text[end : end + 7])
            ):  # "half the patients", "Half my PhD"
                noun_from = end + the.end()
                noun = counted_noun(text, noun_from)
            elif (
                m.group("frac").casefold() == "half"
                and prev in _HALF_BEFORE
                and noun
                and noun[1] == _skip_blanks(text, end)
            ):
                pass  # "run at about half capacity", "sold at half price"
            elif "-" in m.group("frac") and noun and noun[1] == _skip_blanks(text, end):
                pass  # "a two-thirds majority", "a three-quarters stake"
            elif (
                i >= 2
                and tokens[i - 2].end > floor
                and (
                    (prev == "other" and tokens[i - 2].fold == "the")
                    or (
                        prev == "than"
                        and tokens[i - 2].fold in _BOUNDS_BEFORE_THAN
                        and _a_verb_after(text, end)
                    )
                )
            ):
                # "The other half want nothing", "and the other half in June"
                # (the verb gapped), "fewer than half met the grades": the rest
                # of those named, a bounded share of them
                noun = None
                if prev == "other":
                    the_other = tokens[i - 2].start
            elif as_much := (
                AS_MANY_RE.match(text, end) or _COMPARATIVE_RE.match(text, end)
            ):
                noun = None  # "about a third as much coral": a multiple below one
                end = number_end = as_much.end()
            elif _FRACTION_SUBJECT_RE.match(text, end) and (
                not prev
                or sentence_start(text, pos)
                or prev in ("and", "but", "while")
                # "Nearly half were women": a hedge opening the clause
                or (prev in BY_HEDGES and sentence_start(text, tokens[i - 1].start))
            ):
                noun = None  # "Half said they would stay": a share of those named
            elif not _by_before(tokens, i, floor) and (  # "shrunk by (about) a third"
                not _FRACTION_END_RE.match(text, end)
                or m.group("frac").casefold() == "half"
            ):
                return None
            else:
                noun = None
        elif (
            not english
            and not of
            and not noun
            and not (unit == "fraction" and _FRACTION_VERB_RE.match(text, end))
            # "Anggaran dipangkas seperlima", "turun sepertiga": a change by a share
            and not (
                i >= 1 and tokens[i - 1].end > floor and _changed_by(tokens[i - 1])
            )
            # "naik hampir seperempat": a change by a hedged share
            and not (
                i >= 2
                and prev in _ID_SHARE_HEDGES
                and tokens[i - 2].end > floor
                and _changed_by(tokens[i - 2])
            )
            # "kalau harganya separuh,": a share said of the thing just named
            and not (
                prev.endswith("nya")
                and len(prev) > 5
                and _FRACTION_END_RE.match(text, end)
            )
        ):
            return None  # but "seperempat belum dibayar" is a share of what was named
        if of and not noun:
            pronoun = re.match(
                r"[ \t\xa0]+(them|us|those|mereka)(?![^\W_])",
                text[noun_from : noun_from + 12],
                re.IGNORECASE,
            )
            if pronoun:
                noun = (
                    pronoun.group(1).casefold(),
                    noun_from + pronoun.start(1),
                    noun_from + pronoun.end(1),
                )
        if noun:
            unit_start, unit_end = noun[1], noun[2]
            end = noun[2]
        else:
            unit_start = unit_end = end
    if value is None:
        return None
    hedge_from = pos
    if (
        unit == "fraction"
        and prev in ("a", "an")
        and i >= 2
        and tokens[i - 2].end > floor
        and tokens[i - 2].fold in _A_RATIO_HEDGES
    ):
        hedge_from = tokens[i - 1].start  # "around a one-in-three chance"
    start, end, approximate, bound = hedges_around(
        text, hedge_from, end, floor, unit, False
    )
    if start == hedge_from != pos:
        start = pos  # no hedge after all: "a" is no part of the share
    if more_than and not bound:
        bound = "min"
    if the_other >= 0 and start == pos:
        start = the_other
    return NumberPhrase(
        value=value,
        unit=unit,
        canonical=canonical,
        approximate=approximate,
        bound=bound,
        start=start,
        end=per_unit_end(text, end),
        number_start=pos,
        number_end=number_end,
        unit_start=unit_start,
        unit_end=unit_end,
        kind="words",
    )


_OF_A_UNIT_RE = re.compile(r"[ \t\xa0]+of[ \t\xa0]+(?:a|an|one)(?=[ \t\xa0])", re.I)


_CHANGE_NOUNS = {
    "reduction", "cut", "drop", "fall", "rise", "increase", "decline", "jump",
    "loss", "gain", "decrease", "reductions", "cuts", "growth", "slump",
}  # fmt: skip


def _by_before(tokens: list[Token], i: int, floor: int) -> bool:
    """Return True when "by" comes before token i, past hedge words: a change by a share."""
    for back in range(i - 1, max(-1, i - 5), -1):
        if tokens[back].end <= floor and floor:
            return False
        if tokens[back].fold == "by":
            return True
        if (
            tokens[back].fold == "of"
            and back >= 1
            and tokens[back - 1].fold in _CHANGE_NOUNS
        ):
            return True  # "a reduction of a third", "a cut of about a quarter"
        if tokens[back].fold not in BY_HEDGES:
            return False
    return False


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\xa0":
        pos += 1
    return pos
