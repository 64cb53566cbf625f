"""What to suggest in one article: quotes with the speaker's full name, and claims."""

from __future__ import annotations

from decimal import Decimal

from annotations.text.cleaning import clean
from annotations.text.suggestions import detect, detect_many, full_name


def test_a_surname_takes_the_full_name_the_article_gives():
    body = "Menlu AS Antony Blinken tiba. Kata Blinken, Tiongkok Blinken siap."
    assert full_name("Blinken", body) == "Antony Blinken"


def test_a_family_name_first_name_is_found_after_it():
    body = "Menlu China Wang Yi tiba di China. Wang berkata."
    assert full_name("Wang", body) == "Wang Yi"


def test_a_word_that_mostly_stands_alone_is_not_part_of_the_name():
    body = "Tiongkok Qin menolak. Qin Gang berkata. Tiongkok dan AS. Tiongkok lagi."
    assert full_name("Qin", body) == "Qin Gang"


def test_a_name_the_article_never_completes_stays_as_it_is():
    assert full_name("Hua", "Hua berkata singkat.") == "Hua"


def test_detect_on_the_detik_seed(seed_dir):
    body = clean((seed_dir / "003_8019a4f8d46b45c0.txt").read_text()).body
    found = detect(body)
    quotes = [c for c in found if c.kind == "quote"]
    claims = {body[c.start : c.end]: c for c in found if c.kind == "claim"}
    assert sum(q.speaker_text == "Wang Yi" for q in quotes) >= 2
    assert claims["7,5 jam"].value == Decimal("7.5")
    assert claims["7,5 jam"].unit == "hour"
    assert all(body[c.start : c.end].strip() for c in found)
    assert detect_many([body, ""]) == [found, []]


def test_numbers_too_large_to_store_are_not_suggested():
    body = "Utangnya mencapai Rp 5.000.000.000.000.000.000.000 triliun."
    assert all(c.value is None or abs(c.value) < 10**18 for c in detect(body))


def test_a_first_name_is_not_completed_with_the_airport_named_after_someone():
    body = (
        "Pesawat itu mendarat di Bandara Lukas Mere, Larantuka, pada Senin. "
        '"Semua penumpang selamat," tutur Lukas.'
    )
    (quote,) = [c for c in detect(body) if c.kind == "quote"]
    assert quote.speaker_text == "Lukas"


def test_an_institution_is_not_completed_with_the_word_before_it():
    body = (
        "The quake struck at dawn, according to the Tarsa Geological Office (TGO). "
        'The TGO said in a statement that it was "caused by thrust faulting".'
    )
    (quote,) = [c for c in detect(body) if c.kind == "quote"]
    assert quote.speaker_text == "TGO"
