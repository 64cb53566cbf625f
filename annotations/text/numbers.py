"""Read numbers with their units in Indonesian and English news text.

`read_numbers` finds every number phrase that is a quantity: the number in
digits or words, its currency or unit (or the thing counted right after it),
and the hedge or bound words before it. `find_quantities` is its short form
that prefills a claim from the words an editor selected; `annotations.text.claims`
builds claim suggestions on `read_numbers`.

Digit separators are decided by pattern, because a sentence rarely says
which language it is in:

- both "." and "," present: the last one is the decimal mark
  ("1.234,5" and "1,234.5" are both 1234.5);
- the same separator repeated: thousands ("1.000.000", "1,000,000");
- a single separator followed by exactly three digits, after one to three
  non-zero-led digits: thousands ("1.000" and "1,000" are both 1000), because
  three decimal places are rare in news while grouped thousands are common
  in both languages;
- any other single separator: decimal ("7,5", "7.5", "0,125").

Not quantities: four-digit numbers between 1800 and 2100 without a unit
(years), dates ("19/6", "26 April 2024", "June 18"), clock times ("20.21 WIB",
"pukul 16.30"), ordinals and references ("ke-3", "2nd", "Pasal 5", "No. 7"),
codes glued to letters ("G20", "COVID-19"), phone numbers, numbers in links,
long digit runs without a unit (article IDs), list numbering at the start of
a line, and a bare number in brackets after a name (an age: "Budi (45)").

Amounts without digits (`_wordless_at`): fractions with what they are a part
of ("setengah dari warga", "seperempat anggaran", "a quarter of the crew",
"two-thirds", value 0.5 / 0.25 / 0.67, unit "fraction"), pointing back
("separuhnya", "sepertiganya"), before a verb ("seperempat belum dibayar") or
as a change ("shrunk by a third"); a part of a unit is that unit
("seperempat kilo" 0.25 kg); ratios ("1 dari 5 warga", "one in five": 0.2;
"nine in 10": 0.9, "fraction"); multiples ("fourfold", "twice as many boats",
"roughly twice": "fold"; "twice" alone: 2 "time"); "a week", "a year and a
half", "more than a century", "an hour" before "and 40 minutes" (but not "a
day like this", "a week after", "twice a day", "in a decade");
"seorang" when something befell that one person; multiples as verbs ("more
than doubled", "roughly double", "tripled"; "halved" is 0.5 "fraction"), but
not "a double murder" or "doubled down". "a week" after an amount and "in"
is read ("raised £6,000 in a week"); claims.py keeps it as the period. "satu" counts the noun after
it ("satu fraksi") unless it is an idiom or a negation ("satu sisi", "tidak
ada satu rumah pun"). A rate after a quantity belongs to it ("40 orang per
hari", "30 litres a day", "Rp 42 ribu per orang per bulan", "$4 a share").
A number glued by a hyphen to a noun counts it ("a four-match tour", "a
30-page report"; not "two-factor", "three-way": with one to three it is a
kind). Cents and pence are written in their currency: "45 cents" is 0.45 in
the currency named last (USD when none), "14.2p" and "318 pence" GBP.
"40C", "104F" are temperatures (not "Room 4F"); "several hundred", "a few
dozen" are vague amounts; "eight out of ten" is a share like "nine in 10"
(with a round whole: "five out of 12 judges" counts judges).
Two amounts of one unit joined by a dash or "to" are a range ("£440m-£470m",
"$5 to $7"), unless a change verb comes before ("rose 2.1% to 3.4%").

Hedges and bounds (the words before the number, or "lebih"/"or more" after):

- approximate: sekitar, kira-kira, kurang lebih, about, around, roughly,
  some, an estimated, near, "~"; vague amounts (puluhan, ratusan, hundreds of) and
  "20-an" are approximate too;
- bound "min": lebih dari, sedikitnya, setidaknya, minimal, at least, more
  than, over;
- bound "max": hingga, sampai, kurang dari, maksimal, up to, at most, less than,
  within;
- "hampir", "nyaris", "nearly", "almost", "close to" are both approximate and
  bound "max": the true value is close to the number and below it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    unit: str  # canonical English unit or the counted noun, "" when none
    approximate: bool  # hedged or bounded ("sekitar", "more than", "hingga")
    start: int  # code-point span of the phrase, from any hedge word
    end: int  # or currency sign through the unit


@dataclass(frozen=True)
class NumberPhrase:
    """A number with everything around it that says what it counts and how surely."""

    value: Decimal
    unit: str  # canonical English unit, the counted noun lower-cased, or ""
    canonical: bool  # the unit is from the table, not a bare counted noun
    approximate: bool
    bound: str  # "" | "min" | "max"
    start: int  # the phrase: hedge words, currency, number, unit
    end: int
    number_start: int  # the number itself ("enam", "Rp 3,2 triliun" -> "3,2 triliun")
    number_end: int
    unit_start: int  # the unit or counted noun words; both number_end when none
    unit_end: int
    kind: str  # "digits" | "words" | "vague"


class _Token:
    __slots__ = ("kind", "text", "start", "end", "fold")

    def __init__(self, kind: str, text: str, start: int, end: int) -> None:
        self.kind = kind  # "num" | "word" | "sym"
        self.text = text
        self.start = start
        self.end = end
        self.fold = text.casefold()


_TOKEN_RE = re.compile(
    r"(?P<sym>US\$|S\$|A\$|HK\$|NZ\$|AU\$|CA?\$|[$€£¥₹₱₩฿₫~±%])|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)"
)

_UNITS_DIGIT = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9,
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "sepuluh": 10, "sebelas": 11,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_EN = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "ribu": 10**3, "rb": 10**3, "thousand": 10**3,
    "juta": 10**6, "jt": 10**6, "million": 10**6, "mln": 10**6, "mn": 10**6,
    "miliar": 10**9, "milyar": 10**9, "billion": 10**9, "bn": 10**9,
    "triliun": 10**12, "trilyun": 10**12, "trillion": 10**12, "tn": 10**12,
}  # fmt: skip
# After a currency the abbreviations differ by language: "Rp 5 M" is 5 miliar,
# "$5M" is 5 million.
_RP_ABBREVIATIONS = {"m": 10**9, "t": 10**12, "jt": 10**6, "rb": 10**3}
_USD_ABBREVIATIONS = {"m": 10**6, "b": 10**9, "k": 10**3, "t": 10**12}
# A part of a duration written as one word: "seperempat jam", "sepertiga abad".
_SE_PARTS = {"seperempat": 4, "sepertiga": 3}
_SE_SCALES = {
    "selusin": 12, "seratus": 100, "seribu": 10**3, "sejuta": 10**6, "semiliar": 10**9,
    "semilyar": 10**9, "setriliun": 10**12,
}  # fmt: skip
# Vague amounts ("puluhan orang", "thousands of people") keep their lower magnitude.
_VAGUE = {
    "belasan": 10, "puluhan": 10, "lusinan": 12, "ratusan": 100, "ribuan": 10**3,
    "jutaan": 10**6, "miliaran": 10**9, "triliunan": 10**12,
    "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 10**3,
    "millions": 10**6, "billions": 10**9,
}  # fmt: skip
# Words that name a number on their own: "tiga", "sebelas", "twelve", "forty".
SMALL_NUMBER_WORDS = frozenset(_UNITS_DIGIT) | frozenset(_TEENS) | frozenset(_TENS_EN)
_NUMBER_WORDS = (
    set(_UNITS_DIGIT)
    | set(_TEENS)
    | set(_TENS_EN)
    | set(_SCALES)
    | set(_SE_SCALES)
    | {"belas", "puluh", "ratus", "hundred", "setengah", "half", "dozen"}
)
_FEW_SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
}  # fmt: skip
# Words like "sejam" carry both the number one and the unit.
_SE_UNITS = {
    "sejam": "hour", "semenit": "minute", "sehari": "day", "seminggu": "week",
    "sepekan": "week", "sebulan": "month", "setahun": "year", "sekilo": "kg",
}  # fmt: skip
# Words a number in words can start with.
_STARTERS = (
    _NUMBER_WORDS
    | set(_VAGUE)
    | set(_SE_UNITS)
    | {"a", "an", "half", "several", "few", "couple"}
)

# First words of _wordless_at's amounts: fractions, ratios, multiples, "a week".
_WORDLESS_STARTERS = {
    "1", "one", "satu", "a", "an", "half", "setengah", "separuh", "sepertiga",
    "seperempat", "seperlima", "sepersepuluh", "dua", "tiga", "two", "three",
    "twice", "thrice", "seorang", "four", "seven", "nine", "empat", "seperenam",
    "seperdelapan",
    "double", "doubled", "doubling", "triple", "tripled", "tripling", "trebled",
    "quadrupled", "halved", "halving",
}  # fmt: skip

# Canonical unit -> the words that name it (lower case; spaces match any blank).
_UNIT_WORDS = {
    "hour": ["jam", "hour", "hours", "hr", "hrs"],
    "minute": ["menit", "minute", "minutes", "min", "mins"],
    "second": ["detik", "second", "seconds", "sec", "secs"],
    "day": ["hari", "day", "days"],
    "week": ["minggu", "pekan", "week", "weeks"],
    "month": ["bulan", "month", "months"],
    "year": ["tahun", "year", "years", "yr", "yrs"],
    "decade": ["dekade", "dasawarsa", "decade", "decades"],
    "century": ["abad", "century", "centuries"],
    "percent": ["persen", "prosen", "%", "percent", "per cent", "pct", "pc", "per-cent"],
    "percentage point": [
        "poin persentase", "persen poin", "percentage point", "percentage points",
    ],
    "basis point": ["basis poin", "basis point", "basis points", "bps"],
    "person": [
        "orang", "jiwa", "korban jiwa", "korban", "warga", "penduduk", "pengungsi",
        "penumpang", "pasien", "siswa", "murid", "mahasiswa", "pelajar", "santri",
        "anak", "anak-anak", "balita", "bayi", "pekerja", "buruh", "karyawan",
        "pegawai", "personel", "prajurit", "tentara", "anggota", "peserta",
        "pemilih", "relawan", "demonstran", "pengunjuk rasa", "wisatawan",
        "turis", "pengunjung", "pendaki", "nelayan", "petani", "pemudik", "jemaah",
        "jamaah", "peziarah", "jemaat", "umat", "tersangka", "tamu", "kematian", "kru",
        "tahanan", "narapidana", "napi", "sandera",
        "tewas", "meninggal", "meninggal dunia", "luka-luka", "terluka", "luka",
        "hilang", "orang tewas", "tenaga kerja", "tenaga kesehatan", "tenaga medis",
        "nakes", "tenaga pengajar", "perempuan", "wanita", "pria",
        "laki-laki", "lansia", "guru", "dokter", "perawat", "jurnalis", "wartawan",
        "people", "persons", "person", "dead", "killed", "died", "deaths",
        "injured", "wounded", "missing", "residents", "victims", "casualties",
        "civilians", "soldiers", "troops", "children", "students", "workers",
        "employees", "passengers", "refugees", "migrants", "protesters",
        "demonstrators", "patients", "voters", "fatalities", "survivors",
        "tourists", "visitors", "officers", "police officers", "members",
        "prisoners", "inmates", "hostages", "pilgrims", "adults", "men", "women",
        "individuals", "participants", "volunteers", "staff", "fishermen",
        "miners", "evacuees", "players", "citizens", "nationals", "crew",
        "officials", "witnesses", "suspects", "delegates", "journalists",
        "teachers", "doctors", "nurses", "farmers", "athletes", "pemain", "atlet",
        "pejabat", "menteri", "saksi", "hakim", "jaksa", "warga negara", "awak",
        "cucu", "istri", "suami", "adik", "kakak", "keponakan", "sahabat",
        "petugas", "penyintas", "penonton", "suporter", "polisi",
        "fans", "supporters", "spectators", "pendukung", "kerabat", "relatives",
        "family members", "anggota keluarga", "penambang", "pendemo",
        "pelaku", "honorer", "pelari", "pejalan kaki", "penderita", "bidan",
        "kandidat", "legislator", "pengusaha", "pedagang", "peternak", "tki",
        "wni", "wna", "imigran", "penghuni", "warga binaan", "dosen", "lulusan",
        "pendaftar", "pelamar", "penerima", "pengguna", "pelanggan",
        "rioters", "policemen", "firefighters", "rescuers", "medics", "pupils",
        "teenagers", "babies", "infants", "girls", "boys", "traders", "vendors",
        "drivers", "pilots", "sailors", "crew members", "lawmakers", "senators",
        "legislators", "ministers", "judges", "lawyers", "diplomats",
        "candidates", "applicants", "recipients", "beneficiaries", "customers",
        "users", "subscribers", "viewers", "readers", "asylum seekers",
        "detainees", "militants", "fighters", "personnel", "agents", "staffers",
        "runners", "climbers", "hikers", "commuters", "shoppers", "guests",
        "labourers", "laborers", "peacekeepers", "scientists", "researchers",
        "experts", "reporters", "bodies", "corpses", "jenazah", "mayat", "crews",
        "councillors", "councilors", "directors", "engineers", "contractors",
        "technicians", "paramedics", "mourners", "worshippers", "police",
        "arrested", "detained", "evacuated", "rescued", "displaced", "trapped",
        "hospitalised", "hospitalized", "stranded", "drowned", "youths", "pensioners",
        "retirees", "veterans", "convicts", "defendants", "jurors", "governors",
        "mayors", "mps", "surgeons", "midwives", "carers", "marines", "rebels",
        "insurgents", "gunmen", "attackers", "bystanders", "onlookers", "pedestrians",
        "cyclists", "motorists", "riders", "homeowners", "tenants", "immigrants",
        "activists", "campaigners", "shareholders", "investors", "consumers",
        "buyers", "builders", "academics", "lecturers", "graduates", "electors",
        "respondents", "travellers", "travelers", "foreigners", "locals", "villagers",
        "inhabitants", "starters", "finishers", "pengemudi", "sopir", "remaja",
        "aparat", "terdakwa", "caleg", "konsumen", "nasabah", "pembeli", "abk",
    ],
    "season": ["musim", "season", "seasons"],
    "goal": ["gol", "goal", "goals"],
    "household": ["kepala keluarga", "kk", "keluarga", "households", "families"],
    "house": ["rumah", "unit rumah", "houses", "homes"],
    "hospital": ["rumah sakit", "hospitals"],
    "building": ["gedung", "bangunan", "buildings"],
    "school": ["sekolah", "schools"],
    "km": ["km", "kilometer", "kilometers", "kilometre", "kilometres"],
    "m": ["m", "meter", "meters", "metre", "metres"],
    "cm": ["cm", "sentimeter", "centimeter", "centimeters", "centimetres"],
    "mm": ["mm", "milimeter", "millimeter", "millimeters", "millimetres"],
    "mile": ["mil", "mile", "miles"],
    "km/h": ["km/jam", "km per jam", "kilometer per jam", "km/h", "kph"],
    "mph": ["mph", "miles per hour"],
    "km2": [
        "km2", "km²", "kilometer persegi", "square kilometers",
        "square kilometres", "sq km",
    ],
    "m2": ["m2", "m²", "meter persegi", "square meters", "square metres"],
    "m3": [
        "m3", "m³", "meter kubik", "cubic meters", "cubic metres", "cubic meter",
        "cubic metre",
    ],
    "hectare": ["hektare", "hektar", "ha", "hectare", "hectares"],
    "acre": ["acre", "acres"],
    "magnitude": ["magnitudo", "magnitude", "sr", "skala richter", "richter"],
    "kg": ["kg", "kilogram", "kilograms", "kilo", "kilos"],
    "gram": ["gram", "grams", "gr"],
    "ton": ["ton", "tons", "tonne", "tonnes"],
    "liter": ["liter", "liters", "litre", "litres"],
    "ml": ["ml", "millilitre", "millilitres", "milliliter", "milliliters", "mililiter"],
    "mg": ["mg", "milligram", "milligrams", "miligram"],
    "MB": ["mb", "megabyte", "megabytes"],
    "GB": ["gb", "gigabyte", "gigabytes"],
    "TB": ["tb", "terabyte", "terabytes"],
    "Mbps": ["mbps"],
    "Gbps": ["gbps"],
    "barrel": ["barel", "barrel", "barrels"],
    "MW": ["mw", "megawatt", "megawatts"],
    "GW": ["gw", "gigawatt", "gigawatts"],
    "kWh": ["kwh"],
    "°C": ["derajat celsius", "°c", "degrees celsius", "celsius"],
    "°F": ["°f", "degrees fahrenheit", "fahrenheit"],
    "degree": ["degree", "degrees", "derajat"],
    "knot": ["knot", "knots"],
    "time": ["kali", "times"],
    "fold": ["kali lipat", "fold"],
    "IDR": ["rupiah", "idr"],
    "cent": ["sen", "cent", "cents"],
    "pence": ["pence", "penny"],
    "USD": [
        "dolar as", "dolar amerika serikat", "dolar amerika", "dollar as",
        "us dollars", "us dollar", "dolar", "dollar", "dollars", "usd",
    ],
    "SGD": ["dolar singapura", "singapore dollars", "sgd"],
    "AUD": ["dolar australia", "australian dollars", "aud"],
    "HKD": ["dolar hong kong", "hong kong dollars", "hkd"],
    "EUR": ["euro", "euros", "eur"],
    "CNY": ["yuan", "renminbi", "cny", "rmb"],
    "JPY": ["yen", "jpy"],
    "GBP": ["poundsterling", "pound sterling", "pounds sterling", "gbp"],
    "MYR": ["ringgit", "myr"],
    "SAR": ["riyal", "sar"],
    "INR": ["rupee", "rupees", "inr"],
    "KRW": ["won korea", "krw"],
    "THB": ["baht", "thb"],
    "PHP": ["philippine pesos", "php"],
    "VND": ["vietnamese dong", "vnd"],
}  # fmt: skip
_UNITS = {word: unit for unit, words in _UNIT_WORDS.items() for word in words}
_DURATIONS = {
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
    "season",
}  # fmt: skip
_CURRENCIES = {"IDR", "USD", "SGD", "AUD", "HKD", "EUR", "CNY", "JPY", "GBP"} | {
    "MYR",
    "SAR",
    "INR",
    "KRW",
    "NZD",
    "CAD",
    "THB",
    "PHP",
    "VND",
}
# Units that are also ordinary short words: only exactly as written.
_CASE_SENSITIVE_UNITS = {
    "m": "m", "sr": "SR", "ha": "ha", "min": "min", "kk": "KK",
    # "40GB", "2 TB" of data; not "kasus TB" (tuberculosis) or "mb"
    "mb": "MB", "gb": "GB", "tb": "TB",
}  # fmt: skip
# A unit is looked up word by word (one regex per word, then a dictionary),
# which is much faster than one alternation of every unit name.
_UNIT_HEAD_RE = re.compile(
    r"(?:[ \t\xa0]*-[ \t\xa0]*|[ \t\xa0]*)"
    r"(?:(?:more|additional|extra|further|other|consecutive|straight|full|whole)[ \t\xa0]+)?"
    r"(?P<word>%|°[cC]|[^\W_]+(?:[-/'][^\W_]+)*²?)",
    re.IGNORECASE,
)
_UNIT_NEXT_RE = re.compile(r"[ \t\xa0]+([^\W\d_]+(?:-[^\W\d_]+)*)")
# The first words of unit names of several words: only after these is the
# next word worth reading ("dolar" -> "dolar amerika" -> "dolar amerika serikat").
_UNIT_PREFIXES = frozenset(
    " ".join(key.split()[:k]) for key in _UNITS for k in range(1, key.count(" ") + 1)
)
_CURRENCY_PREFIXES = {
    "rp": "IDR", "idr": "IDR", "us$": "USD", "$": "USD", "usd": "USD",
    "€": "EUR", "eur": "EUR", "cny": "CNY", "rmb": "CNY", "£": "GBP",
    "gbp": "GBP", "¥": "JPY", "s$": "SGD", "sgd": "SGD", "a$": "AUD",
    "hk$": "HKD", "rm": "MYR", "rs": "INR", "nz$": "NZD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "₹": "INR", "₱": "PHP", "₩": "KRW", "฿": "THB", "₫": "VND",
}  # fmt: skip
# Units written before the number: "magnitudo 5,6", "M 6.1".
_PREFIX_UNITS = {
    "magnitudo": "magnitude", "magnitude": "magnitude", "m": "magnitude",
    "bermagnitudo": "magnitude", "berkekuatan": "magnitude",
}  # fmt: skip
# Nouns that look like verbs by their prefix ("me-", "ber-", "di-", "ter-").
_NOT_VERBS = {
    "menteri", "media", "meja", "merek", "metode", "menit", "meter", "memo",
    "medis", "menara", "merah", "mesin", "mesir", "meksiko", "melayu", "menu",
    "mental", "mentri", "menlu", "mekanisme", "materi", "berita", "beranda",
    "berkas", "bersama", "dinding", "direktur", "diplomat", "diskusi", "dirut",
    "dinasti", "digital", "dinas", "dividen", "diesel", "distrik", "divisi",
    "terminal", "teroris", "teritori", "teritorial", "termin", "terumbu",
    "tersangka", "terdakwa", "terpidana", "teras", "tertib", "meteran",
    "meriam", "mercusuar", "merpati", "mebel", "menantu", "mertua",
}  # fmt: skip

# Classifiers between a number and the counted noun: "tiga buah rumah", "lima ekor sapi".
_CLASSIFIERS = {"buah", "unit", "ekor", "pucuk", "batang", "lembar", "biji", "butir"}
# Words after a number that are not a counted noun.
STOPWORDS = frozenset(
    """
    di ke dari yang dan atau untuk pada dengan itu ini adalah ialah juga akan telah
    sudah sebagai oleh dalam karena tetapi namun serta hingga sampai bagi tentang
    antara per lalu kemudian saja pun lagi lebih kurang sekitar tersebut setiap tiap
    sama bahwa agar jika bila ketika saat masih belum tidak tak bukan hanya pula
    terakhir silam mendatang berikutnya sebelumnya selanjutnya pertama diantaranya
    antaranya nya mereka kami kita kamu ia dia beliau para sang si sejak selama
    seperti secara bisa dapat harus ada punya menjadi jadi terhadap atas bawah
    of the a an in on at to from and or for with by is are was were be been has
    have had will would can could may might as than that this these those which
    who whom whose what when where while per more less about over under into
    out up down after before since during ago last past next its their his her
    our your my it they we he she you there here not no so but if then also
    only just each every other another all some any most many much few such
    across through throughout against among within without between toward
    towards behind beyond near around until via despite like unlike still now
    plus minus yoy mtm qtq ytd kepada sebelum sesudah setelah others
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_MONTHS = {
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "desember", "jan", "feb", "mar", "apr",
    "jun", "jul", "agu", "agt", "ags", "sep", "sept", "okt", "nov", "des",
    "january", "february", "march", "may", "june", "july", "august", "october",
    "december", "aug", "oct", "dec",
}  # fmt: skip
_DAYS = {
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
_TIME_AFTER = {
    "wib", "wita", "wit", "gmt", "utc", "am", "pm", "pagi", "siang", "sore",
    "malam", "dini", "waktu", "local", "o'clock", "noon", "midnight", "sharp",
}  # fmt: skip
_TIME_BEFORE = {"pukul", "pkl", "jam", "at"}
# "stands at 212", "estimated at 40,000": an amount after "at", not a clock time
_AMOUNT_AT_VERBS = {
    "stands", "stand", "stood", "standing", "put", "estimated", "valued", "priced",
    "pegged", "capped", "fixed", "peaked", "totalled", "totaled", "set", "puts",
    "estimates", "estimate", "estimating", "placed", "places", "pegs", "counted",
}  # fmt: skip
# What such a verb puts at a figure: "put the number at 1,800", "estimated it at".
_AMOUNT_AT_OBJECTS = {
    "the", "their", "its", "his", "her", "that", "final", "total", "official",
    "overall", "own", "number", "figure", "toll", "count", "tally", "it", "them",
    "crowd", "turnout", "damage", "cost", "bill", "losses", "death", "casualty",
    "injury", "attendance",
}  # fmt: skip


def _amount_at(text: str, tokens: list[_Token], at: int) -> bool:
    """Return whether the "at" of tokens[at] follows a verb that sets an amount.

    "stands at 212", "put the number at 1,800", "estimated it at 2,400": up to
    three words of what is set stand between the verb and "at".
    """
    k = at - 1
    for _ in range(4):
        if k < 0 or not _blank(text[tokens[k].end : tokens[k + 1].start]):
            return False
        if tokens[k].fold in _AMOUNT_AT_VERBS:
            return True
        if tokens[k].fold not in _AMOUNT_AT_OBJECTS:
            return False
        k -= 1
    return False


# A number right after these words names a thing or a place in a sequence.
_STRONG_REFERENCES = {
    "no", "nomor", "nomer", "nr", "pasal", "ayat", "halaman", "hal", "page", "pp",
    "section", "chapter", "article", "bab", "punggung", "jersey", "shirt", "urut",
    "hotline", "telepon", "telp", "tel", "phone", "call", "hubungi", "whatsapp",
    "wa", "sms", "ext", "pin", "kode", "code",
}  # fmt: skip
_REFERENCE_BEFORE = {
    "no", "nomor", "nomer", "nr", "pasal", "ayat", "halaman", "hal", "page",
    "pp", "section", "chapter", "article", "bab", "lantai", "floor", "rt", "rw",
    "tahap", "putaran", "babak", "round", "edisi", "episode", "vol", "volume",
    "jilid", "seri", "series", "kamar", "ruang", "room", "gate", "pintu", "blok",
    "block", "kode", "code", "versi", "version", "tipe", "type", "level",
    "kelas", "grade", "peringkat", "rank", "ranked", "urutan", "tanggal", "tgl",
    "tahun", "year", "pekan", "week", "gelombang", "sesi", "session", "tim",
    "team", "game", "match", "laga", "pertandingan", "angka", "skor", "score",
    "nilai", "kategori", "category", "zona", "zone", "jalur", "line", "nomor urut",
    "paragraf", "butir", "poin", "point", "pon", "tol", "gang", "jalan", "jl",
    "street", "road", "avenue", "number", "on",
}  # fmt: skip

_HEDGE_WORDS = {
    "approx": [
        "sekitar", "sekira", "kira-kira", "kurang lebih", "lebih kurang",
        "kurang-lebih", "lebih-kurang", "kisaran", "berkisar", "diperkirakan",
        "ditaksir", "about", "around", "approximately", "roughly", "some",
        "an estimated", "estimated", "circa", "ca.", "~", "±", "an approximate", "near",
        "plus minus", "plus-minus", "plus or minus", "maybe", "perhaps",
        "diperkirakan mencapai", "diperkirakan sebanyak", "ditaksir mencapai",
        "estimated at",
    ],
    "min": [
        "lebih dari", "lebih daripada", "sedikitnya", "setidaknya", "minimal",
        "minimum", "paling sedikit", "sekurang-kurangnya", "sekurangnya",
        "tak kurang dari", "tidak kurang dari", "di atas", "melebihi", "at least",
        "more than", "over", "upwards of", "in excess of", "no fewer than",
        "no less than", "above", "exceeding", "a minimum of", "past", "beyond",
        "paling cepat", "paling singkat",
    ],
    "max": [
        "hingga", "sampai", "sampai dengan", "s.d.", "s/d", "kurang dari",
        "maksimal", "maksimum", "paling banyak", "sebanyak-banyaknya",
        "tak lebih dari", "tidak lebih dari", "tidak sampai", "di bawah",
        "up to", "at most", "less than", "fewer than", "under", "below",
        "no more than", "as many as", "as much as", "paling lama",
        "selambat-lambatnya", "paling lambat", "a maximum of", "a maximum", "within",
        "hingga radius", "sampai radius", "up to a radius of", "within a radius of",
    ],
    "near": [
        "hampir", "nyaris", "mendekati", "nearly", "almost", "close to",
        "just under", "hampir mencapai", "closer to", "just shy of",
    ],
}  # fmt: skip
_HEDGES = {word: kind for kind, words in _HEDGE_WORDS.items() for word in words}


def _hedge_re(words: list[str]) -> re.Pattern:
    return re.compile(
        r"(?:^|(?<=[\s(\"“'‘]))(?P<hedge>"
        + "|".join(
            re.escape(word).replace(r"\ ", r"\s+")
            for word in sorted(words, key=len, reverse=True)
        )
        + r")[ \t\xa0]*$",
        re.IGNORECASE,
    )


# A hedge ends right before the number, so the word there tells which hedges
# can match: one small pattern per last word ("dari" -> "lebih dari", "kurang
# dari", ...) instead of every hedge tried at every offset.
_HEDGE_RES = {
    last: _hedge_re([word for word in _HEDGES if word.split()[-1] == last])
    for last in {word.split()[-1] for word in _HEDGES}
}
_AFTER_MIN_RE = re.compile(
    r"[ \t\xa0]*(?:lebih(?=[ \t\xa0]*(?:[,.;:)!?]|$))|ke\s+atas\b|or\s+more\b|\+)",
    re.IGNORECASE,
)
_ANAN_RE = re.compile(r"-an(?![^\W_]|-)")  # "20-an orang", not "$10-an-hour"
_LEBIH_NOUN_RE = re.compile(
    r"[ \t\xa0]+lebih(?=[ \t\xa0]+(?!(?:banyak|besar|kecil|tinggi|rendah|murah|mahal|cepat"
    r"|lama|sedikit|luas|jauh|dari|daripada|baik|buruk|parah)(?![^\W_]))[a-z])",
    re.IGNORECASE,
)
_PLUS_ODD_RE = re.compile(r"-(plus|odd)(?![^\W_])", re.IGNORECASE)
_WORD_AFTER_RE = re.compile(r"[ \t\xa0]+([^\W\d_]+(?:-[^\W\d_]+)*)")

# Text that holds digits but no quantity: links, e-mail addresses, phone
# numbers, dates, clock times, ordinals, list numbering.
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
# (Each alternative starts with a digit, "(" or "+", which the lookahead tests
# first: one character test per position keeps this fast.)
_NOT_QUANTITY_RE = re.compile(
    r"(?=[\d(+])(?:"
    r"(?<![\w.,])(?:\+\d{1,3}[\s-]?)?\(?0\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}(?!\d)"
    r"|\+\d{1,3}(?:[\s-]?\d{2,4}){2,5}(?!\d)"
    r"|\b\d{1,4}/\d{1,2}(?:/\d{2,4})?\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?"
    r"\s*(?:WIB|WITA|WIT|GMT|UTC|a\.m\.|p\.m\.|am\b|pm\b|waktu\b|pagi\b|siang\b|sore\b|malam\b)"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    rf"|\b\d{{1,2}}\s*(?:[-–—]\s*\d{{1,2}}\s*)?(?:{_MONTH_ALT})\b\.?(?:\s*,?\s*\d{{4}})?"
    r")"
    r"|(?m:^[ \t]*(?:[-•*·–—][ \t]*\d{1,3}(?![\d.,])(?=[ \t]+(?-i:[A-Z\"“]))|\d{1,3}[.)](?=[ \t])))",
    re.IGNORECASE,
)
_DAY_JOIN = r"[ \t\xa0]*(?:and|to|-|–|until|through|dan|hingga|sampai|s\.d\.)[ \t\xa0]*"
_DAY_RANGE_BEFORE_RE = re.compile(
    rf"\b(?:{_MONTH_ALT})\.?[ \t\xa0]+\d{{1,2}}(?:st|nd|rd|th)?{_DAY_JOIN}$",
    re.IGNORECASE,
)
_DAY_RANGE_AFTER_RE = re.compile(
    rf"{_DAY_JOIN}\d{{1,2}}(?:st|nd|rd|th)?[ \t\xa0]+(?:{_MONTH_ALT})\b", re.IGNORECASE
)
_LINK_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")
# The plurals without an -s a count may name: "1.2m people", "3m children".
_PLURAL_NOUNS = (
    r"(?:[^\W\d_]+s|people|children|men|women|staff|personnel|livestock|cattle|sheep)"
)
_GLUED_SCALE_RE = re.compile(
    rf"(bn|m(?=[ \t\xa0]+(?:of[ \t\xa0]+)?{_PLURAL_NOUNS}\b)|k(?=[ \t\xa0]+{_PLURAL_NOUNS}\b))(?![^\W_])",
    re.IGNORECASE,
)
# Between a quantity and a bare number that repeats its unit: "two kilos, sometimes one".
ELIDED_RE = re.compile(
    r"[ \t\xa0]*,?[ \t\xa0]*(?:(?:or|atau|sometimes|kadang|kadang-kadang|even|bahkan|only"
    r"|hanya|just|perhaps|mungkin|maybe|then|lalu|kemudian)[ \t\xa0]+){1,2}",
    re.IGNORECASE,
)
_TOO_LARGE = Decimal(10) ** 18
# A minus sign: "−" anywhere, "-" only after a blank and before the digit.
_MINUS_RE = re.compile(
    r"(?:(?<![\w.,\d])[-−]|(?<!plus )(?<!plus-)(?<!plus or )\bminus[ \t\xa0]+)$",
    re.IGNORECASE,
)
_OF_RE = re.compile(r"[ \t\xa0]+of(?=\s)")
_ABBREVIATION_RE = re.compile(r"[ \t\xa0]*([A-Za-z]{1,2})(?![^\W_])")


def parse_quantity(text: str) -> Quantity | None:
    """Return the first quantity in text, or None.

    >>> parse_quantity("selama sekitar enam jam").value
    Decimal('6')
    """
    found = find_quantities(text)
    return found[0] if found else None


def find_quantities(text: str) -> list[Quantity]:
    return [
        Quantity(p.value, p.unit, p.approximate or bool(p.bound), p.start, p.end)
        for p in read_numbers(text)
    ]


# The half written after a duration's unit: "dua jam setengah", "tiga hari
# setengah"; not the start of another amount ("setengah jam", "setengah dari").
_HALF_AFTER_UNIT_RE = re.compile(
    r"[ \t\xa0]+setengah\b(?![ \t\xa0]*(?:-|[^\W\d_]+))", re.IGNORECASE
)


def read_numbers(text: str) -> list[NumberPhrase]:
    """Return every quantity phrase in text, in order and without overlaps."""
    tokens = _tokenize(text)
    masked = _masked_spans(text, tokens)
    starters = _ANY_STARTER
    found: list[NumberPhrase] = []
    floor = 0  # offsets before this belong to an earlier phrase
    i = 0
    n = len(tokens)
    while i < n:
        token = tokens[i]
        if (
            token.kind == "word"
            and token.start >= floor
            and (m := _UNIT_LONG_RE.fullmatch(token.fold))
        ):
            # "a week-long campaign", "a day-long walkout": one of that unit
            found.append(
                NumberPhrase(
                    value=Decimal(1), unit=m.group(1), canonical=True,
                    approximate=False, bound="", start=token.start, end=token.end,
                    number_start=token.start, number_end=token.start + len(m.group(1)),
                    unit_start=token.start, unit_end=token.start + len(m.group(1)),
                    kind="words",
                )
            )  # fmt: skip
            floor = token.end
            i += 1
            continue
        if (
            token.start < floor
            or (
                token.kind == "word"
                and token.fold not in starters
                and not token.fold.endswith("fold")
            )
            or (token.kind == "num" and _inside(masked, token.start))
        ):
            i += 1
            continue
        phrase = None
        if (
            token.fold in _WORDLESS_STARTERS
            or token.fold.endswith("fold")
            or token.fold in _NYA_FRACTIONS
            or (i + 1 < n and tokens[i + 1].fold in ("in", "out"))
        ):
            phrase = _wordless_at(text, tokens, i, floor)
        if phrase is None:
            phrase = _phrase_at(text, tokens, i, floor)
        if phrase is None:
            i += 1
            continue
        if (
            phrase.unit in _DURATIONS
            and phrase.value == phrase.value.to_integral_value()
            and (half := _HALF_AFTER_UNIT_RE.match(text, phrase.end))
        ):
            # "dua jam setengah": two and a half hours, the half after the unit
            phrase = replace(
                phrase, value=phrase.value + Decimal("0.5"), end=half.end()
            )
        found.append(phrase)
        floor = phrase.end
        while i < n and tokens[i].start < floor:
            i += 1  # a phrase spans a few tokens: stepping beats bisecting
    return _join_ranges(text, found)


_UNIT_LONG_RE = re.compile(r"(hour|day|week|month|year|decade|century)-long")


def _tokenize(text: str) -> list[_Token]:
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "word"
        word = m.group()
        if kind == "word" and "-" in word:
            parts = word.split("-")
            if parts[0].casefold() in _NUMBER_WORDS or parts[0].casefold() in _VAGUE:
                # "twenty-five", "dua-puluh", "six-hour", "two-day"
                pos = m.start()
                for part in parts:
                    tokens.append(_Token("word", part, pos, pos + len(part)))
                    pos += len(part) + 1
                continue
        tokens.append(_Token(kind, word, m.start(), m.end()))
    return tokens


def _masked_spans(text: str, tokens: list[_Token]) -> list[tuple[int, int]]:
    """Return the spans of _NOT_QUANTITY_RE that hold a number token.

    The same spans as finditer over the whole text, found by trying the
    pattern only where one can start before a number: at the number, at a
    "(" or "+" right before it, and at its line's start (list numbering).
    """
    spans: list[tuple[int, int]] = []
    last_end = 0
    for token in tokens:
        if token.kind != "num" or token.start < last_end:
            continue
        at = token.start
        line_start = text.rfind("\n", 0, at) + 1
        tries = [at]
        if at and text[at - 1] in "(+":
            tries.insert(0, at - 1)
            if at > 1 and text[at - 2] in "(+":
                tries.insert(0, at - 2)  # "+(0", "(+62"
        if not text[line_start:at].strip(" \t-•*·–—"):
            tries.insert(0, line_start)
        for pos in tries:
            if pos < last_end:
                continue
            m = _NOT_QUANTITY_RE.match(text, pos)
            if m and m.end() > at:
                spans.append(m.span())
                last_end = m.end()
                break
    if "http" in text or "www." in text or "@" in text:
        spans = sorted(spans + [m.span() for m in _LINK_RE.finditer(text)])
    return spans


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect_left(spans, (pos + 1,)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _blank(gap: str, allow: str = "") -> bool:
    return gap.strip(allow).strip() == "" and "\n" not in gap


def _phrase_at(
    text: str, tokens: list[_Token], j: int, floor: int
) -> NumberPhrase | None:
    number = _number_at(text, tokens, j)
    if number is None:
        return None
    value, k, approximate, kind = number
    if kind == "digits" and (times := _TIMES_SIGN_RE.match(text, tokens[k - 1].end)):
        # "3 x 24 jam", "1x24 jam": a product, 72 and 24 hours
        while k < len(tokens) and tokens[k].start < times.start(1):
            k += 1
        if k < len(tokens) and tokens[k].start == times.start(1):
            value *= int(times.group(1))
            k += 1
    n = len(tokens)
    first = tokens[j]
    scaled = False
    plus_bound = False  # "1,000-plus"

    # Scale words after digits or vague amounts: "2,5 triliun", "puluhan ribu",
    # "hundreds of thousands".
    if kind in ("digits", "vague"):
        while k < n and _blank(
            text[tokens[k - 1].end : tokens[k].start], allow="-" if not scaled else ""
        ):  # "$1.2-billion", "1.5-million workers"
            w = tokens[k].fold
            if w in _SCALES and not (w in ("mn", "tn") and kind != "digits"):
                if scaled and value * _SCALES[w] >= 10**15:
                    break  # "triliun triliun" is not a number
                value *= _SCALES[w]
                k += 1
                scaled = True
            elif (
                kind == "vague"
                and w == "of"
                and k + 1 < n
                and tokens[k + 1].fold in _VAGUE
            ):
                value *= _VAGUE[tokens[k + 1].fold]  # "hundreds of thousands"
                k += 2
                scaled = True
            else:
                break
    number_end = tokens[k - 1].end
    if kind == "digits" and text[number_end : number_end + 1] in _VULGAR:
        number_end += 1  # "1½": read in _number_at

    # Currency before the number: "Rp 2,5 triliun", "US$ 1,2 miliar", "$1.2 billion".
    unit = ""
    start = first.start
    magnitude_from = -1
    if j >= 1 and tokens[j - 1].start >= floor:
        prev = tokens[j - 1]
        currency = _CURRENCY_PREFIXES.get(prev.fold)
        if (
            currency
            and (prev.fold not in ("rm", "rs") or prev.text in ("RM", "Rs"))
            and _blank(text[prev.end : first.start], allow=".")
        ):
            unit = currency
            start = prev.start
        elif (
            prev.fold in _PREFIX_UNITS
            and (prev.fold != "m" or prev.text == "M")
            and _blank(text[prev.end : first.start])
            and kind == "digits"
            and value < 10
            and (
                prev.fold != "m"
                or value != value.to_integral_value()
                or _QUAKE_NEAR_RE.search(
                    text, max(0, prev.start - 120), first.end + 120
                )
            )
        ):
            # "magnitudo 5,6", "M 6.1"; but "the M5 motorway" is a road
            magnitude_from = prev.start
    if unit and kind == "digits" and not scaled:
        abbreviations = _RP_ABBREVIATIONS if unit == "IDR" else _USD_ABBREVIATIONS
        m = _ABBREVIATION_RE.match(text, number_end)
        if m and m.group(1).casefold() in abbreviations:
            value *= abbreviations[m.group(1).casefold()]  # "Rp 5 M", "$1.2B"
            number_end = m.end()
            scaled = True
    elif (
        kind == "digits"
        and (m := _GLUED_DEGREES_RE.match(text, number_end))
        and not _names_before(text, tokens, j)
    ):
        unit, number_end = "°" + m.group(1), m.end()  # "40C", "104F"; not "Grade 5C"
    elif kind == "digits" and value < 1000 and (m := _PENCE_RE.match(text, number_end)):
        value /= 100  # "14.2p a share", "21p": pence, written in pounds
        unit, number_end = "GBP", m.end()
        scaled = True
    elif (
        kind == "digits"
        and not scaled
        and (m := _GLUED_SCALE_RE.match(text, number_end))
    ):
        # "1.5m households", "40bn", "10k runners": millions, not metres
        value *= _USD_ABBREVIATIONS[m.group(1).casefold()[0]]
        number_end = m.end(1)
        scaled = True

    end = number_end
    if kind in ("digits", "words") and (m := _PLUS_ODD_RE.match(text, end)):
        # "1,000-plus fans" (at least), "40-odd boats" (about)
        if m.group(1).casefold() == "odd":
            approximate = True
        else:
            plus_bound = True
        end = number_end = m.end()
    if kind in ("digits", "vague") and (m := _ANAN_RE.match(text, end)):
        if kind == "digits" and _is_year(first.text):
            return None  # "1970-an" is a decade
        approximate = True  # "20-an orang"
        end = number_end = m.end()

    unit_start = unit_end = number_end
    canonical = bool(unit)
    if kind == "se_unit":
        unit, canonical = _SE_UNITS[first.fold], True
        kind = "words"
    noun_from = end
    if (
        kind in ("digits", "words")
        and (lebih := _LEBIH_NOUN_RE.match(text, end))
        and (unit_after(text, lebih.end()) or _counted_noun(text, lebih.end()))
    ):
        # "15 ribu lebih warga": more than 15,000 residents
        plus_bound = True
        end = noun_from = lebih.end()
    if not unit and (m := _STRONG_RE.match(text, noun_from)):
        # "a 3,000-strong workforce": a body of that many people
        unit, canonical, unit_start, unit_end = "person", True, m.start(1), m.end(1)
        end = unit_end
    if not unit:
        if (
            kind == "vague"
            and (m := _OF_RE.match(text, noun_from))
            and not _OF_THEM_RE.match(
                text, noun_from
            )  # "scores of them": the people before
        ):
            noun_from = m.end()  # "hundreds of people"
        matched = unit_after(text, noun_from)
        if (
            matched
            and matched[0] == "person"
            and (head := _HEAD_AFTER_RE.match(text, matched[2]))
            and _noun_like(head.group(1))
            and unit_after(text, head.start(1)) is None
        ):
            # "40,000 staff and partner accounts", "200 student loans": the people
            # word is a modifier, the plural after it is what is counted
            matched = (head.group(1).casefold(), head.start(1), head.end(1))
        if matched:
            unit, unit_start, unit_end = matched
            canonical = unit in _UNIT_WORDS
            end = unit_end
    if magnitude_from >= 0 and (not unit or unit == "magnitude"):
        unit, canonical, start = "magnitude", True, magnitude_from
    if not unit and kind != "bare" and (m := _OF_SET_RE.match(text, noun_from)):
        # "two of my buffaloes", "a dozen of its members": the things counted
        matched = unit_after(text, m.end()) or _plural_noun(text, m.end())
        if matched:
            unit, unit_start, unit_end = matched
            canonical = unit in _UNIT_WORDS
            end = unit_end
    if not unit and (
        kind != "bare"
        or (first.fold == "satu" and k == j + 1)
        or (
            # "only one supplier": "one" counts where "only" insists on it
            first.fold == "one"
            and k == j + 1
            and j >= 1
            and tokens[j - 1].fold in _ONLY_ONE
            and _blank(text[tokens[j - 1].end : first.start])
        )
    ):
        noun = _counted_noun(text, noun_from)
        if (
            noun
            and kind == "bare"
            and (
                noun[0] in _SATU_IDIOMS
                or (j >= 1 and tokens[j - 1].fold in _NEGATIONS)
                or re.match(r"[ \t\xa0]+pun(?![^\W_])", text[noun[2] : noun[2] + 6])
            )
        ):
            noun = None  # "tidak ada satu aset pun" says none
        if noun:
            unit, unit_start, unit_end = noun
            end = unit_end
    if (
        kind == "vague"
        and not canonical
        and first.fold not in _MONEY_VAGUE  # "miliaran dikucurkan" is money
        and _VAGUE_VERB_RE.match(text, number_end)
    ):
        # "Thousands fled", "hundreds gathered", "ratusan mengungsi": people did
        # it. The claim's span stays the amount, and so does the unit's: no word
        # of the phrase names it (the verb lies outside the phrase)
        unit, canonical = "person", True
        unit_start = unit_end = end = number_end
    if unit == "pounds" and (value >= 10**6 or "£" in text):
        # "Ninety-six million pounds" in a story of £ amounts: money, not weight
        unit, canonical = "GBP", True
    if unit in ("cent", "pence") and text[unit_start:unit_end].casefold() != "sen":
        # "45 cents a litre", "318 pence": a hundredth of the currency named
        value /= 100
        unit = "GBP" if unit == "pence" else _currency_before(text, start)
    if unit == "time" and (m := _AS_MANY_RE.match(text, end)):
        # "three times as many ships", "twice as much": a multiple, not a count of times
        unit, canonical = "fold", True
        end = m.end()
        if noun := _counted_noun(text, end):
            unit_start, unit_end = noun[1], noun[2]
            end = noun[2]
    elif unit == "time" and _TIMES_OF_RE.match(text, end):
        # "three times the size", "9.5 times earnings", "ten times higher": a multiple
        unit, canonical = "fold", True
    if (
        kind == "bare"
        and unit
        and (
            (j >= 1 and tokens[j - 1].fold in _NEGATIONS)
            or re.match(r"[ \t\xa0]+pun(?![^\W_])", text[end : end + 6])
        )
    ):
        return None  # "tidak ada satu rumah pun" says none

    if kind == "digits" and _not_a_quantity(
        text,
        tokens,
        j,
        k,
        canonical,
        scaled,
        counted=unit_end > number_end,
    ):
        return None
    if kind == "bare" and (
        (not unit and not (floor and ELIDED_RE.fullmatch(text, floor, start)))
        or (j >= 1 and tokens[j - 1].fold == "salah")
    ):
        return None  # "salah satu", "one of them", "half of it"; but "two kilos, sometimes one"
    if kind == "bare":
        kind = "words"

    # Hedge and bound words before the phrase: "sekitar", "more than", "hampir".
    if kind == "digits" and (m := _MINUS_RE.search(text, max(floor, start - 8), start)):
        value = -value  # "-2,1 persen", "minus 5 derajat", "−3%"
        start = m.start()
    start, end, approximate, bound = _hedged(text, start, end, floor, unit, approximate)
    if plus_bound and not bound:
        bound = "min"
    if unit:
        end = _per_unit_end(text, end)

    if abs(value) >= _TOO_LARGE:
        return None  # no news counts this far; an ID or a typo
    return NumberPhrase(
        value=_tidy(value),
        unit=unit,
        canonical=canonical,
        approximate=approximate,
        bound=bound,
        start=start,
        end=end,
        number_start=first.start,
        number_end=number_end,
        unit_start=unit_start,
        unit_end=unit_end,
        kind=kind,
    )


_QUAKE_NEAR_RE = re.compile(
    r"\b(?:gempa|quake|earthquake|tremor|seismic|BMKG|USGS)", re.I
)
_PENCE_RE = re.compile(r"p(?![^\W_])")
_GLUED_DEGREES_RE = re.compile(r"([CF])(?![^\W_])")
_CURRENCY_NAMED_RE = re.compile(
    r"(US\$|A\$|S\$|HK\$|\$|€|£|Rp|(?i:\b(?:euros?|dollars?|pounds?|rupiah|dolar)\b))"
)
_CURRENCY_NAMES = {
    "us$": "USD", "$": "USD", "a$": "AUD", "s$": "SGD", "hk$": "HKD", "€": "EUR",
    "£": "GBP", "rp": "IDR", "euro": "EUR", "euros": "EUR", "dollar": "USD",
    "dollars": "USD", "pound": "GBP", "pounds": "GBP", "rupiah": "IDR", "dolar": "USD",
}  # fmt: skip


def _currency_before(text: str, pos: int) -> str:
    """Return the currency named last before pos (cents are its hundredths), USD if none."""
    found = _CURRENCY_NAMED_RE.findall(text, max(0, pos - 3000), pos)
    return _CURRENCY_NAMES[found[-1].casefold()] if found else "USD"


_HEAD_AFTER_RE = re.compile(
    r"(?<![sS])(?:[ \t\xa0]+and[ \t\xa0]+[a-z]+)?[ \t\xa0]+([a-z]{3,}s)(?![^\W_])"
)
_TIMES_OF_RE = re.compile(
    r"[ \t\xa0]+(?:the|its|their|that|those|more|less|higher|lower|larger|bigger|greater"
    r"|faster|smaller|earnings|revenue|sales|profits?|lipat|lebih)(?![^\W_])",
    re.IGNORECASE,
)
# "3 x 24 jam": the police's deadline, in hours or days only ("4 x 5 metres" is a size)
_TIMES_SIGN_RE = re.compile(
    r"[ \t\xa0]*[x×][ \t\xa0]*(\d{1,3})(?![\d.,]\d)"
    r"(?=[ \t\xa0]+(?:jam|hari|menit|hours?|days?|minutes?)(?![^\W_]))",
    re.IGNORECASE,
)
_OF_THEM_RE = re.compile(
    r"[ \t\xa0]+of[ \t\xa0]+(?:them|us|those)(?![^\W_])", re.IGNORECASE
)
_STRONG_RE = re.compile(r"-(strong)(?![^\W_])", re.IGNORECASE)
_OF_SET_RE = re.compile(
    r"[ \t\xa0]+of[ \t\xa0]+(?:the|my|its|their|his|her|our|your|these|those)[ \t\xa0]+"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)
_AS_MANY_RE = re.compile(
    r"[ \t\xa0]+as[ \t\xa0]+(?:many|much|large|big|high|long|likely|fast)(?![^\W_])",
    re.IGNORECASE,
)
# "satu" counts the noun after it ("satu fraksi menolak") except in these idioms.
_SATU_IDIOMS = {
    "sisi", "hal", "per", "kesatuan", "suara", "pintu", "arah", "tujuan", "sama",
    "lagi", "pun", "persatu", "visi", "hati", "paket", "atap", "meja",
}  # fmt: skip


_NEGATIONS = {"tidak", "tak", "ada", "tanpa", "bukan", "belum"}
_ONLY_ONE = {"only", "just", "exactly", "merely"}


def _plural_noun(text: str, pos: int) -> tuple[str, int, int] | None:
    """Return the English plural noun at pos, after up to two adjectives: "my buffaloes"."""
    run = _WORD_AFTER_RE.match(text, pos - 1) if pos > 0 else None
    for _ in range(4):
        if run and (owner := _POSSESSIVE_RE.match(text, run.end())):
            # "of the county's libraries": the owner is not what is counted
            run = _WORD_AFTER_RE.match(text, owner.end())
            continue
        if run and run.group(1)[:1].isupper() and len(run.group(1)) > 1:
            # "120 of the Brackett Point workers": a name before the noun
            run = _WORD_AFTER_RE.match(text, run.end())
            continue
        if not run or not _noun_like(run.group(1)):
            return None
        word = run.group(1)
        if _plural(word):
            # "workers" is people
            return unit_after(text, run.start()) or (
                word.casefold(),
                run.start(1),
                run.end(1),
            )
        run = _WORD_AFTER_RE.match(text, run.end())
    return None


_POSSESSIVE_RE = re.compile(r"['’]s?(?![^\W_])")


def _plural(word: str) -> bool:
    return len(word) > 3 and word.casefold().endswith("s")


# Amounts written without digits: fractions ("setengah dari", "a quarter of",
# "two-thirds"), ratios ("1 dari 5 warga", "one in five"), multiples
# ("fourfold", "twice as many") and "a week".
_FRACTIONS = {
    "setengah": (1, 2), "separuh": (1, 2), "sepertiga": (1, 3), "seperempat": (1, 4),
    "seperlima": (1, 5), "sepersepuluh": (1, 10), "dua pertiga": (2, 3),
    "tiga perempat": (3, 4), "dua perlima": (2, 5), "tiga perlima": (3, 5),
    "half": (1, 2), "a half": (1, 2), "one half": (1, 2), "a third": (1, 3),
    "one third": (1, 3), "two thirds": (2, 3), "a quarter": (1, 4),
    "one quarter": (1, 4), "three quarters": (3, 4), "a fifth": (1, 5),
    "one fifth": (1, 5), "two fifths": (2, 5), "a tenth": (1, 10), "one tenth": (1, 10),
    "three fifths": (3, 5), "four fifths": (4, 5), "a sixth": (1, 6), "one sixth": (1, 6),
    "an eighth": (1, 8), "one eighth": (1, 8), "three tenths": (3, 10),
    "seven tenths": (7, 10), "nine tenths": (9, 10), "seperenam": (1, 6),
    "seperdelapan": (1, 8), "empat perlima": (4, 5), "satu per dua": (1, 2),
    "satu per tiga": (1, 3), "dua per tiga": (2, 3), "satu per empat": (1, 4),
    "tiga per empat": (3, 4),
}  # fmt: skip
_FRACTION_RE = re.compile(
    r"(?P<frac>"
    + "|".join(
        re.escape(w).replace(r"\ ", r"[ \t\xa0-]")
        for w in sorted(_FRACTIONS, key=len, reverse=True)
    )
    + r")(?![^\W_])",
    re.IGNORECASE,
)


def fraction_words() -> str:
    """Return a regular expression matching the fraction words ("separuh", "two-thirds")."""
    return _FRACTION_RE.pattern.split("(?P<frac>", 1)[1].rsplit(")(?!", 1)[0]


# After an English fraction: "of the ...", "the patients" (half only), or the end of a clause.
_FRACTION_OF_RE = re.compile(
    r"[ \t\xa0]+(?:of|dari)(?:[ \t\xa0]+(?:the|this|that|these|those|its|their|his|her"
    r"|our|my|your|all|para))?(?:[ \t\xa0]+[^\W\d_]+(?:'s|’s))?(?=[ \t\xa0]+[^\W_])",
    re.IGNORECASE,
)
# Before "half" + noun, these say it is an amount: "at about half capacity".
_ENGLISH_FRACTION_RE = re.compile(
    r"half|third|quarter|fifth|sixth|eighth|tenth", re.IGNORECASE
)
# A verb right after a fraction that starts its clause: "Half said", "a third were".
_FRACTION_SUBJECT_RE = re.compile(
    r"[ \t\xa0]+(?:said|say|says|were|are|have|had|will|would|could|did|do|remain"
    r"|remained|voted|agreed|[a-z]{3,}ed)(?![^\W_])"
)
# "a third fewer", "a quarter more": a change by that share
_COMPARATIVE_RE = re.compile(
    r"[ \t\xa0]+(?:fewer|more|less|higher|lower|smaller|larger|bigger|cheaper|dearer"
    r"|longer|shorter)(?![^\W_])",
    re.IGNORECASE,
)
_OF_A_SCALE_RE = re.compile(
    r"[ \t\xa0]+of[ \t\xa0]+(?:a|one)[ \t\xa0]+(thousand|million|billion|trillion)(?![^\W_])",
    re.IGNORECASE,
)
_HALF_THE_RE = re.compile(
    r"[ \t\xa0]+(?:the|my|our|their|his|her|its|your)(?=[ \t\xa0])", re.IGNORECASE
)
_HALF_BEFORE = {"about", "around", "roughly", "nearly", "almost", "at", "just"}
_FRACTION_VERB_RE = re.compile(
    r"[ \t\xa0]+(?:belum|tidak|tak|sudah|telah|masih|akan|sempat)(?![^\W_])",
    re.IGNORECASE,
)
_MEASURE_UNITS = {
    "km", "m", "cm", "mm", "mile", "km2", "m2", "m3", "hectare", "acre", "kg", "gram",
    "ton", "liter", "barrel",
}  # fmt: skip
_FRACTION_END_RE = re.compile(r"[ \t\xa0]*[.,;:)!?]")
_NOT_FRACTION_BEFORE = {
    "first", "second", "the", "this", "that", "in", "babak", "paruh", "kedua",
    "pertama", "its", "their", "his", "her", "back",
}  # fmt: skip
_NOT_FRACTION_NOUNS = {
    "hati", "mati", "jalan", "matang", "baya", "telanjang", "sadar", "tiang", "resmi",
    "gila", "century", "final", "finals", "time", "way", "hour", "mile",
}  # fmt: skip
_RATIO_RE = re.compile(
    r"(?P<one>1|one|satu)[ \t\xa0]+(?:in(?:[ \t\xa0]+every)?|dari|out[ \t\xa0]+of)[ \t\xa0]+"
    r"(?P<n>\d{1,4}|[^\W\d_]+)(?![^\W_])",
    re.IGNORECASE,
)
# "nine in 10", "three in four": more than one in n is a share only with "in"
# ("six of 11 provinces" counts provinces).
_SHARE_RE = re.compile(
    r"(?P<k>\d{1,3}|[^\W\d_]+)[ \t\xa0]+(?:in(?:[ \t\xa0]+every)?|out[ \t\xa0]+of)[ \t\xa0]+"
    r"(?P<n>\d{1,4}|[^\W\d_]+)(?![^\W_])",
    re.IGNORECASE,
)
_ROUND_WHOLES = {3, 4, 5, 10, 100, 1000}
# "separuhnya", "sepertiganya": a fraction of what was just named
_NYA_FRACTIONS = {
    "separuhnya": (1, 2), "setengahnya": (1, 2), "sepertiganya": (1, 3),
    "seperempatnya": (1, 4), "seperlimanya": (1, 5), "sepersepuluhnya": (1, 10),
}  # fmt: skip
# Every word a quantity can start with (read_numbers skips all others).
_ANY_STARTER = frozenset(_STARTERS | _WORDLESS_STARTERS | set(_NYA_FRACTIONS))
_MULTIPLE_RE = re.compile(
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d{1,3})"
    r"-?fold(?![^\W_])"
    r"|(?P<twice>twice|thrice)(?![\w-])",
    re.IGNORECASE,
)
# "lifted pay twice", "has met twice", "scored twice": something done, then counted.
_TWICE_DONE_RE = re.compile(
    r"\b(?:[^\W\d_]+ed|met|won|hit|rose|fell|saw|been|was|were|has|had|have|did|went|came"
    r"|taken|driven|given|seen|done|gone|flown|ridden|sent|brought"
    r"|ran|beat|lost|paid|struck|shot|broke|led|held|sold|bought|told|said|made|took|won)"
    # "flagged for excessive vibration twice", "took her bags to the tip herself
    # twice": the verb, then what it was done to ("has to think twice" is no count)
    r"(?:[ \t\xa0]+(?!to\b)[^\W\d_]+)?(?:[ \t\xa0]+[^\W\d_]+){0,5}[ \t\xa0]+$",
    re.IGNORECASE,
)
_MULTIPLE_HEDGES = {
    "roughly",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "approximately",
}
_MULTIPLE_VERBS = {
    "double": (Decimal(2), "fold"), "doubled": (Decimal(2), "fold"),
    "doubling": (Decimal(2), "fold"), "triple": (Decimal(3), "fold"),
    "tripled": (Decimal(3), "fold"), "tripling": (Decimal(3), "fold"),
    "trebled": (Decimal(3), "fold"), "quadrupled": (Decimal(4), "fold"),
    "halved": (Decimal("0.5"), "fraction"), "halving": (Decimal("0.5"), "fraction"),
}  # fmt: skip
_MULTIPLE_VERB_AFTER_RE = re.compile(
    r"-|[ \t\xa0]+(?:down|up|over|back|as)(?![^\W_])",
    re.IGNORECASE,
)
# "could double", "to triple": the verb; "more than double" is found as a hedge.
_MULTIPLE_VERB_BEFORE = {
    "could", "would", "will", "may", "might", "to", "than", "nearly", "almost",
    "set", "expected",
}  # fmt: skip
_TWICE_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:as[ \t\xa0]+(?:many|much|large|big|high|long|likely|fast)|the|its|their"
    r"|his|her|our)(?![^\W_])",
    re.IGNORECASE,
)
_A_TIME_RE = re.compile(
    r"(?:a|an)[ \t\xa0]+(?P<unit>hour|day|week|fortnight|month|year|decade|century|minute)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_NOT_A_TIME_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:like|when|that|which|where|in\s+the\s+life|to\s+remember|in\s+court|job"
    r"|of\s+(?:action|mourning|reckoning))(?![^\W_])"
    r"|[ \t\xa0]*[-’']",
    re.IGNORECASE,
)
# "a week after the flood", "a year on": when, unless it says how long ("for a week before").
_RELATIVE_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:after|before|later|earlier|ago|or\s+so\s+ago|into|out\s+from|from"
    r"|hence|on\b(?=\s*,|\s+(?:from|since))|back\b(?!\s+to))(?![^\W_])",
    re.IGNORECASE,
)
# Vague amounts too large to be people doing something: money spent.
_MONEY_VAGUE = {"jutaan", "miliaran", "triliunan", "billions"}
# A verb right after a vague amount: the people who did it.
_VAGUE_VERB_RE = re.compile(
    r"[ \t\xa0]+([a-z]{3,}ed|fled|came|went|left|ran|fought|took|were|are|have|had"
    r"|remain|stood|sought|lost|gave|made|(?:me|ber|ter|di)[a-z]{4,})(?![^\W_])"
)
_ONE_CASUALTY_RE = re.compile(
    r"(?i:seorang)[ \t\xa0]+(?P<noun>[^\W\d_A-Z][^\W\d_]+(?:-[^\W\d_]+)?)"
    r"(?=(?:[ \t\xa0]+[^\W\d_]+){0,5}?[ \t\xa0]+(?:meninggal|tewas|terluka|luka-luka|luka"
    r"|hilang|tenggelam|wafat|terluka|tertimbun)(?![^\W_]))"
)
_ONE_PERSON_RE = re.compile(
    r"(?i:seorang)[ \t\xa0]+(?P<noun>[^\W\d_A-Z][^\W\d_]+(?:-[^\W\d_]+)?)"
)
# "menewaskan seorang petani": the verb before says something befell one person.
_CASUALTY_VERBS = {"menewaskan", "melukai", "merenggut", "menelan", "killed", "injured"}
_SUPERLATIVE_IN_RE = re.compile(
    r"(?:est|first|worst|best|most|only|once)(?:[ \t\xa0]+[^\W\d_]+){0,2}[ \t\xa0]+(?:in|for)"
    r"[ \t\xa0]+$",
    re.IGNORECASE,
)
_AND_A_HALF_RE = re.compile(
    r"[ \t\xa0]+and[ \t\xa0]+a[ \t\xa0]+half(?![^\W_])", re.IGNORECASE
)
_DURATION_FRAME = {
    "for", "took", "take", "takes", "taking", "lasted", "lasting", "lasts", "last",
    "spent", "spend", "spends", "about", "around", "nearly", "served", "serve",
    "serving", "been",
    "almost", "roughly", "some", "than", "least", "to", "only", "just", "barely",
    "under", "again", "by",
}  # fmt: skip
# "an hour and 40 minutes": the first part of a compound duration
COMPOUND_NEXT_RE = re.compile(
    r"[ \t\xa0]+(?:and|dan)[ \t\xa0]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|fifteen|twenty|thirty|forty|fifty)\b)",
    re.IGNORECASE,
)
_DURATION_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:early|late|off|long|of\s+(?!the\b))(?![^\W_])", re.IGNORECASE
)
_LASTING = {"for", "took", "lasted", "spent", "lasting", "takes", "take", "selama"}
# "raised £6,000 in a week", "35 children with stomach illness in a week": an
# amount, up to three words, then "in": the period the amount took ("in a week"
# alone is a deadline).
_AMOUNT_BEFORE_IN_RE = re.compile(
    r"\d(?:[\w%]*|[ \t\xa0]+(?:[^\W\d_]+))(?:[ \t\xa0]+[^\W\d_]+){0,3}[ \t\xa0]+in[ \t\xa0]+$",
    re.IGNORECASE,
)
# A bound before "a week" makes it a length, even when "after" follows.
_BOUNDED_BEFORE = {"under", "nearly", "almost", "than", "barely"}
_SEQUENCE_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:after|before|into|from)\b", re.IGNORECASE
)
_NOT_A_TIME_BEFORE = {
    "once", "twice", "thrice", "times", "per", "such", "what", "quite", "every", "each",
    "half", "than",
}  # fmt: skip


