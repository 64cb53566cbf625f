from __future__ import annotations

import pytest

from annotations.text.anchoring import (
    CONTEXT,
    SPAN_ERRORS,
    Anchor,
    anchor,
    body_version,
    context,
    validate_span,
)

GRIN = "\U0001f600"
NBSP = "\u00a0"
BODY = f"Blinken {GRIN} bertemu{NBSP}Xi di Beijing {GRIN}{GRIN} selama tiga jam."


def test_context_returns_up_to_n_code_points_each_side():
    body = "abcdefghij"
    assert context(body, 4, 6, n=3) == ("bcd", "ghi")
    assert context(body, 1, 9, n=3) == ("a", "j")
    assert context(body, 0, 10) == ("", "")


def test_context_default_width():
    body = "x" * 100 + "TARGET" + "y" * 100
    prefix, suffix = context(body, 100, 106)
    assert prefix == "x" * CONTEXT
    assert suffix == "y" * CONTEXT


def test_context_counts_an_emoji_as_one_code_point():
    body = f"ab{GRIN}cd"
    assert context(body, 3, 4, n=1) == (GRIN, "d")


def test_anchor_uses_offsets_that_still_match():
    start = BODY.index("Xi di Beijing")
    found = anchor(BODY, exact="Xi di Beijing", start=start, end=start + 13)
    assert found == Anchor(start, start + 13, True)


def test_anchor_relocates_after_text_is_inserted_before():
    old = "Blinken bertemu Xi. Xi tersenyum."
    start = old.index("Xi tersenyum")
    prefix, suffix = context(old, start, start + 2)
    new = "Kemarin, " + old
    found = anchor(
        new, exact="Xi", prefix=prefix, suffix=suffix, start=start, end=start + 2
    )
    assert found == Anchor(
        new.index("Xi tersenyum"), new.index("Xi tersenyum") + 2, False
    )


def test_anchor_prefers_context_over_closeness():
    body = "kata Wang. ujar Blinken. kata Wang lagi."
    second = body.rindex("Wang")
    found = anchor(body, exact="Wang", prefix="kata ", suffix=" lagi", start=0, end=4)
    assert found.start == second


def test_anchor_breaks_ties_by_closeness_to_old_start():
    body = "Wang ... Wang ... Wang"
    positions = [0, 9, 18]
    for old in positions:
        found = anchor(body, exact="Wang", start=old + 1, end=old + 5)
        assert found.start == old


def test_anchor_without_offsets_takes_the_best_context():
    body = "satu Xi. dua Xi. tiga Xi."
    found = anchor(body, exact="Xi", prefix="dua ")
    assert body[found.start - 4 : found.end] == "dua Xi"


def test_anchor_returns_none_when_the_text_is_gone():
    assert anchor(BODY, exact="Qin Gang", start=0, end=8) is None
    assert anchor(BODY, exact="") is None


def test_anchor_survives_collapsed_spacing():
    old = "Blinken  bertemu   Xi di Beijing"
    exact = "bertemu   Xi"
    new = "Kemarin Blinken bertemu Xi di Beijing"
    found = anchor(new, exact=exact, prefix="Blinken  ", start=old.index(exact))
    assert found is not None
    assert new[found.start : found.end] == "bertemu Xi"
    assert not found.exact_match


def test_anchor_survives_a_no_break_space_becoming_spaces():
    exact = f"bertemu{NBSP}Xi"
    new = BODY.replace(NBSP, "  ")
    found = anchor(new, exact=exact)
    assert new[found.start : found.end] == "bertemu  Xi"


def test_anchor_with_emoji_in_body_keeps_code_point_offsets():
    exact = "selama tiga jam"
    found = anchor(BODY, exact=exact, start=0, end=3)
    assert BODY[found.start : found.end] == exact


def test_validate_span_accepts_a_matching_span():
    start = BODY.index("Beijing")
    assert validate_span(BODY, start, start + 7, "Beijing") is None
    assert validate_span(BODY, start, start + 7, None) is None


@pytest.mark.parametrize(
    ("start", "end", "exact", "error"),
    [
        (-1, 3, "Bli", "out-of-range"),
        (3, 1000, "x", "out-of-range"),
        (5, 2, "", "out-of-range"),
        (4, 4, "", "empty"),
        (7, 8, " ", "blank"),
        (7, 8, None, "blank"),
        (0, 7, "Blinkin", "mismatch"),
    ],
)
def test_validate_span_reports_errors(start, end, exact, error):
    assert validate_span(BODY, start, end, exact) == error
    assert error in SPAN_ERRORS


def test_validate_span_refuses_a_span_across_a_paragraph_break():
    body = "Satu dua.\n\nTiga empat."
    assert validate_span(body, 5, 16) == "paragraph-break"
    assert validate_span(body, 5, 16, body[5:16]) == "paragraph-break"
    assert validate_span(body, 11, 16) is None


def test_body_version_changes_with_the_body_only():
    assert body_version(BODY) == body_version(str(BODY))
    assert body_version(BODY) != body_version(BODY + " ")
    assert len(body_version(BODY)) == 16


def test_a_span_cutting_a_word_is_refused_only_when_whole_words_are_asked_for():
    body = "Penting untuk memilih, kata dia: \u201ckupu-kupu\u201d."
    start = body.index("ntuk")
    assert validate_span(body, start, start + 4) is None
    assert validate_span(body, start, start + 4, whole_words=True) == "mid-word"
    for words in ("untuk memilih,", "\u201ckupu-kupu\u201d", "kupu-kupu"):
        at = body.index(words)
        assert validate_span(body, at, at + len(words), whole_words=True) is None
    at = body.index("kupu")
    assert validate_span(body, at, at + 4, whole_words=True) == "mid-word"
