"""Decide what a number measures: the bilingual table of concepts (talks, dead, injured, losses, …).

Stems are matched as word prefixes after the Indonesian affixes are stripped,
so "menewaskan", "tewas" and "killed" are one concept, the dead; "tewas" and
"luka" are two that never share a fact. Phrases that look like another
concept are read first ("lost their lives" is the dead, no loss of money),
and a count of people nothing befell is a total. What befell the people a
sentence opens on is read past who they are.

Pure: no Django.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from annotations.text.affixes import word_bases
from annotations.text.dates import MONTH_NUMBERS, dates_masked
from annotations.text.givers import unsourced
from annotations.text.parts import PART
from annotations.text.sentences import (
    CLAUSE_STOP,
    SENTENCE_END,
    WORD,
    clause_around,
    fold,
)

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
    # "diamankan", "mengamankan": taken in by the police ("secured").
    "arrested": (
        "tangkap", "tahan", "tersangka", "arrest", "detain", "suspect", "amankan",
    ),
    # Animals put down to stop a disease: not those the disease killed.
    "culled": ("musnah", "cull", "depopulasi", "put down"),
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
    # What is owed is neither spent nor invested: "take on debts of £12m and
    # spend £8m on the ground", "menanggung utang Rp 48 miliar".
    "debt": ("utang", "hutang", "debt", "liabilit", "owe", "owes", "owed", "owing"),
    # What is paid to make a harm good: "set aside £4m to compensate
    # customers", "the cost of compensation", "dana kompensasi", "ganti rugi".
    # "will refund 1,100 fans": the people repaid, not all who lost out.
    "compensation": ("kompensasi", "compensat", "ganti rugi", "refund", "reimburs"),
    # What comes in is not what is spent: "pendapatan asli daerah", "revenue".
    "revenue": (
        "pendapatan", "penerimaan", "pemasukan", "revenue", "income", "turnover",
        "omzet", "omset",
    ),
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
    # A company's results and its shares: what it earned is not what it took
    # in, nor the sum it sets aside to buy its shares back, nor how far the
    # shares moved; a margin and a share of the market are rates of their own.
    "profit": ("laba", "keuntungan", "profit", "earnings", "net income"),
    "margin": ("marjin", "margin"),
    # What is paid out of the profit is not the profit: "dividen Rp 1,5
    # triliun dari laba bersih", "a dividend of 40p".
    "dividend": ("dividen", "dividend"),
    "market_share": ("pangsa", "market share", "share of the market"),
    "stock": ("saham", "shares", "share price", "stock price"),
    "buyback": (
        "buyback", "buy back", "buy-back", "pembelian kembali", "repurchase",
    ),
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


# How long something stood still or ran late, not how long it went on: "talks
# stalled for nearly two hours", "perundingan sempat buntu selama dua jam",
# "the flight was delayed three hours", "rapat molor satu jam".
_HALTS = frozenset(
    [
        "buntu", "macet", "mandek", "henti", "tunda", "skors", "jeda", "molor",
        "terlambat", "stalled", "stalls", "deadlocked", "suspended",
        "halted", "halt", "paused", "adjourned", "interrupted", "delayed", "delay",
        "stopped", "stop",
        "overran", "overrun", "postponed", "postpone", "undur",
    ]
)  # fmt: skip


# A start moved later: "pushed back by 40 minutes", "put back an hour".
_PUT_BACK = re.compile(r"\b(?:pushed|put|moved|set)\s+back\b", re.IGNORECASE)


# Late told after the number: "started 35 minutes late", "a 20-minute delay".
_LATE_AFTER = re.compile(
    r"^[\s-]*(?:late|later\s+than\s+(?:planned|scheduled)|behind\s+schedule"
    r"|delay|delays|delayed|dari\s+jadwal)\b",
    re.IGNORECASE,
)


def is_late_after(text: str) -> bool:
    """Return whether the words right after a duration say it ran late.

    >>> is_late_after(" late."), is_late_after(" delay to kick-off"), is_late_after(" later")
    (True, True, False)
    """
    return bool(_LATE_AFTER.match(text))


def is_halt(text: str) -> bool:
    """Return whether text says something stood still or ran late.

    >>> is_halt("perundingan sempat buntu"), is_halt("talks stalled"), is_halt("talks")
    (True, True, False)
    """
    return bool(_PUT_BACK.search(text)) or any(
        base in _HALTS
        for word in WORD.findall(fold(text))
        for base in (word, *word_bases(word))
    )


def states_of(text: str) -> frozenset[str]:
    """Return the states the words of text name.

    >>> sorted(states_of("lahan parkir seluas satu hektare sebagai pasar darurat"))
    ['makeshift']
    """
    return frozenset(
        state for state in map(_word_state, WORD.findall(fold(text))) if state
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
PAST_NAMES = re.compile(
    r"(?:[ \t,]+(?:[A-Z][\w'’.-]*|\d{1,3}\b(?![.,]\d)(?=[ \t]+[A-Z]))){1,8}[ \t,]+(?=[a-z])"
)


# Concepts that may describe the same number together ("korban tewas dan
# hilang" is never one figure, but "pertemuan dan pembicaraan" is).
_COMPATIBLE = {
    frozenset({"talks", "visit"}),
    frozenset({"money_loss", "buildings"}),
    frozenset({"revenue", "tax"}),  # "penerimaan PBB", "the tax to raise"
    # A share's price: "saham ditutup di level Rp 1.060", "a closing price of
    # 1,055 rupiah".
    frozenset({"stock", "price"}),
    # Trade lost is money lost: "businesses had lost £12m in trade".
    frozenset({"money_loss", "trade"}),
}


# What happened to the people counted: a count of people with none of these
# is a total ("kapal mengangkut 120 penumpang", "134 orang"), which is never
# the count of the dead or the missing among them.
OUTCOMES = frozenset(
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
        "compensation",
    }
)


# A narrower concept hides the wider one named beside it: "anggaran ...
# mencatat defisit Rp 45 miliar" measures the deficit, not the budget.
_NARROWER = {
    "deficit": frozenset({"budget", "money_loss"}),
    "allocation": frozenset({"budget"}),
    "inflation": frozenset({"price", "growth"}),
    "turnout": frozenset({"vote"}),  # "partisipasi pemilih": voters who turned out
    # "pembelian kembali saham", "share buyback": the sum set aside, no share price
    "buyback": frozenset({"stock", "budget"}),
    # "marjin laba kotor", "profit margin": a margin, no profit
    "margin": frozenset({"profit"}),
    # "dividen tunai dari laba bersih": the dividend, no profit
    "dividend": frozenset({"profit"}),
    # "a 27 percent share of the market": no budget's allocation
    "market_share": frozenset({"allocation"}),
}


SUMS = frozenset({"budget", "money_loss", "investment"})


# "a 27 percent share of the mobile market": a market share, though the few
# words read beside the number stop at "share of the".
MARKET_SHARE = re.compile(r"\bshare\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?markets?\b")


# Who did it, never what a duration measures: "Tim penyelamat membutuhkan 90
# menit" is how long the lifting took, not a count of rescuers.
AGENTS = frozenset({"rescuers"})


# Nor the things it befell: "homes could be without water for 48 hours" and
# "off for up to 36 hours in the worst-hit areas" are one outage.
THINGS = frozenset(
    {
        "buildings", "area", "money_loss", "budget", "investment", "price",
        "trade", "exports", "imports", "tax", "salary", "deficit", "allocation",
    }
)  # fmt: skip


_CONCEPT_INDEX: list[tuple[str, str]] = sorted(
    ((stem, concept) for concept, stems in _CONCEPTS.items() for stem in stems),
    key=lambda sc: -len(sc[0]),
)


def concept_words(text: str) -> list[str]:
    """Return the words of text that name a concept, as written (for a fact's label)."""
    return [w for w in WORD.findall(text) if concepts_of(w)]


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
    if any(w in folded for w in _LIFE_WORDS) and LOST_LIVES.search(folded):
        found.add("dead")
        folded = LOST_LIVES.sub(" ", folded)
    if HURT.search(folded):
        found.add("injured")
        folded = HURT.sub(" ", folded)
    if (
        "belum" in folded
        or "not" in folded
        or "tak" in folded
        or "yet" in folded
        or "whereabouts" in folded
    ) and NOT_FOUND.search(folded):
        found.add("missing")
        folded = NOT_FOUND.sub(" ", folded)
    if _ABSENT.search(folded):
        # "42 dari 120 anggota tidak hadir": those who stayed away, not those
        # who came
        found.add("absent")
        folded = _ABSENT.sub(" ", folded)
    if SHELTERED.search(folded):
        # "spent Tuesday night in a village hall", "bermalam di balai desa":
        # no money spent
        found.add("displaced")
        folded = SHELTERED.sub(" ", folded)
    if (
        "home" in folded or "meninggalkan" in folded or "kehilangan" in folded
    ) and LEFT_HOMES.search(folded):
        # "to leave their homes", "meninggalkan rumah": the displaced, and the
        # homes they left are no count of houses.
        found.add("displaced")
        folded = LEFT_HOMES.sub(" ", folded)
    if "cost" in folded and _COST_OF_HARM.search(folded):
        # "the blaze cost traders", "damage costing", "the cost of the damage":
        # what a harm cost its victims is their loss, not a budget
        found.add("money_loss")
        folded = _COST_OF_HARM.sub(" ", folded)
    if "away" in folded or "arus" in folded or "hanyut" in folded:
        # "swept away" is no distance (features reads who was taken)
        folded = SWEPT.sub(" ", folded)
    words = WORD.findall(folded)
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


# "lost their lives", "kehilangan nyawa": the dead, no loss of money. Also
# a life taken ("claimed the lives of 11 workers", "merenggut sembilan
# nyawa"), "perished", "lifeless", and one who died of their wounds
# ("succumbed to their injuries", "meninggal akibat luka bakar"): dead, not hurt.
LOST_LIVES = re.compile(
    r"\b(?:lost|lose|loses|losing)\s+(?:their|his|her|its)\s+lives?\b"
    r"|\b(?:claim|claims|claimed|claiming|took|take|takes|taking|taken|cost|costs"
    r"|costing)\s+(?:the\s+)?(?:[\w,.]+\s+){0,2}?lives\b"
    r"|\b(?:kehilangan|meregang|merenggut|renggut|direnggut|menelan|mencabut)\s+"
    r"(?:[\w,.]+\s+){0,2}?nyawa\b"
    r"|\b(?:perish(?:ed|es|ing)?|lifeless|(?:tak|tidak)\s+bernyawa)\b"
    r"|\b(?:succumb(?:ed|s|ing)?|died|dies|die)\s+(?:to|of|from)\s+(?:\w+\s+){0,2}?"
    r"(?:injuries|wounds|burns)\b|\bsuccumb(?:ed|s|ing)?\b"
    r"|\b(?:meninggal(?:\s+dunia)?|tewas)\s+(?:akibat|karena)\s+luka(?:-luka)?\b"
)
# Words one of those shapes holds: the search runs only where one is.
_LIFE_WORDS = ("live", "nyawa", "perish", "lifeless", "succumb", "died", "die ", "luka")
# Hurt, told without "injured": "mengalami sesak napas", "patah tulang",
# "needed medical treatment", "treated 26 people for smoke inhalation",
# "merawat 20 warga karena luka".
HURT = re.compile(
    r"\bsesak\s+na[fp]as\b|\bpatah\s+tulang\b|\bpingsan\b|\bsmoke\s+inhalation\b"
    r"|\b(?:need|needs|needed|needing|require|requires|required|requiring|receive"
    r"|receives|received|receiving|given)\s+(?:\w+\s+){0,2}?(?:treatment|first\s+aid"
    r"|medical\s+(?:attention|care|help))\b"
    r"|\btreated\s+(?:[\w,.]+\s+){1,3}?for\b|\bmerawat\s+(?:[\w,.]+\s+){1,3}?(?:karena|akibat)\b"
    # Made ill, told by the symptoms or the care: "mengalami pusing, mual dan
    # diare", "suffered vomiting", "harus mendapat perawatan".
    r"|\b(?:mengalami|menderita|suffered|suffering|developed|reported)\s+(?:gejala\s+)?"
    r"(?:mual|muntah|diare|pusing|demam|sakit\s+perut|nausea|vomiting|diarrh(?:o)?ea"
    r"|dizziness|symptoms)\b"
    r"|\b(?:mendapat|mendapatkan|menerima|membutuhkan|memerlukan|butuh|perlu)\s+"
    r"(?:perawatan|pertolongan|penanganan)\b"
)
# Not found yet: "belum ditemukan", "belum diketahui keberadaannya", "have
# not been found", "yet to be located".
NOT_FOUND = re.compile(
    r"\b(?:belum|tidak|tak)\s+(?:juga\s+)?(?:ditemukan|diketahui\s+keberadaannya"
    r"|dapat\s+ditemukan)\b"
    r"|\b(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+(?:found|located|traced)\b"
    r"|\b(?:not\s+yet|yet\s+to\s+be)\s+(?:found|located|traced)\b"
    r"|\bwhereabouts\s+(?:are|is|remain)\s+(?:still\s+)?unknown\b"
)


LEFT_HOMES = re.compile(
    r"\b(?:leav(?:e|es|ing)|left|fle(?:e|es|eing|d)|forced\s+(?:from|out\s+of)"
    r"|driven\s+(?:from|out\s+of))\s+(?:their|his|her|its)?\s*homes?\b"
    r"|\b(?:forc|driv|chas)\w*\s+(?:\S+\s+){1,7}(?:from|out\s+of)\s+(?:their|his|her)\s+homes?\b"
    r"|\b(?:forc|driv|sen[dt])\w*\s+(?:\S+\s+){1,7}?into\s+(?:\S+\s+){0,3}?"
    r"(?:evacuation|shelter|camp|tent|refuge)"
    r"|\bmeninggalkan\s+(?:rumah|kampung|tempat\s+tinggal)(?:\s+mereka)?\b"
    # A home lost: "kehilangan tempat tinggal", "lost their homes".
    r"|\bkehilangan\s+(?:rumah|tempat\s+tinggal|tempat\s+berteduh|hunian)"
    r"(?:\s+mereka)?\b|\b(?:lost|lose|loses|losing)\s+(?:their|his|her)\s+homes?\b"
)


# Who did not come: "tidak hadir", "absent", "did not attend".
_ABSENT = re.compile(
    r"\b(?:tidak|tak|belum)\s+(?:hadir|datang|ikut)\b|\babsent\b|\bmangkir\b"
    r"|\b(?:did\s+not|didn't|failed\s+to|stayed\s+away\s+from)\s+(?:attend|turn\s+up|show)"
)


# Burns suffered: the hurt ("luka bakar" is already "luka").
BURNS = re.compile(
    r"\b(?:suffered|sustained|with|treated\s+for|received)\s+(?:[a-z]+\s+){0,2}burns\b"
)


# Treated in a hospital or for a harm, poisoned, nothing else said of them:
# the hurt ("dilarikan ke rumah sakit", "treated for rashes", "keracunan").
TREATED = re.compile(
    r"\b(?:dirawat|dibawa|dilarikan|dirujuk|treated|taken|rushed|brought)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:di|ke|in|to|at)\s+(?:(?:the|a)\s+)?(?:[a-z]+\s+)?"
    r"(?:rumah\s+sakit|rs|rsu|rsud|puskesmas|klinik|hospitals?|clinics?)\b"
    r"|\b(?:treated\s+for|dirawat\s+(?:karena|akibat)|keracunan|poisoned|sickened"
    r"|(?:fell|fall(?:en|ing)?|became|become|taken)\s+ill|jatuh\s+sakit)\b"
)


# Money taken by graft: "embezzling", "dikorupsi", "menggelapkan dana".
GRAFT = re.compile(
    r"\b(?:embezzl\w*|misappropriat\w*|menggelapkan|digelapkan|penggelapan|korupsi"
    r"|dikorupsi|diselewengkan|penyelewengan|graft)\b"
)


# Brought out or found alive: the rescued, not people moved from their homes
# ("dievakuasi dalam keadaan selamat", "pulled out alive", "found alive").
OUT_ALIVE = re.compile(
    r"\b(?:dievakuasi|evacuated|pulled\s+out|dikeluarkan|diangkat|brought\s+out"
    r"|found|ditemukan)\s+"
    r"(?:dalam\s+keadaan\s+)?(?:selamat|hidup|alive)\b"
)


# Those still in care are what is left of the hurt, not all of them.
STILL_IN_CARE = re.compile(
    r"\b(?:masih|still|remain(?:s|ed)?|tetap)\s+(?:[a-z]+\s+)?(?:dirawat|treated|in\b)"
)


# A night away from home: "spent the night in a mosque", "stayed with relatives".
SHELTERED = re.compile(
    r"\b(?:spen[dt]|spending|passed)\s+(?:the\s+|a\s+|\w+\s+)?nights?\s+(?:in|at|with|under)\b"
    r"|\b(?:stay(?:ed|ing)?|sheltering|sheltered)\s+with\s+relatives\b"
    r"|\b(?:bermalam|menginap|tidur)\s+di\s+(?:balai|masjid|musala|tenda|rumah\s+kerabat"
    r"|posko|gedung|sekolah|kantor)\b"
)


# Taken by water: not found yet, neither dead nor a distance.
SWEPT = re.compile(
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
        or word in MONTH_NUMBERS
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


# Where people were taken is not what was counted: "20 orang dibawa ke
# rumah sakit" counts the hurt, not houses ("rumah").
CARE_PLACE = re.compile(r"\brumah\s+sakit\b", re.IGNORECASE)


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


def opens_subject(sentence: str, start: int) -> bool:
    """Return whether the count is its sentence's subject: only a dateline or 'Sebanyak' before it.

    A dateline may hold a comma: "SEKARJATI, KABARPANDANWANGI - Sebanyak 342 siswa".
    """
    before = sentence[:start]
    return not before.strip() or bool(
        re.fullmatch(
            r"\s*(?:[A-Z][A-Z .,'’]+\s*(?:\([^)]{1,40}\))?\s*[-–—]\s*)?"
            r"(?:(?:Sebanyak|Setidaknya|Sedikitnya|Sekitar|Hampir|Lebih\s+dari"
            r"|Some|About|Nearly|At\s+least|More\s+than)\s*)?",
            before,
        )
    )


def predicate_outcome(sentence: str, end: int) -> frozenset[str]:
    """Return what befell the people a sentence opens on, told past who they are.

    "Seventeen pupils at Sukorame Primary School, in Plosoagung district,
    were injured", "17 siswa, termasuk dua guru, terluka", "17 siswa SDN 3
    Sukorame yang berada di kelas terluka": the verb comes after the words
    saying who they are, within a few words and before another clause.
    """
    return concepts_of(predicate_words(sentence, end)) & OUTCOMES


def predicate_words(sentence: str, end: int) -> str:
    """Return the words after the people a sentence opens on, up to another clause.

    >>> predicate_words("Sixteen people, including five children, were taken to hospital.", 14)
    'including five children were taken to hospital'
    """
    rest = sentence[end:]
    stop = _PREDICATE_STOP.search(dates_masked(sentence)[end:])  # "SDN 3 Sukorame"
    # Who gave the figure ("according to a police estimate") befell nobody.
    rest = unsourced(rest[: stop.start()] if stop else rest)
    return " ".join(WORD.findall(rest)[:PREDICATE_WORDS])


def shared_outcome(
    sentence: str, start: int, end: int, drop: frozenset[str]
) -> frozenset[str]:
    """Return what befell the people counted, when the words around say it of others too.

    A part ("menewaskan sembilan orang, termasuk tiga anak") is among what
    its whole counts; a count joined to the next ("320 students and 25
    teachers were evacuated") shares its verb.

    >>> s = "Kecelakaan itu menewaskan sembilan orang, termasuk tiga anak."
    >>> sorted(shared_outcome(s, s.index("tiga"), s.index("tiga") + 9, frozenset()))
    ['dead']
    """
    part = PART.search(sentence[max(0, start - 40) : start])
    if part:
        whole = sentence[: max(0, start - 40) + part.start()]
        found = concepts_of(unsourced(clause_around(whole, len(whole), len(whole))))
        found = found or concepts_of(unsourced(whole[-60:]))
        return (found & OUTCOMES) - drop
    joined = _COORDINATED.match(sentence, end)
    if joined:
        rest = sentence[joined.end() :]
        stop = CLAUSE_STOP.search(rest)
        return (concepts_of(rest[: stop.start()] if stop else rest) & OUTCOMES) - drop
    return frozenset()


def concepts_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b or a & b:
        return False
    return not any(frozenset({x, y}) in _COMPATIBLE for x in a for y in b)


# Who a harm befell, told without what befell them.
VICTIM_WORDS = frozenset({"korban", "victim", "victims"})


# A toll without a kind counts the dead: "the toll rose to 24"; an injury or
# casualty toll says whom else it counts.
BARE_TOLL = re.compile(r"(?<!injury\s)(?<!casualty\s)\btoll\b")


# What is done to the dead alone: "sudah dimakamkan", "were laid to rest".
BURIED = re.compile(
    r"\b(?:dimakamkan|dikebumikan|dikuburkan|disemayamkan|disalatkan|dishalatkan"
    r"|laid\s+to\s+rest|buried\s+(?:on|at|in\s+(?:a|the)\s+(?:\w+\s+)?(?:cemetery"
    r"|graveyard|grave))|mourned)\b"
)


# Taken by the disaster: "claimed 12 victims".
CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w,.]+\s+){0,2}?$")


