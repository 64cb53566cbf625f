"""Indonesian attribution shapes: who speaks, for articles from outlets never seen."""

from __future__ import annotations

import pytest

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


# --- names after a role -------------------------------------------------------------


def test_a_two_word_team_between_the_coach_and_his_name():
    text = (
        "Garuda Samudra kalah 1-3 di kandang. Pelatih Garuda Samudra Imanuel Wenda "
        'mengakui timnya lengah. "Kami terlalu cepat merasa aman," kata Imanuel.'
    )
    assert _by_words(text)["Kami terlalu cepat merasa aman"].speaker == "Imanuel Wenda"


def test_a_province_abbreviation_between_the_office_and_the_name():
    text = (
        "Kepala Bidang Penyakit Menular Dinkes Kalbar Hendrikus Apui mengatakan "
        'sampel air akan diuji. "Hasilnya keluar sepekan," kata dia.'
    )
    assert _by_words(text)["Hasilnya keluar sepekan"].speaker == "Hendrikus Apui"


def test_lalu_opening_a_sasak_name_stays_in_it():
    text = (
        "Harga cabai naik sejak dua pekan lalu. Kepala Dinas Perdagangan NTB, "
        "Lalu Ahmad Zulkarnaen, menyebut stok aman. "
        '"Kami sudah koordinasi dengan distributor," tegasnya.'
    )
    assert _by_words(text)["Kami sudah koordinasi dengan distributor"].speaker == (
        "Lalu Ahmad Zulkarnaen"
    )


def test_ria_is_a_given_name_not_the_news_agency():
    text = (
        "Pengamat politik Universitas Jambi, Ria Oktaviani, menilai sidang itu "
        'penting. "Citranya bisa naik," kata Ria saat dihubungi.'
    )
    quote = _by_words(text)["Citranya bisa naik"]
    assert (quote.speaker, quote.source_kind) == ("Ria Oktaviani", "person")


# --- epithets and initials ----------------------------------------------------------


def test_a_suspect_known_by_initials_then_by_an_epithet():
    text = (
        "Direktur Reserse Kombes Pol Harjono Wibisono mengatakan otak sindikat "
        "berinisial RS merupakan residivis. "
        '"Dia yang menentukan sasaran," ujar Harjono.\n\n'
        "Saat dihadirkan dalam konferensi pers, RS tertunduk.\n\n"
        '"Saya menyesal," kata pria berusia 41 tahun itu.'
    )
    quotes = _by_words(text)
    assert quotes["Dia yang menentukan sasaran"].speaker == "Harjono Wibisono"
    assert quotes["Saya menyesal"].speaker == "RS"


def test_a_military_command_after_a_name_is_no_person():
    text = (
        "Anggota fraksi itu, Mayjen TNI (Purn) Syamsul Bahri, yang pernah menjabat "
        "Panglima Kodam, meminta dewan menunggu audit. "
        '"Kita tunggu audit dulu," tutur jenderal bintang dua itu.'
    )
    assert _by_words(text)["Kita tunggu audit dulu"].speaker == "Syamsul Bahri"


# --- the speaker in the next sentence -----------------------------------------------


def test_ucapan_itu_disampaikan_name_dengan_manner():
    text = (
        '"Semua hilang. Yang tersisa hanya baju di badan."\n\n'
        "Ucapan itu disampaikan Baharuddin dengan suara bergetar saat ditemui."
    )
    assert _by_words(text)[
        "Semua hilang. Yang tersisa hanya baju di badan."
    ].speaker == ("Baharuddin")


