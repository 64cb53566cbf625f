from __future__ import annotations

import pytest

from annotations.text.quotes import find_quotes


def _speaker_of(text: str, words: str) -> tuple[str, str]:
    """Return (speaker, source_kind) of the quote holding words."""
    for q in find_quotes(text):
        if words in text[q.start : q.end]:
            return q.speaker, q.source_kind
    raise AssertionError(f"no quote holds {words!r}")


# --- an unnamed person is the antecedent of the pronoun -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Darius Pell, the district head, toured the levee on Monday. A village "
        "official, who asked not to be named because he was not authorised to speak, "
        'said cracks had appeared in spring. "We warned them twice," he said.',
        "Bupati Arman Sitepu meninjau gudang itu. Seorang pengurus serikat yang minta "
        "namanya tidak ditulis mengatakan keluhan sudah disampaikan. "
        '"Jawabannya selalu sama," ujarnya.',
        "Kepala Dinas Rinto Gultom membantah tudingan itu. Seorang pejabat dinas yang "
        "tidak bersedia disebut namanya mengakui anggaran terlambat. "
        '"Kami masih menunggu pusat," katanya.',
        "Mayor Ilse Varga opened the ward on Friday. One nurse said the beds were full "
        'by noon. "We have nobody to spare," she said.',
        "Dr. Owen Marsh defended the plan. A doctor who spoke on condition of "
        'anonymity said gloves were rationed. "We count every box," he said.',
        "Gubernur Ridwan Salampessy datang sore itu. Salah satu warga mengatakan air "
        'belum surut. "Kami mengungsi ke masjid," ujarnya.',
        "Camat Yosef Mbete hadir. Sumber di kepolisian mengatakan tersangka sudah "
        'diperiksa. "Dia mengaku semuanya," ujarnya.',
    ],
)
def test_pronoun_after_an_unnamed_person_gives_no_speaker(text):
    quoted = text[text.index("“") + 1 if "“" in text else text.index('"') + 1 :][:8]
    assert _speaker_of(text, quoted) == ("", "person")


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ilse Varga opened the market. "Prices are too high," a trader said.',
        'Camat Yosef Mbete hadir. "Kami sudah lama menunggu," kata seorang warga.',
        'Mayor Ilse Varga opened the market. "Prices are too high," said one vendor.',
    ],
)
def test_speech_cue_with_an_indefinite_phrase_gives_no_speaker(text):
    quoted = text[text.index('"') + 1 :][:8]
    assert _speaker_of(text, quoted)[0] == ""


def test_pronoun_after_an_unnamed_cue_stays_unnamed():
    text = (
        'Mayor Ilse Varga opened the market. "Prices are too high," a trader said. '
        'She sold onions there for ten years. "Nobody buys now," she said.'
    )
    assert _speaker_of(text, "Nobody buys")[0] == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Camat Yosef Mbete hadir. Seorang warga, Enjang (52), mengaku rumahnya "
            'retak. "Saya takut tidur di dalam," ujarnya.',
            "Enjang",
        ),
        (
            "Mayor Ilse Varga spoke. A resident, Maria Lopez, said the water was "
            'brown. "We boil all of it," she said.',
            "Maria Lopez",
        ),
        (
            # A named subject after the unnamed one takes the pronoun back.
            "A village official said cracks had appeared. Darius Pell, the district "
            'head, disagreed. "The levee is sound," he said.',
            "Darius Pell",
        ),
        (
            # "Another problem, he said": the pronoun is the subject, not the phrase.
            'Darius Pell toured the levee. "It held," he said. Another problem, he '
            'said, is the pumps. "They are old," he added.',
            "Darius Pell",
        ),
        (
            # "told a reporter": the listener is not a speaker.
            'Darius Pell told a reporter the levee held. "It is sound," he said.',
            "Darius Pell",
        ),
    ],
)
def test_named_people_keep_the_pronoun(text, speaker):
    quoted = text[text.rindex('"', 0, text.rindex('"')) + 1 :][:6]
    assert _speaker_of(text, quoted)[0] == speaker


