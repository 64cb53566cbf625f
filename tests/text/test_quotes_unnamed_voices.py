"""Quotes given by a body's unnamed voice, and people named beside a place.

Each test goes through `quotes.find_quotes`; articles, outlets and people are
fictional. The counter-examples keep an unnamed body, or a body the article
never names, from being given to anyone.
"""

from __future__ import annotations

from annotations.text.quotes import find_quotes


def _by_words(text: str) -> dict[str, str]:
    return {text[q.start : q.end]: q.speaker for q in find_quotes(text)}


# --- a spokesperson for a body written without its name -------------------------------


def test_a_spokeswoman_for_the_company_speaks_for_the_body_quoted_before():
    text = (
        'Marlowe Biscuits will cut 200 jobs. "Demand has fallen," Marlowe Biscuits '
        "said in a statement.\n\n"
        'A spokeswoman for the company said the plan was "final for now".'
    )
    assert _by_words(text)["final for now"] == "Marlowe Biscuits"


def test_a_spokesman_for_the_board_after_the_quote_is_the_board_named_before():
    text = (
        "The Ferrow Harbour Board voted to close the pier.\n\n"
        '"It is unsafe," a spokesman for the board said.'
    )
    assert _by_words(text) == {"It is unsafe": "Ferrow Harbour Board"}


def test_a_spokeswoman_for_the_company_skips_the_union_leader_named_since():
    text = (
        "Pellham Dairies will close its plant, the dairy group said. Union leader "
        'Dana Pirelli called the plan "a disgrace".\n\n'
        '"It was difficult," a spokeswoman for the company said.'
    )
    assert _by_words(text) == {
        "a disgrace": "Dana Pirelli",
        "It was difficult": "Pellham Dairies",
    }


def test_a_spokesman_for_a_body_never_named_is_nobody():
    text = (
        "Tessaly Mills will close its plant in Orrin Bay, costing 90 jobs. "
        '"We regret it," said Dora Finch, its chief executive.\n\n'
        "A spokesman for the regional development agency said it would "
        '"study the request".'
    )
    assert _by_words(text)["study the request"] == ""


def test_juru_bicara_perusahaan_itu_is_the_company_quoted_before():
    text = (
        'PT Sagara Mina menutup pabriknya di Tanjung Rawi. "Permintaan turun," tulis '
        "PT Sagara Mina dalam keterangan tertulis.\n\n"
        '"Karyawan akan dipindahkan," kata seorang juru bicara perusahaan itu.'
    )
    assert _by_words(text)["Karyawan akan dipindahkan"] == "PT Sagara Mina"


def test_juru_bicara_of_an_unnamed_body_is_nobody():
    text = (
        "Harga gabah di Kecamatan Wera turun tajam pekan ini.\n\n"
        '"Kami sedang menghitung ulang," kata seorang juru bicara dinas tersebut.'
    )
    assert _by_words(text)["Kami sedang menghitung ulang"] == ""


# --- "the company said" after the body was described, not named again ----------------


def test_the_company_said_points_to_the_body_a_described_noun_confirmed():
    text = (
        "Corbell Outfitters will shut its store in Linden Quay by May, cutting 80 "
        "jobs, the family-owned clothing chain confirmed Monday.\n\n"
        "The store opened in 1961 and was refitted twice, most recently at a cost "
        "of $4 million, with a cafe, a tailoring counter and a rooftop garden that "
        "drew visitors from across the county on summer weekends for years.\n\n"
        'In a statement, the company said the decision was "painful but '
        'unavoidable".'
    )
    assert _by_words(text)["painful but unavoidable"] == "Corbell Outfitters"


def test_a_body_named_inside_the_quote_is_not_the_speaker():
    text = (
        "Workers gathered outside the plant on Tuesday.\n\n"
        'In a statement, the union said "Corbell Outfitters has broken its word".'
    )
    assert _by_words(text)["Corbell Outfitters has broken its word"] == ""


# --- a person named beside the place they live ----------------------------------------


def test_warga_and_a_place_after_a_name_is_where_the_person_lives():
    text = (
        "Jembatan di Desa Lubuk Sarai putus, Senin.\n\n"
        "Darwati (47), warga Tanjung Pisang, kehilangan suaminya.\n\n"
        '"Sudah lama kami minta diperbaiki," tuturnya.'
    )
    assert _by_words(text)["Sudah lama kami minta diperbaiki"] == "Darwati"


def test_warga_before_a_comma_and_a_name_still_names_the_person():
    text = (
        'Warga Tanjung Pisang, Darwati, mengaku kecewa. "Sudah lama kami minta '
        'diperbaiki," ujarnya.'
    )
    assert _by_words(text)["Sudah lama kami minta diperbaiki"] == "Darwati"


# --- "hakim ketua": the title's modifier, not a body ----------------------------------


def test_hakim_ketua_keeps_the_judges_whole_name():
    text = (
        "Sidang yang dipimpin hakim ketua Widodo Sasmito Raharjo itu berlangsung "
        'dua jam.\n\n"Saudara paham dakwaannya?" tanya hakim.\n\n'
        '"Paham, Yang Mulia," jawab terdakwa Imanuel Lejau.'
    )
    assert _by_words(text)["Saudara paham dakwaannya?"] == "Widodo Sasmito Raharjo"


def test_ketua_before_a_body_still_takes_the_body():
    text = (
        'Ketua DPRD Rawi Sugeng Pranoto menolak usulan di Rawi, lalu menolak usulan itu. "Anggarannya '
        'tidak ada," katanya.'
    )
    assert _by_words(text)["Anggarannya tidak ada"] == "Sugeng Pranoto"


# --- a body described in lower case, never named --------------------------------------


