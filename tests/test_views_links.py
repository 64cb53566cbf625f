"""The link form in the reader, and the story's contradictions and agreements."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from annotations import services
from annotations.models import Annotation, Link, Speaker
from tests.conftest import annotate_words as _annotate

HX = {"HX-Request": "true"}
STORY = "/stories/blinken-di-beijing/"


@pytest.fixture
def quotes(seed_articles):
    miller = Speaker.objects.create(name="Matthew Miller")
    return (
        _annotate(
            seed_articles["koranjakarta"],
            "jujur, substantif, dan konstruktif",
            "quote",
            speaker=miller,
        ),
        _annotate(
            seed_articles["detik"],
            "terus-terang, substantif dan konstruktif",
            "quote",
            speaker=miller,
        ),
    )


# ---- The link form ----------------------------------------------------------


def test_the_form_lists_annotations_of_the_other_articles_only(
    editor_client, durations, quotes, seed_articles
):
    about_six, seven_half = durations
    same_article = _annotate(seed_articles["koranjakarta"], "Qin Gang", "mention")
    html = editor_client.get(f"/annotations/{about_six.pk}/links/new/").content.decode()
    assert f'value="{seven_half.pk}" data-relation="contradicts"' in html
    assert f'value="{quotes[1].pk}" data-relation="related"' in html
    for own in (about_six, same_article, quotes[0]):
        assert f'name="target" value="{own.pk}"' not in html
    # Claims show their value; the source's kind comes first in each article.
    assert "7.5 hours" in html
    assert html.index(f'value="{seven_half.pk}"') < html.index(
        f'value="{quotes[1].pk}"'
    )
    assert '<option value="contradicts" selected>' in html


def test_two_quotes_default_to_the_same_quote(editor_client, quotes):
    html = editor_client.get(f"/annotations/{quotes[0].pk}/links/new/").content.decode()
    assert f'value="{quotes[1].pk}" data-relation="same_quote"' in html
    assert '<option value="same_quote" selected>' in html


def test_the_form_opens_in_the_readers_editor_over_htmx(editor_client, durations):
    response = editor_client.get(
        f"/annotations/{durations[0].pk}/links/new/",
        headers={**HX, "HX-Target": "annotation-editor"},
    )
    html = response.content.decode()
    assert "<html" not in html
    assert html.lstrip().startswith('<section id="annotation-editor"')
    assert 'id="link-form"' in html


def test_a_search_narrows_the_targets_to_a_partial(editor_client, durations, quotes):
    response = editor_client.get(
        f"/annotations/{durations[0].pk}/links/new/",
        {"find": "konstruktif"},
        headers={**HX, "HX-Target": "link-targets"},
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="link-targets"')
    assert f'value="{quotes[1].pk}"' in html
    assert f'value="{durations[1].pk}"' not in html


def test_an_article_without_story_offers_every_other_article_and_a_search(
    editor_client, tiny_article, durations
):
    own = _annotate(tiny_article, "7,5 jam", value=Decimal("7.5"), unit="hour")
    html = editor_client.get(f"/annotations/{own.pk}/links/new/").content.decode()
    assert 'id="id_link_find"' in html
    assert f'value="{durations[0].pk}"' in html and f'value="{durations[1].pk}"' in html


def test_saving_a_link_without_js_goes_back_to_the_reader(
    editor_client, durations, alice
):
    about_six, seven_half = durations
    response = editor_client.post(
        f"/annotations/{about_six.pk}/links/new/",
        {"target": seven_half.pk, "relation": "contradicts", "note": "Cek ulang."},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/articles/{about_six.article_id}/#a{about_six.pk}"
    link = Link.objects.get()
    assert (link.source, link.target, link.relation, link.note, link.created_by) == (
        about_six,
        seven_half,
        "contradicts",
        "Cek ulang.",
        alice,
    )
    html = editor_client.get(response["Location"]).content.decode()
    assert "Link saved." in html
    assert (
        f'<span class="relation">contradicts</span> · '
        f'<a href="/articles/{seven_half.article_id}/#a{seven_half.pk}">detik: “7,5 jam”</a>'
    ) in html


def test_saving_over_htmx_updates_the_item_closes_the_editor_and_says_so(
    editor_client, durations
):
    about_six, seven_half = durations
    response = editor_client.post(
        f"/annotations/{about_six.pk}/links/new/",
        {"target": seven_half.pk, "relation": "contradicts"},
        headers=HX,
    )
    html = response.content.decode()
    assert "<html" not in html
    assert '<section id="annotation-editor" class="annotation-editor"' in html
    assert f'<li id="item-{about_six.pk}" hx-swap-oob="true"' in html
    assert "detik: “7,5 jam”" in html
    assert "Link saved." in html
    assert "annotations-changed" in response["HX-Trigger-After-Settle"]


def test_the_other_article_lists_the_link_back(editor_client, durations):
    about_six, seven_half = durations
    services.link_create(source=about_six, target=seven_half, relation="contradicts")
    html = editor_client.get(f"/articles/{seven_half.article_id}/").content.decode()
    assert (
        f'href="/articles/{about_six.article_id}/#a{about_six.pk}">Koran Jakarta: “sekitar enam jam”</a>'
        in html
    )


def test_a_duplicate_link_is_refused_with_a_message(editor_client, durations):
    about_six, seven_half = durations
    services.link_create(source=seven_half, target=about_six, relation="contradicts")
    response = editor_client.post(
        f"/annotations/{about_six.pk}/links/new/",
        {"target": seven_half.pk, "relation": "contradicts"},
        headers={**HX, "HX-Target": "annotation-editor"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "already linked as “contradicts”" in html
    assert 'id="link-form"' in html
    assert Link.objects.count() == 1


def test_a_link_to_itself_is_refused(editor_client, durations):
    about_six, _ = durations
    response = editor_client.post(
        f"/annotations/{about_six.pk}/links/new/",
        {"target": about_six.pk, "relation": "related"},
    )
    assert response.status_code == 200
    assert "cannot be linked to itself" in response.content.decode()
    assert not Link.objects.exists()


def test_a_missing_target_is_refused(editor_client, durations, alice):
    about_six, seven_half = durations
    services.annotation_delete(annotation=seven_half, user=alice)
    for data in (
        {"relation": "related"},
        {"target": seven_half.pk, "relation": "related"},
    ):
        response = editor_client.post(f"/annotations/{about_six.pk}/links/new/", data)
        assert response.status_code == 200
        assert 'class="errorlist' in response.content.decode()
    assert not Link.objects.exists()


def test_the_reader_offers_the_link_action_to_editors_only(
    editor_client, viewer_client, durations
):
    about_six, seven_half = durations
    services.link_create(source=about_six, target=seven_half, relation="contradicts")
    url = f"/articles/{about_six.article_id}/"
    editor_html = editor_client.get(url).content.decode()
    viewer_html = viewer_client.get(url).content.decode()
    assert f'href="/annotations/{about_six.pk}/links/new/"' in editor_html
    assert "/links/new/" not in viewer_html
    assert "Koran Jakarta" in viewer_html  # the article header
    assert "detik: “7,5 jam”" in viewer_html  # viewers still see the link


def test_viewers_cannot_write_links(viewer_client, durations, seed_articles):
    about_six, seven_half = durations
    link = services.link_create(
        source=about_six, target=seven_half, relation="contradicts", status="open"
    )
    writes = [
        (
            f"/annotations/{about_six.pk}/links/new/",
            {"target": seven_half.pk, "relation": "related"},
        ),
        (f"/links/{link.pk}/status/", {"status": "confirmed"}),
        (f"/links/{link.pk}/delete/", {}),
        (f"{STORY}links/suggest/", {}),
    ]
    for url, data in writes:
        assert viewer_client.post(url, data).status_code == 403, url
        assert viewer_client.post(url, data, headers=HX).status_code == 403, url
    assert (
        viewer_client.get(f"/annotations/{about_six.pk}/links/new/").status_code == 403
    )
    link.refresh_from_db()
    assert link.status == "open" and Link.objects.count() == 1


def test_posting_needs_a_csrf_token(alice, durations):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    response = client.post(
        f"/annotations/{durations[0].pk}/links/new/",
        {"target": durations[1].pk, "relation": "related"},
    )
    assert response.status_code == 403
    assert not Link.objects.exists()


# ---- The story page -----------------------------------------------------------


def test_find_contradictions_lists_the_durations_with_both_values(
    editor_client, durations, quotes
):
    response = editor_client.post(f"{STORY}links/suggest/", headers=HX)
    html = response.content.decode()
    assert "<html" not in html
    assert html.lstrip().startswith('<section id="story-links"')
    assert "2 new suggestions." in html
    assert html.count('class="story-link r-') == 2
    assert "≈ 6 hours" in html and "7.5 hours" in html
    assert "automatic suggestion" in html
    assert "reworded or translated: 100% of the words have a counterpart" in html
    assert "differ by 20%, more than the hedge" in html
    # Contradictions come before agreements.
    assert html.index("r-contradicts") < html.index("r-same_quote")


def test_find_contradictions_without_js_redirects_with_a_message(
    editor_client, durations
):
    response = editor_client.post(f"{STORY}links/suggest/")
    assert response.status_code == 302
    assert response["Location"] == f"{STORY}#story-links"
    html = editor_client.get(STORY).content.decode()
    assert "1 new suggestion." in html
    assert 'id="link-' in html
    again = editor_client.post(f"{STORY}links/suggest/", follow=True)
    assert "the proposals already follow the story" in again.content.decode()


def test_confirming_a_link_over_htmx_returns_the_section(editor_client, durations):
    services.link_suggest_for_story(story=durations[0].article.story)
    link = Link.objects.get()
    response = editor_client.post(
        f"/links/{link.pk}/status/",
        {"status": "confirmed", "story": "blinken-di-beijing"},
        headers=HX,
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="story-links"')
    assert 'class="link-status-badge ls-confirmed">confirmed<' in html
    assert "Link marked “confirmed”." in html
    link.refresh_from_db()
    assert link.status == "confirmed"


def test_dismissed_links_fold_away_and_stay_dismissed(editor_client, durations):
    story = durations[0].article.story
    services.link_suggest_for_story(story=story)
    link = Link.objects.get()
    response = editor_client.post(f"/links/{link.pk}/status/", {"status": "dismissed"})
    assert response.status_code == 302
    assert response["Location"] == f"{STORY}#story-links"
    html = editor_client.get(STORY).content.decode()
    assert "1 dismissed link" in html
    assert services.link_suggest_for_story(story=story) == 0
    # The reader no longer shows a dismissed link.
    reader = editor_client.get(f"/articles/{durations[0].article_id}/").content.decode()
    assert "item-link" not in reader


def test_an_unknown_status_changes_nothing(editor_client, durations):
    link = services.link_create(
        source=durations[0], target=durations[1], relation="contradicts", status="open"
    )
    response = editor_client.post(
        f"/links/{link.pk}/status/", {"status": "maybe"}, headers=HX
    )
    assert "Choose what to do with the link." in response.content.decode()
    link.refresh_from_db()
    assert link.status == "open"


def test_deleting_a_link(editor_client, durations):
    link = services.link_create(
        source=durations[0], target=durations[1], relation="contradicts"
    )
    response = editor_client.post(f"/links/{link.pk}/delete/", headers=HX)
    assert "Link deleted." in response.content.decode()
    assert not Link.objects.exists()


def test_viewers_see_the_links_but_no_buttons(viewer_client, durations):
    services.link_suggest_for_story(story=durations[0].article.story)
    html = viewer_client.get(STORY).content.decode()
    assert "Contradictions and agreements" in html
    assert 'class="story-link r-contradicts' in html
    assert "find-contradictions" not in html
    assert "/status/" not in html


def test_the_story_page_needs_the_same_queries_however_many_links(
    editor_client, seed_articles, django_assert_num_queries
):
    kj, dt = seed_articles["koranjakarta"], seed_articles["detik"]
    speaker = Speaker.objects.create(name="Hua")

    def add(n: int) -> None:
        for i in range(n):
            a = Annotation.objects.create(
                article=kj,
                kind="quote",
                start=i,
                end=i + 5,
                exact=kj.body[i : i + 5],
                speaker=speaker,
            )
            b = Annotation.objects.create(
                article=dt, kind="claim", start=i, end=i + 5, exact=dt.body[i : i + 5]
            )
            Link.objects.create(source=a, target=b, relation="related", origin="auto")

    add(1)
    with CaptureQueriesContext(connection) as few:
        editor_client.get(STORY)
    add(15)
    with django_assert_num_queries(len(few.captured_queries)):
        html = editor_client.get(STORY).content.decode()
    assert html.count('class="story-link r-related') == 16


def test_links_to_deleted_annotations_are_hidden(editor_client, durations, alice):
    services.link_create(
        source=durations[0], target=durations[1], relation="contradicts"
    )
    services.annotation_delete(annotation=durations[1], user=alice)
    html = editor_client.get(STORY).content.decode()
    assert 'class="story-link r-' not in html
    reader = editor_client.get(f"/articles/{durations[0].article_id}/").content.decode()
    assert "item-link" not in reader


def test_the_library_counts_each_articles_unresolved_contradictions(
    viewer_client, durations, quotes
):
    about_six, seven_half = durations
    link = services.link_create(
        source=about_six, target=seven_half, relation="contradicts"
    )
    services.link_create(source=quotes[0], target=quotes[1], relation="same_quote")
    html = viewer_client.get("/articles/").content.decode()
    assert html.count("1 contradiction</a>") == 2  # both articles
    services.link_update(link=link, status="resolved")
    html = viewer_client.get("/articles/").content.decode()
    assert "contradiction</a>" not in html
