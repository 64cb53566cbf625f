"""Find the same quote rendered differently: reworded by another outlet, or translated.

A spokesman says "candid, substantive and constructive"; one Indonesian outlet
writes "jujur, substantif, dan konstruktif", another "terus-terang,
substantif dan konstruktif". Word for word these share little, but each word
has a counterpart in the other:

- cognates, which Indonesian borrows with regular spelling changes
  ("konstruktif"/"constructive", "komunikasi"/"communication",
  "ekonomi"/"economy"): both are reduced to one skeleton and compared fuzzily;
- a compact bilingual table of words that translate each other and are not
  cognates ("jujur"/"terus-terang"/"candid"/"frank", "hubungan"/"relations",
  "kerja sama"/"cooperation"), looked up after Indonesian affixes are removed;
- open dictionaries, when installed (text/lexicon.py: FreeDict's
  English-Indonesian, the Indonesian thesaurus): words that translate each
  other ("support"/"dukungan") or mean the same ("jujur"/"blak-blakan");
- numbers and names, which survive translation unchanged.

Function words ("dan", "the", "yang", "of") are left out before comparing.
Two quotes of the same speaker whose content words mostly find a
counterpart in the other are proposed as `same_quote`. A shorter partial
quote wholly contained in a longer one counts too.

Pure: no Django.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from annotations.text import lexicon
from annotations.text.affixes import word_bases
from annotations.text.contradictions import SAME_QUOTE, Proposal
from annotations.text.matching import same_person

# On the dev stories renderings of one statement score 0.53 and up, one
# speaker's other statements 0.2 at most.
SAME_QUOTE_THRESHOLD = 0.45
COGNATE_RATIO = 84.0
IDENTICAL = 0.97
# Quotes of articles published further apart than this are of two occasions:
# a speaker who repeats a talking point a season later says it again, and the
# editor compares what outlets made of one statement, not of two.
SAME_OCCASION_DAYS = 30

_FUNCTION_WORDS = """
    dan serta atau yang di ke dari pada untuk bagi dengan oleh ini itu tersebut
    adalah ialah merupakan akan sudah telah sedang masih juga pun lah kah tah
    bahwa karena sebab jika kalau agar supaya sehingga maka jadi namun tetapi
    tapi sedangkan sebagai seperti para sang si nya se dalam atas bawah secara
    sangat lebih paling amat begitu sini situ sana tak tidak bukan kami kita saya
    aku mereka dia ia beliau anda the a an and
    or of to in on at for with by from as is are was were be been being am it
    its this that these those there their them they we our us you your he she
    his her i me my so but if then than because which who whom whose what while
    also too very more most just only not no nor do does did has have had will
    would shall should can could may might must bisa dapat
    kembali lagi again back return still possible mungkin kemungkinan
    belum within beberapa several nobody none one
