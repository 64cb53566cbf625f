"""Read where a figure is told of: its place, the point a distance runs from, whom a meeting was with.

"Di Kabupaten Rantau, 70 rumah" and "95 rumah di Sela" are two places' counts;
"12 km barat daya Tanara" and "15 km southwest of the town" may be measured
from one point; talks "dengan Qin Gang" and "bertemu Wang Yi" are two
meetings.

Pure: no Django.
"""

from __future__ import annotations

import re

from annotations.text import lexicon
from annotations.text.names import name_word, names_in
from annotations.text.sentences import WORD, fold

_FROM_POINT = re.compile(
    r"\s+(?:dari|from|off|(?:north|south|east|west|northeast|northwest|southeast"
    r"|southwest)\s+of|(?:barat\s+daya|barat\s+laut|timur\s+laut|barat|timur|utara"
    r"|selatan|tenggara)(?:\s+dari)?)"
    r"\s+((?:[^\W\d_]+(?:[-'’][^\W\d_]+)*\s*){1,3})",
    re.IGNORECASE,
)


_APPOSITION = re.compile(r"\s*,\s*((?:[A-Z][^\W\d_]*(?:\s+|$)){1,4})")


_REFERENCE_STOP = frozenset(
    {"the", "a", "an", "its", "their", "this", "that", "itu", "tersebut", "ini",
     "sana", "and", "dan", "yang", "which", "where", "di", "in", "at", "on", "pada"}
)  # fmt: skip


# The kinds of point a distance is measured from, in both languages: "dari
# puncak" and "from the summit" name one point without the open dictionaries.
_POINT_KINDS = {
    "coast": ("pantai", "pesisir", "coast", "coastline", "shore"),
    "town": ("kota", "town", "city", "kabupaten"),
    "centre": ("pusat", "centre", "center", "downtown"),
    "summit": ("puncak", "summit", "peak", "top"),
    "crater": ("kawah", "crater", "vent"),
    "epicentre": ("episentrum", "epicentre", "epicenter", "hiposenter"),
    "border": ("perbatasan", "batas", "border", "frontier"),
    "village": ("desa", "kampung", "dusun", "village", "hamlet"),
    "island": ("pulau", "island"),
    "river": ("sungai", "kali", "river"),
    "sea": ("laut", "sea"),
    "port": ("pelabuhan", "port", "harbour", "harbor"),
    "airport": ("bandara", "airport", "airfield"),
    "capital": ("ibukota", "capital"),
    "site": ("lokasi", "site", "scene", "tkp"),
}  # fmt: skip


_POINT_INDEX = {w: f"@{kind}" for kind, words in _POINT_KINDS.items() for w in words}


# Kinds an outlet names a place by once it has named it ("the town", "desa itu").
_SETTLEMENTS = frozenset({"@town", "@village", "@centre", "@capital"})


