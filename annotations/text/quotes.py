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

A quote's speaker comes from a speech cue, in this order: right after the
quote (", kata Blinken", ", ujarnya", "Miller said"), before it in the same
sentence ("Blinken mengatakan bahwa", "Menurut Hua,", "Reuters reported"),
or later in its sentence. A quote with no cue that follows an attributed
quote (same or next paragraph) continues it. attribution.Cast turns the
phrase a cue names into the article's full name for that person.

Not suggested: scare quotes of one or two words with no speech cue, titles
of works ("film 'Oppenheimer'"), nicknames (Joko "Jokowi" Widodo) and
words quoted as words ("istilah 'genosida'").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

from annotations.text import speakers
from annotations.text.attribution import (
    ABBREVIATED_TITLE,
    DEGREE,
    DETERMINERS,
    FACILITIES,
    FUNCTION_WORDS,
    KNOWN_MEDIA,
    MEDIA_WORDS,
    MESSAGE_FROM,
    ORG_WORDS,
    PEOPLE_NOUNS,
    PLACES,
    STATEMENT_OF,
    TITLES,
    TOP_OFFICE,
    TOP_OFFICES,
    Cast,
    Mention,
    Parsed,
    Source,
    ends_abbreviation,
    is_org_word,
    is_role,
    parse_phrase,
    sentence_end,
    sentence_start,
)
from annotations.text.matching import fold, same_person


@dataclass(frozen=True)
class QuoteCandidate:
    start: int  # the quoted words, without the quote marks (code points into the body)
    end: int  # exclusive
    speaker: str  # full name as the article introduces it, or institution/medium; "" if unknown
    form: str  # "direct" | "partial" | "indirect"
    role: str = ""  # the role as the article gives it, "" if none
    source_kind: str = ""  # "person" | "institution" | "medium" | ""
    confidence: float = 0.5  # how sure we are this is attributed speech by this speaker


# Verbs that follow the quote and come before the speaker: ", kata Blinken", ", ujarnya".
_ID_AFTER = (
    "kata|ujar|ucap|tutur|ungkap|jelas|tegas|tambah|imbuh|cetus|sebut|terang|papar"
    "|lanjut|seru|pungkas|tandas|tukas|timpal|sambung|kilah|tulis|beber|urai|tanya"
    "|sergah|bilang|aku|pinta|harap|klaim|catat|nilai|desak|katakan|jawab|kenang"
    "|keluh|canda|seloroh|kisah|ajak|imbau|tutup|sahut|protes|keluhkan|akui|teriak|pekik"
    "|cuit|kicau"
)
# Verbs that follow their subject: "Blinken mengatakan", "Miller said".
_ID_ACTIVE = (
    "mengatakan|menyatakan|berkata|berujar|menegaskan|menyebut|menyebutkan|menuturkan"
    "|mengungkapkan|menjelaskan|menambahkan|menekankan|menulis|menyampaikan"
    "|mengimbuhkan|memaparkan|menerangkan|mengklaim|mengakui|menilai|meminta|mendesak"
    "|memperingatkan|menandaskan|bertanya|menanyakan|mencuit|mengumumkan|menuding"
    "|menuduh|membantah|menyangkal|menanggapi|berpendapat|menggambarkan|menunjukkan"
    "|mengingatkan|berharap|mengimbau|mengisyaratkan|menyinggung|mengeluhkan"
    "|menggarisbawahi|mengemukakan|melaporkan|memberitakan|mengutip|menyerukan"
    "|berjanji|bersumpah|mengkritik|menjawab|menyebutnya|menganggap|menyambut"
    "|mengomentari|mengucapkan|berpesan|menyimpulkan|menyinggung|mencatat|menulis"
    "|melanjutkan|menceritakan|mengaku|membeberkan|berkisah|bercerita|memastikan"
    "|mengeluh|menimpali|mengenang|berseloroh|berucap|bertutur|berkomentar|berdalih"
    "|membenarkan|mengonfirmasi|menampik|menepis|mengajak|menyarankan|mengusulkan"
    "|menyayangkan|menyesalkan|mengapresiasi|menginformasikan|menyahut|memprotes"
)
_EN_VERBS = (
    "said|says|say|told|tells|added|adds|noted|notes|stressed|explained|wrote|writes"
    "|asked|warned|insisted|argued|claimed|declared|announced|replied|responded"
    "|continued|concluded|acknowledged|admitted|urged|tweeted|posted|reported"
    "|reports|described|called|remarked|observed|emphasized|emphasised|recalled"
    "|suggested|stated|commented|complained|vowed|promised|pledged|predicted"
    "|cautioned|conceded|agreed|affirmed|recounted|quipped|shouted|whispered"
    "|recalls|testified|testifies|answered|answers|insists|warns|explains|admits"
    "|argues|stresses|joked|jokes|pleaded|lamented|boasted|texted|emailed|mused"
    "|countered|retorted|snapped|confirmed|confirms|denied|denies|elaborated"
    "|clarified|asks|continues|concludes|recalled|laughed|sighed|interjected"
    "|ruled|rules|chanted|chant|chants|sang|sing|sings|yelled|screamed|cried|cries"
    "|roared|shouts|adding|saying|telling|writing|interrupted|reasoned"
    # Verbs judging something in the speaker's words: 'praised his side's "grit"'.
    "|accused|accuses|praised|praises|criticised|criticized|criticises|criticizes"
    "|blamed|blames|branded|brands|dismissed|dismisses|hailed|hails|slammed|slams"
    "|condemned|condemns|labelled|labeled|thanked|thanks|apologised|apologized"
    # Verbs with a particle: '"...," Harwood cut in.'
    r"|(?:cut|cuts|chimed|chimes|broke|breaks|butted|weighed|weighs)\s+in"
    r"|(?:piped|pipes)\s+up|(?:shot|shoots|fired|fires|hit|hits)\s+back"
    r"|(?:pointed|points)\s+out|(?:summed|sums)\s+up"
)
_REPORTING = {"melaporkan", "memberitakan", "reported", "reports", "lapor"}
_ADVERBS = r"(?:(?:juga|pun|kembali|kemudian|lalu|sempat|telah|sudah|pernah|sebelumnya|also|then|later|had|has|have|again|once|previously|earlier|further|later)\s+)*"
# A speaker phrase after a verb: words up to a clause break or a preposition.
_PHRASE_STOP = re.compile(
    r"[.;:!?\n\"“”—–]|,(?!\s*(?:[A-Z]|juru|spokes|the |seorang|a |an "
    # "Kepala Puskesmas Lembah, dr. Rina Sari,": a title in lower case, then the name.
    r"|(?:dr|drg|ir|drs|hj?)\.\s*[A-Z]))"
    r"|\s(?:kepada|dalam|di|saat|ketika|pada|seperti|sebagaimana|usai|seusai|setelah"
    r"|sebelum|dikutip|mengutip|dilansir|melalui|lewat|dari|yang|sambil|sembari|dan|bahwa|dengan"
    r"|soal|tentang|terkait|mengenai|perihal|about|over"
    r"|to|in|at|on|during|as|when|after|before|via|from|who|which|while|and|that|of the"
    r"|on|adding|according|told|said|says|mengatakan|menambahkan|menegaskan"
    r"|menyatakan|menjelaskan)\b"
)
# "disampaikan oleh Amalia", "dikatakan Amalia": the passive names its speaker after it.
_ID_PASSIVE = (
    "disampaikan|dikatakan|diungkapkan|ditegaskan|dijelaskan|diucapkan|dituturkan"
    "|dipaparkan|diutarakan|ditambahkan|dilontarkan|dikemukakan"
)
# Documents and posts: what a letter, a report or a post says is its author's.
_DOC_NOUN = (
    r"(?:statement|press\s+release|release|letter|circular|memo|notice|bulletin"
    r"|report|assessment|review|study|audit|survey|document|filing|post|caption"
    r"|register|records|minutes|briefing|guidance"
    r"|tweet|email|e-mail|message|ruling|judgment|judgement|submission|petition"
    r"|(?:keterangan|pernyataan|siaran\s+pers|rilis|surat(?:\s+edaran)?|edaran"
    r"|laporan|kajian|dokumen|unggahan|postingan|cuitan|takarir|nota|putusan"
    r"|catatan|petisi|somasi|pengumuman|maklumat|rekomendasi|temuan|survei|studi"
    r"|penelitian|hasil\s+(?:audit|kajian|uji|pemeriksaan|penelitian|survei))"
    r"(?:\s+(?:tertulis|resmi|pers|video|foto|unggahan|tahunan|terbuka|pembaca"
    r"|keberatan))*(?:nya)?"
    # "Isinya antara lain:": the wording of the letter just named.
    r"|(?-i:[Ii]sinya|[Bb]unyinya))"
)
# What a post shows: its caption speaks for whoever posted it.
_MEDIA_NOUN = (
    r"(?:video|foto|photo|clip|klip|image|gambar|rekaman|footage|akun|account)"
)
# '"...," a statement from Harbor Lines read', 'the ministry's statement reads'.
_STATEMENT_READ = re.compile(
    rf"^[\s,]*(?P<phrase>(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{_DOC_NOUN}"
    r"(?:\s+(?:from|by|of|issued\s+by)\s+[^.;:!?\n\"“”]{1,80}?)?)\s+reads?\b",
    re.IGNORECASE,
)
_BASED_ON = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:[Bb]erdasarkan|[Mm]engacu\s+(?:pada|kepada)|[Mm]erujuk"
    r"(?:\s+(?:pada|kepada))?|[Bb]ased\s+on|[Cc]iting)\s+(?P<phrase>(?:[\w'’-]+\s+){0,2}?"
    rf"(?i:{_DOC_NOUN})\b[^,.!?\"“”]{{0,100}}),[^.!?\"“”]{{0,80}}$"
)
_IT_READ = re.compile(r"^[\s,]*(?:it|this|that)\s+(?:read|reads)\b", re.IGNORECASE)
# "The report, published by X on Monday, says", "Surat edaran itu menyebut": a
# document opening the sentence as its subject.
_DOC_SUBJECT = re.compile(
    rf"\W*(?P<phrase>(?:(?:A|An|The|Its|Their|This|That|Sebuah)\s+"
    # "The Environment Agency's assessment": a body's document.
    rf"(?:[A-Z][\w&.-]*\s+){{0,4}}?(?:[A-Z][\w&.-]*['’]s\s+)?"
    rf"(?:[a-z][\w'’-]*\s+){{0,2}}?)?(?i:{_DOC_NOUN})\b[^\"“”]*?)[\s,]*$"
)
# '"...," the assessment states.', '"...," its report concluded.'
_DOC_TAIL = re.compile(
    rf"^[\s,]*(?P<phrase>(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_DOC_NOUN})\s+(?:states|stated|finds|found|concludes|concluded|adds|added"
    r"|continues|continued|warns|warned|notes|noted)\b",
    re.IGNORECASE,
)
# '"...," read a statement from Harbor Lines.'
_READ_STATEMENT = re.compile(
    r"^[\s,]*reads?\s+(?P<phrase>(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|release)"
    r"\s+(?:from|by|of|issued\s+by)\s+[^.;:!?\n\"“”]{1,80})",
    re.IGNORECASE,
)
# '"...," demikian keterangan tertulis BPBD Sikka', 'bunyi siaran pers Polda Riau'.
_STATEMENT_NOUN = (
    r"(?-i:bunyi|isi|petikan|kutipan|putusan|(?:keterangan|pernyataan|siaran\s+pers|rilis"
    r"|surat(?:\s+edaran)?|edaran|imbauan|himbauan|seruan|penjelasan|pengumuman)"
    r"(?:\s+(?:tertulis|resmi|pers))*(?:nya)?)"
)
_TAIL_AFTER = re.compile(
    rf"^[\s,.;:!?\-–—)]*(?:(?:demikian|begitu|seperti|sebagaimana)\s+)?"
    rf"(?P<verb>(?:{_ID_AFTER})(?P<nya>nya)?|(?:{_ID_PASSIVE})(?:\s+oleh)?"
    rf"|{_EN_VERBS}|menurut(?P<menurutnya>nya)?|according\s+to|lapor|{_STATEMENT_NOUN})\b"
    rf"(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
# A period inside a speaker phrase only after an abbreviation: "Ms. Lee said".
_PHRASE_CHAR = (
    r"(?:[^.;:!?\n\"“”]|(?<=\b[A-Z])\."
    + "".join(
        rf"|(?<=\b{t.capitalize()})\." for t in sorted(ABBREVIATED_TITLE) if len(t) > 1
    )
    + ")"
)
_TAIL_SUBJECT = re.compile(
    rf"^[\s,.;:!?\-–—)]*(?P<phrase>{_PHRASE_CHAR}{{1,90}}?)\s+{_ADVERBS}"
    rf"(?P<verb>{_ID_ACTIVE}|{_EN_VERBS})\b",
)
# ", saying his side ...", "sambil menyebut ...": the sentence's subject speaks.
_PARTICIPLES = (
    "saying|adding|noting|telling|warning|insisting|arguing|explaining|stressing"
    "|claiming|calling|describing|(?:sambil|seraya|sembari)\\s+(?:mengatakan|menyebut"
    "|menegaskan|menambahkan|menyatakan|berkata)"
)
_HEAD_VERB = re.compile(
    rf"\b(?:(?P<participle>{_PARTICIPLES})|(?P<verb>{_ID_ACTIVE}|{_EN_VERBS}"
    rf"|menurut(?:nya)?|according\s+to))\b",
    re.IGNORECASE,
)
# A head that ends with a tail-style cue: '"A," kata X, "B."'
_HEAD_TAIL_CUE = re.compile(
    rf"(?:^|[,.])\s*(?:(?P<verb>{_ID_AFTER})(?P<nya>nya)?|{_EN_VERBS})\b"
    rf"(?P<rest>[^.!?\n]*?)[,:]?\s*$",
    re.IGNORECASE,
)
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
_IN_THE_WORDS_OF = re.compile(r"\b(?:[Ii]n\s+the\s+words\s+of|[Aa]s\s+put\s+by)\s+")
_CALLED_BY = re.compile(
    # "in what state news agency Pelita called": the caller may take five words
    r"\b(?:what|which)\s+(?P<who>(?:[\w'’-]+\s+){1,5}?)(?:called|calls|dubbed|termed)"
    r"\s*$",
    re.IGNORECASE,
)
_SPEECH_CUE = re.compile(
    rf"\b(?:{_ID_AFTER})(?:nya)?\b|\b(?:{_ID_ACTIVE}|{_EN_VERBS}|menurut|according)\b",
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
    cast.anonymous = _anonymous_intros(text, cast.mentions)
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
            _cues(
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
        if record is not None or speakers.may_override(source, confidence, bool(cues)):
            # A weak pick: the ranking model weighs everyone near, and its own
            # pick stands when it is sure of it (speakers.choose_over).
            if view is None:
                view = speakers.ArticleView(
                    text, masked, cast, newlines, _ANY_SPEECH_VERB
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
    if who.casefold() in _PRONOUNS:
        named = [
            mention
            for mention in cast.mentions
            if outer_open < mention.start < m.start("who") and mention.name
        ]
        who = named[-1].name if named else ""
    source = cast.resolve(who, m.start("who")) if who[:1].isupper() else Source("")
    speaker = source.speaker if source.kind == "person" else ""
    if speaker and " " not in speaker and fold(speaker) not in cast.people:
        speaker = ""  # "One told me": a pronoun-like word, nobody the article names
    return QuoteCandidate(
        start, end, speaker, "direct", cast.role_of(speaker) if speaker else "",
        "person", 0.5,
    )  # fmt: skip


_REPORTED_INSIDE = re.compile(
    r"(?:^|[\s\"“‘'(])(?P<who>(?:[A-Z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)\s+"
    rf"(?:{_EN_VERBS}|bilang|berkata|{_ID_ACTIVE})(?:\s+(?:me|us|him|her|them|ke\s+saya"
    r"|kepada\s+saya|pada\s+saya|saya|kami))?\s*[,:]\s*$"
)


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
    rf"|\b(?P<verb>{_ID_ACTIVE})(?:[ \t]+sebagai[ \t]+berikut)?[ \t]*:[ \t]*$",
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
        named = cast.people_between(a, b)
        speaker = named[-1] if named else ""
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
    if len(words) == 1 and (holder := _office_named_before(cast, f"{label} itu", pos)):
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


# --- attribution ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Cue:
    phrase: str  # the speaker phrase, "" for a pronoun verb ("ujarnya")
    at: int  # where the phrase is, for resolving it against the cast
    place: str  # "after" | "before" | "late"
    pronoun: bool = False
    reporting: bool = False  # "Reuters melaporkan": the source is a medium
    for_body: bool = False  # the body a spokesperson speaks for, resolved on its own
    document: bool = False  # '"...," it read': a written thing, by its author


# After a verb: the clause it reports ("said that", "said he had", "told
# reporters it was").
_REPORTS_CLAUSE = re.compile(
    r"\s+(?:(?:[a-z]+\s+){0,2}(?:that|he|she|they|it|we|there)\b|bahwa\b)"
)


def _cues(
    text: str,
    open_at: int,
    close_at: int,
    floor: int,
    *,
    comma: bool = False,
    full_stop: bool = False,
    question: bool = False,
) -> Iterator[_Cue]:
    """Yield the speech cues of the quote between open_at and close_at, best first.

    The caller takes the first cue that names somebody: ', according to a
    readout' after the quote names nobody, 'Zhao told Ellison' before it does.
    floor is where the previous quote of the same paragraph closed; comma says
    the quoted words end in a comma, full_stop that they end their sentence,
    question that they ask one (text is masked: they are blanked in it).
    """
    open_ended = text[close_at] == "\n"  # a quote that runs on into the next paragraph
    tail_end = close_at if open_ended else _clause_end(text, close_at + 1)
    tail = text[close_at + 1 : tail_end]
    if comma and not tail.strip() and (broken := _broken_tail(text, open_at, close_at)):
        tail = broken  # '"...,"' then 'kata Dedi.' pasted on a line of its own
    if full_stop and (
        _INTRODUCES_NEXT.match(text, close_at + 1)
        or (question and _ANSWER_NEXT.match(text, close_at + 1))
    ):
        # '"We lost." Tom Hale said: "We were poor."': a sentence after a quote that
        # ends its own sentence, and introducing the next quote, is that quote's.
        tail = ""
    reported = None  # "..., state media reported": after any cue naming the speaker
    m = _TAIL_AFTER.match(tail)
    if m:
        if m.group("nya") or m.group("menurutnya"):
            yield _Cue("", close_at, "after", pronoun=True)
            named = _NEXT_SENTENCE_CUE.match(text, tail_end)
            if (
                not open_ended
                and named
                and named.group("rest")
                and (phrase := _phrase_after(named.group("rest")))
            ):
                # '"...," ujarnya. Hal itu disampaikan Kepala Dinas Sosial, Yanti':
                # with nobody before for "-nya", the sentence after names them.
                yield _Cue(phrase, tail_end, "late")
        elif phrase := _phrase_after(m.group("rest")):
            verb = m.group("verb").casefold()
            rest = m.group("rest")
            if _STATEMENT_REF.match(f"{verb} {phrase.strip()}"):
                # '"...," demikian keterangan tersebut': the statement named before.
                phrase = f"{verb} {phrase.strip()}"
            elif re.fullmatch(_STATEMENT_NOUN, verb) and re.match(r"yang\b", phrase):
                # '"...," demikian pernyataan tertulis yang diterima redaksi': the
                # statement itself, whoever the article says issued it.
                phrase = f"{verb} itu"
            elif (
                re.fullmatch(_STATEMENT_NOUN, verb)
                and (doc := _DOC_PHRASE.match(rest.strip()))
                and _AUTHORED_BY.search(doc.group("rest"))
            ):
                # "Demikian isi surat terbuka yang ditulis Yohana Lasut": the
                # document with who wrote it.
                phrase = rest.strip()
            if _NICKNAME_NOTE.match(rest, rest.find(phrase) + len(phrase)):
                # 'ujar Edi, sapaan akrabnya': a nickname of the person just named.
                yield _Cue("", close_at, "after", pronoun=True)
            cue = _Cue(phrase, close_at, "after", reporting=verb in _REPORTING)
            if verb.startswith(("according", "menurut")) and (
                parse_phrase(phrase).kind == "medium"
            ):
                reported = cue  # 'Xi told Biden "...", according to state media'
            else:
                yield cue
    m = _CAME_FROM.match(tail)
    if m and (phrase := _phrase_after(m.group("rest"))):
        # '"Not this year," came the reply from leisure manager Colin Pratt.'
        yield _Cue(phrase, close_at, "after")
    m = _DASH_TAIL.match(tail)
    if m and (phrase := _phrase_after(m.group("rest"))):
        # '"Nobody warned us." — Ann Crane, resident': the name after a dash.
        yield _Cue(phrase, close_at, "after")
    if _IT_READ.match(tail):
        # '"We are exhausted," it read.': only writing reads; its author speaks.
        yield _Cue("it", close_at, "after", document=True)
    m = (
        _STATEMENT_READ.match(tail)
        or _READ_STATEMENT.match(tail)
        or _DOC_TAIL.match(tail)
    )
    if m:
        # '"...," a statement from Harbor Lines read.', '"...," read a statement from X.'
        yield _Cue(m.group("phrase"), close_at, "after")
    m = _TAIL_SUBJECT.match(tail)
    if m and full_stop and _REPORTS_CLAUSE.match(tail, m.end()):
        # '"We trusted them." His brother Mark said he had "seen it coming".': a
        # new sentence reporting what its subject said, not this quote's cue.
        m = None
    if m:
        # '"...," Blinken, who is on his fifth trip, told reporters.'
        phrase = m.group("phrase").rstrip(" ,") + ","
        phrase = _INSERTED_CLAUSE.sub("", phrase).rstrip(" ,")
        # '"...," Tom Hale – the coach – said.': the words between dashes.
        phrase = _DASHED_INSERT.sub(" ", phrase).strip()
        if _plausible_subject(phrase):
            cue = _Cue(
                phrase,
                close_at,
                "after",
                reporting=m.group("verb").casefold() in _REPORTING,
            )
            if cue.reporting:
                reported = cue
            else:
                yield cue
    sentence_from = sentence_start(text, open_at)
    if floor > sentence_from:
        # '"A," kata X, "B."': the cue between two quotes of one sentence.
        m = _HEAD_TAIL_CUE.search(text, floor, open_at)
        if m and m.start() == floor or (m and not text[floor : m.start()].strip(" ,")):
            if m.group("nya"):
                yield _Cue("", open_at, "before", pronoun=True)
            elif phrase := _phrase_after(m.group("rest")):
                yield _Cue(phrase, floor, "before")
    # The text is masked: a quote closed earlier in the paragraph hides its final
    # period, so its words would run into this head ('K   " Iqbal menambahkan').
    # The words since that quote come first; failing a cue there, the sentence's
    # ('Menurut Hua, "A" dan "B"').
    head_start = max(sentence_from, floor)
    if who := _WHO_SAID_COLON.search(text, head_start, open_at):
        # 'Tom Hale said he had met Ann Roe, who told him: "..."': the one the
        # relative clause right before the quote makes speak.
        yield _Cue(who.group(1), who.end(1), "before")
    cue = _head_cue(text[head_start:open_at], head_start)
    if cue is None and head_start > sentence_from:
        head_start = sentence_from
        cue = _head_cue(text[head_start:open_at], head_start)
    elif (
        cue is not None
        and not cue.phrase
        and not cue.pronoun
        and head_start > sentence_from
        and (wider := _head_cue(text[sentence_from:open_at], sentence_from))
        and wider.phrase
    ):
        # 'The business daily "Ledger Today" wrote ... "a fantasy"': the verb's
        # subject is before the quote that closed since the sentence opened.
        head_start, cue = sentence_from, wider
    head = text[head_start:open_at]
    line_end = text.find("\n", close_at)
    if (
        cue is None
        and (calls := _CALLS_IT.search(head))
        and _ENDS_AS_PROSE.search(
            text, close_at, len(text) if line_end < 0 else line_end
        )
        and (phrase := _subject_before(head[: calls.start()]))
    ):
        # 'Economist Ann Roe calls it "a gamble"': the one who calls it so (not
        # in a headline, whose line has no full stop: "Union calls it 'a betrayal'").
        cue = _Cue(phrase, head_start + calls.start(), "before")
    if (cue is None or not cue.phrase) and (told_by := _TOLD_BY.search(head)):
        # "Ann Roe was told by the site manager, Tom Hale:": the agent speaks.
        cue = _Cue(told_by.group("who"), head_start + told_by.end("who"), "before")
    if cue is None and (for_name := _FOR_NAME_COLON.match(head)):
        cue = _Cue(for_name.group("who"), head_start + for_name.end("who"), "before")
    if cue is not None:
        yield cue
    elif (
        (colon := _SUBJECT_COLON.match(head))
        and colon.group(1).split()[0].casefold() not in FUNCTION_WORDS
        # "Her colleague Tom Fenn": lower-case words describe the subject; a verb
        # among them ("Ruth told Ann Roe bluntly:") makes the name its object.
        and not any(
            _ANY_SPEECH_VERB.fullmatch(w) or w.endswith("ed")
            for w in colon.group(1).split()
            if w.islower()
        )
    ):
        # 'Tom Hale, the coach, disagreed: "..."': whatever the verb, the colon
        # hands the sentence's subject the quote.
        yield _Cue(colon.group(1), head_start + colon.end(1), "before")
    # Later in the sentence: '... "kerja sama" di antara mereka, kata Wang.'
    for m in _LATE_CUE.finditer(tail):
        if m.group("nya"):
            yield _Cue("", close_at, "late", pronoun=True)
        elif phrase := _phrase_after(tail[m.end() :]):
            yield _Cue(phrase, close_at, "late")
    if not head.strip() and _opens_paragraph(text, open_at):
        cue = _lead_in(text, open_at)
        if cue is not None:
            yield cue
    if reported is not None:
        yield reported
    # '"...." Hal itu disampaikan Menteri Sosial Tri Rismawati di Jakarta.'
    m = _NEXT_SENTENCE_CUE.match(text, close_at + 1)
    if m and (
        phrase := _phrase_after(
            m.group("rest") or m.group("of") or m.group("from") or m.group("so") or ""
        )
    ):
        yield _Cue(phrase, close_at, "late")
    elif m and m.group("how"):
        yield _Cue(m.group("how"), close_at, "late")


_CALLS_IT = re.compile(
    r"\s(?:calls|describes|dubs|labels|brands)\s+(?:it|them|this|that|the\s+\w+"
    r"(?:\s+\w+)?)(?:\s+as)?\s*$"
)
_ENDS_AS_PROSE = re.compile(r"[.!?][\"”’']*\s*$")
_TOLD_BY = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:told|warned|asked|reminded|assured)\s+by\s+"
    r"(?P<who>[^:;\"“”]{1,80}?)\s*:\s*$"
)
_CAME_FROM = re.compile(
    r"^[\s,]*came\s+(?:the\s+)?(?:[a-z]+\s+)?(?:reply|answer|response|retort|verdict"
    r"|message|warning)\s+from\s+(?P<rest>[^\n]{1,120})"
)
# "For Jim Bell, a sheep farmer, the answer is simple:", "Bagi Sutarjo, ...:": the
# one the sentence is for says what follows the colon.
_FOR_NAME_COLON = re.compile(
    r"^\W*(?:For|Bagi|Untuk)\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)"
    r"(?:\s*,[^,:;\"“”]{1,80},)?\s+[^:;\"“”]{1,60}:\s*$"
)
_DASHED_INSERT = re.compile(r"\s*[—–][^—–]*[—–]\s*")
_DASH_TAIL = re.compile(
    # "— club captain Joe Pike": a role in lower case may open the name.
    r"^[ \t]*[—–][ \t]*(?P<rest>(?:[a-z][\w'’-]*[ \t]+){0,4}[A-Z][^\n\"“”]{0,80})$"
)
_WHO_SAID_COLON = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+),\s+(?:who|yang)\s+(?:then\s+|later\s+)?"
    rf"(?:{_EN_VERBS}|{_ID_ACTIVE})\b[^.!?:\"“”]{{0,40}}:\s*$"
)


