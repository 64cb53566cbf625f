"""Recognise a written date: weekday and month names, "(18/6)", "18 Juni", "June 18".

A date, a year or a clock time inside a sentence is no figure: the clause
and stretch readers (sentences) hide them before they look for the number
nearest a claim, and the day readers (days) turn them into days.

Pure: no Django.
"""

from __future__ import annotations

import re
from functools import lru_cache

WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6, "monday": 0, "tuesday": 1,
    "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip


MONTH_NUMBERS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "aug": 8, "agu": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip


MONTH_RE = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))


DAY_SLASH = re.compile(r"\((\d{1,2})/(\d{1,2})(?:/\d{2,4})?\)")


DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})\b", re.IGNORECASE)


MONTH_DAY = re.compile(rf"\b({MONTH_RE})\s+(\d{{1,2}})\b(?!\s*(?:jam|hours?|%))", re.I)


WEEKDAY = re.compile(
    r"\b(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


_DATE_LIKE = re.compile(
    r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|\b\d{1,2}[.:]\d{2}\b|\b(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}\s+(?:{MONTH_RE})\b|\b(?:{MONTH_RE})\s+\d{{1,2}}\b(?![.,]\d)",
    re.IGNORECASE,
)


_IN_A_NAME = re.compile(r"(\b[A-Z][A-Za-z]*[ \t]+)(\d{1,3})(?=[ \t]+[A-Z][a-z])")


@lru_cache(maxsize=65536)
def dates_masked(sentence: str) -> str:
    """Return the sentence with its dates, years, clock times and numbers inside names hidden as '#'."""
    masked = _DATE_LIKE.sub(lambda m: "#" * len(m.group()), sentence)
    return _IN_A_NAME.sub(lambda m: m.group(1) + "#" * len(m.group(2)), masked)


DAY_NAMES = (
    r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)"
)


DAY_PARTS = (
    r"(?:\s+(?:night|morning|evening|afternoon|malam|pagi|siang|sore|dini\s+hari)\b)?"
)
