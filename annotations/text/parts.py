"""Decide whether a figure is a part, a whole or a share, and of which group of people.

"termasuk dua petugas", "nine of them seriously" are parts of a count just
given; "six of the train's 10 carriages" names a whole; "65 persen pasien"
is a share of a group, and "separuh sawah" meets "50 persen sawah" only.
Children, women, foreigners, the crew and the badly hurt are counted apart
from everybody.

Pure: no Django.
"""

from __future__ import annotations

import re

from annotations.text import lexicon
from annotations.text.counted_things import counted_noun, singular
from annotations.text.families import MEASURES, unit_family
from annotations.text.numbers import find_quantities, parse_quantity
from annotations.text.sentences import WORD, fold
from annotations.text.units import unit_after
from annotations.text.wordless import fraction_words

# Words that introduce a part of a count just given: "empat orang luka,
# termasuk dua petugas", "four injured, including two firefighters".
# Also a sentence opening on the count just given: "Dari jumlah itu, 35 ...",
# "Of them, 12 ...", "Of those, ...".
PART = re.compile(
    r"\b(?:termasuk|di\s?antaranya|antara\s+lain|including|among\s+them|of\s+whom"
    r"|of\s+which)\s+(?:[^\W\d_]+\s+){0,2}$"
    r"|(?:^|[.;]\s+)(?:dari|di\s?antara)\s+(?:jumlah|total)\s+(?:itu|tersebut)\s*,?\s+$"
    r"|(?:^|[.;]\s+)of\s+(?:them|those|these|that\s+number|the\s+total)\s*,\s+$",
    re.IGNORECASE,
)


def included_in_a_measure(before: str, family: str) -> bool:
    """Return whether what a counted thing is included in is a sum or a measure.

    "spend £8m on the stadium, including a 4,000-seat stand", "40 hectares,
    including 120 houses": the count is what the money buys or the land
    holds, no part of another count. `before` is the sentence up to the
    word that includes it; the figure nearest before it is the whole.

    >>> included_in_a_measure("spend £8m on the ground, ", "seat")
    True
    >>> included_in_a_measure("Nine people were hurt, ", "person")
    False
    """
    if family in MEASURES or family.isupper():
        return False
    found = find_quantities(before)
    if not found or not found[-1].unit:
        return False
    whole = unit_family(found[-1].unit)[0]
    return whole != family and (whole.isupper() or whole in MEASURES - {"person"})


# A part named by what follows it: "nine of them seriously", "empat di antaranya".
PART_AFTER = re.compile(
    r"\s+(?:of\s+them|of\s+whom|of\s+those|among\s+them|di\s?antaranya"
    r"|dari\s+mereka|of\s+the\s+(?!\d)[^\W\d_]+(?![^\W\d_]*['’]s))\b",
    re.IGNORECASE,
)


# The whole a part was just taken from: "Six of the train's 10 carriages",
# "tiga dari 12 gerbong": the 10 and the 12 are not what the sentence counts.
_WHOLE = re.compile(
    r"(?:^|\s)(\d[\d.,]*|[^\W\d_]+)\s+(?:of|out\s+of|dari|di\s+antara)"
    r"(?:\s+(?:the|its|their|his|her|our|all|total|jumlah))?(?:\s+[^\W\d_]+['’]s)?\s+$",
    re.IGNORECASE,
)


_SHARE_WORDS = frozenset(
    {
        "separuh", "setengah", "sepertiga", "seperempat", "sebagian", "beberapa",
        "half", "third", "quarter", "most", "some", "many", "several",
        "persen", "percent",  # "30 persen dari total 4.000 pekerja"
    }
)  # fmt: skip


def is_whole(before: str) -> bool:
    """Return whether the words before a number take a counted part from it.

    >>> is_whole("Six of the train's "), is_whole("naik dari ")
    (True, False)
    """
    m = _WHOLE.search(before)
    if not m:
        return False
    if fold(m.group(1)) in _SHARE_WORDS:  # "Separuh dari 40 rumah"
        return True
    found = parse_quantity(m.group(1))
    return found is not None and found.start == 0 and found.end == len(m.group(1))


# Who among people a count is about: "tujuh anak meninggal" is not "12 orang
# tewas" of the same disaster, which counts everybody. Read at the number
# (its noun and the two words either side); two counts about different
# groups, or one about a group and one about everybody, are two facts.
_SUBGROUPS = {
    "children": (
        "anak", "anak-anak", "balita", "bayi", "bocah", "children", "child",
        "kids", "minors", "infants", "babies",
    ),
    "women": ("perempuan", "wanita", "women"),
    "foreigners": ("wna", "asing", "foreign", "foreigners"),
    "elderly": (
        "lansia", "elderly", "pensiunan", "pensioner", "pensioners", "retiree",
        "retirees",
    ),
    # The crew are not everybody on board ("96 people, including nine crew").
    "crew": ("crew", "awak", "abk", "kru", "crewmen", "crewed"),
}  # fmt: skip


_SUBGROUP_INDEX = {w: g for g, ws in _SUBGROUPS.items() for w in ws}


