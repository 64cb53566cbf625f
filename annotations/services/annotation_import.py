"""Read an annotations CSV made by the export back in, re-anchoring each row by its text.

The file may come from another installation or out of a spreadsheet: offsets may
no longer fit, ids differ, cells carry the export's formula guard. Each row goes in
on its own (one transaction per row); a row that cannot be placed is reported by
its line number and changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from annotations.exporting.csv import LIST_SEPARATOR, csv_unsafe, list_split
from annotations.models import Annotation, Article, Link, Speaker, Tag
from annotations.quantities import parse_number
from annotations.services.annotating import annotation_create, tag_resolve
from annotations.services.links import link_create
from annotations.services.speakers import speaker_resolve
from annotations.text.anchoring import anchor

REQUIRED = ("kind", "text")
ARTICLE_KEYS = ("article_url", "article_title", "article_id")
TRUE = {"true", "1", "yes", "ya", "y"}
FALSE = {"false", "0", "no", "tidak", "n", ""}


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return _("line %(line)d: %(message)s") % {
            "line": self.line,
            "message": self.message,
        }


@dataclass
class AnnotationImportReport:
    created: list[int] = field(default_factory=list)  # new annotation ids
    duplicates: list[tuple[int, int]] = field(default_factory=list)  # (line, id)
    reanchored: list[int] = field(default_factory=list)  # lines moved to new offsets
    links_created: int = 0
    problems: list[RowProblem] = field(default_factory=list)


class _Skip(Exception):
    """The row cannot go in; the message says why."""


def _int(value: str) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _bool(value: str, column: str) -> bool:
    folded = value.strip().casefold()
    if folded in TRUE:
        return True
    if folded in FALSE:
        return False
    raise _Skip(
        _("%(column)s must be true or false, not “%(value)s”.")
        % {"column": column, "value": value}
    )


def _decimal(value: str) -> Decimal | None:
    try:
        # Exports write numbers in machine form: "1.125" is one and an eighth.
        return parse_number(value, language="en")
    except ValueError:
        raise _Skip(
            _("value “%(value)s” is not a number.") % {"value": value}
        ) from None


def _float(value: str) -> float | None:
    if not value.strip():
        return None
    try:
        return float(value)
    except ValueError:
        raise _Skip(
            _("confidence “%(value)s” is not a number.") % {"value": value}
        ) from None


def _datetime(value: str) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _choice(value: str, choices, column: str, default: str = "") -> str:
    value = value.strip()
    if not value:
        return default
    if value not in choices.values:
        raise _Skip(
            _("%(column)s “%(value)s” is not one of: %(choices)s.")
            % {"column": column, "value": value, "choices": ", ".join(choices.values)}
        )
    return value


class _Importer:
    def __init__(self, user):
        self.user = user if user is not None and user.is_authenticated else None
        self.speakers: dict[str, Speaker] = {}
        self.users: dict[str, object] = {}

    def place(self, row: dict[str, str]) -> tuple[Article, int, int]:
        """Return (article, start, end) for the row's text, or raise _Skip."""
        text = row["text"]
        start, end = _int(row.get("start", "")), _int(row.get("end", ""))

        def fit(article: Article):
            return anchor(
                article.body,
                exact=text,
                prefix=row.get("prefix", ""),
                suffix=row.get("suffix", ""),
                start=start,
                end=end,
            )

        candidates: list[Article] = []
        url = row.get("article_url", "").strip()
        if url:
            candidates = list(Article.objects.filter(url=url))
        if not candidates and row.get("article_title", "").strip():
            same = Article.objects.filter(title=row["article_title"].strip())
            if row.get("outlet", "").strip():
                same = same.filter(outlet__name=row["outlet"].strip())
            candidates = list(same.order_by("pk")[:20])
        by_id = False
        if not candidates and _int(row.get("article_id", "")):
            candidates = list(Article.objects.filter(pk=_int(row["article_id"])))
            by_id = True
        if not candidates:
            raise _Skip(_("no article here matches its URL, outlet and title, or id."))
        for article in candidates:
            found = fit(article)
            if found is not None:
                return article, found.start, found.end
        if by_id:
            raise _Skip(
                _(
                    "article %(id)s has no such text, and no article matches its URL or title."
                )
                % {"id": row["article_id"]}
            )
        raise _Skip(
            _("the text “%(text)s” is not in the article “%(title)s”.")
            % {"text": text[:60], "title": candidates[0].title[:80]}
        )

    def speaker(self, name: str, role: str) -> Speaker | None:
        name = " ".join(name.split())
        if not name:
            return None
        if name not in self.speakers:
            try:
                self.speakers[name] = speaker_resolve(name=name, role=role)
            except ValidationError as exc:
                raise _Skip(" ".join(exc.messages)) from exc
        return self.speakers[name]

    def author(self, username: str):
        username = username.strip()
        if not username:
            return self.user
        if username not in self.users:
            User = get_user_model()
            self.users[username] = (
                User.objects.filter(username=username).first() or self.user
            )
        return self.users[username]


def _tags(names: Iterable[str]) -> list[Tag]:
    try:
        return tag_resolve(names)
    except ValidationError as exc:
        raise _Skip(" ".join(exc.messages)) from exc


def _same(existing: Annotation, fields: dict, tags: list[Tag]) -> bool:
    speaker = fields["speaker"]
    return (
        existing.speaker_id == (speaker.pk if speaker else None)
        and existing.quote_form == fields["quote_form"]
        and existing.value == fields["value"]
        and existing.unit == fields["unit"]
        and existing.approximate == fields["approximate"]
        and existing.bound == fields["bound"]
        and existing.note == fields["note"]
        and existing.status == fields["status"]
        and {t.pk for t in existing.tags.all()} == {t.pk for t in tags}
    )


