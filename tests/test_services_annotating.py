"""annotation_create/update/delete/restore and tag_resolve, on the tiny handwritten article."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from annotations.models import Annotation, AnnotationChange, Article, Speaker, Tag
from annotations.services.annotating import (
    TAG_PALETTE,
    AnnotationConflict,
    annotation_create,
    annotation_delete,
    annotation_restore,
    annotation_update,
    tag_resolve,
)
from annotations.text.anchoring import body_version


@pytest.fixture(autouse=True)
def english():
    """Messages are matched in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


def _span(article, words: str) -> tuple[int, int]:
    start = article.body.index(words)
    return start, start + len(words)


def test_create_stores_the_exact_words_and_their_context(tiny_article, alice):
    start, end = _span(tiny_article, "7,5 jam")
    a = annotation_create(
        article=tiny_article,
        start=start,
        end=end,
        kind="claim",
        user=alice,
        exact="7,5 jam",
        value=Decimal("7.5"),
        unit="hour",
    )
    assert a.exact == "7,5 jam"
    assert a.suffix == tiny_article.body[end : end + 32]
    assert a.prefix == tiny_article.body[max(0, start - 32) : start]
    assert len(a.prefix) == 32 and len(a.suffix) == 32
    change = AnnotationChange.objects.get(annotation=a)
    assert change.action == "created" and change.user == alice
    assert change.changes["value"] == "7.5"


def test_offsets_are_code_points_past_an_emoji_and_a_no_break_space(tiny_article):
    start, end = _span(tiny_article, "kepada\u00a0wartawan")
    assert tiny_article.body[start - 2] == "\U0001f600"
    a = annotation_create(
        article=tiny_article,
        start=start,
        end=end,
        kind="note",
        exact="kepada\u00a0wartawan",
    )
    assert a.exact == "kepada\u00a0wartawan"


@pytest.mark.parametrize(
    ("start", "end", "exact", "message"),
    [
        (-1, 5, None, "outside"),
        (90, 500, None, "outside"),
        (5, 5, None, "empty"),
        (0, 5, "Sari ", "do not match"),
        (10, 11, None, "only spaces"),
        (40, 70, None, "paragraph break"),
    ],
)
def test_bad_spans_are_refused_and_nothing_is_stored(
    tiny_article, start, end, exact, message
):
    with pytest.raises(ValidationError, match=message):
        annotation_create(
            article=tiny_article, start=start, end=end, kind="quote", exact=exact
        )
    assert not Annotation.objects.exists()


def test_the_same_author_cannot_annotate_the_same_words_twice(tiny_article, alice):
    start, end = _span(tiny_article, "Sari")
    annotation_create(
        article=tiny_article, start=start, end=end, kind="mention", user=alice
    )
    with pytest.raises(ValidationError, match="already annotated"):
        annotation_create(
            article=tiny_article, start=start, end=end, kind="mention", user=alice
        )
    assert Annotation.objects.count() == 1


def test_update_records_what_changed_and_bumps_the_version(tiny_article, alice):
    start, end = _span(tiny_article, "7,5 jam")
    a = annotation_create(article=tiny_article, start=start, end=end, kind="claim")
    a = annotation_update(annotation=a, version=1, user=alice, note="cek lagi")
    assert a.version == 2 and a.note == "cek lagi"
    change = a.changes.get(action="updated")
    assert change.changes == {"note": ["", "cek lagi"]} and change.user == alice


def test_update_keeps_the_span_unless_given_a_new_one(tiny_article):
    start, end = _span(tiny_article, "7,5 jam")
    a = annotation_create(article=tiny_article, start=start, end=end, kind="claim")
    a = annotation_update(annotation=a, version=1, unit="hour")
    assert (a.start, a.end) == (start, end)
    new_start, new_end = _span(tiny_article, "7,5 jam di Jakarta")
    a = annotation_update(
        annotation=a,
        version=2,
        start=new_start,
        end=new_end,
        exact="7,5 jam di Jakarta",
    )
    assert a.exact == "7,5 jam di Jakarta"
    with pytest.raises(ValidationError, match="do not match"):
        annotation_update(
            annotation=a, version=3, start=new_start, end=new_end, exact="wrong"
        )


