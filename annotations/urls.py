from __future__ import annotations

from django.urls import path

from annotations.views import annotate, articles, importing, reader, stories

app_name = "annotations"

urlpatterns = [
    path("", articles.home, name="home"),
    # Library (views/articles.py)
    path("articles/", articles.article_list, name="article-list"),
    # Import (views/importing.py)
    path("articles/import/", importing.article_import, name="article-import"),
    path(
        "articles/import/file/", importing.article_import_file, name="article-import-file"
    ),
    # Reader (views/reader.py)
    path("articles/<int:pk>/", reader.article_detail, name="article-detail"),
    # Stories (views/stories.py)
    path("stories/", stories.story_list, name="story-list"),
    path("stories/<str:slug>/", stories.story_detail, name="story-detail"),
    # Annotations (views/annotate.py)
    path(
        "articles/<int:pk>/annotations/new/",
        annotate.annotation_create,
        name="annotation-create",
    ),
    path("annotations/<int:pk>/", annotate.annotation_detail, name="annotation-detail"),
    path(
        "annotations/<int:pk>/edit/",
        annotate.annotation_update,
        name="annotation-update",
    ),
    path(
        "annotations/<int:pk>/delete/",
        annotate.annotation_delete,
        name="annotation-delete",
    ),
    path(
        "annotations/<int:pk>/restore/",
        annotate.annotation_restore,
        name="annotation-restore",
    ),
    # Speakers (views/speakers.py)
    # Exports (views/exports.py)
]