# "Tom Hale, the coach, disagreed: ": a named subject, a few words, a colon.
_SUBJECT_COLON = re.compile(
    r"\s*(?:(?:Her|His|Their|Its|Our|The)\s+)?"
    r"((?:[A-Z][\w'’.-]*\s+)?(?:[a-z][\w'’-]*\s+){0,3}(?:[A-Z][\w'’.-]*\s+){0,4}"
    r"[A-Z][\w'’-]+)(?:\s*,[^,:;\"“”]{1,60},)?"
    r"\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s*:\s*$"
)
# A sentence that ends with a colon right before the next quote opens.
_INTRODUCES_NEXT = re.compile(r"[^.!?\n\"“”]*:\s*[\"“]")
# '"Apakah Bapak akan mundur?" Ia menjawab, "Tidak."': after a question, a new
# sentence whose comma hands the next quote, opening on a capital, its speaker.
_ANSWER_NEXT = re.compile(r"\s+[A-Z][^.!?\n\"“”,]*,\s*[\"“](?=[A-Z])")


def _broken_tail(text: str, open_at: int, close_at: int) -> str:
    """Return the cue line after a quote that a line break cut from its sentence, or "".

    A quote that ends in a comma has not ended its sentence: when the next line
    opens on a speech cue ('kata Dedi.', 'Reyes said.'), that line finishes it.
    """
    if not _opens_paragraph(text, open_at):
        return ""
    m = _LINE_BREAK.match(text, close_at + 1)
    if not m:
        return ""
    tail = " " + text[m.end() : _clause_end(text, m.end())]
    if _TAIL_AFTER.match(tail) or _TAIL_SUBJECT.match(tail):
        return tail
    return ""


_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
_NEXT_SENTENCE_CUE = re.compile(
    rf"[\s.]*(?:(?:(?:Hal|Pernyataan|Penegasan|Penjelasan|Ucapan|Kalimat|Pesan|Seruan"
    rf"|Kritik|Keluhan|Harapan)\s+(?:itu|tersebut|ini)"
    rf"|Demikian|Begitu)\s+(?:{_ID_PASSIVE})(?:\s+oleh)?\s+(?P<rest>[^\n]{{0,160}})"
    # 'That was how Mayor Ruth Calloway put it.', 'Those were the words of X.'
    rf"|(?:That|This|Such)\s+(?:was|is)\s+how\s+(?P<how>[^.!?\n\"“”]{{1,80}}?)\s+"
    rf"(?:put|summed|described|explained|framed|saw)\s+(?:it|things|the\s+\w+)\b"
    rf"|(?:Those|These|Such)\s+(?:were|are)\s+the\s+words\s+of\s+(?P<of>[^\n]{{1,160}})"
    # 'That was the message from coach Tom Hadley after the game.'
    rf"|{MESSAGE_FROM.pattern}(?P<from>[^\n]{{1,160}})"
    # 'So said defence lawyer Martin Keel after the hearing.'
    rf"|(?:So|Thus)\s+(?:said|says|spoke)\s+(?P<so>[^\n]{{1,160}}))"
)
_NICKNAME_NOTE = re.compile(
    r"\s*,\s*(?:sapaan|panggilan|akrab\s+disapa|as\s+(?:he|she)\s+is\s+known)", re.I
)
_LATE_CUE = re.compile(rf",\s*(?:(?:{_ID_AFTER})(?P<nya>nya)?|{_EN_VERBS})\b")


def _head_cue(head: str, head_start: int) -> _Cue | None:
    """Return the cue in the words before a quote: 'Blinken mengatakan', 'Menurut Hua,'.

    A speech verb whose subject names nobody ('A diplomat from one member state
    said') is still a cue: the quote is then nobody's in particular, not the
    previous speaker's. Headlines speak in their own shapes: 'Menlu AS: "..."',
    'Blinken Sebut Pertemuan "Produktif"', and 'Kata Blinken, "..."' opens a sentence.
    """
    m = _HEAD_INITIAL.match(head)
    if m and (phrase := _phrase_after(m.group("rest"))):
        return _Cue(phrase, head_start, "before")
    m = _CALLED_BY.search(head)
    if m:
        # 'in what the agency called "..."', 'which she called "..."'.
        return _Cue(m.group("who").strip(), head_start + m.start("who"), "before")
    m = _IN_THE_WORDS_OF.search(head)
    if (
        m
        and (phrase := _phrase_after(head[m.end() :], comma_ends=True))
        and re.search(r"\b[A-Z]", phrase)
    ):
        # "It was, in the words of club captain Joe Pike, "a night to forget"";
        # "in the words of the club song" names nobody.
        return _Cue(phrase, head_start + m.end(), "before")
    m = _HEAD_STATEMENT_READ.search(head)
    if m:
        return _Cue(m.group("phrase"), head_start + m.start(), "before")
    m = _WORDING_READS.search(head)
    if m:
        # 'Surat itu berbunyi: "..."', 'It read: "..."': the statement's issuer.
        return _Cue(m.group("phrase"), head_start + m.start("phrase"), "before")
    m = _HEAD_PASSIVE.search(head)
    if m and (phrase := _phrase_after(m.group("rest"))):
        # 'Hal senada disampaikan Ketua DPRD Donatus David.' / '..., dijawab Budi, "..."'
        return _Cue(phrase, head_start + m.start("rest"), "before")
    unnamed = None
    verbs = [*_HEAD_VERB.finditer(head), *_HEADLINE_VERB.finditer(head)]
    sources = [
        m
        for m in verbs
        if (m.group("verb") or "").casefold() in ("menurut", "menurutnya")
        or (m.group("verb") or "").casefold().startswith("according")
    ]
    for m in sorted(verbs, key=lambda m: m.start(), reverse=True):
        if any(
            s.start() < m.start()
            and "," in head[s.end() : m.start()]
            and not _CLAUSE_BREAK.search(head, s.end(), m.start())
            for s in sources
        ):
            # "Menurut Ratih, pihak Papua Nugini menunjukkan sikap terbuka": the
            # verb after the source's comma is in what the source reports.
            continue
        if m.group("participle"):
            if body := _COMMON_BODY_OPENS.match(head, 0, m.start()):
                # "The finance ministry welcomed the ruling, calling it": the body
                # the sentence opens on, described in lower case, speaks.
                return _Cue(body.group("body"), head_start + m.start(), "before")
            return _Cue("", head_start + m.start(), "before", pronoun=True)
        verb = m.group("verb").casefold()
        if (
            verb == "asked"
            and not head[: m.start()].strip(" \"“”'")
            and (asked := _ASKED_THEN_SUBJECT.match(head, m.end()))
        ):
            # "Asked whether the news had rattled them, Harwood shook his head.":
            # the one asked, after the comma, answers.
            return _Cue(asked.group("who"), head_start + asked.start("who"), "before")
        if verb == "menurutnya":
            return _Cue("", head_start + m.start(), "before", pronoun=True)
        if verb == "menurut" or verb.startswith("according"):
            phrase = _phrase_after(head[m.end() :], comma_ends=True)
        elif doc := _DOC_SUBJECT.match(head, 0, m.start()):
            # "A letter seen by the Gazette, sent by the contractor, warned": the
            # document is the subject; its author speaks (_document_author).
            phrase = doc.group("phrase").strip(" ,")
        else:
            phrase = _subject_before(head[: m.start()])
        if phrase:
            return _Cue(
                phrase, head_start + m.start(), "before", reporting=verb in _REPORTING
            )
        unnamed = unnamed or _Cue("", head_start + m.start(), "before")
    if unnamed is None and (m := _BASED_ON.search(head)):
        # 'Berdasarkan hasil audit Inspektorat, "terdapat kelebihan bayar"': the
        # document the sentence rests on speaks, by its author.
        return _Cue(m.group("phrase"), head_start + m.start("phrase"), "before")
    if unnamed is None and (m := _HEADLINE_COLON.search(head)):
        # "Kapolda Soal Bentrok Suporter:": the words after "Soal" are the topic.
        who = _TOPIC.split(m.group(1), maxsplit=1)[0]
        return _Cue(who, head_start + m.start(1), "before")
    return unnamed


_ASKED_THEN_SUBJECT = re.compile(
    r"[^,.!?\n\"“”]{1,160},\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*)\b"
)
_CLAUSE_BREAK = re.compile(r"[.!?]\s|\n")
_WORDING_READS = re.compile(
    r"(?:^|[.!?]\s+)\W*(?P<phrase>(?:[Ss]urat(?:\s+edaran)?|[Pp]ernyataan|[Kk]eterangan"
    r"|[Ee]daran|[Ss]iaran\s+pers|[Tt]he\s+(?:statement|letter|notice|memo|release"
    r"|circular|caption|post|message|note|report|email|tweet)|[Ii]t)"
    r"(?:\s+(?:itu|tersebut|ini))?)\s+(?:berbunyi|read|reads)"
    r"\s*[:,]?\s*$"
)
_HEAD_PASSIVE = re.compile(
    rf"\b(?:{_ID_PASSIVE}|dijawab)(?:\s+oleh)?\s+(?P<rest>[^.!?\n]*?)[,:.]?\s*$"
)
# 'A statement from Harbor Lines read: "..."': the body issuing it speaks.
_HEAD_STATEMENT_READ = re.compile(
    r"(?P<phrase>\b(?:a|an|the|its)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|release)"
    r"\s+(?:from|by|of|issued\s+by)\s+[^.;:!?\n\"“”]{1,80}?)\s+reads?\s*[:,]?\s*$",
    re.IGNORECASE,
)
# Headline verbs, capitalised like every word of a headline.
_HEADLINE_VERB = re.compile(
    r"\b(?P<participle>(?!))?(?P<verb>Sebut|Minta|Tegaskan|Ungkap|Akui|Klaim|Bantah"
    r"|Nilai|Desak|Janji|Harap|Ingatkan|Tuding|Kritik|Beberkan|Jelaskan|Ajak|Imbau"
    r"|Pastikan|Says|Warns|Urges|Vows|Calls|Slams|Denies|Admits|Insists|Claims)\b"
)
# 'Menlu AS: "..."', 'Jokowi: "..."': a name and a colon, nothing else, before the quote.
_HEADLINE_COLON = re.compile(
    r"(?:^|[.!?]\s+)\W*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s*:\s*$"
)
_TOPIC = re.compile(
    r"\s+(?:soal|tentang|terkait|perihal|mengenai|usai|saat|on|about|over)\b",
    re.IGNORECASE,
)
_HEAD_INITIAL = re.compile(
    rf"^\W*(?:{_ID_AFTER})\s+(?P<rest>[^.!?\n]*?)[,:]\s*$", re.IGNORECASE
)


