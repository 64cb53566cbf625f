"""Suggest quotations, with their speaker when the sentence names one.

Quote marks are straight or curly, double or single. Single marks between
two letters ("Qur'an", "Blinken's") are apostrophes, and a closing single
mark with no opening one before it ("students' books") is ignored. Quotes
do not span lines; an unclosed quote is not suggested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class QuoteCandidate:
    start: int  # the quoted words, without the quote marks
    end: int
    speaker: str  # attributed name, "" when none or only a pronoun ("ucapnya")
    form: str  # "direct": a whole quoted sentence; "partial": words inside one


# Up to three capitalised words; longer runs are usually a title before the name.
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_ID_VERBS = (
    "kata|ujar|ucap|tutur|ungkap|jelas|tegas|cetus|tambah|sebut|imbuh|terang"
    "|papar|lanjut|seru|pungkas|tandas"
)
_EN_VERBS = "said|says|added|told|noted|stressed|explained|wrote|asked"
_BEFORE_VERBS = (
    "mengatakan|menyatakan|berkata|menegaskan|menyebut|menuturkan|mengungkapkan"
    "|menjelaskan|menambahkan|menunjukkan|menekankan|menulis|menyampaikan"
    f"|{_EN_VERBS}"
)
# ", kata Blinken", ", ujar juru bicara Hua Chunying", ", said Blinken"
_VERB_THEN_NAME = re.compile(
    rf"^\W*(?:{_ID_VERBS}|{_EN_VERBS})\s+(?:[a-z]+\s+){{0,3}}?(?P<name>{_NAME})"
)
# ", Miller said"
_NAME_THEN_VERB = re.compile(rf"^\W*(?P<name>{_NAME})\s+(?:{_EN_VERBS})\b")
# 'Blinken mengatakan di Twitter bahwa "...', 'Menurut Hua, kedua pihak "...'
_BEFORE = re.compile(
    rf"(?:\b(?:[Mm]enurut|[Aa]ccording to)\s+(?:[^,]{{0,80}}?\s)?(?P<by>{_NAME}),"
    rf"|(?P<name>{_NAME})\s+(?:{_BEFORE_VERBS})\b)"
)
_NOT_NAMES = {
    "Menlu", "Menteri", "Presiden", "Wakil", "Jubir", "Juru", "Bicara", "Deplu",
    "Kemlu", "AS", "RI", "China", "Tiongkok", "President", "Secretary",
    "Minister", "Spokesperson", "Mr", "Mrs", "Ms", "Dr", "Pak", "Bu",
    "Namun", "Tetapi", "But", "However", "Dia", "Ia", "Mereka", "Kami",
    "He", "She", "They", "We", "The",
}  # fmt: skip
_PRONOUN_AFTER = re.compile(
    rf"^\W*(?:(?:{_ID_VERBS})nya\b|(?:{_ID_VERBS})\s+(?:dia|ia|beliau|mereka)\b"
    rf"|(?:he|she|they|we)\s+(?:{_EN_VERBS})\b|(?:{_EN_VERBS})\s+(?:he|she|they)\b)"
)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def find_quotes(text: str) -> list[QuoteCandidate]:
    found = []
    for open_at, close_at in _quote_marks(text):
        start, end = open_at + 1, close_at
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        if not any(c.isalpha() for c in text[start:end]):
            continue
        found.append(
            QuoteCandidate(
                start,
                end,
                _speaker(text, open_at, close_at),
                _form(text, open_at, start, end),
            )
        )
    found.sort(key=lambda q: (q.start, -q.end))
    return found


def _quote_marks(text: str) -> list[tuple[int, int]]:
    """Return (opening mark, closing mark) positions of every quote."""
    pairs = []
    open_straight: int | None = None
    stacks: dict[str, list[int]] = {"“": [], "'": [], "‘": []}
    for i, c in enumerate(text):
        if c == "\n":
            open_straight = None
            for stack in stacks.values():
                stack.clear()
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if c == '"':
            if open_straight is None:
                if not before.isalnum():  # else a closing mark left from the line above
                    open_straight = i
            else:
                pairs.append((open_straight, i))
                open_straight = None
        elif c == "“":
            stacks["“"].append(i)
        elif c == "”" and stacks["“"]:
            pairs.append((stacks["“"].pop(), i))
        elif c in "'‘’":
            if before.isalnum() and after.isalnum():
                continue  # apostrophe: "Qur'an", "Blinken’s"
            stack = stacks["'" if c == "'" else "‘"]
            if c == "‘" or (c == "'" and not before.isalnum() and after.isalnum()):
                stack.append(i)
            elif stack and not before.isspace():
                pairs.append((stack.pop(), i))
    return pairs


def _form(text: str, open_at: int, start: int, end: int) -> str:
    first = next((c for c in text[start:end] if c.isalpha()), "")
    if not first.isupper():
        return "partial"
    lead = text[_sentence_start(text, open_at) : open_at].strip()
    if not lead or lead.endswith(":") or text[end - 1] in ".!?":
        return "direct"
    return "partial"


def _sentence_start(text: str, pos: int) -> int:
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 300), pos):
        start = m.end()
    return start


def _speaker(text: str, open_at: int, close_at: int) -> str:
    tail = text[close_at + 1 : close_at + 100]
    tail = _SENTENCE_END.split(tail, maxsplit=1)[0]
    if _PRONOUN_AFTER.match(tail):
        return ""  # "ucapnya", "kata dia kepada Reuters", "he said"
    m = _VERB_THEN_NAME.match(tail) or _NAME_THEN_VERB.match(tail)
    if m:
        return _clean_name(m.group("name"))
    head = text[_sentence_start(text, open_at) : open_at]
    names = [m.group("by") or m.group("name") for m in _BEFORE.finditer(head)]
    return _clean_name(names[-1]) if names else ""


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[0].rstrip(".") in _NOT_NAMES:
        words.pop(0)
    return " ".join(words)
