"""The measured phrase: what a claim's number measures, words from the text."""

from __future__ import annotations

import pytest

from annotations.text.claims import ClaimCandidate, find_claims


def _only(text: str) -> ClaimCandidate:
    (claim,) = find_claims(text)
    return claim


def _measured(text: str, phrase: str) -> str:
    start = text.index(phrase)
    for c in find_claims(text):
        if c.start <= start < c.end:
            return c.measured
    raise AssertionError(f"no claim on {phrase!r}: {find_claims(text)}")


@pytest.mark.parametrize(
    ("text", "phrase", "words"),
    [
        # A counted noun with nothing after it: its verb and the verb's subject.
        (
            "The ferry company operates 24 vessels on the northern routes.",
            "24 vessels",
            {"company", "operates", "vessels"},
        ),
        (
            "Sebuah bus pariwisata mengangkut 41 penumpang.",
            "41 penumpang",
            {"mengangkut", "penumpang"},
        ),
        (
            "The lifeboat crew pulled 17 swimmers from the surf.",
            "17 swimmers",
            {"crew", "pulled", "swimmers"},
        ),
        # A verb no list knows, after a modal: its subject too.
        (
            "It is a hard trade, where a diver can earn up to $40 a day.",
            "up to $40",
            {"diver", "earn"},
        ),
        # Money, shares and measures: the verb, not the speaker named before it.
        (
            "The mayor, Hilda Brandt, said the city would borrow $40 million.",
            "$40 million",
            {"city", "borrow"},
        ),
        (
            "Menurut Wahyu, koperasi baru menampung sekitar 2.300 ton jagung.",
            "sekitar 2.300 ton",
            {"koperasi", "menampung"},
        ),
        (
            "Ticket sales at the museum dropped 12% in the spring.",
            "12%",
            {"sales", "dropped"},
        ),
        # A change after a figure: the figure's thing, and how it changed.
        (
            "Jumlah pengunjung mencapai 8.100 orang, turun 14 persen dari tahun lalu.",
            "14 persen",
            {"pengunjung", "turun"},
        ),
    ],
)
def test_the_verb_and_its_subject_say_what_is_measured(
    text: str, phrase: str, words: set[str]
) -> None:
    assert words <= set(_measured(text, phrase).split())


@pytest.mark.parametrize(
    ("text", "phrase", "absent"),
    [
        # A reporting or linking verb governs no figure: the subject stays.
        (
            "Harga gula di pasar itu mencapai Rp 19.000 per kilogram.",
            "Rp 19.000",
            "mencapai",
        ),
        # A verb behind a comma belongs to another clause.
        (
            "Crews searched the dunes all night, and found 6 walkers at dawn.",
            "6 walkers",
            "night",
        ),
    ],
)
def test_a_verb_that_governs_nothing_adds_nothing(
    text: str, phrase: str, absent: str
) -> None:
    assert absent not in _measured(text, phrase).split()


@pytest.mark.parametrize(
    ("text", "phrase", "words"),
    [
        # The period of a change right before it: what changed.
        (
            "The board approved a fare rise of 8% over three years.",
            "three years",
            {"fare", "rise"},
        ),
        # A duration after "in", "for", "after": how long the clause's verb took.
        (
            "The tug towed the barge from the estuary to the dock in four hours.",
            "four hours",
            {"towed"},
        ),
        (
            "The striker limped off after 38 minutes on Saturday.",
            "38 minutes",
            {"striker", "limped"},
        ),
        # its object kept after the verb
        (
            "Pemerintah kota memberlakukan jam malam selama tiga hari.",
            "tiga hari",
            {"memberlakukan", "jam", "malam"},
        ),
    ],
)
def test_a_duration_after_a_preposition_says_what_took_it(
    text: str, phrase: str, words: set[str]
) -> None:
    assert words <= set(_measured(text, phrase).split())


def test_a_light_verb_before_the_object_adds_nothing() -> None:
    text = "Kedua menteri mengadakan pertemuan selama dua jam."
    assert _measured(text, "dua jam") == "pertemuan"


@pytest.mark.parametrize(
    ("text", "phrase", "words"),
    [
        # A look-back period: what happened in it, then the period itself.
        (
            "Jumlah penumpang kereta turun tajam dalam tiga bulan terakhir.",
            "tiga bulan terakhir",
            {"penumpang", "turun", "terakhir"},
        ),
        (
            "Dalam dua pekan terakhir, harga telur melonjak di pasar.",
            "dua pekan terakhir",
            {"harga", "telur", "terakhir"},
        ),
        (
            "Reservoir levels fell sharply in the past six months.",
            "six months",
            {"levels", "past"},
        ),
    ],
)
def test_a_period_says_what_it_saw(text: str, phrase: str, words: set[str]) -> None:
    assert words <= set(_measured(text, phrase).split())


