"""Group a story's claims by what they measure: one fact, several outlets' values.

"Dia mengadakan pembicaraan bilateral dengan Qin Gang selama sekitar enam jam"
and "pembicaraan Blinken dan Qin, yang berlangsung selama 7,5 jam pada Minggu
(18/6)" measure one thing (the length of the Blinken–Qin talks), so they form
one fact and their values can be compared. "Pada Senin (19/6) ... Wang Yi, dan
melakukan pembicaraan selama tiga jam" is a different meeting on a different
day: same unit, same kind of event, different fact.

What a claim measures is read from, in order of strength:
- its unit family (hours and minutes compare, hours and people never); a
  count's family is what it counts, named alike in both languages ("titik
  panas" / "hotspots"), and "5 jam 50 menit" is one duration;
- the measured phrase (from the claim finder or the editor) or, without one,
  the words around the number inside its clause, mapped onto a small
  bilingual table of concepts (talks, dead, injured, losses, …): "tewas" and
  "killed" are one concept, "tewas" and "luka" two that never share a fact;
- the people and places named in the sentence: claims naming different
  counterparts (Qin Gang / Wang Yi) and nobody in common are different facts;
- the day the sentence gives ("Minggu (18/6)", "on Sunday"): two days differ,
  two facts; so do two years, a part and its whole, the figure a change
  started from and the one it reached, a count of children (women,
  foreigners) and a count of everybody;
- the values themselves: a fact's values stay within three times each
  other, so the police's crowd and the organisers' are two facts; a vague
  amount ("puluhan rumah", 10 to 99) within ten times of its span, so it
  meets the exact figure it disagrees with (340 houses).

A part is told in many ways ("termasuk dua petugas", "Dari jumlah itu, 35",
"nine of them seriously", "47 di antaranya rusak berat"): a bare part meets
only other parts; a part that names what sets it apart (how badly, which
group, what befell them) meets that count however it is phrased. A day that
opens a sentence ("Hingga Rabu (8/4), ...") is the day of all its figures;
a share of a group ("65 persen pasien") is no rate or change.

A look-back period ("dalam lima tahun terakhir", "in the past five years",
"sejak 2018") is the frame of another statement, not a measurement: it is
never grouped, so it is never compared.

Pure: no Django. Claims come in as ClaimInfo; groups go out as FactGroup.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Context, Decimal
from functools import lru_cache

from annotations.text import lexicon
from annotations.text.fingerprints import resemblance
from annotations.text.numbers import parse_quantity
from annotations.text.units import unit_after
from annotations.text.wordclasses import looks_like_verb
from annotations.text.wordless import fraction_words

# ---- Units ------------------------------------------------------------------

# canonical unit -> (family, factor to the family's base unit)
_UNIT_FAMILY: dict[str, tuple[str, Decimal]] = {
    "second": ("time", Decimal(1) / 3600),
    "minute": ("time", Decimal(1) / 60),
    "hour": ("time", Decimal(1)),
    "day": ("time", Decimal(24)),
    "week": ("time", Decimal(168)),
    "month": ("time", Decimal(730)),
    "year": ("time", Decimal(8760)),
    "person": ("person", Decimal(1)),
    "percent": ("percent", Decimal(1)),
    # "separuh", "a third" (0.33): a share in percent, met only by a share of
    # the same whole (see share_of)
    "fraction": ("percent", Decimal(100)),
    "m": ("length", Decimal(1)),
    "km": ("length", Decimal(1000)),
    "cm": ("length", Decimal("0.01")),
    "mm": ("length", Decimal("0.001")),
    # Imperial units convert too ("five miles" is 8 km); see IMPERIAL.
    "mile": ("length", Decimal("1609.344")),
    "nautical mile": ("length", Decimal(1852)),  # "mil laut", at sea
    "feet": ("length", Decimal("0.3048")),
    "km/h": ("speed", Decimal(1)),
    "mph": ("speed", Decimal("1.609344")),
    "knot": ("speed", Decimal("1.852")),
    "m3": ("volume", Decimal(1)),
    "liter": ("volume", Decimal("0.001")),
    "gram": ("mass", Decimal("0.001")),
    "g": ("mass", Decimal("0.001")),
    "kg": ("mass", Decimal(1)),
    "ton": ("mass", Decimal(1000)),
    "hectare": ("area", Decimal(1)),
    "acre": ("area", Decimal("0.40468564224")),
    "km2": ("area", Decimal(100)),
    "m2": ("area", Decimal("0.0001")),
}
# Words an editor may type for a unit, folded to the canonical ones above.
_UNIT_WORDS = {
    "jam": "hour", "hours": "hour", "hr": "hour", "menit": "minute",
    "minutes": "minute", "detik": "second", "seconds": "second", "hari": "day",
    "days": "day", "pekan": "week", "weeks": "week", "bulan": "month",
    "months": "month", "tahun": "year", "years": "year", "orang": "person",
    "people": "person", "persons": "person", "jiwa": "person", "persen": "percent",
    "%": "percent", "ha": "hectare", "hektare": "hectare", "hektar": "hectare",
    "hectares": "hectare", "kilometer": "km", "meter": "m", "kilogram": "kg",
    "tons": "ton", "tonnes": "ton", "rupiah": "IDR", "rp": "IDR",
    "miles": "mile", "mil": "mile", "foot": "feet", "ft": "feet", "acres": "acre",
    "knots": "knot", "litre": "liter", "litres": "liter", "liters": "liter",
    "grams": "gram", "mil laut": "nautical mile", "nautical miles": "nautical mile",
    "nmi": "nautical mile",
}  # fmt: skip
# Units of the imperial system: a figure converted from one to the metric
# other is rounded on the way ("five miles" / "8 km", "six feet" / "1,8 meter").
IMPERIAL = frozenset({"mile", "nautical mile", "feet", "mph", "knot", "acre"})


def canonical_unit(unit: str) -> str:
    """Return the canonical name of a unit an editor may type ("miles" -> "mile")."""
    folded = unit.strip().casefold()
    return _UNIT_WORDS.get(folded, folded)


@lru_cache(maxsize=4096)
def unit_family(unit: str) -> tuple[str, Decimal]:
    """Return (family, factor): values of one family compare once multiplied by their factor.

    >>> unit_family("minute")[0] == unit_family("jam")[0]
    True
    """
    folded = unit.strip().casefold()
    canonical = _UNIT_WORDS.get(folded, folded if folded.isupper() else folded)
    if unit.strip().isupper() and len(unit.strip()) == 3:  # currencies: IDR, USD
        return unit.strip(), Decimal(1)
    return _UNIT_FAMILY.get(canonical, (canonical, Decimal(1)))


_BASE = Context(prec=15)


@lru_cache(maxsize=65536)
def in_base(value: Decimal, unit: str) -> Decimal:
    """Return a value in its family's base unit, rounded to 15 digits.

    Thirds and sixtieths do not end in decimals: 270 seconds and 4.5 minutes
    are one duration only once the 28th digit stops telling them apart.

    >>> in_base(Decimal(270), "second") == in_base(Decimal("4.5"), "minute")
    True
    """
    return _BASE.plus(value * unit_family(unit)[1])


# Vague amounts: "ribuan buruh" is any thousands, "puluhan rumah" any tens.
# The finder gives their lowest value; the range runs to the next magnitude.
_VAGUE_RANGES = {
    "belasan": (11, 19), "puluhan": (10, 99), "tens": (10, 99),
    "lusinan": (24, 99), "dozens": (24, 99), "scores": (40, 99),
    "ratusan": (100, 999), "hundreds": (100, 999), "ribuan": (1000, 9999),
    "thousands": (1000, 9999), "jutaan": (10**6, 10**9 - 1),
    "millions": (10**6, 10**9 - 1),
}  # fmt: skip
_VAGUE = re.compile(r"\b(" + "|".join(_VAGUE_RANGES) + r")\b", re.IGNORECASE)


def vague_range(exact: str, value: Decimal) -> tuple[Decimal, Decimal] | None:
    """Return the range a vague amount (its words, its lowest value) spans, or None.

    >>> vague_range("puluhan ribu buruh", Decimal(10000))
    (Decimal('10000'), Decimal('99000'))
    >>> vague_range("Dozens of people", Decimal(12))
    (Decimal('24'), Decimal('99'))
    """
    m = _VAGUE.search(exact)
    if not m:
        return None
    low, high = _VAGUE_RANGES[m.group(1).casefold()]
    # "puluhan ribu": tens of thousands, a power of ten above the word's own
    # range; "dozens" read as 12 is still dozens, 24 to 99
    ratio = value / low if low and value else Decimal(1)
    scale = Decimal(10) ** int(round(float(ratio.log10()))) if ratio > 0 else 1
    return Decimal(low) * scale, Decimal(high) * scale


# ---- Words -------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_CLAUSE_STOP = re.compile(r"[,;:()\[\]\"“”‘’—–]|\s-\s")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentence holding text[start:end].

    >>> t = "Satu. Dua orang tewas. Tiga."
    >>> s, e = sentence_around(t, 6, 9); t[s:e]
    'Dua orang tewas.'
    """
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    # A stop inside an abbreviation or a decimal ("7.5") does not end a sentence:
    # _SENTENCE_END needs white space after the mark.
    m = _SENTENCE_END.search(text, end)
    finish = m.start() if m else len(text)
    return begin, max(finish, end)


# Concepts: what a number measures, in both languages. Stems are matched as
# word prefixes after the Indonesian affixes are stripped, so "menewaskan",
# "tewas" and "ditewaskan" are one entry.
_CONCEPTS: dict[str, tuple[str, ...]] = {
    "talks": (
        "pembicara", "bicara", "perundingan", "runding", "pertemuan", "temu",
        "dialog", "diskusi", "negosiasi", "sidang", "rapat", "talk", "meeting",
        "met", "meet", "negotiat", "discuss", "session", "summit", "kt",
    ),
    "dead": (
        "tewas", "meninggal", "wafat", "mati", "korban jiwa", "jenazah", "dead",
        "death", "die", "died", "kill", "fatalit", "bodies", "body", "drown",
    ),
    "injured": ("luka", "cedera", "injur", "wound", "hurt"),
    # Not found: also those a landslide buried ("tertimbun"), a current took
    # ("hanyut", "swept away": read as a phrase in features).
    "missing": (
        "hilang", "missing", "unaccounted", "dicari", "sought", "tertimbun",
        "terkubur", "menimbun", "ditimbun",
    ),
    # Held where the event left them, alive or not yet known: neither the dead
    # nor the total of the people there.
    "trapped": ("terjebak", "terperangkap", "trapped", "buried"),
    # The search itself: how long it lasted, how far it reached.
    "search": ("pencarian", "mencari", "penyisiran", "menyisir", "search"),
    # Bringing victims out (evakuasi korban, recovering the bodies): not the
    # people evacuated from their homes.
    "recovery": ("recover", "retriev"),
    "stranded": (
        "terdampar", "telantar", "terlantar", "stranded", "stuck", "tertahan",
    ),
    # Kept in hospital, and treated without a bed: two counts of patients.
    "hospitalised": (
        "rawat inap", "dirawat inap", "inpatient", "admitted", "hospitalis",
        "hospitaliz", "opname",
    ),
    "outpatient": ("rawat jalan", "berobat jalan", "outpatient"),
    "rescued": ("selamat", "diselamatkan", "rescued", "saved", "survivor", "survived"),
    "rescuers": (
        "penyelamat", "personel", "petugas", "relawan", "rescuer", "personnel",
        "volunteer", "troops", "pasukan", "prajurit", "officers", "firefight",
        "pemadam", "police", "polisi", "soldier", "tentara", "aparat", "tim sar",
    ),
    "carried": ("angkut", "membawa", "carrying", "carried", "aboard", "manifes", "manifest"),
    "displaced": (
        "ungsi", "pengungsi", "evakuasi", "evacuat", "evacuee", "displac", "refugee",
        "homeless", "fled", "flee", "tenda", "tents", "shelter", "penampungan",
    ),
    "arrested": ("tangkap", "tahan", "tersangka", "arrest", "detain", "suspect"),
    "buildings": (
        "rumah", "bangunan", "gedung", "house", "home", "building", "rusak",
        "damaged", "destroy", "hancur", "roboh", "collaps",
    ),
    # What a graft took from the state is its loss: "embezzling 14 billion
    # rupiah", "kerugian negara Rp 15 miliar", "dana yang dikorupsi".
    "money_loss": (
        "rugi", "kerugian", "loss", "losses", "lost", "embezzl", "misappropriat",
        "menggelapkan", "digelapkan", "penggelapan", "korupsi", "dikorupsi",
        "diselewengkan", "penyelewengan", "graft",
    ),
    "budget": (
        "anggaran", "biaya", "dana", "apbd", "apbn", "budget", "cost", "fund",
        "spend", "spent",
    ),
    "deficit": ("defisit", "deficit", "shortfall"),
    # What comes in is not what is spent: "pendapatan asli daerah", "revenue".
    "revenue": ("pendapatan", "penerimaan", "pemasukan", "revenue", "income"),
    # A share of a budget set aside for one purpose, not the budget.
    "allocation": (
        "alokasi", "allocat", "earmark", "disiapkan untuk",
        "disisihkan", "diperuntukkan", "porsi", "share of",
    ),
    "investment": ("investasi", "invest", "penanaman modal", "tanam modal", "investor"),
    "price": ("harga", "price", "tarif", "fare", "tiket", "ticket"),
    "growth": ("tumbuh", "pertumbuhan", "growth", "grew", "grow", "expand", "ekspansi"),
    "inflation": (
        "inflasi", "inflation", "consumer price", "consumer prices", "harga konsumen",
        "cpi", "ihk",
    ),
    "interest_rate": (
        "suku bunga", "bunga acuan", "interest rate", "benchmark rate", "policy rate",
    ),
    "unemployment": ("pengangguran", "unemploy", "jobless"),
    "vote": ("suara", "vote", "pemilih", "voter", "ballot"),
    "turnout": ("partisipasi", "turnout", "participation"),
    "participants": ("peserta", "hadir", "participant", "attend", "delegat"),
    "distance": (
        "jarak", "jauh", "distance", "away", "radius", "panjang", "long", "utara",
        "selatan", "timur", "barat", "tenggara", "north", "south", "east", "west",
    ),
    "depth": (
        "kedalaman", "sedalam", "depth", "deep", "underground", "below ground",
        "bawah tanah",
    ),
    "magnitude": ("magnitudo", "magnitude", "skala", "richter"),
    "speed": ("kecepatan", "speed", "per jam", "per hour"),
    "area": ("luas", "area", "lahan", "land", "hutan", "forest"),
    "flights": ("penerbangan", "flight", "pesawat", "plane"),
    "visit": ("kunjungan", "lawatan", "visit", "trip", "perjalanan", "journey"),
    # Goods sold abroad are not goods bought from abroad.
    "exports": ("ekspor", "export"),
    "imports": ("impor", "import"),
    "trade": ("perdagangan", "dagang", "trade"),
    "tax": ("pajak", "tax", "tarif bea", "tariff"),
    "salary": ("gaji", "upah", "wage", "salary", "pay"),
}  # fmt: skip
# What state the measured thing is in: the burned area and the area set up as
# a makeshift market are two quantities, whatever they measure. Read from the
# claim's clause; two claims naming different states are different facts.
_STATES: dict[str, tuple[str, ...]] = {
    "burned": (
        "terbakar", "hangus", "ludes", "dilalap", "burned", "burnt", "gutted",
        "scorched",
    ),
    "makeshift": (
        "darurat", "sementara", "makeshift", "temporary", "provisional", "interim",
    ),
    # What a budget line is for: education's share is not health's.
    "education": ("pendidikan", "education"),
    "health": ("kesehatan", "health"),
    "infrastructure": ("infrastruktur", "infrastructure"),
    "defence": ("pertahanan", "defence", "defense", "military"),
    "social": ("bansos", "welfare"),
}  # fmt: skip
_STATE_INDEX = {stem: state for state, stems in _STATES.items() for stem in stems}


# Words that introduce a part of a count just given: "empat orang luka,
# termasuk dua petugas", "four injured, including two firefighters".
# Also a sentence opening on the count just given: "Dari jumlah itu, 35 ...",
# "Of them, 12 ...", "Of those, ...".
_PART = re.compile(
    r"\b(?:termasuk|di\s?antaranya|antara\s+lain|including|among\s+them|of\s+whom"
    r"|of\s+which)\s+(?:[^\W\d_]+\s+){0,2}$"
    r"|(?:^|[.;]\s+)(?:dari|di\s?antara)\s+(?:jumlah|total)\s+(?:itu|tersebut)\s*,?\s+$"
    r"|(?:^|[.;]\s+)of\s+(?:them|those|these|that\s+number|the\s+total)\s*,\s+$",
    re.IGNORECASE,
)


