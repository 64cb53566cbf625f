"""Speakers read from context: quotes with no cue, and cues whose clause names two people.

Each test goes through `quotes.find_quotes`. The passages are fictional, written
for these tests in Indonesian and English; no outlet, event or person is real.
"""

from __future__ import annotations

from annotations.text.quotes import find_quotes


def _speakers(text: str) -> dict[str, tuple[str, float]]:
    return {text[q.start : q.end]: (q.speaker, q.confidence) for q in find_quotes(text)}


def test_a_quote_with_no_cue_paragraphs_after_its_speaker_is_theirs_but_unsure():
    text = (
        'Mayor Ann Roe said the bridge would reopen on Friday. "We have checked '
        'every bolt," Roe said.\n\n'
        "Engineers closed the bridge on Monday after a crack was found in one of "
        "its piers.\n\n"
        "The repair cost about $40,000, according to council figures.\n\n"
        "Traffic was diverted through the town centre for the week.\n\n"
        '"People have been patient with us, and I thank them."'
    )
    speaker, confidence = _speakers(text)[
        "People have been patient with us, and I thank them."
    ]
    assert speaker == "Ann Roe"
    assert confidence < 0.5


def test_a_quote_with_no_cue_paragraphs_after_its_speaker_is_theirs_in_indonesian():
    text = (
        "Bupati Sikka Yoseph Lamber mengatakan jembatan akan dibuka kembali pada "
        'Jumat. "Kami sudah memeriksa setiap baut," kata Yoseph.\n\n'
        "Jembatan itu ditutup sejak Senin setelah retakan ditemukan di salah satu "
        "pilarnya.\n\n"
        "Perbaikan menelan biaya sekitar Rp400 juta.\n\n"
        "Lalu lintas dialihkan melalui pusat kota selama sepekan.\n\n"
        '"Warga sudah sabar, dan saya berterima kasih."'
    )
    speaker, confidence = _speakers(text)[
        "Warga sudah sabar, dan saya berterima kasih."
    ]
    assert speaker == "Yoseph Lamber"
    assert confidence < 0.5


def test_a_quote_with_no_cue_after_an_unnamed_voice_stays_nobodys():
    text = (
        "A resident who asked not to be named said the water had risen within "
        'minutes. "We lost everything," she said.\n\n'
        '"Nobody came to help us."'
    )
    assert _speakers(text)["Nobody came to help us."][0] == ""


def test_a_name_after_the_subjects_verb_and_a_preposition_is_its_object():
    text = (
        "The regulator's chief executive, Helen Bast, wrote to water company boss "
        'Ian Crowe last month. "Your performance is unacceptable," she wrote.'
    )
    assert _speakers(text)["Your performance is unacceptable"][0] == "Helen Bast"


def test_a_name_after_the_subjects_verb_is_its_object_in_english_too():
    text = (
        "At the hearing, committee chair Ruth Ogle, 52, spoke with transport "
        'minister Alan Fry about the delays. "We were promised trains by May," '
        "she said."
    )
    assert _speakers(text)["We were promised trains by May"][0] == "Ruth Ogle"


def test_a_name_after_the_subjects_verb_is_its_object_in_indonesian():
    text = (
        "Dalam rapat itu, anggota Komisi III, Maria Lewar, menyurati kepala dinas "
        'Yosef Ladi. "Kami menunggu jawaban," ujarnya.'
    )
    assert _speakers(text)["Kami menunggu jawaban"][0] == "Maria Lewar"


def test_a_name_apposed_inside_the_subjects_relative_clause_is_not_the_subject():
    text = (
        "Saksi, Yuliana Nona (40), yang saat itu bersama suaminya, Kornelis Tefa, "
        'mengaku mendengar dua kali letusan. "Saya kira itu petasan," ujarnya.'
    )
    assert _speakers(text)["Saya kira itu petasan"][0] == "Yuliana Nona"


def test_a_name_apposed_inside_the_subjects_relative_clause_is_not_the_subject_in_english():
    text = (
        "Witness Paula Reyes, who was walking with her sister, Maria Ortiz, said "
        'she heard two bangs. "I thought it was fireworks," she said.'
    )
    assert _speakers(text)["I thought it was fireworks"][0] == "Paula Reyes"


def test_a_name_apposed_to_a_subject_described_by_a_relative_clause_is_the_subject():
    text = (
        "Pria yang menolong korban, Yohanes Bata, mengaku melihat asap lebih dulu. "
        '"Saya langsung lari ke sana," ujarnya.'
    )
    assert _speakers(text)["Saya langsung lari ke sana"][0] == "Yohanes Bata"


