"""Decide a figure's place in a change: the old figure, the one reached, a revision, an addition.

"naik 8 persen dibanding APBD 2024 yang sebesar Rp 1,11 triliun": the
Rp 1,11 triliun is the baseline, another quantity than the new budget.
"revised to 30", "bertambah menjadi 12": the figure replaces an earlier one
of the same count. "another 12", "tambahan 200 personel": added to a count,
not the count.

Pure: no Django.
"""

from __future__ import annotations

import re

from annotations.text.dates import dates_masked
from annotations.text.sentences import (
    ClaimInfo,
    claim_span,
    claim_stretch,
    sentence_around,
)

# What a change is measured from: the number after it is the old figure
# ("naik 8 persen dibanding APBD 2024 yang sebesar Rp 1,11 triliun", "up from
# 40 billion"), another quantity than the new one.
BASELINE = re.compile(
    r"\b(?:dibanding(?:kan)?|ketimbang|compared\s+(?:with|to)"
    r"|(?:naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|merosot|anjlok)"
    r"\s+dari"
    r"|(?:up|down|rising|falling|rose|fell|increased|decreased|climbed|dropped"
    r"|grew|jumped)\s+from)\b",
    re.IGNORECASE,
)


# A figure set against another: "68 persen, lebih rendah dari pilkada 2020
# yang sebesar 72 persen", "lower than in 2020": the year after it is the other's.
COMPARATIVE = re.compile(
    r"\blebih\s+(?:rendah|tinggi|banyak|sedikit|besar|kecil|ringan|berat|mahal|murah)"
    r"\s+(?:dari(?:pada)?|ketimbang|dibanding(?:kan)?)\b"
    r"|\b(?:lower|higher|more|less|fewer|bigger|smaller|greater)\s+than\b",
    re.IGNORECASE,
)


_REACHED = re.compile(
    r"\b(?:menjadi|jadi|mencapai|ke|hingga|sampai|to|reaching|at)\b"
    # "dibanding kuartal II 2025 tercatat 9 persen": the change itself, told
    # after what it is measured against ("yang tercatat" is the old figure)
    r"|(?<!\byang\s)\btercatat\b",
    re.IGNORECASE,
)


# The figure a change reached, right after the one it started from.
FROM_TO = re.compile(
    r"\b(?:dari|from)\s+[^\s,;.]+(?:\s+[^\s,;.]+){0,2}?"
    r"\s+(?:menjadi|jadi|ke|to|hingga|sampai)\s+\Z",
    re.IGNORECASE,
)


TO_LEAD = re.compile(r"(?:menjadi|jadi|ke|to|hingga|sampai)\s+", re.IGNORECASE)


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


# A revision's two ends: "memutakhirkan kekuatan gempa dari 5,8 menjadi 5,5",
# "revised the toll down from 14 to 12 people".
_FROM_BEFORE = re.compile(r"\b(?:dari|from)\s+(?:[^\W\d_]+\s+){0,2}?$", re.IGNORECASE)
_TO_AFTER = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:menjadi|jadi|ke|to)\b", re.IGNORECASE
)
_REVISED_FROM = re.compile(
    r"\b(?:dari|from)\s+(?:[^\W\d_]+\s+){0,2}?(\d[\d.,]*)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:menjadi|jadi|ke|to)\s+(?:[^\W\d_]+\s+){0,2}?$",
    re.IGNORECASE,
)


def revised_from(sentence: str, start: int) -> str:
    """Return the figure a revision replaced, when the claim at `start` is what it was revised to.

    >>> revised_from("BMKG memutakhirkan kekuatan gempa dari 5,8 menjadi 5,5.", 51)
    '5,8'
    >>> revised_from("Harga naik dari Rp 10.000 menjadi Rp 11.500.", 34)
    ''
    """
    if not _REVISION.search(sentence):
        return ""
    m = _REVISED_FROM.search(sentence, max(0, start - 80), start)
    return m.group(1) if m else ""


_OPENS_FROM = re.compile(r"(?:dari|from)\s+", re.IGNORECASE)


