from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from annotations.models import Article, Story

JAKARTA = ZoneInfo("Asia/Jakarta")


def test_stories_show_their_article_count_and_date_range(viewer_client, outlet):
    story = Story.objects.create(
        title="Blinken di Beijing", slug="blinken", description="Kunjungan dua hari."
    )
    Story.objects.create(title="Kosong", slug="kosong")
    for n, day in enumerate((18, 20)):
        Article.objects.create(
            outlet=outlet,
            title=f"A{n}",
            body="x",
            raw_text="x",
            content_hash=n,
            story=story,
            published_at=dt.datetime(2024, 6, day, 10, tzinfo=JAKARTA),
        )
    html = viewer_client.get("/stories/").content.decode()
    assert 'href="/stories/blinken/"' in html
    assert "Kunjungan dua hari." in html
    assert "18 Jun 2024 – 20 Jun 2024" in html
    stories = {
        s.title: s.article_count
        for s in viewer_client.get("/stories/").context["stories"]
    }
    assert stories == {"Blinken di Beijing": 2, "Kosong": 0}


def test_only_editors_see_the_new_story_button(editor_client, viewer_client):
    assert 'href="/stories/new/"' in editor_client.get("/stories/").content.decode()
    assert 'href="/stories/new/"' not in viewer_client.get("/stories/").content.decode()


def test_the_story_list_has_a_fixed_number_of_queries(
    viewer_client, outlet, django_assert_max_num_queries
):
    for n in range(10):
        story = Story.objects.create(title=f"S{n}", slug=f"s{n}")
        Article.objects.create(
            outlet=outlet,
            title=f"A{n}",
            body="x",
            raw_text="x",
            content_hash=n,
            story=story,
        )
    with django_assert_max_num_queries(5):
        viewer_client.get("/stories/")
