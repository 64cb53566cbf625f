"""Decide the time a figure is of: its day, year, quarter or month, and whether it is a frame.

"pada Minggu (18/6)", "on Sunday" (placed on a date by the article's day),
"hari kedua pencarian", "tahun lalu", "kuartal II": two figures of different
times are two facts. A look-back period ("dalam lima tahun terakhir") is the
frame of another statement and never compared; the time since an event
("five hours after leaving port") is not how long anything lasted.

Pure: no Django.
"""

from __future__ import annotations

import re
from datetime import date

from annotations.text.dates import (
    DAY_MONTH,
    DAY_NAMES,
    DAY_PARTS,
    DAY_SLASH,
    MONTH_DAY,
    MONTH_NUMBERS,
    MONTH_RE,
    WEEKDAY,
    WEEKDAYS,
    dates_masked,
)
from annotations.text.families import UNIT_WORDS, unit_family
from annotations.text.names import DATELINE, undated
from annotations.text.numerals import small_number
from annotations.text.sentences import (
    SENTENCE_END,
    ClaimInfo,
    blank,
    claim_stretch,
    fold,
)
from annotations.text.units import unit_after

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
    # "due to start in May and last 18 months": the verb of a second predicate
    r"(?<!\band\s)(?<!\bwhich\s)(?<!\bthat\s)(?<!\bit\s)"
    r"\b(?:past|last|next|coming)\s*$",
    re.IGNORECASE,
)


_PERIOD_UNITS = {"day", "week", "month", "year"}


_FRAME_WORDS = re.compile(
    r"\b(?:terakhir|past|last|next|coming|ke\s+depan|mendatang)\b", re.IGNORECASE
)


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


# A weekday ahead ("begins next Monday", "dimulai Senin depan"): when
# something will start, never the day a figure is of.
_AHEAD_DAY = re.compile(
    rf"\b(?:next|this\s+coming)\s+{DAY_NAMES}\b"
    rf"|\b{DAY_NAMES}\s+(?:depan|mendatang|yang\s+akan\s+datang)\b",
    re.IGNORECASE,
)


def day_of(sentence: str, published: date | None = None) -> tuple | None:
    """Return the day a sentence speaks of: (month, day), ("wd", weekday) or None.

    >>> day_of("pada Minggu (18/6)")
    (6, 18)
    >>> day_of("on Sunday", date(2023, 6, 19))
    (6, 18)
    """
    sentence = _AHEAD_DAY.sub(blank, sentence)
    nth = _NTH_DAY.search(sentence)
    if nth and not (
        DAY_SLASH.search(sentence)
        or DAY_MONTH.search(sentence)
        or MONTH_DAY.search(sentence)
        or (WEEKDAY.search(sentence) and published is not None)
    ):
        # "pada hari kedua pencarian": a later day than the one the story
        # began; a date or a weekday beside it says which ("for a third day on
        # Wednesday").
        word = (nth.group("id") or nth.group("en") or "").casefold()
        return ("nth", _ORDINALS.get(word, 2))
    m = DAY_SLASH.search(sentence)
    if m:
        return int(m.group(2)), int(m.group(1))
    m = DAY_MONTH.search(sentence)
    if m:
        return MONTH_NUMBERS[m.group(2).casefold()], int(m.group(1))
    m = MONTH_DAY.search(sentence)
    if m:
        return MONTH_NUMBERS[m.group(1).casefold()], int(m.group(2))
    m = WEEKDAY.search(sentence)
    if m:
        weekday = WEEKDAYS[fold(m.group(1)).replace("'", "")]
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


# When a thing named was built or founded, or is to start working, is no
# year of a figure: "The market, built in 1998, houses 900 stalls", "pasar
# yang dibangun pada 1998", "pabrik ... ditargetkan beroperasi pada 2029",
# "The plant, due to open in 2029, will make ...".
_FOUNDED = re.compile(
    r"\b(?:built|founded|established|opened|erected|constructed|dibangun|didirikan"
    r"|berdiri|diresmikan|beroperasi|rampung|open|opens|operational)"
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:in|on|by|pada|sejak|tahun)?\s*"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)