"""
# Number words, as the digits a translation may write instead ("lima jam" /
# "five hours"). "One" and "satu" are left out: "one of", "salah satu".
_NUMBER_WORDS = {
    "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6",
    "tujuh": "7", "delapan": "8", "sembilan": "9", "sepuluh": "10",
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10",
}  # fmt: skip
_FUNCTION = frozenset(_FUNCTION_WORDS.split())

# Words that translate each other without being cognates. One line per
# meaning; the first word names it. Indonesian words are listed bare (their
# affixes are removed before the lookup), English ones as they occur.
_LEXICON_LINES = """
candid jujur terus-terang terusterang blak-blakan frank honest honestly forthright
open terbuka openly
relation hubungan relations relationship relationships ties
cooperation kerja-sama kerjasama sama-sama cooperate cooperative collaboration
together bersama jointly
choose pilih memilih choice choose choosing pilihan
important penting importance pentingnya crucial
must harus wajib need perlu butuh needs needed
want ingin mau hendak wish wants
hope harap berharap harapan hopes hoped expect expectation expectations
agree sepakat setuju kesepakatan agreed agreement agreements
support dukung dukungan mendukung supports supported
country negara countries nation nations bangsa state states
people rakyat masyarakat publik public citizens warga
world dunia international internasional global
peace damai perdamaian peaceful
war perang
stable stabil stability stabilitas steady
healthy sehat sound
way cara jalan path road means
right benar tepat correct proper
wrong salah
find temukan menemukan temu discover
return kembali back again lagi
turn balik membalikkan reverse
situation situasi keadaan kondisi condition conditions
worsen buruk memburuk deteriorating worse bad worsening spiral
good baik well better
channel saluran channels
manage kelola mengelola managing management handle
responsible tanggung-jawab bertanggung-jawab responsibly responsibility
between antara among
two dua kedua both
interest kepentingan interests
fundamental mendasar dasar basic fundamentally core inti
serve melayani layani serves
fulfil memenuhi penuhi fulfill
lowest terendah rendah low lower
since sejak
until sampai hingga till
form dibentuk bentuk formed established founded
respect menghormati hormat respecting
mutual saling mutually
benefit keuntungan untung menguntungkan beneficial benefit benefits
coexist berdampingan coexistence
risk risiko risks
biggest terbesar besar big largest large
new baru
many banyak lots numerous
all semua seluruh every entire whole
today hari-ini now sekarang
future masa-depan depan
continue lanjut terus melanjutkan continuing continued keep
talk bicara pembicaraan talks dialogue speak discussion diskusi discuss
meet bertemu pertemuan meeting met
visit kunjungan kunjungi mengunjungi visits visited
work kerja bekerja working works
help bantu membantu bantuan aid assist assistance
exchange pertukaran tukar exchanges
education pendidikan educational
flight penerbangan flights
passenger penumpang passengers
student pelajar siswa mahasiswa students
business bisnis pebisnis usaha businesses businesspeople
scholar cendekiawan akademisi scholars academics
increase tingkat peningkatan naik meningkatkan increasing raise rise
push dorong mendorong encourage encouraging promote
said kata mengatakan says stated
problem masalah persoalan issue issues problems
close akrab dekat closely
security keamanan aman safe safety
government pemerintah administration
victim korban victims
dead tewas meninggal killed died dead
injured luka injured wounded
help tolong
never tidak-pernah
always selalu
because karena
not tidak bukan tak
house rumah houses home homes hunian
build bangun membangun build building construct rebuild
damage rusak kerusakan damaged damaging destroyed hancur
resident warga penduduk residents inhabitants villagers
leave tinggal meninggalkan ditinggalkan left abandon behind
weather cuaca
wave gelombang ombak waves
search cari pencarian mencari searching
difficult sulit sukar susah hard tough
height tinggi setinggi high tall
very sangat amat really extremely
ready siap prepared
partner mitra partners kemitraan partnership
long panjang jangka-panjang long-term lama
clean bersih
energy energi
sector sektor bidang field
make membuat buat made makes making
give beri memberi memberikan provide provided
take ambil mengambil took taken
say bilang sebut menyebut
see lihat melihat saw seen
know tahu mengetahui knew known
think pikir berpikir menilai thought consider
feel rasa merasa felt
begin mulai memulai start started began
end akhir berakhir mengakhiri ended
stop henti berhenti menghentikan halt stopped
protect lindungi melindungi perlindungan protection
fight lawan melawan perangi memerangi combat
attack serang serangan menyerang attacks attacked
kill bunuh membunuh
die mati meninggal
life hidup kehidupan lives living
family keluarga families
child anak anak-anak children kids
woman perempuan wanita women
man pria laki-laki men
people orang
city kota cities
village desa villages
island pulau islands
sea laut seas ocean
river sungai rivers
water air
food makanan pangan
price harga prices fare fares
money uang dana funds
cost biaya costs
job pekerjaan lapangan-kerja jobs employment
law hukum undang-undang laws legal
court pengadilan mahkamah courts
police polisi kepolisian
army tentara militer military
leader pemimpin leaders
party partai parties
election pemilu pemilihan elections
vote suara votes
power kekuasaan kekuatan
rule aturan peraturan rules regulation
plan rencana rencanakan planned plans
decision keputusan putuskan memutuskan decide decided
result hasil results outcome
goal tujuan target targets goals aim
effort upaya usaha efforts
step langkah steps measures
process proses
progress kemajuan
success sukses berhasil keberhasilan succeed successful
failure gagal kegagalan fail failed
trust percaya kepercayaan trust
friend teman sahabat friends
enemy musuh enemies
threat ancaman threats threaten
danger bahaya berbahaya dangerous
crisis krisis
war perang wars
peace damai
help bantu
question pertanyaan tanya soal questions
answer jawaban jawab answers
truth kebenaran
fact fakta facts
news berita
report laporan lapor melaporkan reported reports
information informasi
different berbeda beda
same sama
first pertama
next berikutnya selanjutnya
next-week pekan-depan minggu-depan
next-month bulan-depan
next-year tahun-depan
last terakhir
small kecil
big besar
old lama tua
young muda
strong kuat
weak lemah
fast cepat quickly quick rapid
wide luas lebar broad widely
slow lambat lamban
early awal dini
late terlambat
high tinggi
low rendah
hard keras
easy mudah
sure yakin pasti certain
clear jelas
open buka membuka
close tutup menutup closed cover covered covering
give-up menyerah
wait tunggu menunggu
ask minta meminta request asked
call panggil seru menyerukan urge urged
need butuh membutuhkan
use guna menggunakan gunakan used
stay tetap bertahan remain remains
calm tenang
away jauh menjauhi jauhi
building bangunan gedung buildings
crack retak cracked cracks
fire api kebakaran blaze flames
burn bakar terbakar hangus burned burnt burning
after setelah sesudah usai seusai
extinguish padam memadamkan dipadamkan put-out extinguished
hour jam hours
minute menit minutes
year tahun years
percent persen per-cent
cool dingin pendinginan cooling
ongoing berlangsung langsung berjalan under-way underway
success managed
soon segera secepatnya immediately
thousand ribu ribuan thousands
hundred ratus ratusan hundreds
million juta millions
billion miliar billions
market pasar markets
trader pedagang traders merchants vendors
sell jual berjualan menjual selling sold
buy beli membeli buying bought
job lapangan-pekerjaan
invest investasi investment investments investor investors
transition transisi
every setiap tiap each
week pekan minggu seminggu weeks weekly
month bulan months monthly
day hari days daily
once sekali
place tempat lokasi location places site
container wadah penampungan containers
drain kuras menguras
tub bak bak-mandi tubs bathtub
health kesehatan
hospital rumah-sakit hospitals
disease penyakit diseases illness
sick sakit ill
medicine obat medicines drug drugs
school sekolah schools
teacher guru teachers
bridge jembatan bridges
ship kapal ships vessel
boat perahu boats
plane pesawat planes aircraft
airport bandara bandar-udara airports
port pelabuhan ports harbour harbor
train kereta trains
land tanah lahan ground soil
forest hutan forests
rain hujan rains rainfall
flood banjir floods flooding
earthquake gempa quake earthquakes
landslide longsor landslides
wind angin winds
storm badai storms
mountain gunung mountains
electricity listrik power-supply
fuel bbm bahan-bakar
oil minyak
rice beras padi
farmer petani farmers
fish ikan fishermen nelayan
tax pajak taxes
budget anggaran budgets
debt utang hutang debts
company perusahaan companies firm firms
customer pelanggan konsumen nasabah klien customers client clients consumer consumers subscriber subscribers
worker pekerja buruh karyawan workers employees
salary gaji upah wage wages
protest demo unjuk-rasa protests demonstration
prison penjara jail
arrest tangkap menangkap ditangkap arrested
suspect tersangka suspects
investigation penyelidikan penyidikan selidiki investigate investigating
evidence bukti
witness saksi witnesses
judge hakim judges
tomorrow besok
yesterday kemarin
worry khawatir cemas concern concerned worried
afraid takut fear
happy senang gembira glad pleased
proud bangga
thank terima-kasih thanks grateful
sorry maaf apologise apologize
welcome sambut menyambut welcomed
prepare siapkan menyiapkan persiapan preparation preparing
ensure pastikan memastikan make-sure
check periksa memeriksa cek inspect examine
monitor pantau memantau watch
face hadapi menghadapi facing
prevent cegah mencegah pencegahan prevention
reduce kurangi mengurangi turun menurunkan decrease cut lower fall
allow izinkan mengizinkan boleh permit allowed
ban larang melarang larangan forbid prohibit banned
obey patuhi mematuhi comply follow ikuti mengikuti
announce umumkan mengumumkan announced
explain jelaskan menjelaskan explained
admit akui mengakui admitted acknowledge
deny bantah membantah denied
reject tolak menolak refuse refused rejected
accept terima menerima accepted
promise janji berjanji pledge pledged promised
demand tuntut menuntut tuntutan demands demanded
send kirim mengirim sent dispatched
repair perbaiki memperbaiki fix fixed restore
move pindah memindahkan relocate moved gerak bergerak moving movement
arrive tiba datang arrived came
enter masuk entered
exit keluar
pay bayar membayar paid
few sedikit little
yet dulu first
more lebih
collapse runtuh ambruk roboh ambrol collapsed collapsing
smoke asap haze smog kabut-asap
outside luar outdoors
cloth kain fabric fabrics textile textiles tekstil
thread benang yarn
eruption letusan meletus erupt erupted eruptions
routine rutin rutinitas
fatality korban-jiwa fatalities deaths death dead
everyone everybody semua-orang all
officer petugas officers crew crews personnel
spread menjalar merambat meluas spreading spreads
thick tebal thicker dense
window jendela windows
shut tutup menutup
home pulang
happen terjadi occur occurred happened happens
further susulan another subsequent
""".strip().splitlines()


def _build_lexicon(lines: list[str]) -> dict[str, str]:
    """Return word -> meaning; lines sharing a word are one meaning.

    "warga" is both "people" and "resident": a word on two lines joins them,
    so "warga" meets "residents" and "citizens" alike.
    """
    parent: dict[str, str] = {}

    def find(w: str) -> str:
        while parent.setdefault(w, w) != w:
            parent[w] = parent[parent[w]]
            w = parent[w]
        return w

    for line in lines:
        words = [w for word in line.split() for w in {word, word.replace("-", "")}]
        first = find(line.split()[0])
        for w in words:
            root = find(w)
            if root != first:
                parent[root] = first
    return {w: find(w) for w in parent}


_LEXICON: dict[str, str] = _build_lexicon(_LEXICON_LINES)

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*")
_STOP = re.compile(r"[,;:!?()]|\.(?!\S)")
_QUOTE_MARKS = re.compile(r"[\"'“”‘’«»„‟‹›]")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Return a cognate's spelling reduced to what Indonesian and English share.

    >>> skeleton("konstruktif") == skeleton("constructive")
    True
    >>> skeleton("komunikasi") == skeleton("communication")
    True
    """
    s = word.replace("-", "")
    for english, indonesian in (
        ("ically", "is"), ("ical", "is"), ("tion", "si"), ("sion", "si"),
        ("ive", "if"), ("ity", "itas"), ("ism", "isme"), ("ist", "is"),
        ("ogue", "og"), ("y", "i"), ("ic", "ik"), ("que", "k"),
    ):  # fmt: skip
        if s.endswith(english) and len(s) > len(english) + 2:
            s = s[: -len(english)] + indonesian
            break
    s = s.replace("ph", "f").replace("qu", "kw").replace("x", "ks").replace("th", "t")
    s = s.replace("c", "k")
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=65536)
def _lookup(word: str) -> str | None:
    """Return the meaning a word has in the table, trying it bare of Indonesian affixes."""
    if word in _LEXICON:
        return _LEXICON[word]
    candidates = word_bases(word)
    for c in candidates:
        if c in _LEXICON:
            return _LEXICON[c]
    # English inflections
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and word[: -len(suffix)] in _LEXICON:
            return _LEXICON[word[: -len(suffix)]]
    # Comparatives and superlatives: Indonesian grades with a function word
    # ("lebih luas", "paling aman"), English with a suffix ("wider", "safest",
    # "bigger", "easier").
    for suffix in ("er", "est"):
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        bases = [stem, stem + "e"]
        if stem[-1] == "i":
            bases.append(stem[:-1] + "y")  # "easier" -> "easy"
        elif stem[-1] == stem[-2]:
            bases.append(stem[:-1])  # "bigger" -> "big"
        for base in bases:
            if base in _LEXICON:
                return _LEXICON[base]
    return None