def _noun_of_share(text: str, end: int) -> tuple[int, int]:
    """Where the noun a share counts stands after `end` ("a third of the houses"), or (end, end)."""
    noun = unit_after(text, end) or _counted_noun(text, end)
    return (noun[1], noun[2]) if noun else (end, end)


def _wordless_at(
    text: str, tokens: list[_Token], i: int, floor: int
) -> NumberPhrase | None:
    """Return the fraction, ratio, multiple or "a week" starting at token i, if any."""
    token = tokens[i]
    pos = token.start
    prev = tokens[i - 1].fold if i >= 1 and tokens[i - 1].end > floor else ""
    value: Decimal | None = None
    unit = ""
    canonical = True
    end = unit_start = unit_end = pos
    number_end = pos
    if token.fold in _NYA_FRACTIONS:
        num, den = _NYA_FRACTIONS[token.fold]
        value = (Decimal(num) / Decimal(den)).quantize(_CENT, ROUND_HALF_UP).normalize()
        unit = "fraction"
        end = number_end = unit_start = unit_end = token.end
    elif (
        token.fold not in ("1", "one", "satu")
        and (m := _SHARE_RE.match(text, pos))
        and 1 < _small_number(m.group("k")) < _small_number(m.group("n"))
        # "eight out of ten" is a share; "five out of 12 judges" counts judges
        and (" in " in m.group() or _small_number(m.group("n")) in _ROUND_WHOLES)
    ):
        part, whole = _small_number(m.group("k")), _small_number(m.group("n"))
        value = (Decimal(part) / whole).quantize(_CENT, ROUND_HALF_UP).normalize()
        unit = "fraction"
        end = number_end = m.end()
        unit_start, unit_end = _noun_of_share(text, end)
        end = unit_end
    elif token.fold in ("1", "one", "satu") and (m := _RATIO_RE.match(text, pos)):
        whole = _small_number(m.group("n"))
        if whole and whole > 1 and prev != "salah":
            value = (Decimal(1) / whole).quantize(_CENT, ROUND_HALF_UP).normalize()
            unit = "fraction"
            end = number_end = m.end()
            unit_start, unit_end = _noun_of_share(text, end)
            end = unit_end
    elif token.fold in _MULTIPLE_VERBS:
        # "more than doubled", "roughly double", "could triple": a multiple;
        # "halved" a change by half. "a double murder", "doubled up" are not.
        value, unit = _MULTIPLE_VERBS[token.fold]
        if (
            _MULTIPLE_VERB_AFTER_RE.match(text, token.end)
            or token.fold in ("double", "triple")
            and not (
                prev in _MULTIPLE_HEDGES
                or prev in _MULTIPLE_VERB_BEFORE
                or _TWICE_AFTER_RE.match(text, token.end)
            )
        ):
            return None
        end = number_end = unit_start = unit_end = token.end
    elif m := _MULTIPLE_RE.match(text, pos):
        if m.group("twice"):
            # "roughly twice those in Rotterdam", "more than twice its permitted load"
            hedged = prev in _MULTIPLE_HEDGES or prev == "than"
            if prev in ("once", "or", "atau", "think", "thought", "thinking") or not (
                hedged
                or _TWICE_DONE_RE.search(text, max(0, pos - 40), pos)
                or _TWICE_AFTER_RE.match(text, m.end())
            ):
                return None  # "once or twice"; "think twice" is not a count
            value = Decimal(2 if m.group("twice").casefold() == "twice" else 3)
            end = number_end = unit_start = unit_end = m.end()
            unit = "fold" if hedged else "time"
            if after := _TWICE_AFTER_RE.match(text, end):
                unit = "fold"
                end = unit_end = after.end()
                if after.group().split()[0].casefold() != "as":  # "twice the size"
                    end = unit_end = m.end()
        else:
            whole = _small_number(m.group("n"))
            if not whole:
                return None
            value, unit = Decimal(whole), "fold"
            end = number_end = unit_start = unit_end = m.end()
        if unit == "fold" and (noun := _counted_noun(text, end)):
            unit_start, unit_end = noun[1], noun[2]
            end = noun[2]  # "twice as many cargo owners"
    elif token.fold == "seorang" and (
        (m := _ONE_CASUALTY_RE.match(text, pos))
        or (prev in _CASUALTY_VERBS and (m := _ONE_PERSON_RE.match(text, pos)))
    ):
        # "seorang warga meninggal dunia": one person, when something befell them
        value, unit = Decimal(1), "person"
        unit_start, unit_end = m.start("noun"), m.end("noun")
        end = number_end = m.end("noun")
    elif token.fold in ("a", "an") and (m := _A_TIME_RE.match(text, pos)):
        more_than = (
            prev == "than"
            and i >= 2
            and tokens[i - 2].fold in ("more", "less", "fewer")
        )  # "more than a century", but "better than a year ago"
        if (
            (prev in _NOT_A_TIME_BEFORE and not more_than)
            or (
                prev == "in"
                and not _AMOUNT_BEFORE_IN_RE.search(text, max(0, pos - 60), pos)
                and not COMPOUND_NEXT_RE.match(text, m.end())
            )
            or (i >= 1 and (tokens[i - 1].kind == "num" or prev in _NUMBER_WORDS))
            or _NOT_A_TIME_AFTER_RE.match(text, m.end())
            or (
                prev not in _LASTING
                and _RELATIVE_AFTER_RE.match(text, m.end())
                and not (  # "in under an hour after the rain", not "more than a year ago"
                    prev in _BOUNDED_BEFORE and _SEQUENCE_AFTER_RE.match(text, m.end())
                )
            )
            or _SUPERLATIVE_IN_RE.search(text, max(0, pos - 24), pos)
            or not (
                prev in _DURATION_FRAME
                or prev == "in"  # "raised £6,000 in a week": the period it took
                # "within a day and a half": only a length is written so
                or (prev == "within" and _AND_A_HALF_RE.match(text, m.end()))
                or _DURATION_AFTER_RE.match(text, m.end())
                or COMPOUND_NEXT_RE.match(text, m.end())
            )
        ):
            # "twice a day", "a day like this", "the weakest in a decade"; a length
            # needs a frame: "took a week", "for a month", "a month early"
            return None
        value = Decimal(1)
        unit = _UNITS.get(m.group("unit").casefold(), "")
        if m.group("unit").casefold() == "fortnight":
            value, unit = Decimal(2), "week"
        unit_start, unit_end = m.start("unit"), m.end()
        end = number_end = m.end()
        if half := _AND_A_HALF_RE.match(text, end):
            value += Decimal("0.5")  # "a year and a half"
            end = number_end = half.end()
    elif m := _FRACTION_RE.match(text, pos):
        if (
            prev in _NOT_FRACTION_BEFORE
            and not (prev == "in" and _OF_A_UNIT_RE.match(text, m.end()))
        ) or text[m.end() : m.end() + 3].casefold() == "nya":
            return None  # but "in a quarter of an hour" is a length
        num, den = _FRACTIONS[
            " ".join(m.group("frac").casefold().replace("-", " ").split())
        ]
        value = (Decimal(num) / Decimal(den)).quantize(_CENT, ROUND_HALF_UP).normalize()
        end = number_end = m.end()
        if scale := _OF_A_SCALE_RE.match(text, end):
            # "a quarter of a million pounds": a part of a number is a number
            value = Decimal(num) * _SCALES[scale.group(1).casefold()] / Decimal(den)
            end = number_end = unit_start = unit_end = scale.end()
            noun = unit_after(text, end) or _counted_noun(text, end)
            if noun:
                unit, unit_start, unit_end = noun
                end = unit_end
                if unit == "pounds":
                    unit = "GBP"
            start, end, approximate, bound = _hedged(text, pos, end, floor, unit, False)
            return NumberPhrase(
                value=_tidy(value), unit=unit, canonical=True, approximate=approximate,
                bound=bound, start=start, end=_per_unit_end(text, end),
                number_start=pos, number_end=number_end, unit_start=unit_start,
                unit_end=unit_end, kind="words",
            )  # fmt: skip
        if (
            (part := _OF_A_UNIT_RE.match(text, end))
            and (measure := unit_after(text, part.end()))
            and (measure[0] in _DURATIONS or measure[0] in _MEASURE_UNITS)
        ):
            # "a quarter of an hour", "three quarters of a mile": that unit
            unit, unit_start, unit_end = measure
            start, end, approximate, bound = _hedged(
                text, pos, unit_end, floor, unit, False
            )
            return NumberPhrase(
                value=value, unit=unit, canonical=True, approximate=approximate,
                bound=bound, start=start, end=end, number_start=pos,
                number_end=number_end, unit_start=unit_start, unit_end=unit_end,
                kind="words",
            )  # fmt: skip
        english = _ENGLISH_FRACTION_RE.search(m.group("frac")) is not None
        of = _FRACTION_OF_RE.match(text, end)
        noun_from = of.end() if of else end
        unit = "fraction"
        measure = None if of else unit_after(text, end)
        if measure and measure[0] in _DURATIONS:
            return None  # "setengah jam", "a quarter century": read as a duration
        noun = unit_after(text, noun_from) or (
            _counted_noun(text, noun_from) if english else _first_noun(text, noun_from)
        )
        if noun and noun[0].casefold() in _NOT_FRACTION_NOUNS:
            return None
        if measure and measure[0] in _MEASURE_UNITS:
            # "seperempat kilo", "half a kilometre": a part of a unit is that unit
            unit = measure[0]
            of = None
            english = False
            noun = measure
        if english and not of:
            if m.group("frac").casefold() == "half" and (
                the := _HALF_THE_RE.match(text[end : end + 7])
            ):  # "half the patients", "Half my PhD"
                noun_from = end + the.end()
                noun = _counted_noun(text, noun_from)
            elif (
                m.group("frac").casefold() == "half"
                and prev in _HALF_BEFORE
                and noun
                and noun[1] == _skip_blanks(text, end)
            ):
                pass  # "run at about half capacity", "sold at half price"
            elif "-" in m.group("frac") and noun and noun[1] == _skip_blanks(text, end):
                pass  # "a two-thirds majority", "a three-quarters stake"
            elif as_much := (
                _AS_MANY_RE.match(text, end) or _COMPARATIVE_RE.match(text, end)
            ):
                noun = None  # "about a third as much coral": a multiple below one
                end = number_end = as_much.end()
            elif _FRACTION_SUBJECT_RE.match(text, end) and (
                not prev
                or _sentence_start(text, pos)
                or prev in ("and", "but", "while")
            ):
                noun = None  # "Half said they would stay": a share of those named
            elif not _by_before(tokens, i, floor) and (  # "shrunk by (about) a third"
                not _FRACTION_END_RE.match(text, end)
                or m.group("frac").casefold() == "half"
            ):
                return None
            else:
                noun = None
        elif (
            not english
            and not of
            and not noun
            and not (unit == "fraction" and _FRACTION_VERB_RE.match(text, end))
        ):
            return None  # but "seperempat belum dibayar" is a share of what was named
        if of and not noun:
            pronoun = re.match(
                r"[ \t\xa0]+(them|us|those|mereka)(?![^\W_])",
                text[noun_from : noun_from + 12],
                re.IGNORECASE,
            )
            if pronoun:
                noun = (
                    pronoun.group(1).casefold(),
                    noun_from + pronoun.start(1),
                    noun_from + pronoun.end(1),
                )
        if noun:
            unit_start, unit_end = noun[1], noun[2]
            end = noun[2]
        else:
            unit_start = unit_end = end
    if value is None:
        return None
    start, end, approximate, bound = _hedged(text, pos, end, floor, unit, False)
    return NumberPhrase(
        value=value,
        unit=unit,
        canonical=canonical,
        approximate=approximate,
        bound=bound,
        start=start,
        end=_per_unit_end(text, end),
        number_start=pos,
        number_end=number_end,
        unit_start=unit_start,
        unit_end=unit_end,
        kind="words",
    )


