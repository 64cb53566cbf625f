"""Creating, editing, deleting and restoring annotations through the reader's views."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from annotations.models import Annotation, Article, Speaker, Tag
from annotations.services.annotating import annotation_create, annotation_update
from annotations.text.anchoring import body_version
from tests.conftest import annotate_words

HX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _span(article, words: str) -> dict:
    start = article.body.index(words)
    return {"start": start, "end": start + len(words), "exact": words}


def _create_url(article) -> str:
    return f"/articles/{article.pk}/annotations/new/"


def test_the_form_for_a_claim_is_prefilled_from_the_selected_words(
    editor_client, tiny_article
):
    span = _span(tiny_article, "7,5 jam")
    response = editor_client.get(
        _create_url(tiny_article), {"kind": "claim", **span}, headers=HX
    )
    html = response.content.decode()
    assert b"<html" not in response.content
    assert 'id="annotation-editor"' in html
    assert 'name="value" type="text" inputmode="decimal" size="8" value="7.5"' in html
    assert 'name="unit" type="text" maxlength="40" size="8" value="hour"' in html
    assert f'name="start" value="{span["start"]}"' in html


def test_approximate_words_prefill_the_approximate_box(editor_client, outlet):
    from annotations.models import Article

    body = "Dia berbicara selama sekitar enam jam dengan Qin."
    article = Article.objects.create(
        outlet=outlet, title="t", raw_text=body, body=body, content_hash="approx"
    )
    response = editor_client.get(
        _create_url(article),
        {"kind": "claim", **_span(article, "sekitar enam jam")},
        headers=HX,
    )
    html = response.content.decode()
    assert 'value="6"' in html and 'value="hour"' in html
    assert 'name="approximate" id="id_approximate" checked' in html


def test_a_form_for_offsets_outside_the_text_says_so(editor_client, tiny_article):
    response = editor_client.get(
        _create_url(tiny_article),
        {"kind": "quote", "start": 5, "end": 5000},
        headers=HX,
    )
    assert "outside the article text" in response.content.decode()


def test_creating_answers_with_body_panel_and_message_in_one_response(
    editor_client, tiny_article, alice
):
    span = _span(tiny_article, "kepada\u00a0wartawan")
    response = editor_client.post(
        _create_url(tiny_article),
        {"kind": "note", "note": "cek", "tags": "media, baru", **span},
        headers=HX,
    )
    html = response.content.decode()
    annotation = Annotation.objects.get()
    assert annotation.created_by == alice
    assert annotation.exact == "kepada\u00a0wartawan"
    assert 'id="article-body"' in html and 'hx-swap-oob="true"' in html
    assert 'id="annotation-panel"' in html
    assert 'hx-swap-oob="innerHTML:#messages"' in html and "Note saved." in html
    assert f'data-ids="{annotation.pk}"' in html
    trigger = json.loads(response["HX-Trigger-After-Settle"])
    assert trigger["annotations-changed"] == {"id": annotation.pk, "action": "created"}
    assert sorted(t.name for t in annotation.tags.all()) == ["baru", "media"]


def test_without_javascript_creating_redirects_to_the_reader(
    editor_client, tiny_article
):
    response = editor_client.post(
        _create_url(tiny_article), {"kind": "mention", **_span(tiny_article, "Tan")}
    )
    annotation = Annotation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/articles/{tiny_article.pk}/#a{annotation.pk}"


def test_without_javascript_typed_words_are_found_in_the_body(
    editor_client, tiny_article
):
    page = editor_client.get(_create_url(tiny_article))
    assert b"<html" in page.content and b'name="exact"' in page.content
    response = editor_client.post(
        _create_url(tiny_article), {"kind": "quote", "exact": " Kami sepakat "}
    )
    assert response.status_code == 302
    annotation = Annotation.objects.get()
    assert tiny_article.body[annotation.start : annotation.end] == "Kami sepakat"
    missing = editor_client.post(
        _create_url(tiny_article), {"kind": "quote", "exact": "tidak ada"}
    )
    assert "not in the article text" in missing.content.decode()


def test_a_typed_speaker_name_is_resolved_to_a_speaker(editor_client, tiny_article):
    existing = Speaker.objects.create(name="Sari Dewi", aliases=["Menlu Sari"])
    editor_client.post(
        _create_url(tiny_article),
        {
            "kind": "quote",
            "speaker_name": "Sari Dewi",
            **_span(tiny_article, "Kami sepakat"),
        },
        headers=HX,
    )
    editor_client.post(
        _create_url(tiny_article),
        {"kind": "mention", "speaker_name": "Tan Ah Kow", **_span(tiny_article, "Tan")},
        headers=HX,
    )
    quote, mention = Annotation.objects.order_by("start").reverse()
    assert quote.speaker == existing
    assert mention.speaker.name == "Tan Ah Kow"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"start": 10, "end": 9999, "exact": "x"}, "outside the article text"),
        ({"start": 0, "end": 5, "exact": "Sari "}, "do not match"),
        ({}, "The selection is empty"),
        ({"start": 3, "end": 3, "exact": ""}, "empty"),
        ({"start": 44, "end": 66}, "paragraph break"),
        (
            {"start": 0, "end": 5, "exact": "Menlu", "body_version": "0" * 16},
            "The article changed since you selected these words",
        ),
        (
            {"start": 0, "end": 5, "exact": "Menlu", "speaker_name": "A" * 10_000},
            "at most 200 characters",
        ),
    ],
)
def test_bad_input_gets_a_clear_message_and_changes_nothing(
    editor_client, tiny_article, data, message
):
    response = editor_client.post(
        _create_url(tiny_article), {"kind": "quote", **data}, headers=HX
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Annotation.objects.exists()
    assert not Speaker.objects.exists()


def test_a_new_speaker_is_not_kept_when_the_annotation_fails(
    editor_client, tiny_article
):
    editor_client.post(
        _create_url(tiny_article),
        {"kind": "quote", "speaker_name": "Baru", "start": 0, "end": 5, "exact": "x"},
        headers=HX,
    )
    assert not Speaker.objects.exists() and not Tag.objects.exists()


def test_html_in_a_note_and_a_speaker_name_comes_back_as_text(
    editor_client, tiny_article
):
    response = editor_client.post(
        _create_url(tiny_article),
        {
            "kind": "quote",
            "note": "<script>alert(1)</script>",
            "speaker_name": "<img src=x onerror=alert(1)>",
            **_span(tiny_article, "Kami sepakat"),
        },
        headers=HX,
    )
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert Annotation.objects.get().note == "<script>alert(1)</script>"


def test_a_double_post_makes_one_annotation_and_says_already_saved(
    editor_client, tiny_article
):
    data = {"kind": "claim", "value": "7,5", **_span(tiny_article, "7,5 jam")}
    first = editor_client.post(_create_url(tiny_article), data, headers=HX)
    second = editor_client.post(_create_url(tiny_article), data, headers=HX)
    assert Annotation.objects.count() == 1
    assert "Claim saved." in first.content.decode()
    assert "already saved" in second.content.decode()
    no_js = editor_client.post(_create_url(tiny_article), data)
    assert no_js.status_code == 302 and Annotation.objects.count() == 1


def test_the_editor_opened_as_its_own_page_goes_back_to_the_reader_on_save(
    editor_client, tiny_article
):
    # Opened in a new tab, the editor is a page without the reader's regions:
    # the save sends htmx to the reader, whose message says what happened.
    page = f"http://testserver{_create_url(tiny_article)}?kind=claim"
    data = {"kind": "claim", "value": "7,5", **_span(tiny_article, "7,5 jam")}
    response = editor_client.post(
        _create_url(tiny_article), data, headers={**HX, "HX-Current-URL": page}
    )
    a = Annotation.objects.get()
    assert response.status_code == 200
    assert response["HX-Redirect"] == f"/articles/{tiny_article.pk}/#a{a.pk}"
    reader = editor_client.get(f"/articles/{tiny_article.pk}/").content.decode()
    assert "Claim saved." in reader

    edit_page = f"http://testserver/annotations/{a.pk}/edit/"
    response = editor_client.post(
        f"/annotations/{a.pk}/edit/",
        {"kind": "claim", "value": "8", "version": a.version, "note": "fixed"},
        headers={**HX, "HX-Current-URL": edit_page},
    )
    assert response["HX-Redirect"] == f"/articles/{tiny_article.pk}/#a{a.pk}"
    a.refresh_from_db()
    assert a.value == Decimal("8") and a.note == "fixed"

    # From the reader itself, the save redraws the reader's regions as before.
    reader_url = f"http://testserver/articles/{tiny_article.pk}/?kind=claim"
    response = editor_client.post(
        f"/annotations/{a.pk}/edit/",
        {"kind": "claim", "value": "9", "version": a.version, "note": "again"},
        headers={**HX, "HX-Current-URL": reader_url},
    )
    assert "HX-Redirect" not in response
    assert "Claim updated." in response.content.decode()


def test_viewers_are_refused_every_write(viewer_client, tiny_article):
    a = annotation_create(
        article=tiny_article, kind="claim", **_span(tiny_article, "7,5 jam")
    )
    span = _span(tiny_article, "Tan")
    for url, data in [
        (_create_url(tiny_article), {"kind": "quote", **span}),
        (f"/annotations/{a.pk}/edit/", {"kind": "claim", "version": 1, "note": "x"}),
        (f"/annotations/{a.pk}/delete/", {}),
        (f"/annotations/{a.pk}/restore/", {}),
    ]:
        assert viewer_client.post(url, data, headers=HX).status_code == 403, url
        assert viewer_client.post(url, data).status_code == 403, url
    assert viewer_client.get(_create_url(tiny_article)).status_code == 403
    a.refresh_from_db()
    assert a.note == "" and a.deleted_at is None and a.version == 1
    assert Annotation.objects.count() == 1
    assert viewer_client.get(f"/annotations/{a.pk}/").status_code == 200


def test_the_csrf_token_is_required(alice, tiny_article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    response = client.post(
        _create_url(tiny_article), {"kind": "quote", **_span(tiny_article, "Tan")}
    )
    assert response.status_code == 403
    assert not Annotation.objects.exists()


def test_editing_keeps_the_span_and_records_the_change(
    editor_client, tiny_article, alice
):
    a = annotation_create(
        article=tiny_article, kind="claim", **_span(tiny_article, "7,5 jam")
    )
    form = editor_client.get(f"/annotations/{a.pk}/edit/", headers=HX).content.decode()
    assert 'name="version" value="1"' in form
    response = editor_client.post(
        f"/annotations/{a.pk}/edit/",
        {"kind": "claim", "version": 1, "value": "7,5", "unit": "hour", "note": "ok"},
        headers=HX,
    )
    assert "Claim updated." in response.content.decode()
    a.refresh_from_db()
    assert (a.exact, str(a.value.normalize()), a.unit, a.version) == (
        "7,5 jam",
        "7.5",
        "hour",
        2,
    )
    change = a.changes.get(action="updated")
    assert change.user == alice and change.changes["note"] == ["", "ok"]
    history = editor_client.get(f"/annotations/{a.pk}/").content.decode()
    assert "alice" in history and "updated" in history
    assert '<span class="change-field">Note</span>: — → ok</li>' in history


def test_editing_with_a_new_selection_moves_the_span(editor_client, tiny_article):
    a = annotation_create(
        article=tiny_article, kind="claim", **_span(tiny_article, "7,5 jam")
    )
    editor_client.post(
        f"/annotations/{a.pk}/edit/",
        {"kind": "claim", "version": 1, **_span(tiny_article, "7,5 jam di Jakarta")},
        headers=HX,
    )
    a.refresh_from_db()
    assert a.exact == "7,5 jam di Jakarta"


def test_a_stale_edit_shows_the_other_edit_and_overwrites_nothing(
    editor_client, tiny_article, root
):
    a = annotation_create(
        article=tiny_article, kind="claim", **_span(tiny_article, "7,5 jam")
    )
    annotation_update(annotation=a, version=1, user=root, note="theirs")
    mine = {"kind": "claim", "version": 1, "note": "mine"}
    response = editor_client.post(f"/annotations/{a.pk}/edit/", mine, headers=HX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Someone else changed this annotation" in html
    assert "root" in html and "theirs" in html
    assert "mine</textarea>" in html  # the editor's own input is kept
    assert 'name="overwrite" value="2"' in html
    a.refresh_from_db()
    assert a.note == "theirs" and a.version == 2
    # "Overwrite with mine" resubmits against the version now stored.
    editor_client.post(
        f"/annotations/{a.pk}/edit/", {**mine, "overwrite": "2"}, headers=HX
    )
    a.refresh_from_db()
    assert a.note == "mine" and a.version == 3


def test_delete_then_undo(editor_client, tiny_article):
    a = annotation_create(
        article=tiny_article, kind="claim", **_span(tiny_article, "7,5 jam")
    )
    response = editor_client.post(f"/annotations/{a.pk}/delete/", headers=HX)
    html = response.content.decode()
    a.refresh_from_db()
    assert a.deleted_at is not None
    assert "Claim deleted." in html
    assert f'hx-post="/annotations/{a.pk}/restore/"' in html
    assert "<mark" not in html
    response = editor_client.post(f"/annotations/{a.pk}/restore/", headers=HX)
    a.refresh_from_db()
    assert a.deleted_at is None
    assert "Claim restored." in response.content.decode()
    assert list(a.changes.values_list("action", flat=True)) == [
        "created",
        "deleted",
        "restored",
    ]


def test_delete_without_javascript_redirects_with_an_undo(editor_client, tiny_article):
    a = annotation_create(
        article=tiny_article, kind="claim", **_span(tiny_article, "7,5 jam")
    )
    response = editor_client.post(f"/annotations/{a.pk}/delete/")
    assert response["Location"] == f"/articles/{tiny_article.pk}/?undo={a.pk}"
    page = editor_client.get(response["Location"]).content.decode()
    assert f'action="/annotations/{a.pk}/restore/"' in page


def test_writes_keep_the_panel_filters(editor_client, tiny_article):
    annotation_create(
        article=tiny_article, kind="claim", **_span(tiny_article, "7,5 jam")
    )
    response = editor_client.post(
        _create_url(tiny_article),
        {"kind": "mention", "f-kind": "mention", **_span(tiny_article, "Tan")},
        headers=HX,
    )
    panel = response.content.decode().split('id="annotation-panel"')[1]
    assert panel.count('class="annotation-item') == 1
    assert "k-mention" in panel


def test_with_a_longer_panel_a_save_sends_only_what_changed(
    editor_client, tiny_article
):
    first = annotation_create(
        article=tiny_article, kind="mention", **_span(tiny_article, "Menlu Sari")
    )
    last = annotation_create(
        article=tiny_article, kind="note", **_span(tiny_article, "wartawan")
    )
    response = editor_client.post(
        _create_url(tiny_article),
        {"kind": "claim", **_span(tiny_article, "7,5 jam")},
        headers=HX,
    )
    html = response.content.decode()
    new = Annotation.objects.get(kind="claim")
    # Only the first paragraph, which holds the new claim, comes back.
    assert '<p id="p0" data-start="0"' in html and 'hx-swap-oob="true"' in html
    assert "wartawan</mark>" not in html and 'id="article-body"' not in html
    # The new item goes before the next one in reading order.
    assert (
        f'<ol hx-swap-oob="beforebegin:#item-{last.pk}"><li id="item-{new.pk}"' in html
    )
    assert f'id="item-{first.pk}"' not in html
    assert (
        '<span id="annotation-count" class="count" hx-swap-oob="true">3</span>' in html
    )

    response = editor_client.post(
        f"/annotations/{new.pk}/edit/",
        {"kind": "claim", "version": 1, "note": "cek"},
        headers=HX,
    )
    html = response.content.decode()
    # It was listed and still is: removed, then inserted again with the note.
    delete = html.index(f'<li id="item-{new.pk}" hx-swap-oob="delete"></li>')
    insert = html.index(f'<ol hx-swap-oob="beforebegin:#item-{last.pk}">')
    assert delete < insert and '<p class="note">cek</p>' in html

    response = editor_client.post(
        f"/annotations/{new.pk}/edit/",
        {"kind": "claim", "version": 2, "note": "cek", "f-kind": "mention"},
        headers=HX,
    )
    # A filter leaving one item or none: the whole panel comes back.
    assert 'id="annotation-panel" class="annotation-panel" hx-swap-oob="true"' in (
        response.content.decode()
    )

    response = editor_client.post(f"/annotations/{new.pk}/delete/", headers=HX)
    html = response.content.decode()
    assert f'<li id="item-{new.pk}" hx-swap-oob="delete"></li>' in html
    assert "<ol hx-swap-oob" not in html
    assert "7,5 jam</mark>" not in html and "7,5 jam" in html
    assert f'hx-post="/annotations/{new.pk}/restore/"' in html


def test_the_editor_opened_on_an_older_body_says_to_select_again(
    editor_client, tiny_article
):
    response = editor_client.get(
        _create_url(tiny_article),
        {"kind": "quote", "start": 0, "end": 5, "exact": "Menlu", "version": "0" * 16},
        headers=HX,
    )
    assert "The article changed since you selected these words" in (
        response.content.decode()
    )


def test_a_refused_stale_selection_brings_the_current_body_to_select_again(
    editor_client, tiny_article
):
    old = body_version(tiny_article.body)
    start = tiny_article.body.index("7,5 jam")
    Article.objects.filter(pk=tiny_article.pk).update(
        body="Sisipan baru.\n\n" + tiny_article.body
    )
    data = {"start": start, "end": start + 7, "exact": "7,5 jam"}
    posted = editor_client.post(
        _create_url(tiny_article),
        {"kind": "claim", "body_version": old, **data},
        headers=HX,
    ).content.decode()
    opened = editor_client.get(
        _create_url(tiny_article), {"kind": "claim", "version": old, **data}, headers=HX
    ).content.decode()
    tiny_article.refresh_from_db()
    for html in (posted, opened):
        assert "The article changed since you selected these words" in html
        assert 'id="article-body"' in html and 'hx-swap-oob="true"' in html
        assert f'data-version="{body_version(tiny_article.body)}"' in html
        assert "Sisipan baru." in html
    assert not Annotation.objects.exists()


def test_the_history_shows_values_as_an_editor_reads_them(
    editor_client, tiny_article, alice
):
    a = annotate_words(
        tiny_article, "7,5 jam", "claim", user=alice, value=Decimal("7.5"), unit="hour"
    )
    annotation_update(
        annotation=a,
        version=a.version,
        user=alice,
        tags=["durasi", "cek"],
        value=Decimal("1250.5"),
        unit="hour",
        approximate=True,
    )
    html = editor_client.get(
        f"/annotations/{a.pk}/", HTTP_ACCEPT_LANGUAGE="id"
    ).content.decode()
    history = html[html.index('class="history"') :]
    assert "[" not in history and "None" not in history and "True" not in history
    field = '<span class="change-field">{}</span>: {}</li>'
    assert field.format("Label", "— → cek, durasi") in history
    assert field.format("Nilai", "7,5 → 1.250,5") in history
    assert field.format("Perkiraan", "tidak → ya") in history
    html = editor_client.get(f"/annotations/{a.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert field.format("Value", "7.5 → 1,250.5") in html.content.decode()


def test_the_history_names_fields_and_codes_in_the_interface_language(
    editor_client, tiny_article, alice
):
    a = annotate_words(tiny_article, "7,5 jam", "claim", user=alice, status="suggested")
    annotation_update(
        annotation=a,
        version=a.version,
        user=alice,
        status="accepted",
        kind="quote",
        quote_form="partial",
        unit="hour",
    )
    field = '<span class="change-field">{}</span>: {}</li>'
    html = editor_client.get(
        f"/annotations/{a.pk}/", HTTP_ACCEPT_LANGUAGE="id"
    ).content.decode()
    assert field.format("Status", "Disarankan → Diterima") in html
    assert field.format("Bentuk kutipan", "— → Sebagian") in html
    assert field.format("Satuan", "— → jam") in html
    html = editor_client.get(
        f"/annotations/{a.pk}/", HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert field.format("Kind", "Claim → Quote") in html
    assert field.format("Unit", "— → hours") in html
    assert "quote_form" not in html and "<code>" not in html


def test_saving_in_the_reader_takes_a_bounded_number_of_queries(
    editor_client, tiny_article, django_assert_max_num_queries
):
    editor_client.get(f"/articles/{tiny_article.pk}/")  # the session as a reader has it
    first = _span(tiny_article, "kepada\u00a0wartawan")
    editor_client.post(
        _create_url(tiny_article),
        {"kind": "note", "tags": "media, baru", **first},
        headers=HX,
    )
    span = _span(tiny_article, "wartawan")
    # Session, user, permissions, the article, the duplicate check, the write
    # (savepoint, body under lock, tags, insert, tag links, history, release) and
    # the regions sent back: the count with the suggestion review bar's counts
    # (one grouped query), the paragraph's rows, the next item, the links.
    with django_assert_max_num_queries(16):
        response = editor_client.post(
            _create_url(tiny_article),
            {"kind": "note", "note": "cek", "tags": "media, baru", **span},
            headers=HX,
        )
    assert "Note saved." in response.content.decode()


def test_the_history_lists_changed_fields_in_the_forms_order_on_every_database():
    from annotations.rendering import change_items

    # PostgreSQL's jsonb hands keys back sorted by length; SQLite as written.
    stored = {"tags": [[], ["cek"]], "status": ["a", "b"], "value": ["1", "2"]}
    stored |= {"approximate": [False, True], "zz_old_key": [1, 2]}
    assert [field for field, _pair in change_items(stored)] == [
        "value",
        "approximate",
        "status",
        "tags",
        "zz_old_key",
    ]


def test_a_save_from_the_reader_runs_a_fixed_number_of_statements(
    editor_client, tiny_article, alice
):
    """Saves are the commonest write: each statement is CPU and a wait under load."""
    for words in ("Menlu Sari", "Jakarta"):
        annotate_words(tiny_article, words, kind="note")
    Tag.objects.create(name="media")
    editor_client.get(f"/articles/{tiny_article.pk}/")  # the session, as in use
    data = {
        "kind": "note",
        "note": "cek",
        "tags": "media",
        **_span(tiny_article, "7,5 jam"),
    }
    with CaptureQueriesContext(connection) as ctx:
        response = editor_client.post(_create_url(tiny_article), data, headers=HX)
    assert "Note saved." in response.content.decode()
    statements = [
        " ".join(q["sql"].split()[:4])
        for q in ctx.captured_queries
        if not q["sql"].startswith(("SAVEPOINT", "RELEASE"))
    ]
    # The session, the user with their permissions, the article; the tag, the body
    # (locked), the annotation, its tag and its history; then what the page
    # redraws: the counts, the paragraph's annotations, the panel item after it.
    # No look for a duplicate first (the constraint catches it) and no links
    # for an annotation nobody can have linked yet.
    assert len(statements) == 11, statements


def test_an_edit_from_the_reader_runs_a_fixed_number_of_statements(
    editor_client, tiny_article
):
    for words in ("Menlu Sari", "Jakarta"):
        annotate_words(tiny_article, words, kind="note")
    Tag.objects.create(name="media")
    note = annotate_words(tiny_article, "7,5 jam", kind="note")
    editor_client.get(f"/articles/{tiny_article.pk}/")  # the session, as in use
    data = {"kind": "note", "version": note.version, "note": "x", "tags": "media"}
    with CaptureQueriesContext(connection) as ctx:
        response = editor_client.post(f"/annotations/{note.pk}/edit/", data, headers=HX)
    assert "Note updated." in response.content.decode()
    statements = [
        " ".join(q["sql"].split()[:4])
        for q in ctx.captured_queries
        if not q["sql"].startswith(("SAVEPOINT", "RELEASE"))
    ]
    # The session, the user with their permissions, the annotation; the tag, the
    # annotation locked, its tags, the update, the new tag and the history;
    # the counts, the paragraph's annotations, the panel item after it and its
    # links. With no panel filter, no query asks whether the panel lists it.
    assert len(statements) == 13, statements
