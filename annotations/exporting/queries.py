"""The rows each export holds, from the same filter values the pages use.

`data` is a dict like the filter forms' `cleaned_data` (`annotations.filters`):
story, outlet, article, kind, status, speaker, tag, annotator, since, until, and
for the library page q and language. Only live annotations are exported.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from annotations.filters import ANNOTATION_FIELDS, filter_annotations, filter_articles
from annotations.models import Annotation, Article, Link
from annotations.search import tokens


def _annotation_only(data: dict) -> dict:
    return {k: data[k] for k in ANNOTATION_FIELDS if data.get(k)}


def annotations_for(data: dict) -> QuerySet[Annotation]:
    """Return the live annotations matching `data`.

    The library's search (q) and language narrow the annotations to the articles
    the library shows.
    """
    queryset = filter_annotations(Annotation.objects.alive(), data)
    if tokens(data.get("q") or "") or data.get("language"):
        shown = filter_articles(
            Article.objects.all(),
            {"q": data.get("q"), "language": data.get("language")},
        )
        queryset = queryset.filter(article__in=list(shown.values_list("pk", flat=True)))
    return queryset


def links_for(data: dict) -> QuerySet[Link]:
    """Return the links between live annotations where at least one end matches `data`."""
    matching = annotations_for(data).values("pk")
    return Link.objects.filter(
        Q(source__in=matching) | Q(target__in=matching),
        source__deleted_at__isnull=True,
        target__deleted_at__isnull=True,
    )


def articles_for(
    data: dict, *, filter_by_annotations: bool = True
) -> QuerySet[Article]:
    """Return the articles matching `data`, each with `annotation_count`.

    The count holds the live annotations that match the annotation filters (kind,
    status, speaker, tag, annotator). With `filter_by_annotations` (what the library
    does) an article needs at least one such annotation to be listed.
    """
    article_data = dict(data)
    if not filter_by_annotations:
        for key in ANNOTATION_FIELDS:
            article_data.pop(key, None)
    if data.get("article"):
        queryset = Article.objects.filter(
            pk=getattr(data["article"], "pk", data["article"])
        )
    else:
        queryset = Article.objects.all()
    queryset = filter_articles(queryset, article_data)
    queryset = queryset.with_annotation_count(
        filter_annotations(Annotation.objects.alive(), _annotation_only(data))
    )
    if not tokens(data.get("q") or ""):
        queryset = queryset.order_by("published_at", "id")
    return queryset
