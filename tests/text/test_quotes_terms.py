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