def test_a_stale_version_is_a_conflict_and_nothing_is_overwritten(tiny_article):
    start, end = _span(tiny_article, "7,5 jam")
    a = annotation_create(article=tiny_article, start=start, end=end, kind="claim")
    annotation_update(annotation=a, version=1, note="first editor")
    with pytest.raises(AnnotationConflict) as caught:
        annotation_update(annotation=a, version=1, note="second editor")
    assert caught.value.current.note == "first editor"
    a.refresh_from_db()
    assert a.note == "first editor" and a.version == 2


def test_delete_hides_and_restore_brings_back_with_history(tiny_article, alice):
    start, end = _span(tiny_article, "Sari")
    a = annotation_create(article=tiny_article, start=start, end=end, kind="mention")
    annotation_delete(annotation=a, user=alice)
    assert not Annotation.objects.alive().exists()
    assert Annotation.objects.filter(pk=a.pk).exists()
    annotation_restore(annotation=a, user=alice)
    assert Annotation.objects.alive().get() == a
    assert list(a.changes.values_list("action", flat=True)) == [
        "created",
        "deleted",
        "restored",
    ]


def test_restore_refuses_when_the_same_words_were_annotated_again(tiny_article, alice):
    start, end = _span(tiny_article, "Sari")
    a = annotation_create(
        article=tiny_article, start=start, end=end, kind="mention", user=alice
    )
    annotation_delete(annotation=a, user=alice)
    annotation_create(
        article=tiny_article, start=start, end=end, kind="mention", user=alice
    )
    with pytest.raises(ValidationError, match="nothing to restore"):
        annotation_restore(annotation=a, user=alice)
    a.refresh_from_db()
    assert a.deleted_at is not None


def test_tag_resolve_reuses_tags_regardless_of_case_and_makes_new_ones(db):
    existing = Tag.objects.create(name="Energi", colour="#123456")
    tags = tag_resolve(["energi", " Diplomasi  AS ", "", "ENERGI", "diplomasi as"])
    assert tags[0] == existing
    assert [t.name for t in tags] == ["Energi", "Diplomasi AS"]
    assert tags[1].colour in TAG_PALETTE
    assert Tag.objects.count() == 2


def test_tag_resolve_refuses_a_too_long_name_and_creates_nothing(db):
    with pytest.raises(ValidationError, match="not a valid tag"):
        tag_resolve(["ok", "x" * 61])
    assert not Tag.objects.exists()


def test_a_selection_made_on_an_older_body_is_refused(tiny_article, alice):
    start, end = _span(tiny_article, "7,5 jam")
    seen = body_version(tiny_article.body)
    Article.objects.filter(pk=tiny_article.pk).update(body="Lain. " + tiny_article.body)
    with pytest.raises(ValidationError, match="The article changed since you selected"):
        annotation_create(
            article=tiny_article,
            start=start,
            end=end,
            kind="claim",
            exact="7,5 jam",
            body_version=seen,
            user=alice,
        )
    assert not Annotation.objects.exists()


def test_the_body_is_read_again_under_the_lock_not_taken_from_the_caller(tiny_article):
    start, end = _span(tiny_article, "7,5 jam")
    Article.objects.filter(pk=tiny_article.pk).update(body="Lain. " + tiny_article.body)
    # The caller's instance still holds the old body: its offsets now select other words.
    with pytest.raises(ValidationError, match="do not match the article text"):
        annotation_create(
            article=tiny_article, start=start, end=end, kind="claim", exact="7,5 jam"
        )
    assert not Annotation.objects.exists()


def test_a_refused_annotation_leaves_no_new_speaker_or_tag_behind(tiny_article, alice):
    start, end = _span(tiny_article, "Menlu Sari")
    annotation_create(
        article=tiny_article, start=start, end=end, kind="mention", user=alice
    )
    with pytest.raises(ValidationError, match="already annotated exactly these words"):
        annotation_create(
            article=tiny_article,
            start=start,
            end=end,
            kind="mention",
            user=alice,
            speaker_name="Sari Baru",
            tags=["baru", "cek"],
        )
    assert not Speaker.objects.exists()
    assert not Tag.objects.exists()


def test_names_of_speakers_and_tags_are_resolved_in_the_save(tiny_article, alice):
    start, end = _span(tiny_article, "Kami sepakat")
    old = Tag.objects.create(name="Cek", colour="#1f77b4")
    a = annotation_create(
        article=tiny_article,
        start=start,
        end=end,
        kind="quote",
        user=alice,
        speaker_name="  Menlu   Sari ",
        tags=["cek", "baru", old],
    )
    assert a.speaker.name == "Menlu Sari"
    assert sorted(t.name for t in a.tags.all()) == ["Cek", "baru"]