@dataclass(
    frozen=True, eq=False
)  # one object per word (see _word_token): compared by identity
class _Token:
    meaning: str | None  # from the table
    skeleton: str
    number: bool
    forms: frozenset[str] = frozenset()  # from the dictionaries: what the word is
    senses: frozenset[str] = frozenset()  # … and what it translates to or means


def tokens(text: str) -> tuple[_Token, ...]:
    """Return the content words of a quote, each with its meaning or skeleton."""
    return _tokens(text, lexicon.generation())


@lru_cache(maxsize=8192)
def _tokens(text: str, generation: int) -> tuple[_Token, ...]:
    # Cached: a story's quote meets every other quote of its speaker.
    text = _QUOTE_MARKS.sub(" ", _fold(text))
    # A stop between two words ("|") keeps a phrase from joining across it:
    # "beberapa hari, jadi" holds no "hari jadi" (an anniversary).
    words: list[str] = []
    end = 0
    for m in _TOKEN.finditer(text):
        if words and _STOP.search(text, end, m.start()):
            words.append("|")
        words.append(m[0])
        end = m.end()
    words = _clock_times(words)
    # Two words the table knows as one ("terus terang", "kerja sama", "long term").
    joined: list[tuple[str, tuple[str, ...]]] = []
    i = 0
    while i < len(words):
        if words[i] == "|":
            i += 1
            continue
        pair = f"{words[i]}-{words[i + 1]}" if i + 1 < len(words) else ""
        if pair in _LEXICON:
            joined.append((pair, ()))
            i += 2
        elif pair and lexicon.is_phrase(pair):
            # A dictionary phrase also stands for its words: "musim hujan"
            # still meets "musim penghujan".
            joined.append((pair, (words[i], words[i + 1])))
            i += 2
        else:
            joined.append((words[i], ()))
            i += 1
    out = []
    for word, parts in joined:
        if word in _FUNCTION:
            continue
        if word[0].isdigit() or word in _NUMBER_WORDS:
            number = _NUMBER_WORDS.get(word, word).replace(",", ".")
            out.append(_number_token(number))
            continue
        out.append(_word_token(word, parts, generation))
    return tuple(out)


