"""Look words up in open dictionaries: English-Indonesian translations, Indonesian synonyms.

Two well-kept open data sets, read where Debian installs them and never copied
into the repository:

- FreeDict/WikDict English-Indonesian (package `dict-freedict-eng-ind`, about
  10,000 headwords from Wiktionary, CC-BY-SA 3.0), in dictd format:
  /usr/share/dictd/freedict-eng-ind.index (headword, offset, length in base64)
  and .dict.dz (dictzip, which gzip reads);
- the Indonesian thesaurus of LibreOffice (package `mythes-id`, LGPL/MPL):
  /usr/share/mythes/th_id_ID_v2.dat, "word|n" then n lines "[pos]|syn|syn…".

Nothing is read until the first lookup; then both files are parsed once per
process (about a fifth of a second) and kept. `configure()` points at other
files (the app passes its settings) or switches a source off; a missing file
is no error: lookups then answer with empty sets and the callers fall back to
what they know without it.

Indonesian words are looked up bare of their affixes as well, so "dukungan"
and "mendukung" find "dukung"; English ones bare of their inflections
("relations", "talked", "supporting").

Pure: no Django.
"""

from __future__ import annotations

import gzip
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from annotations.text.affixes import word_bases

DEFAULT_DICTD = "/usr/share/dictd/freedict-eng-ind"
DEFAULT_THESAURUS = "/usr/share/mythes/th_id_ID_v2.dat"

# A translation longer than this is an explanation, not a word to match.
MAX_PHRASE_WORDS = 3

_B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}  # fmt: skip
_POS = re.compile(r"<([^<>]+)>\s*$")
_SENSE = re.compile(r"^(\d+)\.\s+(.*)$")
_TRAILING_SENSE = re.compile(r"\s+\d+\.\s*$")
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_COMBINING = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_BAR = re.compile(r"\s*\|\s*")
_AFFIX_POS = frozenset({"suffix", "prefix", "infix", "affix"})


def fold(text: str) -> str:
    """Return text lower-cased, without accents, with single spaces.

    >>> fold("  Terus-Terang ")
    'terus-terang'
    """
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(text.casefold().split())


def fold_lines(text: str) -> list[str]:
    """Return the lines of text folded as `fold` does, spaces inside lines kept."""
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.casefold().splitlines()


def _decode_b64(number: str) -> int:
    value = 0
    for c in number:
        value = value * 64 + _B64[c]
    return value


def _translation_items(line: str) -> list[str]:
    """Return the words a dictd translation line offers, explanations left out."""
    line = _TRAILING_SENSE.sub("", line)
    line = _PARENS.sub(" ", line)
    out = []
    for item in re.split(r"[,;/]", line):
        item = fold(item.strip(" .:!?\"'"))
        if not item or len(item.split()) > MAX_PHRASE_WORDS:
            continue
        if not any(c.isalpha() for c in item):
            continue
        out.append(item)
    return out


def parse_dictd_entry(text: str) -> tuple[str, list[str]]:
    """Return the part of speech and translations of one dictd entry.

    The headword line carries pronunciations and "<pos>"; then come the
    translations: one unnumbered line, or lines "1. a, b" (a trailing " 2."
    numbers the first English gloss). Every other line is an English
    explanation ("to back a cause, party, etc."), skipped.

    >>> parse_dictd_entry("support /sə'pɔːt/ <v>\\n1. mendukung 2.\\nto back a cause\\n 3.\\n"
    ...                   "to be designed for it\\n2. menunjang\\nto help, financially\\n")
    ('v', ['mendukung', 'menunjang'])
    """
    lines = text.splitlines()
    if not lines:
        return "", []
    pos_match = _POS.search(lines[0])
    pos = pos_match.group(1).strip() if pos_match else ""
    found: list[str] = []
    for n, line in enumerate(lines[1:]):
        sense = _SENSE.match(line)
        if sense:
            found += _translation_items(sense.group(2))
        elif n == 0 and line.strip() and not line[0].isspace():
            found += _translation_items(line)
    return pos, list(dict.fromkeys(found))


