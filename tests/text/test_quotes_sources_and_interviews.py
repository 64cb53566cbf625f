"""Speakers of interviews, of documents and posts, and of Indonesian cue grammar.

Cases written before the rules were read, the way regional, national and
English sites print them: a Q&A whose answers belong to the interviewee (and
whose questions are nobody's quote), words quoted inside an answer, letters,
reports, assessments, written statements and social-media posts whose author
is named before or only after, 'ditanggapi/dibantah oleh X ... ujarnya', 'ujar
Kabid ... itu', and connectives ('Sementara', 'Adapun') kept out of names.
People, outlets and events are fictional.
"""

from __future__ import annotations

import pytest

from annotations.text.matching import same_person
from annotations.text.suggestions import detect


def _quotes(text: str):
    return [c for c in detect(text) if c.kind == "quote"]


def _speaker(text: str, words: str) -> str:
    """The suggested speaker of the shortest quote holding words."""
    found = [c for c in _quotes(text) if words in text[c.start : c.end]]
    assert found, (
        f"no quote holds {words!r}: {[text[c.start : c.end] for c in _quotes(text)]}"
    )
    return min(found, key=lambda c: c.end - c.start).speaker_text


def _right(got: str, names: tuple[str, ...]) -> bool:
    return any((not got and not n) or (n and same_person(got, n)) for n in names)


# --- interviews: the answers are the interviewee's --------------------------------

ID_TJ = (
    "Harga ikan di Teluk Sari anjlok sejak pabrik es tutup.\n\n"
    "Ketua Koperasi Nelayan Teluk Sari, Darmawan Lakoro, menerima Kabarpesisir.id "
    "di rumahnya, Selasa (1/12/2026). Berikut petikan wawancaranya.\n\n"
    "T: Berapa kapal yang masih melaut?\n"
    "J: Tinggal sepuluh. Yang lain sudah dijual ke Pak Haji Umar di Manado.\n\n"
    "T: Pak Bupati bilang pabrik es baru dibangun tahun depan.\n"
    "J: Janji itu sudah tiga kali kami dengar. Kami butuh es sekarang, bukan tahun depan.\n\n"
    "T: Apa yang paling dikhawatirkan anggota?\n"
    'J: Utang. Anak saya, Dimas, pernah bilang ke saya, "Saya tidak mau jadi nelayan." '
    "Itu yang paling berat.\n\n"
    "Dihubungi terpisah, Kepala Dinas Perikanan Kabupaten Teluk Sari, Rudi Sembiring, "
    'mengakui pabrik es rusak. "Kami sedang cari anggaran darurat," kata Rudi.\n'
)

ID_TANYA_JAWAB = (
    "Bupati Mitra Selatan, Yulius Rondonuwu, ditemui di kantornya di Amurang, Senin. "
    "Berikut wawancara lengkapnya.\n\n"
    "Tanya: Kapan jembatan Ranoyapo selesai?\n"
    "Jawab: Target kami akhir Juni. Kontraktornya sudah kami tegur dua kali.\n\n"
    "Tanya: Warga SD Negeri 3 Tondei mengeluh anak-anak harus menyeberang sungai.\n"
    "Jawab: Saya tahu. Untuk sementara kami sediakan perahu dan dua petugas.\n"
)

ID_LABELS = (
    "Festival Danau Lindu batal digelar tahun ini. Ketua panitia, Rusli Hasibuan, "
    "menjelaskan alasannya kepada Wartaselat.\n\n"
    "Wartaselat: Mengapa festival ini dibatalkan?\n\n"
    "Hasibuan: Cuaca. BMKG memperkirakan hujan lebat sepanjang pekan, kami tidak "
    "mau ambil risiko.\n\n"
    "Wartaselat: Bagaimana dengan pedagang yang sudah menyewa lapak?\n\n"
    "Hasibuan: Uang sewa kami kembalikan penuh mulai Senin.\n"
)

EN_QA = (
    "Harbourside Women stunned the league leaders on Sunday. Captain Imogen Tully "
    'scored twice. "We believed from the first whistle," Tully said.\n\n'
    "Head coach Priya Oyelowo-Banks was asked about the comeback. "
    "Oyelowo-Banks later spoke to reporters:\n\n"
    "Q: When did you think you could win it?\n"
    "A: Honestly? At half-time. Their legs had gone and you could see it.\n\n"
    "Q: What does the cup run mean for the club?\n"
    "A: It pays for a minibus. That's not glamour, that's survival.\n"
)

EN_LABELLED = (
    "Marguerite Whitcombe has run the Eastfold food bank for eleven years. She "
    "spoke to the Herald about the winter ahead. The interview has been edited "
    "for length and clarity.\n\n"
    "HERALD: How many families do you feed each week?\n\n"
    "WHITCOMBE: About four hundred now. Two years ago it was half that.\n\n"
    "HERALD: What do you need most?\n\n"
    "WHITCOMBE: Volunteers. My late husband used to say, \"Tins don't "
    'hand themselves out." He was right.\n'
)

ID_SCHOOL_AFTER_NAME = (
    "Ribuan guru honorer di Sulawesi Barat belum diangkat.\n\n"
    "Ketua Forum Guru Honorer Sulawesi Barat (FGHSB), Agustina Pasande, yang juga "
    "mengajar di SD Inpres Lembang Jaya selama 12 tahun, berbicara kepada Warta Guru "
    "di Mamuju, Senin. Berikut petikannya.\n\n"
    "T: Berapa honor Anda sebulan?\n"
    "J: Tiga ratus ribu. Itu pun dibayar tiga bulan sekali.\n\n"
    "T: Apa rencana forum?\n"
    "J: Kami ke DPRD pekan depan, membawa data.\n"
)

EN_HYPHENATED = (
    'Visiting manager Colm Reddan-Fitch was furious. "That was never a penalty," '
    "he said.\n\n"
    "Home manager Ines Marchetti-Lowe scored the winner as a player in 1998. Her "
    'captain, Joe Akande, was first to the bench. "We did it for her," Akande '
    "said.\n\n"
    "Marchetti-Lowe later spoke to reporters:\n\n"
    "Q: When did you believe?\n"
    "A: Honestly? When their keeper slipped. Before that I couldn't watch.\n\n"
    "Q: What does the money mean?\n"
    "A: A new boiler for the clubhouse. That's survival, not glamour.\n"
)

EN_DOTTED = (
    "Dr Helena Marsh-Obi runs the only burns unit in the county. We spoke to her "
    "about the winter.\n\n"
    "Q. How many beds do you have?\n"
    "A. Twelve. On a bad night we need twenty.\n\n"
    "Q. What would you ask the minister?\n"
    "A. Come and do a night shift.\n"
)

