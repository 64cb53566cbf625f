"""Strip Indonesian affixes: "menewaskan" is built on "tewas", "pengirim" on "kirim".

The rules the concept table, the open dictionaries' lookups (lexicon) and
the quote variants share. A nasal prefix swallows the first letter of its
base (me(n)+tewas, me(m)+pukul), so both the bare rest and the restored base
are offered.

Pure: no Django.
"""

from __future__ import annotations

# Indonesian prefixes and the first letter their nasal swallowed:
# me(n)+tewas -> menewaskan, me(m)+pukul -> memukul, pe(ng)+kirim -> pengirim.
_NASAL = (
    ("meny", "s"), ("meng", "k"), ("mem", "p"), ("men", "t"),
    ("peny", "s"), ("peng", "k"), ("pem", "p"), ("pen", "t"),
)  # fmt: skip


_PREFIXES = ("memper", "meng", "meny", "mem", "men", "me", "ber", "di", "ter", "ke", "per", "pe", "se")  # fmt: skip


_SUFFIXES = ("kan", "an", "nya", "i", "lah")


def word_bases(word: str) -> list[str]:
    """Return a word and the bases it may be built on, Indonesian affixes removed.

    >>> "tewas" in word_bases("menewaskan")
    True
    """
    found = [word]
    for prefix, letter in _NASAL:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix) :]
            found.append(letter + rest)
            found.append(rest)
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            found.append(word[len(prefix) :])
    for base in list(found):
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                found.append(base[: -len(suffix)])
    return list(dict.fromkeys(found))
