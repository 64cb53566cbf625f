from __future__ import annotations

import pytest

from annotations.text import speakers
from annotations.text.attribution import Source
from annotations.text.quotes import find_quotes


def _ranked(text: str) -> list[tuple[str, list[speakers.Candidate]]]:
    """Return each quote's words and its candidates, as the finder ranks them."""
    rows: list = []
    find_quotes(text, record=rows)
    return [(text[start:end], ranked) for start, end, _, _, ranked in rows]


def _candidates(text: str, words: str) -> dict[str, speakers.Candidate]:
    for quoted, ranked in _ranked(text):
        if quoted.startswith(words):
            return {c.name: c for c in ranked}
    raise AssertionError(f"no quote {words!r} in {text!r}")


def _best(text: str, words: str) -> str:
    found = list(_candidates(text, words).values())
    return speakers.choose(found)[0].name


# --- features ------------------------------------------------------------------------


def test_the_name_after_the_quote_with_its_verb_is_adjacent():
    text = (
        "Warga Desa Sukamulya mengungsi sejak Senin. Camat Budi Santoso meninjau lokasi.\n\n"
        '"Kami butuh terpal dan selimut," kata Rina Hartono, relawan di posko.'
    )
    found = _candidates(text, "Kami butuh")
    assert found["Rina Hartono"].features.get("verb_after_quote") == 1.0
    # A cue names the speaker: where the names are is weighed as "cued_".
    assert found["Rina Hartono"].features.get("cued_same_sentence") == 1.0
    assert "verb_after_quote" not in found["Budi Santoso"].features
    assert "cued_same_sentence" not in found["Budi Santoso"].features
    assert found["Budi Santoso"].features.get("cue_not_it") == 1.0


def test_the_subject_of_the_verb_before_the_quote_is_adjacent():
    text = (
        "Mayor Ann Roe opened the meeting.\n\n"
        'Councillor Tom Hale said: "We cannot pay for this twice."'
    )
    found = _candidates(text, "We cannot")
    assert found["Tom Hale"].features.get("verb_before_quote") == 1.0
    assert "verb_before_quote" not in found["Ann Roe"].features


def test_a_name_inside_the_quote_is_marked_and_not_chosen():
    text = (
        "Ann Roe runs the tenants' group on the Eastgate estate.\n\n"
        'Tom Hale, the housing officer, was not at the meeting. "Tom Hale never '
        'called us back," Ann Roe said.'
    )
    found = _candidates(text, "Tom Hale never")
    assert found["Tom Hale"].features.get("named_inside") == 1.0
    assert "named_inside" not in found["Ann Roe"].features
    assert _best(text, "Tom Hale never") == "Ann Roe"
    text = (
        "Ann Roe runs the tenants' group on the Eastgate estate.\n\n"
        '"We wrote to Mr Pritchard three times," Ann Roe said.'
    )
    found = _candidates(text, "We wrote")
    assert "Pritchard" not in " ".join(found)  # named only inside: no candidate
    assert _best(text, "We wrote") == "Ann Roe"


def test_the_one_spoken_to_is_an_addressee():
    text = (
        "The talks ended late on Tuesday.\n\n"
        '"We are not leaving," Ann Roe told Tom Hale, the council leader.'
    )
    found = _candidates(text, "We are not")
    assert found["Tom Hale"].features.get("addressee") == 1.0
    assert "addressee" not in found["Ann Roe"].features
    assert _best(text, "We are not") == "Ann Roe"


def test_a_pronoun_cue_agrees_in_gender():
    text = (
        "Mrs Ann Roe and Mr Tom Hale both spoke at the hearing.\n\n"
        '"I saw the water rise in minutes," she said.'
    )
    found = _candidates(text, "I saw")
    assert found["Ann Roe"].features.get("gender_agrees") == 1.0
    assert found["Tom Hale"].features.get("gender_disagrees") == 1.0
    assert _best(text, "I saw") == "Ann Roe"


def test_an_unnamed_speaker_makes_nobody_a_candidate():
    text = (
        "Kepala Desa Sukamulya, Budi Santoso, meninjau lokasi banjir pada Senin.\n\n"
        '"Kami takut air naik lagi malam ini," kata seorang warga.'
    )
    found = _candidates(text, "Kami takut")
    assert found[""].features.get("nobody_unnamed_cue") == 1.0
    assert _best(text, "Kami takut") == ""