# "anak buah kapal" are a crew, "anak perusahaan" a subsidiary.
_NOT_A_CHILD = frozenset({"buah", "perusahaan", "usaha", "sungai", "tangga"})


# What a percentage is a share of: "of the patients", "dari seluruh warga".
_SHARE_OF = re.compile(
    r"\s+(?:of|dari)\s+(?:(?:the|all|its|their|total|seluruh|semua|jumlah)\s+)?"
    r"([^\W\d_]+)|\s+([^\W\d_]+)",
    re.IGNORECASE,
)


# The share's mark and what it is of: "persen sawah", "percent of the
# harvest", "separuh dari 600 kios", "Two-thirds of the rice fields".
_SHARE_MARK = re.compile(
    r"(?:persen|per\s*cent|percent|%|"
    + fraction_words()
    + r")(?:\s+(?:of|dari))?(?:\s+(?:the|all|its|their|seluruh|semua|total|jumlah|para))?"
    r"(?:\s+\d[\d.,]*(?:-[^\W\d_]+)?)?\s+([^\W\d_]{3,})",  # "its 4,500-strong workforce"
    re.IGNORECASE,
)


def share_whole(sentence: str, start: int, end: int) -> str:
    """Return the noun a percentage or fraction is a share of, folded, or "".

    >>> share_whole("Separuh dari 600 kios terbakar.", 0, 7), share_whole("naik 20 persen.", 5, 14)
    ('kios', '')
    """
    m = _SHARE_MARK.search(sentence, start, min(len(sentence), end + 60))
    if not m or m.start() > end:
        return ""
    word = fold(m.group(1))
    if word in _NOT_A_WHOLE:
        return ""
    # An English whole comes after its modifiers: "its enlarged share
    # capital", "the issued capital".
    rest = sentence[m.end() :]
    while ((len(word) > 5 and word.endswith("ed")) or word in _MODIFIERS) and (
        after := _NEXT_WORD.match(rest)
    ):
        word, rest = fold(after.group(1)), rest[after.end() :]
    return word


_NEXT_WORD = re.compile(r"[ \t]+([a-zA-Z]{3,})")
# "share capital": the capital, of which the shares are the pieces.
_MODIFIERS = frozenset({"share"})


# A percentage of a company's shares is a percentage of its capital, in
# either language: "20 persen saham", "a fifth of its capital".
_STAKE_WHOLES = frozenset(
    {"saham", "share", "shares", "modal", "capital", "equity", "stock"}
)


# Words after a share that are no whole: "50 persen pada", "40 percent in".
_NOT_A_WHOLE = frozenset(
    {
        "pada", "dari", "dan", "yang", "untuk", "dalam", "atau", "lebih", "kurang",
        "sejak", "sampai", "hingga", "menjadi", "dibanding", "dibandingkan",
        "tahun", "bulan", "pekan", "minggu", "hari", "ini", "itu", "lalu",
        "and", "the", "for", "from", "since", "than", "this", "last", "year",
        "month", "week", "compared", "over", "with", "into", "higher", "lower",
        "more", "less", "were", "was", "are", "had", "have", "has", "said",
    }
)  # fmt: skip


# Nouns for a body of people as a whole: "a third of its workforce".
_PEOPLE_WHOLES = frozenset(
    {"workforce", "staff", "personnel", "population", "penduduk", "populasi",
     "electorate", "membership"}
)  # fmt: skip


def same_whole(a: str, b: str) -> bool:
    """Return whether two shares are of one whole, in either language."""
    if not a or not b:
        return False
    if a == b or counted_noun(a) == counted_noun(b):
        return True
    if a in _STAKE_WHOLES and b in _STAKE_WHOLES:
        return True
    people = [parse_quantity(f"2 {w}") for w in (a, b)]
    if all(
        (p and p.unit == "person") or w in _PEOPLE_WHOLES
        for p, w in zip(people, (a, b), strict=True)
    ):
        return True
    return lexicon.counterparts(a, b) or lexicon.counterparts(singular(a), b)


def is_share(sentence: str, end: int) -> bool:
    """Return whether a percentage is a share of the people named right after it.

    >>> is_share("65 persen pasien adalah anak", 9), is_share("naik 40 persen dibanding", 14)
    (True, False)
    """
    m = _SHARE_OF.match(sentence, end)
    if not m:
        return False
    word = m.group(1) or m.group(2)
    return unit_after(" " + word, 0) == ("person", 1, len(word) + 1)


_SEVERITY = re.compile(
    r"\b(?:(?P<serious>berat|parah|kritis|serius|serious|seriously|critical"
    r"|critically|severe|severely|badly|gravely|patah\s+tulang|broken\s+bones?"
    r"|fractures?)|(?P<minor>ringan|minor|slight"
    r"|slightly|lightly|light))\b",
    re.IGNORECASE,
)


