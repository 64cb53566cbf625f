"""Tell who speaks for a document, a statement or a post.

What a letter, a report or a release says is its author's or its issuer's:
"the letter, signed by headteacher Dana Whitlock", "laporan itu", "demikian
keterangan tertulis BPBD", "X said in a statement", "pemilik akun". A post's
caption is whoever posted it. "The statement", "keterangan tersebut" point
back to the statement last mentioned and its issuer; a body that issues one
is an institution even when its name reads like a person's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotations.text.attribution import (
    FUNCTION_WORDS,
    Cast,
    Source,
    is_org_word,
    is_role,
    sentence_start,
)
from annotations.text.cues import (
    AUTHORED_BY,
    DOC_NOUN,
    DOC_PHRASE,
    MEDIA_NOUN,
    STATEMENT_MENTION,
    phrase_after,
    subject_before,
)
from annotations.text.matching import fold


def named_body_before(text: str, noun: str, at: int) -> str:
    """Return the last name before `at` that ends in `noun` ("Ashgrove Hospitals Trust"), or "".

    Capitalised words before the noun make the name; an opener ("The", "But")
    is not part of it, and the noun alone is no name.
    """
    noun = noun.capitalize()
    # "St. Aldric's Hospital": a short word with its period may open the name.
    # "Kestrel Bay Chamber of Commerce": the name goes on after "of".
    names = re.findall(
        rf"(?:\b[A-Z][a-z]{{0,2}}\.\s+)?(?:\b[A-Z][\w'’-]*\s+)+{noun}\b"
        r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)?",
        text[:at],
    )
    for found in reversed(names):
        if len(words := drop_openers(found.split())) >= 2:
            return " ".join(words)
    return ""


def drop_openers(words: list[str]) -> list[str]:
    while words and words[0].casefold() in FUNCTION_WORDS:
        words = words[1:]
    return words


_STATEMENT_BY = re.compile(r"\s+(?:from|by|of|issued\s+by|dari|oleh)\s+|\s+(?=[A-Z])")
# "X said in a statement", "X dalam keterangan tertulisnya": the words between the
# subject and the statement noun.
_BEFORE_STATEMENT = re.compile(
    r"(?:\s+(?:said|says|wrote|writes|announced|stated|added|menyatakan|mengatakan"
    r"|menyebut|menyebutkan|menyampaikan|menjelaskan))?"
    r"\s+(?:in|dalam|melalui|lewat|through|via|on)\s+(?:a|an|its|the|their|sebuah)?"
    r"\s*(?:written|brief|short|joint|separate|official)?\s*$"
    # "The Health Ministry issued a statement", "X released a written statement".
    r"|\s+(?:issued|released|published|put\s+out|sent\s+out|posted)\s+(?:a|an|its|their)\s+"
    r"(?:written|brief|short|joint|separate|official)?\s*$"
    # "Dinas Pendidikan menerbitkan surat edaran", "X mengeluarkan pernyataan".
    r"|\s+(?:menerbitkan|mengeluarkan|merilis|mengirim(?:kan)?|menyebarkan)"
    r"\s+(?:sebuah\s+)?$"
    r"|['’]s\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def issuer_of(cast: Cast, source: Source) -> Source:
    """Return source as an institution unless the article knows it as a person.

    Bodies without an institution noun ("Orchard Valley Transit") read like
    names; issuing a statement says they are bodies, unless a role or title
    ("chief executive Nadia Rahman") or a surname used alone shows a person.
    """
    if source.kind != "person" or source.role or not source.speaker:
        return source
    words = source.speaker.split()
    if len(words) == 2 and cast.alone(words[-1]):
        return source
    return Source(source.speaker, "", "institution", "institution")


_STATEMENT_OPENS = re.compile(
    r"\s*(?i:in|dalam|melalui|lewat)\s+(?i:a|an|its|the|their|sebuah)?\s*$"
)
_SPACE_COMMA = re.compile(r"(?:\s+(?:tertulis|resmi|pers|written|official))?\s*,\s*")


def statement_owner(text: str, pos: int) -> str:
    """Return the phrase naming who issued the statement last mentioned before pos.

    >>> statement_owner("Polda Riau dalam keterangan tertulisnya menyebut X. Y", 50)
    'Polda Riau'
    """
    floor = max(0, pos - 1500)
    last = None
    for m in STATEMENT_MENTION.finditer(text, floor, pos):
        if not _STATEMENT_REF_AFTER.match(text, m.end()):
            last = m
    whose = None
    for m in _WHOSE_DOCUMENT.finditer(text, floor, pos):
        whose = m
    if whose is not None and (last is None or whose.end() >= last.start()):
        # "the Strait Marine Institute, whose latest assessment found": its body.
        return whose.group("body")
    if last is None:
        return ""
    after = _STATEMENT_BY.match(text, last.end())
    if after and (name := _BODY_NAME.match(text, after.end())):
        return name.group()
    start = sentence_start(text, last.start())
    head = text[start : last.start()]
    comma = _SPACE_COMMA.match(text, last.end())
    if (
        comma
        and _STATEMENT_OPENS.match(head)
        and (name := _BODY_NAME.match(text, comma.end()))
    ):
        # "In a statement, Lumina Mobile said ...": the subject after the comma.
        return name.group()
    between = _BEFORE_STATEMENT.search(head)
    if not between:
        return ""
    return subject_before(head[: between.start()])


# The platform an account is on ("akun Instagram resminya") names no author.
_PLATFORM = (
    r"(?:Instagram|TikTok|Facebook|Twitter|X|YouTube|Threads|WhatsApp|Telegram"
    r"|LinkedIn|Snapchat)\b"
)
# "pemilik akun", "the account holder": whoever owns the account that posted.
_OWNER_PHRASE = re.compile(
    r"^\W*(?:(?:pemilik|pengelola|admin)\s+akun|(?:the\s+)?account(?:'s)?\s+"
    r"(?:holder|owner)|akun(?:\s+(?:itu|tersebut|ini))|the\s+account)"
    r"(?:\s+(?:@\S+|itu|tersebut|ini))*\s*$",
    re.IGNORECASE,
)
_BY_RIGHT_AFTER = re.compile(r"\s+by\s+(?P<who>[^\n\"“”]{1,160})")
_DOC_NOUN_NAMED = re.compile(
    rf"(?P<noun>{DOC_NOUN}|{MEDIA_NOUN})\b(?:\s+{_PLATFORM})?(?:\s+(?:resmi|pribadi"
    rf"|milik)(?:nya)?)?\s+(?!{_PLATFORM})(?P<who>(?:@\S+\s+(?:milik\s+)?)?(?-i:[A-Z])[^\n\"“”]{{0,160}})",
    re.IGNORECASE,
)
# "Pemilik akun, Ujang Permana (24),", "pemilik akun @x, Ujang": the owner named.
_OWNER_NAMED = re.compile(
    r"\b(?:[Pp]emilik|[Pp]engelola)\s+akun(?:\s+(?:@\S+|itu|tersebut|ini))*,?\s+"
    r"(?P<who>[A-Z][^.;:!?\n\"“”(]{1,80})"
    r"|\b(?P<who2>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+(?:sang\s+)?"
    r"(?:pemilik|pengelola)\s+akun\b"
)
# Who put it out, before the noun: "X, whose latest assessment", "X menerbitkan
# surat", "X posted on their account", "X melalui akun Instagram resminya".
_AUTHOR_BEFORE = re.compile(
    r"(?:,\s+whose|\s+(?:issued|released|published|posted|sent|wrote|shared|uploaded"
    r"|menerbitkan|mengeluarkan|merilis|mengirim(?:kan)?|mengunggah|menulis"
    r"|membagikan)|\s+(?:dalam|melalui|lewat|di|in|on|via|through))"
    r"(?:\s+[\w'’@-]+){0,4}\s*$",
    re.IGNORECASE,
)
_AUTHORED_BY_NEAR = re.compile(r"[^.!?\n\"“”]{0,80}?" + AUTHORED_BY.pattern)
_DOC_MENTION = re.compile(rf"\b(?:{DOC_NOUN}|{MEDIA_NOUN})\b", re.IGNORECASE)
_MEDIA_ONLY = re.compile(MEDIA_NOUN, re.IGNORECASE)
_SENTENCE_AFTER_SIGNED = re.compile(
    rf"(?:{DOC_NOUN}|[Ii]t)(?:\s+(?:itu|tersebut|ini))?\s+(?:was\s+)?"
    r"(?:ditandatangani|diteken|signed\s+by)(?:\s+oleh)?\s+"
    r"(?P<who>[^\n\"“”]{1,160})",
    re.IGNORECASE,
)


def document_author(cast: Cast, phrase: str, at: int) -> tuple[Source, float] | None:
    """Return who wrote the document or post phrase names, None if it names none.

    The author may be in the phrase ("The letter, signed by Dana Whitlock"),
    named with the document before ("Laporan Ombudsman X", "X, whose latest
    assessment", "X dalam keterangan tertulisnya"), or only after ("Pernyataan
    itu ditandatangani X", "Pemilik akun, Ujang Permana,"); a description
    ("the project's contractor") is the one the article names with its noun.
    """
    text = cast.text
    phrase = phrase.strip()
    owner = _OWNER_PHRASE.match(phrase)
    doc = None if owner else DOC_PHRASE.match(phrase)
    if not owner and not doc:
        return None
    if doc and (by := AUTHORED_BY.search(doc.group("rest"))):
        found = _author(cast, by.group("who"), at)
        if found.speaker:
            return found, 0.75
    if doc and (by := _BY_RIGHT_AFTER.match(doc.group("rest"))):
        # "a report by the Harlow Institute": "by" right after the noun; issuing
        # it says a body, unless the article knows a person by that name.
        found = issuer_of(cast, _author(cast, by.group("who"), at))
        if found.speaker:
            return found, 0.75
    if doc and (owned := _OWNED_DOC.match(phrase)):
        # "the council's own risk register", "Kestrel Water's report": the owner.
        found = _author(cast, owned.group("owner"), at)
        if found.speaker:
            return found, 0.7
    if doc and (body := _ORG_MODIFIER.match(phrase)) and is_org_word(body.group(1)):
        # "A council report", "the company's statement": a body's, by its noun.
        found = _author(cast, f"the {body.group(1)}", at)
        if found.speaker:
            return found, 0.65
    if doc and (pronoun := _OWNER_PRONOUN.match(phrase)):
        # "Its report concluded", "Her caption read": the subject named before.
        owner = _owner_before(cast, at, pronoun.group(1).casefold())
        if owner.speaker:
            return owner, 0.6
    if doc and re.match(r"\s+[a-z]", doc.group("rest")):
        return None  # "putusan pengadilan tersebut": the words after say whose
    if doc and re.match(r"\s+[A-Z]", doc.group("rest")):
        # "Laporan Ombudsman Sulawesi Barat yang dirilis pekan lalu"
        found = _author(cast, doc.group("rest"), at)
        if found.speaker:
            return found, 0.75
    if owner or (doc and re.match(r"(?i)akun|account", doc.group("noun"))):
        named = [m for m in _OWNER_NAMED.finditer(text) if m.start() < at + 1500]
        if named:
            m = min(named, key=lambda m: abs(m.start() - at))
            found = _author(cast, m.group("who") or m.group("who2"), m.start())
            if found.speaker:
                return found, 0.7
    # The document (or the post) mentioned last before the quote, and its author.
    floor = max(0, at - 1500)
    here = text.rfind(phrase, floor, at + 1)  # the phrase itself, when before at
    end = here if here >= 0 else at

    def unquoted(matches: Iterator[re.Match[str]]) -> list[re.Match[str]]:
        # "We apologise for the short notice": a noun in quoted words is no mention.
        return [
            m for m in matches if not any(a <= m.start() < b for a, b in cast.quoted)
        ]

    for m in reversed(unquoted(_DOC_NOUN_NAMED.finditer(text, floor, end))):
        who = phrase_after(" " + m.group("who"))
        found = _author(cast, who, m.start("who")) if who else Source("")
        if found.speaker:
            return found, 0.65
        break
    for m in reversed(unquoted(_DOC_MENTION.finditer(text, floor, end))):
        sentence = sentence_start(text, m.start())
        head = text[sentence : m.start()]
        if by := _AUTHORED_BY_NEAR.match(text, m.end()):
            # "A video posted by resident Tomasz Reyes shows ...".
            found = _author(cast, by.group("who"), by.start("who"))
            if found.speaker:
                return found, 0.65
        if owned := _OWNER_RIGHT_BEFORE.search(head):
            # "The panel's 38-page decision said": whose the document is.
            found = _author(cast, owned.group("owner"), sentence, subject=True)
            if found.speaker:
                return found, 0.65
        before = _AUTHOR_BEFORE.search(head)
        if before:
            # The sentence's subject, before its first verb: "Dinas Perhubungan
            # mengumumkan penutupan Jalan Merdeka melalui akun resminya".
            verb = _FIRST_VERB.search(head, 0, before.start() + 1)
            subject = subject_before(head[: verb.start() if verb else before.start()])
            found = (
                _author(cast, subject, sentence, subject=True)
                if subject
                else Source("")
            )
            if found.speaker:
                return found, 0.65
        if not _MEDIA_ONLY.fullmatch(m.group()):
            break  # a document's author is near it; a post's may be further up
    # "Kepolisian Resor Sangihe merilis kronologi. Dalam rilis itu, ...": the
    # one whose sentence before put something out.
    previous = sentence_start(text, max(0, sentence_start(text, at) - 2))
    if _PUT_OUT.search(text, previous, sentence_start(text, at)):
        owner = _owner_before(cast, at, "its")
        if owner.speaker:
            return owner, 0.6
    # Named after: "Pernyataan itu ditandatangani Ketua Yayasan, Hendrik Sumampouw."
    after = _SENTENCE_AFTER_SIGNED.search(text, at, min(len(text), at + 600))
    if after:
        found = _author(cast, after.group("who"), after.start("who"))
        if found.speaker:
            return found, 0.65
    return None


def _owner_before(cast: Cast, at: int, pronoun: str) -> Source:
    """Return who "its"/"their" or "his"/"her" before a document points back to.

    A body is the name opening the sentence before ("The Care Standards
    Commission inspected ..."); a person the last subject person.
    """
    if pronoun in ("his", "her", "-nya"):
        _where, person = cast.last_subject(at)
        return cast.resolve(person, at) if person else Source("")
    text = cast.text
    start = sentence_start(text, at)
    before = sentence_start(text, max(0, start - 2))
    for begin in (start, before):
        if (name := _BODY_NAME.match(text, begin)) and len(name.group().split()) >= 2:
            found = _author(cast, name.group(), begin, subject=True)
            if found.speaker:
                return found
    return Source("")


FIRST_PERSON = frozenset({"saya", "aku", "kami", "i", "we"})
# "Dalam rilis itu, polisi menyebut", "In the report, the regulator said": a
# document named before. Not "Dalam keterangannya", "In its statement": that is
# the subject's own, whoever the subject is.
WITHIN_DOC = re.compile(
    r"\W*(?:[Dd]alam|[Mm]elalui|[Ll]ewat|[Ii]n|[Tt]hrough)\s+"
    rf"(?P<doc>(?:the|this|that)\s+(?:[a-z]+\s+)?(?i:{DOC_NOUN})"
    rf"|(?i:{DOC_NOUN})\s+(?:itu|tersebut|ini))\s*,"
)
_PUT_OUT = re.compile(
    r"\b(?:merilis|menerbitkan|mengeluarkan|mengumumkan|published|released|issued"
    r"|put\s+out)\b"
)
_OWNER_PRONOUN = re.compile(r"\W*(its|their|his|her)\s", re.IGNORECASE)
_ORG_MODIFIER = re.compile(r"\W*(?:a|an|the|this|that)\s+([a-z]+)\s+\w", re.IGNORECASE)


def _author(cast: Cast, who: str, at: int, *, subject: bool = False) -> Source:
    """Return whom an author phrase names: a person, a body, or a body described.

    who is the words after "by" or the document's noun, cut here, or with
    subject a sentence's subject, whole ("Office of the State Auditor").
    """
    if not subject:
        who = phrase_after(" " + who, comma_ends=False) or who
    who = re.sub(r"\s+(?:on|in|at|pada|di|last|this|pekan|bulan|tahun)\b.*$", "", who)
    if not subject and (cut := _NAME_THEN_VERB.match(who)):
        # "resident Tomasz Reyes shows water ...": the name. A sentence's
        # subject ends before its verb already, and its lower-case words
        # describe it ("Harbor Steel chief executive Nadia Rahman").
        who = cut.group(1)
    if apposed := _DESCRIBED_THEN_NAME.match(who):
        who = apposed.group(1)  # "the school, Greyfriars Academy": the name
    who = who.strip(" ,")
    if not who:
        return Source("")
    described = re.match(
        r"^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w'’-]*\s+){0,3}?([a-z]+)$",
        who,
    )
    if described:
        # "the project's main contractor" -> "The contractor, Harwick Civil
        # Engineering,": the one the article names with that noun.
        noun = described.group(1)
        named = re.search(
            rf"\b[Tt]he\s+(?:[\w'’-]+\s+){{0,2}}?{re.escape(noun)},\s+"
            r"(?P<who>[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w'’.&-]*)*),",
            cast.text,
        )
        if named:
            return issuer_of(cast, cast.resolve(named.group("who"), named.start("who")))
        if body := named_body_before(cast.text, noun, at):
            # "the council" after "Ashby Borough Council closed the bridge".
            return Source(body, "", "institution", "institution")
        return Source("")
    found = cast.resolve(who, at)
    if found.kind == "person" and not found.role and len(found.speaker.split()) >= 3:
        return issuer_of(cast, found)
    prefix = who[: who.rfind(found.speaker)].strip() if found.speaker in who else ""
    if (
        found.kind == "person"
        and prefix
        and _PROPER_RUN.fullmatch(who)
        and not is_role(prefix)
        and fold(found.speaker) not in cast.people
    ):
        # "Inspektorat Kabupaten Bolaang": no office before a person's name but
        # a body's name ending on a place.
        return Source(who, "", "institution", "institution")
    if not found.speaker and _PROPER_RUN.fullmatch(who):
        # "Ombudsman Perwakilan Sulawesi Barat": a name of capitalised words that
        # issues a report is a body, though its first word may read as a role.
        return Source(who, "", "institution", "institution")
    return found


# "The tribunal's 20-page " right before a document's noun: its owner.
_OWNER_RIGHT_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}?[\w&-]+)['’]s"
    r"\s+(?:own\s+)?(?:[\w-]+\s+){0,2}$"
)
_OWNED_DOC = re.compile(r"\W*(?P<owner>(?:[Tt]he\s+)?[\w-]+(?:\s+[\w-]+){0,4}?)['’]s\s")
_DESCRIBED_THEN_NAME = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z][\w'’ -]*,\s+((?:[A-Z][\w'’.&-]*\s*)+)$"
)
_NAME_THEN_VERB = re.compile(
    r"^(.*?[A-Z][\w'’.-]*(?:\s+(?:[A-Z(][\w'’.()-]*|of|for|and|the|dan|bin|binti|van"
    r"|de))*)\s+(?!(?:of|for|and|the|dan|bin|binti|van|de)\b)[a-z]"
)
_FIRST_VERB = re.compile(
    r"(?<=\s)(?:(?:me|ber)[a-z]{3,}|issued|released|published|posted|sent|wrote"
    r"|shared|uploaded|said|says)\b"
)
_PROPER_RUN = re.compile(r"(?:[A-Z][\w'’.&-]*\s+){1,6}[A-Z][\w'’.&-]*")


_WHOSE_DOCUMENT = re.compile(
    r"(?P<body>[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’&-]*)*),\s+"
    r"whose\s+(?:[a-z]+\s+){0,2}(?:report|review|study|audit|survey|assessment"
    r"|analysis|statement|letter)\b"
)


def unnamed_issuer(text: str, pos: int) -> bool:
    """Return whether the statement mentioned just before pos is a body's in lower case.

    "The space agency that operates the telescope said in a statement": its
    sentence opens with "The", a few lower-case words and a noun for a body, and
    names nobody before the statement.
    """
    last = None
    for m in STATEMENT_MENTION.finditer(text, max(0, pos - 400), pos):
        if not _STATEMENT_REF_AFTER.match(text, m.end()):
            last = m
    if last is None:
        return False
    head = text[sentence_start(text, last.start()) : last.start()]
    opening = _UNNAMED_BODY_HEAD.match(head)
    if not opening or re.search(r"[A-Z]", head[opening.end() :]):
        return False
    noun = next(
        (
            word
            for word in opening.group("words").split()
            if is_org_word(word) or word in COLLECTIVE_BODIES
        ),
        "",
    )
    # "the agency" after "Kessel Space Agency": a body named before, not unnamed.
    return bool(noun) and not re.search(
        rf"\b[A-Z][\w'’-]*\s+{noun.capitalize()}\b", text[:pos]
    )


# A body's name: capitalised words, with "of", "the", "and" and "(BPBD)" inside.
_BODY_NAME = re.compile(
    r"(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|the|and|dan)\s+)?[A-Z(][\w'’.&()-]*)*"
)
# "keterangan tersebut": the reference itself, not a new statement.
_STATEMENT_REF_AFTER = re.compile(
    r"\s+(?:itu|tersebut|ini)\b|\s+(?:said|says|read|reads)\b"
)
# Nouns for a body of people deciding together, which no institution word names:
# "the race jury", "the appeals panel", "panitia lomba itu".
COLLECTIVE_BODIES = frozenset({
    "jury", "panel", "tribunal", "board", "organisers", "organizers", "panitia",
})  # fmt: skip
# "The space agency that operates the telescope said in a statement": a body
# described in lower case opening the sentence of its statement.
_UNNAMED_BODY_HEAD = re.compile(r"^\W*The\s+(?P<words>(?:[a-z][\w-]*\s+){1,3})")