ID_INITIALS = (
    "Ketua Serikat Petani Garam Jeneponto, Andi Baso Rahman, menerima Suarapesisir "
    "di gudangnya. Berikut petikan wawancaranya.\n\n"
    "SP: Berapa harga garam sekarang?\n"
    "ABR: Tujuh ratus rupiah sekilo. Tahun lalu dua ribu.\n\n"
    "SP: Apa penyebabnya?\n"
    "ABR: Garam impor masuk saat kami panen.\n"
)

ID_OUTLET_LABEL_ONCE = (
    "Ketua Serikat Petani Garam Jeneponto, Andi Baso Rahman, menerima Suarapesisir "
    "di gudangnya. Berikut petikan wawancaranya.\n\n"
    "Suarapesisir (SP): Berapa harga garam sekarang?\n"
    "Andi: Tujuh ratus rupiah sekilo. Tahun lalu dua ribu.\n\n"
    "SP: Apa penyebabnya?\n"
    "Andi: Garam impor masuk saat kami panen.\n"
)

ID_NARRATIVE_ASKED = (
    "Ketua DPRD Kota Bitung, Lestari Mamuaya, hadir dalam rapat itu.\n\n"
    'Ketika wartawan bertanya, "Apakah Ibu akan maju lagi tahun depan?", '
    "Lestari hanya tersenyum.\n\n"
    'Ditanya soal anggaran pasar, ia menjawab singkat, "Sudah kami sahkan."\n'
)


@pytest.mark.parametrize(
    ("text", "words", "names"),
    [
        (ID_TJ, "Tinggal sepuluh", ("Darmawan Lakoro",)),
        (ID_TJ, "Janji itu sudah tiga kali", ("Darmawan Lakoro",)),
        (ID_TJ, "Utang. Anak saya", ("Darmawan Lakoro",)),
        (ID_TJ, "Saya tidak mau jadi nelayan", ("Dimas",)),
        (ID_TJ, "Kami sedang cari anggaran darurat", ("Rudi Sembiring",)),
        (ID_TANYA_JAWAB, "Target kami akhir Juni", ("Yulius Rondonuwu",)),
        (ID_TANYA_JAWAB, "Saya tahu. Untuk sementara", ("Yulius Rondonuwu",)),
        (ID_LABELS, "Cuaca. BMKG", ("Rusli Hasibuan",)),
        (ID_LABELS, "Uang sewa kami kembalikan", ("Rusli Hasibuan",)),
        (EN_QA, "We believed from the first whistle", ("Imogen Tully",)),
        (EN_QA, "Honestly? At half-time", ("Priya Oyelowo-Banks",)),
        (EN_QA, "It pays for a minibus", ("Priya Oyelowo-Banks",)),
        (EN_LABELLED, "About four hundred now", ("Marguerite Whitcombe",)),
        (EN_LABELLED, "Volunteers. My late husband", ("Marguerite Whitcombe",)),
        (EN_LABELLED, "hand themselves out", ("",)),
        (ID_NARRATIVE_ASKED, "Sudah kami sahkan", ("Lestari Mamuaya",)),
        (ID_SCHOOL_AFTER_NAME, "Tiga ratus ribu", ("Agustina Pasande",)),
        (ID_SCHOOL_AFTER_NAME, "Kami ke DPRD pekan depan", ("Agustina Pasande",)),
        (EN_HYPHENATED, "Honestly? When their keeper", ("Ines Marchetti-Lowe",)),
        (EN_HYPHENATED, "A new boiler", ("Ines Marchetti-Lowe",)),
        (EN_HYPHENATED, "We did it for her", ("Joe Akande",)),
        (EN_DOTTED, "Twelve. On a bad night", ("Helena Marsh-Obi",)),
        (EN_DOTTED, "Come and do a night shift", ("Helena Marsh-Obi",)),
        (ID_INITIALS, "Tujuh ratus rupiah", ("Andi Baso Rahman",)),
        (ID_INITIALS, "Garam impor masuk", ("Andi Baso Rahman",)),
        (ID_OUTLET_LABEL_ONCE, "Tujuh ratus rupiah", ("Andi Baso Rahman",)),
        (ID_OUTLET_LABEL_ONCE, "Garam impor masuk", ("Andi Baso Rahman",)),
    ],
)
def test_interview_answers_and_words_inside_them(text, words, names):
    got = _speaker(text, words)
    assert _right(got, names), got


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (ID_TJ, "Berapa kapal yang masih melaut?"),
        (ID_TJ, "Pak Bupati bilang pabrik es"),
        (ID_TANYA_JAWAB, "Kapan jembatan Ranoyapo selesai?"),
        (ID_LABELS, "Mengapa festival ini dibatalkan?"),
        (EN_QA, "When did you think you could win it?"),
        (EN_LABELLED, "How many families do you feed each week?"),
        (EN_DOTTED, "How many beds do you have?"),
        (ID_INITIALS, "Apa penyebabnya?"),
        (ID_OUTLET_LABEL_ONCE, "Apa penyebabnya?"),
    ],
)
def test_interview_questions_are_not_quotes(text, question):
    at = text.index(question)
    spans = [(c.start, c.end) for c in _quotes(text)]
    assert not [s for s in spans if s[0] < at + len(question) and at < s[1]]


def test_the_answer_label_letter_with_a_period_is_no_part_of_the_answer():
    spans = [EN_DOTTED[c.start : c.end] for c in _quotes(EN_DOTTED)]
    assert spans == [
        "Twelve. On a bad night we need twenty.",
        "Come and do a night shift.",
    ]


def test_a_question_put_in_marks_is_not_the_interviewee_s():
    got = _speaker(ID_NARRATIVE_ASKED, "Apakah Ibu akan maju lagi")
    assert not same_person(got, "Lestari Mamuaya")


# --- documents, letters, reports, statements and posts -----------------------------