def _lead_in(text: str, open_at: int) -> _Cue | None:
    """Return the cue of a paragraph that introduces this one with a colon.

    'Kepala BNPB Abdul Muhari menjelaskan:' then the quote as its own paragraph.
    """
    line_end = text.rfind("\n", 0, open_at)
    before = text[:line_end].rstrip()
    if not before.endswith(":"):
        return None
    start = sentence_start(text, len(before) - 1)
    cue = _head_cue(before[start:-1] + " ", start)
    return (
        _Cue(cue.phrase, cue.at, "lead-in", cue.pronoun, cue.reporting) if cue else None
    )


def _attribute(
    text: str,
    cast: Cast,
    cues: list[_Cue],
    open_at: int,
    paragraph: int,
    said: _Said | None,
    history: tuple[list[tuple[int, str]], list[str]],
    form: str,
    newlines: list[int],
) -> tuple[Source, float]:
    first: tuple[Source, float] | None = None
    for cue in cues:
        found = _resolve_cue(cast, cue, *history)
        if found[0].speaker:
            return found
        first = first or found
    if first is not None:
        return first
    if _opens_paragraph(text, open_at) and (
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
        and (pronoun := _pronoun(cast, open_at, history[0])[0]).speaker
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
            and _anonymous_before(cast, open_at) < at
        ):
            # '"We started with one oven," Roe recalled. Hale laughed. "And one
            # customer."': the sentence right before makes another the subject.
            return Source(subject, cast.role_of(subject), "person", "pronoun"), 0.5
    # No cue: a quote that follows an attributed one continues it, in the same
    # paragraph, the next one, or after paragraphs that go on about the same speaker.
    if said is not None:
        same = said.paragraph == paragraph
        later = (
            _opens_paragraph(text, open_at)
            and paragraph - said.paragraph <= 3
            and all(
                _about(text, newlines, p, said.source.speaker)
                for p in range(said.paragraph + 1, paragraph)
            )
        )
        if same or later:
            return said.source, 0.6
    if form == "direct" and paragraph and _opens_paragraph(text, open_at):
        # 'Camat Yoseph Bera menyebut dapur umum sudah dibuka.' then the quote as
        # a paragraph of its own: the one the paragraph before reports.
        start = newlines[paragraph - 2] if paragraph >= 2 else 0
        start = _SPACE.match(text, start).end()
        end = newlines[paragraph - 1]
        cue = None
        if not any(c in text[start:end] for c in '"“”'):
            cue = _head_cue(text[start:end], start)
        if cue is not None and cue.phrase and not cue.pronoun:
            source, confidence = _resolve_cue(cast, cue, *history)
            if source.speaker:
                return source, min(confidence, 0.55)
            subject = text[sentence_start(text, cue.at) : cue.at].strip()
            if _DEFINITE_DESCRIPTION.match(subject) or _DEFINITE_DESCRIPTION.match(
                cue.phrase.strip()
            ):
                # "Pria yang sehari-hari bekerja sebagai petani itu mengaku pasrah.",
                # "The retired teacher said ...": the one just named, described.
                source, confidence = _pronoun(cast, cue.at, history[0])
                if source.speaker:
                    return source, min(confidence, 0.5)
        at, subject = cast.last_subject(open_at)
        if (
            cue is None
            and subject
            and start <= at < end
            and (_opens_sentence(text, at) or _role_opens_sentence(cast, at))
            and len(text[start:end].split()) <= 30
            and not any(c in text[start:end] for c in '"“”')
            and _anonymous_before(cast, open_at) < at
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
        and _roleish(described.group(1).split()[-1].casefold())
    ):
        # 'The Harlow boss also criticised his forwards. "..."': the sentence
        # before is about someone described, not named.
        source, confidence = _resolve_cue(
            cast,
            _Cue(described.group(1), described.end(1), "before"),
            *history,
        )
        if source.speaker and source.kind == "person":
            return source, min(confidence, 0.5)
    at, subject = cast.last_subject(open_at)
    if form == "direct" and subject and at >= paragraph_start:
        if _anonymous_before(cast, open_at) > at:
            return Source("", "", "person", "anonymous"), 0.5
        return Source(subject, cast.role_of(subject), "person", "pronoun"), 0.5
    before = text[sentence_start(text, max(paragraph_start, open_at - 2)) : open_at]
    if form == "direct" and not cues and _SAME_SUBJECT.match(before):
        # 'Ia juga mengimbau warga tenang. "Laporkan kalau ada provokasi."'
        source, _confidence = _pronoun(cast, open_at, history[0])
        if source.speaker:
            return source, 0.5
    if (
        form == "direct"
        and not cues
        and _opens_paragraph(text, open_at)
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
    if after is None and (cue := _head_cue(text[start:end], start)):
        found = _resolve_cue(cast, cue, [], [])[0] if cue.phrase else Source("")
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
        and not _AT_PLACE.search(text, max(0, m.start - 12), m.start)
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
# "di SD Inpres Tondo", "at St Mary's": the words after name a place.
_AT_PLACE = re.compile(r"\b(?:di|ke|at|in)\s+(?:[A-Z]{2,}\s+)?$")
_SPACE = re.compile(r"\s*")
_OPENING_MARKS = tuple("\"“‘'«„")
_INTERVIEW = re.compile(
    r"\b(?:wawancara\w*|mewawancarai|petikan\w*|berbincang|tanya[\s-]jawab"
    r"|berbicara\s+(?:kepada|dengan)|interview\w*|transcript|excerpts|Q&A"
    r"|spoke\s+(?:to|with))\b",
    re.IGNORECASE,
)
_INTERVIEW_OBJECT = re.compile(
    r"\b(?:mewawancarai|wawancara\s+(?:dengan|bersama)|berbincang\s+(?:dengan|bersama)"
    r"|interviewed|interview\s+with|spoke\s+(?:to|with))\s+",
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


def _resolve_cue(
    cast: Cast, cue: _Cue, spoken: list[tuple[int, str]], bodies: list[str]
) -> tuple[Source, float]:
    """Return who a cue names and how sure that is."""
    if cue.pronoun:
        quoted_as = _QUOTED_AS.search(cast.text, max(0, cue.at - 120), cue.at + 10)
        if (
            quoted_as
            and quoted_as.end() >= cue.at
            and (who := cast.resolve(quoted_as.group(1), quoted_as.start(1))).speaker
        ):
            # "The statement quoted Tom Hale as saying:": the one quoted speaks.
            return who, 0.75
        if (
            quoted_as
            and quoted_as.end() >= cue.at
            and _UNNAMED_QUOTED.fullmatch(quoted_as.group(1))
        ):
            # "Antara quoted a police spokesman as saying": somebody unnamed.
            return Source("", "", "person", "anonymous"), 0.7
        return _pronoun(cast, cue.at, spoken)
    if _THIS_ONE.search(cue.phrase):
        # "kata ayah tiga anak ini", "kata politisi Nasdem ini": "ini" points back
        # to the one just named as "itu" does.
        cue = dataclasses.replace(cue, phrase=_THIS_ONE.sub(" itu", cue.phrase))
    if (
        cue.place == "after"
        and (clause := _UNNAMED_RELATIVE.match(cast.text, cue.at))
        and _ANONYMITY.search(clause.group())
    ):
        # '"...," ungkap perempuan yang enggan disebutkan namanya itu', '"...,"
        # said a resident who asked not to be named': the cue's own clause
        # withholds the name.
        return Source("", "", "person", "anonymous"), 0.7
    if cue.phrase.strip().casefold() in _FIRST_PERSON:
        # 'Saya bertanya, "Apakah Bapak akan mundur?"', 'I asked him: "..."': the
        # reporter writing, whom the article does not name as a speaker.
        return Source("", "", "person", "anonymous"), 0.6
    if passive := _QUOTED_PASSIVE.search(cue.phrase):
        # '"...," the regent was quoted as saying by Antara': the regent speaks.
        cue = dataclasses.replace(cue, phrase=cue.phrase[: passive.start()])
    if (
        cue.place == "before"
        and re.fullmatch(_MEDIUM_KIND, cue.phrase.strip())
        and (
            named := _MEDIUM_NAME_QUOTED.search(
                cast.text, sentence_start(cast.text, cue.at), cue.at
            )
        )
    ):
        # 'The business daily "Ledger Today" wrote': the medium by its name.
        return Source(named.group("name").strip(), "", "medium", "medium"), 0.75
    if _PANEL.fullmatch(cue.phrase.strip()):
        # "Menurut majelis,", "Majelis menilai": the bench of judges speaks for
        # the court the article names, else as the bench.
        court = _court_before(cast.text, cue.at)
        return Source(court or "majelis hakim", "", "institution", "institution"), 0.6
    if (body := _COMMON_BODY_WHOLE.fullmatch(cue.phrase.strip())) and (
        words := _body_words(body)
    ):
        # "China's foreign ministry said", "the transport ministry said": a body
        # the report describes in lower case rather than names.
        return Source(words, "", "institution", "institution"), 0.7
    if (bare := _THE_BODY_NOUN_ONLY.fullmatch(cue.phrase.strip())) and (
        words := _common_body_back(cast.text, bare.group(1).casefold(), cue.at)
    ):
        # "The pilots' union ... In a post, the union wrote": the body described
        # so before.
        return Source(words, "", "institution", "institution"), 0.6
    # Where the phrase ends: a cue's position is near its phrase, not always on it.
    phrase_at = (
        cast.text.find(
            cue.phrase.strip(),
            max(0, cue.at - 200),
            cue.at + 200 + len(cue.phrase),
        )
        if cue.phrase.strip()
        else -1
    )
    base = max(0, phrase_at - 160)
    head = cast.text[base : phrase_at + len(cue.phrase.strip())]
    if (
        phrase_at >= 0
        and not cue.for_body
        and any(word in head for word in _VOICE_HINTS)
        and (spoken_for := _SPOKESPERSON_FOR_THE.search(head))
    ):
        # "a spokeswoman for the company said", "juru bicara perusahaan itu",
        # "manajemen perusahaan": the body named before speaks through them; a
        # body never named stays nobody.
        group = next(g for g in _BODY_GROUPS if spoken_for.group(g))
        body = spoken_for.group(group)
        if not _DEFINITE.search(body):
            body += " itu"  # "manajemen perusahaan": the company spoken of
        found, confidence = _resolve_cue(
            cast,
            dataclasses.replace(
                cue, phrase=body, at=base + spoken_for.start(group), for_body=True
            ),
            spoken,
            bodies,
        )
        if found.kind == "institution" and _NAMED.search(found.speaker):
            return Source(found.speaker, "", "institution", "spokesperson"), min(
                confidence, 0.6
            )
        return Source("", "", "institution", "anonymous"), 0.5
    if (
        document := _document_author(
            cast, "the document" if cue.document else cue.phrase, cue.at
        )
    ) is not None:
        # "the assessment states", "tulis pemilik akun", "The letter, signed by
        # Dana Whitlock,": a document or a post speaks for its author.
        return document
    if (
        cue.place == "before"
        and re.match(r"(?:[Tt]he\s+)?[a-z]", cue.phrase.strip())
        and (
            within := _WITHIN_DOC.match(
                cast.text, sentence_start(cast.text, cue.at), cue.at
            )
        )
        and (found := _document_author(cast, within.group("doc"), within.end("doc")))
        and found[0].speaker
    ):
        # "Dalam rilis itu, polisi menyebut": the body whose release it is.
        return found
    if cue.document:
        # '"...," it reads.': a memo whose author the article does not name.
        return Source("", "", "", "anonymous"), 0.5
    lead = ""
    if cue.place == "before":
        lead = cast.text[sentence_start(cast.text, cue.at) : cue.at]
        at = lead.rfind(cue.phrase.strip()) if cue.phrase.strip() else -1
        lead = lead[:at] if at >= 0 else lead
    if (
        (
            _INDEFINITE_HEAD.fullmatch(lead)
            if lead.strip()
            else _INDEFINITE_HEAD.match(cue.phrase)
        )
        and not _NOT_UNNAMED.search(lead + cue.phrase)
        and not _APPOSED_NAME_IN.search(cue.phrase)
    ):
        # "A source close to the mayor said", "a lawyer for Tom Hale said": the
        # subject is somebody unnamed; the words after it name someone else.
        return Source("", "", "person", "anonymous"), 0.6
    if body_voice := _BODY_SPOKESPERSON.fullmatch(cue.phrase.strip()):
        # "a Home Office spokesperson said": the body speaks through them.
        found = cast.resolve(body_voice.group("body"), cue.at)
        if found.kind != "person":
            return Source(
                found.speaker or body_voice.group("body"),
                "",
                "institution",
                "spokesperson",
            ), 0.7
    if kin := _KIN_OF.match(cue.phrase.strip()):
        # "her husband added" after "Anna Berg and her husband, Lars,": the one
        # named beside those words; else somebody the article does not name.
        if named := _apposed_to(cast.text, kin.group("words"), cue.at):
            return cast.resolve(named, cue.at), 0.65
        return Source("", "", "person", "anonymous"), 0.5
    if _BARE_MANAGEMENT.fullmatch(cue.phrase.strip()):
        # "kata manajemen", "the management said": those who run the body the
        # article named with them ("Manajemen RSUD Sirangga"), or quoted last.
        if named := _managed_body_before(cast, cue.at):
            return Source(named, "", "institution", "institution"), 0.6
        if bodies:
            return Source(bodies[-1], "", "institution", "institution"), 0.55
        return Source("", "", "institution", "anonymous"), 0.5
    if _THE_SPOKESPERSON.match(cue.phrase.strip()) and (
        intro := _last_spokesperson_intro(cast.text, cue.at)
    ):
        # "A council spokesperson said ... "...," the spokesperson said": the one
        # brought in before, for the body named then.
        found, confidence = _resolve_cue(
            cast,
            dataclasses.replace(
                cue, phrase=intro.group(), at=intro.start(), place="before"
            ),
            spoken,
            bodies,
        )
        if found.speaker:
            return found, min(confidence, 0.65)
    if (
        (described := _DESCRIBED_BODY.match(cue.phrase.strip()))
        and (is_org_word(described.group(1)) or described.group(1) == "firm")
        and (body := _body_subject(cast, cue.at) or (bodies[-1] if bodies else ""))
    ):
        # "Brennan Foods will close ... The Corran-based group said": a body
        # described, not named; the one the article spoke of last.
        return Source(body, "", "institution", "institution"), 0.6
    if _STATEMENT_REF.match(cue.phrase.strip()):
        # "the statement said": whoever the article said issued a statement last.
        owner = _statement_owner(cast.text, cue.at)
        if not owner:
            return Source(""), 0.4
        source = _issuer(cast, cast.resolve(owner, cue.at))
        return source, 0.7 if source.speaker else 0.4
    if cue.phrase.strip() in ("It", "it"):
        # "It said in a statement that ...": the institution quoted last, or the
        # one whose statement the article reported ("X said in a statement ...").
        owner = _statement_owner(cast.text, cue.at)
        if owner and owner.casefold() != "it":
            source = _issuer(cast, cast.resolve(owner, cue.at))
            if source.kind == "institution":
                return source, 0.6
        if not owner and _unnamed_issuer(cast.text, cue.at):
            # "The space agency that operates the telescope said in a statement
            # ... "...," it said": a body the article never names.
            return Source("", "", "institution", "anonymous"), 0.6
        if bodies:
            return Source(bodies[-1], "", "institution", "pronoun"), 0.6
        if named := _body_named_before(cast, cue.at):
            # "The Port Authority closed the harbour. ... "...," it said": the body
            # named last, though nobody quoted it yet.
            return Source(named, "", "institution", "pronoun"), 0.55
    word = cue.phrase.strip()
    if (
        cue.place == "before"
        and _PLURAL_AGENTS.fullmatch(word)
        and word.casefold() not in MEDIA_WORDS | KNOWN_MEDIA
        and not is_org_word(word.casefold())
        and not cast.part_of_full_name(word)
        and all(
            _opens_sentence(cast.text, m.start())
            for m in re.finditer(rf"\b{word}\b", cast.text)
        )
    ):
        # "Prosecutors said", "Rescuers told": a plural noun for people opening
        # its sentence, never written as anyone's name.
        return Source("", "", "person", "anonymous"), 0.6
    if _SOURCE_OF.match(cue.phrase.strip()):
        # "kata sumber Kabarpagi", "a source at the ministry": nobody named.
        return Source("", "", "person", "anonymous"), 0.6
    parsed = parse_phrase(cue.phrase)
    if STATEMENT_OF.match(cue.phrase.strip()):
        # "a statement from Orchard Valley Transit": a body, unless a known person.
        return _issuer(cast, cast.resolve_parsed(parsed, cue.at)), 0.8
    if (
        parsed.kind == "institution"
        and not parsed.name
        and parsed.role.istitle()
        and parsed.role.casefold() in ORG_WORDS
        and _DEFINITE.search(cue.phrase)
    ):
        # "Perusahaan itu juga menyebut": the generic noun opening a sentence.
        parsed = Parsed("", parsed.role.casefold(), "institution")
    if cue.reporting and not parsed.pronoun and parsed.kind != "person":
        parsed = Parsed(parsed.name, parsed.role, "medium")
    if parsed.pronoun:
        gender = _GENDER_OF_PRONOUN.get(cue.phrase.strip().casefold(), "")
        source, confidence = _pronoun(cast, cue.at, spoken, gender)
        if gender and source.speaker and source.kind == "person":
            cast.note_gender(source.speaker, gender)
        if (
            cue.phrase.strip().casefold() == "beliau"
            and source.kind == "person"
            and source.speaker
            and not cast.role_of(source.speaker)
        ):
            # "kata beliau": the respectful pronoun goes to the official of the
            # paragraph, not to the resident named since.
            paragraph = cast.text.rfind("\n", 0, cue.at) + 1
            titled = next(
                (
                    person
                    for at, person in cast.subjects_before(cue.at)
                    if at >= paragraph and cast.role_of(person)
                ),
                "",
            )
            if titled:
                return Source(titled, cast.role_of(titled), "person", "pronoun"), 0.6
        return source, confidence
    if (age := _AGE_IN_CUE.search(cue.phrase)) and (
        aged := _person_of_age(cast, age.group(1) or age.group(2), cue.at)
    ):
        # "tutur perempuan 38 tahun itu" after "Siti Rahayu (38)": the one that age.
        return Source(aged, cast.role_of(aged), "person", "pronoun"), 0.7
    gendered = _GENDERED_PERSON.match(cue.phrase.strip())
    if gendered and _described_before(cast.text, cue.phrase, cue.at) is None:
        # "the woman said", "kata pria itu": a pronoun with a noun, for the one just
        # named or brought in unnamed ("One baker, who asked not to be named").
        noun = (gendered.group("noun") or gendered.group("noun2")).casefold()
        found, confidence = _pronoun(cast, cue.at, spoken, _GENDER_OF_NOUN[noun])
        return found, min(confidence, 0.6)
    if (apposed := _DESCRIPTION_THEN_NAME.fullmatch(cue.phrase.strip())) and (
        named := cast.resolve(apposed.group(1), cue.at)
    ).speaker:
        # "the husband of Ann Roe, Tom Hale", "a friend of the family, Tom Hale": the
        # name in apposition is the speaker, not the one the description mentions.
        return named, 0.85
    if owned := _PRONOUN_OWNERS_VOICE.fullmatch(cue.phrase.strip()):
        # "She told him the deal was not ready, her office said": the owner speaks,
        # as with "Ann Roe's office said".
        gender = {"his": "m", "her": "f"}.get(owned.group(1).casefold(), "")
        found, confidence = _pronoun(cast, cue.at, spoken, gender)
        if found.speaker and found.kind == "person":
            return found, min(confidence, 0.6)
    if owned := _OWNERS_VOICE.fullmatch(cue.phrase.strip()):
        # "Ann Roe's office said", "Harbor Steel's spokesman said": the owner speaks.
        owner = cast.resolve(owned.group(1), cue.at)
        if owner.speaker:
            return owner, 0.65
    if (the_role := _THE_ROLE.fullmatch(cue.phrase.strip())) and (
        holder := _role_holder_in_text(cast, the_role.group(1), cue.at)
    ):
        # "Tom Hale, the coach, and Ann Roe, the captain ... the captain said",
        # "named Tom Hale as chief executive ... the chief executive said".
        return Source(holder, the_role.group(1), "person", "role"), 0.65
    epithet = cast.by_epithet(cue.phrase, cue.at)
    if epithet == "" and (top := TOP_OFFICE.fullmatch(cue.phrase.strip())):
        # "Helen Marsh, the district attorney, ... the city's top prosecutor said".
        epithet = next(
            (
                holder
                for office in TOP_OFFICES.get(top.group("noun").casefold(), ())
                if (holder := _role_holder_in_text(cast, office, cue.at))
            ),
            "",
        )
    if epithet is not None:
        # "kata orang nomor satu di NTB itu", "the city's top prosecutor said".
        if (
            not epithet
            and _FORMER.match(cue.phrase.strip())
            and (subject := _paragraph_subject(cast, cue.phrase, cue.at))
        ):
            # "ucap mantan anggota DPRD itu" after "Hasnah meminta ...": an office
            # once held, so nobody's now; new words about the paragraph's subject.
            return Source(subject, cast.role_of(subject), "person", "pronoun"), 0.5
        if not epithet:
            return Source("", cue.phrase.strip(), "", "role"), 0.4
        return Source(epithet, cue.phrase.strip(), "person", "role"), 0.7
    source = cast.resolve_parsed(parsed, cue.at)
    # "tegas politikus Golkar tersebut": one unknown word is the party, not a name.
    unknown_word = (
        source.kind == "person"
        and len(source.speaker.split()) == 1
        and not cast.part_of_full_name(source.speaker)
    )
    alias = cast.people.get(fold(cue.phrase.strip()), "")
    if (
        re.fullmatch(r"[A-Z]{2,6}", cue.phrase.strip())
        and " " in alias
        and "".join(w[0] for w in alias.split()).upper() == cue.phrase.strip()
    ):
        # "Agus Harimurti Yudhoyono (AHY) ... kata AHY": the short name in brackets.
        return Source(alias, cast.role_of(alias), "person", "name"), 0.85
    if re.fullmatch(r"[A-Z]{2,6}", cue.phrase.strip()) and (
        holder := _acronym_holder(cast, cue.phrase.strip(), cue.at)
    ):
        # "Jaksa Penuntut Umum (JPU) Rahmat Hidayat ... kata JPU": the office's
        # short form given in brackets before its holder's name.
        return Source(holder, cue.phrase.strip(), "person", "role"), 0.7
    if (
        (
            _THE_DEMONYM.match(cue.phrase.strip())
            or (
                _THE_ONE_WORD.match(cue.phrase.strip())
                and source.kind == "person"
                and not cue.reporting  # "the Times reported": a newspaper
            )
        )
        and len(source.speaker.split()) == 1
        and not cast.part_of_full_name(source.speaker)
    ):
        # "the Portuguese said", "the Brazilian added", "the Scot replied": a
        # nationality for the person just named, never a name of its own after "the".
        if of_country := _of_nationality(cast, cue.phrase.split()[-1], cue.at):
            # "Spanish striker Leo Diaz ... the Spaniard said": the one whose
            # role gives that country, before the one named since.
            return Source(of_country, cast.role_of(of_country), "person", "role"), 0.65
        found, confidence = _pronoun(cast, cue.at, spoken)
        if found.speaker:
            return found, min(confidence, 0.6)
    if source.how != "role" and (
        holder := _office_named_before(cast, cue.phrase, cue.at)
    ):
        # "ujar Kabid Bina Marga itu", "kata Kasatreskrim itu": the person named
        # with that office, however the office was spelled out then (an office
        # the cast resolves itself, "kata Ketua KPU itu", stands).
        return Source(holder, cast.role_of(holder), "person", "role"), 0.7
    if (
        (not source.speaker or unknown_word or source.kind == "institution")
        and (_DEFINITE.search(cue.phrase) or cue.phrase.strip().startswith("sang "))
        and (holder := _holder_of_head(cast, cue.phrase, cue.at))
    ):
        # "kata pelatih asal Kroasia itu": the coach named last, not the captain.
        return Source(holder, cast.role_of(holder), "person", "role"), 0.6
    # "kata politikus Partai Karya Bangsa tersebut": the words after "Partai" name
    # the party, not the politician.
    after_body = (
        source.kind == "person"
        and bool(parsed.role)
        and is_org_word(parsed.role.split()[-1].casefold())
    )
    if (
        source.kind == "institution" or unknown_word or after_body
    ) and _PERSON_BY_DESCRIPTION.match(cue.phrase.strip()):
        # "kata politikus PDIP itu": a person described by their party, not the party.
        first = cue.phrase.split()[0].casefold()
        if not is_org_word(first) and first not in MEDIA_WORDS:
            if member := _member_of(cast, cue.phrase, cue.at):
                return Source(member, cast.role_of(member), "person", "role"), 0.6
            found, confidence = _pronoun(cast, cue.at, spoken)
            if found.speaker:
                return found, min(confidence, 0.6)
    if (
        not source.speaker
        and source.kind == "institution"
        and _DEFINITE.search(cue.phrase)
        and (owner := _statement_owner(cast.text, cue.at))
    ):
        # "Harbor Steel said in a statement ... "...," the company said": the body
        # that issued the statement, though its name carries no "Ltd" or "PT".
        issuer = _issuer(cast, cast.resolve(owner, cue.at))
        if issuer.kind == "institution":
            return issuer, 0.6
    if (
        not source.speaker
        and source.kind == "institution"
        and bodies
        and _DEFINITE.search(cue.phrase)
    ):
        # "tulis perusahaan itu", "the company said": the institution quoted last.
        return Source(bodies[-1], source.role, "institution", "institution"), 0.65
    if _plural_group(cue.phrase) and (
        not source.speaker or fold(source.speaker) == fold(cue.phrase)
    ):
        # "residents said", "several traders told reporters": nobody named.
        return Source("", "", "person", "anonymous"), 0.6
    if (
        not source.speaker
        and source.kind == "institution"
        and _DEFINITE.search(cue.phrase)
        and (
            body := _body_subject(cast, cue.at)
            or _bare_subject_body(cast, cue.at)
            or _body_by_shape(cast, cue.at)
        )
    ):
        # "Harbor Steel said output fell. ... "...," the company said": "the
        # company" points back to the subject no word shows to be a person.
        return Source(body, "", "institution", "institution"), 0.55
    if (
        not source.speaker
        and _BARE_SPOKESPERSON.match(cue.phrase.strip())
        and (body := _body_said_before(cast, cue.at))
    ):
        # "The Water Authority said supplies were safe. "...," a spokesman said.":
        # the body the sentence before quoted.
        return Source(body, "", "institution", "spokesperson"), 0.6
    if _UNNAMED_PHRASE.match(cue.phrase.strip()) and (
        not source.speaker
        # "A source close to the mayor", "an aide to the minister": somebody
        # unnamed, whoever the words after the noun point to.
        or (source.kind == "person" and not _NOT_UNNAMED.search(cue.phrase))
    ):
        # "a trader said", "kata seorang warga": somebody the article does not name.
        return Source("", "", "person", "anonymous"), 0.6
    if not source.speaker and (ahead := _described_ahead(cast, cue.phrase, cue.at)):
        # '"...," tulis pemilik akun. ... Pemilik akun tersebut, Riko Saputra (27),
        # ...': the description names its holder in the sentences after.
        return ahead, 0.6
    described = _described_before(cast.text, cue.phrase, cue.at)
    if not source.speaker and described == "":
        # "A person familiar with ... said ... 'the person said'": still nobody named.
        return Source(""), 0.4
    if not source.speaker and described:
        # "A resident, Dana Whitlow, said ... 'the resident said'".
        return cast.resolve(described, cue.at), 0.7
    if not source.speaker and (officer := _officer_by_stars(cast, cue.phrase, cue.at)):
        # "ujar jenderal bintang dua itu": the last one named with that rank.
        return Source(officer, cast.role_of(officer), "person", "role"), 0.6
    facility = _THE_FACILITY.fullmatch(cue.phrase.strip())
    if (
        facility
        and (not source.speaker or source.kind == "person")
        and facility.group(1) not in TITLES
        and facility.group(1) not in PEOPLE_NOUNS
    ):
        # "the hospital said" after "Calder General Hospital", "the trust said" after
        # "Ashgrove Hospitals Trust": the body by the name its noun ends.
        if named := _named_body_before(cast.text, facility.group(1), cue.at):
            return Source(named, "", "institution", "institution"), 0.65
        if facility.group(1) in FACILITIES and not source.speaker:
            # A body the article never names: nobody, never the person named last.
            return Source("", "", "institution", "institution"), 0.4
    if (
        not source.speaker
        and (collective := _THE_COLLECTIVE.match(cue.phrase.strip()))
        and (collective.group("noun") or "panitia") in _COLLECTIVE_BODIES
    ):
        # "The race jury said", "kata panitia itu": a body, by its name if the
        # article gave one ending in that noun ("Vellmar Race Jury"), else nobody.
        noun = collective.group("noun") or "panitia"
        if named := _named_body_before(cast.text, noun, cue.at):
            return Source(named, "", "institution", "institution"), 0.65
        return Source("", "", "institution", "anonymous"), 0.6
    if not source.speaker and _is_anaphor(cue.phrase):
        # "tutur pemain berusia 27 tahun itu", "the 27-year-old said": the one just named.
        source, confidence = _pronoun(cast, cue.at, spoken)
        if not source.speaker and (lone := _lone_speaker(cast, cue.at)):
            # "Budi said ... "...," the 40-year-old farmer said": a one-word name
            # the article gives no role, but which speaks.
            return Source(lone, "", "person", "pronoun"), 0.55
        return source, min(confidence, 0.6)
    if (
        source.kind == "person"
        and source.speaker
        and " " not in source.speaker
        and re.search(
            rf"\b{re.escape(source.speaker)},\s+which\b",
            cast.text[sentence_start(cast.text, cue.at) : cue.at + len(cue.phrase)],
        )
    ):
        # "Tallypay, which has 2.3 million users, said": "which" is for a body.
        return Source(source.speaker, "", "institution", "institution"), 0.7
    if not source.speaker and (proper := _THE_PROPER_ROLE.match(cue.phrase.strip())):
        # "the Labour councillor", "the Portuguese striker": the party or the
        # country the article never wrote beside the name; the role alone.
        found, confidence = _resolve_cue(
            cast,
            dataclasses.replace(cue, phrase=f"the {proper.group(1)}"),
            spoken,
            bodies,
        )
        if found.speaker:
            return found, min(confidence, 0.6)
    if (
        (body_noun := _THE_BODY_NOUN.match(cue.phrase.strip()))
        and fold(source.speaker) in ("", body_noun.group(1))
        and (is_org_word(body_noun.group(1)) or body_noun.group(1) == "agency")
        and (named := _body_named_after(cast.text, cue.at))
    ):
        # '"Stay indoors," the agency said. The Kessing Weather Bureau also ...':
        # a body no name before points to, named in the sentences after.
        return Source(named, "", "institution", "institution"), 0.55
    if not source.speaker and _NAMED_EXECUTIVE.fullmatch(cue.phrase.strip()):
        # The whole name, though the phrase may keep only its last words.
        end = phrase_at + len(cue.phrase.strip()) if phrase_at >= 0 else -1
        whole = _NAMED_EXECUTIVE.search(cast.text[base:end]) if end >= 0 else None
        name = " ".join(
            _drop_openers(
                (whole or _NAMED_EXECUTIVE.fullmatch(cue.phrase.strip()))
                .group(1)
                .split()
            )
        )
        if not any(w.casefold() in TITLES for w in name.split()[:-1]):
            # "the Health and Safety Executive said": a body whose name ends in
            # "Executive", not "the Chief Executive" (a title before it).
            return Source(name, "", "institution", "institution"), 0.75
    if (
        not source.speaker
        and source.how == "role"
        and re.fullmatch(r"[a-z][\w-]*", cue.phrase.strip())
        and (holder := _role_holder_in_text(cast, cue.phrase.strip(), cue.at))
    ):
        # "jaksa penuntut umum Rina Kartika ... Menurut jaksa,": a role in lower
        # case, given before to one person the article names.
        return Source(holder, cue.phrase.strip(), "person", "role"), 0.6
    if not source.speaker and (subject := _paragraph_subject(cast, cue.phrase, cue.at)):
        # "Trustee Amanda Cole voted no. The first-term trustee called the plan":
        # a description with nothing else to go on is the paragraph's subject.
        return Source(subject, cast.role_of(subject), "person", "pronoun"), 0.5
    confidence = {
        "name": 0.9,
        "surname": 0.85,
        "role": 0.75,
        "institution": 0.8,
        "medium": 0.8,
        "spokesperson": 0.75,
    }.get(source.how, 0.4)
    if not source.speaker:
        confidence = 0.4
    elif source.how == "name" and len(source.speaker.split()) == 1:
        confidence = 0.75  # a surname the article never gives in full
    if cue.place in ("late", "lead-in"):
        confidence -= 0.1
    return source, confidence


_STARS = re.compile(
    r"\bjenderal\s+(?:polisi\s+|TNI\s+)?bintang\s+(satu|dua|tiga|empat)\b", re.I
)
# The ranks of one to four stars, in the army, the police, the navy and the air force.
_RANKS_BY_STARS = {
    "satu": re.compile(r"\b(?:brigjen|brigadir\s+jenderal|laksma|marsma)\b", re.I),
    "dua": re.compile(
        r"\b(?:mayjen|irjen|laksda|marsda|mayor\s+jenderal|inspektur\s+jenderal)\b",
        re.I,
    ),
    "tiga": re.compile(
        r"\b(?:letjen|komjen|laksdya|marsdya|letnan\s+jenderal|komisaris\s+jenderal)\b",
        re.I,
    ),
    "empat": re.compile(
        r"(?:^|\s)(?:jenderal|laksamana|marsekal)\b(?!\s+bintang)", re.I
    ),
}


_FORMER = re.compile(r"(?:(?:[Tt]he|sang)\s+)?(?:mantan|eks|bekas|former|ex-)", re.I)
# "The first-term trustee", "mantan anggota DPRD itu": one person described.
_EN_DESCRIPTION = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)")
_ID_DESCRIPTION = re.compile(
    r"(?:(?:mantan|eks|bekas|sang)\s+)?(?P<head>[a-z][\w-]*)"
    r"(?:\s+(?:[a-z][\w-]*|[A-Z]{2,6}))*\s+(?:itu|tersebut)"
)


def _paragraph_subject(cast: Cast, phrase: str, at: int) -> str:
    """Return the person a description stands for: the paragraph's last subject.

    Only a description of one person ("the first-term trustee", "mantan anggota
    DPRD itu"), never of a body, a medium or many ("the company", "warga itu"
    counts one); "" when the paragraph names no person as a subject before at.
    """
    phrase = phrase.strip()
    described = _EN_DESCRIPTION.fullmatch(phrase) or _ID_DESCRIPTION.fullmatch(phrase)
    if not described:
        return ""
    head = described.group("head").casefold()
    if (
        is_org_word(head)
        or head in MEDIA_WORDS
        or head in FUNCTION_WORDS
        or head in _NOT_ONE_PERSON
        or _plural_group(phrase)
        or (head.endswith("s") and not head.endswith("ss"))
    ):
        return ""
    where, subject = cast.last_subject(at)
    paragraph_start = cast.text.rfind("\n", 0, at) + 1
    if not subject or where < paragraph_start:
        return ""
    return subject


def _officer_by_stars(cast: Cast, phrase: str, pos: int) -> str:
    """Return the last person before pos whose rank has as many stars as phrase says.

    Failing one, the first after: a lead may call the officer "jenderal bintang
    dua itu" before the next paragraph names "Irjen Pol Bambang Hermawan".
    """
    m = _STARS.search(phrase)
    if not m:
        return ""
    rank = _RANKS_BY_STARS[m.group(1).casefold()]
    i = cast.mention_index(pos)
    for mention in [*reversed(cast.mentions[:i]), *cast.mentions[i:]]:
        if mention.name and rank.search(mention.role):
            return cast.full_name(mention.name, mention.start)
    return ""


# Shapes that show capitalised words name a body, not a person: "The Skelbeck
# Skyline, which carries ...", "Skyline's managing director, Owen Rathbone".
_BODY_SHAPES = re.compile(
    r"(?P<which>(?:\b[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*),\s+which\b"
    r"|(?P<owner>(?:\b[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*)['’]s\s+(?:[a-z-]+\s+)?"
    r"(?:director|executive|chairman|chairwoman|chair|president|owner|founder|boss"
    r"|manager|spokes(?:man|woman|person)|operator|board|shareholders|employees)\b"
)


def _body_by_shape(cast: Cast, pos: int) -> str:
    """Return the body last named before pos in a shape no person's name takes.

    "X, which ..." or "X's managing director": X is a body, though its name
    carries no institution word; given by the longest name the article writes
    that ends with it ("Skyline's" after "The Skelbeck Pike Skyline").
    """
    found = ""
    for m in _BODY_SHAPES.finditer(cast.text, max(0, pos - 2500), pos):
        name = " ".join(_drop_openers((m.group("which") or m.group("owner")).split()))
        if not name:
            continue
        longer = re.findall(
            rf"(?:\b[A-Z][\w'’&-]*\s+)+{re.escape(name)}\b", cast.text[:pos]
        )
        name = max(
            [name, *(" ".join(_drop_openers(n.split())) for n in longer)], key=len
        )
        full = cast.full_name(name, m.start())
        if cast.role_of(full) or cast.gender(full):
            continue  # "Ann Roe's chief of staff": a person's, with a role or pronoun
        found = name
    return found


def _named_body_before(text: str, noun: str, at: int) -> str:
    """Return the last name before `at` that ends in `noun` ("Ashgrove Hospitals Trust"), or "".

    Capitalised words before the noun make the name; an opener ("The", "But")
    is not part of it, and the noun alone is no name.
    """
    noun = noun.capitalize()
    for found in reversed(re.findall(rf"(?:\b[A-Z][\w'’-]*\s+)+{noun}\b", text[:at])):
        if len(words := _drop_openers(found.split())) >= 2:
            return " ".join(words)
    return ""


def _drop_openers(words: list[str]) -> list[str]:
    while words and words[0].casefold() in FUNCTION_WORDS:
        words = words[1:]
    return words


_THE_FACILITY = re.compile(r"[Tt]he\s+([a-z]+)")
# "a spokesman", "a company spokesperson": a body's, the noun saying which kind.
_BARE_SPOKESPERSON = re.compile(
    r"(?i:an?|one|the)\s+(?:(?:company|firm|club|council|hospital|government"
    r"|ministry|police|school|university|airline|union|party|campaign|group)\s+)?"
    r"spokes(?:man|woman|person)$"
)
# A body opening its sentence with a speech verb: "The Water Authority said".
_BODY_SAID = re.compile(
    rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?P<body>(?:The\s+)?[A-Z][\w'’&-]*"
    rf"(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’&-]*)*)\s+{_ADVERBS}"
    rf"(?:{_EN_VERBS}|{_ID_ACTIVE})\b"
)


def _body_said_before(cast: Cast, pos: int) -> str:
    """Return the institution that last spoke in the two sentences before pos."""
    start = sentence_start(cast.text, pos)
    floor = sentence_start(cast.text, max(0, start - 2))
    found = ""
    for m in _BODY_SAID.finditer(cast.text, floor, start):
        source = cast.resolve(m.group("body"), m.start())
        words = m.group("body").casefold().split()
        if source.kind == "institution" and is_org_word(words[-1]):
            found = source.speaker

    return found


def _lone_speaker(cast: Cast, pos: int) -> str:
    """Return a one-word name that opened a sentence of speech shortly before pos."""
    floor = max(0, pos - 400)
    for mention in reversed(cast.mentions):
        if mention.start >= pos:
            continue
        if mention.start < floor:
            break
        if (
            mention.subject
            and len(mention.name.split()) == 1
            and _opens_sentence(cast.text, mention.start)
            and _BARE_SUBJECT_VERB.match(cast.text, mention.end)
            and not is_org_word(mention.name.casefold())
            and mention.name.casefold() not in MEDIA_WORDS
        ):
            return cast.full_name(mention.name, mention.start)
    return ""


_QUOTED_PASSIVE = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted|cited|heard)(?:\s+as)?\s*$"
)
_DESCRIPTION_THEN_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][^,]*,\s*"
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)(?:\s*,?\s*\d{1,3})?"
)
_QUOTED_AS = re.compile(
    r"\bquoted\s+(?!by\b)([^.;:!?\"“”]{2,80}?)\s+as(?:\s+saying)?\b"
)
# The words after a quote up to its cue's relative clause, which ends the sentence:
# "ungkap perempuan yang enggan disebutkan namanya itu".
_UNNAMED_RELATIVE = re.compile(
    r"[\s,\"”’]*(?:[a-z][\w-]*\s+){1,4}(?:yang|who)\s[^.!?\n\"“”A-Z]{5,80}"
)
# "a police spokesman", "an official": lower-case words after an indefinite article.
_UNNAMED_QUOTED = re.compile(
    r"(?:an?|one|another)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
)
_PRONOUN_OWNERS_VOICE = re.compile(
    r"([Hh]is|[Hh]er)\s+(?:office|spokes(?:man|woman|person)|press\s+(?:office"
    r"|secretary)|camp|representatives?)"
)
_OWNERS_VOICE = re.compile(
    r"(?:[Aa]ccording\s+to\s+)?((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)['’]s?\s+"
    r"(?:office|spokes(?:man|woman|person)|press\s+(?:office|secretary)|camp"
    r"|representatives?)"
)
# "the captain", "the chief executive", "the club's coach": a role, defined.
_THE_ROLE = re.compile(r"(?:[Tt]he)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_NAME = r"([A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]+){1,3})"


