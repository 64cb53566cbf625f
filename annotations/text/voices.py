"""Tell who a speech cue's phrase names: a person of the article, a body, or nobody.

resolve_cue turns the phrase of a cue (cues.py) into a Source: a name
(attribution.Cast gives the article's full form), a role or office ("the
captain", "Kapolres", "Kabid Bina Marga itu") held by someone the article
names, a description ("the 45-year-old", "pria itu") of someone just named,
a pronoun ("ujarnya", "he said") pointing back to the latest subject, a body
("the ministry", "manajemen RSUD", "a spokesperson for X") or an anonymous
voice ("seorang warga", "a source close to", "who asked not to be named"),
which is somebody the article does not name. Documents and posts as speakers
are documents.py's.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from annotations.text.attribution import (
    ABBREVIATED_TITLE,
    DETERMINERS,
    FACILITIES,
    FUNCTION_WORDS,
    HONORIFICS,
    KNOWN_MEDIA,
    MEDIA_WORDS,
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
    is_org_word,
    parse_phrase,
    sentence_end,
    sentence_start,
)
from annotations.text.cues import (
    ADVERBS,
    APPOSED_NAME,
    COMMON_BODY_WHOLE,
    DOC_NOUN,
    EN_VERBS,
    GENDER_OF_NOUN,
    GENDERED_PERSON,
    ID_ACTIVE,
    ID_AFTER,
    INDEFINITE,
    KIN_OF,
    MEDIUM_KIND,
    MEDIUM_NAME_QUOTED,
    NOT_ONE_PERSON,
    PANEL,
    PRONOUNS,
    STATEMENT_REF,
    THE_BODY_NOUN_ONLY,
    UNNAMED_PHRASE,
    Cue,
    body_words,
    common_body_back,
    court_before,
    is_anaphor,
    phrase_after,
    plural_group,
    roleish,
)
from annotations.text.documents import (
    COLLECTIVE_BODIES,
    FIRST_PERSON,
    WITHIN_DOC,
    document_author,
    drop_openers,
    issuer_of,
    named_body_before,
    statement_owner,
    unnamed_issuer,
)
from annotations.text.matching import fold


def resolve_cue(
    cast: Cast, cue: Cue, spoken: list[tuple[int, str]], bodies: list[str]
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
        if named := _described_then_named(cast, cue.at, spoken, bodies):
            return Source(named, cast.role_of(named), "person", "name"), 0.6
        return resolve_pronoun(cast, cue.at, spoken)
    if _EVENT_SUBJECT.fullmatch(cue.phrase.strip()):
        # 'Pertemuan itu menekankan pentingnya "..."', 'The talks stressed':
        # a meeting says nothing itself; nobody in particular speaks.
        return Source("", "", "", "anonymous"), 0.6
    if (issued := STATEMENT_OF.match(cue.phrase.strip())) and _FAMILY_OF.match(
        cue.phrase.strip(), issued.end()
    ):
        # "A statement from the family of Tom Arkwright": his family, unnamed.
        return Source("", "", "person", "anonymous"), 0.6
    if (
        cue.place == "before"
        and cast.text.startswith("told", cue.at)
        and _PASSIVE_BEFORE.search(cast.text, max(0, cue.at - 24), cue.at)
    ):
        # 'she was told she had been "dropped from the list"': the subject heard
        # the words; who said them the sentence does not say.
        return Source("", "", "person", "anonymous"), 0.6
    if cue.place == "after" and (
        given := _NAME_GIVEN.search(
            cast.text, cue.at, sentence_end(cast.text, cue.at, 240) + 1
        )
    ):
        # '"...," said one evacuee, a woman holding a toddler, who gave only her
        # first name, Ines.', 'kata pengungsi yang hanya mau disebut Ani': the
        # unnamed speaker's clause gives the name they allowed.
        name = given.group("name")
        return Source(name, "", "person", "name"), 0.7
    if cue.phrase.strip() in ("Perusahaan", "Maskapai", "Klub") and opens_sentence(
        cast.text, cast.text.rfind(cue.phrase.strip(), 0, cue.at + 1)
    ):
        # "Perusahaan menyebut ...": the generic noun opening a sentence is the
        # company spoken of, as "perusahaan itu" is.
        cue = dataclasses.replace(cue, phrase=f"{cue.phrase.strip().casefold()} itu")
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
    if cue.phrase.strip().casefold() in FIRST_PERSON:
        # 'Saya bertanya, "Apakah Bapak akan mundur?"', 'I asked him: "..."': the
        # reporter writing, whom the article does not name as a speaker.
        return Source("", "", "person", "anonymous"), 0.6
    if passive := _QUOTED_PASSIVE.search(cue.phrase):
        # '"...," the regent was quoted as saying by Antara': the regent speaks.
        cue = dataclasses.replace(cue, phrase=cue.phrase[: passive.start()])
    if (
        cue.place == "before"
        and re.fullmatch(MEDIUM_KIND, cue.phrase.strip())
        and (
            named := MEDIUM_NAME_QUOTED.search(
                cast.text, sentence_start(cast.text, cue.at), cue.at
            )
        )
    ):
        # 'The business daily "Ledger Today" wrote': the medium by its name.
        return Source(named.group("name").strip(), "", "medium", "medium"), 0.75
    if PANEL.fullmatch(cue.phrase.strip()):
        # "Menurut majelis,", "Majelis menilai": the bench of judges speaks for
        # the court the article names, else as the bench.
        court = court_before(cast.text, cue.at)
        return Source(court or "majelis hakim", "", "institution", "institution"), 0.6
    if (body := COMMON_BODY_WHOLE.fullmatch(cue.phrase.strip())) and (
        words := body_words(body)
    ):
        # "China's foreign ministry said", "the transport ministry said": a body
        # the report describes in lower case rather than names.
        return Source(words, "", "institution", "institution"), 0.7
    if (bare := THE_BODY_NOUN_ONLY.fullmatch(cue.phrase.strip())) and (
        words := common_body_back(cast.text, bare.group(1).casefold(), cue.at)
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
        found, confidence = resolve_cue(
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
        (owned := _BODY_DOCUMENT.match(cue.phrase.strip()))
        and (is_org_word(owned.group(1)) or owned.group(1) in _BUSINESS_NOUNS)
        and not cue.for_body
    ):
        # "A club statement on Monday said": the club the article speaks of.
        found, confidence = resolve_cue(
            cast,
            dataclasses.replace(cue, phrase=f"the {owned.group(1)}", for_body=True),
            spoken,
            bodies,
        )
        if found.kind == "institution" and found.speaker:
            return found, min(confidence, 0.65)
    if (
        document := document_author(
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
            within := WITHIN_DOC.match(
                cast.text, sentence_start(cast.text, cue.at), cue.at
            )
        )
        and (found := document_author(cast, within.group("doc"), within.end("doc")))
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
    if kin := KIN_OF.match(cue.phrase.strip()):
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
        found, confidence = resolve_cue(
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
    if STATEMENT_REF.match(cue.phrase.strip()):
        # "the statement said": whoever the article said issued a statement last.
        owner = statement_owner(cast.text, cue.at)
        if not owner:
            return Source(""), 0.4
        source = issuer_of(cast, cast.resolve(owner, cue.at))
        return source, 0.7 if source.speaker else 0.4
    if cue.phrase.strip() in ("It", "it"):
        # "It said in a statement that ...": the institution quoted last, or the
        # one whose statement the article reported ("X said in a statement ...").
        owner = statement_owner(cast.text, cue.at)
        if owner and owner.casefold() != "it":
            source = issuer_of(cast, cast.resolve(owner, cue.at))
            if source.kind == "institution":
                return source, 0.6
        if not owner and unnamed_issuer(cast.text, cue.at):
            # "The space agency that operates the telescope said in a statement
            # ... "...," it said": a body the article never names.
            return Source("", "", "institution", "anonymous"), 0.6
        if noun := _body_noun_before(cast.text, cue.at):
            # "The company's debt fell, and it said ...", "The university
            # confirmed ... In a statement, it said": "it" is the body the
            # sentence, or the one before, calls by its common noun.
            found, confidence = resolve_cue(
                cast, dataclasses.replace(cue, phrase=f"the {noun}"), spoken, bodies
            )
            if found.speaker and found.kind == "institution":
                return found, min(confidence, 0.6)
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
            opens_sentence(cast.text, m.start())
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
        return issuer_of(cast, cast.resolve_parsed(parsed, cue.at)), 0.8
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
        if named := _described_then_named(cast, cue.at, spoken, bodies):
            return Source(named, cast.role_of(named), "person", "name"), 0.6
        gender = _GENDER_OF_PRONOUN.get(cue.phrase.strip().casefold(), "")
        source, confidence = resolve_pronoun(cast, cue.at, spoken, gender)
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
    gendered = GENDERED_PERSON.match(cue.phrase.strip())
    if gendered and _described_before(cast.text, cue.phrase, cue.at) is None:
        # "the woman said", "kata pria itu": a pronoun with a noun, for the one just
        # named or brought in unnamed ("One baker, who asked not to be named").
        noun = (gendered.group("noun") or gendered.group("noun2")).casefold()
        found, confidence = resolve_pronoun(cast, cue.at, spoken, GENDER_OF_NOUN[noun])
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
        found, confidence = resolve_pronoun(cast, cue.at, spoken, gender)
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
        found, confidence = resolve_pronoun(cast, cue.at, spoken)
        if found.speaker:
            return found, min(confidence, 0.6)
    if source.how != "role" and (
        holder := office_named_before(cast, cue.phrase, cue.at)
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
            found, confidence = resolve_pronoun(cast, cue.at, spoken)
            if found.speaker:
                return found, min(confidence, 0.6)
    if (
        not source.speaker
        and source.kind == "institution"
        and _DEFINITE.search(cue.phrase)
        and (owner := statement_owner(cast.text, cue.at))
    ):
        # "Harbor Steel said in a statement ... "...," the company said": the body
        # that issued the statement, though its name carries no "Ltd" or "PT".
        issuer = issuer_of(cast, cast.resolve(owner, cue.at))
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
    if plural_group(cue.phrase) and (
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
    if UNNAMED_PHRASE.match(cue.phrase.strip()) and (
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
        if named := named_body_before(cast.text, facility.group(1), cue.at):
            return Source(named, "", "institution", "institution"), 0.65
        if facility.group(1) in FACILITIES and not source.speaker:
            # A body the article never names: nobody, never the person named last.
            return Source("", "", "institution", "institution"), 0.4
    if (
        not source.speaker
        and (collective := _THE_COLLECTIVE.match(cue.phrase.strip()))
        and (collective.group("noun") or "panitia") in COLLECTIVE_BODIES
    ):
        # "The race jury said", "kata panitia itu": a body, by its name if the
        # article gave one ending in that noun ("Vellmar Race Jury"), else nobody.
        noun = collective.group("noun") or "panitia"
        if named := named_body_before(cast.text, noun, cue.at):
            return Source(named, "", "institution", "institution"), 0.65
        return Source("", "", "institution", "anonymous"), 0.6
    if not source.speaker and is_anaphor(cue.phrase):
        if named := named_after_description(cast, cue.at):
            # 'The match-winner ... "...," said the 21-year-old. Tuilagi-Brooks
            # finished with two tries.': described first, named right after.
            return Source(named, cast.role_of(named), "person", "pronoun"), 0.6
        # "tutur pemain berusia 27 tahun itu", "the 27-year-old said": the one just named.
        source, confidence = resolve_pronoun(cast, cue.at, spoken)
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
        found, confidence = resolve_cue(
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
            drop_openers(
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
        # "Jaksa juga menilai": capitalised only because it opens the sentence.
        and re.fullmatch(r"[A-Za-z][a-z-]*", cue.phrase.strip())
        and (
            holder := _role_holder_in_text(cast, cue.phrase.strip().casefold(), cue.at)
        )
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
        or head in NOT_ONE_PERSON
        or plural_group(phrase)
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
    # "according to its Dutch operator, Maasgrond Logistics": a business, by name.
    r"|\b(?:company|firm|operator|owner|carrier|airline|insurer|lender|retailer"
    r"|developer|contractor|manufacturer|maker|supplier|utility|chain)\s*,\s+"
    r"(?P<apposed>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)(?=[\s]*[,.;])"
    # "Teller & Sons, the bakery chain, will": the name, then what it is.
    r"|(?P<described>\b[A-Z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’&-]*)*),\s+(?:the|an?)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:company|firm|operator|carrier|airline|insurer"
    r"|lender|retailer|developer|contractor|manufacturer|maker|supplier|utility|chain"
    r"|group|business|brand|bank|club|producer|grower|exporter|importer)\s*,"
)


def _body_by_shape(cast: Cast, pos: int) -> str:
    """Return the body last named before pos in a shape no person's name takes.

    "X, which ..." or "X's managing director": X is a body, though its name
    carries no institution word; given by the longest name the article writes
    that ends with it ("Skyline's" after "The Skelbeck Pike Skyline").
    """
    found = ""
    for m in _BODY_SHAPES.finditer(cast.text, max(0, pos - 2500), pos):
        named = (
            m.group("which")
            or m.group("owner")
            or m.group("apposed")
            or m.group("described")
        )
        name = " ".join(drop_openers(named.split()))
        if not name:
            continue
        longer = re.findall(
            rf"(?:\b[A-Z][\w'’&-]*\s+)+{re.escape(name)}\b", cast.text[:pos]
        )
        name = max(
            [name, *(" ".join(drop_openers(n.split())) for n in longer)], key=len
        )
        full = cast.full_name(name, m.start())
        if cast.role_of(full) or cast.gender(full):
            continue  # "Ann Roe's chief of staff": a person's, with a role or pronoun
        found = name
    return found


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
    rf"(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’&-]*)*)\s+{ADVERBS}"
    rf"(?:{EN_VERBS}|{ID_ACTIVE})\b"
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
            and opens_sentence(cast.text, mention.start)
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
    if not roleish(words[-1].casefold()) or is_org_word(words[-1].casefold()):
        return ""
    role_re = r"\s+".join(map(re.escape, words))
    # "Jaksa penuntut umum (JPU)": the short form the article defines for the role
    # holds it too ("JPU Rika Damayanti").
    short = {
        m.group(1)
        for m in re.finditer(
            rf"\b(?i:{role_re})(?:\s+[a-z][\w-]*){{0,3}}\s*\(([A-Z]{{2,6}})\)",
            cast.text[:pos],
        )
    }
    if short:
        role_re = "(?:" + "|".join([role_re, *sorted(short)]) + ")"
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


def office_named_before(cast: Cast, phrase: str, pos: int) -> str:
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
DEFINITE_DESCRIPTION = re.compile(
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
    if noun in PRONOUNS:
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
    # "St. Aldric's Hospital": a name, not a description like "his hospital".
    intros = [i for i in intros if not i.group()[-len(noun) :][:1].isupper()]
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
        named = (after.startswith(",") and APPOSED_NAME.match(after[1:])) or (
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


# "The race jury", "panitia lomba itu": a body described, never named.
_THE_COLLECTIVE = re.compile(
    r"^(?:(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)"
    r"|(?P<noun_id>[Pp]anitia)(?:\s+[a-z][\w-]*){0,2}\s+(?:itu|tersebut))$"
)


_GENDER_OF_PRONOUN = {"he": "m", "she": "f"}
# "the 45-year-old", "perempuan 38 tahun itu", "pria berusia 52 tahun tersebut".
_AGE_IN_CUE = re.compile(r"\b(\d{1,3})[- ]year[- ]old\b|\b(\d{1,3})\s+tahun\b")
_INDEFINITE_START = re.compile(rf"\b{INDEFINITE}\s+(?=[a-z0-9])", re.IGNORECASE)
# "who asked not to be named", "yang enggan disebut namanya", "on condition of anonymity".
_PERSON_CLASSIFIER = re.compile(r"(?i:seorang|salah\s+seorang)\s")
# A source of some body, never named: "sumber Kabarpagi", "sumber internal KPK".
_SOURCE_OF = re.compile(r"^(?:(?:seorang|salah\s+satu)\s+)?sumber\b[^,]*$")
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
_SPEECH_VERB = re.compile(rf"\b(?:{ID_ACTIVE}|{EN_VERBS})\b")
_CUE_BEFORE = re.compile(
    rf"(?:[,\"”’]\s*|^)(?:(?:{ID_AFTER})|said|says)\s+$", re.IGNORECASE
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


def anonymous_intros(text: str, mentions: list[Mention] = ()) -> list[int]:
    """Return where the article brings in unnamed speakers, in order.

    A speech cue right before the phrase ("kata seorang warga"), or the phrase
    opening a clause with its speech verb later in the sentence ("A village
    official, who asked not to be named, said"); a relative clause asking for
    anonymity makes a bare noun one too ("Pejabat yang enggan disebut namanya").

    >>> anonymous_intros('Ana spoke. A nurse said so. "No," she said.')
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
        elif before == "," and _OPENING_PHRASE.fullmatch(
            text, sentence_start(text, start), j
        ):
            pass  # "Outside the main entrance, a woman whose ... said"
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
            r",\s*(?:who|yang)\b|\byang\b|^\S+\s+\S+\s+(?:who|whose)\b", between
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
            # "a widow from Brindle", "seorang nelayan dari Desa Teluk": a place.
            and not _FROM_PLACE.search(text, max(0, m.start - 12), m.start)
            for m in mentions
        ):
            continue  # "A year ago Budi Santoso said": a named subject
        if not _INDEFINITE_START.match(text, start) and not _ANONYMITY.search(between):
            continue
        # At its verb: a place named inside the phrase ("warga Kelurahan Panjang
        # Wetan") is not a later subject.
        found.append(verb.start())
    return sorted(found)


