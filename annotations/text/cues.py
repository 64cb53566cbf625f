"""Find the speech cues around a quote: the words that say who said it.

A cue is a speech verb and the phrase naming its subject, read on the text
with the quoted words blanked out: right after the quote (", kata Blinken",
", ujarnya", "Miller said", '"...," a statement from X read'), before it in
the same sentence ("Blinken mengatakan bahwa", "Menurut Hua,", "Reuters
reported", 'Tom Hale, the coach, disagreed:'), later in its sentence (", kata
Wang"), in the sentence after ("Hal itu disampaikan ..."), or in a paragraph
that introduces the quote with a colon. find_cues yields them best first;
this module decides only where a cue's phrase is and what words it holds,
never whom they name (voices.py does).

The phrase tests here (roleish, plural_group, is_anaphor) say whether words
can be a speaker phrase at all: a person described, a group, a body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from annotations.text.attribution import (
    ABBREVIATED_TITLE,
    DEGREE,
    FUNCTION_WORDS,
    MEDIA_WORDS,
    MESSAGE_FROM,
    PEOPLE_NOUNS,
    STATEMENT_OF,
    TITLES,
    ends_abbreviation,
    is_org_word,
    parse_phrase,
    sentence_end,
    sentence_start,
)

# Verbs that follow the quote and come before the speaker: ", kata Blinken", ", ujarnya".
ID_AFTER = (
    "kata|ujar|ucap|tutur|ungkap|jelas|tegas|tambah|imbuh|cetus|sebut|terang|papar"
    "|lanjut|seru|pungkas|tandas|tukas|timpal|sambung|kilah|tulis|beber|urai|tanya"
    "|sergah|bilang|aku|pinta|harap|klaim|catat|nilai|desak|katakan|jawab|kenang"
    "|keluh|canda|seloroh|kisah|ajak|imbau|tutup|sahut|protes|keluhkan|akui|teriak|pekik"
    "|cuit|kicau"
)
# Verbs that follow their subject: "Blinken mengatakan", "Miller said".
ID_ACTIVE = (
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
EN_VERBS = (
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
ADVERBS = r"(?:(?:juga|pun|kembali|kemudian|lalu|sempat|telah|sudah|pernah|sebelumnya|also|then|later|had|has|have|again|once|previously|earlier|further|later)\s+)*"
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
DOC_NOUN = (
    r"(?:statement|press\s+release|release|letter|circular|memo|notice|bulletin"
    r"|report|assessment|review|study|audit|survey|document|filing|post|caption"
    r"|register|records|minutes|briefing|guidance"
    r"|tweet|email|e-mail|message|ruling|judgment|judgement|submission|petition"
    r"|decision|verdict"
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
MEDIA_NOUN = r"(?:video|foto|photo|clip|klip|image|gambar|rekaman|footage|akun|account)"
# '"...," a statement from Harbor Lines read', 'the ministry's statement reads'.
_STATEMENT_READ = re.compile(
    rf"^[\s,]*(?P<phrase>(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{DOC_NOUN}"
    r"(?:\s+(?:from|by|of|issued\s+by)\s+[^.;:!?\n\"“”]{1,80}?)?)\s+reads?\b",
    re.IGNORECASE,
)
_BASED_ON = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:[Bb]erdasarkan|[Mm]engacu\s+(?:pada|kepada)|[Mm]erujuk"
    r"(?:\s+(?:pada|kepada))?|[Bb]ased\s+on|[Cc]iting)\s+(?P<phrase>(?:[\w'’-]+\s+){0,2}?"
    rf"(?i:{DOC_NOUN})\b[^,.!?\"“”]{{0,100}}),[^.!?\"“”]{{0,80}}$"
)
_IT_READ = re.compile(r"^[\s,]*(?:it|this|that)\s+(?:read|reads)\b", re.IGNORECASE)
# "The report, published by X on Monday, says", "Surat edaran itu menyebut": a
# document opening the sentence as its subject.
_DOC_SUBJECT = re.compile(
    rf"\W*(?P<phrase>(?:(?:A|An|The|Its|Their|This|That|Sebuah)\s+"
    # "The Environment Agency's assessment": a body's document.
    rf"(?:[A-Z][\w&.-]*\s+){{0,4}}?(?:[A-Z][\w&.-]*['’]s\s+)?"
    rf"(?:[a-z][\w'’-]*\s+){{0,2}}?)?(?i:{DOC_NOUN})\b[^\"“”]*?)[\s,]*$"
)
# '"...," the assessment states.', '"...," its report concluded.'
_DOC_TAIL = re.compile(
    rf"^[\s,]*(?P<phrase>(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{DOC_NOUN})\s+(?:states|stated|finds|found|concludes|concluded|adds|added"
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
_SPEECH_NOUN = (
    r"(?:jawaban|tanggapan|ungkapan|ucapan|komentar|pengakuan|pesan|harapan"
    r"|kata-kata|penegasan)"
)
_TAIL_AFTER = re.compile(
    rf"^[\s,.;:!?\-–—)]*(?:(?:demikian|begitu|seperti|sebagaimana)\s+)?"
    rf"(?P<verb>(?:{ID_AFTER})(?P<nya>nya)?|(?:{_ID_PASSIVE})(?:\s+oleh)?"
    rf"|{EN_VERBS}|menurut(?P<menurutnya>nya)?|according\s+to|lapor|{_STATEMENT_NOUN}"
    # '"...," demikian jawaban X', 'begitu tanggapan X': a noun of speech, its speaker.
    rf"|(?:(?<=demikian\s)|(?<=begitu\s)){_SPEECH_NOUN})\b"
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
    rf"^[\s,.;:!?\-–—)]*(?P<phrase>{_PHRASE_CHAR}{{1,90}}?)\s+{ADVERBS}"
    rf"(?P<verb>{ID_ACTIVE}|{EN_VERBS})\b",
)
# ", saying his side ...", "sambil menyebut ...": the sentence's subject speaks.
_PARTICIPLES = (
    "saying|adding|noting|telling|warning|insisting|arguing|explaining|stressing"
    "|claiming|calling|describing|(?:sambil|seraya|sembari)\\s+(?:mengatakan|menyebut"
    "|menegaskan|menambahkan|menyatakan|berkata)"
)
_HEAD_VERB = re.compile(
    rf"\b(?:(?P<participle>{_PARTICIPLES})|(?P<verb>{ID_ACTIVE}|{EN_VERBS}"
    rf"|menurut(?:nya)?|according\s+to))\b",
    re.IGNORECASE,
)
# A head that ends with a tail-style cue: '"A," kata X, "B."'
_HEAD_TAIL_CUE = re.compile(
    rf"(?:^|[,.])\s*(?:(?P<verb>{ID_AFTER})(?P<nya>nya)?|{EN_VERBS})\b"
    rf"(?P<rest>[^.!?\n]*?)[,:]?\s*$",
    re.IGNORECASE,
)
_IN_THE_WORDS_OF = re.compile(r"\b(?:[Ii]n\s+the\s+words\s+of|[Aa]s\s+put\s+by)\s+")
CALLED_BY = re.compile(
    # "in what state news agency Pelita called": the caller may take five words
    r"\b(?:what|which)\s+(?P<who>(?:[\w'’-]+\s+){1,5}?)(?:called|calls|dubbed|termed)"
    r"\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cue:
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


def find_cues(
    text: str,
    open_at: int,
    close_at: int,
    floor: int,
    *,
    comma: bool = False,
    full_stop: bool = False,
    question: bool = False,
) -> Iterator[Cue]:
    """Yield the speech cues of the quote between open_at and close_at, best first.

    The caller takes the first cue that names somebody: ', according to a
    readout' after the quote names nobody, 'Zhao told Ellison' before it does.
    floor is where the previous quote of the same paragraph closed; comma says
    the quoted words end in a comma, full_stop that they end their sentence,
    question that they ask one (text is masked: they are blanked in it).
    """
    open_ended = text[close_at] == "\n"  # a quote that runs on into the next paragraph
    tail_end = close_at if open_ended else clause_end(text, close_at + 1)
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
            yield Cue("", close_at, "after", pronoun=True)
            named = _NEXT_SENTENCE_CUE.match(text, tail_end)
            if (
                not open_ended
                and named
                and named.group("rest")
                and (phrase := phrase_after(named.group("rest")))
            ):
                # '"...," ujarnya. Hal itu disampaikan Kepala Dinas Sosial, Yanti':
                # with nobody before for "-nya", the sentence after names them.
                yield Cue(phrase, tail_end, "late")
        elif phrase := phrase_after(m.group("rest")):
            verb = m.group("verb").casefold()
            rest = m.group("rest")
            if STATEMENT_REF.match(f"{verb} {phrase.strip()}"):
                # '"...," demikian keterangan tersebut': the statement named before.
                phrase = f"{verb} {phrase.strip()}"
            elif re.fullmatch(_STATEMENT_NOUN, verb) and re.match(r"yang\b", phrase):
                # '"...," demikian pernyataan tertulis yang diterima redaksi': the
                # statement itself, whoever the article says issued it.
                phrase = f"{verb} itu"
            elif (
                re.fullmatch(_STATEMENT_NOUN, verb)
                and (doc := DOC_PHRASE.match(rest.strip()))
                and AUTHORED_BY.search(doc.group("rest"))
            ):
                # "Demikian isi surat terbuka yang ditulis Yohana Lasut": the
                # document with who wrote it.
                phrase = rest.strip()
            if _NICKNAME_NOTE.match(rest, rest.find(phrase) + len(phrase)):
                # 'ujar Edi, sapaan akrabnya': a nickname of the person just named.
                yield Cue("", close_at, "after", pronoun=True)
            cue = Cue(phrase, close_at, "after", reporting=verb in _REPORTING)
            if verb.startswith(("according", "menurut")) and (
                parse_phrase(phrase).kind == "medium"
            ):
                reported = cue  # 'Xi told Biden "...", according to state media'
            else:
                yield cue
    m = _CAME_FROM.match(tail)
    if m and (phrase := phrase_after(m.group("rest"))):
        # '"Not this year," came the reply from leisure manager Colin Pratt.'
        yield Cue(phrase, close_at, "after")
    m = _DASH_TAIL.match(tail)
    if m and (phrase := phrase_after(m.group("rest"))):
        # '"Nobody warned us." — Ann Crane, resident': the name after a dash.
        yield Cue(phrase, close_at, "after")
    if _IT_READ.match(tail):
        # '"We are exhausted," it read.': only writing reads; its author speaks.
        yield Cue("it", close_at, "after", document=True)
    m = (
        _STATEMENT_READ.match(tail)
        or _READ_STATEMENT.match(tail)
        or _DOC_TAIL.match(tail)
    )
    if m:
        # '"...," a statement from Harbor Lines read.', '"...," read a statement from X.'
        yield Cue(m.group("phrase"), close_at, "after")
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
            cue = Cue(
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
                yield Cue("", open_at, "before", pronoun=True)
            elif phrase := phrase_after(m.group("rest")):
                yield Cue(phrase, floor, "before")
    # The text is masked: a quote closed earlier in the paragraph hides its final
    # period, so its words would run into this head ('K   " Iqbal menambahkan').
    # The words since that quote come first; failing a cue there, the sentence's
    # ('Menurut Hua, "A" dan "B"').
    head_start = max(sentence_from, floor)
    if who := _WHO_SAID_COLON.search(text, head_start, open_at):
        # 'Tom Hale said he had met Ann Roe, who told him: "..."': the one the
        # relative clause right before the quote makes speak.
        yield Cue(who.group(1), who.end(1), "before")
    cue = head_cue(text[head_start:open_at], head_start)
    if cue is None and head_start > sentence_from:
        head_start = sentence_from
        cue = head_cue(text[head_start:open_at], head_start)
    elif (
        cue is not None
        and not cue.phrase
        and not cue.pronoun
        and head_start > sentence_from
        and (wider := head_cue(text[sentence_from:open_at], sentence_from))
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
        and (phrase := subject_before(head[: calls.start()]))
    ):
        # 'Economist Ann Roe calls it "a gamble"': the one who calls it so (not
        # in a headline, whose line has no full stop: "Union calls it 'a betrayal'").
        cue = Cue(phrase, head_start + calls.start(), "before")
    if (cue is None or not cue.phrase) and (told_by := _TOLD_BY.search(head)):
        # "Ann Roe was told by the site manager, Tom Hale:": the agent speaks.
        cue = Cue(told_by.group("who"), head_start + told_by.end("who"), "before")
    if cue is None and (for_name := _FOR_NAME_COLON.match(head)):
        cue = Cue(for_name.group("who"), head_start + for_name.end("who"), "before")
    if cue is not None:
        yield cue
    elif (
        (colon := _SUBJECT_COLON.match(head))
        and colon.group(1).split()[0].casefold() not in FUNCTION_WORDS
        # "Her colleague Tom Fenn": lower-case words describe the subject; a verb
        # among them ("Ruth told Ann Roe bluntly:") makes the name its object.
        and not any(
            ANY_SPEECH_VERB.fullmatch(w) or w.endswith("ed")
            for w in colon.group(1).split()
            if w.islower()
        )
    ):
        # 'Tom Hale, the coach, disagreed: "..."': whatever the verb, the colon
        # hands the sentence's subject the quote.
        yield Cue(colon.group(1), head_start + colon.end(1), "before")
    # Later in the sentence: '... "kerja sama" di antara mereka, kata Wang.'
    for m in _LATE_CUE.finditer(tail):
        if m.group("nya"):
            yield Cue("", close_at, "late", pronoun=True)
        elif phrase := phrase_after(tail[m.end() :]):
            yield Cue(phrase, close_at, "late")
    if not head.strip() and opens_paragraph(text, open_at):
        cue = _lead_in(text, open_at)
        if cue is not None:
            yield cue
    if reported is not None:
        yield reported
    # '"...." Hal itu disampaikan Menteri Sosial Tri Rismawati di Jakarta.'
    m = _NEXT_SENTENCE_CUE.match(text, close_at + 1)
    if m and (
        phrase := phrase_after(
            m.group("rest") or m.group("of") or m.group("from") or m.group("so") or ""
        )
    ):
        yield Cue(phrase, close_at, "late")
    elif m and m.group("how"):
        yield Cue(m.group("how"), close_at, "late")


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
    rf"(?:{EN_VERBS}|{ID_ACTIVE})\b[^.!?:\"“”]{{0,40}}:\s*$"
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
    if not opens_paragraph(text, open_at):
        return ""
    m = _LINE_BREAK.match(text, close_at + 1)
    if not m:
        return ""
    tail = " " + text[m.end() : clause_end(text, m.end())]
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
_LATE_CUE = re.compile(rf",\s*(?:(?:{ID_AFTER})(?P<nya>nya)?|{EN_VERBS})\b")


def head_cue(head: str, head_start: int) -> Cue | None:
    """Return the cue in the words before a quote: 'Blinken mengatakan', 'Menurut Hua,'.

    A speech verb whose subject names nobody ('A diplomat from one member state
    said') is still a cue: the quote is then nobody's in particular, not the
    previous speaker's. Headlines speak in their own shapes: 'Menlu AS: "..."',
    'Blinken Sebut Pertemuan "Produktif"', and 'Kata Blinken, "..."' opens a sentence.
    """
    m = _HEAD_INITIAL.match(head)
    if m and (phrase := phrase_after(m.group("rest"))):
        return Cue(phrase, head_start, "before")
    m = CALLED_BY.search(head)
    if m:
        # 'in what the agency called "..."', 'which she called "..."'.
        return Cue(m.group("who").strip(), head_start + m.start("who"), "before")
    m = _IN_THE_WORDS_OF.search(head)
    if (
        m
        and (phrase := phrase_after(head[m.end() :], comma_ends=True))
        and re.search(r"\b[A-Z]", phrase)
    ):
        # "It was, in the words of club captain Joe Pike, "a night to forget"";
        # "in the words of the club song" names nobody.
        return Cue(phrase, head_start + m.end(), "before")
    m = _HEAD_STATEMENT_READ.search(head)
    if m:
        return Cue(m.group("phrase"), head_start + m.start(), "before")
    m = _WORDING_READS.search(head)
    if m:
        # 'Surat itu berbunyi: "..."', 'It read: "..."': the statement's issuer.
        return Cue(m.group("phrase"), head_start + m.start("phrase"), "before")
    m = _HEAD_PASSIVE.search(head)
    if m and (phrase := phrase_after(m.group("rest"))):
        # 'Hal senada disampaikan Ketua DPRD Donatus David.' / '..., dijawab Budi, "..."'
        return Cue(phrase, head_start + m.start("rest"), "before")
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
                return Cue(body.group("body"), head_start + m.start(), "before")
            return Cue("", head_start + m.start(), "before", pronoun=True)
        verb = m.group("verb").casefold()
        if (
            verb == "asked"
            and not head[: m.start()].strip(" \"“”'")
            and (asked := _ASKED_THEN_SUBJECT.match(head, m.end()))
        ):
            # "Asked whether the news had rattled them, Harwood shook his head.":
            # the one asked, after the comma, answers.
            return Cue(asked.group("who"), head_start + asked.start("who"), "before")
        if verb == "menurutnya":
            return Cue("", head_start + m.start(), "before", pronoun=True)
        if verb == "menurut" or verb.startswith("according"):
            phrase = phrase_after(head[m.end() :], comma_ends=True)
        elif doc := _DOC_SUBJECT.match(head, 0, m.start()):
            # "A letter seen by the Gazette, sent by the contractor, warned": the
            # document is the subject; its author speaks (document_author).
            phrase = doc.group("phrase").strip(" ,")
        else:
            phrase = subject_before(head[: m.start()])
        if phrase:
            return Cue(
                phrase, head_start + m.start(), "before", reporting=verb in _REPORTING
            )
        unnamed = unnamed or Cue("", head_start + m.start(), "before")
    if unnamed is None and (m := _BASED_ON.search(head)):
        # 'Berdasarkan hasil audit Inspektorat, "terdapat kelebihan bayar"': the
        # document the sentence rests on speaks, by its author.
        return Cue(m.group("phrase"), head_start + m.start("phrase"), "before")
    if unnamed is None and (m := _HEADLINE_COLON.search(head)):
        # "Kapolda Soal Bentrok Suporter:": the words after "Soal" are the topic.
        who = _TOPIC.split(m.group(1), maxsplit=1)[0]
        return Cue(who, head_start + m.start(1), "before")
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
    r"\s+(?:from|by|of|issued\s+by)\s+[^.;:!?\n\"“”,]{1,80}?)"
    # "A statement from the family of Tom Arkwright, a porter who ..., read:".
    r"(?:,[^.;:!?\n\"“”]{1,160},)?\s+reads?\s*[:,]?\s*$",
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
    rf"^\W*(?:{ID_AFTER})\s+(?P<rest>[^.!?\n]*?)[,:]\s*$", re.IGNORECASE
)


def _lead_in(text: str, open_at: int) -> Cue | None:
    """Return the cue of a paragraph that introduces this one with a colon.

    'Kepala BNPB Abdul Muhari menjelaskan:' then the quote as its own paragraph.
    """
    line_end = text.rfind("\n", 0, open_at)
    before = text[:line_end].rstrip()
    if not before.endswith(":"):
        return None
    start = sentence_start(text, len(before) - 1)
    cue = head_cue(before[start:-1] + " ", start)
    return (
        Cue(cue.phrase, cue.at, "lead-in", cue.pronoun, cue.reporting) if cue else None
    )


_STATEMENT_WORD = (
    r"(?:statement|press\s+release|release|letter|circular|memo|notice|bulletin"
    # A body's document speaks for it: "published its review ... the report said".
    r"|(?:(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Tt]he\s)|(?<=\b[Ii]ts\s)|(?<=\btheir\s))"
    r"(?:report|review|study|audit|survey|assessment|analysis)"
    r"|(?:keterangan|pernyataan|siaran\s+pers|rilis|surat(?:\s+edaran)?|edaran)"
    r"(?:\s+(?:tertulis|resmi|pers))*(?:nya)?)"
)
# A statement named before: "the statement", "that release", "keterangan tersebut".
STATEMENT_REF = re.compile(
    rf"^(?:(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:statement|release|letter"
    rf"|circular|memo|notice|bulletin|report|review|study|audit|survey|assessment"
    rf"|analysis)"
    # "demikian bunyi surat edaran tersebut": the wording of the letter.
    rf"|(?:(?:bunyi|isi|petikan|kutipan)\s+)?{_STATEMENT_WORD}\s+(?:itu|tersebut|ini))$",
    re.IGNORECASE,
)
STATEMENT_MENTION = re.compile(rf"\b{_STATEMENT_WORD}\b", re.IGNORECASE)
# "laporan itu", "isi surat tersebut", "the assessment", "its latest report", "The
# letter, signed by headteacher Dana Whitlock,": a document as the speaker.
DOC_PHRASE = re.compile(
    rf"^\W*(?:(?:bunyi|isi|petikan|kutipan)\s+)?(?:(?:a|an|the|this|that|its|their"
    rf"|[A-Z][\w'’.-]*['’]s)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{DOC_NOUN})"
    rf"(?:\s+(?:itu|tersebut|ini))?(?P<rest>(?:[\s,]+[^\n]*)?)$",
    re.IGNORECASE,
)
# The author inside the phrase: "signed by X", "ditandatangani X", "from X".
AUTHORED_BY = re.compile(
    r"\b(?:(?:signed|sent|written|published|issued|posted|uploaded|shared|released"
    r"|compiled|prepared|commissioned|drawn\s+up|filed|put\s+out)\s+by"
    r"|(?:ditandatangani|dikirim(?:kan)?|ditulis|diterbitkan|dirilis|diunggah"
    r"|dibuat|disusun|dikeluarkan|diteken|dilayangkan)(?:\s+oleh)?"
    r"|from|dari|oleh)\s+(?P<who>[^\n\"“”]{1,160})"
)
# A definite description of a person: "pemain berusia 27 tahun itu", "the 27-year-old".
_ANAPHOR = re.compile(
    r"^(?:the\s+\d+-year-old(?:\s+[a-z]+)?|the\s+[a-z]+(?:\s+[a-z]+)?"
    # "the former Harlow defender": a former club or employer inside the description.
    r"|the\s+(?:former|ex-|one-time)\s*(?:[A-Z][\w'’-]*\s+){1,2}[a-z]+"
    r"|the\s+[A-Z][a-z]+(?:ese|ian|ish|an|ch|i|ard|ine|ede|eek)\s+[a-z]+"
    r"|(?!seorang\b|sejumlah\b|para\b)[a-z][\w\s-]*\s(?:itu|tersebut))$"
)


def is_anaphor(phrase: str) -> bool:
    """Return whether phrase describes one person already named, not a group or body."""
    phrase = re.sub(r"^The\b", "the", phrase.strip())  # opening its sentence
    return bool(_ANAPHOR.match(phrase)) and not any(
        is_org_word(w) or w in MEDIA_WORDS or w in PEOPLE_NOUNS or w in NOT_ONE_PERSON
        for w in phrase.casefold().split()
    )


# Descriptions of many people or of nobody in particular.
NOT_ONE_PERSON = frozenset({
    "spokesperson", "spokesman", "spokeswoman", "statement", "source", "sources",
    "government", "police", "juru", "bicara", "jubir", "official", "pejabat", "humas",
    "jury", "panel", "tribunal", "board", "organisers", "organizers", "panitia",
})  # fmt: skip
# Nouns that say no more of a person than a pronoun does, and their gender.
GENDER_OF_NOUN = {
    "man": "m", "woman": "f", "boy": "m", "girl": "f", "gentleman": "m", "lady": "f",
    "pria": "m", "lelaki": "m", "laki-laki": "m", "wanita": "f", "perempuan": "f",
    "mother": "f", "father": "m", "ibu": "f", "ayah": "m", "bapak": "m",
}  # fmt: skip
GENDERED_PERSON = re.compile(
    r"^(?i:the)\s+(?:(?:\d+-year-old|young|old|elderly|older|younger)\s+)?"
    rf"(?P<noun>{'|'.join(GENDER_OF_NOUN)})(?:\s+of\s+(?:two|three|four|five|\d+))?$"
    rf"|^(?P<noun2>{'|'.join(GENDER_OF_NOUN)})"
    # "ibu dua anak itu", "perempuan 38 tahun itu", "ayah tiga anak tersebut".
    r"(?:\s+(?:\w+\s+anak|\d+\s+tahun|berusia\s+\d+\s+tahun))?\s+(?:itu|tersebut)$"
)

# An unnamed person brought in by an indefinite noun phrase: "a village official",
# "one nurse", "seorang pengurus serikat", "salah satu warga", "sumber di kepolisian".
INDEFINITE = (
    r"(?:an?|one|another|seorang|salah\s+(?:satu|seorang)|sejumlah|beberapa"
    r"|sumber|sources?)"
)
UNNAMED_PHRASE = re.compile(rf"^(?i:{INDEFINITE})\s+(?:[a-z][\w-]*\s*)+$")
# Any verb of speech, before or after its subject ("kata", "mengatakan", "said").
ANY_SPEECH_VERB = re.compile(rf"\b(?:{ID_AFTER}|{ID_ACTIVE}|{EN_VERBS})\b")
KIN_OF = re.compile(
    r"(?P<owner>his|her|their|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<words>(?:[a-z-]+\s+)?"
    r"(?:husband|wife|partner|son|daughter|brother|sister|father|mother|mum|dad"
    r"|grandson|granddaughter|uncle|aunt|cousin|fiancée?|boyfriend|girlfriend"
    r"|colleague|friend|neighbour|neighbor|lawyer|agent|coach|manager))$"
)


def phrase_after(rest: str, *, comma_ends: bool = False) -> str:
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
        name = APPOSED_NAME.match(more)
        rest = f"{first}, {name.group(1)}" if name else first
    at = 0
    while True:
        m = _PHRASE_STOP.search(rest, at)
        # "Dr. Maya", "J. Smith": the period of an abbreviation does not end the phrase.
        if m and m.group() == "." and ends_abbreviation(rest, m.start()):
            at = m.end()
            continue
        if m and m.group() == " dan" and _office_nouns_joined(rest, m.start()):
            # "Kepala Seksi Pencegahan dan Kesiapsiagaan BPBD": "dan" inside an
            # office's name, between two nouns of the pe-/ke- -an shape.
            at = m.end()
            continue
        break
    phrase = rest[: m.start()] if m else rest
    if m and len(phrase.split()) <= 2 and _RELATIVE_THEN_ITU.match(rest, m.start()):
        phrase = f"{phrase.strip()} itu"  # "pria yang akrab disapa Gondrong itu"
    if (
        m
        and _NUMBER_ONE_END.search(phrase)
        and (where := AT_PLACE.match(rest, m.start()))
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


# "Pencegahan", "Kesiapsiagaan", "Kebudayaan": nouns of the pe-/ke- -an shape that
# name the field of an office, which "dan" joins inside its name.
_OFFICE_NOUN = re.compile(r"(?:Pe|Ke)[a-z]{3,}an")
_WORD_BEFORE = re.compile(r"(\w+)$")
_DAN_THEN_WORD = re.compile(r"\s+dan\s+(\w+)")


def _office_nouns_joined(rest: str, at: int) -> bool:
    """Return whether the " dan" at `at` joins two words of one office's name."""
    before = _WORD_BEFORE.search(rest, 0, at)
    after = _DAN_THEN_WORD.match(rest, at)
    return bool(
        before
        and after
        and after.group(1)[:1].isupper()
        and (
            _OFFICE_NOUN.fullmatch(before.group(1))
            or _OFFICE_NOUN.fullmatch(after.group(1))
        )
    )


_LIST_CLOSE = re.compile(
    r",?\s+(?:dan|and|serta|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)


_NUMBER_ONE_END = re.compile(r"\b(?:nomor\s+(?:satu|1|wahid)|pertama)\s*$", re.I)
AT_PLACE = re.compile(r"\s(?:di|dari)\s[^,.;:!?\n\"“”]{1,60}?(?=[,.;:!?\n]|$)")
_RELATIVE_THEN_ITU = re.compile(
    r"\syang\s[^,.;:!?\n\"“”]{1,60}?\s(?:itu|tersebut)(?=[\s,.;:!?]|$)"
)
_FROM_THEN_NAME = re.compile(
    r"\s(?:dari|from|pada|di|of)\s[^,.;:!?\n\"“”]{1,60},\s*"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})\s*(?=[,.;:!?\n]|$)"
)