def annotation_import(*, lines: Iterable[str], user=None) -> AnnotationImportReport:
    """Add the annotations of an annotations CSV (the export's columns) to this database.

    `lines` is the file's text (open it with encoding="utf-8-sig", newline="").
    Articles are matched by article_url, else by outlet and article_title, else by
    article_id when the text fits there. A row whose offsets no longer select its
    text is re-anchored by text, prefix and suffix. Rows identical to a stored
    annotation count as duplicates. Links are re-created only between annotations
    of this file that were placed (or already there).
    """
    report = AnnotationImportReport()
    reader = csv.reader(lines)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        report.problems.append(RowProblem(1, _("the file is empty.")))
        return report
    missing = [c for c in REQUIRED if c not in header]
    if missing or not any(k in header for k in ARTICLE_KEYS):
        missing += [] if any(k in header for k in ARTICLE_KEYS) else ["article_url"]
        report.problems.append(
            RowProblem(
                1,
                _("the header lacks the columns: %(columns)s.")
                % {"columns": ", ".join(missing)},
            )
        )
        return report
    importer = _Importer(user)
    placed: dict[str, Annotation] = {}  # old annotation_id -> annotation here
    wanted_links: list[tuple[str, str, str]] = []  # (old id, relation, other old id)
    line = reader.line_num + 1
    for cells in reader:
        row_line, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) < len(header):
            report.problems.append(
                RowProblem(
                    row_line,
                    _(
                        "the row has %(got)d columns, the header %(want)d; it was skipped."
                    )
                    % {"got": len(cells), "want": len(header)},
                )
            )
            continue
        row = {h: csv_unsafe(c) for h, c in zip(header, cells, strict=False)}
        try:
            annotation, created, moved = _import_row(importer, row)
        except _Skip as exc:
            report.problems.append(RowProblem(row_line, str(exc)))
            importer.speakers.clear()  # it may hold a speaker the rollback undid
            continue
        if created:
            report.created.append(annotation.pk)
        else:
            report.duplicates.append((row_line, annotation.pk))
        if moved:
            report.reanchored.append(row_line)
        old = row.get("annotation_id", "").strip()
        if old:
            placed[old] = annotation
            for item in row.get("links", "").split(LIST_SEPARATOR.strip()):
                relation, _sep, other = item.strip().partition(":")
                if relation and other:
                    wanted_links.append((old, relation.strip(), other.strip()))
    for old, relation, other in wanted_links:
        if other not in placed or relation not in Link.Relation.values:
            continue
        source, target = placed[old], placed[other]
        if source.pk == target.pk:
            continue
        try:
            link_create(
                source=source, target=target, relation=relation, user=importer.user
            )
        except ValidationError:  # already linked (either way round)
            continue
        report.links_created += 1
    return report


def _import_row(
    importer: _Importer, row: dict[str, str]
) -> tuple[Annotation, bool, bool]:
    """Return (annotation, created, re-anchored) for one row, or raise _Skip.

    Everything the row creates (speaker, tags, annotation) is one transaction, so
    a row that fails leaves nothing behind.
    """
    with transaction.atomic():
        return _import_row_atomic(importer, row)


def _import_row_atomic(
    importer: _Importer, row: dict[str, str]
) -> tuple[Annotation, bool, bool]:
    blank = [c for c in REQUIRED if not row.get(c, "").strip()]
    if blank:
        raise _Skip(_("missing %(columns)s.") % {"columns": ", ".join(blank)})
    kind = _choice(row["kind"], Annotation.Kind, "kind")
    article, start, end = importer.place(row)
    moved = (start, end) != (_int(row.get("start", "")), _int(row.get("end", "")))
    fields = {
        "speaker": importer.speaker(
            row.get("speaker", ""), row.get("speaker_role", "")
        ),
        "quote_form": _choice(
            row.get("quote_form", ""), Annotation.QuoteForm, "quote_form"
        )
        if kind == Annotation.Kind.QUOTE
        else "",
        "value": _decimal(row.get("value", "")),
        "unit": row.get("unit", "").strip(),
        "approximate": _bool(row.get("approximate", ""), "approximate"),
        "bound": _choice(row.get("bound", ""), Annotation.Bound, "bound", "")
        if kind == Annotation.Kind.CLAIM
        else "",
        "note": row.get("note", ""),
        "status": _choice(
            row.get("status", ""),
            Annotation.Status,
            "status",
            Annotation.Status.ACCEPTED,
        ),
    }
    tags = _tags(list_split(row.get("tags", "")))
    for existing in Annotation.objects.alive().filter(
        article=article, kind=kind, start=start, end=end
    ):
        if _same(existing, fields, tags):
            return existing, False, moved
    created_at = _datetime(row.get("created_at", ""))
    try:  # annotation_create rolls its own work back; the row's transaction goes on
        annotation = annotation_create(
            article=article,
            start=start,
            end=end,
            kind=kind,
            user=importer.author(row.get("created_by", "")),
            tags=tags,
            origin=_choice(
                row.get("origin", ""),
                Annotation.Origin,
                "origin",
                Annotation.Origin.MANUAL,
            ),
            confidence=_float(row.get("confidence", "")),
            # The export's phrase when it has one, else read from the words.
            measured=row.get("measured", "").strip()[:200] or None,
            **fields,
        )
    except ValidationError as exc:
        raise _Skip(" ".join(exc.messages)) from exc
    if created_at is not None:
        Annotation.objects.filter(pk=annotation.pk).update(created_at=created_at)
        annotation.created_at = created_at
    return annotation, True, moved