# A part named by what follows it: "nine of them seriously", "empat di antaranya".
_PART_AFTER = re.compile(
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


def _is_whole(before: str) -> bool:
    """Return whether the words before a number take a counted part from it.

    >>> _is_whole("Six of the train's "), _is_whole("naik dari ")
    (True, False)
    """
    m = _WHOLE.search(before)
    if not m:
        return False
    if fold(m.group(1)) in _SHARE_WORDS:  # "Separuh dari 40 rumah"
        return True
    found = parse_quantity(m.group(1))
    return found is not None and found.start == 0 and found.end == len(m.group(1))


def states_of(text: str) -> frozenset[str]:
    """Return the states the words of text name.

    >>> sorted(states_of("lahan parkir seluas satu hektare sebagai pasar darurat"))
    ['makeshift']
    """
    return frozenset(
        state for state in map(_word_state, _WORD.findall(fold(text))) if state
    )


@lru_cache(maxsize=65536)
def _word_state(word: str) -> str | None:
    for base in word_bases(word):  # "menghanguskan" is "hangus"
        if base in _STATE_INDEX:
            return _STATE_INDEX[base]
    return None


# The names right after a count of people, up to the words that follow them:
# "siswa| SDN 2 Wonorejo, Kabupaten Plosoagung, |terluka". Numbers inside a
# name ("SDN 2") belong to it.
_PAST_NAMES = re.compile(
    r"(?:[ \t,]+(?:[A-Z][\w'’.-]*|\d{1,3}\b(?![.,]\d)(?=[ \t]+[A-Z]))){1,8}[ \t,]+(?=[a-z])"
)
# Concepts that may describe the same number together ("korban tewas dan
# hilang" is never one figure, but "pertemuan dan pembicaraan" is).
_COMPATIBLE = {
    frozenset({"talks", "visit"}),
    frozenset({"money_loss", "buildings"}),
    frozenset({"revenue", "tax"}),  # "penerimaan PBB", "the tax to raise"
}
# What happened to the people counted: a count of people with none of these
# is a total ("kapal mengangkut 120 penumpang", "134 orang"), which is never
# the count of the dead or the missing among them.
_OUTCOMES = frozenset(
    {
        "dead",
        "injured",
        "missing",
        "trapped",
        "rescued",
        "rescuers",
        "displaced",
        "arrested",
        "hospitalised",
        "outpatient",
        "stranded",
        "absent",
    }
)
# A narrower concept hides the wider one named beside it: "anggaran ...
# mencatat defisit Rp 45 miliar" measures the deficit, not the budget.
_NARROWER = {
    "deficit": frozenset({"budget", "money_loss"}),
    "allocation": frozenset({"budget"}),
    "inflation": frozenset({"price", "growth"}),
    "turnout": frozenset({"vote"}),  # "partisipasi pemilih": voters who turned out
}
# A money amount for one of something: a price.
_PER_UNIT = re.compile(
    r"(?:\bper|\ba|\ban|\beach|/)\s*(?:kilo(?:gram)?|kg|liter|litre|ton|meter|unit"
    r"|ekor|buah|porsi|bungkus|item|piece|night|malam|orang|person|head)\b"
    r"|\b(?:sekilo|seliter|sebuah|seekor|perkilo|per\s*kg)\b",
    re.IGNORECASE,
)
_SUMS = frozenset({"budget", "money_loss", "investment"})
# Units that name what they measure.
_FAMILY_CONCEPTS = {"speed": "speed", "magnitude": "magnitude"}
# Who did it, never what a duration measures: "Tim penyelamat membutuhkan 90
# menit" is how long the lifting took, not a count of rescuers.
_AGENTS = frozenset({"rescuers"})
# Nor the things it befell: "homes could be without water for 48 hours" and
# "off for up to 36 hours in the worst-hit areas" are one outage.
_THINGS = frozenset(
    {
        "buildings", "area", "money_loss", "budget", "investment", "price",
        "trade", "exports", "imports", "tax", "salary", "deficit", "allocation",
    }
)  # fmt: skip
# Families whose unit is only a measure; any other unit is a counted noun
# ("nota kesepahaman", "house") that says by itself what is counted.
_MEASURES = {
    "time",
    "person",
    "percent",
    "length",
    "mass",
    "area",
    "speed",
    "volume",
    "IDR",
    "USD",
    "EUR",
    "CNY",
}

_CONCEPT_INDEX: list[tuple[str, str]] = sorted(
    ((stem, concept) for concept, stems in _CONCEPTS.items() for stem in stems),
    key=lambda sc: -len(sc[0]),
)

# Capitalised words that are not names: sentence openers, titles, days, months.
_NOT_NAMES = {
    "menurut", "pada", "dalam", "dia", "ia", "mereka", "kami", "kita", "para",
    "namun", "tetapi", "sementara", "selain", "setelah", "sebelum", "saat",
    "ketika", "sedangkan", "adapun", "hal", "sebanyak", "sekitar", "lebih",
    "kurang", "hanya", "the", "a", "an", "he", "she", "they", "we", "it", "this",
    "that", "in", "on", "at", "after", "before", "about", "some", "more", "but",
    "however", "according", "while", "when", "as", "mr", "mrs", "ms", "dr",
    "menlu", "menteri", "presiden", "wakil", "juru", "bicara", "jubir", "kepala",
    "ketua", "direktur", "gubernur", "bupati", "wali", "kota", "polisi", "kapolda",
    "kapolres", "president", "minister", "secretary", "spokesperson",
    "spokesman", "spokeswoman", "chief", "head", "director", "governor", "mayor",
    "police", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "desember", "january", "february",
    "march", "may", "june", "july", "august", "october", "december", "pukul",
    "wib", "wita", "wit", "ri", "us", "uk", "eu", "pbb", "un", "rp", "usd", "idr",
    # prepositions and conjunctions opening a sentence ("By Tuesday evening")
    "by", "until", "since", "for", "from", "with", "during", "of", "to", "and",
    "or", "if", "because", "hingga", "sampai", "sejak", "untuk", "dari", "oleh",
    "bagi", "dan", "atau", "jika", "karena",
}  # fmt: skip
# A name with a compass word is a region ("West Java", "Sulawesi Utara"):
# it holds the story's towns and stations, so it tells no two places apart.
_REGIONS = frozenset(
    {
        "west", "east", "north", "south", "central", "barat", "timur", "utara",
        "selatan", "tengah", "tenggara", "southeast", "northeast", "northwest",
        "southwest",
    }
)  # fmt: skip
# A reporting verb right after a name: the name is the figure's source.
_TELLS = re.compile(
    r"(?:\s*,?\s+[A-Z][^\W\d_]*\b(?![-'’]))*"  # "Kota Baruga", ", Rudi Hartono,"
    r"\s*,?\s*(?:(?:juga|pun|also|has|had|have)\s+)?(?:mencatat|menyebut(?:kan)?"
    r"|mengatakan|melaporkan|memperkirakan|menaksir|menghitung|mengumumkan"
    r"|menyatakan|mengklaim|said|says|reported|recorded|estimated|estimates"
    r"|counted|announced|told|claimed)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|said|says|told|added)\W*$"
    r"|\b(?:menurut|according\s+to)\s*$",
    re.IGNORECASE,
)

# What a change is measured from: the number after it is the old figure
# ("naik 8 persen dibanding APBD 2024 yang sebesar Rp 1,11 triliun", "up from
# 40 billion"), another quantity than the new one.
_BASELINE = re.compile(
    r"\b(?:dibanding(?:kan)?|ketimbang|compared\s+(?:with|to)"
    r"|(?:naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|merosot|anjlok)"
    r"\s+dari"
    r"|(?:up|down|rising|falling|rose|fell|increased|decreased|climbed|dropped"
    r"|grew|jumped)\s+from)\b",
    re.IGNORECASE,
)
# A figure set against another: "68 persen, lebih rendah dari pilkada 2020
# yang sebesar 72 persen", "lower than in 2020": the year after it is the other's.
_COMPARATIVE = re.compile(
    r"\blebih\s+(?:rendah|tinggi|banyak|sedikit|besar|kecil|ringan|berat|mahal|murah)"
    r"\s+(?:dari(?:pada)?|ketimbang|dibanding(?:kan)?)\b"
    r"|\b(?:lower|higher|more|less|fewer|bigger|smaller|greater)\s+than\b",
    re.IGNORECASE,
)
_REACHED = re.compile(
    r"\b(?:menjadi|jadi|mencapai|ke|hingga|sampai|to|reaching|at)\b", re.IGNORECASE
)
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
    "elderly": ("lansia", "elderly"),
    # The crew are not everybody on board ("96 people, including nine crew").
    "crew": ("crew", "awak", "abk", "kru", "crewmen"),
}  # fmt: skip
_SUBGROUP_INDEX = {w: g for g, ws in _SUBGROUPS.items() for w in ws}
# "anak buah kapal" are a crew, "anak perusahaan" a subsidiary.
_NOT_A_CHILD = frozenset({"buah", "perusahaan", "usaha", "sungai", "tangga"})

# ---- Days ----------------------------------------------------------------------

_WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6, "monday": 0, "tuesday": 1,
    "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_MONTH_NUMBERS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "aug": 8, "agu": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_DAY_SLASH = re.compile(r"\((\d{1,2})/(\d{1,2})(?:/\d{2,4})?\)")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(
    rf"\b({_MONTH_RE})\s+(\d{{1,2}})\b(?!\s*(?:jam|hours?|%))", re.I
)
_WEEKDAY = re.compile(
    r"\b(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)

# ---- Look-back periods ----------------------------------------------------------

_PERIOD_BEFORE = re.compile(
    r"\b(?:dalam|selama|sepanjang|in|over|during|for)\s+(?:the\s+)?"
    r"(?:kurun\s+(?:waktu\s+)?)?(?:(?:past|last)\s+)?$",
    re.IGNORECASE,
)
_PERIOD_AFTER = re.compile(
    r"^\s*(?:terakhir|belakangan|ke\s+belakang|lalu|ini|ago|terakhir\s+ini"
    r"|ke\s+depan|mendatang|yang\s+akan\s+datang|ahead|to\s+come)\b",
    re.IGNORECASE,
)
# "the past five years", "the next five years", "the coming decade": a frame
# around another statement (looking back or ahead), not a measurement.
# "will last two weeks", "expected to last 10 days": "last" is the verb there,
# and what follows is how long something lasts, no frame.
_PERIOD_LAST = re.compile(
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bshould\s)(?<!\bmight\s)"
    r"(?<!\bmay\s)(?<!\bcan\s)(?<!\bmust\s)(?<!\bto\s)(?<!\bdid\s)(?<!'ll\s)"
    r"\b(?:past|last|next|coming)\s*$",
    re.IGNORECASE,
)
_PERIOD_UNITS = {"day", "week", "month", "year"}
_FRAME_WORDS = re.compile(
    r"\b(?:terakhir|past|last|next|coming|ke\s+depan|mendatang)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class ClaimInfo:
    id: int
    article: object  # claims of one article are never two outlets' views of a fact
    value: Decimal
    unit: str
    approximate: bool = False
    bound: str = ""  # "", "min", "max"
    measured: str = ""  # what is measured, when the finder or the editor said so
    exact: str = ""  # the claim's words
    sentence: str = ""  # the sentence holding the claim, the claim's words included
    offset: int = -1  # where the claim's words start in `sentence` (-1: find them)
    published: date | None = None  # the article's day, to place "Senin" on a date
    source: object = None  # independence: a wire copy shares its original's source
    before: str = ""  # the article's text before the sentence: the day it last named
    after: str = ""  # the article's text after the sentence: a revision told later
    high: Decimal | None = None  # a range's upper end ("5-7 jam": value 5, high 7)


AROUND = 2000  # characters either side of a claim's sentence: its day, a revision


def claim_info(
    body: str,
    start: int,
    end: int,
    *,
    id: int,
    article: object,
    value: Decimal,
    unit: str,
    approximate: bool = False,
    bound: str = "",
    measured: str = "",
    exact: str | None = None,
    published: date | None = None,
    source: object = None,
    around: int = AROUND,
) -> ClaimInfo:
    """Return the ClaimInfo of the claim at body[start:end]: its sentence and what surrounds it.

    `exact` defaults to the claim's words in the body.

    >>> c = claim_info("Satu. Dua orang tewas. Tiga.", 6, 15, id=1, article="a",
    ...     value=Decimal(2), unit="person")
    >>> c.exact, c.sentence, c.offset, c.before, c.after
    ('Dua orang', 'Dua orang tewas.', 0, 'Satu. ', ' Tiga.')
    """
    s, e = sentence_around(body, start, end)
    return ClaimInfo(
        id=id,
        article=article,
        value=value,
        unit=unit,
        approximate=approximate,
        bound=bound,
        measured=measured,
        exact=body[start:end] if exact is None else exact,
        sentence=body[s:e],
        offset=start - s,
        published=published,
        source=source,
        before=body[max(0, s - around) : s],
        after=body[e : e + around],
    )


@dataclass(frozen=True)
class Features:
    family: str
    base: Decimal  # the value in the family's base unit (hours, people, …)
    concepts: frozenset[str]
    entities: tuple[frozenset[str], ...]  # one set of folded name words per name
    day: tuple | None  # (month, day), ("wd", weekday), ("nth", n) or None
    period: bool  # a look-back frame, never compared
    words: frozenset[str]  # folded content words of the clause, for labels and likeness
    names: frozenset[str] = frozenset()  # every name word of the sentence
    local: tuple[frozenset[str], ...] = ()  # the names inside the claim's clause
    day_soft: bool = False  # the day is the one an earlier sentence named
    years: frozenset[str] = frozenset()  # years the sentence speaks of: "2026", "last"
    states: frozenset[str] = frozenset()  # "burned", "makeshift": see _STATES
    years_implicit: bool = True  # `years` is only the article's own year
    quarter: str = ""  # "2" for the second quarter, "year" for the whole year
    context: frozenset[str] = frozenset()  # the years the article named before
    part: bool = False  # "including two firefighters": a part of another count
    baseline: bool = False  # "naik ... dibanding APBD 2024 yang sebesar X": the old X
    subgroup: str = ""  # "children", "women", …: see _SUBGROUPS
    dated_baseline: bool = False  # a baseline naming its own year: that year's figure
    whole: bool = False  # "six of the train's 10 carriages": the 10 is the whole
    severity: str = ""  # "serious", "minor": see severity_of
    earlier: str = ""  # "pekan lalu", "last month": a figure of a time gone by
    basis: str = ""  # "month", "year": a change over a month or over a year
    split: bool = False  # the sentence splits the hurt by severity: its parts are parts
    reference: frozenset[str] = frozenset()  # "12 km dari pusat kota": what it is from
    # The name words of the part of the sentence nearest the claim: in "Rudi
    # 41 persen, Budi 35 persen", Budi is no name of the 41.
    near: frozenset[str] = frozenset()
    share: bool = False  # "65 persen pasien", "40 percent of the voters": of a group
    # "five hours after leaving port", "tiga jam setelah bertolak": the time
    # since an event, not how long anything lasted
    elapsed: bool = False
    # "all": everybody on board, a crew counted among them ("96 people,
    # including nine crew"); "passengers": the passengers named as such.
    # Where the crew is counted in, the passengers are the rest, not all.
    aboard: str = ""
    # A place things are handed out at, named by its use: "bottled-water
    # stations", "distribution points handing out water" -> the words of its use.
    purpose: frozenset[str] = frozenset()
    site_head: str = ""  # "station", "point": the head of a place's name
    # What a share is of: "separuh sawah", "50 persen sawah", "half of the 600
    # stalls" -> the noun; a fraction meets a percentage only of the same whole.
    share_of: str = ""
    fraction: bool = False  # told as a fraction ("separuh", "a third")
    # The article says the figure replaced an earlier one of the same count
    # ("diperbarui menjadi", "revised to", "bertambah menjadi 2.400 jiwa"):
    # an outlet's figure of an earlier day is the one it replaced.
    revised: bool = False
    published: tuple | None = None  # (month, day) the article came out
    # "total", "sejak awal pekan", "so far": everything until now; "saja",
    # "alone", "new cases": one day's or one place's share of it.
    tally: str = ""  # "total", "alone" or ""
    aim: bool = False  # "menargetkan", "aims to", "forecast": not what happened
    demanded: bool = False  # "menuntut kenaikan 15 persen": what somebody asks for
    achieved: bool = False  # "telah dibangun", "has hired", "grew": done, no plan
    # A percentage of a whole ("15 percent of the car market", "menguasai 12
    # persen pasar") and a change by a percentage ("naik 12 persen").
    portion: bool = False
    change: bool = False
    per_unit: bool = False  # "Rp 150.000 per orang": the price of one
    extra: bool = False  # "another 12", "tambahan 200 personel": added to a count
    # "enam tahun lebih ringan dari tuntutan": how far apart two figures are
    difference: bool = False
    limit: bool = False  # "the 40 km/h limit", "dibatasi paling tinggi 100 persen"
    # "Angka kasus per 100.000 penduduk mencapai 85": a rate, whatever unit
    # the finder gave it, never a count
    per_many: bool = False
    pupils: bool = False  # "130 siswa", "120 pupils": a school's, who are children
    month: int = 0  # "pada Maret 2026", "in February": the month a figure is of
    paid: bool = False  # "membayar Rp 450.000", "spent $45": a sum paid
    capacity: bool = False  # "berkapasitas 300 penumpang": what it can hold
    # "Di Kabupaten Rantau, 70 rumah": ({rantau},); "in Rantau and Sela": two
    places: tuple[frozenset[str], ...] = ()
    counterpart: frozenset[str] = frozenset()  # "bertemu Gubernur Sari": who with
    # Who gives the figure, where the sentence sets another giver's beside it
    # ("Polisi menaksir Rp 3 miliar, sedangkan pemilik menyebut Rp 5 miliar").
    contrasted: frozenset[str] = frozenset()
    # The kind of who gives an estimate ("@police", "@government"), when the
    # figure is hedged or estimated: the police's and the village head's
    # estimates are two figures.
    giver: str = ""
    sentence_day: tuple | None = None  # the day the whole sentence names first
    # What a counted thing is picked by, nothing else saying what it counts:
    # "38 sekolah yang masuk daftar prioritas" -> {daftar, prioritas}.
    qualifier: frozenset[str] = frozenset()
    said_by: frozenset[str] = (
        frozenset()
    )  # who gives the figure, when the sentence says


@dataclass(frozen=True)
class FactGroup:
    key: str  # stable for the same members' features: "time:talks:qin-gang"
    label: str  # short words from the claims: "pembicaraan · Qin Gang"
    family: str
    members: tuple[int, ...]  # claim ids, in the order given
    cohesion: float  # 0..1: the weakest likeness that holds the group together
    notes: tuple[str, ...] = field(default=())


# Indonesian prefixes and the first letter their nasal swallowed:
# me(n)+tewas -> menewaskan, me(m)+pukul -> memukul, pe(ng)+kirim -> pengirim.
_NASAL = (
    ("meny", "s"), ("meng", "k"), ("mem", "p"), ("men", "t"),
    ("peny", "s"), ("peng", "k"), ("pem", "p"), ("pen", "t"),
)  # fmt: skip
_PREFIXES = ("memper", "meng", "meny", "mem", "men", "me", "ber", "di", "ter", "ke", "per", "pe", "se")  # fmt: skip
_SUFFIXES = ("kan", "an", "nya", "i", "lah")


def word_bases(word: str) -> list[str]:
    """Return a word and the bases it may be built on, Indonesian affixes removed.

    >>> "tewas" in word_bases("menewaskan")
    True
    """
    found = [word]
    for prefix, letter in _NASAL:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix) :]
            found.append(letter + rest)
            found.append(rest)
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            found.append(word[len(prefix) :])
    for base in list(found):
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                found.append(base[: -len(suffix)])
    return list(dict.fromkeys(found))


def concept_words(text: str) -> list[str]:
    """Return the words of text that name a concept, as written (for a fact's label)."""
    return [w for w in _WORD.findall(text) if concepts_of(w)]


_PHRASE_INDEX = [(stem, concept) for stem, concept in _CONCEPT_INDEX if " " in stem]
_WORD_INDEX = [(stem, concept) for stem, concept in _CONCEPT_INDEX if " " not in stem]


# "kehilangan" is losing something (a stall, a house, a job), not the missing
# ("hilang") of a search: it says nothing of what is counted.
_LOSING = frozenset({"kehilangan", "kehilangannya"})
# Words whose affixes only seem to hide a concept: "perdana" (prime, first)
# is no "per-" + "dana" (funds).
_NO_CONCEPT = frozenset({"perdana", "perdananya"})
# Found, not met: "ditemukan", "temuan" are built on "temu" like "pertemuan"
# (a meeting) but say nothing of talks.
_FOUND = frozenset(
    {
        "ditemukan", "ditemukannya", "menemukan", "menemukannya", "temukan",
        "temuan", "temuannya", "penemuan", "penemuannya",
    }
)  # fmt: skip
# Held up where they are, not held by the police: "pemudik tertahan".
_NOT_ARRESTED = frozenset({"tertahan", "tertahannya"})


@lru_cache(maxsize=65536)
def _word_concept(word: str) -> str | None:
    """Return the concept one folded word names, or None."""
    if word in _LOSING or word in _NO_CONCEPT or word in _FOUND:
        return None
    if word in _NOT_ARRESTED:
        return "stranded"
    candidates = word_bases(word)
    for stem, concept in _WORD_INDEX:
        if any(c.startswith(stem) for c in candidates) and (
            len(stem) >= 4 or stem in candidates
        ):
            return concept
    return None