# ", led by general secretary Mick Dunne,", ", dipimpin Abdul Gani,": a past
# participle and its agent, in commas before the verb.
_LED_BY = re.compile(
    r",\s+(?:(?:[a-z]{2,}ed|led|run|held|di[a-z]{3,})\s+(?:by|oleh)"
    r"|di(?:pimpin|ketuai|kelola|miliki|dirikan|komandoi))\b[^,.;:!?]*,\s*$"
)
# A capitalised word after the first: a body named, not only described.
_NAMED_BEFORE = re.compile(r"\S\s+[A-Z]|^(?!(?:The|A|An|Para|Sang)\b)[A-Z]")
_LISTED_IN_BRACKETS = re.compile(r"\s*\([^(),\n]{1,40},[^()\n]{1,40}\)\s*$")


_SPOKESPERSON_FOR_END = re.compile(
    r"(?:^|[,;:]\s+)\W*(?P<phrase>(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}"
    r"spokes(?:person|man|woman)\s+(?:for|of|at|from)\s+(?:the\s+)?"
    r"[\w'’&-]+(?:\s+[\w'’&-]+){0,5})$"
)
_DESCRIPTION_APPOSED_END = re.compile(
    r"(?<=[\w.])\s*,\s+(?:the|a|an)\s+[a-z][^,.;:!?\"“”]*$"
)
# A common noun opening its clause, then a body's name in commas: "The
# regulator, the Academic Standards Board,"; "Pengelola pelabuhan, PT X,".
_NOUN_THEN_BODY = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|while|dan|namun)\s+)\W*"
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:[A-Za-z][a-z'’-]*\s+){0,3}?"
    r"(?P<noun>[a-z]+),\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|on|&|dan)\s+)?[A-Z][\w'’&.-]*)*)"
    r"\s*,\s*"
    # "..., dalam keterangan tertulisnya menyatakan": the way it spoke, after.
    r"(?:(?:dalam|melalui|lewat|in|through)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*)?$"
)
_BODY_KINDS = frozenset(
    re.findall(
        r"\w+",
        "regulator watchdog operator owner company firm carrier airline insurer lender"
        " retailer developer contractor manufacturer maker supplier utility chain"
        " group club union council ministry agency authority pengelola perusahaan"
        " pelabuhan bandara maskapai",
    )
)


