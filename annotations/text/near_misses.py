"""Read the cues that make two alike figures two things (the near misses).

A running total and one day's share of it ("sejak awal pekan, total 340",
"Pada Senin saja"), a goal and what was done, a demand and what was granted,
a limit and what it came to, a capacity and what was carried, a rate per
100,000 and a count, a price of one and a sum paid, how far apart two
figures are, things picked out by different qualifiers.

Pure: no Django.
"""

from __future__ import annotations

import re

from annotations.text.changes import CHANGE_BY
from annotations.text.names import names_in
from annotations.text.sentences import WORD, claim_stretch, fold

# A money amount for one of something: a price.
PER_UNIT = re.compile(
    r"(?:\bper|\ba|\ban|\beach|/)\s*(?:kilo(?:gram)?|kg|liter|litre|ton|meter|unit"
    r"|ekor|buah|porsi|bungkus|item|piece|night|malam|orang|person|head)\b"
    r"|\b(?:sekilo|seliter|sebuah|seekor|perkilo|per\s*kg)\b",
    re.IGNORECASE,
)


# A money amount for one of anything named ("per bird culled", "per kios"):
# a sum for one, set apart from a sum paid for several. Only the units above
# make it a price.
PER_ONE = re.compile(
    PER_UNIT.pattern + r"|\bper\s+(?!cent\b|sen\b)[^\W\d_]{3,}", re.IGNORECASE
)


# A running total as it stands when the article is written.
_SO_FAR_WORDS = (
    r"so\s+far|sejauh\s+ini|hingga\s+(?:kini|saat\s+ini)|sampai\s+(?:kini|saat\s+ini)"
    r"|to\s+date|hingga\s+berita\s+ini\s+(?:diturunkan|ditulis|dimuat|disiarkan)"
    r"|(?:as\s+of|at)\s+(?:press\s+time|the\s+time\s+of\s+writing)"
)
SO_FAR = re.compile(rf"\b(?:{_SO_FAR_WORDS})\b", re.IGNORECASE)
# Everything until now ("total", "sejak awal pekan", "so far", "to date") and
# one day's or one place's share of it ("Pada Senin saja", "on Monday alone",
# "25 kasus baru", "nine new cases"): never one count.
_CUMULATIVE = re.compile(
    r"\b(?:total(?:nya)?|sejak|since|in\s+all|altogether|keseluruhan|kumulatif"
    rf"|cumulative|overall|{_SO_FAR_WORDS})\b",
    re.IGNORECASE,
)


_ALONE = re.compile(r"\b(?:saja|alone)\b", re.IGNORECASE)


# How far one figure is from another, neither figure: "enam tahun lebih
# ringan dari tuntutan", "two years shorter than", "selisih 3 km", "a gap of 5".
DIFFERENCE_AFTER = re.compile(
    r"\s+(?:lebih|kurang)\s+(?:[^\W\d_]+\s+)?(?:dari|daripada|ketimbang"
    r"|dibanding(?:kan)?)\b|\s+(?:more|less|fewer|higher|lower|longer|shorter|greater"
    r"|bigger|smaller|larger|heavier|lighter|older|younger|earlier|later|faster"
    r"|slower|cheaper|dearer)\s+than\b",
    re.IGNORECASE,
)


# A rate over a population: "per 100.000 penduduk", "per 1,000 live births".
PER_MANY = re.compile(r"\b(?:per|tiap|setiap|every)\s+\d{1,3}(?:[.,]\d{3})+\b", re.I)


PER_MANY_BEFORE = re.compile(
    r"\b(?:per|tiap|setiap|every)\s+\d{1,3}(?:[.,]\d{3})+\s+(?:[^\W\d_]+\s+){1,3}$",
    re.IGNORECASE,
)


# A limit set on something, not what it came to: "the 40 km/h limit", "batas
# kecepatan 40 km/jam", "dibatasi paling tinggi 100 persen", "a cap of 5,000".
# ("three times the limit": the limit is what the ratio is of, no claim).
LIMIT_AFTER = re.compile(
    r"\s*(?:(?!(?:the|a|an|its|their|this|that)\b)[^\W\d_]+\s+)?"
    r"(?:limit|cap|ceiling|threshold)\b",
    re.IGNORECASE,
)


LIMIT_BEFORE = re.compile(
    r"\b(?:limit|limited\s+to|capped\s+at|cap|ceiling|threshold|batas(?:an)?|dibatasi"
    r"|ambang)\s+(?:[^\W\d_]+\s+){0,2}?(?:of\s+|at\s+|sebesar\s+|hingga\s+)?$",
    re.IGNORECASE,
)


