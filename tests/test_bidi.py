"""Bidi override characters in user strings are shown as U+FFFD, never obeyed."""

from __future__ import annotations

import pytest
from django.http import HttpResponse, JsonResponse
from django.test import RequestFactory

from annotations.models import Article, Outlet, Speaker, Story
from annotations.services.annotating import annotation_create, tag_resolve
from newsroom.bidi import BidiOverrideMiddleware

OVERRIDES = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_every_override_becomes_a_replacement_character_of_the_same_length():
    html = f"<p>a{OVERRIDES}b \u200f</p>".encode()
    middleware = BidiOverrideMiddleware(lambda request: HttpResponse(html))
    response = middleware(RequestFactory().get("/"))
    replaced = "\ufffd" * len(OVERRIDES)
    assert response.content.decode() == f"<p>a{replaced}b \u200f</p>"
    assert len(response.content) == len(html)  # offsets and Content-Length hold


def test_data_responses_keep_their_characters():
    middleware = BidiOverrideMiddleware(lambda request: JsonResponse({"n": "\u202e"}))
    response = middleware(RequestFactory().get("/"))
    assert "\u202e".encode() in response.content or b"\\u202e" in response.content


@pytest.mark.django_db
def test_pages_show_user_strings_without_their_overrides(editor_client, alice):
    outlet = Outlet.objects.create(name="Kabar\u202eTV")
    story = Story.objects.create(title="Kisah\u202egnaj", slug="kisah")
    body = "Menteri \u202eatakgnem\u202c bahwa harga naik."
    article = Article.objects.create(
        outlet=outlet,
        story=story,
        title="Judul\u202eterbalik",
        raw_text=body,
        body=body,
        content_hash="bidi",
        language="id",
    )
    speaker = Speaker.objects.create(name="Sari\u202enamtneM")
    annotation = annotation_create(
        article=article,
        start=0,
        end=7,
        kind="quote",
        user=alice,
        speaker=speaker,
        note="lihat \u202eexe.txt",
        tags=tag_resolve(["tag\u202ebalik"]),
    )
    for url in [
        article.get_absolute_url(),
        f"/articles/{article.pk}/source/",
        f"/annotations/{annotation.pk}/",
        "/articles/",
        f"/speakers/{speaker.pk}/",
    ]:
        response = editor_client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert not any(c in page for c in OVERRIDES), url
    assert (
        "Menteri \ufffdatakgnem\ufffd bahwa"
        in editor_client.get(f"/articles/{article.pk}/source/").content.decode()
    )