def subject_before(head: str) -> str:
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
    if (apposed := _NOUN_THEN_BODY.search(head)) and (
        apposed.group("noun").casefold() in _BODY_KINDS
        or any(
            is_org_word(w.casefold().strip(".")) for w in apposed.group("name").split()
        )
    ):
        # "The regulator, the Academic Standards Board, said", "Pengelola
        # pelabuhan, PT Dermaga Jaya, menyebut": the body named in apposition.
        return apposed.group("name")
    # "Ortiz, who chairs the committee, said": the clause is not the subject,
    # nor is "dalam keterangan tertulisnya" in "Kementerian Kesehatan dalam ... menyebut".
    if (shorter := _INSERTED_CLAUSE.sub("", head)) != head:
        # "Owen Hale, the member for Caldbeck and Moor, who rents ..., said": the
        # description apposed before the clause is no subject either.
        head = _DESCRIPTION_APPOSED_END.sub("", shorter)
    if (led := _LED_BY.search(head)) and _NAMED_BEFORE.search(head, 0, led.start()):
        # "The Kelso Mill Workers Union, led by Mick Dunne, said": the body named
        # speaks; "The panel, chaired by Judge Miriam Okafor, said": a body
        # described only, its named head speaks for it.
        head = head[: led.start()]
    if (shorter := _INSERTED_PHRASE.sub("", head)) != head:
        # "PT X, pengelola pelabuhan itu, dalam keterangan tertulisnya menyebut":
        # the phrase gone, the clause before it ends the head.
        head = _INSERTED_CLAUSE.sub("", shorter)
    head = _AGE_BEFORE_VERB.sub(",", head)  # "One supporter, Dave Mullins, 54, said"
    # "Rachel Ibbs (Lab, Eastgate) told": a party and a ward in brackets.
    head = _LISTED_IN_BRACKETS.sub("", head)
    if medium := _MEDIUM_THEN_NAME_QUOTED.search(head.rstrip(" ,")):
        # 'The business daily "Ledger Today" wrote', 'Majalah ekonomi "Warta
        # Niaga" dalam tajuknya menulis': the medium's name is in the blanked
        # marks (resolve_cue reads it in the text).
        return medium.group("phrase")
    if spokesperson := _SPOKESPERSON_FOR_END.search(head.rstrip(" ,")):
        # "A spokesperson for the conciliation service said": whoever speaks for
        # the body, named or not (voices.py reads which).
        return spokesperson.group("phrase")
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
        # (KIN_OF tells whether the article names them beside).
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
    parsed = parse_phrase(phrase)
    if (
        apposition
        and rest.rstrip().endswith(",")
        # "Ratna Wulan, Kepala Bappeda Lira, menegaskan": one capitalised word
        # after an office in commas is the office's district, not a name.
        and (not parsed.name or (parsed.role and " " not in parsed.name))
    ):
        # "Rudi Hartono, head of the union, told": the name before the role.
        role, _ = _words_before(rest.rstrip(" ,"))
        if (
            role
            and role.split()[0].casefold() not in FUNCTION_WORDS
            and (named := parse_phrase(role).name)
            and (not parsed.name or " " in named)
        ):
            return f"{role}, {phrase}"
    return phrase


