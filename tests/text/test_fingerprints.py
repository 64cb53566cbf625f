from __future__ import annotations

from annotations.text.fingerprints import SKETCH_SIZE, parts, resemblance, sketch

WIRE = (
    "Menteri Kelautan Sari Wulandari dan Menteri Perikanan Tan Boon Hock menyepakati "
    "kerangka perjanjian perikanan di Istana Bogor setelah perundingan sekitar enam jam. "
    "Kedua menteri sepakat membentuk komisi bersama yang mengawasi kuota tangkapan ikan "
    "tuna di perairan perbatasan mulai tahun depan. Tan mengatakan negaranya akan "
    "mengirim tim teknis ke Jakarta bulan depan untuk membahas patroli bersama."
)
OTHER = (
    "Harga beras di pasar induk naik tujuh persen dalam sepekan terakhir karena pasokan "
    "dari daerah sentra produksi berkurang akibat musim hujan yang datang lebih awal. "
    "Pedagang berharap pemerintah segera menyalurkan cadangan beras ke pasar tradisional."
)


def test_sketch_ignores_case_punctuation_and_spacing():
    assert sketch(WIRE) == sketch(WIRE.upper().replace(". ", " ;  "))


def test_sketch_is_the_smallest_hashes_in_fixed_width_hex():
    value = sketch(WIRE)
    assert len(value) == 8 * SKETCH_SIZE
    chunks = [value[i : i + 8] for i in range(0, len(value), 8)]
    assert chunks == sorted(chunks)
    assert all(int(chunk, 16) >= 0 for chunk in chunks)
    assert len(parts(value)) == SKETCH_SIZE


def test_sketch_of_very_short_texts():
    assert sketch("") == ""
    assert len(sketch("Dua kata")) == 8


def test_a_lightly_edited_copy_resembles_its_source():
    copy = WIRE.replace("sekitar enam jam", "enam jam").replace(
        "bulan depan", "pekan depan"
    )
    assert resemblance(sketch(WIRE), sketch(copy)) >= 0.5


def test_different_articles_do_not_resemble_each_other():
    assert resemblance(sketch(WIRE), sketch(OTHER)) < 0.1


def test_resemblance_takes_a_sketch_or_its_parts():
    assert resemblance(sketch(WIRE), sketch(WIRE)) == 1.0
    assert resemblance(parts(sketch(WIRE)), sketch(WIRE)) == 1.0
    assert resemblance("", sketch(WIRE)) == 0.0


def test_resemblance_of_the_same_sketches_is_the_same_every_time():
    edited = WIRE.replace("Kedua menteri", "Keduanya").replace("tahun depan", "kini")
    a, b = sketch(WIRE), sketch(edited)
    first = resemblance(a, b)
    assert 0 < first < 1
    assert [resemblance(a, b) for _ in range(3)] == [first] * 3
    assert resemblance(parts(a), b) == first