def test_a_ministry_has_no_district_after_its_portfolio():
    text = (
        '"Kami akan menindaklanjuti laporan ini," kata Juru Bicara Kementerian '
        "Kesehatan Siti Nadia Tarmizi seperti dikutip dari Antara, Rabu (4/3)."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Siti Nadia Tarmizi"]


def test_a_district_named_with_a_facility_word_is_a_place_of_two_words():
    text = (
        "Kepala Dinas Kesehatan Kabupaten Gunung Kidul Dewi Irawati mengatakan "
        'kasus menurun. "Kami terus memantau," katanya.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Dewi Irawati"]


def test_the_word_used_alone_later_starts_the_name():
    text = (
        "Pelatih Persiba Balikpapan Budi Santoso mengatakan timnya siap. "
        '"Kami siap tempur," kata Budi.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Budi Santoso"]


def test_a_party_politician_described_after_others_were_named():
    text = (
        "Anggota DPR dari Partai Karya Bangsa, Rudi Hartono, mengkritik kebijakan "
        "itu. Bupati Sinta Dewi hadir dalam rapat.\n\n"
        '"Ini kebijakan keliru," kata politikus Partai Karya Bangsa tersebut.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Rudi Hartono"]


def test_jenderal_bintang_satu_is_the_brigadier_general():
    text = (
        "Wakapolda Brigjen Pol Andi Rian hadir. Kapolres AKBP Made Sudana juga hadir. "
        '"Kami siaga," kata Made.\n\n"Situasi kondusif," ujar jenderal bintang satu itu.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Made Sudana", "Andi Rian"]


def test_demikian_disampaikan_in_the_next_paragraph_names_the_speaker():
    text = (
        '"Kami minta semua pihak menahan diri."\n\n'
        "Demikian disampaikan Kapolda Papua Irjen Pol Mathius Fakhiri di Jayapura."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Mathius Fakhiri"]


# --- people introduced in other shapes ----------------------------------------------


def test_the_agent_of_a_passive_speech_verb_is_what_nya_points_to():
    text = (
        "Hal senada disampaikan pengamat transportasi Djoko Setijowarno. "
        '"Angkutan umum harus dibenahi," ujarnya.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Djoko Setijowarno"]


def test_the_first_words_of_a_full_name_are_the_same_person():
    text = (
        "Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit terkendali. "
        "Menurut Sri Mulyani, belanja negara tetap tumbuh.\n\n"
        '"Kita jaga APBN tetap sehat," ucapnya.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Sri Mulyani Indrawati"]


def test_a_resident_of_a_named_place_then_the_name_in_commas():
    text = (
        "Warga Kampung Melayu, Ujang, mengaku rumahnya terendam. "
        '"Air masuk sejak subuh," katanya.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ujang"]


def test_a_source_of_a_named_body_is_nobody_named():
    text = '"Kami tidak pernah menerima uang itu," kata sumber Kabarpagi di pemkot.'
    quote = find_quotes(text)[0]
    assert (quote.speaker, quote.source_kind) == ("", "person")


def test_a_given_name_written_short_stays_in_the_name():
    text = (
        "Kepala Kejaksaan Negeri Ende, Dr. Moh. Rizal, S.H., M.H., mengatakan berkas "
        'lengkap. "Segera kami limpahkan," katanya.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Moh. Rizal"]


def test_a_director_named_right_after_the_company():
    text = (
        "Dirut PT Pertamina Patra Niaga Riva Siahaan mengatakan stok aman. "
        '"Tidak ada kelangkaan," ujar Riva.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Riva Siahaan"]


def test_a_market_word_inside_an_association_name_is_no_place():
    text = (
        '"Kami kecewa," ujar Ketua Umum Asosiasi Pedagang Pasar Seluruh Indonesia '
        "(APPSI) Sudaryono."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Sudaryono"]


def test_a_middle_initial_stays_in_the_name():
    text = (
        "Dalam kesempatan itu, Wali Kota Bogor Dedie A. Rachim juga menyampaikan, "
        '"Kami akan tertibkan PKL."'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Dedie A. Rachim"]


def test_saat_dihubungi_between_the_subject_and_its_verb():
    text = (
        "Sementara itu, Kepala Dinas PUPR Garut, Agus Ismail, saat dihubungi "
        'terpisah mengatakan, "Perbaikan jembatan dimulai pekan depan."'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Agus Ismail"]


def test_a_name_inside_reported_speech_is_not_what_nya_points_to():
    text = (
        "Ketua Komisi IV DPRD Jabar Zaini Shofari mengatakan anggaran cukup. "
        "Menurutnya, Gubernur Dedi Mulyadi sudah menyetujui usulan itu. "
        '"Tinggal eksekusi," ujarnya.\n\n'
        "Kepala BPBD Bogor Adam Hamdani mengatakan 12 rumah rusak. Ia menyebut warga "
        'Desa Cibunian, Ujang Sobari, ikut menjadi korban. "Kami kirim terpal," ujarnya.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Zaini Shofari", "Adam Hamdani"]


# --- honorifics, role-only cues and descriptions by title ---------------------------


def test_a_sundanese_honorific_before_the_given_name():
    text = (
        "Gubernur Jawa Barat Dedi Mulyadi menegaskan larangan itu. "
        '"Tidak ada study tour," kata Kang Dedi.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Dedi Mulyadi"]


def test_a_grandmother_then_a_description_of_her():
    text = (
        'Nenek Rusmini (70) tinggal sendirian. "Anak-anak merantau semua," kata '
        "nenek tujuh cucu itu."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Rusmini"]


def test_kepala_desa_alone_is_the_village_head_named_before():
    text = (
        "Kepala Desa Sukamaju, Asep Saepudin, meninjau lokasi. Camat Cisarua Dedi "
        'Kusnadi juga hadir. "Kami data kerusakan," kata Camat.\n\n'
        '"Warga butuh tenda," ujar Kepala Desa.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Dedi Kusnadi", "Asep Saepudin"]


def test_kapuspenkum_is_the_head_of_the_legal_information_centre():
    text = (
        "Kepala Pusat Penerangan Hukum Kejaksaan Agung Harli Siregar mengatakan "
        'tersangka ditahan. "Tersangka ditahan 20 hari," kata Kapuspenkum.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Harli Siregar"]


def test_initials_in_brackets_after_a_full_name_are_that_person():
    text = (
        "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono (AHY) mengatakan "
        'partainya solid. "Kami satu komando," kata AHY.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Agus Harimurti Yudhoyono"]


def test_a_description_opening_on_a_title_is_who_holds_it():
    text = (
        "Persib menang 2-0. Pelatih Persib Bojan Hodak puas dengan hasil itu. Kapten "
        'tim, Marc Klok, mencetak gol.\n\n"Anak-anak bermain disiplin," kata pelatih '
        "asal Kroasia itu."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Bojan Hodak"]


# --- counted groups are nobody's name ---------------------------------------------------


@pytest.mark.parametrize(
    "cue",
    ["kata kedua bocah itu", "ujar para korban banjir", "ujar sejumlah pedagang pasar"],
)
def test_a_counted_group_speaking_is_not_the_last_named_person(cue):
    text = f'Camat Budi Santoso datang ke lokasi. "Kami takut sekali," {cue}.'
    assert _by_words(text)["Kami takut sekali"].speaker == ""


# --- a second name given with "atau", a letter's wording ------------------------------


@pytest.mark.parametrize(
    "cue", ["kata Gus Yahya", "kata Yahya", "kata Ketua Umum PBNU itu"]
)
def test_a_name_given_with_atau_is_the_same_person(cue):
    text = (
        "Ketua Umum PBNU Yahya Cholil Staquf atau Gus Yahya meminta warga tenang. "
        f'"Jangan terprovokasi," {cue}.'
    )
    assert _by_words(text)["Jangan terprovokasi"].speaker == "Yahya Cholil Staquf"


def test_a_name_known_as_another_is_the_same_person():
    text = (
        "Striker Rodrigo Alves Pereira, known as Rodri, scored twice. "
        '"It was easy," Rodri said.'
    )
    assert _by_words(text)["It was easy"].speaker == "Rodrigo Alves Pereira"


@pytest.mark.parametrize(
    "cue", ["demikian bunyi surat edaran tersebut", "demikian isi surat itu"]
)
def test_the_wording_of_a_letter_is_its_issuer(cue):
    text = (
        "Dinas Pendidikan Kota Bima menerbitkan surat edaran pada Senin. "
        f'"Siswa belajar dari rumah selama tiga hari," {cue}.'
    )
    quote = _by_words(text)["Siswa belajar dari rumah selama tiga hari"]
    assert (quote.speaker, quote.source_kind) == (
        "Dinas Pendidikan Kota Bima",
        "institution",
    )


def test_a_letter_signed_by_a_named_head_is_the_head():
    text = (
        '"Siswa belajar dari rumah," demikian bunyi surat edaran yang ditandatangani '
        "Kepala Dinas Pendidikan Kota Bima, Ahmad Yani."
    )
    assert _by_words(text)["Siswa belajar dari rumah"].speaker == "Ahmad Yani"


@pytest.mark.parametrize("opening", ["Sementara itu, ", "Di tempat terpisah, ", ""])
def test_a_one_word_name_in_commas_after_an_office_is_the_person(opening):
    text = (
        f"{opening}Kepala BPBD Sumbawa, Nurhayati, menyebutkan ada 40 rumah rusak. "
        '"Kami sudah kirim bantuan," ujarnya.'
    )
    assert _by_words(text)["Kami sudah kirim bantuan"].speaker == "Nurhayati"


def test_a_capitalised_office_of_a_party_then_itu_is_its_holder():
    text = (
        "Ketua Umum Partai Karya Bangsa Dedi Rahman hadir. "
        '"Kami siap," ucap Ketua Umum Partai Karya Bangsa itu.'
    )
    assert _by_words(text)["Kami siap"].speaker == "Dedi Rahman"


def test_a_bare_lower_case_title_is_the_person_the_office_in_commas_named():
    text = (
        "Ketua Majelis Hakim, Saut Maruli Tua Pasaribu, membacakan putusan. "
        '"Terdakwa terbukti bersalah," ucap hakim.'
    )
    assert _by_words(text)["Terdakwa terbukti bersalah"].speaker == (
        "Saut Maruli Tua Pasaribu"
    )


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("kata Bupati", "Haerul Warisin"),
        ("kata Wakil Bupati", "Edwin Hadiwijaya"),
    ],
)
def test_a_title_is_its_holder_not_the_deputy_named_since(cue, speaker):
    text = (
        "Bupati Lombok Timur Haerul Warisin bersama Wakil Bupati Edwin Hadiwijaya "
        f'meninjau lokasi. "Kami akan bantu," {cue}.'
    )
    assert _by_words(text)["Kami akan bantu"].speaker == speaker


# --- the shapes of quotes themselves (issue #8) ------------------------------------
# Each case: a fictional snippet and the quote texts a careful editor marks in it, in
# reading order (the words inside the marks; an unmarked transcript answer whole).
# Trailing punctuation inside the marks is not compared.

_SHAPES = [
    pytest.param(
        "Kepala Dinas Pendidikan Kota Lembang, Ratna Sari, mengatakan sekolah dibuka "
        "pekan depan. \u201cKami sudah siap menerima siswa,\u201d kata Ratna.",
        ["Kami sudah siap menerima siswa"],
        id="curly-double",
    ),
    pytest.param(
        "Kepala Dinas Pendidikan Kota Lembang, Ratna Sari, mengatakan sekolah dibuka "
        'pekan depan. "Kami sudah siap menerima siswa," kata Ratna.',
        ["Kami sudah siap menerima siswa"],
        id="straight-double",
    ),
    pytest.param(
        "Bupati Toba Raya, Martin Sitompul, menegaskan jalan itu diperbaiki tahun ini. "
        "\u2018Anggaran sudah kami siapkan di APBD perubahan,\u2019 ujar Martin.",
        ["Anggaran sudah kami siapkan di APBD perubahan"],
        id="curly-single",
    ),
    pytest.param(
        "Bupati Toba Raya, Martin Sitompul, menegaskan jalan itu diperbaiki tahun ini. "
        "'Anggaran sudah kami siapkan di APBD perubahan,' ujar Martin.",
        ["Anggaran sudah kami siapkan di APBD perubahan"],
        id="straight-single",
    ),
    pytest.param(
        "Ketua serikat buruh, Yusuf Hamdani, menolak tawaran itu. "
        "\u00abKami tidak akan mundur sebelum upah dibayar\u00bb, kata Yusuf.",
        ["Kami tidak akan mundur sebelum upah dibayar"],
        id="guillemets",
    ),
    pytest.param(
        "Ketua RT 05, Joko Wibisono, mengaku kaget.\n\n"
        "\u201cAirnya datang tengah malam. Kami tidak sempat menyelamatkan barang.\n\n"
        "Warga kini mengungsi di balai desa.",
        ["Airnya datang tengah malam. Kami tidak sempat menyelamatkan barang"],
        id="closing-mark-missing",
    ),
    pytest.param(
        "Kepala Desa Sukamaju, Dedi Kurniawan, menjelaskan kronologi longsor.\n\n"
        "\u201cHujan turun sejak sore dan tidak berhenti sampai malam.\n\n"
        "\u201cSekitar pukul sembilan terdengar suara gemuruh dari bukit,\u201d "
        "kata Dedi.",
        [
            "Hujan turun sejak sore dan tidak berhenti sampai malam",
            "Sekitar pukul sembilan terdengar suara gemuruh dari bukit",
        ],
        id="over-two-paragraphs",
    ),
    pytest.param(
        "\u201cKami sudah berusaha maksimal,\u201d kata pelatih Persikota, Andi Setiawan. "
        "\u201cTapi lapangan yang becek tidak mendukung permainan kami.\u201d",
        [
            "Kami sudah berusaha maksimal",
            "Tapi lapangan yang becek tidak mendukung permainan kami",
        ],
        id="split-by-attribution",
    ),
    pytest.param(
        "Berikut petikan wawancara dengan Kepala Basarnas Pos Lembah, Hendra Gunawan.\n\n"
        "T: Berapa korban yang sudah ditemukan?\n\n"
        "J: Sampai pagi ini sudah 12 orang. Pencarian terus kami lakukan.\n\n"
        "T: Apa kendala terbesar di lapangan?\n\n"
        "J: Arus sungai yang deras dan cuaca buruk.",
        [
            "Sampai pagi ini sudah 12 orang. Pencarian terus kami lakukan",
            "Arus sungai yang deras dan cuaca buruk",
        ],
        id="transcript-T-J",
    ),
    pytest.param(
        "Kabar Selatan mewawancarai Rektor Universitas Teluk, Sri Handayani.\n\n"
        "Tanya: Bagaimana kampus menanggapi kenaikan UKT?\n"
        "Jawab: Kami membuka jalur keringanan bagi mahasiswa yang keberatan.\n"
        "Tanya: Sampai kapan pendaftarannya?\n"
        "Jawab: Sampai akhir bulan ini.",
        [
            "Kami membuka jalur keringanan bagi mahasiswa yang keberatan",
            "Sampai akhir bulan ini",
        ],
        id="transcript-Tanya-Jawab",
    ),
    pytest.param(
        "Kami berbincang dengan ekonom Bayu Prasetyo soal inflasi.\n\n"
        "Q: Apakah harga beras akan turun?\n\n"
        "A: Belum dalam waktu dekat. Panen raya baru mulai bulan depan.",
        ["Belum dalam waktu dekat. Panen raya baru mulai bulan depan"],
        id="transcript-Q-A",
    ),
    pytest.param(
        "Warta Pesisir menemui Ketua Koperasi Nelayan, Samsul Bahri, di dermaga.\n\n"
        "Warta Pesisir: Apa dampak larangan cantrang bagi anggota koperasi?\n\n"
        "Samsul: Pendapatan anggota turun hampir separuh sejak Januari.\n\n"
        "Warta Pesisir: Apa yang Anda minta dari pemerintah?\n\n"
        "Samsul: Alat tangkap pengganti dan masa transisi yang jelas.",
        [
            "Pendapatan anggota turun hampir separuh sejak Januari",
            "Alat tangkap pengganti dan masa transisi yang jelas",
        ],
        id="transcript-outlet-and-surname",
    ),
    pytest.param(
        "Redaksi Suara Lembah (SL) berbincang dengan Wali Kota Hasan Siregar (HS).\n\n"
        "SL: Kapan pasar yang terbakar dibangun kembali?\n\n"
        "HS: Tahun depan, setelah anggarannya disetujui dewan.\n\n"
        "SL: Di mana pedagang berjualan sementara?\n\n"
        "HS: Di lapangan parkir terminal lama.",
        [
            "Tahun depan, setelah anggarannya disetujui dewan",
            "Di lapangan parkir terminal lama",
        ],
        id="transcript-initials",
    ),
    pytest.param(
        "Kami bertanya kepada Kapolres Batu Hitam, AKBP Reza Mahendra, soal razia itu.\n\n"
        "T: Berapa kendaraan yang ditilang?\n\n"
        'J: "Ada 214 kendaraan, sebagian besar tanpa surat."\n\n'
        "T: Apakah razia akan diulang?\n\n"
        'J: "Setiap akhir pekan sampai tahun baru."',
        [
            "Ada 214 kendaraan, sebagian besar tanpa surat",
            "Setiap akhir pekan sampai tahun baru",
        ],
        id="transcript-answers-in-marks",
    ),
    pytest.param(
        "Kapolda Sulawesi Timur, Irjen Pol. Bambang Wirawan, menanggapi kasus itu. "
        'Ia menegaskan: "Tidak ada toleransi bagi anggota yang terlibat narkoba."',
        ["Tidak ada toleransi bagi anggota yang terlibat narkoba"],
        id="colon-then-marks",
    ),
    pytest.param(
        "Kapolda Sulawesi Timur, Irjen Pol. Bambang Wirawan, menanggapi kasus itu. "
        "Ia menegaskan: \u201cTidak ada toleransi bagi anggota yang terlibat "
        "narkoba.\u201d Ia juga meminta warga melapor.",
        ["Tidak ada toleransi bagi anggota yang terlibat narkoba"],
        id="colon-then-curly-marks",
    ),
    pytest.param(
        "Wakil Ketua DPRD, Lusi Marpaung, mengomentari rencana itu (\u201cKami belum "
        "menerima draf resminya,\u201d katanya) sebelum rapat ditutup.",
        ["Kami belum menerima draf resminya"],
        id="inside-parentheses",
    ),
    pytest.param(
        "Sikap Kapolres Lembah Hijau, AKBP Darmawan Saputra, jelas \u2014 "
        "\u201cTidak ada yang kebal hukum di wilayah ini.\u201d",
        ["Tidak ada yang kebal hukum di wilayah ini"],
        id="after-a-dash",
    ),
    pytest.param(
        "Menteri Pendidikan Fiksi, Ayu Lestari, menyampaikan beberapa janji dalam rapat "
        "itu:\n\n"
        "- \u201cKami akan menambah 500 guru di daerah terpencil.\u201d\n"
        "- \u201cSekolah yang rusak diperbaiki tahun ini juga.\u201d\n"
        "\u2022 \u201cTidak ada lagi pungutan untuk seragam.\u201d",
        [
            "Kami akan menambah 500 guru di daerah terpencil",
            "Sekolah yang rusak diperbaiki tahun ini juga",
            "Tidak ada lagi pungutan untuk seragam",
        ],
        id="bulleted-statements",
    ),
    pytest.param(
        "Warga Kampung Bahari menolak relokasi.\n\n"
        "\u201cKami menolak pindah karena lahan pengganti jauh dari laut. Anak-anak "
        "kami juga harus pindah sekolah.\u201d\n\n"
        "Itu dikatakan Ketua Kelompok Nelayan Bahari, Samsul Bahri, Senin (3/5).",
        [
            "Kami menolak pindah karena lahan pengganti jauh dari laut. Anak-anak kami "
            "juga harus pindah sekolah"
        ],
        id="paragraph-quote-attribution-after",
    ),
    pytest.param(
        "Ketua Kelompok Nelayan Bahari, Samsul Bahri, menyebut rencana itu "
        "\u201ctidak adil bagi nelayan kecil yang menggantungkan hidup di pantai\u201d "
        "dan meminta DPRD turun tangan.",
        ["tidak adil bagi nelayan kecil yang menggantungkan hidup di pantai"],
        id="partial-in-sentence",
    ),
    pytest.param(
        "Dalam keterangan tertulisnya, Gubernur Lestari Wulandari menyampaikan sebagai "
        "berikut:\n\n"
        "\u201cPemerintah provinsi menanggung biaya pengobatan seluruh korban. Kami "
        "juga menyiapkan hunian sementara.\u201d",
        [
            "Pemerintah provinsi menanggung biaya pengobatan seluruh korban. Kami juga "
            "menyiapkan hunian sementara"
        ],
        id="sebagai-berikut-with-marks",
    ),
    pytest.param(
        "Kepala BPBD Kota Lembang, Rudi Hartono, mengatakan air mulai surut. "
        "\u201cKami tetap siaga sampai besok pagi,\u201c kata Rudi.",
        ["Kami tetap siaga sampai besok pagi"],
        id="mistyped-same-curly-twice",
    ),
    pytest.param(
        "Kepala BPBD Kota Lembang, Rudi Hartono, mengatakan air mulai surut. "
        "\u201dKami tetap siaga sampai besok pagi,\u201d kata Rudi.",
        ["Kami tetap siaga sampai besok pagi"],
        id="mistyped-closing-curly-twice",
    ),
    pytest.param(
        "Kepala BPBD Kota Lembang, Rudi Hartono, mengatakan air mulai surut. "
        '\u201cKami tetap siaga sampai besok pagi," kata Rudi.',
        ["Kami tetap siaga sampai besok pagi"],
        id="mistyped-curly-then-straight",
    ),
    pytest.param(
        "Kepala BPBD Kota Lembang, Rudi Hartono, mengatakan air mulai surut. "
        '"Kami tetap siaga sampai besok pagi,\u201d kata Rudi.',
        ["Kami tetap siaga sampai besok pagi"],
        id="mistyped-straight-then-curly",
    ),
    pytest.param(
        "Kepala BPBD Kota Lembang, Rudi Hartono, mengatakan air mulai surut. "
        "''Kami tetap siaga sampai besok pagi,'' kata Rudi.",
        ["Kami tetap siaga sampai besok pagi"],
        id="mistyped-two-apostrophes",
    ),
    pytest.param(
        "Ketua panitia, Andi Wijaya, mengatakan, \u201cKami sudah menyiapkan 40 tenda.\n\n"
        "\u201cPengungsi juga mendapat makan tiga kali sehari,\u201d ujarnya.",
        [
            "Kami sudah menyiapkan 40 tenda",
            "Pengungsi juga mendapat makan tiga kali sehari",
        ],
        id="comma-lead-runs-on",
    ),
    pytest.param(
        "Ketua panitia, Andi Wijaya, mengatakan, \u201cKami sudah menyiapkan 40 tenda "
        "untuk pengungsi.\n\nBantuan terus berdatangan dari warga.",
        ["Kami sudah menyiapkan 40 tenda untuk pengungsi"],
        id="comma-lead-left-open",
    ),
    pytest.param(
        "Menurut Heru, \u201cTarif air tidak naik tahun ini, dan pelanggan tidak perlu "
        "khawatir\n\nPDAM juga menambah dua sumur baru.",
        ["Tarif air tidak naik tahun ini, dan pelanggan tidak perlu khawatir"],
        id="speech-lead-left-open-unpunctuated",
    ),
    pytest.param(
        "Berikut wawancara dengan Kepala Dinas Kesehatan, Maria Ulfa.\n\n"
        "Tanya:\nBerapa kasus DBD bulan ini?\n\nJawab:\nAda 87 kasus, naik dari bulan "
        "lalu.\n\nTanya:\nApa langkah dinas?\n\nJawab:\nFogging di tiga kecamatan.",
        ["Ada 87 kasus, naik dari bulan lalu", "Fogging di tiga kecamatan"],
        id="transcript-label-on-its-own-line",
    ),
    pytest.param(
        "Berikut petikan wawancara dengan Kepala Dinas Kesehatan, Maria Ulfa.\n\n"
        "T - Berapa kasus DBD bulan ini?\n\nJ - Ada 87 kasus, naik dari bulan lalu.\n\n"
        "T \u2013 Apa langkah dinas?\n\nJ \u2013 Fogging di tiga kecamatan.",
        ["Ada 87 kasus, naik dari bulan lalu", "Fogging di tiga kecamatan"],
        id="transcript-dash-labels",
    ),
    pytest.param(
        "Berikut petikan wawancara dengan Kepala Dinas Kesehatan, Maria Ulfa.\n\n"
        "T: Berapa kasus DBD bulan ini?\n\nJ: Ada 87 kasus, naik dari bulan lalu.\n\n"
        "Sebagian besar pasien anak-anak usia sekolah.\n\nT: Apa langkah dinas?\n\n"
        "J: Fogging di tiga kecamatan.",
        [
            "Ada 87 kasus, naik dari bulan lalu",
            "Sebagian besar pasien anak-anak usia sekolah",
            "Fogging di tiga kecamatan",
        ],
        id="transcript-answer-over-two-paragraphs",
    ),
    pytest.param(
        "Jurnalis Kabar Timur, Nanda Putri, berbincang dengan petani kopi Yohanes "
        "Tabuni.\n\nNanda Putri: Bagaimana panen tahun ini?\n\nYohanes Tabuni: Turun "
        "karena hujan terus sejak Agustus.\n\nNanda Putri: Harga di tingkat petani?"
        "\n\nYohanes Tabuni: Masih Rp 60.000 per kilogram.",
        ["Turun karena hujan terus sejak Agustus", "Masih Rp 60.000 per kilogram"],
        id="transcript-full-name-labels",
    ),
    pytest.param(
        "Kami menemui Kepala Sekolah SMA Harapan, Lina Marlina.\n\n"
        "Pertanyaan: Apakah sekolah siap tatap muka?\n\n"
        "Jawaban: Kami sudah siap sejak bulan lalu.",
        ["Kami sudah siap sejak bulan lalu"],
        id="transcript-one-question",
    ),
    pytest.param(
        "Mayor Ann Roe said, \u201cWe will reopen the bridge by spring.\n\n"
        "\u201cThe repairs are on budget,\u201d she added.",
        ["We will reopen the bridge by spring", "The repairs are on budget"],
        id="en-said-comma-runs-on",
    ),
    pytest.param(
        "Kepala BPBD Kota Lembang, Rudi Hartono, mengatakan air mulai surut.\n\n"
        'Kami tetap siaga sampai besok pagi," kata Rudi.',
        ["Kami tetap siaga sampai besok pagi"],
        id="opening-mark-lost",
    ),
    pytest.param(
        "Kepala BPBD Kota Lembang, Rudi Hartono, mengatakan air mulai surut.\n\n"
        "Kami tetap siaga sampai besok pagi,\u201d ujarnya.\n\nWarga diminta waspada.",
        ["Kami tetap siaga sampai besok pagi"],
        id="opening-curly-mark-lost",
    ),
    pytest.param(
        "Kabar Timur berbincang dengan Bupati Yohana Wenda.\n\n"
        "Kabar Timur: Apa prioritas tahun depan?\n\n"
        "Bupati Yohana: Jalan desa dan air bersih.\n\n"
        "Kabar Timur: Berapa anggarannya?\n\n"
        "Bupati Yohana: Sekitar Rp 120 miliar.",
        ["Jalan desa dan air bersih", "Sekitar Rp 120 miliar"],
        id="transcript-title-in-the-answer-label",
    ),
    pytest.param(
        "Gubernur Lestari Wulandari menyampaikan pernyataan sebagai berikut:\n\n"
        "Pemerintah provinsi menanggung biaya pengobatan seluruh korban. Kami juga "
        "menyiapkan hunian sementara.\n\nSampai Senin malam, korban luka tercatat 40 "
        "orang.",
        [
            "Pemerintah provinsi menanggung biaya pengobatan seluruh korban. Kami juga "
            "menyiapkan hunian sementara"
        ],
        id="sebagai-berikut-without-marks",
    ),
    pytest.param(
        "Berikut petikan wawancara Kabar Timur dengan Ketua KPU daerah, Agus Salim."
        "\n\nApakah logistik pemilu sudah siap?\n\n"
        "Sudah 95 persen, sisanya tiba pekan depan.\n\n"
        "Bagaimana dengan daerah terpencil?\n\n"
        "Kami pakai helikopter untuk tiga distrik.\n\n"
        "Pemilu digelar serentak pada 14 Februari.",
        [
            "Sudah 95 persen, sisanya tiba pekan depan",
            "Kami pakai helikopter untuk tiga distrik",
        ],
        id="interview-without-labels",
    ),
    pytest.param(
        "Ketua RT 05, Joko Wibisono, mengaku kaget.\n\n"
        "\u201cAirnya datang tengah malam. Kami tidak sempat menyelamatkan barang.",
        ["Airnya datang tengah malam. Kami tidak sempat menyelamatkan barang"],
        id="closing-mark-lost-at-the-end",
    ),
    pytest.param(
        "Kapolres Lembah Hijau, AKBP Darmawan Saputra, menegaskan:\n\n"
        "Tidak ada yang kebal hukum di wilayah ini.",
        ["Tidak ada yang kebal hukum di wilayah ini"],
        id="speech-verb-colon-then-unmarked-paragraph",
    ),
    pytest.param(
        "Kabar Timur menemui Harun Lubis, nelayan di Teluk Sibolga.\n\n"
        "Kabar Timur: Berapa tangkapan hari ini?\n\n"
        "Pak Harun: Cuma lima kilo, biasanya dua puluh.\n\n"
        "Kabar Timur: Kenapa turun?\n\nPak Harun: Ombak tinggi sejak pekan lalu.",
        ["Cuma lima kilo, biasanya dua puluh", "Ombak tinggi sejak pekan lalu"],
        id="transcript-honorific-label",
    ),
    pytest.param(
        "Ketua panitia, Andi Wijaya, mengatakan air mulai surut. "
        "\u2033Kami sudah menyiapkan 40 tenda,\u2033 kata Andi.",
        ["Kami sudah menyiapkan 40 tenda"],
        id="typed-as-double-primes",
    ),
    pytest.param(
        "Ketua panitia, Andi Wijaya, mengatakan air mulai surut. "
        "\uff02Kami sudah menyiapkan 40 tenda,\uff02 kata Andi.",
        ["Kami sudah menyiapkan 40 tenda"],
        id="typed-as-full-width",
    ),
    pytest.param(
        "Ketua panitia, Andi Wijaya, mengatakan air mulai surut. "
        "``Kami sudah menyiapkan 40 tenda,'' kata Andi.",
        ["Kami sudah menyiapkan 40 tenda"],
        id="typed-as-backticks-and-apostrophes",
    ),
    pytest.param(
        "Ketua panitia, Andi Wijaya, mengatakan air mulai surut. "
        "`Kami sudah menyiapkan 40 tenda,\u00b4 kata Andi.",
        ["Kami sudah menyiapkan 40 tenda"],
        id="typed-as-backtick-and-acute",
    ),
    # English shapes from the same kinds of sites.
    pytest.param(
        "Harbour master Colin Reeve said the port would reopen. "
        "\u2018We need two more days to clear the channel,\u2019 he said.",
        ["We need two more days to clear the channel"],
        id="en-curly-single",
    ),
    pytest.param(
        "The minister, Clara Whitby, was blunt. She said: \u201cThe money is there and "
        "it will be spent this year.\u201d",
        ["The money is there and it will be spent this year"],
        id="en-colon-then-marks",
    ),
    pytest.param(
        "We spoke to the fire chief, Dana Holt, about the blaze.\n\n"
        "Q: How did it start?\n\n"
        "A: We believe a heater was left on in the storeroom.",
        ["We believe a heater was left on in the storeroom"],
        id="en-transcript-Q-A",
    ),
    pytest.param(
        "Union leader Mark Dolan spoke outside the plant.\n\n"
        "\u201cWe were promised a deal by Friday.\n\n"
        "\u201cFriday came and went and nobody called,\u201d he said.",
        ["We were promised a deal by Friday", "Friday came and went and nobody called"],
        id="en-over-two-paragraphs",
    ),
]

# What must not be a quote: scare quotes, titles of works, nicknames, headlines.
_NOT_QUOTES = [
    pytest.param(
        'Polisi menduga ada "uang pelicin" dalam proyek jembatan itu.',
        id="scare-quotes",
    ),
    pytest.param(
        "Film \u201cJejak di Pasir Putih\u201d tayang perdana di Bioskop Rakyat Lembang "
        "pada Sabtu malam.",
        id="film-title",
    ),
    pytest.param(
        "Novel \u2018Rumah di Ujung Senja\u2019 karya Laras Pertiwi masuk daftar pendek "
        "penghargaan sastra tahun ini.",
        id="novel-title-single-marks",
    ),
    pytest.param(
        "Striker berjuluk \u201cSi Kancil\u201d itu mencetak dua gol pada babak kedua.",
        id="nickname",
    ),
    pytest.param(
        'Berita berjudul "Warga Tolak Tambang Pasir di Hulu Sungai" itu viral di media '
        "sosial.",
        id="headline-in-body",
    ),
    pytest.param(
        "Lagu \u00abTanah Airku\u00bb dinyanyikan bersama di akhir upacara.",
        id="song-title-guillemets",
    ),
    pytest.param(
        "Warga menyebut tikungan itu 'tikungan maut' karena sering terjadi kecelakaan.",
        id="scare-quotes-single",
    ),
    pytest.param(
        "Jumat (4/12), 09:30 WIB\n\nHarga cabai rawit naik menjadi Rp 80.000 per "
        "kilogram di Pasar Baru.",
        id="a-time-is-no-label",
    ),
    pytest.param(
        "\u201cSaya Tidak Bersalah\n\nMantan kepala desa itu membantah semua tuduhan.",
        id="unclosed-headline",
    ),
    pytest.param(
        "JAKARTA - Harga beras naik 4 persen pekan ini.\n\n"
        "BANDUNG - Stok beras di gudang Bulog cukup sampai Maret.",
        id="datelines-are-no-labels",
    ),
    pytest.param(
        'Polisi menduga ada \u201cuang pelicin" dalam proyek jembatan itu.',
        id="scare-quotes-mixed-marks",
    ),
    pytest.param(
        'Layar berukuran 55" dan 65" dijual mulai Jumat di toko elektronik.',
        id="inch-marks",
    ),
    pytest.param(
        "Rincian bantuan dari pemerintah provinsi sebagai berikut:\n\n"
        "Beras 20 ton, mi instan 500 dus, dan selimut 1.000 lembar.",
        id="a-list-after-sebagai-berikut",
    ),
    pytest.param(
        "Dalam wawancara dengan Kabar Timur pekan lalu, Agus Salim menjelaskan jadwal "
        "pemilu.\n\nLalu, bagaimana dengan pemilih di luar negeri?\n\n"
        "KPU menyiapkan pos di 120 kota.\n\nPemungutan suara digelar 14 Februari.",
        id="one-question-after-an-interview-word",
    ),
    pytest.param(
        'Televisi berukuran 55", kata penjual di Pasar Baru, paling laris bulan ini.',
        id="an-inch-mark-before-kata",
    ),
    pytest.param(
        "Data Badan Pusat Statistik menunjukkan:\n\n"
        "Inflasi tahunan naik menjadi 3 persen pada November.",
        id="figures-shown-after-a-verb",
    ),
    pytest.param(
        "Polisi menjelaskan kronologi kejadian sebagai berikut:\n\n"
        "Pada pukul 21.00 pelaku masuk lewat jendela belakang rumah.",
        id="a-chronology-after-sebagai-berikut",
    ),
    pytest.param(
        "Pengajian Qur\u00b4an digelar di Masjid Raya Lembang setiap Kamis malam.",
        id="an-acute-apostrophe",
    ),
    pytest.param(
        "Catatan: artikel ini diperbarui pada pukul 14.00 dengan data terbaru.\n\n"
        "Jumlah pengungsi bertambah menjadi 1.200 orang.",
        id="a-note-label-is-no-answer",
    ),
]


def _shape_texts(text: str) -> list[str]:
    return [
        text[q.start : q.end].strip().rstrip(",.;:!?").strip()
        for q in find_quotes(text)
    ]


@pytest.mark.parametrize(("text", "expected"), _SHAPES)
def test_a_quote_shape_gives_the_words_an_editor_marks(text, expected):
    assert _shape_texts(text) == [e.rstrip(",.;:!?") for e in expected]


@pytest.mark.parametrize("text", _NOT_QUOTES)
def test_marks_that_are_no_speech_give_no_quote(text):
    assert _shape_texts(text) == []