@lru_cache(maxsize=65536)
def concepts_of(text: str) -> frozenset[str]:
    """Return the concepts the words of text name.

    >>> sorted(concepts_of("menewaskan sedikitnya"))
    ['dead']
    >>> sorted(concepts_of("people were killed"))
    ['dead']
    """
    folded = fold(text)
    found = set()
    if ("live" in folded or "nyawa" in folded) and _LOST_LIVES.search(folded):
        found.add("dead")
        folded = _LOST_LIVES.sub(" ", folded)
    if _ABSENT.search(folded):
        # "42 dari 120 anggota tidak hadir": those who stayed away, not those
        # who came
        found.add("absent")
        folded = _ABSENT.sub(" ", folded)
    if _SHELTERED.search(folded):
        # "spent Tuesday night in a village hall", "bermalam di balai desa":
        # no money spent
        found.add("displaced")
        folded = _SHELTERED.sub(" ", folded)
    if ("home" in folded or "meninggalkan" in folded) and _LEFT_HOMES.search(folded):
        # "to leave their homes", "meninggalkan rumah": the displaced, and the
        # homes they left are no count of houses.
        found.add("displaced")
        folded = _LEFT_HOMES.sub(" ", folded)
    if "cost" in folded and _COST_OF_HARM.search(folded):
        # "the blaze cost traders", "damage costing", "the cost of the damage":
        # what a harm cost its victims is their loss, not a budget
        found.add("money_loss")
        folded = _COST_OF_HARM.sub(" ", folded)
    if "away" in folded or "arus" in folded or "hanyut" in folded:
        # "swept away" is no distance (features reads who was taken)
        folded = _SWEPT.sub(" ", folded)
    words = _WORD.findall(folded)
    for k, concept in enumerate(map(_word_concept, words)):
        if concept == "distance" and _time_follows(words, k + 1):
            continue  # "sepanjang Januari", "sepanjang tahun": throughout, no length
        if words[k] == "sejauh" and words[k + 1 : k + 2] == ["ini"]:
            continue  # "sejauh ini": so far, no distance
        if concept == "displaced" and _victims_follow(words, k + 1):
            concept = "recovery"  # "evakuasi korban", "evacuating the bodies"
        if concept:
            found.add(concept)
    joined = " " + " ".join(words) + " "
    for stem, concept in _PHRASE_INDEX:
        if " " in stem and f" {stem} " in joined:
            found.add(concept)
    for narrow, wider in _NARROWER.items():
        if narrow in found:
            found -= wider
    return frozenset(found)


# A harm that costs: its damage, or a disaster as the subject of "cost".
_COST_OF_HARM = re.compile(
    r"\b(?:damages?|damaged|losses|loss)\s+(?:[a-z]+\s+){0,2}?costing\b"
    r"|\b(?:damages?|losses)\s+(?:[a-z]+\s+){0,2}?costs?\b"
    r"|\bcosts?\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:damage|losses)\b"
    r"|\b(?:fire|blaze|flood|floods|flooding|storm|quake|earthquake|disaster|outage"
    r"|eruption|landslide|tornado|drought|explosion|blast)\s+(?:has\s+|had\s+|will\s+)?"
    r"(?:already\s+)?cost\b"
)
# "lost their lives", "kehilangan nyawa": the dead, no loss of money.
_LOST_LIVES = re.compile(
    r"\b(?:lost|lose|loses|losing)\s+(?:their|his|her|its)\s+lives?\b"
    r"|\b(?:kehilangan|meregang|merenggut|renggut|direnggut)\s+nyawa\b"
)
_LEFT_HOMES = re.compile(
    r"\b(?:leav(?:e|es|ing)|left|fle(?:e|es|eing|d)|forced\s+(?:from|out\s+of)"
    r"|driven\s+(?:from|out\s+of))\s+(?:their|his|her|its)?\s*homes?\b"
    r"|\b(?:forc|driv|chas)\w*\s+(?:\S+\s+){1,7}(?:from|out\s+of)\s+(?:their|his|her)\s+homes?\b"
    r"|\b(?:forc|driv|sen[dt])\w*\s+(?:\S+\s+){1,7}?into\s+(?:\S+\s+){0,3}?"
    r"(?:evacuation|shelter|camp|tent|refuge)"
    r"|\bmeninggalkan\s+(?:rumah|kampung|tempat\s+tinggal)(?:\s+mereka)?\b"
)


# Who did not come: "tidak hadir", "absent", "did not attend".
_ABSENT = re.compile(
    r"\b(?:tidak|tak|belum)\s+(?:hadir|datang|ikut)\b|\babsent\b|\bmangkir\b"
    r"|\b(?:did\s+not|didn't|failed\s+to|stayed\s+away\s+from)\s+(?:attend|turn\s+up|show)"
)


# Burns suffered: the hurt ("luka bakar" is already "luka").
_BURNS = re.compile(
    r"\b(?:suffered|sustained|with|treated\s+for|received)\s+(?:[a-z]+\s+){0,2}burns\b"
)


# Treated in a hospital or for a harm, poisoned, nothing else said of them:
# the hurt ("dilarikan ke rumah sakit", "treated for rashes", "keracunan").
_TREATED = re.compile(
    r"\b(?:dirawat|dibawa|dilarikan|dirujuk|treated|taken|rushed|brought)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:di|ke|in|to|at)\s+(?:(?:the|a)\s+)?(?:[a-z]+\s+)?"
    r"(?:rumah\s+sakit|rs|rsu|rsud|puskesmas|klinik|hospitals?|clinics?)\b"
    r"|\b(?:treated\s+for|dirawat\s+(?:karena|akibat)|keracunan|poisoned|sickened"
    r"|(?:fell|fall(?:en|ing)?|became|become|taken)\s+ill|jatuh\s+sakit)\b"
)
# Money taken by graft: "embezzling", "dikorupsi", "menggelapkan dana".
_GRAFT = re.compile(
    r"\b(?:embezzl\w*|misappropriat\w*|menggelapkan|digelapkan|penggelapan|korupsi"
    r"|dikorupsi|diselewengkan|penyelewengan|graft)\b"
)
# Brought out alive: the rescued, not people moved from their homes
# ("dievakuasi dalam keadaan selamat", "pulled out alive").
_OUT_ALIVE = re.compile(
    r"\b(?:dievakuasi|evacuated|pulled\s+out|dikeluarkan|diangkat|brought\s+out)\s+"
    r"(?:dalam\s+keadaan\s+)?(?:selamat|hidup|alive)\b"
)
# Those still in care are what is left of the hurt, not all of them.
_STILL_IN_CARE = re.compile(
    r"\b(?:masih|still|remain(?:s|ed)?|tetap)\s+(?:[a-z]+\s+)?(?:dirawat|treated|in\b)"
)


# A night away from home: "spent the night in a mosque", "stayed with relatives".
_SHELTERED = re.compile(
    r"\b(?:spen[dt]|spending|passed)\s+(?:the\s+|a\s+|\w+\s+)?nights?\s+(?:in|at|with|under)\b"
    r"|\b(?:stay(?:ed|ing)?|sheltering|sheltered)\s+with\s+relatives\b"
    r"|\b(?:bermalam|menginap|tidur)\s+di\s+(?:balai|masjid|musala|tenda|rumah\s+kerabat"
    r"|posko|gedung|sekolah|kantor)\b"
)


# Taken by water: not found yet, neither dead nor a distance.
_SWEPT = re.compile(
    r"\b(?:swept|washed|carried)\s+(?:\w+\s+)?away\b"
    r"|\b(?:terseret|terbawa|diseret)\s+arus\b|\bhanyut\b"
)


# The dead or hurt being carried out, after an evacuation word.
_VICTIMS = frozenset(
    {"korban", "jenazah", "jasad", "mayat", "victim", "victims", "body", "bodies"}
)
_DETERMINERS = frozenset({"the", "para", "seluruh", "semua", "all", "first", "pertama"})


_TIME_NOUNS = frozenset(
    {
        "tahun", "hari", "malam", "pekan", "minggu", "bulan", "pagi", "siang",
        "sore", "masa", "periode", "musim", "kuartal", "triwulan",
        "semester", "year", "day", "night", "week", "month", "season", "period",
    }
)  # fmt: skip


def _time_follows(words: Sequence[str], k: int) -> bool:
    """Return whether words[k] names a time: a month, a year, "tahun", "malam"."""
    if k >= len(words):
        return False
    word = words[k]
    return (
        word in _TIME_NOUNS
        or word in _MONTH_NUMBERS
        or (word.isdigit() and len(word) == 4)
    )


def _victims_follow(words: Sequence[str], k: int) -> bool:
    """Return whether words[k:] start with the victims, past a determiner or two."""
    for word in words[k : k + 3]:
        if word in _VICTIMS:
            return True
        if word not in _DETERMINERS:
            return False
    return False


_OF_NUMBER = re.compile(
    r"^(?:\s+[^\W\d_]+){0,1}?\s+(?:of|dari)(?:\s+(?:the|its|their|his|her|our))?"
    r"(?:\s+[^\W\d_]+['’]s)?\s+\d[\d.,]*\s+[^\W\d_]+",
    re.IGNORECASE,
)


# A word that introduces a measurement: "(yang) berjarak", "sejauh",
# "setinggi", "seluas", "at a distance of": the number after it is its own.
# An adjective right after a measure: "metres deep", "km long", "km away".
_FOLLOWS_LAST = re.compile(
    r"^\s*(?:[^\W\d_]+\s+)?(?:deep|long|high|wide|tall|thick|old|away|apart|dalam"
    r"|panjang|tinggi"
    r"|lebar|jauhnya)\b",
    re.IGNORECASE,
)
_LEADS_NEXT = re.compile(
    r"(?:\s+(?:yang|which|that))?\s+(?:ber[^\W\d_]{3,}|se[^\W\d_]{3,}"
    r"|at|of|about|around|some|nearly|almost|by|dengan|sekitar|hampir|mencapai)\s*\Z",
    re.IGNORECASE,
)


def _clause(sentence: str, start: int, end: int) -> str:
    """Return the words around sentence[start:end] up to punctuation or another number.

    A day in brackets ("Pencarian pada Kamis (12/11) berlangsung lima hari")
    is neither a break nor another number: the clause runs through it.
    """
    left = _DAY_SLASH.sub(_blank, sentence[:start])
    right = _DAY_SLASH.sub(_blank, sentence[end:])
    cut = None
    for m in _CLAUSE_STOP.finditer(left):
        cut = m.end()
    if cut is not None:
        left = left[cut:]
    m = _CLAUSE_STOP.search(right)
    if m:
        right = right[: m.start()]
    # Another number starts another measurement: "5 tewas dan 12 luka".
    numbers = list(re.finditer(r"\d", left))
    if numbers:
        left = left[numbers[-1].end() :]
        left = left.split(" ", 1)[-1] if " " in left else ""
        # "1.2 metres deep swept through 16 wards": "deep" is the metres'.
        left = _FOLLOWS_LAST.sub("", left)
    # "residents of 11 villages to leave": a number after "of" only says
    # whose; the clause runs on past it.
    right = _OF_NUMBER.sub(lambda m: " " * len(m.group()), right, count=1)
    m = re.search(r"\s(?:dan|and|serta|sementara|while|whereas)\s|\d", right)
    if m:
        cut_at_number = m.group().isdigit()
        right = right[: m.start()]
        if cut_at_number:
            # "3.000 meter terlihat dari desa yang berjarak 8 kilometer": the
            # word leading into the next number ("yang berjarak") is its own.
            right = _LEADS_NEXT.sub("", right)
    joins = list(re.finditer(r"\s(?:dan|and|serta|sementara|while|whereas)\s", left))
    if joins:
        left = left[joins[-1].end() :]
    return f"{left} {sentence[start:end]} {right}"


def _near(sentence: str, start: int, end: int, words: int = 3) -> str:
    """Return the few words either side of the claim, inside its clause.

    "12 km southwest of the town at a depth of 10 km": the first number is a
    distance ("southwest"), the second a depth, though one clause holds both.
    """
    clause = _clause(sentence, start, end)
    exact = sentence[start:end]
    at = clause.find(exact)
    if at < 0:
        return clause
    left = clause[:at].split()[-words:]
    right = clause[at + len(exact) :].split()[:words]
    return " ".join([*left, exact, *right])


_DATE_LIKE = re.compile(
    r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|\b\d{1,2}[.:]\d{2}\b|\b(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}\s+(?:{_MONTH_RE})\b|\b(?:{_MONTH_RE})\s+\d{{1,2}}\b(?![.,]\d)",
    re.IGNORECASE,
)


# A small number between two words of a name is part of it: "SDN 2
# Wonorejo", "SMPN 4 Kedungrejo", "Pos 3 Cibodas".
_NAME_NUMBER = re.compile(r"[ \t]+\d{1,3}[ \t]+")
_IN_A_NAME = re.compile(r"(\b[A-Z][A-Za-z]*[ \t]+)(\d{1,3})(?=[ \t]+[A-Z][a-z])")


@lru_cache(maxsize=65536)
def _dates_masked(sentence: str) -> str:
    """Return the sentence with its dates, years, clock times and numbers inside names hidden as '#'."""
    masked = _DATE_LIKE.sub(lambda m: "#" * len(m.group()), sentence)
    return _IN_A_NAME.sub(lambda m: m.group(1) + "#" * len(m.group(2)), masked)


def _own_stretch(sentence: str, start: int, end: int) -> str:
    """Return the part of the sentence no other number is closer to than the claim.

    "gempa magnitudo 5,6 ... bertambah menjadi 27 orang pada Jumat (15/11)":
    Friday is the day of the toll, not of the magnitude. Dates, years and
    clock times are not numbers here.
    """
    masked = _dates_masked(sentence)
    begin = 0
    for m in re.finditer(r"\d", masked[:start]):
        begin = m.end()
    m = re.search(r"\d", masked[end:])
    finish = end + m.start() if m else len(sentence)
    # "seven bodies from a mine that collapsed on Tuesday": a relative clause
    # on another noun tells another event's day ("12 orang yang tewas pada
    # Senin" is about the 12)
    relative = _RELATIVE.search(sentence, end, finish)
    if relative and re.search(r"[^\W\d_]", sentence[end : relative.start()]):
        finish = relative.start()
    return sentence[begin:finish]


_RELATIVE = re.compile(r"\b(?:that|which|yang)\s+(?![^\W\d_]*\s*\d)", re.IGNORECASE)


@lru_cache(maxsize=65536)
def name_word(word: str) -> str:
    """Return a name word folded, an English demonym brought back to its country.

    >>> name_word("Australian"), name_word("Indonesian"), name_word("Korean")
    ('australia', 'indonesia', 'korea')
    """
    folded = fold(word)
    if folded.endswith(("'s", "’s")):  # "Indonesia's"
        folded = folded[:-2]
    if len(folded) >= 6 and folded.endswith(("ian", "ean", "can")):
        return folded[:-1]
    return folded


def _opens(sentence: str, start: int, end: int, clause: str) -> bool:
    """Return whether the claim's clause opens its sentence (after a dateline, if any)."""
    left = clause.find(sentence[start:end]) - 1  # the clause's words before the claim
    before = sentence[: max(0, start - max(0, left))]
    return not before.strip() or bool(_DATELINE.fullmatch(before))


# "WANAREJA - ", "WANAREJA, Indonesia - ", "SERANG (Nusapress) - ": what
# follows opens the sentence.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'’]+(?:,\s*[^\W\d_][\w .]*){0,2}(?:\s*\([^)]{1,40}\))?\s*[-–—]\s*"
)


def _undated(sentence: str) -> str:
    """Return the sentence with a dated dateline blanked: the day it was filed, not the event's.

    >>> _undated("TANJUNG, Indonesia, July 20 - Three people died on Sunday.").split()
    ['Three', 'people', 'died', 'on', 'Sunday.']
    """
    m = _DATELINE.match(sentence)
    if m and re.search(r"\d", m.group()):
        return " " * m.end() + sentence[m.end() :]
    return sentence