# "Outside the main entrance,", "In a statement read to the court,", "Saat ditemui
# di pengungsian,": a phrase of place or time opening the sentence, then its subject.
_OPENING_PHRASE = re.compile(
    r"\s*(?:In|At|Outside|Inside|On|During|After|Before|Near|Later|Earlier|Di|Dalam"
    r"|Saat|Ketika|Usai|Seusai|Sebelumnya|Sementara)\b[^,.;:!?\"“”\n]{0,80},"
)
_FROM_PLACE = re.compile(r"\b(?:from|in|of|dari|di|asal)\s+(?:the\s+)?$")
# "But ", "And ", "Namun, ": a connective opening the sentence before its subject.
_OPENING_CONJUNCTION = re.compile(
    r"(?<![\w,])(?:But|And|Yet|However,|Namun,?|Tetapi|Tapi|Sementara\s+itu,)\s+$"
)
# Between a name and a description of it: ", ", ", 52, ".
_APPOSED_GAP = re.compile(r"(?:,\s*\d{1,3})?,\s*$")


def anonymous_before(cast: Cast, pos: int) -> int:
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


# A paragraph opening on a person described, not named: "The city's fire chief
# was", "The match-winner could", "Pencetak dua gol itu tampak".
_DESCRIPTION_OPENS = re.compile(
    r"\s*((?:The\s+(?:[a-z][\w-]*['’]s\s+|[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
    r"|[A-Z][a-z]+(?:\s+[a-z][\w-]*){1,5}\s+(?:itu|tersebut)))"
    r"\s+(?:[a-z]+\s+)?(?:was|is|had|has|could|would|tak|tidak|tampak|terlihat"
    r"|[a-z]+ed|me[a-z]+|ber[a-z]+)\b"
)