_OF_A_UNIT_RE = re.compile(r"[ \t\xa0]+of[ \t\xa0]+(?:a|an|one)(?=[ \t\xa0])", re.I)
# Hedge words between "by" and a fraction: "fallen by about a third".
_BY_HEDGES = {"about", "around", "roughly", "nearly", "almost", "some", "more", "than",
              "less", "over", "just", "under", "up", "to", "at", "least"}  # fmt: skip


_CHANGE_NOUNS = {
    "reduction", "cut", "drop", "fall", "rise", "increase", "decline", "jump",
    "loss", "gain", "decrease", "reductions", "cuts", "growth", "slump",
}  # fmt: skip


def _by_before(tokens: list[_Token], i: int, floor: int) -> bool:
    """Return True when "by" comes before token i, past hedge words: a change by a share."""
    for back in range(i - 1, max(-1, i - 5), -1):
        if tokens[back].end <= floor and floor:
            return False
        if tokens[back].fold == "by":
            return True
        if (
            tokens[back].fold == "of"
            and back >= 1
            and tokens[back - 1].fold in _CHANGE_NOUNS
        ):
            return True  # "a reduction of a third", "a cut of about a quarter"
        if tokens[back].fold not in _BY_HEDGES:
            return False
    return False


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\xa0":
        pos += 1
    return pos


