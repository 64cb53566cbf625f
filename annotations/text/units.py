"""Name the unit of measure a number is written with, in Indonesian and English.

Decides which words name a unit and which canonical unit they name
(`UNIT_WORDS`: "jam", "hours" -> "hour"; "orang", "warga", "residents" ->
"person"; "dolar AS" -> "USD"), read word by word after a number
(`unit_after`), with units of several words ("dolar amerika serikat") and
short units read only exactly as written ("m", "ha", "KK", "TB"). Also the
currency signs and codes written before a number ("Rp", "US$", "£"), the
abbreviated scales after a currency ("Rp 5 M" is 5 miliar, "$5M" 5 million),
units written before the number ("magnitudo 5,6"), words that carry both one
and the unit ("sejam", "sepekan"), the currency cents belong to (the one named
last), and what a quantity is counted per ("40 orang per hari", "30 litres a
day", "Rp 42 ribu per orang per bulan").
"""

from __future__ import annotations

import re

from annotations.text.wordclasses import STOPWORDS

# After a currency the abbreviations differ by language: "Rp 5 M" is 5 miliar,
# "$5M" is 5 million.
RP_ABBREVIATIONS = {"m": 10**9, "t": 10**12, "jt": 10**6, "rb": 10**3}
USD_ABBREVIATIONS = {"m": 10**6, "b": 10**9, "k": 10**3, "t": 10**12}
# Words like "sejam" carry both the number one and the unit.
SE_UNITS = {
    "sejam": "hour", "semenit": "minute", "sehari": "day", "seminggu": "week",
    "sepekan": "week", "sebulan": "month", "setahun": "year", "sekilo": "kg",
}  # fmt: skip

# Canonical unit -> the words that name it (lower case; spaces match any blank).
UNIT_WORDS = {
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
        "investigators", "inspectors", "auditors", "prosecutors", "defenders",
        # people by their ties: "dua temannya", "three friends", "six neighbours"
        "teman", "kawan", "rekan", "tetangga", "saudara", "sepupu", "friends",
        "neighbours", "neighbors", "colleagues", "classmates", "teammates",
        "siblings", "brothers", "sisters", "sons", "daughters", "cousins", "parents",
        "grandchildren", "bocah", "gadis", "pemuda", "pemudi", "nenek", "kakek",
        "bersaudara",  # "Tiga bersaudara": siblings
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
    "m2": [
        "m2", "m²", "meter persegi", "square meters", "square metres", "square meter",
        "square metre", "square-meter", "square-metre", "sq m",
    ],
    # feet are no other unit's, so the area keeps its English name
    "square feet": [
        "square feet", "square foot", "square-foot", "square-feet", "sq ft", "sq-ft",
        "sqft",
    ],
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
UNITS = {word: unit for unit, words in UNIT_WORDS.items() for word in words}
DURATIONS = {
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
    "season",
}  # fmt: skip
CURRENCIES = {"IDR", "USD", "SGD", "AUD", "HKD", "EUR", "CNY", "JPY", "GBP"} | {
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
    r"(?:(?:more|additional|extra|further|other|such|consecutive|straight|full|whole)"
    r"[ \t\xa0]+)?"
    r"(?P<word>%|°[cC]|[^\W_]+(?:[-/'][^\W_]+)*²?)",
    re.IGNORECASE,
)
_UNIT_NEXT_RE = re.compile(r"[ \t\xa0]+([^\W\d_]+(?:-[^\W\d_]+)*)")
# The first words of unit names of several words: only after these is the
# next word worth reading ("dolar" -> "dolar amerika" -> "dolar amerika serikat").
_UNIT_PREFIXES = frozenset(
    " ".join(key.split()[:k]) for key in UNITS for k in range(1, key.count(" ") + 1)
)
CURRENCY_PREFIXES = {
    "rp": "IDR", "idr": "IDR", "us$": "USD", "$": "USD", "usd": "USD",
    "€": "EUR", "eur": "EUR", "cny": "CNY", "rmb": "CNY", "£": "GBP",
    "gbp": "GBP", "¥": "JPY", "s$": "SGD", "sgd": "SGD", "a$": "AUD",
    "hk$": "HKD", "rm": "MYR", "rs": "INR", "nz$": "NZD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "₹": "INR", "₱": "PHP", "₩": "KRW", "฿": "THB", "₫": "VND",
}  # fmt: skip
# Units written before the number: "magnitudo 5,6", "M 6.1".
PREFIX_UNITS = {
    "magnitudo": "magnitude", "magnitude": "magnitude", "m": "magnitude",
    "bermagnitudo": "magnitude", "berkekuatan": "magnitude",
}  # fmt: skip
_CURRENCY_NAMED_RE = re.compile(
    r"(US\$|A\$|S\$|HK\$|\$|€|£|Rp|(?i:\b(?:euros?|dollars?|pounds?|rupiah|dolar)\b))"
)
_CURRENCY_NAMES = {
    "us$": "USD", "$": "USD", "a$": "AUD", "s$": "SGD", "hk$": "HKD", "€": "EUR",
    "£": "GBP", "rp": "IDR", "euro": "EUR", "euros": "EUR", "dollar": "USD",
    "dollars": "USD", "pound": "GBP", "pounds": "GBP", "rupiah": "IDR", "dolar": "USD",
}  # fmt: skip


def currency_before(text: str, pos: int) -> str:
    """Return the currency named last before pos (cents are its hundredths), USD if none."""
    found = _CURRENCY_NAMED_RE.findall(text, max(0, pos - 3000), pos)
    return _CURRENCY_NAMES[found[-1].casefold()] if found else "USD"


MEASURE_UNITS = {
    "km", "m", "cm", "mm", "mile", "km2", "m2", "m3", "hectare", "acre", "kg", "gram",
    "ton", "liter", "barrel", "square feet",
}  # fmt: skip


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


def per_unit_end(text: str, end: int) -> int:
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
        if key in UNITS:
            exact = _CASE_SENSITIVE_UNITS.get(key)
            if exact is not None and count == 1 and head != exact:
                return None
            return UNITS[key], m.start("word"), ends[count - 1]
    # "orang/hari", "rumah-rumah": the first part names the unit
    part = re.split(r"[-/]", head, maxsplit=1)[0]
    if (
        part != head
        and part.casefold() in UNITS
        and _CASE_SENSITIVE_UNITS.get(part.casefold(), part) == part
    ):  # "orang/hari", "30m-high" (but not "M-16")
        return UNITS[part.casefold()], m.start("word"), m.start("word") + len(part)
    return None


# The sizes a claim measures rather than counts (MEASURE_UNITS with a quake's
# magnitude and power, without m3): what follows them says what they measure.
SIZE_UNITS = {
    "magnitude", "hectare", "km2", "m2", "acre", "ton", "kg", "gram", "liter",
    "barrel", "MW", "GW", "km", "m", "cm", "mm", "mile", "square feet",
}  # fmt: skip
# Shares: "50 persen warga", "40 percent of the land".
PERCENT_UNITS = {"percent", "percentage point"}
# Units that measure rather than count: time, money, shares and sizes
UNITS_OF_MEASURE = frozenset(DURATIONS | CURRENCIES | PERCENT_UNITS | SIZE_UNITS)
# Units that are not a count of things, so nothing later can point back at them
NOT_COUNTS = UNITS_OF_MEASURE | {"fraction", "fold", "time"}


def unit_of_noun(noun: str) -> str:
    """Return the canonical unit a noun names, or the noun lower-cased."""
    found = unit_after(" " + noun, 0)
    return found[0] if found and found[2] == len(noun) + 1 else noun.casefold()