_WHOLE = re.compile(r"0*(\d+)(?:[.,]00)?")
# A half-day after an hour: "10 p.m.", "4 sore", "jam 10 malam" (a bare "3
# malam" is three nights), "5 a.m.", "7 pagi".
_AFTERNOON = frozenset(["pm", "sore", "petang"])
_MORNING = frozenset(["am", "pagi"])
_CLOCK_CUES = frozenset(["pukul", "jam", "at"])


def _clock_times(words: list[str]) -> list[str]:
    """Return the words with hours read on 24: "10 p.m.", "jam 10 malam", "22.00" are "22".

    A whole number loses its zeros ("05.00" is "5", "2,00" is "2"); the
    half-day words after an hour are dropped once read.
    """
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        whole = _WHOLE.fullmatch(word)
        if not whole:
            out.append(word)
            continue
        word = whole[1]
        half = words[i] if i < len(words) else ""
        if half in ("a", "p") and i + 1 < len(words) and words[i + 1] == "m":
            half, i = half + "m", i + 2
        elif half in _AFTERNOON or half in _MORNING:
            i += 1
        elif half == "malam" and out and out[-1] in _CLOCK_CUES:
            half, i = "pm", i + 1
        else:
            half = ""
        if half in _AFTERNOON and 1 <= int(word) <= 11:
            word = str(int(word) + 12)
        out.append(word)
    return out


