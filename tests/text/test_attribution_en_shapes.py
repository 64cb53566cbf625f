"""English attribution shapes: descriptions, spokespeople and leads before a name.

Each test goes through `quotes.find_quotes`, which reads the cast with
`attribution.Cast` and resolves the cue's phrase against it.
"""

from __future__ import annotations

import pytest

from annotations.text.attribution import Cast, is_descriptor
from annotations.text.quotes import find_quotes


def _by_words(text: str) -> dict[str, str]:
    return {text[q.start : q.end]: q.speaker for q in find_quotes(text)}


# --- pronouns ------------------------------------------------------------------------


def test_an_object_pronoun_does_not_make_the_subject_a_man():
    text = (
        "Judge Ann Roe remanded him in custody ahead of sentencing. "
        '"You treated the money as your own," she told him.'
    )
    assert _by_words(text) == {"You treated the money as your own": "Ann Roe"}


def test_a_subject_pronoun_after_the_name_still_tells_the_gender():
    text = (
        "Tom Hale said he would appeal. Judge Ann Roe read the sentence before "
        'she left. "It is over," he said.'
    )
    assert _by_words(text) == {"It is over": "Tom Hale"}


# --- spokespeople for a body named before --------------------------------------------


def test_a_spokeswoman_for_the_agency_speaks_for_the_agency_named_before():
    text = (
        "The outbreak has spread, the Eastmoor Public Health Agency said on Monday.\n\n"
        "A spokeswoman for the agency said clinics would open. "
        '"Two doses protect almost everyone," she said.'
    )
    assert _by_words(text) == {
        "Two doses protect almost everyone": "Eastmoor Public Health Agency"
    }


def test_a_spokesman_for_the_authority_with_a_partial_quote():
    text = (
        "The Competition Authority said it had not been notified. A spokesman for "
        'the authority said any deal "would be examined with great care".'
    )
    quote = find_quotes(text)[0]
    assert (quote.speaker, quote.source_kind) == (
        "Competition Authority",
        "institution",
    )


def test_a_spokesperson_for_a_body_never_named_stays_unnamed():
    text = 'A spokesman for the agency said: "We are looking into it."'
    assert _by_words(text) == {"We are looking into it.": ""}


def test_a_bare_capitalised_noun_opening_a_sentence_is_not_the_body_s_name():
    text = (
        "The cuts were approved by Millbrook Borough Council on Thursday.\n\n"
        "Council leader Jo Ames said the vote was hard.\n\n"
        'A council spokeswoman said: "Staff will be offered other roles."'
    )
    assert _by_words(text)["Staff will be offered other roles."] == (
        "Millbrook Borough Council"
    )


# --- descriptions of somebody named before -------------------------------------------


@pytest.mark.parametrize(
    "cue",
    [
        "The 34-year-old nurse said:",
        "The 34-year-old said:",
        "The former nurse added:",
        "Outside court, the nurse said:",
    ],
)
def test_a_description_opening_the_sentence_before_the_quote(cue):
    text = (
        "One volunteer, Grace Hallam, told the court she had raised concerns. "
        f'{cue} "I was told to stop asking questions."'
    )
    assert _by_words(text) == {"I was told to stop asking questions.": "Grace Hallam"}


def test_a_nationality_before_a_position_describes_the_person_named_before():
    text = (
        "Falcão, the club's captain, defended his manager. "
        '"The coach is not the one missing tackles," the Portuguese midfielder said.'
    )
    assert _by_words(text) == {"The coach is not the one missing tackles": "Falcão"}


# --- words opening a sentence before a name ------------------------------------------


def test_an_office_written_in_lower_case_elsewhere_opens_the_sentence():
    text = (
        "Resident Siti Nurhaliza fled with her children.\n\n"
        "Regent Lukas Tambunan, who visited the shelters, promised funds. "
        '"No family will rebuild alone," the regent said.'
    )
    assert _by_words(text) == {"No family will rebuild alone": "Lukas Tambunan"}


def test_a_description_in_two_words_and_a_title_before_the_name():
    text = (
        "Independent lawmaker Farida Osman abstained.\n\n"
        "Political scientist Dr. Lionel Grange of Westmoor University said the "
        'coalition was fragile.\n\n"One partner can walk away," the academic said.'
    )
    assert _by_words(text) == {"One partner can walk away": "Lionel Grange"}


def test_a_possessive_before_the_name_keeps_the_name_the_subject():
    text = (
        "Kieran Walsh crossed from the left.\n\n"
        "Rovers' Walsh, who provided the assist, praised his manager. "
        '"He tells us the truth," the winger said.'
    )
    assert _by_words(text) == {"He tells us the truth": "Kieran Walsh"}


