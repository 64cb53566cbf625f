from __future__ import annotations

from django.urls import path

from annotations.views import annotate, articles, exports, importing, reader, stories

app_name = "annotations"

urlpatterns = [
    path("", articles.home, name="home"),
    # Library (views/articles.py)
    path("articles/", articles.article_list, name="article-list"),
    # Import (views/importing.py)
    path("articles/import/", importing.article_import, name="article-import"),
    path(
        "articles/import/file/",
        importing.article_import_file,
        name="article-import-file",
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
    path("annotations/export.csv", exports.annotation_export, name="annotation-export"),
    path("links/export.csv", exports.link_export, name="link-export"),
    path("articles/export.csv", exports.article_export, name="article-export"),
    path(
        "annotations/export.jsonld",
        exports.annotation_export_jsonld,
        name="annotation-export-jsonld",
    ),
]