# --- institutions speak under their whole name -------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Pengadilan Tindak Pidana Korupsi Palopo dalam putusannya menyatakan, "
            '"Terdakwa terbukti menerima suap."',
            "Terdakwa",
            "Pengadilan Tindak Pidana Korupsi Palopo",
        ),
        (
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan, "
            '"Warga diminta waspada terhadap banjir rob."',
            "Warga diminta",
            "Badan Meteorologi, Klimatologi, dan Geofisika",
        ),
        (
            "Rudi Amran hadir. Badan Meteorologi, Klimatologi, dan Geofisika "
            'memperingatkan hujan lebat. "Warga diminta waspada," tulis badan itu.',
            "Warga diminta",
            "Badan Meteorologi, Klimatologi, dan Geofisika",
        ),
        (
            'The Ministry of Energy and Mineral Resources said, "Prices will rise."',
            "Prices",
            "Ministry of Energy and Mineral Resources",
        ),
        (
            "Kementerian Energi dan Sumber Daya Mineral (ESDM) menyatakan, "
            '"Harga akan naik."',
            "Harga",
            "Kementerian Energi dan Sumber Daya Mineral",
        ),
        (
            "PT Sinar Kencana Abadi dalam pernyataan resminya menyatakan, "
            '"Kami menghormati proses hukum." Perusahaan itu juga menyebut, '
            '"Produksi tetap berjalan."',
            "Produksi",
            "PT Sinar Kencana Abadi",
        ),
        (
            "The Tarven anti-graft court said the defendant had taken bribes. "
            '"The evidence is clear," the court said.',
            "evidence",
            "Tarven anti-graft court",
        ),
        (
            "The health ministry said in a statement that cases fell. Minister "
            'Alan Ruiz visited a clinic. "Vaccination works," the ministry said.',
            "Vaccination",
            "health ministry",
        ),
    ],
)
def test_institution_speaks_under_its_whole_name(text, words, speaker):
    assert _speaker_of(text, words) == (speaker, "institution")


def test_spokesperson_named_after_a_ministry_stays_a_person():
    text = (
        'Juru bicara Kementerian Luar Negeri Arvenia, Lin Qiao, mengatakan, "Kami '
        'tidak pernah mengancam."'
    )
    assert _speaker_of(text, "tidak pernah")[0] == "Lin Qiao"


def test_agency_with_commas_named_after_the_verb():
    text = (
        '"Warga diminta menjauhi pantai," tulis Badan Meteorologi, Klimatologi, dan '
        "Geofisika dalam keterangan tertulisnya."
    )
    assert _speaker_of(text, "Warga diminta") == (
        "Badan Meteorologi, Klimatologi, dan Geofisika",
        "institution",
    )


def test_place_inside_the_unnamed_phrase_is_not_the_speaker():
    text = (
        "Camat Yosef Mbete hadir. Salah satu warga Kelurahan Panjang Wetan mengatakan "
        'air sudah masuk sejak Minggu. "Kami tidur di loteng," ujarnya.'
    )
    assert _speaker_of(text, "Kami tidur") == ("", "person")


def test_short_whole_sentence_after_an_unnamed_quote_is_a_quote():
    text = (
        "Darius Pell toured the levee. A village official, who asked not to be "
        'named, said cracks appeared. "We warned them twice," he said. "Nobody came."'
    )
    quotes = {text[q.start : q.end]: q.speaker for q in find_quotes(text)}
    assert quotes.get("Nobody came.") == ""


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Tarven anti-graft court sentenced Ivo Marek to six years. "
            '"The defendant abused his office," the court ruled.',
            "defendant",
            "Tarven anti-graft court",
        ),
        (
            "Pengadilan Negeri Palopo menolak gugatan itu. "
            '"Gugatan tidak dapat diterima," demikian putusan pengadilan tersebut.',
            "Gugatan",
            "Pengadilan Negeri Palopo",
        ),
    ],
)
def test_court_speaks_in_its_ruling(text, words, speaker):
    assert _speaker_of(text, words) == (speaker, "institution")


def test_menurut_seorang_brings_in_an_unnamed_person():
    text = (
        "Bupati Arman Sitepu datang. Menurut seorang warga, banjir datang tengah "
        'malam. "Airnya cepat sekali naik," ujarnya.'
    )
    assert _speaker_of(text, "Airnya") == ("", "person")


def test_person_named_with_bernama_is_named():
    text = (
        "Lurah Budi Santoso hadir. Seorang warga bernama Enjang (52) mengatakan air "
        'naik. "Saya takut," ujarnya.'
    )
    assert _speaker_of(text, "Saya takut")[0] == "Enjang"