def test_a_hyphenated_description_is_not_part_of_the_name():
    text = (
        "Lead author Priyanka Menon was cautious.\n\n"
        "Co-author Tomasz Wierzbicki wrote the software. "
        '"Half my PhD is in that figure," he joked.'
    )
    assert _by_words(text) == {"Half my PhD is in that figure": "Tomasz Wierzbicki"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Co-author", True), ("Vice-chair", True), ("Jean-Pierre", False)],
)
def test_hyphenated_descriptors(word, expected):
    assert is_descriptor(word) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Tom Hale at the port.",  # a verb before the name
        "Sumber di Dinas Pekerjaan Umum mengatakan pompa rusak.",  # a preposition
    ],
)
def test_a_lead_that_is_not_a_description_leaves_the_name_an_object(text):
    cast = Cast.read(text)
    assert not any(m.subject and len(m.name.split()) >= 2 for m in cast.mentions)


# --- bodies named by whose they are, and "it" ----------------------------------------


def test_the_prime_minister_s_office_is_a_body_not_the_prime_minister():
    text = (
        "Prime Minister Alana Whitcombe spoke first.\n\n"
        "The prime minister's office said in a statement that the government "
        '"has a clear mandate".'
    )
    quote = find_quotes(text)[0]
    assert (quote.speaker, quote.source_kind) == (
        "prime minister's office",
        "institution",
    )


def test_a_possessive_before_a_person_s_position_is_still_a_person():
    text = (
        "Rui Falcão, the club's captain, spoke first.\n\n"
        '"We have to look at ourselves," the club\'s captain said.'
    )
    quote = find_quotes(text)[0]
    assert (quote.speaker, quote.source_kind) != ("club's captain", "institution")
    assert quote.source_kind != "institution"


def test_it_said_in_a_statement_is_the_institution_quoted_last():
    text = (
        'A spokeswoman for the Northfield Health Agency said: "Clinics open '
        'Monday."\n\nIt said in a statement that "no child should be turned away".'
    )
    assert _by_words(text)["no child should be turned away"] == (
        "Northfield Health Agency"
    )


def test_it_said_with_no_institution_quoted_names_nobody():
    text = (
        "The agency that runs the telescope scheduled more observations. "
        '"It is a priority target," it said.'
    )
    assert _by_words(text) == {"It is a priority target": ""}


def test_it_said_after_a_body_s_statement_is_that_body():
    text = (
        "The Harbour Authority said in a statement it would reopen the port. "
        '"Ships can enter from Tuesday," it said.'
    )
    quote = find_quotes(text)[0]
    assert (quote.speaker, quote.source_kind) == ("Harbour Authority", "institution")


# --- lawyers and other people introduced by whose they are ---------------------------


def test_the_lawyer_after_an_unnamed_his_lawyer_is_nobody_named():
    text = (
        "Tomas Ekdahl was jailed on Friday. His lawyer said he would appeal. "
        '"This verdict is wrong," the lawyer said.'
    )
    assert _by_words(text) == {"This verdict is wrong": ""}


def test_his_lawyer_added_goes_back_to_the_lawyer_named_before():
    text = (
        "Pryce was convicted. His lawyer, Samuel Achterberg, said he would appeal.\n\n"
        "His lawyer added that Pryce had repaid part of the money. "
        '"He has sold his house," the lawyer said.'
    )
    assert _by_words(text) == {"He has sold his house": "Samuel Achterberg"}


def test_her_lawyer_named_without_commas():
    text = (
        "Maria Lindgren was charged. Her lawyer Peter Sand called the case weak. "
        '"My client is innocent," the lawyer said.'
    )
    assert _by_words(text) == {"My client is innocent": "Peter Sand"}


# --- the speaker named in the sentence after the quote -------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "That was how Mayor Ruth Calloway put it on Monday.",
        "Those were the words of Mayor Ruth Calloway on Monday.",
    ],
)
def test_a_quote_alone_then_the_sentence_naming_its_speaker(after):
    text = (
        f'Water rationing began on Monday.\n\n"We did everything we could."\n\n{after}'
    )
    assert _by_words(text) == {"We did everything we could.": "Ruth Calloway"}