def _described_then_named(
    cast: Cast, pos: int, spoken: list[tuple[int, str]], bodies: list[str]
) -> str:
    """Return who a pronoun at pos means when its paragraph describes, then names them.

    'The city's fire chief was more cautious. "...," she told reporters. Chief
    Renata Szabo said ...': a description nobody named before holds, then the
    name in the next sentence.
    """
    lead = _DESCRIPTION_OPENS.match(cast.text, _paragraph_start(cast, pos))
    named = named_after_description(cast, pos) if lead and lead.end() <= pos else ""
    if not named:
        # "Kestrel's chairman said ... '...,' he said": the office opening the
        # paragraph, held by the one the article says runs the body.
        return office_opening(cast, _paragraph_start(cast, pos), pos)
    # "The minister was defiant." after "Finance minister Petra Lund": the one
    # the description already points to.
    before = Cue(lead.group(1), lead.start(1), "before")
    if resolve_cue(cast, before, spoken, bodies)[0].speaker:
        return ""
    return named


def _paragraph_start(cast: Cast, pos: int) -> int:
    return cast.text.rfind("\n", 0, pos) + 1


def named_after_description(cast: Cast, pos: int) -> str:
    """Return the person named right after a paragraph that only described them.

    The paragraph names nobody up to pos; the sentence after the one holding
    pos, in the same paragraph, opens on a person ("Ashby now has nine goals",
    "Dr Hanna Ilves said"): the one the description was about.
    """
    text = cast.text
    begin = _paragraph_start(cast, pos)
    if cast.people_between(begin, pos):
        return ""
    end = sentence_end(text, pos, 400)
    nxt = end + 1
    while nxt < len(text) and text[nxt] in " \t\"”’'":
        nxt += 1
    if nxt >= len(text) or text[nxt] == "\n" or text[end] not in ".!?":
        return ""
    i = cast.mention_index(nxt)
    if i >= len(cast.mentions):
        return ""
    mention = cast.mentions[i]
    if (
        not mention.name
        or not mention.subject
        or sentence_start(text, mention.start) != nxt
        or len(text[nxt : mention.start].split()) > 2
        or not cast._is_person(mention)
    ):
        return ""
    return cast.full_name(mention.name, mention.start)