def _first_noun(text: str, pos: int) -> tuple[str, int, int] | None:
    m = _WORD_AFTER_RE.match(text, pos)
    if m and _noun_like(m.group(1)):
        return m.group(1).casefold(), m.start(1), m.end(1)
    return None


def _small_number(word: str) -> int:
    """Return the whole number a digit run or one number word names, or 0."""
    if word.isdigit():
        return int(word)
    fold = word.casefold()
    return _UNITS_DIGIT.get(fold) or _TEENS.get(fold) or _TENS_EN.get(fold) or {
        "sepuluh": 10, "seratus": 100, "hundred": 100, "seribu": 1000, "thousand": 1000,
    }.get(fold, 0)  # fmt: skip


# The last word of every hedge: a hedge ends right before the number, so the
# word there must be one of these.
_HEDGE_BOUNDARY = frozenset("(\"“'‘")


def _hedge_word_before(text: str, start: int, end: int) -> str:
    """Return the word ending text[start:end] (blanks aside), case-folded."""
    window = text[start:end].rstrip(" \t\xa0")
    if not window or window[-1].isspace():
        return ""
    last = window.rsplit(None, 1)[-1]
    for mark in _HEDGE_BOUNDARY:
        last = last.rpartition(mark)[2]
    return last.casefold()


