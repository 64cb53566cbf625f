from __future__ import annotations

import csv
import io
import json

from django.test import Client

from annotations.exporting import ANNOTATION_HEADER, ARTICLE_HEADER, LINK_HEADER
from tests import export_data

corpus = export_data.corpus


def _rows(response) -> list[dict[str, str]]:
    assert response.status_code == 200
    assert response.streaming
    data = b"".join(response.streaming_content)
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_annotation_export_streams_every_status_by_default(corpus, viewer_client):
    response = viewer_client.get("/annotations/export.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(
        'attachment; filename="newsroom-annotations-'
    )
    rows = _rows(response)
    assert tuple(rows[0]) == ANNOTATION_HEADER
    assert {r["status"] for r in rows} == {"accepted", "suggested"}
    assert len(rows) == 4


def test_annotation_export_takes_the_story_page_filters(corpus, viewer_client):
    rows = _rows(
        viewer_client.get("/annotations/export.csv?story=blinken-di-beijing&kind=claim")
    )
    assert [r["annotation_id"] for r in rows] == [str(corpus.claim.pk)]
    assert rows[0]["note"] == "'" + export_data.HYPERLINK_NOTE


def test_annotation_export_for_one_article_and_one_speaker(corpus, viewer_client):
    kompas = corpus.articles["kompas"]
    rows = _rows(viewer_client.get(f"/annotations/export.csv?article={kompas.pk}"))
    assert {r["article_id"] for r in rows} == {str(kompas.pk)}
    rows = _rows(
        viewer_client.get(f"/annotations/export.csv?speaker={corpus.quote.speaker_id}")
    )
    assert {r["speaker"] for r in rows} == {"Antony Blinken"}
    assert len(rows) == 2


def test_export_that_matches_nothing_has_only_the_header(corpus, viewer_client):
    response = viewer_client.get("/annotations/export.csv?since=2100-01-01")
    assert b"".join(response.streaming_content).count(b"\r\n") == 1


def test_invalid_filters_get_a_400_naming_them(corpus, viewer_client):
    response = viewer_client.get("/annotations/export.csv?kind=rumour&since=kemarin")
    assert response.status_code == 400
    assert b"kind" in response.content and b"since" in response.content


def test_bom_0_leaves_out_the_byte_order_mark(corpus, viewer_client):
    response = viewer_client.get("/annotations/export.csv?bom=0")
    assert b"".join(response.streaming_content).startswith(b"annotation_id,")


def test_annotation_export_runs_a_fixed_number_of_queries(
    corpus, viewer_client, django_assert_max_num_queries
):
    # session and user, the filter forms' lookups, the rows, tags and links.
    with django_assert_max_num_queries(8):
        response = viewer_client.get("/annotations/export.csv?story=blinken-di-beijing")
        rows = _rows(response)
    assert len(rows) == 4


def test_link_export_has_both_sides(corpus, viewer_client):
    rows = _rows(viewer_client.get("/links/export.csv"))
    assert tuple(rows[0]) == LINK_HEADER
    assert [r["link_id"] for r in rows] == [str(corpus.link.pk)]


def test_article_export_follows_the_library_filters(corpus, viewer_client):
    rows = _rows(viewer_client.get("/articles/export.csv"))
    assert tuple(rows[0]) == ARTICLE_HEADER
    assert len(rows) == 3
    rows = _rows(
        viewer_client.get("/articles/export.csv?outlet=detik&status=suggested")
    )
    assert [(r["outlet"], r["annotation_count"]) for r in rows] == [("detik", "1")]


def test_jsonld_export_is_a_collection_with_absolute_ids(corpus, viewer_client):
    response = viewer_client.get("/annotations/export.jsonld?story=blinken-di-beijing")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    collection = json.loads(b"".join(response.streaming_content))
    assert collection["id"] == (
        "http://testserver/annotations/export.jsonld?story=blinken-di-beijing"
    )
    assert collection["total"] == 5
    assert collection["first"]["items"][0]["id"].startswith(
        "http://testserver/articles/"
    )


def test_jsonld_pages(corpus, viewer_client):
    response = viewer_client.get("/annotations/export.jsonld?page=2&page_size=2")
    page = json.loads(b"".join(response.streaming_content))
    assert page["type"] == "AnnotationPage"
    assert page["startIndex"] == 2
    assert len(page["items"]) == 2
    bad = viewer_client.get("/annotations/export.jsonld?page=0")
    assert bad.status_code == 400


def test_exports_need_a_login(db):
    response = Client().get("/annotations/export.csv")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_list_pages_offer_export_links_with_their_filters(corpus, viewer_client):
    html = viewer_client.get("/stories/blinken-di-beijing/?kind=quote").content.decode()
    assert (
        'href="/annotations/export.csv?kind=quote&amp;story=blinken-di-beijing"' in html
    )
    assert (
        'href="/annotations/export.jsonld?kind=quote&amp;story=blinken-di-beijing"'
        in html
    )
    assert "download" in html
    kompas = corpus.articles["kompas"]
    html = viewer_client.get(f"/articles/{kompas.pk}/").content.decode()
    assert f'href="/annotations/export.csv?article={kompas.pk}"' in html
    html = viewer_client.get("/articles/?outlet=detik").content.decode()
    assert 'href="/articles/export.csv?outlet=detik"' in html
    speaker = corpus.quote.speaker_id
    html = viewer_client.get(f"/speakers/{speaker}/").content.decode()
    assert f'href="/annotations/export.csv?speaker={speaker}"' in html


def test_a_list_pages_own_page_number_does_not_page_the_jsonld(corpus, viewer_client):
    response = viewer_client.get("/annotations/export.jsonld?page=2")
    assert json.loads(b"".join(response.streaming_content))["type"] == (
        "AnnotationCollection"
    )
