"""Tell the classes of words a number reader steps over: function words, calendar and clock words, verbs.

Decides, for one word in Indonesian or English news text, whether it is a
function word (`STOPWORDS`: never a counted noun), a month, a weekday or a
clock word, an Indonesian verb by its prefix (`looks_like_verb`: "mengadakan",
"dievakuasi", but not "menteri"), an English past tense or adverb, and, for a
position in the text, whether the words around it are English and whether a
sentence starts there (after a full stop or a dateline).
"""

from __future__ import annotations

import re

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
MONTHS = {
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "desember", "jan", "feb", "mar", "apr",
    "jun", "jul", "agu", "agt", "ags", "sep", "sept", "okt", "nov", "des",
    "january", "february", "march", "may", "june", "july", "august", "october",
    "december", "aug", "oct", "dec",
}  # fmt: skip
DAYS = {
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
TIME_AFTER = {
    "wib", "wita", "wit", "gmt", "utc", "am", "pm", "pagi", "siang", "sore",
    "malam", "dini", "waktu", "local", "o'clock", "noon", "midnight", "sharp",
}  # fmt: skip


_ENGLISH_WORDS_RE = re.compile(r"\b(?:the|and|of|were|was|is|are|to|with)\b")
_INDONESIAN_WORDS_RE = re.compile(
    r"\b(?:yang|dan|di|ke|dari|itu|untuk|pada|dengan|ini|tersebut)\b", re.IGNORECASE
)


def english_around(text: str, pos: int) -> bool:
    """Return True when the words around pos are English, not Indonesian."""
    window = text[max(0, pos - 80) : pos + 80]
    return bool(_ENGLISH_WORDS_RE.search(window)) and not _INDONESIAN_WORDS_RE.search(
        window
    )


def indonesian_around(text: str, pos: int) -> bool:
    """Return True when the words around pos are Indonesian, not English."""
    window = text[max(0, pos - 80) : pos + 80]
    return bool(_INDONESIAN_WORDS_RE.search(window)) and not _ENGLISH_WORDS_RE.search(
        window
    )


def english_adverb(fold: str) -> bool:
    """Return True for "seriously", "watched": an English adverb or past tense, never counted."""
    return (
        len(fold) >= 6
        and fold.endswith("ly")
        and fold.isascii()
        and fold not in _LY_NOUNS
    )


def past_participle(word: str) -> bool:
    """Return True for "watched", "armed": an English verb form, counted only as an adjective."""
    fold = word.casefold()
    return fold in IRREGULAR_PAST or (
        len(fold) >= 5
        and fold.isascii()
        and fold.endswith("ed")
        and not fold.endswith("eed")
    )


# English prepositions never counted, but not STOPWORDS: a measured phrase may
# hold them ("the crowd outside St Aidan's").
PREPOSITIONS = frozenset(
    """
    along alongside amid amidst amongst onto upon inside outside beneath beside
    besides underneath except
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)

# Indonesian verbs without an affix that follow a count as its verb: "45 rusak
# berat", "41 hadir", "12 kembali ke pelabuhan". looks_like_verb knows the
# prefixed ones; these it cannot tell from a noun.
INDONESIAN_ROOT_VERBS = frozenset(
    """
    naik turun tiba datang pergi pulang masuk keluar jatuh habis lolos kabur lari
    kembali tumbuh muncul rusak hadir absen setuju selamat sembuh mati lahir
    tinggal gagal lulus menang kalah hanyut ambruk roboh runtuh tenggelam patah
    putus retak mogok libur sakit kosong utuh aman penuh selesai siap hidup
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# English verbs in the plain present that follow a count as its verb, not its
# noun: "fewer than forty remain", "two hundred walk to class".
ENGLISH_PRESENT_VERBS = frozenset(
    """
    remain live walk stay say survive agree want need wait face hope plan fear
    believe expect continue return die
    """.split()  # noqa: SIM905 (a word list reads better as prose)
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


# A dateline opens the sentence after it: "SUNGAI RASAU - Sebanyak 11 pekerja".
_DATELINE_END_RE = re.compile(r"\b[A-Z]{2,}[A-Z .,()/]*[ \t\xa0]+[-–—][ \t\xa0]*$")


def sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t\xa0\"“'‘(")
    if not before or before[-1] in ".!?:\n":
        return True
    return bool(_DATELINE_END_RE.search(text, max(0, pos - 60), pos))
