"""What every benchmark returns, and small helpers they share.

Each benchmark module `bench/<name>.py` exposes `run(quick: bool = False) ->
list[Figure]` and keeps a `__main__` that prints its own figures; `bench/run.py`
collects the figures of all of them into one table and `bench/results.json`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure, with its goal in words and whether the goal is met.

    `met` is None when the figure has no goal (it is shown for information).
    """

    name: str  # "search p95", "quote recall"
    value: float
    unit: str  # "ms", "articles/s", "" for ratios and scores
    goal: str  # "< 100 ms", ">= 0.95", "" when there is none
    met: bool | None
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Figure:
        return cls(
            name=str(data["name"]),
            value=float(data["value"]),
            unit=str(data.get("unit", "")),
            goal=str(data.get("goal", "")),
            met=data.get("met"),
            note=str(data.get("note", "")),
        )


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Return the nearest-rank percentile of samples (fraction 0.95 for p95).

    >>> percentile([5, 1, 3, 2, 4], 0.5)
    3
    """
    if not samples:
        return math.nan
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def format_value(value: float) -> str:
    """Return value with as many decimals as its size deserves.

    >>> format_value(12345.678), format_value(12.345), format_value(0.98765), format_value(0)
    ('12,346', '12.3', '0.988', '0')
    """
    if math.isnan(value):
        return "n/a"
    if value == int(value):
        return f"{value:,.0f}"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def met_word(met: bool | None) -> str:
    return {True: "yes", False: "NO", None: "-"}[met]


def table(rows: Iterable[tuple[str, Figure]] | Iterable[Figure]) -> str:
    """Return figures as a plain-text table: figure, value, unit, goal, met.

    Rows may be figures or (benchmark, figure) pairs; the benchmark's name then
    prefixes the figure's.
    """
    lines = []
    for row in rows:
        bench, figure = row if isinstance(row, tuple) else ("", row)
        name = f"{bench}: {figure.name}" if bench else figure.name
        lines.append(
            (
                name,
                format_value(figure.value),
                figure.unit,
                figure.goal,
                met_word(figure.met),
                figure.note,
            )
        )
    header = ("figure", "value", "unit", "goal", "met", "note")
    widths = [max(len(str(c)) for c in col) for col in zip(header, *lines, strict=True)]
    out = []
    for i, cells in enumerate([header, *lines]):
        text = "  ".join(
            str(c).rjust(w) if j == 1 and i else str(c).ljust(w)
            for j, (c, w) in enumerate(zip(cells, widths, strict=True))
        )
        out.append(text.rstrip())
        if i == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def print_figures(figures: Iterable[Figure]) -> None:
    """Print a benchmark's own figures (its `__main__` calls this)."""
    print()
    print(table(list(figures)))
