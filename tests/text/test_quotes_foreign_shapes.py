"""Attribution shapes that writers who never read the rules use (both languages).

Each test goes through `quotes.find_quotes`; the articles are fictional.
"""

from __future__ import annotations

import pytest

from annotations.text.quotes import find_quotes


def _by_words(text: str) -> dict[str, str]:
    return {text[q.start : q.end]: q.speaker for q in find_quotes(text)}


# --- a source opening its sentence ---------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Menurut Kepala Dinas Sosial Rina Wulandari, Bupati Ahmad Fauzi",
        "Menurut Rina Wulandari, Ahmad Fauzi",
    ],
)
def test_a_name_after_menurut_x_is_reported_not_the_next_pronoun(lead):
    text = f'{lead} sudah menyetujui anggaran itu. "Dananya cair pekan depan," ujarnya.'
    assert _by_words(text) == {"Dananya cair pekan depan": "Rina Wulandari"}


def test_a_name_in_commas_after_menurut_and_an_office_is_the_source():
    text = (
        "Ahmad Fauzi berkunjung ke desa itu pekan lalu. Menurut Kepala Desa Suka "
        "Maju, Rina Wulandari, warga sudah menerima bantuan. "
        '"Semua sudah terdata," kata dia.'
    )
    assert _by_words(text) == {"Semua sudah terdata": "Rina Wulandari"}


def test_a_name_after_according_to_x_is_reported_not_the_next_pronoun():
    text = (
        "According to Dana Pierce, the council's treasurer, Mayor Tom Ruiz signed "
        'the order on Friday. "The money is there," she said.'
    )
    assert _by_words(text) == {"The money is there": "Dana Pierce"}


# --- quotes over several paragraphs --------------------------------------------------


def test_every_paragraph_of_a_long_quote_takes_the_speaker_of_its_last():
    text = (
        "Mayor Anna Crowley spoke at the town hall on Tuesday.\n\n"
        '"We will rebuild every house that was lost.\n\n'
        '"It will take time and money.\n\n'
        '"But we will not leave anyone behind," Crowley said.\n\n'
        "Hale Brook, a builder, was there too."
    )
    assert _by_words(text) == {
        "We will rebuild every house that was lost.": "Anna Crowley",
        "It will take time and money.": "Anna Crowley",
        "But we will not leave anyone behind": "Anna Crowley",
    }


def test_a_long_quote_opened_after_a_colon_is_found_from_its_first_paragraph():
    text = (
        "Bupati Sutrisno Hadi berbicara di depan warga pada Selasa: "
        "\u201cKami akan membangun kembali semua rumah yang rusak.\n\n"
        "\u201cTapi tidak ada warga yang ditinggalkan.\u201d\n\n"
        "Rapat berikutnya digelar Jumat."
    )
    assert _by_words(text) == {
        "Kami akan membangun kembali semua rumah yang rusak.": "Sutrisno Hadi",
        "Tapi tidak ada warga yang ditinggalkan.": "Sutrisno Hadi",
    }