def _hedged(
    text: str, start: int, end: int, floor: int, unit: str, approximate: bool
) -> tuple[int, int, bool, str]:
    """Return (start, end, approximate, bound) with the hedge and bound words around."""
    bound = ""
    for _ in range(2):  # "hingga sekitar", "up to about"
        window_start = max(floor, start - 40)
        hedge_re = _HEDGE_RES.get(_hedge_word_before(text, window_start, start))
        if hedge_re is None:
            break
        m = hedge_re.search(text, window_start, start)
        if not m or "\n" in text[m.start() : start]:
            break
        word = " ".join(m.group("hedge").casefold().split())
        hedge = _HEDGES[word]
        if word in ("over", "past") and (
            unit in _DURATIONS
            or text[max(0, m.start() - 4) : m.start()].casefold() == "the "
        ):
            break  # "over three seasons", "the past five years": a period, not a bound
        if hedge in ("approx", "near"):
            approximate = True
        if hedge in ("min", "max") and not bound:
            bound = hedge
        if hedge == "near" and not bound:
            bound = "max"
        start = m.start()
    if not bound and (m := _AFTER_MIN_RE.match(text, end)):
        bound = "min"  # "20 orang lebih", "50 or more"
        end = m.end()
    return start, end, approximate, bound


# What a quantity is counted per: "40 orang per hari", "30 litres a day",
# "Rp 42 ribu per orang per bulan", "24 jam sehari".
_PER_UNIT_RE = re.compile(
    r"[ \t\xa0]*(?:/|[ \t\xa0](?:per|setiap|tiap|each|every)[ \t\xa0]+)"
    r"(?P<noun>[^\W\d_]{2,}(?:-[^\W\d_]+)?)(?![^\W_])"
    r"|[ \t\xa0]+(?:a|an)[ \t\xa0]+(?P<time>hour|day|week|fortnight|month|year|head|person|share"
    r"|kilo|kilogram|litre|liter|barrel|tonne|ton|night|game|match|season)(?![\w-])"
    r"|[ \t\xa0]+(?P<se>sejam|sehari|seminggu|sepekan|sebulan|setahun|semalam)(?![^\W_])",
    re.IGNORECASE,
)


