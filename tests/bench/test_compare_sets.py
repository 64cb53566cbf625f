from __future__ import annotations

import pytest

from bench import compare


@pytest.mark.parametrize(
    "folder",
    [
        *compare.story_folders(compare.STORIES),
        *compare.story_folders(compare.HOLDOUT),
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


def test_the_holdout_stories_are_a_set_of_their_own():
    assert len(compare.story_folders(compare.HOLDOUT)) >= 4
    assert not set(compare.story_folders(compare.HOLDOUT)) & set(
        compare.story_folders(compare.STORIES)
    )


def test_quality_figures_name_the_set_and_keep_the_goals():
    q = compare.quality(stories=compare.HOLDOUT)
    figures = {f.name: f for f in compare.quality_figures(q, "holdout ", 2)}
    recall = figures["holdout contradiction recall"]
    assert recall.goal == ">= 1.0"
    assert recall.met == (recall.value >= 1.0)
    assert figures["holdout contradiction precision"].goal == ">= 0.8"
    assert figures["holdout variant recall"].goal == ">= 0.8"
    assert 0.0 <= figures["holdout variant precision"].value <= 1.0
