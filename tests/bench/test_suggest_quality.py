from __future__ import annotations

import json
from decimal import Decimal

import pytest

from bench import suggest_quality as sq
from bench.common import Figure

BODY = 'Wang said "we agree" and "we differ", kata Wang Yi. Ada 14 orang dan 3 rumah.'


def _at(text: str, n: int = 1) -> tuple[int, int]:
    start = sq.locate(BODY, text, n)
    assert start >= 0
    return start, start + len(text)


def _quote(text: str, speaker: str, n: int = 1) -> sq.Item:
    return sq.Item(*_at(text, n), {"speaker": speaker, "form": "partial"})


def _claim(text: str, value: str, unit: str, **extra) -> sq.Item:
    data = {"value": Decimal(value), "unit": unit, "approximate": False, "bound": ""}
    data.update(extra)
    return sq.Item(*_at(text), data)


def _article(quotes, claims) -> sq.Article:
    return sq.Article("tiny", BODY, list(quotes), list(claims))


def test_locate_finds_the_nth_occurrence_or_minus_one():
    assert sq.locate("dua orang dan dua orang", "dua orang") == 0
    assert sq.locate("dua orang dan dua orang", "dua orang", 2) == 14
    assert sq.locate("dua orang dan dua orang", "dua orang", 3) == -1
    assert sq.locate("Dua orang", "dua orang") == -1  # case matters


def test_a_quote_overlapping_its_gold_matches_and_counts_the_speaker():
    gold = [_quote("we agree", "Wang Yi"), _quote("we differ", "Wang Yi")]
    predicted = [
        _quote('we agree"', "Wang Yi"),  # wider span, still overlaps
        _quote("we differ", "Wang"),  # surname only: matched, speaker wrong
        _quote("kata", ""),  # no gold there
    ]
    s = sq.score(_article(gold, []), predicted, [])
    assert (s.quotes_gold, s.quotes_predicted, s.quotes_matched) == (2, 3, 2)
    assert s.speakers_right == 1
    rates = s.rates()
    assert rates["quote precision"] == pytest.approx(2 / 3)
    assert rates["quote recall"] == 1.0
    assert rates["speaker accuracy"] == 0.5


def test_one_prediction_matches_at_most_one_gold_item():
    gold = [_quote("we agree", "Wang Yi"), _quote("we differ", "Wang Yi")]
    spanning = sq.Item(
        gold[0].start, gold[1].end, {"speaker": "Wang Yi", "form": "direct"}
    )
    s = sq.score(_article(gold, []), [spanning], [])
    assert s.quotes_matched == 1
    assert s.rates()["quote recall"] == 0.5
    assert s.rates()["quote precision"] == 1.0


def test_the_largest_overlap_wins_the_pairing():
    gold = [sq.Item(0, 10, {"speaker": "A"}), sq.Item(8, 30, {"speaker": "B"})]
    predicted = [sq.Item(9, 30, {"speaker": "B"}), sq.Item(0, 9, {"speaker": "A"})]
    pairs = sq.match(gold, predicted)
    assert {(g.data["speaker"], p.data["speaker"]) for g, p in pairs} == {
        ("A", "A"),
        ("B", "B"),
    }


def test_a_claim_matches_only_with_an_equal_value_and_its_unit_is_scored():
    gold = [_claim("14 orang", "14", "person"), _claim("3 rumah", "3", "house")]
    predicted = [
        _claim("14 orang", "14.0", "person"),  # same value written differently
        _claim("3 rumah", "30", "house"),  # wrong value: no match
        _claim("Ada", "1", ""),
    ]
    s = sq.score(_article([], gold), [], predicted)
    assert (s.claims_gold, s.claims_predicted, s.claims_matched) == (2, 3, 1)
    assert s.units_right == 1
    assert s.rates()["claim recall"] == 0.5
    assert s.rates()["claim precision"] == pytest.approx(1 / 3)


def test_unit_and_hedge_mistakes_are_counted_apart_from_matching():
    gold = [_claim("14 orang", "14", "person", bound="min")]
    predicted = [_claim("14 orang", "14", "", approximate=True)]
    s = sq.score(_article([], gold), [], predicted)
    assert s.claims_matched == 1
    assert s.units_right == 0
    assert s.hedges_right == 0
    assert any("unit" in line for line in s.details)