@pytest.mark.parametrize(
    ("text", "phrase", "words"),
    [
        # A share of what an owner has: past the owner to the thing.
        ("Nearly 45% of Lisbon's trams run on old lines.", "45%", {"trams"}),
    ],
)
def test_a_share_reads_past_its_owner(text: str, phrase: str, words: set[str]) -> None:
    assert words <= set(_measured(text, phrase).split())


@pytest.mark.parametrize(
    ("text", "phrase", "words"),
    [
        # A count linked to its subject by "stood at", "mencapai", "of".
        (
            "By June the backlog of planning appeals stood at 2,400 cases.",
            "2,400 cases",
            {"backlog", "cases"},
        ),
        (
            "Kapasitas gudang itu mencapai 8.000 karung.",
            "8.000 karung",
            {"Kapasitas", "gudang", "karung"},
        ),
        # Nothing before the number (the end of a range): the verb of its clause.
        (
            "The survey recommended a cut of between 10 and 15 per cent.",
            "15 per cent",
            {"cut", "recommended"},
        ),
    ],
)
def test_a_count_says_what_it_is_the_size_of(
    text: str, phrase: str, words: set[str]
) -> None:
    assert words <= set(_measured(text, phrase).split())


def test_a_count_opening_a_sentence_takes_nothing_from_the_one_before() -> None:
    text = "It is what the crews are trained to do. Above 9,000 feet you need oxygen."
    assert "do." not in _measured(text, "9,000 feet").split()


def test_a_sibling_count_is_no_subject() -> None:
    text = "Dinas mengerahkan lima mobil pemadam dan 40 personel."
    assert "mobil" not in _measured(text, "40 personel").split()


def test_a_period_is_a_duration_whose_measured_phrase_says_so():
    text = "Kunjungan itu yang tertinggi dalam lima tahun terakhir."
    claim = _only(text)
    assert (claim.value, claim.unit) == (5, "year")
    # what the period saw, then the period itself
    assert claim.measured == "Kunjungan dalam lima tahun terakhir"
    english = _only("It was the highest-level visit in the past five years.")
    assert (english.value, english.unit) == (5, "year")
    assert english.measured == "highest-level visit in the past five years"
    assert claim.confidence < _only("Rapat berlangsung lima jam.").confidence


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        ("Gempa itu membuat 300 orang meninggal dunia.", "orang meninggal dunia"),
        ("Sebanyak 12 korban luka dibawa ke rumah sakit.", "korban luka"),
        ("Sedikitnya 40 rumah rusak berat di desa itu.", "rumah rusak berat"),
        ("At least six people were killed on Sunday.", "people were killed"),
        ("Kerugian negara mencapai Rp 3,2 triliun.", "Kerugian negara"),
        ("Dia melakukan pembicaraan selama tiga jam di wisma.", "pembicaraan"),
        ("The talks lasted about six hours.", "talks"),
        ("Blinken and Qin talked for about six hours.", "Blinken and Qin talked"),
        ("Kerugian ditaksir Rp 125 miliar, naik 15 persen.", "Kerugian naik"),
        (
            "Menurut Rahmat, kerugian sementara mencapai Rp 1 miliar.",
            "kerugian sementara",
        ),
        ("Ribuan warga mengungsi selama dua minggu.", "warga mengungsi"),
        ("The quake killed more than 2,000 in 1999.", "killed"),
        ("Hujan membuat 51 hektare sawah terendam.", "Hujan membuat sawah terendam"),
        ("A 6.4-magnitude earthquake struck.", "earthquake struck"),
        ("Inflasi naik 3 persen tahun ini.", "Inflasi naik"),
        ("Sekitar 60 persen warga setuju.", "warga setuju"),
    ],
)
def test_measured_phrase(text, measured):
    assert find_claims(text)[-1].measured == measured


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        ("Pemda menyiapkan Rp 2,5 miliar untuk perbaikan jalan.", "perbaikan jalan"),
        (
            "They set aside 50 billion rupiah ($3.2 million) for emergency relief.",
            "emergency relief",
        ),
        ("Nilainya 750.000 euro atau setara Rp 13,1 miliar.", "Nilai"),
        ("The quake struck about 87 km southwest of Dompu.", "southwest of Dompu"),
        (
            "It was 10 km deep, about 87 km southwest of the town of Dompu.",
            "southwest of the town of Dompu",
        ),
        (
            "Pusat gempa berjarak 87 kilometer arah barat daya Dompu.",
            "arah barat daya Dompu",
        ),
        (
            "Air di bendung itu naik hingga 220 sentimeter semalam.",
            "Air di bendung naik",
        ),
        (
            "Water at the weir rose to 220 centimetres overnight.",
            "Water at the weir rose",
        ),
        ("He arrived for a two-day visit.", "visit"),
        ("Ministers wrapped up two days of talks on Friday.", "talks"),
        ('"Petugas kami berjaga 24 jam di sana," katanya.', "Petugas kami berjaga"),
        ("The package includes €33 billion in loans.", "loans"),
        ("The bank has held its main rate at 5.25% since August.", "main rate"),
        ("Inflation fell to 3.2 per cent in March from 3.4 per cent.", "Inflation"),
        ("BI menahan suku bunga acuan di level 6,00 persen.", "suku bunga acuan"),
        ("Kredit tumbuh 12,36 persen yoy.", "Kredit tumbuh"),
        ("Leaders agreed after talks that lasted nearly 12 hours.", "talks"),
    ],
)
def test_measured_phrase_for_amounts_distances_and_durations(text, measured):
    assert find_claims(text)[-1].measured == measured


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        ("Ia divonis 8 tahun penjara kepada hakim.", "divonis penjara"),
        ("Denda Rp 500 juta subsider 6 bulan kurungan.", "kurungan"),
        ("Suap dari 12 proyek jalan senilai Rp 86 miliar.", "proyek jalan"),
    ],
)
def test_measured_phrase_in_court_reports(text, measured):
    assert find_claims(text)[-1].measured == measured