# "was told", "had been told": the subject is who heard the words.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|got|get)\s+(?:also\s+|then\s+|later\s+)?$"
)
# A clause giving the one name an unnamed speaker allowed: "who gave only her first
# name, Ines", "who asked to be identified only as Rafi", "yang hanya mau disebut
# Ani", "yang minta disebut namanya Ani saja".
_NAME_GIVEN = re.compile(
    r"\b(?:who|yang)\s+(?:"
    r"(?:gave|gives|give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?"
    r"name(?:\s+only)?(?:\s+as)?"
    r"|(?:asked|wanted|agreed)\s+to\s+be\s+(?:identified|named|called|known)"
    r"(?:\s+only)?\s+(?:by\s+(?:his|her|their)\s+(?:first\s+)?name,?\s*|as)"
    r"|(?:hanya\s+)?(?:mau|ingin|minta|bersedia)\s+disebut(?:\s+namanya)?"
    r")[\s,]+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=\s*(?:saja)?[.,;!?]|$)"
)
# The subject's name, then a clause on it: "Holm, a Dane who has coached Vance since
# he was a junior,", "Voss, who has treated Ortiz,".
_CLAUSE_ON_SUBJECT = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s*(?:an?\s+[^,.;:!?\"“”\n]{1,40}?\s)?"
    r"((?:who|whose|whom|yang)\s[^,.;:!?\"“”\n]{1,120}),"
)


def resolve_pronoun(
    cast: Cast, pos: int, spoken: list[tuple[int, str]], gender: str = ""
) -> tuple[Source, float]:
    """Resolve "dia", "-nya", "he" to the last speaker or the last subject named.

    "she" skips people the article shows are men ("he said", "Mr.", "her
    husband, Tom"), and "he" skips women: two Whitfields, one pronoun each.
    """
    last_quote = spoken[-1] if spoken else (-1, "")
    subject = cast.last_subject(pos)
    spoken_of = ""
    if subject[0] > last_quote[0] and _talked_about(cast, subject[0], pos):
        # "Korban, Stefanus (45), ditemukan tewas. "Korban ditemukan 2 km dari
        # lokasi," ujarnya": the quote speaks of the subject by the noun that
        # introduced them; "-nya" is the one who spoke before.
        spoken_of = subject[1]
        subject = cast.last_subject(subject[0])
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
    anonymous = anonymous_before(cast, pos)
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
        # "Holm, who has coached Vance since he was a junior, was blunt. '...,' he
        # said": one named only in a clause on the subject is not who speaks.
        clause = _CLAUSE_ON_SUBJECT.match(cast.text, at) if at >= 0 else None
        aside: set[str] = set()
        if clause is not None:
            aside = set(cast.people_between(clause.start(1), clause.end())) - set(
                cast.people_between(since, clause.start(1))
                + cast.people_between(clause.end(), pos)
            )
        shown = {
            full
            for full in cast.people_between(since, pos)
            if full not in (speaker, spoken_of)
            and full not in aside
            and (full in known or cast.role_of(full))
            and cast.gender(full) == gender
        }
        if len(shown) == 1:
            speaker = shown.pop()
    if speaker and (carried := _carried_by_pronoun(cast, at, pos, speaker, gender)):
        speaker = carried
    if not speaker:
        return Source("", "", "", "pronoun"), 0.35
    return Source(speaker, cast.role_of(speaker), "person", "pronoun"), 0.7


# A sentence opening on a pronoun subject: "She said", "He added", "Ia menambahkan".
_OPENS_ON_PRONOUN = re.compile(r"(?:She|He|Ia|Dia)\s+[a-z]")


def _carried_by_pronoun(
    cast: Cast, at: int, pos: int, speaker: str, gender: str
) -> str:
    """Return who a pronoun means when a sentence since the speaker picked opened on one.

    "Judge Ruth Amberley found for the tenants. The claim was led by Nia
    Osei. She said the lift had been broken. '...,' she said": the sentence
    opening on "She" speaks of the one named in the sentence right before it,
    and the quote's pronoun carries on with her, not with the last subject.
    """
    text = cast.text
    found = ""
    for m in _OPENS_ON_PRONOUN.finditer(text, max(at, 0) + 1, pos):
        if not opens_sentence(text, m.start()) or any(
            a <= m.start() < b for a, b in cast.quoted
        ):
            continue
        word = m.group().split()[0].casefold()
        said = {"she": "f", "he": "m"}.get(word, "")
        if gender and said and said != gender:
            continue
        before = sentence_start(text, max(0, m.start() - 2))
        if before <= at:
            continue  # the speaker picked is named in that sentence itself
        named = [
            full
            for full in cast.people_between(before, m.start())
            if cast.gender(full) in ("", said or gender)
        ]
        if len(set(named)) == 1 and named[0] != speaker:
            found = named[0]
        elif named:
            found = ""
    return found


# One noun opening the sentence, then the name apposed to it or titled by it:
# "Korban, ", "The victim, ", "Pelaku ".
_NOUN_OPENS = re.compile(r"(?:[Tt]he\s+)?([A-Za-z][a-z]{3,}),?\s+")


def _talked_about(cast: Cast, at: int, pos: int) -> bool:
    """Return whether the quote of the cue at pos names the person at `at` by their noun.

    "Korban, Stefanus Kopong (45), ditemukan tewas." then '"Korban ditemukan
    2 km dari lokasi," ujarnya': the quote speaks of the one the sentence
    introduced by that noun, so its "-nya" is somebody else.
    """
    begin = sentence_start(cast.text, at)
    noun = _NOUN_OPENS.fullmatch(cast.text, begin, at)
    if noun is None or noun.group(1).casefold() in FUNCTION_WORDS:
        return False
    i = bisect.bisect_left(cast.quoted, (pos, pos))
    spans = [
        (start, end)
        for start, end in cast.quoted[max(0, i - 1) : i + 1]
        if end == pos or start == pos + 1
    ]
    word = re.compile(rf"\b{re.escape(noun.group(1))}\b", re.IGNORECASE)
    return any(word.search(cast.text, start, end) for start, end in spans)


# "Menurut Kapolda,", "According to the ministry,": a source opening its sentence.
_SOURCE_OPENS = re.compile(
    r"(?:^|(?<=[.!?\n\"”])\s*|(?<=[.!?\"”]\s))(?:Menurut|According\s+to)\s+"
    r"(?P<rest>[^,.!?\n\"“”]{1,80}),"
)


# An office alone opening a sentence, after an opening phrase and its comma, then
# its verb: "Ditemui seusai rapat, Kepala Dinas menyatakan".
_OFFICE_SUBJECT_OPENS = re.compile(
    r"(?:^|(?<=[.!?\n\"”])\s*|(?<=[.!?\"”]\s))(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?"
    r"(?P<rest>(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+){1,3}),?"
    r"(?=\s+(?:me[a-z]{3,}|mengatakan|said|told|added)\b)"
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
    for m in _OFFICE_SUBJECT_OPENS.finditer(cast.text, max(0, after), pos):
        # "Ditemui seusai rapat, Kepala Dinas menyatakan": an office alone as the
        # sentence's subject.
        if found is None or m.start() > found.start():
            found = m
    if found is None or found.start() <= after:
        return None
    phrase = phrase_after(found.group("rest"), comma_ends=True)
    if re.search(r"nya$|\b(?:his|her|its|their)\b", phrase):
        return None  # "Menurut pengakuannya,": the one named before, by his words
    if _INDEFINITE_START.match(phrase) or plural_group(phrase):
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
    rf",?\s+{ADVERBS}(?:{ID_ACTIVE}|{EN_VERBS})\b"
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


# Plurals of nouns for people by their endings: "Prosecutors", "Rescuers",
# "Scientists", "Authorities", "Residents".
_PLURAL_AGENTS = re.compile(r"[A-Z][a-z]+(?:ors|ers|ists|ians|ities|ants|ents|ees)")


# "The Corran-based group", "the London-listed company", "the family-owned firm".
_DESCRIBED_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z]?[\w]+-(?:based|listed|owned|run|backed|controlled|old))"
    r"\s+([a-z]+)$"
)
# ", the company confirmed" closing a sentence: its subject is that body.
# ", the regional grocery chain confirmed": up to three words describe the noun.
_THE_BODY_SAID = re.compile(
    rf",\s+the\s+(?:[a-z][\w-]*\s+){{0,3}}?([a-z]+)\s+(?:{EN_VERBS}|confirmed)\b"
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
_BARE_SUBJECT_VERB = re.compile(rf"\s+{ADVERBS}(?:{ID_ACTIVE}|{EN_VERBS})\b")


def role_opens_sentence(cast: Cast, at: int) -> bool:
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


def opens_sentence(text: str, pos: int) -> bool:
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


# "A club statement", "the company's final letter": a body's document.
_BODY_DOCUMENT = re.compile(
    rf"(?:[Aa]n?|[Tt]he|[Ii]ts)\s+([a-z]+)(?:['’]s)?\s+(?:[a-z]+\s+)?(?i:{DOC_NOUN})\b"
)
# A meeting as a sentence's subject: "Pertemuan itu", "the talks".
_EVENT_SUBJECT = re.compile(
    r"(?:[Tt]he\s+|[Tt]his\s+|[Tt]hat\s+)?(?:meeting|talks|summit|conference|session"
    r"|[Pp]ertemuan|[Pp]erundingan|[Pp]embicaraan|[Rr]apat|[Kk]onferensi|KTT)"
    r"(?:\s+(?:itu|tersebut|ini))?",
    re.IGNORECASE,
)
# "the family of Tom Arkwright", "keluarga almarhum": kin, never named.
_FAMILY_OF = re.compile(
    r"(?:the\s+|his\s+|her\s+|their\s+)?(?:family|families|relatives|parents"
    r"|loved\s+ones)\b|(?:pihak\s+)?keluarga\b",
    re.IGNORECASE,
)
# "The company's", "the university": a body by its common noun.
_THE_NOUN = re.compile(r"\b[Tt]he\s+([a-z]+)(?:['’]s)?\b")


def _body_noun_before(text: str, pos: int) -> str:
    """Return the body noun ("company") after "the" in the two sentences before pos.

    >>> _body_noun_before("The firm grew. Its debt fell, and it said", 36)
    'firm'
    """
    start = sentence_start(text, pos)
    start = sentence_start(text, max(0, start - 2))
    found = ""
    for m in _THE_NOUN.finditer(text, start, pos):
        noun = m.group(1)
        if is_org_word(noun) or noun in _BUSINESS_NOUNS:
            found = noun
    return found


def _body_named_before(cast: Cast, pos: int) -> str:
    """Return the last body named in the 600 characters before pos, outside quotes.

    >>> _body_named_before(Cast.read("The Port Authority shut. Tom Hale left. X"), 40)
    'Port Authority'
    """
    found = ""
    for m in _CAPITALISED_BODY.finditer(cast.text, max(0, pos - 600), pos):
        if any(a <= m.start() < b for a, b in cast.quoted):
            continue
        words = drop_openers(m.group().split())
        if (
            len(words) >= 2
            and (
                is_org_word(words[-1].casefold())
                # "Carrow Institute of Music": the institution word inside.
                or any(is_org_word(w.casefold()) for w in words[:-1])
                and not cast.people.get(fold(" ".join(words)))
            )
        ):
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
        if len(subject.split()) < 2 or not opens_sentence(cast.text, at):
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
    if not opens_sentence(cast.text, at):
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


# The next paragraph opening on the speaker described again, then named: "The chief
# surveyor, Dr Imogen Tallis,", "Nakhoda itu, Daeng Sirajuddin (52),", "Perempuan
# berusia 66 tahun itu, Maria Lingga,".
_DESCRIBED_AGAIN = re.compile(
    r"(?:The\s+(?P<en>(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)"
    r"|(?P<id>[A-Z][a-z][\w-]*(?:\s+[a-z0-9][\w-]*){0,4})\s+(?:itu|tersebut))"
    r"\s*,\s*"
)
_NAME_CLOSES = re.compile(r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3}\s*(?=,))?\s*,")