@lru_cache(maxsize=65536)
def _entities(
    sentence: str, sources: bool = True, opening: bool = True
) -> tuple[frozenset[str], ...]:
    """Return the names in a sentence (runs of capitalised words), leaving out attributions.

    Without `sources`, a name that tells or records the figure ("Dinas
    Kesehatan mencatat", "Hendra Gunawan, mengatakan") is left out too: it
    is who gives the number, not what the number is about.

    >>> [sorted(e) for e in _entities("Dia bertemu Qin Gang di Beijing, kata Miller.")]
    [['gang', 'qin'], ['beijing']]
    >>> _entities("Dinas Kesehatan mencatat 40 kasus.", sources=False)
    ()

    A text that does not open its sentence (a clause after a comma, `opening`
    False) names somebody with its first capital; a hyphenated pair of names
    is both names.

    >>> [sorted(e) for e in _entities("Anton-Maya 24 persen", opening=False)]
    [['anton', 'maya']]
    """
    found: list[frozenset[str]] = []
    run: list[str] = []
    run_start = prev_end = 0
    tokens = list(re.finditer(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", sentence))

    def close(end_pos: int) -> None:
        if run:
            before = sentence[max(0, run_start - 30) : run_start]
            if not _SPEECH.search(before) and (
                sources or not _TELLS.match(sentence, prev_end)
            ):
                found.append(frozenset(run))
            run.clear()

    for k, m in enumerate(tokens):
        word = m.group()
        gap = sentence[prev_end : m.start()]
        folded = re.sub(r"['’]s$", "", fold(word))  # "Saturday's" is no name
        is_name = (
            word[0].isupper()
            and folded not in _NOT_NAMES
            and not _NOT_NAMES & set(folded.split("-"))
            and (len(word) >= 3 or word.istitle())
            and not (word.isupper() and len(word) <= 3)
        )
        if (
            is_name
            and opening
            and (
                not sentence[: m.start()].strip()
                or _DATELINE.fullmatch(sentence, 0, m.start())
            )
        ):
            # "Keduanya melakukan ...": a capital for the sentence, not a name,
            # unless another capitalised word follows ("Qin Gang mengatakan").
            # After a dateline ("WANAREJA - Banjir setinggi ...") too.
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            following = nxt.group() if nxt else ""
            gap_after = sentence[m.end() : nxt.start()] if nxt else ""
            # A demonym stays a name there ("Australian companies plan ...");
            # an Indonesian ke-/pe-...-an noun is none ("Kerugian US$ 2 juta").
            # An acronym after it is no second name word ("Kasus DBD naik",
            # "Jumlah ODGJ"), nor a currency ("Kerugian US$"), nor a day
            # ("Kemarin Selasa", "Tuesday").
            is_name = bool(
                following[:1].isupper()
                and fold(following) not in _NOT_NAMES
                and not (following.isupper() and len(following) <= 5)
                and not gap_after.strip()
            ) or (
                name_word(word) != fold(word)
                and not fold(word).startswith(("ke", "pe", "ba"))
            )
        parts = word.split("-")
        names = (
            [name_word(part) for part in parts]
            if len(parts) > 1 and all(part[:1].isupper() for part in parts)
            else [name_word(word)]
        )  # "Rudi-Sari": a pair of candidates, each named
        if is_name and (not run or gap.strip() == "" or _NAME_NUMBER.fullmatch(gap)):
            if not run:
                run_start = m.start()
            run.extend(names)
        else:
            close(m.start())
            if is_name:
                run_start = m.start()
                run.extend(names)
        prev_end = m.end()
    close(len(sentence))
    return tuple(found)


_NTH_DAY = re.compile(
    r"\b(?:hari\s+(?P<id>pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh)"
    r"|(?P<en>first|second|third|fourth|fifth|sixth|seventh)\s+day"
    r"|(?P<next>keesokan\s+harinya|sehari\s+kemudian|the\s+next\s+day|a\s+day\s+later))\b",
    re.IGNORECASE,
)
_ORDINALS = {
    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
    "ketujuh": 7, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
}  # fmt: skip


def day_of(sentence: str, published: date | None = None) -> tuple | None:
    """Return the day a sentence speaks of: (month, day), ("wd", weekday) or None.

    >>> day_of("pada Minggu (18/6)")
    (6, 18)
    >>> day_of("on Sunday", date(2023, 6, 19))
    (6, 18)
    """
    nth = _NTH_DAY.search(sentence)
    if nth and not (
        _DAY_SLASH.search(sentence)
        or _DAY_MONTH.search(sentence)
        or _MONTH_DAY.search(sentence)
        or (_WEEKDAY.search(sentence) and published is not None)
    ):
        # "pada hari kedua pencarian": a later day than the one the story
        # began; a date or a weekday beside it says which ("for a third day on
        # Wednesday").
        word = (nth.group("id") or nth.group("en") or "").casefold()
        return ("nth", _ORDINALS.get(word, 2))
    m = _DAY_SLASH.search(sentence)
    if m:
        return int(m.group(2)), int(m.group(1))
    m = _DAY_MONTH.search(sentence)
    if m:
        return _MONTH_NUMBERS[m.group(2).casefold()], int(m.group(1))
    m = _MONTH_DAY.search(sentence)
    if m:
        return _MONTH_NUMBERS[m.group(1).casefold()], int(m.group(2))
    m = _WEEKDAY.search(sentence)
    if m:
        weekday = _WEEKDAYS[fold(m.group(1)).replace("'", "")]
        if published is not None:
            from datetime import timedelta

            back = (published.weekday() - weekday) % 7
            day = published - timedelta(days=back)
            return day.month, day.day
        return ("wd", weekday)
    m = _RELATIVE_DAY.search(sentence)
    if m and published is not None:
        # "hari ini", "kemarin", "yesterday": the article's day, or the one before.
        from datetime import timedelta

        back = 0 if m.group("today") else 1
        day = published - timedelta(days=back)
        return day.month, day.day
    return None


_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<today>hari\s+ini|today|tonight|malam\s+ini|(?:pagi|siang|sore)\s+tadi"
    r"|tadi\s+(?:pagi|siang|sore)|this\s+(?:morning|afternoon)|earlier\s+today)"
    r"|kemarin|yesterday|last\s+night|tadi\s+malam|semalam)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d/.,])(19\d\d|20\d\d)(?![\d/]|[.,]\d)")
_RELATIVE_YEARS = (
    (
        re.compile(
            r"\b(?:tahun\s+lalu|tahun\s+sebelumnya|last\s+year|previous\s+year|a\s+year\s+earlier)\b",
            re.I,
        ),
        "last",
    ),
    (re.compile(r"\b(?:tahun\s+ini|this\s+year)\b", re.I), "this"),
    (re.compile(r"\b(?:tahun\s+depan|next\s+year)\b", re.I), "next"),
)


# When a thing named was built or founded is no year of a figure: "The
# market, built in 1998, houses 900 stalls", "pasar yang dibangun pada 1998".
_FOUNDED = re.compile(
    r"\b(?:built|founded|established|opened|erected|constructed|dibangun|didirikan"
    r"|berdiri|diresmikan)\s+(?:[^\W\d_]+\s+){0,2}?(?:in|on|pada|sejak|tahun)?\s*"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_COMPARED_WITH = re.compile(
    r"\b(?:dibanding(?:kan)?|ketimbang|daripada|dari|compared\s+(?:with|to)|than|from"
    r"|on|over)\b[^.;]{0,40}?(?:tahun\s+lalu|tahun\s+sebelumnya|last\s+year"
    r"|a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year)",
    re.IGNORECASE,
)


def years_of(sentence: str) -> frozenset[str]:
    """Return the years a sentence names: "pada 2026" and "tahun lalu" are two times.

    A year a figure is compared with ("dibanding periode yang sama tahun
    lalu", "from a year earlier") is the base, not the time it speaks of.

    >>> sorted(years_of("naik menjadi US$ 3 miliar pada 2026, dari tahun lalu"))
    ['2026']
    >>> sorted(years_of("Ekspor tahun lalu turun 3 persen"))
    ['last']
    """
    sentence = _FOUNDED.sub(" ", _COMPARED_WITH.sub(" ", sentence))
    found = set(_YEAR.findall(sentence))
    for pattern, name in _RELATIVE_YEARS:
        if pattern.search(sentence):
            found.add(name)
    return frozenset(found)


_QUARTER_WORDS = {
    "i": "1", "ii": "2", "iii": "3", "iv": "4", "1": "1", "2": "2", "3": "3",
    "4": "4", "pertama": "1", "kedua": "2", "ketiga": "3", "keempat": "4",
    "first": "1", "second": "2", "third": "3", "fourth": "4",
}  # fmt: skip
_QUARTER = re.compile(
    r"\b(?:kuartal|triwulan)\s+(?P<id>iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat)\b"
    r"|\b(?P<en>first|second|third|fourth)[\s-]+quarter\b"
    r"|\bQ(?P<q>[1-4])\b"
    r"|\b(?P<range>january|april|july|october)\s*-\s*"
    r"(?:march|june|september|december)\s+quarter\b"
    r"|\b(?P<year>(?:whole|full|entire)\s+year|sepanjang\s+tahun|setahun\s+penuh)\b",
    re.IGNORECASE,
)
_QUARTER_OF_MONTH = {"january": "1", "april": "2", "july": "3", "october": "4"}


def quarter_of(sentence: str) -> str:
    """Return the quarter a sentence speaks of ("1" to "4"), "year" for a whole year, or "".

    >>> quarter_of("tumbuh 5,1 persen pada kuartal II"), quarter_of("in the April-June quarter")
    ('2', '2')
    """
    m = _QUARTER.search(sentence)
    if not m:
        return ""
    if m.group("year"):
        return "year"
    if m.group("range"):
        return _QUARTER_OF_MONTH[m.group("range").casefold()]
    word = m.group("id") or m.group("en") or m.group("q")
    return _QUARTER_WORDS[word.casefold()]


def _resolved_years(found: frozenset[str], published: date | None) -> frozenset[str]:
    """Return the years named, "last" and "this" as numbers, or the article's year.

    >>> sorted(_resolved_years(frozenset({"last"}), date(2024, 5, 1)))
    ['2023']
    """
    if published is None:
        return found
    relative = {
        "last": str(published.year - 1),
        "this": str(published.year),
        "next": str(published.year + 1),
    }
    if not found:
        return frozenset({str(published.year)})
    return frozenset(relative.get(y, y) for y in found)


def _last_day(text: str, published: date | None) -> tuple | None:
    """Return the day a sentence without one speaks of: the last sentence's that names one.

    That sentence's day is the one it opens on, before any number ("Hingga
    Selasa (12/8), dinas mencatat 214 kasus sejak ... Senin (4/8)": Tuesday,
    the day its count stands at), else the last day it names.

    >>> _last_day("Hingga Selasa (12/8), tercatat 214 kasus sejak Senin (4/8). ", None)
    (8, 12)
    >>> _last_day("Banjir melanda desa itu. Air surut pada Senin (4/8). ", None)
    (8, 4)
    """
    sentences = [_undated(s) for s in _SENTENCE_END.split(text) if s and s.strip()]
    for sentence in reversed(sentences):
        found = None
        for pattern in (
            _DAY_SLASH,
            _DAY_MONTH,
            _MONTH_DAY,
            _WEEKDAY,
            _NTH_DAY,
            _RELATIVE_DAY,
        ):
            for m in pattern.finditer(sentence):
                if found is None or m.start() > found[0]:
                    found = (m.start(), m.group())
        if found is None:
            continue
        return _opening_day(sentence, published) or day_of(found[1], published)
    return None


def _opening_day(
    sentence: str, published: date | None, before: int = -1
) -> tuple | None:
    """Return the day a sentence opens on, before its first number (and before `before`).

    "Hingga Rabu (8/4), Dinkes mencatat 1.320 kasus": Wednesday is every
    number's day; dates, years and clock times are not numbers here.
    """
    first = re.search(r"\d", _dates_masked(sentence))
    if not first or (before >= 0 and first.start() >= before):
        return None
    return day_of(sentence[: first.start()], published)


# The figure a change reached, right after the one it started from.
_FROM_TO = re.compile(
    r"\b(?:dari|from)\s+[^\s,;.]+(?:\s+[^\s,;.]+){0,2}?"
    r"\s+(?:menjadi|jadi|ke|to|hingga|sampai)\s+\Z",
    re.IGNORECASE,
)


_TO_LEAD = re.compile(r"(?:menjadi|jadi|ke|to|hingga|sampai)\s+", re.IGNORECASE)


# A verb of lasting right before a duration looking ahead: what follows is
# how long it lasts ("ditutup selama dua pekan ke depan", "remain in place for
# the next 14 days").
_LASTS_AHEAD = re.compile(
    r"\b(?:berlaku|berlangsung|ditutup|diliburkan|dilarang|diberlakukan|diperpanjang"
    r"|remain(?:s|ed)?|stay(?:s|ed)?|last(?:s|ed)?|closed|shut|suspended|extended"
    r"|in\s+(?:force|place|effect))"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:selama|for)\s+(?:the\s+)?(?:next|coming)?\s*$",
    re.IGNORECASE,
)
_LOOK_BACK = re.compile(r"\b(?:terakhir|belakangan|past|ago|lalu)\b", re.IGNORECASE)


def _is_period(claim: ClaimInfo, sentence: str, start: int, end: int) -> bool:
    unit = unit_family(claim.unit)
    if unit[0] != "time":
        return False
    canonical = _UNIT_WORDS.get(claim.unit.casefold(), claim.unit.casefold())
    if canonical not in _PERIOD_UNITS:
        return False
    before = sentence[max(0, start - 40) : start]
    after = sentence[end : end + 25]
    exact = fold(claim.exact)
    if _LASTS_AHEAD.search(before) and not _LOOK_BACK.search(f"{exact} {after}"):
        # "berlaku selama dua pekan ke depan", "stay in force for the next 14
        # days": how long something will last, counted from now
        return False
    if _FRAME_WORDS.search(exact):
        return True
    return bool(
        _PERIOD_AFTER.search(after)
        and (_PERIOD_BEFORE.search(before) or _PERIOD_LAST.search(before))
    ) or bool(_PERIOD_LAST.search(before))


# Words saying a figure replaces an earlier one of the same quantity: an
# update, a correction, an estimate raised or lowered.
_REVISION = re.compile(
    r"\b(?:(?:me|di)?revisi|merevisinya|(?:me|di)mutakhirkan|pemutakhiran"
    r"|(?:mem|di)perbarui|pembaruan|(?:meng|di)koreksi|(?:me|di)?ralat"
    r"|(?:perkiraan|taksiran|angka|data|hitungan|laporan)\s+(?:awal|semula"
    r"|sebelumnya|pertama)"
    r"|revis(?:e|ed|es|ing|ion)|updat(?:e|ed|es|ing)|correct(?:ed|s|ion|ing)"
    r"|(?:initial|earlier|previous|first|original)\s+(?:estimate|figure|count"
    r"|report|tally|toll|reading))\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_TO = r"(?:menjadi|jadi|ke|to|at)\s+(?:[^\W\d_]+\s+){0,2}"


def is_revised(claim: ClaimInfo) -> bool:
    """Return whether the article says the claim's figure revises an earlier one.

    Either its own sentence says so ("Rp 6 miliar, jauh di atas perkiraan
    awal", "the toll was revised to 30"), or another sentence of the
    article revises the quantity to this very number ("BMKG memutakhirkan
    kekuatan gempa dari 5,8 menjadi 5,6" for "magnitudo 5,6").

    >>> c = ClaimInfo(1, "a", Decimal("5.6"), "magnitude", exact="magnitudo 5,6",
    ...     sentence="Gempa magnitudo 5,6 terasa.", after=" BMKG memutakhirkan data dari 5,8 menjadi 5,6.")
    >>> is_revised(c)
    True
    """
    sentence, start, end = _span(claim)
    if _REVISION.search(_own_stretch(sentence, start, end)):
        return True
    number = _NUMBER.search(claim.exact)
    if not number:
        return False
    to_it = re.compile(_TO + re.escape(number.group()) + r"(?![\d]|[.,]\d)", re.I)
    for text in (claim.before, claim.after):
        for m in to_it.finditer(text):
            s, e = sentence_around(text, m.start(), m.end())
            if _REVISION.search(text[s : m.start()]):
                return True
    return False


# "jumlahnya", "the number", "the toll": the count of what came before.
_ANAPHOR = re.compile(
    r"\b(?:jumlah(?:nya|\s+itu|\s+tersebut)|angka(?:nya|\s+itu|\s+tersebut)"
    r"|the\s+(?:number|figure|toll|tally|total|count))\b",
    re.IGNORECASE,
)
# A count reached by a change: "bertambah menjadi 12", "rose to 12".
# Or recorded as: "Korban meninggal ... tercatat 17 orang", "stood at 17".
_CHANGED_TO = re.compile(
    r"(?:\b(?:bertambah|naik|meningkat|berkurang|turun|rose|climbed|jumped|increased"
    r"|fell|risen|grew)\s+(?:menjadi|to)"
    r"|\b(?:tercatat|mencapai|berjumlah|sebanyak|reached|totalled|totaled|stood\s+at"
    r"|stands\s+at))"
    r"\s+(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)
# A count changed to a new figure, its subject between: "menambah jumlah
# personel menjadi 250", "raised the number of rescuers to 400".
_RAISED_TO = re.compile(
    r"\b(?:bertambah|menambah|ditambah|naik|menaikkan|meningkat|berkurang|turun"
    r"|rose|climbed|jumped|increased|raised|risen|grew"
    # "dua jenazah lagi sehingga korban meninggal menjadi delapan", "bringing
    # the death toll to eight"
    r"|sehingga|bringing|taking|pushing)\b(?:\s+[^\W\d_]+){0,4}?"
    r"\s+(?:menjadi|to)\s+(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)
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


def _share_of(sentence: str, start: int, end: int) -> str:
    """Return the noun a percentage or fraction is a share of, folded, or "".

    >>> _share_of("Separuh dari 600 kios terbakar.", 0, 7), _share_of("naik 20 persen.", 5, 14)
    ('kios', '')
    """
    m = _SHARE_MARK.search(sentence, start, min(len(sentence), end + 60))
    if not m or m.start() > end:
        return ""
    word = fold(m.group(1))
    if word in _NOT_A_WHOLE:
        return ""
    return word


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


def _same_whole(a: str, b: str) -> bool:
    """Return whether two shares are of one whole, in either language."""
    if not a or not b:
        return False
    if a == b or counted_noun(a) == counted_noun(b):
        return True
    people = [parse_quantity(f"2 {w}") for w in (a, b)]
    if all(
        (p and p.unit == "person") or w in _PEOPLE_WHOLES
        for p, w in zip(people, (a, b), strict=True)
    ):
        return True
    return lexicon.counterparts(a, b) or lexicon.counterparts(_singular(a), b)


def _is_share(sentence: str, end: int) -> bool:
    """Return whether a percentage is a share of the people named right after it.

    >>> _is_share("65 persen pasien adalah anak", 9), _is_share("naik 40 persen dibanding", 14)
    (True, False)
    """
    m = _SHARE_OF.match(sentence, end)
    if not m:
        return False
    word = m.group(1) or m.group(2)
    return unit_after(" " + word, 0) == ("person", 1, len(word) + 1)


_SEVERITY = re.compile(
    r"\b(?:(?P<serious>berat|parah|kritis|serius|serious|seriously|critical"
    r"|critically|severe|severely|badly|gravely)|(?P<minor>ringan|minor|slight"
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


def _same_point(a: frozenset[str], b: frozenset[str]) -> bool:
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


def _reference(sentence: str, end: int) -> frozenset[str]:
    """Return the words of the point a distance is measured from, right after it.

    The kind of point ("@summit" for "puncak" and "summit") comes with them.

    >>> sorted(_reference("berada 12 km dari pusat kota Larantuka.", 12))
    ['@centre', '@town', 'kota', 'larantuka', 'pusat']
    """
    m = _FROM_POINT.match(sentence, end)
    if not m:
        return frozenset()
    named = _APPOSITION.match(
        sentence, m.end()
    )  # "dari permukiman terdekat, Desa Long Ayan"
    words = [name_word(w) for w in named.group(1).split()] if named else []
    for word in _WORD.findall(fold(m.group(1))):
        if word in _REFERENCE_STOP and words:
            break
        if word not in _REFERENCE_STOP:
            words.append(name_word(word))
            if kind := _POINT_INDEX.get(word):
                words.append(kind)
    return frozenset(words)


_EARLIER = re.compile(
    r"\b(?:(?P<week>pekan\s+lalu|minggu\s+lalu|sepekan\s+lalu|seminggu\s+lalu"
    r"|last\s+week|a\s+week\s+(?:earlier|ago|before)|the\s+previous\s+week)"
    r"|(?P<month>bulan\s+lalu|sebulan\s+lalu|last\s+month|a\s+month\s+(?:earlier"
    r"|ago|before)|the\s+previous\s+month))\b",
    re.IGNORECASE,
)


# What a change is measured against, said before a time gone by: "from a
# month earlier", "dibanding bulan lalu" (a change over a month, no figure
# of last month).
_AGAINST = (
    r"(?:from|than|over|compared\s+(?:with|to)|dibanding(?:kan)?|dari|ketimbang)\s+"
)
_BASIS = re.compile(
    r"\b(?:(?P<month>bulanan|month[\s-]+on[\s-]+month|m-o-m|mtm|mom|month[\s-]+to"
    r"[\s-]+month|dari\s+bulan\s+sebelumnya|" + _AGAINST + r"(?:a\s+month\s+(?:earlier"
    r"|ago|before)|the\s+previous\s+month|last\s+month|(?:se)?bulan\s+(?:lalu"
    r"|sebelumnya)))|(?P<year>tahunan|year[\s-]+on[\s-]+year|y-o-y|yoy|annual|annually"
    r"|year[\s-]+to[\s-]+year|" + _AGAINST + r"(?:a\s+year\s+(?:earlier|ago|before)"
    r"|the\s+previous\s+year|last\s+year|(?:se)?tahun\s+(?:lalu|sebelumnya))))\b",
    re.IGNORECASE,
)
_AGAINST_BEFORE = re.compile(r"\b" + _AGAINST + "$", re.IGNORECASE)


def basis_of(text: str) -> str:
    """Return the span a change is measured over: "month", "year" or "".

    >>> basis_of("0,3 persen secara bulanan"), basis_of("2.8 percent year-on-year")
    ('month', 'year')
    """
    m = _BASIS.search(text)
    if not m:
        return ""
    return "month" if m.group("month") else "year"


def _basis_near(sentence: str, start: int, end: int) -> str:
    """Return the basis named nearest the claim, in the part of the sentence that is its own.

    >>> s = "Inflasi 0,3 persen secara bulanan dan 2,8 persen secara tahunan."
    >>> _basis_near(s, s.index("2,8"), s.index("2,8") + 10)
    'year'
    """
    stretch = _own_stretch(sentence, start, end)
    offset = sentence.find(stretch) if stretch else -1
    if offset < 0:
        return basis_of(stretch)
    matches = list(_BASIS.finditer(stretch))
    # The basis follows its figure in both languages ("2,8 persen secara
    # tahunan", "2.8 percent year-on-year"); one before it is the fallback.
    after = [m for m in matches if 0 <= offset + m.start() - end <= 25]
    before = [m for m in matches if offset + m.end() <= start]
    chosen = after[0] if after else (before[-1] if before else None)
    if chosen is None:
        return ""
    return "month" if chosen.group("month") else "year"


# A month named as gone by: "last October", "Oktober lalu", "Oktober tahun lalu".
_PAST_MONTH = re.compile(
    rf"\blast\s+(?:{_MONTH_RE})\b|\b(?:{_MONTH_RE})\s+(?:tahun\s+)?lalu\b",
    re.IGNORECASE,
)


def earlier_of(text: str) -> str:
    """Return "week", "month" or "named month" when the words put a figure back in time.

    >>> earlier_of("harga cabai masih Rp 60.000 pekan lalu"), earlier_of("kini Rp 80.000")
    ('week', '')

    A time a change is measured against is no time of the figure:

    >>> earlier_of("rose 15 percent from a month earlier")
    ''
    """
    for m in _EARLIER.finditer(text):
        if not _AGAINST_BEFORE.search(text, 0, m.start()):
            return "week" if m.group("week") else "month"
    m = _PAST_MONTH.search(text)
    if m and not _AGAINST_BEFORE.search(text, 0, m.start()):
        return "named month"  # "killed three workers last October"
    return ""


def _splits_by_severity(sentence: str) -> bool:
    """Return whether a sentence counts both the badly and the slightly hurt."""
    found = {severity_of(m.group()) for m in _SEVERITY.finditer(sentence)}
    return found == {"serious", "minor"}


def subgroup_of(text: str) -> str:
    """Return the group of people the words name ("children", "women", …), or "".

    >>> subgroup_of("Tujuh anak dilaporkan meninggal"), subgroup_of("12 anak buah kapal")
    ('children', 'crew')
    """
    words = _WORD.findall(fold(text))
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


# Who gave a figure is not what it counts: "Polisi memperkirakan 5.000
# orang", "menurut polisi", "police estimated": the crowd, not the police.
_SOURCE = re.compile(
    r"\b(?:menurut|according\s+to|kata|ujar|said|says)\s+(?:[^\W\d_]+\s*){1,2}"
    r"|\b[^\W\d_]+\s+(?:memperkirakan|mencatat|menyebut(?:kan)?|mengatakan"
    r"|melaporkan|menghitung|menaksir|mengklaim|estimated|estimates|estimate|said"
    r"|says|counted|reported|put|claimed|claims|reckoned)\b",
    re.IGNORECASE,
)


# Where people were taken is not what was counted: "20 orang dibawa ke
# rumah sakit" counts the hurt, not houses ("rumah").
_CARE_PLACE = re.compile(r"\brumah\s+sakit\b", re.IGNORECASE)


def _blank(m: re.Match) -> str:
    """Return spaces as long as the match: offsets after it stay put."""
    return " " * len(m.group())


def _unsourced(text: str) -> str:
    """Return text without the one who gave its figure.

    >>> _unsourced("Polisi memperkirakan sekitar 5.000 orang").split()
    ['sekitar', '5.000', 'orang']
    """
    return _SOURCE.sub(" ", text)


def _is_baseline(sentence: str, start: int) -> bool:
    """Return whether the number at `start` is what a change is measured from.

    >>> s = "Anggaran itu naik 8 persen dibanding APBD 2024 yang sebesar Rp 1,11 triliun."
    >>> _is_baseline(s, s.index("Rp")), _is_baseline(s, s.index("8"))
    (True, False)
    """
    masked = _dates_masked(sentence)[:start]
    begin = 0
    for m in re.finditer(r"\d", masked):
        begin = m.end()
    cues = list(_BASELINE.finditer(sentence, begin, start))
    # "naik 12 persen dibanding tahun lalu menjadi Rp 5 triliun": the figure
    # reached, after the word that turns from the old figure to the new one.
    return bool(cues) and not _REACHED.search(sentence, cues[-1].end(), start)


def _span(claim: ClaimInfo) -> tuple[str, int, int]:
    """Return the claim's sentence and where its words are in it."""
    sentence = claim.sentence or claim.exact
    start = claim.offset
    if start < 0:
        start = sentence.find(claim.exact) if claim.exact else -1
    if start < 0:
        return sentence, 0, len(sentence)
    return sentence, start, start + len(claim.exact)


# Between the parts of one duration: "5 jam 50 menit", "2 hours and 15 minutes".
_DURATION_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:dan|and)\s+)?", re.IGNORECASE)


def join_durations(claims: Sequence[ClaimInfo]) -> list[ClaimInfo]:
    """Return the claims with each compound duration read as one value.

    The claim finder reads "5 jam 50 menit" as two claims (5 hours, 50
    minutes), as its gold does; compared alone, "5 jam" would contradict
    "hampir enam jam". The larger part takes the whole duration in the
    smaller unit (350 minutes, its words widened to both parts) and the
    smaller part goes: it is no figure of its own.

    >>> s = "Pencarian berlangsung 5 jam 50 menit."
    >>> hours = ClaimInfo(1, "a", Decimal(5), "hour", exact="5 jam", sentence=s, offset=22)
    >>> minutes = ClaimInfo(2, "a", Decimal(50), "minute", exact="50 menit", sentence=s, offset=28)
    >>> [(c.id, c.value, c.unit, c.exact) for c in join_durations([hours, minutes])]
    [(1, Decimal('350'), 'minute', '5 jam 50 menit')]
    """
    spans = {}
    by_place: dict[tuple[object, str], list[ClaimInfo]] = defaultdict(list)
    for claim in claims:
        if claim.value is None or not claim.exact or claim.bound:
            continue
        family, _ = unit_family(claim.unit)
        if family == "time":
            spans[claim.id] = _span(claim)
            by_place[(claim.article, spans[claim.id][0])].append(claim)
    joined: dict[int, ClaimInfo] = {}
    dropped: set[int] = set()
    for group in by_place.values():
        group.sort(key=lambda c: spans[c.id][1])
        for big, small in zip(group, group[1:], strict=False):
            sentence, _, big_end = spans[big.id]
            small_start = spans[small.id][1]
            big_factor = unit_family(big.unit)[1]
            small_factor = unit_family(small.unit)[1]
            if (
                big.id in dropped
                or big.id in joined
                or small.approximate
                or big_factor <= small_factor
                or small.value * small_factor >= big_factor  # "2 jam 90 menit"
                or big_end > small_start
                or not _DURATION_JOIN.fullmatch(sentence[big_end:small_start])
            ):
                continue
            ratio = big_factor / small_factor  # 60 minutes an hour, 24 hours a day
            if abs(ratio - ratio.to_integral_value()) < Decimal("1e-9"):
                ratio = ratio.to_integral_value()
            joined[big.id] = replace(
                big,
                value=big.value * ratio + small.value,
                unit=small.unit,
                exact=sentence[spans[big.id][1] : spans[small.id][2]],
                offset=spans[big.id][1],
            )
            dropped.add(small.id)
    if not joined:
        return list(claims)
    return [joined.get(c.id, c) for c in claims if c.id not in dropped]


# Between the ends of a range: "5-7 jam", "antara 300 dan 400 orang".
_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.?d\.?|to|and|dan)\s*", re.IGNORECASE
)
# The word joining the ends when the finder kept it with the upper end
# ("lima" + "hingga tujuh hari").
_RANGE_LEAD = re.compile(
    r"(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|to)\s+", re.IGNORECASE
)
# Two plain figures offered as alternatives: "tiga atau empat kapal", "two or
# three days" span both.
_ALTERNATIVE_JOIN = re.compile(r"\s*(?:atau|or)\s*", re.IGNORECASE)


def join_ranges(claims: Sequence[ClaimInfo]) -> list[ClaimInfo]:
    """Return the claims with each range read as one claim from its low to its high end.

    The claim finder reads "5-7 jam" as two bounds (at least 5, at most 7);
    compared alone, "at least 5" would agree with nine hours. The lower end
    takes the range (value 5, high 7) and the upper end goes.

    >>> s = "Pemadaman berlangsung 5-7 jam."
    >>> low = ClaimInfo(1, "a", Decimal(5), "hour", bound="min", exact="5", sentence=s, offset=22)
    >>> high = ClaimInfo(2, "a", Decimal(7), "hour", bound="max", exact="7 jam", sentence=s, offset=24)
    >>> [(c.id, c.value, c.high, c.bound) for c in join_ranges([low, high])]
    [(1, Decimal('5'), Decimal('7'), '')]
    """
    spans = {}
    by_place: dict[tuple[object, str], list[ClaimInfo]] = defaultdict(list)
    for claim in claims:
        if claim.value is not None and claim.exact and claim.high is None:
            spans[claim.id] = _span(claim)
            by_place[(claim.article, spans[claim.id][0])].append(claim)
    joined: dict[int, ClaimInfo] = {}
    dropped: set[int] = set()
    for group in by_place.values():
        group.sort(key=lambda c: spans[c.id][1])
        for low, high in zip(group, group[1:], strict=False):
            sentence, low_start, low_end = spans[low.id]
            _, high_start, high_end = spans[high.id]
            between = sentence[low_end:high_start] if low_end <= high_start else "-"
            lead = _RANGE_LEAD.match(high.exact)
            bounds = (low.bound, high.bound)
            if (
                low.id in dropped
                or unit_family(low.unit) != unit_family(high.unit)
                or high.value <= low.value
                or not (
                    (
                        bounds == ("min", "max")
                        and (
                            _RANGE_JOIN.fullmatch(between)
                            or (lead and _RANGE_JOIN.fullmatch(between + lead.group()))
                        )
                    )
                    or (bounds == ("", "") and _ALTERNATIVE_JOIN.fullmatch(between))
                )
            ):
                continue
            joined[low.id] = replace(
                low,
                bound="",
                approximate=low.approximate or high.approximate,
                high=high.value,
                exact=sentence[low_start:high_end],
                offset=low_start,
            )
            dropped.add(high.id)
    if not joined:
        return list(claims)
    return [joined.get(c.id, c) for c in claims if c.id not in dropped]


def joined_claims(claims: Sequence[ClaimInfo]) -> list[ClaimInfo]:
    """Return the claims with compound durations and ranges each read as one."""
    return join_ranges(join_durations(claims))


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
    "shop": ("toko", "shop", "store"),
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
    return _singular(fold(unit))


def _singular(word: str) -> str:
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
            stem in _SITE_HEADS  # "centres": a spelling the dictionaries may lack
            or lexicon.english_forms(stem)
            or lexicon.translations(stem)
        ):
            return stem
    return word


