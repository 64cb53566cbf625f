"""Speaker shapes the retired holdouts showed the rules missing on unseen articles.

The first three holdouts (bench/gold/holdout, holdout2, holdout3) were
written by people who never read the rules; their wrong speakers fall into
a few general shapes. Each case below is a passage written for this module
(fictional people, bodies and outlets), in the shape one of those misses
had, never its words. They go through `suggestions.detect`, as the bench does.
"""

from __future__ import annotations

import pytest

from tests.text.test_quotes_attribution_shapes import _check

# --- A body named by a common noun speaks ("the transport ministry said") --------

BODIES = [
    pytest.param(
        "Talks ran late into the night.\n\n"
        "Norland's transport ministry said in a statement that it \"strongly "
        'regrets" the delays and that repairs were making "good headway".',
        {
            "strongly regrets": ("Norland's transport ministry", "transport ministry"),
            "good headway": ("Norland's transport ministry", "transport ministry"),
        },
        id="en-country-ministry-said-that-it",
    ),
    pytest.param(
        'Mayor Jo Pettifer has ordered free testing. "We will not wait," she '
        "said.\n\n"
        "Ferrovia's energy ministry, which sent engineers to the plant on Tuesday, "
        'said the outage followed "a fault nobody could have foreseen".',
        {
            "We will not wait": "Jo Pettifer",
            "a fault nobody could have foreseen": (
                "Ferrovia's energy ministry",
                "energy ministry",
            ),
        },
        id="en-ministry-which-clause-said-followed",
    ),
    pytest.param(
        "The Kestwick appeals court upheld the fine on Monday. Judge Mira Colt "
        "read the ruling.\n\n"
        "The firm had ignored two warnings, the court said, a failure it described "
        'as "reckless from start to finish".',
        {
            "reckless from start to finish": (
                "Kestwick appeals court",
                "court",
                "Mira Colt",
            ),
        },
        id="en-the-court-said-it-described-as",
    ),
    pytest.param(
        '"The numbers speak for themselves," said Lior Mandel, an analyst at '
        "Greyfield Partners.\n\n"
        "The dockers' union, which represents about 900 crane drivers, rejected the "
        'offer. In a post on its website, the union wrote that "a pay freeze is '
        'a pay cut."',
        {
            "The numbers speak for themselves": "Lior Mandel",
            "a pay freeze is a pay cut.": ("dockers' union", "The dockers' union"),
        },
        id="en-the-union-wrote-that",
    ),
    pytest.param(
        "Inflation eased to 2.1% in March, the bank said.\n\n"
        'The finance ministry welcomed the decision, calling it "a win for '
        'predictable rules".',
        {"a win for predictable rules": ("finance ministry",)},
        id="en-body-welcomed-calling-it",
    ),
    pytest.param(
        "The Coastal Union, which buys most of the region's mackerel, urged both "
        "sides to talk. In a statement, the union's fisheries directorate said it was "
        '"ready to back a fair quota".',
        {
            "ready to back a fair quota": (
                "Coastal Union",
                "fisheries directorate",
                "union's fisheries directorate",
            )
        },
        id="en-the-bodys-office-said-it-was",
    ),
    pytest.param(
        'Fishing crews blocked the harbour for a third day. "We will stay," said '
        "skipper Ivo Marek.\n\nIn a statement, the Commission's trade directorate "
        'said it was "ready to mediate".',
        {
            "We will stay": "Ivo Marek",
            "ready to mediate": (
                "Commission's trade directorate",
                "trade directorate",
            ),
        },
        id="en-the-owners-directorate-said-it-was",
    ),
    pytest.param(
        "Majelis hakim Pengadilan Negeri Larantuka yang diketuai Hendra Wijaya "
        "menjatuhkan vonis enam tahun penjara kepada Simon Kopong.\n\n"
        "Hakim juga menyebut dana itu dipakai untuk membeli mobil. Menurut majelis, "
        'perbuatan terdakwa "merusak kepercayaan warga desa".',
        {
            "merusak kepercayaan warga desa": (
                "Pengadilan Negeri Larantuka",
                "majelis hakim",
                "Hendra Wijaya",
            )
        },
        id="id-menurut-majelis",
    ),
    pytest.param(
        "Ketua majelis hakim, Dewi Anggraini, menyatakan terdakwa bersalah. Majelis "
        'menilai perbuatan terdakwa "tidak mendukung program pemerintah".',
        {
            "tidak mendukung program pemerintah": (
                "majelis hakim",
                "Dewi Anggraini",
            )
        },
        id="id-majelis-menilai-no-court-named",
    ),
]


# --- A body given in full with its short form in brackets --------------------------

