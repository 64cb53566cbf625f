"""The open dictionaries, read from small files in their real formats (written here).

Each test points annotations.text.lexicon at its own fixture files, so the
tests mean the same with or without Debian's dict-freedict-eng-ind and
mythes-id installed; the last ones check what the matcher does with them
and without them.
"""

from __future__ import annotations

import gzip
import threading

import pytest

from annotations.text import lexicon
from annotations.text.variants import QuoteInfo, propose_same_quotes, quote_likeness

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# Entries as FreeDict's dictd files have them: the headword line with its
# pronunciations and part of speech, translations (numbered senses, a trailing
# number on the first English gloss), English explanations.
ENTRIES = [
    ("00databaseshort", "English-Bahasa Indonesia FreeDict+WikDict dictionary\n"),
    (
        "candor",
        "candor //ˈkændɚ// <n>\nterus terang, blak-blakan\nthe state of being frank\n",
    ),
    ("damage", "damage //ˈdæmɪdʒ// <n>\nkerusakan\ninjury or harm\n"),
    (
        "ic",
        "ic //ɪk// <suffix>\nik, is\nNote: these translations are a guide only\n",
    ),
    ("honest", "honest //ˈɑnɪst// <adj>\njujur\nscrupulous with regard to truth\n"),
    ("house", "house //haʊs// <n>\n1. rumah 2.\nstructure\n 3.\nfamily home\n"),
    (
        "support",
        "support //səˈpɔːt// <v>\n1. mendukung 2.\nto back a cause, party, etc.\n 3.\n"
        "to be designed for compatibility with\n2. menunjang\nto help, financially\n"
        "3. menopang, menyangga\nto keep from falling\n",
    ),
    (
        "support",
        "support //səˈpɔːt// <n>\n1. tunjangan\nfinancial or other help\n",
    ),
    (
        "talk",
        "talk //tɔːk// <v>\nbicara, bincang (informal), ngomong\nto communicate by speech\n",
    ),
    ("build", "build //bɪld// <v>\nmembangun\nto form by combining materials\n"),
    (
        "cooperation",
        "cooperation /kəʊˌɒpəˈɹeɪʃən/ <n>\n"
        "kerja sama, hal bekerja bersama dengan orang lain untuk tujuan yang sama\n"
        "association for mutual benefit\n",
    ),
]

THESAURUS = (
    "ISO-8859-1\n"
    "dukung|1\n[v]|bawa|sokong\n"
    "jujur|2\n[a]|benar|lurus hati\n[a]|blak-blakan|terus terang\n"
    "pulih|1\n[v]|sembuh (dari sakit)|baik kembali\n"
    "rusak|1\n[a]|hancur\n"
    "sekolah|1\n[n]|madrasah\n"
    "pekan|1\n[n]|minggu\n"
    "kan|1\n[p]|bukan\n"
    "musim hujan|1\n[n]|musim penghujan\n"
    "hujan|1\n[n]|gerimis\n"
    "caf\xe9|1\n[n]|kedai kopi\n"
)


def _b64(n: int) -> str:
    out = ""
    while True:
        out = _B64[n % 64] + out
        n //= 64
        if not n:
            return out


def write_dictd(folder, entries=ENTRIES, compressed=True) -> str:
    data, index = b"", []
    for word, entry in entries:
        body = entry.encode("utf-8")
        index.append(f"{word}\t{_b64(len(data))}\t{_b64(len(body))}")
        data += body
    base = folder / "freedict-eng-ind"
    (folder / "freedict-eng-ind.index").write_text("\n".join(index) + "\n")
    if compressed:
        (folder / "freedict-eng-ind.dict.dz").write_bytes(gzip.compress(data))
    else:
        (folder / "freedict-eng-ind.dict").write_bytes(data)
    return str(base)


def write_mythes(folder) -> str:
    path = folder / "th_id_ID_v2.dat"
    path.write_bytes(THESAURUS.encode("iso-8859-1"))
    return str(path)


@pytest.fixture(autouse=True)
def _restore_paths():
    """Put back the files the app uses after each test (these tests point elsewhere)."""
    saved = lexicon.paths()
    yield
    lexicon.configure(**saved)


