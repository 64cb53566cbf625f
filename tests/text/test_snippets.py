"""Search snippets: the text around the first match, escaped, the matched words marked."""

from __future__ import annotations

from annotations.text.snippets import around, match_spans, snippet_html


def test_the_matched_words_are_marked_ignoring_case_and_accents():
    html = snippet_html("Delegasi menginap di Hôtel Crillon.", ["hotel", "crill"])
    assert html == "Delegasi menginap di <mark>Hôtel</mark> <mark>Crillon</mark>."


def test_a_word_matches_only_at_the_start_of_a_word():
    assert match_spans("Menlu Blinken; kemenlu", ["menlu"]) == [(0, 5)]


def test_the_text_is_escaped_and_only_marks_are_markup():
    html = snippet_html('<script>alert(1)</script> "x" & <mark>y', ["script", "y"])
    assert "<script" not in html
    assert "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;" in html
    assert "&lt;mark&gt;<mark>y</mark>" in html
    assert html.count("<mark>") == 3


def test_a_query_with_markup_cannot_inject_html():
    html = snippet_html("a b c", ["<b>"])
    assert "<b>" not in html and html == "a b c"


def test_a_long_text_is_cut_around_the_first_match_between_words():
    text = " ".join(f"kata{n}" for n in range(200)) + " Blinken tiba " + "akhir " * 100
    html = snippet_html(text, ["blinken"])
    assert html.startswith("…") and html.endswith("…")
    assert "<mark>Blinken</mark>" in html
    assert len(html) < 260
    inner = html.strip("…").replace("<mark>", "").replace("</mark>", "")
    assert all(
        w.startswith("kata") or w in {"Blinken", "tiba", "akhir"} for w in inner.split()
    )


def test_without_a_match_the_beginning_is_shown_unmarked():
    html = snippet_html("Hujan deras sejak pagi.", ["blinken"])
    assert html == "Hujan deras sejak pagi."


# ---- around: the words either side of a claim --------------------------------


def test_around_cuts_between_words_and_marks_the_cuts():
    prefix = "Menlu AS bertemu dengan Qin Gang selama "  # 40 characters: a stored cut
    before, after = around(prefix[-32:], ". Blinken mengatakan bahwa pertemuan", 20)
    assert before == "…Qin Gang selama "
    assert after == ". Blinken mengatakan…"


def test_around_keeps_a_short_context_whole_without_ellipsis():
    # Fewer than the stored 32 characters: the text's start and end are reached.
    assert around("Rapat ", " jam.", 24) == ("Rapat ", " jam.")


def test_around_stops_at_a_paragraph_break():
    before, after = around("Judul berita\nRapat berlangsung ", " jam.\nParagraf", 24)
    assert before == "Rapat berlangsung "
    assert after == " jam."


def test_around_shows_nothing_rather_than_half_a_word():
    assert around("x" * 32, "y" * 32, 20) == ("", "")