# Outcomes that make a toll or a count of victims more than the dead.
_NOT_ONLY_DEAD = frozenset(
    {"injured", "missing", "trapped", "rescued", "hospitalised", "outpatient"}
)


# How far back and ahead the sentences either side are looked for.
_NEAR = 400


# What a harm did to its victims; rescuers and the evacuated are no victims.
_HARMS = _NOT_ONLY_DEAD | {"dead"}


def victims_outcome(
    sentence: str, start: int, measured: str, before: str = "", after: str = ""
) -> frozenset[str]:
    """Return {"dead"} when a toll or a count of victims is the dead, by the words around.

    A toll without a kind ("the toll rose to 24"), victims a disaster claimed
    or that were buried (in their sentence, or the next telling it of the
    victims), and victims counted right after a sentence telling deaths and
    no other harm ("Para buruh tewas ... jumlah korban bertambah menjadi 10
    orang") are the dead; none is when the sentence names the hurt or the
    missing too ("korban tewas dan luka-luka").

    >>> s = "The toll from Sunday's capsizing rose to 24."
    >>> sorted(victims_outcome(s, s.index("24"), "", ""))
    ['dead']
    >>> s = "Jumlah korban mencapai 60 orang, terdiri atas korban tewas dan luka-luka."
    >>> sorted(victims_outcome(s, s.index("60"), "", ""))
    []
    """
    folded = fold(unsourced(sentence))
    # "were buried on Tuesday" is a burial, not people buried by the disaster
    if concepts_of(BURIED.sub(" ", folded)) & _NOT_ONLY_DEAD:
        return frozenset()
    head = fold(sentence[:start])
    if "toll" in head and BARE_TOLL.search(head):
        return frozenset({"dead"})
    named = set(WORD.findall(head)) | set(WORD.findall(fold(measured)))
    if not named & VICTIM_WORDS:
        return frozenset()
    if CLAIMED.search(head) or BURIED.search(folded):
        return frozenset({"dead"})
    # The sentences either side: the article's text before and after this one.
    previous = SENTENCE_END.split(before[-_NEAR:].rstrip())[-1] if before else ""
    if previous and concepts_of(unsourced(previous)) & _HARMS == {"dead"}:
        return frozenset({"dead"})
    after = fold(SENTENCE_END.split(after[:_NEAR].lstrip(), maxsplit=1)[0])
    if (
        BURIED.search(after)
        and set(WORD.findall(after)) & VICTIM_WORDS
        and not concepts_of(BURIED.sub(" ", after)) & _NOT_ONLY_DEAD
    ):
        return frozenset({"dead"})
    return frozenset()