def _statements(queries) -> list[str]:
    """Return the first words of the statements run inside the service's transaction.

    The test's own transaction makes the service's a savepoint; on PostgreSQL
    every statement between it and its release waits with the article's (or
    the annotation's) row locked, and so do the other editors of the article.
    """
    sql = [" ".join(q["sql"].split()) for q in queries]
    first = next(i for i, s in enumerate(sql) if s.startswith("SAVEPOINT"))
    last = next(i for i, s in enumerate(sql) if s.startswith("RELEASE SAVEPOINT"))
    # SQLite writes INSERT OR IGNORE for PostgreSQL's INSERT ... ON CONFLICT DO NOTHING.
    sql = [s.replace("INSERT OR IGNORE INTO", "INSERT INTO") for s in sql]
    return [" ".join(s.split()[:3]).replace('"', "") for s in sql[first + 1 : last]]


def test_a_save_runs_four_statements_while_the_article_is_locked(tiny_article, alice):
    tag_resolve(["media", "baru"])
    start, end = _span(tiny_article, "7,5 jam")
    with CaptureQueriesContext(connection) as ctx:
        a = annotation_create(
            article=tiny_article,
            start=start,
            end=end,
            kind="claim",
            user=alice,
            tags=["media", "baru"],
        )
    assert sorted(t.name for t in a.tags.all()) == ["baru", "media"]
    assert a.changes.get().changes["tags"] == ["baru", "media"]
    assert _statements(ctx.captured_queries) == [
        "SELECT annotations_tag.id, annotations_tag.name,",  # the tags, before the lock
        "SELECT annotations_article.body AS",  # the body, locked until the end
        "INSERT INTO annotations_annotation",
        "INSERT INTO annotations_annotation_tags",
        "INSERT INTO annotations_annotationchange",
    ]


def test_an_edit_reads_the_tags_once_and_changes_only_what_changed(tiny_article, alice):
    media, baru, cek = (Tag.objects.create(name=n) for n in ("media", "baru", "cek"))
    start, end = _span(tiny_article, "7,5 jam")
    a = annotation_create(
        article=tiny_article, start=start, end=end, kind="claim", tags=[media, baru]
    )
    with CaptureQueriesContext(connection) as ctx:
        a = annotation_update(annotation=a, version=1, user=alice, tags=[baru, cek])
    assert sorted(t.name for t in a.tags.all()) == ["baru", "cek"]
    change = a.changes.get(action="updated")
    assert change.changes == {"tags": [["baru", "media"], ["baru", "cek"]]}
    assert [s.split()[0] for s in _statements(ctx.captured_queries)] == [
        "SELECT",  # the annotation, locked
        "SELECT",  # its tags
        "UPDATE",
        "DELETE",  # media
        "INSERT",  # cek
        "INSERT",  # the history
    ]


def test_an_edit_onto_a_duplicate_is_refused_and_leaves_the_transaction_usable(
    tiny_article, alice
):
    start, end = _span(tiny_article, "7,5 jam")
    annotation_create(
        article=tiny_article, start=start, end=end, kind="claim", user=alice
    )
    other = annotation_create(
        article=tiny_article, start=start, end=end, kind="note", user=alice
    )
    with transaction.atomic():  # a caller's transaction, which goes on
        with pytest.raises(ValidationError, match="exactly these words this way"):
            annotation_update(annotation=other, version=1, kind="claim")
        assert Annotation.objects.filter(kind="claim").count() == 1
    other.refresh_from_db()
    assert other.kind == "note" and other.version == 1


# A merge deletes the speaker it folds into another. An editor who chose that
# speaker a moment before (the form read it before the merge) saves after it:
# the foreign key then pointed at nothing and the commit failed (a 500).


@pytest.fixture
def merged_away(db):
    """A speaker as a form read it, then merged into another: (stale instance, kept)."""
    from annotations.services.speakers import speaker_create, speaker_merge

    stale = speaker_create(name="Anthony Blinken")
    kept = speaker_create(name="Antony Blinken")
    speaker_merge(keep=kept, remove=Speaker.objects.get(pk=stale.pk))
    return stale, kept


