"""Split a body into runs of text covered by the same annotations.

Annotations may nest or overlap, which HTML elements cannot; the body is
rendered as a flat sequence of runs instead, each listing the annotations
that cover it.
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Iterable
from dataclasses import dataclass

_PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]*\n)+")


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    ids: tuple[int, ...]  # covering annotations by (start, -end, id): outermost first


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    runs: tuple[Run, ...]


def split_runs(text_length: int, spans: Iterable[tuple[int, int, int]]) -> list[Run]:
    """Return runs covering [0, text_length) contiguously.

    spans are (id, start, end); they are clipped to the text, and empty ones
    are ignored. A sweep over the sorted boundaries keeps this
    O((n + k) log k) for k spans, whatever the text length n.

    >>> split_runs(6, [(1, 0, 4), (2, 2, 6)])
    [Run(start=0, end=2, ids=(1,)), Run(start=2, end=4, ids=(1, 2)), Run(start=4, end=6, ids=(2,))]
    """
    if text_length <= 0:
        return []
    events: list[
        tuple[int, int, tuple[int, int, int]]
    ] = []  # (position, 0 end / 1 start, key)
    for span_id, start, end in spans:
        start, end = max(start, 0), min(end, text_length)
        if start >= end:
            continue
        key = (start, -end, span_id)
        events.append((start, 1, key))
        events.append((end, 0, key))
    events.sort()

    runs: list[Run] = []
    active: list[tuple[int, int, int]] = []  # kept sorted by key
    position = 0
    i = 0
    while i < len(events):
        boundary = events[i][0]
        if boundary > position:
            _append(runs, position, boundary, active)
            position = boundary
        while i < len(events) and events[i][0] == boundary:
            _, is_start, key = events[i]
            if is_start:
                insort(active, key)
            else:
                active.remove(key)
            i += 1
    if position < text_length:
        _append(runs, position, text_length, active)
    return runs


def paragraphs(body: str, spans: Iterable[tuple[int, int, int]]) -> list[Paragraph]:
    """Return the paragraphs of body, with runs clipped to each one.

    Paragraphs are separated by one or more blank lines, which belong to no
    paragraph; an annotation crossing a break appears in both paragraphs.
    """
    bounds = []
    position = 0
    for m in _PARAGRAPH_BREAK.finditer(body):
        if m.start() > position:
            bounds.append((position, m.start()))
        position = m.end()
    if position < len(body):
        bounds.append((position, len(body)))

    runs = split_runs(len(body), spans)
    result = []
    r = 0
    for start, end in bounds:
        while r < len(runs) and runs[r].end <= start:
            r += 1
        clipped = []
        k = r
        while k < len(runs) and runs[k].start < end:
            run = runs[k]
            clipped.append(Run(max(run.start, start), min(run.end, end), run.ids))
            k += 1
        result.append(Paragraph(start, end, tuple(clipped)))
    return result


def _append(
    runs: list[Run], start: int, end: int, active: list[tuple[int, int, int]]
) -> None:
    ids = tuple(key[2] for key in active)
    if runs and runs[-1].ids == ids and runs[-1].end == start:
        runs[-1] = Run(runs[-1].start, end, ids)
    else:
        runs.append(Run(start, end, ids))