def read_dictd(index: Path, data: Path) -> dict[str, tuple[str, ...]]:
    """Return English headwords (folded) and their Indonesian translations."""
    raw = data.read_bytes()
    if data.suffix == ".dz":  # dictzip: gzip with an index of chunks gzip ignores
        raw = gzip.decompress(raw)
    found: dict[str, set[str]] = defaultdict(set)
    for line in index.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database"):
            continue
        word, offset, length = parts
        try:
            start, size = _decode_b64(offset), _decode_b64(length)
        except KeyError:
            continue
        entry = raw[start : start + size].decode("utf-8", errors="replace")
        pos, translations = parse_dictd_entry(entry)
        if pos in _AFFIX_POS:
            continue
        headword = fold(word)
        found[headword].update(t for t in translations if t != headword)
    return {w: tuple(sorted(ts)) for w, ts in found.items() if ts}


def read_mythes(path: Path) -> dict[str, tuple[str, ...]]:
    """Return Indonesian words (folded) and their synonyms, every sense together.

    The first line names the encoding (ISO-8859-1 for the Indonesian one);
    notes in brackets ("sembuh (dari sakit)") are dropped.
    """
    raw = path.read_bytes()
    first, _, rest = raw.partition(b"\n")
    encoding = first.decode("ascii", errors="replace").strip() or "utf-8"
    try:
        text = rest.decode(encoding, errors="replace")
    except LookupError:
        text = rest.decode("utf-8", errors="replace")
    found: dict[str, set[str]] = defaultdict(set)
    lines = fold_lines(text)
    i = 0
    while i < len(lines):
        head, _, count = lines[i].rpartition("|")
        i += 1
        if not head or not count.strip().isdigit():
            continue
        word = " ".join(head.split())
        for line in lines[i : i + int(count)]:
            if "(" in line:
                line = _PARENS.sub(" ", line)
            if "  " in line or " |" in line or "| " in line or line[-1:] == " ":
                line = _BAR.sub("|", " ".join(line.split()))
            found[word].update(line.split("|")[1:])
        i += int(count)
    # Synonymy goes both ways, though an entry lists only its own synonyms.
    for word, synonyms in list(found.items()):
        for synonym in synonyms:
            found[synonym].add(word)
    # Tuples: a third of the memory of sets, for some 60,000 entries.
    return {w: tuple(sorted(s - {w, ""})) for w, s in found.items() if w}


@dataclass(frozen=True)
class _Data:
    en_id: dict[str, tuple[str, ...]]
    id_en: dict[str, tuple[str, ...]]
    synonyms: dict[str, tuple[str, ...]]
    phrases: frozenset[str]  # multiword entries of either side, hyphens as spaces


_lock = threading.Lock()
_paths: dict[str, str] = {"dictd": DEFAULT_DICTD, "thesaurus": DEFAULT_THESAURUS}
_data: _Data | None = None
_generation = 0  # counts configure() calls, for callers that cache what they derive


def configure(*, dictd: str | None = None, thesaurus: str | None = None) -> None:
    """Point at other dictionary files; "" switches one off. Forgets what was loaded.

    `dictd` is the path without extension (".index" and ".dict.dz" or
    ".dict" are added); `thesaurus` the mythes .dat file.
    """
    global _data, _generation
    with _lock:
        _generation += 1
        if dictd is not None:
            _paths["dictd"] = dictd
        if thesaurus is not None:
            _paths["thesaurus"] = thesaurus
        _data = None
    _lookup_cache_clear()


def generation() -> int:
    """Return a number that changes whenever `configure` points elsewhere."""
    return _generation


def paths() -> dict[str, str]:
    """Return the files in use, as `configure` takes them."""
    return {"dictd": _paths["dictd"], "thesaurus": _paths["thesaurus"]}


def _load() -> _Data:
    en_id: dict[str, tuple[str, ...]] = {}
    synonyms: dict[str, tuple[str, ...]] = {}
    base = _paths["dictd"]
    if base:
        index = Path(base + ".index")
        data = next(
            (p for p in (Path(base + ".dict.dz"), Path(base + ".dict")) if p.is_file()),
            None,
        )
        if index.is_file() and data is not None:
            en_id = read_dictd(index, data)
    if _paths["thesaurus"] and Path(_paths["thesaurus"]).is_file():
        synonyms = read_mythes(Path(_paths["thesaurus"]))
    id_en: dict[str, set[str]] = defaultdict(set)
    for english, translations in en_id.items():
        for indonesian in translations:
            id_en[indonesian].add(english)
    words: Iterable[str] = [*en_id, *id_en, *synonyms]
    phrases = frozenset(
        w.replace("-", " ") for w in words if " " in w.replace("-", " ")
    )
    return _Data(
        en_id, {w: tuple(sorted(e)) for w, e in id_en.items()}, synonyms, phrases
    )


