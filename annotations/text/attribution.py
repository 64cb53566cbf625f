"""Tell who a speaker phrase names: a person of the article, an institution or a medium.

An article introduces its people once in full ("Menteri Luar Negeri Amerika
Serikat Antony Blinken") and then calls them by a surname ("Blinken"), a role
("Menlu AS"), or a pronoun ("dia", "-nya", "he"). Cast reads those
introductions once per article; Cast.resolve() turns a phrase found next to a
quote into the full name as the article first gave it.

The word lists below are grammar and general knowledge (titles, ranks,
institution nouns, countries), never the strings of one outlet.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass, field

from annotations.text.matching import fold as _fold
from annotations.text.matching import same_person

# Names repeat through an article: folding each once is most of the saving.
fold = functools.lru_cache(maxsize=4096)(_fold)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def is_org_word(low: str) -> bool:
    """Return whether a folded word names an institution ("kementerian", "kemenhub")."""
    return low in ORG_WORDS or bool(_ORG_SHAPE.match(low))


# Indonesian institutions abbreviated by syllables: Kemenhub, Kemenko, Pemprov, Dinkes.
_ORG_SHAPE = re.compile(
    r"(?:kemen|pemprov|pemkab|pemkot|bappe|dinas|dinkes|disdik|dishub)\w*$"
    r"|(?:kejagung|kejati|kejari|bareskrim|puspenkum|kanwil)$"
)


# Titles, ranks and positions: stripped from names, kept in roles.
TITLES = _words(
    """
    presiden wakil menteri menlu menhan menkeu menko mendagri menkes menag mendikbud
    mendag menpora menkumham mensesneg menhub mentan menaker menperin menkominfo
    wamen wamenlu jubir juru bicara ketua kepala direktur dirut gubernur wagub
    bupati wabup wali walikota sekretaris sekjen jenderal jendral kapolda kapolri
    kapolres kapolsek kabid kadiv kasat kabareskrim kapuspen kadispen humas dr drs
    dra prof ir h hj kh ust ustaz mr mrs ms miss sir dame secretary president vice
    minister prime premier spokesperson spokesman spokeswoman spokespeople deputy
    chief head director chairman chairwoman chairperson chair ceo cfo coo founder
    senator sen rep representative gov governor mayor general gen lt col colonel
    admiral adm ambassador dubes duta pak bu bapak ibu mbak mas raja ratu king queen
    prince princess pangeran sultan syekh sheikh pope paus kanselir chancellor
    perdana pm panglima kasad kasal kasau brigjen irjen komjen kombes akbp akp iptu
    ipda mayjen letjen laksamana marsekal kolonel letkol kapten captain capt sersan
    sergeant major lieutenant corporal brigadier commodore anggota member officer
    official pejabat komisioner commissioner hakim
    judge jaksa prosecutor pengacara lawyer attorney profesor professor dosen
    peneliti researcher analis analyst pengamat ekonom economist dokter doctor
    komandan commander plt pj pjs danrem dandim pangdam kapten inspector inspektur
    superintendent detective senior staf staff adviser advisor penasihat koordinator
    coordinator manajer manager pemimpin leader redaksi editor reporter wartawan
    koresponden correspondent pendiri rektor dekan dean pilot nakhoda pol coach
    pelatih asisten assistant kapten striker penyerang gelandang bek kiper
    midfielder defender goalkeeper forward winger bos boss datuk dato datin tun seri
    tunku tengku haji hajjah terdakwa tersangka terpidana penggugat tergugat pelapor
    terlapor defendant suspect plaintiff lawmaker legislator councillor councilor
    councilman councilwoman congressman congresswoman assemblyman assemblywoman
    councilmember councilperson assemblymember alderman alderwoman selectman selectwoman
    mp mep mla msp
    executive president-elect premier-elect envoy negotiator regulator camat lurah
    regent magistrate archbishop referee skipper physician
    mensos wapres ny nyonya tuan tn drg drh
    sekda kades kadis danramil babinsa politikus politisi politician plh kasi kanit
    kepsek kalapas karutan
    kasat kabag kasubag kasubbag kaur paur kalaksa kalak wakapolres wakapolda
    wakapolsek wakapolri wakasat danyon danlanal danlanud danlantamal kasipenkum
    drg father sheriff pastor pendeta romo pastur bishop uskup rabbi constable
    kompol aiptu aipda bripka brigpol briptu bripda bharada bharatu brigadir lettu
    letda serka serma sertu pelda peltu kopda praka pratu prada laksma laksda marsma
    marsda inf kav arh czi cpm cba chb ckm cku psk mar pnb kowad kowal
    kang bang cak gus ning buya teh uda daeng bung abah mang kak neng bli mbah nenek kakek opung
    kiai kyai habib ustadz artis aktor aktris penyanyi musisi komedian selebgram
    presenter sutradara
    """
)
# Nouns for people in general: stripped from names, but no single person holds them.
PEOPLE_NOUNS = _words(
    """
    warga resident residents saksi witness witnesses petugas aktivis activist
    activists pakar expert experts guru teacher teachers analis analyst analysts
    pengamat observer observers ekonom economist economists peneliti researcher
    researchers pejabat official officials sumber source sources diplomat diplomats
    lawmakers legislators members anggota leaders people orang korban victim victims
    relawan volunteer volunteers mahasiswa student students pengunjuk demonstran
    protesters protester penduduk masyarakat publik public netizen warganet
    critics colleagues neighbours neighbors fans supporters parents survivors
    villagers workers farmers traders commuters passengers voters
    """
)
# Occupations written as a title before a name ("Fisherman Arif Rahman", "Nurse
# Linda Park"); none is also a common given name or surname (no "Baker", "Porter").
OCCUPATIONS = _words(
    """
    farmer fisherman nurse midwife villager shopkeeper trader vendor mechanic
    pensioner retiree commuter passenger homeowner tenant landlord landlady survivor
    rescuer firefighter paramedic surgeon engineer miner labourer laborer plumber
    electrician cleaner cashier waiter waitress headteacher headmaster headmistress
    chef widow widower veteran shopper smallholder rancher herder boatman
    ferryman motorist athlete housewife homemaker tailor barber supporter
    teacher student resident volunteer activist driver co-author worker candidate
    challenger incumbent victim teenager youngster
    """
)
# Nouns that make a phrase an institution.
ORG_WORDS = _words(
    """
    kementerian kemlu kemenlu deplu departemen kemenkeu kemenhan kemendagri kemenkes
    pemerintah pemprov pemkot pemkab istana gedung putih kepresidenan badan komisi
    dewan partai fraksi faction polda polres polsek polri polisi kepolisian tni dpr dprd mpr kpk
    pbb nato asean kedutaan kedubes konsulat ministry department dept government
    administration white house kremlin pentagon embassy consulate council committee
    commission agency party police army navy military militer force forces court
    pengadilan mahkamah kejaksaan universitas university institut institute lembaga
    dinas balai biro bureau kantor office pusat center centre satgas direktorat bidang
    directorate inspectorate secretariat
    divisi bank perusahaan company corp corporation inc ltd group grup federation
    federasi asosiasi association serikat union organisasi organization organisation
    yayasan foundation body badan-badan authority authorities otorita otoritas co
    airline maskapai club klub bea cukai imigrasi customs immigration paguyuban
    himpunan ikatan persatuan perkumpulan forum aliansi koalisi komunitas kelompok
    pt cv tbk persero inc ltd llc plc gmbh bnpb bpbd bmkg basarnas who unicef imf
    kodam korem kodim koramil lantamal lanud kostrad kopassus brimob
    trust charity society alliance coalition fund watch holdings
    """
)
# Nouns that make a phrase a medium.
MEDIA_WORDS = _words(
    """
    media kantor berita televisi tv stasiun radio surat kabar harian koran majalah
    portal situs laman newspaper paper broadcaster outlet agency magazine channel
    network tabloid daily
    """
)
# Wire services and broadcasters quoted the world over, recognised when they report.
KNOWN_MEDIA = _words(
    """
    reuters afp ap bloomberg xinhua antara kyodo yonhap bernama tass ria cnn bbc
    cctv cgtn nhk aljazeera al-jazeera dpa ansa efe
    """
)
# Countries, demonyms and place parts: stop a name, kept in a role.
PLACES = _words(
    """
    as us usa u.s uk ri nkri amerika america american americans serikat united
    states china chinese tiongkok cina rusia russia russian ukraina ukraine
    ukrainian indonesia indonesian jepang japan japanese korea korean selatan utara
    timur barat tengah south north east west central inggris britain british england
    prancis perancis france french jerman germany german israel israeli palestina
    palestine palestinian iran iranian india indian taiwan taiwanese beijing
    washington moskow moscow kyiv kiev jakarta arab saudi turki turkey turkish mesir
    egypt egyptian australia australian filipina philippines malaysia malaysian
    singapura singapore thailand thai vietnam myanmar kanada canada meksiko mexico
    brasil brazil afrika africa eropa europe european eu asia pasifik pacific
    belanda netherlands dutch italia italy italian spanyol spain spanish spaniard
    belgian swiss swede swedish norwegian danish finnish portuguese greek austrian
    czech hungarian romanian croatian serbian colombian argentine argentinian
    chilean peruvian nigerian kenyan ethiopian ghanaian pakistan
    afghanistan irak iraq suriah syria lebanon yordania qatar yaman yemen
    gaza hongkong hong kong tokyo seoul london paris berlin canberra jawa sumatera
    sumatra kalimantan sulawesi papua bali aceh riau jambi bengkulu lampung banten
    yogyakarta diy dki maluku gorontalo ntt ntb kepulauan bangka belitung metro jaya
    desa kecamatan kelurahan dusun
    sumut sumbar sumsel jabar jateng jatim kalbar kalteng kalsel kaltim kaltara sulut
    sulteng sulsel sultra sulbar malut kepri babel
    raya kabupaten kota provinsi province city county state negara nation federal
    republik republic rakyat people's nasional national internasional international
    luar negeri dalam foreign affairs home interior defense defence pertahanan
    keuangan finance treasury perdagangan trade keamanan security kesehatan health
    pertanian pendidikan perhubungan perindustrian pariwisata kehutanan kelautan
    perikanan energi agama sosial ketenagakerjaan hukum lingkungan hidup agriculture
    education transport transportation energy justice labour labor commerce industry
    tourism environment
    """
)
# Portfolios of ministries and offices: "Dinas Kesehatan Sikka", a district follows.
PORTFOLIOS = _words(
    """
    luar negeri dalam foreign affairs home interior defense defence pertahanan
    keuangan finance treasury perdagangan trade keamanan security kesehatan health
    pertanian pendidikan perhubungan perindustrian pariwisata kehutanan kelautan
    perikanan energi agama sosial ketenagakerjaan hukum lingkungan hidup agriculture
    education transport transportation energy justice labour labor commerce industry
    tourism environment
    """
)
# Titles followed by the place or portfolio they hold: "Kapolres Bantul", "Menteri Pertanian".
_PLACE_TAKING = _words(
    """
    menteri minister kapolda kapolres kapolsek gubernur governor bupati wali
    walikota mayor pangdam danrem dandim kajati kajari kepala ketua camat lurah
    direktur director sekretaris chief head ceo manajer manager sekda kades kadis
    kalaksa kalak wakapolres wakapolda wakapolsek danramil danyon kasi kanit kasat
    kabag kasubag kasubbag kaur paur wabup wagub wakil
    """
)
# Capitalised words that start sentences or name days and months, never people.
FUNCTION_WORDS = _words(
    """
    dalam pada di ke dari seusai usai setelah sebelum sesudah saat ketika namun
    tetapi tapi akan tetapi sementara itu kemudian selain menurut menurutnya seperti sebanyak sejumlah
    kata ujar ucap tutur ungkap jelas tegas tambah imbuh cetus sebut terang papar
    lanjut katanya ujarnya said says asked told added
    sebagaimana meski meskipun walau walaupun jika kalau bila apabila karena sebab
    sejak hingga sampai bagi untuk oleh dengan tanpa atas antara terkait soal
    mengenai tentang adapun bahkan juga pun kini sekarang hari ini itu tersebut para
    sang si sebuah seorang beberapa semua kedua pertemuan pembicaraan kunjungan
    senin selasa rabu kamis jumat jum'at sabtu minggu januari februari maret april
    mei juni juli agustus september oktober november desember the a an in on at of
    for to by with from but however after before when while as if though although
    since until during because meanwhile also then still yet so and or this that
    these those his her their its our my your it he she they we i you monday tuesday
    wednesday thursday friday saturday sunday january february march may june july
    august october december foto video baca lihat simak berita breaking news update
    """
)
# Capitalised function words that are also given names, mid-sentence.
# "Lalu" opens Sasak names ("Lalu Ahmad Zulkarnaen"), though "lalu" means "then".
_NAMES_LIKE_WORDS = frozenset({"Said", "Lalu"})
# Place words that end people's names too, after a given name: "Sukirman Jaya".
_NAME_LIKE_PLACES = frozenset({"jaya"})
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z][\w'’-]*)[ ]$")
# Honorifics that open a name ("Gus Yahya", "Ning Sarah") and also end some
# ("Mao Ning"): after a name word and before none, they are the name's.
HONORIFICS = _words("kang bang cak gus ning teh uda daeng bung mang kak neng bli")
_HONORIFICS = HONORIFICS
_AFTER_A_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*[ ]$")
# Months, which are also given names ("May Tolliver", "August Lindqvist") when a
# name follows them rather than a day or a year.
_MONTHS = _words(
    """
    january february march april may june july august september october november
    december januari februari maret mei juni juli agustus oktober desember
    """
)
# Words before a month naming a time: "On 5 August", "since May", "akhir Juni".
_BEFORE_A_DATE = re.compile(
    r"(?:\d|\b(?:in|on|since|by|until|till|from|to|of|last|next|early|late|mid|this"
    r"|during|before|after|through|bulan|pada|sejak|hingga|sampai|awal|akhir"
    r"|pertengahan|tanggal|tgl)\b)[\s-]*$",
    re.IGNORECASE,
)
# One capitalised word after a month, followed by no number: "August Lindqvist said".
_BEFORE_A_NAME = re.compile(r" ([A-Z][a-z][\w'’-]*)\b(?!\s*\d|[\w'’-])")
# Facilities and places named after people: "Bandara Frans Seda", "Jalan Sudirman",
# "Frans Seda Airport". A run holding one of these words is never a person.
FACILITIES = _words(
    """
    bandara bandar pelabuhan jalan jl jln terminal jembatan rsud rsup stadion
    gelanggang lapangan masjid gereja pura pasar taman bendungan waduk gunung
    kecamatan kelurahan desa kampung dusun airport airfield airstrip street st
    road avenue boulevard highway pier bridge stadium
    arena hospital mosque church dam mount
    sekolah sd sdn smp smpn sma sman smk smkn mts mtsn
    """
)
PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "da", "der", "den", "al", "el", "la", "le", "ibn", "dos", "du"})  # fmt: skip
SINGULAR_PRONOUNS = frozenset({"dia", "ia", "beliau", "he", "she"})
PLURAL_PRONOUNS = frozenset({"mereka", "they", "kami", "we", "kita"})
DETERMINERS = frozenset({"itu", "tersebut", "ini", "the", "a", "an", "sang", "seorang", "para"})  # fmt: skip
# Roles written as one abbreviation; expanded so "Menlu AS" finds "Menteri Luar Negeri AS".
_EXPAND = {
    "menlu": "menteri luar negeri",
    "wamenlu": "wakil menteri luar negeri",
    "menhan": "menteri pertahanan",
    "menkeu": "menteri keuangan",
    "mendagri": "menteri dalam negeri",
    "jubir": "juru bicara",
    "menhub": "menteri perhubungan",
    "menkes": "menteri kesehatan",
    "menag": "menteri agama",
    "mendag": "menteri perdagangan",
    "mentan": "menteri pertanian",
    "menaker": "menteri ketenagakerjaan",
    "menperin": "menteri perindustrian",
    "mensos": "menteri sosial",
    "menpora": "menteri pemuda olahraga",
    "mendikbud": "menteri pendidikan kebudayaan",
    "wapres": "wakil presiden",
    "wagub": "wakil gubernur",
    "wabup": "wakil bupati",
    "kadinkes": "kepala dinas kesehatan",
    "kadisdik": "kepala dinas pendidikan",
    "kadishub": "kepala dinas perhubungan",
    "kadis": "kepala dinas",
    "kades": "kepala desa",
    "kepsek": "kepala sekolah",
    "kalapas": "kepala lembaga pemasyarakatan",
    "karutan": "kepala rumah tahanan",
    "kapuspenkum": "kepala pusat penerangan hukum",
    "kapuspen": "kepala pusat penerangan",
    "kalak": "kepala pelaksana",
    "kalaksa": "kepala pelaksana",
    "sekda": "sekretaris daerah",
    "kajari": "kepala kejaksaan negeri",
    "kajati": "kepala kejaksaan tinggi",
    "kabid": "kepala bidang",
    "kasat": "kepala satuan",
    "kaban": "kepala badan",
    "kemlu": "kementerian luar negeri",
    "kemenlu": "kementerian luar negeri",
    "deplu": "departemen luar negeri",
    "sekjen": "sekretaris jenderal",
    "dubes": "duta besar",
    "pm": "perdana menteri",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "secretary of state": "secretary state",
    # Epithets of one office: "kata Kepala Negara", "the head of state said".
    "kepala negara": "presiden",
    "head of state": "president",
}
# Spellings of one place, folded to one key so roles compare across them.
_SAME_PLACE = {
    "as": "us", "amerika": "us", "america": "us", "american": "us", "usa": "us",
    "u.s": "us", "tiongkok": "china", "cina": "china", "chinese": "china",
    "rusia": "russia", "russian": "russia", "inggris": "uk", "britain": "uk",
    "british": "uk", "ri": "indonesia", "indonesian": "indonesia",
    "kementerian": "departemen", "ministry": "departemen", "department": "departemen",
}  # fmt: skip
_ROLE_NOISE = frozenset({"serikat", "united", "states", "of", "the", "itu", "tersebut", "a", "an", "dan", "and", "former", "mantan", "eks", "ex", "bekas", "pak", "bapak", "bu"})  # fmt: skip

# Role words one person holds at a time (with a place or an organisation).
_SPECIFIC = (TITLES | _words(" ".join(_EXPAND.values()))) - _words(
    "senior staf staff member officer official anggota"
)

# Titles in a team that its name may follow: "Pelatih Persib Bojan Hodak".
_DISTRICT_NOUNS = _words("kabupaten kota provinsi kecamatan kelurahan desa")
# Offices of a whole country: no district follows their portfolio.
_NATIONAL = _words("kementerian kementrian ministry department departemen")
_TEAM_TITLES = _words("pelatih coach manajer manager kapten captain")
# Titles of one district's office, always followed by the district's name.
_LOCAL_TITLES = _words(
    "kapolda kapolres kapolsek gubernur bupati wali walikota camat lurah pangdam danrem"
    " dandim kajati kajari"
)
# English titles come after their place ("Environment Minister Hanif Faisol
# Nurofiq"): the words after them are the name, however many.
_EN_TITLE_FIRST = _words("minister governor mayor director chief head ceo manager")
_CLUB_SHAPE = re.compile(r"Pers[a-z]{2,8}|PS[A-Z]{1,3}")
_COMPANY = _words("pt cv tbk persero inc ltd llc plc gmbh corp co")
_COMPANY_SUFFIX = _words("tbk persero inc ltd llc plc gmbh corp")
_ORG_OF = re.compile(
    r"\b(?:" + "|".join(sorted(ORG_WORDS)) + r")\s+(?:of|for|in|di)\s+[A-Z]", re.I
)
_TAKES_COMPLEMENT = (
    _PLACE_TAKING
    | ORG_WORDS
    | _words(
        "of kota kabupaten provinsi kecamatan kelurahan desa city county province"
        " district distrik regency village"
    )
)
# "Istri terdakwa, Lestari,", "Anggota Komisi I DPR, Sukamta,": a word in lower case or
# an acronym before the comma (never a list of capitalised names).
_NAMED_BEFORE = re.compile(r"\b(?:bernama|named|only\s+as)\s+$")
_SUBJECT_NAMED = re.compile(
    r"\b(?:(?:[Aa]n?|[Oo]ne|[Ss]eorang|[Ss]alah\s+seorang)\s+)?[A-Za-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:bernama|named)\s+$"
)
_AFTER_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|of|from|to|near|di|dari|ke)\s+$")
_NAMED_APPOSED = re.compile(r",\s*namanya\s+$")
# "Salah satunya Sumarni (58), ...", "Among them was Dora Platt, ...": the one of
# a group the sentence brings in is its subject.
_ONE_OF_THEM_LEAD = re.compile(
    r"\W*(?:[Ss]alah\s+(?:satu|seorang)(?:nya|\s+di\s+antaranya)?(?:\s+adalah)?"
    r"|[Dd]i\s+antaranya(?:\s+adalah)?|(?:[Aa]mong|[Oo]ne\s+of)\s+them"
    r"(?:\s+(?:was|is))?)\s*,?\s*"
)
_APPOSED_BEFORE = re.compile(r"\b(?:[a-z][\w-]*|[A-Z]{2,})\s*,\s*$")
# "Seorang nelayan di Tengkayu, Sahrul (45),", "A resident of Elm Street, Dana,":
# an indefinite description of one person, then the name in commas.
_ONE_PERSON_BEFORE = re.compile(
    r"^\W*(?:seorang|salah\s+seorang|salah\s+satu|sang|a|an|one)\s+[a-z][^,.;:!?]*,\s*$",
    re.IGNORECASE,
)


# Words opening a sentence before a name: "Rovers' ", "Harbour City's ".
_POSSESSIVE_LEAD = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:['’]s?)\s+")
# "Regent ", "Political scientist ": a capitalised word and up to two lower-case ones.
_OWNER_LEAD = re.compile(r"(?:His|Her|Their)(?:\s+[a-z][a-z-]+){0,2}\s+")
_LOWER_DESCRIPTION = re.compile(r"(?:[a-z][a-z-]+\s+){1,3}")
_DESCRIPTION_LEAD = re.compile(r"[A-Z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}\s+")
# The relative clause after a name, up to a later name apposed in it: ", yang saat
# itu bersama suaminya, ", " (40), who was with her sister, ".
_RELATIVE_AFTER_NAME = re.compile(
    r"(?:\s*\(\d{1,3}\))?,\s*(?:yang|who|whose)\s[^,.;:!?\"“”\n]{1,80},\s*$"
)
# ", who has worked there for 17 years, said", ", yang ikut memantau, menyebut": a
# clause on the one just named, then its verb.
_RELATIVE_THEN_VERB = re.compile(
    r"(?:\s*\(\d{1,3}\))?,\s*(?:who|yang)\s[^,.;:!?\"“”\n]{1,100}"
    r"(?:,\s*(?:and|but|dan)?[^,.;:!?\"“”\n]{1,60}){0,2}"
    r",\s*(?:also\s+|then\s+|later\s+|juga\s+|pun\s+|kemudian\s+)?"
    r"(?:said|says|told|tells|added|warned|argued|insisted|me[a-z]{4,})\b"
)
_BODY_OF_PERSON = re.compile(
    r"\b(?:of|at|for|from|with|dari|di|pada|untuk)\s+(?:the\s+)?$", re.IGNORECASE
)
# A sentence that says who spoke or acted, its speaker or agent after the verb.
_SPOKEN_BY = re.compile(
    r"\b(?:di(?:sampaikan|katakan|ungkapkan|tegaskan|jelaskan|tuturkan|utarakan"
    r"|bantah|benarkan|akui|tanggapi|sanggah|tepis|alami|rasakan|keluhkan"
    r"|beberkan|paparkan|ceritakan|kisahkan|respons|jawab|komentari|sambut)"
    r"|kata|ujar|said|says|according\s+to|menurut|oleh|by)\b",
    re.IGNORECASE,
)
# "Yosef Ladi dan Maria Lewar", "Tom Price and Ann Webb": a second person joined.
_JOINED_TO_NAME = re.compile(r"\s+(?:dan|and|serta|&)\s+[A-Z][a-z]")
# Words before a name that make it an object: "wrote to", "run by", "kepada".
_OBJECT_PREPOSITIONS = _words(
    """
    to with for from at about against by kepada dengan untuk dari terhadap bersama
    tentang soal oleh
    """
)


def _acts_on(word: str) -> bool:
    """Return whether a lower-case word is a verb or a preposition, not a description.

    "wrote", "spoke", "menyurati", "to", "kepada" are; "teacher", "menteri",
    "member" are not. Past forms in -ed are left alone: "retired teacher".
    """
    return word in _OBJECT_PREPOSITIONS or (
        bool(_VERBISH.fullmatch(word))
        and not word.endswith("ed")
        and word not in TITLES
        and not is_descriptor(word)
    )


def _introduced_by_description(text: str, pos: int) -> bool:
    """Return whether the name at pos follows "Seorang ibu di X," in its sentence.

    Or an office that opens the sentence: "Ketua Paguyuban Nelayan Teluk Dalam,
    Hj. Masniah,".
    """
    lead = text[sentence_start(text, pos) : pos]
    if _ONE_PERSON_BEFORE.match(lead):
        return True
    m = _OFFICE_LEAD.match(lead)
    # "Warga Kampung Melayu, Ujang,": a resident of a place, then the name.
    return bool(m) and (
        is_descriptor(m.group(1)) or m.group(1).casefold() in PEOPLE_NOUNS
    )


_NAMED_HEAD = re.compile(r"\W*(?P<first>[A-Z][\w'’-]+)\s+[A-Z][\w'’-]+\b")
_OFFICE_LEAD = re.compile(
    r"^\W*([A-Z][\w-]*)\s[^,]{2,80},\s*(?:[A-Z][a-z]{0,3}\.\s*){0,2}$"
)


# Nouns for the people living somewhere: "warga Koto Rantau", "penduduk Long Bawan".
_RESIDENT_NOUNS = frozenset({"warga", "penduduk"})
# A name (and its age in brackets) then a comma: "Rosmaini (52), ".
_APPOSED_TO_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s*\(\d{1,3}\))?\s*,\s*$")
# Head nouns an Indonesian title word may follow as its modifier: "hakim ketua",
# "hakim anggota" (the presiding judge, a member of the bench).
_HEAD_NOUNS = frozenset({"hakim"})

_PLACE_BEFORE = (
    r"\b(?:di|ke|dari|Kabupaten|Kab\.|Kota|Provinsi|Kecamatan|Desa|Kelurahan|Polres"
    r"|Polsek|Polda|Kejari|Kejati|Pemkab|Pemkot|Pemprov|BPBD|RSUD|wilayah|warga"
    r"|in|at|from)"
)
# An academic or professional degree written after a name: "M.Sc.", "S.H.", "Sp.A".
DEGREE = r"(?:[A-Z][a-z]{0,3}\.\s?(?:[A-Z][A-Za-z]{0,4}\.?){1,3}|Ph\.?D\.?|MBA|PhD)"
_DEGREE_WORD = re.compile(DEGREE)
# Between an office and the name apposed to it: a comma and ranks ("AKBP", "dr.").
_OFFICE_GAP = re.compile(r",\s*(?:[A-Za-z]+\.?\s+){0,3}")
# "Anggota DPRD Lembah dari Fraksi Demokrat, Rina Kartika,": the office's body.
_FROM_BODY_GAP = re.compile(
    r"\s+(?:dari|from|of)\s+(?:[A-Z][\w'’-]*\s+){1,4}?(?:[A-Z][\w'’-]*),\s*"
)
# "pada Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) provinsi, ": the body a
# unit's office is part of, closed by the comma before its holder's name.
_AT_BODY_GAP = re.compile(
    r"\s+(?:pada|di|at)\s+[A-Z][\w'’&-]*"
    r"(?:\s+(?:[A-Z][\w'’&-]*|\([A-Z][\w.]*\)|dan|and|of|&)){0,9}"
    r"(?:\s+[a-z]+){0,2}\s*,\s*"
)
_UNIT_NAME = re.compile(
    r"\b(?P<noun>[A-Z][a-z]+)\s+(?=((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){1,3})"
    r"\s+(?:pada|di|at|of)\b)"
)
_KIN_GIVEN_NAME = re.compile(
    r"\b(?:[Hh]is|[Hh]er|(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s)\s+"
    r"(?:older\s+|younger\s+|twin\s+|elder\s+)?"
    r"(?P<kin>brother|sister|son|daughter|father|mother|husband|wife)"
    r"(?:\s+and\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?\s*,?\s*(?P<given>[A-Z][a-z]+)\s*,"
)
# "Dennis and Margaret Holloway", "Budi dan Sri Santoso": given names sharing a surname.
_JOINED_GIVEN = re.compile(
    r"\b(?P<given>[A-Z][a-z]+)\s+(?:and|dan|&)\s+"
    r"(?P<full>[A-Z][a-z]+\s+[A-Z][\w'’-]+)\b(?!\s+[A-Z])"
)
_AGE_APPOSED = re.compile(r",\s*\d{1,3}\s*,")
_DESCRIBED_AFTER = re.compile(
    r"\s*(?:\(\d{1,3}\))?\s*,\s*(?:salah|seorang|sang|a|an|the|one|who|whose"
    # "Sari (30), warga Desa Sukamaju, ...": a lowercase noun for people.
    r"|(?-i:" + "|".join(sorted(PEOPLE_NOUNS, key=len, reverse=True)) + r"))\b"
)
# "Kepala BPBD Sumbawa, " right before a name: an office of capitalised words.
_OFFICE_BEFORE = re.compile(
    r"(?:^|(?<=[\s,]))([A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,5}),\s*$"
)
_APPOSED_AFTER = re.compile(r"\s*(?:\(\d{1,3}\))?\s*,")
_COMMA_GAP = re.compile(r"\s*(?:\(\d{1,3}\))?\s*,\s*")
_IN_BRACKETS = re.compile(r"\([^()\n]*$")
# Words making a role someone's deputy: "Wakil Bupati" is not "Bupati".
_DEPUTY = frozenset({"wakil", "deputy", "vice", "assistant", "asisten", "wk"})
_ALIAS = re.compile(r" ?\(([A-Z][\w'’-]+)\)")
_ALIAS_SAID = re.compile(
    r",?\s+(?:atau|alias|a\.k\.a\.?|(?:also\s+|better\s+)?known\s+as"
    r"|(?:yang\s+)?(?:akrab|biasa|kerap)\s+(?:di)?(?:sapa|panggil|kenal)(?:\s+dengan)?)"
    r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_LOWER_WORD = re.compile(r"\b[a-z]\w+")
_TOKEN = re.compile(r"\w+(?:['’.-]\w+)*")
ABBREVIATED_TITLE = frozenset({"ny", "tn", "pol", "dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "adm", "h", "hj", "ir", "drs", "st", "jr", "sr", "drg", "sgt", "maj", "brig", "cmdr", "supt", "insp", "atty", "rev", "fr", "hon"})  # fmt: skip
_ABBREVIATED_TITLE = ABBREVIATED_TITLE
# Given names written short, part of the name: "Moh. Rizal", "Muh. Arif", "Abd. Rahman".
NAME_ABBREVIATIONS = frozenset({"moh", "muh", "mhd", "moch", "mochd", "abd", "ach"})
_GENERATION = frozenset({"jr", "sr"})
# Title abbreviations that are surnames too: "Amartya Sen", "Mira Gen".
_SURNAME_LIKE_TITLES = frozenset({"sen", "gen", "rep", "col", "gov"})
_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s+(?=[\"“‘'(]?[A-Z0-9])|\n")
_CLAUSE_END = re.compile(r"[.!?][\"”’']*(?:\s|$)|\n")
_AGE = re.compile(r"^\s*\(\d{1,3}\)")
# "of Hasanuddin University", "from the Port Authority" right after a name.
_BODY_AFTER_NAME = re.compile(
    r",?\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’&.-]*"
    r"(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w'’&.-]*){0,5}"
    r",?\s+"
)
_CUE_NAME = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|tambah|imbuh|lanjut|terang|papar"
    r"|said|says)\s+([A-Z][a-z][\w'’-]*)\b(?![\w'’-]|\s+[A-Z])"
)
# "pelaku berinisial RS", "dengan inisial AF": initials the article names a person by.
_INITIALS = re.compile(r"\b(?:ber)?inisial\s+([A-Z]{1,4})\b")
# A name after these is an object or in a clause of its own, never the subject:
# "in Cawang", "the Almada fans", "whether Kuala Lumpur would".
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|of|to|from|with|by|for|the|a|an|di|ke|dari|dengan|kepada|oleh|untuk"
    r"|bagi|pada|terhadap|bersama|dan|and|whether|if|that|bahwa|apakah|jika|kalau"
    r"|asked|about|tentang|soal)\s+$",
    re.IGNORECASE,
)
# "..., says Dr. Maya Kusuma": the speech verb comes before its subject.
_INVERTED_VERB = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|explained|explains|noted|notes|recalled"
    r"|recalls|continued|continues|kata|ujar|ucap|tutur|ungkap|jelas|tegas|tambah"
    r"|imbuh|terang|papar|lanjut|tulis|sebut|menurut|according\s+to|disampaikan"
    r"|dikatakan|diungkapkan|ditegaskan|dijelaskan|dituturkan|diutarakan"
    # "Hal serupa dialami Siti (38)": the one who went through it speaks next.
    r"|dialami|dirasakan|diakui|dibenarkan|dikeluhkan|dibeberkan|dipaparkan"
    r"|diceritakan|dikisahkan)"
    r"(?:\s+oleh)?\s+$",
    re.IGNORECASE,
)
# "Hal senada disampaikan pengamat transportasi Djoko": who the passive says spoke,
# behind the words in lower case that describe them.
_PASSIVE_AGENT = re.compile(
    r"\b(?:disampaikan|dikatakan|diungkapkan|ditegaskan|dijelaskan|dituturkan"
    r"|diutarakan"
    # "Pernyataan itu dibantah Mahfud.": who denies or confirms it speaks.
    r"|dibantah|disanggah|ditepis|dibenarkan|ditanggapi|dijawab|dikomentari|direspons"
    r"|disambut)"
    r"(?:\s+oleh)?\s+(?:[a-z][\w-]*\s+){0,3}$"
    # "Pernyataan itu ditanggapi dingin oleh Yosefina": the agent of a passive.
    # Not in a relative clause: "seperti yang dikemukakan oleh Presiden Xi".
    r"|(?<!yang\s)\bdi[a-z]{3,}\s+(?:[a-z]+\s+){0,2}?oleh\s+(?:[a-z][\w-]*\s+){0,3}$"
    # "The government's line, as set out by health minister Ann Roe": the one
    # who set it out speaks.
    r"|\b(?:set|spelled|spelt|laid)\s+out\s+(?:\w+\s+){0,2}?by\s+(?:[a-z][\w-]*\s+){0,3}$"
)
# "That was the message from coach Tom Hadley", "Such was the verdict of": the one
# named after it said the words just quoted, or about to be.
MESSAGE_FROM = re.compile(
    r"(?:(?:That|This|Such|It)\s+(?:was|is)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:message|verdict|warning|view|assessment|reaction|response|promise|plea"
    r"|advice|take|word)\s+(?:from|of)\s+"
    # "The words came from Detective Superintendent Lisa Varga".
    r"|(?:The|Those|These|That|Such)\s+(?:[\w-]+\s+){0,2}?(?:words|remarks?"
    r"|comments?|message|verdict|warning|assessment|plea|admission|promise)"
    r"\s+(?:came|come|comes)\s+from\s+)"
)
_MESSAGE_BEFORE = re.compile(MESSAGE_FROM.pattern + r"(?:[a-z][\w'’-]*\s+){0,3}$")
# Words that open reported speech: a name after them is inside what is reported.
_REPORTED_BEFORE = re.compile(
    r"\W*(?:Menurut(?:nya|\s+(?:dia|beliau))\b|According\s+to\s+(?:him|her|them)\b"
    r"|(?:Ia|Dia|Beliau)\s+(?:(?:juga|pun|kemudian)\s+)?(?:mengatakan|menyebut(?:kan)?"
    r"|menjelaskan|menambahkan|menegaskan|menilai|mengungkapkan|menuturkan"
    r"|menyampaikan|memastikan|menyatakan|mengaku|mengakui|memperkirakan)\b)"
)
_ACCOMPANYING = re.compile(
    r"\b(?:didampingi|accompanied\s+by|flanked\s+by|joined\s+by|bersama(?:\s+dengan)?"
    r"|beserta|along\s+with|together\s+with)\s+"
    # "bersama Camat Lembah, Rina Kartika": an office in commas before the name.
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}(?:(?-i:[A-Z])[\w'’.-]*,\s+)?$",
    re.IGNORECASE,
)
_SOURCE_BEFORE = re.compile(r"\b(?:Menurut|According\s+to)[ ]$")
_TITLE_AFTER = re.compile(r"[ ]([A-Z][a-z]+)\b")
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|across|towards|toward|dekat)[ ]$")
_OFFICE_THEN_NAME = re.compile(r",\s*(?:[A-Za-z]{1,4}\.\s*)*[A-Z][a-z]+\s+[A-Z]")
_THE_BEFORE = re.compile(r"(?:^|(?<=\W))[Tt]he[ ]$")
_HIS_TITLES = "Mr|Pak|Bapak|Tuan|Tn"
_HER_TITLES = "Mrs|Ms|Miss|Bu|Ibu|Ny|Nyonya"
_COURTESY_BEFORE = re.compile(rf"\b(?:{_HIS_TITLES}|{_HER_TITLES}|Mx)\.?[ ]$")
# A courtesy title right before a name, and the gender it tells: "Mrs Holloway",
# "Pak Santoso", "Ny. Helena".
_COURTESY_GENDER = re.compile(
    rf"\b(?:(?P<m>{_HIS_TITLES})|(?P<f>{_HER_TITLES}))\.?[ ]$"
)


def courtesy_gender(text: str, pos: int) -> str:
    """Return "m" or "f" when a courtesy title ends right before pos, else ""."""
    found = _COURTESY_GENDER.search(text, max(0, pos - 8), pos)
    if found is None:
        return ""
    return "m" if found.group("m") else "f"


_AGE_IN_BRACKETS = re.compile(r"[ \t]*\(\d{1,3}(?:\s*(?:th|thn|tahun))?\)")
# Verbs that open what their subject says or thinks, before a reported clause.
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|told\s+\w+|tells\s+\w+|added|adds|explained|stated|claimed"
    r"|noted|warned|insisted|argued|believes|believed|thinks|thought|recalled"
    r"|mengatakan|menyebut|menyebutkan|menambahkan|menjelaskan|menegaskan"
    r"|mengungkapkan|menuturkan|menyampaikan|mengaku|mengakui|bercerita|menilai"
    r"|memastikan|menyatakan|menduga|memperkirakan|mengklaim|mengeluhkan"
    r"|menerangkan|memaparkan|membeberkan|berpendapat|membenarkan|mengonfirmasi"
    r"|menceritakan|mengenang|mengingatkan|memperingatkan|menginformasikan"
    r"|confirmed|revealed|announced|alleged|suggested|acknowledged|admitted"
    r"|estimated|complained|hopes|expects|fears|feared|hoped|expected)\b"
    r"(?:\s+(?:that|bahwa))?[ ,]*"
)
_ENDS_SENTENCE = re.compile(r"\s*(?:[.!?]|$)")
_PRONOUN_OPENS = re.compile(r"[\W]*(?:Ia|Dia|Beliau|He|She)\s+[a-z]")
# "Menurut Kepala Desa X, Rina,", "According to Dana Pierce, the treasurer,": the
# source opening a sentence, whose words after its comma are what it reports.
_SOURCE_LEAD = re.compile(
    r"\W*(?:Menurut|According\s+to)\s+(?!(?:dia|beliau|him|her)\b)"
)


def _reported_after_source(text: str, begin: int, first: int, end: int) -> bool:
    """Return whether a name at first is in what a sentence's opening source reports.

    The source's phrase ends at its first comma, unless the name is set in
    commas right after it ("Menurut Kepala Desa Suka Maju, Rina Wulandari, ...").
    """
    lead = _SOURCE_LEAD.match(text, begin, first)
    if not lead:
        return False
    gap = text[lead.end() : first]
    commas = gap.count(",")
    if not commas:
        return False
    apposed = commas == 1 and gap.rstrip().endswith(",") and text[end : end + 1] == ","
    return not apposed


_VERBISH = re.compile(
    # "hanya menjawab", "masih menunggu", "only smiled": an adverb before the verb.
    r"(?:(?:juga|pun|kemudian|lalu|hanya|sempat|langsung|segera|tetap|masih|sudah"
    r"|telah|belum|tidak|tak|akan|bahkan|justru|also|then|later|only|still|just"
    r"|never|already|again|quickly|simply)\s+){0,2}"
    r"(?:me\w+|ber\w+|said|says|told|tells|added|adds|has|had|have|is|was|will|would"
    r"|can|could|thinks|believes|wants|\w+ed"
    # English verbs whose past does not end in -ed: "Arif Rahman lost his boat".
    r"|lost|spoke|went|came|saw|took|gave|made|met|led|left|ran|fled|found|felt"
    r"|kept|held|began|wrote|sat|stood|knew|thought|sent|paid|won|got|built|sold"
    r"|bought|brought|fought|taught|heard|hid|lay|rose|drove|flew|swam|woke|wore"
    r"|read|put|set|shut|spent|meant|became|chose|broke|wept|struck)\b"
)


# English words that tell a person's gender; Indonesian pronouns do not.
_GENDER_WORDS = {
    **dict.fromkeys(("he", "his", "him", "himself", "mr", "husband", "father",
                     "son", "brother", "uncle", "grandfather", "sir", "suami", "tuan", "tn",
                     "suaminya", "ayah", "ayahnya", "putra", "putranya", "bapak",
                     "pak"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself", "mrs", "ms", "miss",
                     "wife", "mother", "daughter", "sister", "aunt", "ny", "nyonya",
                     "grandmother", "dame", "madam", "istri", "istrinya", "ibu",
                     "ibunya", "bu", "putri", "putrinya"), "f"),
}  # fmt: skip
# "him" is left out: an object pronoun in the sentence of a name points to somebody
# else ("Judge Ann Roe remanded him"); "her" may be a possessive, "himself" reflexive.
_GENDER_PRONOUN = re.compile(r"\b(he|his|himself|she|her|hers|herself)\b")
# ", her deputy": a possessive opening an apposition after a name.
_APPOSED_POSSESSIVE = re.compile(r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3})?\s*,\s*(?:his|her)")
# "helped her.", "told her that": "her" as an object, not a possessive; "showed
# her the ward", "gave her a lift": the first of two objects, a determiner after.
_OBJECT_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$|\s(?:to|and|in|on|at|with|for|from|that|after|before|about"
    r"|into|as|by|when|while|again|back|up|out|off|down|over|the|a|an|this|these"
    r"|those|some|his|its|their|our|my|your)\b)"
)
_GENDER_BEFORE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|husband|wife|father|mother|son|daughter|brother|sister"
    r"|uncle|aunt|grandfather|grandmother|Sir|Dame|Tuan|Tn|Ny|Nyonya"
    # Indonesian kin and courtesy words: "suaminya, Budi", "Ibu Siti", "Pak Budi".
    r"|suami(?:nya)?|istri(?:nya)?|ayah(?:nya)?|ibu(?:nya)?|[Bb]apak|Pak|Bu"
    r"|putra(?:nya)?|putri(?:nya)?)\b\.?,?\s*(?:[A-Z]\w*\.?\s+)?$"
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # the name as written: "Antony Blinken", "Blinken"; "" for a role alone
    role: str  # role words written around it, "" if none
    subject: bool  # the subject of its sentence (what a later pronoun points to)


@dataclass(frozen=True)
class Source:
    speaker: str  # full name, institution or medium; "" when unknown
    role: str = ""
    kind: str = ""  # "person" | "institution" | "medium" | ""
    how: str = (
        ""  # "name" | "surname" | "role" | "pronoun" | "institution" | "medium" | ""
    )


@dataclass
class Cast:
    """The people an article names, in order, with their roles."""

    text: str
    mentions: list[Mention] = field(default_factory=list)
    people: dict[str, str] = field(
        default_factory=dict
    )  # folded full name -> first spelling
    _starts: list[int] = field(default_factory=list)
    # word of a full name -> (start, words, folded full name) of its mentions, in order
    _by_word: dict[str, list[tuple[int, tuple[str, ...], str]]] = field(
        default_factory=dict
    )
    _roles: dict[str, str] = field(
        default_factory=dict
    )  # full name -> first role given
    _lowercase_words: frozenset[str] = frozenset()
    # Initials standing for a person's name: "tersangka berinisial RS".
    _initials: frozenset[str] = frozenset()
    # Single names after a speech verb: "ujar Riva", for names hidden in a company's.
    _cue_names: frozenset[str] = frozenset()
    _genders: dict[str, str] | None = None
    # Where unnamed speakers are brought in ("A village official, who asked not to
    # be named, said"), in order: a later pronoun may point to them (voices.py).
    anonymous: list[int] = field(default_factory=list)
    # The quoted spans the cast was read with: words there are no one's mention.
    quoted: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def read(cls, text: str, quoted: list[tuple[int, int]] = ()) -> Cast:
        """Read the people of text; words inside quoted spans are never subjects."""
        cast = cls(text)
        cast.quoted = list(quoted)
        cast._lowercase_words = frozenset(_LOWER_WORD.findall(text))
        cast._initials = frozenset(_INITIALS.findall(text))
        cast._cue_names = frozenset(_CUE_NAME.findall(text))
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        for run in _runs(text, tokens):
            mention = cast._mention(run)
            if mention is None:
                continue
            if mention.subject and (
                _inside(quoted, mention.start)
                # "Cllr Sue Pritchard (Lab, Eastgate), who ...": a party, a ward
                # or an age in brackets after a name is never the subject.
                or _IN_BRACKETS.search(text, max(0, mention.start - 40), mention.start)
                or cast._in_reported_clause(mention)
                or cast._in_relative_clause(mention)
                # "Pemiliknya, Yosef Ladi dan Maria Lewar, kini mengungsi": two
                # people as one subject, which no "ujarnya" or "she said" names.
                or _JOINED_TO_NAME.match(text, mention.end)
            ):
                mention = Mention(
                    mention.start, mention.end, mention.name, mention.role, False
                )
            cast.mentions.append(mention)
        cast._named_by_reference()
        cast._apposed_offices()
        cast._offices_apposed_after_names()
        cast._apposed_single_names()
        for mention in cast.mentions:
            if len(mention.name.split()) >= 2:
                cast._introduce(mention.name)
                alias = _ALIAS.match(text, mention.end)
                if alias and fold(alias.group(1)) not in cast.people:
                    # "Joko Widodo (Jokowi)": the short name is the same person.
                    cast.people[fold(alias.group(1))] = cast.people[fold(mention.name)]
                elif alias := _ALIAS_SAID.match(text, mention.end):
                    # "Yahya Cholil Staquf atau Gus Yahya", "Rudy Salim, known as
                    # Rudy": the other name is the same person, however titled.
                    for name in {alias.group(1), parse_phrase(alias.group(1)).name} - {
                        ""
                    }:
                        cast.people[fold(name)] = cast.people[fold(mention.name)]
        cast._kin_by_given_name()
        cast._given_names_joined()
        for mention in cast.mentions:
            full = fold(mention.name)
            if full in cast.people:
                words = tuple(full.split())
                for word in set(words):
                    cast._by_word.setdefault(word, []).append(
                        (mention.start, words, full)
                    )
        for mention in cast.mentions:
            if len(mention.name.split()) != 1:
                continue
            # "Kapolda Irjen Karyoto", "Istri terdakwa, Lestari, ...": one-word names.
            apposed = _APPOSED_AFTER.match(text, mention.end) and (
                _APPOSED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                or _introduced_by_description(text, mention.start)
                # "Yanti (34), salah seorang warga, mengaku": described after.
                or (
                    _starts_sentence(text, mention.start)
                    and (
                        _DESCRIBED_AFTER.match(text, mention.end)
                        # "Sumini, 54, whose son died, said": an age says a person.
                        or _AGE_APPOSED.match(text, mention.end)
                    )
                )
            )
            # "Seorang warga bernama Enjang (52)", "a driver named Joe".
            apposed = apposed or _NAMED_BEFORE.search(
                text, max(0, mention.start - 12), mention.start
            )
            apposed = apposed or mention.name in cast._initials
            # "Ujang (45)", "Siti (38 tahun)": an age in brackets says a person.
            apposed = apposed or bool(_AGE_IN_BRACKETS.match(text, mention.end))
            # "Menurut Sri,": the source a sentence opens on is a person.
            apposed = apposed or bool(
                _SOURCE_BEFORE.search(text, max(0, mention.start - 14), mention.start)
            )
            # "Ms Nandakumar", "Pak Slamet": a courtesy title says a person.
            apposed = apposed or bool(
                _COURTESY_BEFORE.search(text, max(0, mention.start - 8), mention.start)
            )
            # "Hal senada diungkapkan Darto, pedagang ...": the one a passive
            # speech verb makes speak.
            apposed = apposed or bool(
                _PASSIVE_AGENT.search(text, max(0, mention.start - 60), mention.start)
                and _APPOSED_AFTER.match(text, mention.end)
            )
            if (mention.role or apposed) and cast.full_name(
                mention.name, mention.start
            ) == mention.name:
                cast._introduce(mention.name)
        cast._starts = [m.start for m in cast.mentions]
        for mention in cast.mentions:
            full = cast.people.get(fold(mention.name))
            if full and mention.role:
                cast._roles.setdefault(full, mention.role)
        return cast

    # --- building -------------------------------------------------------------------

    def _in_reported_clause(self, mention: Mention) -> bool:
        """Return whether a name is in what the sentence's subject says.

        "Ujang Rahmat mengatakan Bupati Agus Salim belum datang", "Lisa Moon said
        Mayor Tom Price had ignored it": the one named after the subject's
        speech verb is reported on, not the one a later pronoun points to.
        """
        text = self.text
        first = text.rfind(mention.role, 0, mention.start) if mention.role else -1
        first = first if first >= 0 else mention.start
        begin = sentence_start(text, first)
        verbs = list(_REPORTING_VERB.finditer(text, begin, first))
        if not verbs:
            return False
        verb = verbs[-1]
        # The speaker: a person named as subject before the verb, in this sentence.
        return any(
            begin <= m.start < verb.start() and m.subject and (m.role or " " in m.name)
            for m in self.mentions[-4:]
        ) or bool(_PRONOUN_OPENS.match(text, begin, verb.start()))

    def _in_relative_clause(self, mention: Mention) -> bool:
        """Return whether a name is apposed inside a clause on the sentence's subject.

        "Yuliana Nona (40), yang saat itu bersama suaminya, Kornelis, mengaku",
        "Paula Reyes, who was with her sister, Maria Ortiz, said": the subject
        named before the relative clause speaks; the one apposed in it does not.
        A name apposed to a subject the clause describes ("Pria yang menolong
        korban, Yohanes, mengaku") has no subject named before it.
        """
        text = self.text
        first = text.rfind(mention.role, 0, mention.start) if mention.role else -1
        first = first if first >= 0 else mention.start
        if not text[:first].rstrip().endswith(","):
            return False
        begin = sentence_start(text, first)
        return any(
            begin <= m.start
            and m.subject
            and (m.role or " " in m.name)
            and _RELATIVE_AFTER_NAME.match(text, m.end, first)
            for m in self.mentions[-4:]
        )

    def _kin_by_given_name(self) -> None:
        """Give "His brother and business partner, Callum," the family's surname.

        A brother, sister, son, daughter, parent or spouse named by a given name
        only, after "his"/"her" or a person's possessive: the surname of that
        person (the last named in full before, outside a place phrase, for a
        pronoun; in the same sentence, for a spouse).
        """
        for m in _KIN_GIVEN_NAME.finditer(self.text):
            given = m.group("given")
            if self.people.get(fold(given), given) != given:
                continue  # "Callum" stands for someone named in full already
            owner = m.group("owner")
            if owner:
                full = self.full_name(owner, m.start())
            else:
                # A spouse takes the surname of one named in the same sentence
                # only ("Ann Holt and her husband Tom"): "Her husband, Syamsul,"
                # after another's story, "His wife, Priya," after Tom Ashdown's
                # quote, keep their own.
                spouse = m.group("kin") in ("husband", "wife")
                floor = sentence_start(self.text, m.start()) if spouse else 0
                before = [
                    mention.name
                    for mention in self.mentions
                    if floor <= mention.start < m.start()
                    and len(mention.name.split()) >= 2
                    and fold(mention.name) in self.people
                    # "two boats out of Wester Brae": a place, not whose brother.
                    and not _AFTER_PLACE_PREPOSITION.search(
                        self.text, max(0, mention.start - 12), mention.start
                    )
                ]
                full = self.people[fold(before[-1])] if before else ""
            if len(full.split()) < 2:
                continue
            whole = f"{given} {full.split()[-1]}"
            self.people[fold(given)] = whole
            self.people.setdefault(fold(whole), whole)

    def _given_names_joined(self) -> None:
        """Give "Dennis and Margaret Holloway" both the surname: a couple, siblings.

        A given name alone, then "and"/"dan"/"&" and a name in full: the lone
        name is the first of two people of that surname, unless the article
        names someone in full with it already.
        """
        for m in _JOINED_GIVEN.finditer(self.text):
            given, full = m.group("given"), m.group("full")
            if (
                fold(given) in self.people
                or fold(full) not in self.people
                or len(full.split()) != 2
                or self._word_kind(given, m.start("given")) != "name"
                or any(fold(given) in k.split() for k in self.people)
            ):
                continue
            whole = f"{given} {full.split()[-1]}"
            self.people[fold(given)] = whole
            self.people.setdefault(fold(whole), whole)

    def _introduce(self, name: str) -> None:
        if not name or fold(name) in self.people:
            return
        for known in self.people.values():
            # Spellings of one name differ by a letter or two, never by a third.
            if abs(len(known) - len(name)) * 3 <= len(name) and same_person(
                known, name
            ):
                self.people[fold(name)] = known
                return
        words = fold(name).split()
        for known in self.people.values():
            # "Menurut Sri Mulyani" after "Sri Mulyani Indrawati": the first words of
            # a name given in full before.
            if fold(known).split()[: len(words)] == words or (
                # "Van der Berg" after "Lisa van der Berg": a surname with particles.
                words[0] in PARTICLES
                and len(fold(known).split()) > len(words)
                and fold(known).split()[-len(words) :] == words
            ):
                self.people[fold(name)] = known
                return
        self.people[fold(name)] = name

    def _word_kind(self, word: str, at: int) -> str:
        low = word.casefold().rstrip(".")
        end = at + len(word)
        if (
            low in _SURNAME_LIKE_TITLES
            and self.text[end : end + 1] != "."
            and not re.match(r"\s+[A-Z]", self.text[end : end + 3])
            and at > 1
            and self.text[at - 1] == " "
            and self.text[at - 2].isalpha()
        ):
            return "name"  # "Mira Sen said": a surname, not "Sen." for Senator
        if (
            low in _GENERATION
            and at > 1
            and self.text[at - 1] == " "
            and self.text[at - 2].isalpha()
        ):
            return "name"  # "Jane Doe Jr.": part of the name, no title
        if (
            low in ("laut", "udara")
            and (prev := _WORD_BEFORE.search(self.text, max(0, at - 30), at))
            and prev.group(1).casefold() in TITLES
        ):
            return "title"  # "Letda Laut Yosef Bata", "Kolonel Udara": the rank's arm
        if word in _NAMES_LIKE_WORDS and not _starts_sentence(self.text, at):
            return "name"  # "Ketua Banggar DPR Said Abdullah"
        if (
            low in _HONORIFICS
            and _AFTER_A_NAME.search(self.text, max(0, at - 30), at)
            and not re.match(r"\s+[A-Z]", self.text[end : end + 2])
        ):
            return "name"  # "Mao Ning", "Wu Gang": a name, not "Ning Sarah"
        if word[-2:] in ("'s", "’s") and re.match(r" [A-Z]", self.text[end : end + 2]):
            return "place"  # "Kenya's Daniel Okafor": whose, not who
        if (
            low in _MONTHS
            and word[:1].isupper()
            and (given := _BEFORE_A_NAME.match(self.text, end))
            and _name_word(given.group(1), inside=False)
            and given.group(1).casefold() not in _MONTHS
            and not _BEFORE_A_DATE.search(self.text, max(0, at - 16), at)
        ):
            return "name"  # "August Lindqvist", "June Halvorsen": a given name
        if (
            len(word) == 1
            and word.isupper()
            and self.text[end : end + 2] == ". "
            and self.text[end + 2 : end + 3].isupper()
            and not _starts_sentence(self.text, at)
        ):
            return "name"  # "Dedie A. Rachim": an initial, not the article "a"
        if (
            low in TITLES
            or low in PEOPLE_NOUNS
            # "Secretary-General", "Attorney-General": titles joined by a hyphen.
            or ("-" in low and all(part in TITLES for part in low.split("-")))
            or _is_title_abbreviation(word)
            or _ID_HEAD_OF.match(low)
            or ("." in word and _DEGREE_WORD.fullmatch(word))
        ):
            return "title"  # "Sp.PD", "M.Kes" too: degrees after a name
        if is_org_word(low):
            return "org"
        if low in MEDIA_WORDS:
            return "media"
        if (
            low in _NAME_LIKE_PLACES
            and (prev := _WORD_BEFORE.search(self.text, max(0, at - 30), at))
            and self._word_kind(prev.group(1), prev.start(1)) == "name"
        ):
            return "name"  # "Sukirman Jaya", not "Polda Metro Jaya"
        if low in PLACES or (low in FACILITIES and word[:1].isupper()):
            return "place"
        if low in PARTICLES and word.islower():
            return "particle"
        if low in FUNCTION_WORDS or low in SINGULAR_PRONOUNS or low in PLURAL_PRONOUNS:
            return "function"
        if not word[0].isupper():
            return "lower"
        if word in self._initials:
            return "name"  # "RS mengaku ..." after "tersangka berinisial RS"
        if word.isupper() and len(word) > 1:
            return "acronym"
        if low in self._lowercase_words and _starts_sentence(self.text, at):
            if (title := _TITLE_AFTER.match(self.text, end)) and title.group(
                1
            ).casefold() in TITLES:
                return "lower"  # "Fire Chief Carla Diaz": the title's words
            return "function"  # "Pertemuan" when "pertemuan" occurs too
        if word[0].isdigit():
            return "lower"
        return "name"

    def _mention(self, run: list[tuple[int, int]]) -> Mention | None:
        text = self.text
        last_start, last_end = run[-1]
        if self._word_kind(text[last_start:last_end], last_start) != "name":
            if (
                len(run) >= 3
                and self._word_kind(text[run[0][0] : run[0][1]], run[0][0]) == "title"
                and self._word_kind(text[last_start:last_end], last_start) == "place"
                and _OFFICE_THEN_NAME.match(text, last_end)
            ):
                # "Kepala Dinas Kesehatan Sumatera Barat, drg. Maria Sinaga,": an
                # office ending in its place, the holder's name in commas after.
                return Mention(
                    run[0][0], last_end, "", text[run[0][0] : last_end], False
                )
            return (
                None  # a name ends its run: "Kementerian Luar Negeri China" holds none
            )
        kinds = [self._word_kind(text[s:e], s) for s, e in run]
        if all(kind == "name" for kind in kinds) and _NEAR_BEFORE.search(
            text, max(0, run[0][0] - 10), run[0][0]
        ):
            return None  # "unearthed near Tadley Cross": a place
        if kinds[0] == "media" and all(kind == "name" for kind in kinds[1:]):
            return None  # "Radio Kelmore", "Harian Pagi": a medium's name
        opens_the = text[run[0][0] : run[0][1]] == "The"
        if (
            len(run) >= 2 + opens_the
            and all(kind == "name" for kind in kinds[opens_the:])
            and (
                opens_the or _THE_BEFORE.search(text, max(0, run[0][0] - 5), run[0][0])
            )
        ):
            # "the Kessock Crossing", "the Harrow Arms": "the" never opens a
            # person's name, only a place's or a thing's.
            return None
        if kinds[0] in ("org", "place") and _BRACKETED_SHORT.match(text, last_end):
            # "Indonesia Fiscal Watch (IFW)", "Badan Pengawas Pemilu (Bawaslu)": a
            # body with its short form, though its last words look like a name.
            return None
        if (
            len(run) > 2
            and text[run[0][0] - 1 : run[0][0]] == "("
            and text[run[0][1] : run[0][1] + 1] == ")"
            and kinds[1] != "name"
        ):
            # "(BMKG) Stasiun Sam Ratulangi": a body's unit after its short form,
            # not a person the short form's office describes.
            return None
        # "Kabupaten Gunung Kidul", "Kota Bandar Lampung": a district named with a
        # facility word is a place of two words, not a facility named after someone.
        districts = set()
        for j in range(len(run) - 2):
            s0, e0 = run[j]
            s1, e1 = run[j + 1]
            if (
                text[s0:e0].casefold() in _DISTRICT_NOUNS
                and text[s1:e1].casefold() in FACILITIES
            ):
                kinds[j + 1] = kinds[j + 2] = "place"
                districts.add(j + 1)
        # The name is the trailing block of name words (particles inside it).
        i = len(run)
        while i > 0 and (
            kinds[i - 1] == "name"
            # "Lisa van der Berg": particles, one or more, before a name word.
            or (
                kinds[i - 1] == "particle"
                and i < len(run)
                and kinds[i] in ("name", "particle")
            )
        ):
            i -= 1
        while i < len(run) and kinds[i] == "particle":
            i += 1
        while i < len(run) - 1 and text[run[i][0] - 1 : run[i][0]] == "(":
            i += 1  # "Irjen (Purn) Santoso Widjaja": the bracket is the title's
        name_tokens = run[i:]
        if not name_tokens or len(name_tokens) > 4:
            return self._named_after_company(run)
        if (
            any(
                text[s:e].casefold() in _COMPANY
                for s, e in run[: len(run) - len(name_tokens)]
            )
            and not any(
                text[s:e].casefold() in _COMPANY_SUFFIX
                for s, e in run[: len(run) - len(name_tokens)]
            )
            or any(text[s:e].casefold() in _COMPANY for s, e in name_tokens)
        ):
            # "PT Nusantara Seluler": a company, whatever its words.
            return self._named_after_company(run)
        if any(
            text[s:e].casefold() in FACILITIES
            and text[s].isupper()
            # "Kepala Desa Nangahale": an office, not a place named after someone;
            # "warga Desa Sukamaju" is where a person lives.
            and not (
                k
                and kinds[k - 1] == "title"
                and text[run[k - 1][0] : run[k - 1][1]].casefold() not in PEOPLE_NOUNS
            )
            and k not in districts
            # "Asosiasi Pedagang Pasar Seluruh Indonesia (APPSI) Sudaryono": the
            # facility word is in a body's name, which ends before the person's.
            and not any(kinds[j] in ("org", "acronym") for j in range(k + 1, i))
            for k, (s, e) in enumerate(run)
        ):
            return None  # "Bandara Frans Seda", "Frans Seda Airport": a place
        if (
            i > 0
            and kinds[i - 1] == "org"
            and text[run[i - 1][0]].islower()
            and not any(kinds[j] == "title" for j in range(i))
        ):
            # "the conservation group Clear Rivers", "lembaga Kajian Pangan
            # Mandiri": a body's kind in lower case, then its name; nobody's.
            return None
        while (
            (
                len(name_tokens) >= 3
                and is_descriptor(
                    text[name_tokens[0][0] : name_tokens[0][1]], self._lowercase_words
                )
                # "Van der Berg said" after "Lisa van der Berg": a particle, capitalised.
                and text[name_tokens[0][0] : name_tokens[0][1]].casefold()
                not in PARTICLES
            )
            or (
                # "Fisherman Budi said": an occupation never given as a first name.
                len(name_tokens) == 2
                and text[name_tokens[0][0] : name_tokens[0][1]].casefold()
                in OCCUPATIONS
            )
        ):
            # "Lawmaker Jane Doe": the description belongs to the role.
            kinds[i] = "title"
            i += 1
            name_tokens = run[i:]
        prep = i - 1
        while prep > 0 and kinds[prep] == "place":
            prep -= 1  # "for North Kessington": a compass word is part of the place
        if (
            len(run) - prep - 1 >= 3
            and len(name_tokens) > 2
            and prep > 0
            and text[run[prep][0] : run[prep][1]] in ("for", "of")
            and kinds[prep - 1] in ("title", "org", "place")
            # "A spokesperson for Orchard Valley Transit": a body, not a place.
            and text[run[prep - 1][0] : run[prep - 1][1]].casefold()
            not in _SPOKESPERSON
        ):
            # "member for North Kessington Dana Whitcombe", "Governor of West Java
            # Ridwan Kamil": the words after the preposition open with its place,
            # or with its portfolio ("Minister for Health Budi Gunadi Sadikin").
            start = prep + 1
            while start < len(run) - 1 and (
                text[run[start][0] : run[start][1]].casefold() in PORTFOLIOS
                or text[run[start][0] : run[start][1]] in ("and", "&")
            ):
                start += 1
            end = start if start > prep + 1 else len(run) - 2
            for j in range(i, end):
                kinds[j] = "place"
            i = max(i, end)
            name_tokens = run[i:]
        if (
            i > 0
            and text[run[i - 1][0] : run[i - 1][1]].casefold() in _RESIDENT_NOUNS
            and _APPOSED_TO_NAME.search(
                text[max(0, run[i - 1][0] - 60) : run[i - 1][0]]
            )
        ):
            # "Rosmaini (52), warga Koto Rantau": the person is named before; the
            # words after "warga" are where she lives.
            return None
        if len(name_tokens) == 1 and i > 0:
            before = text[run[i - 1][0] : run[i - 1][1]].casefold()
            if before in PEOPLE_NOUNS:
                return None  # "warga Cipete": where they live, not who they are
            person_title = any(
                kinds[j] == "title"
                and text[run[j][0] : run[j][1]].casefold() not in _SPOKESPERSON
                for j in range(i)
            )
            if kinds[i - 1] == "org" and not person_title:
                return None  # "Kementerian Kominfo", "Partai Demokrat": an institution
            if kinds[i - 1] in ("org", "acronym") and self._used_as_place(
                text[run[i][0] : run[i][1]]
            ):
                return None  # "Ketua DPRD Sikka" when the article says "di Sikka"
        role_start = next(
            (
                j
                for j in range(i)
                if kinds[j] in ("title", "org", "media", "place", "acronym")
            ),
            i,
        )
        functions = [j for j in range(role_start, i) if kinds[j] == "function"]
        if functions:
            # "Kapolda Soal Bentrok Suporter": a function word parts the title from
            # the capitalised words after it, which are not its holder.
            role_start = functions[-1] + 1
        has_title = any(kinds[j] == "title" for j in range(role_start, i))
        if has_title:
            # "Harbor City manager": the words before the title belong to the role.
            role_start = next(
                (j for j in range(role_start) if kinds[j] != "function"), role_start
            )
        role_tokens = run[role_start:i]
        # "Kapolres Bantul", "Pusat Data": the word after these belongs to the role.
        before_name = text[run[i - 1][0] : run[i - 1][1]].casefold() if i else ""
        # "hakim ketua Bambang Suryo": "ketua" describes the judge, its head noun,
        # and takes no body after it as in "Ketua DPRD Sikka".
        modifies_noun = (
            i > 1 and text[run[i - 2][0] : run[i - 2][1]].casefold() in _HEAD_NOUNS
        )
        holds_place = (
            (
                before_name in _TAKES_COMPLEMENT
                and before_name not in _EN_TITLE_FIRST
                and not modifies_noun
            )
            or bool(_ID_HEAD_OF.match(before_name))
            or (
                # "Kadis PUPR Sikka Yoseph Bera" when "Sikka" stands alone elsewhere.
                i > 0
                and kinds[i - 1] == "acronym"
                and len(run) - i >= 3
                and self._stands_alone(
                    text[run[i][0] : run[i][1]], text[run[i + 1][0] : run[i + 1][1]]
                )
            )
            or (len(run) - i >= 4 and is_org_word(before_name))
            or (
                # "Kepala Dinas Kesehatan Sikka Maria Goreti": the office's district;
                # a ministry has none ("Kementerian Kesehatan Siti Nadia Tarmizi").
                before_name in PORTFOLIOS
                and "org" in kinds[: i - 1]
                and not _NATIONAL.intersection(
                    text[s:e].casefold() for s, e in run[: i - 1]
                )
            )
        )
        first_word = text[name_tokens[0][0] : name_tokens[0][1]]
        # "Kepala BPBD Sumbawa Nurhayati" when the article says "Kabupaten Sumbawa":
        # the word after the office's acronym is its district.
        acronym_place = (
            (
                i > 0
                and kinds[i - 1] in ("acronym", "org")
                and self._used_as_place(first_word)
            )
            or (
                # "Pelatih Persib Bojan Hodak" when "Persib" plays alone elsewhere.
                before_name in _TEAM_TITLES
                and len(name_tokens) >= 3
                and self._stands_alone(
                    first_word, text[name_tokens[1][0] : name_tokens[1][1]]
                )
            )
            or (
                # "Pelatih Persib Bojan Hodak": a club's name in the shape of
                # Indonesian clubs ("Persib", "Persela", "PSIS"), then the name.
                before_name in _TEAM_TITLES
                and len(name_tokens) >= 3
                and bool(_CLUB_SHAPE.fullmatch(first_word))
            )
            or (
                # "Pelatih Garuda Samudra Imanuel Wenda" when "Garuda Samudra" plays
                # alone elsewhere: a team of two words, then the name.
                before_name in _TEAM_TITLES
                and len(name_tokens) >= 4
                and self._stands_alone(
                    text[name_tokens[0][0] : name_tokens[1][1]],
                    text[name_tokens[2][0] : name_tokens[2][1]],
                )
            )
        )
        if (
            len(name_tokens) >= 2
            and has_title
            and (holds_place or acronym_place)
            and (
                len(name_tokens) >= 3
                or acronym_place
                or (
                    text[run[i - 1][0] : run[i - 1][1]].casefold() in _LOCAL_TITLES
                    and self._stands_alone(
                        first_word, text[name_tokens[1][0] : name_tokens[1][1]]
                    )
                )
            )
        ):
            # "Wali Kota Surabaya Eri Cahyadi": the first word is the place.
            role_tokens = run[role_start : i + 1]
            name_tokens = name_tokens[1:]
            if len(name_tokens) >= 3:
                place = text[run[i][0] : name_tokens[0][1]]
                after = text[name_tokens[1][0] : name_tokens[1][1]]
                if self._stands_alone(place, after):
                    # "Kapolres Ogan Ilir Rudi Santoso" when "Polres Ogan Ilir" is
                    # written elsewhere: the place has two words.
                    role_tokens = run[role_start : i + 2]
                    name_tokens = name_tokens[1:]
        start, end = name_tokens[0][0], name_tokens[-1][1]
        if text[end : end + 1] == "." and _generation_last(text[start:end]):
            end += 1  # "Jane Doe Jr."
        possessive = text[end - 2 : end] in ("'s", "’s") and end - 2 > start
        if possessive:
            end -= 2  # "Tom Hale's neighbour": the name is Tom Hale
        name = _NICKNAME.sub(" ", text[start:end])  # 'Tomás "Tiki" Barragán'
        role = text[role_tokens[0][0] : role_tokens[-1][1]] if role_tokens else ""
        role = _balanced(role)
        if not has_title and not any(
            kinds[j] in ("org", "media") for j in range(role_start, i)
        ):
            role = ""
        after = _AGE.sub("", text[end : end + 40]).lstrip(" ,")
        if body := _BODY_AFTER_NAME.match(text, end):
            # "Dr. Laila Rusdi of Hasanuddin University said": the body is hers.
            after = text[body.end() : body.end() + 40]
        # "Dr Ayesha Malik, who ...": the title opens the subject even when the
        # role keeps nothing of it.
        first = run[role_start][0] if role_tokens else start
        subject = (
            # "Hal itu sesuai instruksi Bupati Sikka, Fransiskus.": a name that
            # ends its sentence opens no clause, unless the sentence says it
            # spoke ("Hal senada diungkapkan Kepala Desa, Dedi Rahman.").
            (
                _starts_clause(text, first)
                and not (
                    _ENDS_SENTENCE.match(after)
                    and not _SPOKEN_BY.search(text, sentence_start(text, first), first)
                )
            )
            or bool(_INVERTED_VERB.search(text, max(0, first - 20), first))
            or bool(_PASSIVE_AGENT.search(text, max(0, first - 60), first))
            or bool(_MESSAGE_BEFORE.search(text, max(0, first - 80), first))
        ) or (
            bool(_VERBISH.match(after))
            and not _AFTER_PREPOSITION.search(text[max(0, first - 12) : first])
        )
        if not subject:
            lead = text[sentence_start(text, first) : first]
            subject = self._described_lead(lead, bool(role_tokens)) or (
                # "Shop steward Darnell Pike, who has driven buses for 22 years,
                # said": a clause on the person, then the sentence's verb.
                bool(_RELATIVE_THEN_VERB.match(text, end))
                and not any(_acts_on(word) for word in lead.split())
                # "Orla Kent of the Halvering Police, who ..., told": the
                # clause is on the person before the body.
                and not _BODY_OF_PERSON.search(lead)
            )
        reported = bool(
            _REPORTED_BEFORE.match(text, sentence_start(text, first), first)
        )
        if subject and reported:
            # "Menurutnya, Gubernur Dedi Mulyadi sudah setuju", "Ia menyebut warga
            # Desa X, Ujang, ikut menjadi korban": named in what another reports.
            subject = False
        if subject and _ACCOMPANYING.search(text, max(0, first - 40), first):
            # "Ketua DPRD Yusuf Hamid, didampingi Wakil Ketua Rina Kartika,
            # mengatakan": the one accompanying is not who speaks.
            subject = False
        if subject and _PRONOUN_OPENS.match(text, sentence_start(text, first), first):
            # "Ia memuji penjaga gawangnya, Marthen Wanggai, yang ...": the pronoun
            # is the sentence's subject, the one named after it is not.
            subject = False
        if subject and _reported_after_source(
            text, sentence_start(text, first), first, end
        ):
            # "Menurut Rina Wulandari, Bupati Ahmad Fauzi sudah setuju": the one
            # named after the source's comma is in what the source reports.
            subject = False
        if not subject and _NAMED_APPOSED.search(text, max(0, first - 20), first):
            # "Ada bidan, namanya Bu Yuliana, ...": the one the sentence brings in.
            subject = True
        if (
            not subject
            and not reported
            # "Menurut dia, warga yang hilang bernama Yosef": what another reports.
            and (intro := _SUBJECT_NAMED.search(text, max(0, first - 50), first))
        ):
            # "Warga bernama Sari (30) kehilangan ...", "A resident named Mary
            # Collins lost ...": the description opening the sentence is its subject.
            subject = _starts_clause(text, intro.start())
        if possessive:
            subject = False  # whose the subject is, not who it is
        return Mention(start, end, name, role, subject)

    def _described_lead(self, lead: str, after_role: bool = False) -> bool:
        """Return whether the words opening a sentence before a name describe it.

        "Regent Lukas Tambunan, who ...", "Political scientist Dr. Lionel Grange of
        ...", "Rovers' Walsh, who ...": the named person is the sentence's subject.
        after_role: the name has a role before it that the lead does not hold
        ("maritime safety" before "researcher Dr. Laila Rusdi").
        """
        if _POSSESSIVE_LEAD.fullmatch(lead) or _ONE_OF_THEM_LEAD.fullmatch(lead):
            return True
        head, comma, tail = lead.rpartition(",")
        if (
            comma
            and len(head) <= 60
            and _LOWER_DESCRIPTION.fullmatch(tail.lstrip())
            # "Helen Bast, wrote to water company boss Ian Crowe", "Maria Bali,
            # menyurati kepala dinas Yosef Ladi": a verb or a preposition among
            # the words makes the name its object, whatever describes it.
            and not any(_acts_on(word) for word in tail.split())
            # "Lisa Moon, whose house flooded, blamed Mayor Tom Price": the
            # words after the comma are what the named subject did.
            and not (
                (named := _NAMED_HEAD.match(head))
                and named.group("first").casefold() not in FUNCTION_WORDS
            )
        ):
            # "In an interview, maritime safety researcher Dr. Laila Rusdi said":
            # an opening phrase, then lower-case words describing the person.
            return after_role or is_descriptor(tail.split()[-1])
        if (
            _OWNER_LEAD.fullmatch(lead)
            and not any(_acts_on(word) for word in lead.split())
            and (after_role or is_descriptor(lead.split()[-1]))
        ):
            # "Her fellow trust member Owen Tate put it": whose, then who.
            return True
        if not _DESCRIPTION_LEAD.fullmatch(lead):
            return False
        words = [w.casefold() for w in lead.split()]
        if any(w in FUNCTION_WORDS or w in DETERMINERS for w in words):
            return False
        if len(words) == 1:
            # "Regent" when the article also writes "the regent".
            return is_descriptor(lead.strip(), self._lowercase_words)
        # "Political scientist": the lower-case noun reads as a person's.
        return words[-1] in PEOPLE_NOUNS or is_descriptor(words[-1])

    def _named_after_company(self, run: list[tuple[int, int]]) -> Mention | None:
        """Return the person in "Dirut PT Pertamina Patra Niaga Riva Siahaan", if any.

        A company's name runs into its director's: the word the article later
        uses alone after a speech verb ("ujar Riva") starts the person.
        """
        text = self.text
        if not any(text[s:e].casefold() in _COMPANY for s, e in run):
            return None
        for k in range(len(run) - 2, 0, -1):
            if text[run[k][0] : run[k][1]] in self._cue_names and (
                found := self._mention(run[k:])
            ):
                role = _balanced(text[run[0][0] : run[k - 1][1]])
                return Mention(found.start, found.end, found.name, role, found.subject)
        return None

    def _named_by_reference(self) -> None:
        """Cut "Pelatih Persiba Balikpapan Budi Santoso" at the word used alone later.

        Four capitalised words after a role: when the article calls the person
        by the third alone ("kata Budi") and never the first two, those two are
        the team, party or district of the role, and the name is the last two.
        """
        alone = {m.name for m in self.mentions if m.name and " " not in m.name}
        for k, mention in enumerate(self.mentions):
            words = mention.name.split()
            role_words = mention.role.split()
            if (
                len(words) == 3
                and len(role_words) >= 2
                and (
                    _CLUB_SHAPE.fullmatch(role_words[-1])
                    # "Bupati Lembah Hijau Sutrisno Hadi ... kata Sutrisno": the
                    # role took the first word of a place of two.
                    or (
                        role_words[-2].casefold() in _TAKES_COMPLEMENT
                        and role_words[-1][:1].isupper()
                        and role_words[-1].casefold() not in TITLES
                    )
                )
                and words[1] in alone
                and words[0] not in alone
            ):
                # "Pelatih Persiba Balikpapan Budi Santoso ... kata Budi": the city
                # of the club, then the name.
                start = self.text.index(words[1], mention.start + len(words[0]))
                role = f"{mention.role} {words[0]}"
                self.mentions[k] = Mention(
                    start, mention.end, " ".join(words[1:]), role, mention.subject
                )
                continue
            if (
                len(words) != 4
                or not mention.role
                or words[2] not in alone
                or words[0] in alone
                or words[1] in alone
            ):
                continue
            start = self.text.index(words[2], mention.start + len(words[0]))
            role = f"{mention.role} {words[0]} {words[1]}"
            self.mentions[k] = Mention(
                start, mention.end, " ".join(words[2:]), role, mention.subject
            )

    def _apposed_offices(self) -> None:
        """Give "Kepala Dinas Kesehatan Rejang Lebong, dr. Sri Wahyuningsih," its office.

        The capitalised words after an office are its district, not a person,
        when a name follows in commas: the name takes the whole office as role.
        """
        text = self.text
        for k in range(1, len(self.mentions)):
            office, person = self.mentions[k - 1], self.mentions[k]
            if not office.role or not person.name:
                continue
            gap = text[office.end : person.start]
            if not (
                _OFFICE_GAP.fullmatch(gap)
                and all(
                    w.casefold().rstrip(".") in TITLES or _is_title_abbreviation(w)
                    for w in gap.strip(" ,").split()
                )
            ) and not _FROM_BODY_GAP.fullmatch(gap):
                continue
            role_words = [w.casefold() for w in _TOKEN.findall(office.role)]
            if (
                not role_words
                or not (
                    role_words[-1] in _TAKES_COMPLEMENT | PLACES | _TEAM_TITLES
                    or any(is_org_word(w) for w in role_words)
                    # "Kepala Basarnas Lembah, Dedi Kurnia,": a body's own name after
                    # the title.
                    or any(
                        w[:1].isupper() and w.casefold() not in TITLES
                        for w in _TOKEN.findall(office.role)[1:]
                    )
                )
            ):
                continue
            if not _APPOSED_AFTER.match(text, person.end) and not (
                # '"...," kata Kepala Basarnas Lembah, Dedi Kurnia.': the name
                # ends the sentence.
                (lead := max(0, text.rfind(office.role, 0, office.start)))
                and _INVERTED_VERB.search(text, max(0, lead - 20), lead)
                and _ENDS_SENTENCE.match(text, person.end)
            ):
                continue
            whole = f"{office.role} {office.name}".strip()
            if _FROM_BODY_GAP.fullmatch(gap):
                whole = f"{whole} {gap.strip(' ,')}"
            self.mentions[k - 1] = Mention(office.start, office.end, "", whole, False)
            self.mentions[k] = Mention(
                person.start, person.end, person.name, whole, person.subject
            )

        self._offices_at_bodies()

    def _offices_apposed_after_names(self) -> None:
        """Give "Ratna Wulan, Kepala Bappeda Lira," its office, and Lira no person.

        One capitalised word after an office is its holder ("Kepala BPBD
        Nurhayati") unless the office stands in commas after a name: then the
        word is the office's district and the name before holds the office.
        """
        text = self.text
        for k in range(1, len(self.mentions)):
            person, office = self.mentions[k - 1], self.mentions[k]
            if (
                not person.name
                or " " not in person.name
                or person.role
                or not office.role
                or not office.name
                or " " in office.name
            ):
                continue
            role_at = text.rfind(office.role, person.end, office.start)
            if (
                role_at < 0
                or not _COMMA_GAP.fullmatch(text, person.end, role_at)
                or not _APPOSED_AFTER.match(text, office.end)
            ):
                continue
            whole = f"{office.role} {office.name}"
            self.mentions[k - 1] = Mention(
                person.start, person.end, person.name, whole, person.subject
            )
            self.mentions[k] = Mention(office.start, office.end, "", whole, False)

    def _offices_at_bodies(self) -> None:
        """Give "Kepala Bidang Bina Marga pada Dinas PUPR provinsi, Ir. Sutrisno
        Hadi Lubis," its office: the unit's name after "Bidang", the body after
        "pada", then the person in commas.
        """
        text = self.text
        for k, office in enumerate(self.mentions):
            if not office.role or not office.name:
                continue
            role_words = _TOKEN.findall(office.role)
            if not is_org_word(role_words[-1].casefold()):
                continue
            gap = _AT_BODY_GAP.match(text, office.end)
            if not gap:
                continue
            after = k + 1
            while after < len(self.mentions) and self.mentions[after].start < gap.end():
                after += 1
            if after == len(self.mentions):
                continue
            person = self.mentions[after]
            titles = text[gap.end() : person.start].split()
            if (
                len(person.name.split()) < 2
                or not all(
                    w.casefold().rstrip(".") in TITLES or _is_title_abbreviation(w)
                    for w in titles
                )
                or not _APPOSED_AFTER.match(text, person.end)
            ):
                continue
            whole = f"{office.role} {office.name} {gap.group().strip(' ,')}"
            for j in range(k, after):
                m = self.mentions[j]
                self.mentions[j] = Mention(m.start, m.end, "", whole, False)
            self.mentions[after] = Mention(
                person.start, person.end, person.name, whole, person.subject
            )
        # "kata Kabid Bina Marga itu": words the article gave as a unit's name
        # after its noun ("Bidang Bina Marga") name that unit again, not a person.
        units = frozenset(
            fold(unit.group(2))
            for m in self.mentions
            if m.role and m.name
            for unit in _UNIT_NAME.finditer(m.role)
            if is_org_word(unit.group("noun").casefold())
        )
        for j, m in enumerate(self.mentions):
            if m.name and m.role and fold(m.name) in units:
                self.mentions[j] = Mention(
                    m.start, m.end, "", f"{m.role} {m.name}", False
                )

    def _apposed_single_names(self) -> None:
        """Give "Kepala BPBD Sumbawa, Nurhayati, menyebutkan" its office.

        A one-word name in commas right after an office (a title word, then
        capitalised words) is a person with that office, whatever opens the
        sentence ("Sementara itu, ...").
        """
        for k, m in enumerate(self.mentions):
            if m.role or not m.name or not _APPOSED_AFTER.match(self.text, m.end):
                continue
            office = _OFFICE_BEFORE.search(self.text, max(0, m.start - 80), m.start)
            if not office:
                continue
            words = office.group(1).split()
            if words[0].casefold() in TITLES and not any(
                w.casefold() in FUNCTION_WORDS for w in words
            ):
                self.mentions[k] = Mention(
                    m.start, m.end, m.name, office.group(1), m.subject
                )

    def _used_as_place(self, word: str) -> bool:
        """Return whether the article writes word as a place ("Kabupaten Sikka")."""
        return bool(re.search(rf"{_PLACE_BEFORE}\s+{re.escape(word)}\b", self.text))

    def _stands_alone(self, first: str, second: str) -> bool:
        """Return whether first is written without second after it, and untitled.

        "Gus Yahya" after "Yahya Cholil Staquf" is the man, not a place "Yahya".
        """
        if first in self._cue_names:
            return False  # "kata Yahya": a person's name, never a place's
        for m in re.finditer(
            rf"\b{re.escape(first)}\b(?!\s+{re.escape(second)})", self.text
        ):
            before = re.search(
                r"(\w+)\.?\s+$", self.text[max(0, m.start() - 20) : m.start()]
            )
            if before and (
                before.group(1).casefold() in TITLES
                or _is_title_abbreviation(before.group(1))
            ):
                continue
            return True
        return False

    # --- resolving ------------------------------------------------------------------

    def full_name(self, name: str, pos: int, gender: str = "", title: str = "") -> str:
        """Return the article's full form of name ("Blinken" -> "Antony Blinken").

        The nearest full mention before pos wins; failing that, the first after.
        gender ("m", "f"), from a courtesy title ("Mrs Holloway", "Pak
        Santoso"), passes over the people of that name the article shows are
        of the other: a couple, a father and his son.
        """
        key = fold(name)
        if gender and " " not in key:
            shared = self._of_gender(key, gender)
            if shared:
                return self.full_name(shared, pos)
        if title and " " not in key and (shared := self._of_title(key, title)):
            # "Dr Whitfield" after "Dr Sarah Whitfield and her brother Mark
            # Whitfield": the one the article gave that title.
            return shared
        if key in self.people:
            return self.people[key]
        for known_key, known in self.people.items():
            if key.endswith(" " + known_key):
                return known  # "Bantul Agus Mulyadi" read in a role is "Agus Mulyadi"
        words = key.split()
        # Full mentions holding every word of the name, in text order.
        found = [
            (start, full)
            for start, full_words, full in self._by_word.get(
                words[0] if words else "", ()
            )
            if len(full_words) > len(words) and all(w in full_words for w in words)
        ]
        if found:
            first = found[0][1]
            rival = next((start for start, full in found if full != first), None)
            if rival is not None and any(
                m.name == name and found[0][0] < m.start < rival for m in self.mentions
            ):
                # "Brandt" stood for Alan Brandt before Kevin Brandt came in: writers
                # keep the bare surname for the first and name the second in full.
                return self.people[first]
            i = bisect.bisect_left(found, (pos, ""))
            return self.people[found[i - 1][1] if i > 0 else found[0][1]]
        for known in self.people.values():
            if same_person(known, name):
                return known
        if len(words) == 1 and len(key) >= 5:
            # "Holoway told reporters" after "Katrin Holloway": a surname with a
            # typist's slip, when only one person of the article is that close.
            near = {
                known
                for known_key, known in self.people.items()
                if " " in known_key and _slip_of(key, known_key.split()[-1])
            }
            if len(near) == 1:
                return near.pop()
        if len(words) == 1 and len(key) >= 4:
            # "tutur Frans" after "Fransiskus Hurint", "kata Yohan" after "Yohanes
            # Tukan": the first name cut short, when it fits one person only.
            short = {
                known
                for known_key, known in self.people.items()
                if " " in known_key
                and known_key.split()[0].startswith(key)
                and len(known_key.split()[0]) > len(key)
            }
            if len(short) == 1:
                return short.pop()
        return name

    def full_of(self, mention: Mention) -> str:
        """Return the full name of a mention, told by its courtesy title if any."""
        return self.full_name(
            mention.name,
            mention.start,
            courtesy_gender(self.text, mention.start),
            title_before(self.text, mention.start),
        )

    def _of_title(self, key: str, title: str) -> str:
        """Return the one person of surname key the article gives this title, or ""."""
        fulls = {
            full
            for full in self.people.values()
            if " " in full and fold(full).split()[-1] == key
        }
        if len(fulls) < 2:
            return ""
        titled = [
            full
            for full in fulls
            if title in role_key(self._roles.get(full, ""))
            or re.search(
                rf"\b(?i:{re.escape(title)})\.?\s+{re.escape(full)}\b", self.text
            )
        ]
        return titled[0] if len(titled) == 1 else ""

    def _of_gender(self, key: str, gender: str) -> str:
        """Return the one person of surname key not shown to be of the other gender.

        "" when the surname is one person's only, or when the title leaves
        more than one (or none) of them.
        """
        fulls = {
            full
            for full in self.people.values()
            if " " in full and fold(full).split()[-1] == key
        }
        if len(fulls) < 2:
            return ""
        fitting = [full for full in fulls if self.gender(full) in ("", gender)]
        if len(fitting) == 1 and len(fitting) < len(fulls):
            return fitting[0]
        return ""

    def by_role(self, role: str, pos: int) -> str:
        """Return the person last given this role before pos (or first after), "" if none."""
        wanted = role_key(role)
        if not wanted or not (wanted & _SPECIFIC):
            return ""  # "warga", "officials": many people, no one in particular
        before, after = "", ""
        deputy_before, deputy_after = "", ""
        for mention in self.mentions:
            if not mention.name or not mention.role:
                continue
            held = _held_key(mention.role)
            if wanted <= held:
                # "kata Bupati" is the regent, not the vice regent named since.
                deputy = bool((held - wanted) & _DEPUTY)
                if mention.start < pos:
                    if deputy:
                        deputy_before = mention.name
                    else:
                        before = mention.name
                elif deputy:
                    deputy_after = deputy_after or mention.name
                elif not after:
                    after = mention.name
        found = before or after or deputy_before or deputy_after
        if not found:
            found = self._by_office_anywhere(wanted)
        return self.full_name(found, pos) if found else ""

    def _by_office_anywhere(self, wanted: frozenset[str]) -> str:
        """Return the one holder of an office the role names with "RI", or "".

        "kata Menlu RI" after "Menteri Luar Negeri Ratih Anggraeni", "Presiden RI"
        after "Presiden Prabu Santosa": the office without the country, held by
        one person only, and by nobody of another country.
        """
        office = wanted & _SPECIFIC
        # Only the home country goes unwritten: Indonesian outlets name their own
        # ministers without "RI", never a foreign one without the country.
        if wanted - office != {"indonesia"} or not office & TITLES - PEOPLE_NOUNS:
            return ""
        holders = set()
        for mention in self.mentions:
            if not mention.name or not mention.role:
                continue
            held = role_key(mention.role)
            if office <= held and not (held - wanted) - _SPECIFIC:
                if (held - wanted) & _DEPUTY:
                    continue
                holders.add(self.full_name(mention.name, mention.start))
        return holders.pop() if len(holders) == 1 else ""

    def by_epithet(self, phrase: str, pos: int) -> str | None:
        """Return who an epithet for an office names; None when phrase is none.

        "orang nomor satu di NTB itu" is the one whose office is in NTB (not a
        deputy's); "the city's top prosecutor" the one titled prosecutor or
        attorney. "" when the article names nobody with that office: the
        epithet is then nobody, never the person named last.
        """
        phrase = phrase.strip()
        if m := _NUMBER_ONE.fullmatch(phrase):
            where = role_key(m.group("where")) - _words("di dari the of in")
            # "di Pemprov NTB" is said of the governor of NTB: the place is enough.
            where = {w for w in where if not is_org_word(w)} or where
            if not where:
                return ""
            before, after = "", ""
            for mention in self.mentions:
                if not mention.name or not mention.role:
                    continue
                held = _held_key(mention.role)
                if not where <= held or held & _DEPUTY or not held & TITLES:
                    continue
                if mention.start < pos:
                    before = mention.name
                elif not after:
                    after = mention.name
            found = before or after
            if not found:
                # "Rahmat Saleh, Gubernur NTB, ...": the office in commas after the name.
                for apposed in _NAME_THEN_OFFICE.finditer(self.text, 0, pos):
                    held = role_key(apposed.group(2))
                    if where <= held and held & TITLES and not held & _DEPUTY:
                        found = apposed.group(1)
            return self.full_name(found, pos) if found else ""
        if (m := TOP_OFFICE.fullmatch(phrase)) and m.group(
            "noun"
        ).casefold() in TOP_OFFICES:
            for office in TOP_OFFICES[m.group("noun").casefold()]:
                if found := self.by_role(office, pos):
                    return found
            return ""
        return None

    def mention_index(self, pos: int) -> int:
        """Return the index in mentions of the first mention at or after pos."""
        return bisect.bisect_left(self._starts, pos)

    def subjects_before(self, pos: int, limit: int = 8) -> list[tuple[int, str]]:
        """Return (position, full name) of the last few subject people before pos."""
        found = []
        i = bisect.bisect_left(self._starts, pos)
        for mention in reversed(self.mentions[:i]):
            if mention.subject and mention.name and self._is_person(mention):
                found.append((mention.start, self.full_of(mention)))
                if len(found) == limit:
                    break
        return found

    def note_gender(self, full: str, gender: str) -> None:
        """Remember that a he/she cue was resolved to full."""
        if self._genders is None:
            self._genders = {}
        if not self._genders.get(full):
            self._genders[full] = gender  # also over an "unknown" worked out before

    def gender(self, full: str) -> str:
        """Return "m", "f" or "" for a person, from the article's own words.

        A pronoun in the sentence right after a mention ("Laura Whitfield said
        she"), a courtesy title ("Mr.", "Ms."), a kinship noun before the name
        ("Her husband, Tom Whitfield"), or a he/she cue already resolved to them.
        """
        if self._genders is None:
            self._genders = {}
        if full in self._genders:
            return self._genders[full]
        self._genders[full] = ""  # while it is worked out: "Mr Hale" asks again
        found = ""
        words = set(fold(full).split())
        for mention in self.mentions:
            if not mention.name or not words.issuperset(fold(mention.name).split()):
                continue
            titled = courtesy_gender(self.text, mention.start)
            if self.full_name(mention.name, mention.start, titled) != full:
                continue
            before = _GENDER_BEFORE.search(
                self.text, max(0, mention.start - 30), mention.start
            )
            if before:
                found = _GENDER_WORDS[before.group(1).casefold().rstrip(".")]
                break
            end = sentence_end(self.text, mention.end, 160)
            nxt = bisect.bisect_right(self._starts, mention.start)
            if nxt < len(self._starts):
                end = min(end, self._starts[nxt])  # another person is named first
            after = _GENDER_PRONOUN.search(self.text, mention.end, end)
            if after and _APPOSED_POSSESSIVE.fullmatch(
                self.text, mention.end, after.end()
            ):
                # "Tom Hale, her deputy, ...": "her" is somebody else, named before.
                comma = self.text.find(",", after.end(), end)
                after = (
                    _GENDER_PRONOUN.search(self.text, comma + 1, end)
                    if comma >= 0
                    else None
                )
            while (
                after
                and after.group(1).casefold() == "her"
                and _OBJECT_AFTER.match(self.text, after.end())
            ):
                # "Tom Reed helped her.": "her" the object is somebody else.
                after = _GENDER_PRONOUN.search(self.text, after.end(), end)
            if after:
                found = _GENDER_WORDS[after.group(1).casefold()]
                break
        self._genders[full] = found
        return found

    def people_between(self, start: int, end: int) -> list[str]:
        """Return the full names of the people named between start and end, in order.

        Words inside quotes and words that name no person are left out.
        """
        return [
            self.full_of(m)
            for m in self.mentions
            if start <= m.start < end
            and m.name
            and not _inside(self.quoted, m.start)
            and self._is_person(m)
        ]

    def last_subject(self, pos: int) -> tuple[int, str]:
        """Return (position, full name) of the last subject person before pos."""
        i = bisect.bisect_left(self._starts, pos)
        for mention in reversed(self.mentions[:i]):
            if mention.subject and mention.name and self._is_person(mention):
                return mention.start, self.full_of(mention)
        return -1, ""

    def _is_person(self, mention: Mention) -> bool:
        """Return whether a mention names a person the article introduces."""
        if len(mention.name.split()) >= 2 or mention.role:
            return True
        key = fold(mention.name)
        # "Kowalczyk-Hayes" folds to two words of "martina kowalczyk hayes".
        if key in self.people or any(f" {key} " in f" {full} " for full in self.people):
            return True
        # "Frans mengatakan" after "Fransiskus Xaverius Deo": a first name cut
        # short, which full_name gives to one person only.
        return (
            len(key) >= 4
            and mention.name[:1].isupper()
            and " " in self.full_name(mention.name, mention.start)
        )

    def resolve(self, phrase: str, pos: int) -> Source:
        """Return who phrase names, for a quote at pos."""
        return self.resolve_parsed(parse_phrase(phrase), pos)

    def resolve_parsed(self, parsed: Parsed, pos: int) -> Source:
        if parsed.pronoun:
            return Source("", parsed.role, "", "pronoun")
        if (
            parsed.kind == "medium"
            and not parsed.name
            and " " not in parsed.role
            and is_org_word(parsed.role.casefold())
            and (named := self.institution(parsed.role, pos))
        ):
            # "the agency said" after "the National Disaster Mitigation Agency":
            # the body named before, not a news agency.
            return Source(named, "", "institution", "institution")
        if (
            parsed.kind == "medium"
            and not parsed.name
            and fold(parsed.role) in MEDIA_WORDS
            and (named := self._medium_named_before(parsed.role, pos))
        ):
            # "harian itu menulis" after "diberitakan harian Warta Finansial".
            return Source(named, "", "medium", "medium")
        if parsed.kind == "medium":
            return Source(parsed.name or parsed.role, "", "medium", "medium")
        if parsed.kind == "institution" and not parsed.name:
            named = self.institution(parsed.role, pos)
            if not named and len(parsed.role.split()) >= 2:
                # "the agriculture ministry": unnamed, but which one is clear.
                return Source(parsed.role, "", "institution", "institution")
            if not named:
                return Source("", parsed.role, "institution", "role")
            return Source(named, "", "institution", "institution")
        if parsed.name and self._names_body(parsed):
            # "juru bicara Kementerian Kominfo": one unknown word after an
            # institution noun completes the institution's name.
            whole = f"{parsed.role} {parsed.name}"
            body = _spoken_for(whole) or _institution(whole)
            return Source(
                body, whole if body != whole else "", "institution", "institution"
            )
        if parsed.name:
            full = self.full_name(parsed.name, pos, parsed.gender, parsed.title)
            how = "name" if full == parsed.name else "surname"
            kind = "person"
            if parsed.kind == "institution":
                kind = "institution"
            elif _looks_like_medium(parsed.name):
                kind = "medium"
            elif fold(parsed.name) in PLACES:
                kind = "institution"  # "Beijing mengatakan": the government
            role = parsed.role if is_role(parsed.role) else ""
            role = role or self.role_of(full)
            return Source(full, role, kind, how)
        if parsed.role and not is_role(parsed.role):
            if all(w.casefold() in PLACES for w in _TOKEN.findall(parsed.role)):
                # "Beijing mengatakan", "Washington said": the government speaking.
                return Source(parsed.role, "", "institution", "institution")
            return Source("")
        office = _OWNED_BODY.search(parsed.role)
        if office and is_org_word(office.group("head").casefold()):
            # "the prime minister's office", "the mayor's office": a body, not its holder.
            body = office.group("body")
            return Source(
                self.institution(body, pos) or body, "", "institution", "institution"
            )
        if parsed.role:
            found = self.by_role(parsed.role, pos)
            if found:
                return Source(found, parsed.role, "person", "role")
            body = _spoken_for(parsed.role)
            if body:
                # "juru bicara Kementerian Kominfo" with no name: the ministry speaks.
                return Source(body, parsed.role, "institution", "spokesperson")
            if any(w in _SPOKESPERSON for w in role_key(parsed.role)) and (
                body := self.institution(
                    _institution(_OF_WORDS.sub(" ", parsed.role)).strip(), pos
                )
            ):
                # "a spokeswoman for the agency": the agency the article named before.
                return Source(body, parsed.role, "institution", "spokesperson")
            return Source("", parsed.role, "", "role")
        return Source("")

    def _medium_named_before(self, noun: str, pos: int) -> str:
        """Return the last medium named with this noun before pos: "harian Kompas"."""
        found = re.findall(
            rf"\b(?i:{re.escape(noun)})\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})",
            self.text[:pos],
        )
        return found[-1] if found else ""

    def _names_body(self, parsed: Parsed) -> bool:
        """Return whether a one-word name is the end of an institution's name."""
        if len(parsed.name.split()) != 1 or parsed.kind == "medium":
            return False
        role_words = parsed.role.split()
        if not role_words or not is_org_word(role_words[-1].casefold()):
            return False
        if any(
            w.casefold() in TITLES and w.casefold() not in _SPOKESPERSON
            for w in role_words
        ):
            return False  # "Kepala Staf Kepresidenan Moeldoko": a person
        key = fold(parsed.name)
        return key not in self.people and not any(key in k.split() for k in self.people)

    def institution(self, phrase: str, pos: int) -> str:
        """Return the institution phrase names, by its name if written in lower case.

        "the ministry" becomes the "Ministry of Health" named earlier; "" when the
        article never names it.
        """
        tokens = _TOKEN.findall(phrase)
        if any(w[:1].isupper() for w in tokens):
            # "tulis Bea Cukai" after "Bea Cukai Tarakan ...": the fuller name given.
            fuller = re.compile(
                rf"\b{re.escape(phrase)}(?:\s+[A-Z][\w'’-]*)+",
            )
            longer = [m.group() for m in fuller.finditer(self.text, 0, pos)]
            return longer[-1] if longer else phrase
        head = next(
            (w for w in _TOKEN.findall(phrase) if w.casefold() in ORG_WORDS), ""
        )
        if not head:
            return ""
        marks = _NAMED_BY.get(head.casefold())
        if marks:
            # "the company" is "Tarsa Mining Corp", "polisi" is "Polda Riau".
            named = ""
            for m in _CAPITALISED_RUN.finditer(self.text, 0, pos):
                words = m.group().split()
                if any(w.casefold().rstrip(".") in marks for w in words):
                    prefix = next(
                        (
                            k
                            for k, w in enumerate(words)
                            if w.casefold() in ("pt", "cv")
                        ),
                        0,
                    )
                    # "Direktur Utama PT Sinar Jaya": the company opens at "PT".
                    named = " ".join(words[prefix:])
            if named:
                return named
        found = ""
        # "the authority" is the "Port Authority" named before: capitalised words
        # on either side of the head word belong to the name.
        pattern = (
            # "National Search and Rescue Agency": "and", "of" inside the name.
            rf"(?:\b[A-Z][\w'’-]*\s+(?:(?:and|of|for|&)\s+(?=[A-Z]))?)*"
            rf"\b{re.escape(head.capitalize())}\b"
            r"(?:(?:\s+|,\s+)(?:of|for|the|and|dan|[A-Z][\w'’-]*)"
            # "Balai Konservasi Sumber Daya Alam (BKSDA) Rimbo Kemuning": the short
            # form inside, then the place the name goes on to.
            r"|\s+\([A-Z][A-Za-z]{1,9}\)(?=\s+[A-Z]))*"
        )
        for m in re.finditer(pattern, self.text[:pos]):
            if " " not in m.group().strip():
                # "Council leader X said", "Perusahaan mengklaim ...": the bare noun
                # opening a sentence names no body.
                continue
            found = m.group().rstrip()
            if "," in found and not _LIST_END.search(found.rpartition(",")[2]):
                # "Kementerian Kesehatan, Budi Gunadi": the comma ends the name,
                # unless it lists its parts ("Badan Meteorologi, Klimatologi, dan").
                found = found.partition(",")[0]
            found = re.sub(r"\s+(?:of|for|the|and|dan)$", "", found)
            words = found.split()
            while len(words) > 1 and words[0].casefold() in FUNCTION_WORDS:
                words.pop(0)  # "The Port Authority", "Namun Dinas Kesehatan"
            found = " ".join(words)
        if not found:
            # "the Semarang anti-graft court said ... the court said": the body
            # described in lower case before.
            described = re.compile(
                rf"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+)*(?:[a-z][\w-]*\s+){{0,2}}"
                rf"{re.escape(head.casefold())})\b"
            )
            for m in described.finditer(self.text, 0, pos):
                if m.group(1).casefold() != head.casefold():
                    found = m.group(1)
        return found

    def part_of_full_name(self, word: str) -> bool:
        """Return whether word is one word of a person's full name in the article."""
        key = fold(word)
        return any(" " in full and key in full.split() for full in self.people)

    def alone(self, word: str) -> bool:
        """Return whether the article writes word as a name on its own ("Hakimi said")."""
        return any(m.name == word for m in self.mentions)

    def role_of(self, full: str) -> str:
        """Return the role the article first gives this person, "" if none."""
        return self._roles.get(full, "")


# "orang nomor satu di NTB itu", "orang pertama di Pemprov Jabar": the head of a place
# or a body.
_NUMBER_ONE = re.compile(
    r"(?:sang\s+)?(?:orang|pria|perempuan|wanita|sosok|tokoh)\s+(?:nomor\s+(?:satu|1|wahid)"
    r"|pertama)\s+(?:di\s+|dari\s+)?(?P<where>.+?)(?:\s+(?:itu|tersebut|ini))?",
    re.IGNORECASE,
)
# "the city's top prosecutor", "the country's top diplomat": an office by its function.
TOP_OFFICE = re.compile(
    r"(?:the\s+)?(?:[\w.-]+['’]s?\s+)?(?:top|chief|most\s+senior|highest-ranking)\s+"
    r"(?P<noun>[a-z]+)",
    re.IGNORECASE,
)
_NAME_THEN_OFFICE = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*,\s*"
    r"((?:[A-Z][\w'’-]*|(?i:the|of|di))(?:\s+(?:[A-Z][\w'’()-]*|(?i:the|of|di))){0,5})"
    r"\s*[,;]"
)
TOP_OFFICES = {
    "prosecutor": ("prosecutor", "attorney", "jaksa"),
    "diplomat": ("foreign minister", "secretary of state", "menteri luar negeri"),
    "cop": ("police chief", "police commissioner", "kapolri", "kapolda"),
    "judge": ("chief justice", "judge", "hakim"),
    "lawyer": ("attorney general", "attorney", "jaksa agung"),
}


@dataclass(frozen=True)
class Parsed:
    name: str = ""  # a person's or organisation's proper name as written
    role: str = ""  # role or institution words
    kind: str = ""  # "person" | "institution" | "medium" | ""
    pronoun: bool = False
    gender: str = ""  # "m" | "f" from a courtesy title before the name ("Mrs Lee")
    title: str = ""  # another title right before the name, folded ("dr" in "Dr Lee")


# Bodies named by a generic word: "the company" is the last "... Corp" or "PT ...".
_POLICE = _words("polda polres polsek polri polrestabes police")
_NAMED_BY = {
    # "the company" after "Harrowgate Brewing Group", "Calder Holdings" too.
    **dict.fromkeys(
        ("company", "firm", "perusahaan"), _COMPANY | _words("group grup holdings")
    ),
    **dict.fromkeys(("polisi", "police", "kepolisian"), _POLICE),
    **dict.fromkeys(("airline", "carrier", "maskapai"), _words("airlines airways air")),
    **dict.fromkeys(("club", "klub"), _words("fc afc cf sc club")),
}
# "Crumb & Co": an ampersand inside a company's name.
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:&\s+)?[A-Z][\w'’.-]*)+")
# "a statement from the ministry", "keterangan tertulis Polda Riau": the body speaks.
STATEMENT_OF = re.compile(
    r"^(?:(?:a|an|the|its|their|his|her|written|joint|official|brief|short)\s+)*"
    r"(?:statement|press\s+release|news\s+release|release|communiqu[eé]|notice|letter"
    r"|circular|memo)\s+(?:from|by|of|issued\s+by|signed\s+by)\s+"
    r"|^(?:(?:bunyi|isi)\s+)?(?:keterangan|pernyataan|siaran\s+pers|rilis"
    r"|surat(?:\s+edaran)?|edaran|pengumuman)"
    r"(?:\s+(?:tertulis|resmi|pers))*(?:nya)?\s+(?:dari\s+|oleh\s+"
    r"|yang\s+ditandatangani\s+(?:oleh\s+)?)?(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _slip_of(word: str, known: str) -> bool:
    """Return whether word is known with a typist's slip: a doubled letter written
    once or twice, or two letters swapped ("Holoway", "Hollloway", "Hollowya").

    A changed letter is no slip: "Susanti" is another person than "Susanto".
    """
    if word == known:
        return False
    if abs(len(word) - len(known)) == 1:
        short, long = sorted((word, known), key=len)
        return any(
            long[i] == long[i - 1] and long[:i] + long[i + 1 :] == short
            for i in range(1, len(long))
        )
    if len(word) == len(known):
        diff = [i for i in range(len(word)) if word[i] != known[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == known[diff[1]]
            and word[diff[1]] == known[diff[0]]
        )
    return False


def parse_phrase(phrase: str) -> Parsed:
    """Split a speaker phrase into a name and a role.

    A courtesy title right before the name ("Mrs Holloway", "Pak Santoso")
    gives its gender, which tells apart people who share a surname.
    """
    parsed = _parse_phrase(phrase)
    if parsed.kind == "person" and parsed.name:
        at = phrase.rfind(parsed.name.split()[0])
        if at > 0 and (gender := courtesy_gender(phrase, at)):
            return dataclasses.replace(parsed, gender=gender)
        if at > 0 and (title := title_before(phrase, at)):
            return dataclasses.replace(parsed, title=title)
    return parsed


_WORD_THEN_SPACE = re.compile(r"([A-Za-z]+)\.?[ ]$")


def title_before(text: str, pos: int) -> str:
    """Return the title word ending right before pos, folded ("dr", "councillor")."""
    word = _WORD_THEN_SPACE.search(text, max(0, pos - 20), pos)
    if word is None or not word.group(1)[:1].isupper():
        return ""
    low = word.group(1).casefold()
    return low if low in TITLES or low in ABBREVIATED_TITLE else ""


def _parse_phrase(phrase: str) -> Parsed:
    """Split a speaker phrase into a name and a role.

    >>> parse_phrase("juru bicara Kementerian Luar Negeri China, Wang Wenbin")
    Parsed(name='Wang Wenbin', role='juru bicara Kementerian Luar Negeri China', kind='person', pronoun=False)
    """
    phrase = phrase.strip(" ,;:-–—()\"“”'‘’")
    phrase = STATEMENT_OF.sub("", phrase)
    phrase = re.sub(r"^(?:the|a|an|sang|seorang|para)\s+", "", phrase, flags=re.I)
    phrase = re.sub(r"\s+(?:itu|tersebut|ini)$", "", phrase)
    # "Cyber Security Agency of Singapore (CSA)": the short form adds nothing here.
    short = re.search(r"\s*\([A-Z][A-Za-z.]{1,9}\)?$", phrase)
    if short:
        phrase = phrase[: short.start()]
        first = phrase.split()[0].casefold() if phrase.split() else ""
        if (
            (first in PLACES or is_org_word(first))
            and len(phrase.split()) >= 2
            and _ORG_NAME.fullmatch(phrase)
        ):
            # "Indonesia Fiscal Watch (IFW)": a short form given a body, whose
            # last words would pass for a name.
            return Parsed("", phrase, "institution")
    phrase = re.sub(r"[\s,]*\(?[RDI]-[A-Z][\w.]*\)?$", "", phrase)  # "(D-Calif.)"
    words = phrase.split()
    if len(words) >= 3 and words[-1].strip(",") in _POST_NOMINALS:
        phrase = phrase[: phrase.rstrip().rfind(" ")].rstrip(" ,")  # "Ann Lee KC"
    phrase = _AGE_IN_PHRASE.sub(
        "", phrase
    )  # "sopir bus, Ahmad (34)", "Dave Mullins, 54"
    if not phrase:
        return Parsed()
    first = phrase.casefold().split()[0]
    if first in SINGULAR_PRONOUNS:
        return Parsed(pronoun=True)
    if first in PLURAL_PRONOUNS:
        return Parsed()
    medium = _medium_name(phrase)
    if medium is not None:
        return Parsed(medium, "" if medium else phrase, "medium")
    person_of = _PERSON_OF_BODY.match(phrase)
    if person_of:
        # "epidemiologist Dicky Budiman of Griffith University": a person, then
        # where they work.
        head = parse_phrase(person_of.group("person"))
        if head.kind == "person" and len(head.name.split()) >= 2:
            role = f"{head.role} {person_of.group('body')}".strip()
            return Parsed(head.name, role, "person")
    if (
        is_org_word(first)
        and _ORG_NAME.fullmatch(phrase)
        # A comma only in a list that "and" closes: "Kemlu China, Lin Qiao" is a person.
        and ("," not in phrase or _LIST_END.search(phrase.rpartition(",")[2]))
    ):
        # "Pengadilan Tindak Pidana Korupsi Semarang", "Badan Meteorologi,
        # Klimatologi, dan Geofisika": an institution's name, with nobody's in it.
        words = [w.casefold().rstrip(".") for w in _TOKEN.findall(phrase)]
        if not any(w in TITLES for w in words):
            return Parsed("", phrase, "institution")
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    # "BPBD Sikka, Senin": a day or a date after the speaker is no apposition.
    parts = parts[:1] + [
        p
        for p in parts[1:]
        # "BPBD Sikka, Kamis (3/12/2026)": the date's digits name nobody either.
        if not all(
            w.casefold() in FUNCTION_WORDS or w.isdigit() for w in _TOKEN.findall(p)
        )
        and not _PARTY_STATE.fullmatch(p)
    ]
    named = [_split_name(p) for p in parts[:2]]
    if len(named) == 2 and (
        (named[1][0] and _office_then_name(parts[0], named[1][1]))
        or _relation_then_name(named)
    ):
        # "Kapolres Muara Enim, AKBP Andi Wijaya": the office, then who holds it.
        named = [("", parts[0]), named[1]]
    name = next((n for n, _ in named if n), "")
    role = " ".join(r for _, r in named if r)
    kind = _phrase_kind(phrase, name, role)
    if kind == "institution" and not name:
        return Parsed("", _institution(role or phrase), kind)
    if name and _OF_BODY.search(role):
        # "spokesperson for ShopNow"; "spokesperson for the Department for
        # Business": the capitalised words before the name are the body's too.
        if words_before := _BODY_WORDS_BEFORE.search(role):
            name = f"{words_before.group().strip()} {name}"
            role = role[: words_before.start()].strip()
        return Parsed(name, f"{role} {name}", "institution")
    return Parsed(name, role, kind)


# "Department for ", "Ministry of ": a body's capitalised words before its last one.
_BODY_WORDS_BEFORE = re.compile(
    r"(?<![\w'’&.-])(?:[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on))?\s*)+$"
)
# A person's phrase, then "of"/"at"/"from" and their body.
_PERSON_OF_BODY = re.compile(
    r"^(?P<person>.*?[A-Z][\w'’-]*\s+[A-Z][\w'’-]*)\s+(?:of|at|from)\s+"
    r"(?P<body>(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z][^,]*)$"
)
# An institution's full name: capitalised words joined by "of", "and", "dan" or commas.
_ORG_NAME = re.compile(
    r"[A-Z][\w'’&.-]*(?:(?:,?\s+(?:of|for|on|and|dan|untuk|serta|&)\s+|,\s+|\s+)"
    r"(?:[A-Z][\w'’&.-]*|\([A-Z][\w.]*\)))*"
)


# A short form in brackets right after a name: "(IFW)", "(Bawaslu)".
_BRACKETED_SHORT = re.compile(r"\s*\([A-Z][\w.]{1,11}\)")
_LIST_END = re.compile(r"^\s*(?:dan|and|serta|&)\s")


# "D-Calif.", "R-Ohio": a legislator's party and state after the name.
_PARTY_STATE = re.compile(r"\(?[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)?")


_AGE_IN_PHRASE = re.compile(
    r"\s*\(\d{1,3}\)?(?!\w)|,\s*\d{1,3}(?=,|$)"
    # Degrees after a name: "Budi Santoso, M.Sc., Ph.D.", "Maria Goreti, Sp.KG".
    rf"|,\s*{DEGREE}(?:\s*,\s*{DEGREE})*(?=,|$)"
)


def _relation_then_name(named: list[tuple[str, str]]) -> bool:
    """Return whether "kuasa hukum Rina, Dedi Saputra" names Dedi, not Rina.

    A described one-word name followed by a full name in apposition: the
    description is of the person the apposition names ("Rina's lawyer").
    """
    (first, first_role), (second, second_role) = named
    if not first_role or second_role or len(second.split()) < 2:
        return False
    if len(first.split()) == 1 and first_role[:1].islower():
        return True
    # "peneliti Litbang Kompas, Yohan Wahyu": a title, a body, then the person.
    return any(w in TITLES for w in _TOKEN.findall(first_role.casefold()))


def _office_then_name(first: str, second_role: str) -> bool:
    """Return whether first is an office and the part after its comma names its holder.

    The office opens on a title and the holder's part has no role but ranks.
    """
    words = _TOKEN.findall(first)
    if len(words) < 2 or not is_descriptor(words[0]):
        return False
    _name, role = _split_name(first)
    role_words = _TOKEN.findall(role.casefold())
    if (
        not role_words
        or not (
            role_words[-1] in _TAKES_COMPLEMENT | PLACES | _LOCAL_TITLES
            or _ID_HEAD_OF.match(role_words[-1])
            # "Ketua Gabungan Kelompok Tani Sri Rejeki, Suparmin": a body's word in
            # the office makes the capitalised words after it the body's name.
            or any(is_org_word(w) for w in role_words[1:])
        )
    ):
        return False  # "Rep. Jane Moreno": a name, not a district
    return all(
        w.casefold() in TITLES or _is_title_abbreviation(w)
        for w in _TOKEN.findall(second_role)
    )


_OF_BODY = re.compile(r"\b(?:for|of|dari|untuk)$", re.IGNORECASE)
_SPOKESPERSON = _words(
    "juru bicara jubir spokesperson spokesman spokeswoman humas press kabid kabag"
)


# A body named by whose it is: "prime minister's office", "the mayor's office".
_OWNED_BODY = re.compile(
    r"(?:^|\b(?:the|a|an)\s+)(?P<body>(?:[\w-]+\s+)?[\w-]+['’]s\s+(?P<head>[a-z]+))$",
    re.IGNORECASE,
)
_OF_WORDS = re.compile(r"\b(?:for|of|dari|untuk)\b")


def _spoken_for(role: str) -> str:
    """Return the named body a spokesperson speaks for, "" if the role names none.

    >>> _spoken_for("juru bicara Kementerian Kominfo")
    'Kementerian Kominfo'
    """
    words = [w.casefold() for w in _TOKEN.findall(role)]
    if not any(w in _SPOKESPERSON for w in words):
        return ""
    # "spokesperson for the Department of Health": the words after the first
    # preposition name the body, its own "of" and "for" kept.
    body = _institution(re.sub(r"^.*?\b(?:for|of|dari|untuk)\s+", "", role, count=1))
    body = " ".join(body.split())
    if not any(w[:1].isupper() for w in _TOKEN.findall(body)):
        return ""
    return body


def _medium_name(phrase: str) -> str | None:
    """Return the medium a phrase names ("" when only described), None when it names none.

    >>> _medium_name("televisi pemerintah China, CCTV")
    'CCTV'
    """
    if _looks_like_medium(phrase):
        return phrase
    head, _, apposition = phrase.partition(",")
    tokens = list(_TOKEN.finditer(head))
    words = [m.group() for m in tokens]
    if len(words) < 2 or words[0].casefold() in TITLES:
        return None
    last = max(
        (
            i
            for i, w in enumerate(words)
            if w.casefold() in MEDIA_WORDS and (w.islower() or i == 0)
        ),
        default=-1,
    )
    if last < 0:
        return None
    apposition = apposition.strip()
    if apposition and apposition[:1].isupper():
        return apposition  # "televisi pemerintah China, CCTV"
    rest = words[last + 1 :]
    if rest and rest[0][:1].isupper() and not all(w.casefold() in PLACES for w in rest):
        return head[tokens[last + 1].start() :].strip()  # "kantor berita Antara"
    return ""


def _institution(phrase: str) -> str:
    """Return the institution a phrase names, without the role words before it.

    >>> _institution("juru bicara Kementerian Kesehatan")
    'Kementerian Kesehatan'
    """
    tokens = list(_TOKEN.finditer(phrase))
    # "the referees' body PGMOL": a described body followed by its name is the name.
    tail = len(tokens)
    while tail > 0 and tokens[tail - 1].group()[:1].isupper():
        tail -= 1
    if 0 < tail < len(tokens):
        before = tokens[tail - 1].group()
        if before.islower() and before not in _PREPOSITIONS and is_org_word(before):
            return phrase[tokens[tail].start() :]
    for m in tokens:
        low = m.group().casefold()
        if low not in TITLES and low not in PEOPLE_NOUNS and low not in DETERMINERS:
            return phrase[m.start() :]
    return phrase


_PREPOSITIONS = _words("in of for at on di ke dari untuk pada")


def _split_name(part: str) -> tuple[str, str]:
    """Return (name, role) of one comma-free part: the trailing name words are the name."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(part)]
    words = [part[s:e] for s, e in tokens]
    if _ORG_OF.search(part) and not any(w.casefold() in TITLES for w in words):
        return "", part.strip()  # "Ministry of Transport", "embassy in Vientiane"
    ends = [k for k, w in enumerate(words) if w.casefold() in _COMPANY_SUFFIX]
    if ends and len(words) - ends[-1] - 1 >= 2:
        # "Dirut PT KAI (Persero) Didiek Hartantyo": the company ends, a name follows.
        cut = tokens[ends[-1] + 1][0]
        name, _role = _split_name(part[cut:])
        if name:
            return name, _balanced(part[:cut].strip())
    if any(w.casefold() in _COMPANY for w in words):
        return "", part.strip()  # "PT Nusantara Seluler", "Acme Corp"
    if any(
        w.casefold() in FACILITIES
        and w[:1].isupper()
        and not (k and words[k - 1].casefold() in TITLES)
        # "Asosiasi Pedagang Pasar Seluruh Indonesia (APPSI) Sudaryono": a body's.
        and not any(
            is_org_word(x.casefold()) or (x.isupper() and len(x) > 1)
            for x in words[k + 1 : -1]
        )
        for k, w in enumerate(words)
    ):
        return "", ""  # "Bandara Frans Seda": a place, never who speaks
    if (
        len(words) >= 3
        and words[-1][:1].isupper()
        and words[-1].casefold() in FACILITIES
        and words[-2].casefold() in TITLES
        and words[-3][:1].isupper()
    ):
        # "Kelven General Hospital": a title word inside a facility's name.
        return "", part.strip()
    i = len(words)
    while i > 0 and _name_word(words[i - 1], inside=i < len(words)):
        i -= 1
    while i < len(words) and words[i].islower():
        i += 1  # a particle cannot start a name
    if i == len(words):
        return "", part.strip()
    if (
        len(words) - i >= 3
        and i > 0
        and (
            (
                words[i - 1].casefold() in _TAKES_COMPLEMENT
                and words[i - 1].casefold() not in _EN_TITLE_FIRST
            )
            or bool(_ID_HEAD_OF.match(words[i - 1].casefold()))
            # "Kejati Sikka Dewa Made Arta": four words, the first the district.
            or (len(words) - i >= 4 and is_org_word(words[i - 1].casefold()))
            or (
                words[i - 1].casefold() in PORTFOLIOS
                and any(is_org_word(w.casefold()) for w in words[: i - 1])
            )
        )
    ):
        i += 1  # "Kapolres Bantul Agus Mulyadi": the first word is the place
    while len(words) - i >= 3 and is_descriptor(words[i]):
        i += 1  # "Lawmaker Jane Doe": a description, then the name
    if (
        len(words) - i == 1
        and i >= 2
        and words[i - 1].casefold() in PLACES
        and any(is_org_word(w.casefold()) for w in words[: i - 1])
    ):
        return "", part.strip()  # "Dinas Kesehatan Sikka": the office of a district
    if len(words) - i == 1 and i >= 1 and words[i - 1].casefold() in _LOCAL_TITLES:
        return "", part.strip()  # "Kapolres Sikka": the district, not the person
    name = part[tokens[i][0] : tokens[-1][1]]
    if part[tokens[-1][1] : tokens[-1][1] + 1] == "." and _generation_last(name):
        name += "."  # "Jane Doe Jr."
    if len(words) - i > 4:
        return "", part.strip()
    role = _balanced(part[: tokens[i][0]].strip())
    role_words = [w.casefold() for w in words[:i]]
    if role_words and all(w in DETERMINERS or w in FUNCTION_WORDS for w in role_words):
        role = ""
    return name, role


# Endings of common nouns for people ("Lawmaker", "Spokeswoman", "Legislator"):
# the first word of a longer capitalised run ending like this is a descriptor.
_DESCRIPTOR_END = re.compile(
    r"(?:maker|woman|women|person|sman|smen|ist|ator|illor|ilor|eur|master"
    # "Librarian", "Politician", "Photographer", "Shopkeeper".
    r"|rarian|inarian|tarian|ician|grapher|keeper)$"
)


def is_descriptor(word: str, lowercase_words: frozenset[str] = frozenset()) -> bool:
    """Return whether a capitalised word before a name describes the person.

    A title ("Councillor"), a common noun for people by its ending ("Lawmaker"),
    or a word the article also writes in lower case.
    """
    low = word.casefold().rstrip(".")
    if word in _NAMES_LIKE_WORDS:
        return False
    return (
        low in TITLES
        or low in OCCUPATIONS
        or _is_title_abbreviation(word)
        or low in lowercase_words
        # "Shareholder Bill Tanner" after "told shareholders": the plural counts.
        or (len(low) > 4 and f"{low}s" in lowercase_words)
        or (len(low) > 4 and bool(_DESCRIPTOR_END.search(low)))
        # "Co-author", "Vice-chair": a capital, a hyphen, then lower case (names
        # keep their capitals after the hyphen: "Jean-Pierre").
        or bool(re.fullmatch(r"[A-Z][a-z]*-[a-z][\w-]*", word))
        or bool(_ID_HEAD_OF.match(low))
    )


# Indonesian heads of units written as one word: "Kapuspenkum", "Kasubdit", "Kabag".
_ID_HEAD_OF = re.compile(
    r"(?:ka|waka)(?:pus|bag|sub|dis|bid|sat|biro|div|den|korlantas)\w+$"
    r"|(?:ka|waka)din(?:kes|sos|as)\w*$|ka(?:des|lak|ban)$"
)


def _generation_last(name: str) -> bool:
    """Return whether a name of two words or more ends in "Jr" or "Sr"."""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold().rstrip(".") in _GENERATION


def _name_word(word: str, *, inside: bool) -> bool:
    low = word.casefold().rstrip(".")
    if not inside and low in _GENERATION and word[:1].isupper():
        return True  # "Jane Doe Jr.": the name goes on to its end
    if not inside and low in _SURNAME_LIKE_TITLES and word[:1].isupper():
        return True  # "said Mira Sen": a title abbreviation never ends a name
    if inside and (word in _NAMES_LIKE_WORDS or low in _MONTHS and word[:1].isupper()):
        return True  # "Said Abdullah", "May Tolliver": a name before another name
    if inside and len(word) == 1 and word.isupper():
        return True  # "Dedie A. Rachim": an initial, not the article "a"
    if inside and low in PARTICLES and word.islower():
        return True
    if not word[:1].isupper() or (word.isupper() and len(word) > 1):
        return low in KNOWN_MEDIA and word.isupper()
    return not (
        low in TITLES
        or low in PEOPLE_NOUNS
        or is_org_word(low)
        or low in MEDIA_WORDS
        or low in PLACES
        or low in FUNCTION_WORDS
        or _is_title_abbreviation(word)
        or bool(_ID_HEAD_OF.match(low))
    )


def _phrase_kind(phrase: str, name: str, role: str) -> str:
    words = [w.casefold() for w in _TOKEN.findall(phrase)]
    role_words = [w.casefold() for w in _TOKEN.findall(role)]
    if name and _looks_like_medium(name):
        return "medium"
    if role_words and role_words[0] in MEDIA_WORDS:
        return "medium"
    if name:
        return "person"
    if any(w in TITLES or _ID_HEAD_OF.match(w) for w in words):
        return "person"
    if any(w in MEDIA_WORDS for w in words[:2]):
        return "medium"
    if any(w in ORG_WORDS for w in words) or any(
        w.isupper() and len(w) > 1 for w in _TOKEN.findall(phrase)
    ):
        return "institution"
    return ""


def _looks_like_medium(name: str) -> bool:
    if name.strip().casefold() in _ACRONYM_MEDIA and not name.strip().isupper():
        return False  # "kata Ria": a given name; the agency is written "RIA"
    return fold(name).replace(" ", "") in KNOWN_MEDIA or fold(name) in KNOWN_MEDIA


# Media known by an acronym that is also a given name or a word when not in capitals.
_ACRONYM_MEDIA = _words("ria ap afp cnn bbc dpa efe ansa nhk cctv cgtn")


def role_key(role: str) -> frozenset[str]:
    """Return the words of a role, abbreviations expanded and places unified.

    >>> sorted(role_key("Menlu AS"))
    ['luar', 'menteri', 'negeri', 'us']
    """
    low = re.sub(r"[()]", " ", role.casefold())
    for short, long in _EXPAND.items():
        low = re.sub(rf"\b{re.escape(short)}\b", long, low)
    words = set()
    for word in _TOKEN.findall(low):
        word = _SAME_PLACE.get(word, word)
        if word not in _ROLE_NOISE:
            words.add(word)
    return frozenset(words)


def _held_key(role: str) -> frozenset[str]:
    """Return role_key(role) with the initials of its place's words.

    "Gubernur Nusa Tenggara Barat" is held by the governor "kata Gubernur NTB"
    and "orang nomor satu di NTB" point to.
    """
    key = role_key(role)
    words = [w for w in _TOKEN.findall(role) if w.casefold() not in TITLES]
    run: list[str] = []
    for word in [*words, ""]:
        if word[:1].isupper() and not word.isupper():
            run.append(word)
            continue
        if len(run) >= 2:
            key |= {"".join(w[0] for w in run).casefold()}
        run = []
    return key


# Letters written after a person's name: ranks of counsel, seats, honours.
_POST_NOMINALS = frozenset(
    [
        "KC",
        "QC",
        "SC",
        "MP",
        "MEP",
        "MSP",
        "MLA",
        "MBE",
        "OBE",
        "CBE",
        "KBE",
        "DBE",
        "FRS",
    ]
)


# "MP for Eastfield Tom Gray", "MP Tom Gray": the letters are a title there.
_TITLE_GOES_ON = re.compile(r"\s+(?:for|of|from|[A-Z])")


def _runs(text: str, tokens: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group tokens into runs of capitalised (or role) words that may hold a name."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for s, e in tokens:
        first = text[s]
        if (
            current
            and text[s:e] in _POST_NOMINALS
            and not _TITLE_GOES_ON.match(text, e)
        ):
            # "Simon Achebe KC told", "Dame Ruth Ellery DBE said": the letters after
            # a name end it.
            joinable = False
        elif first.isupper():
            joinable = True
        else:
            low = text[s:e].casefold()
            joinable = (
                low in _ROLEISH
                or bool(_ORG_SHAPE.match(low))
                or (
                    bool(current)
                    and (
                        low in PARTICLES
                        or (
                            low in ("of", "for")
                            and text[current[-1][0] : current[-1][1]].casefold()
                            in _TITLE_OR_ORG
                        )
                    )
                )
            )
        if not joinable:
            if current:
                runs.append(current)
                current = []
            continue
        nickname = _NICKNAME.match(text, current[-1][1]) if current else None
        if nickname and nickname.end() > s:
            continue  # 'Tomás "Tiki" Barragán': the nickname inside the name
        if current:
            gap = text[current[-1][1] : s]
            if nickname and nickname.end() == s:
                gap = " "
            if "(" in gap and _name_word(
                text[current[-1][0] : current[-1][1]], inside=False
            ):
                gap = "break"  # "Joko Widodo (Jokowi)": the parenthesis holds an alias
            prev = text[current[-1][0] : current[-1][1]]
            if gap not in _JOINING_GAPS and not (
                gap == ". "
                and (
                    _is_title_abbreviation(prev)
                    or (len(prev) == 1 and prev.isupper())
                    or prev.casefold() in NAME_ABBREVIATIONS
                )
            ):
                runs.append(current)
                current = []
        current.append((s, e))
    if current:
        runs.append(current)
    return [run for run in runs if any(text[s].isupper() for s, _ in run)]


_ROLEISH = TITLES | ORG_WORDS | PEOPLE_NOUNS
# A nickname in quote marks between a given name and a surname: ' "Tiki" '.
# A headline's words in capitals go on after the surname: 'Warga "Tenang" Hadapi Erupsi'.
_NICKNAME = re.compile(
    r" [\"“‘'][A-Z][\w'’-]*[\"”’'] (?=[A-Z][\w'’-]*(?:[ ,.;:]+(?![A-Z])|$))"
)
_TITLE_OR_ORG = TITLES | ORG_WORDS
# Gaps that keep words in one run: a space, a parenthesis ("(Menlu AS) Antony").
_JOINING_GAPS = frozenset({"", " ", " (", "(", ") ", ")"})


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Return whether pos falls in one of spans (sorted by start)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return any(s <= pos < e for s, e in spans[max(0, i - 3) : i + 1])


def _balanced(role: str) -> str:
    """Return role with a dangling "(" or title abbreviation dropped, an open "(" closed."""
    role = role.rstrip(" (")
    while role and _is_title_abbreviation(role.rsplit(None, 1)[-1]):
        role = role[: -len(role.rsplit(None, 1)[-1])].rstrip(" (")
    if role.count("(") > role.count(")"):
        role += ")"
    return role


def is_role(role: str) -> bool:
    """Return whether role words name a position or an organisation ("Pertemuan tersebut" does not)."""
    return any(
        w in TITLES or w in ORG_WORDS or w in MEDIA_WORDS or w in _EXPAND
        for w in _TOKEN.findall(role.casefold())
    )


def _is_title_abbreviation(word: str) -> bool:
    """Return whether word is a title written short: "Dr.", "Sen.", "Cllr", "Cpl".

    Besides the known ones, a capitalised word of three to five letters and no
    vowel is short for a title, never a name.
    """
    low = word.casefold().rstrip(".")
    return low in _ABBREVIATED_TITLE or bool(
        _VOWELLESS_TITLE.fullmatch(word.rstrip("."))
    )


_VOWELLESS_TITLE = re.compile(r"[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{2,4}")


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos]
    return pos == 0 or bool(re.search(r"(?:^|[.!?\n][\"”’']?\s*|\n)[\"“‘']?$", before))


def _starts_clause(text: str, pos: int) -> bool:
    """Return whether pos starts its sentence, or follows one leading phrase and a comma.

    "Back at Cipinang, Rohmah has ...", "Seusai pertemuan, Blinken mengatakan ...".
    """
    if _starts_sentence(text, pos):
        return True
    lead = text[sentence_start(text, pos) : pos]
    return bool(re.fullmatch(r"[^,]{1,60},\s*", lead))


def sentence_start(text: str, pos: int) -> int:
    """Return where the sentence holding pos starts (a paragraph start at the latest)."""
    # A "sentence" longer than this is a list or a pasted table: look no further back,
    # so that every quote costs the same however long its line.
    start = max(text.rfind("\n", 0, pos) + 1, pos - _LONGEST_SENTENCE)
    # The lookahead needs the letters after pos: search a little past it.
    for m in _SENTENCE_END.finditer(text, start, pos + 3):
        if m.end() <= pos and not ends_abbreviation(text, m.start()):
            start = m.end()
    return start


_LONGEST_SENTENCE = 400


def sentence_end(text: str, pos: int, limit: int = 200) -> int:
    """Return where the sentence holding pos ends (its final mark), within limit characters."""
    for m in _CLAUSE_END.finditer(text, pos, pos + limit):
        if not ends_abbreviation(text, m.start()):
            return m.start()
    return min(len(text), pos + limit)


_ABBREVIATION_BEFORE = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|(?:[A-Z]\.)+[A-Z]|"
    + "|".join(sorted(_ABBREVIATED_TITLE | NAME_ABBREVIATIONS))
    + r")$",
    re.IGNORECASE,
)


def ends_abbreviation(text: str, i: int) -> bool:
    """Return whether the period at i closes an abbreviation ("Dr.", "J.") rather than a sentence."""
    return text[i] == "." and bool(_ABBREVIATION_BEFORE.search(text[max(0, i - 6) : i]))
