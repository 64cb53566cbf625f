from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from annotations.models import Annotation, Article, Outlet, Story

JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def story(outlet, alice):
    story = Story.objects.create(title="Blinken di Beijing", slug="blinken-di-beijing")
    reuters = Outlet.objects.create(name="Reuters", language="en")

    def article(title, source, when, story=story, body="x"):
        return Article.objects.create(
            outlet=source,
            title=title,
            body=body,
            raw_text=body,
            content_hash=title,
            story=story,
            published_at=when,
        )

    late = article("Hari kedua", outlet, dt.datetime(2024, 6, 19, 8, tzinfo=JAKARTA))
    article("Day one", reuters, dt.datetime(2024, 6, 18, 21, tzinfo=JAKARTA))
    article("Hari pertama", outlet, dt.datetime(2024, 6, 18, 7, tzinfo=JAKARTA))
    article("Undated", outlet, None)
    article("Banjir Kemang", outlet, None, story=None, body="hujan deras di Kemang")
    article("Gempa Cianjur", reuters, None, story=None, body="gempa bumi")
    Annotation.objects.create(
        article=late, kind="quote", start=0, end=1, exact="x", created_by=alice
    )
    Annotation.objects.create(
        article=late,
        kind="note",
        start=0,
        end=1,
        exact="x",
        created_by=alice,
        deleted_at=timezone.now(),
    )
    return story


def test_articles_are_listed_by_publication_date_undated_last(viewer_client, story):
    response = viewer_client.get("/stories/blinken-di-beijing/")
    titles = [a.title for a in response.context["articles"]]
    assert titles == ["Hari pertama", "Day one", "Hari kedua", "Undated"]


def test_outlets_sit_side_by_side_one_row_per_day(viewer_client, story):
    response = viewer_client.get("/stories/blinken-di-beijing/")
    assert [o.name for o in response.context["outlets"]] == ["Reuters", "Warta Contoh"]
    rows = [
        (day, [[a.title for a in cell] for cell in cells])
        for day, cells in response.context["rows"]
    ]
    assert rows == [
        (dt.date(2024, 6, 18), [["Day one"], ["Hari pertama"]]),
        (dt.date(2024, 6, 19), [[], ["Hari kedua"]]),
        (None, [[], ["Undated"]]),
    ]
    assert "1 annotation" in response.content.decode()


def test_an_unknown_story_is_404(viewer_client, db):
    assert viewer_client.get("/stories/nope/").status_code == 404


def test_viewers_see_no_editing_controls(viewer_client, story):
    html = viewer_client.get("/stories/blinken-di-beijing/").content.decode()
    assert "Remove from story" not in html
    assert "Add articles" not in html


def test_editors_can_pick_articles_that_are_in_no_story(editor_client, story):
    response = editor_client.get("/stories/blinken-di-beijing/")
    assert {a.title for a in response.context["candidates"]} == {
        "Banjir Kemang",
        "Gempa Cianjur",
    }


def test_finding_candidates_searches_their_text(editor_client, story):
    response = editor_client.get(
        "/stories/blinken-di-beijing/",
        {"find": "hujan"},
        headers={"HX-Request": "true", "HX-Target": "story-candidates"},
    )
    html = response.content.decode()
    assert "<html" not in html
    assert html.lstrip().startswith('<form id="story-candidates"')
    assert "Banjir Kemang" in html and "Gempa Cianjur" not in html


def test_adding_articles_puts_them_in_the_story(editor_client, story):
    ids = list(Article.objects.filter(story__isnull=True).values_list("pk", flat=True))
    response = editor_client.post(
        "/stories/blinken-di-beijing/articles/add/", {"articles": ids}
    )
    assert response.status_code == 302
    assert response["Location"] == "/stories/blinken-di-beijing/"
    assert story.articles.count() == 6
    page = editor_client.get(response["Location"]).content.decode()
    assert "2 articles added to the story." in page


def test_removing_an_article_takes_it_out_of_the_story(editor_client, story):
    article = story.articles.get(title="Undated")
    response = editor_client.post(
        f"/stories/blinken-di-beijing/articles/{article.pk}/remove/"
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.story is None
    assert Article.objects.filter(pk=article.pk).exists()


def test_viewers_cannot_add_or_remove(viewer_client, story):
    free = Article.objects.filter(story__isnull=True).first()
    member = story.articles.first()
    assert (
        viewer_client.post(
            "/stories/blinken-di-beijing/articles/add/", {"articles": [free.pk]}
        ).status_code
        == 403
    )
    assert (
        viewer_client.post(
            f"/stories/blinken-di-beijing/articles/{member.pk}/remove/"
        ).status_code
        == 403
    )
    assert story.articles.count() == 4


def test_the_story_page_has_a_fixed_number_of_queries(
    editor_client, story, outlet, django_assert_max_num_queries
):
    for n in range(20):
        Article.objects.create(
            outlet=outlet,
            title=f"More {n}",
            body="x",
            raw_text="x",
            content_hash=f"m{n}",
            story=story,
        )
    # The coverage table adds two: near duplicates, and the claims with their facts;
    # the stamp of the story's claims (are the facts up to date?) one more.
    editor_client.get("/stories/blinken-di-beijing/")  # stores the claims' stamp
    with django_assert_max_num_queries(11):
        editor_client.get("/stories/blinken-di-beijing/")
