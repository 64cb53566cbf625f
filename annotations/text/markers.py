"""Data for recognising boilerplate and metadata in copied news articles.

Boilerplate markers are regular expressions, matched case-insensitively
against one normalised paragraph, grouped by the reason code that a match
records:

- START patterns are anchored at the paragraph start (``re.match``); end a
  pattern with ``$`` when it must cover the whole paragraph.
- ENDING patterns are anchored at the paragraph end, for photo captions whose
  credit comes last.

A marker only fires on paragraphs of at most MAX_BOILERPLATE_CHARS, so a long
article paragraph is never removed, whatever it begins or ends with. A
paragraph that merely contains "baca" or "foto" somewhere is never touched.

To support a new outlet, add its extra patterns to OUTLET_MARKERS under a
short key, reusing an existing reason code where one fits::

    OUTLET_MARKERS["tempo"] = {
        "more-prompt": (r"pilihan editor\\s*:",),
    }

``clean(raw, outlet="tempo")`` then applies the common markers plus Tempo's;
``clean(raw)`` applies the common markers plus those of every outlet.
"""

from __future__ import annotations

MAX_BOILERPLATE_CHARS = 500

# The longest a caption may be when it is recognised only by its position,
# directly before a standalone photo credit.
MAX_CAPTION_CHARS = 300

