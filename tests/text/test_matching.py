from __future__ import annotations

import time

from annotations.text.matching import SpeakerMatch, fold, rank_speakers, same_person

CAST = [
    (1, "Antony Blinken", ["Menlu AS"]),
    (2, "Wang Yi", []),
    (3, "Xi Jinping", ["Presiden Xi"]),
    (4, "Qin Gang", ["Menlu Tiongkok"]),
    (5, "Matthew Miller", []),
    (6, "Hua Chunying", []),
    (7, "Wang Wenbin", []),
    (8, "Anthony Albanese", []),
]


def _keys(query: str, **kwargs) -> list[object]:
    return [m.key for m in rank_speakers(query, CAST, **kwargs)]


def test_fold_strips_case_accents_and_punctuation():
    assert fold("  Qín-Gang,  ") == "qin gang"
    assert fold("Ａntony\u00a0\tBLINKEN!") == "antony blinken"
    assert fold("Éric  Zemmour") == "eric zemmour"


def test_misspelled_full_name_ranks_the_right_speaker_first():
    matches = rank_speakers("Anthony Blinken", CAST)
    assert matches[0].key == 1
    assert matches[0].name == "Antony Blinken"


def test_surname_alone_finds_speaker():
    assert _keys("blinken")[0] == 1
    assert _keys("Miller")[0] == 5


def test_first_word_finds_every_speaker_starting_with_it():
    assert _keys("Wang")[:2] == [2, 7]


def test_alias_matches_and_is_reported():
    match = rank_speakers("Menlu AS", CAST)[0]
    assert match == SpeakerMatch(
        key=1, name="Antony Blinken", matched="Menlu AS", score=100
    )


def test_exact_beats_prefix_beats_fuzzy():
    cast = [(1, "Wang Yip", []), (2, "Wang Yi", []), (3, "Wong Yi", [])]
    matches = rank_speakers("wang yi", cast)
    assert [m.key for m in matches] == [2, 1, 3]
    assert matches[0].score == 100
    assert matches[0].score > matches[1].score > matches[2].score


def test_prefix_of_words_matches():
    assert _keys("ant blin")[0] == 1


def test_typo_in_surname_still_matches():
    assert _keys("Blinkn")[0] == 1


def test_accents_in_query_are_ignored():
    assert _keys("Qín Gang")[0] == 4


def test_empty_or_punctuation_query_returns_nothing():
    assert rank_speakers("", CAST) == []
    assert rank_speakers("  ,. ", CAST) == []


def test_cutoff_and_limit_bound_results():
    assert all(m.score >= 90 for m in rank_speakers("Wang", CAST, cutoff=90))
    assert len(rank_speakers("a", CAST, cutoff=0, limit=3)) == 3
    assert rank_speakers("zzzzqqq", CAST) == []


def test_scores_stay_within_0_and_100():
    for query in ("Blinken", "Anthony Blinken", "w", "Xi Jinping"):
        assert all(0 <= m.score <= 100 for m in rank_speakers(query, CAST, cutoff=0))


def test_huge_query_is_truncated_quickly():
    query = "Antony Blinken " + "x" * 10_000
    start = time.perf_counter()
    matches = rank_speakers(query, CAST * 50, cutoff=0)
    assert time.perf_counter() - start < 1
    assert len(matches) == 8


def test_same_person_accepts_spelling_and_spacing_variants():
    assert same_person("Anthony Blinken", "Antony Blinken")
    assert same_person("Xi Jin Ping", "Xi Jinping")
    assert same_person("QIN GANG", "Qin Gang")


def test_same_person_rejects_different_people_and_bare_surnames():
    assert not same_person("Wang Yi", "Wang Wenbin")
    assert not same_person("Wang Yi", "Wang Yu")
    assert not same_person("Blinken", "Antony Blinken")
    assert not same_person("", "")


def test_same_person_threshold_is_adjustable():
    assert same_person("Wang Yi", "Wang Yu", threshold=80)
