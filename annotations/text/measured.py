"""What a claim's number measures: a short phrase of words from the text.

`measured_phrase` returns it; the rules:

- for people, houses and other things counted right after the number, the
  counted noun and the verb or adjective that follows it: "300 orang
  meninggal" -> "orang meninggal", "12 korban luka-luka" -> "korban luka-luka",
  "six people were killed" -> "people were killed";
- for measures, money and percentages followed by what they measure, that:
  "51 hektare sawah", "Rp 2,5 miliar untuk perbaikan jalan", "50 persen warga",
  past an owner ("40% of Java's population");
- otherwise the noun phrase the clause is about, found before the number,
  past a name between commas or an acronym in brackets, and cut at "yang"
  ("Rapat yang dipimpin Ketua DPRD, X, berlangsung hampir enam jam" ->
  "Rapat"); in English with its auxiliary ("players had run");
  "melakukan pembicaraan selama tiga jam" -> "pembicaraan", "kerugian negara
  mencapai Rp 3,2 triliun" -> "kerugian negara", "Pertemuan dan pembicaraan
  Blinken dan Qin, yang berlangsung selama 7,5 jam" -> "Pertemuan dan
  pembicaraan Blinken dan Qin";
- when the number is the object of a verb ("Halcyon operates 38 aircraft",
  "the city would borrow $40 million", "koperasi menampung 2.300 ton jagung"),
  the verb's subject, the verb and the thing counted: "Halcyon operates
  aircraft", "city would borrow", "koperasi menampung jagung"; a reporting
  verb or one that only links a subject to its figure ("said", "mencapai",
  "totalled") governs nothing, and a change after a figure keeps the
  figure's thing with its verb ("mencapai 1.432, naik 58 persen" -> "kasus
  naik");
- a counted noun linked to its subject by "stood at", "mencapai", "of" and
  the like: the subject and the noun ("the waiting list stood at 31,000
  households" -> "waiting list households"), unless the words before are a
  sibling count ("lima mobil pemadam dan 40 personel");
- a number with nothing before it in its clause (the end of a range): the
  clause's verb ("a cut of between 25 and 40 per cent" -> "cut recommended");
- when that finds nothing: the noun after "jumlah"/"the number of" ("jumlah
  kasus ... mencapai 1.432" -> "kasus"), what a percentage is of ("40 percent
  of the land"), the claim before for a change figure ("mencapai 1.432, naik
  58 persen"), or the counted noun itself ("scored 27 goals");
- the end of a range and the second part of a compound duration measure
  what the first figure does ("between £4m and £6m a year", "3 jam 20
  menit"), unless what follows them says so itself ("between 60 and 75 per
  cent of the glaciers");
- the start of a range reads what the count after its end counts
  ("Between 20 and 30 ships have been rerouted" -> "ships have been
  rerouted");
- a part of a whole: the whole's counted noun and what follows it ("212 dari
  300 anggota koperasi telah menerima" -> "anggota koperasi telah
  menerima"), or what sets the part apart ("45 sekolah, 12 di antaranya
  rusak berat" -> "sekolah rusak berat", "Nine of them ... had no licence");
- a figure after "of" is the size of the noun before it, with the verb that
  governs that noun ("A pay rise of 4.2%" -> "pay rise", "recommended a cut
  of between 10" -> "survey recommended cut"), but for words of amount ("a
  total of");
- a word saying when ("sekarang", "currently"), a reporting aside
  (", katanya,") and "memakan waktu" are passed over to the subject
  ("Parking permits, currently £60" -> "Parking permits"); a relative clause
  closed by a reporting verb gives way to the clause it opens ("Seorang
  petugas yang ... mengatakan pemadaman berlangsung" -> "pemadaman");
- a verb right after "which", "who" or "that" has the noun before it as
  its subject ("ending a saga that had run" -> "saga run", "the lease,
  which runs" -> "lease runs"); "told the House that rents had risen" is
  no relative clause, a noun standing between;
- a period ("dalam lima tahun terakhir", "in the past five years") is a
  duration claim whose measured phrase is what happened in it, then the
  period itself from its preposition to its marker ("harga benang naik dalam
  enam bulan terakhir"), so that it says what it saw and that it is a period;
- a duration after "over", "in" or "dalam" right after another figure is
  the period of that figure's change, and measures what it does ("a fare
  rise of 8% over three years"), but not after a level a change reached
  ("descended ... to 10,000 feet in six minutes");
- a duration after "in", "for" or "after" that no verb governs says how long
  its clause's verb took: "descended ... in six minutes" -> "A320
  descended", "menetapkan status tanggap darurat selama 14 hari" ->
  "menetapkan status tanggap darurat" (a light verb such as "melakukan"
  adds nothing).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotations.text.numerals import NUMBER_WORDS, NumberPhrase
from annotations.text.phrases import (
    BRIDGES,
    LEFT_STOPS,
    REPORTED_RE,
    WORD_RE,
    noun_phrase_end,
    same_sentence,
    sentences_before,
    skip_blank,
)
from annotations.text.units import CURRENCIES, DURATIONS, PERCENT_UNITS, SIZE_UNITS
from annotations.text.wordclasses import (
    ENGLISH_PRESENT_VERBS,
    INDONESIAN_ROOT_VERBS,
    IRREGULAR_PAST,
    STOPWORDS,
    looks_like_verb,
)

if TYPE_CHECKING:
    from annotations.text.claims import ClaimCandidate

# Units that are the thing counted: what follows them says what happened to it.
_COUNTED_UNITS = {
    "person", "household", "house", "hospital", "building", "school", "fraction", "fold",
}  # fmt: skip
_CLAUSE_BREAK_RE = re.compile(r"[.,](?!\d)|[!?;:()\[\]\"“”—–]|\n|\s-\s")
# Auxiliaries kept between a counted noun and its verb: "people were killed".
_AUXILIARIES = {
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "yang",
    "telah", "sudah", "masih", "dilaporkan", "reportedly", "sempat", "pernah",
    "still", "also", "juga",
    # modals: "dua orang harus dirujuk", "four people would need stitches"
    "harus", "akan", "bisa", "dapat", "kini", "must", "will", "would", "could",
    "should", "might", "now",
}  # fmt: skip
_RELATIVES = {"yang", "that", "which", "who"}
_TAIL_TRIM = STOPWORDS | {"dan", "and", "serta", "para", "sang"}
_LEAD_TRIM = _TAIL_TRIM | {"sementara", "meanwhile"}
_MAX_MEASURED_WORDS = 6
_SOURCE_CLAUSE_RE = re.compile(
    # not "said the city would borrow": what follows is the clause's own
    r"\s*(?:menurut|according\s+to|kata|said(?![ \t\xa0]+(?:that[ \t\xa0]+)?[a-z]))\b",
    re.IGNORECASE,
)
_TIME_WORDS = {
    "detik", "menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun", "second",
    "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
    "weeks", "month", "months", "year", "years",
}  # fmt: skip


def what_the_period_saw(
    text: str, start: int, end: int, before: list[NumberPhrase], period: str
) -> str:
    """Return what happened in a look-back period, then the period itself.

    "harga benang naik 25 persen dalam enam bulan terakhir" -> "harga benang
    naik dalam enam bulan terakhir"; "Dalam sepekan terakhir, harga turun" ->
    "harga turun dalam sepekan terakhir". The period's words stay, so the
    phrase still says it is a period.
    """
    start = text.rfind(period, max(0, start - 40), end)
    what = _phrase_before(text, start, before, True) if start > 0 else ""
    if not what and (comma := _COMMA_AFTER_RE.match(text, end)):
        what = _following(text, comma.end(), comma.end()).strip()
    return f"{what} {period}" if what else period


# Words opening a period after "untuk", "for": "sisa tahun anggaran", "the rest".
_PERIOD_HEADS = {"sisa", "periode", "masa", "tahun", "period", "rest", "remainder"}
_COMMA_AFTER_RE = re.compile(r"[ \t\xa0]*,[ \t\xa0]*")
_COUNT_SUBJECT_RE = re.compile(
    r"\b(?:jumlah|total|banyaknya|the\s+number\s+of|number\s+of)[ \t\xa0]+([^\W\d_]{3,})",
    re.IGNORECASE,
)
_COUNT_VERB_RE = re.compile(
    r"(?:mencapai|menjadi|sebanyak|reached|rose\s+to|stood\s+at|climbed\s+to|was|is)"
    r"[ \t\xa0]*$",
    re.IGNORECASE,
)


def _counted_subject(text: str, start: int) -> str:
    """Return "korban meninggal" from "Jumlah korban meninggal (…) menjadi" right before start."""
    if not _COUNT_VERB_RE.search(text, max(0, start - 16), start):
        return ""
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    m = _COUNT_SUBJECT_RE.search(text, max(sentence, start - 240), start)
    return text[m.start(1) : noun_phrase_end(text, m.end(1))] if m else ""


def measured_phrase(
    text: str,
    p: NumberPhrase,
    before: list[NumberPhrase],
    claims: list[ClaimCandidate],
) -> str:
    """Return what the number p measures, words from text (the module's rules).

    before holds the numbers read so far, claims the claims found before p.
    A phrase of nothing but pronouns and short words ("saya", "I") gives way
    to the clause after the number ("saya hanya menonton dari tribun").
    """
    phrase = _measured_phrase(text, p, before, claims)
    if phrase and not _says_nothing(phrase):
        return phrase
    if (
        p.unit in DURATIONS
        and _OPENING_PERIOD_RE.search(text, max(0, p.start - 16), p.start)
        and (comma := _COMMA_AFTER_RE.match(text, _skip_only(text, p.end)))
    ):
        # "Dalam sepekan, petugas menangkap 2.500 ekor tikus": what the
        # period opening the sentence saw is the clause after its comma
        return _clause_after(text, comma.end()) or phrase
    return _clause_after(text, p.end) or phrase


# A period opening its sentence or quote: "Dalam tiga hari saja, ...", "In an hour, ...".
_OPENING_PERIOD_RE = re.compile(
    r"(?:^|[.!?\n\"“][ \t\xa0]*)(?:dalam|selama|in|within|over)[ \t\xa0]+"
    r"(?:(?:the|a|an|just|only)[ \t\xa0]+)?$",
    re.IGNORECASE,
)
_ONLY_AFTER_RE = re.compile(r"[ \t\xa0]+(?:saja|alone|only)(?![^\W\d_])", re.IGNORECASE)


def _skip_only(text: str, pos: int) -> int:
    m = _ONLY_AFTER_RE.match(text, pos)
    return m.end() if m else pos


# Words that name no thing a figure could measure
_EMPTY_WORDS = {
    "saya", "kami", "kita", "mereka", "anda", "kamu", "beliau", "they", "them",
    "there", "this", "that", "these", "those", "kalau", "tapi", "namun", "yes",
    "because", "karena", "when", "then", "dulu", "begini", "begitu", "itu", "ini",
}  # fmt: skip
_CLAUSE_LEAD = STOPWORDS | _EMPTY_WORDS | {"hanya", "only", "just", "to", "untuk"}


def _says_nothing(phrase: str) -> bool:
    return all(
        len(w) < 2  # "I"
        or (len(w) < 3 and not w.isupper())  # but "KK"
        or w.casefold() in _EMPTY_WORDS
        or w.casefold() in STOPWORDS
        for w in phrase.split()
    )


def _clause_after(text: str, end: int) -> str:
    """Return up to four words after end in its clause, past pronouns and fillers."""
    words: list[re.Match] = []
    pos = end
    while len(words) < 4:
        m = WORD_RE.match(text, skip_blank(text, pos))
        if not m or _CLAUSE_BREAK_RE.search(text, pos, m.start()):
            break
        pos = m.end()
        if not m.group()[:1].isalpha() or m.group().casefold() in NUMBER_WORDS:
            break  # "78 of the 120 legislators", "two or three": another figure's words
        if not words and (
            m.group().casefold() in _CLAUSE_LEAD or not m.group()[:1].islower()
        ):
            continue
        words.append(m)
    while words and words[-1].group().casefold() in _TAIL_TRIM:
        words.pop()
    return text[words[0].start() : words[-1].end()] if words else ""


def _measured_phrase(
    text: str,
    p: NumberPhrase,
    before: list[NumberPhrase],
    claims: list[ClaimCandidate],
) -> str:
    tail = max(p.unit_end, p.number_end)
    if said := _range_start_measured(text, p, claims):
        return said  # "between £4m and £6m", "3 jam 20 menit": one thing measured
    if said := _period_of_change(text, p, claims):
        return said  # "a fare rise of 8% over three years": the rise's period
    if said := _range_end_noun(text, p, before):
        return said  # "Between 20 and 30 ships have been rerouted": the ships
    if part := _part_of_whole(text, p, claims):
        return part  # "212 dari 300 anggota", "12 di antaranya rusak berat"
    if head := _head_before_of(text, p, before):
        return head  # "a pay rise of 4.2%", "recommended a cut of between 10"
    if (
        p.kind != "vague"
        and p.unit_end <= p.number_end  # a bare number: "at 1,800", not "1.800 orang"
        and (m := REPORTED_RE.search(text, max(0, p.start - 60), p.start))
    ):
        # "Police put the number at 1,800": what the count named before
        # measured, not the police; else the words that set the figure
        window = sentences_before(text, p.start, 3)
        same = [c for c in claims if c.unit == p.unit and c.end > window]
        return same[-1].measured if same else m.group().strip()
    if p.unit in CURRENCIES and p.end == tail and (m := _PURPOSE_RE.match(text, p.end)):
        # "Rp 2,5 miliar untuk perbaikan jalan", "$3 million (…) for emergency relief"
        phrase = _following(text, m.end(), m.end())
        if phrase and phrase.split()[0].casefold() not in _TIME_WORDS | _PERIOD_HEADS:
            return phrase  # not "untuk tahun anggaran 2027": a period, no purpose
    if (
        claims
        and p.unit in CURRENCIES
        and claims[-1].unit in CURRENCIES
        and _SAME_AMOUNT_RE.fullmatch(text, claims[-1].end, p.start)
    ):
        # "750.000 euro atau setara Rp 13,1 miliar", "50 billion rupiah ($3.2 million)"
        return claims[-1].measured
    if p.unit_end > p.unit_start and p.unit_end <= p.number_start:
        return text[p.unit_start : p.unit_end]  # "killing 14": the verb
    if (
        p.unit_end > p.unit_start
        and (p.unit in _COUNTED_UNITS or not p.canonical)
        and text[p.unit_start : p.unit_end].casefold() not in _MULTIPLE_WORDS
    ):
        phrase = _following(text, p.unit_start, p.unit_end)
        if sibling := _sibling_noun(text, p, claims):
            phrase = f"{sibling} {phrase}"  # "tujuh warga ..., lima lainnya"
        if phrase == text[p.unit_start : p.unit_end]:
            if subject := _counted_subject(text, p.start):
                return subject  # "Jumlah korban meninggal ... menjadi 14 orang"
            if verb := _governing_verb(text, p.start, before):
                # "Halcyon operates 38 aircraft": who did what to the things counted
                return _with_verb(text, verb, before, phrase)
            if subject := _linked_subject(text, p.start, before):
                # "the waiting list stood at 31,000 households": what the count is of
                return f"{subject} {phrase}"
        return phrase
    if p.unit in DURATIONS and (m := _OF_NOUN_RE.match(text, p.end)):
        return _following(text, m.start(1), m.end(1))  # "two days of talks"
    if p.unit in ("km", "m", "mile") and (m := _DIRECTION_RE.match(text, p.end)):
        return m.group(1)  # "87 km southwest of Dompu"
    if (
        p.unit in SIZE_UNITS
        or p.unit in CURRENCIES
        or (p.unit in PERCENT_UNITS and p.unit_end > p.unit_start)
        or p.unit in DURATIONS
    ):
        pos = p.end
        if p.unit in PERCENT_UNITS and (of := _PART_OF_RE.match(text, pos)):
            pos = of.end()  # "40 percent of the land", "60 persen dari warga"
        m = WORD_RE.match(text, skip_blank(text, pos))
        word = m.group() if m else ""
        fold = word.casefold()
        if (
            p.end == tail  # not after "per hari", "a week"
            and word[:1].islower()
            and fold not in STOPWORDS
            and fold not in _TIME_WORDS
            and fold not in _NOT_NOUNS
            and not looks_like_verb(word)
        ):
            # "51 hektare sawah terendam", "50 persen warga setuju", "a two-day visit"
            phrase = _following(text, m.start(), m.end())
            if text[p.number_end : p.unit_start] != "-" and (
                verb := _governing_verb(text, p.start, before)
            ):
                # "Banjir merendam 51 hektare sawah": what the flood did to the fields
                return _with_verb(text, verb, before, phrase)
            return phrase
    phrase = _phrase_before(text, p.start, before, p.unit in DURATIONS)
    verb = _governing_verb(text, p.start, before)
    if verb is None and (
        (
            p.unit in DURATIONS
            and _DURATION_AFTER_RE.search(text, max(0, p.start - 12), p.start)
        )
        or not phrase  # "turned back at roughly 12,000 feet"
    ):
        verb = _clause_verb(
            text, p.start, before
        )  # "refunded 46 bookings in two weeks"
        at = text.find(phrase, verb[1], p.start) if verb and phrase else -1
        if at >= 0 and _an_object_gap(text[verb[1] : at]):
            # "menetapkan status tanggap darurat selama 14 hari": what was done;
            # "melakukan pembicaraan selama tiga jam": the talks, a light verb aside
            if text[verb[0] : verb[1]].casefold() in _LIGHT_VERBS:
                return phrase
            return f"{text[verb[0] : verb[1]]} {phrase}"
        words = phrase.split()
        if len(words) > 1 and _a_verb(words[-1], words[-2]):
            return phrase  # "Rovers had led": the phrase has its verb already
    thing = ""
    if p.unit_end > p.number_end and (not p.canonical or p.unit in _THINGS):
        thing = _following(text, p.unit_start, p.unit_end)  # "scored 27 goals"
    if (
        claims
        and p.unit in PERCENT_UNITS | {"fold"}
        and same_sentence(text, claims[-1].end, p.start)
        and (not phrase or (verb and text[verb[0] : verb[1]] in phrase.split()))
    ):
        # "mencapai 1.432, naik 58 persen": the same cases, and how they changed
        said = claims[-1].measured
        if verb and text[verb[0] : verb[1]] not in said.split():
            said = f"{said} {text[verb[0] : verb[1]]}".strip()
        return said
    if verb and phrase.split() == [text[verb[0] : verb[1]]]:
        # "where a miner can earn up to 500,000 rupiah": the verb alone was
        # read as the clause's noun; who earns comes with it
        return _with_verb(text, verb, before, thing)
    if verb and text[verb[0] : verb[1]] not in phrase.split():
        # "the government would spend $12 million": the spending, not the speaker
        return _with_verb(text, verb, before, thing, phrase)
    if phrase or thing:
        return phrase or thing
    if (
        p.unit_end > p.number_end
        and p.unit not in DURATIONS | CURRENCIES | PERCENT_UNITS
    ):
        return _following(text, p.unit_start, p.unit_end)  # "Some 2,300 hectares"
    return ""


_LEVEL_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:to|from|ke|menjadi|dari)[ \t\xa0]+(?:about|around|some|sekitar)?[ \t\xa0]*$",
    re.IGNORECASE,
)
_OVER_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:in|over|within|dalam)[ \t\xa0]+(?:(?:the|a|an)[ \t\xa0]+)?$",
    re.IGNORECASE,
)


def _period_of_change(text: str, p: NumberPhrase, claims: list[ClaimCandidate]) -> str:
    """Return what the figure right before a duration after "over", "in" measures.

    "a fare rise of 8% over three years", "cut up to 300 office jobs over
    eighteen months": the duration is the period of that figure's change,
    so it measures the same thing.
    """
    if (
        p.unit not in DURATIONS
        or not claims
        or not claims[-1].measured
        or text[p.number_end : p.unit_start] == "-"  # "in a 15-minute spell"
    ):
        return ""
    last = claims[-1]
    over = _OVER_BEFORE_RE.search(text, max(0, p.start - 12), p.start)
    if (
        last.unit in DURATIONS
        or over is None
        or over.start() < last.end
        # "descended from 36,000 feet to 10,000 feet in six minutes": a level
        # the change reached, not the change
        or _LEVEL_BEFORE_RE.search(text, max(0, last.start - 12), last.start)
    ):
        return ""
    gap = text[last.end : over.start()].split()
    if len(gap) > 4 or not all(w.isalpha() for w in gap):
        return ""  # "into the region" may stand between, not another clause
    return last.measured


# "between 20 and 30 ships", "40 hingga 50 warga": the range's count comes next.
_RANGE_END_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:and|to|or|dan|hingga|sampai|atau)[ \t\xa0]+([\w.,]+)[ \t\xa0]+"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)


def _range_end_noun(text: str, p: NumberPhrase, before: list[NumberPhrase]) -> str:
    """Return what the start of a range counts, read after its end.

    "Between 20 and 30 ships have already been rerouted" -> "ships have
    already been rerouted"; "killing between 2,000 and 3,000 bats" -> the
    verb too. Only for things counted, not "between 10 and 15 per cent".
    """
    if p.unit_end > p.number_end or not (p.unit in _COUNTED_UNITS or not p.canonical):
        return ""
    end = _RANGE_END_AFTER_RE.match(text, p.number_end)
    if end is None:
        return ""
    count = end.group(1)
    noun = WORD_RE.match(text, end.end())
    if (
        not (count[:1].isdigit() or count.casefold() in NUMBER_WORDS)
        or noun is None
        or not noun.group()[:1].islower()
        or noun.group().casefold() in STOPWORDS | _TIME_WORDS | _NOT_NOUNS
    ):
        return ""
    phrase = _following(text, noun.start(), noun.end())
    if _governing_verb(text, p.start, before) and (
        subject := _phrase_before(text, p.start, before)
    ):
        # "satu pasien bisa membutuhkan dua hingga empat vial": who needs them
        return f"{subject} {noun.group()}"
    return phrase


# "N of the M things", "N dari M anggota": the whole's count comes next.
_WHOLE_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:of|dari)[ \t\xa0]+(?:(?:the|all|total|its|their)[ \t\xa0]+)?"
    r"([\w.,]+)[ \t\xa0]+(?=[^\W\d_])",
    re.IGNORECASE,
)
# "N di antaranya", "N of them": a part of a whole named before.
_PART_MARK_RE = re.compile(
    r"[ \t\xa0]+(?:di[ \t\xa0]+antara(?:nya|[ \t\xa0]+mereka)|of[ \t\xa0]+them"
    r"|of[ \t\xa0]+those|among[ \t\xa0]+them|dari[ \t\xa0]+mereka)(?![^\W\d_])",
    re.IGNORECASE,
)
_ASIDE_AFTER_RE = re.compile(r"[ \t\xa0]*,[^,.;:\n]{1,60},")


def _part_of_whole(text: str, p: NumberPhrase, claims: list[ClaimCandidate]) -> str:
    """Return what a part of a whole counts: the whole's noun and what sets the part apart.

    "212 dari 300 anggota koperasi telah menerima" -> "anggota koperasi telah
    menerima"; "45 sekolah, 12 di antaranya rusak berat" -> "sekolah rusak
    berat"; "Nine of them, all from the north harbour, had no licence" -> "had
    no licence".
    """
    tail = max(p.unit_end, p.number_end)
    bare = p.unit_end <= p.number_end
    if bare and (whole := _WHOLE_AFTER_RE.match(text, tail)):
        count = whole.group(1)
        if count[:1].isdigit() or count.casefold() in NUMBER_WORDS:
            noun = WORD_RE.match(text, whole.end())
            if noun and noun.group()[:1].islower():
                return _following(text, noun.start(), noun.end())
    # "them" and "antaranya" may be read as the unit: the mark is right after the number
    mark = _PART_MARK_RE.match(text, p.number_end) or (
        _PART_MARK_RE.match(text, tail) if p.unit in PERCENT_UNITS else None
    )
    if mark is None:
        return ""
    pos = mark.end()
    if aside := _ASIDE_AFTER_RE.match(text, pos):
        pos = aside.end()  # "Dua di antaranya, seorang balita dan seorang lansia,"
    said = _clause_after(text, pos)
    if not said:
        return ""  # "and closed 41 of them.": the verb before says what happened
    if claims and same_sentence(text, claims[-1].end, p.start):
        words = text[claims[-1].start : claims[-1].end].split()
        if words and words[-1].isalpha() and words[-1][:1].islower():
            said = f"{words[-1]} {said}".strip()  # the whole's counted noun
    return said


_OF_BEFORE_RE = re.compile(r"(?<![^\W\d_])of[ \t\xa0]+$", re.IGNORECASE)
# Nouns before "of" that say how much, not what: "a total of", "in front of".
_QUANTITY_HEADS = {
    "total", "number", "sum", "lot", "lots", "couple", "handful", "dozen", "dozens",
    "maximum", "minimum", "most", "more", "less", "some", "all", "none", "any",
    "each", "both", "one", "half", "third", "quarter", "rest", "part", "out",
    "front", "ahead", "instead", "because", "top", "north", "south", "east",
    "west", "age", "ages", "kind", "sort", "series", "range", "upwards", "worth",
    "excess", "outside", "inside", "end", "beginning", "start", "course", "spite",
}  # fmt: skip


def _head_before_of(text: str, p: NumberPhrase, before: list[NumberPhrase]) -> str:
    """Return the noun phrase a figure after "of" is the size of, with its verb.

    "A pay rise of 4.2%" -> "pay rise", "The trust has offered a grant of
    £8,000" -> "trust offered grant"; a figure with its own counted noun
    ("a crowd of 2,000 fans") and the words of an amount ("a total of") are
    left to the other rules.
    """
    if p.unit_end > p.number_end and (p.unit in _COUNTED_UNITS or not p.canonical):
        return ""
    of = _OF_BEFORE_RE.search(text, max(0, p.start - 8), p.start)
    if of is None:
        return ""
    lo = max(0, of.start() - 80)
    end = of.start()
    spans: list[tuple[int, int]] = []
    while len(spans) < 3 and (span := _token_before(text, lo, end)):
        token = text[span[0] : span[1]]
        fold = token.casefold()
        if (
            not token.replace("-", "").isalpha()
            or not token[:1].islower()
            or fold in STOPWORDS
            or fold in LEFT_STOPS
            or (not spans and fold in _QUANTITY_HEADS)
            or (spans and (looks_like_verb(token) or _is_past_tense(fold)))
            or fold in ENGLISH_PRESENT_VERBS
            or _claim_at(before, span[0]) is not None
        ):
            break
        spans.append(span)
        end = span[0]
    if not spans:
        return ""
    phrase = text[spans[-1][0] : spans[0][1]]
    if verb := _governing_verb(text, spans[-1][0], before):
        return _with_verb(text, verb, before, phrase)
    return phrase


# What joins the end of a range to its start: "between 10 and 14", "tiga hingga
# lima"; and a level to the one it changed from: "rose to £41m from £19m".
_RANGE_JOIN_RE = re.compile(
    r"[ \t\xa0]*(?:(?:and|to|or|from|dan|hingga|sampai|atau|dari|-|–)[ \t\xa0]*)?"
)


# Words after a figure that start no noun of its own: "6.00% respectively".
_CONNECTIVES = {"respectively", "sambil", "once", "until", "unless", "whereas"}


def _range_start_measured(
    text: str, p: NumberPhrase, claims: list[ClaimCandidate]
) -> str:
    """Return the measured phrase of the range start or duration p continues, or "".

    "between £4m and £6m a year", "antara tiga hingga lima bulan" and the
    minutes of "3 jam 20 menit" measure what the figure before them does. A
    figure with its own counted noun ("lima mobil dan 40 personel") says
    itself what it counts.
    """
    if not claims or not claims[-1].measured:
        return ""
    last = claims[-1]
    own_noun = p.unit_end > p.number_end and (
        p.unit in _COUNTED_UNITS or not p.canonical
    )
    if own_noun or not _RANGE_JOIN_RE.fullmatch(text, last.end, p.start):
        return ""
    tail = max(p.unit_end, p.number_end)
    after = WORD_RE.match(text, skip_blank(text, tail))
    if _PART_OF_RE.match(text, tail) or (
        p.end == tail
        and after
        and after.group()[:1].islower()
        and after.group().casefold()
        not in STOPWORDS | LEFT_STOPS | _TIME_WORDS | _NOT_NOUNS | _CONNECTIVES
        and not looks_like_verb(after.group())
    ):
        return ""  # "between 60 and 75 per cent of the glaciers": the end says what
    if last.unit == p.unit or (
        (last.unit in DURATIONS and p.unit in DURATIONS)
        or (last.unit in CURRENCIES and p.unit in CURRENCIES)
    ):
        return last.measured
    return ""


# Words between a verb and the number it governs: "descended to about",
# "menyerap sekitar", "designed to hold", "spend".
_GOVERNED_GAP = {
    "to", "at", "from", "for", "of", "with", "by", "in", "over", "up", "down",
    "out", "off", "about", "around", "some", "nearly", "almost", "just", "only",
    "roughly", "than", "more", "less", "a", "an", "the", "another", "dengan",
    "dari", "ke", "selama", "sebanyak", "sebesar", "seluas", "senilai", "sejauh",
    "hingga", "sampai", "hanya", "sekitar", "hampir", "lebih", "kurang", "baru",
    "cuma", "lagi", "kira-kira",
}  # fmt: skip
# Verbs that govern no figure of their own: the clause after them does.
_NOT_GOVERNING = {
    "said", "says", "told", "added", "noted", "estimated", "reported", "according",
    "mengatakan", "menyebut", "menyebutkan", "menjelaskan", "mengungkapkan",
    "menyatakan", "menambahkan", "membenarkan", "dikatakan", "disebut", "mengaku", "ditaksir",
    "diperkirakan", "berjumlah", "tercatat", "mencatat", "mencapai", "menjadi",
    "sebanyak", "berlangsung", "selama", "lasted", "lasting", "totalled",
    "totaled", "totalling", "totaling", "amounted", "numbered", "stood",
    "remained", "stayed", "reached", "reaching", "compared", "dibanding", "dibandingkan",
}  # fmt: skip
_MODALS = {
    "to", "will", "would", "can", "could", "may", "might", "must", "should", "did",
    "does", "do", "cannot", "akan", "bisa", "dapat", "harus", "perlu", "mau",
}  # fmt: skip


def _governing_verb(
    text: str, start: int, before: list[NumberPhrase]
) -> tuple[int, int] | None:
    """Return the span of the verb whose object is the number at start.

    "The A320 descended from 36,000 feet", "would spend $12 million", "perusahaan
    baru menyerap sekitar 18.500 ton": a few prepositions and hedges may stand
    between; a reporting verb or one that only links a subject to its figure
    ("mencapai", "totalled") governs nothing here.
    """
    lo = max(0, start - 60)
    skipped = 0
    end = start
    while True:
        span = _token_before(text, lo, end)
        if span is None:
            return None
        word = text[span[0] : span[1]]
        if word.casefold() not in _GOVERNED_GAP or skipped == 4:
            break
        end = span[0]
        skipped += 1
    if not word.replace("-", "").isalpha():
        return None  # a clause break: "..., and found 6 walkers" is another clause's
    fold = word.casefold()
    if (
        not word[:1].islower()
        or fold in _NOT_GOVERNING
        or _claim_at(before, span[0]) is not None  # "from 1.4 million tonnes to"
    ):
        return None
    ahead = _token_before(text, lo, span[0])
    previous = text[ahead[0] : ahead[1]] if ahead else ""
    return span if _a_verb(word, previous) else None


def _a_verb(word: str, previous: str) -> bool:
    """Return True for a word that reads as a verb after the word before it."""
    fold = word.casefold()
    return (
        fold in INDONESIAN_ROOT_VERBS
        or fold in IRREGULAR_PAST
        or fold in ENGLISH_PRESENT_VERBS
        or _is_past_tense(fold)
        or (previous.casefold() in _MODALS and fold.isascii() and fold not in STOPWORDS)
        or _present_after_subject(fold, previous)
        or looks_like_verb(word)
    )


# Verbs that only carry their object: "melakukan pembicaraan", "held talks".
_LIGHT_VERBS = {
    "melakukan", "mengadakan", "menggelar", "merupakan", "menjalani", "held", "hold",
    "holds", "holding", "conducted", "staged", "underwent", "undergo",
}  # fmt: skip


def _an_object_gap(gap: str) -> bool:
    """Return True for what may stand between a verb and its object: "the", "on the"."""
    words = gap.split()
    return len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)


def _clause_verb(
    text: str, start: int, before: list[NumberPhrase]
) -> tuple[int, int] | None:
    """Return the span of the nearest verb before start in its clause, or None.

    A duration after "in", "over", "for" or "after" says how long the clause's
    verb took: "descended from 36,000 feet to 10,000 feet in six minutes",
    "refunded 46 bookings in two weeks", "was jailed for six years".
    """
    lo = max(0, start - 100)
    end = start
    for _ in range(12):
        span = _token_before(text, lo, end)
        if span is None:
            return None
        word = text[span[0] : span[1]]
        if not word.replace("-", "").replace("'", "").replace("’", "").isalnum():
            return None  # a clause break
        fold = word.casefold()
        if (
            word[:1].islower()
            and fold not in _NOT_GOVERNING
            and _claim_at(before, span[0]) is None
        ):
            ahead = _token_before(text, lo, span[0])
            if _a_verb(word, text[ahead[0] : ahead[1]] if ahead else ""):
                return span
        end = span[0]
    return None


# A duration after these says how long what the clause did took.
_DURATION_AFTER_RE = re.compile(
    r"(?<![^\W\d_])(?:in|over|for|after|within|dalam|selama|setelah)[ \t\xa0]+"
    r"(?:(?:the|a|an)[ \t\xa0]+)?$",
    re.IGNORECASE,
)


def _token_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """Return the span of the blank-delimited token that ends before end, from lo on."""
    stripped = text[lo:end].rstrip(" \t\xa0")
    if not stripped or stripped[-1].isspace():
        return None  # a line break (or another blank) ends the clause
    token = stripped.rsplit(None, 1)[-1]
    token_end = lo + len(stripped)
    token_start = token_end - len(token)
    if token_start == lo and lo and not text[lo - 1].isspace():
        return None  # the window cut a word in two
    return token_start, token_end


def _present_after_subject(fold: str, previous: str) -> bool:
    """Return True for "operates" in "Halcyon operates 38": -s after a noun, before a number."""
    return (
        len(fold) >= 4
        and fold.isascii()
        and fold.endswith("s")
        and not fold.endswith(("ss", "us", "is", "ous"))
        and fold not in STOPWORDS | BRIDGES
        and previous[:1].isalpha()
        and previous.casefold() not in STOPWORDS | _GOVERNED_GAP | LEFT_STOPS
    )


def _with_verb(
    text: str,
    verb: tuple[int, int],
    before: list[NumberPhrase],
    thing: str = "",
    subject: str = "",
) -> str:
    """Return the subject of the verb, the verb and the thing counted after it.

    The subject is the noun phrase right before the verb, past adverbs,
    auxiliaries, a name between commas or an acronym in brackets; when none
    stands there, the one given (the clause's subject found from the number).
    """
    if not (subject and _right_before(text, subject, verb[0])):
        # else "freight costs rose": the clause's subject, whole
        subject = _subject_right_before(text, verb[0], before) or subject
    return " ".join([*subject.split(), text[verb[0] : verb[1]], *thing.split()])


def _right_before(text: str, phrase: str, pos: int) -> bool:
    """Return whether phrase ends right before pos, but for adverbs and asides."""
    at = text.rfind(phrase, max(0, pos - 200), pos)
    if at < 0:
        return False
    gap = _ASIDES_RE.sub("", text[at + len(phrase) : pos])
    return all(c.isalpha() or c in " \t\xa0-" for c in gap) and len(gap.split()) <= 4


def _subject_right_before(text: str, pos: int, before: list[NumberPhrase]) -> str:
    """Return the noun phrase that ends right before the verb at pos, or "".

    Adverbs and auxiliaries ("sudah", "would"), an acronym in brackets and a
    name between commas may stand between: "The owner of the supplier,
    Yohanes Kurniadi, was sentenced" -> "The owner of the supplier".
    """
    lo = max(0, pos - 100)
    end = pos
    spans: list[tuple[int, int]] = []
    while len(spans) < _MAX_MEASURED_WORDS and (span := _token_before(text, lo, end)):
        token = text[span[0] : span[1]]
        fold = token.casefold()
        if not spans and fold in _BETWEEN_SUBJECT_AND_VERB:
            end = span[0]  # "sudah", "would", "has been"
            continue
        if not spans and fold in _RELATIVES:
            # "the lease, which runs", "a saga that had run": the antecedent
            end = span[0]
            if (ahead := _token_before(text, lo, end)) and text[ahead[1] - 1] == ",":
                end = ahead[1] - 1
            continue
        if not spans and token[:1] == "(" and token[-1:] == ")" and len(token) <= 12:
            end = span[0]  # "pendapatan asli daerah (PAD) ditargetkan"
            continue
        if not spans and token[-1:] == ",":
            aside = text.rfind(",", lo, span[0])
            if aside >= 0 and _an_aside(text, aside + 1, span[1] - 1):
                end = aside  # "The owner, Yohanes Kurniadi, was sentenced"
                continue
        if (
            not token.replace("-", "").replace("'", "").replace("’", "").isalpha()
            or fold in LEFT_STOPS
            or fold in _ALTERNATIVES
            or (spans and (looks_like_verb(token) or _is_past_tense(fold)))
            or _claim_at(before, span[0]) is not None
        ):
            break
        spans.append(span)
        end = span[0]
    words = [text[a:b] for a, b in reversed(spans)]
    while words and words[0].casefold() in _LEAD_TRIM:
        words.pop(0)
    while words and words[-1].casefold() in _TAIL_TRIM:
        words.pop()
    return " ".join(words)


_ALTERNATIVES = {"atau", "or", "nor"}
# The things a canonical unit counts: "scored 27 goals", "docked 10 points".
_THINGS = (_COUNTED_UNITS - {"fraction", "fold"}) | {"goal", "point"}
# Words between a subject and its verb: "Harga beras saja sudah naik", "would spend".
_BETWEEN_SUBJECT_AND_VERB = (
    _AUXILIARIES
    | _MODALS
    | {"not", "never", "tidak", "belum", "baru", "kini", "now", "only", "hanya", "saja"}
    | {"justru", "pun", "then", "still", "already", "just", "diperkirakan", "expected"}
)
# A name between commas or an acronym in brackets between a subject and its verb.
_ASIDES_RE = re.compile(r"\([^()\n]{1,12}\)|,[ \t\xa0]*[A-Z][^,.\n]{0,40},")
_CONJUNCTIONS = {"dan", "and", "serta", "but", "tetapi", "namun", "while", "sedangkan"}


def _linked_subject(text: str, pos: int, before: list[NumberPhrase]) -> str:
    """Return the noun phrase linked to the count at pos by "stood at", "mencapai", "of".

    Not past a conjunction ("lima mobil pemadam dan 40 personel" is a sibling
    count); a verb there ("had spread to 14 schools") comes with its subject.
    """
    lo = max(0, pos - 40)
    for _ in range(4):
        span = _token_before(text, lo, pos)
        if span is None or text[span[0] : span[1]].casefold() not in _LINKS:
            break
        pos = span[0]
    span = _token_before(text, lo, pos)
    if span is None:
        return ""
    last = text[span[0] : span[1]]
    fold = last.casefold()
    ahead = _token_before(text, lo, span[0])
    if fold in _CONJUNCTIONS or fold in _ALTERNATIVES or last[-1:] in ".!?;:":
        return ""  # "... trained to do. Above about 14,000 feet": another sentence
    if _a_verb(last, text[ahead[0] : ahead[1]] if ahead else ""):
        # "the outbreak has spread to 14 schools": the verb and its subject
        subject = _subject_right_before(text, span[0], before)
        return f"{subject} {last}".strip()
    return _subject_right_before(text, pos, before)


# Words that link a subject to the count that is its size: "stood at about",
# "mencapai hampir", "adalah", "a city of".
_LINKS = {
    "stood", "stands", "stand", "at", "reached", "reaches", "mencapai", "sebanyak",
    "berjumlah", "tercatat", "adalah", "ialah", "yakni", "yaitu", "was", "is",
    "were", "are", "itu", "ini", "tersebut", "hampir", "sekitar", "about",
    "around", "nearly", "almost", "some", "roughly", "to", "total", "totalled",
    "totaled", "numbered", "number", "now", "kini", "masih", "hanya", "just",
    "only", "of", "sudah", "telah", "baru", "cuma", "tinggal", "has", "had", "have",
    "risen", "rose", "fallen", "fell", "grown", "grew",
}  # fmt: skip
_PART_OF_RE = re.compile(
    r"[ \t\xa0]+(?:of|dari)(?:[ \t\xa0]+(?:the|all|its|their|total|seluruh|jumlah|total))?"
    # "40% of last year's call-outs", "of Java's population": past the owner
    r"(?:[ \t\xa0]+(?:[^\W\d_]+[ \t\xa0]+)?[^\W\d_]+['’]s)?"
    r"(?=[ \t\xa0]+[^\W\d_])",
    re.IGNORECASE,
)
_MULTIPLE_WORDS = {"kali lipat", "kali", "fold", "times", "as many", "as much"}
_NOT_NOUNS = {
    "setara", "equivalent", "lebih", "more", "less", "kurang", "per", "a", "an",
    "overnight", "today", "tonight", "yesterday", "daily", "annually", "alone",
    "apiece", "each", "kemarin", "sekarang", "kini", "saja", "pula", "sehari",
    "semalam", "subsider", "lamanya", "kerja", "off", "berturut-turut", "penuh",
    "siap", "segera", "langsung", "tersedia", "masing-masing", "tunai", "mulai",
    "sejak", "terhitung",
}  # fmt: skip
_SAME_AMOUNT_RE = re.compile(
    r"[ \t\xa0]*(?:\(|,)?[ \t\xa0]*(?:atau\s+)?(?:setara(?:\s+dengan)?|or|atau|equivalent\s+to"
    r"|about|around|roughly|sekitar|kira-kira)?[ \t\xa0]*",
    re.IGNORECASE,
)
_PURPOSE_RE = re.compile(
    r"(?:[ \t\xa0]*\([^()\n]{1,40}\))?\)?[ \t\xa0]*(?:untuk|bagi|for|in|dalam\s+bentuk)"
    r"[ \t\xa0]+(?=[^\W\d_])",
    re.IGNORECASE,
)
_OF_NOUN_RE = re.compile(
    r"[ \t\xa0]+of(?:[ \t\xa0]+(?:the|no|its|their))?[ \t\xa0]+([^\W\d_]{3,})"
)
_DIRECTION_RE = re.compile(
    r"[ \t\xa0]+((?:(?:arah[ \t\xa0]+)?(?:northeast|northwest|southeast|southwest|north|south"
    r"|east|west|timur\s+laut|barat\s+laut|barat\s+daya|tenggara|utara|selatan|timur|barat)"
    r"[ \t\xa0]+(?:(?:of|dari)[ \t\xa0]+)?(?:the\s+(?:town|city|village|island|coast)\s+of\s+)?"
    r"|(?:from|dari)[ \t\xa0]+)[^\W\d_][\w-]*(?:[ \t\xa0]+[A-Z][\w-]*)?)",
    re.IGNORECASE,
)


_OTHERS = {"lainnya", "lain", "others", "more"}


def _sibling_noun(text: str, p: NumberPhrase, claims: list[ClaimCandidate]) -> str:
    """Return the noun a sibling count named before "N lainnya", "N others"."""
    if (
        text[p.unit_start : p.unit_end].casefold() not in _OTHERS
        or not claims
        or claims[-1].unit != p.unit
        or not same_sentence(text, claims[-1].end, p.start)
    ):
        return ""
    said = set(claims[-1].measured.split())
    for word in text[claims[-1].start : claims[-1].end].split():
        if word in said and word.isalpha() and word[:1].islower():
            return word  # the counted noun, in the claim and in what it measured
    return ""


def _following(text: str, start: int, end: int) -> str:
    """Return text[start:end] plus up to two following words of content."""
    pos = end
    taken = 0
    aux = 0
    while taken < 2:
        m = WORD_RE.match(text, skip_blank(text, pos))
        if not m or "\n" in text[pos : m.start()]:
            break
        word = m.group()
        fold = word.casefold()
        if not word[:1].isalpha() or not word[:1].islower():
            break
        if fold in _AUXILIARIES and aux < 2:
            aux += 1
            pos = m.end()
            continue
        if fold in STOPWORDS or (taken and _is_passive(word)):
            break
        end = pos = m.end()
        taken += 1
    return text[start:end]


def _phrase_before(
    text: str, start: int, before: list[NumberPhrase], with_verb: bool = False
) -> str:
    """Return the noun phrase the clause before start is about.

    For a duration (with_verb) an active verb right before it stays, since it
    says what lasted: "Petugas kami berjaga 24 jam" -> "Petugas kami berjaga".
    A word saying when ("sekarang", "currently") is passed over, and is the
    phrase only when nothing else is found.
    """
    when = ""
    for clause_start, clause_end in _clauses_before(text, start):
        if _SOURCE_CLAUSE_RE.match(text, clause_start, clause_end):
            continue  # "Menurut Rahmat, ..." names the source, not the subject
        if _an_aside(text, clause_start, clause_end):
            continue  # "Rapat yang dipimpin Ketua DPRD, Rahmawati, berlangsung ..."
        words = list(WORD_RE.finditer(text, clause_start, clause_end))
        relative = next(
            (
                k
                for k, m in enumerate(words)
                if k and m.group().casefold() in ("yang", "which", "who")
            ),
            None,
        )
        said = next(
            (
                k
                for k in range(len(words) - 1, (relative or 0) + 1, -1)
                if words[k].group().casefold() in _OPENING_VERBS
            ),
            None,
        )
        if relative is not None and said is not None:
            # "Seorang petugas yang enggan disebut namanya mengatakan pemadaman
            # berlangsung": the clause the reporting verb opens
            words = words[said + 1 :]
        elif relative is not None and not any(
            _claim_at(before, m.start()) for m in words
        ):
            # "Rapat yang dipimpin Ketua DPRD Sulsel": the head noun before "yang"
            words = words[:relative]
        if (
            len(words) > 1
            and words[-1].group().casefold() == "waktu"
            and words[-2].group().casefold() in _TAKING_VERBS
            # not "didatangkan dari luar negeri dan butuh waktu": another subject
            and (len(words) < 3 or words[-3].group().casefold() not in _CONJUNCTIONS)
        ):
            words = words[:-2]  # "Perbaikan pompa biasanya memakan waktu": the repair
        # Drop the bridge words, verbs and earlier claims right before the number:
        # "Kerugian ditaksir Rp 3,2 triliun, naik 15 persen" -> "Kerugian".
        verb_end = -1
        popped = False
        while words:
            word = words[-1].group()
            claim = _claim_at(before, words[-1].start())
            if claim is not None and verb_end > 0 and claim.unit_end > claim.unit_start:
                # "warga mengungsi selama dua minggu": the people counted and what they did
                return text[claim.unit_start : verb_end]
            if claim is None and popped and word.casefold() in _NOUN_OR_VERB:
                break  # "freight costs rose": "costs" is the subject here
            if claim is None and (_is_bridge(word) or looks_like_verb(word)):
                popped = popped or word[:1].isalpha()
                if verb_end < 0 and (
                    (looks_like_verb(word) and not _is_bridge(word))
                    or (
                        with_verb
                        and _is_past_tense(word.casefold())
                        and word.casefold() not in BRIDGES
                    )
                ):
                    verb_end = words[
                        -1
                    ].end()  # "Petugas berjaga", "Jurors deliberated"
            elif claim is None and word[:1].isalpha():
                break
            words.pop()
        words = _without_between(words, before)
        kept = []
        antecedent = ""
        subject_next = False
        for m in reversed(words):
            word = m.group()
            if not kept and word.casefold() in _RELATIVES:
                continue  # "talks that lasted", "operasi yang berlangsung"
            if not kept and word.casefold() in _NOW_WORDS:
                # "Parking permits, currently £60": when, not what
                when = when or text[m.start() : words[-1].end()]
                continue
            claim = _claim_at(before, m.start())
            if (
                claim is not None
                and kept
                and (claim.unit in _COUNTED_UNITS or not claim.canonical)
                and claim.unit_start < claim.unit_end <= m.end()
            ):
                # "12 proyek jalan senilai Rp 86 miliar": the projects, too
                return text[claim.unit_start : kept[0].end()]
            if (
                word.casefold() in _AUXILIARY_VERBS
                and len(kept) == 1
                and kept[0].group()[:1].islower()
                and _noun_before(words, m)
            ):
                kept.append(m)  # "players had run", "Rovers had led": the subject too
                subject_next = True
                continue
            if subject_next and word[:1].isalpha():
                subject_next = False  # "divers" is the subject, whatever its prefix
                kept.append(m)
                continue
            if (
                word.casefold() in LEFT_STOPS
                or looks_like_verb(word)
                or _is_past_tense(word.casefold())
                or not word[:1].isalpha()
                or claim is not None
            ):
                content = [k for k in kept if k.group().casefold() not in _TAIL_TRIM]
                if len(content) == 1 and (
                    noun := _antecedent(text, words, m, content[0])
                ):
                    antecedent = noun.group()  # "a saga that had run": the saga ran
                break
            kept.append(m)
            if len(kept) == _MAX_MEASURED_WORDS:
                break
        kept.reverse()
        while kept and kept[0].group().casefold() in _LEAD_TRIM:
            kept.pop(0)
        while kept and kept[-1].group().casefold() in _TAIL_TRIM | _USUALLY:
            kept.pop()
        if kept:
            end = kept[-1].end()
            if with_verb and verb_end > 0 and verb_end - end < 20:
                end = verb_end
            return f"{antecedent} {text[kept[0].start() : end]}".strip()
    return when


# Verbs after a relative clause that open the clause the figure is in.
_OPENING_VERBS = {
    "mengatakan", "menyebut", "menyebutkan", "menjelaskan", "mengungkapkan",
    "menyatakan", "menambahkan", "bilang", "said", "says", "told", "added",
    "membuat", "menyebabkan", "made", "makes", "caused",
}  # fmt: skip
# "memakan waktu tiga hari": the verb and "waktu" say only that it took time.
_TAKING_VERBS = {"memakan", "makan", "membutuhkan", "butuh", "perlu", "menghabiskan"}
_USUALLY = {"biasanya", "umumnya", "usually", "typically", "normally"}
# Words that say when a figure holds, not what it measures.
_NOW_WORDS = {
    "sekarang", "kini", "currently", "now", "today", "presently", "dulu", "dahulu",
    "formerly", "previously", "then", "saat", "ini",
}  # fmt: skip


def _antecedent(
    text: str, words: list[re.Match], m: re.Match, verb: re.Match
) -> re.Match | None:
    """Return the noun a relative pronoun at or before m refers to, or None.

    "ending a saga that had run": at "had", past the auxiliary to "that",
    the noun before it, "saga"; "the lease, which runs": past the comma.
    The word after it must be a verb, so that "told the House that rents
    had risen" and "the radio that I had" are no relative clauses.
    """
    k = words.index(m)
    while k >= 0 and words[k].group().casefold() in _AUXILIARY_VERBS | _MODALS:
        k -= 1
    if k < 0 or words[k].group().casefold() not in ("which", "who", "that"):
        return None
    fold = verb.group().casefold()
    if not (
        k < words.index(m)  # "that had run", "who will earn"
        or (fold.endswith("s") and not fold.endswith("ss") and len(fold) > 3)
        or fold in IRREGULAR_PAST
        or _is_past_tense(fold)
    ):
        return None
    start = words[0].start() if k == 0 else words[k - 1].end()
    lo = max(0, start - 40)
    end = words[k].start()
    gap = text[lo:end].rstrip(" \t\xa0")
    if gap.endswith(","):
        end = lo + len(gap) - 1
    noun = None
    for found in WORD_RE.finditer(text, lo, end):
        noun = found
    if (
        noun is None
        or text[noun.end() : end].strip()
        or not noun.group().isalpha()
        or noun.group().casefold() in STOPWORDS | LEFT_STOPS
        or looks_like_verb(noun.group())
        or _is_past_tense(noun.group().casefold())
    ):
        return None
    return noun


_BETWEEN = {"antara", "between"}
_AND = {"dan", "and", "&"}


def _without_between(
    words: list[re.Match], before: list[NumberPhrase]
) -> list[re.Match]:
    """Return the words without a trailing "between A and B": its head says what it is.

    "Perundingan perikanan antara Menteri Sari dan Menteri Tan berlangsung"
    and "the meeting between Sari and Tan lasted" measure the talks and the
    meeting, not the second party named.
    """
    at = next(
        (
            k
            for k in range(len(words) - 1, 0, -1)
            if words[k].group().casefold() in _BETWEEN
        ),
        None,
    )
    if at is None or not any(m.group().casefold() in _AND for m in words[at + 1 :]):
        return words
    if any(_claim_at(before, m.start()) for m in words[at:]):
        return words  # "antara 20 dan 30 orang": a range, not two parties
    return words[:at]


_NOUN_OR_VERB = {
    "costs", "cost", "tops", "hits", "totals", "stands", "falls", "rises", "drops",
    "jumps", "climbs", "grows", "level", "total",
}  # fmt: skip
_AUXILIARY_VERBS = {
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
}


def _noun_before(words: list[re.Match], m: re.Match) -> bool:
    k = words.index(m)
    if k == 0:
        return False
    word = words[k - 1].group()
    return word[:1].isalpha() and word.casefold() not in LEFT_STOPS | STOPWORDS


def _an_aside(text: str, start: int, end: int) -> bool:
    """Return True for a clause that is a name between commas or an acronym in brackets.

    "Ketua DPRD Sulsel, Rahmawati Daeng Tene, berlangsung ...",
    "pendapatan asli daerah (PAD) ditargetkan ..." and "Kerugian, katanya,
    ditaksir ..." are about what comes before.
    """
    inner = text[start:end].strip()
    if not inner or start == 0:
        return False
    opening = text[start - 1]
    words = inner.split()
    if opening == "(":
        return len(words) <= 3
    return (
        opening == ","
        and text[end : end + 1] == ","
        and len(words) <= 4
        and (
            all(w[:1].isupper() for w in words)
            # "Kerugian, katanya, ditaksir", "Total tunggakan, jelas Halimah, mencapai"
            or (len(words) <= 3 and words[0].casefold() in _REPORTING_ASIDES)
        )
    )


_REPORTING_ASIDES = {
    "kata", "katanya", "ujar", "ujarnya", "jelas", "jelasnya", "tegas", "tegasnya",
    "imbuh", "imbuhnya", "tambah", "tambahnya", "menurutnya", "he", "she", "they",
    "officials", "police",
}  # fmt: skip


def _is_bridge(word: str) -> bool:
    fold = word.casefold()
    # English past tenses right before a number are its verb: "pledged", "exceeded";
    # a month there says when: "in March from 3.4 per cent".
    return fold in BRIDGES or _is_past_tense(fold) or fold in _MONTH_NAMES


def _is_past_tense(fold: str) -> bool:
    return fold.endswith("ed") and len(fold) > 4 and fold.isascii()


_MONTH_NAMES = {
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "desember", "january", "february",
    "march", "may", "june", "july", "august", "october", "december",
}  # fmt: skip


def _claim_at(phrases: list[NumberPhrase], pos: int) -> NumberPhrase | None:
    for p in phrases:
        if p.start <= pos < p.end:
            return p
    return None


def _clauses_before(text: str, start: int):
    """Yield the clause that ends at start, then the one before it in the sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - 240)
    breaks = list(_CLAUSE_BREAK_RE.finditer(text, window_start, start))
    end = start
    for count, m in enumerate(reversed([None, *breaks])):
        clause_start = m.end() if m is not None else window_start
        yield clause_start, end
        if m is None or m.group() in ".!?" or count >= 2:
            return
        end = m.start()


def _is_passive(word: str) -> bool:
    return looks_like_verb(word) and word.casefold().startswith(("di", "ter"))