def test_name_withheld_after_an_age_is_unnamed():
    text = (
        "Mayor Ann Lee came. A 34-year-old mother of two, who asked that her name "
        'not be used, said the water rose fast. "I grabbed the kids," she said.'
    )
    assert _speaker_of(text, "grabbed") == ("", "person")


def test_person_identified_only_by_a_first_name_is_named():
    text = (
        "Mayor Ann Lee came. A man who identified himself only as Joe said he lost "
        'his boat. "It is all gone," he said.'
    )
    assert _speaker_of(text, "all gone")[0] == "Joe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ali Rahman spoke. Harbor Steel said in a statement that output fell. "
            '"We expect recovery," the company said.',
            "Harbor Steel",
        ),
        (
            "Ali Rahman hadir. Kopi Senja Nusantara dalam keterangan tertulisnya "
            'menyebut penjualan turun. "Kami optimistis," kata perusahaan itu.',
            "Kopi Senja Nusantara",
        ),
    ],
)
def test_the_company_is_the_issuer_of_the_statement_before(text, speaker):
    quote = find_quotes(text)[0]
    assert (quote.speaker, quote.source_kind) == (speaker, "institution")


def test_the_company_is_not_the_ministry_quoted_before():
    text = (
        "The Ministry of Ports said in a statement that it respected the ruling. "
        '"Every contract will be reviewed," the statement said. Northgate Dredging, '
        "the contractor, said in a statement that it had cooperated. "
        '"We have changed our rules," the company said.'
    )
    assert _speaker_of(text, "changed our rules") == (
        "Northgate Dredging",
        "institution",
    )


# --- an unnamed spokesperson of a named body, then a pronoun --------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Daniel Okafor opened the bridge on Monday. A spokesperson for "
            "Orchard Valley Transit said buses would run late. "
            '"We expect delays until Friday," she said.',
            "Orchard Valley Transit",
        ),
        (
            "Wali Kota Daniel Okafor meresmikan jembatan itu. Juru bicara Dinas "
            "Perhubungan Kota Bima mengatakan bus akan terlambat. "
            '"Kami perkirakan terlambat sampai Jumat," katanya.',
            "Dinas Perhubungan Kota Bima",
        ),
        (
            "Gubernur Rahmat Hidayat hadir. Seorang juru bicara PLN Unit Induk "
            "Sulawesi mengatakan pemadaman bergilir akan berlanjut. "
            '"Kami minta maaf kepada pelanggan," ujarnya.',
            "PLN Unit Induk Sulawesi",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_spokesperson_gives_the_body(text, speaker):
    (quote,) = find_quotes(text)
    assert (quote.speaker, quote.source_kind) == (speaker, "institution")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Dan Okafor spoke. A spokesperson for Orchard Valley Transit, "
            'Jane Lee, said buses would run late. "We expect delays," she said.',
            "Jane Lee",
        ),
        (
            "Wali Kota Dan Okafor hadir. Juru bicara Kemlu Hiroshi Tanaka "
            'mengatakan hal itu. "Kami menolak," katanya.',
            "Hiroshi Tanaka",
        ),
    ],
)
def test_a_named_spokesperson_keeps_the_pronoun(text, speaker):
    (quote,) = find_quotes(text)
    assert quote.speaker == speaker


# --- a plural group nobody names ------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "several traders told reporters.",
        "residents said.",
        "local residents said.",
        "a few stall owners said.",
    ],
)
def test_a_plural_group_after_the_quote_names_nobody(tail):
    text = (
        "Mayor Daniel Okafor toured the burnt market on Sunday.\n\n"
        f'"We lost everything in one night," {tail}'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker == ""


def test_a_plural_group_leaves_a_named_speaker_and_a_body_alone():
    text = (
        "Mayor Daniel Okafor toured the market. "
        '"We will rebuild the stalls," Okafor said. '
        '"The fire began at a generator," police officials said.'
    )
    speakers = [q.speaker for q in find_quotes(text)]
    assert speakers[0] == "Daniel Okafor"
    assert speakers[1] != "Daniel Okafor"


# --- an unnamed source of the other gender does not take "he"/"she" -------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Laura Kim, the clinic director, said she was worried. A nurse, who "
            "asked not to be named, said he had worked 20 hours. "
            '"We had patients on the floor," she said.',
            "Laura Kim",
        ),
        (
            "Mr. Tom Hale spoke first. One resident, who declined to give her name, "
            'said the water was brown. "It smelled of rust," he said.',
            "Tom Hale",
        ),
        (
            "Laura Kim, the clinic director, said she was worried. A nurse, who "
            "asked not to be named, said he had worked 20 hours. "
            '"We had patients on the floor," he said.',
            "",
        ),
    ],
)
def test_an_unnamed_source_keeps_only_its_own_gender_s_pronoun(text, speaker):
    (quote,) = find_quotes(text)
    assert quote.speaker == speaker