# Words that join a role to what follows it, never part of the role's own words.
_LINKING = (
    r"(?:of|the|a|an|for|at|in|from|to|with|and|or|on|by|dari|di|ke|untuk|dan|atau"
    r"|pada|yang|oleh|dengan|itu|tersebut)"
)


# Words shaped like verbs ("fined", "says", "menuntut", "dipecat"): no role's.
_VERB_SHAPE = r"(?:[a-z]+(?:ed|es|s)|(?:me|ber|di|ter)[a-z]+)"


def _role_holder_in_text(cast: Cast, role: str, pos: int) -> str:
    """Return the person the text before pos gives role, the last one, "" if none.

    "Ann Roe, the captain,", "Tom Hale as chief executive", "captain Ann Roe".
    """
    words = role.split()
    if not _roleish(words[-1].casefold()) or is_org_word(words[-1].casefold()):
        return ""
    role_re = r"\s+".join(map(re.escape, words))
    pattern = re.compile(
        rf"{_NAME}(?:\s*,\s*(?:\d{{1,3}}\s*,\s*)?(?:the|a|an|its|their|his|her)\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?|\s+as\s+(?:the\s+|its\s+|a\s+)?(?:[\w'’-]+\s+){{0,2}}?)"
        # The apposition closes after the role: "Ann Roe, the captain, said".
        rf"{role_re}\b(?=\s*[,;)]|\s+(?:of|for|at|in|since)\b)"
        # "captain Ann Roe", "jaksa penuntut umum Rina Kartika": the role and its
        # lower-case words, then the name.
        rf"|\b{role_re}(?:\s+(?!{_LINKING}\b|{_VERB_SHAPE}\b)[a-z][\w-]*){{0,2}}"
        rf"\s*,?\s+{_NAME}",
    )
    found = ""
    for m in pattern.finditer(cast.text, 0, pos):
        if any(a <= m.start() < b for a, b in cast.quoted):
            continue
        name = cast.full_name(m.group(1) or m.group(2), m.start())
        if fold(name) in cast.people:
            found = name
    return found