ACRONYMS = [
    pytest.param(
        'Jaksa Rudi Hartawan mengatakan akan banding. "Kami pelajari dulu," ujar '
        "dia.\n\n"
        "Indonesia Fiscal Watch (IFW) dalam catatannya menilai vonis itu "
        '"terlalu ringan". Menurut IFW, rata-rata vonis hanya tiga tahun.',
        {
            "Kami pelajari dulu": "Rudi Hartawan",
            "terlalu ringan": ("Indonesia Fiscal Watch", "IFW"),
        },
        id="id-country-watch-acronym",
    ),
    pytest.param(
        "Badan Pengawas Obat dan Makanan (BPOM) Kota Lirang menerima 14 aduan warga "
        'selama Desember. BPOM menyebut sebagian aduan "tidak disertai bukti".',
        {
            "tidak disertai bukti": (
                "Badan Pengawas Obat dan Makanan",
                "BPOM",
                "BPOM Kota Lirang",
            )
        },
        id="id-badan-acronym-city",
    ),
    pytest.param(
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Stasiun Sam Ratulangi "
        "mengeluarkan peringatan dini. Kepala Bidang Data, Moh. Arif, meminta warga "
        "waspada.\n\n"
        '"Gelombang tinggi masih mungkin terjadi hingga Jumat," demikian keterangan '
        "BMKG.",
        {
            "Gelombang tinggi masih mungkin terjadi hingga Jumat": (
                "BMKG",
                "Badan Meteorologi, Klimatologi, dan Geofisika",
                "BMKG Stasiun Sam Ratulangi",
            )
        },
        id="id-bmkg-station-demikian-keterangan",
    ),
]


# --- A person with the body they work for in apposition ---------------------------

AFFILIATIONS = [
    pytest.param(
        "Traders sold the currency after the announcement.\n\n"
        "Dana Whitfield, chief economist at Harrowgate Capital, called the cut "
        '"a gamble on consumers". Rates take months to reach borrowers, she said.',
        {"a gamble on consumers": "Dana Whitfield"},
        id="en-name-role-at-body-called",
    ),
    pytest.param(
        "The survey found eleven new species of worm.\n\n"
        "Omar Kessel, who runs river campaigns at the conservation group Clear "
        'Rivers, said the report was overdue. "We waited four years for this," he '
        'said. "And nothing has changed."',
        {
            "We waited four years for this": "Omar Kessel",
            "And nothing has changed.": "Omar Kessel",
        },
        id="en-name-who-works-at-the-group-body-he-said",
    ),
    pytest.param(
        "Harga beras naik dua pekan berturut-turut.\n\n"
        "Rina Hapsari, peneliti di lembaga Kajian Pangan Mandiri, menyebut kenaikan "
        'itu "belum mengkhawatirkan".',
        {"belum mengkhawatirkan": "Rina Hapsari"},
        id="id-name-peneliti-di-lembaga",
    ),
]


# --- A description for the one just named ("the first-term trustee said") --------

DESCRIPTIONS = [
    pytest.param(
        '"This school is our heart," Tomas Reyes told the board.\n\n'
        "Councillor Beth Marlow, one of two votes against, said the city had not "
        "looked at other sites. The first-term councillor called the plan "
        '"rushed and unfair".',
        {
            "This school is our heart": "Tomas Reyes",
            "rushed and unfair": "Beth Marlow",
        },
        id="en-the-first-term-councillor-called",
    ),
    pytest.param(
        '"Nobody asked the parents," Tomas Reyes told the board.\n\n'
        "Trustee Ruth Ames, one of two votes against, said the district had not "
        "looked at sharing buildings with the library. The first-term trustee "
        'called the plan "rushed and unfair".',
        {
            "Nobody asked the parents": "Tomas Reyes",
            "rushed and unfair": "Ruth Ames",
        },
        id="en-the-first-term-trustee-called",
    ),
    pytest.param(
        'Andi Lasut menyatakan akan menggugat. "Selisihnya tipis," tegasnya.\n\n'
        "Sementara itu, Yohana Lewerissa meminta pendukungnya tidak berkonvoi. "
        '"Kemenangan ini milik semua warga," ucap mantan anggota DPRD itu.',
        {
            "Selisihnya tipis": "Andi Lasut",
            "Kemenangan ini milik semua warga": "Yohana Lewerissa",
        },
        id="id-ucap-mantan-anggota-acronym-itu",
    ),
    pytest.param(
        'Andi Lasut menyatakan akan menggugat. "Selisihnya tipis," tegasnya.\n\n'
        "Sementara itu, Yohana Lewerissa meminta pendukungnya tidak berkonvoi. "
        '"Kemenangan ini milik semua warga," ucap mantan kepala sekolah itu.',
        {
            "Selisihnya tipis": "Andi Lasut",
            "Kemenangan ini milik semua warga": "Yohana Lewerissa",
        },
        id="id-ucap-mantan-role-itu",
    ),
    pytest.param(
        "Judge Helen Price said the landlord had ignored every warning.\n\n"
        "Outside court, the tenant's son, Kwame, read a statement for the families.\n\n"
        '"We have waited six years for today," he said. "Our father deserved a '
        'safe home."',
        {
            "We have waited six years for today": ("Kwame",),
            "Our father deserved a safe home.": ("Kwame",),
        },
        id="en-kin-apposition-then-he-said",
    ),
]


# --- Somebody the article does not name -------------------------------------------

