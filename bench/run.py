"""Run every benchmark in bench/ (each bench/*.py but this one) and print their figures.

`make bench` calls this. Each benchmark runs in its own process with the
project's Python, one after the other, so they do not disturb each other's
timings; a failing benchmark is reported and the others still run.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = []
    for script in sorted(HERE.glob("*.py")):
        if script.name == Path(__file__).name or script.name.startswith("_"):
            continue
        print(f"== {script.stem} ==", flush=True)
        start = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        took = time.perf_counter() - start
        if result.returncode:
            failed.append(script.name)
            print(
                f"!! {script.name} exited with status {result.returncode}", flush=True
            )
        print(f"   ({took:.0f} s)\n", flush=True)
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
