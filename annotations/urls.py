from __future__ import annotations

from django.urls import path

from annotations.views import (
    annotate,
    articles,
    compare,
    exports,
    importing,
    links,
    reader,
    source,
    speakers,
    stories,
    suggestions,
)

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
    path(
        "articles/<int:pk>/import-outlet/",
        importing.article_import_outlet,
        name="article-import-outlet",
    ),
    # Reader (views/reader.py)
    path("articles/<int:pk>/", reader.article_detail, name="article-detail"),
    path("articles/<int:pk>/edit/", articles.article_edit, name="article-edit"),
    path("articles/<int:pk>/delete/", articles.article_delete, name="article-delete"),
    # Source (views/source.py)
    path("articles/<int:pk>/source/", source.article_source, name="article-source"),
    path(
        "articles/<int:pk>/source/blocks/<int:index>/restore/",
        source.article_block_restore,
        name="article-block-restore",
    ),
    path(
        "articles/<int:pk>/source/blocks/<int:index>/remove/",
        source.article_block_remove,
        name="article-block-remove",
    ),
    # Stories (views/stories.py)
    path("stories/", stories.story_list, name="story-list"),
    # stories/new/ must come before stories/<slug>/, which would swallow it.
    path("stories/new/", stories.story_create, name="story-create"),
    path("stories/<str:slug>/edit/", stories.story_edit, name="story-edit"),
    path("stories/<str:slug>/", stories.story_detail, name="story-detail"),
    path(
        "stories/<str:slug>/articles/add/",
        stories.story_add_articles,
        name="story-add-articles",
    ),
    path(
        "stories/<str:slug>/articles/<int:pk>/remove/",
        stories.story_remove_article,
        name="story-remove-article",
    ),
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
    # Suggestions (views/suggestions.py)
    path(
        "articles/<int:pk>/suggestions/",
        suggestions.article_suggestions,
        name="article-suggestions",
    ),
    path(
        "articles/<int:pk>/suggestions/review/",
        suggestions.article_suggestions_review,
        name="article-suggestions-review",
    ),
    path(
        "annotations/<int:pk>/accept/",
        suggestions.annotation_accept,
        name="annotation-accept",
    ),
    path(
        "annotations/<int:pk>/reject/",
        suggestions.annotation_reject,
        name="annotation-reject",
    ),
    # Links (views/links.py)
    path(
        "annotations/<int:pk>/links/new/",
        links.link_create,
        name="link-create",
    ),
    path("links/<int:pk>/status/", links.link_update, name="link-update"),
    path("links/<int:pk>/delete/", links.link_delete, name="link-delete"),
    path(
        "stories/<str:slug>/links/suggest/",
        links.link_suggest,
        name="link-suggest",
    ),
    # Compare outlets (views/compare.py)
    path(
        "stories/<str:slug>/coverage/",
        compare.story_coverage_view,
        name="story-coverage",
    ),
    path(
        "stories/<str:slug>/coverage.csv",
        compare.story_coverage_export,
        name="story-coverage-export",
    ),
    path(
        "stories/<str:slug>/facts/move/",
        compare.fact_claim_move,
        name="fact-claim-move",
    ),
    path(
        "stories/<str:slug>/facts/claims/<int:pk>/move/",
        compare.fact_claim_move_form,
        name="fact-claim-move-form",
    ),
    path(
        "stories/<str:slug>/facts/<int:pk>/rename/",
        compare.fact_rename,
        name="fact-rename",
    ),
    path("stories/<str:slug>/compare/", compare.story_compare, name="story-compare"),
    path(
        "stories/<str:slug>/compare/link/",
        compare.story_compare_link,
        name="story-compare-link",
    ),
    path("contradictions/", compare.contradiction_list, name="contradiction-list"),
    path(
        "contradictions/<int:pk>/status/",
        compare.contradiction_update,
        name="contradiction-update",
    ),
    # Speakers (views/speakers.py)
    path("speakers/", speakers.speaker_list, name="speaker-list"),
    path("speakers/suggest/", speakers.speaker_suggest, name="speaker-suggest"),
    path("speakers/new/", speakers.speaker_create, name="speaker-create"),
    path("speakers/<int:pk>/", speakers.speaker_detail, name="speaker-detail"),
    path("speakers/<int:pk>/edit/", speakers.speaker_update, name="speaker-update"),
    path("speakers/<int:pk>/merge/", speakers.speaker_merge, name="speaker-merge"),
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