UNNAMED = [
    pytest.param(
        "Harbour master Piet Olsen said the channel had been dredged in May.\n\n"
        "But a senior official at the port authority, speaking on condition of "
        "anonymity because he was not authorised to comment, told the Courier that "
        'divers were checking the hull. "The water was far too cold," he said.',
        {"The water was far too cold": ""},
        id="en-anonymous-official-told-outlet-then-he-said",
    ),
    pytest.param(
        "Kepala Puskesmas Nanga Lirang, Yosef Bata, mengatakan stok vaksin cukup.\n\n"
        "Di Desa Sungai Ara, seorang ibu yang anaknya dirawat mengaku sempat ragu. "
        '"Saya kira cuma demam biasa," ungkap perempuan yang enggan disebutkan '
        "namanya itu.",
        {"Saya kira cuma demam biasa": ""},
        id="id-ungkap-perempuan-yang-enggan-disebut",
    ),
    pytest.param(
        "Mining company director Susi Wardani said output would resume.\n\n"
        "The state news agency Pertiwi quoted a police spokesman as saying that 200 "
        'officers were on duty and that the protest was "calm and orderly".',
        {"calm and orderly": ("", "Pertiwi")},
        id="en-agency-quoted-a-spokesman-as-saying",
    ),
    pytest.param(
        'Council leader Mark Ruddock defended the cuts. "We had no choice," '
        "Ruddock said.\n\n"
        "At the school gates, a father whose son's class had been cancelled twice "
        'said he backed the teachers "all the way".',
        {"We had no choice": "Mark Ruddock", "all the way": ""},
        id="en-opening-phrase-then-a-father-whose-said",
    ),
    pytest.param(
        "Bus driver Paul Keane, 51, says he drove the 14 route for 20 years.\n\n"
        'But in March he was told his contract had been "ended with immediate '
        'effect".',
        {"ended with immediate effect": ""},
        id="en-he-was-told-the-words-of-nobody-named",
    ),
    pytest.param(
        'Prosecuting, Joanna Brent said the money was never invested. "Not one '
        'pound," Ms Brent said.\n\n'
        "In a letter read to the court, a pensioner from Hallam, who cannot be "
        'named, said she had lost her savings. "I trusted him," she wrote. "He '
        'ate at my table."',
        {
            "Not one pound": "Joanna Brent",
            "I trusted him": "",
            "He ate at my table.": "",
        },
        id="en-opening-phrase-then-a-pensioner-from-place-who-cannot-be-named",
    ),
    pytest.param(
        'Camat Lembah Hijau, Yohanes Lado, memastikan bantuan cukup. "Stok beras '
        'aman sampai akhir bulan," kata Yohanes.\n\n'
        "Saat ditemui di pengungsian, seorang nelayan dari Desa Teluk, yang enggan "
        'disebut namanya, mengatakan bantuan belum sampai. "Kami makan dari '
        'sumbangan tetangga," ujarnya.',
        {
            "Stok beras aman sampai akhir bulan": "Yohanes Lado",
            "Kami makan dari sumbangan tetangga": "",
        },
        id="id-opening-phrase-then-seorang-nelayan-dari-desa-yang-enggan",
    ),
]


# --- A short form of the first name -----------------------------------------------

SHORT_NAMES = [
    pytest.param(
        "Plt Kepala BPBD Lirang, Yohanes Tukan, mengatakan jumlah pengungsi "
        'bertambah. "Tim kami terus membujuk warga turun," tutur Yohan.',
        {"Tim kami terus membujuk warga turun": "Yohanes Tukan"},
        id="id-short-first-name",
    ),
    pytest.param(
        "Ketua Umum Pengprov Catur Lembah Hijau, Irjen (Purn) Hendra Siswoyo, "
        'mengatakan turnamen diikuti 300 pecatur. "Kami ingin catur naik kelas," '
        "kata Hendra.",
        {"Kami ingin catur naik kelas": "Hendra Siswoyo"},
        id="id-retired-rank-in-brackets-before-the-name",
    ),
    pytest.param(
        "Floods cut the town off for two days.\n\n"
        '"We slept in the car," said one resident, a man carrying two dogs, who '
        "gave only his first name, Tomasz.",
        {"We slept in the car": "Tomasz"},
        id="en-who-gave-only-his-first-name-then-the-name",
    ),
    pytest.param(
        "The ferry was cancelled again.\n\n"
        '"I have missed two shifts," said a cleaner who asked to be identified only '
        "as Rafi.",
        {"I have missed two shifts": "Rafi"},
        id="en-who-asked-to-be-identified-only-as",
    ),
    pytest.param(
        "Banjir merendam Desa Sungai Ara sejak Senin.\n\n"
        '"Kami tidur di masjid," kata seorang pengungsi yang hanya mau disebut '
        "Ani.",
        {"Kami tidur di masjid": "Ani"},
        id="id-yang-hanya-mau-disebut-then-the-name",
    ),
    pytest.param(
        "Kepala Dinas Perikanan Kabupaten Lirang, Bonifasius Ola Keraf, membuka "
        "lelang ikan. Ketua koperasi nelayan, Markus Lewar, mengeluhkan harga es. "
        '"Es mahal, ikan cepat busuk," ujarnya.\n\n'
        'Menanggapi itu, Boni mengatakan pabrik es baru segera dibangun. "Tahun '
        'depan sudah jalan," katanya.',
        {
            "Es mahal, ikan cepat busuk": "Markus Lewar",
            "Tahun depan sudah jalan": "Bonifasius Ola Keraf",
        },
        id="id-short-first-name-subject-then-katanya",
    ),
    pytest.param(
        "Harga cabai di tingkat petani anjlok.\n\n"
        '"Modal kami tidak kembali," kata Ketua Kelompok Tani Dewi Sartika, '
        "Sukirman, saat ditemui di kebunnya, Senin.",
        {"Modal kami tidak kembali": "Sukirman"},
        id="id-office-of-a-body-named-like-a-person-then-the-holder",
    ),
]


