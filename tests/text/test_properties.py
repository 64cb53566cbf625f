"""Properties of the pure text modules, over texts hypothesis makes up.

Whatever an article holds (controls, bidirectional overrides, lone
surrogates, impossible dates, half-written numbers, stray quote marks),
every function returns, every span it returns lies inside the text, and the
text at a span is the text the function says is there. Example counts stay
modest so the suite stays fast (HYPOTHESIS_EXAMPLES raises them); the shrinker turns any failure into a short
text to read.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.text import anchoring, fingerprints, formats, runs
from annotations.text.claims import find_claims
from annotations.text.cleaning import (
    block_offsets,
    clean,
    clean_line,
    clean_raw,
    compose_body,
    normalise,
    shorten,
)
from annotations.text.metadata import extract_metadata, parse_published
from annotations.text.numbers import find_quantities, read_numbers
from annotations.text.quotes import find_quotes

# HYPOTHESIS_EXAMPLES=5000 searches harder, outside the everyday suite.
FEW = settings(
    max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "50")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Words and marks the parsers react to, so that made-up texts reach their branches.
VOCABULARY_WORDS = """
sekitar lebih dari hingga kurang hampir puluhan ratusan
enam tujuh belas seratus ribu juta miliar triliun setengah
jam menit hari persen orang korban warga rumah km Rp US$ %
kata ujar menurut mengatakan said told according to added
Menlu AS Antony Blinken Wang Yi juru bicara Kementerian
Senin Juni Jun 2023 WIB GMT+7 2024-02-30 31/4/2023 19/6/2023 15:22
Baca juga: Foto: Editor: Penulis: Sumber: BEIJING, KOMPAS.TV -
1,5 7,5 2.500 3.000.000 10,000 99% -4 1/2 ½ ٣ 10e5
" “ ” ‘ ’ « » ( ) . , ; : ! ? - – —
"""
VOCABULARY = [
    *VOCABULARY_WORDS.split(),
    "\n",
    "\n\n",
    "\u00a0",
    "\x00",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u200b",
    "\r\n",
    "\t",
]

ANY_CHARACTER = st.characters(codec=None, categories=None)
words = st.lists(
    st.one_of(st.sampled_from(VOCABULARY), st.text(ANY_CHARACTER, max_size=6)),
    max_size=80,
)
texts = st.one_of(
    words.map(" ".join),
    words.map("".join),
    st.text(ANY_CHARACTER, max_size=200),
)


def _inside(text: str, start: int, end: int) -> bool:
    return 0 <= start <= end <= len(text)


# Cleaning and metadata -----------------------------------------------------------------


@FEW
@given(texts)
def test_clean_keeps_its_blocks_where_the_offsets_say(raw):
    cleaned = clean(raw)
    body = cleaned.body
    assert body == compose_body(cleaned.blocks)
    kept = [i for i, block in enumerate(cleaned.blocks) if block.kept]
    offsets = block_offsets(cleaned.blocks)
    assert sorted(offsets) == kept
    for i, (start, end) in offsets.items():
        assert _inside(body, start, end)
        assert body[start:end] == cleaned.blocks[i].text
    restored = [i for i, block in enumerate(cleaned.blocks) if not block.kept]
    full = compose_body(cleaned.blocks, restored=restored)
    for i, (start, end) in block_offsets(cleaned.blocks, restored=restored).items():
        assert full[start:end] == cleaned.blocks[i].text


@FEW
@given(texts)
def test_cleaned_text_holds_no_control_bidi_or_surrogate_character(raw):
    forbidden = {chr(c) for c in range(32) if chr(c) not in "\n"} | {
        "\x7f",
        "\u202a",
        "\u202b",
        "\u202c",
        "\u202d",
        "\u202e",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
    }
    for block in clean(raw).blocks:
        assert not forbidden & set(block.text)
        assert not any("\ud800" <= c <= "\udfff" for c in block.text)
    line = clean_line(raw)
    assert line == line.strip()
    assert not (forbidden | {"\n"}) & set(line)
    assert "\x00" not in clean_raw(raw)


@FEW
@given(texts)
def test_normalise_is_stable(paragraph):
    once = normalise(paragraph)
    assert normalise(once) == once


@FEW
@given(texts, st.integers(min_value=1, max_value=120))
def test_shorten_never_exceeds_its_limit(text, limit):
    short = shorten(text, limit)
    assert len(short) <= limit
    if len(text) <= limit:
        assert short == text


@FEW
@given(texts)
def test_metadata_never_fails_and_dates_are_aware(raw):
    metadata = extract_metadata(raw)
    if metadata.published_at is not None:
        assert metadata.published_at.tzinfo is not None
    found = parse_published(raw)
    if found is not None:
        assert found[0].tzinfo is not None


@FEW
@given(
    st.sampled_from(["a.txt", "a.md", "a.json", "a.jsonl", "a.csv", "a.html", "-"]),
    st.one_of(
        st.binary(max_size=300),
        texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.recursive(
            st.one_of(st.none(), st.booleans(), st.integers(), texts),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(st.sampled_from(["text", "title", "date"]), inner)
            ),
            max_leaves=12,
        ).map(lambda v: repr(v).encode("utf-8", "surrogatepass")),
    ),
)
def test_read_records_returns_records_or_refuses_with_a_code(name, data):
    try:
        result = formats.read_records(name, data)
    except formats.FormatError as error:
        assert error.problem.code
        return
    for record in result.records:
        assert isinstance(record.text, str)
        assert record.text.strip()


# Spans: quotes, numbers, claims, anchoring, runs -------------------------------------


@FEW
@given(texts)
def test_quotes_lie_inside_the_text(text):
    found = find_quotes(text)
    assert found == sorted(found, key=lambda q: (q.start, -q.end))
    for quote in found:
        assert _inside(text, quote.start, quote.end)


@FEW
@given(texts)
def test_numbers_and_their_parts_lie_inside_the_phrase(text):
    for phrase in read_numbers(text):
        assert _inside(text, phrase.start, phrase.end)
        assert phrase.start <= phrase.number_start <= phrase.number_end <= phrase.end
        assert phrase.number_end <= phrase.unit_start <= phrase.unit_end <= phrase.end
    for quantity in find_quantities(text):
        assert _inside(text, quantity.start, quantity.end)
        assert quantity.start < quantity.end


@FEW
@given(texts)
def test_claims_lie_inside_the_text_and_never_overlap(text):
    claims = find_claims(text)
    for claim in claims:
        assert _inside(text, claim.start, claim.end)
        assert claim.start < claim.end
    for before, after in zip(claims, claims[1:], strict=False):
        assert before.end <= after.start


@st.composite
def bodies_with_a_span(draw):
    body = draw(texts.filter(bool))
    start = draw(st.integers(min_value=0, max_value=len(body) - 1))
    end = draw(st.integers(min_value=start + 1, max_value=len(body)))
    return body, start, end


@FEW
@given(bodies_with_a_span(), texts)
def test_anchoring_finds_the_exact_text_again_after_an_insertion(case, inserted):
    body, start, end = case
    exact = body[start:end]
    prefix, suffix = anchoring.context(body, start, end)
    same = anchoring.anchor(
        body, exact=exact, prefix=prefix, suffix=suffix, start=start, end=end
    )
    assert (same.start, same.end, same.exact_match) == (start, end, True)
    moved = inserted + body
    found = anchoring.anchor(
        moved, exact=exact, prefix=prefix, suffix=suffix, start=start, end=end
    )
    assert found is not None
    assert moved[found.start : found.end] == exact


@FEW
@given(bodies_with_a_span(), texts)
def test_validate_span_accepts_exactly_what_it_can_store(case, exact):
    body, start, end = case
    error = anchoring.validate_span(body, start, end, exact)
    if error is None:
        assert body[start:end] == exact
        assert body[start:end].strip()
    assert anchoring.validate_span(body, start, start) == "empty"
    assert anchoring.validate_span(body, start, len(body) + 1) == "out-of-range"


@FEW
@given(
    texts,
    st.lists(
        st.tuples(st.integers(0, 50), st.integers(-5, 250), st.integers(-5, 250)),
        max_size=12,
    ),
)
def test_runs_cover_the_text_exactly_once(body, spans):
    covered = runs.split_runs(len(body), spans)
    assert [(r.start, r.end) for r in covered] == sorted(
        (r.start, r.end) for r in covered
    )
    position = 0
    for run in covered:
        assert run.start == position < run.end
        position = run.end
    assert position == len(body)
    for paragraph in runs.paragraphs(body, spans):
        assert _inside(body, paragraph.start, paragraph.end)


@FEW
@given(texts)
def test_a_sketch_resembles_itself(text):
    sketch = fingerprints.sketch(text)
    assert len(sketch) % 8 == 0
    if sketch:
        assert fingerprints.resemblance(sketch, sketch) == 1.0
