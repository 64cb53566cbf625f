"""Politics stories: who signed a motion, who voted for it, what others reported.

The members who signed a motion and those who voted for it at the plenary
are two counts, whatever their values: "menandatangani usulan", "penanda
tangan" against "menyatakan setuju", "voted in favour". A figure an article
says other media gave ("Sebelumnya, sejumlah media menyebut 20 anggota") is
their figure, no second opinion of this outlet's.

Fresh fictional stories (made-up places), run as the app runs them with every
claim suggested. A claim is named by its outlet and a piece of its words.
"""

from __future__ import annotations

from tests.text.test_facts_near_misses import found, pair

INQUIRY_MOTION = [
    (
        "A",
        "2026-08-03",
        "Sebanyak 22 dari 40 anggota DPRD Kabupaten Lembah Sari menandatangani "
        "usulan hak angket kepada Bupati Rudi Santosa terkait proyek pasar induk, "
        "Senin (3/8/2026).",
    ),
    (
        "B",
        "2026-08-03",
        "Sebanyak 20 anggota DPRD Kabupaten Lembah Sari mengajukan usulan hak "
        "angket terkait proyek pasar induk, Senin (3/8/2026).",
    ),
    (
        "C",
        "2026-08-04",
        "Rapat paripurna DPRD Kabupaten Lembah Sari, Selasa (4/8/2026), menyetujui "
        "hak angket. Dalam pemungutan suara, 27 anggota menyatakan setuju dan "
        "sembilan menolak.",
    ),
    (
        "D",
        "2026-08-04",
        "Bupati Rudi Santosa menyatakan siap menjawab hak angket, Selasa "
        "(4/8/2026). Sekretariat DPRD meralat jumlah penanda tangan usulan dari 20 "
        "menjadi 22 anggota. Sebelumnya, sejumlah media menyebut 20 anggota.",
    ),
]


def test_signers_voters_and_what_other_media_said_are_apart():
    expected = {pair(("A", "22"), ("B", "20"))}
    assert found(INQUIRY_MOTION, expected) == expected
