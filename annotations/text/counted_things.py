"""Decide what a count counts, the same in both languages: "titik panas" and "hotspots".

The finder may keep one word of a compound or an English plural as the
unit; the words at the number say what is counted. Places set up for a use
(stations, points, posts) are told apart by that use, and homes that lost
their water are households, not buildings.

Pure: no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from annotations.text import lexicon
from annotations.text.families import MEASURES
from annotations.text.numbers import parse_quantity
from annotations.text.sentences import WORD, fold

# Things counted in news, as either language names them: the finder may keep
# one word of a compound ("1.240 titik panas" -> "panas") or an English
# plural, so the words at the number say what is counted. Longest first.
_COUNTED: dict[str, tuple[str, ...]] = {
    "hotspot": ("titik panas", "titik api", "hotspot", "hot spot"),
    "memorandum": (
        "nota kesepahaman", "memorandum of understanding",
        "memoranda of understanding", "memorandums of understanding", "mou",
    ),
    "agreement": ("perjanjian", "kesepakatan", "agreement", "deal", "accord"),
    "polling station": ("tempat pemungutan suara", "tps", "polling station"),
    "fire engine": (
        "mobil pemadam", "mobil damkar", "truk pemadam", "unit damkar",
        "fire engine", "fire truck", "fire tender",
    ),
    "car": ("mobil", "car"),
    "bus": ("bus", "bis", "buses"),
    "motorcycle": ("sepeda motor", "motor", "motorcycle", "motorbike"),
    "vehicle": ("kendaraan", "vehicle"),
    "route": ("trayek", "rute", "route"),
    "flight": ("penerbangan", "flight"),
    "ship": ("kapal", "perahu", "ship", "vessel", "boat"),
    "village": ("desa", "kelurahan", "village", "urban ward", "ward"),
    "district": ("kecamatan", "distrik", "district"),
    "aftershock": ("gempa susulan", "aftershock"),
    "case": ("kasus", "case"),
    "project": ("proyek", "project"),
    "kiosk": ("kios", "lapak", "stall", "kiosk"),
    "shop": ("toko", "gerai", "shop", "store", "outlet"),
    "tent": ("tenda", "tent"),
    "bridge": ("jembatan", "bridge"),
    "tree": ("pohon", "tree"),
    "seat": ("kursi", "seat"),
    "room": ("ruang", "kamar", "ruangan", "room"),
    "classroom": ("ruang kelas", "classroom"),
    "well": ("sumur", "well"),
    "point": ("titik", "point"),
    "aircraft": ("pesawat", "aircraft", "airplane", "aeroplane", "plane", "jet"),
    "carriage": ("gerbong", "carriage", "railcar", "rail car", "coach", "wagon"),
    "train": ("perjalanan kereta", "rangkaian kereta", "kereta", "train"),
    "school": ("sekolah", "school"),
    "hospital": ("rumah sakit", "puskesmas", "hospital", "clinic", "klinik"),
    "factory": ("pabrik", "factory", "plant", "mill"),
    "company": ("perusahaan", "company", "firm"),
    "mosque": ("masjid", "mosque"),
    "church": ("gereja", "church"),
    "shelter": ("posko", "pengungsian", "shelter"),
    "island": ("pulau", "island"),
    "province": ("provinsi", "province"),
    "regency": ("kabupaten", "regency"),
    "dose": ("dosis", "dose"),
    "package": ("paket", "package", "parcel"),
    "helicopter": ("helikopter", "helicopter", "chopper"),
    "excavator": ("ekskavator", "excavator", "alat berat", "heavy equipment"),
    "truck": ("truk", "truck", "lorry"),
    "ambulance": ("ambulans", "ambulance"),
    "container": ("kontainer", "peti kemas", "container"),
}  # fmt: skip


_COUNTED_RE = re.compile(
    r"\b("
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+")
        for p in sorted(
            {p for ps in _COUNTED.values() for p in ps}, key=len, reverse=True
        )
    )
    + r")(?:e?s)?\b"
)


_COUNTED_INDEX = {p: noun for noun, ps in _COUNTED.items() for p in ps}


# Words between a number and what it counts: "20 unit mobil", "5 buah kapal".
_CLASSIFIERS = re.compile(r"^\s*(?:unit|buah|ekor|batang|lembar|pucuk)\b", re.I)


def counted_noun(unit: str, after: str = "") -> str:
    """Return what a count counts, the same in both languages, from its unit and the words after its number.

    >>> counted_noun("panas", " titik panas terpantau"), counted_noun("hotspots")
    ('hotspot', 'hotspot')
    """
    head = fold(unit)[:5]
    for is_after, text in ((True, after), (False, unit)):
        text = _CLASSIFIERS.sub("", fold(text)).lstrip()
        m = _COUNTED_RE.match(text)
        if m:
            following = text[m.end() :].split()[:1]
            if is_after and following and head and following[0][:5] == head:
                # "school buildings": an English modifier before the noun counted.
                break
            return _COUNTED_INDEX[re.sub(r"\s+", " ", m.group(1))]
    return singular(fold(unit))


def singular(word: str) -> str:
    """Return an English plural's singular when the dictionaries know it ("projects")."""
    return _singular_in(word, lexicon.generation())


