"""Suggest quotations, with who said them.

Quote marks are straight or curly, double or single (and « », „ “, and what
sites type for them: ″, ＂, ``...''). Single
marks between two letters ("Qur'an", "Blinken's") are apostrophes, and a
closing single mark with no opening one before it ("students' books") is
ignored. Quotes do not span lines; an unclosed quote is suggested only when
the next paragraph opens with a mark too (a long quote) or when it opens its
paragraph and ends a sentence there (its closing mark lost). Marks a site
mistypes ('“...,“', '”...”', '“...,"') pair in order along their line, and a
paragraph whose opening mark was lost ('Kami siap," kata dia.') is a quote.
Without marks: transcript answers (labelled, or after an interview's
questions) and the paragraph a statement's introduction shows ("sebagai
berikut:", "Kapolres ... menegaskan:"). The last paragraph's final full stop
stands for a closing mark it lost.

A quote's speaker comes from its speech cues (cues.py: after the quote, before
it in the same sentence, or later in its sentence), the first one that names
somebody: voices.py tells who a cue's phrase names, documents.py who speaks
for a document, a statement or a post. A quote with no cue that follows an
attributed quote (same or next paragraph) continues it; an interview's answer
is the interviewee's; a quote right after a sentence about someone is theirs.
Uncertain picks go to the ranking model (speakers.py).

Not suggested: scare quotes of one or two words with no speech cue, titles
of works ("film 'Oppenheimer'"), nicknames (Joko "Jokowi" Widodo) and
words quoted as words ("istilah 'genosida'").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from annotations.text import speakers
from annotations.text.attribution import (
    FUNCTION_WORDS,
    KNOWN_MEDIA,
    MEDIA_WORDS,
    TITLES,
    Cast,
    Source,
    sentence_start,
)
from annotations.text.cues import (
    ANY_SPEECH_VERB,
    AT_PLACE,
    CALLED_BY,
    EN_VERBS,
    ID_ACTIVE,
    ID_AFTER,
    PRONOUNS,
    Cue,
    clause_end,
    find_cues,
    head_cue,
    opens_paragraph,
    roleish,
)
from annotations.text.matching import fold, same_person
from annotations.text.voices import (
    DEFINITE_DESCRIPTION,
    anonymous_before,
    anonymous_intros,
    holder_of_office,
    named_in_next_paragraph,
    office_named_before,
    office_opening,
    opens_sentence,
    relative_subject,
    resolve_cue,
    resolve_pronoun,
    role_opens_sentence,
)


@dataclass(frozen=True)
class QuoteCandidate:
    start: int  # the quoted words, without the quote marks (code points into the body)
    end: int  # exclusive
    speaker: str  # full name as the article introduces it, or institution/medium; "" if unknown
    form: str  # "direct" | "partial" | "indirect"
    role: str = ""  # the role as the article gives it, "" if none
    source_kind: str = ""  # "person" | "institution" | "medium" | ""
    confidence: float = 0.5  # how sure we are this is attributed speech by this speaker


# Words before the quote that make it a title, a nickname or a word mentioned.
_NOT_SPEECH_BEFORE = re.compile(
    # Kinds of works and names: 'film "..."', 'buku Ellison, "..."', 'memoir "..."'.
    r"\b(?:buku|film|lagu|album|novel|judul|berjudul|bertajuk|bertema|tajuk|program"
    r"|acara|sinetron|serial|artikel|kolom|lakon|drama|puisi|tema|slogan|tagar"
    r"|kampanye|gerakan|operasi|dokumenter|podcast|motto|moto|semboyan|book|movie"
    r"|song|titled|entitled|series|show|programme|campaign|headline|column|essay"
    r"|documentary|theme|operation|memoir|memoar|biografi|biography|autobiography"
    r"|otobiografi|pameran|exhibition|lukisan|painting|single|opera|julukan|sebutan"
    r"|spanduk|poster|banner|placard|sign|bertuliskan|bertulisan|tulisan|bersandi"
    r"|istilah|frasa|term|word|phrase|label|tagline|hashtag|slogan)"
    # a whole word: "had shown", "signed", "termed" are no kind of work
    r"\b\s*(?:[\w'’-]+,?\s+)?$"
    # Naming right before the quote: 'dijuluki "..."', 'a group called "..."'.
    r"|\b(?:dijuluki|berjuluk|alias|disapa|sapaan|panggilan|nicknamed|dubbed|aka"
    r"|so-called|dikenal\s+(?:dengan|sebagai)|known\s+as|bernama|named|called|kata"
    r"|codenamed|sandi|calling\s+itself|calls\s+itself|call\s+themselves"
    r"|menamakan\s+dir(?:i|inya)|menyebut\s+dir(?:i|inya))\s*$"
    # Hearsay repeated, not said: 'kabar "bendungan jebol"', 'rumours of a "deal"'.
    r"|\b(?:kabar|isu|rumor|rumour|rumours|rumors|hoaks|hoax|desas-desus|gosip"
    r"|gossip)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_SPEECH_CUE = re.compile(
    rf"\b(?:{ID_AFTER})(?:nya)?\b|\b(?:{ID_ACTIVE}|{EN_VERBS}|menurut|according)\b",
    re.IGNORECASE,
)


# Characters some sites type for quote marks, read as the marks they stand for:
# double primes and full-width marks ('″Kami siap,″'), low and reversed marks,
# and the backticks and acute accents of '``Kami siap,\'\'' and '`Kami siap´'.
_AS_MARKS = str.maketrans(
    {
        "″": '"',
        "＂": '"',
        "〝": "“",
        "〞": "”",
        "‟": "“",
        "‛": "‘",
        "`": "'",
        "´": "'",
    }
)
_ODD_MARKS = re.compile("[″＂〝〞‟‛`´]")


def find_quotes(text: str, *, record: list | None = None) -> list[QuoteCandidate]:
    """Return the quotes of an article with their speakers, sorted by (start, -end).

    record, when given, receives one speakers.Candidate list per quote with the
    cascade's pick (bench/fit_speakers.py fits the ranking model on them).
    """
    if _ODD_MARKS.search(text):
        text = text.translate(_AS_MARKS)  # one character for one: offsets hold
    pairs = _quote_marks(text)
    if not (
        pairs
        or _LABELLED.search(text)
        or _statement_intros(text)
        or _INTERVIEW.search(text)
    ):
        return []
    pairs.sort()
    cast = Cast.read(text, [(a + 1, b) for a, b in pairs])
    cast.anonymous = anonymous_intros(text, cast.mentions)
    # Cues are read on a copy with the quoted words blanked out, so that a verb or a
    # name inside one quote is never taken for the cue of another.
    masked = _mask(text, pairs)
    # Paragraphs are non-empty lines; blank lines between them do not count.
    newlines = [m.start() for m in re.finditer(r"\n\s*(?=\S)", text)]
    found: list[QuoteCandidate] = []
    runs_on: set[int] = (
        set()
    )  # indexes in found of quotes that run into the next paragraph
    last_close = (
        -1
    )  # where the previous quote closed (the floor of the next one's head)
    said: _Said | None = None  # the last attributed quote
    spoken: list[tuple[int, str]] = []  # (position, speaker) of quotes by people
    bodies: list[str] = []  # institutions quoted so far, for "perusahaan itu"
    outer_open = outer_end = -1
    view = None  # speakers.ArticleView, made when a quote needs ranking
    inner: list[QuoteCandidate] = []  # quotes a quote reports ("One told me, '...'")
    for open_at, close_at in pairs:
        if close_at < outer_end:
            # Words quoted inside a quote belong to it, unless the quote says
            # somebody said them: "One told me, 'I've paid off the boat.'"
            if reported := _reported_inside(text, cast, outer_open, open_at, close_at):
                if reported.speaker == "I":
                    # "I told the lads, '...'": the outer speaker's own words.
                    outer = next(
                        (q for q in reversed(found) if q.start <= open_at), None
                    )
                    reported = dataclasses.replace(
                        reported,
                        speaker=outer.speaker if outer else "",
                        role=outer.role if outer else "",
                        source_kind=outer.source_kind if outer else "",
                    )
                inner.append(reported)
            continue
        outer_open, outer_end = open_at, close_at
        start, end = open_at + 1, close_at
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        if not any(c.isalpha() for c in text[start:end]):
            continue
        paragraph = bisect.bisect_right(newlines, open_at)
        same_paragraph = (
            last_close > 0 and bisect.bisect_right(newlines, last_close) == paragraph
        )
        floor = last_close + 1 if same_paragraph else 0
        last_close = close_at
        if _not_speech(masked, open_at, close_at, start, end, text[start:end]):
            continue
        cues = list(
            find_cues(
                masked,
                open_at,
                close_at,
                floor,
                comma=text[close_at - 1] == ",",
                full_stop=text[close_at - 1] in ".!?",
                question=text[close_at - 1] == "?",
            )
        )
        form = _form(text, open_at, start, end)
        if not cues and _scare_quote(masked, open_at, close_at, text[start:end]):
            continue
        source, confidence = _attribute(
            text, cast, cues, open_at, paragraph, said, (spoken, bodies), form, newlines
        )
        if not cues and not source.speaker and form == "partial":
            continue  # words in quotation marks that nobody is said to have said
        if not source.speaker and (
            named := named_in_next_paragraph(cast, masked, open_at)
        ):
            # '"...," said the chief surveyor.' then "The chief surveyor, Dr Imogen
            # Tallis, said": the one described, named in the next paragraph.
            source, confidence = (
                Source(named, cast.role_of(named), "person", "name"),
                0.6,
            )
        if not source.speaker and (
            relative := next(
                (
                    who
                    for cue in cues
                    if not cue.phrase.strip()
                    and (who := relative_subject(cast, cue.at)).speaker
                ),
                None,
            )
        ):
            # "confirmed by the Transport Secretary's office, which said costs had
            # \"more than doubled\"": the one the relative clause is on.
            source, confidence = relative, 0.6
        if not source.speaker and (
            holder := next(
                (
                    held
                    for cue in cues
                    if (held := holder_of_office(cast, cue.phrase.strip(), open_at))
                ),
                "",
            )
            or office_opening(cast, sentence_start(text, open_at), open_at)
        ):
            # "Fairflight's director said the airline \"...\"" with "Tobias Lind,
            # who runs Fairflight": the office held by the one who runs the body.
            source = Source(holder, cast.role_of(holder), "person", "role")
            confidence = 0.6
        if record is not None or speakers.may_override(source, confidence):
            # A weak pick: the ranking model weighs everyone near, and its own
            # pick stands when it is sure of it (speakers.choose_over).
            if view is None:
                view = speakers.ArticleView(
                    text, masked, cast, newlines, ANY_SPEECH_VERB
                )
            ranked = speakers.candidates(
                view,
                open_at,
                close_at,
                [speakers.Cue(c.phrase, c.at, c.place, c.pronoun) for c in cues],
                said.source if said else None,
                said.paragraph if said else -1,
                source,
            )
            if record is not None:
                record.append((start, end, source, confidence, ranked))
            elif (
                best := speakers.choose_over(ranked, source, confidence, bool(cues))
            ) is not None:
                kind = best.kind if best.name else ""
                source = Source(best.name, cast.role_of(best.name), kind, "ranked")
        if source.speaker and source.kind == "person":
            spoken.append((open_at, source.speaker))
        if source.speaker and source.kind == "institution":
            bodies.append(source.speaker)
        if source.speaker or source.how == "anonymous":
            said = _Said(paragraph, source)
        if text[close_at] == "\n" and not cues and _NEXT_LINE.match(text, close_at):
            runs_on.add(len(found))
        found.append(
            QuoteCandidate(
                start,
                end,
                source.speaker,
                form,
                source.role,
                source.kind,
                round(confidence, 2),
            )
        )
    for i in sorted(runs_on, reverse=True):
        # The attribution of a long quote often comes in its last paragraph: from
        # the last paragraph back, so that each takes the one after it.
        if i + 1 < len(found) and found[i + 1].confidence > 0.6:
            after = found[i + 1]
            found[i] = dataclasses.replace(
                found[i],
                speaker=after.speaker,
                role=after.role,
                source_kind=after.source_kind,
                confidence=0.7,
            )
    found = _same_spelling(found)
    found = _repeated_words(text, found)
    found.extend(inner)
    found.extend(_transcript_answers(text, cast, found))
    found.extend(_statements_shown(text, cast, found))
    found.extend(_unlabelled_interview(text, cast, found))
    found.sort(key=lambda q: (q.start, -q.end))
    return found


def _reported_inside(
    text: str, cast: Cast, outer_open: int, open_at: int, close_at: int
) -> QuoteCandidate | None:
    """Return the quote a quote reports, when a speech verb right before introduces it.

    '"One told me, 'I've paid off the boat.'"': the inner words are a quote of
    their own, the speaker's when a name opens the clause ('he' or 'dia' the
    person the outer quote named before), else nobody named.
    """
    m = _REPORTED_INSIDE.search(text, outer_open, open_at)
    if m is None:
        return None
    start, end = open_at + 1, close_at
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if not any(c.isalpha() for c in text[start:end]):
        return None
    who = m.group("who") or ""
    if who.casefold() in _FIRST_PERSON_WHO:
        who = "I"  # the outer quote's speaker, filled in by the caller
    elif who.casefold() in PRONOUNS:
        named = [
            mention
            for mention in cast.mentions
            if outer_open < mention.start < m.start("who") and mention.name
        ]
        who = named[-1].name if named else ""
    if who == "I":
        return QuoteCandidate(start, end, "I", "direct", "", "person", 0.5)
    # "pelatih teriak ...": an office the article gives somebody, in lower case.
    source = (
        cast.resolve(who, m.start("who"))
        if who[:1].isupper() or who.casefold() in TITLES
        else Source("")
    )
    speaker = source.speaker if source.kind == "person" else ""
    if speaker and " " not in speaker and fold(speaker) not in cast.people:
        speaker = ""  # "One told me": a pronoun-like word, nobody the article names
    return QuoteCandidate(
        start, end, speaker, "direct", cast.role_of(speaker) if speaker else "",
        "person", 0.5,
    )  # fmt: skip


_REPORTED_INSIDE = re.compile(
    r"(?:^|[\s\"“‘'(])(?P<who>(?:[A-Z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)\s+"
    # "Someone shouted '...'": a shout needs no comma.
    r"(?:(?:shouted|yelled|screamed|(?:ber)?teriak|menjerit)\s*[,:]?"
    rf"|(?:{EN_VERBS}|bilang|berkata|berseru|(?:ber)?teriak|menjerit|{ID_ACTIVE})"
    r"(?:(?:\s+(?:me|us|him|her|them|ke\s+saya|kepada\s+saya|pada\s+saya|saya"
    r"|kami))?\s*[,:]"
    # "told the lads at half-time, '...'", "teriak dari pinggir jalan, '...'": to
    # whom, where or when, then the comma.
    r"|(?:\s+[\w'’-]+){1,5}\s*[,:]))\s*$"
)
# The outer speaker reporting their own words: "I told the lads, '...'".
_FIRST_PERSON_WHO = frozenset({"i", "we", "saya", "aku", "kami", "kita"})


# "Ostrander: I'd say come and look.", "Jawab: Ini terendah.": a paragraph of a
# transcript, its speaker's label, a colon, then the words said.
# The label may stand on a line of its own ("Tanya:" above the question), and a
# question or answer label may take a dash ("T - ...", "J – ...").
_LABELLED = re.compile(
    r"^[ \t]*(?P<label>[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3})"
    # "Q. When ...?" "A. Twelve.": a question or answer letter with a period.
    r"(?:[ \t]*:|[ \t]+(?P<dash>[-–—])|(?:(?<=^[QATJ])|(?<=\n[QATJ]))\.(?=[ \t]))"
    r"(?:[ \t]+|[ \t]*\n\s*)"
    r"(?P<said>[^\s\"“‘'«„][^\n]*?)[ \t]*$",
    re.MULTILINE,
)
_ANSWER_LABELS = frozenset({"a", "j", "jawab", "jawaban", "answer"})
_QUESTION_LABELS = frozenset({"q", "t", "tanya", "pertanyaan", "question"})
_QA_LABELS = _ANSWER_LABELS | _QUESTION_LABELS


def _transcript_answers(
    text: str, cast: Cast, found: list[QuoteCandidate]
) -> list[QuoteCandidate]:
    """Return the answers of a transcript ("Ostrander: ...") as quotes of the one named.

    A label opens two paragraphs or more; one whose paragraphs are mostly
    questions is the interviewer's. A label is a person the article names, or
    "Jawab"/"A" for the person introduced before the first question.
    """
    by_label: dict[str, list[re.Match[str]]] = {}
    for m in _LABELLED.finditer(text):
        label = m.group("label")
        if m.group("dash") and label.casefold() not in _QA_LABELS:
            continue  # "JAKARTA - ...": a dateline
        by_label.setdefault(label, []).append(m)
    # A label opening two paragraphs or more; or, once a question label asks,
    # an answer label even once ("Q: ...?" then "A: ...": a one-question exchange).
    # A question label asks; so does a label all of whose lines are questions
    # ("SP: Berapa harga garam?"), the outlet's or the interviewer's.
    asked = any(
        (label.casefold() in _QUESTION_LABELS and any(q.endswith("?") for q in said))
        or all(q.endswith("?") for q in said)
        for label, said in (
            (label, [m.group("said") for m in ms]) for label, ms in by_label.items()
        )
    )
    lines = [
        ms
        for label, ms in by_label.items()
        if len(ms) >= 2 or (asked and label.casefold() in _ANSWER_LABELS)
    ]
    if sum(map(len, lines)) < 3 and not (asked and lines):
        return []
    # Where an answer running over paragraphs stops: the next label of the
    # transcript, one used once to ask too ("SP: Apa penyebabnya?").
    labelled = sorted(
        m.start()
        for label, ms in by_label.items()
        if len(ms) >= 2
        or label.casefold() in _QA_LABELS
        or all(m.group("said").endswith("?") for m in ms)
        for m in ms
    )
    first = min(
        [ms[0].start() for ms in lines]
        + [
            ms[0].start()
            for k, ms in by_label.items()
            if k.casefold() in _QUESTION_LABELS
        ]
    )
    out = []
    for ms in lines:
        label = ms[0].group("label")
        asks = sum(m.group("said").endswith("?") for m in ms)
        if label.casefold() in _QUESTION_LABELS or asks * 2 >= len(ms):
            continue  # the interviewer, who mostly asks
        if label.casefold() in _ANSWER_LABELS:
            # The paragraph before the first question names the one interviewed
            # ("Kami menemui Ketua Asosiasi, Haji Mahfud Arifin, ... Berikut
            # petikannya.", "Q&A: Verhaegen on the line"); else the last subject.
            # The one the paragraph is about is its subject, not a school or a
            # town named after ("..., yang juga guru di SD Inpres Tondo, ...").
            intro = text.rfind("\n", 0, text.rfind("\n", 0, first) - 1) + 1
            speaker = _intro_person(text, cast, intro, first)
            if not speaker and _GUEST_DESCRIBED.search(text, intro, first):
                # "Q&A with the champion": the one the article is about, the
                # person it names most often.
                speaker = _most_named(cast, first)
            speaker = speaker or cast.last_subject(first)[1]
        else:
            speaker = _labelled_person(cast, label, ms[0].start())
            if not speaker:
                continue  # "BACA JUGA:", "Foto:": furniture, not a person
        if not speaker:
            continue
        for m in ms:
            spans = [(m.start("said"), m.end("said"))]
            # An answer may run over paragraphs of its own up to the next label.
            following = next((at for at in labelled if at > m.end()), None)
            if following is not None:
                for p in re.finditer(r"[^\n]+", text[m.end() : following]):
                    at = m.end() + p.start()
                    words = p.group().strip()
                    if any(
                        at <= q.start < at + len(p.group())
                        and q.speaker
                        and not same_person(q.speaker, speaker)
                        for q in found
                    ):
                        # "Her deputy, Owen Mabry, said ... "...," he said.": the
                        # reporter quoting another; the answer ended before it.
                        break
                    if words and words[0] not in "\"“‘'«„”":
                        start = at + len(p.group()) - len(p.group().lstrip())
                        spans.append((start, start + len(words)))
            for start, end in spans:
                if _overlaps(found, start, end):
                    continue
                out.append(
                    QuoteCandidate(
                        start,
                        end,
                        speaker,
                        "direct",
                        cast.role_of(speaker),
                        "person",
                        0.6,
                    )
                )
    return out


# "Gubernur menyampaikan pernyataan sebagai berikut:", "Berikut bunyi pernyataan
# itu:", "The statement reads:": a paragraph that shows the words of a statement.
_SHOWS_STATEMENT = re.compile(
    r"\b(?:pernyataan\w*|bunyi|berbunyi|kutipan\w*|petikan\w*|statement|reads)\b"
    r"[^\n.!?]*:[ \t]*$"
    # "Kapolres ... menegaskan:" closing its paragraph, the words in the next.
    rf"|\b(?P<verb>{ID_ACTIVE})(?:[ \t]+sebagai[ \t]+berikut)?[ \t]*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_LINE_ON_COLON = re.compile(r"^[^\n]*:[ \t]*$", re.MULTILINE)


def _statement_intros(text: str) -> list[re.Match[str]]:
    """Return the _SHOWS_STATEMENT matches, read only on lines that end on a colon."""
    return [
        m
        for line in _LINE_ON_COLON.finditer(text)
        if (m := _SHOWS_STATEMENT.search(text, line.start(), line.end()))
    ]


def _statements_shown(
    text: str, cast: Cast, found: list[QuoteCandidate]
) -> list[QuoteCandidate]:
    """Return the paragraph a statement's introduction shows without marks.

    The paragraph after the colon is the statement's words when it opens on a
    capital and ends a sentence; its speaker is the person the introduction
    names last.
    """
    out = []
    for m in _statement_intros(text):
        p = re.compile(r"\s*([^\n]+)").match(text, m.end())
        if p is None:
            continue
        words = p.group(1).rstrip()
        start, end = p.start(1), p.start(1) + len(words)
        if (
            not words[:1].isupper()
            or not words.endswith((".", "!", "?"))
            or len(words.split()) < 5
            or any(q.start < end and start < q.end for q in found)
        ):
            continue
        intro = text.rfind("\n", 0, m.start()) + 1
        named = cast.people_between(intro, m.end())
        speaker = named[-1] if named else ""
        if m.group("verb") and not speaker:
            continue  # "Data BPS menunjukkan:": figures, not words said
        out.append(
            QuoteCandidate(
                start,
                end,
                speaker,
                "direct",
                cast.role_of(speaker) if speaker else "",
                "person" if speaker else "",
                0.5,
            )
        )
    return out


def _unlabelled_interview(
    text: str, cast: Cast, found: list[QuoteCandidate]
) -> list[QuoteCandidate]:
    """Return the answers of an interview printed without labels.

    A paragraph announcing an interview ("Berikut petikan wawancara dengan
    ...") followed at once by questions (paragraphs ending with "?"), each
    answered by one to three paragraphs: the answers are the interviewee's.
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    for k, (a, b) in enumerate(paragraphs[:-3]):
        if not _INTERVIEW.search(text, a, b):
            continue
        groups: list[list[tuple[int, int]]] = []  # the paragraphs answering each
        for start, end in paragraphs[k + 1 :]:
            words = text[start:end].strip()
            if _LABELLED.match(text, start):
                groups = []  # a labelled transcript: read as one
                break
            if words.endswith("?") and len(words.split()) <= 40:
                if groups and not groups[-1]:
                    break  # two questions in a row: no transcript
                groups.append([])
            elif not groups or len(groups[-1]) == 3:
                break
            else:
                groups[-1].append((start, end))
        if groups:
            # After the last question, the reporter may take over at once.
            groups[-1] = groups[-1][:1]
        answers = [p for group in groups for p in group]
        marked = sum(text[p[0] : p[1]].lstrip()[:1] in "\"“‘'«„" for p in answers)
        if len(groups) < 2 or len(answers) < 2 or marked * 2 >= len(answers):
            continue  # answers in marks are quotes already; the rest is reporting
        # "berbincang dengan Ketua X, Hendrawan, di kantornya di Kota Y": the one
        # the announcing paragraph presents, not the last name in it.
        named = cast.people_between(a, b)
        speaker = _intro_person(text, cast, a, b) or (named[-1] if named else "")
        if not speaker:
            continue
        out = []
        for start, end in answers:
            while text[start].isspace():
                start += 1
            while text[end - 1].isspace():
                end -= 1
            if text[start] in "\"“‘'«„" or _overlaps(found, start, end):
                continue
            out.append(
                QuoteCandidate(
                    start, end, speaker, "direct", cast.role_of(speaker), "person", 0.5
                )
            )
        return out
    return []


def _overlaps(found: list[QuoteCandidate], start: int, end: int) -> bool:
    """Return whether a found quote overlaps start..end other than inside it.

    Words an answer quotes ('Dia bilang ke saya, "Saya capek."') are a quote of
    their own and leave the answer around them one.
    """
    return any(
        q.start < end
        and start < q.end
        and not (start < q.start and q.end <= end and q.end - q.start < end - start)
        for q in found
    )


# "Q&A with the champion", "Wawancara dengan sang juara": the one interviewed, by
# a description only.
_GUEST_DESCRIBED = re.compile(
    r"\b(?:with|dengan|bersama)\s+(?:the|our|sang|si)\s+[a-z]", re.IGNORECASE
)


def _most_named(cast: Cast, pos: int) -> str:
    """Return the person named most often before pos (the first named on a tie)."""
    counts: dict[str, int] = {}
    for mention in cast.mentions:
        if mention.start >= pos:
            break
        if mention.name and cast._is_person(mention):
            full = cast.full_name(mention.name, mention.start)
            counts[full] = counts.get(full, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else ""


def _labelled_person(cast: Cast, label: str, pos: int) -> str:
    """Return the person a transcript label names ("Yohanes", "Bupati Yohana"), or "".

    A title may open the label: the name is then its last words.
    """
    words = label.split()
    for k in range(len(words)):
        name = " ".join(words[k:])
        speaker = cast.full_name(name, pos)
        if fold(speaker) in cast.people or cast.part_of_full_name(name):
            return speaker
    if len(words) == 1 and (holder := office_named_before(cast, f"{label} itu", pos)):
        # "Saksi: Kepala desa, Yang Mulia." after "Saksi, Meiske Tatimu, ...".
        return holder
    if re.fullmatch(r"[A-Z]{2,4}", label):
        # "ABR: Tujuh ratus rupiah.": the initials of someone named before.
        named = [
            full
            for full in dict.fromkeys(cast.people.values())
            if "".join(w[0] for w in full.split()).upper() == label
        ]
        if len(named) == 1:
            return named[0]
    return ""


def _repeated_words(text: str, found: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Give a quote nobody is said to have said the speaker of a quote holding it.

    A headline or a pull quote repeats words said in the body ("'We waited too
    long': families welcome ..." before '"We waited too long, and ...," Mrs
    Ellery said').
    """

    def words(q: QuoteCandidate) -> str:
        return " ".join(re.findall(r"\w+", text[q.start : q.end].casefold()))

    said = [(words(q), q) for q in found if q.speaker]
    out = []
    for q in found:
        mine = words(q)
        if not q.speaker and not q.source_kind and len(mine.split()) >= 3:
            holder = next(
                (o for w, o in said if o is not q and f" {mine} " in f" {w} "), None
            )
            if holder is not None:
                q = dataclasses.replace(
                    q,
                    speaker=holder.speaker,
                    role=holder.role,
                    source_kind=holder.source_kind,
                    confidence=0.6,
                )
        out.append(q)
    return out


@dataclass(frozen=True)
class _Said:
    paragraph: int
    source: Source


def _mask(text: str, pairs: list[tuple[int, int]]) -> str:
    """Return text with the words inside every quote blanked (marks and first letter kept).

    pairs are sorted by opening mark; nested quotes are blanked with their outer one.
    """
    parts = []
    done = 0  # text before this is copied or blanked already
    for open_at, close_at in pairs:
        if close_at <= done:
            continue  # inside a quote already blanked
        keep = min(max(done, open_at + 2), close_at)  # the first letter stays (case)
        parts.append(text[done:keep])
        parts.append(_BLANK.sub(" ", text[keep:close_at]))
        done = close_at
    parts.append(text[done:])
    return "".join(parts)


_BLANK = re.compile(r"[^\n]")


def _attribute(
    text: str,
    cast: Cast,
    cues: list[Cue],
    open_at: int,
    paragraph: int,
    said: _Said | None,
    history: tuple[list[tuple[int, str]], list[str]],
    form: str,
    newlines: list[int],
) -> tuple[Source, float]:
    first: tuple[Source, float] | None = None
    for cue in cues:
        found = resolve_cue(cast, cue, *history)
        if found[0].speaker:
            return found
        first = first or found
    if first is not None:
        return first
    if opens_paragraph(text, open_at) and (
        interviewee := _interviewee(text, cast, newlines, paragraph)
    ):
        # An interview: questions as paragraphs of their own, each answer quoted.
        return Source(interviewee, cast.role_of(interviewee), "person", "name"), 0.6
    paragraph_start = newlines[paragraph - 1] if paragraph else 0
    before = text[sentence_start(text, max(paragraph_start, open_at - 2)) : open_at]
    if (
        form == "direct"
        and said is not None
        and said.paragraph == paragraph
        and _SAME_SUBJECT.match(before)
        and (pronoun := resolve_pronoun(cast, open_at, history[0])[0]).speaker
    ):
        # 'Andi Lasut menyambut baik. Namun, ia mengingatkan ... "Kami kawal."'
        # after another's quote in the paragraph: the pronoun's, not the last
        # quote's.
        return pronoun, 0.5
    if (
        form == "direct"
        and not cues
        and said is not None
        and said.paragraph == paragraph
    ):
        at, subject = cast.last_subject(open_at)
        begin = sentence_start(text, max(paragraph_start, open_at - 2))
        if (
            subject
            and at >= begin
            # A sentence of its own, not the tail of the last quote's ('said Paul
            # Otto, whose father, Ken, collapsed'), nor a relative clause.
            and not any(c in text[begin : open_at - 1] for c in '"“”')
            and not re.search(r"\b(?:who|whose|which|yang)\b", text[begin:at])
            and not same_person(subject, said.source.speaker)
            and anonymous_before(cast, open_at) < at
        ):
            # '"We started with one oven," Roe recalled. Hale laughed. "And one
            # customer."': the sentence right before makes another the subject.
            return Source(subject, cast.role_of(subject), "person", "pronoun"), 0.5
    # No cue: a quote that follows an attributed one continues it, in the same
    # paragraph, the next one, or after paragraphs that go on about the same speaker.
    if said is not None:
        same = said.paragraph == paragraph
        later = (
            opens_paragraph(text, open_at)
            and paragraph - said.paragraph <= 3
            and all(
                _about(text, newlines, p, said.source.speaker)
                for p in range(said.paragraph + 1, paragraph)
            )
        )
        if same or later:
            return said.source, 0.6
    if form == "direct" and paragraph and opens_paragraph(text, open_at):
        # 'Camat Yoseph Bera menyebut dapur umum sudah dibuka.' then the quote as
        # a paragraph of its own: the one the paragraph before reports.
        start = newlines[paragraph - 2] if paragraph >= 2 else 0
        start = _SPACE.match(text, start).end()
        end = newlines[paragraph - 1]
        cue = None
        if not any(c in text[start:end] for c in '"“”'):
            cue = head_cue(text[start:end], start)
        if cue is not None and cue.phrase and not cue.pronoun:
            source, confidence = resolve_cue(cast, cue, *history)
            if source.speaker:
                return source, min(confidence, 0.55)
            subject = text[sentence_start(text, cue.at) : cue.at].strip()
            if DEFINITE_DESCRIPTION.match(subject) or DEFINITE_DESCRIPTION.match(
                cue.phrase.strip()
            ):
                # "Pria yang sehari-hari bekerja sebagai petani itu mengaku pasrah.",
                # "The retired teacher said ...": the one just named, described.
                source, confidence = resolve_pronoun(cast, cue.at, history[0])
                if source.speaker:
                    return source, min(confidence, 0.5)
        at, subject = cast.last_subject(open_at)
        if (
            cue is None
            and subject
            and start <= at < end
            and (opens_sentence(text, at) or role_opens_sentence(cast, at))
            and len(text[start:end].split()) <= 30
            and not any(c in text[start:end] for c in '"“”')
            and anonymous_before(cast, open_at) < at
        ):
            # 'Ann Roe disagreed.' then the quote as a paragraph of its own: the
            # person the short paragraph before is about.
            return Source(subject, cast.role_of(subject), "person", "pronoun"), 0.5
    # 'Captain Jordan Blake was more direct. "That is no penalty."': the person the
    # sentence before (same paragraph) is about.
    paragraph_start = newlines[paragraph - 1] if paragraph else 0
    lead_at = sentence_start(text, max(paragraph_start, open_at - 2))
    described = _DESCRIBED_SUBJECT.match(text, lead_at, open_at)
    if (
        form == "direct"
        and described
        and lead_at >= paragraph_start
        and roleish(described.group(1).split()[-1].casefold())
    ):
        # 'The Harlow boss also criticised his forwards. "..."': the sentence
        # before is about someone described, not named.
        source, confidence = resolve_cue(
            cast,
            Cue(described.group(1), described.end(1), "before"),
            *history,
        )
        if source.speaker and source.kind == "person":
            return source, min(confidence, 0.5)
    at, subject = cast.last_subject(open_at)
    if form == "direct" and subject and at >= paragraph_start:
        if anonymous_before(cast, open_at) > at:
            return Source("", "", "person", "anonymous"), 0.5
        return Source(subject, cast.role_of(subject), "person", "pronoun"), 0.5
    before = text[sentence_start(text, max(paragraph_start, open_at - 2)) : open_at]
    if form == "direct" and not cues and _SAME_SUBJECT.match(before):
        # 'Ia juga mengimbau warga tenang. "Laporkan kalau ada provokasi."'
        source, _confidence = resolve_pronoun(cast, open_at, history[0])
        if source.speaker:
            return source, 0.5
    if (
        form == "direct"
        and not cues
        and opens_paragraph(text, open_at)
        and paragraph < len(newlines)
        and _QUOTE_ALONE.fullmatch(text, open_at, newlines[paragraph])
        and (who := _named_next(cast, newlines[paragraph]))
    ):
        # '"I thought I was going to die."' as a paragraph of its own, then
        # 'Maria Ortiz, 29, was on the top deck ...': the one the next
        # paragraph opens on, introduced there.
        return Source(who, cast.role_of(who), "person", "name"), 0.5
    return Source(""), 0.3 if form == "direct" else 0.2


# A paragraph that is one quote and nothing else.
_QUOTE_ALONE = re.compile(r"[\"“][^\"“”\n]+[\"”]\s*")


def _named_next(cast: Cast, at: int) -> str:
    """Return the person a paragraph opens on, named in full for the first time."""
    start = _SPACE.match(cast.text, at).end()
    i = cast.mention_index(start)
    if i >= len(cast.mentions):
        return ""
    mention = cast.mentions[i]
    if (
        not mention.subject
        or len(mention.name.split()) < 2
        or sentence_start(cast.text, mention.start) != start
        or len(cast.text[start : mention.start].split()) > 3
        or any(m.name and same_person(m.name, mention.name) for m in cast.mentions[:i])
    ):
        return ""
    return cast.full_name(mention.name, mention.start)


# "The Harlow boss also criticised", "The 52-year-old then turned to": a definite
# description opening a sentence, then its verb.
_DESCRIBED_SUBJECT = re.compile(
    r"\s*((?:The|the)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|was|is|had|has|took|gave|made|went)\b"
)


def _paragraph(text: str, newlines: list[int], p: int) -> str:
    start = newlines[p - 1] if p else 0
    end = newlines[p] if p < len(newlines) else len(text)
    return text[start:end].strip()


def _interviewee(text: str, cast: Cast, newlines: list[int], paragraph: int) -> str:
    """Return who answers an interview's questions, when this paragraph answers one.

    The paragraph before must be a question of its own ("Apakah stok vaksin
    cukup?"); before the questions and answers, a paragraph that announces
    the interview ("Berikut petikannya", "mewawancarai X", "spoke to X")
    names the person, else the person quoted in the answer before.
    """
    if paragraph == 0 or not _is_question(_paragraph(text, newlines, paragraph - 1)):
        return ""
    p = paragraph - 1
    while p > 0:
        p -= 1
        words = _paragraph(text, newlines, p)
        if _is_question(words) or words[:1] in _OPENING_MARKS:
            continue  # another question, another answer
        if not _INTERVIEW.search(words):
            return ""
        start = newlines[p - 1] if p else 0
        start = _SPACE.match(text, start).end()
        end = text.find("\n", start)
        return _intro_person(text, cast, start, len(text) if end < 0 else end)
    return ""


def _intro_person(text: str, cast: Cast, start: int, end: int) -> str:
    """Return the person the paragraph announcing an interview presents, or "".

    "mewawancarai Sri Wahyuningsih": the first person after the verb; "Ketua
    PGHI, Yosefina, ... berbicara kepada ... Berikut petikannya.": the one the
    paragraph makes speak; else the last person named, not counting a place
    after "di"/"at" ("guru di SD Inpres Tondo").
    """
    after = _INTERVIEW_OBJECT.search(text, start, end)
    if after is not None and _SPOKE_TO.match(after.group()):
        # "Her coach, Tobias Hale, spoke to Paddock Weekly": the one speaking
        # to the outlet, when a person opens the sentence, answers.
        begin = sentence_start(text, after.start())
        before = [
            m
            for m in cast.mentions
            if begin <= m.start < after.start()
            and m.name
            and len(m.name.split()) >= 2
            and cast._is_person(m)
            and not any(fold(w) in MEDIA_WORDS | KNOWN_MEDIA for w in m.name.split())
        ]
        if before:
            return cast.full_name(before[-1].name, before[-1].start)
    if after is None and (cue := head_cue(text[start:end], start)):
        found = resolve_cue(cast, cue, [], [])[0] if cue.phrase else Source("")
        if found.speaker and found.kind == "person":
            return found.speaker
    subjects = [
        m
        for m in cast.mentions
        if start <= m.start < end
        and m.subject
        and len(m.name.split()) >= 2
        and not any(a <= m.start < b for a, b in cast.quoted)
    ]
    if after is None and subjects:
        # "Ketua X, Theresia Mbete, ... berbicara kepada Kabar Lirang": the
        # paragraph's subject named in full, before the outlet it spoke to.
        return cast.full_name(subjects[0].name, subjects[0].start)
    people = [
        m
        for m in cast.mentions
        if start <= m.start < end
        and m.name
        and (after is None or m.start >= after.end())
        and not AT_PLACE.search(text, max(0, m.start - 12), m.start)
        # "di sawahnya di Garut": a place named last is nobody.
        and cast._is_person(m)
    ]
    # "mewawancarai Sri Wahyuningsih": the first person after; else the last named.
    mention = (people[0] if after else people[-1]) if people else None
    if (
        after
        and len(people) > 1
        and _APPOSED.fullmatch(text, people[0].end, people[1].start)
    ):
        # "mewawancarai Kepala Balai Wilayah Sungai Sirangga, Made Arsana": the
        # name apposed to the office.
        mention = people[1]
    return cast.full_name(mention.name, mention.start) if mention else ""


_APPOSED = re.compile(r"\s*,\s*(?:[A-Za-z]{1,4}\.\s*)*")
_SPOKE_TO = re.compile(
    r"spoke\s+(?:to|with)|berbicara\s+(?:kepada|dengan)", re.IGNORECASE
)
_SPACE = re.compile(r"\s*")
_OPENING_MARKS = tuple("\"“‘'«„")
_INTERVIEW = re.compile(
    r"\b(?:wawancara\w*|mewawancarai|petikan\w*|berbincang|tanya[\s-]jawab"
    r"|berbicara\s+(?:kepada|dengan)|interview\w*|transcript|excerpts|Q&A"
    r"|spoke\s+(?:to|with)|asked(?=\s+(?-i:[A-Z]))|bertanya\s+(?:kepada|pada)|menanyai)\b",
    re.IGNORECASE,
)
# "asked X what ...", "bertanya kepada X": an interview announced by its asking, only
# read as one when questions standing alone follow.
_INTERVIEW_OBJECT = re.compile(
    r"\b(?:mewawancarai|wawancara\s+(?:dengan|bersama)|berbincang\s+(?:dengan|bersama)"
    r"|interviewed|interview\s+with|spoke\s+(?:to|with)|asked"
    r"|bertanya\s+(?:kepada|pada)|menanyai)\s+",
    re.IGNORECASE,
)


def _is_question(paragraph: str) -> bool:
    """Return whether a paragraph is a question standing alone, with no quote in it."""
    return (
        paragraph.endswith("?")
        and len(paragraph) < 300
        and not any(c in paragraph for c in '"“”')
    )


_SAME_SUBJECT = re.compile(
    r"^\W*(?:(?:namun|tetapi|tapi|but|and|yet|however|meanwhile|bahkan|kemudian|lalu"
    r"|selain\s+itu|sementara\s+itu)\W+)?"
    r"(?:menurut(?:nya|\s+dia|\s+beliau)|ia|dia|beliau|he|she|they|mereka)\b",
    re.IGNORECASE,
)


def _about(text: str, newlines: list[int], paragraph: int, speaker: str) -> bool:
    """Return whether a paragraph opens on the speaker: a pronoun or one of their names."""
    start = newlines[paragraph - 1] if paragraph else 0
    opening = text[start : start + 80].strip()
    if _SAME_SUBJECT.match(opening):
        return True
    first = re.match(r"\W*([\w'’-]+)", opening)
    return bool(first) and first.group(1) in speaker.split()


def _same_spelling(found: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Give one person one spelling in an article: the first full form met."""
    first: list[str] = []
    out = []
    for quote in found:
        speaker = quote.speaker
        if speaker:
            match = next(
                (f for f in first if f == speaker or same_person(f, speaker)), None
            )
            if match is None:
                first.append(speaker)
            elif match != speaker:
                quote = QuoteCandidate(
                    quote.start,
                    quote.end,
                    match,
                    quote.form,
                    quote.role,
                    quote.source_kind,
                    quote.confidence,
                )
        out.append(quote)
    return out


def _not_speech(
    masked: str, open_at: int, close_at: int, start: int, end: int, words_text: str
) -> bool:
    """Return whether quoted words are a title, a nickname, a term or hearsay, cue or not."""
    words = words_text.split()
    before = masked[max(0, open_at - 50) : open_at]
    after = masked[close_at + 1 : close_at + 3]
    if _teaser(masked, open_at, close_at):
        return True
    if _NOT_SPEECH_BEFORE.search(before) and not (
        # 'which she called "fair"', 'in what it called "..."': somebody's words,
        # of three words or more (two are a term: 'what it called "vacancy tax"').
        CALLED_BY.search(before) and len(words) >= 3
    ):
        return True
    # 'menyebut tikungan itu "tikungan maut"': a name given to the thing just
    # named, its head noun repeated inside the marks.
    named = re.search(r"\b(\w+)\s+(?:itu|ini|tersebut)\s*\Z", before)
    if (
        named
        and len(words) <= 3
        and words[0].strip("\"“‘'«„").casefold() == named.group(1).casefold()
    ):
        return True
    # Joko "Jokowi" Widodo: a nickname between two parts of a name (not in a
    # headline, where every word is capitalised).
    if (
        len(words) <= 3
        and re.search(r"[A-Z]\w*[ \t]\Z", before)
        and re.match(r"\s[A-Z]", after)
        and not _headline(masked, open_at, close_at)
    ):
        return True
    # Every longer word capitalised: the name of a work, an event or a slogan,
    # unless the whole line is in Title Case (a headline quoting somebody).
    long_words = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    if len(long_words) < 2 or not all(w[:1].isupper() for w in long_words):
        return False
    headline = _headline(masked, open_at, close_at)
    return (
        not headline
        and len(long_words) >= 2
        and len(words) <= 10
        and all(w[:1].isupper() for w in long_words)
        and not re.search(r"[.!?,]", words_text)
    )


def _teaser(masked: str, open_at: int, close_at: int) -> bool:
    """Return whether the quote heads a teaser line: '"Pay up": inside a gang's playbook'.

    A link to another story, not a sentence: the quote opens a line inside the
    article (the first line is its own headline, whose quote the body holds), a
    colon follows it, and the line ends without a full stop.
    """
    line_start = masked.rfind("\n", 0, open_at) + 1
    if (
        not masked[:line_start].strip()
        or masked[line_start:open_at].strip()
        or masked[close_at + 1 : close_at + 2] != ":"
    ):
        return False
    line_end = masked.find("\n", close_at)
    line = masked[close_at + 2 : len(masked) if line_end < 0 else line_end].rstrip()
    return bool(line) and line[-1] not in ".!?\"”’'"


def _headline(masked: str, open_at: int, close_at: int) -> bool:
    """Return whether the quote's line, the quote aside, is in Title Case."""
    line_end = masked.find("\n", close_at)
    line = (
        masked[max(masked.rfind("\n", 0, open_at) + 1, open_at - 200) : open_at]
        + " "
        + masked[
            close_at + 1 : line_end
            if 0 <= line_end < close_at + 200
            else close_at + 200
        ]
    ).split()
    line_long = [
        w
        for w in line
        if sum(c.isalpha() for c in w) >= 4 and w.casefold() not in FUNCTION_WORDS
    ]
    return len(line_long) >= 2 and all(w[:1].isupper() for w in line_long)


def _scare_quote(masked: str, open_at: int, close_at: int, words_text: str) -> bool:
    """Return whether one or two quoted words stand in a sentence with no speech cue."""
    if len(words_text.split()) > 2:
        return False
    sentence = masked[
        sentence_start(masked, open_at) : clause_end(masked, close_at + 1)
    ]
    if (
        words_text.rstrip().endswith((".", "!", "?"))
        and not masked[sentence_start(masked, open_at) : open_at].strip()
    ):
        return False  # '"Nobody came."': a whole sentence quoted, not a word marked
    return not _SPEECH_CUE.search(sentence)


_MARK = re.compile("[\"“”'‘’«»„\n]")


def _quote_marks(text: str) -> list[tuple[int, int]]:
    """Return (opening mark, closing mark) positions of every quote."""
    pairs: list[tuple[int, int]] = []
    open_straight: int | None = None
    stacks: dict[str, list[int]] = {"“": [], "'": [], "‘": [], "«": [], "„": []}
    stray: list[int] = []  # closing double marks with nothing open on their line
    line_from = 0  # the first pair made on the current line
    for m in _MARK.finditer(text):
        i, c = m.start(), m.group()
        if c == "\n":
            open_straight = _mistyped(
                text, pairs, line_from, open_straight, stacks, stray
            )
            lost = _opening_lost(text, [*stray, open_straight], i)
            if lost is not None:
                pairs.append(lost)
                stray.clear()
                open_straight = None
            if open_straight is not None and (
                _runs_on(text, open_straight, i) or _left_open(text, open_straight, i)
            ):
                pairs.append((open_straight, i))
            open_straight = None
            for stack in stacks.values():
                if stack and (
                    _runs_on(text, stack[0], i)
                    or (len(stack) == 1 and _left_open(text, stack[0], i))
                ):
                    pairs.append((stack[0], i))
                stack.clear()
            stray.clear()
            line_from = len(pairs)
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
            if stacks["„"]:
                pairs.append((stacks["„"].pop(), i))
            else:
                stacks["“"].append(i)
        elif c == "„":
            stacks["„"].append(i)
        elif c == "«":
            stacks["«"].append(i)
        elif c == "»" and stacks["«"]:
            pairs.append((stacks["«"].pop(), i))
        elif c == "”":
            if stacks["“"]:
                pairs.append((stacks["“"].pop(), i))
            else:
                stray.append(i)
        elif c in "'‘’":
            if before.isalnum() and after.isalnum():
                continue  # apostrophe: "Qur'an", "Blinken’s"
            stack = stacks["'" if c == "'" else "‘"]
            if c == "‘" or (c == "'" and not before.isalnum() and after.isalnum()):
                stack.append(i)
            elif stack and not before.isspace():
                pairs.append((stack.pop(), i))
    open_straight = _mistyped(text, pairs, line_from, open_straight, stacks, stray)
    lost = _opening_lost(text, [*stray, open_straight], len(text))
    if lost is not None:
        pairs.append(lost)
    elif stacks["“"][:1] or open_straight is not None:
        # The last paragraph lost its closing mark: its final full stop stands
        # for it (the quote ends before it).
        mark = (stacks["“"][:1] or [open_straight])[0]
        last = len(text.rstrip()) - 1
        if (
            last > mark
            and len(stacks["“"]) <= 1
            and _left_open(text, mark, last + 1)
            and text[last] in ".!?"
        ):
            pairs.append((mark, last))
    return pairs


def _opening_lost(
    text: str, marks: list[int | None], line_end: int
) -> tuple[int, int] | None:
    """Return the quote of a paragraph whose opening mark was lost, if one is.

    'Kami tetap siaga," kata Rudi.': a paragraph's first words end on a mark
    after a comma or a full stop and a speech verb follows it. The newline
    before the paragraph stands for the lost mark.
    """
    marks = [m for m in marks if m is not None]
    if len(marks) != 1:
        return None
    mark = marks[0]
    line_start = text.rfind("\n", 0, mark)
    head = text[line_start + 1 : mark]
    if (
        line_start < 0
        or not head[:1].isupper()
        or head[-1:] not in (",", ".", "!", "?")
        or len(head.split()) < 3
        or re.search('["“”«»„]', head)
    ):
        return None
    if not _AFTER_CUE.match(text, mark + 1, line_end):
        return None
    return line_start, mark


_AFTER_CUE = re.compile(
    rf"[ \t]*(?:(?:{ID_AFTER})(?:nya)?\b|(?:he|she|they|it)\s+(?:said|added)\b"
    r"|(?:said|added|says)\s+[A-Z])",
    re.IGNORECASE,
)


def _mistyped(
    text: str,
    pairs: list[tuple[int, int]],
    line_from: int,
    open_straight: int | None,
    stacks: dict[str, list[int]],
    stray: list[int],
) -> int | None:
    """Pair the double marks a line leaves unmatched, in order; return the one left.

    Sites mix their marks: '“Kami siap,“ kata dia', '”Kami siap,” kata dia',
    '“Kami siap," kata dia'. Two or more double marks left open on a line are
    quotes opened and closed with the wrong mark, taken two by two; an odd one
    out, the last, may still open a quote that runs on (returned as straight).
    """
    left = sorted(
        ([] if open_straight is None else [open_straight]) + stacks["“"] + stray
    )
    if len(left) < 2:
        return open_straight
    stacks["“"].clear()
    last = left.pop() if len(left) % 2 else None
    made = [
        (left[k], left[k + 1])
        for k in range(0, len(left), 2)
        if any(ch.isalpha() for ch in text[left[k] + 1 : left[k + 1]])
    ]
    pairs[line_from:] = sorted(pairs[line_from:] + made)
    return last


def _runs_on(text: str, open_at: int, line_end: int) -> bool:
    """Return whether an unclosed quote continues in the next paragraph.

    Journalists open each paragraph of a long quote and close only the last:
    the quote must open its paragraph, and the next paragraph open with a mark.
    """
    line_start = text.rfind("\n", 0, open_at) + 1
    lead = text[line_start:open_at].rstrip()
    if lead and not (_RUN_ON_LEAD.search(lead) or _speech_lead(lead)):
        # 'Mayor Ann Roe said: "...', 'Ia mengatakan, "...' and '"...," Roe
        # said. "...' may run on too: the quote opens a sentence of its own.
        return False
    m = _NEXT_LINE.match(text, line_end)
    return m is not None


def _left_open(text: str, open_at: int, line_end: int) -> bool:
    """Return whether a quote opening its paragraph lost its closing mark at the end.

    '"Airnya datang tengah malam. Kami tidak sempat menyelamatkan barang.' then
    a paragraph of the reporter's: the quote is the rest of its paragraph, when
    it opens the paragraph and ends a sentence there, or follows a speech verb
    and its colon or comma ('Menurut Heru, "Tarif tidak naik').
    """
    line_start = text.rfind("\n", 0, open_at) + 1
    lead = text[line_start:open_at].rstrip()
    said = text[open_at + 1 : line_end].rstrip()
    if len(said.split()) < 3:
        return False
    if lead:
        return _speech_lead(lead)
    return said.endswith((".", "!", "?"))


def _speech_lead(lead: str) -> bool:
    """Return whether the words before a mark introduce speech: 'Ia mengatakan,'."""
    if not lead.endswith((":", ",")):
        return False
    clause = re.split(r"[.!?]\s", lead)[-1]
    return lead.endswith(":") or bool(_SPEECH_CUE.search(clause[-60:]))


_RUN_ON_LEAD = re.compile(r"(?::|[.!?][\"”’']?)$")
_NEXT_LINE = re.compile("\\s*[\"“‘'«„]")


def _form(text: str, open_at: int, start: int, end: int) -> str:
    first = next((c for c in text[start:end] if c.isalpha()), "")
    if not first.isupper():
        return "partial"
    lead = text[sentence_start(text, open_at) : open_at].strip()
    if not lead or lead.endswith((":", ",")) or text[end - 1] in ".!?":
        return "direct"
    return "partial"
