from __future__ import annotations

import pytest

from bench import compare


@pytest.mark.parametrize(
    "folder",
    [
        *compare.story_folders(compare.STORIES),
        *compare.story_folders(compare.HOLDOUT),
        *compare.story_folders(compare.HOLDOUT2),
        *compare.story_folders(compare.HOLDOUT3),
        *compare.story_folders(compare.HOLDOUT4),
        *compare.story_folders(compare.HOLDOUT5),
        *compare.story_folders(compare.HOLDOUT6),
        *compare.story_folders(compare.HOLDOUT7),
        *compare.story_folders(compare.HOLDOUT8),
        *compare.story_folders(compare.HOLDOUT9),
        *compare.story_folders(compare.HOLDOUT10),
        *compare.story_folders(compare.HOLDOUT11),
        *compare.story_folders(compare.HOLDOUT12),
        *compare.story_folders(compare.HOLDOUT13),
        *compare.story_folders(compare.HOLDOUT14),
        *compare.story_folders(compare.HOLDOUT15),
    ],
    ids=lambda path: f"{path.parent.name}/{path.name}",
)
def test_every_story_text_is_in_its_cleaned_article(folder):
    story = compare.load_story(folder)  # raises when a text is not in the body
    assert story["claims"]
    ids = {claim.id for claim in story["claims"]} | {q.id for q in story["quotes"]}
    for pair in story["contradicts"] | story["same_quote"]:
        assert len(pair) == 2
        assert pair <= ids


HOLDOUTS = (
    *compare.RETIRED,
    compare.HOLDOUT12,
    compare.HOLDOUT13,
    compare.HOLDOUT14,
    compare.HOLDOUT15,
)
# The fewest stories each holdout was written with.
AT_LEAST = dict(zip(HOLDOUTS[:6], (4, 5, 5, 4, 4, 4), strict=True))


@pytest.mark.parametrize("folder", HOLDOUTS, ids=lambda folder: folder.name)
def test_each_holdout_is_a_set_of_its_own(folder):
    own = compare.story_folders(folder)
    assert len(own) >= AT_LEAST.get(folder, 3)
    others = [
        story
        for other in (compare.STORIES, *HOLDOUTS)
        if other != folder
        for story in compare.story_folders(other)
    ]
    assert not {story.name for story in own} & {story.name for story in others}


@pytest.fixture
def no_timings(monkeypatch):
    """Only the quality figures matter in these tests: the timings build databases."""
    monkeypatch.setattr(compare, "proposal_speed", lambda quick: 0.0)
    monkeypatch.setattr(compare, "lexicon_load", lambda: (0.0, 0.0, False))
    monkeypatch.setattr(compare, "same_quote_speed", lambda quick: (0.0, 0.0))
    monkeypatch.setattr(compare, "coverage_timing", lambda quick: (0.0, 0.0, 0))


def test_the_second_holdout_is_scored_under_its_own_names(no_timings):
    q = compare.quality(stories=compare.HOLDOUT2)
    assert q["contradictions real"] >= 30
    assert q["variants real"] >= 20
    figures = {
        f.name: f for f in compare.run(quick=True) if f.name.startswith("holdout2 ")
    }
    assert set(figures) == {
        "holdout2 contradiction recall",
        "holdout2 contradiction precision",
        "holdout2 variant recall",
        "holdout2 variant precision",
        "holdout2 suggested contradiction recall",
        "holdout2 suggested contradiction precision",
    }
    recall = figures["holdout2 contradiction recall"]
    assert recall.value == round(q["contradiction recall"], 3)
    assert recall.met == (recall.value >= 1.0)
    assert figures["holdout2 variant recall"].goal == ">= 0.8"


def test_quality_figures_name_the_set_and_keep_the_goals():
    q = compare.quality(stories=compare.HOLDOUT)
    figures = {f.name: f for f in compare.quality_figures(q, "holdout ", 2)}
    recall = figures["holdout contradiction recall"]
    assert recall.goal == ">= 1.0"
    assert recall.met == (recall.value >= 1.0)
    assert figures["holdout contradiction precision"].goal == ">= 0.8"
    assert figures["holdout variant recall"].goal == ">= 0.8"
    assert 0.0 <= figures["holdout variant precision"].value <= 1.0


