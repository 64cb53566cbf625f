"""Spans an editor posts must hold whole words: a span cutting a word is never saved as is."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from annotations.models import Annotation
from annotations.services.annotating import annotation_create
from annotations.text.anchoring import body_version

HX = {"HX-Request": "true"}
CUT = "The selection starts or ends inside a word"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _create_url(article) -> str:
    return f"/articles/{article.pk}/annotations/new/"


def _cut(article, first: str, last: str) -> dict:
    """The span from `first` to the end of `last`: bits of words, as a stale page would send."""
    start = article.body.index(first)
    end = article.body.index(last, start) + len(last)
    return {"start": start, "end": end, "exact": article.body[start:end]}


def _hidden(html: str) -> dict[str, str]:
    """The form's hidden fields, as the browser would post them again."""
    fields = {}
    for tag in re.findall(r"<input[^>]*type=\"hidden\"[^>]*>", html):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name and name.group(1) != "csrfmiddlewaretoken":
            fields[name.group(1)] = value.group(1) if value else ""
    return fields


def test_a_post_cutting_words_is_refused_and_offers_the_whole_words(
    editor_client, tiny_article
):
    body = tiny_article.body
    span = _cut(tiny_article, "enlu Sari", "bert")
    assert span["exact"] == "enlu Sari bert"
    response = editor_client.post(
        _create_url(tiny_article),
        {"kind": "quote", "speaker_name": "Sari", "note": "cek", **span},
        headers=HX,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not Annotation.objects.exists()
    assert CUT in html and "“enlu Sari bert”" in html
    # The form now holds the whole words, and keeps what the editor typed.
    hidden = _hidden(html)
    whole = body.index("Menlu Sari bertemu")
    assert (hidden["start"], hidden["end"]) == (str(whole), str(whole + 18))
    assert hidden["exact"] == "Menlu Sari bertemu"
    assert hidden["body_version"] == body_version(body)
    assert '<blockquote class="selected-words" lang="id">Menlu Sari bertemu<' in html
    assert 'value="Sari"' in html and "cek</textarea>" in html
    # One more press saves the whole words.
    editor_client.post(
        _create_url(tiny_article),
        {"kind": "quote", "speaker_name": "Sari", "note": "cek", **hidden},
        headers=HX,
    )
    quote = Annotation.objects.get()
    assert quote.exact == "Menlu Sari bertemu"
    assert (quote.start, quote.end) == (whole, whole + 18)


def test_a_number_cut_in_two_is_refused_then_saved_whole(editor_client, tiny_article):
    span = _cut(tiny_article, ",5 j", ",5 j")
    response = editor_client.post(
        _create_url(tiny_article), {"kind": "claim", **span}, headers=HX
    )
    assert CUT in response.content.decode()
    assert _hidden(response.content.decode())["exact"] == "7,5 jam"
    assert not Annotation.objects.exists()


def test_whole_words_with_punctuation_around_them_are_saved_as_selected(
    editor_client, tiny_article
):
    # A closing quote mark and a comma the editor selected stay; nothing is added.
    for words in ("Kami sepakat,\u201d", "Sari \U0001f600 kepada", "7,5 jam"):
        start = tiny_article.body.index(words)
        editor_client.post(
            _create_url(tiny_article),
            {
                "kind": "note",
                "start": start,
                "end": start + len(words),
                "exact": words,
            },
            headers=HX,
        )
    saved = sorted(Annotation.objects.values_list("exact", flat=True))
    assert saved == sorted(["Kami sepakat,\u201d", "Sari \U0001f600 kepada", "7,5 jam"])


def test_without_javascript_a_cut_word_is_refused_then_saved_whole(
    editor_client, tiny_article
):
    response = editor_client.post(
        _create_url(tiny_article), {"kind": "quote", "exact": "ami sepak"}
    )
    html = response.content.decode()
    assert response.status_code == 200 and b"<html" in response.content
    assert CUT in html
    assert not Annotation.objects.exists()
    hidden = _hidden(html)
    assert hidden["exact"] == "Kami sepakat"
    saved = editor_client.post(_create_url(tiny_article), {"kind": "quote", **hidden})
    assert saved.status_code == 302
    assert Annotation.objects.get().exact == "Kami sepakat"


def test_the_form_for_a_cut_selection_shows_the_whole_words(
    editor_client, tiny_article
):
    span = _cut(tiny_article, "ari \U0001f600", "kepa")
    response = editor_client.get(
        _create_url(tiny_article), {"kind": "note", **span}, headers=HX
    )
    hidden = _hidden(response.content.decode())
    assert hidden["exact"] == "Sari \U0001f600 kepada"
    start = tiny_article.body.index("Sari \U0001f600")
    assert hidden["start"] == str(start)
    assert hidden["end"] == str(start + len("Sari \U0001f600 kepada"))


def test_an_edit_moving_to_cut_words_is_refused_and_offers_the_whole_words(
    editor_client, tiny_article
):
    claim = annotation_create(
        article=tiny_article,
        kind="claim",
        start=tiny_article.body.index("7,5"),
        end=tiny_article.body.index("7,5") + 7,
    )
    span = _cut(tiny_article, "7,5", "di Jak")
    url = f"/annotations/{claim.pk}/edit/"
    response = editor_client.post(
        url, {"kind": "claim", "version": 1, **span}, headers=HX
    )
    html = response.content.decode()
    assert CUT in html
    claim.refresh_from_db()
    assert claim.exact == "7,5 jam" and claim.version == 1
    hidden = _hidden(html)
    assert hidden["exact"] == "7,5 jam di Jakarta"
    editor_client.post(url, {"kind": "claim", **hidden}, headers=HX)
    claim.refresh_from_db()
    assert claim.exact == "7,5 jam di Jakarta"


def test_suggestions_and_imports_may_still_start_inside_a_word(tiny_article):
    # Only an editor's selection is held to whole words (whole_words=True).
    start = tiny_article.body.index("enlu")
    made = annotation_create(
        article=tiny_article, kind="mention", start=start, end=start + 4
    )
    assert made.exact == "enlu"


def test_the_refusal_speaks_indonesian(editor_client, tiny_article):
    span = _cut(tiny_article, "enlu", "enlu")
    with translation.override("id"):
        response = editor_client.post(
            _create_url(tiny_article),
            {"kind": "mention", **span},
            headers={**HX, "Accept-Language": "id"},
        )
    assert "Pilihan dimulai atau berakhir di tengah kata (“enlu”)" in (
        response.content.decode()
    )
