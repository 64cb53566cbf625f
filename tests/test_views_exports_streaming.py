"""Exports are private, refuse bad paging before streaming, and never end a failure cleanly."""

from __future__ import annotations

import pytest

from annotations.views import exports
from tests import export_data

corpus = export_data.corpus

URLS = (
    "/annotations/export.csv",
    "/links/export.csv",
    "/articles/export.csv",
    "/annotations/export.jsonld",
)


@pytest.mark.parametrize("url", URLS)
def test_exports_are_never_cached(url, corpus, viewer_client):
    response = viewer_client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    b"".join(response.streaming_content)


@pytest.mark.parametrize(
    "query",
    [
        "page_size=99999999999999999999999",
        "page_size=100001",
        "page=1&page_size=0",
        "page=99999999999999999999999&page_size=2",
        "page=-1&page_size=2",
        "page_size=ten",
    ],
)
def test_impossible_paging_is_refused_before_anything_streams(
    query, corpus, viewer_client
):
    response = viewer_client.get(f"/annotations/export.jsonld?{query}")
    assert response.status_code == 400
    assert not response.streaming
    assert "page_size a whole number from 1 to 100000" in response.content.decode()


def test_the_largest_page_size_exports(corpus, viewer_client):
    response = viewer_client.get("/annotations/export.jsonld?page=1&page_size=100000")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).endswith(b"]}\n")


def test_a_failure_mid_stream_ends_the_file_visibly_and_aborts(
    corpus, viewer_client, monkeypatch
):
    real_rows = exports.annotation_rows

    def failing(queryset):
        rows = real_rows(queryset)
        yield next(rows)
        raise RuntimeError("the database went away")

    monkeypatch.setattr(exports, "annotation_rows", failing)
    response = viewer_client.get("/annotations/export.csv")
    assert response.status_code == 200  # left with the header row
    chunks = []
    with pytest.raises(RuntimeError, match="went away"):
        for chunk in response.streaming_content:
            chunks.append(chunk)
    text = b"".join(chunks).decode("utf-8-sig")
    assert text.startswith("annotation_id,")
    assert text.rstrip().endswith(
        "!! EXPORT FAILED: this file is incomplete; download it again."
    )
