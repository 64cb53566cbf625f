"""CSV exports as generators: rows are read in chunks and written as they come.

Every export is spreadsheet-safe: UTF-8 with a byte-order mark (so Excel reads
Indonesian text as UTF-8), CRLF line ends, RFC 4180 quoting, and cells that a
spreadsheet would run as a formula neutralised with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import islice
from operator import itemgetter
from typing import Any

from django.db import connections
from django.db.models import DateTimeField, QuerySet, TextField
from django.db.models.functions import Cast
from django.db.models.sql.constants import MULTI
from django.utils import timezone

from annotations.models import Annotation, Article, Link, Tag
from annotations.quantities import plain_number

CHUNK_SIZE = 2000
ROWS_PER_WRITE = 500

ANNOTATION_HEADER = (
    "annotation_id",
    "status",
    "kind",
    "article_id",
    "outlet",
    "article_title",
    "article_url",
    "published_at",
    "story",
    "start",
    "end",
    "text",
    "prefix",
    "suffix",
    "speaker",
    "speaker_role",
    "quote_form",
    "value",
    "unit",
    "approximate",
    "bound",
    "measured",
    "tags",
    "note",
    "links",
    "origin",
    "confidence",
    "created_by",
    "created_at",
    "updated_at",
)
LINK_HEADER = (
    "link_id",
    "relation",
    "status",
    "note",
    "a_annotation_id",
    "a_outlet",
    "a_article_title",
    "a_text",
    "a_value",
    "a_unit",
    "b_annotation_id",
    "b_outlet",
    "b_article_title",
    "b_text",
    "b_value",
    "b_unit",
    "origin",
    "created_by",
    "created_at",
)
ARTICLE_HEADER = (
    "article_id",
    "outlet",
    "title",
    "url",
    "published_at",
    "author",
    "editor",
    "wire_source",
    "dateline",
    "language",
    "story",
    "annotation_count",
    "body",
)
LIST_SEPARATOR = "; "


def list_join(names: Iterable[str]) -> str:
    """Join names into one cell, escaping backslashes and separators in them.

    `list_split` undoes it, so a tag named "a; b" survives an export and import.
    """
    return LIST_SEPARATOR.join(
        name.replace("\\", "\\\\").replace(";", "\\;") for name in names
    )


def list_split(cell: str) -> list[str]:
    """Split a cell made by `list_join` into its stripped, non-blank names.

    A backslash before anything but a backslash or a semicolon stays as it is,
    so cells written before the escaping (or by hand) read as they always did.
    """
    names: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(cell):
        char = cell[i]
        if char == "\\" and cell[i + 1 : i + 2] in ("\\", ";"):
            current.append(cell[i + 1])
            i += 2
            continue
        if char == ";":
            names.append("".join(current).strip())
            current = []
        else:
            current.append(char)
        i += 1
    names.append("".join(current).strip())
    return [name for name in names if name]


# OWASP, "CSV Injection": a cell starting with one of these may run as a formula.
FORMULA_START = frozenset("=+-@\t\r\n")
# Spreadsheets skip leading whitespace before they look for a formula, so a cell
# starting with any of these is checked past them.
_WHITESPACE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
# A cell starting with an apostrophe is escaped too, so the prefix can be undone exactly.
_CHECK_START = FORMULA_START | _WHITESPACE | {"'"}


def _needs_prefix(value: str) -> bool:
    value = value.lstrip("'")
    return value[:1] in FORMULA_START or value.lstrip()[:1] in FORMULA_START


def csv_safe(value: Any) -> Any:
    """Return value with an apostrophe in front if a spreadsheet could run it as a formula.

    >>> csv_safe('=HYPERLINK("http://x")')
    '\\'=HYPERLINK("http://x")'
    >>> csv_safe("Rp 5 triliun")
    'Rp 5 triliun'

    A cell made of apostrophes before a formula character gets one more, so
    `csv_unsafe` can always give back the original.
    """
    if isinstance(value, str) and value[:1] in _CHECK_START and _needs_prefix(value):
        return "'" + value
    return value


def csv_unsafe(value: str) -> str:
    """Return the cell as it was before `csv_safe` (the inverse, for importing back)."""
    if value[:1] == "'" and _needs_prefix(value[1:]):
        return value[1:]
    return value


def _safe_row(row: Sequence[Any]) -> list[Any]:
    return [
        "'" + v
        if v.__class__ is str and v[:1] in _CHECK_START and _needs_prefix(v)
        else v
        for v in row
    ]


_first_char = itemgetter(slice(None, 1))  # value[:1], without a Python call per cell

# Columns that hold database integers only: no formula can start there.
INTEGER_COLUMNS = frozenset(
    {
        "annotation_id",
        "article_id",
        "start",
        "end",
        "link_id",
        "a_annotation_id",
        "b_annotation_id",
        "annotation_count",
    }
)


def stream_csv(
    header: Sequence[str], rows: Iterable[Sequence[Any]], *, bom: bool = True
) -> Iterator[bytes]:
    """Yield the CSV file as UTF-8 chunks: the header at once, then every few hundred rows.

    The header goes out before the rows' query runs, so a download starts at once.
    Every cell goes through `csv_safe`; a row whose text cells all start harmlessly
    (nearly all) is let through after one look at their first characters.
    """
    checked = [i for i, name in enumerate(header) if name not in INTEGER_COLUMNS]
    first_chars = itemgetter(*checked) if len(checked) > 1 else None
    harmless = _CHECK_START.isdisjoint

    def guard(row: Sequence[Any]) -> Sequence[Any]:
        if first_chars is not None:
            try:
                if harmless(map(_first_char, first_chars(row))):
                    return row
            except TypeError:  # a None or a number among them: check cell by cell
                pass
        return _safe_row(row)

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if bom:
        buffer.write("\ufeff")
    writer.writerow(header)
    yield buffer.getvalue().encode("utf-8")
    buffer.seek(0)
    buffer.truncate()
    writerows = writer.writerows
    it = iter(rows)
    while batch := list(islice(it, ROWS_PER_WRITE)):
        writerows(map(guard, batch))
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()


def iso(value, zone=None) -> str:
    """Return a datetime as ISO 8601 with its offset, in the site's time zone.

    Takes an aware datetime, or a naive one or text as SQLite gives them (UTC).
    """
    if value is None:
        return ""
    if value.__class__ is str:
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(zone or timezone.get_current_timezone()).isoformat(
        timespec="seconds"
    )


# SQLite keeps a datetime as UTC text: "2024-04-26 12:00:05" or "2024-04-26 12:00:05.123456".
_SQLITE_DATETIME_LENGTHS = frozenset({19, 26})
_MINUTE = timedelta(minutes=1)
_UNSEEN = object()


def iso_formatter(zone=None, *, cache_size: int = 4096) -> Callable[[Any], str]:
    """Return a function that formats like `iso(value, zone)`, with less work per value.

    `iso` parses and converts every value (about 2.5 µs, the export's costliest cell).
    SQLite's UTC text shares its local minute and offset with every other value
    of the same UTC minute, so those are computed once per minute and the seconds
    copied over. Minutes where the offset changes, or with an offset in seconds
    (old local mean times), and any other value go through `iso`. The cache is
    emptied when full, so memory stays flat however long the export.
    """
    zone = zone or timezone.get_current_timezone()
    minutes: dict[str, tuple[str, str] | None] = {}

    def minute(key: str) -> tuple[str, str] | None:
        if len(minutes) >= cache_size:
            minutes.clear()
        start = datetime.fromisoformat(key).replace(tzinfo=UTC)
        first = start.astimezone(zone)
        last = (start + _MINUTE - timedelta(microseconds=1)).astimezone(zone)
        offset = first.utcoffset()
        if offset != last.utcoffset() or offset % _MINUTE:
            found = None
        else:
            text = first.isoformat(timespec="seconds")  # 2024-04-26T19:00:00+07:00
            found = (text[:16], text[19:])
        minutes[key] = found
        return found

    def formatted(value) -> str:
        if value.__class__ is str and len(value) in _SQLITE_DATETIME_LENGTHS:
            key = value[:16]
            found = minutes.get(key, _UNSEEN)
            if found is _UNSEEN:
                found = minute(key)
            if found is not None:
                return found[0] + value[16:19] + found[1]
        return iso(value, zone)

    return formatted


def number(value) -> str:
    """Return a number in machine form (quantities.plain_number): Decimal("7.500000") -> "7.5"."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return plain_number(value)
    if isinstance(value, float):
        # SQLite gives DecimalField values back as floats: keep 6 places, as the field.
        return plain_number(Decimal(f"{value:.6f}"))
    return str(value)


ANNOTATION_FIELDS = (
    "id",
    "status",
    "kind",
    "article_id",
    "article__outlet__name",
    "article__title",
    "article__url",
    "article__published_at",
    "article__story__title",
    "start",
    "end",
    "exact",
    "prefix",
    "suffix",
    "speaker__name",
    "speaker__role",
    "quote_form",
    "value",
    "unit",
    "approximate",
    "note",
    "origin",
    "confidence",
    "created_by__username",
    "created_at",
    "updated_at",
    "bound",
    "measured",
    "article__published_date_only",
)
EXPORT_ORDER = ("article_id", "start", "end", "id")


def _is_datetime(model, path: str) -> bool:
    *relations, name = path.split("__")
    for relation in relations:
        model = model._meta.get_field(relation).related_model
    return isinstance(model._meta.get_field(name), DateTimeField)


def _raw_chunks(queryset: QuerySet, fields: Sequence[str], chunk_size: int):
    """Yield lists of raw database rows for `queryset.values_list(*fields)`.

    This is what `QuerySet.iterator(chunk_size=...)` runs (a server-side cursor on
    PostgreSQL, fetchmany on SQLite), without the per-value converters: the row
    generators format dates and numbers themselves, which halves the export's time.
    """
    connection = connections[queryset.db]
    if connection.vendor == "sqlite":
        # SQLite's driver would parse each datetime with Django's regex; as text they
        # come back untouched and `iso` parses them with datetime.fromisoformat.
        datetimes = {f for f in fields if _is_datetime(queryset.model, f)}
        fields = [
            Cast(f, output_field=TextField()) if f in datetimes else f for f in fields
        ]
    query = queryset.values_list(*fields).query
    compiler = query.get_compiler(using=queryset.db)
    return compiler.execute_sql(MULTI, chunked_fetch=True, chunk_size=chunk_size)


def _id_list(vendor: str, ids: list[int]) -> tuple[str, list]:
    """Return the SQL inside `IN (...)` for `ids`, and its parameters.

    On SQLite the ids go as one JSON parameter: Django's debug cursor (DEBUG=1,
    and the tests' query counting) quotes each parameter with a query of its own
    to log the SQL, which for a chunk's two thousand ids cost more than the
    lookups. (psycopg gives Django the bound SQL, so the plain list costs nothing.)
    """
    if vendor == "sqlite":
        return "SELECT value FROM json_each(%s)", [json.dumps(ids)]
    return ",".join(["%s"] * len(ids)), ids


def _tags_and_links(
    ids: list[int], using: str
) -> tuple[dict[int, list[str]], dict[int, list[tuple[str, int]]]]:
    """Return the tag names and the live links of the annotations `ids`: two queries.

    Live: between two live annotations, neither rejected, and not dismissed.
    """
    connection = connections[using]
    q = connection.ops.quote_name
    marks, params = _id_list(connection.vendor, ids)
    through = Annotation.tags.through._meta.db_table
    annotation = Annotation._meta.db_table
    tags: dict[int, list[str]] = defaultdict(list)
    links: dict[int, list[tuple[str, int]]] = defaultdict(list)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT x.annotation_id, t.name FROM {q(through)} x"
            f" JOIN {q(Tag._meta.db_table)} t ON t.id = x.tag_id"
            f" WHERE x.annotation_id IN ({marks}) ORDER BY t.name",
            params,
        )
        for annotation_id, name in cursor.fetchall():
            tags[annotation_id].append(name)
        cursor.execute(
            f"SELECT l.source_id, l.target_id, l.relation FROM {q(Link._meta.db_table)} l"
            f" JOIN {q(annotation)} s ON s.id = l.source_id"
            f" JOIN {q(annotation)} t ON t.id = l.target_id"
            f" WHERE (l.source_id IN ({marks}) OR l.target_id IN ({marks}))"
            " AND s.deleted_at IS NULL AND t.deleted_at IS NULL"
            # A dismissed link, or one to a rejected annotation, is no relation.
            " AND l.status <> %s AND s.status <> %s AND t.status <> %s ORDER BY l.id",
            [
                *params,
                *params,
                Link.Status.DISMISSED,
                Annotation.Status.REJECTED,
                Annotation.Status.REJECTED,
            ],
        )
        for source, target, relation in cursor.fetchall():
            links[source].append((relation, target))
            links[target].append((relation, source))
    return tags, links


