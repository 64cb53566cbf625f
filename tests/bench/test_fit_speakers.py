from __future__ import annotations

from bench import fit_speakers
from bench.suggest_quality import gold_files


def test_a_fresh_batch_is_scored_by_the_cross_validation_but_not_fitted():
    names = {f.stem for f in gold_files("dev")}
    held = set(fit_speakers.NOT_FITTED)
    assert held <= {fit_speakers.batch_of(name) for name in names}
    fitted = {e.batch for e in fit_speakers.examples()}
    assert not fitted & held
    assert "dev12" in fitted
    assert held <= {e.batch for e in fit_speakers.examples(unfitted=True)}


def test_the_retired_holdouts_are_fitted_each_as_a_batch_of_its_own():
    batches = {e.batch for e in fit_speakers.training()}
    assert set(fit_speakers.RETIRED_BATCHES) <= batches
    assert not batches & set(fit_speakers.NOT_FITTED)


def test_every_retired_holdout_has_the_cascades_picks_from_before_it_was_read():
    from bench import fresh_cascade

    assert set(fresh_cascade.BLIND_UNTIL) == set(fit_speakers.RETIRED_BATCHES)
    for which in ("holdout4", "holdout6"):
        found = fit_speakers.examples(which)
        assert found
        assert all(e.batch == which for e in found)
        fresh = [e for e in found if e.fresh_confidence >= 0]
        assert len(fresh) >= 0.9 * len(found)


def test_the_cross_validation_prints_the_retired_batches_mean(capsys, monkeypatch):
    monkeypatch.setattr(fit_speakers, "STEPS", 2)
    data = fit_speakers.examples("holdout4") + fit_speakers.examples("holdout5")
    data += [e for e in fit_speakers.examples() if e.batch == "dev10"]
    fit_speakers.cross_validate(data)
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert {"holdout4", "holdout5", "dev10", "all", "mean", "retired"} <= rows.keys()
    assert len(rows["retired"].split()) == 3 + len(fit_speakers.POLICIES)