def _of_nationality(cast: Cast, demonym: str, pos: int) -> str:
    """Return the last subject before pos whose role says the demonym's country.

    "Spanish striker" for "the Spaniard", "Brazilian" for "the Brazilian": the
    words share their first four letters.
    """
    stem = demonym.casefold()[:4]
    if len(stem) < 4:
        return ""
    for _at, person in cast.subjects_before(pos):
        if any(w.startswith(stem) for w in _role_words(cast.role_of(person))):
            return person
    return ""


# "Kabid Bina Marga itu", "Kasatreskrim tersebut": an office, capitalised, then
# "itu": the words after its first (the office's own name) or the office itself.
_OFFICE_THAT = re.compile(
    r"(?P<head>[A-Z][\w.-]*)(?P<rest>(?:\s+[A-Z(][\w.()&-]*)*)\s+(?:itu|tersebut)"
)
# The words of an office, then its holder apposed: "Kepala Bidang Bina Marga pada
# Dinas PUPR provinsi, Ir. Sutrisno Hadi Lubis".
_THEN_HOLDER = re.compile(
    r"[^.;!?\n\"“”,]{0,120}?,\s*(?:(?:[A-Z][a-z]{0,3}|[a-z]{1,3})\.\s*)*"
    r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)


def _office_named_before(cast: Cast, phrase: str, pos: int) -> str:
    """Return the person named earlier with the office phrase points back to, or "".

    "ujar Kabid Bina Marga itu" after "Kepala Bidang Bina Marga ..., Sutrisno
    Hadi Lubis": the words after the abbreviated title ("Bina Marga"), or the
    title itself when nothing follows ("Kasatreskrim"), were written before
    with a name apposed to them.
    """
    m = _OFFICE_THAT.fullmatch(phrase.strip())
    if m is None:
        return ""
    key = m.group("rest").strip() or m.group("head")
    if len(key) < 4 or is_org_word(key.split()[0].casefold()):
        return ""
    text = cast.text
    spelled = re.compile(rf"\b{re.escape(key)}\b")
    for at in reversed([k.start() for k in spelled.finditer(text, 0, pos)]):
        if not (holder := _THEN_HOLDER.match(text, at + len(key))):
            continue
        who = cast.full_name(holder.group("who"), holder.start("who"))
        if fold(who) in cast.people:
            return who
    return ""


def _holder_of_head(cast: Cast, phrase: str, pos: int) -> str:
    """Return the last person before pos whose role holds the title heading phrase.

    "pelatih asal Kroasia itu", "sang pelatih": the head word is a title, and
    the person described is the one the article gave that title.
    """
    bare = re.sub(r"^(?:sang|the)\s+", "", phrase.strip(), flags=re.I)
    # "juru taktik asal Brasil itu", "the tactician": the coach by an epithet.
    bare = _EPITHET_TITLE.sub(lambda m: _EPITHET_OF[m.group().casefold()], bare)
    words = bare.split()
    # "the Rovers boss": the team before the title.
    if (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[1].casefold() in _HEAD_TITLES
    ):
        words = words[1:] + words[:1]
    # "ucap hakim": a bare title in lower case is "the judge" too.
    if (len(words) < 2 and not (words and words[0].islower())) or words[
        0
    ].casefold() not in _HEAD_TITLES:
        return ""
    head = words[0].casefold()
    same = _SAME_TITLE.get(head, {head})
    for _at, person in cast.subjects_before(pos):
        if same & set(_role_words(cast.role_of(person))):
            return person
    return ""