def _per_unit_end(text: str, end: int) -> int:
    for _ in range(2):
        m = _PER_UNIT_RE.match(text, end)
        if not m:
            break
        noun = m.group("noun")
        if noun is not None and (
            noun.casefold() in STOPWORDS or not noun[:1].islower()
        ):
            break
        end = m.end()
    return end


def unit_after(text: str, pos: int) -> tuple[str, int, int] | None:
    m = _UNIT_HEAD_RE.match(text, pos)
    if not m:
        return None
    head = m.group("word")
    words = [head.casefold()]
    ends = [m.end("word")]
    while " ".join(words) in _UNIT_PREFIXES:
        nxt = _UNIT_NEXT_RE.match(text, ends[-1])
        if not nxt:
            break
        words.append(nxt.group(1).casefold())
        ends.append(nxt.end(1))
    for count in range(len(words), 0, -1):
        key = " ".join(words[:count])
        if key in _UNITS:
            exact = _CASE_SENSITIVE_UNITS.get(key)
            if exact is not None and count == 1 and head != exact:
                return None
            return _UNITS[key], m.start("word"), ends[count - 1]
    # "orang/hari", "rumah-rumah": the first part names the unit
    part = re.split(r"[-/]", head, maxsplit=1)[0]
    if (
        part != head
        and part.casefold() in _UNITS
        and _CASE_SENSITIVE_UNITS.get(part.casefold(), part) == part
    ):  # "orang/hari", "30m-high" (but not "M-16")
        return _UNITS[part.casefold()], m.start("word"), m.start("word") + len(part)
    return None