# A medium's kind, then its name in quote marks (blanked in the masked text).
MEDIUM_KIND = (
    r"(?P<phrase>(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+)?(?:daily|newspaper|magazine|paper"
    r"|weekly|tabloid|broadcaster|website)|(?:[Mm]ajalah|[Hh]arian|[Kk]oran|[Tt]abloid"
    r"|[Ss]urat\s+kabar|[Pp]ortal|[Ss]itus)(?:\s+[a-z][\w-]*)?)"
)
_MEDIUM_THEN_NAME_QUOTED = re.compile(
    rf"(?:^|[,;]\s*)\W*{MEDIUM_KIND}\s+[\"“]\S?\s*[\"”]$"
)
MEDIUM_NAME_QUOTED = re.compile(
    rf"{MEDIUM_KIND}\s+[\"“](?P<name>[^\"“”\n]{{2,40}})[\"”]"
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
    # "the union's fisheries directorate": a body's own office.
    r"(?P<words>(?:[a-z][\w-]*(?:['’]s?)?\s+){0,3})"
    rf"(?P<noun>{_BODY_NOUNS})"
)
# The whole subject of its clause: opening the head, or after a comma or a colon.
_COMMON_BODY_END = re.compile(rf"(?:^|[,;:]\s+)\W*{_BODY_DESCRIBED}$")
_COMMON_BODY_OPENS = re.compile(
    rf"^\W*(?P<body>{_BODY_DESCRIBED})\s+(?:,[^,]*,\s+)?(?:[a-z]+ed|was|is|has|had)\b"
)
COMMON_BODY_WHOLE = re.compile(_BODY_DESCRIBED)
# The bench of judges: "majelis", "majelis hakim itu".
PANEL = re.compile(r"[Mm]ajelis(?:\s+hakim)?(?:\s+(?:itu|tersebut))?")
# A court's name: "Pengadilan Negeri Larantuka", "Pengadilan Tindak Pidana Korupsi
# (Tipikor) Semarang".
_COURT_NAME = re.compile(
    r"\bPengadilan(?:\s+(?:[A-Z][\w-]*|\([A-Z][\w-]*\)|dan))*\s+[A-Z][\w-]*"
)


