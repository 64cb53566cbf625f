from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.text.words import inside_word, snap_to_words

CASES = json.loads(
    (Path(__file__).with_name("word_snap_cases.json")).read_text(encoding="utf-8")
)["cases"]


def marked(case: str) -> tuple[str, int, int]:
    """Return the text of a case and the span its ⟦ ⟧ mark."""
    start = case.index("⟦")
    end = case.index("⟧") - 1
    return case.replace("⟦", "").replace("⟧", ""), start, end


@pytest.mark.parametrize(("selected", "expected"), CASES)
def test_a_selection_snaps_to_whole_words(selected, expected):
    text, start, end = marked(selected)
    same_text, want_start, want_end = marked(expected)
    assert text == same_text
    got = snap_to_words(text, start, end)
    assert text[got[0] : got[1]] == text[want_start:want_end]
    assert got == (want_start, want_end)


def test_the_issue_s_selection_is_saved_as_whole_words():
    text = "Penting untuk memilih antara dialog dan konfrontasi, kerja sama"
    start = text.index("ntuk")
    end = text.index("konf") + len("konf")
    got = snap_to_words(text, start, end)
    assert text[got[0] : got[1]] == "untuk memilih antara dialog dan konfrontasi"


def test_a_whole_word_span_is_kept_exactly():
    text = "selama 7,5 jam, kata dia."
    for words in ("7,5 jam", "7,5 jam,", "kata dia.", "selama"):
        start = text.index(words)
        assert snap_to_words(text, start, start + len(words)) == (
            start,
            start + len(words),
        )


def test_the_text_edges_are_never_inside_a_word():
    assert not inside_word("kata", 0)
    assert not inside_word("kata", 4)
    assert snap_to_words("kata", 0, 4) == (0, 4)


def test_a_span_outside_the_text_is_refused():
    with pytest.raises(ValueError):
        snap_to_words("kata", 2, 9)
    with pytest.raises(ValueError):
        snap_to_words("kata", 3, 2)


# Letters, digits, marks, joiners, spaces and punctuation: every branch of the rule.
PIECES = st.text(alphabet="ab7,.:-'\u2019 \u201c\u201d()\u0301\u00e9\n5", max_size=30)


@settings(max_examples=200, deadline=None)
@given(PIECES, st.data())
def test_snapping_only_widens_never_cuts_and_is_stable(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    s, e = snap_to_words(text, start, end)
    assert s <= start and end <= e
    assert not inside_word(text, s) and not inside_word(text, e)
    assert snap_to_words(text, s, e) == (s, e)
    # What is added belongs to the words cut at the edges: never a space.
    assert not any(c.isspace() for c in text[s:start] + text[end:e])