_SET_ADJECTIVES = {"other", "more", "additional", "extra", "further", "separate"}


def _counted_noun(text: str, pos: int) -> tuple[str, int, int] | None:
    """Return the lower-cased noun counted right after a number: "lima gudang"."""
    if (c := _COMPOUND_RE.match(text, pos)) and (
        _noun_like(c.group(1))
        # English only glues a count to its noun: "12-member" is no Indonesian verb
        or _noun_like_but_for_the_prefix(c.group(1))
    ):
        # "a four-match tour", "a 30-page report": the number and its noun make
        # an adjective, and the noun is what is counted. With one, two or three
        # it is mostly a kind ("two-factor", "three-way", "a two-state solution").
        number = _WORD_BEFORE_HYPHEN_RE.search(text, max(0, pos - 12), pos)
        if (
            number
            and _small_number(number.group()) not in (1, 2, 3)
            and c.group(1).casefold() not in _NOT_COMPOUND_COUNTS
        ):
            return c.group(1).casefold(), c.start(1), c.end(1)
        return None
    m = _WORD_AFTER_RE.match(text, pos)
    if m and m.group(1).casefold() in _SET_ADJECTIVES:
        m = _WORD_AFTER_RE.match(text, m.end())  # "three other contracts"
    if not m:
        return None
    word = m.group(1)
    fold = word.casefold()
    if fold in _CLASSIFIERS:
        nxt = _WORD_AFTER_RE.match(text, m.end())
        if nxt and _noun_like(nxt.group(1)):
            matched = unit_after(text, m.end())
            if matched:
                return matched[0], matched[1], matched[2]
            return nxt.group(1).casefold(), nxt.start(1), nxt.end(1)
        return fold, m.start(1), m.end(1)  # "100 unit"
    if _ABBREVIATION_NOUN_RE.fullmatch(word) and fold not in _NOT_COUNTED:
        return fold, m.start(1), m.end(1)  # "240 RT", "820 TPS"
    if (
        len(fold) > 6
        and fold.endswith("nya")
        and word[:1].islower()
        and (found := unit_after(" " + word[:-3], 0))
        and found[0] == "person"
        and found[2] == len(word) - 2
    ):
        # "dua cucunya", "tiga anaknya": people, counted with their possessive
        return "person", m.start(1), m.end(1)
    english = _english_noun_for_a_verb(text, pos, m)
    if (
        not _noun_like(word)
        and not (word[:1].isupper() and fold.isascii())
        and not english
    ):
        return None
    if _past_participle(word) and unit_after(text, m.start()) is None:
        nxt = _WORD_AFTER_RE.match(text, m.end())
        if (
            nxt
            and _noun_like(nxt.group(1))
            and (
                nxt.group(1).casefold().endswith("s")
                or unit_after(text, nxt.start(1)) is not None
            )
        ):
            # "312 confirmed cases", "five armed men": an adjective before the noun
            m, word, fold = nxt, nxt.group(1), nxt.group(1).casefold()
        else:
            # "17,650 finished", "only 90 needed treatment", "tens of thousands
            # more watched": the verb of what the number counts, named before
            return None
    # English puts adjectives first: "four new senior players", "two dozen
    # Chinese firms": the counted noun is the first plural of the run.
    first = m if _noun_like(word) or english else None
    run = m
    for _ in range(4):
        if run.group(1).casefold().endswith("s") and _noun_like(run.group(1)):
            matched = unit_after(text, run.start())
            if matched:
                return matched
            return run.group(1).casefold(), run.start(1), run.end(1)
        run = _WORD_AFTER_RE.match(text, run.end())
        if not run or not (_noun_like(run.group(1)) or run.group(1)[:1].isupper()):
            break
    if first is None:
        return None
    # "five armed men": a person noun without a plural -s
    if found := unit_after(text, first.start(1)):
        return found
    nxt = _WORD_AFTER_RE.match(text, first.end())
    if (
        nxt
        and _noun_like(nxt.group(1))
        and (found := unit_after(text, nxt.start(1)))
        and found[0] == "person"
        and _english_around(text, pos)
    ):
        # "two cabin crew": English puts the head noun last (Indonesian first:
        # "tujuh posko pengungsi" counts posts)
        return found
    return fold, first.start(1), first.end(1)


_ENGLISH_WORDS_RE = re.compile(r"\b(?:the|and|of|were|was|is|are|to|with)\b")
_INDONESIAN_WORDS_RE = re.compile(
    r"\b(?:yang|dan|di|ke|dari|itu|untuk|pada|dengan|ini|tersebut)\b", re.IGNORECASE
)


def _english_around(text: str, pos: int) -> bool:
    """Return True when the words around pos are English, not Indonesian."""
    window = text[max(0, pos - 80) : pos + 80]
    return bool(_ENGLISH_WORDS_RE.search(window)) and not _INDONESIAN_WORDS_RE.search(
        window
    )


# "-match" in "a four-match tour": a singular noun glued by a hyphen, then the noun it describes
_COMPOUND_RE = re.compile(r"-([^\W\d_]{3,})(?=[ \t\xa0]+[^\W\d_])")
# "a two-way street", "a five-star hotel", "a one-sided game": kinds, not counts
_NOT_COMPOUND_COUNTS = {"way", "star", "sided", "horse", "nil", "all", "speed"}
_WORD_BEFORE_HYPHEN_RE = re.compile(r"[^\W_]+$")
_ABBREVIATION_NOUN_RE = re.compile(r"[A-Z]{2,5}")
_NOT_COUNTED = {
    "wib",
    "wita",
    "wit",
    "gmt",
    "utc",
    "am",
    "pm",
    "sr",
    "as",
    "ri",
    "usd",
    "idr",
}


# English words that follow a noun, never an Indonesian verb: "memoranda of".
_ENGLISH_AFTER_NOUN = {"of", "on", "for", "with", "were", "was", "are", "worth"}
_ENGLISH_NUMBER_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \t\xa0]*\Z")


def _english_noun_for_a_verb(text: str, pos: int, m: re.Match) -> bool:
    """Return True when a word shaped like an Indonesian verb is an English noun.

    "five memoranda of understanding": "memoranda" has the prefix of
    "menewaskan", but an English number word counts it and "of" follows it.
    """
    word = m.group(1)
    if not looks_like_verb(word) or not _noun_like_but_for_the_prefix(word):
        return False
    number = _ENGLISH_NUMBER_BEFORE_RE.search(text, max(0, pos - 20), pos)
    english_number = (
        bool(number)
        and (
            number.group(1).casefold() in _UNITS_DIGIT
            or number.group(1).casefold() in _TEENS
            or number.group(1).casefold() in _TENS_EN
        )
        and number.group(1).casefold() not in _INDONESIAN_DIGITS
    )
    nxt = _WORD_AFTER_RE.match(text, m.end())
    english_next = bool(nxt) and nxt.group(1).casefold() in _ENGLISH_AFTER_NOUN
    return english_number and english_next or (english_next and not number)


def _noun_like_but_for_the_prefix(word: str) -> bool:
    fold = word.casefold()
    return (
        word[:1].islower()
        and fold not in STOPWORDS
        and not _english_adverb(fold)
        and not fold.endswith("nya")
    )


_INDONESIAN_DIGITS = {
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
    "sembilan", "sepuluh", "sebelas",
}  # fmt: skip


def _noun_like(word: str) -> bool:
    fold = word.casefold()
    return (
        word[:1].islower()
        and len(word) > 1
        and fold not in STOPWORDS
        and fold not in _MONTHS
        and fold not in _DAYS
        and fold not in _TIME_AFTER
        and fold not in _NUMBER_WORDS
        and fold not in _VAGUE
        and fold not in _HEDGES
        and fold != "besar"  # "babak delapan besar", "lima besar": a stage, the top N
        and not _english_adverb(fold)  # "injuring 23 passengers, two seriously"
        and not fold.endswith("nya")
        and not looks_like_verb(word)
    )


def _english_adverb(fold: str) -> bool:
    """Return True for "seriously", "watched": an English adverb or past tense, never counted."""
    return (
        len(fold) >= 6
        and fold.endswith("ly")
        and fold.isascii()
        and fold not in _LY_NOUNS
    )


def _past_participle(word: str) -> bool:
    """Return True for "watched", "armed": an English verb form, counted only as an adjective."""
    fold = word.casefold()
    return fold in IRREGULAR_PAST or (
        len(fold) >= 5
        and fold.isascii()
        and fold.endswith("ed")
        and not fold.endswith("eed")
    )


# English past tenses without -ed that follow a count as its verb: "six fled".
IRREGULAR_PAST = {
    "fled", "left", "ran", "fought", "went", "came", "took", "lost", "won", "stood",
    "sought", "hid", "held", "drove", "flew", "swam", "fell", "rose", "grew", "saw",
    "gave", "made", "wrote", "spent", "met", "sat", "slept", "kept", "paid", "sold",
    "told", "said", "got", "became", "began", "broke", "chose", "ate", "drank",
    # participles after "were", "had been": "Two were taken to hospital"
    "taken", "found", "shot", "caught", "sent", "brought", "flown", "driven",
    "thrown", "given", "beaten", "struck", "hurt", "hit",
}  # fmt: skip


_LY_NOUNS = {"family", "assembly", "anomaly", "monopoly", "supply", "butterfly"}


# Letter pairs Indonesian words do not have.
_NOT_INDONESIAN = (
    "th",
    "ph",
    "ck",
    "ee",
    "oo",
    "ies",
    "ff",
    "ss",
    "ll",
    "tt",
    "tion",
    "ght",
    "wh",
)
_NOT_INDONESIAN_RE = re.compile("|".join(_NOT_INDONESIAN))


def looks_like_verb(word: str) -> bool:
    """Return True for a lower-case Indonesian word with a verb prefix.

    >>> looks_like_verb("mengadakan"), looks_like_verb("dievakuasi"), looks_like_verb("menteri")
    (True, True, False)
    """
    fold = word.casefold()
    if (
        len(fold) < 6
        or not fold.startswith(("me", "ber", "di", "ter"))
        or not word[:1].islower()
        or fold in _NOT_VERBS
    ):
        return False
    # "berths", "directors", "districts": English, whatever the prefix; an
    # Indonesian word never ends in two consonants ("dibahas" ends in a vowel + s)
    if fold.endswith("s") and fold[-2] not in "aeiou":
        return False
    return _NOT_INDONESIAN_RE.search(fold) is None