def test_speaker_right_wants_the_full_name_an_alternative_or_both_empty():
    assert sq.speaker_right({"speaker": "Antony Blinken"}, "Anthony Blinken")
    assert not sq.speaker_right({"speaker": "Antony Blinken"}, "Blinken")
    assert sq.speaker_right({"speaker": ""}, "")
    assert not sq.speaker_right({"speaker": ""}, "Blinken")
    assert not sq.speaker_right({"speaker": "Wang Yi"}, "")
    gold = {
        "speaker": "Meteorology, Climatology and Geophysical Agency",
        "speaker_alt": ["BMKG"],
    }
    assert sq.speaker_right(gold, "BMKG")


def test_a_wrong_speaker_is_counted_by_its_kind():
    voices = ["Antony Blinken", "Wang Yi", ""]
    gold = {"speaker": "Antony Blinken", "speaker_alt": ["Menlu AS"]}
    assert sq.speaker_error(gold, "", voices) == "speaker_none_for_someone"
    assert sq.speaker_error({"speaker": ""}, "Wang Yi", voices) == (
        "speaker_someone_for_none"
    )
    assert sq.speaker_error(gold, "Blinken", voices) == "speaker_form"
    assert sq.speaker_error(gold, "Wang Yi", voices) == "speaker_other_voice"
    assert sq.speaker_error(gold, "Qin Gang", voices) == "speaker_stranger"


def test_a_holdout_prints_its_wrong_speakers_as_counts_only(capsys):
    assert sq.main(["--set", "holdout12"]) == 0
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if "wrong speakers:" in line]
    total, _, _, _ = sq.evaluate("holdout12")
    wrong = total.quotes_matched - total.speakers_right
    counts = [int(word) for word in line.replace(",", " ").split() if word.isdigit()]
    assert len(counts) == 5 and sum(counts) == wrong


def test_unit_right_ignores_case_and_plurals_and_accepts_alternatives():
    assert sq.unit_right({"unit": "house"}, "houses")
    assert sq.unit_right({"unit": "IDR"}, "idr")
    assert sq.unit_right({"unit": "gempa susulan"}, "gempa")
    assert sq.unit_right({"unit": "person", "unit_alt": ["relawan"]}, "relawan")
    assert not sq.unit_right({"unit": "person"}, "relawan")
    assert not sq.unit_right({"unit": "hour"}, "")