SOURCES = [
    # A circular of a named office, quoted with 'demikian bunyi'.
    (
        "Dinas Kesehatan Kabupaten Lembah Hijau mengeluarkan surat edaran pada Senin. "
        '"Seluruh puskesmas wajib siaga 24 jam selama libur Natal," demikian bunyi '
        "surat edaran tersebut.",
        "Seluruh puskesmas wajib siaga",
        ("Dinas Kesehatan Kabupaten Lembah Hijau",),
    ),
    # A letter signed by a named person: the signer.
    (
        "Surat bertanggal 3 November itu ditandatangani Direktur RSUD Sinar Kasih, "
        'dr. Maria Lengkong. "Pasien BPJS tetap dilayani seperti biasa," demikian isi '
        "surat tersebut.",
        "Pasien BPJS tetap dilayani",
        ("Maria Lengkong",),
    ),
    (
        "Kepala Desa Watu Asa, Yohanes Bili, mengirim surat ke bupati pekan lalu. "
        'Dalam surat itu ia menulis, "Kami mohon bantuan alat berat secepatnya."',
        "Kami mohon bantuan alat berat",
        ("Yohanes Bili",),
    ),
    # A report of a named body.
    (
        "Laporan Ombudsman Perwakilan Sulawesi Barat yang dirilis pekan lalu mencatat "
        '41 aduan soal pungutan sekolah. "Sebagian besar pungutan tidak punya dasar '
        'hukum," tulis laporan itu.',
        "Sebagian besar pungutan",
        ("Ombudsman Perwakilan Sulawesi Barat", "Ombudsman"),
    ),
    # A post whose owner is named only in the next paragraph.
    (
        "Video genangan di Jalan Cempaka diunggah akun TikTok @si_ujang_kocak sejak "
        'Selasa. "Jalan kami lebih mirip kolam ikan, Pak Wali," tulis pemilik akun '
        "dalam keterangan videonya.\n\n"
        "Pemilik akun, Ujang Permana (24), saat dihubungi membenarkan video itu "
        'miliknya. "Saya cuma ingin jalannya diperbaiki," ujarnya.',
        "Jalan kami lebih mirip kolam ikan",
        ("Ujang Permana",),
    ),
    (
        "Video genangan di Jalan Cempaka diunggah akun TikTok @si_ujang_kocak sejak "
        'Selasa. "Jalan kami lebih mirip kolam ikan, Pak Wali," tulis pemilik akun '
        "dalam keterangan videonya.\n\n"
        "Pemilik akun, Ujang Permana (24), saat dihubungi membenarkan video itu "
        'miliknya. "Saya cuma ingin jalannya diperbaiki," ujarnya.',
        "Saya cuma ingin jalannya diperbaiki",
        ("Ujang Permana",),
    ),
    # A post whose owner is named before.
    (
        "Warga Kelurahan Bukit Indah, Sinta Maharani, mengunggah foto banjir di akun "
        'Facebook miliknya. "Sudah tiga kali tahun ini, rumah kami kebanjiran," tulisnya.',
        "Sudah tiga kali tahun ini",
        ("Sinta Maharani",),
    ),
    # An office's own account.
    (
        "Dinas Perhubungan Kota Maju mengumumkan penutupan Jalan Merdeka melalui akun "
        'Instagram resminya, @dishub_kotamaju. "Mohon maaf atas ketidaknyamanan ini," '
        "tulis akun tersebut.",
        "Mohon maaf atas ketidaknyamanan",
        ("Dinas Perhubungan Kota Maju",),
    ),
    (
        "Dalam unggahan akun @dishub_kotamaju, Dinas Perhubungan Kota Maju menulis "
        '"jalan ditutup sampai pukul 22.00".',
        "jalan ditutup sampai",
        ("Dinas Perhubungan Kota Maju",),
    ),
    # A written statement of a company.
    (
        "Dalam keterangan tertulisnya, PT Samudra Pangan Lestari menyatakan perusahaan "
        '"tidak pernah membuang limbah ke sungai".',
        "tidak pernah membuang limbah",
        ("PT Samudra Pangan Lestari",),
    ),
    # A statement whose signer is named after it.
    (
        'Yayasan Cahaya Bangsa akhirnya buka suara. "Kami menolak seluruh tuduhan '
        'itu," demikian pernyataan tertulis yang diterima redaksi, Senin. Pernyataan '
        "itu ditandatangani Ketua Yayasan Cahaya Bangsa, Hendrik Sumampouw.",
        "Kami menolak seluruh tuduhan",
        ("Hendrik Sumampouw", "Yayasan Cahaya Bangsa"),
    ),
    # English: an assessment of a named institute.
    (
        "The advice comes from the Coastal Fisheries Institute, whose latest "
        'assessment found the stock had fallen by a third. "Recovery is unlikely '
        'before 2030," the assessment states.',
        "Recovery is unlikely",
        ("Coastal Fisheries Institute",),
    ),
    # A letter from a body named only in the next sentence.
    (
        "A letter seen by the Gazette, sent by the project's main contractor to "
        'councillors in March, warned that "delays are now likely across the '
        'scheme". The contractor, Harwick Civil Engineering, declined to comment.',
        "delays are now likely",
        ("Harwick Civil Engineering",),
    ),
    # A letter signed by a named person.
    (
        "Parents received the letter on Friday. The letter, signed by headteacher "
        'Dana Whitlock, read: "We cannot keep the building open safely."',
        "We cannot keep the building open",
        ("Dana Whitlock",),
    ),
    # Posts of a person and of a club.
    (
        'In a post on X, the mayor, Lena Hartigan, wrote: "Bins will be collected '
        'on Saturday."',
        "Bins will be collected",
        ("Lena Hartigan",),
    ),
    (
        "Brockwell Rovers posted on their official account after the match: "
        '"Gutted. Proud of the lads. We go again on Tuesday."',
        "Gutted. Proud of the lads",
        ("Brockwell Rovers",),
    ),
    # A report of a named trust.
    (
        "The report, published by the Nettlefield Housing Trust on Monday, says "
        '"one in four homes in the borough is damp".',
        "one in four homes",
        ("Nettlefield Housing Trust",),
    ),
    # A caption posted by a named resident.
    (
        "A video posted by resident Tomasz Reyes shows water up to the doors. The "
        'caption read: "This is our street after one hour of rain."',
        "This is our street",
        ("Tomasz Reyes",),
    ),
    # A post read by "it", its writer named before.
    (
        "The post, shared 4,000 times, was written by nurse Ayla Brennan. "
        '"We are exhausted," it read.',
        "We are exhausted",
        ("Ayla Brennan",),
    ),
    # "Isinya": the wording of the letter just named, by its signer.
    (
        "Surat itu diteken Bupati Sangihe, Markus Tatali. Isinya antara lain: "
        '"Sekolah libur tiga hari."',
        "Sekolah libur tiga hari",
        ("Markus Tatali",),
    ),
    # A recommendation of a named body.
    (
        'Rekomendasi Ombudsman RI menyebut pemerintah kota "lalai mengawasi".',
        "lalai mengawasi",
        ("Ombudsman RI",),
    ),
    # 'cuit' on a person's account.
    (
        '"Jalan ini rusak parah," cuit Wali Kota Bitung, Max Lomban, di akun X '
        "miliknya.",
        "Jalan ini rusak parah",
        ("Max Lomban",),
    ),
    # A document an outlet obtained: its author unnamed, the outlet is not it.
    (
        "Dokumen yang diperoleh Kabarpesisir menunjukkan dinas sudah tahu sejak Mei. "
        '"Air limbah melebihi baku mutu," tulis dokumen itu.',
        "Air limbah melebihi",
        ("",),
    ),
    # A document whose author the article never names.
    (
        "The kitchen was closed last week. According to the inspection report, the "
        'floor was "visibly dirty" and the fridges were warm.',
        "visibly dirty",
        ("",),
    ),
]