def _get() -> _Data:
    global _data
    data = _data
    if data is None:
        with _lock:
            if _data is None:
                _data = _load()
            data = _data
    return data


def available() -> bool:
    """Return whether any dictionary was found (loads them on first call)."""
    data = _get()
    return bool(data.en_id or data.synonyms)


def is_phrase(words: str) -> bool:
    """Return whether a few folded words form one entry ("terus terang", "long term")."""
    return words.replace("-", " ") in _get().phrases


def _variants(word: str) -> tuple[str, ...]:
    spaced = word.replace("-", " ")
    return tuple(dict.fromkeys((word, spaced, word.replace("-", ""))))


# English verbs whose past forms no suffix rule undoes: grammar, not vocabulary.
_IRREGULAR_LINES = """
    arise arose arisen; be was were been; bear bore borne; beat beaten; become became;
    begin began begun; bend bent; bind bound; bite bit bitten; blow blew blown;
    break broke broken; bring brought; build built; burn burnt; buy bought; catch caught;
    choose chose chosen; come came; deal dealt; dig dug; do did done; draw drew drawn;
    drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen; feed fed;
    feel felt; fight fought; find found; flee fled; fly flew flown; forbid forbade forbidden;
    forget forgot forgotten; forgive forgave forgiven; freeze froze frozen; get got gotten;
    give gave given; go went gone; grow grew grown; hang hung; have has had; hear heard;
    hide hid hidden; hold held; keep kept; know knew known; lay laid; lead led; leave left;
    lend lent; lie lay lain; lose lost; make made; mean meant; meet met; pay paid;
    ride rode ridden; ring rang rung; rise rose risen; run ran; say said; see saw seen;
    seek sought; sell sold; send sent; shake shook shaken; shoot shot; show shown;
    shrink shrank shrunk; sing sang sung; sink sank sunk; sit sat; sleep slept;
    speak spoke spoken; spend spent; stand stood; steal stole stolen; stick stuck;
    strike struck; swear swore sworn; swim swam swum; take took taken; teach taught;
    tear tore torn; tell told; think thought; throw threw thrown; understand understood;
    wake woke woken; wear wore worn; win won; withdraw withdrew withdrawn; write wrote written
"""
_IRREGULAR = {
    form: forms.split()[0]
    for forms in _IRREGULAR_LINES.replace("\n", " ").split(";")
    for form in forms.split()[1:]
}


def _english_bases(word: str) -> list[str]:
    """Return an English word and what it may inflect: "relations" -> "relation"."""
    found = [word]
    if word in _IRREGULAR:
        found.append(_IRREGULAR[word])
    if word.endswith("ies") and len(word) > 4:
        found.append(word[:-3] + "y")
    if word.endswith("ied") and len(word) > 4:
        found.append(word[:-3] + "y")
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            found += [stem, stem + "e"]
            if len(stem) > 3 and stem[-1] == stem[-2]:
                found.append(stem[:-1])  # "stopped" -> "stop"
    for suffix in ("es", "s", "ly", "en", "n"):  # "fallen" -> "fall", "given" -> "give"
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            found.append(word[: -len(suffix)])
    return list(dict.fromkeys(found))


def _indonesian_bases(word: str) -> list[str]:
    """Return a word and its bases without affixes, two layers deep ("diperkirakan").

    A reduplicated word stands for its base ("sekolah-sekolah", "anak-anaknya").
    Bases shorter than four letters are left out: stripping "sepekan" to
    "kan" finds an entry, but not the word.
    """
    whole = word
    first, dash, rest = word.partition("-")
    if dash and first and rest.startswith(first):
        word = first if rest == first else first + rest[len(first) :]
    found = word_bases(word)
    for base in list(found[1:]):
        found += word_bases(base)
    bases = [b for b in found[1:] if len(b) >= 4]
    return list(dict.fromkeys([whole, word, *bases]))