DIFFERENCE_BEFORE = re.compile(
    r"\b(?:selisih|terpaut|(?:a\s+)?(?:gap|difference|margin|lead)\s+of)"
    r"\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)


# "masing-masing Rp 2 juta", "Rp 2 juta each": the amount of one.
EACH = re.compile(
    r"\b(?:masing-masing|masing|each|apiece|setiap|tiap)\b", re.IGNORECASE
)


_NEW_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:baru|new)\b")  # lower case: no name
# What is opened is new: "will open 150 stores", "pembukaan 80 gerai".
_OPENED_BEFORE = re.compile(
    r"\b(?:open|opens|opening|membuka|pembukaan|dibuka)\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)


def tally_of(sentence: str, start: int, end: int) -> str:
    """Return "total" for a running total, "alone" for one day's share, or "".

    >>> tally_of("Pada Senin saja, 120 warga dievakuasi.", 17, 26)
    'alone'
    >>> tally_of("Sejak awal pekan, total 340 warga dievakuasi.", 24, 33)
    'total'
    """
    stretch = claim_stretch(sentence, start, end)
    if (
        re.search(r"\b(?:baru|new)\b", sentence[start:end])
        or _NEW_AFTER.match(sentence, end)
        or _OPENED_BEFORE.search(sentence, max(0, start - 30), start)
        or _ALONE.search(stretch)
    ):
        return "alone"
    return "total" if _CUMULATIVE.search(stretch) else ""


# A figure set as a goal or foreseen, not one that happened: "menargetkan
# 5.000 rumah", "aims to hire 800", "economists had forecast 5.2 percent".
AIM = re.compile(
    r"\b(?:(?:di)?target(?:kan|nya)?|menargetkan|sasaran(?:nya)?|aim(?:s|ed|ing)?\s+(?:to|at|for)"
    r"|plan(?:s|ned|ning)?\s+to|goal|forecast(?:s|ed|ing)?|projected|projections?"
    r"|(?:di|mem)?proyeksi(?:kan)?|(?:di|mem)?prediksi(?:kan)?|predict(?:s|ed)?"
    r"|expect(?:s|ed)?\s+to|diharapkan|berencana|direncanakan|rencana(?:nya)?)\b",
    re.IGNORECASE,
)


# A figure somebody demands, not one that was given: "Massa menuntut kenaikan
# upah sebesar 15 persen", "demanding a 20 percent rise", "tuntutan jaksa",
# "Unions had asked for 12 percent".
DEMANDED = re.compile(
    r"\b(?:menuntut|tuntutan(?:nya)?|dituntut|demand(?:ed|ing)|call(?:s|ed|ing)?\s+for"
    r"|ask(?:s|ed|ing)?\s+for|meminta\s+kenaikan"
    r"|want(?:s|ed|ing)?|menginginkan|mendesak(?:kan)?|urg(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)


ACHIEVED = re.compile(
    r"\b(?:telah|sudah|has|have|had|realisasi(?:nya)?|terealisasi|tercapai|grew|rose"
    r"|fell|shrank|expanded|contracted)\b",
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


PAID = re.compile(
    r"\b(?:membayar|dibayar|bayar|paid|pay|pays|spent|spend|menghabiskan|merogoh"
    r"|seluruhnya|total(?:nya)?|altogether|keseluruhan)\b",
    re.IGNORECASE,
)


def is_portion(sentence: str, start: int, end: int) -> bool:
    """Return whether a percentage is a share of a whole the sentence names.

    >>> s = "Electric cars now hold 15 percent of Valdoria's car market."
    >>> is_portion(s, s.index("15"), s.index("15") + 10)
    True
    >>> s = "Penjualan naik 12 persen dari tahun lalu."
    >>> is_portion(s, s.index("12"), s.index("12") + 9)
    False
    """
    if CHANGE_BY.search(sentence, max(0, start - 40), start):
        return False
    return bool(
        _OF_WHOLE.match(sentence, end)
        or _PORTION_BEFORE.search(sentence, max(0, start - 40), start)
    )


# An average, not one count: "average home attendance this season is 14,200",
# "rata-rata penonton ... mencapai 12.800 orang". Read before the number, with
# no other number between.
AVERAGE = re.compile(
    r"\b(?:rata-rata|rerata|average|averaged|averaging|mean)\b[^\d]{0,80}$",
    re.IGNORECASE,
)


# What a vessel, hall or camp can hold is not what it held.
# A capacity told before its noun: "a 16,000-capacity venue", "the
# 40,000-seat stadium" (not "12 seats" in a council).
CAPACITY_AFTER = re.compile(
    r"\d[\d.,]*(?:-|\s)capacity\b|\d[\d.,]*-seat(?:er)?\b", re.IGNORECASE
)


CAPACITY = re.compile(
    r"\b(?:(?:ber)?kapasitas|daya\s+(?:tampung|angkut)|(?:mampu|dapat|bisa|akan)"
    r"\s+(?:menampung|mengangkut|memuat)|capacity(?:\s+(?:of|for))?"
    r"|designed\s+(?:to\s+carry|for)"
    r"|(?:can|could|will|would|shall)\s+(?:carry|hold|seat|accommodate)"
    r"|licensed\s+(?:to\s+(?:carry|hold|seat)|for)|room\s+for)\s+(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)


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


def qualifier_of(sentence: str, end: int) -> frozenset[str]:
    """Return the words that pick out the counted things, after them, names left out.

    >>> sorted(qualifier_of("Ada 38 sekolah yang masuk daftar prioritas.", 14))
    ['daftar', 'masuk', 'prioritas']
    """
    m = _PICKED_BY.match(sentence, end)
    if not m:
        return frozenset()
    tail = m.group(1)
    names = {w for e in names_in(tail, opening=False) for w in e}
    return frozenset(
        w
        for w in WORD.findall(fold(tail))
        if len(w) > 3
        and not w[0].isdigit()
        and w not in _QUALIFIER_STOP
        and w not in names
    )
