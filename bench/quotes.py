"""Time find_quotes (quote marks, cues and speaker attribution) per 3,000-character article.

Reads the seeds (../shared/seeds) and the gold articles (bench/gold/articles, never the
holdout), cleans each as the import does, and cuts or repeats its body to 3,000
characters so every sample is the size the goal speaks of. Pure Python, no database.
Times are CPU time of the calling thread (the machine is shared, so wall time mostly
measures the neighbours), and the name-folding cache is emptied before each call so
no article profits from the one before.

    .venv/bin/python bench/quotes.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import Figure, percentile, print_figures  # noqa: E402

from annotations.text import attribution  # noqa: E402
from annotations.text.cleaning import clean  # noqa: E402
from annotations.text.quotes import find_quotes  # noqa: E402

SIZE = 3000
GOAL_MS = 10.0


def _bodies() -> list[str]:
    paths = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "bench" / "gold" / "articles").glob("*.txt"))
    bodies = []
    for path in paths:
        body = clean(path.read_text(encoding="utf-8")).body
        if body.strip():
            bodies.append((body + "\n\n") * (SIZE // max(1, len(body)) + 1))
    return [b[:SIZE] for b in bodies]


def run(quick: bool = False, rounds: int | None = None) -> list[Figure]:
    bodies = _bodies()
    if not bodies:
        return [Figure("find_quotes p95 per 3,000 chars", float("nan"), "ms", f"< {GOAL_MS:g} ms", None, "no articles")]  # fmt: skip
    rounds = rounds or (20 if quick else 200)
    for body in bodies:
        find_quotes(body)  # compile the patterns before timing
    samples = []
    for _ in range(rounds):
        for body in bodies:
            attribution.fold.cache_clear()
            start = time.thread_time()
            find_quotes(body)
            samples.append((time.thread_time() - start) * 1000)
    p95 = percentile(samples, 0.95)
    note = f"{len(bodies)} articles x {rounds} rounds"
    return [
        Figure(
            "find_quotes p50 per 3,000 chars",
            percentile(samples, 0.5),
            "ms",
            "",
            None,
            note,
        ),  # fmt: skip
        Figure(
            "find_quotes p95 per 3,000 chars",
            p95,
            "ms",
            f"< {GOAL_MS:g} ms",
            p95 < GOAL_MS,
            note,
        ),  # fmt: skip
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    print_figures(run(rounds=args.rounds))


if __name__ == "__main__":
    main()