def _role_words(role: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[\w-]+", role)]


# Epithets for a team's coach and captain, and the titles that name one office.
_EPITHET_OF = {
    "juru taktik": "pelatih", "arsitek": "pelatih", "pembesut": "pelatih",
    "nakhoda": "pelatih", "juru racik": "pelatih", "tactician": "coach",
    "boss": "coach", "gaffer": "coach", "skipper": "captain",
    "wakil rakyat": "legislator", "anggota dewan": "legislator",
    "lawmaker": "legislator", "politisi": "politikus", "politician": "politikus",
}  # fmt: skip
_EPITHET_TITLE = re.compile(
    r"^(?:" + "|".join(map(re.escape, _EPITHET_OF)) + r")\b", re.IGNORECASE
)
_COACH = {"pelatih", "coach", "manajer", "manager", "head coach"}
_CAPTAIN = {"kapten", "captain"}
# A legislator, a politician: any member of a house, of a party or its group.
_LEGISLATOR = {
    "legislator", "dprd", "dpr", "dpd", "mpr", "parlemen", "parliament", "mp",
    "senator", "councillor", "councilor", "congressman", "congresswoman",
    "assemblyman", "assemblywoman", "representative", "dewan", "lawmaker",
}  # fmt: skip
_POLITICIAN = {"politikus", "politisi", "politician", "fraksi", "partai", "party"}
_SAME_TITLE = {
    **dict.fromkeys(_COACH, _COACH),
    **dict.fromkeys(_CAPTAIN, _CAPTAIN),
    "legislator": _LEGISLATOR,
    "politikus": _POLITICIAN | _LEGISLATOR,
}


# Titles a description may open with, naming the one person who holds them.
_HEAD_TITLES = frozenset(
    {
        "pelatih", "kapten", "manajer", "bupati", "gubernur", "camat", "lurah",
        "menteri", "presiden", "wali", "kapolres", "kapolda", "kapolsek", "jaksa",
        "hakim", "direktur", "ketua", "kepala", "coach", "manager", "captain",
        "mayor", "governor", "minister", "president", "director", "chairman",
        "legislator", "politikus", "senator", "councillor",
    }
)  # fmt: skip


def _member_of(cast: Cast, phrase: str, pos: int) -> str:
    """Return the last person before pos whose role holds the body a description names.

    'Anggota DPR dari Partai Karya Bangsa, Rudi Hartono, ...' then "kata politikus
    Partai Karya Bangsa tersebut": Rudi Hartono, though others were named since.
    """
    body = " ".join(w for w in phrase.split()[1:] if w[:1].isupper())
    if not body:
        return ""
    for _at, person in cast.subjects_before(pos):
        if fold(body) in fold(cast.role_of(person)):
            return person
    return ""


def _acronym_holder(cast: Cast, acronym: str, pos: int) -> str:
    """Return the person named right after "(ACRONYM)" before pos, "" if none."""
    brackets = list(re.finditer(rf"\({re.escape(acronym)}\)", cast.text[:pos]))
    if not brackets:
        return ""
    expanded = cast.text[max(0, brackets[-1].start() - 40) : brackets[-1].start()]
    if any(is_org_word(w.casefold()) for w in expanded.split()[-4:]):
        return ""  # "Badan Pusat Statistik (BPS)": the body, not its head
    after = brackets[-1].end()
    for mention in cast.mentions:
        if after <= mention.start <= after + 40 and len(mention.name.split()) >= 2:
            if re.search(r"[.!?\n]", cast.text[after : mention.start]):
                return ""
            return cast.full_name(mention.name, mention.start)
    return ""


# "pria yang ... itu", "the retired teacher": a person described, not named.
_DEFINITE_DESCRIPTION = re.compile(
    r"^(?:[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
    r"|(?i:pria|wanita|perempuan|lelaki|ibu|bapak|pemuda|remaja|warga|petani|nelayan"
    r"|pedagang|sopir|guru)\b[^,.]{0,60}\s(?:itu|tersebut))$"
)
_THE_DEMONYM = re.compile(
    r"^[Tt]he\s+[A-Z][a-z]+(?:ese|ian|ish|an|ch|i|ard|ine|ede|eek)$"
)
# "the Scot", "the Dane": one capitalised word after "the" that names nobody.
_THE_ONE_WORD = re.compile(r"^[Tt]he\s+[A-Z][a-z]+$")
_PERSON_BY_DESCRIPTION = re.compile(r"^[A-Za-z][\w-]*\s.*\s(?:itu|tersebut)$")
_DEFINITE = re.compile(r"\b(?:itu|tersebut|the)\b", re.IGNORECASE)
_THIS_ONE = re.compile(r"(?<=\w)\s+ini\s*$")
_STATEMENT_WORD = (
    r"(?:statement|press\s+release|release|letter|circular|memo|notice|bulletin"
    # A body's document speaks for it: "published its review ... the report said".
    r"|(?:(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Tt]he\s)|(?<=\b[Ii]ts\s)|(?<=\btheir\s))"
    r"(?:report|review|study|audit|survey|assessment|analysis)"
    r"|(?:keterangan|pernyataan|siaran\s+pers|rilis|surat(?:\s+edaran)?|edaran)"
    r"(?:\s+(?:tertulis|resmi|pers))*(?:nya)?)"
)
# A statement named before: "the statement", "that release", "keterangan tersebut".
_STATEMENT_REF = re.compile(
    rf"^(?:(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:statement|release|letter"
    rf"|circular|memo|notice|bulletin|report|review|study|audit|survey|assessment"
    rf"|analysis)"
    # "demikian bunyi surat edaran tersebut": the wording of the letter.
    rf"|(?:(?:bunyi|isi|petikan|kutipan)\s+)?{_STATEMENT_WORD}\s+(?:itu|tersebut|ini))$",
    re.IGNORECASE,
)
_STATEMENT_MENTION = re.compile(rf"\b{_STATEMENT_WORD}\b", re.IGNORECASE)
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


def _issuer(cast: Cast, source: Source) -> Source:
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


def _statement_owner(text: str, pos: int) -> str:
    """Return the phrase naming who issued the statement last mentioned before pos.

    >>> _statement_owner("Polda Riau dalam keterangan tertulisnya menyebut X. Y", 50)
    'Polda Riau'
    """
    floor = max(0, pos - 1500)
    last = None
    for m in _STATEMENT_MENTION.finditer(text, floor, pos):
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
    return _subject_before(head[: between.start()])


# The platform an account is on ("akun Instagram resminya") names no author.
_PLATFORM = (
    r"(?:Instagram|TikTok|Facebook|Twitter|X|YouTube|Threads|WhatsApp|Telegram"
    r"|LinkedIn|Snapchat)\b"
)
# "laporan itu", "isi surat tersebut", "the assessment", "its latest report", "The
# letter, signed by headteacher Dana Whitlock,": a document as the speaker.
_DOC_PHRASE = re.compile(
    rf"^\W*(?:(?:bunyi|isi|petikan|kutipan)\s+)?(?:(?:a|an|the|this|that|its|their"
    rf"|[A-Z][\w'’.-]*['’]s)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_DOC_NOUN})"
    rf"(?:\s+(?:itu|tersebut|ini))?(?P<rest>(?:[\s,]+[^\n]*)?)$",
    re.IGNORECASE,
)
# "pemilik akun", "the account holder": whoever owns the account that posted.
_OWNER_PHRASE = re.compile(
    r"^\W*(?:(?:pemilik|pengelola|admin)\s+akun|(?:the\s+)?account(?:'s)?\s+"
    r"(?:holder|owner)|akun(?:\s+(?:itu|tersebut|ini))|the\s+account)"
    r"(?:\s+(?:@\S+|itu|tersebut|ini))*\s*$",
    re.IGNORECASE,
)
# The author inside the phrase: "signed by X", "ditandatangani X", "from X".
_AUTHORED_BY = re.compile(
    r"\b(?:(?:signed|sent|written|published|issued|posted|uploaded|shared|released"
    r"|compiled|prepared|commissioned|drawn\s+up|filed|put\s+out)\s+by"
    r"|(?:ditandatangani|dikirim(?:kan)?|ditulis|diterbitkan|dirilis|diunggah"
    r"|dibuat|disusun|dikeluarkan|diteken|dilayangkan)(?:\s+oleh)?"
    r"|from|dari|oleh)\s+(?P<who>[^\n\"“”]{1,160})"
)
_BY_RIGHT_AFTER = re.compile(r"\s+by\s+(?P<who>[^\n\"“”]{1,160})")
_DOC_NOUN_NAMED = re.compile(
    rf"(?P<noun>{_DOC_NOUN}|{_MEDIA_NOUN})\b(?:\s+{_PLATFORM})?(?:\s+(?:resmi|pribadi"
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
_AUTHORED_BY_NEAR = re.compile(r"[^.!?\n\"“”]{0,80}?" + _AUTHORED_BY.pattern)
_DOC_MENTION = re.compile(rf"\b(?:{_DOC_NOUN}|{_MEDIA_NOUN})\b", re.IGNORECASE)
_MEDIA_ONLY = re.compile(_MEDIA_NOUN, re.IGNORECASE)
_SENTENCE_AFTER_SIGNED = re.compile(
    rf"(?:{_DOC_NOUN}|[Ii]t)(?:\s+(?:itu|tersebut|ini))?\s+(?:was\s+)?"
    r"(?:ditandatangani|diteken|signed\s+by)(?:\s+oleh)?\s+"
    r"(?P<who>[^\n\"“”]{1,160})",
    re.IGNORECASE,
)


def _document_author(cast: Cast, phrase: str, at: int) -> tuple[Source, float] | None:
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
    doc = None if owner else _DOC_PHRASE.match(phrase)
    if not owner and not doc:
        return None
    if doc and (by := _AUTHORED_BY.search(doc.group("rest"))):
        found = _author(cast, by.group("who"), at)
        if found.speaker:
            return found, 0.75
    if doc and (by := _BY_RIGHT_AFTER.match(doc.group("rest"))):
        # "a report by the Harlow Institute": "by" right after the noun; issuing
        # it says a body, unless the article knows a person by that name.
        found = _issuer(cast, _author(cast, by.group("who"), at))
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
        who = _phrase_after(" " + m.group("who"))
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
        before = _AUTHOR_BEFORE.search(head)
        if before:
            # The sentence's subject, before its first verb: "Dinas Perhubungan
            # mengumumkan penutupan Jalan Merdeka melalui akun resminya".
            verb = _FIRST_VERB.search(head, 0, before.start() + 1)
            subject = _subject_before(head[: verb.start() if verb else before.start()])
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


_FIRST_PERSON = frozenset({"saya", "aku", "kami", "i", "we"})
# "Dalam rilis itu, polisi menyebut", "In the report, the regulator said": a
# document named before. Not "Dalam keterangannya", "In its statement": that is
# the subject's own, whoever the subject is.
_WITHIN_DOC = re.compile(
    r"\W*(?:[Dd]alam|[Mm]elalui|[Ll]ewat|[Ii]n|[Tt]hrough)\s+"
    rf"(?P<doc>(?:the|this|that)\s+(?:[a-z]+\s+)?(?i:{_DOC_NOUN})"
    rf"|(?i:{_DOC_NOUN})\s+(?:itu|tersebut|ini))\s*,"
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
        who = _phrase_after(" " + who, comma_ends=False) or who
    who = re.sub(r"\s+(?:on|in|at|pada|di|last|this|pekan|bulan|tahun)\b.*$", "", who)
    if cut := _NAME_THEN_VERB.match(who):
        who = cut.group(1)  # "resident Tomasz Reyes shows water ...": the name
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
            return _issuer(cast, cast.resolve(named.group("who"), named.start("who")))
        if body := _named_body_before(cast.text, noun, at):
            # "the council" after "Ashby Borough Council closed the bridge".
            return Source(body, "", "institution", "institution")
        return Source("")
    found = cast.resolve(who, at)
    if found.kind == "person" and not found.role and len(found.speaker.split()) >= 3:
        return _issuer(cast, found)
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


def _unnamed_issuer(text: str, pos: int) -> bool:
    """Return whether the statement mentioned just before pos is a body's in lower case.

    "The space agency that operates the telescope said in a statement": its
    sentence opens with "The", a few lower-case words and a noun for a body, and
    names nobody before the statement.
    """
    last = None
    for m in _STATEMENT_MENTION.finditer(text, max(0, pos - 400), pos):
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
            if is_org_word(word) or word in _COLLECTIVE_BODIES
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
# A definite description of a person: "pemain berusia 27 tahun itu", "the 27-year-old".
_ANAPHOR = re.compile(
    r"^(?:the\s+\d+-year-old(?:\s+[a-z]+)?|the\s+[a-z]+(?:\s+[a-z]+)?"
    # "the former Harlow defender": a former club or employer inside the description.
    r"|the\s+(?:former|ex-|one-time)\s*(?:[A-Z][\w'’-]*\s+){1,2}[a-z]+"
    r"|the\s+[A-Z][a-z]+(?:ese|ian|ish|an|ch|i|ard|ine|ede|eek)\s+[a-z]+"
    r"|(?!seorang\b|sejumlah\b|para\b)[a-z][\w\s-]*\s(?:itu|tersebut))$"
)


_NAME_THEN_DESCRIPTION = re.compile(
    r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*"
    r"(?P<age>,\s*\d{1,3}\s*|\(\d{1,3}\)\s*)?,\s*(?:the\s+)?$"
)


def _described_ahead(cast: Cast, phrase: str, pos: int) -> Source | None:
    """Return the person a lower-case description is given to after pos, or None.

    "pemilik akun" then, within a few sentences, "Pemilik akun tersebut, Riko
    Saputra (27), ...": the same words, a comma and a full name.
    """
    words = _drop_determiners(phrase.split())
    if len(words) < 2 or not all(w.islower() for w in words):
        return None
    said = r"\s+".join(map(re.escape, words))
    pattern = re.compile(
        rf"\b(?i:{said})(?:\s+(?:itu|tersebut|ini))?"
        r"\s*,\s*((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s*(?:\(\d{1,3}\))?\s*,"
    )
    m = pattern.search(cast.text, pos, pos + 800)
    if m is None or any(a <= m.start() < b for a, b in cast.quoted):
        return None
    found = cast.resolve(m.group(1), m.start(1))
    return found if found.speaker and found.kind == "person" else None


def _drop_determiners(words: list[str]) -> list[str]:
    while words and words[0].casefold() in DETERMINERS:
        words = words[1:]
    while words and words[-1].casefold() in DETERMINERS:
        words = words[:-1]
    return words


def _described_before(text: str, phrase: str, pos: int) -> str | None:
    """Return the name given to "a person" that "the person" points back to.

    "" when the article introduced the description without a name ("A person
    familiar with the talks"), None when it introduced no such description.

    >>> _described_before("A person close to the club said so. X", "the person", 37)
    ''
    """
    m = _DEFINITE_PERSON.match(phrase.strip())
    if not m:
        return None
    noun = m.group("noun") or m.group("noun2")
    if noun in _PRONOUNS:
        return None
    pattern = (
        r"\b(?:a|an|one|another|seorang|salah\s+seorang|his|her|their|its"
        r"|[A-Z][\w-]*['’]s?)\s+(?:[\w-]+\s+){0,2}?"
        rf"{re.escape(noun)}\b"
    )
    floor = max(0, pos - 800)
    intros = list(re.finditer(pattern, text[floor:pos], re.IGNORECASE))
    if not intros:
        return None
    for intro in reversed(intros):
        before = _NAME_THEN_DESCRIPTION.search(
            text, max(0, floor + intro.start() - 60), floor + intro.start()
        )
        if before and (len(before.group(1).split()) >= 2 or before.group("age")):
            return before.group(1)  # "Tom Baker, 54, a fisherman, ...": named before
        after = text[floor + intro.end() : floor + intro.end() + 40]
        # "A resident, Dana Smith, said", "Her lawyer Peter Sand said": named after.
        named = (after.startswith(",") and _APPOSED_NAME.match(after[1:])) or (
            _NAME_NEXT.match(after)
        )
        if named:
            return named.group(1)
        if not _OWNER_BEFORE.match(intro.group()):
            return ""  # "a lawyer": somebody new, not named
        # "His lawyer added": the lawyer the article may have named before.
    return ""


_NAME_NEXT = re.compile(r"\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})\b")
_OWNER_BEFORE = re.compile(r"(?i:his|her|their|its)\s|[A-Z][\w-]*['’]")
_DEFINITE_PERSON = re.compile(
    r"^(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]+)$"
    r"|^(?P<noun2>[a-z][\w-]+)\s+(?:itu|tersebut)$"
)


def _person_of_age(cast: Cast, age: str, pos: int) -> str:
    """Return the person the article gives this age, the last before pos, else after.

    "Siti Rahayu (38)", "Maria Lopez, 45,", "Budi, 52 tahun,", "the 45-year-old
    Maria Lopez"; "" when nobody, or when two people named before have that age.
    """
    after_name = re.compile(rf"\s*(?:\(\s*{age}\s*\)|,\s*{age}\s*(?:,|tahun\b))")
    before_name = re.compile(rf"\b{age}-year-old\s+(?:[a-z][\w-]*\s+){{0,2}}$")
    before, after = [], []
    for m in cast.mentions:
        if not m.name or not cast._is_person(m):
            continue
        if after_name.match(cast.text, m.end) or before_name.search(
            cast.text, max(0, m.start - 40), m.start
        ):
            full = cast.full_name(m.name, m.start)
            (before if m.start < pos else after).append(full)
    if len(set(before)) > 1:
        return ""
    return before[-1] if before else (after[0] if after else "")


def _is_anaphor(phrase: str) -> bool:
    """Return whether phrase describes one person already named, not a group or body."""
    phrase = re.sub(r"^The\b", "the", phrase.strip())  # opening its sentence
    return bool(_ANAPHOR.match(phrase)) and not any(
        is_org_word(w) or w in MEDIA_WORDS or w in PEOPLE_NOUNS or w in _NOT_ONE_PERSON
        for w in phrase.casefold().split()
    )


# Descriptions of many people or of nobody in particular.
_NOT_ONE_PERSON = frozenset({
    "spokesperson", "spokesman", "spokeswoman", "statement", "source", "sources",
    "government", "police", "juru", "bicara", "jubir", "official", "pejabat", "humas",
    "jury", "panel", "tribunal", "board", "organisers", "organizers", "panitia",
})  # fmt: skip
# Nouns for a body of people deciding together, which no institution word names:
# "the race jury", "the appeals panel", "panitia lomba itu".
_COLLECTIVE_BODIES = frozenset({
    "jury", "panel", "tribunal", "board", "organisers", "organizers", "panitia",
})  # fmt: skip
# "The race jury", "panitia lomba itu": a body described, never named.
_THE_COLLECTIVE = re.compile(
    r"^(?:(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)"
    r"|(?P<noun_id>[Pp]anitia)(?:\s+[a-z][\w-]*){0,2}\s+(?:itu|tersebut))$"
)
# "The space agency that operates the telescope said in a statement": a body
# described in lower case opening the sentence of its statement.
_UNNAMED_BODY_HEAD = re.compile(r"^\W*The\s+(?P<words>(?:[a-z][\w-]*\s+){1,3})")


_GENDER_OF_PRONOUN = {"he": "m", "she": "f"}
# Nouns that say no more of a person than a pronoun does, and their gender.
_GENDER_OF_NOUN = {
    "man": "m", "woman": "f", "boy": "m", "girl": "f", "gentleman": "m", "lady": "f",
    "pria": "m", "lelaki": "m", "laki-laki": "m", "wanita": "f", "perempuan": "f",
    "mother": "f", "father": "m", "ibu": "f", "ayah": "m", "bapak": "m",
}  # fmt: skip
_GENDERED_PERSON = re.compile(
    r"^(?i:the)\s+(?:(?:\d+-year-old|young|old|elderly|older|younger)\s+)?"
    rf"(?P<noun>{'|'.join(_GENDER_OF_NOUN)})(?:\s+of\s+(?:two|three|four|five|\d+))?$"
    rf"|^(?P<noun2>{'|'.join(_GENDER_OF_NOUN)})"
    # "ibu dua anak itu", "perempuan 38 tahun itu", "ayah tiga anak tersebut".
    r"(?:\s+(?:\w+\s+anak|\d+\s+tahun|berusia\s+\d+\s+tahun))?\s+(?:itu|tersebut)$"
)
# "the 45-year-old", "perempuan 38 tahun itu", "pria berusia 52 tahun tersebut".
_AGE_IN_CUE = re.compile(r"\b(\d{1,3})[- ]year[- ]old\b|\b(\d{1,3})\s+tahun\b")

# An unnamed person brought in by an indefinite noun phrase: "a village official",
# "one nurse", "seorang pengurus serikat", "salah satu warga", "sumber di kepolisian".
_INDEFINITE = (
    r"(?:an?|one|another|seorang|salah\s+(?:satu|seorang)|sejumlah|beberapa"
    r"|sumber|sources?)"
)
_INDEFINITE_START = re.compile(rf"\b{_INDEFINITE}\s+(?=[a-z0-9])", re.IGNORECASE)
# "who asked not to be named", "yang enggan disebut namanya", "on condition of anonymity".
_PERSON_CLASSIFIER = re.compile(r"(?i:seorang|salah\s+seorang)\s")
# A source of some body, never named: "sumber Kabarpagi", "sumber internal KPK".
_SOURCE_OF = re.compile(r"^(?:(?:seorang|salah\s+satu)\s+)?sumber\b[^,]*$")
_UNNAMED_PHRASE = re.compile(rf"^(?i:{_INDEFINITE})\s+(?:[a-z][\w-]*\s*)+$")
_ANONYMITY = re.compile(
    r"\b(?:anonymity|anonymously|not\s+to\s+be\s+(?:named|identified)"
    r"|name\s+(?:not\s+be\s+(?:used|published|given)|(?:be\s+)?withheld)"
    r"|(?:declined|refused)\s+to\s+(?:be\s+(?:named|identified)|give\s+\w+\s+"
    r"(?:full\s+)?name)|(?:want|wish)\s+to\s+be\s+(?:named|identified)"
    r"|(?:nama|identitas)(?:nya)?\s+(?:tidak|tak|jangan|enggan)\s+(?:\w+\s+)?"
    r"(?:di\w+)|(?:enggan|tidak\s+(?:bersedia|mau|ingin)|tak\s+(?:bersedia|mau|ingin)"
    r"|minta|meminta)\s+(?:\w+\s+)?(?:di(?:sebut|tulis|kutip|ungkap|sebutkan|publikasikan)"
    r"|namanya|identitasnya))",
    re.IGNORECASE,
)
# The words between the phrase and its verb may hold a name in commas, which names
# the person after all: "Seorang warga, Enjang (52), mengaku", "a resident, Maria Lopez,".
_APPOSED_NAME_IN = re.compile(
    r",\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*(?:\(\d{1,3}\))?\s*(?:,|$)"
)
_SPEECH_VERB = re.compile(rf"\b(?:{_ID_ACTIVE}|{_EN_VERBS})\b")
# Any verb of speech, before or after its subject ("kata", "mengatakan", "said").
_ANY_SPEECH_VERB = re.compile(rf"\b(?:{_ID_AFTER}|{_ID_ACTIVE}|{_EN_VERBS})\b")
_CUE_BEFORE = re.compile(
    rf"(?:[,\"”’]\s*|^)(?:(?:{_ID_AFTER})|said|says)\s+$", re.IGNORECASE
)
# "A source close to ", "One friend of ", "Seorang kerabat ": an unnamed subject
# and the preposition after it, before the words _words_before took.
# "a spokeswoman for the company", "seorang juru bicara perusahaan tersebut": an
# unnamed voice of a body written without its name (lower case, "the" or "itu").
_SPOKESPERSON_FOR_THE = re.compile(
    r"(?:\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z]+\s+)?(?:spokes(?:wo)?man|spokesperson"
    r"|representative)\s+(?:for|of|at)\s+(?P<body>the\s+(?:[a-z][\w-]*\s+){0,3}"
    r"[a-z][\w-]*)"
    r"|\b(?:[Ss]eorang\s+)?(?:[Jj]uru\s+bicara|[Jj]ubir|[Pp]erwakilan)\s+"
    r"(?P<body_id>(?:[a-z][\w-]*\s+){1,3}(?:itu|tersebut))"
    # "Manajemen perusahaan", "pihak perusahaan tersebut": those who run it.
    r"|\b(?:[Mm]anajemen|[Pp]ihak|[Dd]ireksi)\s+"
    r"(?P<body_mgmt>perusahaan(?:\s+(?:itu|tersebut))?)"
    # "the company's management", "the firm's board".
    r"|(?P<body_own>\b[Tt]he\s+[a-z]+)['’]s\s+(?:management|board|directors))$"
)
_BODY_GROUPS = ("body", "body_id", "body_mgmt", "body_own")
_BODY_SPOKESPERSON = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+"
    r"(?P<body>(?:[A-Z][\w'’&.-]*\s+)(?:(?:(?:of|for|and|the)\s+)?[A-Z][\w'’&.-]*\s+){0,5})"
    r"(?:spokes(?:wo)?man|spokesperson)"
)
_KIN_OF = re.compile(
    r"(?P<owner>his|her|their|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<words>(?:[a-z-]+\s+)?"
    r"(?:husband|wife|partner|son|daughter|brother|sister|father|mother|mum|dad"
    r"|grandson|granddaughter|uncle|aunt|cousin|fiancée?|boyfriend|girlfriend"
    r"|colleague|friend|neighbour|neighbor|lawyer|agent|coach|manager))$"
)


def _apposed_to(text: str, words: str, pos: int) -> str:
    """Return the last name set in apposition to words before pos ("her husband, Lars,")."""
    pattern = re.compile(
        rf"\b{re.escape(words)}\s*,?\s+((?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]+)"
        r"(?=\s*[,(.]|\s+(?:[a-z]+ed|was|is|had|has|said|says|told)\b)"
    )
    found = ""
    for m in pattern.finditer(text, max(0, pos - 1500), pos):
        found = m.group(1)
    return found


_BARE_MANAGEMENT = re.compile(
    r"(?i:(?:pihak\s+)?(?:manajemen|direksi)|(?:the\s+)?management)"
)
# "Manajemen RSUD Sirangga", "the management of Kelso Mills": the body they run.
_MANAGEMENT_OF = re.compile(
    r"\b(?:[Mm]anajemen|[Dd]ireksi|[Mm]anagement\s+(?:of|at))\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|dan)\s+)?[A-Z][\w&.'’-]*){0,5})"
)


def _managed_body_before(cast: Cast, pos: int) -> str:
    """Return the body whose management the article named last before pos, or ""."""
    found = ""
    for m in _MANAGEMENT_OF.finditer(cast.text, max(0, pos - 1500), pos):
        if not any(a <= m.start() < b for a, b in cast.quoted):
            found = m.group("body")
    return found


# Words one of whose forms _SPOKESPERSON_FOR_THE needs: a cheap test before it.
_VOICE_HINTS = (
    "spokes",
    "representative",
    "bicara",
    "ubir",
    "erwakilan",
    "anajemen",
    "ihak",
    "ireksi",
    "management",
    "board",
    "directors",
)
# "the Health and Safety Executive": capitalised words ending in "Executive".
_NAMED_EXECUTIVE = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for)\s+)?){1,4}Executive)$"
)
# A name: a capital letter somewhere ("Harbor Steel", "PT Sinar Laut").
_NAMED = re.compile(r"[A-Z]")
_INDEFINITE_HEAD = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]eorang)\s+(?:[a-z][\w-]*\s+){1,4}"
    r"(?:to|of|for|with|from|at|close\s+to|familiar\s+with|dari|dekat)\s+"
)
_NOT_UNNAMED = re.compile(r"\b(?:juru\s+bicara|jubir|spokes\w*|statement|pernyataan)\b")


_PRONOUN_WORD = re.compile(r"\b(?:he|she|they|we|i|ia|dia|mereka|kami|beliau)\b", re.I)


# "Seorang ibu", "Salah seorang pengungsi", "A woman", "One resident" opening a sentence.
_UNNAMED_PERSON_OPENS = re.compile(
    r"(?:[Ss]eorang|[Ss]alah\s+seorang)\s+[a-z]"
    r"|(?:A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:man|woman|mother|father|resident|villager|survivor|witness|neighbour"
    r"|neighbor|passenger|fan|supporter|parent|nurse|worker|farmer|fisherman)\b"
)
_QUOTE_NEXT = re.compile(r"[.!?]?\s*[\"“]")