@pytest.fixture
def fixture_lexicon(tmp_path):
    lexicon.configure(dictd=write_dictd(tmp_path), thesaurus=write_mythes(tmp_path))


@pytest.fixture
def no_lexicon():
    lexicon.configure(dictd="", thesaurus="")


def test_a_dictd_entry_gives_its_translations_and_leaves_out_explanations():
    pos, words = lexicon.parse_dictd_entry(ENTRIES[-1][1])
    assert pos == "n"
    assert words == ["kerja sama"]  # the long explanation on the same line is left out
    pos, words = lexicon.parse_dictd_entry(ENTRIES[6][1])
    assert (pos, words) == ("v", ["mendukung", "menunjang", "menopang", "menyangga"])


def test_english_words_translate_to_indonesian(fixture_lexicon):
    assert lexicon.translations("honest") == {"jujur"}
    assert lexicon.translations("house") == {"rumah"}
    # Both entries of one headword (verb and noun) count; notes in brackets do not.
    assert lexicon.translations("support") == {
        "mendukung", "menunjang", "menopang", "menyangga", "tunjangan",
    }  # fmt: skip
    assert lexicon.translations("talk") == {"bicara", "bincang", "ngomong"}
    assert lexicon.translations("candor") == {"terus terang", "blak-blakan"}


def test_english_inflections_find_their_headword(fixture_lexicon):
    assert lexicon.translations("Supporting") == lexicon.translations("support")
    assert lexicon.translations("talks") == lexicon.translations("talk")
    assert lexicon.translations("talked") == lexicon.translations("talk")
    assert lexicon.translations("damaged") == {"kerusakan"}
    assert lexicon.translations("houses") == {"rumah"}
    assert lexicon.translations("talken") == lexicon.translations("talk")  # "fallen"


def test_irregular_english_verbs_find_their_headword(fixture_lexicon):
    # No suffix rule undoes "built": a short table of English grammar does.
    assert lexicon.translations("built") == {"membangun"}
    assert lexicon.translations("builded") == {"membangun"}  # the suffix rule


def test_affix_entries_and_the_database_header_are_no_words(fixture_lexicon):
    assert lexicon.translations("ic") == frozenset()
    assert lexicon.translations("00databaseshort") == frozenset()


def test_indonesian_words_translate_back_to_english_bare_of_affixes(fixture_lexicon):
    assert lexicon.translations("jujur", source="id") == {"honest"}
    assert "support" in lexicon.translations("mendukung", source="id")
    assert "damage" in lexicon.translations("kerusakan", source="id")
    assert "house" in lexicon.translations("rumahnya", source="id")
    assert lexicon.translations("terus-terang", source="id") == {"candor"}


def test_a_bad_source_language_is_refused(fixture_lexicon):
    with pytest.raises(ValueError, match="source"):
        lexicon.translations("house", source="fr")


def test_synonyms_come_from_every_sense_and_find_the_base_of_a_derived_word(
    fixture_lexicon,
):
    assert lexicon.synonyms("jujur") == {
        "benar", "lurus hati", "blak-blakan", "terus terang",
    }  # fmt: skip
    # "dukungan" and "mendukung" are built on "dukung".
    assert lexicon.synonyms("dukungan") == {"bawa", "sokong"}
    assert lexicon.synonyms("mendukung") == {"bawa", "sokong"}
    assert lexicon.synonyms("Jujur") == lexicon.synonyms("jujur")


def test_a_reduplicated_word_stands_for_its_base(fixture_lexicon):
    assert lexicon.indonesian_forms("sekolah-sekolah")[0] == "sekolah"
    assert lexicon.synonyms("sekolah-sekolahnya") == {"madrasah"}


def test_bases_too_short_to_be_the_word_are_left_out(fixture_lexicon):
    # "sepekan" is se+pekan; stripping further to "kan" finds an entry, not the word.
    assert lexicon.indonesian_forms("sepekan") == ("pekan",)
    assert "bukan" not in lexicon.synonyms("sepekan")