@pytest.mark.parametrize(("text", "words", "names"), SOURCES)
def test_documents_statements_and_posts_speak_for_their_author(text, words, names):
    got = _speaker(text, words)
    assert _right(got, names), got


# --- Indonesian cue grammar ---------------------------------------------------------

GRAMMAR = [
    # 'ditanggapi/dibantah/ditepis/dibenarkan oleh X. "...," ujarnya': X, not the man before.
    (
        "Kepala Desa Ranoketang, Frans Mokoagow, menyebut dana desa sudah dipakai "
        'untuk jalan. "Semua ada laporannya," kata Frans.\n\n'
        "Pernyataan itu ditanggapi dingin oleh Ketua BPD, Melati Pangemanan. "
        '"Itu janji lama," ujarnya.',
        "Itu janji lama",
        ("Melati Pangemanan",),
    ),
    (
        "Camat Lore, Hasan Bungku, hadir dalam pertemuan itu bersama Kepala Desa "
        'Tomado, Robert Tandi. "Kami sudah tiga kali lapor," kata Robert.\n\n'
        'Hal itu ditepis oleh Hasan. "Laporannya baru masuk pekan lalu," ujarnya.',
        "Laporannya baru masuk",
        ("Hasan Bungku",),
    ),
    (
        "Warga menuding perusahaan membuang limbah ke Sungai Ranowangko. "
        '"Airnya hitam sejak Oktober," kata tokoh warga, Yoppy Kandou.\n\n'
        "Tudingan itu dibantah oleh Direktur PT Minahasa Agro Pangan, Gunawan "
        'Sitepu. "Kami punya izin pembuangan lengkap," ujarnya.',
        "Kami punya izin pembuangan",
        ("Gunawan Sitepu",),
    ),
    (
        'Kakak korban, Wenny Rumengan, menyebut adiknya dipukul. "Ia pulang dengan '
        'wajah lebam," kata Wenny.\n\n'
        'Kabar itu dibenarkan Kapolsek Tondano, Iptu Marthen Rumondor. "Benar, '
        'pelaku sudah kami amankan," ujarnya.',
        "pelaku sudah kami amankan",
        ("Marthen Rumondor",),
    ),
    (
        'Bendahara desa, Yanti Lolong, disebut tidak hadir. "Saya sakit," kata '
        'Yanti.\n\nPernyataan itu dibantah Sekretaris Desa, Novi Kalangi. "Tidak '
        'ada dana yang hilang," katanya.',
        "Tidak ada dana yang hilang",
        ("Novi Kalangi",),
    ),
    # The one who answers, named by a first name only, after someone else quoted.
    (
        "Ketua Kelompok Tani Sumber Rejeki, Fransiska Rondo Wenas, menilai bantuan "
        "terlambat. Dihubungi terpisah, Kepala Dinas Pertanian, Samuel Tumbel, "
        'membantah. "Bantuan sudah cair sejak Oktober," kata Samuel. Menurut Samuel, '
        "300 petani sudah menerimanya.\n\n"
        'Pernyataan itu ditanggapi dingin oleh Fransiska. "Kami belum terima '
        'sekarung pun," ujarnya.',
        "Kami belum terima sekarung",
        ("Fransiska Rondo Wenas",),
    ),
    (
        'Warga Kelurahan Girian mengeluhkan lampu jalan padam. "Sudah sebulan '
        'gelap," kata Ketua RT, Yohanis Sumual.\n\nKeluhan itu direspons oleh Wali '
        'Kota Bitung, Max Lomban. "Besok petugas turun," katanya.',
        "Besok petugas turun",
        ("Max Lomban",),
    ),
    # The agent after 'oleh', not the one spoken to.
    (
        "Ketua kelompok tani, Rudi Hartanto, datang ke pendopo. Kritik itu "
        'disampaikan oleh Rudi kepada Bupati Salmon Ratu. "Bupati harus turun ke '
        'sawah," ujarnya.',
        "Bupati harus turun",
        ("Rudi Hartanto",),
    ),
    # 'ujar Kabid ... itu': the person named with that role.
    (
        "Kepala Dinas Kesehatan Kota Palu, dr. Ani Rahmawati, mengatakan stok vaksin "
        'cukup. "Tidak perlu panik," kata Kepala Dinas Kesehatan itu.',
        "Tidak perlu panik",
        ("Ani Rahmawati",),
    ),
    (
        "Ketua KPU Kabupaten Sangir, Lodewijk Pasuma, menyebut logistik aman. "
        "Sementara Ketua Bawaslu Sangir, Grace Manopo, meminta pengawasan diperketat. "
        '"Kotak suara sudah tiba di semua kecamatan," ujar Ketua KPU itu.',
        "Kotak suara sudah tiba",
        ("Lodewijk Pasuma",),
    ),
    (
        "Pelatih Persikota, Bambang Nurdin, kecewa dengan wasit. Kapten tim, Agus "
        'Salim Harahap, memilih diam. "Kami dirampok di kandang sendiri," ujar '
        "pelatih asal Medan itu.",
        "Kami dirampok",
        ("Bambang Nurdin",),
    ),
    # Connectives that open the sentence are not part of the name.
    (
        'Sementara Kepala Dinas Kesehatan, dr. Ani Rahma, mengatakan, "Stok obat aman '
        'sampai Maret."',
        "Stok obat aman",
        ("Ani Rahma",),
    ),
    (
        'Adapun Ketua DPRD Yohanes Mamahit menegaskan, "Anggaran sudah disahkan."',
        "Anggaran sudah disahkan",
        ("Yohanes Mamahit",),
    ),
    (
        'Sedangkan Bupati Sangihe, Markus Tatali, berkata, "Kami akan evaluasi."',
        "Kami akan evaluasi",
        ("Markus Tatali",),
    ),
    (
        "Namun Rektor Universitas Lembah Biru, Prof. Hana Siwi, menilai kebijakan itu "
        '"terburu-buru dan tanpa kajian".',
        "terburu-buru dan tanpa kajian",
        ("Hana Siwi",),
    ),
    (
        "Sementara itu, PT Laut Biru Sejahtera dalam rilisnya menyebut kapal mereka "
        '"tidak melanggar zona tangkap".',
        "tidak melanggar zona tangkap",
        ("PT Laut Biru Sejahtera",),
    ),
    (
        "Sementara Badan Pertanahan Nasional (BPN) Kabupaten Sorong, dalam keterangan "
        'tertulis, menyebut proses sertifikasi berjalan "sesuai prosedur".',
        "sesuai prosedur",
        (
            "Badan Pertanahan Nasional Kabupaten Sorong",
            "BPN Kabupaten Sorong",
            "Badan Pertanahan Nasional (BPN) Kabupaten Sorong",
        ),
    ),
    (
        "Kepala Bidang Bina Marga Dinas PUPR Kabupaten Seluma, Ir. Bonar Tambunan, "
        'menyebut lelang dimulai Januari. "Targetnya April sudah mulus," ujar Kabid '
        "Bina Marga itu.",
        "Targetnya April sudah mulus",
        ("Bonar Tambunan",),
    ),
    (
        "Kepala Satuan Reserse Kriminal (Kasatreskrim) Polres Tomohon, AKP Deddy "
        'Lumowa, memastikan kasus itu naik ke penyidikan. "Dua saksi sudah kami '
        'periksa," ujar Kasatreskrim itu.',
        "Dua saksi sudah kami",
        ("Deddy Lumowa",),
    ),
    (
        "Kepala Bidang Perikanan Tangkap Dinas Perikanan Kabupaten Lembah Biru, "
        'Yuliana Sarapang, turun ke lokasi. "Kami ambil sampel air," kata Kabid '
        "Perikanan Tangkap itu.",
        "Kami ambil sampel air",
        ("Yuliana Sarapang",),
    ),
    (
        'Adapun Dinas Lingkungan Hidup (DLH) Pesisir Rebah menyatakan, "Hasil uji '
        'keluar pekan depan."',
        "Hasil uji keluar",
        (
            "Dinas Lingkungan Hidup Pesisir Rebah",
            "DLH Pesisir Rebah",
            "Dinas Lingkungan Hidup (DLH) Pesisir Rebah",
        ),
    ),
    (
        'Sedangkan Polres Minahasa Utara menyebut kasus itu "masih didalami penyidik".',
        "masih didalami penyidik",
        ("Polres Minahasa Utara",),
    ),
]