def test_suggested_pairs_are_scored_as_the_gold_pairs_their_spans_overlap():
    gold_of = {101: 1, 102: 2, 103: 2}
    pairs = {
        frozenset((101, 102)),  # over gold 1 and gold 2
        frozenset((101, 103)),  # the same gold pair again: counted once
        frozenset((102, 103)),  # both over gold 2: never a gold pair
        frozenset((101, 104)),  # 104 overlaps no gold claim
    }
    scored = compare._as_gold(pairs, gold_of)
    assert frozenset((1, 2)) in scored
    assert len(scored) == 3
    assert all(pair == frozenset((1, 2)) or len(pair & {1, 2}) == 0 for pair in scored)


def test_each_set_is_also_scored_with_every_claim_suggested():
    assert compare.find_claims is not None
    names = [f.name for f in compare.set_figures(compare.STORIES, "")]
    assert "suggested contradiction recall" in names
    assert "suggested contradiction precision" in names
    story = compare.load_story(compare.story_folders()[0], suggested=True)
    assert story["gold_of"]
    assert set(story["gold_of"].values()) <= set(story["names"])


@pytest.mark.parametrize(
    ("name", "folder", "contradictions", "variants"),
    [
        ("holdout3", compare.HOLDOUT3, 30, 20),
        ("holdout4", compare.HOLDOUT4, 30, 20),
        ("holdout5", compare.HOLDOUT5, 50, 21),
        ("holdout6", compare.HOLDOUT6, 55, 20),
        ("holdout7", compare.HOLDOUT7, 26, 16),
        ("holdout8", compare.HOLDOUT8, 22, 15),
        ("holdout9", compare.HOLDOUT9, 23, 14),
        ("holdout10", compare.HOLDOUT10, 29, 17),
        ("holdout11", compare.HOLDOUT11, 22, 13),
        ("holdout12", compare.HOLDOUT12, 33, 19),
        ("holdout13", compare.HOLDOUT13, 24, 15),
        ("holdout14", compare.HOLDOUT14, 33, 10),
        ("holdout15", compare.HOLDOUT15, 33, 14),
    ],
)
def test_a_later_holdout_is_scored_under_its_own_names(
    no_timings, name, folder, contradictions, variants
):
    q = compare.quality(stories=folder)
    assert q["contradictions real"] >= contradictions
    assert q["variants real"] >= variants
    names = {f.name for f in compare.run(quick=True) if f.name.startswith(f"{name} ")}
    assert names == {
        f"{name} contradiction recall",
        f"{name} contradiction precision",
        f"{name} variant recall",
        f"{name} variant precision",
        f"{name} suggested contradiction recall",
        f"{name} suggested contradiction precision",
    }


def test_verbose_reads_a_retired_holdout_and_refuses_a_live_one(monkeypatch, capsys):
    monkeypatch.setattr(
        "sys.argv",
        ["compare.py", "--quality", "--stories", str(compare.HOLDOUT8)],
    )
    assert compare.main() == 0
    assert "contradiction recall" in capsys.readouterr().out
    for live in (
        compare.HOLDOUT12,
        compare.HOLDOUT13,
        compare.HOLDOUT14,
        compare.HOLDOUT15,
    ):
        monkeypatch.setattr(
            "sys.argv", ["compare.py", "--verbose", "--stories", str(live)]
        )
        with pytest.raises(SystemExit) as refused:
            compare.main()
        assert refused.value.code == 2
        assert "retired holdout only" in capsys.readouterr().err


def _story(sentences: list[str], gold: set[frozenset]) -> dict:
    """Return a story of one claim per article, as load_story gives it."""
    from datetime import date
    from decimal import Decimal

    claims = []
    for k, sentence in enumerate(sentences, start=1):
        number = next(w for w in sentence.split() if w[0].isdigit())
        at = sentence.index(number)
        claims.append(
            compare.claim_info(
                sentence,
                at,
                at + len(number) + len(" orang"),
                id=k,
                article=k,
                value=Decimal(number),
                unit="person",
                published=date(2025, 3, 4),
                source=k,
            )
        )
    return {"claims": claims, "contradicts": gold, "gold_of": {}}


