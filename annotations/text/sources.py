"""Decide which articles are one source: a wire copy and its original count once.

Two articles are one source when the import marked them near duplicates,
when their sketches resemble each other closely, or when both credit the same
wire agency and their texts overlap.

Pure: no Django.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotations.text.fingerprints import resemblance
from annotations.text.sentences import fold

NEAR_DUPLICATE = 0.5  # sketch resemblance of a republished wire story


SAME_WIRE = 0.2  # enough when both name the same wire agency


@dataclass(frozen=True)
class ArticleInfo:
    id: int
    outlet: str
    wire_source: str = ""
    sketch: str = ""
    near_duplicates: tuple[int, ...] = ()


def source_groups(articles: Sequence[ArticleInfo]) -> dict[int, int]:
    """Return article id -> source id: a wire copy and its original are one source.

    Two articles are one source when the import marked them near duplicates,
    when their sketches resemble each other closely, or when both credit the
    same wire agency and their texts overlap. The source id is the smallest
    article id of the group.
    """
    parent = {a.id: a.id for a in articles}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    for a in articles:
        for other in a.near_duplicates:
            if other in parent:
                join(a.id, other)
    for x, a in enumerate(articles):
        for b in articles[x + 1 :]:
            if not a.sketch or not b.sketch:
                continue
            same_wire = (
                a.wire_source
                and fold(a.wire_source).strip() == fold(b.wire_source).strip()
            )
            floor = SAME_WIRE if same_wire else NEAR_DUPLICATE
            if resemblance(a.sketch, b.sketch) >= floor:
                join(a.id, b.id)
    return {a.id: find(a.id) for a in articles}
