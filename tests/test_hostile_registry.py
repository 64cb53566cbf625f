"""The hostile corpus (tests/hostile.py) through speakers, stories, links, search, filters and login.

Each write stores the string (cleaned as `cleaning.clean_line` documents for
one-line names) or refuses it with a message; each read answers 200 (or a 400
saying which filter is wrong, for exports) and escapes what it shows back.
"""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.utils import translation

from annotations.models import Link, Speaker, Story
from annotations.text.cleaning import clean_line
from tests import hostile
from tests.conftest import annotate_words
from tests.hostile import CORPUS, assert_csv_guarded, assert_safe_html, assert_shows

SHORT = {n: v for n, v in CORPUS.items() if len(v) <= 200 and n != "nul"}
HX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _get(client, url: str, data=None, **kwargs):
    response = client.get(url, data or {}, **kwargs)
    assert response.status_code == 200, (url, data, response.status_code)
    html = response.content.decode()
    assert_safe_html(html, f"{url} {data}")
    return html


# Speakers ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SHORT))
def test_a_speaker_keeps_name_alias_role_and_every_page_escapes_them(
    name, editor_client, tiny_article
):
    value = SHORT[name]
    response = editor_client.post(
        "/speakers/new/",
        {
            "name": value,
            "aliases": f"Alias {value}",
            "role": value,
            "affiliation": value,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    speaker = Speaker.objects.get()
    line = clean_line(value)
    assert speaker.name == line and speaker.role == line
    assert speaker.affiliation == line
    # Commas, semicolons and new lines separate aliases; the name and repeats go.
    assert speaker.aliases
    assert set(speaker.aliases) <= {
        clean_line(a) for a in hostile.split_aliases(f"Alias {value}")
    }
    annotate_words(tiny_article, "7,5 jam", speaker=speaker, note=value)
    for url, data in [
        (f"/speakers/{speaker.pk}/", None),
        (f"/speakers/{speaker.pk}/edit/", None),
        ("/speakers/", None),
        ("/speakers/", {"q": value}),
        ("/speakers/suggest/", {"q": value}),
        (f"/articles/{tiny_article.pk}/", None),
    ]:
        html = _get(editor_client, url, data)
        if url != "/speakers/suggest/" or line:
            assert hostile.as_shown(line) in hostile.page_text(html), url

    # Renamed to the string's reverse, then merged into another speaker.
    response = editor_client.post(
        f"/speakers/{speaker.pk}/edit/", {"name": f"{value} 2", "aliases": value}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    speaker.refresh_from_db()
    assert speaker.name == clean_line(f"{value} 2")
    other = Speaker.objects.create(name="Sari Lestari")
    response = editor_client.post(
        f"/speakers/{speaker.pk}/merge/", {"into": other.pk}, follow=True
    )
    html = response.content.decode()
    assert_shows(html, speaker.name, "merge message")
    other.refresh_from_db()
    assert speaker.name in other.aliases
    assert_shows(_get(editor_client, f"/speakers/{other.pk}/"), speaker.name)


def test_a_speaker_with_nul_is_refused_with_a_message(editor_client):
    response = editor_client.post("/speakers/new/", {"name": hostile.NUL})
    assert "Null characters are not allowed." in response.content.decode()
    assert not Speaker.objects.exists()


def test_a_speaker_name_too_long_is_refused_with_its_limit(editor_client):
    response = editor_client.post("/speakers/new/", {"name": hostile.LONG_WORD})
    assert "at most 200 characters" in response.content.decode()
    assert not Speaker.objects.exists()


# Stories ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SHORT))
def test_a_story_keeps_its_title_and_every_page_escapes_it(
    name, editor_client, tiny_article
):
    value = SHORT[name]
    response = editor_client.post(
        "/stories/new/", {"title": value, "description": value}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    story = Story.objects.get()
    assert story.title == clean_line(value)
    assert story.description == value.strip()
    tiny_article.story = story
    tiny_article.save()
    slug = story.slug
    for url in [
        f"/stories/{slug}/",
        f"/stories/{slug}/edit/",
        f"/stories/{slug}/coverage/",
        f"/stories/{slug}/compare/",
        "/stories/",
        "/articles/",
        f"/articles/{tiny_article.pk}/",
        f"/articles/{tiny_article.pk}/edit/",
        "/contradictions/",
    ]:
        html = _get(editor_client, url)
        if url.startswith("/stories"):
            assert hostile.as_shown(story.title) in hostile.page_text(html), url
    assert_shows(_get(editor_client, f"/stories/{slug}/"), value.strip())
    for url in ("/articles/export.csv", f"/stories/{slug}/coverage.csv"):
        response = editor_client.get(url, {"story": slug} if "articles" in url else {})
        assert response.status_code == 200, url
        assert_csv_guarded(b"".join(response.streaming_content), url)

    response = editor_client.post(f"/stories/{slug}/edit/", {"title": f"{value}!"})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.title == clean_line(f"{value}!")
    assert story.slug == slug


def test_a_story_title_too_long_is_refused_with_its_limit(editor_client):
    response = editor_client.post("/stories/new/", {"title": hostile.LONG})
    assert "at most 300 characters" in response.content.decode()
    assert not Story.objects.exists()


# Links --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [n for n in CORPUS if n != "nul"])
def test_a_link_note_is_kept_and_every_page_escapes_it(name, editor_client, durations):
    value = CORPUS[name]
    about_six, seven_half = durations
    response = editor_client.post(
        f"/annotations/{about_six.pk}/links/new/",
        {"target": seven_half.pk, "relation": "contradicts", "note": value[:2000]},
        headers=HX,
    )
    assert response.status_code == 200
    assert_safe_html(response.content.decode(), "link saved")
    link = Link.objects.get()
    assert link.note == value[:2000].strip()
    story = about_six.article.story
    assert_shows(_get(editor_client, f"/stories/{story.slug}/"), link.note, "story")
    for url in [
        "/contradictions/",
        f"/articles/{about_six.article_id}/",
        f"/annotations/{about_six.pk}/",
        f"/stories/{story.slug}/compare/",
    ]:
        _get(editor_client, url)
    export = editor_client.get("/links/export.csv")
    data = b"".join(export.streaming_content)
    assert_csv_guarded(data, "links CSV")
    jsonld = editor_client.get("/annotations/export.jsonld")
    document = json.loads(b"".join(jsonld.streaming_content))
    assert isinstance(document, dict)


def test_a_link_note_with_nul_is_refused(editor_client, durations):
    about_six, seven_half = durations
    response = editor_client.post(
        f"/annotations/{about_six.pk}/links/new/",
        {"target": seven_half.pk, "relation": "contradicts", "note": hostile.NUL},
        headers=HX,
    )
    assert "Null characters are not allowed." in response.content.decode()
    assert not Link.objects.exists()


# Search and filters ------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(CORPUS))
def test_a_hostile_search_and_filters_answer_escaped_pages(
    name, editor_client, tiny_article, durations
):
    value = CORPUS[name]
    story = durations[0].article.story
    article = durations[0].article
    _get(editor_client, "/articles/", {"q": value})
    _get(editor_client, "/articles/", {"q": value}, headers=HX)
    for key in ("outlet", "story", "tag", "speaker", "annotator", "since", "until"):
        _get(editor_client, "/articles/", {key: value, "page": value})
        _get(
            editor_client, "/articles/", {key: value, "language": value, "kind": value}
        )
    _get(
        editor_client,
        "/contradictions/",
        {"story": value, "outlet": value, "status": value, "origin": value},
    )
    _get(editor_client, "/speakers/", {"q": value})
    _get(editor_client, "/speakers/suggest/", {"q": value})
    _get(editor_client, f"/stories/{story.slug}/", {"find": value})
    _get(editor_client, f"/stories/{story.slug}/compare/", {"a": value})
    _get(
        editor_client,
        f"/articles/{article.pk}/",
        {"f-kind": value, "f-speaker": value, "f-tag": value, "undo": value},
    )
    _get(editor_client, f"/annotations/{durations[0].pk}/links/new/", {"find": value})
    _get(
        editor_client,
        f"/articles/{article.pk}/annotations/new/",
        {"kind": value, "start": "0", "end": "5", "exact": value, "version": value},
        headers=HX,
    )
    for url in ("/annotations/export.csv", "/articles/export.csv", "/links/export.csv"):
        response = editor_client.get(url, {"outlet": value, "q": value[:200]})
        assert response.status_code in (200, 400), url
        if response.status_code == 400:
            assert response["Content-Type"].startswith("text/plain")
        else:
            assert_csv_guarded(b"".join(response.streaming_content), url)
    response = editor_client.get("/annotations/export.jsonld", {"page_size": value})
    assert response.status_code in (200, 400)
    _get(editor_client, "/speakers/new/", {"name": value})
    _get(editor_client, f"/articles/{article.pk}/suggestions/", {"kind": value})
    for data in (
        {"status": value, "kind": value, "min_confidence": value},
        {"undo": "accepted", "ids": value},
        {"status": "accepted", "ids": value, "kind": "claim"},
    ):
        response = editor_client.post(
            f"/articles/{article.pk}/suggestions/review/", data, headers=HX
        )
        assert response.status_code == 200, data
        assert_safe_html(response.content.decode(), "suggestions review")


@pytest.mark.parametrize("name", [n for n in CORPUS if n != "long"])
def test_a_search_for_words_in_a_body_marks_them_escaped(name, editor_client, outlet):
    from annotations import services

    value = CORPUS[name]
    outcome = services.article_import(
        raw_text=f"Menteri bertemu mitranya. Juru bicara berkata {value} kepada wartawan.",
        title="Pencarian",
        outlet=outlet,
    )
    assert outcome.article is not None, outcome.message
    html = _get(editor_client, "/articles/", {"q": value[:200]})
    assert "Pencarian" in html or not [w for w in value.split() if w.isalnum()]


# Login ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(CORPUS))
def test_a_hostile_user_name_is_refused_and_shown_back_escaped(name, db):
    client = Client()
    response = client.post(
        "/accounts/login/",
        {"username": CORPUS[name], "password": "salah"},
        REMOTE_ADDR=f"10.9.{len(name)}.{sum(map(ord, name)) % 250}",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert_safe_html(html, "login")
    if name == "nul":
        assert "Null characters are not allowed." in html
    elif len(CORPUS[name]) > 150:
        assert "Ensure this value has at most 150 characters" in html
    else:
        assert "Please enter a correct username and password." in html
    assert client.get("/articles/").status_code == 302


def test_a_nul_in_a_query_parameter_is_answered_without_a_database_error(
    editor_client, durations, alice
):
    """PostgreSQL refuses a NUL in any query: every parameter that reaches one is cleaned."""
    from annotations import services

    source, target = durations
    story = source.article.story
    link = services.link_create(
        source=source, target=target, relation="contradicts", user=alice
    )
    for url, data in [
        ("/contradictions/", {"story": f"x{hostile.NUL}", "outlet": hostile.NUL}),
        (f"/stories/{story.slug}/", {"find": hostile.NUL}),
        (f"/annotations/{source.pk}/links/new/", {"find": hostile.NUL}),
    ]:
        _get(editor_client, url, data)
    response = editor_client.post(
        f"/links/{link.pk}/status/",
        {"status": "confirmed", "story": hostile.NUL},
        headers=HX,
    )
    assert response.status_code == 200
    response = editor_client.post(
        f"/annotations/{source.pk}/links/new/",
        {"target": target.pk, "relation": "related", "find": hostile.NUL},
        headers=HX,
    )
    assert response.status_code == 200


@pytest.mark.parametrize("name", ["script", "img", "htmx_attr", "bidi", "template"])
def test_messages_naming_a_hostile_title_are_escaped(name, editor_client, outlet):
    from annotations import services

    value = CORPUS[name]
    response = editor_client.post("/stories/new/", {"title": value}, follow=True)
    assert_shows(response.content.decode(), clean_line(value), "story created")
    story = Story.objects.get()
    response = editor_client.post(
        f"/stories/{story.slug}/edit/", {"title": f"{value} 2"}, follow=True
    )
    assert_shows(response.content.decode(), clean_line(f"{value} 2"), "renamed")
    article = services.article_import(
        raw_text="Menteri bertemu mitranya di Jakarta untuk membahas kerja sama.",
        title=value,
        outlet=outlet,
        story=story,
    ).article
    response = editor_client.post(
        f"/stories/{story.slug}/articles/{article.pk}/remove/", follow=True
    )
    assert_shows(response.content.decode(), article.title, "removed from story")
    response = editor_client.post(f"/articles/{article.pk}/delete/", follow=True)
    assert_shows(response.content.decode(), article.title, "deleted")