@pytest.mark.parametrize(("text", "words", "names"), GRAMMAR)
def test_indonesian_cue_grammar(text, words, names):
    got = _speaker(text, words)
    assert _right(got, names), got


@pytest.mark.parametrize(
    "text",
    [
        'Sementara Kepala Dinas Kesehatan, dr. Ani Rahma, mengatakan, "Stok aman."',
        'Adapun Ketua DPRD Yohanes Mamahit menegaskan, "Anggaran sudah disahkan."',
        "Sementara Badan Pertanahan Nasional (BPN) Kabupaten Sorong menyebut proses "
        'berjalan "sesuai prosedur".',
        'Namun PT Laut Biru Sejahtera membantah: "Kapal kami di luar zona."',
        'Sedangkan Polres Minahasa Utara menyebut kasus itu "masih didalami".',
    ],
)
def test_connectives_never_open_a_speaker_name(text):
    for c in _quotes(text):
        first = c.speaker_text.split()[0] if c.speaker_text else ""
        assert first not in {"Sementara", "Adapun", "Sedangkan", "Namun"}, (
            c.speaker_text
        )


# --- a second batch, written after the first landed --------------------------------

MORE = [
    (
        "Our reporter Rachel Obi spoke to Tom Varga, who has farmed the valley for forty years.\n\nRachel Obi: How bad is the drought?\n\nTom Varga: The worst I have seen. The river is a path now.\n\nRachel Obi: Will you sell?\n\nTom Varga: Never. My father is buried here.\n",
        "The worst I have seen",
        ("Tom Varga",),
    ),
    (
        "Maya Okonjo runs the Eastside night shelter. She spoke to the Courier.\n\nCourier: How full are you?\nMaya: Full every night since October.\n\nCourier: What do you need?\nMaya: Blankets and volunteers.\n",
        "Full every night",
        ("Maya Okonjo",),
    ),
    (
        "The minister held a press conference in Palu on Monday. Part of the exchange:\n\nReporter: Will the port reopen this week?\n\nMinister Hana Lapadji: Yes, on Thursday, if the inspectors agree.\n\nReporter: And the compensation?\n\nMinister Hana Lapadji: It will be paid in January.\n",
        "Yes, on Thursday",
        ("Hana Lapadji",),
    ),
    (
        'Ketua Koperasi Garam, Andi Baso Rahman, menerima Suarapesisir. Berikut petikan wawancaranya.\n\nT: Anda disebut "raja garam" di Jeneponto. Benar?\nJ: Itu julukan orang saja. Saya petani biasa.\n\nT: Berapa luas tambak Anda?\nJ: Dua hektare.\n',
        "Itu julukan orang saja",
        ("Andi Baso Rahman",),
    ),
    (
        'Menurut laporan Badan Pusat Statistik (BPS) Sulawesi Utara, angka kemiskinan "naik tipis dibanding Maret".',
        "naik tipis",
        (
            "Badan Pusat Statistik Sulawesi Utara",
            "BPS Sulawesi Utara",
            "Badan Pusat Statistik (BPS) Sulawesi Utara",
        ),
    ),
    (
        'Berdasarkan hasil audit Inspektorat Kabupaten Bolaang, "terdapat kelebihan bayar Rp 1,2 miliar" dalam proyek itu.',
        "terdapat kelebihan bayar",
        ("Inspektorat Kabupaten Bolaang",),
    ),
    (
        'Ashby Borough Council closed the bridge on Friday. According to the council\'s own risk register, the bridge was "at high risk of failure" as early as 2023.',
        "at high risk of failure",
        ("Ashby Borough Council",),
    ),
    (
        'The inquest heard a statement from the driver, Paul Mensah, in which he said: "I never saw her."',
        "I never saw her",
        ("Paul Mensah",),
    ),
    (
        'In its annual report, the Harbour Trust said fishing "has reached a tipping point".',
        "has reached a tipping point",
        ("Harbour Trust",),
    ),
    (
        'Kepala Bidang Pengairan Dinas PUPR Kabupaten Seluma, Bonar Tambunan, meninjau lokasi. "Tanggulnya harus ditinggikan," kata Kabid Pengairan itu.',
        "Tanggulnya harus",
        ("Bonar Tambunan",),
    ),
    (
        'Sekretaris Desa (Sekdes) Lamo, Novi Kalangi, membenarkan kabar itu. "Dana sudah kami kembalikan," ujar Sekdes itu.',
        "Dana sudah kami kembalikan",
        ("Novi Kalangi",),
    ),
    (
        'Kepala Dinas PUPR Kabupaten Seluma, Bonar Tambunan, menyebut lelang dimulai Januari. Ketua DPRD Seluma, Hendra Situmorang, meragukannya. "Kami sudah siapkan dananya," kata Kadis PUPR itu.',
        "Kami sudah siapkan dananya",
        ("Bonar Tambunan",),
    ),
    (
        'Menanggapi hal itu, Kepala Dinas Sosial Kota Palu, Rahmat Lamadjido, mengatakan, "Bantuan sudah kami salurkan."',
        "Bantuan sudah kami salurkan",
        ("Rahmat Lamadjido",),
    ),
    (
        'Terpisah, Kapolres Sangihe, AKBP Dedy Mokodompit, mengatakan, "Tiga orang sudah kami periksa."',
        "Tiga orang sudah kami periksa",
        ("Dedy Mokodompit",),
    ),
    (
        'Dikonfirmasi terpisah, Direktur PDAM Tirta Lestari, Joni Sumolang, menyebut, "Pipa induk bocor."',
        "Pipa induk bocor",
        ("Joni Sumolang",),
    ),
    (
        'Di sisi lain, Badan Pengawas Obat dan Makanan (BPOM) Manado menyatakan produk itu "tidak terdaftar".',
        "tidak terdaftar",
        (
            "Badan Pengawas Obat dan Makanan Manado",
            "BPOM Manado",
            "Badan Pengawas Obat dan Makanan (BPOM) Manado",
        ),
    ),
    (
        'Lebih lanjut, Ketua Bawaslu Sangihe, Grace Manopo, mengatakan, "Kami temukan 12 pelanggaran."',
        "Kami temukan 12 pelanggaran",
        ("Grace Manopo",),
    ),
    (
        'Selain itu, Dinas Kesehatan Kota Bitung dalam rilisnya menyebut kasus DBD "menurun tajam".',
        "menurun tajam",
        ("Dinas Kesehatan Kota Bitung",),
    ),
    (
        'Padahal, Kepala Desa Lamo, Arif Wenas, sebelumnya berjanji, "Jalan selesai Agustus."',
        "Jalan selesai Agustus",
        ("Arif Wenas",),
    ),
    (
        'Namun, pengacara keluarga korban, Stevanus Rompas, menilai polisi "lamban".',
        "lamban",
        ("Stevanus Rompas",),
    ),
    (
        'Ketua RT 03, Yohanis Sumual, menyebut warga sudah lapor. Pria yang juga Ketua RT itu menambahkan, "Lampu mati sebulan."',
        "Lampu mati sebulan",
        ("Yohanis Sumual",),
    ),
    (
        'Warga Girian, Ria Mandagi, mengunggah foto jalan berlubang di Facebook. Unggahannya dibagikan 2.000 kali. "Tolong diperbaiki sebelum ada korban," tulis Ria dalam unggahan itu.',
        "Tolong diperbaiki",
        ("Ria Mandagi",),
    ),
    (
        'Unggahan akun Instagram milik Rara Anggun, penyanyi asal Manado, ramai dikomentari. "Terima kasih untuk doanya," tulis Rara dalam takarir.',
        "Terima kasih untuk doanya",
        ("Rara Anggun",),
    ),
    (
        'The statement, issued by Kestrel Water\'s chief executive, Ian Hollis, said the utility "deeply regrets" the outage.',
        "deeply regrets",
        ("Ian Hollis", "Kestrel Water"),
    ),
    (
        'Parents were told in an email from the school, Greyfriars Academy, that lessons would move online. "We apologise for the short notice," the email said.',
        "We apologise",
        ("Greyfriars Academy",),
    ),
    (
        'The ruling by Judge Amara Castell ran to 40 pages. "The council acted unlawfully," she wrote.',
        "The council acted unlawfully",
        ("Amara Castell",),
    ),
    (
        'Pemkab Sangihe melalui Kepala Bagian Humas, Meiske Tatimu, menyampaikan permintaan maaf. "Kami akan evaluasi," ujarnya.',
        "Kami akan evaluasi",
        ("Meiske Tatimu",),
    ),
    (
        'Surat keberatan warga ditujukan kepada Bupati Sangihe. "Kami menolak tambang emas di kampung kami," tulis warga dalam surat itu.',
        "Kami menolak tambang emas",
        ("",),
    ),
]