def test_her_before_a_determiner_is_an_object_and_tells_nothing_of_the_subject():
    text = (
        "Health minister Ann Roe visited the hospital on Monday. Director Paul "
        "Shaw showed her the new ward.\n\n"
        '"This is what patients deserve," Roe said.\n\n'
        "Shaw said the ward had cost £4m.\n\n"
        '"We opened it two weeks early," he said.'
    )
    assert _speakers(text)["We opened it two weeks early"][0] == "Paul Shaw"


def test_a_singular_pronoun_cue_skips_two_people_joined_as_one_subject():
    text = (
        "Kepala BPBD Lira, Oktavianus Rehi, mengatakan dua rumah rusak berat. "
        "Pemiliknya, Yosef Ladi dan Maria Lewar, kini mengungsi.\n\n"
        '"Kami sudah salurkan terpal," ujarnya.'
    )
    assert _speakers(text)["Kami sudah salurkan terpal"][0] == "Oktavianus Rehi"


def test_a_singular_pronoun_cue_skips_two_people_joined_as_one_subject_in_english():
    text = (
        "Fire chief Dana Kerr said two homes were destroyed. Their owners, Tom "
        "Price and Ann Webb, are staying with relatives.\n\n"
        '"We have given them blankets," she said.'
    )
    assert _speakers(text)["We have given them blankets"][0] == "Dana Kerr"


def test_a_pronoun_cue_skips_the_subject_the_quote_speaks_of_by_its_noun():
    text = (
        "Kepala Kantor SAR Maumere, Fathur Rahman, mengatakan pencarian "
        "berlangsung sejak Minggu.\n\n"
        "Korban, Stefanus Kopong (45), ditemukan tewas di sungai sekitar pukul "
        "10.00 Wita.\n\n"
        '"Korban ditemukan sekitar 2 kilometer dari lokasi," ujarnya.'
    )
    speaker = _speakers(text)["Korban ditemukan sekitar 2 kilometer dari lokasi"][0]
    assert speaker == "Fathur Rahman"


def test_a_pronoun_cue_skips_the_subject_the_quote_speaks_of_by_its_noun_in_english():
    text = (
        "Detective Inspector Rob Ames said officers were called at 2am.\n\n"
        "The suspect, Carl Denton, 34, was arrested at his home on Friday.\n\n"
        '"The suspect did not resist," he said.'
    )
    assert _speakers(text)["The suspect did not resist"][0] == "Rob Ames"


def test_a_pronoun_cue_keeps_the_subject_who_speaks_of_their_own_office():
    text = (
        "Kepala Kantor SAR Maumere, Fathur Rahman, mengatakan pencarian "
        "berlangsung sejak Minggu.\n\n"
        "Bendahara desa, Wa Ode Sari, mengaku tidak tahu soal dana itu.\n\n"
        '"Saya hanya bendahara, uang dipegang Pak Desa," ujarnya.'
    )
    speaker = _speakers(text)["Saya hanya bendahara, uang dipegang Pak Desa"][0]
    assert speaker == "Wa Ode Sari"


def test_a_name_after_by_is_an_agent_not_the_subject():
    text = (
        "Deputy leader Sue Park criticised the roads department, run by engineer "
        'Adam Hurst.\n\n"Potholes have been left for years," she said.'
    )
    assert _speakers(text)["Potholes have been left for years"][0] == "Sue Park"


def test_a_name_apposed_at_the_end_of_its_sentence_is_not_a_subject():
    text = (
        "Kepala Dinas Pendidikan, Ani Sutrisno, mengatakan guru honorer akan "
        "menerima insentif. Hal itu sesuai instruksi Bupati Sikka, Fransiskus "
        'Roberto Diogo.\n\n"Insentif cair bulan depan," ujarnya.'
    )
    assert _speakers(text)["Insentif cair bulan depan"][0] == "Ani Sutrisno"


def test_a_person_named_in_what_menurut_dia_reports_is_no_subject():
    text = (
        "Kepala Pelaksana BPBD Sikka, Oktavianus Rehi, mengatakan air datang "
        "sekitar pukul 02.00 Wita.\n\n"
        "Menurut dia, warga yang hilang bernama Yosef Ladi (62), seorang petani. "
        "Tim gabungan masih mencarinya.\n\n"
        '"Kami kerahkan 60 personel," ujarnya.'
    )
    assert _speakers(text)["Kami kerahkan 60 personel"][0] == "Oktavianus Rehi"


