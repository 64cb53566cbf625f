"""Indonesian attribution shapes: who speaks, for articles from outlets never seen."""

from __future__ import annotations

from annotations.text.quotes import QuoteCandidate, find_quotes


def _by_words(text: str) -> dict[str, QuoteCandidate]:
    return {text[q.start : q.end]: q for q in find_quotes(text)}


# --- institutions' statements -------------------------------------------------------


def test_demikian_keterangan_tersebut_names_who_issued_the_statement():
    text = (
        "Polres Gunung Sari dalam keterangan resminya, Senin (2/3), menyebut "
        "pelaku sudah ditahan. "
        '"Kasus ini masih kami kembangkan," demikian keterangan tersebut.'
    )
    quote = _by_words(text)["Kasus ini masih kami kembangkan"]
    assert quote.speaker == "Polres Gunung Sari"
    assert quote.source_kind == "institution"


def test_demikian_siaran_pers_itu_after_a_body_named_as_subject():
    text = (
        "Dinas Lingkungan Hidup Kota Tanjung dalam siaran persnya menyebut "
        "sampel air sudah diuji. "
        '"Hasilnya di bawah ambang batas," demikian siaran pers itu.'
    )
    assert _by_words(text)["Hasilnya di bawah ambang batas"].speaker == (
        "Dinas Lingkungan Hidup Kota Tanjung"
    )


# --- the speaker in the next sentence -----------------------------------------------


def test_ucapan_itu_disampaikan_name_dengan_manner():
    text = (
        '"Semua hilang. Yang tersisa hanya baju di badan."\n\n'
        "Ucapan itu disampaikan Baharuddin dengan suara bergetar saat ditemui."
    )
    assert _by_words(text)[
        "Semua hilang. Yang tersisa hanya baju di badan."
    ].speaker == ("Baharuddin")
