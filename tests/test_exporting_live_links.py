"""Dismissed links, and links to rejected annotations, are no relation in any export."""

from __future__ import annotations

import csv
import io
import json

from annotations import services
from annotations.exporting import (
    ANNOTATION_HEADER,
    annotation_rows,
    annotations_for,
    stream_csv,
)
from annotations.models import Link
from tests import export_data

corpus = export_data.corpus


def _links_column(client) -> dict[str, str]:
    data = b"".join(client.get("/annotations/export.csv").streaming_content)
    rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    return {r["annotation_id"]: r["links"] for r in rows}


def _jsonld_links(client) -> list[dict]:
    response = client.get("/annotations/export.jsonld")
    collection = json.loads(b"".join(response.streaming_content))
    return [i for i in collection["first"]["items"] if i["motivation"] == "linking"]


def test_a_dismissed_contradiction_leaves_both_exports(corpus, viewer_client, alice):
    quote, claim = corpus.quote, corpus.claim
    assert _links_column(viewer_client)[str(quote.pk)] == f"contradicts:{claim.pk}"
    assert len(_jsonld_links(viewer_client)) == 1
    services.link_update(link=corpus.link, status="dismissed", user=alice)
    links = _links_column(viewer_client)
    assert links[str(quote.pk)] == "" and links[str(claim.pk)] == ""
    assert _jsonld_links(viewer_client) == []
    # The links export keeps it, with its status, as the record of the decision.
    data = b"".join(viewer_client.get("/links/export.csv").streaming_content).decode()
    assert "dismissed" in data


def test_a_confirmed_or_resolved_link_stays_in_the_exports(
    corpus, viewer_client, alice
):
    for status in ("confirmed", "resolved"):
        services.link_update(link=corpus.link, status=status, user=alice)
        assert _links_column(viewer_client)[str(corpus.quote.pk)] == (
            f"contradicts:{corpus.claim.pk}"
        )
        assert len(_jsonld_links(viewer_client)) == 1


def test_a_link_to_a_rejected_annotation_is_no_relation(corpus, alice):
    services.annotation_update(
        annotation=corpus.claim,
        version=corpus.claim.version,
        user=alice,
        status="rejected",
    )
    rows = list(stream_csv(ANNOTATION_HEADER, annotation_rows(annotations_for({}))))
    assert f"contradicts:{corpus.claim.pk}".encode() not in b"".join(rows)
    assert not Link.objects.live().filter(pk=corpus.link.pk).exists()