# --- Written to look for more shapes: a document by its author, a kin unnamed ------

MORE = [
    pytest.param(
        "Bupati Lirang Yohanes Tukan menerima massa. Di hadapan mereka, Yohanes "
        'berjanji menindaklanjuti tuntutan. "Saya akan panggil pihak perusahaan '
        'minggu depan," katanya. Koordinator aksi, Andi Lasut, menyambut baik janji '
        "itu. Namun, ia mengingatkan warga akan kembali turun jika janji tidak "
        'ditepati. "Kami akan kawal terus."',
        {
            "Saya akan panggil pihak perusahaan minggu depan": "Yohanes Tukan",
            "Kami akan kawal terus.": "Andi Lasut",
        },
        id="id-namun-ia-after-another-quote-in-the-paragraph",
    ),
    pytest.param(
        'Coach Ann Roe was pleased. "We defended well," Roe said. Captain Tom Hale '
        "agreed with her. But he warned against complacency. "
        '"We still have two games left."',
        {
            "We defended well": "Ann Roe",
            "We still have two games left.": "Tom Hale",
        },
        id="en-but-he-after-another-quote-in-the-paragraph",
    ),
    pytest.param(
        "Dalam sidang itu, jaksa penuntut umum Rina Kartika menuntut terdakwa "
        "delapan tahun penjara. Menurut jaksa, terdakwa terbukti "
        '"memperkaya diri sendiri".',
        {"memperkaya diri sendiri": "Rina Kartika"},
        id="id-menurut-jaksa-lower-case-role-named-before",
    ),
    pytest.param(
        '"I thought I was going to die."\n\n'
        "Maria Ortiz, 29, was on the top deck when the ferry listed. Harbour master "
        "Tom Hale said the crew had acted fast.",
        {"I thought I was going to die.": "Maria Ortiz"},
        id="en-quote-alone-then-the-next-paragraph-names-her",
    ),
    pytest.param(
        '"Saya kira ini kiamat."\n\n'
        "Siti Aminah (45) sedang memasak ketika tanah di belakang rumahnya bergerak. "
        "Kepala Desa Sukamaju, Ujang Rahmat, menyebut 12 rumah rusak.",
        {"Saya kira ini kiamat.": "Siti Aminah"},
        id="id-quote-alone-then-the-next-paragraph-names-her",
    ),
    pytest.param(
        "Prime Minister Alana Whitcombe spoke to President Luis Ferro by phone on "
        'Tuesday. She told him the deal was "not yet ready", her office said.',
        {"not yet ready": "Alana Whitcombe"},
        id="en-her-office-said",
    ),
    pytest.param(
        '"This is a dark day," said Tom Hale. "We trusted them." Hale\'s brother '
        'Mark, who also worked at the plant, said he had "seen it coming".',
        {
            "This is a dark day": "Tom Hale",
            "We trusted them.": "Tom Hale",
            "seen it coming": ("Mark", "Mark Hale"),
        },
        id="en-full-stop-then-a-new-sentence-reporting-another",
    ),
    pytest.param(
        "The union's general secretary, Sara Quinn, said members were \"angry and "
        'exhausted". The employer, Brackley Health Trust, said it had made "a fair '
        'and final offer".',
        {
            "angry and exhausted": "Sara Quinn",
            "a fair and final offer": "Brackley Health Trust",
        },
        id="en-body-named-trust",
    ),
    pytest.param(
        "The coach, Leo Diaz, was sacked on Monday. Club chairman Tom Hale thanked "
        'him for "three wonderful years".',
        {"three wonderful years": "Tom Hale"},
        id="en-thanked-him-for-partial",
    ),
    pytest.param(
        'Polres Lirang mengimbau warga tidak terprovokasi. "Serahkan proses hukum '
        'kepada kami," demikian imbauan Polres Lirang melalui akun Instagram '
        "resminya.",
        {"Serahkan proses hukum kepada kami": "Polres Lirang"},
        id="id-demikian-imbauan-body",
    ),
    pytest.param(
        "Ketua paguyuban sopir, Slamet Riyadi, menyebut tarif terlalu rendah.\n\n"
        "Perwakilan salah satu perusahaan ekspedisi, dalam keterangan tertulis, "
        "menyatakan menghormati aksi itu. Perusahaan mengklaim tarif sudah sesuai "
        'aturan.\n\n"Kami terbuka untuk berdialog," tulis perusahaan tersebut.',
        {"Kami terbuka untuk berdialog": ""},
        id="id-perusahaan-tersebut-never-named",
    ),
    pytest.param(
        'Ann Roe and Tom Hale founded the bakery in 1998. "We started with one '
        'oven," Roe recalled. Hale laughed. "And one customer."',
        {"We started with one oven": "Ann Roe", "And one customer.": "Tom Hale"},
        id="en-another-subject-right-before-a-bare-quote",
    ),
    pytest.param(
        "Tom Hale, a fisherman from Eastgate, has lost three nets this month. "
        '"The seals are everywhere," he said. His son, Sam, 19, agreed. '
        '"We can\'t keep buying nets."',
        {
            "The seals are everywhere": "Tom Hale",
            "We can't keep buying nets.": ("Sam", "Sam Hale"),
        },
        id="en-his-son-agreed-then-a-bare-quote",
    ),
    pytest.param(
        'Kepala Desa Sukamaju, Ujang Rahmat, meninjau tanggul. "Tanggul ini sudah '
        'retak sejak Mei," katanya. Warga setempat, Siti Aminah, mengangguk. '
        '"Kami sudah lapor berkali-kali."',
        {
            "Tanggul ini sudah retak sejak Mei": "Ujang Rahmat",
            "Kami sudah lapor berkali-kali.": "Siti Aminah",
        },
        id="id-another-subject-right-before-a-bare-quote",
    ),
    pytest.param(
        'The business daily "Ledger Today" wrote in an editorial that the budget '
        'was "a fantasy".',
        {"a fantasy": "Ledger Today"},
        id="en-medium-named-in-quote-marks",
    ),
    pytest.param(
        'Menteri Keuangan Sri Wulandari optimistis. "Target ini realistis," ujarnya.'
        '\n\nMajalah ekonomi "Warta Niaga" dalam tajuknya menulis bahwa kebijakan '
        'itu "salah arah".',
        {"Target ini realistis": "Sri Wulandari", "salah arah": "Warta Niaga"},
        id="id-medium-named-in-quote-marks",
    ),
    pytest.param(
        "Tim SAR gabungan menemukan korban ketiga pada Kamis pagi. Komandan Tim SAR, "
        "Letda Laut Yosef Bata, menyebut korban ditemukan 3 kilometer dari lokasi. "
        '"Kondisinya sudah membengkak," kata Yosef.',
        {"Kondisinya sudah membengkak": "Yosef Bata"},
        id="id-naval-rank-laut-before-the-name",
    ),
    pytest.param(
        "Councillors met on Monday.\n\n"
        "According to a report by the Harlow Institute, the scheme was "
        '"badly designed from the start".',
        {"badly designed from the start": "Harlow Institute"},
        id="en-according-to-a-report-by-body",
    ),
    pytest.param(
        'Residents were told to boil water. "We have been doing that for a week," '
        'said Maria Lopez. Her neighbour agreed: "Nobody tells us anything."',
        {
            "We have been doing that for a week": "Maria Lopez",
            "Nobody tells us anything.": "",
        },
        id="en-her-neighbour-agreed-colon",
    ),
]