def test_an_institution_named_around_the_quote_is_a_candidate():
    text = (
        "Dinas Kesehatan Kabupaten Sukamulya menyatakan stok vaksin cukup hingga "
        'Desember. "Tidak ada warga yang perlu khawatir," tulis dinas itu.'
    )
    found = _candidates(text, "Tidak ada")
    kinds = {c.name: c.kind for c in found.values()}
    assert kinds.get("Dinas Kesehatan Kabupaten Sukamulya") == "institution"


def test_a_place_after_a_preposition_is_marked():
    text = (
        "Budi Santoso sudah tiga hari mengungsi di Pekalongan.\n\n"
        '"Rumah kami terendam," kata Budi Santoso.'
    )
    found = _candidates(text, "Rumah kami")
    assert all(
        c.features.get("after_preposition") == 1.0
        for name, c in found.items()
        if name == "Pekalongan"
    )
    assert _best(text, "Rumah kami") == "Budi Santoso"


def test_a_name_a_speech_verb_joins_elsewhere_speaks_elsewhere():
    text = (
        'Ann Roe, who chairs the tenants\' group, said the repairs were "years late". '
        "Tom Hale manages the estate for the council.\n\n"
        "The lifts broke again on Monday.\n\n"
        '"Nobody has come to look at them."'
    )
    found = _candidates(text, "Nobody has")
    assert found["Ann Roe"].features.get("speaks_elsewhere") == 1.0
    assert "speaks_elsewhere" not in found["Tom Hale"].features


def test_the_speech_verb_of_the_quote_itself_is_not_elsewhere():
    text = (
        "Tom Hale manages the estate.\n\n"
        '"Nobody has come to look at the lifts," Ann Roe said.'
    )
    found = _candidates(text, "Nobody has")
    assert "speaks_elsewhere" not in found["Ann Roe"].features
    assert found["Ann Roe"].features.get("verb_after_quote") == 1.0


def test_a_nearer_mention_counts_fewer_paragraphs_and_sentences_before():
    text = (
        "Ann Roe chairs the tenants' group. The estate has 400 flats. Most are "
        "council homes. Repairs are slow.\n\n"
        "The lifts broke on Monday. Tom Hale lives on the ninth floor.\n\n"
        '"We carried my mother down the stairs."'
    )
    found = _candidates(text, "We carried")
    tom, ann = found["Tom Hale"].features, found["Ann Roe"].features
    assert tom["paragraphs_before"] > ann.get("paragraphs_before", 0.0)
    assert tom["sentences_before"] > ann.get("sentences_before", 0.0)
    assert "only_after" not in tom


def test_a_name_only_after_the_quote_is_marked_and_mentions_are_counted():
    text = (
        "Ann Roe chairs the tenants' group. Ann Roe has lived on the estate for "
        "thirty years.\n\n"
        '"We carried my mother down the stairs."\n\n'
        "Tom Hale, the housing officer, did not reply."
    )
    found = _candidates(text, "We carried")
    assert found["Tom Hale"].features.get("only_after") == 1.0
    assert "only_after" not in found["Ann Roe"].features
    assert found["Ann Roe"].features["mentions"] > found["Tom Hale"].features.get(
        "mentions", 0.0
    )


# --- ranking -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Bupati Sukamulya, Ahmad Fauzi, meninjau tanggul pada Senin. Ia didampingi "
            "Kepala BPBD, Rina Hartono.\n\n"
            '"Tanggul ini harus diperbaiki sebelum hujan," ujar Rina Hartono.',
            "Tanggul ini",
            "Rina Hartono",
        ),
        (
            "Coach Tom Hale watched from the stand as his side lost 2-0 to Ann "
            'Roe\'s team.\n\n"We were second to every ball," said Mark Ellery, the captain.',
            "We were second",
            "Mark Ellery",
        ),
        (
            "Kapten tim, Dedi Kurniawan, menilai timnya kalah karena lelah. Menurut "
            'Dedi, "Kami bermain tiga kali dalam sepekan."',
            "Kami bermain",
            "Dedi Kurniawan",
        ),
    ],
)
def test_the_model_ranks_the_adjacent_cues_subject_first(text, words, speaker):
    assert _best(text, words) == speaker


