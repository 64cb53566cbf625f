"""Exports: spreadsheet-safe CSV (`csv`), W3C Web Annotation JSON-LD (`jsonld`), and the
rows each holds (`queries`). Everything streams: rows are read and written in chunks."""

from __future__ import annotations

from annotations.exporting.csv import (
    ANNOTATION_HEADER,
    ARTICLE_HEADER,
    COVERAGE_HEADER,
    LINK_HEADER,
    annotation_records,
    annotation_rows,
    article_rows,
    coverage_rows,
    csv_safe,
    csv_unsafe,
    link_rows,
    stream_csv,
)
from annotations.exporting.jsonld import stream_jsonld
from annotations.exporting.queries import annotations_for, articles_for, links_for

__all__ = [
    "ANNOTATION_HEADER",
    "ARTICLE_HEADER",
    "COVERAGE_HEADER",
    "coverage_rows",
    "LINK_HEADER",
    "annotation_records",
    "annotation_rows",
    "annotations_for",
    "article_rows",
    "articles_for",
    "csv_safe",
    "csv_unsafe",
    "link_rows",
    "links_for",
    "stream_csv",
    "stream_jsonld",
]