@pytest.mark.parametrize(("text", "words", "names"), MORE)
def test_more_interviews_documents_and_cue_grammar(text, words, names):
    got = _speaker(text, words)
    assert _right(got, names), got


# --- a third batch: upper-case and role labels, answers in marks after questions,
# documents quoted by 'petikan', possessed or read aloud, connectives with commas --

THIRD = [
    (
        "Kepala Dinas Perikanan Sangihe, Rudi Mamuaja, menerima kami di kantornya. Berikut petikannya.\n\nTANYA: Berapa kapal yang rusak?\nJAWAB: Empat puluh dua. Sebagian besar milik nelayan kecil.\n\nTANYA: Kapan bantuan datang?\nJAWAB: Pekan depan.\n",
        "Empat puluh dua",
        ("Rudi Mamuaja",),
    ),
    (
        "Banjir merendam Tahuna selama tiga hari. Berikut wawancara Kabarsangihe dengan Kepala BPBD Sangihe, Rivo Pontoh:\n\nT: Berapa warga mengungsi?\nJ: Sekitar 1.200 jiwa, di enam titik.\n\nT: Apa yang paling dibutuhkan?\nJ: Air bersih dan selimut.\n",
        "Sekitar 1.200 jiwa",
        ("Rivo Pontoh",),
    ),
    (
        'Kepala Sekolah SMA Negeri 1 Tahuna, Helena Pangalila, berbicara kepada kami tentang gedung yang rusak.\n\nBerapa ruang kelas yang rusak?\n\n"Enam. Dua di antaranya tidak bisa dipakai sama sekali."\n\nDi mana siswa belajar sekarang?\n\n"Di aula dan di gereja sebelah."\n',
        "Di aula dan di gereja",
        ("Helena Pangalila",),
    ),
    (
        "Sidang lanjutan kasus dana desa Lenganeng digelar Senin. Saksi, Meiske Tatimu, bendahara desa, dicecar hakim.\n\nHakim: Siapa yang menyuruh Anda mencairkan dana?\n\nSaksi: Kepala desa, Yang Mulia. Saya hanya menjalankan perintah.\n\nHakim: Ada bukti tertulis?\n\nSaksi: Tidak ada. Semuanya lisan.\n",
        "Kepala desa, Yang Mulia",
        ("Meiske Tatimu",),
    ),
    (
        '"Kami minta DPRD menunda pembahasan," demikian petikan surat Bupati Sangihe, Markus Tatali, kepada DPRD.',
        "Kami minta DPRD menunda",
        ("Markus Tatali",),
    ),
    (
        'Isi pesan WhatsApp yang diterima Kabarsangihe dari Kepala Desa Lamo, Arif Wenas, berbunyi: "Jalan akan diperbaiki pakai dana desa."',
        "Jalan akan diperbaiki",
        ("Arif Wenas",),
    ),
    (
        'Boats stayed in harbour on Tuesday. "No vessel may leave before noon," the notice said. It was signed by the harbourmaster, Cal Pryor.',
        "No vessel may leave",
        ("Cal Pryor",),
    ),
    (
        'The minutes of the meeting, seen by the Courier, record the chairman, Rob Haines, saying: "We cannot afford a new pavilion."',
        "We cannot afford a new pavilion",
        ("Rob Haines",),
    ),
    (
        'A WhatsApp message sent by the club secretary, Joan Evans, to members read: "Training is cancelled until the pitch dries."',
        "Training is cancelled",
        ("Joan Evans",),
    ),
    (
        'Akun resmi Pemkab Sangihe, @pemkabsangihe, mengunggah pengumuman pada Senin malam. "Sekolah diliburkan sampai Rabu," tulis akun itu.',
        "Sekolah diliburkan",
        ("Pemkab Sangihe",),
    ),
    (
        'The Environment Agency\'s assessment, published in May, warned that the dam was "in poor condition".',
        "in poor condition",
        ("Environment Agency",),
    ),
    (
        'Kabar itu dibenarkan oleh Sekretaris Camat, Yanti Lolong, saat dikonfirmasi. Menurutnya, "semua berkas sudah lengkap".',
        "semua berkas sudah lengkap",
        ("Yanti Lolong",),
    ),
    (
        'Kepala Dinas Kesehatan Kota Bitung, dr. Grace Rumengan, meninjau puskesmas. "Stok obat cukup sampai Maret," ujar Kepala Dinas Kesehatan Kota Bitung itu.',
        "Stok obat cukup",
        ("Grace Rumengan",),
    ),
    (
        'Mantan Kepala Desa Lamo, Arif Wenas, hadir sebagai saksi. Kepala desa sekarang, Novi Kalangi, tidak datang. "Saya tidak pernah menandatangani kuitansi itu," ujar mantan Kepala Desa Lamo itu.',
        "Saya tidak pernah menandatangani",
        ("Arif Wenas",),
    ),
    (
        'Adapun menurut Kepala BPBD Sangihe, Rivo Pontoh, air "mulai surut sejak pagi".',
        "mulai surut",
        ("Rivo Pontoh",),
    ),
    (
        'Namun demikian, Kepala Dinas Sosial, Rahmat Lamadjido, mengatakan, "Bantuan tetap jalan."',
        "Bantuan tetap jalan",
        ("Rahmat Lamadjido",),
    ),
    (
        'Meski begitu, Ketua DPRD Sangihe, Yohanes Mamahit, menegaskan, "Kami tetap awasi."',
        "Kami tetap awasi",
        ("Yohanes Mamahit",),
    ),
    (
        'Kendati demikian, PT Laut Biru Sejahtera dalam keterangannya menyebut kapal itu "sudah berizin".',
        "sudah berizin",
        ("PT Laut Biru Sejahtera",),
    ),
    (
        'Dalam video berdurasi dua menit yang diunggah di akun TikTok miliknya, Rina Kalalo, guru honorer di Tahuna, menangis. "Gaji saya tiga bulan belum dibayar," katanya dalam video itu.',
        "Gaji saya tiga bulan",
        ("Rina Kalalo",),
    ),
    (
        'A statement posted on the club\'s website, signed by chairman Reg Tillotson, said: "We will appeal."',
        "We will appeal",
        ("Reg Tillotson",),
    ),
    (
        'According to a report by the Fenwick Water Trust, the river is "failing on every measure".',
        "failing on every measure",
        ("Fenwick Water Trust",),
    ),
]


