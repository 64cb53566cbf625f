from __future__ import annotations

import re

import pytest

from annotations import services
from annotations.models import Speaker, Story


@pytest.fixture
def cast(db) -> dict[str, Speaker]:
    return {
        "blinken": services.speaker_create(
            name="Antony Blinken",
            aliases=["Blinken", "Menlu AS"],
            role="Menteri Luar Negeri AS",
        ),
        "wang": services.speaker_create(
            name="Wang Yi", affiliation="Partai Komunis China"
        ),
        "qin": services.speaker_create(name="Qin Gang"),
        "miller": services.speaker_create(
            name="Matthew Miller", role="Juru bicara", affiliation="Deplu AS"
        ),
    }


def said(article, words: str, speaker, *, kind="quote", quote_form="direct", **kw):
    start = article.body.index(words)
    return services.annotation_create(
        article=article,
        start=start,
        end=start + len(words),
        kind=kind,
        speaker=speaker,
        quote_form=quote_form,
        **kw,
    )


def options(html: str) -> list[tuple[str, str]]:
    return re.findall(
        r'<li role="option"(?: aria-selected="\w+")? data-speaker-id="(\d*)"'
        r' data-speaker-name="([^"]*)"',
        html,
    )


# Suggestions


def test_suggest_finds_a_near_spelling(editor_client, cast):
    html = editor_client.get(
        "/speakers/suggest/", {"q": "Anthony Blinken"}
    ).content.decode()
    assert html.lstrip().startswith(
        '<ul class="speaker-suggestions" role="listbox" id="speaker-suggestions">'
    )
    assert options(html)[0] == (str(cast["blinken"].pk), "Antony Blinken")
    assert "<small>Menteri Luar Negeri AS</small>" in html


def test_a_near_spelling_is_selected_first_and_offers_no_create(editor_client, cast):
    # Saving "Anthony Blinken" picks Antony Blinken (speaker_resolve): the list
    # must select that speaker, not offer to create a new one.
    html = editor_client.get(
        "/speakers/suggest/", {"q": "Anthony Blinken"}
    ).content.decode()
    assert (
        f'<li role="option" aria-selected="true" data-speaker-id="{cast["blinken"].pk}"'
        in html
    )
    assert html.count('aria-selected="true"') == 1
    assert "new-speaker" not in html
    assert services.speaker_resolve(name="Anthony Blinken") == cast["blinken"]


def test_an_unknown_name_selects_nothing(editor_client, cast):
    html = editor_client.get("/speakers/suggest/", {"q": "Blinkova"}).content.decode()
    assert 'aria-selected="true"' not in html


def test_suggest_names_the_alias_that_matched(editor_client, cast):
    html = editor_client.get("/speakers/suggest/", {"q": "menlu as"}).content.decode()
    assert options(html) == [(str(cast["blinken"].pk), "Antony Blinken")]
    assert "<small>alias: Menlu AS</small>" in html
    assert "new-speaker" not in html  # the alias matched exactly


def test_suggest_joins_role_and_affiliation(editor_client, cast):
    html = editor_client.get("/speakers/suggest/", {"q": "Miller"}).content.decode()
    assert "<small>Juru bicara · Deplu AS</small>" in html


def test_suggest_offers_to_create_an_unknown_name_last(editor_client, cast):
    html = editor_client.get(
        "/speakers/suggest/", {"q": "Hua Chunying"}
    ).content.decode()
    assert options(html)[-1] == ("", "Hua Chunying")
    assert 'class="new-speaker">Create "Hua Chunying"</li>' in html.replace(
        "&quot;", '"'
    )


def test_suggest_offers_no_create_item_to_viewers(viewer_client, cast):
    html = viewer_client.get(
        "/speakers/suggest/", {"q": "Hua Chunying"}
    ).content.decode()
    assert "new-speaker" not in html


def test_suggest_offers_no_create_item_for_an_exact_name(editor_client, cast):
    html = editor_client.get("/speakers/suggest/", {"q": "wang yi"}).content.decode()
    assert options(html)[0] == (str(cast["wang"].pk), "Wang Yi")
    assert "new-speaker" not in html


@pytest.mark.parametrize("q", ["", "   ", "\n"])
def test_suggest_answers_an_empty_list_to_an_empty_query(editor_client, cast, q):
    html = editor_client.get("/speakers/suggest/", {"q": q}).content.decode()
    assert "<li" not in html
    assert 'id="speaker-suggestions"' in html


def test_suggest_escapes_the_query_and_the_names(editor_client, db):
    services.speaker_create(name="<b>Bold</b> Wang", role="<i>x</i>")
    html = editor_client.get("/speakers/suggest/", {"q": "Bold Wang"}).content.decode()
    assert "<b>" not in html and "<i>" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt; Wang" in html and "&lt;i&gt;x&lt;/i&gt;" in html
    html = editor_client.get(
        "/speakers/suggest/", {"q": '<script>alert("x")</script>'}
    ).content.decode()
    assert "<script>" not in html
    assert (
        'data-speaker-name="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"' in html
    )


