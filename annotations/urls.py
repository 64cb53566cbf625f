from __future__ import annotations

from django.urls import path

from annotations.views import articles, stories

app_name = "annotations"

urlpatterns = [
    path("", articles.home, name="home"),
    # Library and reader
    path("articles/", articles.article_list, name="article-list"),
    path("articles/<int:pk>/", articles.article_detail, name="article-detail"),
    # Stories
    path("stories/", stories.story_list, name="story-list"),
    path("stories/<str:slug>/", stories.story_detail, name="story-detail"),
    # Annotations
    # Speakers
    # Exports
]
