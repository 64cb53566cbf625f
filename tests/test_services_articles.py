from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.models import CONTEXT_LENGTH, Annotation, Article, Outlet
from annotations.text.fingerprints import sketch

READ_ALSO = 12  # the "Baca Juga" paragraph of the Kompas seed


@pytest.fixture
def kompas(seed_articles) -> Article:
    return seed_articles["kompas"]


def annotate(article: Article, words: str, **kwargs):
    start = article.body.index(words)
    return services.annotation_create(
        article=article,
        start=start,
        end=start + len(words),
        kind=kwargs.pop("kind", "quote"),
        **kwargs,
    )


def assert_anchored(article: Article) -> None:
    article.refresh_from_db()
    for a in Annotation.objects.filter(article=article):
        assert article.body[a.start : a.end] == a.exact
        assert a.prefix == article.body[max(0, a.start - CONTEXT_LENGTH) : a.start]
        assert a.suffix == article.body[a.end : a.end + CONTEXT_LENGTH]


def test_the_seed_paragraph_is_a_removed_read_also(kompas):
    block = kompas.blocks[READ_ALSO]
    assert block["reason"] == "read-also" and not block["kept"]
    assert block["text"].startswith("Baca Juga")


def test_restore_puts_the_paragraph_back_between_its_neighbours(kompas):
    before, after = kompas.blocks[READ_ALSO - 1], kompas.blocks[READ_ALSO + 1]
    services.article_restore_block(article=kompas, index=READ_ALSO)
    kompas.refresh_from_db()
    text = kompas.blocks[READ_ALSO]["text"]
    assert f"{before['text']}\n\n{text}\n\n{after['text']}" in kompas.body
    assert kompas.restored_blocks == [READ_ALSO]
    assert (READ_ALSO, kompas.blocks[READ_ALSO]) not in kompas.removed_blocks


def test_restoring_or_removing_in_an_article_deleted_meanwhile_says_so(kompas):
    services.article_delete(article=Article.objects.get(pk=kompas.pk))
    for change in (services.article_restore_block, services.article_remove_block):
        with pytest.raises(ValidationError, match="deleted meanwhile"):
            change(article=kompas, index=READ_ALSO)
    assert not Article.objects.filter(pk=kompas.pk).exists()


def test_restore_shifts_annotations_after_the_paragraph_only(kompas, alice):
    first = annotate(kompas, "Blinken", user=alice)
    after = annotate(kompas, "Memasok basis industri", user=alice)
    deleted = annotate(kompas, "keamanan Ukraina", kind="mention", user=alice)
    services.annotation_delete(annotation=deleted, user=alice)
    deleted.refresh_from_db()
    starts = {a.pk: (a.start, a.version) for a in (first, after, deleted)}
    length = len(kompas.blocks[READ_ALSO]["text"]) + 2

    services.article_restore_block(article=kompas, index=READ_ALSO, user=alice)

    first.refresh_from_db(), after.refresh_from_db(), deleted.refresh_from_db()
    assert (first.start, first.version) == starts[first.pk]
    assert after.start == starts[after.pk][0] + length
    assert after.version == starts[after.pk][1] + 1
    assert deleted.start == starts[deleted.pk][0] + length
    assert deleted.deleted_at is not None
    assert_anchored(kompas)


def test_restore_refreshes_the_context_of_the_annotation_just_before(kompas):
    last_words = kompas.blocks[READ_ALSO - 1]["text"][-20:]
    before = annotate(kompas, last_words)
    services.article_restore_block(article=kompas, index=READ_ALSO)
    before.refresh_from_db()
    assert before.suffix.startswith("\n\nBaca Juga")
    assert before.version == 2
    assert_anchored(kompas)


def test_restoring_twice_is_refused_and_changes_nothing(kompas):
    services.article_restore_block(article=kompas, index=READ_ALSO)
    kompas.refresh_from_db()
    body = kompas.body
    with pytest.raises(ValidationError, match="already been restored"):
        services.article_restore_block(article=kompas, index=READ_ALSO)
    kompas.refresh_from_db()
    assert kompas.body == body and kompas.restored_blocks == [READ_ALSO]


def test_restoring_a_kept_paragraph_is_refused(kompas):
    with pytest.raises(ValidationError, match="never removed"):
        services.article_restore_block(article=kompas, index=4)


@pytest.mark.parametrize("index", [-1, 99])
def test_restoring_a_paragraph_that_does_not_exist_is_refused(kompas, index):
    with pytest.raises(ValidationError, match="no paragraph"):
        services.article_restore_block(article=kompas, index=index)


def test_restoring_the_first_and_last_paragraphs_keeps_annotations_anchored(
    kompas, alice
):
    annotate(kompas, "BEIJING, KOMPAS.TV", user=alice)
    annotate(kompas, "Memasok basis industri", user=alice)
    removed = [i for i, _ in kompas.removed_blocks]
    for index in (removed[-1], removed[0], 3):
        services.article_restore_block(article=kompas, index=index)
        assert_anchored(kompas)
    kompas.refresh_from_db()
    assert kompas.body.startswith(kompas.blocks[removed[0]]["text"])
    assert kompas.body.endswith(kompas.blocks[removed[-1]]["text"])