@lru_cache(maxsize=4096)
def _number_token(number: str) -> _Token:
    return _Token(None, number, True)


@lru_cache(maxsize=65536)
def _word_token(word: str, parts: tuple[str, ...], generation: int) -> _Token:
    """Return the one token of a word: its table meaning, skeleton and dictionary senses."""
    meaning = _lookup(word)
    if meaning is None and "-" in word:
        # Reduplication ("luka-luka") and compounds ("terus-terang").
        first, rest = word.split("-", 1)
        meaning = _lookup(first) if first == rest else _lookup(word.replace("-", ""))
    forms, senses = lexicon.word_senses(word)
    for part in parts:
        if part not in _FUNCTION:
            part_forms, part_senses = lexicon.word_senses(part)
            forms, senses = forms | part_forms, senses | part_senses
    return _Token(meaning, skeleton(word), False, forms, senses)


# Tokens are one object per word, so a pair is looked at once per story.
@lru_cache(maxsize=1 << 16)
def _matches(a: _Token, b: _Token) -> bool:
    if a.number or b.number:
        return a.number and b.number and a.skeleton == b.skeleton
    if a.meaning is not None and a.meaning == b.meaning:
        return True
    if a.skeleton == b.skeleton:
        return True
    if (
        a.forms
        and b.forms
        and not (
            a.forms.isdisjoint(b.senses)
            and b.forms.isdisjoint(a.senses)
            and a.forms.isdisjoint(b.forms)
        )
    ):
        return True
    if len(a.skeleton) >= 5 and len(b.skeleton) >= 5:
        return fuzz.ratio(a.skeleton, b.skeleton) >= COGNATE_RATIO
    return False


