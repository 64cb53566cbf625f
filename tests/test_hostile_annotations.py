"""The hostile corpus (tests/hostile.py) through every field of an annotation, and every page showing it.

An editor writes the note, the tags, the speaker's name and the unit in the
reader's editor; each string is saved as given (the form strips a note's ends, names
are cleaned as import cleans them, and NUL is refused), shown escaped on the reader,
the annotation's history, the speaker's page and the library filtered by its tag,
and exported with formulas guarded (CSV) and as valid JSON (JSON-LD).
"""

from __future__ import annotations

import json

import pytest
from django.utils import translation

from annotations.models import Annotation, Speaker, Tag
from annotations.text.cleaning import clean_line
from tests import hostile
from tests.hostile import CORPUS, assert_csv_guarded, assert_safe_html, assert_shows

HX = {"HX-Request": "true"}
WORDS = "7,5 jam"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _post(client, article, **fields):
    start = article.body.index(WORDS)
    data = {
        "kind": "claim",
        "start": start,
        "end": start + len(WORDS),
        "exact": WORDS,
        **fields,
    }
    return client.post(f"/articles/{article.pk}/annotations/new/", data, headers=HX)


def _tags(value: str) -> list[str]:
    """Return the tags a field holding value names, cleaned as names are (clean_line)."""
    return [clean_line(p) for p in value.split(",") if clean_line(p)]


def _fields(value: str) -> dict:
    """Return the annotation fields that can hold value (each within its limit)."""
    fields = {"note": value}
    if len(clean_line(value)) <= 200:
        fields["speaker_name"] = value
    if len(value.strip()) <= 40:
        fields["unit"] = value
    if all(len(t) <= 60 for t in _tags(value)) and len(value) <= 1000:
        fields["tags"] = value
    return fields


@pytest.mark.parametrize("name", [n for n in CORPUS if n != "nul"])
def test_every_annotation_field_keeps_the_string_and_every_page_escapes_it(
    name, editor_client, tiny_article
):
    value = CORPUS[name]
    fields = _fields(value)
    response = _post(editor_client, tiny_article, **fields)
    assert response.status_code == 200
    assert_safe_html(response.content.decode(), "the save's answer")
    annotation = Annotation.objects.get(article=tiny_article)
    assert annotation.note == value.strip()
    if "unit" in fields:
        assert annotation.unit == value.strip()
    if "speaker_name" in fields and clean_line(value):
        assert annotation.speaker.name == clean_line(value)
    if "tags" in fields:
        assert sorted(t.name for t in annotation.tags.all()) == sorted(
            {t.casefold(): t for t in _tags(value)}.values()
        )

    pages = {
        "reader": f"/articles/{tiny_article.pk}/",
        "history": f"/annotations/{annotation.pk}/",
        "edit form": f"/annotations/{annotation.pk}/edit/",
    }
    for where, url in pages.items():
        page = editor_client.get(url)
        assert page.status_code == 200, where
        assert_shows(page.content.decode(), value.strip(), where)
    if annotation.speaker_id:
        for where, url in {
            "speaker": f"/speakers/{annotation.speaker_id}/",
            "speakers": "/speakers/",
            "speakers search": f"/speakers/?q={annotation.speaker.name[:100]}",
            "speaker suggestions": f"/speakers/suggest/?q={annotation.speaker.name[:100]}",
        }.items():
            page = editor_client.get(url.split("?")[0], _query(url))
            assert page.status_code == 200, where
            assert_shows(page.content.decode(), annotation.speaker.name, where)
    for tag in annotation.tags.all():
        page = editor_client.get("/articles/", {"tag": tag.name})
        assert page.status_code == 200
        html = page.content.decode()
        assert_shows(html, tag.name, "library by tag")
        assert tiny_article.title in html  # the filter found the article

    export = editor_client.get("/annotations/export.csv")
    data = b"".join(export.streaming_content)
    assert_csv_guarded(data, "annotations CSV")
    cells = hostile.csv_cells(data)
    note = cells[0].index("note")
    from annotations.exporting.csv import csv_unsafe

    assert csv_unsafe(cells[1][note]) == value.strip()

    jsonld = editor_client.get("/annotations/export.jsonld")
    document = json.loads(b"".join(jsonld.streaming_content))
    assert value.strip() in hostile.json_strings(document)


def _query(url: str) -> dict:
    if "?" not in url:
        return {}
    key, _eq, rest = url.split("?", 1)[1].partition("=")
    return {key: rest}