def named_in_next_paragraph(cast: Cast, masked: str, open_at: int) -> str:
    """Return the person the next paragraph names for the one a quote's paragraph describes.

    '"We expected damp," said the council's chief surveyor.' then "The chief
    surveyor, Dr Imogen Tallis, said ...": the description again, with the
    name in apposition, introduced there for the first time; the description
    shares a word with the quote's paragraph outside its quotes ("Seorang
    petani ... tutur pria itu." then "Petani itu, Wayan Sudira (58), ...").
    """
    text = cast.text
    end = text.find("\n", open_at)
    if end < 0:
        return ""
    start = end
    while start < len(text) and text[start].isspace():
        start += 1
    lead = _DESCRIBED_AGAIN.match(text, start)
    if lead is None:
        return ""
    i = cast.mention_index(lead.end())
    if i >= len(cast.mentions) or not all(
        # "Dr", "Professor", "Daeng" before the name
        fold(w).rstrip(".") in TITLES | ABBREVIATED_TITLE | HONORIFICS
        for w in text[lead.end() : cast.mentions[i].start].split()
    ):
        return ""
    mention = cast.mentions[i]
    if not mention.name or not cast._is_person(mention):
        return ""
    if not _NAME_CLOSES.match(text, mention.end):
        return ""
    full = cast.full_of(mention)
    single = len(full.split()) < 2 and not (
        # "Daeng Sirajuddin (52)": one name, titled or with an age, is a person
        mention.role or text.startswith("(", mention.end)
    )
    if single or full in cast.people_between(0, start):
        return ""  # named before: the description was not all the article had
    # The description's head noun: last in English, first in Indonesian.
    head = (lead.group("en") or "").split()[-1:] or lead.group("id").split()[:1]
    noun = head[0].casefold()
    if noun in FUNCTION_WORDS or is_org_word(noun):
        return ""
    paragraph = masked[text.rfind("\n", 0, open_at) + 1 : end]
    said = {w.casefold() for w in re.findall(r"[\w'’-]+", paragraph)}
    return full if noun in said else ""