# --- An interview: who answers the questions (holdout4–6 shapes) -------------------

INTERVIEWS = [
    pytest.param(
        "Harga lada anjlok sejak Agustus.\n\n"
        "Kabar Hulu berbincang dengan Ketua Gabungan Pengusaha Lada Bangka Timur, "
        "Mardiono Lubis, di rumahnya di Kampung Tanjung Sari, Senin (4/3). "
        "Berikut petikannya.\n\n"
        "Kenapa harga turun secepat ini?\n\n"
        "Pembeli dari India menahan pesanan. Stok di gudang mereka masih penuh.\n\n"
        "Sampai kapan petani bisa bertahan?\n\n"
        "Paling lama dua bulan. Setelah itu banyak yang menjual kebun.",
        {
            "Pembeli dari India menahan pesanan": "Mardiono Lubis",
            "Paling lama dua bulan": "Mardiono Lubis",
        },
        id="id-unlabelled-interview-place-after-the-name",
    ),
    pytest.param(
        "Ferry crossings were cancelled for a third day.\n\n"
        "The Ledger spoke to harbour master Celia Frome at her office in Port "
        "Alder on Monday. Edited excerpts follow.\n\n"
        "Why were the crossings cancelled?\n\n"
        "The swell at the harbour mouth was over four metres. We do not send a "
        "ferry out into that.\n\n"
        "When will they resume?\n\n"
        "Thursday at the earliest, if the forecast holds.",
        {
            "The swell at the harbour mouth": "Celia Frome",
            "Thursday at the earliest": "Celia Frome",
        },
        id="en-unlabelled-interview-place-after-the-name",
    ),
    pytest.param(
        "A storm closed the bridge at Kelmer Sound for six hours on Friday.\n\n"
        "The Gazette asked Hamid Okafor, a retired structural engineer who now "
        "lectures at Dunmore College, what drivers should make of the closure.\n\n"
        "Was the bridge in any danger?\n\n"
        '"None at all. Closing it in high winds is what the design expects."\n\n'
        "Will it happen more often?\n\n"
        '"Probably. The storms are getting stronger, not the bridge weaker."',
        {
            "None at all.": "Hamid Okafor",
            "Probably. The storms": "Hamid Okafor",
        },
        id="en-asked-a-person-then-quoted-answers",
    ),
    pytest.param(
        "Banjir merendam tiga kecamatan di Kabupaten Lorah sejak Rabu.\n\n"
        "Warta Lorah bertanya kepada Yuliana Pasaribu, ahli hidrologi dari "
        "Universitas Lorah, apa yang membuat banjir tahun ini lebih parah.\n\n"
        "Apa penyebab utamanya?\n\n"
        "\u201cHutan di hulu sudah habis. Air langsung turun ke sungai.\u201d\n\n"
        "Apa yang harus dilakukan pemerintah?\n\n"
        "\u201cTanam kembali hulu dan keruk sungai. Dua-duanya, bukan salah satu.\u201d",
        {
            "Hutan di hulu sudah habis": "Yuliana Pasaribu",
            "Tanam kembali hulu": "Yuliana Pasaribu",
        },
        id="id-bertanya-kepada-then-quoted-answers",
    ),
    pytest.param(
        "Marta Kovacs won the Harlow marathon on Sunday in 2:24:10, a course "
        "record. Kovacs broke away at 30 km and finished 90 seconds clear. Her "
        'coach, Pavel Dorn, watched from the finish line. "She was patient," '
        "Dorn said.\n\n"
        "Q&A with the winner\n\n"
        "Q: When did you know it was yours?\n\n"
        "A: At 35 km. My legs still felt fresh.\n\n"
        "Q: What next?\n\n"
        "A: A long holiday.",
        {
            "She was patient": "Pavel Dorn",
            "At 35 km.": "Marta Kovacs",
            "A long holiday.": "Marta Kovacs",
        },
        id="en-qa-with-the-winner-after-the-coach-spoke",
    ),
    pytest.param(
        "Lina Duarte won the Perth Classic on Sunday.\n\n"
        "Duarte later spoke to reporters. Edited excerpts follow.\n\n"
        "How do you feel?\n\n"
        "Tired but happy. My legs are gone.\n\n"
        "What comes next?\n\n"
        "A week at home with my dogs.",
        {
            "Tired but happy.": "Lina Duarte",
            "A week at home with my dogs.": "Lina Duarte",
        },
        id="en-unlabelled-interview-the-subject-spoke-to-reporters",
    ),
    pytest.param(
        "Dr Lise Varga runs the island's only clinic. We met her on Tuesday.\n\n"
        "Q: How many patients do you see?\n\n"
        "A: About forty a day in winter.\n\n"
        "Her nurse, Tom Ashe, who has worked there for nine years, said the "
        'generator was failing. "We lost power twice last week," he said.\n\n'
        "Q: What do you need most?\n\n"
        "A: A second doctor.",
        {
            "About forty a day in winter.": "Lise Varga",
            "We lost power twice last week": "Tom Ashe",
            "A second doctor.": "Lise Varga",
        },
        id="en-transcript-answer-stops-at-a-reported-paragraph",
    ),
    pytest.param(
        "Kepala Puskesmas Pulau Lamu, dr. Ratna Hutapea, menerima kami di ruang "
        "kerjanya.\n\n"
        "T: Berapa pasien setiap hari?\n\n"
        "J: Sekitar tiga puluh orang.\n\n"
        "Bidan desa, Maria Lenon, yang ikut mendampingi, menyebut obat sering "
        'terlambat datang. "Kapal hanya datang dua minggu sekali," ujarnya.\n\n'
        "T: Apa yang paling dibutuhkan?\n\n"
        "J: Dokter kedua.",
        {
            "Sekitar tiga puluh orang.": "Ratna Hutapea",
            "Kapal hanya datang dua minggu sekali": "Maria Lenon",
            "Dokter kedua.": "Ratna Hutapea",
        },
        id="id-transcript-answer-stops-at-a-reported-paragraph",
    ),
]