def test_a_continuation_quote_carries_the_speaker():
    text = (
        "Banjir merendam tiga desa sejak Minggu malam.\n\n"
        '"Air datang sekitar pukul dua pagi," kata Siti Aminah, warga Desa '
        "Sukamulya, kepada wartawan Budi Santoso.\n\n"
        '"Kami hanya sempat menyelamatkan surat-surat."'
    )
    found = _candidates(text, "Kami hanya")
    assert found["Siti Aminah"].features.get("previous_speaker") == 1.0
    assert found["Siti Aminah"].features.get("continues_opening") == 1.0
    assert _best(text, "Kami hanya") == "Siti Aminah"
    quotes = {text[q.start : q.end]: q.speaker for q in find_quotes(text)}
    assert quotes["Kami hanya sempat menyelamatkan surat-surat."] == "Siti Aminah"


def test_choose_gives_a_probability_and_prefers_the_higher_score():
    a = speakers.Candidate("Ann Roe", "person", {"verb_after_quote": 1.0})
    b = speakers.Candidate("Tom Hale", "person", {"named_inside": 1.0})
    best, p = speakers.choose([b, a])
    assert best is a
    assert 0.5 < p <= 1.0


def test_the_cascade_keeps_a_confident_pick_even_when_the_model_is_sure():
    ann = speakers.Candidate("Ann Roe", "person", {"cue_resolves_to_it": 1.0})
    tom = speakers.Candidate("Tom Hale", "person", {})
    assert speakers.choose([ann, tom])[1] >= speakers.SURE
    cascade = Source("Tom Hale", "", "person", "name")
    assert speakers.choose_over([ann, tom], cascade, speakers.TRUST_ABOVE) is None
    below = speakers.TRUST_ABOVE - 0.1
    assert speakers.choose_over([ann, tom], cascade, below) is ann
    agreeing = Source("Ann Roe", "", "person", "name")
    assert speakers.choose_over([ann, tom], agreeing, below) is None


def test_an_unsure_model_leaves_a_weak_pick_of_the_cascade():
    found = [
        speakers.Candidate(name, "person", {"introduced_in_full": 1.0})
        for name in ("Ann Roe", "Tom Hale", "Mark Ellery")
    ]
    assert speakers.choose(found)[1] < speakers.SURE
    cascade = Source("Tom Hale", "", "person", "name")
    assert speakers.choose_over(found, cascade, speakers.TRUST_ABOVE - 0.1) is None


def test_the_weights_regenerate_from_the_dev_gold():
    from bench import fit_speakers

    weights = fit_speakers.fit([fit_speakers.alone(e) for e in fit_speakers.training()])
    fitted = {
        name: value
        for name, value in zip(speakers.FEATURES, weights, strict=True)
        if value
    }
    # A change to the cue finder, the Cast or the dev gold moves the fit: run
    # `.venv/bin/python bench/fit_speakers.py --write` and commit the weights.
    assert fitted == speakers.WEIGHTS, "weights stale: bench/fit_speakers.py --write"


def test_a_statement_cue_points_back_to_the_one_who_issued_it():
    text = (
        "In a statement read to the hearing by her lawyer, Mara Lind said her "
        'brother had been "kind to everyone".\n\n'
        '"He wanted to open a bakery," the statement said.'
    )
    found = _candidates(text, "He wanted")
    assert "cue_not_it" not in found["Mara Lind"].features
    assert _best(text, "He wanted") == "Mara Lind"


def test_an_executive_or_a_service_is_an_institution_among_the_candidates():
    text = (
        "The Coastal Safety Executive said in a statement that it was "
        '"reviewing the incident".'
    )
    found = _candidates(text, "reviewing")
    assert found["Coastal Safety Executive"].kind == "institution"
    assert found["Coastal Safety Executive"].features.get("cue_names_it") == 1.0
    assert _best(text, "reviewing") == "Coastal Safety Executive"