def _anonymous_intros(text: str, mentions: list[Mention] = ()) -> list[int]:
    """Return where the article brings in unnamed speakers, in order.

    A speech cue right before the phrase ("kata seorang warga"), or the phrase
    opening a clause with its speech verb later in the sentence ("A village
    official, who asked not to be named, said"); a relative clause asking for
    anonymity makes a bare noun one too ("Pejabat yang enggan disebut namanya").

    >>> _anonymous_intros('Ana spoke. A nurse said so. "No," she said.')
    [19]
    """
    found = []
    starts = [m.start() for m in _INDEFINITE_START.finditer(text)]
    starts += [sentence_start(text, m.start()) for m in _ANONYMITY.finditer(text)]
    ends = {m.end: m for m in mentions if m.name}
    for start in sorted(set(starts)):
        apposed = _APPOSED_GAP.search(text, max(0, start - 12), start)
        if (
            apposed
            and apposed.start() in ends
            and len(ends[apposed.start()].name.split()) >= 2
        ):
            continue  # "Abdul Muhari, a BNPB spokesman,": describes the named person
        if _CUE_BEFORE.search(text, max(0, start - 30), start) or (
            # "Menurut seorang warga,": "seorang" counts a person, never a document.
            _PERSON_CLASSIFIER.match(text, start)
            and re.search(r"\b[Mm]enurut\s+$", text[max(0, start - 10) : start])
        ):
            phrase = text[start : sentence_end(text, start, 120)]
            if not _APPOSED_NAME_IN.match(phrase.split(" ", 2)[-1]):
                found.append(start)
            continue
        j = start
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        before = text[j - 1] if j else "\n"
        if opener := _OPENING_CONJUNCTION.search(text, max(0, j - 12), j):
            # "But a senior official ... said": a connective opens the sentence.
            before = text[opener.start() - 1] if opener.start() else "\n"
        if before == "," and j > 1 and text[j - 2] in "\"”’'":
            pass  # '"...," a trader said'
        elif before not in ".!?\n\"”’'":
            continue
        end = sentence_end(text, start, 300)
        verb = _SPEECH_VERB.search(text, start, end)
        if not verb:
            if (
                _UNNAMED_PERSON_OPENS.match(text, start)
                and not any(m.name and start <= m.start < end for m in mentions)
                and _QUOTE_NEXT.match(text, end)
            ):
                # "Seorang ibu menggendong anaknya. "Rumah kami hilang," katanya":
                # somebody unnamed, doing something, right before the quote.
                found.append(start)
            continue
        between = text[start : verb.start()]
        clause = _ANONYMITY.search(between) or re.search(
            r",\s*(?:who|yang)\b|\byang\b|^\S+\s+\S+\s+who\b", between
        )
        if len(between.split()) > (40 if clause else 6):
            continue
        if _APPOSED_NAME_IN.search(between) or _NOT_UNNAMED.search(between):
            continue
        head = re.split(
            r",?\s*\b(?:who|yang|speaking|berbicara)\b", between, maxsplit=1
        )[0]
        if "," in head or _PRONOUN_WORD.search(head):
            continue  # "Another problem, he said": the pronoun is the subject
        if any(
            m.name
            and start < m.start < verb.start()
            # "warga Kelurahan Panjang Wetan": where they live, not who they are.
            and not any(w.casefold() in PLACES | PEOPLE_NOUNS for w in m.role.split())
            for m in mentions
        ):
            continue  # "A year ago Budi Santoso said": a named subject
        if not _INDEFINITE_START.match(text, start) and not _ANONYMITY.search(between):
            continue
        # At its verb: a place named inside the phrase ("warga Kelurahan Panjang
        # Wetan") is not a later subject.
        found.append(verb.start())
    return sorted(found)


# "But ", "And ", "Namun, ": a connective opening the sentence before its subject.
_OPENING_CONJUNCTION = re.compile(
    r"(?<![\w,])(?:But|And|Yet|However,|Namun,?|Tetapi|Tapi|Sementara\s+itu,)\s+$"
)
# Between a name and a description of it: ", ", ", 52, ".
_APPOSED_GAP = re.compile(r"(?:,\s*\d{1,3})?,\s*$")


def _anonymous_before(cast: Cast, pos: int) -> int:
    """Return where the last unnamed speaker before pos was brought in, -1 if none."""
    i = bisect.bisect_left(cast.anonymous, pos)
    return cast.anonymous[i - 1] if i else -1


_GENDERED = re.compile(
    r"\b(?:(?P<m>he|his|him|himself|male|man)|(?P<f>she|her|hers|herself|female|woman))\b",
    re.IGNORECASE,
)


def _gender_near(text: str, pos: int) -> str:
    """Return "m" or "f" when the sentence at pos shows one gender only, else ""."""
    found = {
        "m" if m.group("m") else "f"
        for m in _GENDERED.finditer(
            text, sentence_start(text, pos), sentence_end(text, pos, 300)
        )
    }
    return found.pop() if len(found) == 1 else ""


def _pronoun(
    cast: Cast, pos: int, spoken: list[tuple[int, str]], gender: str = ""
) -> tuple[Source, float]:
    """Resolve "dia", "-nya", "he" to the last speaker or the last subject named.

    "she" skips people the article shows are men ("he said", "Mr.", "her
    husband, Tom"), and "he" skips women: two Whitfields, one pronoun each.
    """
    last_quote = spoken[-1] if spoken else (-1, "")
    subject = cast.last_subject(pos)
    at, speaker = max(last_quote, subject)
    source = _role_source_since(cast, at, pos)
    if source is not None:
        # "Menurut Kapolda, patroli akan ditambah. "...," katanya": the source by
        # its office, named since the last person; nobody when no one holds it.
        return source, 0.7 if source.speaker else 0.4
    body = _unnamed_spokesperson(cast, at, pos)
    if body.speaker:
        # "A spokesperson for Orchard Valley Transit said ... "...," she said": the
        # body speaks through someone the article does not name.
        return body, 0.6
    anonymous = _anonymous_before(cast, pos)
    if anonymous > at and not (
        gender and _gender_near(cast.text, anonymous) not in ("", gender)
    ):
        # "A village official, who asked not to be named, said ... "...," he said":
        # the unnamed official, not the last person the article named (unless
        # the article shows the official is a woman and the pronoun says "he").
        return Source("", "", "person", "anonymous"), 0.6
    if speaker and gender and cast.gender(speaker) not in ("", gender):
        people = sorted({*spoken, *cast.subjects_before(pos)}, reverse=True)
        # Where the one skipped was last named as a subject, else quoted.
        skipped_at = subject[0] if subject[1] == speaker and subject[0] >= 0 else at
        skipped = speaker
        at, speaker = next(
            ((a, s) for a, s in people if cast.gender(s) in ("", gender)), (-1, "")
        )
        if not speaker or at < sentence_start(cast.text, skipped_at):
            # "Ann Roe met Tom Hale. "...," she said. "...," he added": the other
            # person of the sentence that named the one skipped, subject or not.
            others = [
                full
                for full in cast.people_between(
                    sentence_start(cast.text, skipped_at), pos
                )
                if cast.gender(full) in ("", gender) and full != skipped
            ]
            if len(set(others)) == 1:
                at, speaker = skipped_at, others[0]
            elif not speaker:
                # "Mr. Tan and Ms. Lee met. Mr. Tan said ... "...," she said": the
                # one person of the paragraph the article shows has that gender.
                paragraph = cast.text.rfind("\n", 0, skipped_at) + 1
                shown = {
                    full
                    for full in cast.people_between(paragraph, pos)
                    if cast.gender(full) == gender
                }
                if len(shown) == 1:
                    at, speaker = skipped_at, shown.pop()
    if speaker and gender and not cast.gender(speaker):
        # "Tom Hale asked Ann Roe whether she would stay. "Never," she replied":
        # the one person named since whom the article shows to be a woman, when
        # it shows nothing of the subject.
        since = sentence_start(cast.text, at) if at >= 0 else pos
        known = {name for _, name in spoken} | {s for _, s in cast.subjects_before(pos)}
        shown = {
            full
            for full in cast.people_between(since, pos)
            if full != speaker
            and (full in known or cast.role_of(full))
            and cast.gender(full) == gender
        }
        if len(shown) == 1:
            speaker = shown.pop()
    if not speaker:
        return Source("", "", "", "pronoun"), 0.35
    return Source(speaker, cast.role_of(speaker), "person", "pronoun"), 0.7


# "Menurut Kapolda,", "According to the ministry,": a source opening its sentence.
_SOURCE_OPENS = re.compile(
    r"(?:^|(?<=[.!?\n\"”])\s*|(?<=[.!?\"”]\s))(?:Menurut|According\s+to)\s+"
    r"(?P<rest>[^,.!?\n\"“”]{1,80}),"
)


def _role_source_since(cast: Cast, after: int, pos: int) -> Source | None:
    """Return the source a sentence opened on by role alone after `after`, if any.

    A source named by name is a subject of the cast already; one named by its
    office only ("Menurut Kapolda,") is resolved here, to its holder or to the
    office with nobody named.
    """
    found = None
    for m in _SOURCE_OPENS.finditer(cast.text, max(0, after), pos):
        found = m
    if found is None or found.start() <= after:
        return None
    phrase = _phrase_after(found.group("rest"), comma_ends=True)
    if re.search(r"nya$|\b(?:his|her|its|their)\b", phrase):
        return None  # "Menurut pengakuannya,": the one named before, by his words
    if _INDEFINITE_START.match(phrase) or _plural_group(phrase):
        return None  # "Menurut seorang warga,": somebody unnamed, read elsewhere
    parsed = parse_phrase(phrase)
    if parsed.name or parsed.pronoun or not parsed.role:
        return None
    source = cast.resolve_parsed(parsed, found.start("rest"))
    if source.kind == "institution" and not source.speaker:
        return None
    return source


# A sentence opening on an unnamed spokesperson of a body and its speech verb:
# "A spokesperson for X said", "Juru bicara X mengatakan".
_SPOKESPERSON_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?\n\"”’])|(?<=[.!?\"”’]\s))\s*(?P<phrase>(?:(?i:a|an|the|seorang|salah\s+seorang)\s+)?"
    rf"(?i:spokes(?:person|man|woman)|juru\s+bicara|jubir)\b[^.!?\n\"“”]{{1,120}}?)"
    rf",?\s+{_ADVERBS}(?:{_ID_ACTIVE}|{_EN_VERBS})\b"
)


def _unnamed_spokesperson(cast: Cast, after: int, pos: int) -> Source:
    """Return the body whose unnamed spokesperson speaks after `after`, before pos."""
    found = None
    # From the sentence of `after`: "Juru bicara Dinas Perhubungan Kota Bima" may
    # have left "Bima" as the last subject.
    begin = sentence_start(cast.text, after) if after > 0 else 0
    for m in _SPOKESPERSON_SUBJECT.finditer(cast.text, begin, pos):
        if m.end() > after:
            found = m
    if found is None:
        return Source("")
    parsed = parse_phrase(found.group("phrase"))
    source = cast.resolve_parsed(parsed, found.start("phrase"))
    if source.kind != "institution" or not source.speaker:
        return Source("")
    return Source(source.speaker, source.role, "institution", "spokesperson")


def _phrase_after(rest: str, *, comma_ends: bool = False) -> str:
    """Return the speaker phrase at the start of rest: 'Hua Chunying, juru bicara ...'."""
    rest = rest.lstrip(" ,")
    # "according to a statement from the Port Authority": the authority speaks (the
    # words are kept in front of the phrase: they say it is a body).
    statement = STATEMENT_OF.match(rest)
    prefix = statement.group() if statement else ""
    rest = rest[len(prefix) :]
    if comma_ends:
        # "Menurut juru bicara Kemlu, Hiroshi Tanaka, kedua menteri ...": keep the name.
        first, _, more = rest.partition(",")
        name = _APPOSED_NAME.match(more)
        rest = f"{first}, {name.group(1)}" if name else first
    at = 0
    while True:
        m = _PHRASE_STOP.search(rest, at)
        # "Dr. Maya", "J. Smith": the period of an abbreviation does not end the phrase.
        if m and m.group() == "." and ends_abbreviation(rest, m.start()):
            at = m.end()
            continue
        break
    phrase = rest[: m.start()] if m else rest
    if m and len(phrase.split()) <= 2 and _RELATIVE_THEN_ITU.match(rest, m.start()):
        phrase = f"{phrase.strip()} itu"  # "pria yang akrab disapa Gondrong itu"
    if (
        m
        and _NUMBER_ONE_END.search(phrase)
        and (where := _AT_PLACE.match(rest, m.start()))
    ):
        phrase += where.group()  # "orang nomor satu di NTB itu": the place is his
    if m and (apposed := _FROM_THEN_NAME.match(rest, m.start())):
        # "anggota Komisi XI DPR dari Fraksi PDIP, Dolfie Palit": the name after.
        phrase = f"{phrase.strip()}, {apposed.group(1)}"
    if m and (listed := _LIST_CLOSE.match(rest, m.start())) and "," in phrase:
        # "Badan Meteorologi, Klimatologi, dan Geofisika": the list is one name.
        phrase = phrase.rstrip() + listed.group()
    words = phrase.split()
    if not words or len(words) > 12:
        return ""
    return prefix + phrase.strip()


_LIST_CLOSE = re.compile(
    r",?\s+(?:dan|and|serta|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)


_NUMBER_ONE_END = re.compile(r"\b(?:nomor\s+(?:satu|1|wahid)|pertama)\s*$", re.I)
_AT_PLACE = re.compile(r"\s(?:di|dari)\s[^,.;:!?\n\"“”]{1,60}?(?=[,.;:!?\n]|$)")
_RELATIVE_THEN_ITU = re.compile(
    r"\syang\s[^,.;:!?\n\"“”]{1,60}?\s(?:itu|tersebut)(?=[\s,.;:!?]|$)"
)
_FROM_THEN_NAME = re.compile(
    r"\s(?:dari|from|pada|di|of)\s[^,.;:!?\n\"“”]{1,60},\s*"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})\s*(?=[,.;:!?\n]|$)"
)


def _subject_before(head: str) -> str:
    """Return the subject phrase that ends head: 'Juru bicara Deplu AS Matthew Miller'.

    An apposition counts: 'juru bicara Kemenkes, Siti Rahmawati,' gives both parts.
    """
    head = re.sub(
        r"(?:\s+(?:juga|pun|kembali|kemudian|lalu|sempat|telah|sudah|pernah|hanya|cuma"
        r"|lantas|langsung|segera|akhirnya|also|then|later|had|has|have|again|only"
        r"|simply|just|quickly|finally))+\s*$",
        "",
        head.rstrip(),
    )
    # "Ortiz, who chairs the committee, said": the clause is not the subject,
    # nor is "dalam keterangan tertulisnya" in "Kementerian Kesehatan dalam ... menyebut".
    head = _INSERTED_CLAUSE.sub("", head)
    head = _INSERTED_PHRASE.sub("", head)
    head = _AGE_BEFORE_VERB.sub(",", head)  # "One supporter, Dave Mullins, 54, said"
    if medium := _MEDIUM_THEN_NAME_QUOTED.search(head.rstrip(" ,")):
        # 'The business daily "Ledger Today" wrote', 'Majalah ekonomi "Warta
        # Niaga" dalam tajuknya menulis': the medium's name is in the blanked
        # marks (_resolve_cue reads it in the text).
        return medium.group("phrase")
    if body := _common_body(head.rstrip(" ,")):
        # "Norland's transport ministry said", "In a statement, the pilots' union
        # said": a body the report names by what it is, in lower case.
        return body
    apposition = head.endswith(",")
    phrase, rest = _words_before(head.rstrip(" ,"))
    if opener := _SENTENCE_ADVERB.match(phrase):
        # "Later the chief officer said": the adverb opening the sentence is no
        # part of the subject.
        rest += phrase[: opener.end()]
        phrase = phrase[opener.end() :]
    if not phrase and (kin := _KIN_SUBJECT.search(head.rstrip(" ,"))):
        # "Her neighbour agreed:", "His lawyer said": one named by whose they are
        # (_KIN_OF tells whether the article names them beside).
        return kin.group("phrase")
    if not phrase and (described := _DESCRIPTION_SUBJECT.search(head.rstrip(" ,"))):
        # "The 34-year-old nurse said:", "the former banker added": a description
        # of somebody named before (resolved as an anaphor).
        return described.group("phrase")
    if not phrase:
        return ""
    if phrase[:1].isupper() and (listed := _NAME_RUN_BEFORE.search(rest[-160:])):
        # "Badan Meteorologi, Klimatologi, dan Geofisika", "Ministry of Energy and
        # Mineral Resources": the words before the last "and" belong to the name.
        whole = re.sub(r"^[Tt]he\s+", "", listed.group("run")) + phrase
        if is_org_word(whole.split()[0].casefold()):
            return whole
    if apposition and rest.rstrip().endswith(",") and not parse_phrase(phrase).name:
        # "Rudi Hartono, head of the union, told": the name before the role.
        role, _ = _words_before(rest.rstrip(" ,"))
        if (
            role
            and role.split()[0].casefold() not in FUNCTION_WORDS
            and parse_phrase(role).name
        ):
            return f"{role}, {phrase}"
    return phrase


# A medium's kind, then its name in quote marks (blanked in the masked text).
_MEDIUM_KIND = (
    r"(?P<phrase>(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+)?(?:daily|newspaper|magazine|paper"
    r"|weekly|tabloid|broadcaster|website)|(?:[Mm]ajalah|[Hh]arian|[Kk]oran|[Tt]abloid"
    r"|[Ss]urat\s+kabar|[Pp]ortal|[Ss]itus)(?:\s+[a-z][\w-]*)?)"
)
_MEDIUM_THEN_NAME_QUOTED = re.compile(
    rf"(?:^|[,;]\s*)\W*{_MEDIUM_KIND}\s+[\"“]\S?\s*[\"”]$"
)
_MEDIUM_NAME_QUOTED = re.compile(
    rf"{_MEDIUM_KIND}\s+[\"“](?P<name>[^\"“”\n]{{2,40}})[\"”]"
)
# Bodies a report names by what they are, in lower case: "the transport
# ministry", "China's foreign ministry", "the pilots' union", "an anti-graft court".
_BODY_NOUNS = (
    "ministry|court|union|department|directorate|commission|council|regulator"
    "|authority|embassy|inspectorate|watchdog|secretariat"
)
_BODY_DESCRIBED = (
    r"(?:(?:[Tt]he|[Aa]n?)\s+(?P<place>(?:[A-Z][\w-]*\s+){0,2})"
    r"|(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s)\s+)?"
    r"(?P<words>(?:[a-z][\w-]*['’]?\s+){0,3})"
    rf"(?P<noun>{_BODY_NOUNS})"
)
# The whole subject of its clause: opening the head, or after a comma or a colon.
_COMMON_BODY_END = re.compile(rf"(?:^|[,;:]\s+)\W*{_BODY_DESCRIBED}$")
_COMMON_BODY_OPENS = re.compile(
    rf"^\W*(?P<body>{_BODY_DESCRIBED})\s+(?:,[^,]*,\s+)?(?:[a-z]+ed|was|is|has|had)\b"
)
_COMMON_BODY_WHOLE = re.compile(_BODY_DESCRIBED)
# The bench of judges: "majelis", "majelis hakim itu".
_PANEL = re.compile(r"[Mm]ajelis(?:\s+hakim)?(?:\s+(?:itu|tersebut))?")
# A court's name: "Pengadilan Negeri Larantuka", "Pengadilan Tindak Pidana Korupsi
# (Tipikor) Semarang".
_COURT_NAME = re.compile(
    r"\bPengadilan(?:\s+(?:[A-Z][\w-]*|\([A-Z][\w-]*\)|dan))*\s+[A-Z][\w-]*"
)


def _court_before(text: str, pos: int) -> str:
    """Return the court the text named last before pos, its short form dropped."""
    found = [m.group() for m in _COURT_NAME.finditer(text, max(0, pos - 4000), pos)]
    return re.sub(r"\s+\([^)]*\)", "", found[-1]) if found else ""


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|an|i)")
_THE_BODY_NOUN_ONLY = re.compile(rf"[Tt]he\s+({_BODY_NOUNS})")
_COMMON_BODY_ANY = re.compile(rf"\b{_BODY_DESCRIBED}\b")