def test_the_race_jury_never_named_is_nobody_not_the_rider_named_before():
    text = (
        "Rider Tomas Ekdal crashed on the descent.\n\n"
        "The race jury said in a short statement that conditions had been "
        '"safe enough for racing".'
    )
    assert _by_words(text) == {"safe enough for racing": ""}


def test_the_race_jury_is_the_jury_the_article_named():
    text = (
        "Rider Tomas Ekdal crashed on the descent. The Vellmar Race Jury met at "
        'dusk.\n\nThe race jury said conditions had been "safe enough for racing".'
    )
    assert _by_words(text) == {"safe enough for racing": "Vellmar Race Jury"}


def test_kata_panitia_itu_is_nobody_not_the_runner_named_before():
    text = (
        "Pelari Budi Santoso terjatuh di tikungan ketiga.\n\n"
        '"Lintasan sudah aman," kata panitia lomba itu.'
    )
    assert _by_words(text) == {"Lintasan sudah aman": ""}


def test_it_said_after_a_statement_of_a_body_described_in_lower_case_is_nobody():
    text = (
        'Dr Lina Okafor doubts the signal. "It may be the star," she said.\n\n'
        "The space agency that runs the observatory said in a statement that more "
        'time was booked. "Orrin-3c is a priority," it said.'
    )
    assert _by_words(text)["Orrin-3c is a priority"] == ""


def test_it_said_after_the_agency_the_article_named_is_that_agency():
    text = (
        'Dr Lina Okafor doubts the signal. "It may be the star," she said. The '
        "Kessel Space Agency runs the observatory.\n\n"
        "The space agency that runs the observatory said in a statement that more "
        'time was booked. "Orrin-3c is a priority," it said.'
    )
    assert _by_words(text)["Orrin-3c is a priority"] == "Kessel Space Agency"


# --- a body named without an institution word, by the shape of its sentence ---------


def test_the_company_is_the_body_named_before_which():
    text = (
        "The Orrin Valley Railway, which links four villages to the coast, stopped "
        "at noon when a signal failed, its operator said.\n\n"
        "Railway's general manager, Pia Lund, apologised to passengers. "
        '"We let people down," she said.\n\n'
        'A spokeswoman for the company said it was "too early to say" when '
        "trains would run."
    )
    assert _by_words(text)["too early to say"] == "Orrin Valley Railway"


def test_a_persons_chief_of_staff_does_not_make_the_person_a_company():
    text = (
        "Ann Roe's campaign manager, Tim Bell, met the workers. Roe said she "
        "would visit.\n\n"
        'A spokesman for the company said it had "nothing to add".'
    )
    assert _by_words(text)["nothing to add"] == ""


# --- the agent of a passive denial speaks next -----------------------------------------


def test_the_one_who_denies_a_statement_in_the_passive_speaks_after_menurutnya():
    text = (
        "Petambak Sri Handayani menjual garamnya Rp 400 per kilo. Sri Handayani "
        "berharap harga naik.\n\n"
        "Kementerian Kelautan dalam keterangan tertulisnya menyatakan impor tidak "
        "menyasar garam rakyat.\n\nPernyataan itu dibantah Darmawan Lubis. "
        'Menurutnya, garam impor tetap masuk pasar.\n\n"Saya punya buktinya," '
        "ujarnya."
    )
    assert _by_words(text)["Saya punya buktinya"] == "Darmawan Lubis"


def test_a_name_after_a_passive_verb_not_of_speech_is_not_the_speaker():
    text = (
        "Sri Handayani sudah sepuluh tahun menggarap tambak. Tambak itu dibangun "
        'Darmawan Lubis pada 2010.\n\n"Saya punya buktinya," ujarnya.'
    )
    assert _by_words(text)["Saya punya buktinya"] == "Sri Handayani"


# --- those who run a body, and a body whose name ends in "Executive" ------------------


def test_manajemen_perusahaan_is_the_company_named_before_not_the_union_leader():
    text = (
        "PT Wira Pangan menutup gudangnya di Rawi.\n\n"
        'Ketua serikat pekerja, Yusuf Hamid, menyebut penutupan itu "pukulan '
        'berat".\n\nManajemen perusahaan dalam keterangan tertulisnya menyebut '
        'keputusan itu "sulit namun perlu".'
    )
    assert _by_words(text) == {
        "pukulan berat": "Yusuf Hamid",
        "sulit namun perlu": "PT Wira Pangan",
    }


def test_the_companys_management_is_the_company_named_before():
    text = (
        "Brannock Mills will cut 200 jobs. Union official Kay Dunne called the "
        'cuts "a scandal".\n\n"We had no choice," the company\'s management said.'
    )
    assert _by_words(text)["We had no choice"] == "Brannock Mills"


def test_a_body_named_with_executive_is_the_speaker():
    text = (
        "A worker died at the Pellow quarry in May.\n\n"
        '"Every death at work is one too many," the Mine and Quarry Safety '
        "Executive said in a statement."
    )
    assert _by_words(text) == {
        "Every death at work is one too many": "Mine and Quarry Safety Executive"
    }


def test_the_chief_executive_is_a_title_not_a_body():
    text = '"We will grow," the Chief Executive said.'
    assert _by_words(text) == {"We will grow": ""}


def test_a_body_named_with_executive_before_a_partial_quote_keeps_its_whole_name():
    text = (
        "A worker died at the Pellow quarry in May.\n\n"
        "The Mine and Quarry Safety Executive said in a statement that it was "
        '"aware of the incident and making enquiries".'
    )
    assert _by_words(text) == {
        "aware of the incident and making enquiries": "Mine and Quarry Safety Executive"
    }