def test_synonyms_go_both_ways(fixture_lexicon):
    # Only "jujur" lists "terus terang"; the thesaurus has no entry of its own for it.
    assert "jujur" in lexicon.synonyms("terus terang")


def test_the_thesaurus_is_read_in_its_declared_encoding_and_notes_are_dropped(
    fixture_lexicon,
):
    assert lexicon.synonyms("cafe") == {"kedai kopi"}  # "café", ISO-8859-1, folded
    assert lexicon.synonyms("pulih") == {"sembuh", "baik kembali"}


def test_phrases_of_either_language_are_known(fixture_lexicon):
    assert lexicon.is_phrase("terus terang")
    assert lexicon.is_phrase("terus-terang")
    assert lexicon.is_phrase("kerja sama")
    assert not lexicon.is_phrase("terus kerja")


def test_an_uncompressed_dict_file_is_read_too(tmp_path):
    lexicon.configure(dictd=write_dictd(tmp_path, compressed=False), thesaurus="")
    assert lexicon.translations("honest") == {"jujur"}
    assert lexicon.synonyms("jujur") == frozenset()


def test_missing_files_give_empty_answers_not_errors(tmp_path):
    lexicon.configure(dictd=str(tmp_path / "nowhere"), thesaurus=str(tmp_path / "x"))
    assert not lexicon.available()
    assert lexicon.translations("honest") == frozenset()
    assert lexicon.synonyms("jujur") == frozenset()
    assert lexicon.word_senses("jujur")[1] == frozenset()


def test_the_files_are_read_once_at_the_first_lookup_by_many_threads(
    tmp_path, monkeypatch
):
    calls = []
    real = lexicon.read_mythes

    def counting(path):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(lexicon, "read_mythes", counting)
    lexicon.configure(dictd=write_dictd(tmp_path), thesaurus=write_mythes(tmp_path))
    assert calls == []  # configuring reads nothing
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(lexicon.synonyms("jujur")))
        for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert len(results) == 8 and all(r == results[0] for r in results) and results[0]
    lexicon.translations("house")
    assert len(calls) == 1


def test_word_senses_link_a_translation_to_the_other_languages_synonyms(
    fixture_lexicon,
):
    candor_senses = lexicon.word_senses("candor")[1]
    jujur_senses = lexicon.word_senses("jujur")[1]
    assert "id:jujur" in candor_senses  # candor -> terus terang -> jujur (a synonym)
    assert "en:honest" in jujur_senses
    # "damaged" -> "kerusakan", built on "rusak", which the thesaurus knows.
    assert {"id:kerusakan", "id:rusak", "id:hancur"} <= lexicon.word_senses("damaged")[
        1
    ]
    assert "id:rusak" in lexicon.word_senses("kerusakan")[0]


def test_counterparts_are_words_that_translate_mean_the_same_or_share_a_base(
    fixture_lexicon,
):
    assert lexicon.counterparts("damaged", "rusak")  # damage -> kerusakan, on rusak
    assert lexicon.counterparts("rusak", "damaged")
    assert lexicon.counterparts("jujur", "lurus hati")  # synonyms
    assert lexicon.counterparts("mendukung", "dukungan")  # one base
    assert not lexicon.counterparts("honest", "rumah")
    assert not lexicon.counterparts("benar", "lurus hati")  # two steps apart


def test_counterpart_share_counts_the_smaller_sides_words_found_across_languages(
    fixture_lexicon,
):
    assert (
        lexicon.counterpart_share({"rumah", "rusak"}, {"damaged", "houses", "x"}) == 1.0
    )
    assert lexicon.counterpart_share({"rumah", "jalan"}, {"house", "bridge"}) == 0.5
    assert lexicon.counterpart_share(set(), {"house"}) == 0.0


# ---- The matcher with and without the dictionaries -------------------------------------

SUPPORT_EN = "We support the cooperation"
SUPPORT_ID = "Kami mendukung kerja sama"


def test_quotes_that_translate_each_other_word_by_word_match_with_the_lexicon(
    fixture_lexicon,
):
    # "house"/"rumah" only the dictionary knows; "honest"/"jujur" both do.
    assert quote_likeness("an honest house", "rumah yang jujur") == 1.0