def severity_of(text: str) -> str:
    """Return how badly the people counted were hurt: "serious", "minor" or "".

    >>> severity_of("12 penumpang luka berat"), severity_of("30 lainnya luka ringan")
    ('serious', 'minor')
    """
    m = _SEVERITY.search(text)
    if not m:
        return ""
    return "serious" if m.group("serious") else "minor"


def splits_by_severity(sentence: str) -> bool:
    """Return whether a sentence counts both the badly and the slightly hurt."""
    found = {severity_of(m.group()) for m in _SEVERITY.finditer(sentence)}
    return found == {"serious", "minor"}


def subgroup_of(text: str) -> str:
    """Return the group of people the words name ("children", "women", …), or "".

    >>> subgroup_of("Tujuh anak dilaporkan meninggal"), subgroup_of("12 anak buah kapal")
    ('children', 'crew')
    """
    words = WORD.findall(fold(text))
    for k, word in enumerate(words):
        group = _SUBGROUP_INDEX.get(word)
        if (
            group == "children"
            and words[k + 1 : k + 2]
            and words[k + 1] in _NOT_A_CHILD
        ):
            if words[k + 1] == "buah" and words[k + 2 : k + 3] == ["kapal"]:
                return "crew"  # "anak buah kapal": a ship's crew
            continue
        if group:
            return group
    return ""


# A group told as what the counted are: "82 korban tercatat sebagai
# pensiunan", "120 of the fans were pensioners".
_TOLD_AS = re.compile(
    r"(?:\s+[^\W\d_]+)?\s+(?:(?:tercatat|terdata|disebut)\s+)?(?:sebagai|adalah|merupakan"
    r"|were|are)\s+((?:[^\W\d_]+\s+)?[^\W\d_]+)",
    re.IGNORECASE,
)


def subgroup_told(sentence: str, end: int) -> str:
    """Return the group a count's predicate says its people are, or "".

    >>> subgroup_told("Sebanyak 82 korban tercatat sebagai pensiunan.", 11)
    'elderly'
    >>> subgroup_told("Sebanyak 82 korban adalah pensiunan.", 18)
    'elderly'
    """
    m = _TOLD_AS.match(sentence, end)
    return subgroup_of(m.group(1)) if m else ""


PUPILS = re.compile(r"\b(?:pupils?|schoolchildren|siswa|murid)\b", re.IGNORECASE)


# A crew counted as a part of a total right after it: "96 people, including
# nine crew", "100 orang, termasuk delapan awak kapal", "17 people, including
# the pilot" (who steers is crew).
_CREW_PART_AFTER = re.compile(
    r"[^\W\d_]*[,;]?\s+(?:including|among\s+them|of\s+whom|termasuk|di\s*antaranya)"
    r"\s+(?:[^\W\d_]+\s+)?(?:\d[\d.,]*\s+|[^\W\d_]+\s+)?(?:crew|awak|abk|kru|anak\s+buah"
    r"|pilots?\b|pilotnya|captain|skipper|nakhoda|kapten|masinis|driver|sopir|pengemudi)",
    re.IGNORECASE,
)


_PASSENGERS = re.compile(r"\b(?:passengers?|penumpang)\b", re.IGNORECASE)


def aboard_of(sentence: str, start: int, end: int) -> str:
    """Return "all" for a total with its crew counted in, "passengers" for the passengers."""
    if _CREW_PART_AFTER.match(sentence, end):
        return "all"
    return "passengers" if _PASSENGERS.search(sentence, start, end) else ""


# A company's business segment, named beside the figure: "segmen beton siap
# pakai Rp 640 miliar", "its ready-mix segment brought in $40m". What one
# segment brings in is a part of the company's figure, never the figure.
_SEGMENT = re.compile(
    r"\b(?:segmen|segment|segments|lini\s+(?:bisnis|usaha)"
    r"|unit\s+(?:bisnis|usaha)|business\s+(?:unit|line))\b",
    re.IGNORECASE,
)
_SEGMENT_WORD = re.compile(r"[^\W\d_]{4,}(?:-[^\W\d_]+)*")


def business_segment(clause: str) -> frozenset[str]:
    """Return the words naming the business segment a clause gives a figure of, if any.

    >>> sorted(business_segment("sedangkan segmen beton siap pakai Rp 640 miliar"))
    ['beton', 'pakai', 'siap']
    >>> sorted(business_segment("the ready-mix segment brought in $40m"))
    ['ready-mix']
    >>> business_segment("pendapatan perseroan Rp 4,2 triliun")
    frozenset()
    """
    m = _SEGMENT.search(clause)
    if not m:
        return frozenset()
    # Indonesian names the segment after the word ("segmen beton"), English
    # before it ("the ready-mix segment"). A league's division is no segment.
    if m.group().casefold() == "segmen" or m.group()[:4].casefold() in (
        "lini",
        "unit",
    ):
        words = clause[m.end() : m.end() + 40].split()[:3]
    else:
        words = clause[max(0, m.start() - 30) : m.start()].split()[-2:]
    found = frozenset(
        w.casefold() for w in words if _SEGMENT_WORD.fullmatch(w) and not w[0].isupper()
    )
    return found or frozenset({"segment"})