# --- The subject of a reporting sentence, then a quote of its own (holdout4–6) ------

SUBJECTS = [
    pytest.param(
        "Bus drivers in Kelso walked out at dawn.\n\n"
        "Shop steward Darnell Pike, who has driven the 41 route for 22 years, said "
        "drivers were exhausted.\n\n"
        '"We cannot keep covering the gaps. Something has to give," he said.\n\n'
        '"Nobody wants to strike in December."',
        {
            "We cannot keep covering the gaps": "Darnell Pike",
            "Nobody wants to strike in December.": "Darnell Pike",
        },
        id="en-role-name-who-clause-said-then-he-said",
    ),
    pytest.param(
        'Hakim ketua, Marlina Siregar, menunda sidang. "Sidang dilanjutkan pekan '
        'depan," kata Marlina.\n\n'
        "Koordinator Lapangan Serikat Nelayan Teluk Lamu, Samsul Bahri, yang ikut "
        "memantau sidang, menyebut nelayan sudah tiga bulan tidak melaut.\n\n"
        '"Kami hanya minta laut kami kembali bersih," ujarnya.',
        {
            "Sidang dilanjutkan pekan depan": "Marlina Siregar",
            "Kami hanya minta laut kami kembali bersih": "Samsul Bahri",
        },
        id="id-role-name-yang-clause-menyebut-then-ujarnya",
    ),
    pytest.param(
        "Two men were jailed for the break-in at Orwell House. Detective Sergeant "
        'Ama Boateng called it "a planned job".\n\n'
        "Defending, Martin Crewe QC told the court his client had been "
        '"used by cleverer men".\n\n'
        '"He is not the brains of anything," he said.',
        {
            "a planned job": "Ama Boateng",
            "used by cleverer men": "Martin Crewe",
            "He is not the brains of anything": "Martin Crewe",
        },
        id="en-name-with-post-nominal-told-then-he-said",
    ),
    pytest.param(
        "Inspector Ruth Ngata of the Corran Valley Police, who has led the inquiry "
        "since May, told reporters two men had been arrested.\n\n"
        '"We expect more arrests," she said.',
        {"We expect more arrests": "Ruth Ngata"},
        id="en-person-of-body-who-clause-told-then-she-said",
    ),
    pytest.param(
        "Ravi Menon won the Delmar Open on Sunday, his first title. Menon beat the "
        "top seed in three sets.\n\n"
        "Menon's coach, the former sprinter Joel Achterberg, said the win came from "
        'patience. "We stopped chasing every shot."\n\n'
        "Achterberg, who has worked with Menon since he was twelve, was blunter "
        'about the cheque. "He will pay off his parents\' loan," he said.',
        {
            "We stopped chasing every shot.": "Joel Achterberg",
            "He will pay off his parents": "Joel Achterberg",
        },
        id="en-he-said-after-a-subject-whose-clause-names-another-man",
    ),
    pytest.param(
        "Lena Ortiz reached her first final in Kessel. Her physio, Carla Voss, "
        "travelled with her.\n\n"
        "Voss, who has treated Ortiz since she was a junior, laughed at the "
        'question. "She eats too much cake," she said.',
        {"She eats too much cake": "Carla Voss"},
        id="en-she-said-after-a-subject-whose-clause-names-another-woman",
    ),
]


