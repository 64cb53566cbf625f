"""The library page: filters, full-text search, HTMX partial, pagination, query count."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from annotations.models import Annotation, Article, Outlet, Speaker, Story

JAKARTA = ZoneInfo("Asia/Jakarta")


def _article(outlet, n: int, **fields) -> Article:
    body = fields.pop("body", f"Isi berita nomor {n}.")
    return Article.objects.create(
        outlet=outlet,
        title=fields.pop("title", f"Berita {n}"),
        body=body,
        raw_text=body,
        content_hash=f"h{n}",
        **fields,
    )


@pytest.fixture
def library(outlet, alice):
    reuters = Outlet.objects.create(name="Reuters", language="en")
    story = Story.objects.create(title="Blinken di Beijing", slug="blinken-di-beijing")
    beijing = _article(
        outlet,
        1,
        title="Menlu AS tiba di Beijing",
        body="Antony Blinken bertemu Wang Yi selama tujuh jam.",
        story=story,
        published_at=dt.datetime(2024, 6, 18, 9, 5, tzinfo=JAKARTA),
    )
    flood = _article(
        reuters,
        2,
        title="Floods in Jakarta",
        body="Heavy rain flooded Kemang overnight.",
        language="en",
        published_at=dt.datetime(2024, 6, 20, tzinfo=JAKARTA),
        published_date_only=True,
    )
    Annotation.objects.create(
        article=beijing,
        kind="quote",
        start=0,
        end=6,
        exact="Antony",
        speaker=Speaker.objects.create(name="Antony Blinken"),
        created_by=alice,
    )
    Annotation.objects.create(
        article=beijing,
        kind="claim",
        start=7,
        end=14,
        exact="Blinken",
        created_by=alice,
    )
    Annotation.objects.create(
        article=flood,
        kind="claim",
        start=0,
        end=5,
        exact="Heavy",
        created_by=alice,
        deleted_at=timezone.now(),
    )
    return {"beijing": beijing, "flood": flood, "story": story}


def _rows(response) -> list[str]:
    return [a.title for a in response.context["page"].object_list]


def test_the_library_lists_every_article_with_outlet_story_and_live_count(
    viewer_client, library
):
    response = viewer_client.get("/articles/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Menlu AS tiba di Beijing" in html
    assert "Floods in Jakarta" in html
    assert "Reuters" in html
    assert 'href="/stories/blinken-di-beijing/"' in html
    counts = {a.title: a.annotation_count for a in response.context["page"]}
    assert counts == {"Menlu AS tiba di Beijing": 2, "Floods in Jakarta": 0}


def test_times_carry_their_zone_and_date_only_articles_show_no_time(
    viewer_client, library
):
    html = viewer_client.get("/articles/").content.decode()
    assert "18 Jun 2024, 09:05 WIB" in html
    assert "20 Jun 2024</time>" in html
    assert "20 Jun 2024, 00:00" not in html


def test_search_finds_a_word_of_the_body(viewer_client, library):
    response = viewer_client.get("/articles/", {"q": "wang"})
    assert _rows(response) == ["Menlu AS tiba di Beijing"]


def test_filters_by_outlet_story_language_and_dates(viewer_client, library):
    assert _rows(viewer_client.get("/articles/?outlet=Reuters")) == [
        "Floods in Jakarta"
    ]
    assert _rows(viewer_client.get("/articles/?story=blinken-di-beijing")) == [
        "Menlu AS tiba di Beijing"
    ]
    assert _rows(viewer_client.get("/articles/?language=en")) == ["Floods in Jakarta"]
    assert _rows(viewer_client.get("/articles/?since=2024-06-19")) == [
        "Floods in Jakarta"
    ]
    assert _rows(viewer_client.get("/articles/?since=2024-06-18&until=2024-06-18")) == [
        "Menlu AS tiba di Beijing"
    ]


def test_annotation_filters_keep_articles_with_a_live_match(viewer_client, library):
    assert _rows(viewer_client.get("/articles/?kind=quote")) == [
        "Menlu AS tiba di Beijing"
    ]
    # The only claim on the flood article is deleted.
    assert _rows(viewer_client.get("/articles/?kind=claim&outlet=Reuters")) == []
    assert _rows(viewer_client.get("/articles/?annotator=alice")) == [
        "Menlu AS tiba di Beijing"
    ]


def test_the_filter_form_keeps_the_values_from_the_url(viewer_client, library):
    html = viewer_client.get(
        "/articles/?q=blinken&outlet=Reuters&kind=quote"
    ).content.decode()
    assert 'name="q" id="id_q" value="blinken"' in html
    assert '<option value="Reuters" selected>' in html
    assert '<details class="more-filters" open>' in html


def test_invalid_filters_are_reported_next_to_the_filters_not_a_500(
    viewer_client, library
):
    response = viewer_client.get(
        "/articles/", {"since": "2024-02-31", "kind": "rumour", "outlet": "Kompas"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="filter-errors" role="alert"' in html
    assert "Enter a valid date." in html
    # The remaining valid filters still apply: no invalid one narrows the list.
    assert len(_rows(response)) == 2


def test_a_query_full_of_search_syntax_does_not_fail(viewer_client, library):
    response = viewer_client.get("/articles/", {"q": '"NEAR( -* AND OR "'})
    assert response.status_code == 200


def test_htmx_requests_get_only_the_results(viewer_client, library):
    response = viewer_client.get(
        "/articles/", {"q": "flood"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html
    assert html.lstrip().startswith('<section id="article-results"')
    assert "Floods in Jakarta" in html
    assert "Menlu AS" not in html
    assert "HX-Request" in response["Vary"]


def test_the_full_page_carries_the_htmx_filter_wiring(viewer_client, library):
    html = viewer_client.get("/articles/").content.decode()
    assert 'id="article-filters"' in html and 'method="get"' in html
    assert 'hx-target="#article-results"' in html
    assert 'hx-push-url="true"' in html
    assert "delay:300ms" in html
    assert '<section id="article-results"' in html


def test_a_near_duplicate_gets_a_badge(viewer_client, library):
    library["beijing"].near_duplicates.add(library["flood"])
    html = viewer_client.get("/articles/").content.decode()
    assert html.count('class="badge"') == 2


def test_the_empty_library_invites_editors_to_import(editor_client, db):
    html = editor_client.get("/articles/").content.decode()
    assert "The library is empty." in html
    assert "/articles/import/" in html


def test_the_empty_library_tells_viewers_to_wait(viewer_client, db):
    html = viewer_client.get("/articles/").content.decode()
    assert "The library is empty." in html
    assert "/articles/import/" not in html


def test_no_match_offers_to_clear_the_filters(viewer_client, library):
    html = viewer_client.get("/articles/?q=zzzzzz").content.decode()
    assert "No articles match these filters." in html


def test_pages_hold_fifty_articles_and_links_keep_the_filters(viewer_client, outlet):
    for n in range(120):
        _article(outlet, n, body="rapat anggaran")
    response = viewer_client.get("/articles/", {"q": "rapat"})
    assert len(_rows(response)) == 50
    html = response.content.decode()
    assert 'href="?q=rapat&amp;page=2"' in html
    page3 = viewer_client.get("/articles/", {"q": "rapat", "page": 3})
    assert len(_rows(page3)) == 20
    # An out-of-range page shows the last page instead of an error.
    assert viewer_client.get("/articles/?page=99").status_code == 200


@pytest.mark.parametrize("query", [{}, {"q": "berita"}, {"kind": "quote", "q": "isi"}])
def test_the_query_count_does_not_grow_with_the_rows(
    viewer_client, outlet, alice, django_assert_num_queries, query
):
    story = Story.objects.create(title="S", slug="s")

    def fill(upto: int) -> None:
        for n in range(Article.objects.count(), upto):
            article = _article(outlet, n, story=story)
            Annotation.objects.create(
                article=article,
                kind="quote",
                start=0,
                end=3,
                exact="Isi",
                created_by=alice,
            )

    fill(3)
    viewer_client.get("/articles/", query)  # warm the session and permission caches
    with CaptureQueriesContext(connection) as few:
        viewer_client.get("/articles/", query)
    fill(30)
    with django_assert_num_queries(len(few.captured_queries)):
        response = viewer_client.get("/articles/", query)
    assert len(_rows(response)) == 30


def test_a_broad_search_says_more_than_the_limit(viewer_client, outlet, monkeypatch):
    from annotations import selectors

    monkeypatch.setattr(selectors.CappedPaginator, "limit", 5)
    for n in range(8):
        _article(outlet, n, body="rapat anggaran")
    response = viewer_client.get("/articles/", {"q": "rapat"})
    assert "More than 5 articles match" in response.content.decode()
    assert len(_rows(response)) == 5


def test_search_results_show_an_escaped_snippet_with_the_words_marked(
    viewer_client, outlet
):
    article = Article.objects.create(
        outlet=outlet,
        title="Kunjungan",
        body="Pembuka. <b>Tebal</b> & Blinken bertemu Wang Yi di Beijing.",
        raw_text="x",
        content_hash="snippet",
    )
    html = viewer_client.get("/articles/", {"q": "wang blink"}).content.decode()
    assert (
        '<p class="search-snippet">Pembuka. &lt;b&gt;Tebal&lt;/b&gt; &amp; '
        "<mark>Blinken</mark> bertemu <mark>Wang</mark> Yi di Beijing.</p>"
    ) in html
    assert f'href="{article.get_absolute_url()}?q=wang%20blink"' in html
    assert "search-snippet" not in viewer_client.get("/articles/").content.decode()