def _record_chunks(
    queryset: QuerySet[Annotation], chunk_size: int
) -> Iterator[
    tuple[list[tuple], dict[int, list[str]], dict[int, list[tuple[str, int]]]]
]:
    """Yield (raw rows, tag names by id, links by id) per chunk: two queries each."""
    for chunk in _raw_chunks(
        queryset.order_by(*EXPORT_ORDER), ANNOTATION_FIELDS, chunk_size
    ):
        yield chunk, *_tags_and_links([r[0] for r in chunk], queryset.db)


def annotation_records(
    queryset: QuerySet[Annotation], chunk_size: int = CHUNK_SIZE
) -> Iterator[tuple[tuple, list[str], list[tuple[str, int]]]]:
    """Yield (raw values of ANNOTATION_FIELDS, tag names, [(relation, other id)]).

    Two queries per chunk fetch the chunk's tags and links, whatever its size.
    Links to deleted annotations are left out. Values are as the database gives
    them: format them with `iso` and `number`.
    """
    no_links: list = []
    for chunk, tags, links in _record_chunks(queryset, chunk_size):
        for row in chunk:
            yield row, tags.get(row[0], no_links), links.get(row[0], no_links)


def annotation_rows(
    queryset: QuerySet[Annotation], chunk_size: int = CHUNK_SIZE
) -> Iterator[tuple]:
    """Yield one tuple per annotation, in the order of ANNOTATION_HEADER.

    The export's inner loop, so it works on whole chunks and calls out only for
    values that are there: most annotations have no number, tag or link.
    """
    local = iso_formatter()
    join = LIST_SEPARATOR.join
    published: dict = {}  # many rows share their article's date
    for chunk, tags, links in _record_chunks(queryset, chunk_size):
        for row in chunk:
            (
                pk,
                status,
                kind,
                article_id,
                outlet,
                title,
                url,
                published_at,
                story,
                start,
                end,
                exact,
                prefix,
                suffix,
                speaker,
                speaker_role,
                quote_form,
                value,
                unit,
                approximate,
                note,
                origin,
                confidence,
                created_by,
                created_at,
                updated_at,
                bound,
                measured,
                date_only,
            ) = row
            linked = links.get(pk)
            when = published.get(published_at) or published.setdefault(
                published_at, local(published_at)
            )
            yield (
                pk,
                status,
                kind,
                article_id,
                outlet,
                title,
                url,
                when[:10] if date_only else when,  # a date-only article: its day
                story or "",
                start,
                end,
                exact,
                prefix,
                suffix,
                speaker or "",
                speaker_role or "",
                quote_form,
                "" if value is None else number(value),
                unit,
                "true" if approximate else "false",
                bound,
                measured,
                list_join(tags[pk]) if pk in tags else "",
                note,
                join([f"{relation}:{other}" for relation, other in linked])
                if linked
                else "",
                origin,
                "" if confidence is None else number(confidence),
                created_by or "",
                local(created_at),
                local(updated_at),
            )