@lru_cache(maxsize=65536)
def english_forms(word: str) -> tuple[str, ...]:
    """Return the dictionary headwords an English word is a form of, nearest first."""
    table = _get().en_id
    out = []
    for variant in _variants(fold(word)):
        out += [b for b in _english_bases(variant) if b in table]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def indonesian_forms(word: str) -> tuple[str, ...]:
    """Return the Indonesian words the dictionaries know that a word is built on.

    "mendukung" gives ("mendukung", "dukung") when both are entries.
    """
    data = _get()
    out = []
    for variant in _variants(fold(word)):
        bases = [variant] if " " in variant else _indonesian_bases(variant)
        out += [b for b in bases if b in data.id_en or b in data.synonyms]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def translations(word: str, source: str = "en") -> frozenset[str]:
    """Return the translations of a word: English to Indonesian or, source="id", back.

    A word not in the dictionary is tried bare of its affixes or inflections.
    Empty when nothing is known (or no dictionary is installed).
    """
    if source not in ("en", "id"):
        raise ValueError(f"source must be 'en' or 'id', not {source!r}")
    data = _get()
    if source == "en":
        forms, table = english_forms(word), data.en_id
    else:
        forms, table = indonesian_forms(word), data.id_en
    found: set[str] = set()
    for form in forms:
        found.update(table.get(form, ()))
    return frozenset(found)


@lru_cache(maxsize=65536)
def synonyms(word: str) -> frozenset[str]:
    """Return the Indonesian synonyms of a word, from every sense it has.

    A derived word ("dukungan", "mendukung") also gets its base's synonyms.
    """
    table = _get().synonyms
    found: set[str] = set()
    for form in indonesian_forms(word):
        found.update(table.get(form, ()))
    return frozenset(found)


def _key(language: str, word: str) -> str:
    return f"{language}:{word.replace('-', ' ')}"


@lru_cache(maxsize=65536)
def word_senses(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return what a word is and what it can mean, as "en:…"/"id:…" keys.

    The first set holds the word itself and the entries it is a form of, in
    either language (a quote may mix them); the second its translations, the
    bases and synonyms of those ("damaged" -> "kerusakan" -> "rusak";
    "candor" -> "terus terang" -> "jujur"), its
    own synonyms and its English translations. Two words are counterparts
    when either one's first set meets the other's second: one step, never
    two synonyms chained on both sides.
    """
    word = fold(word)
    own = {_key("en", word), _key("id", word)}
    own |= {_key("en", form) for form in english_forms(word)}
    own |= {_key("id", form) for form in indonesian_forms(word)}
    related: set[str] = set()
    for indonesian in translations(word, "en"):
        related.add(_key("id", indonesian))
        related |= {_key("id", form) for form in indonesian_forms(indonesian)}
        related |= {_key("id", s) for s in synonyms(indonesian)}
    related |= {_key("id", s) for s in synonyms(word)}
    related |= {_key("en", e) for e in translations(word, "id")}
    return frozenset(own), frozenset(related - own)


def counterparts(left: str, right: str) -> bool:
    """Return whether two words translate each other, mean the same or share a base.

    The rule text/variants.py applies to the words of two quotes, for any
    other caller (grouping claims by what they measure across languages):

    >>> counterparts("damaged", "rusak")  # with the dictionaries installed
    True
    """
    left_forms, left_senses = word_senses(left)
    right_forms, right_senses = word_senses(right)
    return bool(
        left_forms & right_senses
        or right_forms & left_senses
        or left_forms & right_forms
    )


def counterpart_share(left: Iterable[str], right: Iterable[str]) -> float:
    """Return the share of the smaller word set's words with a counterpart in the other.

    What likeness.likeness measures with literal shared words, across languages:
    {"korban", "tewas"} and {"people", "killed", "victims"} share both.
    0.0 when either side is empty.
    """
    a, b = set(left), set(right)
    if not a or not b:
        return 0.0
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    found = sum(1 for w in small if w in big or any(counterparts(w, v) for v in big))
    return found / len(small)


def _lookup_cache_clear() -> None:
    for cached in (
        english_forms,
        indonesian_forms,
        translations,
        synonyms,
        word_senses,
    ):
        cached.cache_clear()