# --- Described first, named in the next sentence (holdout4 shapes) -----------------

NAMED_AFTER = [
    pytest.param(
        "Harlow beat Kestrel 3-1 on Saturday. Winger Tomas Reid set up both goals "
        "for Callum Ashby.\n\n"
        'The two-goal hero was close to tears. "This is for my grandad," said the '
        "19-year-old, who only signed in June. Ashby now has nine goals this season.",
        {"This is for my grandad": "Callum Ashby"},
        id="en-said-the-age-then-named-in-the-next-sentence",
    ),
    pytest.param(
        "Persikat menang 2-0 atas Persimu. Gol pertama dicetak Rafael Kogoya pada "
        'menit ke-12. Pelatih Persikat, Yusuf Wanma, memuji pemainnya. "Mereka '
        'disiplin," kata Yusuf.\n\n'
        'Pencetak dua gol itu tampak emosional. "Gol ini untuk almarhum ayah saya," '
        "ujar pemain berusia 20 tahun itu. Rafael kini mengoleksi lima gol musim ini.",
        {
            "Mereka disiplin": "Yusuf Wanma",
            "Gol ini untuk almarhum ayah saya": "Rafael Kogoya",
        },
        id="id-ujar-pemain-berusia-then-named-in-the-next-sentence",
    ),
    pytest.param(
        "Flood water reached the old town on Sunday.\n\n"
        "A volunteer at the shelter, who asked not to be named, said 80 people had "
        'arrived. "We ran out of blankets," he said.\n\n'
        "The region's health director was more worried about the water. \"Do not "
        'drink from the taps until we say so," she told reporters. Dr Hanna Ilves '
        "said tests would take two days.",
        {
            "We ran out of blankets": "",
            "Do not drink from the taps": "Hanna Ilves",
        },
        id="en-a-description-then-she-then-named-in-the-next-sentence",
    ),
    pytest.param(
        "Finance minister Petra Lund unveiled the budget on Monday.\n\n"
        'The minister was defiant. "We will not back down," she said. Opposition '
        "leader Jane Moss said the plan was doomed.",
        {"We will not back down": "Petra Lund"},
        id="en-a-description-of-one-named-before-keeps-them",
    ),
]


# --- A body by the noun its name ends in (holdout4–5 shapes) -----------------------