LINK_FIELDS = (
    "id",
    "relation",
    "status",
    "note",
    "source_id",
    "source__article__outlet__name",
    "source__article__title",
    "source__exact",
    "source__value",
    "source__unit",
    "target_id",
    "target__article__outlet__name",
    "target__article__title",
    "target__exact",
    "target__value",
    "target__unit",
    "origin",
    "created_by__username",
    "created_at",
)


def link_rows(
    queryset: QuerySet[Link], chunk_size: int = CHUNK_SIZE
) -> Iterator[tuple]:
    """Yield one tuple per link with both of its annotations, in the order of LINK_HEADER."""
    zone = timezone.get_current_timezone()
    for row in (
        queryset.order_by("id")
        .values_list(*LINK_FIELDS)
        .iterator(chunk_size=chunk_size)
    ):
        row = list(row)
        row[8] = number(row[8])
        row[14] = number(row[14])
        row[17] = row[17] or ""
        row[18] = iso(row[18], zone)
        yield tuple(row)


ARTICLE_FIELDS = (
    "id",
    "outlet__name",
    "title",
    "url",
    "published_at",
    "author",
    "editor",
    "wire_source",
    "dateline",
    "language",
    "story__title",
    "annotation_count",
    "body",
    "published_date_only",
)


def article_rows(queryset: QuerySet[Article], chunk_size: int = 500) -> Iterator[tuple]:
    """Yield one tuple per article, in the order of ARTICLE_HEADER.

    The queryset must carry an `annotation_count` annotation (see `queries.articles_for`).
    """
    zone = timezone.get_current_timezone()
    for row in queryset.values_list(*ARTICLE_FIELDS).iterator(chunk_size=chunk_size):
        *row, date_only = row
        row[4] = iso(row[4], zone)
        if date_only:
            row[4] = row[4][:10]  # the day the article gives, not midnight
        row[10] = row[10] or ""
        row[11] = row[11] or 0
        yield tuple(row)


# ---- A story's coverage table ---------------------------------------------------

COVERAGE_HEADER = ("fact", "outlet", "value", "unit", "words", "article_url")


def coverage_rows(coverage, reader_url) -> list[tuple]:
    """Return the coverage CSV's rows: one per claim, in the table's order."""
    out = []
    for row in coverage.rows:
        for column, cells in zip(coverage.columns, row.cells, strict=True):
            for cell in cells:
                outlet = cell.article.outlet.name
                if column.copies and cell.article.pk == column.source:
                    outlet = f"{outlet} (+ {', '.join(column.copies)})"
                value = number(cell.value)
                out.append(
                    (
                        row.fact.label,
                        outlet,
                        value,
                        cell.unit,
                        cell.exact,
                        cell.article.url or reader_url(cell.article),
                    )
                )
    return out