def _people_head(unit: str, after: str) -> bool:
    """Return whether an English compound's head, after its first noun, names people.

    >>> _people_head("minibus", " minibus drivers in Baruna"), _people_head("bus", " bus stops")
    (True, False)
    >>> _people_head("stalls", " stalls, officials said")  # a comma ends the compound
    False
    """
    m = re.match(r"\s*[^\W\d_]+(?:[-'’][^\W\d_]+)*[ \t]+[^\W\d_]", after)
    if not m:
        return False
    words = _WORD.findall(fold(after))[:2]
    if len(words) < 2 or words[0] != fold(unit):
        return False
    if lexicon.indonesian_forms(words[1]) and not lexicon.english_forms(words[1]):
        # "kapal nelayan": an Indonesian head comes first, the fishermen own the boat
        return False
    found = parse_quantity(f"2 {words[1]}")
    return bool(found) and found.unit == "person"


def _count_families(families: Iterable[str]) -> dict[str, str]:
    """Return family -> one name for families that count the same thing in two languages.

    "proyek" and "project" are one family when the dictionaries translate
    one into the other; families of measures (hours, people, rupiah) stay.
    """
    counts = sorted({f for f in families if f not in _MEASURES and not f.isupper()})
    parent = {f: f for f in counts}

    def find(f: str) -> str:
        while parent[f] != f:
            f = parent[f]
        return f

    keys: dict[str, str] = {}
    for family in counts:
        own = {family} | {
            _singular(fold(w)) for w in lexicon.translations(family, "id")
        }
        for key in own:
            if key in keys:
                a, b = find(keys[key]), find(family)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                keys[key] = family
    return {f: find(f) for f in counts if find(f) != f}


# ---- Near misses: revisions, tallies, aims, capacity, places, counterparts ----

# Everything until now ("total", "sejak awal pekan", "so far", "to date") and
# one day's or one place's share of it ("Pada Senin saja", "on Monday alone",
# "25 kasus baru", "nine new cases"): never one count.
_CUMULATIVE = re.compile(
    r"\b(?:total(?:nya)?|sejak|since|so\s+far|sejauh\s+ini|hingga\s+(?:kini|saat\s+ini)"
    r"|sampai\s+(?:kini|saat\s+ini)|to\s+date|in\s+all|altogether|keseluruhan"
    r"|kumulatif|cumulative|overall|hingga\s+berita\s+ini\s+(?:diturunkan|ditulis"
    r"|dimuat|disiarkan)|(?:as\s+of|at)\s+(?:press\s+time|the\s+time\s+of\s+writing))\b",
    re.IGNORECASE,
)
_ALONE = re.compile(r"\b(?:saja|alone)\b", re.IGNORECASE)
# A running total as it stands when the article is written.
_SO_FAR = re.compile(
    r"\b(?:so\s+far|sejauh\s+ini|hingga\s+(?:kini|saat\s+ini)|sampai\s+(?:kini"
    r"|saat\s+ini)|to\s+date|hingga\s+berita\s+ini\s+(?:diturunkan|ditulis|dimuat"
    r"|disiarkan)|(?:as\s+of|at)\s+(?:press\s+time|the\s+time\s+of\s+writing))\b",
    re.IGNORECASE,
)
# A count added to one told before: "another 12 people", "tambahan 200
# personel", "a further 40", "30 orang lagi".
_EXTRA_BEFORE = re.compile(
    r"\b(?:another|a\s+further|further|additional|an\s+additional|tambahan|menambah"
    r"|ditambah)\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
_EXTRA_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:lagi|more|tambahan)\b")
# Who a count rose by, told after it: "bertambah menjadi tiga orang setelah
# seorang penumpang ... meninggal", "rose to 12 after two more died".
_RAISED_BY = re.compile(
    r"\b(?:bertambah|naik|meningkat|rose|climbed|increased|went\s+up|grew)\s+"
    r"(?:menjadi|jadi|to)\s+[^,.;]{1,40}?\s+(?:setelah|sesudah|usai|after|when)\s+"
    r"(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)
# How far one figure is from another, neither figure: "enam tahun lebih
# ringan dari tuntutan", "two years shorter than", "selisih 3 km", "a gap of 5".
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:lebih|kurang)\s+(?:[^\W\d_]+\s+)?(?:dari|daripada|ketimbang"
    r"|dibanding(?:kan)?)\b|\s+(?:more|less|fewer|higher|lower|longer|shorter|greater"
    r"|bigger|smaller|larger|heavier|lighter|older|younger|earlier|later|faster"
    r"|slower|cheaper|dearer)\s+than\b",
    re.IGNORECASE,
)
_PUPILS = re.compile(r"\b(?:pupils?|schoolchildren|siswa|murid)\b", re.IGNORECASE)
# A rate over a population: "per 100.000 penduduk", "per 1,000 live births".
_PER_MANY = re.compile(r"\b(?:per|tiap|setiap|every)\s+\d{1,3}(?:[.,]\d{3})+\b", re.I)
_PER_MANY_BEFORE = re.compile(
    r"\b(?:per|tiap|setiap|every)\s+\d{1,3}(?:[.,]\d{3})+\s+(?:[^\W\d_]+\s+){1,3}$",
    re.IGNORECASE,
)
# A limit set on something, not what it came to: "the 40 km/h limit", "batas
# kecepatan 40 km/jam", "dibatasi paling tinggi 100 persen", "a cap of 5,000".
# ("three times the limit": the limit is what the ratio is of, no claim).
_LIMIT_AFTER = re.compile(
    r"\s*(?:(?!(?:the|a|an|its|their|this|that)\b)[^\W\d_]+\s+)?"
    r"(?:limit|cap|ceiling|threshold)\b",
    re.IGNORECASE,
)
_LIMIT_BEFORE = re.compile(
    r"\b(?:limit|limited\s+to|capped\s+at|cap|ceiling|threshold|batas(?:an)?|dibatasi"
    r"|ambang)\s+(?:[^\W\d_]+\s+){0,2}?(?:of\s+|at\s+|sebesar\s+|hingga\s+)?$",
    re.IGNORECASE,
)
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:selisih|terpaut|(?:a\s+)?(?:gap|difference|margin|lead)\s+of)"
    r"\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
# "masing-masing Rp 2 juta", "Rp 2 juta each": the amount of one.
_EACH = re.compile(
    r"\b(?:masing-masing|masing|each|apiece|setiap|tiap)\b", re.IGNORECASE
)
_NEW_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:baru|new)\b")  # lower case: no name


def _tally(sentence: str, start: int, end: int) -> str:
    """Return "total" for a running total, "alone" for one day's share, or "".

    >>> _tally("Pada Senin saja, 120 warga dievakuasi.", 17, 26)
    'alone'
    >>> _tally("Sejak awal pekan, total 340 warga dievakuasi.", 24, 33)
    'total'
    """
    stretch = _own_stretch(sentence, start, end)
    if (
        re.search(r"\b(?:baru|new)\b", sentence[start:end])
        or _NEW_AFTER.match(sentence, end)
        or _ALONE.search(stretch)
    ):
        return "alone"
    return "total" if _CUMULATIVE.search(stretch) else ""