def test_a_person_named_in_what_he_reports_is_no_subject_in_english():
    text = (
        "Fire chief Dan Kerr said crews arrived at 2am.\n\n"
        "According to him, a man named Tom Price was rescued from the roof.\n\n"
        '"We had two crews there within minutes," he said.'
    )
    assert _speakers(text)["We had two crews there within minutes"][0] == "Dan Kerr"


def test_a_spokesperson_speaks_for_the_body_with_its_whole_name():
    text = (
        "Harbor Steel will close its Kelso plant in March.\n\n"
        "A spokesperson for the Department for Business said officials were "
        '"in close contact" with the company.\n\n'
        '"We are monitoring the situation," a spokesperson for the Department of '
        "Health said."
    )
    found = _speakers(text)
    assert found["in close contact"][0] == "Department for Business"
    assert found["We are monitoring the situation"][0] == "Department of Health"


def test_the_place_ending_an_office_apposed_after_a_name_is_no_person():
    text = (
        "Pemerintah Kabupaten Lira memangkas anggaran perjalanan dinas.\n\n"
        'Ratna Wulan, Kepala Bappeda Lira, menegaskan: "Tidak ada anggaran."\n\n'
        "Yohanes Bata, Kepala Desa Wulu, mengatakan warga belum menerima bantuan. "
        '"Kami masih menunggu," ujarnya.'
    )
    found = _speakers(text)
    assert found["Tidak ada anggaran."][0] == "Ratna Wulan"
    assert found["Kami masih menunggu"][0] == "Yohanes Bata"


def test_an_adverb_between_a_subject_and_its_verb_keeps_it_the_subject():
    text = (
        "Saat ditanya soal anggaran, Kepala Bappeda Lira, Ratna Wulan, hanya "
        'menjawab singkat. "Tidak ada anggaran," ucapnya.\n\n'
        "Council leader Rachel Ibbs, 54, only smiled when asked about the cuts. "
        '"We have no money left," she said.'
    )
    found = _speakers(text)
    assert found["Tidak ada anggaran"][0] == "Ratna Wulan"
    assert found["We have no money left"][0] == "Rachel Ibbs"


def test_demikian_and_a_noun_of_speech_name_the_speaker_after_them():
    text = (
        '"Tidak ada anggaran," demikian jawaban Kepala Bappeda Lira, Ratna Wulan, '
        "saat ditanya wartawan.\n\n"
        '"Kami akan mengawasi," begitu tanggapan anggota DPRD, Yosef Ladi.'
    )
    found = _speakers(text)
    assert found["Tidak ada anggaran"][0] == "Ratna Wulan"
    assert found["Kami akan mengawasi"][0] == "Yosef Ladi"


def test_a_party_and_ward_in_brackets_after_a_name_are_not_the_speaker():
    text = (
        'Councillor Rachel Ibbs (Lab, Eastgate) told the chamber: "We have no '
        'money left."'
    )
    assert _speakers(text)["We have no money left."][0] == "Rachel Ibbs"


def test_the_statement_of_a_person_described_by_the_body_they_lead_is_theirs():
    text = (
        "Harbor Steel chief executive Nadia Rahman said in a statement that she "
        'regretted the closure. "This was not an easy decision," the statement said.'
    )
    assert _speakers(text)["This was not an easy decision"][0] == "Nadia Rahman"


def test_a_participle_clause_naming_a_leader_is_not_the_subject():
    text = (
        "The Kelso Mill Workers Union, led by general secretary Mick Dunne, said "
        'the offer was "an insult".\n\n'
        "Serikat Nelayan Teluk, dipimpin Abdul Gani, menyebut tawaran itu "
        '"tidak masuk akal".'
    )
    found = _speakers(text)
    assert found["an insult"][0] == "Kelso Mill Workers Union"
    assert found["tidak masuk akal"][0] == "Serikat Nelayan Teluk"


def test_an_office_whose_name_holds_dan_names_its_holder_after_it():
    text = (
        '"Air sudah surut," kata Kepala Seksi Pencegahan dan Kesiapsiagaan BPBD '
        "Sikka, Yohanes Bata, S.Sos.\n\n"
        '"Kami data ulang," ujar Kepala Dinas Kebudayaan dan Pariwisata, Maria Lende.'
    )
    found = _speakers(text)
    assert found["Air sudah surut"][0] == "Yohanes Bata"
    assert found["Kami data ulang"][0] == "Maria Lende"