COMMON_START_MARKERS: dict[str, tuple[str, ...]] = {
    "read-also": (
        r"baca\s+(?:juga|pula)\b",
        r"(?:read|see)\s+also\b",
        r"also\s+read\b",
        r"read\s+(?:more|next)\s*:",
        r"related\s*:",
        r"(?:berita|artikel)\s+terkait\s*:?$",
        r"related\s+(?:articles?|stories|news)\s*:?$",
    ),
    "scroll-prompt": (
        r"scroll\s+(?:down\s+)?to\s+(?:continue|resume)(?:\s+(?:with\s+content|reading))?\.?$",
        r"(?:gulir|scroll)\s+(?:ke\s+bawah\s+)?untuk\s+(?:melanjutkan|membaca)\b.*$",
        r"continue\s+reading\s+below\.?$",
    ),
    "advertisement": (r"(?:advertisement|iklan|adv|sponsored)\.?$",),
    "video-prompt": (
        r"(?:lihat|simak|tonton|saksikan)\s+(?:juga\s+)?video\b",
        r"watch\s*:",
        r"\[gambas\s*:[^\]]*\]$",
    ),
    "more-prompt": (
        r"simak\s+(?:berita|artikel)?\s*selengkapnya\b",
        r"baca\s+(?:berita|artikel)?\s*selengkapnya\b",
        r"selengkapnya\s+(?:di|baca|klik)\b",
        r"(?:halaman|hlm\.?)\s+(?:selanjutnya|berikutnya)\s*[>»]*$",
        r"(?:read|see)\s+the\s+full\s+(?:story|article)\b",
        r"continue\s+reading\b",
        r"(?:dapatkan|ikuti)\s+(?:update|informasi|berita|kabar)\b.*(?:whatsapp|telegram|google\s+news|channel)\b",
    ),
    "trending-list": (
        r"(?:berita\s+)?(?:trending|terpopuler|populer)(?:\s+(?:hari\s+ini|now))?\s*:?$",
        r"(?:most\s+(?:read|popular|viewed)|trending\s+now)\s*:?$",
        r"paling\s+banyak\s+dibaca\s*:?$",
    ),
    "latest-list": (
        r"(?:berita\s+)?(?:terbaru|terkini)(?:\s+hari\s+ini)?\s*:?$",
        r"latest(?:\s+(?:news|stories))?\s*:?$",
    ),
    "tag-list": (
        r"tags?(?:\s+terkait)?\s*:",
        r"topik(?:\s+terkait)?\s*:",
        r"kata\s+kunci\s*:",
        r"keywords?\s*:",
        r"(?:related\s+)?topics\s*:",
        r"(?:#[\w-]+\s*)+$",
    ),
    "share-prompt": (
        r"(?:bagikan|share)(?:\s+(?:artikel|berita|this|ini|article|story|post))*\s*:?$",
        r"(?:bagikan|share)\s+(?:ke|via|lewat|on|to)\s+\w+$",
        r"(?:(?:facebook|twitter|whatsapp|telegram|linkedin|line|email|copy\s+link|salin\s+tautan|x)\s*[,|/]?\s*){2,}$",
    ),
    "photo-credit": (
        r"(?:foto|photo|dok\.?|dokumentasi|ilustrasi|image|credit|gambar)\s*:",
        r"antara\s+foto\s*/",
    ),
    "byline": (
        r"(?:penulis|reporter|pewarta|wartawan|kontributor|writer|author|laporan)\s*:",
        r"(?:laporan\s+wartawan|written\s+by|words\s+by)\b",
        r"by\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?:(?-i:[A-Z][\w.'’-]*)|and|&)){0,5}(?:\s*[,|]\s*[\w .&-]{2,40})?$",
        # "Oleh: Nama", "Ditulis oleh Nama", "Penulis Nama", "Redaksi Kabar X": a
        # short line with no stop, so "Oleh karena itu, …" is never one.
        r"(?:(?:ditulis\s+)?oleh|penulis|redaksi)\s*:?\s+(?-i:[A-Z])[^.!?:]{1,50}$",
        # "(Reporting by Name in City; editing by Name)", wire style.
        r"\(?\s*(?:additional\s+)?reporting\s+by\b",
        # "Nora Lane, Courts Reporter", "Staff and agencies".
        r"(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s*(?:[\w&' ]{1,30}\s)?(?:reporter|correspondent|writer|editor)$",
        r"(?:\w+\s){0,4}staff\s+(?:and|with)\s+agencies$",
        r"@[\w.]{2,30}$",  # the reporter's handle on a line of its own
    ),
    "editor-line": (
        r"(?:editor|redaktur|penyunting|editing)\s*:",
        r"\(?\s*edit(?:ed|ing)\s+by\b",
        r"\(\s*[a-z]{2,4}(?:\s*/\s*[a-z]{2,4})+\s*\)$",
    ),
    "source-line": (
        r"(?:sumber|source)\s*:\s*[^.!?]{1,80}$",
        r"\(\s*(?:ant|antara|afp|ap|reuters|xinhua|bernama|cna)(?:\s*/\s*[\w ]{1,20})*\s*\)$",
    ),
    "copyright": (r"(?:copyright|hak\s+cipta|©|\(c\)\s)",),
    # What the site tells its readers about itself: where the text first
    # appeared, how often it was read, whether comments are open.
    "site-notice": (
        r"(?:artikel|berita|tulisan)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|dibaca)\b[^\"“”]{0,120}$",
        # ... and the title it first ran under, in quotation marks: "Artikel ini
        # telah tayang di X dengan judul "3.800 Pasien Menunggu"."
        r"(?:artikel|berita|tulisan)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat)\b"
        r"[^\"“”]{0,80}\bdengan\s+judul\s*:?\s*[\"“][^\"“”]{1,200}[\"”]\s*\.?$",
        r"this\s+(?:article|story)\s+(?:was\s+|has\s+been\s+|first\s+)*(?:originally\s+)?(?:published|appeared)\b[^\"“”]{0,120}$",
        r"this\s+(?:article|story)\s+(?:was\s+|has\s+been\s+|first\s+)*(?:originally\s+)?(?:published|appeared)\b"
        r"[^\"“”]{0,80}\b(?:with\s+the\s+(?:title|headline)|under\s+the\s+(?:title|headline))"
        r"\s*:?\s*[\"“][^\"“”]{1,200}[\"”]\s*\.?$",
        r"comments?\s+(?:are|is)\s+(?:now\s+)?closed(?:\s+(?:for|on)\s+this\s+\w+)?\.?$",
        r"have\s+your\s+say(?:\s*[:(][^\"“”]{0,80})?$",
    ),
}