def _not_a_quantity(
    text: str,
    tokens: list[_Token],
    j: int,
    k: int,
    unit: bool,
    scaled: bool,
    counted: bool = False,
) -> bool:
    """Return True for digits that are a year, a date, a time, a code or a reference."""
    first = tokens[j]
    before = text[first.start - 1] if first.start > 0 else ""
    after = text[first.end] if first.end < len(text) else ""
    if (
        before in ("/", ":", "=", "_", "#")
        or after in (":", "_")
        or (after == "/" and not unit)
    ):
        return True  # but "Rp 10.000/kg" is a price
    if before == "-" and first.start > 1 and text[first.start - 2].isalpha():
        return True  # "COVID-19", "F-16"
    if (
        before == "-"
        and j >= 1
        and tokens[j - 1].kind == "num"
        and tokens[j - 1].end == first.start - 1
        and _a_model_number(text, tokens, j - 1)
    ):
        return True  # "Boeing 737-800", "A320-200": a model, the variant after it
    if before.isalpha() and not unit:
        return True  # "G20", "pada1970"
    if (
        j + 1 < len(tokens)
        and tokens[j + 1].kind == "word"
        and tokens[j + 1].start == first.end
        and not unit
        and tokens[j + 1].fold not in _SCALES
    ):
        return True  # "2nd", "19th", "5G"
    digits = first.text
    if (
        not unit
        and not scaled
        and (_is_year(digits) or (digits.isdigit() and len(digits) >= 7))
    ):
        return True  # a year or an ID
    if not unit and len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
        return True  # "021", "007"
    if (
        not unit
        and text[first.start - 2 : first.start] == ", "
        and after in (",", ")")
        and j >= 1
        and tokens[j - 1].text[:1].isupper()
    ):
        return True  # "Maria Lopez, 63, a shopkeeper"
    if (
        before == "("
        and after == ")"
        and not unit
        and j >= 1
        and tokens[j - 1].kind == "word"
    ):
        return True  # "Budi (45)"
    if j >= 1 and _blank(text[tokens[j - 1].end : first.start], allow="."):
        prev = tokens[j - 1]
        prev_word = prev.fold
        if prev_word in _MONTHS or prev_word in _STRONG_REFERENCES:
            return True  # "Nomor 31 Tahun 1999", "Pasal 2"
        if (
            prev_word in _REFERENCE_BEFORE
            and not unit
            and not (prev_word == "on" and counted)  # "kickbacks on 14 contracts"
        ):
            return True
        if (
            prev_word in _TIME_BEFORE
            and not unit
            and not (prev_word == "at" and counted)  # "at 12 knots", not "at 12"
            and not (prev_word == "at" and _amount_at(text, tokens, j - 1))
            # "at 3,500": thousands grouped by commas are no time of day
            and not (prev_word == "at" and re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits))
        ):
            # "jam 10", but "3 jam 30 menit" is read as 3 hours, 30 minutes, and
            # "the death toll stands at 212" is an amount
            return True
        if (
            not unit
            and prev.kind == "word"
            and prev.text[:1].isupper()
            and prev_word not in _HEDGES
            and not _sentence_start(text, prev.start)
        ):
            return True  # "Boeing 737", "Apollo 11"
    if k < len(tokens) and _blank(text[tokens[k - 1].end : tokens[k].start]):
        following = tokens[k].fold
        if following in _TIME_AFTER and not unit:
            return True
        if following in _MONTHS and not unit:
            return True
    # "between March 3 and 9", "between 3 and 9 March": days
    return bool(
        not unit
        and len(digits) <= 2
        and (
            _DAY_RANGE_BEFORE_RE.search(text, max(0, first.start - 30), first.start)
            or _DAY_RANGE_AFTER_RE.match(text, tokens[k - 1].end)
        )
    )


def _a_model_number(text: str, tokens: list[_Token], j: int) -> bool:
    """Return True when digits token j name a model: "A320", "Boeing 737"."""
    first = tokens[j]
    if first.start > 0 and text[first.start - 1].isalpha():
        return True  # "A320"
    return (
        j >= 1
        and tokens[j - 1].kind == "word"
        and tokens[j - 1].text[:1].isupper()
        and tokens[j - 1].fold not in _HEDGES
        and tokens[j - 1].fold not in _CURRENCY_PREFIXES
        and _blank(text[tokens[j - 1].end : first.start])
        and not _sentence_start(text, tokens[j - 1].start)
    )


def _names_before(text: str, tokens: list[_Token], j: int) -> bool:
    """Return True when the word before token j names a thing the number labels ("Room 5C")."""
    if j < 1 or not _blank(text[tokens[j - 1].end : tokens[j].start]):
        return False
    prev = tokens[j - 1]
    return prev.fold in _REFERENCE_BEFORE or (
        prev.kind == "word"
        and prev.text[:1].isupper()
        and prev.fold not in _HEDGES
        and not _sentence_start(text, prev.start)
    )


# A dateline opens the sentence after it: "SUNGAI RASAU - Sebanyak 11 pekerja".
_DATELINE_END_RE = re.compile(r"\b[A-Z]{2,}[A-Z .,()/]*[ \t\xa0]+[-–—][ \t\xa0]*$")


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t\xa0\"“'‘(")
    if not before or before[-1] in ".!?:\n":
        return True
    return bool(_DATELINE_END_RE.search(text, max(0, pos - 60), pos))


# "10 hingga 20 orang", "10-20 orang", "antara 10 dan 20 orang", "dua atau tiga jam"
_RANGE_WORDS = {"-", "–", "—", "s.d.", "s/d", "to", "hingga", "sampai", "sampai dengan"}
# "enam dari sebelas kecamatan", "six of 11 provinces": a part of the same things.
_PART_WORDS = {"dari", "of", "out of", "di antara"}
_CONNECTORS = (
    _RANGE_WORDS | _PART_WORDS | {"dan", "and", "atau", "or", "menjadi", "ke", "into"}
)
_CURRENCY_TAIL_RE = re.compile(r"(?:rp\.?|us\$|usd|idr|[$€£¥])\s*$", re.IGNORECASE)
# "two of its five factories", "six of the train's 10 carriages"
_DETERMINER_TAIL_RE = re.compile(
    r"\s+(?:(?:the|its|their|his|her|our|para|the\s+last)(?:\s+[^\W\d_]+['’]s)?"
    r"|[^\W\d_]+['’]s)$"
)
_CHANGED_BEFORE_RE = re.compile(
    r"\b(?:rose|fell|grew|climbed|jumped|dropped|slipped|increased|decreased|cut|raised"
    r"|lifted|lowered|up|down|by|naik|turun|from|dari)[ \t\xa0]*$",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(r"\b(antara|between|dari|from)[ \t\xa0]*$", re.IGNORECASE)


def _join_ranges(text: str, found: list[NumberPhrase]) -> list[NumberPhrase]:
    """Give the first number of a range or a change the unit of the second.

    In "10 hingga 20 orang" the 10 counts people too, and is the range's lower
    bound (the 20 its upper one); in "dari 5 menjadi 3 persen" both are
    percentages, without bounds.
    """
    out = list(found)
    for idx in range(len(out) - 1):
        p, q = out[idx], out[idx + 1]
        if (
            not q.unit
            or p.kind == "vague"
            or (p.unit and p.unit != q.unit)
            or q.number_start - p.end > 24
        ):
            continue
        gap = text[p.end : q.number_start]
        if "\n" in gap or len(gap) > 24:
            continue
        connector = " ".join(_CURRENCY_TAIL_RE.sub("", gap).split()).casefold()
        connector = _DETERMINER_TAIL_RE.sub(
            "", connector
        )  # "two of its five factories"
        if connector not in _CONNECTORS and not (
            connector == "," and p.kind == "words"
        ):
            continue  # "ten, twelve hours": a word number takes the unit after the comma
        if (
            p.unit
            and not _BETWEEN_RE.search(text, max(0, p.start - 12), p.start)
            and not (
                connector in _RANGE_WORDS
                and q.value > p.value
                and not _CHANGED_BEFORE_RE.search(text, max(0, p.start - 16), p.start)
            )
        ):
            # "$17 billion and $18 billion" is a range only after "between";
            # "£440m-£470m", "$5 to $7" are ranges, but "rose 2% to 3%" a change
            continue
        between = _BETWEEN_RE.search(text, max(0, p.start - 12), p.start)
        if connector in _PART_WORDS:
            between = None
        is_range = connector in _RANGE_WORDS or (
            connector in ("dan", "and") and between is not None
        )
        if between and between.group(1).casefold() in ("dari", "from"):
            is_range = connector in ("hingga", "sampai", "sampai dengan", "-", "–")
        start_p = p.start
        if is_range and between is not None and not p.bound:
            start_p = between.start()
        out[idx] = replace(
            p,
            unit=q.unit,
            canonical=q.canonical,
            bound=p.bound or ("min" if is_range else ""),
            start=start_p,
        )
        if is_range and not q.bound:
            out[idx + 1] = replace(q, bound="max")
    return out


_CENT = Decimal("0.01")  # shares are rounded to two decimals, halves up: 1/8 is 0.13
_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}


def _number_at(
    text: str, tokens: list[_Token], j: int
) -> tuple[Decimal, int, bool, str] | None:
    """Return (value, next token index, approximate, kind) for a number at j."""
    token = tokens[j]
    if token.kind == "num":
        value = _parse_digits(token.text)
        if value is not None and text[token.end : token.end + 1] in _VULGAR:
            value += _VULGAR[text[token.end]]  # "1½ hours"
        return None if value is None else (value, j + 1, False, "digits")
    if token.kind != "word":
        return None
    w = token.fold
    if w in _VAGUE:
        if w == "scores" and (
            j + 2 >= len(tokens)
            or tokens[j + 1].fold != "of"
            or tokens[j + 2].fold in STOPWORDS - {"them", "those"}
        ):
            return None  # "the scores were level"; "scores of people" is vague
        return Decimal(_VAGUE[w]), j + 1, True, "vague"
    if w in _SE_UNITS:
        return Decimal(1), j + 1, False, "se_unit"
    if (
        w == "couple"
        and j >= 1
        and tokens[j - 1].fold == "a"
        and j + 1 < len(tokens)
        and tokens[j + 1].fold == "of"
    ):
        return Decimal(2), j + 1, True, "vague"  # "a couple of days": about two
    if w in ("several", "few") and j + 1 < len(tokens):
        # "several hundred", "a few dozen": vague, at the lower magnitude
        scale = tokens[j + 1].fold
        if scale in _FEW_SCALES and _blank(text[token.end : tokens[j + 1].start]):
            return Decimal(_FEW_SCALES[scale]), j + 2, True, "vague"
        return None
    return _parse_words(text, tokens, j)


def _parse_words(
    text: str, tokens: list[_Token], j: int
) -> tuple[Decimal, int, bool, str] | None:
    total = Decimal(0)
    current = Decimal(0)
    last = None  # kind of the previous word
    last_value = Decimal(0)
    last_scale = 0
    k = j
    n = len(tokens)
    kind = "words"
    while k < n:
        if k > j and not _blank(text[tokens[k - 1].end : tokens[k].start], allow="-"):
            break
        w = tokens[k].fold
        nxt = tokens[k + 1].fold if k + 1 < n else ""
        if w in _UNITS_DIGIT and last in (None, "mult", "tens", "and"):
            last_value = Decimal(_UNITS_DIGIT[w])
            current += last_value
            last = "unit"
        elif w in _TEENS and last in (None, "mult", "and"):
            current += _TEENS[w]
            last = "teen"
        elif w in _TENS_EN and last in (None, "mult", "and"):
            current += _TENS_EN[w]
            last = "tens"
        elif w == "belas" and last == "unit":
            current += 10
            last = "teen"
        elif w in ("puluh", "ratus") and last == "unit":
            current += last_value * (9 if w == "puluh" else 99)
            last = "mult"
        elif w in ("hundred", "dozen") and last in ("unit", "teen", "tens", "half"):
            # "two dozen", "half a dozen" (6)
            current *= 100 if w == "hundred" else 12
            last = "mult"
        elif w in _SE_SCALES and last in (None, "mult"):
            if w in ("seratus", "selusin"):
                current += _SE_SCALES[w]
            else:
                total += _SE_SCALES[w]
            last = "mult"
        elif w in _SCALES and current > 0 and last != "and" and len(w) > 2:
            total += current * _SCALES[w]
            current = Decimal(0)
            last = "mult"
            last_scale = _SCALES[w]
        elif w == "setengah" and last != "half":
            current += Decimal("0.5")
            last = "half"
        elif w in _SE_PARTS and last is None and _UNITS.get(nxt) in _DURATIONS:
            current = Decimal(1) / _SE_PARTS[w]  # "seperempat jam": a quarter hour
            last = "half"
        elif w == "half" and last is None:
            current = Decimal("0.5")
            last = "half"
            if nxt in ("a", "an"):
                k += 1  # "half an hour", "half a million"
        elif w == "and" and last in ("mult", "unit", "teen", "tens"):
            if nxt == "a" and k + 2 < n and tokens[k + 2].fold == "half":
                if current == 0 and total > 0:
                    total += Decimal(last_scale) / 2  # "a million and a half"
                else:
                    current += Decimal("0.5")  # "one and a half"
                k += 3
                last = "half"
                continue
            if last != "mult" or nxt not in _NUMBER_WORDS:
                break
            last = "and"
        elif (
            w in ("a", "an")
            and last is None
            and nxt in ({"hundred", "dozen"} | set(_SCALES))
        ):
            current = Decimal(1)
            last = "unit"
        else:
            break
        k += 1
    if last is None:
        return None
    if last == "and":
        k -= 1
    value = total + current
    if value in (1, Decimal("0.5")) and k - j <= 2:
        kind = "bare"  # needs a unit to count: "satu orang", not "salah satu"
    return value, k, False, kind


def _parse_digits(s: str) -> Decimal | None:
    try:
        if "," in s and "." in s:
            decimal_mark = "," if s.rfind(",") > s.rfind(".") else "."
            group_mark = "." if decimal_mark == "," else ","
            whole, fraction = s.rsplit(decimal_mark, 1)
            if decimal_mark in whole or not _grouped(whole.split(group_mark)):
                return None
            return Decimal(whole.replace(group_mark, "") + "." + fraction)
        mark = "," if "," in s else "." if "." in s else ""
        if not mark:
            return Decimal(s)
        parts = s.split(mark)
        if len(parts) > 2:
            return Decimal("".join(parts)) if _grouped(parts) else None
        if _grouped(parts):
            return Decimal("".join(parts))
        return Decimal(parts[0] + "." + parts[1])
    except InvalidOperation:
        return None


def _grouped(parts: list[str]) -> bool:
    head, *rest = parts
    return (
        1 <= len(head) <= 3
        and not head.startswith("0")
        and bool(rest)
        and all(len(p) == 3 for p in rest)
    )


def _is_year(s: str) -> bool:
    return s.isdigit() and len(s) == 4 and 1800 <= int(s) <= 2100


def _tidy(value: Decimal) -> Decimal:
    if value == value.to_integral_value() and value.adjusted() < 25:
        return value.quantize(Decimal(1))
    return value.normalize()