@pytest.mark.django_db(transaction=True)
def test_a_save_with_a_speaker_merged_meanwhile_goes_to_the_kept_speaker(
    tiny_article, alice, merged_away
):
    stale, kept = merged_away
    start, end = _span(tiny_article, "Kami sepakat")
    a = annotation_create(
        article=tiny_article, start=start, end=end, kind="quote", speaker=stale
    )
    assert a.speaker_id == kept.pk
    assert Annotation.objects.get(pk=a.pk).speaker_id == kept.pk
    b = annotation_create(article=tiny_article, start=start, end=end, kind="note")
    b = annotation_update(annotation=b, version=1, user=alice, speaker=stale)
    assert Annotation.objects.get(pk=b.pk).speaker_id == kept.pk
    assert b.changes.get(action="updated").changes["speaker"] == [None, kept.name]


@pytest.mark.django_db(transaction=True)
def test_a_save_with_a_speaker_deleted_meanwhile_is_refused_and_changes_nothing(
    tiny_article, alice
):
    gone = Speaker.objects.create(name="Nobody Anymore")
    Speaker.objects.filter(pk=gone.pk).delete()
    start, end = _span(tiny_article, "Kami sepakat")
    with pytest.raises(ValidationError, match="no longer in the registry"):
        annotation_create(
            article=tiny_article, start=start, end=end, kind="quote", speaker=gone
        )
    assert not Annotation.objects.exists()
    a = annotation_create(article=tiny_article, start=start, end=end, kind="note")
    with pytest.raises(ValidationError, match="no longer in the registry"):
        annotation_update(annotation=a, version=1, user=alice, speaker=gone, note="x")
    a.refresh_from_db()
    assert (a.version, a.note, a.speaker_id) == (1, "", None)


def test_saves_on_an_article_deleted_meanwhile_say_so_and_write_nothing(
    tiny_article, alice
):
    from annotations.services.articles import article_delete

    start, end = _span(tiny_article, "Kami sepakat")
    a = annotation_create(article=tiny_article, start=start, end=end, kind="note")
    article_delete(article=Article.objects.get(pk=tiny_article.pk))
    with pytest.raises(ValidationError, match="deleted meanwhile"):
        annotation_create(article=tiny_article, start=start, end=end, kind="quote")
    with pytest.raises(ValidationError, match="deleted meanwhile"):
        annotation_update(annotation=a, version=1, user=alice, note="x")
    assert not Annotation.objects.exists()
    assert not AnnotationChange.objects.exists()


@pytest.fixture
def talks(outlet) -> Article:
    body = (
        "Perundingan dagang antara Menteri Rudi dan Menteri Kirana berlangsung "
        "sekitar enam jam. Sebelumnya, rapat persiapan digelar dua jam. Lebih dari "
        "40 wartawan menunggu di luar."
    )
    return Article.objects.create(
        outlet=outlet, title="Perundingan", raw_text=body, body=body, language="id"
    )


def test_an_editors_claim_keeps_what_it_measures_as_a_suggestion_would(talks):
    start, end = _span(talks, "sekitar enam jam")
    claim = annotation_create(
        article=talks, start=start, end=end, kind="claim", value=Decimal(6), unit="hour"
    )
    assert claim.measured == "Perundingan dagang"
    given = annotation_create(
        article=talks,
        start=talks.body.index("dua jam"),
        end=talks.body.index("dua jam") + len("dua jam"),
        kind="claim",
        measured="rapat persiapan",
    )
    assert given.measured == "rapat persiapan"
    note = annotation_create(article=talks, start=0, end=11, kind="note")
    assert note.measured == ""
    start, end = _span(talks, "Lebih dari 40 wartawan")
    crowd = annotation_create(article=talks, start=start, end=end, kind="claim")
    assert (crowd.bound, crowd.measured) == ("min", "wartawan menunggu")
    assert claim.bound == ""


def test_a_claim_moved_to_other_words_measures_what_those_words_do(talks):
    start, end = _span(talks, "sekitar enam jam")
    claim = annotation_create(article=talks, start=start, end=end, kind="claim")
    start, end = _span(talks, "dua jam")
    moved = annotation_update(
        annotation=claim, version=claim.version, start=start, end=end
    )
    assert moved.measured == "rapat persiapan digelar"
    note = annotation_create(
        article=talks, start=start, end=end, kind="note", note="check"
    )
    became = annotation_update(annotation=note, version=note.version, kind="claim")
    assert became.measured == "rapat persiapan digelar"
