"""The cascade's speakers on each dev article as the code stood before that article existed.

The cascade's dev figure (1.000) is what its rules were tuned to; the same
rules, as they stood the commit before an article was added, had never seen
it. This runs quotes.find_quotes of that commit (a temporary git worktree per
commit) on the article's clean body and stores the picks in
bench/speakers_fresh.json: {article: [[start, end, speaker, confidence], ...]}.
A retired holdout was blind until it was retired: its articles are scored
by the cascade of the commit before that (BLIND_UNTIL), under the key
"set/article".
bench/fit_speakers.py scores the combined finder against those fresh picks,
so that its cross-validation compares the model with the cascade on text
neither had seen.

    .venv/bin/python bench/fresh_cascade.py [--retired]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.suggest_quality import gold_files, load  # noqa: E402

OUT = ROOT / "bench" / "speakers_fresh.json"
# The last commit at which each retired holdout was still blind (the parent of
# the commit that retired it): no rule had been written on its articles yet.
BLIND_UNTIL = {
    "holdout": "11df321^",
    "holdout2": "11df321^",
    "holdout3": "11df321^",
    "holdout4": "6b06cb1^",
    "holdout5": "6b06cb1^",
    "holdout6": "6b06cb1^",
    "holdout7": "7b5e43c",
    "holdout8": "7b5e43c",
    "holdout9": "7b5e43c",
    "holdout10": "d242cd7",
    "holdout11": "d242cd7",
}

_RUN = """
import json, sys
from annotations.text.quotes import find_quotes
bodies = json.load(sys.stdin)
out = {}
for name, body in bodies.items():
    out[name] = [[q.start, q.end, q.speaker, getattr(q, "confidence", 0.5)]
                 for q in find_quotes(body)]
json.dump(out, sys.stdout)
"""


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def key(which: str, name: str) -> str:
    """The article's key in speakers_fresh.json: a retired set's names carry it."""
    return name if which == "dev" else f"{which}/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--retired",
        action="store_true",
        help="score only the retired holdouts, keeping the stored dev picks",
    )
    args = parser.parse_args()
    by_commit: dict[str, dict[str, str]] = {}
    for which, commit in BLIND_UNTIL.items():
        before = git("rev-parse", commit)
        for gold_file in gold_files(which):
            by_commit.setdefault(before, {})[key(which, gold_file.stem)] = load(
                gold_file
            ).body
    for gold_file in [] if args.retired else gold_files("dev"):
        added = git(
            "log", "--diff-filter=A", "--format=%H", "--", str(gold_file)
        ).split()
        if not added:
            continue
        before = git("rev-parse", f"{added[-1]}^")
        by_commit.setdefault(before, {})[gold_file.stem] = load(gold_file).body
    picks: dict[str, list] = {}
    if args.retired and OUT.is_file():
        stored = json.loads(OUT.read_text(encoding="utf-8"))
        picks.update({k: v for k, v in stored.items() if "/" not in k})
    for commit, bodies in sorted(by_commit.items()):
        with tempfile.TemporaryDirectory(prefix="newsroom-fresh-") as tmp:
            tree = Path(tmp) / "tree"
            git("worktree", "add", "--detach", str(tree), commit)
            try:
                result = subprocess.run(
                    [sys.executable, "-c", _RUN],
                    cwd=tree,
                    input=json.dumps(bodies),
                    capture_output=True,
                    text=True,
                    env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                )
                if result.returncode:
                    print(f"{commit[:8]}: {result.stderr.strip().splitlines()[-1]}")
                else:
                    picks.update(json.loads(result.stdout))
                    print(f"{commit[:8]}: {len(bodies)} articles")
            finally:
                git("worktree", "remove", "--force", str(tree))
    OUT.write_text(json.dumps(picks, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(picks)} articles written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