def court_before(text: str, pos: int) -> str:
    """Return the court the text named last before pos, its short form dropped."""
    found = [m.group() for m in _COURT_NAME.finditer(text, max(0, pos - 4000), pos)]
    return re.sub(r"\s+\([^)]*\)", "", found[-1]) if found else ""


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|an|i)")
THE_BODY_NOUN_ONLY = re.compile(rf"[Tt]he\s+({_BODY_NOUNS})")
_COMMON_BODY_ANY = re.compile(rf"\b{_BODY_DESCRIBED}\b")


def body_words(m: re.Match[str]) -> str:
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
    return body_words(m) if m else ""


def common_body_back(text: str, noun: str, pos: int) -> str:
    """Return the last body described with noun before pos: "the pilots' union"."""
    found = ""
    for m in _COMMON_BODY_ANY.finditer(text, max(0, pos - 3000), pos):
        if m.group("noun") == noun and (words := body_words(m)):
            found = words
    return found


_SENTENCE_ADVERB = re.compile(
    r"(?:Later|Earlier|Then|Afterwards|Meanwhile|Now|But|And|Also"
    r"|Kemudian|Lalu|Namun|Kini|Sebelumnya|Selanjutnya|Sementara(?:\s+itu)?|Adapun"
    # "Sedangkan Polres Minahasa menyebut", "Tapi Bupati X berkata": connectives.
    r"|Sedangkan|Tetapi|Tapi|Bahkan|Padahal|Di\s+sisi\s+lain|Di\s+pihak\s+lain)\s+"
    r"(?=the\s|[A-Z])"
)
# "Her neighbour", "his lawyer" opening its clause (the words KIN_OF reads).
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
        if not taken and (low in PRONOUNS or low == "it"):
            # "..., and it said", "In a statement, it said": "it" is a body.
            return word, head[: m.start()]
        if (
            taken
            and low in ("in", "of", "di", "for", "untuk")
            and roleish(_previous_word(head, m.start()).casefold())
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
        if word[:1].isupper() or roleish(low) or (taken and low in _PARTICLE_OR_DET):
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
PRONOUNS = frozenset(
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
APPOSED_NAME = re.compile(r"\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*,")
_PARTICLE_OR_DET = frozenset({"bin", "binti", "van", "von", "de", "da", "al", "el", "the", "a", "an"})  # fmt: skip


def roleish(low: str) -> bool:
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
_COLLECTIVE = re.compile(
    r"(?i:the\s+)?(?:crowd|audience|mob|massa|hadirin|kerumunan)(?:\s+(?:itu|tersebut))?"
)


def plural_group(phrase: str) -> bool:
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
    if STATEMENT_MENTION.search(phrase):
        return False  # "reports", "statements"
    words = phrase.casefold().split()
    # "party colleagues": the head noun says who; the words before may name a body.
    return not (
        is_org_word(words[-1])
        or words[-1] in MEDIA_WORDS
        or any(w in PRONOUNS for w in words)
    )


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
    if STATEMENT_REF.match(phrase):
        return True  # '"...," the statement said.'
    if UNNAMED_PHRASE.match(phrase) and len(words) <= 7:
        # '"...," a trader said.', '"...," a rescue worker at the scene told'.
        return True
    if plural_group(phrase):
        return True  # '"...," residents said.'
    if KIN_OF.match(phrase):
        return True  # '"...," her husband added.'
    return (
        any(w[:1].isupper() for w in words)
        or any(roleish(w.casefold()) for w in words)
        or is_anaphor(phrase)
        or bool(GENDERED_PERSON.match(phrase))  # '"...," the mother of two said.'
    )


def clause_end(text: str, pos: int) -> int:
    return sentence_end(text, pos)


def opens_paragraph(text: str, open_at: int) -> bool:
    line_start = text.rfind("\n", 0, open_at) + 1
    return not text[line_start:open_at].strip()