_COMPARED_WITH = re.compile(
    r"\b(?:dibanding(?:kan)?|ketimbang|daripada|dari|compared\s+(?:with|to)|than|from"
    r"|on|over)\b[^.;]{0,40}?(?:tahun\s+lalu|tahun\s+sebelumnya|last\s+year"
    r"|a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year)",
    re.IGNORECASE,
)


# A named year a change is measured against, with no number between:
# "dibanding kuartal II 2025", "compared with the first half of 2025".
_COMPARED_WITH_YEAR = re.compile(
    r"\b(?:dibanding(?:kan)?|ketimbang|compared\s+(?:with|to))\s[^.;\d]{0,40}?"
    r"\b(?:19|20)\d\d\b",
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
    >>> sorted(years_of("Pertumbuhan dibanding kuartal II 2025 tercatat 9 persen"))
    []
    """
    sentence = _COMPARED_WITH_YEAR.sub(" ", _COMPARED_WITH.sub(" ", sentence))
    sentence = _FOUNDED.sub(" ", sentence)
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
    # Months from one to another: "April-Juni", "July to September", "Januari
    # hingga September" (a quarter, a half, nine months).
    r"|\b(?P<from>" + MONTH_RE + r")\s*(?:-|–|—|to|until|through|hingga|sampai"
    r"(?:\s+dengan)?|s\.d\.?)\s*(?P<to>" + MONTH_RE + r")\b"
    # A half year: "semester I", "paruh kedua 2026", "the first half of the year".
    r"|\b(?:semester|paruh)\s+(?P<half>ii|i|1|2|pertama|kedua)\b"
    r"|\b(?P<half_en>first|second)\s+half\s+of\s+(?:the\s+(?:fiscal\s+)?year|\d{4})\b"
    r"|\b(?P<year>(?:whole|full|entire)\s+year|sepanjang\s+tahun|setahun\s+penuh)\b"
    # The year's first months: "the first nine months", "sembilan bulan pertama".
    r"|\b(?:the\s+)?first\s+(?P<first_en>\w+)\s+months\b"
    r"|\b(?P<first_id>\w+)\s+bulan\s+pertama\b",
    re.IGNORECASE,
)


def _months_period(first: int, last: int) -> str:
    """Return months first to last as a quarter ("3"), "year", or "first-last"."""
    if first == 1 and last == 12:
        return "year"
    if first % 3 == 1 and last == first + 2:
        return str(first // 3 + 1)
    return f"{first}-{last}"


def quarter_of(sentence: str) -> str:
    """Return the quarter a sentence speaks of ("1" to "4"), "year" for a whole year, or "".

    >>> quarter_of("tumbuh 5,1 persen pada kuartal II"), quarter_of("in the April-June quarter")
    ('2', '2')

    Other spans of months are periods of their own, apart from any quarter:

    >>> quarter_of("sepanjang Januari-September"), quarter_of("pada semester I 2026")
    ('1-9', '1-6')
    >>> quarter_of("in the first nine months"), quarter_of("enam bulan pertama 2026")
    ('1-9', '1-6')
    """
    m = _QUARTER.search(sentence)
    if not m:
        return ""
    if m.group("year"):
        return "year"
    if m.group("from"):
        first = MONTH_NUMBERS[m.group("from").casefold()]
        last = MONTH_NUMBERS[m.group("to").casefold()]
        return _months_period(first, last) if first < last else ""
    if months := m.group("first_en") or m.group("first_id"):
        last = small_number(months)
        return _months_period(1, last) if 1 < last <= 12 else ""
    if half := m.group("half") or m.group("half_en"):
        return "1-6" if half.casefold() in ("i", "1", "pertama", "first") else "7-12"
    word = m.group("id") or m.group("en") or m.group("q")
    return _QUARTER_WORDS[word.casefold()]


def resolved_years(found: frozenset[str], published: date | None) -> frozenset[str]:
    """Return the years named, "last" and "this" as numbers, or the article's year.

    >>> sorted(resolved_years(frozenset({"last"}), date(2024, 5, 1)))
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


# A sentence opening on the day its counts stand at: "Hingga Senin (10/11)
# sore, …", "Per Selasa (20/5) pukul 20.00 WIB, …", "As of Monday evening, …",
# "By Wednesday afternoon, …"; or a day fronting it before a comma, the time
# of what it and the sentences after it tell ("Pada Selasa (4/3), petugas
# masih …", "On Tuesday, …", "Rabu (5/3) pagi, …"), where the day a lead
# sentence ends on is the event's ("Kapal tenggelam pada Sabtu malam.").
_DAY_WORDS = (
    rf"(?:{DAY_NAMES}|\d{{1,2}}\s+(?:{MONTH_RE})|(?:{MONTH_RE})\s+\d{{1,2}}"
    r"|kemarin|yesterday|hari\s+ini|today|tadi\s+malam|last\s+night)\b"
)
_AS_OF = re.compile(
    rf"(?:{DATELINE.pattern})?\s*(?:(?:hingga|sampai|per|until|as\s+of|by)\s+"
    rf"(?:hari\s+)?{_DAY_WORDS}|(?:(?:pada|on)\s+(?:hari\s+)?)?{_DAY_WORDS}"
    r"[^,.;\d]{0,25}(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)[^,.;\d]{0,20})?,)",
    re.IGNORECASE,
)


# A clause of time a sentence's last day is named in: "… sebelum Sungai Lemo
# meluap pada Senin malam", "… after the river burst its banks on Monday".
_IN_CLAUSE_OF_TIME = re.compile(
    r"\b(?:sebelum|setelah|sesudah|seusai|ketika|before|after|when)\s+"
    r"(?:[^\W\d_]+\s+){1,6}(?:pada|on)\s+(?:hari\s+)?$",
    re.IGNORECASE,
)


def last_day(text: str, published: date | None) -> tuple | None:
    """Return the day a sentence without one speaks of: the last sentence's that names one.

    That sentence's day is the one it opens on, before any number ("Hingga
    Selasa (12/8), dinas mencatat 214 kasus sejak ... Senin (4/8)": Tuesday,
    the day its count stands at), else the last day it names.

    >>> last_day("Hingga Selasa (12/8), tercatat 214 kasus sejak Senin (4/8). ", None)
    (8, 12)
    >>> last_day("Banjir melanda desa itu. Air surut pada Senin (4/8). ", None)
    (8, 4)
    """
    return last_day_as_of(text, published)[0]


def last_day_as_of(text: str, published: date | None) -> tuple[tuple | None, bool]:
    """Return last_day's day, and whether it is the day counts stand at.

    "Hingga Senin (10/11) sore, pencarian terus berlangsung." sets the day of
    the counts that follow, as "bertambah menjadi 16 orang pada Rabu (18/11)"
    does (see _counted_by); "Longsor terjadi pada Minggu (9/11)." only the
    event's. A day inside a clause of time ("… sebelum sungai meluap pada
    Senin malam") dates a background event: the sentence before it speaks.

    >>> last_day_as_of("Hingga Senin (10/11) sore, pencarian berlanjut. ", None)
    ((11, 10), True)
    >>> last_day_as_of("Longsor terjadi pada Minggu (9/11) dini hari. ", None)
    ((11, 9), False)
    """
    sentences = [
        _AHEAD_DAY.sub(blank, undated(s))
        for s in SENTENCE_END.split(text)
        if s and s.strip()
    ]
    for sentence in reversed(sentences):
        found = None
        for pattern in (
            DAY_SLASH,
            DAY_MONTH,
            MONTH_DAY,
            WEEKDAY,
            _NTH_DAY,
            _RELATIVE_DAY,
        ):
            for m in pattern.finditer(sentence):
                if found is None or m.start() > found[0]:
                    found = (m.start(), m.group())
        if found is not None and any(
            m.start() <= found[0] < m.end() for m in START_DAY.finditer(sentence)
        ):
            # "... selama 18 bulan mulai 2 November 2026.": the day a plan
            # starts, not the day the next sentences' figures are of.
            sentence = START_DAY.sub(lambda m: " " * len(m.group()), sentence)
            found = None
            for pattern in (DAY_SLASH, DAY_MONTH, MONTH_DAY, WEEKDAY):
                for m in pattern.finditer(sentence):
                    if found is None or m.start() > found[0]:
                        found = (m.start(), m.group())
        if found is None or _IN_CLAUSE_OF_TIME.search(sentence, 0, found[0]):
            # "Hujan turun tiga jam sebelum sungai meluap pada Senin malam.":
            # the day of a background event, not of the counts that follow.
            continue
        as_of = _AS_OF.match(sentence)
        if as_of:
            # "Hingga Senin (10/11) sore, …": the day up to the first comma.
            tail = sentence[as_of.end() : as_of.end() + 40].split(",")[0]
            day = day_of(sentence[: as_of.end()] + tail, published)
            if day is not None:
                return day, True
        day = opening_day(sentence, published) or day_of(found[1], published)
        return day, day is not None and _counted_by(sentence, found[0])
    return None, False


# A day a count stands at, named inside a sentence: "mengatakan hingga Selasa
# (17/11) sore sebanyak 1.100 jiwa mengungsi", "as of Monday".
_AS_OF_BEFORE = re.compile(
    r"\b(?:hingga|sampai|per|until|as\s+of)\s+(?:hari\s+)?(?:"
    + DAY_NAMES
    + r"\s*\(?)?$",
    re.IGNORECASE,
)


def _counted_by(sentence: str, at: int) -> bool:
    """Return whether the day at `at` is the day a count stands at, not an event's.

    "… hingga Selasa (17/11) sore sebanyak 1.100 jiwa mengungsi", "Sebanyak 14
    orang tewas …, menurut data BPBD pada Selasa (17/11)", "bertambah menjadi
    16 orang pada Rabu (18/11)": a day after "hingga", or after a count of
    people in its sentence, dates the counts; "Kapal tenggelam sekitar 5
    kilometer dari pelabuhan pada Sabtu (20/7) malam" only the event.

    >>> _counted_by("Korban bertambah menjadi 16 orang pada Rabu (18/11).", 40)
    True
    >>> _counted_by("Kapal tenggelam 5 kilometer dari pelabuhan pada Sabtu (20/7).", 50)
    False
    """
    if _AS_OF_BEFORE.search(sentence, 0, at):
        return True
    masked = dates_masked(sentence)
    for m in _DIGITS.finditer(masked, 0, at):
        after = unit_after(sentence, m.end())
        lead = sentence[: m.start()].split()
        # The count the sentence is about: it opens the sentence ("Sebanyak
        # 14 orang tewas ...") or is what a count reached ("menjadi 16
        # orang"); "A ferry carrying 120 passengers sank ... on Saturday" is
        # the ferry's day.
        if (
            after
            and after[0] == "person"
            and (len(lead) <= 1 or fold(lead[-1]) in _REACHED)
        ):
            return True
    return False


_DIGITS = re.compile(r"\d[\d.,]*")
_REACHED = frozenset(
    {"menjadi", "jadi", "mencapai", "tercatat", "sebanyak", "to", "reached", "hit"}
)


def opening_day(
    sentence: str, published: date | None, before: int = -1
) -> tuple | None:
    """Return the day a sentence opens on, before its first number (and before `before`).

    "Hingga Rabu (8/4), Dinkes mencatat 1.320 kasus": Wednesday is every
    number's day; dates, years and clock times are not numbers here.
    """
    first = re.search(r"\d", dates_masked(sentence))
    if not first or (before >= 0 and first.start() >= before):
        return None
    return day_of(sentence[: first.start()], published)


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


def is_period(claim: ClaimInfo, sentence: str, start: int, end: int) -> bool:
    unit = unit_family(claim.unit)
    if unit[0] != "time":
        return False
    canonical = UNIT_WORDS.get(claim.unit.casefold(), claim.unit.casefold())
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


_EARLIER = re.compile(
    r"\b(?:(?P<week>pekan\s+lalu|minggu\s+lalu|sepekan\s+lalu|seminggu\s+lalu"
    r"|last\s+week|a\s+week\s+(?:earlier|ago|before)|the\s+previous\s+week)"
    r"|(?P<month>bulan\s+lalu|sebulan\s+lalu|last\s+month|a\s+month\s+(?:earlier"
    r"|ago|before)|the\s+previous\s+month)"
    # A league's season gone by: "last season's average crowd", "musim lalu".
    r"|(?P<season>musim\s+lalu|musim\s+sebelumnya|musim\s+kemarin|last\s+season"
    r"|the\s+previous\s+season|a\s+season\s+(?:earlier|ago|before)))\b",
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


def basis_near(sentence: str, start: int, end: int) -> str:
    """Return the basis named nearest the claim, in the part of the sentence that is its own.

    >>> s = "Inflasi 0,3 persen secara bulanan dan 2,8 persen secara tahunan."
    >>> basis_near(s, s.index("2,8"), s.index("2,8") + 10)
    'year'
    """
    stretch = claim_stretch(sentence, start, end)
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
    rf"\blast\s+(?:{MONTH_RE})\b|\b(?:{MONTH_RE})\s+(?:tahun\s+)?lalu\b",
    re.IGNORECASE,
)


def earlier_of(text: str) -> str:
    """Return "week", "month", "season" or "named month" when words put a figure back in time.

    >>> earlier_of("harga cabai masih Rp 60.000 pekan lalu"), earlier_of("kini Rp 80.000")
    ('week', '')

    A time a change is measured against is no time of the figure:

    >>> earlier_of("rose 15 percent from a month earlier")
    ''
    """
    for m in _EARLIER.finditer(text):
        if not _AGAINST_BEFORE.search(text, 0, m.start()):
            return m.lastgroup or "month"
    m = _PAST_MONTH.search(text)
    if m and not _AGAINST_BEFORE.search(text, 0, m.start()):
        return "named month"  # "killed three workers last October"
    return ""


# Days that tell when something else happened: "after Wednesday night's
# leak", "since Sunday", "setelah Rabu (2/12) malam".
SINCE_DAY = re.compile(
    r"\b(?:since|sejak)\s+(?:hari\s+)?" + DAY_NAMES + r"\b", re.IGNORECASE
)


# The day something starts: "selama 18 bulan mulai 2 November 2026", "run for
# 18 months starting on June 15", "effective Monday". What runs from it is of
# the plan, not of that day, nor is what the article tells after it.
START_DAY = re.compile(
    r"\b(?:mulai|dimulai|terhitung|starting|beginning|effective|commencing)\s+"
    r"(?:(?:on|from|pada|tanggal|sejak)\s+)?(?:(?:hari\s+)?" + DAY_NAMES + r"\b"
    r"(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?|\d{1,2}\s+(?:" + MONTH_RE + r")\b"
    r"|(?:" + MONTH_RE + r")\s+\d{1,2}\b)(?:,?\s+\d{4})?",
    re.IGNORECASE,
)


# One day as a bound of a stretch: "early Monday", "Rabu (2/12) pagi".
_BOUND_DAY = (
    r"(?:(?:early|late|hari)\s+)?"
    + DAY_NAMES
    + r"\b(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?"
    + DAY_PARTS
)


# The days a stretch runs between: "lasted 41 hours, from Monday night to
# Wednesday morning", "selama 30 jam, dari Senin hingga Rabu", "lodged on
# Monday and Tuesday". Neither is the day a length is of; a count over them
# stands as of the last (see last_of_span).
SPAN_DAYS = re.compile(
    r"\b(?:from|dari|between|antara|sejak|on|pada)\s+"
    + _BOUND_DAY
    + r"\s+(?:to|until|till|through|and|hingga|sampai|dan)\s+(?P<last>"
    + _BOUND_DAY
    + r")",
    re.IGNORECASE,
)


def last_of_span(m: re.Match) -> str:
    """Return a stretch of days blanked but for its last day, offsets kept.

    >>> s = "lodged on Monday and Tuesday"
    >>> SPAN_DAYS.sub(last_of_span, s).split()
    ['lodged', 'Tuesday']
    """
    return " " * (m.start("last") - m.start()) + m.group("last")


OTHER_DAYS = re.compile(
    r"\b(?:since|sejak|after|following|setelah|sesudah|usai|pasca)\s+(?:hari\s+)?"
    + DAY_NAMES
    + r"\b(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?"  # "sejak Minggu (8/2)" whole
    + DAY_PARTS
    + r"(?:['’]s\b)?",
    re.IGNORECASE,
)


# "The toll from Tuesday's poisoning rose to three on Wednesday": a day in
# the possessive may name the event, and gives way to another day the
# figure's words name ("Monday's samples showed 32 micrograms" keeps it).
POSSESSIVE_DAY = re.compile(r"\b" + DAY_NAMES + r"['’]s\b", re.IGNORECASE)


# A month named without a day, as the period a figure is of: "pada Maret
# 2026", "in February", "sepanjang Januari"; not a bound ("sejak Januari").
_MONTH_ALONE = re.compile(
    rf"(?<!\d\s)(?<!sejak\s)(?<!since\s)(?<!dari\s)(?<!from\s)(?<!hingga\s)"
    rf"(?<!until\s)\b({MONTH_RE})\b(?!\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)


def month_named(stretch: str) -> int:
    """Return the month a stretch names on its own (no day beside it), or 0.

    >>> month_named("Pada Februari, tercatat 150.000 orang"), month_named("pada 7 Maret")
    (2, 0)
    >>> month_named("Officials may march on"), month_named("in May")
    (0, 5)
    """
    found = {
        MONTH_NUMBERS[m.group(1).casefold()]
        for m in _MONTH_ALONE.finditer(stretch)
        if m.group(1)[0].isupper()  # "they may march": no month
    }
    return found.pop() if len(found) == 1 else 0


def earlier_day(old: tuple | None, new: tuple | None) -> bool:
    """Return whether day `old` comes before day `new`, both (month, day)."""
    dated = (old, new)
    if any(d is None or isinstance(d[0], str) for d in dated):
        return False
    return old < new


# A duration followed by the event it counts from or to: "five hours after
# leaving port", "four hours into its voyage", "tiga jam setelah bertolak",
# "inspected eight months before the collapse": a gap, not a length.
_SINCE_AFTER = re.compile(
    r"\s*(?:after|into|since|following|setelah|sesudah|usai|seusai|selepas|sejak"
    r"|pasca|before|sebelum|prior\s+to)\b",
    re.IGNORECASE,
)


# How long something went on: "lasted", "for", "selama", "memakan waktu".
_LASTING_BEFORE = re.compile(
    r"\b(?:for|lasted|lasting|lasts|took|takes|spent|selama|berlangsung|memakan"
    r"|waktu|ditempuh|menempuh)\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)


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


def is_elapsed(sentence: str, start: int, end: int) -> bool:
    """Return True for the time since an event, not the length of one.

    >>> s = "Ia diikat kontrak tiga tahun setelah tes medis."
    >>> is_elapsed(s, s.index("tiga"), s.index(" setelah"))
    False
    """
    before = sentence[max(0, start - 30) : start]
    return (
        bool(_SINCE_AFTER.match(sentence, end))
        and not _LASTING_BEFORE.search(before)
        and not _TERM_BEFORE.search(before)
        and not _TERM_OPENS.match(sentence, start, end)
    )


def days_differ(a: tuple | None, b: tuple | None) -> bool:
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


def years_near(sentence: str, start: int, end: int) -> frozenset[str]:
    """Return the years named in the part of the sentence nearest the claim."""
    stretch = claim_stretch(sentence, start, end)
    found = set(_YEAR.findall(stretch))
    for pattern, name in _RELATIVE_YEARS:
        if pattern.search(stretch):
            found.add(name)
    return frozenset(found)