def test_without_the_lexicon_the_built_in_table_still_answers(no_lexicon):
    assert quote_likeness(SUPPORT_EN, SUPPORT_ID) >= 0.6
    assert quote_likeness("an honest house", "rumah yang jujur") == 1.0
    assert (
        quote_likeness(
            "candid, substantive and constructive", "jujur, substantif, dan konstruktif"
        )
        == 1.0
    )


def test_a_word_only_the_dictionary_knows_makes_the_difference(tmp_path, no_lexicon):
    left, right = "honest support", "jujur menyangga"
    without = quote_likeness(left, right)
    lexicon.configure(dictd=write_dictd(tmp_path), thesaurus=write_mythes(tmp_path))
    with_it = quote_likeness(left, right)
    assert without == 0.5  # "honest"/"jujur" from the table, nothing for the other
    assert with_it == 1.0  # both translate "support"


def test_the_lexicon_does_not_pair_quotes_of_two_speakers(fixture_lexicon):
    quotes = [
        QuoteInfo(1, "a", 1, "an honest house", "a", "Sari Wulandari"),
        QuoteInfo(2, "b", 2, "rumah yang jujur", "b", "Hendra Kusuma"),
        QuoteInfo(3, "c", 1, "rumah yang jujur", "c", "Sari Wulandari"),
    ]
    assert [(p.source, p.target) for p in propose_same_quotes(quotes)] == [(1, 3)]


def test_a_synonym_is_one_step_never_two_chained(fixture_lexicon):
    # "benar" and "lurus hati" are both synonyms of "jujur", not of each other.
    assert quote_likeness("benar", "lurus hati") == 0.0
    assert quote_likeness("jujur", "lurus hati") == 1.0
    assert quote_likeness("sangat jujur", "sangat lurus hati") == 1.0


@pytest.mark.parametrize("dictionaries", ["installed nowhere", "fixture files"])
def test_millers_two_indonesian_renderings_match_with_or_without_dictionaries(
    dictionaries, tmp_path
):
    if dictionaries == "fixture files":
        lexicon.configure(dictd=write_dictd(tmp_path), thesaurus=write_mythes(tmp_path))
    else:
        lexicon.configure(dictd="", thesaurus="")
    quotes = [
        QuoteInfo(1, "kj", 7, "jujur, substantif, dan konstruktif.", "kj", "Matthew Miller"),
        QuoteInfo(2, "dt", 7, "terus-terang, substantif dan konstruktif", "dt", "Matthew Miller"),
    ]  # fmt: skip
    (found,) = propose_same_quotes(quotes)
    assert (found.source, found.target, found.relation) == (1, 2, "same_quote")


def test_a_dictionary_phrase_still_meets_the_words_it_is_made_of(fixture_lexicon):
    # "musim hujan" is one entry; "musim penghujan" two words, one built on "hujan".
    assert quote_likeness("musim hujan", "musim penghujan") == 1.0
    assert quote_likeness("musim hujan", "kemarau panjang") == 0.0


def test_two_words_built_on_one_base_are_counterparts(fixture_lexicon):
    assert quote_likeness("mendukung", "dukungan") == 1.0
    assert quote_likeness("mendukung", "menyokong") == 1.0  # dukung ~ sokong


def test_many_quotes_of_one_speaker_under_two_spellings_are_one_speaker(no_lexicon):
    # Folding names is looked up once per name and speaker: every later quote
    # under either spelling must still land with the first.
    quotes = []
    for k in range(1, 21):
        name = "Antony Blinken" if k % 2 else "Anthony Blinken"
        text = (
            "candid, substantive and constructive"
            if k % 2
            else "jujur, substantif, dan konstruktif"
        )
        quotes.append(QuoteInfo(k, f"a{k}", k % 2 + 1, text, f"a{k}", name))
    pairs = {(p.source, p.target) for p in propose_same_quotes(quotes)}
    assert len(pairs) == 20 * 19 // 2  # every pair: one speaker, ten renderings each
