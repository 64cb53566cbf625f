"""Run every benchmark listed in MODULES, print one table of figures, write results.json.

`make bench` calls this (`make bench QUICK=1` passes --quick: smaller data, for a
first look; the goals are meant for the full sizes). Each benchmark module
`bench/<name>.py` exposes `run(quick=False) -> list[Figure]` (see bench/common.py).
Each runs in its own process, one after the other, so their Django set-ups and
databases stay apart and they do not disturb each other's timings. A module that is
not there (yet) is noted and skipped; one that fails is reported and the others
still run.

    .venv/bin/python bench/run.py [--quick] [--only NAME ...] [--out bench/results.json]

Exit status 1 when a benchmark failed; figures that miss their goal are shown as
"NO" in the table but do not fail the run (benchmarks measure, they do not assert).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from common import Figure, met_word, table  # noqa: E402

# Every benchmark `make bench` runs, in this order. Add yours here when you land it.
MODULES = [
    "import_articles",
    "search",
    "export",
    "reader",
    "suggest_quality",
    "quotes",
    "claims",
    "suggesting",
    "compare",
]


def _as_figure(obj) -> Figure:
    """Accept a Figure from either import path (`common` or `bench.common`)."""
    if isinstance(obj, dict):
        return Figure.from_dict(obj)
    return Figure(
        name=str(obj.name),
        value=float(obj.value),
        unit=str(obj.unit),
        goal=str(obj.goal),
        met=None if obj.met is None else bool(obj.met),
        note=str(getattr(obj, "note", "")),
    )


def _child(name: str, quick: bool, out: Path) -> int:
    """Import bench/<name>.py, run it and write its figures to out as JSON."""
    module = importlib.import_module(name)
    figures = [_as_figure(f) for f in module.run(quick=quick)]
    out.write_text(json.dumps([f.as_dict() for f in figures]), encoding="utf-8")
    return 0


def _run_one(name: str, quick: bool) -> tuple[list[Figure], str, float]:
    """Run one benchmark in its own process; return (figures, error, seconds)."""
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-") as tmp:
        out = Path(tmp) / "figures.json"
        args = [sys.executable, str(Path(__file__)), "--child", name, "--out", str(out)]
        if quick:
            args.append("--quick")
        start = time.perf_counter()
        result = subprocess.run(args, cwd=ROOT)
        took = time.perf_counter() - start
        if result.returncode:
            return [], f"exited with status {result.returncode}", took
        try:
            data = json.loads(out.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            return [], f"wrote no figures ({exc})", took
        return [Figure.from_dict(d) for d in data], "", took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller data, faster")
    parser.add_argument("--only", nargs="*", metavar="NAME", help="run these only")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.child, args.quick, args.out)

    names = args.only or MODULES
    rows: list[tuple[str, Figure]] = []
    benchmarks: dict[str, dict] = {}
    failed = []
    for name in names:
        if not (HERE / f"{name}.py").exists():
            print(f"== {name}: not there yet, skipped ==\n", flush=True)
            benchmarks[name] = {"status": "missing", "figures": []}
            continue
        print(f"== {name} ==", flush=True)
        figures, error, took = _run_one(name, args.quick)
        if error:
            failed.append(name)
            print(f"!! {name} {error}", flush=True)
        print(f"   ({took:.0f} s)\n", flush=True)
        benchmarks[name] = {
            "status": "failed" if error else "ok",
            "error": error,
            "seconds": round(took, 1),
            "figures": [f.as_dict() for f in figures],
        }
        rows.extend((name, f) for f in figures)

    print(table(rows))
    missed = [f"{b}: {f.name}" for b, f in rows if f.met is False]
    print()
    print(
        f"{len(rows)} figures, {sum(f.met is True for _, f in rows)} goals met, "
        f"{len(missed)} missed" + (f" ({'; '.join(missed)})" if missed else "")
    )
    if failed:
        print("failed: " + ", ".join(failed))

    results = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        },
        "benchmarks": benchmarks,
        "table": [
            {"benchmark": b, **f.as_dict(), "met_word": met_word(f.met)}
            for b, f in rows
        ],
    }
    args.out.write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(
        f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
