"""Read who gives a figure: "Polisi memperkirakan", "according to the organisers".

Who gives a figure is never what it counts. Where one sentence sets two
givers' estimates side by side ("polisi menaksir Rp 3 miliar, sedangkan
pemilik menyebut Rp 5 miliar"), or two outlets quote different kinds of
givers (the police, the organisers, the village head), each figure is its
giver's.

Pure: no Django.
"""

from __future__ import annotations

import re

from annotations.text.sentences import TURN, WORD, fold, segment_of

# Who gave a figure is not what it counts: "Polisi memperkirakan 5.000
# orang", "menurut polisi", "police estimated": the crowd, not the police.
_SOURCE = re.compile(
    r"\b(?:menurut|according\s+to|kata|ujar|said|says)\s+(?:[^\W\d_]+\s*){1,2}"
    r"|\b[^\W\d_]+\s+(?:memperkirakan|mencatat|menyebut(?:kan)?|mengatakan"
    r"|melaporkan|menghitung|menaksir|mengklaim|estimated|estimates|estimate|said"
    r"|says|counted|reported|put|claimed|claims|reckoned)\b",
    re.IGNORECASE,
)


def unsourced(text: str) -> str:
    """Return text without the one who gave its figure.

    >>> unsourced("Polisi memperkirakan sekitar 5.000 orang").split()
    ['sekitar', '5.000', 'orang']
    """
    return _SOURCE.sub(" ", text)


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


def said_by_words(segment: str) -> frozenset[str]:
    """Return the words of who gives the figures of a part of a sentence.

    >>> sorted(said_by_words("sementara panitia menyebut 10.000 orang"))
    ['@organisers', 'panitia']
    """
    m = _SAID_BY.search(segment)
    if not m:
        return frozenset()
    words = [
        w
        for w in WORD.findall(fold(m.group(1) or m.group(2)))
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


def giver_of(segment: str, approximate: bool) -> str:
    """Return the kind of who gives an estimated figure ("@police", …), or "".

    >>> giver_of("Lurah Tanjung Rejo, Hendrik Sitompul, menyebut sekitar 800 warga", True)
    '@local'
    >>> giver_of("according to a police count", True), giver_of("Polisi mencatat 12 orang", False)
    ('@police', '')
    """
    if not (approximate or _ESTIMATED.search(segment)):
        return ""
    m = _GIVER_SUBJECT.search(segment)
    if not m:
        return ""
    words = WORD.findall(fold(m.group(1) or m.group(2)))
    # one word or two ("kepala desa", "village head")
    for word in [*words, *(f"{x} {y}" for x, y in zip(words, words[1:], strict=False))]:
        if kind := _GIVER_WORDS.get(word):
            return kind
    return ""


def contrasted_sources(sentence: str, start: int, end: int) -> frozenset[str]:
    """Return who gives the claim's figure when the sentence sets another's beside it.

    "Polisi menaksir kerugian Rp 3 miliar, sedangkan pemilik gudang menyebut
    Rp 5 miliar": each figure is its giver's, two estimates, not one.
    """
    own = segment_of(sentence, start, end)
    if own == sentence:
        return frozenset()
    mine = said_by_words(own)
    if not mine:
        return frozenset()
    others = [
        said_by_words(sentence[m.end() :])
        if m.start() >= end
        else said_by_words(sentence[: m.start()])
        for m in TURN.finditer(sentence)
    ]
    if any(o and not o & mine for o in others):
        return mine
    return frozenset()