def coverages(a: Sequence[_Token], b: Sequence[_Token]) -> tuple[float, float]:
    """Return the shares of a's words with a counterpart in b, and of b's in a."""
    if not a or not b:
        return 0.0, 0.0
    hit_a, hit_b = [False] * len(a), [False] * len(b)
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            # The match is symmetric: one pass over the pairs serves both sides.
            if not (hit_a[i] and hit_b[j]) and _matches(x, y):
                hit_a[i] = hit_b[j] = True
    return sum(hit_a) / len(a), sum(hit_b) / len(b)


def quote_likeness(left: str, right: str) -> float:
    """Return how likely two quotes render the same words: 0 to 1.

    >>> quote_likeness("candid, substantive and constructive",
    ...                "jujur, substantif, dan konstruktif")
    1.0
    """
    a, b = tokens(left), tokens(right)
    if not a or not b:
        return 0.0
    numbers_a = {t.skeleton for t in a if t.number}
    numbers_b = {t.skeleton for t in b if t.number}
    if numbers_a and numbers_b and not numbers_a & numbers_b:
        return 0.0  # "12 flights" and "20 flights" are not one statement
    cover_a, cover_b = coverages(a, b)
    both = (cover_a + cover_b) / 2
    short, cover_short = (a, cover_a) if len(a) <= len(b) else (b, cover_b)
    if len(short) >= 3 and cover_short >= 0.8:
        both = max(both, 0.85 * cover_short)  # a partial quote of the longer one
    if _negated(left) != _negated(right):
        if _undenied(left) == _undenied(right):
            # The same words, denied on one side only: "kami akan menaikkan
            # harga" and "kami tidak akan menaikkan harga" say opposite things.
            return 0.0
        both *= 0.75  # a paraphrase may negate: "stay away" / "do not go near"
    return round(both, 3)


_NEGATION = re.compile(
    r"\b(?:tidak|tak|bukan|belum|jangan|not|no|never|cannot|won't|don't|doesn't"
    r"|didn't|isn't|aren't|wasn't|weren't)\b|n't\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def _negated(text: str) -> bool:
    return bool(_NEGATION.search(_fold(text).replace("’", "'")))


_CONTRACTED = re.compile(r"\b(?:(wo)|(ca)|(\w+?))n't\b")


@lru_cache(maxsize=8192)
def _undenied(text: str) -> tuple[str, ...]:
    """Return the quote's words without its negations ("won't" read as "will")."""
    folded = _fold(text).replace("’", "'")
    folded = _CONTRACTED.sub(
        lambda m: "will" if m[1] else "can" if m[2] else m[3], folded
    ).replace("cannot", "can")
    return tuple(w for w in re.findall(r"\w+", folded) if not _NEGATION.fullmatch(w))


@dataclass(frozen=True)
class QuoteInfo:
    id: int
    article: object
    speaker: object  # an id or a name; None or "" when nobody is named: never paired
    exact: str
    source: object = None  # a wire copy shares its original's source
    speaker_name: str = ""  # to match "Anthony Blinken" with "Antony Blinken"
    published: date | None = None  # the article's day, when known


def _one_occasion(a: QuoteInfo, b: QuoteInfo) -> bool:
    """Return whether two quotes may render one statement, by their articles' days."""
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= SAME_OCCASION_DAYS


def _same_speaker(a: QuoteInfo, b: QuoteInfo) -> bool:
    if not a.speaker or not b.speaker:
        return False
    if a.speaker == b.speaker:
        return True
    return bool(a.speaker_name and b.speaker_name) and _same_name(
        a.speaker_name, b.speaker_name
    )


# Old and new spellings of Indonesian names: "Soesilo" / "Susilo", "Djoko" /
# "Joko", "Achmad" / "Ahmad", "Chairul" / "Khairul".
_OLD_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ch", "h"), ("kh", "h"))  # fmt: skip
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=4096)
def _spelling_key(name: str) -> tuple[str, ...]:
    """Return a name's words as their consonants, first and last letters kept.

    "Mohammad Rizky" and "Muhammad Rizki" are both ("mhmd", "rzki"): the
    vowels inside a word and doubled letters vary between outlets, a last
    vowel does not ("Rizka" is another name).
    """
    out = []
    for word in sorted(_name_tokens(name)):
        for old, new in _OLD_SPELLINGS:
            word = word.replace(old, new)
        if word.endswith("y"):
            word = word[:-1] + "i"
        inner = "".join(c for c in word[1:-1] if c not in _VOWELS)
        out.append(re.sub(r"(.)\1+", r"\1", word[0] + inner + word[-1]))
    return tuple(out)