BODY_NOUNS = [
    pytest.param(
        "A crane toppled at Dunmore Quay on Friday. St. Brannock's Infirmary said "
        "it was treating three workers.\n\n"
        '"Two are in a stable condition," the infirmary said. "The third is in '
        'surgery."',
        {
            "Two are in a stable condition": "St. Brannock's Infirmary",
            "The third is in surgery.": "St. Brannock's Infirmary",
        },
        id="en-the-infirmary-after-a-saints-name",
    ),
    pytest.param(
        "Smoke closed the Orrin tunnel for five hours. Drivers were turned back.\n\n"
        "St. Eluned's Hospital said it had treated 11 people for smoke.\n\n"
        '"None of them is in danger," the hospital said.',
        {"None of them is in danger": "St. Eluned's Hospital"},
        id="en-the-hospital-after-a-saints-name",
    ),
    pytest.param(
        "A barge sank in the Kessel estuary on Monday. It was carrying 900 tonnes "
        "of grain, according to its Dutch operator, Maasgrond Logistics. The company "
        'said it was "working with the harbour board" on a salvage plan.',
        {"working with the harbour board": "Maasgrond Logistics"},
        id="en-the-company-after-its-operator-apposed",
    ),
    pytest.param(
        "Tarif sandar kapal di Pelabuhan Tanjung Lumut naik mulai Senin.\n\n"
        "PT Sinar Bahari Nusantara, pengelola pelabuhan di kota itu, dalam "
        'keterangan tertulisnya menyebut kenaikan itu "tidak bisa dihindari lagi".',
        {"tidak bisa dihindari lagi": "PT Sinar Bahari Nusantara"},
        id="id-body-apposed-role-then-dalam-keterangan-menyebut",
    ),
    pytest.param(
        "Warga Kampung Sirih mengeluhkan bau dari sungai sejak pekan lalu.\n\n"
        "Dinas Lingkungan Hidup Kota Tanjung Raya membenarkan adanya pencemaran. "
        "Dalam keterangannya, dinas menyebut limbah berasal dari pabrik tahu dan "
        '"sudah ditangani sejak Senin".',
        {"sudah ditangani sejak Senin": "Dinas Lingkungan Hidup Kota Tanjung Raya"},
        id="id-opening-phrase-then-bare-dinas-menyebut",
    ),
    pytest.param(
        "Dua ekor harimau terlihat di kebun warga Desa Lubuk Rotan.\n\n"
        "Balai Taman Nasional Bukit Barisan Utara menurunkan tim ke lokasi. Melalui "
        'siaran pers, balai menyatakan harimau itu "tidak menyerang ternak".',
        {"tidak menyerang ternak": "Balai Taman Nasional Bukit Barisan Utara"},
        id="id-opening-phrase-then-bare-balai-menyatakan",
    ),
    pytest.param(
        "Longsor menutup jalan provinsi di Kecamatan Sungai Pinang.\n\n"
        "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lembah Hijau "
        "mengerahkan alat berat. Dalam keterangannya, badan menyebut jalan "
        '"bisa dilalui lagi besok pagi".',
        {
            "bisa dilalui lagi besok pagi": (
                "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lembah Hijau",
                "BPBD Kabupaten Lembah Hijau",
            )
        },
        id="id-bare-badan-after-a-name-with-its-short-form-inside",
    ),
]


# --- A bare role opening its sentence, for the one who holds it (holdout6) ---------

ROLES = [
    pytest.param(
        "Jaksa penuntut umum (JPU) Kejaksaan Negeri Lembah Tinggi menuntut terdakwa "
        "tujuh tahun penjara. Tuntutan dibacakan JPU Wulan Sari dalam sidang, "
        'Selasa. "Terdakwa tidak menunjukkan penyesalan," kata Wulan.\n\n'
        'Jaksa juga menilai perbuatan terdakwa "mencoreng nama baik desa".',
        {
            "Terdakwa tidak menunjukkan penyesalan": "Wulan Sari",
            "mencoreng nama baik desa": "Wulan Sari",
        },
        id="id-jaksa-opening-after-jpu-named",
    ),
    pytest.param(
        "The inquiry into the Halden mine flood opened on Monday. Its chairman, "
        'Sir Ewan Tate, said it would "follow the evidence".\n\n'
        'Chairman Tate also warned that the hearings would be "long and painful".\n\n'
        "Witnesses from the mine will appear next week. The chairman described "
        'their accounts as "essential".',
        {
            "follow the evidence": "Ewan Tate",
            "long and painful": "Ewan Tate",
            "essential": "Ewan Tate",
        },
        id="en-the-chairman-after-its-chairman-named",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    BODIES
    + ACRONYMS
    + AFFILIATIONS
    + DESCRIPTIONS
    + UNNAMED
    + SHORT_NAMES
    + MORE
    + INTERVIEWS
    + SUBJECTS
    + NAMED_AFTER
    + BODY_NOUNS
    + ROLES,
)
def test_the_speaker_of_each_quote(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        c.values[0]
        for c in INTERVIEWS
        if c.id.endswith("transcript-answer-stops-at-a-reported-paragraph")
    ],
)
def test_a_transcript_answer_does_not_run_into_a_reported_paragraph(text):
    from tests.text.test_quotes_attribution_shapes import _quotes

    reported = text.index("said" if "said" in text else "menyebut")
    opening = text.rfind("\n", 0, reported) + 1
    assert not [q for q, _ in _quotes(text) if text[opening : opening + 20] in q]


def test_asked_in_a_sentence_announces_no_interview():
    from tests.text.test_quotes_attribution_shapes import _quotes

    text = (
        "Finance director Ana Pryce said margins had narrowed. Asked whether the "
        "dividend was safe, she said it was.\n\n"
        "What happens next?\n\n"
        "The board meets in May to set the final payout.\n\n"
        "Will prices rise?\n\n"
        "Analysts at two brokers expect small rises in the spring."
    )
    assert _quotes(text) == []
