"""Find the quantities in Indonesian and English news text.

`read_numbers` finds every number phrase that is a quantity: the number in
digits or words (`numerals`, `wordless`), its currency or unit (`units`) or
the thing counted right after it (`counted`), and the hedge or bound words
around it (`hedges`), leaving out digits that are no quantity
(`nonquantities`). `find_quantities` is its short form that prefills a claim
from the words an editor selected; `annotations.text.claims` builds claim
suggestions on `read_numbers`.

How the parts join into one phrase:

- "satu" counts the noun after it ("satu fraksi") unless it is an idiom or a
  negation ("satu sisi", "tidak ada satu rumah pun");
- a rate after a quantity belongs to it ("40 orang per hari", "30 litres a
  day", "Rp 42 ribu per orang per bulan", "$4 a share");
- cents and pence are written in their currency: "45 cents" is 0.45 in the
  currency named last (USD when none), "14.2p" and "318 pence" GBP;
- "40C", "104F" are temperatures (not "Room 4F"); "1.5m households", "40bn",
  "10k runners" are millions, billions and thousands, not metres;
- "3 x 24 jam" is a product (72 hours); "a 3,000-strong workforce" counts
  people; "Thousands fled" counts the people who did it;
- two amounts of one unit joined by a dash or "to" are a range
  ("£440m-£470m", "$5 to $7", "10 hingga 20 orang"), unless a change verb
  comes before ("rose 2.1% to 3.4%"); the first number of a range or a change
  takes the unit of the second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from annotations.text.counted import AS_MANY_RE, counted_noun, noun_like, plural_noun
from annotations.text.hedges import ANAN_RE, LEBIH_NOUN_RE, PLUS_ODD_RE, hedges_around
from annotations.text.nonquantities import (
    inside,
    masked_spans,
    names_before,
    not_a_quantity,
)
from annotations.text.numerals import (
    SCALES,
    STARTERS,
    TENS_EN,
    VAGUE,
    VULGAR,
    NumberPhrase,
    Token,
    blank,
    is_year,
    number_at,
    tidy,
    tokenize,
)
from annotations.text.units import (
    CURRENCY_PREFIXES,
    DURATIONS,
    PREFIX_UNITS,
    RP_ABBREVIATIONS,
    SE_UNITS,
    UNIT_WORDS,
    USD_ABBREVIATIONS,
    currency_before,
    per_unit_end,
    unit_after,
)
from annotations.text.wordclasses import indonesian_around
from annotations.text.wordless import NYA_FRACTIONS, WORDLESS_STARTERS, wordless_at


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    unit: str  # canonical English unit or the counted noun, "" when none
    approximate: bool  # hedged or bounded ("sekitar", "more than", "hingga")
    start: int  # code-point span of the phrase, from any hedge word
    end: int  # or currency sign through the unit


# The plurals without an -s a count may name: "1.2m people", "3m children".
_PLURAL_NOUNS = (
    r"(?:[^\W\d_]+s|people|children|men|women|staff|personnel|livestock|cattle|sheep)"
)
_GLUED_SCALE_RE = re.compile(
    rf"(bn|m(?=[ \t\xa0]+(?:of[ \t\xa0]+)?{_PLURAL_NOUNS}\b)|k(?=[ \t\xa0]+{_PLURAL_NOUNS}\b))(?![^\W_])",
    re.IGNORECASE,
)
# Between a quantity and a bare number that repeats its unit: "two kilos, sometimes one".
ELIDED_RE = re.compile(
    r"[ \t\xa0]*,?[ \t\xa0]*(?:(?:or|atau|sometimes|kadang|kadang-kadang|even|bahkan|only"
    r"|hanya|just|perhaps|mungkin|maybe|then|lalu|kemudian)[ \t\xa0]+){1,2}",
    re.IGNORECASE,
)
_TOO_LARGE = Decimal(10) ** 18
# A minus sign: "−" anywhere, "-" only after a blank and before the digit.
_MINUS_RE = re.compile(
    r"(?:(?<![\w.,\d])[-−]|(?<!plus )(?<!plus-)(?<!plus or )\bminus[ \t\xa0]+)$",
    re.IGNORECASE,
)
_OF_RE = re.compile(r"[ \t\xa0]+of(?=\s)")
_ABBREVIATION_RE = re.compile(r"[ \t\xa0]*([A-Za-z]{1,2})(?![^\W_])")


def parse_quantity(text: str) -> Quantity | None:
    """Return the first quantity in text, or None.

    >>> parse_quantity("selama sekitar enam jam").value
    Decimal('6')
    """
    found = find_quantities(text)
    return found[0] if found else None


def find_quantities(text: str) -> list[Quantity]:
    return [
        Quantity(p.value, p.unit, p.approximate or bool(p.bound), p.start, p.end)
        for p in read_numbers(text)
    ]


# The half written after a duration's unit: "dua jam setengah", "tiga hari
# setengah"; not the start of another amount ("setengah jam", "setengah dari").
_HALF_AFTER_UNIT_RE = re.compile(
    r"[ \t\xa0]+setengah\b(?![ \t\xa0]*(?:-|[^\W\d_]+))", re.IGNORECASE
)


# A short quotation closing right after a number, a noun after it.
_SCARE_QUOTE_END_RE = re.compile(r"[\"\u201d][ \t\xa0]+(?=[^\W\d_])")


def read_numbers(text: str) -> list[NumberPhrase]:
    """Return every quantity phrase in text, in order and without overlaps."""
    tokens = tokenize(text)
    masked = masked_spans(text, tokens)
    starters = _ANY_STARTER
    found: list[NumberPhrase] = []
    floor = 0  # offsets before this belong to an earlier phrase
    i = 0
    n = len(tokens)
    while i < n:
        token = tokens[i]
        if (
            token.kind == "word"
            and token.start >= floor
            and (m := _UNIT_LONG_RE.fullmatch(token.fold))
        ):
            # "a week-long campaign", "a day-long walkout": one of that unit
            found.append(
                NumberPhrase(
                    value=Decimal(1), unit=m.group(1), canonical=True,
                    approximate=False, bound="", start=token.start, end=token.end,
                    number_start=token.start, number_end=token.start + len(m.group(1)),
                    unit_start=token.start, unit_end=token.start + len(m.group(1)),
                    kind="words",
                )
            )  # fmt: skip
            floor = token.end
            i += 1
            continue
        if (
            token.start < floor
            or (
                token.kind == "word"
                and token.fold not in starters
                and not token.fold.endswith("fold")
            )
            or (token.kind == "num" and inside(masked, token.start))
        ):
            i += 1
            continue
        phrase = None
        if (
            token.fold in WORDLESS_STARTERS
            or token.fold.endswith("fold")
            or token.fold in NYA_FRACTIONS
            or (i + 1 < n and tokens[i + 1].fold in ("in", "out", "dari"))
        ):
            phrase = wordless_at(text, tokens, i, floor)
        if phrase is None:
            phrase = _phrase_at(text, tokens, i, floor)
        if phrase is None:
            i += 1
            continue
        if (
            phrase.unit in DURATIONS
            and phrase.value == phrase.value.to_integral_value()
            and (half := _HALF_AFTER_UNIT_RE.match(text, phrase.end))
        ):
            # "dua jam setengah": two and a half hours, the half after the unit
            phrase = replace(
                phrase, value=phrase.value + Decimal("0.5"), end=half.end()
            )
        if phrase.unit and (so := _OR_SO_AFTER_UNIT_RE.match(text, phrase.end)):
            # "an hour or so", "three weeks or so": about that long
            phrase = replace(phrase, approximate=True, end=so.end())
        found.append(phrase)
        floor = phrase.end
        while i < n and tokens[i].start < floor:
            i += 1  # a phrase spans a few tokens: stepping beats bisecting
    return _join_ranges(text, found)


_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(?:18|19|20)\d\d[-–/]$")
_OR_SO_AFTER_UNIT_RE = re.compile(r"[ \t\xa0]+or[ \t\xa0]+so(?![^\W_])", re.IGNORECASE)
_UNIT_LONG_RE = re.compile(r"(hour|day|week|month|year|decade|century)-long")


def _phrase_at(
    text: str, tokens: list[Token], j: int, floor: int
) -> NumberPhrase | None:
    number = number_at(text, tokens, j)
    if number is None:
        return None
    value, k, approximate, kind = number
    if (
        kind == "digits"
        and text[tokens[j].start - 1 : tokens[j].start] in ("-", "–", "/")
        and _YEAR_BEFORE_RE.search(text, max(0, tokens[j].start - 5), tokens[j].start)
    ):
        return None  # "the 2024-25 season", "2024/25": the second year of a span
    if (
        kind == "words"
        and 10 <= value <= 20
        and k < len(tokens)
        and tokens[k].fold in TENS_EN
        and blank(text[tokens[k - 1].end : tokens[k].start])
    ):
        return None  # "Nineteen sixty-eight", "twenty twenty-four": a year said
    if kind == "digits" and (times := _TIMES_SIGN_RE.match(text, tokens[k - 1].end)):
        # "3 x 24 jam", "1x24 jam": a product, 72 and 24 hours
        while k < len(tokens) and tokens[k].start < times.start(1):
            k += 1
        if k < len(tokens) and tokens[k].start == times.start(1):
            value *= int(times.group(1))
            k += 1
    n = len(tokens)
    first = tokens[j]
    scaled = False
    plus_bound = False  # "1,000-plus"

    # Scale words after digits or vague amounts: "2,5 triliun", "puluhan ribu",
    # "hundreds of thousands".
    if kind in ("digits", "vague"):
        while k < n and blank(
            text[tokens[k - 1].end : tokens[k].start], allow="-" if not scaled else ""
        ):  # "$1.2-billion", "1.5-million workers"
            w = tokens[k].fold
            if w in SCALES and not (w in ("mn", "tn") and kind != "digits"):
                if scaled and value * SCALES[w] >= 10**15:
                    break  # "triliun triliun" is not a number
                value *= SCALES[w]
                k += 1
                scaled = True
            elif (
                kind == "vague"
                and w == "of"
                and k + 1 < n
                and tokens[k + 1].fold in VAGUE
            ):
                value *= VAGUE[tokens[k + 1].fold]  # "hundreds of thousands"
                k += 2
                scaled = True
            else:
                break
    number_end = tokens[k - 1].end
    if kind == "digits" and text[number_end : number_end + 1] in VULGAR:
        number_end += 1  # "1½": read in number_at

    # Currency before the number: "Rp 2,5 triliun", "US$ 1,2 miliar", "$1.2 billion".
    unit = ""
    start = first.start
    magnitude_from = -1
    if j >= 1 and tokens[j - 1].start >= floor:
        prev = tokens[j - 1]
        currency = CURRENCY_PREFIXES.get(prev.fold)
        if (
            currency
            and (prev.fold not in ("rm", "rs") or prev.text in ("RM", "Rs"))
            and blank(text[prev.end : first.start], allow=".")
        ):
            unit = currency
            start = prev.start
        elif (
            prev.fold in PREFIX_UNITS
            and (prev.fold != "m" or prev.text == "M")
            and blank(text[prev.end : first.start])
            and kind == "digits"
            and value < 10
            and (
                prev.fold != "m"
                or value != value.to_integral_value()
                or _QUAKE_NEAR_RE.search(
                    text, max(0, prev.start - 120), first.end + 120
                )
            )
        ):
            # "magnitudo 5,6", "M 6.1"; but "the M5 motorway" is a road
            magnitude_from = prev.start
    if unit and kind == "digits" and not scaled:
        abbreviations = RP_ABBREVIATIONS if unit == "IDR" else USD_ABBREVIATIONS
        m = _ABBREVIATION_RE.match(text, number_end)
        if m and m.group(1).casefold() in abbreviations:
            value *= abbreviations[m.group(1).casefold()]  # "Rp 5 M", "$1.2B"
            number_end = m.end()
            scaled = True
    elif (
        kind == "digits"
        and (m := _GLUED_DEGREES_RE.match(text, number_end))
        and not names_before(text, tokens, j)
    ):
        unit, number_end = "°" + m.group(1), m.end()  # "40C", "104F"; not "Grade 5C"
    elif kind == "digits" and value < 1000 and (m := _PENCE_RE.match(text, number_end)):
        value /= 100  # "14.2p a share", "21p": pence, written in pounds
        unit, number_end = "GBP", m.end()
        scaled = True
    elif (
        kind == "digits"
        and not scaled
        and (m := _GLUED_SCALE_RE.match(text, number_end))
    ):
        # "1.5m households", "40bn", "10k runners": millions, not metres
        value *= USD_ABBREVIATIONS[m.group(1).casefold()[0]]
        number_end = m.end(1)
        scaled = True

    end = number_end
    if kind in ("digits", "words") and (m := PLUS_ODD_RE.match(text, end)):
        # "1,000-plus fans" (at least), "40-odd boats" (about)
        if (m.group(1) or "").casefold() != "plus":
            approximate = True
        else:
            plus_bound = True
        end = number_end = m.end()
    if kind in ("digits", "vague") and (m := ANAN_RE.match(text, end)):
        if kind == "digits" and is_year(first.text):
            return None  # "1970-an" is a decade
        approximate = True  # "20-an orang"
        end = number_end = m.end()

    unit_start = unit_end = number_end
    canonical = bool(unit)
    if kind == "se_unit":
        unit, canonical = SE_UNITS[first.fold], True
        kind = "words"
    noun_from = end
    if kind in ("digits", "words") and (scare := _SCARE_QUOTE_END_RE.match(text, end)):
        opened = max(
            text.rfind('"', 0, first.start), text.rfind("\u201c", 0, first.start)
        )
        if 0 <= first.start - opened <= 24 and not any(
            q in text[opened + 1 : end] for q in '"\u201c\u201d\n'
        ):
            noun_from = (
                scare.end() - 1
            )  # 'removed "between 10 and 12" fans': the noun is past the quote
    if (
        kind in ("digits", "words")
        and (lebih := LEBIH_NOUN_RE.match(text, end))
        and (unit_after(text, lebih.end()) or counted_noun(text, lebih.end()))
    ):
        # "15 ribu lebih warga": more than 15,000 residents
        plus_bound = True
        end = noun_from = lebih.end()
    elif (
        kind in ("digits", "words")
        and (more := _OR_MORE_NOUN_RE.match(text, end))
        and (unit_after(text, more.end()) or counted_noun(text, more.end()))
    ):
        # "two or more pieces", "tiga atau lebih kapal": at least that many
        plus_bound = True
        end = noun_from = more.end()
    if not unit and (m := _STRONG_RE.match(text, noun_from)):
        # "a 3,000-strong workforce": a body of that many people
        unit, canonical, unit_start, unit_end = "person", True, m.start(1), m.end(1)
        end = unit_end
    if not unit:
        if (
            kind == "vague"
            and (m := _OF_RE.match(text, noun_from))
            and not _OF_THEM_RE.match(
                text, noun_from
            )  # "scores of them": the people before
        ):
            noun_from = m.end()  # "hundreds of people"
        matched = unit_after(text, noun_from)
        if (
            matched
            and matched[0] == "person"
            and (head := _HEAD_AFTER_RE.match(text, matched[2]))
            and noun_like(head.group(1))
            and unit_after(text, head.start(1)) is None
            # "860 siswa kelas IX", "12 orang sekaligus": Indonesian puts
            # the head noun first
            and not indonesian_around(text, matched[2])
        ):
            # "40,000 staff and partner accounts", "200 student loans": the people
            # word is a modifier, the plural after it is what is counted
            matched = (head.group(1).casefold(), head.start(1), head.end(1))
        if matched:
            unit, unit_start, unit_end = matched
            canonical = unit in UNIT_WORDS
            end = unit_end
    if magnitude_from >= 0 and (not unit or unit == "magnitude"):
        unit, canonical, start = "magnitude", True, magnitude_from
    if not unit and kind != "bare" and (m := _OF_SET_RE.match(text, noun_from)):
        # "two of my buffaloes", "a dozen of its members": the things counted
        matched = unit_after(text, m.end()) or plural_noun(text, m.end())
        if matched:
            unit, unit_start, unit_end = matched
            canonical = unit in UNIT_WORDS
            end = unit_end
    if not unit and (
        kind != "bare"
        or (first.fold == "satu" and k == j + 1)
        or (first.fold == "one" and k == j + 1)
    ):
        noun = counted_noun(text, noun_from)
        if (
            noun
            and kind == "bare"
            and first.fold == "one"
            and not (
                # "only one supplier": "one" counts where "only" insists on it;
                # "for one game", "for one night": how long or how many a stay or
                # a penalty runs; "one clutch a year": a count at a rate
                j >= 1
                and blank(text[tokens[j - 1].end : first.start])
                and (
                    tokens[j - 1].fold in _ONLY_ONE
                    or (tokens[j - 1].fold == "for" and noun[0] not in _ONE_IDIOMS)
                )
                or per_unit_end(text, noun[2]) > noun[2]
            )
        ):
            noun = None
        if (
            noun
            and kind == "bare"
            and (
                noun[0] in _SATU_IDIOMS
                or (j >= 1 and tokens[j - 1].fold in _NEGATIONS)
                or re.match(r"[ \t\xa0]+pun(?![^\W_])", text[noun[2] : noun[2] + 6])
            )
        ):
            noun = None  # "tidak ada satu aset pun" says none
        if noun:
            unit, unit_start, unit_end = noun
            end = unit_end
    if (
        unit != "GBP"
        and value >= 10**6
        and (pound := _POUND_AFTER_RE.match(text, noun_from))
    ):
        # "a 45 million pound expansion": "pound" before a noun is the money's
        # currency, not the noun counted nor a weight
        unit, canonical = "GBP", True
        unit_start, unit_end = pound.span(1)
        end = unit_end
    if (
        kind == "vague"
        and not canonical
        and first.fold not in _MONEY_VAGUE  # "miliaran dikucurkan" is money
        and _VAGUE_VERB_RE.match(text, number_end)
    ):
        # "Thousands fled", "hundreds gathered", "ratusan mengungsi": people did
        # it. The claim's span stays the amount, and so does the unit's: no word
        # of the phrase names it (the verb lies outside the phrase)
        unit, canonical = "person", True
        unit_start = unit_end = end = number_end
    if unit in ("pounds", "pound") and (value >= 10**6 or "£" in text):
        # "Ninety-six million pounds" in a story of £ amounts: money, not weight
        unit, canonical = "GBP", True
    if unit in ("cent", "pence") and text[unit_start:unit_end].casefold() != "sen":
        # "45 cents a litre", "318 pence": a hundredth of the currency named
        value /= 100
        unit = "GBP" if unit == "pence" else currency_before(text, start)
    if unit == "time" and (m := AS_MANY_RE.match(text, end)):
        # "three times as many ships", "twice as much": a multiple, not a count of times
        unit, canonical = "fold", True
        end = m.end()
        if noun := counted_noun(text, end):
            unit_start, unit_end = noun[1], noun[2]
            end = noun[2]
    elif unit == "time" and _TIMES_OF_RE.match(text, end):
        # "three times the size", "9.5 times earnings", "ten times higher": a multiple
        unit, canonical = "fold", True
    if (
        kind == "bare"
        and unit
        and (
            (j >= 1 and tokens[j - 1].fold in _NEGATIONS)
            or re.match(r"[ \t\xa0]+pun(?![^\W_])", text[end : end + 6])
        )
    ):
        return None  # "tidak ada satu rumah pun" says none

    if kind == "digits" and not_a_quantity(
        text,
        tokens,
        j,
        k,
        canonical,
        scaled,
        counted=unit_end > number_end,
    ):
        return None
    if kind == "bare" and (
        (
            not unit
            and not (floor and ELIDED_RE.fullmatch(text, floor, start))
            and not (
                # "pos jaga cuma satu.": only one of the noun its clause is about
                first.fold == "satu"
                and _ONLY_BEFORE_RE.search(text, max(0, first.start - 16), first.start)
                and _CLAUSE_END_RE.match(text, number_end)
            )
        )
        or (j >= 1 and tokens[j - 1].fold == "salah")
    ):
        return None  # "salah satu", "one of them", "half of it"; but "two kilos, sometimes one"
    if kind == "bare":
        kind = "words"

    # Hedge and bound words before the phrase: "sekitar", "more than", "hampir".
    if kind == "digits" and (m := _MINUS_RE.search(text, max(floor, start - 8), start)):
        value = -value  # "-2,1 persen", "minus 5 derajat", "−3%"
        start = m.start()
    start, end, approximate, bound = hedges_around(
        text, start, end, floor, unit, approximate
    )
    if plus_bound and not bound:
        bound = "min"
    if unit:
        end = per_unit_end(text, end)

    if abs(value) >= _TOO_LARGE:
        return None  # no news counts this far; an ID or a typo
    return NumberPhrase(
        value=tidy(value),
        unit=unit,
        canonical=canonical,
        approximate=approximate,
        bound=bound,
        start=start,
        end=end,
        number_start=first.start,
        number_end=number_end,
        unit_start=unit_start,
        unit_end=unit_end,
        kind=kind,
    )


_QUAKE_NEAR_RE = re.compile(
    r"\b(?:gempa|quake|earthquake|tremor|seismic|BMKG|USGS)", re.I
)
_PENCE_RE = re.compile(r"p(?![^\W_])")
_GLUED_DEGREES_RE = re.compile(r"([CF])(?![^\W_])")


_HEAD_AFTER_RE = re.compile(
    r"(?<![sS])(?:[ \t\xa0]+and[ \t\xa0]+[a-z]+)?[ \t\xa0]+([a-z]{3,}s)(?![^\W_])"
)
_TIMES_OF_RE = re.compile(
    r"[ \t\xa0]+(?:the|its|their|that|those|more|less|higher|lower|larger|bigger|greater"
    r"|faster|smaller|earnings|revenue|sales|profits?|lipat|lebih)(?![^\W_])",
    re.IGNORECASE,
)
# "3 x 24 jam": the police's deadline, in hours or days only ("4 x 5 metres" is a size)
_TIMES_SIGN_RE = re.compile(
    r"[ \t\xa0]*[x×][ \t\xa0]*(\d{1,3})(?![\d.,]\d)"
    r"(?=[ \t\xa0]+(?:jam|hari|menit|hours?|days?|minutes?)(?![^\W_]))",
    re.IGNORECASE,
)
_OF_THEM_RE = re.compile(
    r"[ \t\xa0]+of[ \t\xa0]+(?:them|us|those)(?![^\W_])", re.IGNORECASE
)
_OR_MORE_NOUN_RE = re.compile(
    r"[ \t\xa0]+(?:or|atau)[ \t\xa0]+(?:more|lebih)(?=[ \t\xa0]+[^\W\d_])",
    re.IGNORECASE,
)
_STRONG_RE = re.compile(r"-(strong)(?![^\W_])", re.IGNORECASE)
_OF_SET_RE = re.compile(
    r"[ \t\xa0]+of[ \t\xa0]+(?:the|my|its|their|his|her|our|your|these|those)[ \t\xa0]+"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)
# "satu" counts the noun after it ("satu fraksi menolak") except in these idioms.
_SATU_IDIOMS = {
    "sisi", "hal", "per", "kesatuan", "suara", "pintu", "arah", "tujuan", "sama",
    "lagi", "pun", "persatu", "visi", "hati", "paket", "atap", "meja",
}  # fmt: skip


_NEGATIONS = {"tidak", "tak", "ada", "tanpa", "bukan", "belum"}
# "pound" or "pounds" after a sum, not "pounds of": the currency
_POUND_AFTER_RE = re.compile(
    r"[ \t\xa0]+(pounds?)(?![^\W_])(?![ \t\xa0]+of(?![^\W_]))", re.IGNORECASE
)

_ONLY_ONE = {"only", "just", "exactly", "merely"}
_ONE_IDIOMS = {"thing", "reason", "another", "way", "side"}  # "for one thing"
# Every word a quantity can start with (read_numbers skips all others).
_ANY_STARTER = frozenset(STARTERS | WORDLESS_STARTERS | set(NYA_FRACTIONS))
# "cuma satu", "hanya satu" ending a clause: a count said of its noun.
_ONLY_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?:hanya|cuma|cuman|tinggal)[ \t\xa0]+$", re.IGNORECASE
)
_CLAUSE_END_RE = re.compile(r"[ \t\xa0]*(?:[.,;!?)]|\Z)")
# Vague amounts too large to be people doing something: money spent.
_MONEY_VAGUE = {"jutaan", "miliaran", "triliunan", "billions"}
# A verb right after a vague amount: the people who did it.
_VAGUE_VERB_RE = re.compile(
    r"[ \t\xa0]+([a-z]{3,}ed|fled|came|went|left|ran|fought|took|were|are|have|had"
    r"|remain|stood|sought|lost|gave|made|(?:me|ber|ter|di)[a-z]{4,})(?![^\W_])"
)


# "10 hingga 20 orang", "10-20 orang", "antara 10 dan 20 orang", "dua atau tiga jam"
_RANGE_WORDS = {"-", "–", "—", "s.d.", "s/d", "to", "hingga", "sampai", "sampai dengan"}
# "enam dari sebelas kecamatan", "six of 11 provinces": a part of the same things.
_PART_WORDS = {"dari", "of", "out of", "di antara"}
_CONNECTORS = (
    _RANGE_WORDS | _PART_WORDS | {"dan", "and", "atau", "or", "menjadi", "ke", "into"}
)
_CURRENCY_TAIL_RE = re.compile(r"(?:rp\.?|us\$|usd|idr|[$€£¥])\s*$", re.IGNORECASE)
# "two of its five factories", "six of the train's 10 carriages", "nine of
# the past ten years"
_DETERMINER_TAIL_RE = re.compile(
    r"\s+(?:(?:(?:the|its|their|his|her|our)(?:\s+(?:last|past|previous))?|para)"
    r"(?:\s+[^\W\d_]+['’]s)?"
    r"|[^\W\d_]+['’]s)$"
)
_CHANGED_BEFORE_RE = re.compile(
    r"\b(?:rose|fell|grew|climbed|jumped|dropped|slipped|increased|decreased|cut|raised"
    r"|lifted|lowered|up|down|by|naik|turun|from|dari)[ \t\xa0]*$",
    re.IGNORECASE,
)
_RANGED_FROM_RE = re.compile(
    r"\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying|berkisar)[ \t\xa0]+"
    r"(?:from|dari)[ \t\xa0]*$",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(r"\b(antara|between|dari|from)[ \t\xa0]*$", re.IGNORECASE)


def _join_ranges(text: str, found: list[NumberPhrase]) -> list[NumberPhrase]:
    """Give the first number of a range or a change the unit of the second.

    In "10 hingga 20 orang" the 10 counts people too, and is the range's lower
    bound (the 20 its upper one); in "dari 5 menjadi 3 persen" both are
    percentages, without bounds.
    """
    out = list(found)
    for idx in range(len(out) - 1):
        p, q = out[idx], out[idx + 1]
        if (
            not q.unit
            or (p.kind == "vague" and (p.unit or q.kind != "vague"))
            or (p.unit and p.unit != q.unit)
            or q.number_start - p.end > 24
        ):
            continue
        gap = text[p.end : q.number_start]
        if "\n" in gap or len(gap) > 24:
            continue
        connector = " ".join(_CURRENCY_TAIL_RE.sub("", gap).split()).casefold()
        connector = _DETERMINER_TAIL_RE.sub(
            "", connector
        )  # "two of its five factories"
        if connector not in _CONNECTORS and not (
            connector == "," and p.kind == "words"
        ):
            continue  # "ten, twelve hours": a word number takes the unit after the comma
        if (
            p.unit
            and not _BETWEEN_RE.search(text, max(0, p.start - 12), p.start)
            and not (
                connector in _RANGE_WORDS
                and q.value > p.value
                and not _CHANGED_BEFORE_RE.search(text, max(0, p.start - 16), p.start)
            )
        ):
            # "$17 billion and $18 billion" is a range only after "between";
            # "£440m-£470m", "$5 to $7" are ranges, but "rose 2% to 3%" a change
            continue
        if p.kind == "vague" and connector not in _RANGE_WORDS:
            continue  # "belasan hingga puluhan rumah" is a range; "puluhan dan ratusan" not
        between = _BETWEEN_RE.search(text, max(0, p.start - 12), p.start)
        if connector in _PART_WORDS:
            between = None
        is_range = connector in _RANGE_WORDS or (
            connector in ("dan", "and") and between is not None
        )
        if between and between.group(1).casefold() in ("dari", "from"):
            is_range = connector in ("hingga", "sampai", "sampai dengan", "-", "–") or (
                # "Fines range from £250 to £9,000": a range, not a change
                connector == "to"
                and _RANGED_FROM_RE.search(text, max(0, p.start - 24), p.start)
                is not None
            )
        start_p = p.start
        if is_range and between is not None and not p.bound:
            start_p = between.start()
        out[idx] = replace(
            p,
            unit=q.unit,
            canonical=q.canonical,
            bound=p.bound or ("min" if is_range else ""),
            start=start_p,
        )
        if is_range and not q.bound:
            out[idx + 1] = replace(q, bound="max")
    return out