@lru_cache(maxsize=4096)
def _singular_in(word: str, generation: int) -> str:
    stems = (
        ([word[:-3] + "y"] if word.endswith("ies") else [])  # "bodies", not "wards"
        + ([word[:-2]] if word.endswith("es") else [])
        + [word[:-1]]
    )
    for stem in stems if word.endswith("s") else ():
        if len(stem) >= 3 and (
            stem in SITE_HEADS  # "centres": a spelling the dictionaries may lack
            or lexicon.english_forms(stem)
            or lexicon.translations(stem)
        ):
            return stem
    return word


def people_head(unit: str, after: str) -> bool:
    """Return whether an English compound's head, after its first noun, names people.

    >>> people_head("minibus", " minibus drivers in Baruna"), people_head("bus", " bus stops")
    (True, False)
    >>> people_head("stalls", " stalls, officials said")  # a comma ends the compound
    False
    """
    m = re.match(r"\s*[^\W\d_]+(?:[-'’][^\W\d_]+)*[ \t]+[^\W\d_]", after)
    if not m:
        return False
    words = WORD.findall(fold(after))[:2]
    if len(words) < 2 or words[0] != fold(unit):
        return False
    if lexicon.indonesian_forms(words[1]) and not lexicon.english_forms(words[1]):
        # "kapal nelayan": an Indonesian head comes first, the fishermen own the boat
        return False
    found = parse_quantity(f"2 {words[1]}")
    return bool(found) and found.unit == "person"


def count_families(families: Iterable[str]) -> dict[str, str]:
    """Return family -> one name for families that count the same thing in two languages.

    "proyek" and "project" are one family when the dictionaries translate
    one into the other; families of measures (hours, people, rupiah) stay.
    """
    counts = sorted({f for f in families if f not in MEASURES and not f.isupper()})
    parent = {f: f for f in counts}

    def find(f: str) -> str:
        while parent[f] != f:
            f = parent[f]
        return f

    keys: dict[str, str] = {}
    for family in counts:
        own = {family} | {singular(fold(w)) for w in lexicon.translations(family, "id")}
        for key in own:
            if key in keys:
                a, b = find(keys[key]), find(family)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                keys[key] = family
    return {f: find(f) for f in counts if find(f) != f}


