from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.models import Annotation, AnnotationChange, Speaker


@pytest.fixture
def cast(db) -> dict[str, Speaker]:
    return {
        "blinken": services.speaker_create(
            name="Antony Blinken",
            aliases=["Blinken", "Menlu AS"],
            role="Menteri Luar Negeri AS",
        ),
        "wang": services.speaker_create(name="Wang Yi"),
        "qin": services.speaker_create(name="Qin Gang"),
        "miller": services.speaker_create(name="Matthew Miller"),
    }


def test_resolve_finds_a_speaker_by_name_whatever_the_case_and_spacing(cast):
    assert services.speaker_resolve(name="  antony   BLINKEN ") == cast["blinken"]
    assert Speaker.objects.count() == 4


def test_resolve_finds_a_speaker_by_alias(cast):
    assert services.speaker_resolve(name="menlu as") == cast["blinken"]


def test_resolve_finds_a_near_spelling_of_the_name(cast):
    assert services.speaker_resolve(name="Anthony Blinken") == cast["blinken"]


def test_resolve_folds_accents(cast):
    assert services.speaker_resolve(name="Qín Gāng") == cast["qin"]


def test_resolve_creates_an_unknown_speaker_with_collapsed_whitespace(cast):
    speaker = services.speaker_resolve(name="  Hua   Chunying ")
    assert speaker.pk is not None
    assert speaker.name == "Hua Chunying"
    assert Speaker.objects.count() == 5


def test_resolve_does_not_take_a_different_person_with_a_shared_surname(cast):
    speaker = services.speaker_resolve(name="Wang Wenbin")
    assert speaker != cast["wang"]


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_resolve_refuses_an_empty_name(cast, name):
    with pytest.raises(ValidationError, match="cannot be empty"):
        services.speaker_resolve(name=name)
    assert Speaker.objects.count() == 4


def test_resolve_refuses_a_name_of_ten_thousand_characters(cast):
    with pytest.raises(ValidationError) as excinfo:
        services.speaker_resolve(name="A" * 10_000)
    assert "at most 200 characters" in excinfo.value.messages[0]
    assert "10000" in excinfo.value.messages[0]
    assert Speaker.objects.count() == 4


def test_create_stores_html_as_plain_text(db):
    speaker = services.speaker_create(name="<script>alert(1)</script>")
    speaker.refresh_from_db()
    assert speaker.name == "<script>alert(1)</script>"


def test_create_drops_blank_repeated_and_canonical_aliases(db):
    speaker = services.speaker_create(
        name="Wang Yi", aliases=[" Wang ", "", "wang", "WANG YI", "Menlu China"]
    )
    assert speaker.aliases == ["Wang", "Menlu China"]


def test_create_refuses_a_second_speaker_of_the_same_name(cast):
    with pytest.raises(ValidationError, match="already a speaker"):
        services.speaker_create(name="wang yi")
    assert Speaker.objects.count() == 4


def test_create_refuses_an_overlong_alias(db):
    with pytest.raises(ValidationError, match="An alias"):
        services.speaker_create(name="Wang Yi", aliases=["x" * 201])
    assert not Speaker.objects.exists()


def test_update_changes_the_given_fields_only(cast):
    speaker = services.speaker_update(
        speaker=cast["miller"], role="Juru bicara Deplu AS", aliases=["Miller"]
    )
    speaker.refresh_from_db()
    assert (speaker.name, speaker.aliases, speaker.role) == (
        "Matthew Miller",
        ["Miller"],
        "Juru bicara Deplu AS",
    )


def test_update_with_a_bad_name_leaves_the_speaker_as_it_was(cast):
    with pytest.raises(ValidationError):
        services.speaker_update(speaker=cast["wang"], name="W" * 10_000, role="Menlu")
    cast["wang"].refresh_from_db()
    assert (cast["wang"].name, cast["wang"].role) == ("Wang Yi", "")


def test_update_refuses_the_name_of_another_speaker(cast):
    with pytest.raises(ValidationError, match="already a speaker"):
        services.speaker_update(speaker=cast["wang"], name="Qin Gang")


def test_split_aliases_accepts_commas_and_new_lines():
    from annotations.services.speakers import split_aliases

    assert split_aliases("Blinken, Menlu AS\nTony\n\n ,") == [
        "Blinken",
        " Menlu AS",
        "Tony",
    ]


def test_merge_moves_annotations_and_names(cast, tiny_article, alice):
    duplicate = services.speaker_create(
        name="Anthony Blinken", aliases=["Tony"], affiliation="Deplu AS"
    )
    annotation = services.annotation_create(
        article=tiny_article, start=0, end=10, kind="mention", speaker=duplicate
    )
    keep = services.speaker_merge(keep=cast["blinken"], remove=duplicate, user=alice)
    annotation.refresh_from_db()
    assert annotation.speaker == keep
    assert annotation.version == 2
    assert AnnotationChange.objects.filter(
        annotation=annotation, changes__speaker=["Anthony Blinken", "Antony Blinken"]
    ).exists()
    assert keep.aliases == ["Blinken", "Menlu AS", "Anthony Blinken", "Tony"]
    assert keep.affiliation == "Deplu AS"
    assert not Speaker.objects.filter(pk=duplicate.pk).exists()
    assert Annotation.objects.filter(speaker=keep).count() == 1


def test_merge_refuses_a_speaker_into_itself(cast):
    with pytest.raises(ValidationError):
        services.speaker_merge(keep=cast["qin"], remove=cast["qin"])


def test_a_merge_of_a_speaker_merged_meanwhile_is_refused_and_changes_nothing(cast):
    # Two editors merge the same pair at once, in opposite directions: the
    # second one's page still shows the speaker the first one removed.
    wang, qin = cast["wang"], cast["qin"]
    services.speaker_merge(keep=wang, remove=qin)
    with pytest.raises(ValidationError, match="merged or removed meanwhile"):
        services.speaker_merge(keep=qin, remove=wang)
    wang.refresh_from_db()
    assert wang.aliases == ["Qin Gang"]
    assert not Speaker.objects.filter(name="Qin Gang").exists()
