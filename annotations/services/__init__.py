"""Writes that touch several rows or models. Views and commands call these; they validate and save.

Each area has its own module; the names are re-exported here so callers write
`services.annotation_create(...)`.
"""

from __future__ import annotations

from annotations.services.annotating import (
    AnnotationConflict,
    annotation_create,
    annotation_delete,
    annotation_restore,
    annotation_update,
)
from annotations.services.annotation_import import (
    AnnotationImportReport,
    RowProblem,
    annotation_import,
)
from annotations.services.articles import (
    StaleEdit,
    article_delete,
    article_details_version,
    article_remove_block,
    article_restore_block,
    article_update_details,
)
from annotations.services.facts import (
    fact_create,
    fact_move_claim,
    fact_refresh_for_story,
    fact_rename,
    facts_refresh_if_stale,
    facts_refresh_stale_stories,
    link_propose_for_story,
)
from annotations.services.importing import (
    FileReport,
    ImportOutcome,
    article_import,
    import_files,
)
from annotations.services.links import (
    link_create,
    link_delete,
    link_suggest_for_story,
    link_update,
    link_warnings,
)
from annotations.services.speakers import (
    speaker_create,
    speaker_find,
    speaker_learn_alias,
    speaker_merge,
    speaker_resolve,
    speaker_update,
)
from annotations.services.stories import (
    story_add_articles,
    story_create,
    story_remove_article,
    story_rename,
)
from annotations.services.suggesting import (
    SuggestReport,
    annotation_suggest_bulk,
    annotation_suggest_for_article,
    annotation_suggest_pending,
    annotation_suggestion_accept,
    annotation_suggestion_reject,
    annotation_suggestions_review_bulk,
    suggestions_schedule,
)

__all__ = [
    "story_rename",
    "article_update_details",
    "article_details_version",
    "article_delete",
    "StaleEdit",
    "AnnotationImportReport",
    "RowProblem",
    "annotation_import",
    "AnnotationConflict",
    "annotation_create",
    "annotation_delete",
    "annotation_restore",
    "annotation_update",
    "FileReport",
    "ImportOutcome",
    "article_import",
    "import_files",
    "article_remove_block",
    "article_restore_block",
    "fact_create",
    "fact_move_claim",
    "fact_refresh_for_story",
    "fact_rename",
    "facts_refresh_if_stale",
    "facts_refresh_stale_stories",
    "link_propose_for_story",
    "link_warnings",
    "link_create",
    "link_delete",
    "link_suggest_for_story",
    "link_update",
    "SuggestReport",
    "annotation_suggest_bulk",
    "annotation_suggest_for_article",
    "annotation_suggest_pending",
    "annotation_suggestion_accept",
    "annotation_suggestion_reject",
    "annotation_suggestions_review_bulk",
    "suggestions_schedule",
    "speaker_create",
    "speaker_find",
    "speaker_learn_alias",
    "speaker_merge",
    "speaker_resolve",
    "speaker_update",
    "story_add_articles",
    "story_create",
    "story_remove_article",
]