@pytest.mark.parametrize(("text", "words", "names"), THIRD)
def test_third_batch(text, words, names):
    got = _speaker(text, words)
    assert _right(got, names), got


def test_a_court_transcript_s_questions_are_not_the_witness_s():
    text = THIRD[3][0]
    assert "Hakim" in text
    for question in ("Siapa yang menyuruh Anda", "Ada bukti tertulis?"):
        at = text.index(question)
        assert not [c for c in _quotes(text) if c.start <= at < c.end]


# --- a fourth batch: documents owned ('Its report', 'A council report'), read
# aloud with nobody named, released the sentence before, 'Demikian isi surat' -----

FOURTH = [
    (
        'Tenants were told on Friday. The letter, from the council\'s chief executive, Mark Oduya, said: "We will rehouse every family by March."',
        "We will rehouse every family",
        ("Mark Oduya",),
    ),
    (
        'The Care Standards Commission inspected Elm Lodge in March. Its report concluded: "The home failed to protect residents from harm."',
        "The home failed to protect",
        ("Care Standards Commission",),
    ),
    (
        'Ashby Borough Council wants to close two libraries. A council report, to be discussed on Tuesday, says the plan is "the least bad option".',
        "the least bad option",
        ("Ashby Borough Council",),
    ),
    (
        'In her resignation letter, seen by the Herald, councillor Priya Patel wrote that she had been "bullied for months".',
        "bullied for months",
        ("Priya Patel",),
    ),
    (
        'Bupati Sangihe, Markus Tatali, mengirim surat ke sekolah-sekolah. Hal itu tertuang dalam surat Bupati Sangihe bernomor 005/2026. "Sekolah wajib menyediakan air bersih," demikian bunyi surat itu.',
        "Sekolah wajib menyediakan",
        ("Markus Tatali",),
    ),
    (
        '"Anak saya tidak pernah pulang." Demikian isi surat terbuka yang ditulis Yohana Lasut, ibu korban, kepada Kapolri.',
        "Anak saya tidak pernah pulang",
        ("Yohana Lasut",),
    ),
    (
        "Bupati Sangihe, Markus Tatali, menerima Kabarsangihe di rumah dinasnya. Berikut petikan wawancaranya.\n\nRedaksi: Kapan jalan lingkar selesai?\nBupati: Akhir tahun depan, kalau anggaran pusat turun.\n\nRedaksi: Bagaimana kalau tidak turun?\nBupati: Kami pakai dana daerah, bertahap.\n",
        "Akhir tahun depan",
        ("Markus Tatali",),
    ),
    (
        'The regulator fined Kestrel Water £2m on Monday. In its ruling, the regulator said the company had been "reckless".',
        "reckless",
        ("",),
    ),
    (
        'Posting on Facebook, Greyfriars Academy\'s headteacher, Dana Whitlock, wrote: "The school will reopen on Monday."',
        "The school will reopen",
        ("Dana Whitlock",),
    ),
    (
        'The Fenwick Courier obtained a copy of the memo. "Staff must not speak to the press," it reads.',
        "Staff must not speak",
        ("",),
    ),
    (
        'Warga Lamo, Yohanis Sumual, menulis surat pembaca ke redaksi. "Jalan di kampung kami belum tersentuh aspal sejak 1998," tulisnya.',
        "Jalan di kampung kami",
        ("Yohanis Sumual",),
    ),
    (
        'Dinas Lingkungan Hidup Sangihe menerbitkan hasil uji sampel air pada Jumat. Hasil uji itu menyebut kadar merkuri "melebihi ambang batas".',
        "melebihi ambang batas",
        ("Dinas Lingkungan Hidup Sangihe",),
    ),
    (
        'Kepolisian Resor Sangihe merilis kronologi kejadian. Dalam rilis itu, polisi menyebut pelaku "menyerahkan diri".',
        "menyerahkan diri",
        ("Kepolisian Resor Sangihe", "Polres Sangihe"),
    ),
    (
        'The Harbour Trust published its annual report on Monday. "Fishing has reached a tipping point," the report warns.',
        "Fishing has reached",
        ("Harbour Trust",),
    ),
    (
        'A spokeswoman for Elm Lodge declined to comment. The home\'s owner, Castle Care Group, said in a statement that it "accepts the findings in full".',
        "accepts the findings",
        ("Castle Care Group",),
    ),
]