# What befalls the people of a home, not the building: a service lost, a
# move away. "left without water", "tanpa listrik", "evacuated", "mengungsi".
_OCCUPANTS_FATE = re.compile(
    r"\b(?:without|no|lost|lose|losing|loses|cut\s+off\s+from|off)\s+(?:(?:running|clean"
    r"|mains|their|its)\s+)?(?:water|power|electricity|supply|supplies|gas|heating)\b"
    r"|\b(?:tanpa|tidak\s+(?:mendapat(?:kan)?|menerima|teraliri)|kehilangan|belum"
    r"\s+(?:mendapat(?:kan)?|teraliri))\s+(?:(?:pasokan|aliran)\s+)?(?:air|listrik|gas)\b"
    r"|\b(?:evacuated|displaced|mengungsi|diungsikan|dievakuasi)\b",
    re.IGNORECASE,
)


# What befalls the building: "damaged", "rusak", "terendam", "swept away".
_BUILDING_FATE = re.compile(
    r"\b(?:damag\w*|destroy\w*|collaps\w*|flatten\w*|burn\w*|razed|flood\w*|inundat\w*"
    r"|submerged|swept|rusak|merusak|hancur|menghancurkan|roboh|ambruk|terbakar"
    r"|membakar|terendam|merendam|tergenang|hanyut|rata|tertimbun|retak)\b",
    re.IGNORECASE,
)


def is_occupied(clause: str) -> bool:
    """Return True when a count of homes counts what befell their people, not the buildings."""
    return bool(_OCCUPANTS_FATE.search(clause)) and not _BUILDING_FATE.search(clause)


# Heads of compound nouns that name a place set up for a use.
SITE_HEADS = frozenset(
    {"station", "point", "post", "pos", "centre", "center", "site", "hub", "depot",
     "desk", "counter", "gerai", "loket", "lokasi"}
)  # fmt: skip


# The use a place is put to, after its name: "points handing out bottled water".
_USE_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was|will\s+be|have\s+been|yang|untuk|for)\s+)?"
    r"(?:hand(?:ing|ed|s)?\s+out|distribut\w*|serv\w*|provid\w*|offer\w*|supply\w*"
    r"|supplies|membagikan|menyalurkan|menyediakan|melayani|pembagian|penyaluran)"
    r"\s+((?:[^\W\d_]+[ -]){0,2}[^\W\d_]+)",
    re.IGNORECASE,
)


_NOT_A_USE = frozenset(
    {"the", "free", "out", "and", "dan", "to", "bagi", "kepada", "yang", "di", "ke",
     "dari", "untuk", "pada", "sejak", "itu", "ini",
     # handing out says nothing of what is handed out
     "distribution", "distribusi", "pembagian", "penyaluran", "aid", "bantuan"}
)  # fmt: skip


# Indonesian heads come first: "pos pembagian air bersih", "titik distribusi".
SITE_HEADS_ID = frozenset({"pos", "titik", "lokasi", "gerai", "loket"})


_MODIFIER_AFTER = re.compile(
    r"[ \t\xa0]+(?!(?:me|ber|ter)[a-z]|di[a-z]+kan\b)([^\W\d_]+)(?![^\W_])", re.I
)


_HANDING_OUT = frozenset({"distribution", "distribusi", "pembagian", "penyaluran"})


def purpose_of(sentence: str, start: int, end: int, head_first: bool) -> frozenset[str]:
    """Return the words that say what a place is for: its modifiers and what it hands out."""
    words = WORD.findall(fold(sentence[start:end]).replace("-", " "))
    found: set[str] = set()
    for word in reversed(words[:-1]):  # "bottled-water (stations)"
        if word[:1].isdigit() or parse_quantity(word):
            break
        found.add(word)
    while head_first and len(found) < 3 and (m := _MODIFIER_AFTER.match(sentence, end)):
        word = fold(m.group(1))
        if word in _NOT_A_USE - _HANDING_OUT:
            break
        found.add(word)  # "pos pemeriksaan kesehatan"
        end = m.end()
    if m := _USE_AFTER.match(sentence, end):
        found |= set(WORD.findall(fold(m.group(1)).replace("-", " ")))
    return frozenset(singular(w) for w in found - _NOT_A_USE)