# --- occupations used as titles -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Fisherman Arif Rahman said: "The sea took everything."', "Arif Rahman"),
        ('Nurse Linda Park said: "We are on our knees."', "Linda Park"),
        ('Fisherman Budi said: "The boat was old."', "Budi"),
        ('Peter Paul Walker said: "The boat was old."', "Peter Paul Walker"),
    ],
)
def test_an_occupation_opening_a_sentence_is_not_part_of_the_name(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


# --- unnamed spokespeople and one-word names -----------------------------------------


def test_a_bare_spokesman_after_the_body_that_spoke_speaks_for_it():
    text = (
        "The Riverside Water Authority said supplies were safe. "
        '"There is no risk," a spokesman said.'
    )
    assert _by_words(text) == {"There is no risk": "Riverside Water Authority"}


def test_a_bare_spokesman_with_no_body_before_is_nobody_named():
    text = 'Supplies were safe. "There is no risk," a spokesman said.'
    assert _by_words(text) == {"There is no risk": ""}


def test_an_epithet_after_a_one_word_name_that_spoke():
    text = (
        "Budi said the rain came at night. "
        '"Everything is gone," the 40-year-old farmer said.'
    )
    assert _by_words(text) == {"Everything is gone": "Budi"}


def test_an_epithet_does_not_point_to_a_one_word_institution():
    text = (
        "Police said the road was closed. "
        '"Everything is gone," the 40-year-old farmer said.'
    )
    assert _by_words(text) == {"Everything is gone": ""}


# --- a person, then their body ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Testing is limited," epidemiologist Dicky Budiman of Griffith University '
        "told The Jakarta Post.",
        '"Testing is limited," said Dicky Budiman of Griffith University.',
    ],
)
def test_a_person_then_of_their_body_is_the_person(text):
    quote = find_quotes(text)[0]
    assert (quote.speaker, quote.source_kind) == ("Dicky Budiman", "person")


def test_regent_is_a_title_not_part_of_the_name():
    text = '"This is a warning," Garut Regent Rudy Gunawan said on Sunday.'
    assert _by_words(text) == {"This is a warning": "Rudy Gunawan"}


# --- statements and agencies ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Health Ministry issued a statement on Sunday.\n\n"
        '"Boil water before drinking it," the statement read.',
        "The Health Ministry said in a written statement that wells were unsafe.\n\n"
        '"Boil water before drinking it," the statement said.',
        '"Boil water before drinking it," read a statement from the Health Ministry.',
    ],
)
def test_the_statement_is_the_body_that_issued_it(text):
    quote = find_quotes(text)[0]
    assert (quote.speaker, quote.source_kind) == ("Health Ministry", "institution")


def test_the_agency_said_is_the_agency_named_before_not_a_news_agency():
    text = (
        "The National Disaster Mitigation Agency (BNPB) said 14 people died. "
        '"Search teams are still digging," the agency said.'
    )
    quote = find_quotes(text)[0]
    assert (quote.speaker, quote.source_kind) == (
        "National Disaster Mitigation Agency",
        "institution",
    )


# --- "according to" and descriptions in apposition -----------------------------------


def test_he_after_according_to_a_named_spokesman():
    text = (
        "Heavy rain triggered the landslide, according to Abdul Muhari, a BNPB "
        'spokesman. "The soil is unstable," he said.'
    )
    assert _by_words(text) == {"The soil is unstable": "Abdul Muhari"}


def test_an_unnamed_person_brought_in_after_a_name_still_counts():
    text = (
        "Heavy rain fell, according to Abdul Muhari. A villager, who asked not to "
        'be named, said the slope moved. "The soil is unstable," he said.'
    )
    assert _by_words(text) == {"The soil is unstable": ""}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sumini, 54, whose son died in the crash, said she had begged him not "
            'to go. "I told him to wait a day," she said.',
            "Sumini",
        ),
        (
            "Factory worker Siti Aminah, 29, escaped through a window. "
            '"Smoke filled the room in seconds," she told the Post.',
            "Siti Aminah",
        ),
        (
            'Candidate Eri Cahyadi thanked voters. "This is your victory," he said.',
            "Eri Cahyadi",
        ),
    ],
)
def test_people_brought_in_by_an_age_or_an_occupation(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


# --- who opens the sentence ------------------------------------------------------------


def test_lower_case_words_before_a_role_leave_the_named_person_the_subject():
    text = (
        "In an interview with the Monitor, maritime safety researcher Dr. Laila "
        "Rusdi said the accident followed a familiar pattern."
    )
    mentions = {m.name: m.subject for m in Cast.read(text).mentions}
    assert mentions["Laila Rusdi"] is True


@pytest.mark.parametrize(
    "body", ["Hasanuddin University", "the Food and Allied Workers Union"]
)
def test_a_body_after_the_name_leaves_the_person_the_subject(body):
    text = f"He left. Laila Rusdi of {body} said the boat was overloaded."
    assert [m.subject for m in Cast.read(text).mentions if m.name == "Laila Rusdi"] == [
        True
    ]
    # The same words after a preposition are no subject.
    text = "The report was sent to Laila Rusdi of Hasanuddin University on Monday."
    assert [m.subject for m in Cast.read(text).mentions if m.name == "Laila Rusdi"] == [
        False
    ]


def test_a_capitalised_word_ending_in_master_is_a_descriptor_not_a_first_name():
    text = (
        "Harbourmaster Andi Baso defended his office. "
        '"We checked the manifest," he said.'
    )
    assert _by_words(text) == {"We checked the manifest": "Andi Baso"}
    assert is_descriptor("Quartermaster")


# --- months that are given names ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chief operating officer August Lindqvist said the decision was hard. "
            '"We looked at every option," Lindqvist told the Times.',
            "August Lindqvist",
        ),
        (
            'A shipping clerk, May Tolliver, noticed it. "I kept a notebook," said '
            "Tolliver.",
            "May Tolliver",
        ),
        (
            "Opposition leader June Halvorsen said the premier should "
            '"stop making announcements".',
            "June Halvorsen",
        ),
    ],
)
def test_a_month_before_a_surname_is_a_given_name(text, speaker):
    assert list(_by_words(text).values()) == [speaker]


