"""A number written in words standing for a counted noun named before it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from annotations.text.claims import find_claims


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # The number opens its clause and an auxiliary follows: it is the
        # subject, a part of what was counted just before.
        (
            "The fire destroyed eleven homes. Nine were empty at the time.",
            "Nine",
            Decimal(9),
            "house",
        ),
        (
            "Officials counted forty boats in the harbour; six had sunk.",
            "six",
            Decimal(6),
            "boats",
        ),
        (
            "The depot held 300 buses, and about two hundred are now idle.",
            "about two hundred",
            Decimal(200),
            "buses",
        ),
        # Indonesian: a subject before "sudah" and a passive verb, in a sentence
        # without "yang" or "dan".
        (
            "Dua belas nelayan hilang. Delapan sudah ditemukan selamat.",
            "Delapan",
            Decimal(8),
            "person",
        ),
        (
            "Sekolah itu punya 400 murid. Hampir dua ratus berjalan kaki ke sekolah.",
            "Hampir dua ratus",
            Decimal(200),
            "person",
        ),
        # "N more", "another N", "N lagi": more of the same things.
        (
            "The ministry flew 40 doctors to the island, and another twelve will "
            "follow next week.",
            "twelve",
            Decimal(12),
            "person",
        ),
        (
            "Dinas mengirim 40 dokter ke pulau itu, dan dua belas lagi menyusul "
            "pekan depan.",
            "dua belas",
            Decimal(12),
            "person",
        ),
    ],
)
def test_a_number_word_subject_counts_what_was_counted_before(
    text, phrase, value, unit
):
    assert (phrase, value, unit) in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        # Nothing counted before: no unit to give, no claim.
        "The meeting ended late. Two were absent.",
        # An auxiliary after a year or a clock time is no count.
        "The plant opened in 1998. In 2004 it was sold.",
    ],
)
def test_a_subject_with_nothing_counted_before_stays_out(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # The subject that "numbered" or "totalled" the number is what it counts,
        # a lone plural too, past "only".
        ("Survivors numbered only twelve.", "twelve", Decimal(12), "person"),
        ("Injuries totalled about forty.", "about forty", Decimal(40), "injuries"),
        ("Complaints numbered 212 by Friday.", "212", Decimal(212), "complaints"),
        # "jumlah X kini N": the count of X, without a verb.
        (
            "Jumlah korban tewas kini dua puluh tiga.",
            "dua puluh tiga",
            Decimal(23),
            "person",
        ),
    ],
)
def test_a_subject_that_numbered_the_number_is_what_it_counts(
    text, phrase, value, unit
):
    assert (phrase, value, unit) in _read(text)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # The agent of a passive ends its clause: the count its sentence named.
        (
            "The plan was opposed by eleven councillors and backed by nine.",
            "nine",
            Decimal(9),
            "person",
        ),
        # A number before "yang" opening its clause is its subject.
        (
            "Sebanyak 120 pegawai dirumahkan; hanya empat puluh yang masih bekerja.",
            "empat puluh",
            Decimal(40),
            "person",
        ),
    ],
)
def test_an_agent_or_a_relative_subject_counts_what_was_counted(
    text, phrase, value, unit
):
    assert (phrase, value, unit) in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        # "by" after a change is its size, not an agent.
        "Forty schools opened this year; enrolment rose by nine.",
        "The council cut 30 posts, and the budget was reduced by twelve.",
    ],
)
def test_a_change_by_a_bare_number_is_no_count(text):
    assert [c.value for c in find_claims(text)] == [
        Decimal(40) if "Forty" in text else Decimal(30)
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # People counted by a compound or by kinship.
        ("The two-man crew survived the storm.", "two-man", Decimal(2)),
        ("A five-member panel will review the case.", "five-member", Decimal(5)),
        ("Tiga bersaudara tewas dalam kebakaran itu.", "Tiga bersaudara", Decimal(3)),
        # A people pronoun that "numbered" the number: people.
        ("Mereka yang selamat berjumlah tujuh.", "tujuh", Decimal(7)),
    ],
)
def test_people_counted_by_a_compound_kinship_or_a_pronoun(text, phrase, value):
    assert [(p, v) for p, v, u in _read(text) if u == "person"][:1] == [(phrase, value)]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # A verb or a state after the number is not what it counts.
        (
            "Of the 120 staff, fewer than forty remain.",
            "fewer than forty",
            Decimal(40),
            "person",
        ),
        (
            "Api menghanguskan sebelas rumah; sembilan kosong saat itu.",
            "sembilan",
            Decimal(9),
            "house",
        ),
        (
            "The school has 400 pupils. Nearly two hundred walk to class.",
            "Nearly two hundred",
            Decimal(200),
            "person",
        ),
    ],
)
def test_a_verb_after_a_bare_number_is_not_its_noun(text, phrase, value, unit):
    assert (phrase, value, unit) in _read(text)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # The subject before "sebanyak" / "ada" is what is counted.
        ("Rumah yang rusak sebanyak tiga puluh.", "tiga puluh", Decimal(30), "house"),
        ("Sekolah yang ditutup ada tujuh.", "tujuh", Decimal(7), "school"),
        # "The injured numbered eight": past the article.
        ("The injured numbered eight.", "eight", Decimal(8), "person"),
        # A sibling count after "and": the same things, whatever its size.
        (
            "Twelve houses were destroyed and thirty damaged.",
            "thirty",
            Decimal(30),
            "house",
        ),
        (
            "Dua belas rumah hancur dan tiga puluh rusak ringan.",
            "tiga puluh",
            Decimal(30),
            "house",
        ),
    ],
)
def test_a_bare_number_after_its_subject_or_beside_a_sibling(text, phrase, value, unit):
    assert (phrase, value, unit) in _read(text)


def test_and_between_two_numbers_of_a_range_is_no_sibling():
    text = "Between 10 and 20 were hurt."
    assert {v for _, v, _ in _read(text)} <= {Decimal(10), Decimal(20)}


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # A classifier alone after the number: the subject named before counts.
        (
            "Perahu yang tenggelam sebanyak tiga unit.",
            "tiga unit",
            Decimal(3),
            "perahu",
        ),
        ("Kapal yang tenggelam tiga buah.", "tiga buah", Decimal(3), "kapal"),
        ("Rumah yang rusak berat lima unit.", "lima unit", Decimal(5), "house"),
    ],
)
def test_a_classifier_alone_counts_the_subject(text, phrase, value, unit):
    assert (phrase, value, unit) in _read(text)
