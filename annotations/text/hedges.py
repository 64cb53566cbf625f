"""Read the hedge and bound words around a number, in Indonesian and English.

Hedges and bounds (the words before the number, or "lebih"/"or more" after):

- approximate: sekitar, kira-kira, kurang lebih, about, around, roughly,
  some, an estimated, near, "~"; vague amounts (puluhan, ratusan, hundreds of) and
  "20-an" are approximate too, and so is "40-odd";
- bound "min": lebih dari, sedikitnya, setidaknya, paling tidak, minimal,
  at least, more than, over (but not a verb's particle: "handed over £2"),
  mulai (starting at); after the number "20 orang lebih", "15 ribu lebih warga",
  "50 or more", "1,000-plus";
- bound "max": hingga, sampai, kurang dari, maksimal, up to, at most, less than,
  within, within the first;
- "hampir", "nyaris", "nearly", "almost", "close to" are both approximate and
  bound "max": the true value is close to the number and below it.

"over" and "past" before a duration name a period ("over three seasons", "the
past five years"), not a bound. The few hedge words that may stand between a
cue and an amount written without digits ("fallen by about a third", "roughly
twice") are here too, so every hedge is named in one place.
"""

from __future__ import annotations

import re

from annotations.text.units import DURATIONS

_HEDGE_WORDS = {
    "approx": [
        "sekitar", "sekira", "kira-kira", "kurang lebih", "lebih kurang",
        "kurang-lebih", "lebih-kurang", "kisaran", "berkisar", "diperkirakan",
        "ditaksir", "about", "around", "approximately", "roughly", "some",
        "an estimated", "estimated", "circa", "ca.", "~", "±", "an approximate", "near",
        "plus minus", "plus-minus", "plus or minus", "maybe", "perhaps", "mungkin",
        "barangkali",
        "diperkirakan mencapai", "diperkirakan sebanyak", "ditaksir mencapai",
        "estimated at",
    ],
    "min": [
        "lebih dari", "lebih daripada", "sedikitnya", "setidaknya", "minimal",
        "minimum", "paling sedikit", "sekurang-kurangnya", "sekurangnya",
        "tak kurang dari", "tidak kurang dari", "di atas", "melebihi", "at least",
        "more than", "over", "upwards of", "in excess of", "no fewer than",
        "no less than", "above", "exceeding", "a minimum of", "past", "beyond",
        "paling cepat", "paling singkat", "paling tidak", "mulai", "mulai dari",
        # comparatives: "lasted longer than three hours"
        "longer than", "greater than", "larger than", "bigger than", "higher than",
        "lebih lama dari", "lebih lama daripada", "lebih tinggi dari",
        "lebih besar dari", "lebih banyak dari", "lebih banyak daripada",
    ],
    "max": [
        "hingga", "sampai", "sampai dengan", "s.d.", "s/d", "kurang dari",
        "maksimal", "maksimum", "paling banyak", "sebanyak-banyaknya",
        "tak lebih dari", "tidak lebih dari", "tidak sampai", "di bawah",
        "up to", "at most", "less than", "fewer than", "under", "below",
        "no more than", "as many as", "as much as", "paling lama",
        "selambat-lambatnya", "paling lambat", "a maximum of", "a maximum", "within",
        "within the first",
        "hingga radius", "sampai radius", "up to a radius of", "within a radius of",
        "shorter than", "lower than", "smaller than", "lebih rendah dari",
        "lebih kecil dari", "lebih singkat dari",
    ],
    "near": [
        "hampir", "nyaris", "mendekati", "nearly", "almost", "close to",
        "just under", "hampir mencapai", "closer to", "just shy of",
    ],
}  # fmt: skip
HEDGES = {word: kind for kind, words in _HEDGE_WORDS.items() for word in words}


def _hedge_re(words: list[str]) -> re.Pattern:
    return re.compile(
        r"(?:^|(?<=[\s(\"“'‘]))(?P<hedge>"
        + "|".join(
            re.escape(word).replace(r"\ ", r"\s+")
            for word in sorted(words, key=len, reverse=True)
        )
        + r")[ \t\xa0]*$",
        re.IGNORECASE,
    )