@pytest.mark.parametrize(
    "lead", ["On 5 August", "In May", "Since March", "Early June", "Pada akhir Mei"]
)
def test_a_month_naming_a_time_stays_out_of_the_name(lead):
    text = f'{lead} Dana Moss said: "We are sorry."'
    assert list(_by_words(text).values()) == ["Dana Moss"]


# --- a place or a portfolio between "for"/"of" and the name ---------------------------


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        (
            "Country Reform Party member for North Kessington Dana Whitcombe",
            "Dana Whitcombe",
        ),
        ("Governor of West Java Ridwan Kamil", "Ridwan Kamil"),
        ("The MP for Leeds Central Ann Roe", "Ann Roe"),
        ("Mayor of Surabaya Eri Cahyadi", "Eri Cahyadi"),
        ("Minister for Health Budi Gunadi Sadikin", "Budi Gunadi Sadikin"),
        ("Minister of Foreign Affairs Retno Marsudi", "Retno Marsudi"),
        ("Secretary of State Antony Blinken", "Antony Blinken"),
    ],
)
def test_the_place_after_for_or_of_is_not_part_of_the_name(opening, name):
    text = f'{opening} said: "We are ready."'
    assert [m.name for m in Cast.read(text).mentions] == [name]
    assert list(_by_words(text).values()) == [name]


# --- short titles, and what stands in brackets after a name ---------------------------


@pytest.mark.parametrize("title", ["Cllr", "Sgt", "Cpl"])
def test_a_capitalised_word_without_vowels_is_a_title(title):
    text = f'{title} Ben Osei spoke. "Nobody will be forced out," {title} Osei said.'
    assert list(_by_words(text).values()) == ["Ben Osei"]
    assert is_descriptor(title)


def test_a_short_name_with_a_vowel_stays_a_name():
    assert not is_descriptor("Ng")
    text = 'Ng Eng Hen spoke. "We are ready," Ng said.'
    assert list(_by_words(text).values()) == ["Ng Eng Hen"]


def test_a_ward_in_brackets_after_a_name_is_never_the_subject():
    text = (
        "Cllr Sue Pritchard (Lab, Eastgate), who represents the estate, voted "
        "against the plan."
    )
    subjects = [m.name for m in Cast.read(text).mentions if m.subject]
    assert subjects == ["Sue Pritchard"]


@pytest.mark.parametrize("cue", ["Van der Berg said", "van der Berg said"])
def test_a_surname_with_particles_is_the_full_name_given_before(cue):
    text = f'Mayor Lisa van der Berg opened the park. "It is for everyone," {cue}.'
    assert list(_by_words(text).values()) == ["Lisa van der Berg"]
    assert [m.name for m in Cast.read(text).mentions][0] == "Lisa van der Berg"


def test_a_possessive_in_an_apposition_is_not_the_named_persons_gender():
    text = (
        'Ann Roe resigned on Monday. Tom Hale, her deputy, takes over. "I am ready," '
        "he said."
    )
    assert list(_by_words(text).values()) == ["Tom Hale"]
    assert Cast.read(text).gender("Tom Hale") != "f"


def test_a_possessive_before_a_name_is_not_part_of_it():
    text = (
        "Kenya's Daniel Okafor broke the course record. "
        '"The crowd carried me," Okafor said.'
    )
    assert [m.name for m in Cast.read(text).mentions][0] == "Daniel Okafor"
    assert list(_by_words(text).values()) == ["Daniel Okafor"]


def test_the_short_paragraph_before_a_quote_paragraph_tells_who_speaks():
    text = (
        'Tom Hale spoke first. "We will not give in."\n\nAnn Roe disagreed.\n\n'
        '"That is not the point."'
    )
    assert list(_by_words(text).values()) == ["Tom Hale", "Ann Roe"]
