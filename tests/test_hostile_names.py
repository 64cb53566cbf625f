"""Names typed by hand are cleaned as import cleans them (`cleaning.clean_line`).

A tag, a speaker (name, alias, role), a story title and an article title typed
in a form lose NUL-free control characters, zero-width and bidi controls, and
are stored in NFC, like the same name arriving in an imported file. Otherwise
"cafe\u0301" and "café" were two tags that look alike, a story created by hand
with a zero-width space was never found by an import naming it, and a name read
backwards in exports.
"""

from __future__ import annotations

import pytest
from django.utils import translation

from annotations import services
from annotations.models import Article, Speaker, Story, Tag
from annotations.services.annotating import tag_resolve

NFC = "caf\u00e9 Jos\u00e9"
NFD = "cafe\u0301 Jose\u0301"
DIRTY = "Kisah\u200b Pe\u202esisir\u2066 cafe\u0301\x07"
CLEAN = "Kisah Pesisir café"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_a_tag_in_nfd_is_the_tag_in_nfc(db):
    (first,) = tag_resolve([NFC])
    (second,) = tag_resolve([NFD])
    assert first.pk == second.pk
    assert Tag.objects.get().name == NFC


def test_a_tag_loses_invisible_and_bidi_characters(db):
    (tag,) = tag_resolve([DIRTY])
    assert tag.name == CLEAN


def test_a_speaker_typed_in_nfd_is_the_speaker_in_nfc(db):
    kept = services.speaker_create(name=NFC)
    assert services.speaker_resolve(name=NFD).pk == kept.pk
    assert Speaker.objects.get().name == NFC


def test_a_speaker_name_alias_and_role_lose_invisible_characters(db):
    speaker = services.speaker_create(
        name=DIRTY, aliases=[f"X{DIRTY}"], role=DIRTY, affiliation=DIRTY
    )
    assert speaker.name == CLEAN
    assert speaker.aliases == [f"X{CLEAN}"]
    assert speaker.role == CLEAN and speaker.affiliation == CLEAN


def test_a_speaker_name_of_invisible_characters_only_is_refused(editor_client):
    response = editor_client.post("/speakers/new/", {"name": "\u200b\u202e"})
    assert response.status_code == 200
    assert "A speaker&#x27;s name cannot be empty." in response.content.decode()
    assert not Speaker.objects.exists()


def test_a_story_created_by_hand_is_found_by_an_import_naming_it(editor_client):
    response = editor_client.post("/stories/new/", {"title": DIRTY})
    assert response.status_code == 302
    story = Story.objects.get()
    assert story.title == CLEAN
    outcome = services.article_import(
        raw_text="Menteri bertemu mitranya di Jakarta untuk membahas kerja sama.",
        title="Pertemuan",
        story=DIRTY,
    )
    assert outcome.article.story_id == story.pk
    assert Story.objects.count() == 1


@pytest.mark.parametrize("url", ["/stories/new/", "/stories/kisah/edit/"])
def test_a_story_title_of_invisible_characters_only_is_refused(url, editor_client):
    Story.objects.create(title="Kisah", slug="kisah")
    response = editor_client.post(url, {"title": "\u200b\u2066\u200d"})
    assert response.status_code == 200
    assert "A story needs a title." in response.content.decode()
    assert list(Story.objects.values_list("title", flat=True)) == ["Kisah"]


def test_a_story_renamed_loses_invisible_characters(editor_client):
    Story.objects.create(title="Kisah", slug="kisah")
    response = editor_client.post("/stories/kisah/edit/", {"title": DIRTY})
    assert response.status_code == 302
    assert Story.objects.get().title == CLEAN


def test_an_article_title_edited_loses_invisible_characters(
    editor_client, tiny_article
):
    form = editor_client.get(f"/articles/{tiny_article.pk}/edit/").context["form"]
    response = editor_client.post(
        f"/articles/{tiny_article.pk}/edit/",
        {
            "version": form.initial["version"],
            "title": DIRTY,
            "outlet": DIRTY,
        },
    )
    assert response.status_code == 302
    article = Article.objects.select_related("outlet").get()
    assert article.title == CLEAN
    assert article.outlet.name == CLEAN  # a typed outlet name is cleaned too