# A hedge ends right before the number, so the word there tells which hedges
# can match: one small pattern per last word ("dari" -> "lebih dari", "kurang
# dari", ...) instead of every hedge tried at every offset.
_HEDGE_RES = {
    last: _hedge_re([word for word in HEDGES if word.split()[-1] == last])
    for last in {word.split()[-1] for word in HEDGES}
}
_AFTER_MIN_RE = re.compile(
    r"[ \t\xa0]*(?:lebih(?=[ \t\xa0]*(?:[,.;:)!?]|$))|ke\s+atas\b|or\s+more\b|\+)",
    re.IGNORECASE,
)
ANAN_RE = re.compile(r"-an(?![^\W_]|-)")  # "20-an orang", not "$10-an-hour"
LEBIH_NOUN_RE = re.compile(
    r"[ \t\xa0]+lebih(?=[ \t\xa0]+(?!(?:banyak|besar|kecil|tinggi|rendah|murah|mahal|cepat"
    r"|lama|sedikit|luas|jauh|dari|daripada|baik|buruk|parah)(?![^\W_]))[a-z])",
    re.IGNORECASE,
)
# Verbs "over" is a particle of: "handed over", "took over", "signed over".
_PHRASAL_OVER_RE = re.compile(
    r"\b(?:hand|hands|handed|handing|take|takes|took|taken|taking|turn|turns|turned"
    r"|turning|sign|signs|signed|signing|pass|passes|passed|passing)[ \t\xa0]+$",
    re.IGNORECASE,
)
# Spans of time a count of which is no unit of time: "over two winters", "over
# three admissions cycles" are periods.
_PERIODS = {
    "winter", "summer", "spring", "autumn", "cycle", "term", "semester", "quarter",
    "round", "generation",
}  # fmt: skip
# Verbs "up" is a particle of, so "up to" says where they lead: "go up to".
_PHRASAL_UP_RE = re.compile(
    r"\b(?:go|goes|went|gone|going|put|puts|putting|push|pushes|pushed|pushing|move"
    r"|moves|moved|moving|bump|bumps|bumped|bumping|step|steps|stepped|stepping"
    r"|ramp|ramps|ramped|ramping|scale|scales|scaled|scaling"
    # "the rise adds up to £550 a year": a sum
    r"|adds|added|adding)[ \t\xa0]+$",
    re.IGNORECASE,
)
_FOR_RE = re.compile(r"\b(?:for|lasted|lasting|took)[ \t\xa0]+$", re.IGNORECASE)
PLUS_ODD_RE = re.compile(
    # "1,000-plus", "40-odd", "forty-some"; "a dozen or so", "20 or so": about
    r"-(plus|odd|some)(?![^\W_])|[ \t\xa0]+or[ \t\xa0]+(so)(?![^\W_])",
    re.IGNORECASE,
)
# Hedge words before a multiple: "roughly twice", "about fourfold".
MULTIPLE_HEDGES = {
    "roughly",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "approximately",
}
# Hedge words between "by" and a fraction: "fallen by about a third".
BY_HEDGES = {"about", "around", "roughly", "nearly", "almost", "some", "more", "than",
              "less", "over", "just", "under", "up", "to", "at", "least"}  # fmt: skip


# Marks a hedge's first word may be glued to: "(about 40", "“sekitar 12".
_HEDGE_BOUNDARY = frozenset("(\"“'‘")


def _hedge_word_before(text: str, start: int, end: int) -> str:
    """Return the word ending text[start:end] (blanks aside), case-folded."""
    window = text[start:end].rstrip(" \t\xa0")
    if not window or window[-1].isspace():
        return ""
    last = window.rsplit(None, 1)[-1]
    for mark in _HEDGE_BOUNDARY:
        last = last.rpartition(mark)[2]
    return last.casefold()


def hedges_around(
    text: str, start: int, end: int, floor: int, unit: str, approximate: bool
) -> tuple[int, int, bool, str]:
    """Return (start, end, approximate, bound) with the hedge and bound words around."""
    bound = ""
    for _ in range(2):  # "hingga sekitar", "up to about"
        window_start = max(floor, start - 40)
        hedge_re = _HEDGE_RES.get(_hedge_word_before(text, window_start, start))
        if hedge_re is None:
            break
        m = hedge_re.search(text, window_start, start)
        if not m or "\n" in text[m.start() : start]:
            break
        word = " ".join(m.group("hedge").casefold().split())
        hedge = HEDGES[word]
        if word in ("over", "past") and (
            (
                (unit in DURATIONS or unit.removesuffix("s") in _PERIODS)
                and not _FOR_RE.search(text, max(0, m.start() - 8), m.start())
            )
            or text[max(0, m.start() - 4) : m.start()].casefold() == "the "
        ):
            # "over three seasons", "the past five years": a period, not a bound;
            # but "for over a century" bounds how long
            break
        if word == "over" and _PHRASAL_OVER_RE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            break  # "handed over £2": the verb's particle, not a bound
        if word == "up to" and _PHRASAL_UP_RE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            break  # "capacity will go up to 31,500": the level reached, not a bound
        if hedge in ("approx", "near"):
            approximate = True
        if hedge in ("min", "max") and not bound:
            bound = hedge
        if hedge == "near" and not bound:
            bound = "max"
        start = m.start()
    if not bound and (m := _AFTER_MIN_RE.match(text, end)):
        bound = "min"  # "20 orang lebih", "50 or more"
        end = m.end()
    return start, end, approximate, bound