def opens_from(exact: str, sentence: str, end: int) -> bool:
    """Return whether a claim's own words open on "from" before a "to": where a change started.

    An editor may select "from 24,000" whole in "lifting capacity from 24,000
    to 31,500"; the words before it then hold no cue.

    >>> s = "lifting capacity from 24,000 to 31,500"
    >>> opens_from("from 24,000", s, s.index(" to"))
    True
    """
    return bool(_OPENS_FROM.match(exact) and _TO_AFTER.match(sentence, end))


# "to" and a second figure right after the first ("from 24,000 to 31,500",
# "dari 15.000 kursi menjadi 22.000", "from £481 to £520"); "warga dari
# sebelas desa mengungsi ke Tahuna" goes to a place, not a figure.
_TO_FIGURE = re.compile(
    r"\s*(?:[^\W\d_]+\s+)?(?:menjadi|jadi|ke|to)\s+(?:[^\W\d_]+\s*)?[^\w\s]{0,2}\s?\d",
    re.IGNORECASE,
)


def started_from(claim: ClaimInfo, sentence: str, start: int, end: int) -> bool:
    """Return whether the claim at start..end is where a from–to change started.

    "lifting capacity from 24,000 to 31,500", "memperbesar kapasitas dari
    15.000 menjadi 22.000 kursi": the figure after "from" is the old level,
    whether or not the claim's own words take in "from". A range the finder
    bounds ("from 20 to 30 minutes": at least, at most) is joined first and
    is no change.

    >>> from decimal import Decimal
    >>> s = "lifting capacity from 24,000 to 31,500"
    >>> c = ClaimInfo(1, "a", Decimal(24000), "person", exact="24,000", sentence=s, offset=22)
    >>> started_from(c, s, 22, 28)
    True
    >>> s = "3.100 warga dari sebelas desa mengungsi ke Tahuna"
    >>> c = ClaimInfo(2, "a", Decimal(11), "village", exact="sebelas desa", sentence=s, offset=17)
    >>> started_from(c, s, 17, 29)
    False
    """
    if claim.bound or claim.high is not None:
        return False
    if opens_from(claim.exact, sentence, end):
        return True
    return bool(
        _FROM_BEFORE.search(sentence, max(0, start - 40), start)
        and _TO_FIGURE.match(sentence, end)
    )


def revised_away(sentence: str, start: int, end: int) -> bool:
    """Return whether the claim at start..end is the figure a revision replaced ("dari 5,8 menjadi").

    >>> s = "BMKG memutakhirkan kekuatan gempa dari magnitudo 5,8 menjadi 5,5."
    >>> revised_away(s, s.index("magnitudo"), s.index(" menjadi"))
    True
    """
    return bool(
        _REVISION.search(sentence)
        and _FROM_BEFORE.search(sentence, max(0, start - 40), start)
        and _TO_AFTER.match(sentence, end)
    )


def is_revised(claim: ClaimInfo) -> bool:
    """Return whether the article says the claim's figure revises an earlier one.

    Either its own sentence says so ("Rp 6 miliar, jauh di atas perkiraan
    awal", "the toll was revised to 30"), or another sentence of the
    article revises the quantity to this very number ("BMKG memutakhirkan
    kekuatan gempa dari 5,8 menjadi 5,6" for "magnitudo 5,6").

    >>> from decimal import Decimal
    >>> from annotations.text.sentences import ClaimInfo
    >>> c = ClaimInfo(1, "a", Decimal("5.6"), "magnitude", exact="magnitudo 5,6",
    ...     sentence="Gempa magnitudo 5,6 terasa.", after=" BMKG memutakhirkan data dari 5,8 menjadi 5,6.")
    >>> is_revised(c)
    True
    """
    sentence, start, end = claim_span(claim)
    if _REVISION.search(claim_stretch(sentence, start, end)):
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
ANAPHOR = re.compile(
    r"\b(?:jumlah(?:nya|\s+itu|\s+tersebut)|angka(?:nya|\s+itu|\s+tersebut)"
    r"|the\s+(?:number|figure|toll|tally|total|count))\b",
    re.IGNORECASE,
)


