from __future__ import annotations

import random
from itertools import pairwise

from annotations.text.runs import Paragraph, Run, paragraphs, split_runs


def _naive(text_length, spans):
    """Reference: the covering ids of every character, merged into runs."""
    runs = []
    for i in range(text_length):
        covering = sorted(
            (start, -end, span_id) for span_id, start, end in spans if start <= i < end
        )
        ids = tuple(key[2] for key in covering)
        if runs and runs[-1][2] == ids:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1, ids])
    return [Run(s, e, ids) for s, e, ids in runs]


def test_no_annotations_is_one_bare_run():
    assert split_runs(10, []) == [Run(0, 10, ())]


def test_empty_text_has_no_runs():
    assert split_runs(0, [(1, 0, 0)]) == []


def test_nested_claim_inside_quote_lists_the_quote_first():
    # quote 1 covers 2..12, claim 2 covers 5..8
    assert split_runs(15, [(2, 5, 8), (1, 2, 12)]) == [
        Run(0, 2, ()),
        Run(2, 5, (1,)),
        Run(5, 8, (1, 2)),
        Run(8, 12, (1,)),
        Run(12, 15, ()),
    ]


def test_identical_spans_list_both_ids_in_id_order():
    assert split_runs(5, [(9, 1, 4), (3, 1, 4)]) == [
        Run(0, 1, ()),
        Run(1, 4, (3, 9)),
        Run(4, 5, ()),
    ]


def test_overlapping_spans_split_into_three_runs():
    assert split_runs(6, [(1, 0, 4), (2, 2, 6)]) == [
        Run(0, 2, (1,)),
        Run(2, 4, (1, 2)),
        Run(4, 6, (2,)),
    ]


def test_adjacent_spans_do_not_overlap():
    assert split_runs(6, [(1, 0, 3), (2, 3, 6)]) == [Run(0, 3, (1,)), Run(3, 6, (2,))]


def test_same_start_puts_the_longer_span_outside():
    runs = split_runs(10, [(1, 0, 3), (2, 0, 10)])
    assert runs[0] == Run(0, 3, (2, 1))


def test_spans_outside_the_text_are_clipped_and_empty_spans_ignored():
    assert split_runs(5, [(1, -3, 2), (2, 4, 99), (3, 2, 2), (4, 7, 9)]) == [
        Run(0, 2, (1,)),
        Run(2, 4, ()),
        Run(4, 5, (2,)),
    ]


def test_runs_match_a_per_character_reference():
    rng = random.Random(7)
    for _ in range(200):
        length = rng.randint(1, 60)
        spans = []
        for span_id in range(rng.randint(0, 12)):
            a, b = sorted(rng.randint(0, length) for _ in range(2))
            spans.append((span_id, a, b))
        assert split_runs(length, spans) == _naive(length, spans)


def test_thousand_annotations_over_twenty_thousand_characters_cover_the_text():
    rng = random.Random(1)
    spans = []
    for span_id in range(1000):
        start = rng.randrange(20_000)
        spans.append((span_id, start, min(20_000, start + rng.randint(1, 300))))
    runs = split_runs(20_000, spans)
    assert runs[0].start == 0 and runs[-1].end == 20_000
    assert all(a.end == b.start for a, b in pairwise(runs))
    # Speed is measured in bench/reader.py, not here.


def test_paragraphs_split_on_blank_lines():
    body = "Satu dua.\n\nTiga.\n \n\nEmpat."
    result = paragraphs(body, [])
    assert [body[p.start : p.end] for p in result] == ["Satu dua.", "Tiga.", "Empat."]
    assert result[1] == Paragraph(11, 16, (Run(11, 16, ()),))


def test_single_newline_does_not_start_a_paragraph():
    body = "Baris satu\nbaris dua"
    assert len(paragraphs(body, [])) == 1


def test_annotation_crossing_a_paragraph_break_shows_in_both():
    body = "Awal kalimat.\n\nAkhir kalimat."
    start = body.index("kalimat.")
    end = body.index(" kalimat", 15)
    first, second = paragraphs(body, [(7, start, end)])
    assert first.runs == (Run(0, start, ()), Run(start, 13, (7,)))
    assert second.runs == (Run(15, end, (7,)), Run(end, len(body), ()))


def test_runs_cover_each_paragraph_exactly():
    body = "\n\nA quote here.\n\n\nAnother one.\n\n"
    result = paragraphs(body, [(1, 2, 20), (2, 5, 10)])
    for p in result:
        assert p.runs[0].start == p.start
        assert p.runs[-1].end == p.end
        assert all(a.end == b.start for a, b in pairwise(p.runs))
    assert [body[p.start : p.end] for p in result] == ["A quote here.", "Another one."]


def test_empty_body_has_no_paragraphs():
    assert paragraphs("", [(1, 0, 3)]) == []