def test_suggest_truncates_a_very_long_query(editor_client, cast):
    response = editor_client.get("/speakers/suggest/", {"q": "Blinken " * 2000})
    assert response.status_code == 200
    names = [name for _pk, name in options(response.content.decode())]
    assert all(len(name) <= 200 for name in names)


def test_suggest_reads_the_speakers_in_one_query(
    editor_client, cast, django_assert_num_queries
):
    editor_client.get("/speakers/suggest/", {"q": "x"})  # warm the session
    # session, user with its permissions, speakers
    with django_assert_num_queries(3):
        editor_client.get("/speakers/suggest/", {"q": "Blinken"})


# List


def test_list_counts_annotations_and_outlets(editor_client, cast, seed_articles):
    said(seed_articles["kompas"], "Kami berkomitmen", cast["blinken"])
    said(seed_articles["detik"], "Penting untuk memilih", cast["wang"])
    said(
        seed_articles["koranjakarta"], "Antony Blinken", cast["blinken"], kind="mention"
    )
    gone = said(
        seed_articles["detik"], "Blinken bertemu", cast["blinken"], kind="claim"
    )
    services.annotation_delete(annotation=gone)
    rows = {s.name: s for s in editor_client.get("/speakers/").context["speakers"]}
    assert (
        rows["Antony Blinken"].annotation_count,
        rows["Antony Blinken"].outlet_count,
    ) == (2, 2)
    assert (rows["Wang Yi"].annotation_count, rows["Wang Yi"].outlet_count) == (1, 1)
    assert rows["Qin Gang"].annotation_count == 0


def test_list_search_matches_aliases_and_near_spellings(editor_client, cast):
    names = lambda q: [  # noqa: E731
        s.name for s in editor_client.get("/speakers/", {"q": q}).context["speakers"]
    ]
    assert names("menlu") == ["Antony Blinken"]
    assert names("Mathew Miler") == ["Matthew Miller"]


def test_list_search_by_htmx_returns_the_table_only(editor_client, cast):
    response = editor_client.get(
        "/speakers/",
        {"q": "qin"},
        headers={"HX-Request": "true", "HX-Target": "speaker-results"},
    )
    html = response.content.decode()
    assert "<html" not in html and 'id="speaker-results"' in html
    assert "Qin Gang" in html and "Wang Yi" not in html


def test_list_shows_a_fixed_number_of_queries(
    editor_client, cast, seed_articles, django_assert_num_queries
):
    for speaker in cast.values():
        for article in seed_articles.values():
            said(article, "Blinken", speaker, kind="mention")
    editor_client.get("/speakers/")
    # session, user with its permissions, speakers
    with django_assert_num_queries(3):
        editor_client.get("/speakers/")
    with django_assert_num_queries(4):  # + the search
        editor_client.get("/speakers/", {"q": "Blinken"})