# A figure set as a goal or foreseen, not one that happened: "menargetkan
# 5.000 rumah", "aims to hire 800", "economists had forecast 5.2 percent".
_AIM = re.compile(
    r"\b(?:(?:di)?target(?:kan|nya)?|menargetkan|sasaran(?:nya)?|aim(?:s|ed|ing)?\s+(?:to|at|for)"
    r"|plan(?:s|ned|ning)?\s+to|goal|forecast(?:s|ed|ing)?|projected|projections?"
    r"|(?:di|mem)?proyeksi(?:kan)?|(?:di|mem)?prediksi(?:kan)?|predict(?:s|ed)?"
    r"|expect(?:s|ed)?\s+to|diharapkan|berencana|direncanakan|rencana(?:nya)?)\b",
    re.IGNORECASE,
)
# A figure somebody demands, not one that was given: "Massa menuntut kenaikan
# upah sebesar 15 persen", "demanding a 20 percent rise", "tuntutan jaksa".
_DEMANDED = re.compile(
    r"\b(?:menuntut|tuntutan(?:nya)?|dituntut|demand(?:ed|ing)|call(?:s|ed|ing)?\s+for"
    r"|want(?:s|ed|ing)?|menginginkan|mendesak(?:kan)?|urg(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
_ACHIEVED = re.compile(
    r"\b(?:telah|sudah|has|have|had|realisasi(?:nya)?|terealisasi|tercapai|grew|rose"
    r"|fell|shrank|expanded|contracted)\b",
    re.IGNORECASE,
)
# A change by a percentage, right before it: "naik 12 persen", "grew by 5
# percent", "a rise of 3 percent"; "naik menjadi 12 persen" is a level.
_CHANGE_BY = re.compile(
    r"\b(?:naik|turun|tumbuh|meningkat|menurun|melonjak|anjlok|merosot|bertambah"
    r"|berkurang|rose|fell|grew|increased|decreased|jumped|climbed|dropped|declined"
    r"|slipped|up|down|pertumbuhan|kenaikan|penurunan|growth|increase|decrease"
    r"|decline|rise|drop|fall|fallen|risen|grown|shrunk|shrank|dropped|cut)\s+"
    r"(?:sebesar\s+|by\s+|of\s+|some\s+|about\s+"
    r"|sekitar\s+)?$",
    re.IGNORECASE,
)
# A percentage of a whole: "15 percent of Valdoria's car market", "12 persen
# pasar", "pangsa pasar 12 persen", "accounted for 40 percent".
_OF_WHOLE = re.compile(
    r"\s+(?:of|dari)\s+(?!(?:the\s+)?(?:previous|last|a\s+year|tahun|bulan|periode"
    r"|kuartal|year|month|quarter|sebelum|lalu)\b)(?:[^\W\d_]+['’]s\s+)?"
    r"(?:the\s+|its\s+|their\s+|total\s+|seluruh\s+|semua\s+)?[^\W\d_]+"
    r"|\s+(?:pasar|pangsa|market)\b",
    re.IGNORECASE,
)
_PORTION_BEFORE = re.compile(
    r"\b(?:pangsa(?:\s+pasar)?|market\s+share|share\s+of|menguasai|hold|holds|held"
    r"|accounted\s+for|accounts\s+for|account\s+for|menyumbang|kontribusi)"
    r"\s+(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)
_PAID = re.compile(
    r"\b(?:membayar|dibayar|bayar|paid|pay|pays|spent|spend|menghabiskan|merogoh"
    r"|seluruhnya|total(?:nya)?|altogether|keseluruhan)\b",
    re.IGNORECASE,
)


def _is_portion(sentence: str, start: int, end: int) -> bool:
    """Return whether a percentage is a share of a whole the sentence names.

    >>> s = "Electric cars now hold 15 percent of Valdoria's car market."
    >>> _is_portion(s, s.index("15"), s.index("15") + 10)
    True
    >>> s = "Penjualan naik 12 persen dari tahun lalu."
    >>> _is_portion(s, s.index("12"), s.index("12") + 9)
    False
    """
    if _CHANGE_BY.search(sentence, max(0, start - 40), start):
        return False
    return bool(
        _OF_WHOLE.match(sentence, end)
        or _PORTION_BEFORE.search(sentence, max(0, start - 40), start)
    )


# What a vessel, hall or camp can hold is not what it held.
_CAPACITY = re.compile(
    r"\b(?:(?:ber)?kapasitas|daya\s+(?:tampung|angkut)|(?:mampu|dapat|bisa)"
    r"\s+(?:menampung|mengangkut|memuat)|capacity(?:\s+(?:of|for))?"
    r"|designed\s+(?:to\s+carry|for)|(?:can|could)\s+(?:carry|hold|seat|accommodate)"
    r"|licensed\s+to\s+carry|room\s+for)\s+(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)
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
    for entity in _entities(text, opening=False):
        words = frozenset(name_word(w) for w in entity) - _PLACE_KINDS
        if words:
            found.append(words)
    return tuple(found)


def _place(sentence: str, start: int, end: int) -> tuple[frozenset[str], ...]:
    """Return the places a figure is told of, when the sentence says: one set per place.

    >>> _place("Di Kabupaten Sela, 95 rumah terendam banjir.", 19, 27)
    (frozenset({'sela'}),)
    >>> s = "The flood submerged 180 houses in Rantau and Sela."
    >>> sorted(sorted(p) for p in _place(s, 20, 30))
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


def _counterpart(stretch: str) -> frozenset[str]:
    """Return the name words of whom the figure's meeting was with.

    >>> sorted(_counterpart("Menteri Rudi juga bertemu Wali Kota Gani Prasetyo selama"))
    ['gani', 'kota', 'prasetyo', 'wali']
    """
    found: set[str] = set()
    for m in _WITH.finditer(stretch):
        found |= {
            name_word(w)
            for w in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", m.group(1))
        }
    return frozenset(found)


# Two counts sharing one verb: "320 students and 25 teachers were evacuated".
_COORDINATED = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}\s+(?:dan|and|serta)\s+\d[\d.,]*\s+[^\W\d_]+", re.IGNORECASE
)


# Where the predicate of a count that opens its sentence is no longer its
# own: another clause ("saat", "when"), another number, a part of them.
_PREDICATE_STOP = re.compile(
    r"[;:()\[\]\"“”]|\d|\s[-–—]\s|\b(?:saat|ketika|setelah|sesudah|sebelum|karena|sementara"
    r"|sedangkan|namun|tetapi|sehingga|hingga|when|after|before|because|while|whereas"
    r"|but|as|where|until|so|of\s+whom|of\s+them|among\s+them|di\s+antaranya"
    r"|sebagian|beberapa|kebanyakan)\b|,\s*(?:most|many|some|several|all|none|half)\s+(?!aged)",
    re.IGNORECASE,
)
PREDICATE_WORDS = 12


def _opens_subject(sentence: str, start: int) -> bool:
    """Return whether the count is its sentence's subject: only a dateline or 'Sebanyak' before it."""
    before = sentence[:start]
    return not before.strip() or bool(
        re.fullmatch(
            r"\s*(?:[A-Z][A-Z .'’]+\s*(?:\([^)]{1,40}\))?\s*[-–—]\s*)?"
            r"(?:(?:Sebanyak|Setidaknya|Sedikitnya|Sekitar|Hampir|Lebih\s+dari"
            r"|Some|About|Nearly|At\s+least|More\s+than)\s*)?",
            before,
        )
    )


def _predicate_outcome(sentence: str, end: int) -> frozenset[str]:
    """Return what befell the people a sentence opens on, told past who they are.

    "Seventeen pupils at Sukorame Primary School, in Plosoagung district,
    were injured", "17 siswa, termasuk dua guru, terluka", "17 siswa SDN 3
    Sukorame yang berada di kelas terluka": the verb comes after the words
    saying who they are, within a few words and before another clause.
    """
    rest = sentence[end:]
    stop = _PREDICATE_STOP.search(_dates_masked(sentence)[end:])  # "SDN 3 Sukorame"
    # Who gave the figure ("according to a police estimate") befell nobody.
    rest = _unsourced(rest[: stop.start()] if stop else rest)
    words = _WORD.findall(rest)[:PREDICATE_WORDS]
    return concepts_of(" ".join(words)) & _OUTCOMES


def _shared_outcome(
    sentence: str, start: int, end: int, drop: frozenset[str]
) -> frozenset[str]:
    """Return what befell the people counted, when the words around say it of others too.

    A part ("menewaskan sembilan orang, termasuk tiga anak") is among what
    its whole counts; a count joined to the next ("320 students and 25
    teachers were evacuated") shares its verb.

    >>> s = "Kecelakaan itu menewaskan sembilan orang, termasuk tiga anak."
    >>> sorted(_shared_outcome(s, s.index("tiga"), s.index("tiga") + 9, frozenset()))
    ['dead']
    """
    part = _PART.search(sentence[max(0, start - 40) : start])
    if part:
        whole = sentence[: max(0, start - 40) + part.start()]
        found = concepts_of(_unsourced(_clause(whole, len(whole), len(whole))))
        found = found or concepts_of(_unsourced(whole[-60:]))
        return (found & _OUTCOMES) - drop
    joined = _COORDINATED.match(sentence, end)
    if joined:
        rest = sentence[joined.end() :]
        stop = _CLAUSE_STOP.search(rest)
        return (concepts_of(rest[: stop.start()] if stop else rest) & _OUTCOMES) - drop
    return frozenset()


# A clause hung on a sentence after a comma: "..., after export sales fell",
# "..., setelah penjualan turun", "..., as the government tries".
_SIDE_CLAUSE = re.compile(
    r",\s*(?:after|following|as|while|whereas|when|because|since|setelah|sesudah"
    r"|sementara|ketika|karena|sedangkan|seiring|saat)\b",
    re.IGNORECASE,
)


# Where one part of a sentence turns to another: "; this year", "sedangkan".
_TURN = re.compile(
    r";|\s(?:sedangkan|sementara|whereas|while|but|tetapi|namun)\s", re.IGNORECASE
)


def _segment(sentence: str, start: int, end: int) -> str:
    """Return the part of the sentence holding the claim, between two turns."""
    begin = 0
    for m in _TURN.finditer(sentence, 0, start):
        begin = m.end()
    m = _TURN.search(sentence, end)
    return sentence[begin : m.start() if m else len(sentence)]


# Who gives a figure: "Polisi memperkirakan", "pemilik gudang menyebut",
# "organisers said", "menurut panitia", "according to the police".
_SAID_BY = re.compile(
    r"((?:[^\W\d_]+(?:[-'’][^\W\d_]*)?\s+){1,4})(?:juga\s+|also\s+|had\s+|has\s+)?"
    r"(?:memperkirakan|menaksir|mencatat|menyebut(?:kan)?|mengatakan|mengklaim"
    r"|melaporkan|menghitung|estimated|estimates|put|puts|said|says|claimed|claims"
    r"|counted|reported|reckoned)\b"
    r"|\b(?:menurut|according\s+to)\s+((?:[^\W\d_]+\s*){1,3})",
    re.IGNORECASE,
)
_SAID_BY_STOP = frozenset(
    {"the", "a", "an", "while", "whereas", "but", "and", "sementara", "sedangkan",
     "dan", "namun", "tetapi", "itu", "yang", "its", "their"}
)  # fmt: skip


# The usual givers of rival estimates, in both languages: "polisi" is "police".
_GIVER_KINDS = {
    "police": ("polisi", "kepolisian", "polres", "polda", "polsek", "kapolres", "police"),
    "organisers": (
        "panitia", "penyelenggara", "koordinator", "organiser", "organisers", "organizer",
        "organizers", "organising", "organizing",
    ),
    "union": ("serikat", "union", "unions"),
    "government": ("pemerintah", "government", "officials", "pejabat"),
    "owner": ("pemilik", "owner", "owners"),
}  # fmt: skip
_GIVER_INDEX = {w: f"@{kind}" for kind, words in _GIVER_KINDS.items() for w in words}


def _said_by(segment: str) -> frozenset[str]:
    """Return the words of who gives the figures of a part of a sentence.

    >>> sorted(_said_by("sementara panitia menyebut 10.000 orang"))
    ['@organisers', 'panitia']
    """
    m = _SAID_BY.search(segment)
    if not m:
        return frozenset()
    words = [
        w
        for w in _WORD.findall(fold(m.group(1) or m.group(2)))
        if w not in _SAID_BY_STOP and not w[0].isdigit()
    ]
    return frozenset(words) | {_GIVER_INDEX[w] for w in words if w in _GIVER_INDEX}


# A giver: the subject before a reporting verb, appositions included
# ("Kapolsek Pelabuhan, AKP Rudi Hartawan, mengatakan"), or after "menurut",
# "according to (a police count)".
_GIVER_SUBJECT = re.compile(
    r"^\W*((?:[^\W\d_]+(?:[-'’.][^\W\d_]*)?[\s,]+){1,8}?)(?:juga\s+|also\s+)?"
    r"(?:memperkirakan|menaksir|mencatat|menyebut(?:kan)?|mengatakan|mengklaim"
    r"|melaporkan|menghitung|estimated|estimates|put|puts|said|says|claimed|claims"
    r"|counted|reported|reckoned)\b"
    r"|\b(?:menurut|according\s+to)\s+((?:[^\W\d_]+\s*){1,4})",
    re.IGNORECASE,
)
_ESTIMATED = re.compile(
    r"\b(?:memperkirakan|diperkirakan|perkiraan|menaksir|ditaksir|taksiran|mengklaim"
    r"|estimated?|estimates|put|puts|claimed|claims|reckoned|count)\b",
    re.IGNORECASE,
)
# The kinds of givers whose estimates stand apart, in both languages.
_GIVER_OF = {
    "@police": ("polisi", "kepolisian", "polres", "polda", "polsek", "kapolres",
                "kapolsek", "kapolda", "police", "policeman", "constabulary"),
    "@organisers": ("panitia", "penyelenggara", "koordinator", "organiser",
                    "organisers", "organizer", "organizers"),
    "@local": ("lurah", "kades", "camat", "kelurahan", "kepala desa", "village head",
               "headman"),
    "@company": ("perusahaan", "manajemen", "company", "firm", "management"),
}  # fmt: skip
_GIVER_WORDS = {w: kind for kind, words in _GIVER_OF.items() for w in words}


def _giver(segment: str, approximate: bool) -> str:
    """Return the kind of who gives an estimated figure ("@police", …), or "".

    >>> _giver("Lurah Tanjung Rejo, Hendrik Sitompul, menyebut sekitar 800 warga", True)
    '@local'
    >>> _giver("according to a police count", True), _giver("Polisi mencatat 12 orang", False)
    ('@police', '')
    """
    if not (approximate or _ESTIMATED.search(segment)):
        return ""
    m = _GIVER_SUBJECT.search(segment)
    if not m:
        return ""
    words = _WORD.findall(fold(m.group(1) or m.group(2)))
    # one word or two ("kepala desa", "village head")
    for word in [*words, *(f"{x} {y}" for x, y in zip(words, words[1:], strict=False))]:
        if kind := _GIVER_WORDS.get(word):
            return kind
    return ""


# What picks out a counted thing: "yang masuk daftar prioritas", "on the
# priority list", "that still have wooden frames".
_PICKED_BY = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,4}?(?:yang|that|which|who|di|on|in)\s+([^,.;:()]{3,80})",
    re.IGNORECASE,
)
_QUALIFIER_STOP = frozenset(
    {"yang", "masih", "sudah", "telah", "akan", "ini", "itu", "tersebut", "the", "that",
     "which", "have", "has", "been", "still", "with", "were", "dalam", "untuk", "dengan",
     "kata", "ujar", "said", "says", "ujarnya", "katanya"}
)  # fmt: skip


def _qualifier(sentence: str, end: int) -> frozenset[str]:
    """Return the words that pick out the counted things, after them, names left out.

    >>> sorted(_qualifier("Ada 38 sekolah yang masuk daftar prioritas.", 14))
    ['daftar', 'masuk', 'prioritas']
    """
    m = _PICKED_BY.match(sentence, end)
    if not m:
        return frozenset()
    tail = m.group(1)
    names = {w for e in _entities(tail, opening=False) for w in e}
    return frozenset(
        w
        for w in _WORD.findall(fold(tail))
        if len(w) > 3
        and not w[0].isdigit()
        and w not in _QUALIFIER_STOP
        and w not in names
    )


def _contrasted_sources(sentence: str, start: int, end: int) -> frozenset[str]:
    """Return who gives the claim's figure when the sentence sets another's beside it.

    "Polisi menaksir kerugian Rp 3 miliar, sedangkan pemilik gudang menyebut
    Rp 5 miliar": each figure is its giver's, two estimates, not one.
    """
    own = _segment(sentence, start, end)
    if own == sentence:
        return frozenset()
    mine = _said_by(own)
    if not mine:
        return frozenset()
    others = [
        _said_by(sentence[m.end() :])
        if m.start() >= end
        else _said_by(sentence[: m.start()])
        for m in _TURN.finditer(sentence)
    ]
    if any(o and not o & mine for o in others):
        return mine
    return frozenset()


_DAY_NAMES = (
    r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)"
)
_DAY_PARTS = (
    r"(?:\s+(?:night|morning|evening|afternoon|malam|pagi|siang|sore|dini\s+hari)\b)?"
)
# Days that tell when something else happened: "after Wednesday night's
# leak", "since Sunday", "setelah Rabu (2/12) malam".
_SINCE_DAY = re.compile(
    r"\b(?:since|sejak)\s+(?:hari\s+)?" + _DAY_NAMES + r"\b", re.IGNORECASE
)
_OTHER_DAYS = re.compile(
    r"\b(?:since|sejak|after|following|setelah|sesudah|usai|pasca)\s+(?:hari\s+)?"
    + _DAY_NAMES
    + r"\b(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?"  # "sejak Minggu (8/2)" whole
    + _DAY_PARTS
    + r"(?:['’]s\b)?",
    re.IGNORECASE,
)


