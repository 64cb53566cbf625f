"""Read the names in a sentence: runs of capitalised words that name somebody or somewhere.

Sentence openers, titles, days and months are no names; a name that only
tells who gave a figure ("menurut Miller", "Dinas Kesehatan mencatat") is
left out when asked; a demonym is its country ("Australian" is Australia).
Names shared by most of a story's articles (its protagonists, its city)
tell no two facts apart.

Pure: no Django.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from annotations.text.sentences import fold

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
REGIONS = frozenset(
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
    r"|counted|announced|told|claimed"
    # "The Bugle has learned that", "Kabar Kota memperoleh informasi"
    r"|learned|learnt|understands|memperoleh\s+informasi|mendapat\s+informasi)\b",
    re.IGNORECASE,
)


_SPEECH = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|said|says|told|added)\W*$"
    r"|\b(?:menurut|according\s+to)\s*$",
    re.IGNORECASE,
)


# A small number between two words of a name is part of it: "SDN 2
# Wonorejo", "SMPN 4 Kedungrejo", "Pos 3 Cibodas".
_NAME_NUMBER = re.compile(r"[ \t]+\d{1,3}[ \t]+")


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


def clause_opens(sentence: str, start: int, end: int, clause: str) -> bool:
    """Return whether the claim's clause opens its sentence (after a dateline, if any)."""
    left = clause.find(sentence[start:end]) - 1  # the clause's words before the claim
    before = sentence[: max(0, start - max(0, left))]
    return not before.strip() or bool(DATELINE.fullmatch(before))


# "WANAREJA - ", "WANAREJA, Indonesia - ", "SERANG (Nusapress) - ": what
# follows opens the sentence.
DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'’]+(?:,\s*[^\W\d_][\w .]*){0,2}(?:\s*\([^)]{1,40}\))?\s*[-–—]\s*"
)


def undated(sentence: str) -> str:
    """Return the sentence with a dated dateline blanked: the day it was filed, not the event's.

    >>> undated("TANJUNG, Indonesia, July 20 - Three people died on Sunday.").split()
    ['Three', 'people', 'died', 'on', 'Sunday.']
    """
    m = DATELINE.match(sentence)
    if m and re.search(r"\d", m.group()):
        return " " * m.end() + sentence[m.end() :]
    return sentence


@lru_cache(maxsize=65536)
def names_in(
    sentence: str, sources: bool = True, opening: bool = True
) -> tuple[frozenset[str], ...]:
    """Return the names in a sentence (runs of capitalised words), leaving out attributions.

    Without `sources`, a name that tells or records the figure ("Dinas
    Kesehatan mencatat", "Hendra Gunawan, mengatakan") is left out too: it
    is who gives the number, not what the number is about.

    >>> [sorted(e) for e in names_in("Dia bertemu Qin Gang di Beijing, kata Miller.")]
    [['gang', 'qin'], ['beijing']]
    >>> names_in("Dinas Kesehatan mencatat 40 kasus.", sources=False)
    ()

    A text that does not open its sentence (a clause after a comma, `opening`
    False) names somebody with its first capital; a hyphenated pair of names
    is both names.

    >>> [sorted(e) for e in names_in("Anton-Maya 24 persen", opening=False)]
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
                or DATELINE.fullmatch(sentence, 0, m.start())
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