def _body_words(m: re.Match[str]) -> str:
    """Return a described body as the app shows it: "China's foreign ministry".

    The article and a nationality go ("an Indonesian anti-graft court" is the
    "anti-graft court"); a place and a possessive owner stay. "" when nothing
    says which body it is ("the ministry"), or a word in lower case is a
    function word ("said the union").
    """
    words = m.group("words").split()
    if any(w.casefold() in FUNCTION_WORDS for w in words):
        return ""
    place = (m.group("place") or "").split()
    if any(w.casefold() in FUNCTION_WORDS or _DEMONYM.fullmatch(w) for w in place):
        place = []  # "an Indonesian anti-graft court": the nationality goes
    owner = [m.group("owner")] if m.group("owner") else []
    if not (words or place or owner):
        return ""
    return " ".join([*owner, *place, *words, m.group("noun")])


def _common_body(head: str) -> str:
    """Return the body described in lower case that ends head, "" if none."""
    m = _COMMON_BODY_END.search(head)
    return _body_words(m) if m else ""


def _common_body_back(text: str, noun: str, pos: int) -> str:
    """Return the last body described with noun before pos: "the pilots' union"."""
    found = ""
    for m in _COMMON_BODY_ANY.finditer(text, max(0, pos - 3000), pos):
        if m.group("noun") == noun and (words := _body_words(m)):
            found = words
    return found


_SENTENCE_ADVERB = re.compile(
    r"(?:Later|Earlier|Then|Afterwards|Meanwhile|Now|But|And|Also"
    r"|Kemudian|Lalu|Namun|Kini|Sebelumnya|Selanjutnya|Sementara(?:\s+itu)?|Adapun"
    # "Sedangkan Polres Minahasa menyebut", "Tapi Bupati X berkata": connectives.
    r"|Sedangkan|Tetapi|Tapi|Bahkan|Padahal|Di\s+sisi\s+lain|Di\s+pihak\s+lain)\s+"
    r"(?=the\s|[A-Z])"
)
# "Her neighbour", "his lawyer" opening its clause (the words _KIN_OF reads).
_KIN_SUBJECT = re.compile(
    r"(?:^|[,;]\s*)\s*(?P<phrase>(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?"
    r"(?:husband|wife|partner|son|daughter|brother|sister|father|mother|mum|dad"
    r"|grandson|granddaughter|uncle|aunt|cousin|fiancée?|boyfriend|girlfriend"
    r"|colleague|friend|neighbour|neighbor|lawyer|agent|coach|manager))$"
)
# A definite description opening its clause: "The 71-year-old", "the former banker".
_DESCRIPTION_SUBJECT = re.compile(
    r"(?:^|[,;]\s*)\s*(?P<phrase>[Tt]he\s+(?:[a-z0-9][\w-]*\s+){0,2}[a-z0-9][\w-]*)$"
)


def _words_before(head: str) -> tuple[str, str]:
    """Return (subject words ending head, what comes before them)."""
    taken: list[re.Match[str]] = []
    for m in reversed(list(re.finditer(r"[\w'’().-]+", head))):
        word = m.group().strip("().")
        gap = head[m.end() : taken[-1].start()] if taken else head[m.end() :]
        if any(c in gap for c in ",.!?;:"):
            break
        low = word.casefold()
        if not taken and low in _PRONOUNS:
            return word, head[: m.start()]
        if (
            taken
            and low in ("in", "of", "di", "for", "untuk")
            and _roleish(_previous_word(head, m.start()).casefold())
        ):
            taken.append(m)  # "The Chinese embassy in Vientiane"
            continue
        # "of Hasanuddin University", "of the Food ... Union", "at broker Lintel &
        # Park": capitalised words after the preposition, maybe behind one or two
        # lower-case ones.
        capitalised_after = bool(taken) and any(
            head[t.start()].isupper() for t in taken[-3:]
        )
        if (
            capitalised_after
            and (
                low in ("of", "at", "from")
                or (low == "and" and is_org_word(taken[0].group().casefold()))
            )
            and _previous_word(head, m.start())[:1].isupper()
        ):
            # "Dr. Laila Rusdi of Hasanuddin University", "Bernadette Quigley of
            # the Food and Allied Workers Union": one name, its body after it.
            taken.append(m)
            continue
        if (
            taken
            and word.islower()
            and head[taken[-1].start()].isupper()
            and _previous_word(head, m.start()).casefold()
            in ("of", "at", "from", "the")
        ):
            taken.append(m)  # "at broker Lintel & Park": what the body is
            continue
        if low in _RELATIVE:
            break  # "who asked not to be named": not a subject of its own
        if word[:1].isupper() or _roleish(low) or (taken and low in _PARTICLE_OR_DET):
            taken.append(m)
            continue
        break
    while taken and taken[-1].group().casefold() in _PARTICLE_OR_DET - {
        "the",
        "a",
        "an",
    }:
        taken.pop()
    if not taken:
        return "", head
    return head[taken[-1].start() : taken[0].end()].strip("() "), head[
        : taken[-1].start()
    ]


_NAME_RUN_BEFORE = re.compile(
    r"(?P<run>[A-Z][\w'’-]*(?:(?:,?\s+(?:of|for|and|dan|untuk|serta|&)\s+|,\s+|\s+)"
    r"[A-Z][\w'’-]*)*,?\s+(?:of|for|and|dan|untuk|serta|&)\s+)$"
)
_INSERTED_CLAUSE = re.compile(
    r",\s+(?:who|which|whose|yang|speaking|berbicara|saat|ketika|when|while|dalam|di"
    r"|usai|seusai|in|at|during|after|before|on|selaku|sebagai|as|a|an|the"
    # "Callum Reid, working as a pundit for Channel Nine Sport, said": a participle.
    r"|[a-z]{3,}ing|now|formerly|himself|herself|then|from|of|with|his|her|their|its"
    # "Tom Hale, Ann Roe's husband, said": whose the person is, in commas.
    r"|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s?"
    # "Dana Reyes, chief economist at Holm Bank, said", "Rina, peneliti di lembaga
    # X, menyebut": a role in lower case and the body it is held at.
    r"|(?:[a-z][\w-]*\s+){1,3}(?:at|of|for|with|di|pada|dari))\b"
    # "which has 2.3 million users", "with 40,000 members": numbers keep their marks.
    r"(?:[^,.;:!?]|[.,](?=\d))*,\s*$"
)
_PRONOUNS = frozenset(
    {"dia", "ia", "beliau", "he", "she", "mereka", "they", "we", "kami"}
)


def _previous_word(text: str, pos: int) -> str:
    m = re.search(r"([\w'’-]+)\W*$", text[max(0, pos - 40) : pos])
    return m.group(1) if m else ""


_INSERTED_PHRASE = re.compile(
    r"\s+(?:dalam|melalui|lewat|via|in|through)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*$"
    # "Agus Ismail, saat dihubungi terpisah, mengatakan" without the second comma.
    r"|,?\s+(?:saat|ketika|sewaktu|usai|seusai)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*$"
)
# "Dave Mullins, 54,", "Paul Riggs, R-Ohio,", "Jane Moreno (D-Calif.)": not the subject.
_AGE_BEFORE_VERB = re.compile(
    rf"(?:(?:,\s*{DEGREE})+"
    r"|,\s*(?:\d{1,3}|[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)"
    r"|\s*\((?:\d{1,3}|[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\))\s*,?\s*$"
)
_CONJUNCTIONS = frozenset({
    "while", "and", "but", "as", "when", "whereas", "sementara", "dan", "tetapi",
    "namun", "ketika", "saat", "sedangkan", "padahal", "lalu", "kemudian",
})  # fmt: skip
_RELATIVE = frozenset({"who", "which", "that", "yang", "whom", "whose"})
_APPOSED_NAME = re.compile(r"\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*,")
_PARTICLE_OR_DET = frozenset({"bin", "binti", "van", "von", "de", "da", "al", "el", "the", "a", "an"})  # fmt: skip


def _roleish(low: str) -> bool:
    low = re.sub(r"['’]s$", "", low)  # "the prime minister's office"
    return (
        low in TITLES
        or is_org_word(low)
        or low in MEDIA_WORDS
        or low in PEOPLE_NOUNS
        or low in ("itu", "tersebut", "pemerintah", "resmi", "senior", "tinggi")
    )


# "residents said", "several traders told reporters": people the article counts
# but never names, in lowercase plural words.
_PLURAL_GROUP = re.compile(
    r"^(?:(?:several|many|some|other|few|a\s+few|dozens\s+of|hundreds\s+of"
    r"|a\s+number\s+of|a\s+group\s+of|local)\s+)*(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s$"
    # "kedua bocah itu", "sejumlah pedagang", "para korban": counted, not named.
    r"|^(?:para|sejumlah|beberapa|kedua|ketiga|keempat|kelima|banyak|ratusan|puluhan"
    r"|belasan)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}$"
)


# Plurals of nouns for people by their endings: "Prosecutors", "Rescuers",
# "Scientists", "Authorities", "Residents".
_PLURAL_AGENTS = re.compile(r"[A-Z][a-z]+(?:ors|ers|ists|ians|ities|ants|ents|ees)")
_COLLECTIVE = re.compile(
    r"(?i:the\s+)?(?:crowd|audience|mob|massa|hadirin|kerumunan)(?:\s+(?:itu|tersebut))?"
)


def _plural_group(phrase: str) -> bool:
    """Return whether phrase counts unnamed people: 'several traders', 'residents'."""
    phrase = phrase.strip()
    if _COLLECTIVE.fullmatch(phrase):
        return True  # "the crowd chanted", "teriak massa"
    if re.fullmatch(r"(?:[Ss]ome\s+|[Mm]any\s+|[Tt]he\s+)?[A-Z]{2,5}s", phrase):
        return True  # "say GPs", "MPs said": an acronym's plural, many of them
    if re.fullmatch(r"[A-Z][a-z]+s", phrase):
        # "Critics said", "Residents told": a plural noun for people opening the
        # sentence (a name ending in s is no noun: "Jones", "Williams").
        return phrase.casefold() in PEOPLE_NOUNS
    if not _PLURAL_GROUP.match(phrase):
        return False
    if _STATEMENT_MENTION.search(phrase):
        return False  # "reports", "statements"
    words = phrase.casefold().split()
    # "party colleagues": the head noun says who; the words before may name a body.
    return not (
        is_org_word(words[-1])
        or words[-1] in MEDIA_WORDS
        or any(w in _PRONOUNS for w in words)
    )


# "The Corran-based group", "the London-listed company", "the family-owned firm".
_DESCRIBED_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z]?[\w]+-(?:based|listed|owned|run|backed|controlled|old))"
    r"\s+([a-z]+)$"
)
# ", the company confirmed" closing a sentence: its subject is that body.
# ", the regional grocery chain confirmed": up to three words describe the noun.
_THE_BODY_SAID = re.compile(
    rf",\s+the\s+(?:[a-z][\w-]*\s+){{0,3}}?([a-z]+)\s+(?:{_EN_VERBS}|confirmed)\b"
)
# Nouns for a business that no institution word names: "the grocery chain".
_BUSINESS_NOUNS = frozenset(
    {
        "chain",
        "firm",
        "operator",
        "retailer",
        "carrier",
        "grocer",
        "insurer",
        "lender",
        "maker",
        "manufacturer",
        "developer",
        "supplier",
        "utility",
    }
)
_BARE_SUBJECT_VERB = re.compile(rf"\s+{_ADVERBS}(?:{_ID_ACTIVE}|{_EN_VERBS})\b")


def _role_opens_sentence(cast: Cast, at: int) -> bool:
    """Return whether the role of the mention at `at` opens its sentence.

    "Anggota DPRD Rina Kartika punya pendapat lain.", "Opposition leader Mary
    Tan disagreed.": the named subject, behind the words of its role.
    """
    mention = next((m for m in cast.mentions if m.start == at), None)
    if mention is None or not mention.role:
        return False
    lead = cast.text[sentence_start(cast.text, at) : at].strip()
    # "Di kubu lawan, pelatih Persija Thomas Doll justru puas.": after an opener.
    lead = lead.rpartition(",")[2].strip()
    return (
        bool(lead)
        and fold(lead).endswith(fold(mention.role))
        and len(lead.split()) <= len(mention.role.split()) + 2
    )


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t")
    return not before or before[-1] in '.!?\n"”'


_THE_BODY_NOUN = re.compile(r"^[Tt]he\s+([a-z]+)$")
_THE_SPOKESPERSON = re.compile(
    r"^(?:[Tt]he\s+spokes(?:person|man|woman)|(?:juru\s+bicara|jubir)\s+(?:itu|tersebut))$"
)
# "A council spokesperson", "a spokesman for the ministry", "seorang juru bicara
# Polda Riau": an unnamed spokesperson brought in.
_SPOKESPERSON_INTRO = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Ss]eorang)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:spokes(?:person|man|woman)(?:\s+for\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)*)?"
    r"|juru\s+bicara(?:\s+[A-Z][\w'’-]*)+)"
)


def _last_spokesperson_intro(text: str, pos: int) -> re.Match[str] | None:
    """Return the last unnamed spokesperson brought in within 600 characters of pos."""
    found = None
    for m in _SPOKESPERSON_INTRO.finditer(text, max(0, pos - 600), pos):
        found = m
    return found


_THE_PROPER_ROLE = re.compile(r"^[Tt]he\s+(?:[A-Z][\w'’-]*\s+){1,2}([a-z][a-z-]+)$")
_CAPITALISED_BODY = re.compile(
    r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][\w'’&-]*)*"
)


def _body_named_before(cast: Cast, pos: int) -> str:
    """Return the last body named in the 600 characters before pos, outside quotes.

    >>> _body_named_before(Cast.read("The Port Authority shut. Tom Hale left. X"), 40)
    'Port Authority'
    """
    found = ""
    for m in _CAPITALISED_BODY.finditer(cast.text, max(0, pos - 600), pos):
        if any(a <= m.start() < b for a, b in cast.quoted):
            continue
        words = _drop_openers(m.group().split())
        if len(words) >= 2 and is_org_word(words[-1].casefold()):
            found = " ".join(words)
    return found


_HEAD_OF_QUOTE = re.compile(r"[^\"“”.!?\n]*[\"“]")
_CLOSING = re.compile(r"[\"”]")
_SPACE_OR_STOP = re.compile(r"[\s.,;!?]*")


def _body_named_after(text: str, pos: int) -> str:
    """Return the first body named in the two sentences after pos, outside quotes.

    >>> _body_named_after('"Go," the agency said. The Weather Bureau agreed.', 5)
    'Weather Bureau'
    """
    if (head := _HEAD_OF_QUOTE.match(text, pos)) and (
        close := _CLOSING.search(text, head.end())
    ):
        # 'in what the agency called "a dangerous event". The Bureau ...': from
        # the end of the words it quotes.
        pos = _SPACE_OR_STOP.match(text, close.end()).end()
    end = sentence_end(text, pos, 300)
    end = sentence_end(text, min(end + 1, len(text)), 300)
    window = re.split(r"[\"“”]", text[pos:end].lstrip('"“”,;: '), maxsplit=1)[0]
    for m in _CAPITALISED_BODY.finditer(window):
        words = re.sub(r"^(?:[Tt]he)\s+", "", m.group()).split()
        if len(words) >= 2 and any(is_org_word(w.casefold()) for w in words):
            return " ".join(words)
    return ""


def _bare_subject_body(cast: Cast, pos: int) -> str:
    """Return a recent subject opening its sentence that nothing shows is a person.

    "Harbor Steel cut 300 jobs. Union leader Tom Hale called it a betrayal.
    "...," the company said": Tom Hale has a role; Harbor Steel has none, no
    title, no he or she after it.
    """
    for at, subject in cast.subjects_before(pos, limit=3):
        if pos - at > 400:
            break
        if cast.role_of(subject) or cast.gender(subject):
            continue
        if len(subject.split()) < 2 or not _opens_sentence(cast.text, at):
            continue
        end = sentence_end(cast.text, at, 300)
        if _PRONOUN_WORD.search(cast.text, at + len(subject), end):
            continue
        return subject
    return ""


def _body_subject(cast: Cast, pos: int) -> str:
    """Return the last subject before pos when nothing shows it is a person.

    No role or title, no "he"/"she" after it, no "Mr.", not two quotes of a
    person: a bare name opening a sentence of speech may be a company's.
    """
    at, subject = cast.last_subject(pos)
    if not subject or pos - at > 600:
        return ""
    if not _opens_sentence(cast.text, at):
        return ""
    end = sentence_end(cast.text, at, 400)
    named_body = (body := _THE_BODY_SAID.search(cast.text, at, end)) and (
        is_org_word(body.group(1).casefold()) or body.group(1) in _BUSINESS_NOUNS
    )
    if not _BARE_SUBJECT_VERB.match(cast.text, at + len(subject)) and not named_body:
        # Only "Harbor Steel said ..." opening its sentence, or "Brennan Foods will
        # close its bakery ..., the company confirmed".
        return ""
    if cast.role_of(subject) or cast.gender(subject):
        return ""
    if _PRONOUN_WORD.search(
        cast.text, at + len(subject), sentence_end(cast.text, at, 300)
    ):
        return ""  # "Dana Lee said she would sue": a person
    return subject


def _plausible_subject(phrase: str) -> bool:
    words = phrase.split()
    if not words or len(words) > 8:
        return False
    first = words[0].casefold()
    if first in _CONJUNCTIONS:
        return (
            False  # '"...", while the Global Times wrote': a new clause, a new speaker
        )
    if re.search(r",\s+(?:and|but|while|dan|tetapi|namun)\s", phrase):
        # '"broken" the night shift, and the hospital trust has promised': the
        # words after the comma open a clause of their own.
        return False
    if first in ("dia", "ia", "beliau", "he", "she", "they", "mereka", "it"):
        return len(words) == 1
    if _STATEMENT_REF.match(phrase):
        return True  # '"...," the statement said.'
    if _UNNAMED_PHRASE.match(phrase) and len(words) <= 5:
        return True  # '"...," a trader said.'
    if _plural_group(phrase):
        return True  # '"...," residents said.'
    if _KIN_OF.match(phrase):
        return True  # '"...," her husband added.'
    return (
        any(w[:1].isupper() for w in words)
        or any(_roleish(w.casefold()) for w in words)
        or _is_anaphor(phrase)
        or bool(_GENDERED_PERSON.match(phrase))  # '"...," the mother of two said.'
    )


def _clause_end(text: str, pos: int) -> int:
    return sentence_end(text, pos)


def _opens_paragraph(text: str, open_at: int) -> bool:
    line_start = text.rfind("\n", 0, open_at) + 1
    return not text[line_start:open_at].strip()


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


# --- what is not a quote -------------------------------------------------------------


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
        _CALLED_BY.search(before) and len(words) >= 3
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
        sentence_start(masked, open_at) : _clause_end(masked, close_at + 1)
    ]
    if (
        words_text.rstrip().endswith((".", "!", "?"))
        and not masked[sentence_start(masked, open_at) : open_at].strip()
    ):
        return False  # '"Nobody came."': a whole sentence quoted, not a word marked
    return not _SPEECH_CUE.search(sentence)


# --- marks and forms -----------------------------------------------------------------


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
    rf"[ \t]*(?:(?:{_ID_AFTER})(?:nya)?\b|(?:he|she|they|it)\s+(?:said|added)\b"
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