def same_point(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return whether two distances may be measured from one point.

    "12 km barat daya Tanara" and "15 km southwest of the town": a named
    place and a settlement named only by its kind may be one.
    """
    if not a or not b or a & b or lexicon.counterpart_share(a, b):
        return True
    for named, kind in ((a, b), (b, a)):
        kinds = {w for w in kind if w.startswith("@")}
        if (
            not any(w.startswith("@") for w in named)
            and kinds
            and kinds <= _SETTLEMENTS
            and all(w.startswith("@") or w in _POINT_INDEX for w in kind)
        ):
            return True
    return False


def reference_of(sentence: str, end: int) -> frozenset[str]:
    """Return the words of the point a distance is measured from, right after it.

    The kind of point ("@summit" for "puncak" and "summit") comes with them.

    >>> sorted(reference_of("berada 12 km dari pusat kota Larantuka.", 12))
    ['@centre', '@town', 'kota', 'larantuka', 'pusat']
    """
    m = _FROM_POINT.match(sentence, end)
    if not m:
        return frozenset()
    named = _APPOSITION.match(
        sentence, m.end()
    )  # "dari permukiman terdekat, Desa Long Ayan"
    words = [name_word(w) for w in named.group(1).split()] if named else []
    for word in WORD.findall(fold(m.group(1))):
        if word in _REFERENCE_STOP and words:
            break
        if word not in _REFERENCE_STOP:
            words.append(name_word(word))
            if kind := _POINT_INDEX.get(word):
                words.append(kind)
    return frozenset(words)


# A place opening the sentence is the place of its figures: "Di Kabupaten
# Rantau, 70 rumah terendam", "In the northern town of Kilbride, 12 schools".
_OPENING_PLACE = re.compile(r"\s*(?:di|in|at)\s+([^,;.]{2,60}?)\s*,\s", re.IGNORECASE)


_PLACE_WORDS = (
    r"(?:[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*\s*|(?:the|of|kota|kabupaten|kecamatan"
    r"|desa|district|town|village)\s+)"
)


# A place right before the number: "Di Rantau 70 rumah", "di Sela, 95".
_PLACE_BEFORE = re.compile(
    r"\b(?:di|in|at)\s+(" + _PLACE_WORDS + r"{1,5})\s*,?\s*$", re.IGNORECASE
)


# A place right after the counted thing: "95 rumah di Kabupaten Rantau",
# "180 houses in Rantau and Sela" (two places: their sum).
_PLACE_AFTER = re.compile(
    r"(?:\s+(?!(?:dan|and|serta)\b)[^\W\d_]+){0,3}?\s+(?:di|in|at)\s+("
    + _PLACE_WORDS
    + r"(?:"
    + _PLACE_WORDS
    + r"|(?:and|dan|serta)\s+(?=[A-Z])){0,6})"
)


_ANOTHER_PLACE = re.compile(r"\b(?:di|in|at)\s+[A-Z]")


# Words that say what kind of place it is, not which.
_PLACE_KINDS = frozenset(
    {
        "di", "in", "at", "the", "of", "kabupaten", "kecamatan", "kota", "desa",
        "kampung", "dusun", "kelurahan", "provinsi", "pulau", "district", "town",
        "city", "village", "county", "province", "regency", "hamlet", "island",
        "northern", "southern", "eastern", "western", "central",
    }
)  # fmt: skip


def _place_names(text: str) -> tuple[frozenset[str], ...]:
    """Return each place named in text as its name words, kinds of place left out."""
    found = []
    for entity in names_in(text, opening=False):
        words = frozenset(name_word(w) for w in entity) - _PLACE_KINDS
        if words:
            found.append(words)
    return tuple(found)


def places_of(sentence: str, start: int, end: int) -> tuple[frozenset[str], ...]:
    """Return the places a figure is told of, when the sentence says: one set per place.

    >>> places_of("Di Kabupaten Sela, 95 rumah terendam banjir.", 19, 27)
    (frozenset({'sela'}),)
    >>> s = "The flood submerged 180 houses in Rantau and Sela."
    >>> sorted(sorted(p) for p in places_of(s, 20, 30))
    [['rantau'], ['sela']]
    """
    before = _PLACE_BEFORE.search(sentence, max(0, start - 60), start)
    if before:
        return _place_names(before.group(1))
    m = _OPENING_PLACE.match(sentence)
    if (
        m
        and m.end() <= start
        and not re.search(r"\d", m.group(1))
        and not _ANOTHER_PLACE.search(sentence, m.end(), start)
    ):
        return _place_names(m.group(1))
    after = _PLACE_AFTER.match(sentence, end, min(len(sentence), end + 80))
    if after and not re.search(r"\d", sentence[end : after.start(1)]):
        return _place_names(after.group(1))
    return ()


# Who a meeting or a call was with: "bertemu Wali Kota Gani Prasetyo",
# "dengan Gubernur Sari Lestari", "talks with Qin Gang".
_WITH = re.compile(
    r"\b(?:dengan|bersama|bertemu|menemui|with|met|meets|meeting)\s+"
    r"(?:[a-z][^\W\d_]*\s+){0,2}?((?:[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*\s*){1,5})"
)


def counterpart_of(stretch: str) -> frozenset[str]:
    """Return the name words of whom the figure's meeting was with.

    >>> sorted(counterpart_of("Menteri Rudi juga bertemu Wali Kota Gani Prasetyo selama"))
    ['gani', 'kota', 'prasetyo', 'wali']
    """
    found: set[str] = set()
    for m in _WITH.finditer(stretch):
        found |= {
            name_word(w)
            for w in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", m.group(1))
        }
    return frozenset(found)
