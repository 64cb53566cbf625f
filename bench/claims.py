"""Claim finding speed: find_claims on a 3,000-character article, p50 and p95.

Pure text work, no database. The articles are built from sentences written for
this benchmark (Indonesian and English, with numbers, dates and times), one in
two of them with numbers, which is denser than most news; the "dense" figure
uses only sentences with numbers.

    .venv/bin/python bench/claims.py [--runs 500]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import Figure, percentile, print_figures  # noqa: E402

from annotations.text.claims import find_claims  # noqa: E402

SENTENCES = [
    "Banjir bandang merendam 1.250 rumah di tiga kecamatan pada Selasa (12/3/2024).",
    "Sedikitnya 14 orang meninggal dan puluhan warga luka-luka, kata Kepala BPBD.",
    "Kerugian ditaksir mencapai Rp 3,2 triliun, naik 15 persen dari tahun lalu.",
    "Rapat kabinet berlangsung selama sekitar enam jam dan berakhir pukul 20.15 WIB.",
    "Menurut data resmi, hampir 2.000 pengungsi masih tinggal di 12 posko.",
    "The storm left at least 30 people dead and more than 4,000 homes damaged.",
    "Officials said repairs would cost US$1.5 billion over the next five years.",
    "Gempa bermagnitudo 5,6 terjadi pada kedalaman 10 km sejak 2018 tercatat.",
    "Hujan deras selama 7,5 jam membuat 51 hektare sawah terendam lumpur.",
    "Warga yang mengungsi mencapai dua puluh lima ribu jiwa, sebut juru bicara.",
    "Polisi menyita 2,3 ton beras dan 500 kg gula dari tiga buah gudang.",
    "Sebanyak 40 sekolah ditutup dalam dua pekan terakhir karena banjir.",
    "Harga cabai naik 20% menjadi Rp 80.000 per kilogram di pasar induk.",
    "The talks lasted roughly three hours, according to a spokesperson.",
    "Hubungi posko di 0812-3456-7890 atau kunjungi situs resmi pemerintah.",
    "Ketua panitia (52) menyebut ratusan relawan datang dari 7 provinsi.",
]


PROSE = [
    "Pemerintah daerah meminta warga tetap waspada terhadap cuaca ekstrem.",
    "Petugas gabungan masih menyisir permukiman yang terdampak banjir.",
    "Kepala dinas mengatakan bantuan logistik akan dikirim secepatnya.",
    "Residents said the water rose quickly after midnight and reached the roofs.",
    "Sejumlah ruas jalan ditutup sementara untuk memperlancar evakuasi.",
    "The governor promised an investigation into how the warnings were handled.",
    "Menurut warga, sungai di belakang pasar meluap setelah hujan deras semalaman.",
    "Relawan dari berbagai daerah datang membawa makanan, selimut dan obat-obatan.",
]


def _article(rng: random.Random, size: int = 3000, dense: bool = False) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < size:
        pool = SENTENCES if dense or rng.random() < 0.5 else PROSE
        parts.append(rng.choice(pool))
    return " ".join(parts)[:size]


def _time(
    articles: list[str], runs: int
) -> tuple[list[float], list[float], float, int]:
    """Return wall-clock and CPU samples (ms), the mean CPU time (ms) and the claims found.

    The CPU time is the figure to trust on a busy machine: other processes
    stretch the wall clock, not the work done.
    """
    for text in articles[:10]:
        find_claims(text)  # warm the regex caches
    samples = []
    cpu_samples = []
    found = 0
    cpu_start = time.thread_time()
    for i in range(runs):
        text = articles[i % len(articles)]
        start = time.perf_counter()
        cpu_at = time.thread_time()
        found += len(find_claims(text))
        cpu_samples.append((time.thread_time() - cpu_at) * 1000)
        samples.append((time.perf_counter() - start) * 1000)
    cpu = (time.thread_time() - cpu_start) * 1000 / runs
    return samples, cpu_samples, cpu, found


def run(quick: bool = False, runs: int | None = None) -> list[Figure]:
    runs = runs or (100 if quick else 500)
    rng = random.Random(8)
    figures = []
    for label, dense in (("", False), (" dense", True)):
        articles = [_article(rng, dense=dense) for _ in range(50)]
        samples, cpu_samples, cpu, found = _time(articles, runs)
        p50, p95 = percentile(samples, 0.5), percentile(samples, 0.95)
        note = f"{runs} runs, {found / runs:.0f} claims per article"
        name = f"find_claims 3,000 chars{label}"
        goal = "" if dense else "< 10 ms"  # the dense article is for information
        figures += [
            Figure(f"{name} p50", p50, "ms", goal, None if dense else p50 < 10, note),
            Figure(f"{name} p95", p95, "ms", goal, None if dense else p95 < 10, note),
            Figure(
                f"{name} CPU mean", cpu, "ms", goal, None if dense else cpu < 10, note
            ),
            # the p95 without the waits a loaded machine adds: for information
            Figure(
                f"{name} CPU p95", percentile(cpu_samples, 0.95), "ms", "", None, note
            ),
        ]
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500)
    args = parser.parse_args()
    print_figures(run(runs=args.runs))
