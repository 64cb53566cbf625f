"""Words and clause bounds that finding a claim and its measured phrase share.

`WORD_RE` reads a word, a number or a sign; `BRIDGES` are the words that
stand between a thing and its figure ("berlangsung selama", "reached");
`LEFT_STOPS` start a new clause. `REPORTED_RE` finds another's count of what
was named before ("Police put the number at").
"""

from __future__ import annotations

import re

from annotations.text.wordclasses import STOPWORDS

WORD_RE = re.compile(
    r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]", re.UNICODE
)
# Words between the thing measured and the number: "berlangsung selama", "reached".
BRIDGES = {
    "selama", "sebesar", "sebanyak", "senilai", "seluas", "sepanjang", "sejauh",
    "setinggi", "sedalam", "seberat", "sejumlah", "mencapai", "berlangsung",
    "hanya", "yakni", "yaitu", "adalah", "ialah", "untuk", "dengan", "total",
    "naik", "turun", "meningkat", "menurun", "bertambah", "berkurang", "menjadi",
    "dari", "pada", "dalam", "telah", "sudah", "baru", "tercatat", "mencatat",
    "hingga", "sampai", "kini", "saat", "ini", "itu", "tersebut", "masih", "lagi",
    "for", "of", "about", "lasting", "lasted", "lasts", "totaling", "totalling",
    "totaled", "worth", "at", "to", "by", "reached", "reaching", "was", "is",
    "were", "are", "be", "been", "has", "have", "had", "rose", "fell",
    "increased", "decreased", "grew", "jumped", "dropped", "climbed", "stood",
    "stands", "amounted", "came", "some", "around", "nearly", "just", "only",
    "more", "than", "less", "from", "in", "on", "the", "a", "an", "estimated",
    "costing", "cost", "costs", "valued", "took", "takes", "ditaksir",
    "diperkirakan", "disebut", "dilaporkan", "diduga", "sekitar", "could", "would",
    "will", "may", "might", "can", "should", "must", "exceed", "exceeds", "top",
    "tops", "hit", "hits", "reach", "reaches", "totals",
    "akan", "bisa", "dapat", "bakal", "harus", "perlu", "lalu", "last", "this",
    "year", "tahun", "kemarin", "yesterday", "today", "setara", "equivalent",
    "atau", "or", "sempat", "pernah", "kembali", "yoy", "mtm", "qtq", "ytd",
    "level", "posisi", "tetap", "stabil", "remained", "remains", "stayed",
    "stays", "ke", "into", "tahunan", "secara", "tumbuh", "jatuh", "anjlok", "susut",
    "rise", "rises", "falls", "grows", "jumps", "climbs", "drops",
}  # fmt: skip
# Words that start a new clause: the measured phrase stops after them.
LEFT_STOPS = {
    "yang", "bahwa", "karena", "ketika", "jika", "agar", "setelah",
    "sebelum", "saat", "sejak", "namun", "tetapi", "sedangkan", "that", "which",
    "who", "because", "when", "while", "after", "before", "since", "but",
    "although", "if", "mereka", "dia", "ia", "he", "she", "they",
    "we", "it", "menurut", "said", "says", "kata", "ujar",
    "could", "would", "will", "may", "might", "can", "should", "must", "its",
    "their", "his", "her", "our", "my", "your", "has", "have", "had", "is", "are",
    "was", "were", "padahal", "whereas", "alongside", "besides",
}  # fmt: skip


def same_sentence(text: str, start: int, end: int) -> bool:
    gap = text[start:end]
    return len(gap) < 80 and not re.search(r"[.!?](?:\s|$)|\n", gap)


# Another's count of what was named before: "Police put the number at 1,800",
# "the union estimated it at 2,400", "Polisi menyebut angkanya 1.800",
# "memperkirakan jumlahnya mencapai 2.400".
REPORTED_RE = re.compile(
    r"(?:\b(?:put|puts|putting|placed|places|pegged|pegs|estimated|estimates|estimate"
    r"|estimating|gave|gives|set|sets|reported|reports|counted|counts|numbered"
    r"|revised|revises|updated|updates|raised|raises|lowered|lowers|corrected|brought)"
    r"[ \t\xa0]+(?:(?:the|their|its|his|her|that)[ \t\xa0]+)?(?:(?:final|total|official"
    r"|overall|own|death|casualty|fatality|injury)[ \t\xa0]+)?(?:number|figure|total|toll|count|tally|it|them|that"
    r"|crowd|turnout|attendance)"
    # "put the crowd outside city hall at 3,500", "revised the death toll
    # from the mine blast to 23": a few words of where or what between
    r"(?:[ \t\xa0]+(?!at\b|as\b|to\b)[^\W\d_]+(?:[-'’][^\W\d_]+)*){0,5}?"
    r"[ \t\xa0]+(?:at|as|to)"
    r"|\b(?:the|that|this)[ \t\xa0]+(?:figure|number|tally|count|total)[ \t\xa0]+"
    r"(?:(?:has|had)[ \t\xa0]+)?(?:rose|risen|climbed|jumped|increased|grew|grown|fell"
    r"|fallen|dropped|stood|stands|reached)(?:[ \t\xa0]+(?:to|at))?"
    r"|\b(?:angka|jumlah|total)(?:nya|[ \t\xa0]+(?:itu|tersebut))"
    r"(?:[ \t\xa0]+(?:mencapai|sebanyak|sebesar|ada|adalah|hanya|tercatat))?)"
    r"[ \t\xa0]+(?:(?:about|around|some|nearly|almost|roughly|over|more[ \t\xa0]+than"
    r"|sekitar|hampir|lebih[ \t\xa0]+dari|kurang[ \t\xa0]+lebih)[ \t\xa0]+)?$",
    re.IGNORECASE,
)


def sentences_before(text: str, pos: int, count: int) -> int:
    """Return where the sentence holding pos starts, or the one count - 1 sentences before it."""
    start = pos
    for _ in range(count):
        found = max(
            text.rfind(". ", 0, start),
            text.rfind("? ", 0, start),
            text.rfind("! ", 0, start),
            text.rfind("\n", 0, start),
        )
        if found < 0:
            return 0
        start = found
    return start + 1


def noun_phrase_end(text: str, end: int) -> int:
    """Return where "kasus" + one qualifying word ends: "kasus DBD", "korban meninggal"."""
    m = WORD_RE.match(text, skip_blank(text, end))
    if (
        m
        and m.group()[:1].isalpha()
        and m.group().casefold() not in STOPWORDS | BRIDGES | LEFT_STOPS
        and "\n" not in text[end : m.start()]
    ):
        return m.end()
    return end


def skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\xa0":
        pos += 1
    return pos


# The last word before a position: search it in a window that ends there.
LAST_WORD_RE = re.compile(r"([^\W\d_]+)[ \t\xa0]*$")
# A capitalised word and a comma ending the text before: "AR," in "berinisial AR, 30".
NAME_COMMA_RE = re.compile(r"(?:^|[\s(])[A-Z][\w'’.-]*,$")