COMMON_ENDING_MARKERS: dict[str, tuple[str, ...]] = {
    "photo-credit": (
        r"\(\s*(?:sumber|source)\s*:[^()]*(?:photo|foto|dok|istimewa|getty|shutterstock|tangkapan\s+layar|screenshot|unsplash|/)[^()]*\)",
        r"\(\s*(?:foto|photo|dok\.?|dokumentasi|ilustrasi|image|credit|gambar)\s*:[^()]*\)",
        r"\(?\s*antara\s+foto\s*/[^()]*\)?",
        # A caption's credit after its last sentence: "… on Tuesday. Photo: Name",
        # "… (Kabar Priangan/Dadang S.)", "… (13/12/2026). ARENABOLA/Gilang".
        r"[.!?)]\s+(?:photo|photograph|foto|image|gambar|ilustrasi)\s*:\s*[^.!?:]{2,60}",
        r"\((?-i:[A-Z])[^()/\d]{1,40}/\s*(?-i:[A-Z])[^()/\d]{1,40}\)",
        r"[.!?)]\s+(?-i:[A-Z][A-Z0-9-]+(?:\s[A-Z0-9-]+)*|[\w-]+\.(?:id|com|co\.id))\s*/\s*(?-i:[A-Z])[\w. ]{1,40}",
    ),
    "copyright": (r"©\s*(?:\d{4})?", r"all\s+rights\s+reserved\.?"),
}

OUTLET_MARKERS: dict[str, dict[str, tuple[str, ...]]] = {
    "detik": {
        "more-prompt": (r"simak\s+juga\b.*:$",),
        "masthead": (
            r"detik(?:news|com|finance|inet|sport|oto|travel|health|food|edu|hot)$",
        ),
    },
    "kompas": {
        "more-prompt": (r"dapatkan\s+update\s+berita\s+pilihan\b",),
        "masthead": (r"kompas\s*(?:\.com|\.tv|tv)$",),
    },
    "koran-jakarta": {
        "read-also": (r"berita\s+lainnya\s*:?$",),
    },
}

# Reasons whose whole-paragraph headings are followed by list items
# ("- 1 Garuda ...", "2. ...") that belong to the same boilerplate.
LIST_REASONS = frozenset({"trending-list", "latest-list", "tag-list", "read-also"})
LIST_ITEM = r"(?:[-–•*·▪►]\s*|\d{1,2}[.)]\s+|\d{1,2}\s+(?=\S))"

# Prefixes before a site's date line: "Kompas dunia | ", "Diperbarui: ".
DATE_LINE_PREFIX = r"(?:[^|\n]{1,40}\|\s*)?(?:(?:diperbarui|dipublikasikan|diterbitkan|terbit|published|updated|posted)(?:\s+(?:pada|on))?\s*:?\s*)?"

MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "ags": 8, "agt": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: tuple[str, ...] = (
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip

# Fixed offsets in hours; GMT+7 / UTC+07:00 forms are parsed separately.
ZONE_OFFSETS: dict[str, int] = {
    "WIB": 7,
    "WITA": 8,
    "WIT": 9,
    "UTC": 0,
    "GMT": 0,
    "SGT": 8,
    "MYT": 8,
    "JST": 9,
    "KST": 9,
}

# Canonical agency name -> case-sensitive spellings found in copy.
AGENCIES: dict[str, tuple[str, ...]] = {
    "Antara": ("Antara", "ANTARA", "Kantor Berita Antara"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Associated Press": ("Associated Press", "AP"),
    "Reuters": ("Reuters", "REUTERS"),
    "Xinhua": ("Xinhua", "XINHUA"),
    "Bernama": ("Bernama", "BERNAMA"),
    "CNA": ("CNA", "Channel NewsAsia", "Channel News Asia"),
    "Kyodo": ("Kyodo News", "Kyodo"),
    "Yonhap": ("Yonhap",),
    "DPA": ("DPA", "dpa", "Deutsche Presse-Agentur"),
    "Bloomberg": ("Bloomberg",),
}

# Canonical outlet name -> case-insensitive patterns for its masthead.
MASTHEADS: dict[str, tuple[str, ...]] = {
    "Kompas TV": (r"kompas\s?\.?\s?tv",),
    "Kompas.com": (r"kompas\.com",),
    "detik": (
        r"detik(?:com|news|finance|inet|sport|oto|travel|health|food|edu|hot)",
        r"detik\.com",
    ),
    "Bisnis.com": (r"bisnis\.com",),
    "CNN Indonesia": (r"cnn\s?indonesia(?:\.com)?",),
    "CNBC Indonesia": (r"cnbc\s?indonesia(?:\.com)?",),
    "Tempo.co": (r"tempo\.co(?:\.id)?",),
    "Liputan6.com": (r"liputan6\.com",),
    "Antaranews": (r"antara\s?news(?:\.com)?",),
    "Republika": (r"republika\.co\.id",),
    "Koran Jakarta": (r"koran[\s-]?jakarta(?:\.com)?",),
    "Okezone": (r"okezone(?:\.com)?",),
    "Sindonews": (r"sindo\s?news(?:\.com)?",),
    "Tribunnews": (r"tribunnews(?:\.com)?",),
    "Suara.com": (r"suara\.com",),
    "Kumparan": (r"kumparan(?:\.com)?",),
    "VOA Indonesia": (r"voa\s?indonesia",),
    "The Jakarta Post": (r"(?:the\s)?jakarta\spost",),
}

# Page furniture only one known outlet prints, for naming the outlet of a text
# that names it nowhere (metadata._signature). Every pattern of a signature
# must match a whole removed line; the first outlet whose lines all occur wins.
OUTLET_SIGNATURES: dict[str, tuple[tuple[str, ...], ...]] = {
    "detik": ((r"scroll\s+to\s+continue\s+with\s+content",),),
    "Koran Jakarta": (
        (r"berita\s+trending", r"berita\s+terkini", r"tag\s+terkait\s*:?"),
    ),
}

# Interface words of news pages, by what they belong to, for recognising the
# furniture of sites no marker was written for (furniture.py). They are the
# generic words of buttons and links in Indonesian and English, not one
# site's wording; a short line made only of these (and numbers, icons and
# FURNITURE_NEUTRAL words) is furniture.
_FURNITURE_WORDS: dict[str, str] = {
    "share": """share shares bagikan bagi berbagi sebarkan x f wa tw facebook fb twitter tweet whatsapp
        telegram linkedin pinterest reddit threads instagram email e-mail surel mail
        copy salin link tautan url print cetak kirim send komentar comment comments
        save simpan""",
    "photo": """foto photo photos fotografi gambar image images galeri gallery lihat
        view perbesar zoom geser swipe slide slideshow video videos tonton watch play
        putar klik click tap ketuk infografis infographic credit kredit""",
    "app": """aplikasi app apps download unduh install pasang android ios iphone
        playstore appstore""",
    "read": """baca membaca dibaca read reading listen dengarkan dengar mendengarkan
        estimasi estimated""",
    "time": """menit mnt min mins minute minutes detik seconds jam hour hours""",
    "page": """halaman hal hlm page pages selanjutnya sebelumnya berikutnya next
        previous prev lanjut lanjutan""",
    "nav": """beranda home menu cari search login masuk logout daftar register
        subscribe langganan berlangganan newsletter follow ikuti tutup close
        sponsored advertisement iklan related terkait more lainnya selengkapnya
        ukuran huruf font size teks text artikel article berita news story stories
        update updates terbaru terkini latest tag tags topik topics label tampilkan show""",
    "stamp": """updated published diperbarui dipublikasikan terbit diterbitkan last ago
        lalu""",
}
FURNITURE_WORDS: dict[str, str] = {
    word: kind for kind, words in _FURNITURE_WORDS.items() for word in words.split()
}
_FURNITURE_NEUTRAL = """a an the this our your in on to of at for via from by and or
    & di ke ini itu dari untuk pada dengan dan atau kami kita anda yang dalam ± wib
    wita wit gmt utc"""
FURNITURE_NEUTRAL = frozenset(_FURNITURE_NEUTRAL.split())
