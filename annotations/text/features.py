"""Read everything a claim's words say about what it measures, as one Features record.

Its family and base value (families, counted_things), its concepts, what befell the
people counted (concepts), its names and places (names, places), its day,
year and frame (days), whether it is a part, a baseline or a revision
(parts, changes), who gives it (givers) and the near-miss cues
(near_misses). Grouping compares these records, never the text again.

Pure: no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from annotations.text.changes import (
    ANAPHOR,
    BASELINE,
    CHANGE_BY,
    CHANGED_TO,
    COMPARATIVE,
    EXTENDED_TO,
    EXTRA_AFTER,
    EXTRA_BEFORE,
    FROM_TO,
    RAISED_BY,
    RAISED_TO,
    TO_LEAD,
    is_baseline,
    is_revised,
    revised_away,
    revised_from,
    started_from,
)
from annotations.text.concepts import (
    AGENTS,
    BURNS,
    CARE_PLACE,
    GRAFT,
    LEFT_HOMES,
    LOST_LIVES,
    MARKET_SHARE,
    OUT_ALIVE,
    OUTCOMES,
    PAST_NAMES,
    SHELTERED,
    STILL_IN_CARE,
    SUMS,
    SWEPT,
    THINGS,
    TREATED,
    concepts_of,
    is_halt,
    is_late_after,
    opens_subject,
    predicate_outcome,
    predicate_words,
    shared_outcome,
    states_of,
    victims_outcome,
)
from annotations.text.counted_things import (
    SITE_HEADS,
    SITE_HEADS_ID,
    counted_noun,
    is_occupied,
    people_head,
    purpose_of,
)
from annotations.text.dates import dates_masked
from annotations.text.days import (
    OTHER_DAYS,
    POSSESSIVE_DAY,
    SINCE_DAY,
    SPAN_DAYS,
    START_DAY,
    basis_near,
    day_of,
    earlier_of,
    is_elapsed,
    is_period,
    last_day_as_of,
    last_of_span,
    month_named,
    opening_day,
    quarter_of,
    resolved_years,
    years_near,
    years_of,
)
from annotations.text.families import BASE, MEASURES, unit_family
from annotations.text.givers import (
    contrasted_sources,
    giver_of,
    said_by_words,
    unsourced,
)
from annotations.text.names import REGIONS, clause_opens, names_in, undated
from annotations.text.near_misses import (
    ACHIEVED,
    AIM,
    AVERAGE,
    CAPACITY,
    CAPACITY_AFTER,
    DEMANDED,
    DIFFERENCE_AFTER,
    DIFFERENCE_BEFORE,
    EACH,
    LIMIT_AFTER,
    LIMIT_BEFORE,
    PAID,
    PER_MANY,
    PER_MANY_BEFORE,
    PER_ONE,
    PER_UNIT,
    SO_FAR,
    is_portion,
    qualifier_of,
    tally_of,
)
from annotations.text.numerals import small_number
from annotations.text.parts import (
    PART,
    PART_AFTER,
    PUPILS,
    aboard_of,
    business_segment,
    included_in_a_measure,
    is_share,
    is_whole,
    severity_of,
    share_whole,
    splits_by_severity,
    subgroup_of,
    subgroup_told,
)
from annotations.text.places import counterpart_of, places_of, reference_of
from annotations.text.sentences import (
    SENTENCE_END,
    SIDE_CLAUSE,
    WORD,
    ClaimInfo,
    blank,
    claim_span,
    claim_stretch,
    clause_around,
    fold,
    segment_of,
    words_near,
)
from annotations.text.wordclasses import STOPWORDS, looks_like_verb

# Units that name what they measure.
_FAMILY_CONCEPTS = {"speed": "speed", "magnitude": "magnitude"}


# Where the words holding a share begin: a break, a conjunction, a number.
_HOLDER_STOP = re.compile(
    r"[,;:.()\d]|\b(?:sementara|sedangkan|while|whereas|and|dan)\b", re.IGNORECASE
)
_NO_HOLDER = frozenset(
    {"hampir", "nyaris", "sekitar", "kurang", "lebih", "sebanyak", "nearly",
     "almost", "about", "around", "some", "more", "than", "less", "over",
     "only", "hanya", "just", "kira"}
)  # fmt: skip
# How a figure moved, or the scale of the number before it: alone, they say
# nothing of what gets a share ("naik 9 persen", "Rp 3 triliun atau tumbuh 13
# persen"); beside a noun they still help match it across languages.
_MOVES = frozenset(
    {"naik", "turun", "tumbuh", "meningkat", "menurun", "melonjak", "anjlok",
     "merosot", "menguat", "melemah", "rose", "fell", "grew", "jumped", "climbed",
     "dropped", "slipped", "gained", "ribu", "juta", "miliar", "triliun",
     "thousand", "million", "billion", "trillion", "hold", "holds", "held"}
)  # fmt: skip
_PRONOUNS = frozenset(
    {"her", "him", "them", "his", "their", "its", "she", "they", "dia", "ia",
     "mereka", "nya", "who", "which", "that", "yang"}
)  # fmt: skip


def _holder(text: str, start: int) -> frozenset[str]:
    """Return the words before a share that say what gets it, folded.

    >>> sorted(_holder("Porsi belanja pegawai 38 persen.", 22))
    ['belanja', 'pegawai', 'porsi']
    """
    head = text[max(0, start - 60) : start]
    stops = [m.end() for m in _HOLDER_STOP.finditer(head)]
    if stops:
        head = head[stops[-1] :]
    elif start > 60:
        head = head.split(" ", 1)[-1]  # a word cut in two
    # A name holding a share ("Yuliana meraih 52,3 persen", "gave her"): the
    # names and givers tell those apart, not the words around them; "who will
    # also receive 15 percent" is held by what was named before.
    tokens = head.split()
    opens = not text[: max(0, start - len(head))].strip()
    if any(t[:1].isupper() for t in tokens[1 if opens else 0 :]) or any(
        fold(t) in _PRONOUNS for t in tokens
    ):
        return frozenset()
    holder = frozenset(
        w
        for w in WORD.findall(fold(head))
        if len(w) > 3
        and w not in STOPWORDS
        and w not in _NO_HOLDER
        and not looks_like_verb(w)  # "mendapat" and "mencapai" hold nothing
    )
    return frozenset() if holder <= _MOVES else holder


# The whole a share is of, right after it: "dari total anggaran", "of the
# board's spending".
_WHOLE_AFTER = re.compile(
    r"\s+(?:dari|of)\s+(?:(?:the|total|seluruh|semua|jumlah|its|their)\s+)*"
    r"(?:[^\W\d_]+['’]s\s+)?[^\W\d_]+",
    re.IGNORECASE,
)


# "four more miners", "dua korban lagi": a count the claim's own words say
# was added ("more" right after its number), not a total.
_EXTRA_WITHIN = re.compile(
    r"[^\W_]+\s+(?:[^\W\d_]+\s+)?(?:more|lagi|tambahan)\b(?!\s+than\b)",
    re.IGNORECASE,
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
    # That sentence opens on it as the day a count stands at ("Hingga Senin
    # (10/11) sore, ..."): two such days of a count are two facts.
    day_as_of: bool = False
    # A count or extent an event leaves (the dead, the missing, houses, birds
    # culled, the area hit, the losses), which moves from one report to the
    # next: told without a day in articles of two days, two days' figures.
    # Who was there (a crowd, those aboard, miners at work) does not move.
    running: bool = False
    # "15 orang masih hilang", "15 remained missing": as many as still are on
    # the article's day, whatever day the event was.
    still: bool = False
    years: frozenset[str] = frozenset()  # years the sentence speaks of: "2026", "last"
    states: frozenset[str] = frozenset()  # "burned", "makeshift": see concepts._STATES
    years_implicit: bool = True  # `years` is only the article's own year
    quarter: str = ""  # "2" for the second quarter, "year" for the whole year
    context: frozenset[str] = frozenset()  # the years the article named before
    part: bool = False  # "including two firefighters": a part of another count
    baseline: bool = False  # "naik ... dibanding APBD 2024 yang sebesar X": the old X
    subgroup: str = ""  # "children", "women", …: see parts._SUBGROUPS
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
    # What gets a share ("Pendidikan mendapat 20 persen", "Porsi belanja
    # pegawai 38 persen"): the nouns before the figure, folded.
    holder: frozenset[str] = frozenset()
    # "five hours after leaving port", "tiga jam setelah bertolak": the time
    # since an event, not how long anything lasted
    elapsed: bool = False
    # "talks stalled for two hours", "penerbangan tertunda tiga jam" (the verb
    # before the number): how long
    # something stood still or ran late, not how long it went on
    halted: bool = False
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
    segment: frozenset[str] = frozenset()  # "segmen beton": a business segment's
    average: bool = False  # "average attendance ... 14,200": no single count
    # Counted over a stretch of named days ("lodged on Monday and Tuesday"):
    # as of the last of them, a figure of that stretch, not of one day's report.
    span: bool = False
    # Which price of a listed share, or value of its company: "offer" (the
    # offering's: "harga IPO", "the IPO values the company at") or "market"
    # (trading's: "ditutup di level", "closing at", "market capitalisation").
    listing: str = ""
    # What the people counted did to a motion: "signed" it ("menandatangani
    # usulan", "penanda tangan") or "voted" on it ("menyatakan setuju",
    # "voted in favour"): the signers are not the voters.
    act: str = ""
    # A figure the article says other media gave ("sejumlah media menyebut
    # 36"): theirs, no second opinion of this outlet's.
    hearsay: bool = False


# Where a sentence joins another clause: ", and rescuers on Sunday …".
_COORDINATE = re.compile(
    r"[,;]\s*(?:and|but|while|whereas|dan|tetapi|namun|sementara|sedangkan)\s",
    re.IGNORECASE,
)
# A clause of what came before, set off by a comma: "membahas pendanaan,
# setelah sidang pertama pada Rabu berlangsung sembilan jam".
_AFTER_CLAUSE = re.compile(
    r"[,;]\s*(?:setelah|sesudah|seusai|usai|after|following)\s", re.IGNORECASE
)
# Words that count things without naming them ("150 unit", "20 buah"), and
# the noun a sentence names as what it counts: "Jumlah rumah ...".
_CLASSIFIERS = frozenset({"unit", "buah", "ekor", "batang", "lembar", "pucuk"})
_COUNT_OF = re.compile(r"\b(?:jumlah|banyaknya|total)\s+([^\W\d_]{3,})", re.IGNORECASE)
# A sum for one thing, right after it: "Rp 175.000 untuk sekali jalan",
# "150,000 rupiah for a one-way ticket": the price of one.
_FOR_ONE = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:for|untuk)\s+(?:a|an|one|each|every|satu|sebuah"
    r"|seorang|sekali|setiap|tiap)\b",
    re.IGNORECASE,
)
_STILL = re.compile(r"\b(?:masih|still|remain(?:s|ed|ing)?)\b", re.IGNORECASE)


# A count over an event, named as such: "31 branches closed during the
# outage", "selama pemogokan". Not a stretch of time ("during the night",
# "selama dua hari") nor "so far" ("selama ini").
_DURING_EVENT = re.compile(
    r"\b(?:during|throughout|selama|sepanjang)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?!(?:ini|itu|night|day|days|week|weeks|weekend|month|months|year|years|period"
    r"|malam|hari|pekan|minggu|bulan|tahun|masa|periode)\b)[^\W\d_]{4,}",
    re.IGNORECASE,
)


# Another group's count set beside this one: "Lima pedagang luka, sementara
# dua anggota Satpol PP juga terluka", "while two officers were also hurt".
_BESIDE = re.compile(r"\b(?:sementara|sedangkan|while|whereas)\b", re.IGNORECASE)


def _set_beside(sentence: str, start: int, end: int, outcomes: frozenset[str]) -> bool:
    """Return whether a count of people is one group's, set beside another's of the same outcome.

    >>> s = "Lima pedagang luka, sementara dua anggota Satpol PP juga terluka."
    >>> _set_beside(s, 0, 13, frozenset({"injured"}))
    True
    """
    if not outcomes:
        return False
    for m in _BESIDE.finditer(sentence):
        if m.start() >= end:
            other = sentence[m.end() :]
        elif m.end() <= start:
            other = sentence[: m.start()]
        else:
            continue
        counted = any(small_number(w) for w in WORD.findall(other))
        if counted and concepts_of(other) & outcomes:
            return True
    return False


# "will cost 12% more", "tiket 15 persen lebih mahal", "10 percent dearer".
_COSTS_BEFORE = re.compile(r"\b(?:cost|costs|costing)\s+$", re.IGNORECASE)
_DEARER_AFTER = re.compile(
    r"\s*(?:more|less|extra"
    r"|(lebih\s+mahal|lebih\s+murah|more\s+expensive|cheaper|dearer))\b",
    re.IGNORECASE,
)
# What befell every one of those counted, told right after them: "nine men,
# all of whom were detained", "penumpang yang seluruhnya dievakuasi".
_ALL_OF_THEM = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}?,?\s+(?:all\s+of\s+(?:whom|them)|(?:yang\s+)?"
    r"(?:seluruhnya|semuanya|kesemuanya))\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)",
    re.IGNORECASE,
)
# A multiple, told by what it multiplies or by what exceeded it: "14 times
# the shares available", "14 kali porsi pooling", "tiga kali lipat",
# "exceeded the shares on offer by 12 times", "oversubscribed 14 times".
_MULTIPLE_AFTER = re.compile(
    r"\s+(?:the|lipat|porsi|dari|as\s+(?:many|much|high|large)|more|higher|larger"
    r"|bigger|greater|over)\b",
    re.IGNORECASE,
)
_MULTIPLE_BEFORE = re.compile(
    r"\b(?:by|oversubscri\w*|kelebihan\s+permintaan|melebihi|exceed\w*)\b",
    re.IGNORECASE,
)


def _multiple(sentence: str, start: int, end: int) -> bool:
    """Return whether "N times" multiplies something rather than counting occasions."""
    return bool(
        _MULTIPLE_AFTER.match(sentence, end)
        or _MULTIPLE_BEFORE.search(sentence, max(0, start - 60), start)
    )


# The cues of a listed share's two prices; the last one before a figure
# says which it is ("ditutup di level Rp 1.060, dari harga IPO Rp 850").
_LISTING = re.compile(
    r"\b(?P<offer>ipo|penawaran\s+umum|initial\s+public\s+offering"
    r"|(?:share\s+)?(?:offer|offering)\s+price|harga\s+(?:penawaran|perdana))\b"
    r"|\b(?P<market>ditutup|penutupan|clos(?:ed|ing)|at\s+the\s+close"
    r"|kapitalisasi\s+pasar|market\s+(?:capitali[sz]ation|cap|value))\b",
    re.IGNORECASE,
)


def _listing(sentence: str, start: int) -> str:
    """Return which price of a listed share the words before a figure name, or ""."""
    found = list(_LISTING.finditer(sentence, max(0, start - 80), start))
    return (found[-1].lastgroup or "") if found else ""


_SIGNED = re.compile(
    r"\b(?:menandatangan\w*|(?:di)?tanda\s*tangan\w*|penanda\s*tangan|diteken|meneken|teken"
    r"|sign(?:ed|s|ing|atories|atures?)?)\b",
    re.IGNORECASE,
)
_VOTED = re.compile(
    r"\b(?:setuju|menolak|menyetujui|pemungutan\s+suara|vot(?:ed|es?|ing)"
    r"|in\s+favou?r|against)\b",
    re.IGNORECASE,
)


def _act(sentence: str) -> str:
    """Return "signed" or "voted" for people counted by what they did to a motion, or ""."""
    signed, voted = bool(_SIGNED.search(sentence)), bool(_VOTED.search(sentence))
    if signed == voted:
        return ""
    return "signed" if signed else "voted"


# Other media as a figure's source: "sejumlah media menyebut", "some media
# reported", "media reports put".
_MEDIA = re.compile(
    r"\b(?:(?:sejumlah|beberapa|banyak|sebagian)\s+media\s+(?:menyebut|memberitakan"
    r"|melaporkan|mewartakan)|(?:some|several|other|earlier)\s+media"
    r"|media\s+reports?)\b",
    re.IGNORECASE,
)


_THIS_WEEK = re.compile(r"\b(?:pekan|minggu)\s+ini\b|\bthis\s+week\b", re.IGNORECASE)


# Lives counted are people: "merenggut sembilan nyawa", "claimed 11 lives".
_LIVES = frozenset({"nyawa", "life", "live", "lives"})


# Where a clause ends, looking back from a number: "Talks, which were
# suspended twice, lasted six hours" -> " lasted ".
_CLAUSE_CUT = re.compile(r"[,;:()]")


def _after_duration(sentence: str, start: int, end: int) -> str:
    """Return the words after a duration's number and unit, the claim's own or not.

    An editor's claim may hold the word that follows: "25 minutes late".
    """
    tail = sentence[start : end + 30]
    if found := re.search(r"\d[\d.,]*[\s-]*[^\W\d_]+", tail):
        return tail[found.end() :]
    return sentence[end : end + 30]


def features(claim: ClaimInfo) -> Features:
    family, factor = unit_family(claim.unit)
    sentence, start, end = claim_span(claim)
    if family not in MEASURES and not family.isupper() and family != "times":
        # What is counted, whatever the language: "titik panas" and "hotspots".
        words = sentence[start:end]
        number = re.search(r"\d[\d.,]*", words) or re.search(r"[^\W\d_]+", words)
        after = sentence[start + number.end() : end + 40] if number else ""
        family = counted_noun(claim.unit, after)
        if family in _CLASSIFIERS and (named := _COUNT_OF.findall(sentence, 0, start)):
            # "Jumlah rumah yang rusak mencapai 150 unit": the units are houses.
            family = counted_noun(named[-1])
        verb = family.endswith("ed") or looks_like_verb(claim.unit)
        if people_head(claim.unit, after) or family in _LIVES:
            family, factor = "person", Decimal(1)
    else:
        verb = False
    share_of = share_whole(sentence, start, end) if family == "percent" else ""
    clause = clause_around(sentence, start, end)
    purpose: frozenset[str] = frozenset()
    site_head = ""
    if family in SITE_HEADS:
        # Stations, points, posts: one kind of count, told apart by their use.
        purpose = purpose_of(sentence, start, end, fold(claim.unit) in SITE_HEADS_ID)
        site_head = family
        family = "site"
    if family == "house" and is_occupied(clause):
        # "18,500 homes had no running water", "1.200 rumah tanpa listrik":
        # the homes are the households in them, not buildings.
        family = "household"
    # What a place can take; "will hold a 27 percent share" is a share.
    capacity = family != "percent" and bool(
        CAPACITY.search(sentence, max(0, start - 40), start)
        or CAPACITY_AFTER.search(sentence, start, min(len(sentence), end + 12))
    )
    if family == "person" and capacity:
        # "will hold 6,200 spectators", "berkapasitas 3.000 penonton": how
        # many a place takes is its seats, however an outlet counts them.
        family = "seat"
    # A duration measures an activity, not who carried it out.
    drop = AGENTS | THINGS if family == "time" else frozenset()
    if family in MEASURES or family.isupper():
        # Only animals are culled: "Rp 25.000 per ekor untuk ayam yang
        # dimusnahkan" is a sum paid, "per bird culled" says for what.
        drop = drop | {"culled"}
    measured = claim.measured
    around = CARE_PLACE.sub(blank, sentence) if family == "person" else sentence
    holder = (
        _holder(around, start)
        if family == "percent" and claim.unit != "fraction"
        else frozenset()
    )
    if holder and share_of and (whole := _WHOLE_AFTER.match(sentence, end)):
        # "belanja pegawai mencapai 42 persen dari total anggaran": the whole
        # says what the share is of, not what gets it ("52.3 percent of the
        # vote", held by a name, is a vote share).
        around = around[: whole.start()] + blank(whole) + around[whole.end() :]
        if measured and share_of in fold(measured):
            measured = ""
    concepts = concepts_of(measured) - drop if measured else frozenset()
    if not concepts:
        # The counted noun ("150 rescuers") says more than the words around it.
        concepts = (
            concepts_of(claim.exact) - drop
            or concepts_of(unsourced(words_near(around, start, end))) - drop
            or concepts_of(unsourced(clause_around(around, start, end))) - drop
        )
    if "allocation" in concepts and MARKET_SHARE.search(
        fold(clause_around(around, start, end))
    ):
        concepts = concepts - {"allocation"} | {"market_share"}
    if family not in ("length", "time") and "distance" in concepts:
        # "turun 25 persen sepanjang 2025": no count, share or sum is a distance
        concepts = concepts - {"distance"} or (
            concepts_of(unsourced(clause_around(sentence, start, end)))
            - drop
            - {"distance"}
        )
    if family == "time" and concepts and concepts <= OUTCOMES:
        # "The search for the missing fishermen lasted six hours", "pencarian
        # korban hilang berlangsung tiga hari": how long the search took; the
        # people it was for are only its object.
        activity = concepts_of(unsourced(clause_around(sentence, start, end))) - drop
        if activity - OUTCOMES:
            concepts = activity - OUTCOMES
    if family == "time" and "recovery" in concepts:
        # How long an evacuation took is one operation, whoever it brought
        # out: "Evakuasi korban berlangsung lima jam" and "Proses evakuasi
        # memakan waktu sembilan jam" measure the same hours.
        concepts = concepts - {"recovery"} | {"displaced"}
    # A part that says nothing of its own ("30 were injured, nine of them
    # seriously"): what its whole counts; "delapan anak di antaranya
    # meninggal" names its own count, the dead.
    after_part = (
        family == "person" or (family not in MEASURES and not family.isupper())
    ) and bool(
        PART_AFTER.match(sentence, end) or PART_AFTER.search(sentence, start, end)
    )
    own = concepts
    before_claim = sentence[max(0, start - 40) : start]
    part_of_before = not concepts and after_part
    # "dari 5,8 menjadi 5,5": the 5,8 is the figure a revision replaced.
    replaced_text = revised_from(sentence, start)
    if part_of_before or (
        not concepts
        and (CHANGED_TO.search(sentence, max(0, start - 40), start) or replaced_text)
    ):
        # "Korban meninggal (…), bertambah menjadi 12 orang", "revised the
        # death toll down from 14 to 12 people": the subject of the change,
        # at the sentence's start, says what is counted
        concepts = concepts_of(unsourced(sentence[:start])) - drop
    folded_clause = fold(clause)
    if LOST_LIVES.search(folded_clause):
        # A measured phrase cut short ("people lost") says less than the clause.
        concepts = (concepts - {"money_loss"}) | {"dead"}
    if (
        family == "person"
        and "dead" not in concepts
        and SWEPT.search(fold(f"{claim.measured} {clause}"))
    ):
        # "swept away", "terseret arus": not found, unless counted among the dead
        concepts = concepts | {"missing"}
    if (
        family == "person"
        and not concepts & OUTCOMES
        and (
            TREATED.search(folded_clause)
            # "Sixteen people, including five children, were taken to
            # hospital": the verb past the aside on who they are.
            or (
                opens_subject(sentence, start)
                and TREATED.search(fold(predicate_words(sentence, end)))
            )
        )
        and not STILL_IN_CARE.search(folded_clause)
    ):
        # "27 orang dirawat di rumah sakit", "were taken to hospital": the
        # hurt, as "22 korban luka dilarikan ke RSUD" says of them
        concepts = (concepts - {"total", "buildings"}) | {"injured"}
    if family.isupper() and GRAFT.search(fold(words_near(sentence, start, end))):
        # "embezzling 14 billion rupiah in road funds": what the state lost,
        # not the funds' budget
        concepts = (concepts - {"budget"}) | {"money_loss"}
    if family == "person" and OUT_ALIVE.search(folded_clause):
        # found alive: no longer among the missing
        concepts = (concepts - {"displaced", "recovery", "total", "missing"}) | {
            "rescued"
        }
    if family == "person" and BURNS.search(folded_clause):
        # "five residents suffered minor burns": hurt, whatever else burned
        concepts = (concepts - {"total"}) | {"injured"}
    if family == "person" and SHELTERED.search(folded_clause):
        # "residents spent Tuesday night in a village hall": no money spent
        concepts = (concepts - {"budget", "total"}) | {"displaced"}
    if LEFT_HOMES.search(folded_clause):
        concepts = (concepts - {"buildings"}) | {"displaced"}
    if not concepts and claim.before and ANAPHOR.search(clause):
        # "Pada Selasa, jumlahnya bertambah menjadi 85 orang": the number of
        # what the sentence before counted.
        last = SENTENCE_END.split(claim.before.rstrip())[-1]
        concepts = concepts_of(unsourced(last)) - drop
    if verb and concepts & OUTCOMES:
        # "15 remained missing": a verb is no unit; what befell them says
        # they are people.
        family, factor = "person", Decimal(1)
    dearer = _DEARER_AFTER.match(sentence, end) if family == "percent" else None
    price_rise = bool(
        dearer
        and (
            dearer.group(1) or _COSTS_BEFORE.search(sentence, max(0, start - 30), start)
        )
    )
    if price_rise:
        # "Buses will cost 12% more", "tiket 15 persen lebih mahal": a price
        # rise, not a budget, nor 12 more of anything added.
        concepts = (concepts - SUMS) | {"price"}
    if family.isupper() and PER_UNIT.search(claim.exact or sentence[start:end]):
        # "Rp 14.500 per kilogram", "15,500 rupiah a kilogram": a price, not
        # a budget or a loss, whatever verb names it ("costs").
        concepts = (concepts - SUMS) | {"price"}
    elif (
        family.isupper()
        and _FOR_ONE.match(sentence, end)
        and PAID.search(words_near(sentence, start, end))
    ):
        # "pay 150,000 rupiah for a one-way ticket": a price, and "pay" no wage.
        concepts = (concepts - SUMS - {"salary"}) | {"price"}
    if family in _FAMILY_CONCEPTS:
        # "km/h" says by itself it is a speed, whatever the words around it.
        concepts = concepts | {_FAMILY_CONCEPTS[family]}
    if family == "area":
        # An area measures ground, whatever was done to it: "the fire destroyed
        # 20,000 square metres" is no count of buildings.
        concepts = (concepts - {"buildings"}) | {"area"}
    if family == "person" and not concepts & OUTCOMES:
        # "17 siswa SDN 2 Wonorejo, Kabupaten Plosoagung, terluka": the names
        # after the count say who they are, the verb past them what befell them.
        past = PAST_NAMES.match(sentence, end)
        if past:
            verb_words = " ".join(sentence[past.end() :].split()[:2])
            concepts = concepts | (concepts_of(verb_words) & OUTCOMES)
    if family == "person" and not concepts & OUTCOMES:
        concepts = concepts | shared_outcome(sentence, start, end, drop)
    if (
        family == "person"
        and not concepts & OUTCOMES
        and opens_subject(sentence, start)
    ):
        concepts = concepts | (predicate_outcome(sentence, end) - drop)
    if family == "person" and not concepts & OUTCOMES:
        # "The toll rose to 24", "korban ... sudah dimakamkan", "jumlah korban
        # bertambah menjadi 10 orang" after a sentence of deaths: the dead.
        concepts = concepts | victims_outcome(
            sentence, start, claim.measured or "", claim.before, claim.after
        )
    if family == "person" and not concepts & OUTCOMES:
        # A count of people nothing happened to is a total; who they are
        # ("pedagang", "traders") stays, so traders never meet firefighters.
        concepts = frozenset({"total"}) | concepts
    if family == "person" and (every := _ALL_OF_THEM.match(sentence, end)):
        # "nine men, all of whom were detained", "1.400 penumpang yang
        # seluruhnya dievakuasi": what befell them befell the whole count, which
        # is both the total and the outcome.
        outcome = concepts_of(every.group(1)) & OUTCOMES - AGENTS
        if outcome:
            concepts = concepts | outcome | {"total"}
    reference = reference_of(sentence, end) if family == "length" else frozenset()
    # A dated dateline ("TANJUNG, Indonesia, July 20 -") says when the story
    # was filed, not the day of anything it counts.
    dated = undated(sentence)
    own_stretch = claim_stretch(dated, start, end)
    own_days = OTHER_DAYS.sub(blank, own_stretch)
    if family == "time":
        # "selama 18 bulan mulai 2 November": how long it runs, from that day
        own_days = START_DAY.sub(blank, own_days)
        own_days = SPAN_DAYS.sub(blank, own_days)
    else:
        own_days = SPAN_DAYS.sub(last_of_span, own_days)
    day = day_of(POSSESSIVE_DAY.sub(blank, own_days), claim.published) or day_of(
        own_days, claim.published
    )
    joins = list(_COORDINATE.finditer(dated, 0, start))
    if day is not None and joins:
        # "died on Saturday evening, and rescuers on Sunday were still
        # searching for two missing passengers": a day the claim's own
        # coordinate clause names is its day, before one another clause names.
        own_clause = OTHER_DAYS.sub(blank, dated[joins[-1].end() : end])
        day = day_of(own_clause, claim.published) or day
    after = list(_AFTER_CLAUSE.finditer(dated, 0, start))
    if (
        day is not None
        and after
        and not re.search(r"[,;]", dated[after[-1].end() : start])
    ):
        # "Hari kedua ..., Kamis, membahas pendanaan, setelah sidang pertama
        # pada Rabu berlangsung sembilan jam": the figure is of the earlier
        # event its own clause tells, and of the day that clause names.
        own_clause = OTHER_DAYS.sub(blank, dated[after[-1].end() : end])
        day = day_of(own_clause, claim.published) or day
    if (
        day is None
        and claim.published
        and SINCE_DAY.search(own_stretch)
        and day_of(own_stretch, claim.published) is not None
    ):
        # "Four dogs have died since Sunday": a running total, as of the
        # article's day, not Sunday's count.
        day = (claim.published.month, claim.published.day)
    as_of_now = bool(claim.published and SO_FAR.search(own_stretch))
    if day is None and as_of_now:
        # "Polisi sejauh ini telah memeriksa 12 saksi", "so far": as of the
        # article's day, not the day an earlier sentence named.
        day = (claim.published.month, claim.published.day)
    lead = TO_LEAD.match(sentence, start, end)  # the claim's words may be "to 8 km"
    at = lead.end() if lead else start
    reached = FROM_TO.search(sentence, max(0, at - 60), at)
    if day is None and reached:
        # "on Saturday widened the zone from 6 km to 8 km": the change, both
        # its figures, happened on the day before the first.
        day = day_of(claim_stretch(dated, reached.start(), end), claim.published)
    if day is None:
        # "Hingga Rabu (8/4), Dinkes mencatat 1.320 kasus dengan 10 orang
        # meninggal": a day opening the sentence, before any number, is
        # every number's
        day = opening_day(dated, claim.published, before=start)
    day_soft = as_of = False
    if day is None and claim.before and not _THIS_WEEK.search(dated):
        # "Dalam IPO pekan ini, ...": a figure of this week is of no one day
        # an earlier sentence named.
        day, as_of = last_day_as_of(claim.before, claim.published)
        day_soft = day is not None
    if day_soft and RAISED_TO.search(sentence, max(0, start - 80), start):
        # The figure a count was raised to ("menambah jumlah personel menjadi
        # 250") is the figure of the day the article speaks of, no guess.
        day_soft = False
    if (
        family == "percent"
        and concepts & {"price", "tax"}
        and CHANGE_BY.search(sentence, max(0, start - 40), start)
    ):
        # "menolak kenaikan harga solar ..., atau naik 20 persen" after "Pada
        # Rabu, ribuan pengemudi berunjuk rasa": how much a price or a tax was
        # raised is the decision's, not the day of what else the article
        # tells; only a day its own clause names ("raised ... by 18% on
        # Tuesday") is its day.
        day = day_of(OTHER_DAYS.sub(blank, clause), claim.published)
        day_soft = False
    counted_family = family == "person" or (
        family not in MEASURES and not family.isupper()
    )
    away = revised_away(sentence, start, end)
    revised = not away and (
        is_revised(claim)
        or bool(replaced_text)
        or (
            counted_family
            and bool(RAISED_TO.search(sentence, max(0, start - 80), start))
        )
        or bool(EXTENDED_TO.search(sentence, max(0, start - 80), start))
    )
    if day is None and claim.published and revised:
        # "Jumlah pengungsi bertambah menjadi 2.400 jiwa": the count reached
        # by the article's day.
        day = (claim.published.month, claim.published.day)
    if (day is None or day_soft) and claim.published and is_revised(claim):
        # A figure the article says was revised is the figure of its own day,
        # not a second opinion on the one it replaced.
        day, day_soft = (claim.published.month, claim.published.day), False
    entities = names_in(sentence)
    words = frozenset(
        w
        for w in WORD.findall(fold(f"{measured} {clause}"))
        if len(w) > 3 and not w[0].isdigit()
    )
    years = years_of(sentence)
    if len(years) > 1 and (own_years := years_of(segment_of(sentence, start, end))):
        # "Last year Tarvic exported 3,900 tonnes; this year 4,500 tonnes":
        # each figure has the year of its own part of the sentence.
        years = own_years
    elif (
        years
        and (side := SIDE_CLAUSE.search(sentence, end))
        and re.search(r"\d", dates_masked(sentence)[side.end() :])
        and not years_of(sentence[: side.start()])
    ):
        # "would lay off 1,500 workers, ..., after export sales fell 20 percent
        # last year": a year named only in a clause on another figure is that
        # figure's.
        years = frozenset()
    baseline = (
        is_baseline(sentence, start)
        or away
        or started_from(claim, sentence, start, end)
    )
    baseline_years = years_near(sentence, start, end) if baseline else frozenset()
    if baseline_years:
        # "naik dari 900 kasus tahun lalu": the old figure is last year's.
        years = baseline_years
    elif (
        not baseline
        and years
        and (cue := BASELINE.search(sentence, end) or COMPARATIVE.search(sentence, end))
    ):
        # "Turnout was 70 percent, up from 64 percent in 2021": 2021 is the
        # old figure's year, not this one's
        years = years_of(sentence[: cue.start()])
    counted = family == "person" or (family not in MEASURES and not family.isupper())
    outcome = own & OUTCOMES - AGENTS if after_part else frozenset()
    # How badly the dead were hurt before they died says nothing of them.
    severity = (
        severity_of(clause)
        if counted and not concepts & {"dead", "missing"} - {"injured"}
        else ""
    )
    subgroup = (
        subgroup_of(words_near(sentence, start, end, 2)) or subgroup_told(sentence, end)
        if family == "person"
        else ""
    )
    if (
        family == "person"
        and not subgroup
        and (after_part or PART.search(before_claim))
    ):
        # A part names its group anywhere in its clause: "6 di antaranya
        # anak-anak", "Children account for seven of the dead".
        subgroup = subgroup_of(clause)
    # A part that names what sets it apart ("47 di antaranya rusak berat",
    # "of whom 12 were children", "delapan anak di antaranya meninggal") is
    # that count, told by other outlets in other words ("Forty-seven of the
    # houses were badly damaged"); a bare part ("termasuk 40 kios") only
    # meets other parts.
    part = (
        part_of_before
        or after_part
        or bool(
            (marker := PART.search(before_claim))
            and not included_in_a_measure(
                sentence[: start - len(before_claim) + marker.start()], family
            )
        )
        or (
            family == "person"
            and _set_beside(sentence, start, end, concepts & OUTCOMES)
        )
    )
    qualified = bool(severity or subgroup or outcome)
    stretch = claim_stretch(sentence, start, end)
    return Features(
        revised=revised,
        published=(claim.published.month, claim.published.day)
        if claim.published
        else None,
        tally=tally_of(sentence, start, end) if family != "time" else "",
        aim=bool(AIM.search(stretch)),
        # the demand is told before its figure, in the figure's own stretch
        demanded=bool(DEMANDED.search(stretch[: max(0, stretch.find(claim.exact))]))
        if claim.exact and claim.exact in stretch
        else False,
        achieved=bool(ACHIEVED.search(words_near(sentence, start, end))),
        portion=family == "percent" and is_portion(sentence, start, end),
        change=family == "percent"
        and bool(CHANGE_BY.search(sentence, max(0, start - 40), start)),
        per_unit=family.isupper()
        and bool(
            PER_ONE.search(sentence, start, min(len(sentence), end + 20))
            or EACH.search(words_near(sentence, start, end, 2))
            or _FOR_ONE.match(sentence, end)
        ),
        extra=bool(
            EXTRA_BEFORE.search(sentence, max(0, start - 30), start)
            or (EXTRA_AFTER.match(sentence, end) and not price_rise)
            or _EXTRA_WITHIN.match(sentence, start, end)
            or RAISED_BY.search(sentence, max(0, start - 100), start)
        ),
        paid=family.isupper() and bool(PAID.search(words_near(sentence, start, end))),
        month=month_named(OTHER_DAYS.sub(blank, own_stretch)),
        pupils=family == "person"
        and bool(PUPILS.search(words_near(sentence, start, end, 1))),
        per_many=bool(
            PER_MANY.search(sentence, start, min(len(sentence), end + 30))
            or PER_MANY_BEFORE.search(sentence, max(0, start - 80), start)
        ),
        limit=bool(
            LIMIT_AFTER.match(sentence, end)
            or LIMIT_BEFORE.search(sentence, max(0, start - 40), start)
        ),
        difference=family != "percent"
        and bool(
            DIFFERENCE_AFTER.match(sentence, end)
            or DIFFERENCE_BEFORE.search(sentence, max(0, start - 30), start)
        ),
        # Seats are what a place can take ("a stand of 5,800 seats").
        capacity=capacity or family == "seat",
        average=bool(AVERAGE.search(sentence, max(0, start - 90), start)),
        span=family != "time" and bool(SPAN_DAYS.search(own_stretch)),
        places=places_of(sentence, start, end),
        contrasted=contrasted_sources(sentence, start, end),
        said_by=said_by_words(segment_of(sentence, start, end)),
        giver=giver_of(segment_of(sentence, start, end), claim.approximate),
        sentence_day=day_of(dated, claim.published),
        qualifier=qualifier_of(sentence, end)
        if family not in MEASURES and not family.isupper() and not concepts
        else frozenset(),
        counterpart=counterpart_of(stretch)
        if family == "time" or "talks" in concepts
        else frozenset(),
        family=family,
        base=BASE.plus(claim.value * factor),
        concepts=concepts,
        entities=entities,
        day=day,
        day_soft=day_soft,
        day_as_of=day_soft and as_of and counted_family,
        still=bool(_STILL.search(own_stretch)),
        running="carried" not in concepts
        # Things counted over an event that ended with it ("branches closed
        # during the outage") do not move with the reports; what befell people
        # may still be counted.
        and not (family != "person" and _DURING_EVENT.search(own_stretch))
        # A multiple of something ("14 times the shares on offer", "kelebihan
        # permintaan 14 kali") is a ratio, no tally of occasions.
        and not (family == "times" and _multiple(sentence, start, end))
        and (
            bool(concepts & OUTCOMES)
            if family == "person"
            else counted_family or family == "area" or "money_loss" in concepts
        ),
        names=frozenset(w for e in entities for w in e),
        near=frozenset(
            w for e in names_in(claim_stretch(sentence, start, end)) for w in e
        ),
        local=tuple(
            e
            for e in names_in(
                clause,
                sources=False,
                opening=clause_opens(sentence, start, end, clause),
            )
            if not e & REGIONS
        ),
        years=resolved_years(years, claim.published),
        years_implicit=not years,
        dated_baseline=bool(baseline_years),
        context=resolved_years(years_of(claim.before), claim.published)
        if years_of(claim.before)
        else frozenset(),
        quarter=quarter_of(sentence),
        states=states_of(f"{claim.measured} {clause}"),
        part=part and not qualified,
        whole=is_whole(before_claim),
        subgroup=subgroup,
        severity=severity,
        earlier=earlier_of(claim_stretch(sentence, start, end)),
        basis=basis_near(sentence, start, end) if family == "percent" else "",
        share=family == "percent" and is_share(sentence, end),
        holder=holder,
        elapsed=family == "time" and is_elapsed(sentence, start, end),
        halted=family == "time"
        and (
            is_halt(_CLAUSE_CUT.split(sentence[max(0, start - 40) : start])[-1])
            or is_late_after(_after_duration(sentence, start, end))
        ),
        aboard=aboard_of(sentence, start, end) if family == "person" else "",
        purpose=purpose,
        site_head=site_head,
        share_of=share_of,
        listing=_listing(sentence, start),
        act=_act(sentence) if family == "person" else "",
        hearsay=bool(_MEDIA.search(segment_of(sentence, start, end))),
        fraction=claim.unit == "fraction",
        # A part told by how badly it was hurt or damaged: never all of them.
        split=(family == "person" and splits_by_severity(sentence))
        or (part and bool(severity)),
        reference=reference,
        baseline=baseline,
        period=is_period(claim, sentence, start, end),
        words=words,
        segment=business_segment(clause_around(sentence, start, end)),
    )