def test_remove_undoes_a_restore(kompas, alice):
    original = kompas.body
    after = annotate(kompas, "Memasok basis industri", user=alice)
    start = after.start
    services.article_restore_block(article=kompas, index=READ_ALSO)
    services.article_remove_block(article=kompas, index=READ_ALSO)
    kompas.refresh_from_db(), after.refresh_from_db()
    assert kompas.body == original
    assert kompas.restored_blocks == []
    assert after.start == start and after.version == 3
    assert_anchored(kompas)


def test_restore_and_remove_keep_the_near_duplicate_fields_in_step(kompas):
    caption = 3  # long enough to change the body's sketch
    original = (kompas.body_length, kompas.sketch)
    assert original == (len(kompas.body), sketch(kompas.body))
    services.article_restore_block(article=kompas, index=caption)
    kompas.refresh_from_db()
    assert kompas.body_length == len(kompas.body) > original[0]
    assert kompas.sketch == sketch(kompas.body) != original[1]
    services.article_remove_block(article=kompas, index=caption)
    kompas.refresh_from_db()
    assert (kompas.body_length, kompas.sketch) == original


def test_remove_refuses_a_paragraph_with_an_annotation_in_it(kompas):
    services.article_restore_block(article=kompas, index=READ_ALSO)
    kompas.refresh_from_db()
    annotate(kompas, "Fasdeli Express", kind="mention")
    body = kompas.body
    with pytest.raises(ValidationError, match="annotated"):
        services.article_remove_block(article=kompas, index=READ_ALSO)
    kompas.refresh_from_db()
    assert kompas.body == body


def test_remove_refuses_a_paragraph_that_was_not_restored(kompas):
    with pytest.raises(ValidationError, match="not in the article"):
        services.article_remove_block(article=kompas, index=READ_ALSO)


def test_a_body_that_no_longer_matches_its_paragraphs_is_left_alone(tiny_article):
    tiny_article.blocks = [{"text": "Iklan", "kept": False, "reason": "advertisement"}]
    tiny_article.save()
    with pytest.raises(ValidationError, match="no longer matches"):
        services.article_restore_block(article=tiny_article, index=0)


@pytest.fixture
def boilerplate_article(outlet) -> Article:
    """Three kept paragraphs, the middle one boilerplate the cleaner did not know."""
    texts = [
        "Menlu Sari tiba pagi ini.",
        "Ikuti kami di WhatsApp!",
        "Sari bertemu Tan.",
    ]
    body = "\n\n".join(texts)
    return Article.objects.create(
        outlet=outlet,
        title="Sari tiba",
        raw_text=body,
        body=body,
        blocks=[{"text": t, "kept": True, "reason": ""} for t in texts],
        content_hash="boilerplate",
    )


def test_an_editor_removes_a_kept_paragraph_and_annotations_after_it_shift(
    boilerplate_article,
):
    before = annotate(boilerplate_article, "Menlu Sari", kind="mention")
    after = annotate(boilerplate_article, "bertemu Tan", kind="note")
    services.article_remove_block(article=boilerplate_article, index=1)
    boilerplate_article.refresh_from_db()
    assert boilerplate_article.body == "Menlu Sari tiba pagi ini.\n\nSari bertemu Tan."
    assert boilerplate_article.blocks[1]["kept"] is False
    assert boilerplate_article.blocks[1]["reason"] == "editor"
    assert_anchored(boilerplate_article)
    before.refresh_from_db()
    after.refresh_from_db()
    assert (before.start, after.start) == (0, boilerplate_article.body.index("bertemu"))
    assert after.version == 2
    # It is now a removed paragraph like the cleaner's: it can be restored.
    services.article_restore_block(article=boilerplate_article, index=1)
    boilerplate_article.refresh_from_db()
    assert "Ikuti kami di WhatsApp!" in boilerplate_article.body
    assert_anchored(boilerplate_article)


def test_removing_a_kept_paragraph_with_an_annotation_is_refused(boilerplate_article):
    annotate(boilerplate_article, "WhatsApp", kind="mention")
    body = boilerplate_article.body
    with pytest.raises(ValidationError, match="annotated"):
        services.article_remove_block(article=boilerplate_article, index=1)
    boilerplate_article.refresh_from_db()
    assert boilerplate_article.body == body
    assert boilerplate_article.blocks[1]["kept"] is True


def test_the_last_paragraph_and_the_only_one_can_be_removed_or_not(boilerplate_article):
    services.article_remove_block(article=boilerplate_article, index=2)
    services.article_remove_block(article=boilerplate_article, index=1)
    boilerplate_article.refresh_from_db()
    assert boilerplate_article.body == "Menlu Sari tiba pagi ini."
    with pytest.raises(ValidationError, match="only paragraph"):
        services.article_remove_block(article=boilerplate_article, index=0)


def test_an_outlet_typed_while_another_editor_creates_its_twin_is_the_twin(
    db, first_outlet_lookup_misses
):
    """Two editors typing one new outlet in other cases at once get one outlet."""
    from annotations.services.articles import _outlet_named

    twin = Outlet.objects.create(name="Kabar Huruf", language="id")
    first_outlet_lookup_misses()
    assert _outlet_named("KABAR HURUF", language="id") == twin
    assert Outlet.objects.count() == 1