@lru_cache(maxsize=4096)
def _same_name(a: str, b: str) -> bool:
    """Return whether two names are one person's: close in spelling, or of one key."""
    if same_person(a, b):
        return True
    key = _spelling_key(a)
    return len(key) >= 2 and key == _spelling_key(b)


# Honorifics and titles written before a name: "Dr. Siti Nadia", "Pak Rudi".
_HONORIFICS = frozenset(
    [
        "dr",
        "drs",
        "prof",
        "ir",
        "h",
        "hj",
        "kh",
        "mr",
        "mrs",
        "ms",
        "pak",
        "bu",
        "bapak",
        "ibu",
        "sir",
        "dame",
    ]
)


def _name_tokens(name: str) -> frozenset[str]:
    words = re.findall(r"[^\W\d_]+", _fold(name))
    return frozenset(w for w in words if w not in _HONORIFICS and len(w) > 1)


def short_names(names: Sequence[str]) -> dict[str, str]:
    """Return short name -> full name, for names a story writes in part.

    "Miller" is "Matthew Miller" and "Pak Rudi" "Rudi Hartono" when exactly one
    longer name of the story holds all their words; "Wang" stays apart when
    both "Wang Yi" and "Wang Wenbin" speak.

    >>> short_names(["Matthew Miller", "Miller", "Wang Yi", "Wang Wenbin", "Wang"])
    {'Miller': 'Matthew Miller'}
    """
    tokens = {name: _name_tokens(name) for name in dict.fromkeys(names) if name}
    found = {}
    for name, words in tokens.items():
        if not words:
            continue
        longer = [
            other for other, more in tokens.items() if other != name and words < more
        ]
        if len(longer) == 1:
            found[name] = longer[0]
    return found


def propose_same_quotes(quotes: Sequence[QuoteInfo]) -> list[Proposal]:
    """Return same_quote proposals between quotes of one speaker in different sources."""
    by_speaker: dict[object, list[QuoteInfo]] = defaultdict(list)
    names: list[tuple[str, object]] = []
    folded: dict[tuple[str, object], object] = {}
    full = short_names([q.speaker_name for q in quotes if q.speaker])
    by_name = {q.speaker_name: q.speaker for q in quotes if q.speaker}
    for quote in quotes:
        if not quote.speaker:
            continue
        key = quote.speaker
        if quote.speaker_name in full:  # "Miller" speaks as "Matthew Miller"
            key = by_name.get(full[quote.speaker_name], key)
        # Fold name variants of one person onto the first key seen.
        if quote.speaker_name and (quote.speaker_name, key) in folded:
            key = folded[(quote.speaker_name, key)]  # one look per name, not per quote
        elif quote.speaker_name:
            start = key
            for name, other in names:
                if other != key and _same_name(name, quote.speaker_name):
                    key = other
                    break
            else:
                names.append((quote.speaker_name, key))
            folded[(quote.speaker_name, start)] = key
        by_speaker[key].append(quote)
    found = []
    for group in by_speaker.values():
        for x, a in enumerate(group):
            for b in group[x + 1 :]:
                if a.article == b.article:
                    continue
                if a.source is not None and a.source == b.source:
                    continue
                if not _one_occasion(a, b):
                    continue
                score = quote_likeness(a.exact, b.exact)
                if score < SAME_QUOTE_THRESHOLD:
                    continue
                first, second = (a, b) if a.id < b.id else (b, a)
                identical = (
                    fuzz.ratio(_fold(a.exact).strip(), _fold(b.exact).strip()) / 100
                    >= IDENTICAL
                )
                reason = "same_words" if identical else "reworded"
                found.append(
                    Proposal(
                        first.id,
                        second.id,
                        SAME_QUOTE,
                        round(score, 3),
                        reason,
                        (("share", str(round(score * 100))),),
                    )
                )
    found.sort(key=lambda p: (-p.confidence, p.source, p.target))
    return found
