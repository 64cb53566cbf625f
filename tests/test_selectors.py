"""Read queries: the reader's rows and the side panel's filters, one rule in SQL and Python."""

from __future__ import annotations

import itertools
import re

import pytest

from annotations import selectors
from annotations.models import Annotation, Outlet, Speaker, Tag
from tests.conftest import annotate_words


@pytest.fixture
def annotated(tiny_article, alice, root):
    sari = Speaker.objects.create(name="Sari")
    cek = Tag.objects.create(name="cek", colour="#1f77b4")
    a = annotate_words(tiny_article, "Menlu Sari", "mention", speaker=sari, user=alice)
    b = annotate_words(tiny_article, "7,5 jam", "claim", tags=[cek], user=root)
    c = annotate_words(
        tiny_article, "Kami sepakat", "quote", speaker=sari, status="suggested"
    )
    c.tags.add(cek)
    return tiny_article, [a, b, c], {"speaker": sari.pk, "tag": cek.pk}


def test_reader_rows_come_in_reading_order_with_their_tags(
    annotated, django_assert_num_queries
):
    article, (a, b, c), _ids = annotated
    with django_assert_num_queries(1):
        rows = selectors.reader_rows(article)
    assert [r.pk for r in rows] == [a.pk, b.pk, c.pk]
    assert [[t[1] for t in r.tags] for r in rows] == [[], ["cek"], ["cek"]]
    within = selectors.reader_rows(article, within=(b.start, b.end))
    assert [r.pk for r in within] == [b.pk]


def test_the_panel_filters_agree_in_sql_and_in_python(annotated, alice):
    article, annotations, ids = annotated
    values = {
        "kind": ["claim", "quote"],
        "status": ["accepted", "suggested"],
        "speaker": [ids["speaker"]],
        "author": [alice.pk],
        "tag": [ids["tag"]],
    }
    rows = selectors.reader_rows(article)
    alive = Annotation.objects.alive().filter(article=article)
    for size in (1, 2):
        for keys in itertools.combinations(values, size):
            for combo in itertools.product(*(values[k] for k in keys)):
                active = dict(zip(keys, combo, strict=True))
                in_sql = set(
                    selectors.panel_filter(alive, active).values_list("pk", flat=True)
                )
                in_python = {r.pk for r in rows if selectors.row_matches(r, active)}
                assert in_sql == in_python, active
    assert {r.pk for r in rows if selectors.row_matches(r, {"tag": ids["tag"]})} == {
        annotations[1].pk,
        annotations[2].pk,
    }


def test_outlets_sort_by_name_ignoring_case_in_every_list(editor_client):
    names = ["zeta", "Antara", "detik", "Kompas"]
    for name in names:
        Outlet.objects.create(name=name)
    expected = ["Antara", "detik", "Kompas", "zeta"]

    def mine(listed):
        return [n for n in listed if n in names]

    assert mine(selectors.outlets().values_list("name", flat=True)) == expected
    library = editor_client.get("/articles/").content.decode()
    assert mine(re.findall(r'<option value="([^"]+)"', library)) == expected
    import_page = editor_client.get("/articles/import/").content.decode()
    assert mine(re.findall(r'<option value="([^"]+)">', import_page)) == expected