# A month named without a day, as the period a figure is of: "pada Maret
# 2026", "in February", "sepanjang Januari"; not a bound ("sejak Januari").
_MONTH_ALONE = re.compile(
    rf"(?<!\d\s)(?<!sejak\s)(?<!since\s)(?<!dari\s)(?<!from\s)(?<!hingga\s)"
    rf"(?<!until\s)\b({_MONTH_RE})\b(?!\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)


def _month_named(stretch: str) -> int:
    """Return the month a stretch names on its own (no day beside it), or 0.

    >>> _month_named("Pada Februari, tercatat 150.000 orang"), _month_named("pada 7 Maret")
    (2, 0)
    >>> _month_named("Officials may march on"), _month_named("in May")
    (0, 5)
    """
    found = {
        _MONTH_NUMBERS[m.group(1).casefold()]
        for m in _MONTH_ALONE.finditer(stretch)
        if m.group(1)[0].isupper()  # "they may march": no month
    }
    return found.pop() if len(found) == 1 else 0


def _earlier_day(old: tuple | None, new: tuple | None) -> bool:
    """Return whether day `old` comes before day `new`, both (month, day)."""
    dated = (old, new)
    if any(d is None or isinstance(d[0], str) for d in dated):
        return False
    return old < new


def features(claim: ClaimInfo) -> Features:
    family, factor = unit_family(claim.unit)
    sentence, start, end = _span(claim)
    if family not in _MEASURES and not family.isupper():
        # What is counted, whatever the language: "titik panas" and "hotspots".
        words = sentence[start:end]
        number = re.search(r"\d[\d.,]*", words) or re.search(r"[^\W\d_]+", words)
        after = sentence[start + number.end() : end + 40] if number else ""
        family = counted_noun(claim.unit, after)
        verb = family.endswith("ed") or looks_like_verb(claim.unit)
        if _people_head(claim.unit, after):
            family, factor = "person", Decimal(1)
    else:
        verb = False
    share_of = _share_of(sentence, start, end) if family == "percent" else ""
    clause = _clause(sentence, start, end)
    purpose: frozenset[str] = frozenset()
    site_head = ""
    if family in _SITE_HEADS:
        # Stations, points, posts: one kind of count, told apart by their use.
        purpose = _purpose(sentence, start, end, fold(claim.unit) in _SITE_HEADS_ID)
        site_head = family
        family = "site"
    if family == "house" and _occupied(clause):
        # "18,500 homes had no running water", "1.200 rumah tanpa listrik":
        # the homes are the households in them, not buildings.
        family = "household"
    # A duration measures an activity, not who carried it out.
    drop = _AGENTS | _THINGS if family == "time" else frozenset()
    concepts = concepts_of(claim.measured) - drop if claim.measured else frozenset()
    if not concepts:
        around = _CARE_PLACE.sub(_blank, sentence) if family == "person" else sentence
        # The counted noun ("150 rescuers") says more than the words around it.
        concepts = (
            concepts_of(claim.exact) - drop
            or concepts_of(_unsourced(_near(around, start, end))) - drop
            or concepts_of(_unsourced(_clause(around, start, end))) - drop
        )
    if family not in ("length", "time") and "distance" in concepts:
        # "turun 25 persen sepanjang 2025": no count, share or sum is a distance
        concepts = concepts - {"distance"} or (
            concepts_of(_unsourced(_clause(sentence, start, end))) - drop - {"distance"}
        )
    if family == "time" and concepts and concepts <= _OUTCOMES:
        # "The search for the missing fishermen lasted six hours", "pencarian
        # korban hilang berlangsung tiga hari": how long the search took; the
        # people it was for are only its object.
        activity = concepts_of(_unsourced(_clause(sentence, start, end))) - drop
        if activity - _OUTCOMES:
            concepts = activity - _OUTCOMES
    # A part that says nothing of its own ("30 were injured, nine of them
    # seriously"): what its whole counts; "delapan anak di antaranya
    # meninggal" names its own count, the dead.
    after_part = (
        family == "person" or (family not in _MEASURES and not family.isupper())
    ) and bool(
        _PART_AFTER.match(sentence, end) or _PART_AFTER.search(sentence, start, end)
    )
    own = concepts
    before_claim = sentence[max(0, start - 40) : start]
    part_of_before = not concepts and after_part
    if part_of_before or (
        not concepts and _CHANGED_TO.search(sentence, max(0, start - 40), start)
    ):
        # "Korban meninggal (…), bertambah menjadi 12 orang": the subject of
        # the change, at the sentence's start, says what is counted
        concepts = concepts_of(_unsourced(sentence[:start])) - drop
    folded_clause = fold(clause)
    if _LOST_LIVES.search(folded_clause):
        # A measured phrase cut short ("people lost") says less than the clause.
        concepts = (concepts - {"money_loss"}) | {"dead"}
    if (
        family == "person"
        and "dead" not in concepts
        and _SWEPT.search(fold(f"{claim.measured} {clause}"))
    ):
        # "swept away", "terseret arus": not found, unless counted among the dead
        concepts = concepts | {"missing"}
    if (
        family == "person"
        and not concepts & _OUTCOMES
        and _TREATED.search(folded_clause)
        and not _STILL_IN_CARE.search(folded_clause)
    ):
        # "27 orang dirawat di rumah sakit", "were taken to hospital": the
        # hurt, as "22 korban luka dilarikan ke RSUD" says of them
        concepts = (concepts - {"total", "buildings"}) | {"injured"}
    if family.isupper() and _GRAFT.search(fold(_near(sentence, start, end))):
        # "embezzling 14 billion rupiah in road funds": what the state lost,
        # not the funds' budget
        concepts = (concepts - {"budget"}) | {"money_loss"}
    if family == "person" and _OUT_ALIVE.search(folded_clause):
        concepts = (concepts - {"displaced", "recovery", "total"}) | {"rescued"}
    if family == "person" and _BURNS.search(folded_clause):
        # "five residents suffered minor burns": hurt, whatever else burned
        concepts = (concepts - {"total"}) | {"injured"}
    if family == "person" and _SHELTERED.search(folded_clause):
        # "residents spent Tuesday night in a village hall": no money spent
        concepts = (concepts - {"budget", "total"}) | {"displaced"}
    if _LEFT_HOMES.search(folded_clause):
        concepts = (concepts - {"buildings"}) | {"displaced"}
    if not concepts and claim.before and _ANAPHOR.search(clause):
        # "Pada Selasa, jumlahnya bertambah menjadi 85 orang": the number of
        # what the sentence before counted.
        last = _SENTENCE_END.split(claim.before.rstrip())[-1]
        concepts = concepts_of(_unsourced(last)) - drop
    if verb and concepts & _OUTCOMES:
        # "15 remained missing": a verb is no unit; what befell them says
        # they are people.
        family, factor = "person", Decimal(1)
    if family.isupper() and _PER_UNIT.search(claim.exact or sentence[start:end]):
        # "Rp 14.500 per kilogram", "15,500 rupiah a kilogram": a price, not
        # a budget or a loss, whatever verb names it ("costs").
        concepts = (concepts - _SUMS) | {"price"}
    if family in _FAMILY_CONCEPTS:
        # "km/h" says by itself it is a speed, whatever the words around it.
        concepts = concepts | {_FAMILY_CONCEPTS[family]}
    if family == "area":
        # An area measures ground, whatever was done to it: "the fire destroyed
        # 20,000 square metres" is no count of buildings.
        concepts = (concepts - {"buildings"}) | {"area"}
    if family == "person" and not concepts & _OUTCOMES:
        # "17 siswa SDN 2 Wonorejo, Kabupaten Plosoagung, terluka": the names
        # after the count say who they are, the verb past them what befell them.
        past = _PAST_NAMES.match(sentence, end)
        if past:
            verb_words = " ".join(sentence[past.end() :].split()[:2])
            concepts = concepts | (concepts_of(verb_words) & _OUTCOMES)
    if family == "person" and not concepts & _OUTCOMES:
        concepts = concepts | _shared_outcome(sentence, start, end, drop)
    if (
        family == "person"
        and not concepts & _OUTCOMES
        and _opens_subject(sentence, start)
    ):
        concepts = concepts | (_predicate_outcome(sentence, end) - drop)
    if family == "person" and not concepts & _OUTCOMES:
        # A count of people nothing happened to is a total; who they are
        # ("pedagang", "traders") stays, so traders never meet firefighters.
        concepts = frozenset({"total"}) | concepts
    reference = _reference(sentence, end) if family == "length" else frozenset()
    # A dated dateline ("TANJUNG, Indonesia, July 20 -") says when the story
    # was filed, not the day of anything it counts.
    dated = _undated(sentence)
    own_stretch = _own_stretch(dated, start, end)
    day = day_of(_OTHER_DAYS.sub(_blank, own_stretch), claim.published)
    if (
        day is None
        and claim.published
        and _SINCE_DAY.search(own_stretch)
        and day_of(own_stretch, claim.published) is not None
    ):
        # "Four dogs have died since Sunday": a running total, as of the
        # article's day, not Sunday's count.
        day = (claim.published.month, claim.published.day)
    as_of_now = bool(claim.published and _SO_FAR.search(own_stretch))
    if day is None and as_of_now:
        # "Polisi sejauh ini telah memeriksa 12 saksi", "so far": as of the
        # article's day, not the day an earlier sentence named.
        day = (claim.published.month, claim.published.day)
    lead = _TO_LEAD.match(sentence, start, end)  # the claim's words may be "to 8 km"
    at = lead.end() if lead else start
    reached = _FROM_TO.search(sentence, max(0, at - 60), at)
    if day is None and reached:
        # "on Saturday widened the zone from 6 km to 8 km": the change, both
        # its figures, happened on the day before the first.
        day = day_of(_own_stretch(dated, reached.start(), end), claim.published)
    if day is None:
        # "Hingga Rabu (8/4), Dinkes mencatat 1.320 kasus dengan 10 orang
        # meninggal": a day opening the sentence, before any number, is
        # every number's
        day = _opening_day(dated, claim.published, before=start)
    day_soft = False
    if day is None and claim.before:
        day = _last_day(claim.before, claim.published)
        day_soft = day is not None
    if day_soft and _RAISED_TO.search(sentence, max(0, start - 80), start):
        # The figure a count was raised to ("menambah jumlah personel menjadi
        # 250") is the figure of the day the article speaks of, no guess.
        day_soft = False
    counted_family = family == "person" or (
        family not in _MEASURES and not family.isupper()
    )
    revised = is_revised(claim) or (
        counted_family and bool(_RAISED_TO.search(sentence, max(0, start - 80), start))
    )
    if day is None and claim.published and revised:
        # "Jumlah pengungsi bertambah menjadi 2.400 jiwa": the count reached
        # by the article's day.
        day = (claim.published.month, claim.published.day)
    if (day is None or day_soft) and claim.published and is_revised(claim):
        # A figure the article says was revised is the figure of its own day,
        # not a second opinion on the one it replaced.
        day, day_soft = (claim.published.month, claim.published.day), False
    entities = _entities(sentence)
    words = frozenset(
        w
        for w in _WORD.findall(fold(f"{claim.measured} {clause}"))
        if len(w) > 3 and not w[0].isdigit()
    )
    years = years_of(sentence)
    if len(years) > 1 and (own_years := years_of(_segment(sentence, start, end))):
        # "Last year Tarvic exported 3,900 tonnes; this year 4,500 tonnes":
        # each figure has the year of its own part of the sentence.
        years = own_years
    elif (
        years
        and (side := _SIDE_CLAUSE.search(sentence, end))
        and re.search(r"\d", _dates_masked(sentence)[side.end() :])
        and not years_of(sentence[: side.start()])
    ):
        # "would lay off 1,500 workers, ..., after export sales fell 20 percent
        # last year": a year named only in a clause on another figure is that
        # figure's.
        years = frozenset()
    baseline = _is_baseline(sentence, start)
    baseline_years = _own_years(sentence, start, end) if baseline else frozenset()
    if baseline_years:
        # "naik dari 900 kasus tahun lalu": the old figure is last year's.
        years = baseline_years
    elif (
        not baseline
        and years
        and (
            cue := _BASELINE.search(sentence, end) or _COMPARATIVE.search(sentence, end)
        )
    ):
        # "Turnout was 70 percent, up from 64 percent in 2021": 2021 is the
        # old figure's year, not this one's
        years = years_of(sentence[: cue.start()])
    counted = family == "person" or (family not in _MEASURES and not family.isupper())
    outcome = own & _OUTCOMES - _AGENTS if after_part else frozenset()
    # How badly the dead were hurt before they died says nothing of them.
    severity = (
        severity_of(clause)
        if counted and not concepts & {"dead", "missing"} - {"injured"}
        else ""
    )
    subgroup = subgroup_of(_near(sentence, start, end, 2)) if family == "person" else ""
    if (
        family == "person"
        and not subgroup
        and (after_part or _PART.search(before_claim))
    ):
        # A part names its group anywhere in its clause: "6 di antaranya
        # anak-anak", "Children account for seven of the dead".
        subgroup = subgroup_of(clause)
    # A part that names what sets it apart ("47 di antaranya rusak berat",
    # "of whom 12 were children", "delapan anak di antaranya meninggal") is
    # that count, told by other outlets in other words ("Forty-seven of the
    # houses were badly damaged"); a bare part ("termasuk 40 kios") only
    # meets other parts.
    part = part_of_before or after_part or bool(_PART.search(before_claim))
    qualified = bool(severity or subgroup or outcome)
    stretch = _own_stretch(sentence, start, end)
    return Features(
        revised=revised,
        published=(claim.published.month, claim.published.day)
        if claim.published
        else None,
        tally=_tally(sentence, start, end) if family != "time" else "",
        aim=bool(_AIM.search(stretch)),
        # the demand is told before its figure, in the figure's own stretch
        demanded=bool(_DEMANDED.search(stretch[: max(0, stretch.find(claim.exact))]))
        if claim.exact and claim.exact in stretch
        else False,
        achieved=bool(_ACHIEVED.search(_near(sentence, start, end))),
        portion=family == "percent" and _is_portion(sentence, start, end),
        change=family == "percent"
        and bool(_CHANGE_BY.search(sentence, max(0, start - 40), start)),
        per_unit=family.isupper()
        and bool(
            _PER_UNIT.search(sentence, start, min(len(sentence), end + 20))
            or _EACH.search(_near(sentence, start, end, 2))
        ),
        extra=bool(
            _EXTRA_BEFORE.search(sentence, max(0, start - 30), start)
            or _EXTRA_AFTER.match(sentence, end)
            or _RAISED_BY.search(sentence, max(0, start - 100), start)
        ),
        paid=family.isupper() and bool(_PAID.search(_near(sentence, start, end))),
        month=_month_named(_OTHER_DAYS.sub(_blank, own_stretch)),
        pupils=family == "person"
        and bool(_PUPILS.search(_near(sentence, start, end, 1))),
        per_many=bool(
            _PER_MANY.search(sentence, start, min(len(sentence), end + 30))
            or _PER_MANY_BEFORE.search(sentence, max(0, start - 80), start)
        ),
        limit=bool(
            _LIMIT_AFTER.match(sentence, end)
            or _LIMIT_BEFORE.search(sentence, max(0, start - 40), start)
        ),
        difference=family != "percent"
        and bool(
            _DIFFERENCE_AFTER.match(sentence, end)
            or _DIFFERENCE_BEFORE.search(sentence, max(0, start - 30), start)
        ),
        capacity=bool(_CAPACITY.search(before_claim)),
        places=_place(sentence, start, end),
        contrasted=_contrasted_sources(sentence, start, end),
        said_by=_said_by(_segment(sentence, start, end)),
        giver=_giver(_segment(sentence, start, end), claim.approximate),
        sentence_day=day_of(dated, claim.published),
        qualifier=_qualifier(sentence, end)
        if family not in _MEASURES and not family.isupper() and not concepts
        else frozenset(),
        counterpart=_counterpart(stretch)
        if family == "time" or "talks" in concepts
        else frozenset(),
        family=family,
        base=_BASE.plus(claim.value * factor),
        concepts=concepts,
        entities=entities,
        day=day,
        day_soft=day_soft,
        names=frozenset(w for e in entities for w in e),
        near=frozenset(
            w for e in _entities(_own_stretch(sentence, start, end)) for w in e
        ),
        local=tuple(
            e
            for e in _entities(
                clause, sources=False, opening=_opens(sentence, start, end, clause)
            )
            if not e & _REGIONS
        ),
        years=_resolved_years(years, claim.published),
        years_implicit=not years,
        dated_baseline=bool(baseline_years),
        context=_resolved_years(years_of(claim.before), claim.published)
        if years_of(claim.before)
        else frozenset(),
        quarter=quarter_of(sentence),
        states=states_of(f"{claim.measured} {clause}"),
        part=part and not qualified,
        whole=_is_whole(before_claim),
        subgroup=subgroup,
        severity=severity,
        earlier=earlier_of(_own_stretch(sentence, start, end)),
        basis=_basis_near(sentence, start, end) if family == "percent" else "",
        share=family == "percent" and _is_share(sentence, end),
        elapsed=family == "time" and _is_elapsed(sentence, start, end),
        aboard=_aboard(sentence, start, end) if family == "person" else "",
        purpose=purpose,
        site_head=site_head,
        share_of=share_of,
        fraction=claim.unit == "fraction",
        # A part told by how badly it was hurt or damaged: never all of them.
        split=(family == "person" and _splits_by_severity(sentence))
        or (part and bool(severity)),
        reference=reference,
        baseline=baseline,
        period=_is_period(claim, sentence, start, end),
        words=words,
    )


# A duration followed by the event it counts from: "five hours after leaving
# port", "four hours into its voyage", "tiga jam setelah bertolak".
_SINCE_AFTER = re.compile(
    r"\s*(?:after|into|since|following|setelah|sesudah|usai|seusai|selepas|sejak"
    r"|pasca)\b",
    re.IGNORECASE,
)
# How long something went on: "lasted", "for", "selama", "memakan waktu".
_LASTING_BEFORE = re.compile(
    r"\b(?:for|lasted|lasting|lasts|took|takes|spent|selama|berlangsung|memakan"
    r"|waktu|ditempuh|menempuh)\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)


# A crew counted as a part of a total right after it: "96 people, including
# nine crew", "100 orang, termasuk delapan awak kapal".
_CREW_PART_AFTER = re.compile(
    r"[^\W\d_]*[,;]?\s+(?:including|among\s+them|of\s+whom|termasuk|di\s*antaranya)"
    r"\s+(?:[^\W\d_]+\s+)?(?:\d[\d.,]*\s+|[^\W\d_]+\s+)?(?:crew|awak|abk|kru|anak\s+buah)",
    re.IGNORECASE,
)
_PASSENGERS = re.compile(r"\b(?:passengers?|penumpang)\b", re.IGNORECASE)


def _aboard(sentence: str, start: int, end: int) -> str:
    """Return "all" for a total with its crew counted in, "passengers" for the passengers."""
    if _CREW_PART_AFTER.match(sentence, end):
        return "all"
    return "passengers" if _PASSENGERS.search(sentence, start, end) else ""


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


def _occupied(clause: str) -> bool:
    """Return True when a count of homes counts what befell their people, not the buildings."""
    return bool(_OCCUPANTS_FATE.search(clause)) and not _BUILDING_FATE.search(clause)


# Heads of compound nouns that name a place set up for a use.
_SITE_HEADS = frozenset(
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
_SITE_HEADS_ID = frozenset({"pos", "titik", "lokasi", "gerai", "loket"})
_MODIFIER_AFTER = re.compile(
    r"[ \t\xa0]+(?!(?:me|ber|ter)[a-z]|di[a-z]+kan\b)([^\W\d_]+)(?![^\W_])", re.I
)


_HANDING_OUT = frozenset({"distribution", "distribusi", "pembagian", "penyaluran"})


def _purpose(sentence: str, start: int, end: int, head_first: bool) -> frozenset[str]:
    """Return the words that say what a place is for: its modifiers and what it hands out."""
    words = _WORD.findall(fold(sentence[start:end]).replace("-", " "))
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
        found |= set(_WORD.findall(fold(m.group(1)).replace("-", " ")))
    return frozenset(_singular(w) for w in found - _NOT_A_USE)


# A term a duration is the length of, named right before it: "kontrak tiga
# tahun setelah tes medis", "divonis lima tahun setelah terbukti": the
# contract's and the sentence's length, whatever follows.
_TERMS = (
    r"\b(?:kontrak|contract|deal|hukuman|vonis|divonis|dihukum|dipenjara|penjara"
    r"|sentenced\s+to|jailed\s+for|masa(?:\s+[^\W\d_]+)?|term|lease|sewa|jabatan"
    r"|periode|pinjaman|loan|tenor|garansi|warranty|izin|permit|moratorium|larangan"
    r"|ban)\s+(?:selama\s+)?"
)
_TERM_BEFORE = re.compile(_TERMS + "$", re.IGNORECASE)
_TERM_OPENS = re.compile(r"\s*" + _TERMS, re.IGNORECASE)  # the claim's own words


def _is_elapsed(sentence: str, start: int, end: int) -> bool:
    """Return True for the time since an event, not the length of one.

    >>> s = "Ia diikat kontrak tiga tahun setelah tes medis."
    >>> _is_elapsed(s, s.index("tiga"), s.index(" setelah"))
    False
    """
    before = sentence[max(0, start - 30) : start]
    return (
        bool(_SINCE_AFTER.match(sentence, end))
        and not _LASTING_BEFORE.search(before)
        and not _TERM_BEFORE.search(before)
        and not _TERM_OPENS.match(sentence, start, end)
    )


# ---- Likeness ---------------------------------------------------------------------

GROUP_THRESHOLD = 0.3
# A fact's values stay within this factor of each other. Outlets that
# disagree more are far likelier to count different things (the police's
# crowd and the organisers', a part and the whole, a day's and the total)
# than one thing: the dev stories' real disagreements reach 2x at most.
MAX_SPREAD = Decimal(3)
# A vague amount and an exact figure: within this factor of the vague span.
VAGUE_SPREAD = Decimal(10)
SAME_VALUE_BONUS = 0.1


def _same_entity(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b)


def _days_differ(a: tuple | None, b: tuple | None) -> bool:
    if a is None or b is None:
        return False
    if a[0] == "nth" and b[0] == "nth":
        return a != b
    if a[0] == "nth" or b[0] == "nth":
        # "hari pertama" may be any dated day the story began on; a later
        # day ("hari kedua") is no day the story began on.
        return ("nth", 1) not in (a, b) and a != b
    if a[0] == "wd" or b[0] == "wd":
        return a[0] == b[0] == "wd" and a[1] != b[1]
    return a != b


def _years_differ(a: Features, b: Features) -> bool:
    """Return whether two claims speak of different years.

    A sentence naming no year speaks of the article's own year, so "64
    persen pada pilkada 2019" is not this year's turnout. Unless the article
    named that year earlier ("APBD 2023 ..." then "Belanja pegawai Rp 400
    miliar"), or the year named is still to come ("APBD 2025", "tahun
    depan"): a sentence without a year may speak of the coming one too.
    """
    if not a.years or not b.years or a.years & b.years:
        return False
    if a.years_implicit and b.years_implicit:
        return False
    if a.years_implicit != b.years_implicit:
        named, plain = (b, a) if a.years_implicit else (a, b)
        if named.years & plain.context:
            return False
        now = max(plain.years)
        if not all(y.isdigit() and y < now for y in named.years):
            return False
    return True


def _same_dated(a: Features, b: Features) -> bool:
    """Return whether a baseline naming its year meets a figure of that year alone.

    "naik dari 900 kasus tahun lalu" is last year's figure, which another
    outlet gives as "Pada Januari 2024 tercatat 900 kasus".
    """
    old, other = (a, b) if a.baseline else (b, a)
    return (
        old.dated_baseline
        and not other.baseline
        and not other.years_implicit
        and other.years == old.years
    )


def _own_years(sentence: str, start: int, end: int) -> frozenset[str]:
    """Return the years named in the part of the sentence nearest the claim."""
    stretch = _own_stretch(sentence, start, end)
    found = set(_YEAR.findall(stretch))
    for pattern, name in _RELATIVE_YEARS:
        if pattern.search(stretch):
            found.add(name)
    return frozenset(found)


def _concepts_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b or a & b:
        return False
    return not any(frozenset({x, y}) in _COMPATIBLE for x in a for y in b)


def likeness(a: Features, b: Features, common: frozenset[str] = frozenset()) -> float:
    """Return how likely two claims measure the same thing: 0 (never) to 1.

    `common` holds name words found all over the story (the protagonists and
    the city), which tell two facts apart no better than "the".
    """
    if a.family != b.family or a.period or b.period:
        return 0.0
    # "separuh sawah" meets "50 persen sawah", not "harga naik 20 persen"; a
    # fraction of nothing named ("Half said they would stay") meets no
    # percentage. Two fractions meet as they did ("half of what is needed",
    # "separuh kebutuhan").
    # A change by a fraction is a change by a percentage: "fallen by a third",
    # "turun 40 persen".
    if (
        a.fraction != b.fraction
        and not _same_whole(a.share_of, b.share_of)
        and not (a.change and b.change)
    ):
        return 0.0
    # A day an earlier sentence named is a guess: two guesses never rule out.
    # Another quarter, or a quarter against the whole year.
    if a.quarter and b.quarter and a.quarter != b.quarter:
        return 0.0
    if _days_differ(a.day, b.day) and not (a.day_soft and b.day_soft):
        return 0.0
    if a.family in _MEASURES and _concepts_conflict(a.concepts, b.concepts):
        return 0.0
    # Another year: the target for 2026 is not last year's figure.
    if _years_differ(a, b):
        return 0.0
    # A part ("including two firefighters") is never the whole count, nor the
    # figure a change started from the figure it reached.
    if (
        a.part != b.part
        or a.whole != b.whole
        or (a.baseline != b.baseline and not _same_dated(a, b))
    ):
        return 0.0
    # Children, women, foreigners are not everybody, nor each other; a
    # school's pupils told as its children are the same pupils.
    if a.subgroup != b.subgroup and not (
        {a.subgroup, b.subgroup} == {"children", ""}
        and (a.pupils if not a.subgroup else b.pupils)
    ):
        return 0.0
    # A change over a month is not a change over a year.
    # A share of a group ("65 persen pasien") is no rate or change.
    if a.share != b.share:
        return 0.0
    # The time since an event ("sank five hours after leaving port") is not
    # how long the trip takes ("the crossing takes six hours").
    if a.elapsed != b.elapsed:
        return 0.0
    # How much lighter a verdict is than the demand is neither.
    if a.difference != b.difference:
        return 0.0
    # A rate per 100,000 is no count.
    if a.per_many != b.per_many:
        return 0.0
    # March's figure is not February's.
    if a.month and b.month and a.month != b.month:
        return 0.0
    # Places named by another head are one count only when their use is one:
    # "bottled-water stations" and "distribution points handing out water";
    # under one head, two named uses are two counts ("food points", "water points").
    if (
        (a.site_head != b.site_head or (a.purpose and b.purpose))
        and not a.purpose & b.purpose
        and not lexicon.counterpart_share(a.purpose, b.purpose)
        # one use in two languages: "titik pengungsian", "evacuation centres"
        and not concepts_of(" ".join(sorted(a.purpose)))
        & concepts_of(" ".join(sorted(b.purpose)))
    ):
        return 0.0
    # Everybody on board, crew included, is not the passengers alone.
    if {a.aboard, b.aboard} == {"all", "passengers"}:
        return 0.0
    if a.basis and b.basis and a.basis != b.basis:
        return 0.0
    # Last week's price is not this week's, whether or not "kini" says so.
    if a.earlier != b.earlier:
        return 0.0
    # A distance from another point: "5 km dari pantai" is not "15 km from
    # the town centre".
    if not _same_point(a.reference, b.reference):
        return 0.0
    # The badly hurt are not the slightly hurt; where an outlet splits the
    # hurt by how badly, each part is a part of the hurt.
    if a.severity != b.severity and ((a.severity and b.severity) or a.split or b.split):
        return 0.0
    # Another state: the burned hectares are not the makeshift market's.
    if a.states and b.states and not a.states & b.states:
        return 0.0
    # Different counterparts named next to the numbers ("dengan Qin Gang" /
    # "Diaoyutai ... Wang Yi"): different facts. A name found all over the
    # story (the protagonist, the city) tells facts apart no better than "the".
    # A claim with no name nearest it ("More than half of the 600 stalls at
    # Lawangsari": the name is the 600's) still shares its clause's names.
    if (
        any(not e <= common for e in a.local)
        and any(not e <= common for e in b.local)
        and not any(e & b.near for e in a.local)
        and not any(e & a.near for e in b.local)
        and not (
            (not a.near or not b.near) and any(e & f for e in a.local for f in b.local)
        )
    ):
        return 0.0
    if _near_miss(a, b):
        return 0.0
    shared = len(a.names & b.names)
    score = 0.2  # same family, nothing against
    if a.concepts & b.concepts:
        score += 0.4
    elif not a.concepts and not b.concepts:
        score += 0.1
    if shared:
        score += min(0.25, 0.15 * shared)
    if a.day is not None and a.day == b.day:
        score += 0.1
    if a.basis and a.basis == b.basis:
        score += 0.15
    if a.words and b.words:
        # Words that translate each other count as shared ("korban tewas" /
        # "people killed"): the open dictionaries when installed.
        score += 0.15 * lexicon.counterpart_share(a.words, b.words)
    return min(1.0, score)


def _near_miss(a: Features, b: Features) -> bool:
    """Return whether two claims alike in words measure two things: see the near-miss rules."""
    # A revised figure and an outlet's figure of an earlier day: the figure
    # it replaced, no second opinion.
    if a.revised != b.revised:
        new, old = (a, b) if a.revised else (b, a)
        if _earlier_day(old.day or old.sentence_day or old.published, new.day):
            return True
    # A running total and one day's (one place's) share of it.
    if {a.tally, b.tally} == {"total", "alone"}:
        return True
    # A goal or a forecast and what the other outlet says was done ("telah
    # dibangun", "has hired", "grew"). Plans are often told without the word
    # ("mogok akan berlangsung 48 jam"): without a sign of a deed, no veto.
    if a.aim != b.aim and (b.achieved if a.aim else a.achieved):
        return True
    # A depth is no distance from a point on the surface ("25 km off the coast").
    if ("depth" in a.concepts and b.reference) or (
        "depth" in b.concepts and a.reference
    ):
        return True
    if a.capacity != b.capacity:
        return True
    # What is demanded is not what is offered or granted.
    if a.demanded != b.demanded:
        return True
    # A limit set on it is not what it came to: the 40 km/h limit, the 90 km/h run.
    if a.limit != b.limit:
        return True
    # A count added to another is not the count.
    if a.extra != b.extra:
        return True
    # A share of a whole and a change by a percentage.
    if (a.portion and b.change) or (b.portion and a.change):
        return True
    # The price of one and a sum paid for several.
    if a.per_unit != b.per_unit and (b.paid if a.per_unit else a.paid):
        return True
    # Another place named for each figure, neither named beside the other;
    # or one place against the sum of it and others ("in Rantau and Sela").
    if a.places and b.places:
        pa = frozenset(w for p in a.places for w in p)
        pb = frozenset(w for p in b.places for w in p)
        if not pa & pb and not pa & b.names and not pb & a.names:
            return True
        if len(a.places) != len(b.places) and (pa < pb or pb < pa):
            return True
    # Two givers' estimates set side by side by one outlet: each meets only
    # the same giver's figure elsewhere.
    for x, y in ((a, b), (b, a)):
        if (
            x.contrasted
            and y.said_by
            and not x.contrasted & y.said_by
            and not lexicon.counterpart_share(x.contrasted, y.said_by)
        ):
            return True
    # Two kinds of givers' estimates: the police's and the village head's.
    if a.giver and b.giver and a.giver != b.giver:
        return True
    # Counted things picked by different things ("on the priority list",
    # "yang masih berkonstruksi rangka kayu").
    if (
        a.qualifier
        and b.qualifier
        and not a.qualifier & b.qualifier
        and not lexicon.counterpart_share(a.qualifier, b.qualifier)
    ):
        return True
    # Meetings with two different people: "dengan Gubernur Sari" and
    # "bertemu Wali Kota Gani", whoever else both name.
    return bool(
        a.counterpart
        and b.counterpart
        and not a.counterpart & b.counterpart
        and not a.counterpart & b.near
        and not b.counterpart & a.near
    )


def common_names(
    entity_sets: Iterable[Iterable[frozenset[str]]], share: float = 0.5
) -> frozenset[str]:
    """Return the name words found in at least `share` of the texts (and in three or more)."""
    counts: dict[str, int] = defaultdict(int)
    total = 0
    for entities in entity_sets:
        total += 1
        for word in {w for e in entities for w in e}:
            counts[word] += 1
    floor = max(3, share * total)
    return frozenset(w for w, n in counts.items() if n >= floor)


def _label(members: Sequence[ClaimInfo], feats: Sequence[Features]) -> str:
    for claim in members:
        if claim.measured:
            return claim.measured
    said: dict[str, int] = defaultdict(int)
    for claim in members:
        sentence, start, end = _span(claim)
        for word in dict.fromkeys(
            fold(w) for w in concept_words(_clause(sentence, start, end))
        ):
            said[word] += 1
    concepts = [w for w, _ in sorted(said.items(), key=lambda x: (-x[1], x[0]))][:1]
    # Names several members mention, as the text writes them ("Qin Gang").
    counts: dict[frozenset[str], int] = defaultdict(int)
    for f in feats:
        for e in set(f.entities):
            counts[e] += 1
    names = []
    for entity, n in sorted(counts.items(), key=lambda x: (-x[1], sorted(x[0]))):
        others = sum(m for e, m in counts.items() if e != entity and e & entity)
        if n + others < 2 or any(entity & shown for shown, _ in names):
            continue
        names.append((entity, _written(entity, members)))
        if len(names) == 2:
            break
    names = [written for _, written in names]
    parts = concepts + names
    if not parts:
        words: dict[str, int] = defaultdict(int)
        for f in feats:
            for w in f.words:
                words[w] += 1
        parts = [w for w, _ in sorted(words.items(), key=lambda x: -x[1])[:3]]
    return " · ".join(parts) or feats[0].family


def _written(entity: frozenset[str], members: Sequence[ClaimInfo]) -> str:
    for claim in members:
        for m in re.finditer(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}", claim.sentence):
            words = m.group().split()
            for i in range(len(words)):
                for j in range(len(words), i, -1):
                    if frozenset(name_word(w) for w in words[i:j]) == entity:
                        return " ".join(words[i:j])
    return " ".join(sorted(entity)).title()


def _key(family: str, feats: Sequence[Features]) -> str:
    concepts = sorted(set().union(*(f.concepts for f in feats)))
    counts: dict[str, int] = defaultdict(int)
    for f in feats:
        for e in f.entities:
            for w in e:
                counts[w] += 1
    names = sorted(w for w, n in counts.items() if n >= 2)[:3]
    days = sorted({str(f.day) for f in feats if f.day is not None})[:1]
    return ":".join([family, "+".join(concepts), "+".join(names), *days])[:200]


def group_facts(
    claims: Sequence[ClaimInfo], *, common: frozenset[str] | None = None
) -> list[FactGroup]:
    """Return the facts of a story: claims of two or more articles measuring one thing.

    Claims join greedily, most alike pairs first; a pair never joins when any
    member of one group rules out any member of the other (another day,
    another counterpart, another concept), and one article brings at most one
    value to a fact unless it repeats the same value; a fact's values stay
    within MAX_SPREAD of each other. Claims nothing resembles stay out: a fact
    needs two articles.
    """
    claims = [c for c in joined_claims(claims) if c.value is not None and c.unit]
    feats = [features(c) for c in claims]
    # A vague amount's top: "puluhan rumah" runs from 10 to 99.
    tops = [_top(c, f.base) for c, f in zip(claims, feats, strict=True)]
    same = _count_families(f.family for f in feats)
    if same:
        feats = [replace(f, family=same.get(f.family, f.family)) for f in feats]
    if common is None:
        by_article: dict[object, list] = defaultdict(list)
        for c, f in zip(claims, feats, strict=True):
            by_article[c.article].extend(f.entities)
        common = common_names(by_article.values())
    # Claims worded alike (a wire story in ten outlets, one figure repeated)
    # share their features but for the value: they start as one node, and
    # likeness is computed once per pair of nodes.
    signature: dict[Features, int] = {}
    sig = [
        signature.setdefault(replace(f, base=Decimal(0)), len(signature)) for f in feats
    ]
    by_sig = {v: k for k, v in signature.items()}
    memo: dict[tuple[int, int], float] = {}

    def score_of(x: int, y: int) -> float:
        key = (x, y) if x <= y else (y, x)
        found = memo.get(key)
        if found is None:
            found = memo[key] = likeness(by_sig[key[0]], by_sig[key[1]], common)
        return found

    # groups: root -> claim indexes; sigs: root -> the signatures it holds.
    groups: dict[int, list[int]] = {}
    sigs: dict[int, set[int]] = {}
    weakest: dict[int, float] = {}
    root_of_sig: dict[int, int] = {}
    for i, f in enumerate(feats):
        if f.period:
            continue
        root = root_of_sig.get(sig[i])
        if root is not None and _can_join(groups[root], [i], claims, feats, tops):
            groups[root].append(i)
            continue
        groups[i], sigs[i], weakest[i] = [i], {sig[i]}, 1.0
        if root is None:
            root_of_sig[sig[i]] = i
    for root, members in groups.items():
        if len(members) > 1:
            weakest[root] = score_of(sig[root], sig[root])
    # Candidate pairs of nodes: same family, not both one and the same article.
    buckets: dict[str, list[int]] = defaultdict(list)
    for root in groups:
        buckets[feats[root].family].append(root)
    pairs: list[tuple[float, int, int]] = []
    for roots in buckets.values():
        for x, i in enumerate(roots):
            articles_i = {claims[m].article for m in groups[i]}
            for j in roots[x + 1 :]:
                if (
                    len(articles_i) == 1
                    and {claims[m].article for m in groups[j]} == articles_i
                ):
                    continue
                score = score_of(sig[i], sig[j])
                if score > 0 and feats[i].base == feats[j].base:
                    # The same figure in two articles is likely the same fact:
                    # it goes first when the words alone leave a choice
                    # (two candidates' shares, both "persen suara").
                    score += SAME_VALUE_BONUS
                if score >= GROUP_THRESHOLD:
                    pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    parent = {root: root for root in groups}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    refused: set[tuple[int, int, int, int]] = set()
    for score, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        left, right = groups[ri], groups[rj]
        # Groups only grow: two groups of unchanged sizes were refused before.
        attempt = (ri, rj, len(left), len(right))
        if attempt in refused:
            continue
        # Complete linkage on vetoes: nobody in one group may rule out anybody
        # in the other (another day, another counterpart, another concept).
        if not _can_join(left, right, claims, feats, tops) or not all(
            score_of(x, y) > 0 for x in sigs[ri] for y in sigs[rj]
        ):
            refused.add(attempt)
            continue
        if len(left) < len(right):
            ri, rj, left, right = rj, ri, right, left
        parent[rj] = ri
        left.extend(right)
        sigs[ri] |= sigs.pop(rj)
        weakest[ri] = min(weakest[ri], weakest[rj], score)
        del groups[rj]
    facts = []
    for root, members in groups.items():
        if len({claims[m].article for m in members}) < 2:
            continue
        members.sort()
        member_claims = [claims[m] for m in members]
        member_feats = [feats[m] for m in members]
        family = member_feats[0].family
        facts.append(
            FactGroup(
                key=_key(family, member_feats),
                label=_label(member_claims, member_feats),
                family=family,
                members=tuple(c.id for c in member_claims),
                cohesion=round(weakest[root], 3),
            )
        )
    facts.sort(key=lambda f: (-len(f.members), f.members))
    return facts


def _top(claim: ClaimInfo, base: Decimal) -> Decimal | None:
    """Return the highest value a vague amount spans, in the base unit, or None."""
    if claim.approximate and (found := vague_range(claim.exact, base)):
        return found[1]
    return None


def _holds(i: int, j: int, feats: Sequence[Features], tops: Sequence) -> bool:
    """Return whether one of two claims is a vague amount spanning the other's value.

    "Ribuan warga berunjuk rasa ... Polisi memperkirakan sekitar 2.000 orang":
    one article telling one count vaguely, then exactly.
    """
    for v, w in ((i, j), (j, i)):
        top = tops[v] if tops else None
        if top is not None and feats[v].base <= feats[w].base <= top:
            return True
    return False


def _can_join(
    left: list[int],
    right: list[int],
    claims: Sequence[ClaimInfo],
    feats: Sequence[Features],
    tops: Sequence[Decimal | None] = (),
) -> bool:
    """Return whether joining keeps one value per article (a repeated value, or
    a vague amount spanning the other, is fine) and every value within
    MAX_SPREAD of the others.

    A vague amount spans its magnitude ("puluhan rumah": 10 to 99): an exact
    figure within VAGUE_SPREAD of that span may be the same fact told
    vaguely, and the two then contradict ("puluhan" against 340 houses).
    """
    by_article: dict[object, list[int]] = defaultdict(list)
    for i in left:
        by_article[claims[i].article].append(i)
    for j in right:
        for i in by_article.get(claims[j].article, ()):
            if feats[i].base != feats[j].base and not _holds(i, j, feats, tops):
                return False
    if MAX_SPREAD:  # 0: no limit
        members = (*left, *right)
        exact = [abs(feats[i].base) for i in members if not tops or tops[i] is None]
        if exact:
            low, high = min(exact), max(exact)
            if low and high / low > MAX_SPREAD:
                return False
        vague = [i for i in members if tops and tops[i] is not None]
        if vague:
            lows = [abs(feats[i].base) for i in members]
            highs = [
                abs(feats[i].base) if tops[i] is None else tops[i] for i in members
            ]
            low, high = min(highs), max(lows)
            if low and high / low > VAGUE_SPREAD:
                return False
    return True


# ---- Independence -------------------------------------------------------------------

NEAR_DUPLICATE = 0.5  # sketch resemblance of a republished wire story
SAME_WIRE = 0.2  # enough when both name the same wire agency


@dataclass(frozen=True)
class ArticleInfo:
    id: int
    outlet: str
    wire_source: str = ""
    sketch: str = ""
    near_duplicates: tuple[int, ...] = ()


def source_groups(articles: Sequence[ArticleInfo]) -> dict[int, int]:
    """Return article id -> source id: a wire copy and its original are one source.

    Two articles are one source when the import marked them near duplicates,
    when their sketches resemble each other closely, or when both credit the
    same wire agency and their texts overlap. The source id is the smallest
    article id of the group.
    """
    parent = {a.id: a.id for a in articles}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    for a in articles:
        for other in a.near_duplicates:
            if other in parent:
                join(a.id, other)
    for x, a in enumerate(articles):
        for b in articles[x + 1 :]:
            if not a.sketch or not b.sketch:
                continue
            same_wire = (
                a.wire_source
                and fold(a.wire_source).strip() == fold(b.wire_source).strip()
            )
            floor = SAME_WIRE if same_wire else NEAR_DUPLICATE
            if resemblance(a.sketch, b.sketch) >= floor:
                join(a.id, b.id)
    return {a.id: find(a.id) for a in articles}