@pytest.mark.parametrize(
    ("text", "number", "phrase"),
    [
        (
            "Perundingan tarif antara Menteri Niaga Rudi Halim dan Menteri Dagang "
            "Kirana Lee berlangsung 7,5 jam sebelum kedua pihak keluar.",
            "7,5 jam",
            "Perundingan tarif",
        ),
        (
            "The meeting between Rudi Halim and Kirana Lee lasted about six hours.",
            "about six hours",
            "meeting",
        ),
        # Between two prices, too: the difference is what is measured.
        (
            "Selisih antara harga gabah dan harga beras mencapai Rp 3.000.",
            "Rp 3.000",
            "Selisih",
        ),
    ],
)
def test_between_two_parties_the_head_is_what_is_measured(text, number, phrase):
    (claim,) = [c for c in find_claims(text) if text[c.start : c.end] == number]
    assert claim.measured == phrase


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # A modal between the counted noun and its verb: the verb still follows.
        (
            "Petugas merawat 30 pendaki. Tiga orang harus dievakuasi ke puskesmas.",
            "Tiga orang",
            "orang harus dievakuasi",
        ),
        (
            "Medics treated 30 walkers and four people would need stitches.",
            "four people",
            "people would need stitches",
        ),
        # "N lainnya", "N others": the noun of the sibling count before.
        (
            "Sembilan nelayan selamat, sementara empat lainnya masih hilang.",
            "empat lainnya",
            "nelayan lainnya masih hilang",
        ),
    ],
)
def test_a_counted_noun_reaches_its_verb_and_its_sibling(text, phrase, expected):
    assert _measured(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # Nothing but a pronoun before the number: what the clause after says.
        (
            '"Tiga bulan saya hanya berlatih sendirian di rumah," kata Dewi.',
            "Tiga bulan",
            "berlatih sendirian di rumah",
        ),
        (
            '"The coach said I had 20 minutes to rescue the match," Ortega said.',
            "20 minutes",
            "rescue the match",
        ),
        # A period opening the sentence: what the clause after its comma says.
        (
            "Dalam dua hari saja, relawan mengumpulkan 800 karung pasir.",
            "dua hari",
            "relawan mengumpulkan",
        ),
        (
            "In four hours, the crews cleared the landslide from the road.",
            "four hours",
            "crews cleared the landslide",
        ),
        # "days of no trains": what the days were of, past its determiner.
        (
            "Passengers face three days of no ferries on the island route.",
            "three days",
            "ferries",
        ),
    ],
)
def test_a_measured_phrase_with_no_content_reads_the_clause_after(
    text, phrase, expected
):
    assert _measured(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # The end of a range and the second part of a compound duration
        # measure what the first figure does.
        (
            "The firm hopes to save between £4m and £6m a year.",
            "between £4m",
            "£6m",
        ),
        (
            "The council expects the resurfacing to last between 10 and 14 weeks.",
            "between 10",
            "14 weeks",
        ),
        (
            "Sidang lanjutan yang dipimpin hakim Ratna Dewi itu berlangsung "
            "3 jam 20 menit.",
            "3 jam",
            "20 menit",
        ),
        ("The lift inspection took 2 hours 15 minutes.", "2 hours", "15 minutes"),
        # The level a change started from measures what the new level does.
        (
            "Ticket revenue at the lido rose to £3.1 million from £2.4 million.",
            "£3.1 million",
            "£2.4 million",
        ),
    ],
)
def test_a_range_end_measures_what_its_start_does(text, first, second):
    assert _measured(text, first)
    assert _measured(text, second) == _measured(text, first)


