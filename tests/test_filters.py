"""The query-string filters shared by the library, the side panel and the exports."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from annotations.filters import (
    AnnotationFilterForm,
    ArticleFilterForm,
    filter_annotations,
    filter_articles,
)
from annotations.models import Annotation, Article, Outlet, Speaker, Story, Tag

JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def cast(db, alice, victor):
    kompas = Outlet.objects.create(name="Kompas", language="id")
    reuters = Outlet.objects.create(name="Reuters", language="en")
    story = Story.objects.create(title="Blinken di Beijing", slug="blinken-di-beijing")
    sari = Speaker.objects.create(name="Sari")
    tan = Speaker.objects.create(name="Tan")
    angka = Tag.objects.create(name="angka")

    def article(title, outlet, published, language="id", story=None):
        return Article.objects.create(
            outlet=outlet,
            title=title,
            body=f"{title} body text",
            raw_text=title,
            content_hash=title,
            language=language,
            story=story,
            published_at=published,
        )

    a = article(
        "Pagi", kompas, dt.datetime(2024, 6, 18, 0, 30, tzinfo=JAKARTA), story=story
    )
    b = article(
        "Malam", kompas, dt.datetime(2024, 6, 18, 23, 59, tzinfo=JAKARTA), story=story
    )
    c = article(
        "Morning", reuters, dt.datetime(2024, 6, 19, 8, 0, tzinfo=JAKARTA), "en"
    )
    quote = Annotation.objects.create(
        article=a,
        kind="quote",
        start=0,
        end=4,
        exact="Pagi",
        speaker=sari,
        created_by=alice,
    )
    quote.tags.add(angka)
    Annotation.objects.create(
        article=b,
        kind="claim",
        start=0,
        end=5,
        exact="Malam",
        speaker=tan,
        status="suggested",
        created_by=victor,
    )
    # A deleted annotation never makes its article match.
    Annotation.objects.create(
        article=c,
        kind="quote",
        start=0,
        end=7,
        exact="Morning",
        speaker=sari,
        created_by=alice,
        deleted_at=timezone.now(),
    )
    return {"a": a, "b": b, "c": c, "sari": sari, "tan": tan}


def _articles(query: dict) -> set[str]:
    form = ArticleFilterForm(query)
    assert form.is_valid(), form.errors
    return set(
        filter_articles(Article.objects.all(), form.cleaned_data).values_list(
            "title", flat=True
        )
    )


def _annotations(query: dict) -> set[str]:
    form = AnnotationFilterForm(query)
    assert form.is_valid(), form.errors
    return set(
        filter_annotations(Annotation.objects.alive(), form.cleaned_data).values_list(
            "exact", flat=True
        )
    )


def test_no_filter_keeps_everything(cast):
    assert _articles({}) == {"Pagi", "Malam", "Morning"}


def test_articles_filter_by_outlet_story_and_language(cast):
    assert _articles({"outlet": "Reuters"}) == {"Morning"}
    assert _articles({"story": "blinken-di-beijing"}) == {"Pagi", "Malam"}
    assert _articles({"language": "en"}) == {"Morning"}


def test_dates_are_whole_days_in_the_site_time_zone(cast):
    # 00:30 and 23:59 Jakarta time on the 18th are both "the 18th", though in UTC
    # the first one falls on the 17th.
    assert _articles({"since": "2024-06-18", "until": "2024-06-18"}) == {
        "Pagi",
        "Malam",
    }
    assert _articles({"since": "2024-06-19"}) == {"Morning"}
    assert _articles({"until": "2024-06-17"}) == set()


def test_articles_filter_by_their_live_annotations(cast, alice):
    assert _articles({"kind": "quote"}) == {"Pagi"}
    assert _articles({"speaker": str(cast["sari"].pk)}) == {"Pagi"}
    assert _articles({"tag": "angka"}) == {"Pagi"}
    assert _articles({"status": "suggested"}) == {"Malam"}
    assert _articles({"annotator": "victor"}) == {"Malam"}


def test_annotation_filters_must_hold_for_one_annotation(cast):
    # Pagi has a quote by Sari and Malam a claim by Tan: no single quote by Tan.
    assert _articles({"kind": "quote", "speaker": str(cast["tan"].pk)}) == set()


def test_an_article_with_two_matching_annotations_appears_once(cast, alice):
    Annotation.objects.create(
        article=cast["a"], kind="quote", start=1, end=3, exact="ag", created_by=alice
    )
    form = ArticleFilterForm({"kind": "quote"})
    assert form.is_valid()
    titles = list(
        filter_articles(Article.objects.all(), form.cleaned_data).values_list(
            "title", flat=True
        )
    )
    assert titles == ["Pagi"]


def test_search_combines_with_the_other_filters(cast):
    assert _articles({"q": "body"}) == {"Pagi", "Malam", "Morning"}
    assert _articles({"q": "body", "outlet": "Kompas"}) == {"Pagi", "Malam"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("since", "2024-13-45"),
        ("until", "yesterday"),
        ("kind", "rumour"),
        ("status", "maybe"),
        ("language", "fr"),
        ("outlet", "No Such Outlet"),
        ("story", "no-such-story"),
        ("speaker", "abc"),
        ("speaker", "999999"),
        ("tag", "nope"),
        ("annotator", "nobody"),
    ],
)
def test_invalid_values_are_form_errors(cast, field, value):
    form = ArticleFilterForm({field: value})
    assert not form.is_valid()
    assert field in form.errors


def test_an_end_date_before_the_start_date_is_an_error(cast):
    form = ArticleFilterForm({"since": "2024-06-19", "until": "2024-06-18"})
    assert not form.is_valid()
    assert "until" in form.errors


def test_annotations_filter_by_article_fields(cast):
    assert _annotations({}) == {"Pagi", "Malam"}
    assert _annotations({"story": "blinken-di-beijing", "kind": "claim"}) == {"Malam"}
    assert _annotations({"outlet": "Kompas", "annotator": "alice"}) == {"Pagi"}
    assert _annotations({"article": str(cast["b"].pk)}) == {"Malam"}
    assert _annotations({"since": "2024-06-19"}) == set()
    assert _annotations({"tag": "angka", "status": "accepted"}) == {"Pagi"}


def test_filter_functions_accept_plain_values(cast):
    data = {"outlet": "Kompas", "story": "blinken-di-beijing", "tag": "angka"}
    assert [a.title for a in filter_articles(Article.objects.all(), data)] == ["Pagi"]
    data = {"speaker": cast["tan"].pk, "annotator": "victor", "article": cast["b"].pk}
    assert [a.exact for a in filter_annotations(Annotation.objects.all(), data)] == [
        "Malam"
    ]


def test_filter_selects_render_like_django_selects_with_every_name_escaped(db):
    from django import forms

    Outlet.objects.create(name='Warta <b>"Satu"</b> & Co')
    Outlet.objects.create(name="Kabar")
    Speaker.objects.create(name="Sari <i>")
    for data in ({"outlet": 'Warta <b>"Satu"</b> & Co', "kind": "quote"}, {}):
        form = ArticleFilterForm(data)
        form.is_valid()
        fast = {name: str(form[name]) for name in ("outlet", "kind", "speaker")}
        for name, html in fast.items():
            form.fields[name].widget.__class__ = forms.Select  # Django's own
            assert " ".join(html.split()) == " ".join(
                str(form[name]).replace(">\n", ">").split()
            ).replace("> <", "><")
    assert "<b>" not in fast["outlet"] and "&lt;b&gt;" in fast["outlet"]
    assert "Sari &lt;i&gt;" in fast["speaker"]


def test_the_chosen_outlet_is_the_one_option_selected(db):
    Outlet.objects.create(name="Kabar")
    Outlet.objects.create(name="Warta")
    form = ArticleFilterForm({"outlet": "Warta"})
    assert form.is_valid()
    html = str(form["outlet"])
    assert html.count(" selected") == 1
    assert '<option value="Warta" selected>Warta</option>' in html


def test_each_list_of_the_filters_is_one_select_on_every_database(cast):
    """No COUNT before the options, no server-side cursor (three statements on PostgreSQL)."""
    form = ArticleFilterForm({"outlet": "Kompas"})
    assert form.is_valid()
    lists = ("outlet", "story", "speaker", "tag", "annotator")
    with CaptureQueriesContext(connection) as ctx:
        html = {name: str(form[name]) for name in lists}
    statements = [q["sql"].lstrip().split()[0].upper() for q in ctx.captured_queries]
    assert statements == ["SELECT"] * len(lists)
    assert not any("COUNT(" in q["sql"] for q in ctx.captured_queries)
    assert '<option value="Kompas" selected>Kompas</option>' in html["outlet"]
    assert '<option value="Reuters">Reuters</option>' in html["outlet"]
    assert ">Sari</option>" in html["speaker"] and ">Tan</option>" in html["speaker"]
