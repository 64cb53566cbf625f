"""Speaker shapes met on outlets the rules were not written for, in fresh sentences."""

from __future__ import annotations

import pytest

from annotations.text.quotes import QuoteCandidate, find_quotes


def _by_words(text: str) -> dict[str, QuoteCandidate]:
    return {text[q.start : q.end]: q for q in find_quotes(text)}


# --- the cue pasted on the line after the quote ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Kapolsek Wae Rana Iptu Gregorius Lado tiba pagi.\n\n"Jembatan itu ambles '
        'semalam,"\n\nujar Gregorius kepada wartawan.',
        'Harbour master Gregorius Lado arrived at dawn.\n\n"The bridge sank '
        'overnight,"\nGregorius said.',
    ],
)
def test_a_cue_cut_onto_the_next_line_still_names_the_speaker(text):
    (quote,) = find_quotes(text)
    assert quote.speaker == "Gregorius Lado"


def test_a_quote_ending_its_sentence_does_not_take_the_next_paragraph_as_cue():
    text = (
        'Gregorius Lado tiba pagi. Ia memeriksa jembatan.\n\n"Jembatan itu ambles."\n\n'
        "Kata Siti Marlina, warga setempat, air naik sejak subuh."
    )
    (quote,) = find_quotes(text)
    assert quote.speaker != "Siti Marlina"


# --- institutions speaking through statements -----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dinas Perhubungan Kota Bima dalam keterangan tertulisnya menyebut dua "
            'kapal ditahan.\n\n"Kapal boleh berlayar setelah diperiksa," demikian bunyi '
            "keterangan tersebut.",
            "Dinas Perhubungan Kota Bima",
        ),
        (
            "Orchard Valley Transit said in a statement that two lines would close. "
            '"Buses will replace the trains until Friday," the statement said.',
            "Orchard Valley Transit",
        ),
        (
            "A statement from Orchard Valley Transit blamed the storm. "
            '"Crews are working through the night," the statement said.',
            "Orchard Valley Transit",
        ),
    ],
)
def test_the_statement_quoted_later_is_the_body_that_issued_it(text, speaker):
    quote = find_quotes(text)[-1]
    assert (quote.speaker, quote.source_kind) == (speaker, "institution")


def test_a_statement_introduced_with_read_and_a_colon_names_its_body():
    text = (
        'A statement from Orchard Valley Transit read: "Crews are working through '
        'the night."'
    )
    (quote,) = find_quotes(text)
    assert (quote.speaker, quote.source_kind) == (
        "Orchard Valley Transit",
        "institution",
    )


def test_the_statement_with_no_body_named_before_gives_nobody():
    text = 'Two lines closed on Monday. "Buses will replace the trains," the statement said.'
    (quote,) = find_quotes(text)
    assert quote.speaker == ""