# An office described by its body: "Kestrel's chairman", "the club's chairman",
# "The museum's curator".
_OFFICE_OF_BODY = re.compile(
    r"\s*(?:(?:[Tt]he\s+(?P<noun>[a-z][\w-]*))|(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))"
    r"['’]s\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\b)"
)
# Verbs of running a body, by the office they go with.
_RUNS = {
    "run": ("run", "runs", "ran"),
    "chair": ("chaired", "chairs", "chair"),
    "lead": ("led", "leads", "lead"),
    "head": ("headed", "heads", "head"),
    "manage": ("managed", "manages", "manage"),
}
_OFFICE_VERBS = {
    "chairman": "chair", "chairwoman": "chair", "chair": "chair", "chairperson": "chair",
    "director": "run", "boss": "run", "head": "head", "chief": "run",
    "curator": "lead", "leader": "lead", "manager": "manage", "owner": "run",
    "executive": "run", "principal": "lead", "president": "lead",
}  # fmt: skip
_ANY_RUN = "|".join(v for verbs in _RUNS.values() for v in verbs)


def holder_of_office(cast: Cast, phrase: str, pos: int) -> str:
    """Return who the article says runs the body an office is described by.

    "Kestrel's chairman said ..." with "Kestrel is run by Geoffrey Ashworth",
    "Fairflight's director" with "Tobias Lind, who runs Fairflight", "the
    club's chairman" with "Rovers are chaired by Martin Fisk": the one person
    the article says runs that body (chairs one, for a chairman of "the club"),
    before the quote or after it.
    """
    office = _OFFICE_OF_BODY.fullmatch(phrase)
    if office is None:
        return ""
    role = office.group("role").split()[-1].casefold()
    verb = _OFFICE_VERBS.get(role)
    if verb is None:
        return ""
    if office.group("name"):
        owner = re.escape(office.group("name"))
        verbs = _ANY_RUN
    elif verb == "chair":
        owner = r"(?:the\s+[a-z][\w-]*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
        verbs = "|".join(_RUNS["chair"])
    else:
        owner = rf"the\s+{re.escape(office.group('noun'))}"
        verbs = _ANY_RUN
    pattern = re.compile(
        rf"\b{owner}\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?"
        rf"(?:{verbs})\s+by\s+{_NAME}"
        rf"|{_NAME},\s+(?:[^,.;\"“”\n]{{0,40}}?\s)?who\s+(?:has\s+|have\s+)?"
        rf"(?:{verbs})\s+{owner}\b"
    )
    found = {
        cast.full_name(m.group(1) or m.group(2), m.start())
        for m in pattern.finditer(cast.text)
        if not any(a <= m.start() < b for a, b in cast.quoted)
    }
    found = {name for name in found if fold(name) in cast.people}
    return found.pop() if len(found) == 1 else ""


