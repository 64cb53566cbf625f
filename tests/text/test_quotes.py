from __future__ import annotations

from pathlib import Path

import pytest

from annotations.text.quotes import QuoteCandidate, find_quotes

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def _words(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def _only(text: str) -> QuoteCandidate:
    (quote,) = find_quotes(text)
    return quote


def test_span_excludes_quote_marks_and_trailing_comma():
    text = '"Kami berkomitmen," kata Blinken.'
    quote = _only(text)
    assert text[quote.start : quote.end] == "Kami berkomitmen"
    assert (quote.start, quote.end, quote.speaker, quote.form) == (
        1,
        17,
        "Blinken",
        "direct",
    )
    assert quote.source_kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        'Dia berkata "kerja sama" hari itu.',
        "Dia berkata “kerja sama” hari itu.",
        "Dia berkata 'kerja sama' hari itu.",
        "Dia berkata ‘kerja sama’ hari itu.",
    ],
)
def test_straight_and_curly_double_and_single_marks(text):
    assert _words(text) == ["kerja sama"]


def test_apostrophes_inside_words_are_not_quote_marks():
    assert _words("Blinken's visit and Jum'at prayers") == []
    assert _words("Blinken’s visit, the students' books") == []
    assert _words("He said it was 'Blinken's gamble' today") == ["Blinken's gamble"]


def test_unclosed_quote_is_not_suggested():
    assert _words('Dia berkata "tidak ada akhir\nbaris baru') == []


def test_quotes_do_not_run_across_lines():
    assert _words('"satu\ndua" dan "tiga empat lima," katanya') == ["tiga empat lima"]


def test_words_quoted_inside_a_quote_belong_to_it():
    text = "Dia berkata 'kita sebut 'balon cuaca' saja, bukan yang lain' tadi."
    assert _words(text) == ["kita sebut 'balon cuaca' saja, bukan yang lain"]


def test_guillemets_and_low_high_marks():
    assert _words("Dia berkata «kami siap bekerja» tadi.") == ["kami siap bekerja"]
    assert _words("Dia berkata „kami siap bekerja“ tadi.") == ["kami siap bekerja"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Rusia akan kesulitan," ujar Blinken.', "Blinken"),
        ('"Penting untuk memilih," cetus Wang, seperti dilaporkan CCTV.', "Wang"),
        ('"Ini tidak melayani," kata Hua Chunying, juru bicara.', "Hua Chunying"),
        ('"Kita harus membalikkan situasi," ucapnya.', ""),
        ('"Kita harus," kata dia.', ""),
        ('"Kita harus," kata dia kepada Reuters.', ""),
        ('"We are committed," said Blinken.', "Blinken"),
        ('"It was candid," Miller said.', "Miller"),
        ('"It was candid," he said.', ""),
        ('"Tidak ada komentar."', ""),
    ],
)
def test_speaker_after_the_quote(text, speaker):
    assert _only(text).speaker == speaker


def test_speaker_title_is_dropped():
    text = '"Kami siap," kata juru bicara Kemlu Wang Wenbin.'
    assert _only(text).speaker == "Wang Wenbin"


def test_speaker_named_before_the_quote():
    text = 'Juru bicara Deplu AS Matthew Miller menyebut pertemuan itu "jujur dan konstruktif."'
    assert _only(text).speaker == "Matthew Miller"
    text = (
        "Menurut juru bicara AS Matthew Miller, pembicaraan berlangsung 'terus-terang'."
    )
    assert _only(text).speaker == "Matthew Miller"


def test_speaker_before_does_not_reach_into_the_previous_sentence():
    text = 'Blinken mengatakan hal itu. "Pertemuan berlangsung jujur dan terbuka."'
    assert _only(text).speaker == ""


def test_whole_sentence_is_direct_and_words_inside_a_sentence_are_partial():
    text = (
        '"Kami berkomitmen untuk dialog," kata Blinken. '
        'Ia menyebut hubungan berada di titik "terendah" sejak 1979. '
        'Wang said: "We must choose." '
        'Media menyebutnya "negara adidaya" saja.'
    )
    assert [q.form for q in find_quotes(text)] == [
        "direct",
        "partial",
        "direct",
        "partial",
    ]


def test_lowercase_quote_is_partial_even_at_sentence_start():
    assert _only('"terus-terang," kata Miller.').form == "partial"


def test_no_quotes_in_plain_text():
    assert find_quotes("Blinken bertemu Xi di Beijing.") == []
    assert find_quotes('Tanda "" kosong') == []


def test_seed_article_quotes_and_speakers():
    body = (SEEDS / "003_8019a4f8d46b45c0.txt").read_text(encoding="utf-8")
    by_words = {body[q.start : q.end]: q for q in find_quotes(body)}
    assert by_words["kerja sama atau konflik"].speaker == "Wang Yi"
    assert by_words["kerja sama atau konflik"].form == "partial"
    direct = [q for q in by_words.values() if q.form == "direct"]
    assert any(body[q.start :].startswith("Penting untuk memilih") for q in direct)
    assert all(body[q.start - 1] in "\"'“‘" for q in by_words.values())


def test_any_text_gives_valid_sorted_spans_without_error():
    # Seeded random texts built from the characters quote finding cares about.
    import random

    pieces = [
        '"', "“", "”", "'", "‘", "’", "«", "»", "„", "\n", "\n\n", " ", ",", ".", ":",
        "kata", "ujarnya", "said", "he", "Dia", "Menurut", "Blinken", "Wang Yi",
        "Menlu AS", "juru bicara", "(", ")", "Dr.", "x", "1,5", "—",
    ]  # fmt: skip
    rng = random.Random(8)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        quotes = find_quotes(text)
        assert quotes == sorted(quotes, key=lambda q: (q.start, -q.end))
        for quote in quotes:
            assert 0 <= quote.start < quote.end <= len(text)
            assert any(c.isalpha() for c in text[quote.start : quote.end])
            assert quote.form in ("direct", "partial", "indirect")
            assert quote.source_kind in ("person", "institution", "medium", "")
            assert 0 <= quote.confidence <= 1