@pytest.mark.parametrize(
    ("text", "phrase", "words"),
    [
        # "N of the M things", "N dari M anggota": the things of the whole.
        (
            "Sebanyak 212 dari 300 anggota koperasi telah menerima dana talangan.",
            "212",
            {"anggota", "menerima"},
        ),
        (
            "Investigators found faults in 58 of the 140 lifts inspected.",
            "58",
            {"lifts", "inspected"},
        ),
        # The start of a range: what the count after its end counts.
        (
            "Between 20 and 30 trawlers have already returned to port.",
            "Between 20",
            {"trawlers", "returned"},
        ),
        (
            "Sekitar 40 hingga 50 warga masih bertahan di masjid.",
            "Sekitar 40",
            {"warga", "bertahan"},
        ),
        # "N di antaranya", "N of them": what sets the part apart.
        (
            "Petugas mendata 45 sekolah, 12 di antaranya rusak berat.",
            "12",
            {"sekolah", "rusak", "berat"},
        ),
        (
            "Wardens checked 80 boats. Nine of them, all from the north harbour, "
            "had no licence.",
            "Nine",
            {"licence"},
        ),
    ],
)
def test_a_part_measures_its_whole_and_what_sets_it_apart(text, phrase, words):
    assert words <= set(_measured(text, phrase).split())


@pytest.mark.parametrize(
    ("text", "phrase", "words"),
    [
        # "a rise of 4.2%", "the increase of 30p": the noun before "of".
        ("A pay rise of 4.2% was agreed on Monday.", "4.2%", {"pay", "rise"}),
        (
            "The fare increase of 30p takes effect in May.",
            "30p",
            {"fare", "increase"},
        ),
        (
            "The trust has offered a grant of £8,000 for anyone restoring a mill.",
            "£8,000",
            {"grant"},
        ),
    ],
)
def test_the_noun_before_of_is_what_is_measured(text, phrase, words):
    assert words <= set(_measured(text, phrase).split())


@pytest.mark.parametrize(
    ("text", "phrase", "words"),
    [
        # A time adverb before the figure says when, not what.
        (
            "Tiket kapal cepat, sekarang Rp 180.000, akan naik bulan depan.",
            "Rp 180.000",
            {"Tiket", "kapal"},
        ),
        (
            "Parking permits, currently £60 a year, will double.",
            "£60",
            {"permits"},
        ),
        # What lasted, past a relative clause closed by a reporting verb.
        (
            "Seorang petugas yang enggan disebut namanya mengatakan pemadaman "
            "berlangsung sekitar empat jam.",
            "sekitar empat jam",
            {"pemadaman"},
        ),
        # A reporting aside between the subject and its figure.
        (
            "Biaya perbaikan, katanya, ditaksir Rp 900 juta.",
            "Rp 900 juta",
            {"Biaya", "perbaikan"},
        ),
        (
            "Total subsidi, jelas Marlina, mencapai Rp 4,2 miliar.",
            "Rp 4,2 miliar",
            {"subsidi"},
        ),
        # "untuk tahun anggaran 2027" is the period the money is for, no purpose.
        (
            "Dinas mengusulkan tambahan anggaran sebesar Rp 6 miliar untuk tahun "
            "anggaran berikutnya.",
            "Rp 6 miliar",
            {"tambahan", "anggaran"},
        ),
        (
            "Pemkab menyiapkan subsidi tiket sebesar Rp 1,2 miliar untuk sisa tahun "
            "ini.",
            "Rp 1,2 miliar",
            {"subsidi", "tiket"},
        ),
        # A relative clause's verb: its antecedent is the subject.
        (
            "Council lawyers will review the lease, which runs for another "
            "three years.",
            "three years",
            {"lease", "runs"},
        ),
        (
            "The mayor ended a dispute that had dragged on for nine weeks.",
            "nine weeks",
            {"dispute"},
        ),
        # "memakan waktu": what took the time.
        (
            "Perbaikan pompa air biasanya memakan waktu tiga hari.",
            "tiga hari",
            {"Perbaikan", "pompa"},
        ),
    ],
)
def test_the_subject_is_what_lasted_or_cost(text, phrase, words):
    assert words <= set(_measured(text, phrase).split())
