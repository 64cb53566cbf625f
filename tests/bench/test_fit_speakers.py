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