@pytest.mark.parametrize(("text", "words", "names"), FOURTH)
def test_fourth_batch(text, words, names):
    got = _speaker(text, words)
    assert _right(got, names), got


# --- a fifth batch: interviewees named before a short intro, the reporter's own
# questions in marks, 'Plt' offices, a statement shown after 'Berikut bunyi' ------

FIFTH = [
    (
        "Bupati Sangihe, Markus Tatali, dikritik karena jalan lingkar molor. Ketua DPRD, Yohanes Mamahit, menyebut proyek itu gagal.\n\nKabarsangihe mewawancarai Markus di rumah dinasnya, Senin. Berikut petikannya.\n\nT: Kenapa molor?\nJ: Longsor dua kali. Kontraktor tidak bisa kerja.\n\nT: Kapan selesai?\nJ: Juni, paling lambat.\n",
        "Longsor dua kali",
        ("Markus Tatali",),
    ),
    (
        'Bupati Sangihe, Markus Tatali, dikritik karena jalan lingkar molor. Ketua DPRD, Yohanes Mamahit, menyebut proyek itu "gagal total".\n\nKepada Kabarsangihe, Markus menjawab sejumlah pertanyaan.\n\nT: Kenapa molor?\nJ: Longsor dua kali. Kontraktor tidak bisa kerja.\n\nT: Kapan selesai?\nJ: Juni, paling lambat.\n',
        "Juni, paling lambat",
        ("Markus Tatali",),
    ),
    (
        'Saya menemui Camat Tabukan, Rivo Pontoh, di kantornya. Saya bertanya, "Apakah Bapak akan mundur?" Ia menjawab, "Tidak. Saya akan selesaikan masalah ini."',
        "Apakah Bapak akan mundur",
        ("",),
    ),
    (
        'Saya menemui Camat Tabukan, Rivo Pontoh, di kantornya. Saya bertanya, "Apakah Bapak akan mundur?" Ia menjawab, "Tidak. Saya akan selesaikan masalah ini."',
        "Saya akan selesaikan",
        ("Rivo Pontoh",),
    ),
    (
        'I met the harbourmaster, Cal Pryor, on the quay. I asked him: "Will you close the harbour?" "Not yet," he said.',
        "Will you close the harbour",
        ("",),
    ),
    (
        'I met the harbourmaster, Cal Pryor, on the quay. I asked him: "Will you close the harbour?" "Not yet," he said.',
        "Not yet",
        ("Cal Pryor",),
    ),
    (
        'Hal itu disampaikan Camat Tabukan, Rivo Pontoh, kepada warga Lenganeng. "Tidak ada yang ditangkap," ujarnya.',
        "Tidak ada yang ditangkap",
        ("Rivo Pontoh",),
    ),
    (
        'Pelaksana tugas (Plt) Kepala Dinas PUPR Sangihe, Bonar Tambunan, meninjau jembatan. "Rangkanya masih kuat," ujar Plt Kepala Dinas PUPR itu.',
        "Rangkanya masih kuat",
        ("Bonar Tambunan",),
    ),
    (
        'Ketua Komisi III DPRD, Hendra Situmorang, dan Kepala Dinas PUPR, Bonar Tambunan, meninjau jembatan. "Anggarannya harus ditambah," kata Ketua Komisi III itu.',
        "Anggarannya harus ditambah",
        ("Hendra Situmorang",),
    ),
    (
        'The company, Harwick Civil Engineering, published its response on Friday. In it, the firm said the delays were "caused by the weather".',
        "caused by the weather",
        ("Harwick Civil Engineering",),
    ),
    (
        'Dr Sunita Rao, who led the study, told the Herald: "We did not expect the effect to be so large." The study, published in the Fenwick Medical Journal, found that "one in three patients improved".',
        "one in three patients improved",
        ("Sunita Rao", ""),
    ),
    (
        'Menurut dokumen anggaran yang diperoleh Kabarsangihe, proyek itu "tidak pernah dilelang".',
        "tidak pernah dilelang",
        ("",),
    ),
    (
        'Berikut bunyi pernyataan lengkap Kapolres Sangihe, AKBP Dedy Mokodompit:\n\n"Kami mohon maaf kepada keluarga korban. Anggota yang terlibat sudah kami periksa."\n',
        "Kami mohon maaf kepada keluarga",
        ("Dedy Mokodompit",),
    ),
    (
        'Tangkapan layar percakapan grup WhatsApp itu beredar luas. Dalam percakapan itu, akun bernama Yanto Lamo menulis, "Besok kita kumpul di kantor desa."',
        "Besok kita kumpul",
        ("Yanto Lamo",),
    ),
]


@pytest.mark.parametrize(("text", "words", "names"), FIFTH)
def test_fifth_batch(text, words, names):
    got = _speaker(text, words)
    assert _right(got, names), got
