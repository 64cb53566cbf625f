"""The JSON-LD export against the W3C Web Annotation test suite's JSON schemas.

The suite (../shared/w3c-web-annotation-tests) lists its MUST assertions in
annotations/annotationMusts.test, collections/collectionMusts.test and
collections/pages/pageMusts.test. Every one of those assertion files has
`"assertionType": "must"`, `"expectedResult": "valid"` and
`"onUnexpectedResult": "failAndContinue"`: the exported object must validate, and a
failure fails the assertion (the suite has no `expectedResult: "invalid"` files).
The SHOULD/MAY files (`*Optionals.test`) use `passAndContinue`: failing them only
means an optional feature is absent, so they are not applied here.

Each annotation is checked against every annotation MUST; the collection document
against every collection MUST and, for its embedded first page, every page MUST (as
pageMusts.test says of embedded pages); a page served alone against every page MUST.
The schemas are draft-04 and lean on `format: uri` and `format: date-time`, which
jsonschema checks only with optional packages, so this test supplies both checkers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from annotations.exporting import annotations_for, links_for, stream_jsonld
from tests import export_data

corpus = export_data.corpus
SUITE = (
    Path(__file__).resolve().parents[1].parent / "shared" / "w3c-web-annotation-tests"
)
BASE = "https://newsroom.test"

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*$")
_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
)
FORMATS = FormatChecker()
FORMATS.checks("uri")(
    lambda value: not isinstance(value, str) or bool(_URI.match(value))
)
FORMATS.checks("date-time")(
    lambda value: not isinstance(value, str) or bool(_DATE_TIME.match(value))
)


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def registry() -> Registry:
    resources = []
    for path in sorted((SUITE / "definitions").glob("*.json")):
        schema = _load(path)
        resources.append((schema["id"], Resource.from_contents(schema, DRAFT4)))
    return Registry().with_resources(resources)


def _musts(test_file: str) -> list[dict]:
    listed = _load(SUITE / test_file)["assertions"]
    schemas = [_load(SUITE / name) for name in listed]
    assert schemas and all(s["assertionType"] == "must" for s in schemas)
    assert all(s["expectedResult"] == "valid" for s in schemas)
    return schemas


def _failures(registry: Registry, schemas: list[dict], instance: dict) -> list[str]:
    failures = []
    for schema in schemas:
        validator = Draft4Validator(schema, registry=registry, format_checker=FORMATS)
        if not validator.is_valid(instance):
            failures.append(f"{schema['id']}: {schema.get('errorMessage', '')}")
    return failures


def _export(**kwargs) -> dict:
    chunks = stream_jsonld(
        annotations_for({}),
        links_for({}),
        base_url=BASE,
        collection_id=f"{BASE}/annotations/export.jsonld",
        label="Test",
        **kwargs,
    )
    return json.loads(b"".join(chunks))


def test_every_exported_annotation_meets_every_must_of_the_w3c_suite(corpus, registry):
    schemas = _musts("annotations/annotationMusts.test")
    items = _export()["first"]["items"]
    assert len(items) == 5  # four live annotations and one link between live ones
    for item in items:
        assert _failures(registry, schemas, item) == [], item["id"]


def test_the_collection_and_its_pages_meet_every_must(corpus, registry):
    collection = _export()
    assert (
        _failures(registry, _musts("collections/collectionMusts.test"), collection)
        == []
    )
    page_musts = _musts("collections/pages/pageMusts.test")
    assert _failures(registry, page_musts, collection) == []  # the embedded first page
    page = _export(page=2, page_size=2)
    assert page["type"] == "AnnotationPage"
    assert _failures(registry, page_musts, page) == []


def test_the_suite_catches_a_broken_annotation(corpus, registry):
    schemas = _musts("annotations/annotationMusts.test")
    item = _export()["first"]["items"][0]
    del item["@context"]
    item["target"]["selector"][0].pop("exact")
    item["created"] = "26 April 2024"
    failures = _failures(registry, schemas, item)
    assert any("annotationContextValidated" in f for f in failures)
    assert any("textQuoteSelectorValid" in f for f in failures)
    assert any("annotationCreatedValidated" in f for f in failures)


def test_annotations_carry_selectors_speaker_tags_and_note(corpus):
    items = {item["id"]: item for item in _export()["first"]["items"]}
    quote = corpus.quote
    item = items[f"{BASE}/articles/{quote.article_id}/#a{quote.pk}"]
    assert item["motivation"] == "identifying"
    quote_selector, position = item["target"]["selector"]
    assert quote_selector == {
        "type": "TextQuoteSelector",
        "exact": quote.exact,
        "prefix": quote.prefix,
        "suffix": quote.suffix,
    }
    assert position == {
        "type": "TextPositionSelector",
        "start": quote.start,
        "end": quote.end,
    }
    assert item["target"]["source"]["id"] == f"{BASE}/articles/{quote.article_id}/"
    assert item["target"]["source"]["type"] == "Text"
    bodies = {(b["purpose"], b["value"]) for b in item["body"]}
    assert ("identifying", "Antony Blinken") in bodies
    assert ("tagging", "diplomasi") in bodies
    assert ("commenting", "Nada positif") in bodies
    assert item["created"].endswith("+07:00")


def test_positions_count_code_points_past_an_emoji(tiny_article):
    from annotations import services

    start = tiny_article.body.index("kepada")
    services.annotation_create(
        article=tiny_article, start=start, end=start + 6, kind="mention"
    )
    (item,) = _export()["first"]["items"]
    position = item["target"]["selector"][1]
    assert tiny_article.body[position["start"] : position["end"]] == "kepada"


def test_links_become_linking_annotations_naming_the_relation(corpus):
    items = _export()["first"]["items"]
    (link,) = [i for i in items if i["motivation"] == "linking"]
    assert link["body"][0] == {
        "type": "TextualBody",
        "value": "contradicts",
        "purpose": "classifying",
    }
    assert link["target"] == [
        f"{BASE}/articles/{corpus.quote.article_id}/#a{corpus.quote.pk}",
        f"{BASE}/articles/{corpus.claim.article_id}/#a{corpus.claim.pk}",
    ]


def test_pages_split_the_items_and_point_to_each_other(corpus):
    collection = _export(page_size=2)
    assert collection["total"] == 5
    assert len(collection["first"]["items"]) == 2
    assert collection["first"]["next"].endswith("page=2&page_size=2")
    assert collection["last"].endswith("page=3&page_size=2")
    pages = [_export(page=n, page_size=2) for n in (1, 2, 3)]
    ids = [i["id"] for p in pages for i in p["items"]]
    assert ids == [i["id"] for i in _export()["first"]["items"]]
    assert pages[2]["startIndex"] == 4 and "next" not in pages[2]
    assert pages[1]["prev"].endswith("page=1&page_size=2")
    assert pages[1]["partOf"]["total"] == 5