# --- "the woman said": a noun that says no more than a pronoun ------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "One baker, who has worked nights for 22 years and asked not to be named, said",
        "A fisherman who helped with the rescue said",
    ],
)
def test_the_woman_after_an_unnamed_speaker_is_that_speaker(intro):
    text = (
        "Bernadette Quigley said the union would fight.\n\n"
        f'{intro} she had found out from a phone. "Nobody told us," the woman said.'
    )
    assert _speaker_of(text, "Nobody told us") == ("", "person")


def test_the_man_skips_a_woman_named_last():
    text = (
        "Tom Hale said the boat left late. Ann Roe said she saw it go. "
        '"It was full," the man said.'
    )
    assert _speaker_of(text, "It was full")[0] == "Tom Hale"


def test_pria_itu_is_the_man_just_named():
    text = 'Warga bernama Budi Santoso melihat air naik. "Airnya deras," ujar pria itu.'
    assert _speaker_of(text, "Airnya deras")[0] == "Budi Santoso"


# --- "A source close to the mayor": the words after the noun name someone else ---------


@pytest.mark.parametrize(
    "sentence",
    [
        'A source close to the mayor said: "He knows it is dead."',
        'A lawyer for Tom Hale said: "He knows it is dead."',
        '"He knows it is dead," a lawyer for Tom Hale said.',
        'A friend of the mayor said: "He knows it is dead."',
    ],
)
def test_an_unnamed_person_of_someone_named_is_not_that_someone(sentence):
    text = f"Mayor Tom Hale defended the plan. {sentence}"
    assert _speaker_of(text, "He knows it is dead") == ("", "person")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"He is innocent," said a lawyer for the family, Ann Roe.', "Ann Roe"),
        ('A spokesman for the ministry said: "He is innocent."', "Ministry of Health"),
    ],
)
def test_a_named_or_spokesperson_phrase_keeps_its_speaker(sentence, speaker):
    text = f"The Ministry of Health named Tom Hale. {sentence}"
    assert _speaker_of(text, "He is innocent")[0] == speaker


# --- groups speak for nobody named --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'Critics called it "a giveaway to developers".',
        '"It is a giveaway to developers," said party colleagues.',
        '"It is a giveaway to developers," the crowd chanted.',
        '"Ini pemberian untuk pengembang," teriak massa.',
    ],
)
def test_a_group_is_nobody_named(sentence):
    text = f"Mayor Tom Hale defended the plan. {sentence}"
    assert [q.speaker for q in find_quotes(text)] == [""]


@pytest.mark.parametrize("name", ["Jones", "Williams", "Peters"])
def test_a_surname_ending_in_s_is_no_group(name):
    text = f'Dana {name} defended the plan. "It works," {name} said.'
    assert [q.speaker for q in find_quotes(text)] == [f"Dana {name}"]


@pytest.mark.parametrize(
    "noun", ["Prosecutors", "Rescuers", "Scientists", "Organisers"]
)
def test_a_plural_noun_for_people_opening_the_sentence_is_nobody(noun):
    text = f'Mayor Tom Hale visited. {noun} said the area was "completely unsafe".'
    assert [q.speaker for q in find_quotes(text)] == [""]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Dana Peters visited. Peters said the area was "completely unsafe".',
            "Dana Peters",
        ),
        ('Peters said the area was "completely unsafe". Coach Peters left.', "Peters"),
        ('Reuters said the area was "completely unsafe".', "Reuters"),
    ],
)
def test_a_name_or_an_agency_ending_like_a_plural_keeps_its_speaker(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]