# A count reached by a change: "bertambah menjadi 12", "rose to 12".
# Or recorded as: "Korban meninggal ... tercatat 17 orang", "stood at 17".
CHANGED_TO = re.compile(
    r"(?:\b(?:bertambah|naik|meningkat|berkurang|turun|rose|climbed|jumped|increased"
    r"|fell|risen|grew)\s+(?:menjadi|to)"
    r"|\b(?:tercatat|mencapai|berjumlah|sebanyak|reached|totalled|totaled|stood\s+at"
    r"|stands\s+at))"
    r"\s+(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)


# A count changed to a new figure, its subject between: "menambah jumlah
# personel menjadi 250", "raised the number of rescuers to 400".
RAISED_TO = re.compile(
    r"\b(?:bertambah|menambah|ditambah|naik|menaikkan|meningkat|berkurang|turun"
    r"|rose|climbed|jumped|increased|raised|risen|grew"
    # "dua jenazah lagi sehingga korban meninggal menjadi delapan", "bringing
    # the death toll to eight"
    r"|sehingga|bringing|taking|pushing)\b(?:\s+[^\W\d_]+){0,4}?"
    r"\s+(?:menjadi|to)\s+(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)


# An extent set anew: "zona kini diperluas menjadi radius 3 kilometer", "the
# cordon was widened to 2 km", "masa tanggap darurat diperpanjang menjadi 14
# hari": the figure it reached replaces the one before.
EXTENDED_TO = re.compile(
    r"\b(?:diperluas|diperlebar|dipersempit|diperpanjang|diperpendek|diperkecil"
    r"|widened|extended|expanded|enlarged|narrowed|shortened|lengthened)\b"
    r"(?:\s+[^\W\d_]+){0,4}?\s+(?:menjadi|to)\s+(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)


def is_baseline(sentence: str, start: int) -> bool:
    """Return whether the number at `start` is what a change is measured from.

    >>> s = "Anggaran itu naik 8 persen dibanding APBD 2024 yang sebesar Rp 1,11 triliun."
    >>> is_baseline(s, s.index("Rp")), is_baseline(s, s.index("8"))
    (True, False)
    """
    masked = dates_masked(sentence)[:start]
    begin = 0
    for m in re.finditer(r"\d", masked):
        begin = m.end()
    cues = list(BASELINE.finditer(sentence, begin, start))
    # "naik 12 persen dibanding tahun lalu menjadi Rp 5 triliun": the figure
    # reached, after the word that turns from the old figure to the new one.
    return bool(cues) and not _REACHED.search(sentence, cues[-1].end(), start)


# A count added to one told before: "another 12 people", "tambahan 200
# personel", "a further 40", "30 orang lagi".
EXTRA_BEFORE = re.compile(
    r"\b(?:another|a\s+further|further|additional|an\s+additional|tambahan|menambah"
    r"|ditambah)\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)


# "12 more", "dua orang lagi"; not "412 passengers and more than 30 crew",
# where "more than" hedges the next figure.
EXTRA_AFTER = re.compile(
    r"\s+(?:(?!(?:and|or|dan|atau|serta)\b)[^\W\d_]+\s+)?(?:lagi|more(?!\s+than\b)|tambahan)\b"
)


# Who a count rose by, told after it: "bertambah menjadi tiga orang setelah
# seorang penumpang ... meninggal", "rose to 12 after two more died".
RAISED_BY = re.compile(
    r"\b(?:bertambah|naik|meningkat|rose|climbed|increased|went\s+up|grew)\s+"
    r"(?:menjadi|jadi|to)\s+[^,.;]{1,40}?\s+(?:setelah|sesudah|usai|after|when)\s+"
    r"(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)


# A change by a percentage, right before it: "naik 12 persen", "grew by 5
# percent", "a rise of 3 percent"; "naik menjadi 12 persen" is a level.
# ("makes up 46 percent" is a share, no change.)
CHANGE_BY = re.compile(
    r"\b(?:naik|turun|tumbuh|meningkat|menurun|melonjak|anjlok|merosot|bertambah"
    r"|berkurang|rose|fell|grew|increased|decreased|jumped|climbed|dropped|declined"
    r"|slipped|(?<!makes\s)(?<!make\s)(?<!made\s)up|down|pertumbuhan|kenaikan|penurunan|growth|increase|decrease"
    r"|decline|rise|drop|fall|fallen|risen|grown|shrunk|shrank|dropped|cut)\s+"
    r"(?:sebesar\s+|by\s+|of\s+|some\s+|about\s+"
    r"|sekitar\s+)?$",
    re.IGNORECASE,
)