def test_list_escapes_names(editor_client, db):
    services.speaker_create(name="<script>alert(1)</script>")
    html = editor_client.get("/speakers/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_nav_links_to_the_speakers(viewer_client):
    html = viewer_client.get("/speakers/").content.decode()
    assert 'href="/speakers/" aria-current="page"' in html


# Detail


def test_detail_groups_what_was_said_by_story(editor_client, cast, seed_articles):
    kompas, detik = seed_articles["kompas"], seed_articles["detik"]
    quote = said(kompas, "Kami berkomitmen", cast["blinken"])
    claim = said(detik, "Blinken bertemu", cast["blinken"], kind="claim")
    story = Story.objects.create(title="Tanpa artikel lain", slug="tanpa")
    detik.story = None
    detik.save()
    services.annotation_delete(
        annotation=said(kompas, "Blinken juga", cast["blinken"], kind="mention")
    )
    response = editor_client.get(f"/speakers/{cast['blinken'].pk}/")
    groups = response.context["groups"]
    assert [(s.title if s else None, [a.pk for a in items]) for s, items in groups] == [
        ("Blinken di Beijing", [quote.pk]),
        (None, [claim.pk]),
    ]
    html = response.content.decode()
    assert "No story" in html and story.title not in html
    assert f'href="/articles/{kompas.pk}/#a{quote.pk}"' in html
    assert "Kami berkomitmen" in html and "Direct" in html and "Kompas TV" in html


def test_detail_shows_a_fixed_number_of_queries(
    editor_client, cast, seed_articles, django_assert_num_queries
):
    for article in seed_articles.values():
        said(article, "Blinken", cast["blinken"], kind="mention")
    editor_client.get(f"/speakers/{cast['blinken'].pk}/")
    # session, user with its permissions, speaker, annotations, speakers to merge into
    with django_assert_num_queries(5):
        editor_client.get(f"/speakers/{cast['blinken'].pk}/")


def test_detail_of_an_unknown_speaker_is_404(editor_client, db):
    assert editor_client.get("/speakers/999/").status_code == 404


# Create and edit


def test_editor_creates_a_speaker(editor_client, db):
    response = editor_client.post(
        "/speakers/new/",
        {
            "name": " Hua  Chunying ",
            "aliases": "Hua, Jubir China\nMs Hua",
            "role": "Juru bicara",
            "affiliation": "Kemlu China",
        },
    )
    speaker = Speaker.objects.get()
    assert (
        response.status_code == 302
        and response["Location"] == f"/speakers/{speaker.pk}/"
    )
    assert speaker.name == "Hua Chunying"
    assert speaker.aliases == ["Hua", "Jubir China", "Ms Hua"]


def test_the_new_form_takes_its_name_from_the_query(editor_client, db):
    html = editor_client.get("/speakers/new/", {"name": "Hua <b>"}).content.decode()
    assert 'value="Hua &lt;b&gt;"' in html


def test_viewer_may_not_create_a_speaker(viewer_client, db):
    assert viewer_client.post("/speakers/new/", {"name": "Hua"}).status_code == 403
    assert viewer_client.get("/speakers/new/").status_code == 403
    assert not Speaker.objects.exists()


def test_a_name_of_ten_thousand_characters_is_refused_clearly(editor_client, cast):
    response = editor_client.post("/speakers/new/", {"name": "A" * 10_000})
    assert response.status_code == 200
    assert "at most 200 characters" in response.content.decode()
    assert Speaker.objects.count() == 4


def test_a_duplicate_name_is_refused_clearly(editor_client, cast):
    response = editor_client.post("/speakers/new/", {"name": "wang yi"})
    assert "already a speaker" in response.content.decode()
    assert Speaker.objects.count() == 4


def test_html_in_a_name_is_stored_and_shown_as_text(editor_client, db):
    editor_client.post("/speakers/new/", {"name": "<script>alert(1)</script>"})
    speaker = Speaker.objects.get()
    html = editor_client.get(f"/speakers/{speaker.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in html


def test_editor_edits_a_speaker(editor_client, cast):
    pk = cast["miller"].pk
    form = editor_client.get(f"/speakers/{pk}/edit/").content.decode()
    assert "Matthew Miller" in form
    response = editor_client.post(
        f"/speakers/{pk}/edit/",
        {"name": "Matthew Miller", "aliases": "Miller,\nJubir Deplu", "role": "Jubir"},
    )
    assert response.status_code == 302
    speaker = Speaker.objects.get(pk=pk)
    assert (speaker.aliases, speaker.role, speaker.affiliation) == (
        ["Miller", "Jubir Deplu"],
        "Jubir",
        "",
    )


def test_a_bad_edit_leaves_the_speaker_as_it_was(editor_client, cast):
    pk = cast["qin"].pk
    response = editor_client.post(
        f"/speakers/{pk}/edit/", {"name": "Q" * 10_000, "role": "Menlu"}
    )
    assert response.status_code == 200
    assert Speaker.objects.get(pk=pk).name == "Qin Gang"
    assert Speaker.objects.get(pk=pk).role == ""


def test_viewer_may_not_edit_a_speaker(viewer_client, cast):
    pk = cast["qin"].pk
    assert viewer_client.post(f"/speakers/{pk}/edit/", {"name": "X"}).status_code == 403
    assert Speaker.objects.get(pk=pk).name == "Qin Gang"


# Merging


def test_an_editor_merges_a_duplicate_speaker_into_another(
    editor_client, cast, tiny_article
):
    duplicate = services.speaker_create(name="Menlu Sari", role="Menlu")
    quote = said(tiny_article, "Kami sepakat", duplicate)
    page = editor_client.get(f"/speakers/{duplicate.pk}/").content.decode()
    assert f'action="/speakers/{duplicate.pk}/merge/"' in page
    assert f'<option value="{cast["qin"].pk}">Qin Gang</option>' in page
    response = editor_client.post(
        f"/speakers/{duplicate.pk}/merge/", {"into": cast["qin"].pk}, follow=True
    )
    assert response.redirect_chain == [(f"/speakers/{cast['qin'].pk}/", 302)]
    assert "is merged into" in response.content.decode()
    assert not Speaker.objects.filter(pk=duplicate.pk).exists()
    quote.refresh_from_db()
    assert quote.speaker == cast["qin"]
    cast["qin"].refresh_from_db()
    assert cast["qin"].aliases == ["Menlu Sari"]
    assert services.speaker_resolve(name="Menlu Sari") == cast["qin"]


def test_a_merge_without_a_target_or_into_itself_changes_nothing(editor_client, cast):
    url = f"/speakers/{cast['wang'].pk}/merge/"
    for data in ({}, {"into": "x"}, {"into": cast["wang"].pk}):
        response = editor_client.post(url, data, follow=True)
        assert response.redirect_chain == [(f"/speakers/{cast['wang'].pk}/", 302)]
        assert 'class="message message-error"' in response.content.decode()
    assert Speaker.objects.filter(pk=cast["wang"].pk).exists()


def test_a_viewer_may_not_merge_and_sees_no_merge_form(viewer_client, cast):
    page = viewer_client.get(f"/speakers/{cast['wang'].pk}/").content.decode()
    assert "/merge/" not in page
    response = viewer_client.post(
        f"/speakers/{cast['wang'].pk}/merge/", {"into": cast["qin"].pk}
    )
    assert response.status_code == 403
    assert Speaker.objects.count() == 4
