"""Small fingerprints of article bodies, for finding near duplicates without reading the bodies.

A sketch is the SKETCH_SIZE smallest hashes of a text's word 3-shingles (a
bottom-k MinHash), written as fixed-width hex in one short string that a
database index can hold. Two sketches estimate how much the two texts'
shingles overlap: a wire story republished with a new dateline and a few
edited words keeps most of its shingles, while two different articles share
almost none.
"""

from __future__ import annotations

import heapq
import re
import zlib
from functools import lru_cache

SKETCH_SIZE = 24
_WIDTH = 8  # hex digits of one 32-bit hash
_WORD = re.compile(r"\w+")


def sketch(text: str) -> str:
    """Return the smallest SKETCH_SIZE hashes of text's word 3-shingles as one hex string.

    Case and punctuation are ignored. A text of fewer than three words has its
    words as its only shingle; an empty text has an empty sketch.

    >>> sketch("Sari bertemu Tan.") == sketch("sari, BERTEMU   tan")
    True
    """
    words = _WORD.findall(text.casefold())
    if len(words) < 3:
        shingles = [" ".join(words)] if words else []
    else:
        shingles = map(" ".join, zip(words, words[1:], words[2:], strict=False))
    # Hashed as they come and the smallest picked: no set of strings, no full sort.
    hashes = set(map(zlib.crc32, map(str.encode, shingles)))
    return "".join(f"{h:08x}" for h in heapq.nsmallest(SKETCH_SIZE, hashes))


def parts(value: str) -> frozenset[int]:
    """Return the hashes of a sketch, as numbers.

    Read in C (hex to bytes, bytes to 32-bit words) rather than sliced into
    strings: an import splits some two hundred sketches per article. The
    words come out in the machine's byte order, which is the same for every
    sketch, so equal hashes stay equal.
    """
    return frozenset(memoryview(bytes.fromhex(value)).cast("I"))


def resemblance(a: str | frozenset[int], b: str | frozenset[int]) -> float:
    """Return the share of hashes two sketches have in common (0 to 1): about their texts' resemblance.

    Either side may be a sketch string or its parts(), so a caller comparing
    one sketch with many splits it once.

    >>> resemblance(sketch("a b c d e"), sketch("a b c d e"))
    1.0
    """
    a = _parts(a) if isinstance(a, str) else a
    b = _parts(b) if isinstance(b, str) else b
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# An import compares each new sketch with the ~200 stored ones near it, mostly
# the same ones as for the article before: splitting each sketch once pays.
@lru_cache(maxsize=4096)
def _parts(value: str) -> frozenset[int]:
    return parts(value)