def test_a_gold_text_missing_from_the_body_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setattr(sq, "GOLD", tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Ada 14 orang.\n", encoding="utf-8")
    gold = {
        "source": "articles/a.txt",
        "language": "id",
        "quotes": [],
        "claims": [{"text": "15 orang", "value": "15", "unit": "person"}],
    }
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(sq.GoldError, match="15 orang"):
        sq.load(tmp_path / "a.json")


@pytest.mark.parametrize(
    "gold_file",
    [
        *sq.gold_files("dev"),
        *sq.gold_files("holdout"),
        *sq.gold_files("holdout2"),
        *sq.gold_files("holdout3"),
        *sq.gold_files("holdout4"),
        *sq.gold_files("holdout5"),
        *sq.gold_files("holdout6"),
        *sq.gold_files("holdout7"),
        *sq.gold_files("holdout8"),
        *sq.gold_files("holdout9"),
        *sq.gold_files("holdout10"),
        *sq.gold_files("holdout11"),
        *sq.gold_files("holdout12"),
        *sq.gold_files("holdout13"),
        *sq.gold_files("holdout14"),
        *sq.gold_files("holdout15"),
    ],
    ids=lambda path: f"{path.parent.name}/{path.name}",
)
def test_every_gold_text_is_in_the_cleaned_body(gold_file):
    article = sq.load(gold_file)
    assert article.quotes or article.claims
    for item in article.claims:
        assert Decimal(item.data["value"]) >= 0
        assert item.data.get("bound", "") in {"", "min", "max"}
        assert item.data["unit"]


def test_run_reports_every_figure_for_each_set():
    figures = sq.run(quick=True)
    assert all(isinstance(f, Figure) for f in figures)
    names = {f.name for f in figures}
    assert "dev quote recall" in names
    assert "dev unit accuracy" in names
    # Each holdout is its own set of figures, beside the dev set's.
    assert {"holdout quote recall", "holdout2 quote recall"} <= names
    assert "holdout2 speaker accuracy" in names
    assert {"holdout3 quote recall", "holdout3 claim recall"} <= names
    assert {"holdout4 quote recall", "holdout4 speaker accuracy"} <= names
    assert "holdout4 claim recall" in names
    assert {"holdout5 quote recall", "holdout5 claim recall"} <= names
    assert {"holdout6 quote recall", "holdout6 speaker accuracy"} <= names
    assert {"holdout7 quote recall", "holdout7 claim recall"} <= names
    assert {"holdout8 quote recall", "holdout8 speaker accuracy"} <= names
    assert {"holdout9 quote recall", "holdout9 claim recall"} <= names
    assert {"holdout10 quote recall", "holdout10 speaker accuracy"} <= names
    assert {"holdout11 quote recall", "holdout11 claim recall"} <= names
    assert {"holdout12 quote recall", "holdout12 speaker accuracy"} <= names
    assert {"holdout13 quote recall", "holdout13 speaker accuracy"} <= names
    assert {"holdout14 quote recall", "holdout14 claim recall"} <= names
    assert {"holdout15 quote recall", "holdout15 claim recall"} <= names
    recall = next(f for f in figures if f.name == "dev quote recall")
    assert recall.goal == ">= 0.95"
    assert recall.met == (recall.value >= 0.95)
    quotes = sum(len(sq.load(f).quotes) for f in sq.gold_files("dev"))
    assert (
        recall.note == f"{quotes} gold quotes in {len(sq.gold_files('dev'))} articles"
    )


def test_measured_needs_a_shared_content_word():
    gold = {"measured": "orang meninggal"}
    assert sq.measured_right(gold, "korban meninggal dunia")
    assert not sq.measured_right(gold, "rumah rusak")
    assert not sq.measured_right(gold, "")
    assert not sq.measured_right({"measured": "di ke"}, "di ke")  # no content word


def test_a_gold_text_also_in_a_paragraph_without_gold_is_flagged():
    body = "Dua Orang Tewas di Bekasi, dua orang\n\nAda dua orang tewas."
    start = body.rindex("dua orang")
    article = sq.Article(
        "a", body, [], [sq.Item(start, start + 9, {"text": "dua orang"})]
    )
    assert sq._fragile(article) == [
        "'dua orang' is also in a paragraph without gold, before it"
    ]
    alone = sq.Article(
        "b", "Ada dua orang tewas.", [], [sq.Item(4, 13, {"text": "dua orang"})]
    )
    assert sq._fragile(alone) == []


def test_evaluate_sums_articles_per_language(tmp_path, monkeypatch):
    monkeypatch.setattr(sq, "GOLD", tmp_path)
    monkeypatch.setattr(sq, "SETS", {"dev": tmp_path})
    (tmp_path / "articles").mkdir()
    texts = {
        "a": (
            "id",
            "Banjir merendam 14 rumah dan 3 sekolah.",
            ["14 rumah", "3 sekolah"],
        ),
        "b": ("en", "The quake killed 12 people.", ["12 people"]),
    }
    for name, (language, text, claims) in texts.items():
        (tmp_path / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {
            "source": f"articles/{name}.txt",
            "language": language,
            "quotes": [],
            "claims": [{"text": c, "value": c.split()[0], "unit": "x"} for c in claims],
        }
        (tmp_path / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    total, per_article, per_language, _ = sq.evaluate("dev")
    assert [name for name, _ in per_article] == ["a", "b"]
    assert set(per_language) == {"id", "en"}
    assert per_language["id"].claims_gold == 2
    assert per_language["en"].claims_gold == 1
    assert total.claims_gold == 3


def test_sweep_prints_one_row_per_threshold(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sq, "GOLD", tmp_path)
    monkeypatch.setattr(sq, "SETS", {"dev": tmp_path})
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Banjir merendam 14 rumah.", encoding="utf-8"
    )
    gold = {
        "source": "articles/a.txt",
        "language": "id",
        "quotes": [],
        "claims": [{"text": "14 rumah", "value": "14", "unit": "house"}],
    }
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    sq.sweep(["dev"])
    rows = [
        line for line in capsys.readouterr().out.splitlines() if line.startswith("dev")
    ]
    assert [float(row.split()[1]) for row in rows] == list(sq.SWEEP)


def test_claim_errors_are_counted_by_kind():
    body = "Ada 14 orang, dua rumah dan 3 jam.\nBaca juga 5 berita\nSudah 2 tahun."
    article = sq.Article("tiny", body, [], [])

    def at(text: str, value: str, unit: str, **extra) -> sq.Item:
        start = body.index(text)
        data = {"value": Decimal(value), "unit": unit, "approximate": False}
        return sq.Item(start, start + len(text), {"bound": "", **data, **extra})

    article.claims = [
        at("14 orang", "14", "person"),
        at("dua rumah", "2", "house"),  # nothing found there
        at("3 jam", "3", "hour"),  # found with another value
    ]
    predicted = [
        at("14 orang", "14", "", approximate=True),  # wrong unit and hedge
        at("3 jam", "30", "hour"),
        at("5 berita", "5", "berita"),  # a line that is no sentence
        at("2 tahun", "2", "year"),
    ]
    s = sq.score(article, [], predicted)
    assert s.claim_kinds == {
        "unit": 1, "approximate": 1, "unfound": 1, "unfound words": 1,
        "unfound count": 1, "value": 1, "wrong on gold": 1, "wrong furniture": 1,
        "wrong time": 1,
    }  # fmt: skip
    total = sq.Score()
    total.add(s)
    total.add(s)
    assert total.claim_kinds["unfound"] == 2


def test_a_holdout_prints_its_claim_errors_as_counts_only(capsys):
    assert sq.main(["--set", "holdout12"]) == 0
    out = capsys.readouterr().out
    [missed] = [line for line in out.splitlines() if "claim misses:" in line]
    [wrong] = [line for line in out.splitlines() if "wrong claims:" in line]
    total, _, _, _ = sq.evaluate("holdout12")

    def counts(line: str) -> list[int]:
        words = line.replace(",", " ").replace("[", " ").replace(";", " ").split()
        return [int(word) for word in words if word.isdigit()]

    missed_counts = counts(missed)
    assert (
        missed_counts[0] + missed_counts[9] == total.claims_gold - total.claims_matched
    )
    assert missed_counts[0] == sum(missed_counts[1:3]) == sum(missed_counts[3:9])
    assert sum(counts(wrong)) == total.claims_predicted - total.claims_matched


def test_a_holdout_prints_aggregate_figures_only_even_when_verbose(capsys):
    assert sq.main(["--set", "holdout12", "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "holdout12 overall" in out
    assert "withheld" in out
    for gold_file in sq.gold_files("holdout12"):
        assert gold_file.stem[:41] not in out
    details = ("  missed", "  wrong", "  speaker ", "  unit ", "  measured", "  hedge")
    assert not [line for line in out.splitlines() if line.startswith(details)]


@pytest.mark.parametrize(
    ("which", "at_least"),
    [
        ("holdout12", 8),
        ("holdout13", 8),
        ("holdout14", 8),
        ("holdout15", 8),
    ],
)
def test_check_locates_only_the_chosen_holdout_and_names_none_of_its_files(
    capsys, which, at_least
):
    assert sq.main(["--check", "--set", which]) == 0
    lines = capsys.readouterr().out.splitlines()
    count = len(sq.gold_files(which))
    # A holdout prints its count only, never its files' names.
    [line] = lines
    assert line.startswith(f"{which}: {count} files located")
    assert count >= at_least
    assert not any(f"{which}/" in line for line in lines)
    assert which in sq.HOLDOUTS


def test_check_names_no_holdout_file_unless_its_author_asks(capsys):
    assert sq.check(("dev", "holdout12")) == 0
    out = capsys.readouterr().out
    assert "ok    dev/seed_003_detik.json" in out
    assert "holdout12/" not in out
    assert f"holdout12: {len(sq.gold_files('holdout12'))} files located" in out
    sq.check(("holdout12",), details=True)
    assert "ok    holdout12/" in capsys.readouterr().out


@pytest.mark.parametrize("which", sorted(sq.RETIRED))
def test_a_retired_holdout_prints_its_details_like_the_dev_set(capsys, which):
    assert which not in sq.HOLDOUTS
    assert sq.main(["--set", which, "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "withheld" not in out
    assert any(gold.stem[:41] in out for gold in sq.gold_files(which))