# The office opening a sentence as its subject: "Kestrel's chairman said", "The
# museum's curator, who arrived at 4am, described".
_OFFICE_OPENS = re.compile(
    _OFFICE_OF_BODY.pattern
    + r"(?=\s*,|\s+(?:[a-z]+\s+)?(?:said|says|told|added|was|is|had|has|[a-z]+ed)\b)"
)


def office_opening(cast: Cast, at: int, pos: int) -> str:
    """Return the holder of the office opening the sentence at `at`, if nobody is named.

    Nobody may be named between the office and pos: "Kestrel's chairman said
    ... '...,' he said" is the chairman's; "Kestrel's chairman met Ann Roe.
    '...,' she said" is not.
    """
    office = _OFFICE_OPENS.match(cast.text, at)
    if office is None or office.end() > pos or cast.people_between(at, pos):
        return ""
    return holder_of_office(cast, office.group().strip(), pos)


# A name, then a relative clause whose verb is the cue: "confirmed by the Transport
# Secretary's office, which said", "Tom Hale, who said".
_WHICH_SAID = re.compile(
    r"(?P<phrase>(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
    r"(?:['’]s\s+[a-z]+)?)\s*,\s+(?:which|who)\s+(?:also\s+)?$"
)


def relative_subject(cast: Cast, at: int) -> Source:
    """Return who a cue's verb at `at` belongs to when a relative pronoun opens it.

    "The rise was confirmed by the Transport Secretary's office, which said
    costs had \"more than doubled\"": the one the clause is on.
    """
    begin = sentence_start(cast.text, at)
    found = _WHICH_SAID.search(cast.text, begin, at)
    if found is None or found.end() != at:
        return Source("")
    return cast.resolve(found.group("phrase"), at)