def test_misses_and_wrong_proposals_are_counted_by_kind():
    story = _story(
        [
            "Banjir menewaskan 4 orang pada Senin (3/3).",
            "Banjir menewaskan 9 orang pada Selasa (4/3).",
            "Sebanyak 30 orang mengungsi ke balai desa.",
            "Sebanyak 45 orang mengungsi ke balai desa.",
        ],
        {frozenset((1, 2))},  # the gold: one toll; the shelters are two facts
    )
    facts = compare.group_facts(story["claims"])
    proposals = compare.propose(facts, story["claims"])
    missed, wrong = compare.diagnose(story, facts, proposals)
    assert missed == {"a side in no fact (day)": 1}
    assert wrong == {
        "two facts grouped as one (both of one day: another difference missed)": 1
    }
    assert compare.kinds_line(missed) == "1 a side in no fact (day)"
    assert compare.kinds_line({}) == "none"


def test_a_holdout_prints_its_misses_by_kind_as_counts_only(capsys):
    q = compare.quality(stories=compare.HOLDOUT12)
    compare.print_kinds(q, "holdout12 ")
    out = capsys.readouterr().out
    found = round(q["contradiction recall"] * q["contradictions real"])
    right = round(q["contradiction precision"] * q["contradictions proposed"])
    for name, expected in (
        ("missed", q["contradictions real"] - found),
        ("wrong", q["contradictions proposed"] - right),
    ):
        [line] = [x for x in out.splitlines() if x.startswith(f"holdout12 {name} ")]
        counts = line.split(": ", 1)[1]
        total = (
            0
            if counts == "none"
            else sum(int(part.split()[0]) for part in counts.split("; "))
        )
        assert total == expected


def test_missed_variants_are_counted_by_kind_with_the_scores_apart():
    quotes = [
        compare.QuoteInfo(
            1, 1, "Rina", "Kami sudah mengevakuasi 40 keluarga", 1, "Rina"
        ),
        compare.QuoteInfo(2, 2, "Rina", "We have evacuated 40 families", 2, "Rina"),
        compare.QuoteInfo(
            3, 1, "Rina", "Semuanya selamat berkat para relawan", 1, "Rina"
        ),
        compare.QuoteInfo(
            4, 2, "Rina", "Nobody was hurt, thanks to the crews", 2, "Rina"
        ),
        compare.QuoteInfo(5, 3, "Rina", "Nobody was hurt,", 3, "Rina"),
        compare.QuoteInfo(6, 3, "Rina", "thanks to the crews", 3, "Rina"),
    ]
    pair = frozenset
    gold = {pair((1, 2)), pair((3, 4)), pair((3, 5)), pair((3, 6))}
    story = {"quotes": quotes, "same_quote": gold}
    proposals = compare.propose_same_quotes(quotes)
    assert {pair((p.source, p.target)) for p in proposals} & gold == {pair((1, 2))}
    found = compare.diagnose_variants(story, proposals)
    facets = found["facets"]
    assert facets["language"] == {"across languages": 3}
    assert facets["speaker"] == {"one speaker": 3}
    # 3 against 5 and 6: one outlet split it in two; 3 against 4 is whole.
    assert facets["shape"] == {
        "split in two by one outlet": 2,
        "whole on both sides": 1,
    }
    # "berkat" is "thanks": the half "thanks to the crews" scores 0.375.
    assert facets["words"] == {"some words shared": 2, "no word with a counterpart": 1}
    assert facets["score"] == {
        "far under the threshold": 2,
        "just under the threshold": 1,
    }
    [score] = found["scores"]["found"]
    assert score >= compare.SAME_QUOTE_THRESHOLD
    assert len(found["scores"]["missed"]) == 3
    assert compare.scores_line([0.5, 1.0, 0.75]) == "n=3 min 0.5 median 0.75 max 1"
    assert compare.scores_line([]) == "none"