def test_a_nul_in_any_annotation_field_is_refused_with_a_message(
    editor_client, tiny_article
):
    for field in ("note", "speaker_name", "unit", "tags", "value"):
        response = _post(editor_client, tiny_article, **{field: hostile.NUL})
        html = response.content.decode()
        assert response.status_code == 200, field
        assert "Null characters are not allowed." in html, field
        assert_safe_html(html, field)
    assert not Annotation.objects.filter(article=tiny_article).exists()
    assert not Speaker.objects.exists() and not Tag.objects.exists()


@pytest.mark.parametrize("name", list(CORPUS))
def test_a_hostile_value_is_refused_and_shown_back_escaped(
    name, editor_client, tiny_article
):
    value = CORPUS[name]
    response = _post(editor_client, tiny_article, value=value, note="catatan")
    html = response.content.decode()
    assert response.status_code == 200
    assert_safe_html(html, "the editor")
    assert not Annotation.objects.filter(article=tiny_article).exists()
    assert (
        "Enter a number" in html
        or "Null characters" in html
        or "at most 40 characters" in html
    ), html[:300]


@pytest.mark.parametrize("field,limit", [("unit", 40), ("speaker_name", 200)])
def test_a_string_too_long_for_a_field_is_refused_with_its_limit(
    field, limit, editor_client, tiny_article
):
    response = _post(editor_client, tiny_article, **{field: hostile.LONG_WORD})
    html = response.content.decode()
    assert f"at most {limit} characters" in html
    assert not Annotation.objects.filter(article=tiny_article).exists()


def test_a_tag_too_long_is_refused_with_its_beginning(editor_client, tiny_article):
    response = _post(editor_client, tiny_article, tags=f"baik, {hostile.LONG_WORD}")
    html = response.content.decode()
    assert "A tag has at most 60 characters" in html
    assert not Tag.objects.exists()


def test_a_note_over_ten_thousand_characters_is_refused(editor_client, tiny_article):
    response = _post(editor_client, tiny_article, note=hostile.LONG + "x")
    assert "at most 10000 characters" in response.content.decode()
    assert not Annotation.objects.filter(article=tiny_article).exists()


@pytest.mark.parametrize("name", ["script", "htmx_attr", "bidi", "formula_equals"])
def test_an_edit_to_hostile_values_shows_both_in_the_history(
    name, editor_client, tiny_article
):
    first, second = CORPUS[name], CORPUS["img"] + CORPUS[name]
    _post(editor_client, tiny_article, note=first, tags=first, unit="jam")
    annotation = Annotation.objects.get(article=tiny_article)
    response = editor_client.post(
        f"/annotations/{annotation.pk}/edit/",
        {
            "kind": "claim",
            "note": second,
            "tags": f"{CORPUS['img']}, {first}",
            "unit": first[:40],
            "speaker_name": second[:200],
            "version": annotation.version,
        },
        headers=HX,
    )
    assert response.status_code == 200
    assert_safe_html(response.content.decode(), "the edit's answer")
    annotation.refresh_from_db()
    assert annotation.note == second.strip()
    history = editor_client.get(f"/annotations/{annotation.pk}/").content.decode()
    assert_shows(history, first.strip(), "history (before)")
    assert_shows(history, second.strip(), "history (after)")


def test_undecodable_bytes_and_lone_surrogate_escapes_arrive_as_replacement_characters(
    editor_client, tiny_article
):
    """A form or query string may carry any bytes; Django decodes them with U+FFFD."""
    start = tiny_article.body.index(WORDS)
    body = (
        f"kind=claim&start={start}&end={start + len(WORDS)}&exact=7%2C5+jam"
        "&note=a%ED%A0%80b%FFc&tags=t%ED%A0%80"
    )
    response = editor_client.post(
        f"/articles/{tiny_article.pk}/annotations/new/",
        body,
        content_type="application/x-www-form-urlencoded",
        headers=HX,
    )
    assert response.status_code == 200
    annotation = Annotation.objects.get(article=tiny_article)
    assert "\ud800" not in annotation.note and annotation.note.startswith("a")
    assert annotation.note.endswith("c") and "\ufffd" in annotation.note
    page = editor_client.get("/articles/", QUERY_STRING="q=%ED%A0%80%FF&tag=%ED%A0")
    assert page.status_code == 200
    assert_safe_html(page.content.decode(), "library")
