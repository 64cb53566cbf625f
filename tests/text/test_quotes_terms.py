"""Quoted words that nobody says: the quote heading a teaser line."""

from __future__ import annotations

import pytest

from annotations.text.quotes import find_quotes


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        'The council met on Monday.\n\n"Lock the doors": how a small town rebuilt '
        "its school safety plan\n\nThe mayor spoke first.",
        'Rapat berlangsung Senin.\n\n"Kami tidak takut": kisah nelayan Teluk Saleh '
        "melawan tambang\n\nBupati hadir.",
    ],
)
def test_a_quote_heading_a_teaser_line_is_no_quote(text):
    assert _quoted(text) == []


def test_a_quote_heading_a_sentence_with_a_colon_stays():
    text = '"We are ready": that was the message the mayor gave on Monday.'
    assert _quoted(text) == ["We are ready"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'Coach Mara Lindqvist said her players had shown "a stubborn kind of '
            'courage".',
            "a stubborn kind of courage",
        ),
        (
            'Warden Ana Lopez said the volunteers had signed "a pledge to clear every '
            'beach".',
            "a pledge to clear every beach",
        ),
    ],
)
def test_a_word_that_only_starts_like_a_kind_of_work_does_not_hide_a_quote(
    text, quoted
):
    assert quoted in _quoted(text)


def test_a_show_named_in_marks_is_still_no_quote():
    assert _quoted('She hosts the show "Morning Harbour" on Radio Selat.') == []


def test_what_a_long_named_body_called_is_its_partial_quote():
    text = (
        "In 2017 a bus fell into a gorge near Tarun, killing 31 people, in what "
        'state news agency Pelita called "the worst road accident in a decade".'
    )
    quotes = find_quotes(text)
    assert [(text[q.start : q.end], q.speaker) for q in quotes] == [
        ("the worst road accident in a decade", "Pelita")
    ]
