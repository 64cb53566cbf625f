"""W3C Web Annotation (JSON-LD) export: an AnnotationCollection with its pages.

Each annotation targets the article in the reader (`/articles/<id>/`, whose text is
`Article.body`) with a TextQuoteSelector and a TextPositionSelector counted in code
points, as the Web Annotation Data Model asks. Its kind, speaker, tags, note and
claimed value are TextualBody items told apart by `purpose`; the claimed value's
body also says whether it is approximate, its bound ("min", "max") and what it
measures. The target's source is the article in the reader, with its
schema.org `datePublished` when the article has a date: a bare day
("2024-04-26") when the article gave no time, else the moment with its offset.
Each link becomes an
annotation with motivation `linking` that targets both annotations; its first body
names the relation.

Motivation per kind: a quote or mention identifies who speaks or is named
(`identifying`), a claim is there to be checked (`assessing`), a note comments
(`commenting`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from annotations.exporting.csv import ANNOTATION_FIELDS, annotation_records, iso, number
from annotations.models import Annotation, Link

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# An annotation's own context adds the one schema.org term it uses, so that
# datePublished keeps its meaning when the JSON-LD is expanded.
ANNOTATION_CONTEXT = [CONTEXT, {"datePublished": "http://schema.org/datePublished"}]
MOTIVATION = {
    Annotation.Kind.QUOTE: "identifying",
    Annotation.Kind.MENTION: "identifying",
    Annotation.Kind.CLAIM: "assessing",
    Annotation.Kind.NOTE: "commenting",
}
LINK_FIELDS = (
    "id",
    "relation",
    "status",
    "note",
    "source_id",
    "source__article_id",
    "target_id",
    "target__article_id",
    "created_by__username",
    "created_at",
    "updated_at",
)
_PLACEHOLDER = 987654321


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class _Urls:
    def __init__(self, base_url: str):
        base = base_url.rstrip("/")
        path = reverse("annotations:article-detail", kwargs={"pk": _PLACEHOLDER})
        self.reader = base + path.replace(str(_PLACEHOLDER), "{}")

    def article(self, article_id: int) -> str:
        return self.reader.format(article_id)

    def annotation(self, article_id: int, pk: int) -> str:
        return f"{self.reader.format(article_id)}#a{pk}"

    def link(self, article_id: int, pk: int) -> str:
        return f"{self.reader.format(article_id)}#link-{pk}"


def _body(value: str, purpose: str) -> dict:
    return {"type": "TextualBody", "value": value, "purpose": purpose}


def _creator(username: str | None) -> dict:
    return {"creator": {"type": "Person", "nickname": username}} if username else {}


def _article(a: dict, urls: _Urls, zone) -> dict:
    """Return the annotated article as an External Web Resource, dated when it can be."""
    source = {"id": urls.article(a["article_id"]), "type": "Text"}
    if a["article__published_at"] is not None:
        when = iso(a["article__published_at"], zone)
        # A date-only article was published on its day, not at midnight.
        source["datePublished"] = (
            when[:10] if a["article__published_date_only"] else when
        )
    return source


def annotation_jsonld(row: tuple, tags: list[str], urls: _Urls, zone=None) -> dict:
    """Return one annotation (a row of ANNOTATION_FIELDS with its tags) as a W3C Annotation."""
    a = dict(zip(ANNOTATION_FIELDS, row, strict=True))
    bodies = [_body(a["kind"], "classifying")]
    if a["speaker__name"]:
        bodies.append(_body(a["speaker__name"], "identifying"))
    if a["value"] is not None:
        claim = _body(f"{number(a['value'])} {a['unit']}".strip(), "describing")
        # What the reader shows beside the number: "≈", "at least"/"at most", the measure.
        claim["approximate"] = bool(a["approximate"])
        if a["bound"]:
            claim["bound"] = a["bound"]
        if a["measured"]:
            claim["measured"] = a["measured"]
        bodies.append(claim)
    bodies += [_body(name, "tagging") for name in tags]
    if a["note"]:
        bodies.append(_body(a["note"], "commenting"))
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": urls.annotation(a["article_id"], a["id"]),
        "type": "Annotation",
        "motivation": MOTIVATION.get(a["kind"], "commenting"),
        "created": iso(a["created_at"], zone),
        "modified": iso(a["updated_at"], zone),
        **_creator(a["created_by__username"]),
        "body": bodies,
        "target": {
            "type": "SpecificResource",
            "source": _article(a, urls, zone),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": a["exact"],
                    "prefix": a["prefix"],
                    "suffix": a["suffix"],
                },
                {"type": "TextPositionSelector", "start": a["start"], "end": a["end"]},
            ],
        },
    }


def link_jsonld(row: tuple, urls: _Urls, zone=None) -> dict:
    """Return one link (a row of LINK_FIELDS) as a W3C Annotation with motivation linking."""
    link = dict(zip(LINK_FIELDS, row, strict=True))
    bodies = [_body(link["relation"], "classifying")]
    if link["note"]:
        bodies.append(_body(link["note"], "commenting"))
    return {
        "@context": CONTEXT,
        "id": urls.link(link["source__article_id"], link["id"]),
        "type": "Annotation",
        "motivation": "linking",
        "created": iso(link["created_at"], zone),
        "modified": iso(link["updated_at"], zone),
        **_creator(link["created_by__username"]),
        "body": bodies,
        "target": [
            urls.annotation(link["source__article_id"], link["source_id"]),
            urls.annotation(link["target__article_id"], link["target_id"]),
        ],
    }


def _page_url(collection_id: str, page: int, page_size: int | None) -> str:
    params = {"page": page}
    if page_size:
        params["page_size"] = page_size
    return collection_id + ("&" if "?" in collection_id else "?") + urlencode(params)


def _items(
    annotations: QuerySet[Annotation],
    links: QuerySet[Link],
    urls: _Urls,
    start: int,
    stop: int | None,
    annotation_total: int,
) -> Iterator[dict]:
    zone = timezone.get_current_timezone()
    if start < annotation_total:
        end = annotation_total if stop is None else min(stop, annotation_total)
        sliced = annotations.order_by("article_id", "start", "end", "id")[start:end]
        # Slicing fixes the order; annotation_records keeps it.
        ids = list(sliced.values_list("id", flat=True))
        chunk = annotations.filter(id__in=ids) if stop is not None else annotations
        for row, tags, _links in annotation_records(chunk):
            yield annotation_jsonld(row, tags, urls, zone)
    link_start = max(0, start - annotation_total)
    link_stop = None if stop is None else max(0, stop - annotation_total)
    if link_stop is None or link_stop > link_start:
        for row in (
            links.order_by("id")
            .values_list(*LINK_FIELDS)[link_start:link_stop]
            .iterator(chunk_size=2000)
        ):
            yield link_jsonld(row, urls, zone)


def stream_jsonld(
    annotations: QuerySet[Annotation],
    links: QuerySet[Link],
    *,
    base_url: str,
    collection_id: str,
    label: str,
    page: int | None = None,
    page_size: int | None = None,
) -> Iterator[bytes]:
    """Yield the export as UTF-8 JSON-LD chunks, one annotation per chunk.

    Without `page` the result is the AnnotationCollection with its first page
    embedded: that page holds every annotation and link unless `page_size` is
    given. With `page` (from 1) it is that AnnotationPage alone, pointing to the
    collection (`partOf`) and its neighbours (`prev`, `next`).
    """
    urls = _Urls(base_url)
    if page is None:
        yield (
            "{"
            f'"@context":{_dumps(CONTEXT)},"id":{_dumps(collection_id)},'
            f'"type":"AnnotationCollection","label":{_dumps(label)},'
        ).encode()
    annotation_total = annotations.count()
    total = annotation_total + links.count()
    size = page_size or max(total, 1)
    pages = max(1, -(-total // size))
    number_ = page or 1
    if not 1 <= number_ <= pages:
        number_ = min(max(number_, 1), pages)
    start = (number_ - 1) * size
    stop = start + size if page_size else None
    page_head: dict = {
        "id": _page_url(collection_id, number_, page_size),
        "type": "AnnotationPage",
        "startIndex": start,
    }
    if page is None:
        yield (
            f'"total":{total},'
            f'"last":{_dumps(_page_url(collection_id, pages, page_size))},"first":'
        ).encode()
    else:
        page_head = {
            "@context": CONTEXT,
            **page_head,
            "partOf": {
                "id": collection_id,
                "type": "AnnotationCollection",
                "label": label,
                "total": total,
            },
        }
        if number_ > 1:
            page_head["prev"] = _page_url(collection_id, number_ - 1, page_size)
    if number_ < pages:
        page_head["next"] = _page_url(collection_id, number_ + 1, page_size)
    yield (_dumps(page_head)[:-1] + ',"items":[').encode()
    first = True
    for item in _items(annotations, links, urls, start, stop, annotation_total):
        yield (("" if first else ",") + _dumps(item)).encode()
        first = False
    yield (b"]}}" if page is None else b"]}") + b"\n"
