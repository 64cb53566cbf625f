"""Import articles: one raw text at a time (article_import) or whole files and folders (import_files).

Every article is written in its own transaction: it goes in whole (outlet,
story, article, near-duplicate links) or not at all, and a failure never stops
the other articles of the same import.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from rapidfuzz import fuzz

from annotations.models import Article, Language, Outlet, Story
from annotations.services.suggesting import (
    SuggestionsEnqueuer,
    suggestions_enqueue,
    suggestions_pending_from,
)
from annotations.services.unique import found_or_created
from annotations.text import fingerprints, formats, metadata
from annotations.text.cleaning import clean, clean_line, clean_raw, shorten
from annotations.text.metadata import extract_metadata, parse_published

logger = logging.getLogger(__name__)

IMPORTED, DUPLICATE, FAILED = "imported", "duplicate", "failed"

# Stored in the default language, so every unattributed article shares one outlet.
UNKNOWN_OUTLET = gettext_noop("Unknown outlet")

# Near duplicates: same story from the wire, republished with small edits.
NEAR_DUPLICATE_RATIO = 80  # rapidfuzz ratio of the two bodies, 0-100
NEAR_DUPLICATE_DAYS = 3  # published this close to each other
NEAR_DUPLICATE_LENGTH = 0.25  # bodies within 25 % of each other's length
NEAR_DUPLICATE_CANDIDATES = 200  # compared at most, the most recent first
# Sketches resembling this much (estimated Jaccard of word 3-shingles) are compared in full.
NEAR_DUPLICATE_RESEMBLANCE = 0.3

# A title taken from a headline-less body: long enough for a whole news lead
# (the detik seed's is 141 characters), so it is cut only when it runs on.
TITLE_LENGTH = 160


@dataclass(frozen=True)
class ImportOutcome:
    status: str  # IMPORTED | DUPLICATE | FAILED
    message: str  # for the editor, in the active language
    article: Article | None = None  # the new article, or the existing one it duplicates
    near_duplicates: list[Article] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status != FAILED


@dataclass(frozen=True)
class FileReport:
    """What happened to one file, or to one record of a file of several ("a.jsonl #3")."""

    name: str
    status: str
    message: str
    article_id: int | None = None
    article_url: str = ""
    title: str = ""
    near_duplicates: int = 0
    outlet: str = (
        ""  # the outlet the article was stored under, to correct in the report
    )


class ImportRefused(Exception):
    """Raised inside article_import's transaction to roll it back with a message."""


def _problem_message(problem: formats.Problem) -> str:
    messages = {
        formats.EMPTY: _("The file is empty."),
        formats.BINARY: _(
            "This is not a text file (binary content such as an image, PDF or Word document)."
        ),
        formats.UNKNOWN_ENCODING: _(
            "The text encoding could not be recognised; save the file as UTF-8 and try again."
        ),
        formats.BAD_UTF8: _(
            "This file is UTF-8 but holds bytes that are not valid UTF-8 (first on "
            "line %(line)s): it is damaged or mixes two encodings. Nothing was "
            "imported; save it again as UTF-8 and try again."
        )
        % {"line": problem.detail or "?"},
        formats.DEEP_JSON: _(
            "This JSON nests lists or objects too deeply to be read; an article "
            "file is a list of records, each an object of fields."
        ),
        formats.NO_ARTICLE: _("No article text was found in this HTML page."),
        formats.NO_TEXT: _("This record has no text (no “text” or “body” field)."),
        formats.BAD_JSON: _("This is not valid JSON."),
        formats.BAD_CSV: _("This CSV file has no “text” or “body” column."),
        formats.UNSUPPORTED: _(
            "Unsupported file type; use .txt, .md, .html, .json, .jsonl or .csv."
        ),
    }
    message = messages.get(problem.code, problem.code)
    if problem.code == formats.BAD_JSON and problem.detail:
        message = f"{message} ({problem.detail})"
    return message


def content_hash(body: str) -> str:
    """Return the sha256 of body with all runs of whitespace made one space.

    The body is already cleaned, so the same article with other boilerplate or
    other line breaks hashes the same.
    """
    return hashlib.sha256(" ".join(body.split()).encode()).hexdigest()


def title_from_body(body: str, limit: int = TITLE_LENGTH) -> str:
    """Return the title an article without a headline gets ("" when it has to be set by hand).

    The rule lives in annotations.text.metadata.title_from_body.
    """
    return metadata.title_from_body(body, limit)


def _parse_when(value, default_tz: str) -> tuple[datetime | None, bool]:
    """Return (aware datetime, date_only) for a datetime, a date or a string."""
    if value in (None, ""):
        return None, False
    if isinstance(value, datetime):
        if timezone.is_naive(value):
            value = value.replace(tzinfo=ZoneInfo(default_tz))
        return value, False
    if isinstance(value, date):
        return datetime(
            value.year, value.month, value.day, tzinfo=ZoneInfo(default_tz)
        ), True
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        found = parse_published(text, default_tz=default_tz)
        return found if found else (None, False)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=ZoneInfo(default_tz))
    return parsed, len(text) == 10


def _hostname(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:  # "http://[::1": the URL's own validation reports it
        return ""


def _outlet(name: str, *, url: str, language: str) -> Outlet:
    """Return the outlet called name (in any case), creating it if there is none."""

    def make() -> Outlet:
        outlet = Outlet(name=name, domain=_hostname(url)[:200], language=language)
        # The database checks uniqueness, see below: validated here in Python, a
        # twin committed by another import a moment ago raised ValidationError.
        outlet.full_clean(validate_unique=False, validate_constraints=False)
        return outlet

    # Another import may create the same outlet at this very moment.
    return found_or_created(
        lambda: Outlet.objects.filter(name__iexact=name).first(), make
    )


def _story(title: str) -> Story:
    """Return the story called title (in any case), creating it if there is none."""

    def make() -> Story:
        story = Story(title=title, slug=Story.unique_slug(title))
        story.full_clean(validate_unique=False)
        return story

    return found_or_created(
        lambda: Story.objects.filter(title__iexact=title).first(), make
    )


class BodyCache:
    """The bodies a bulk import has already read or written, keyed by (pk, length, sketch).

    Articles published within a few days of each other are each other's
    candidates, so one import compares the same few hundred bodies again and
    again: read once, they are kept here. Length and sketch are part of the
    key because they change with the body (articles.py saves all three), so
    an article edited meanwhile is read again. The oldest entries go first
    beyond `size` (about 3 KB each).
    """

    def __init__(self, size: int = 5_000) -> None:
        self.size = size
        self._bodies: dict[tuple[int, int, str | None], str] = {}

    def get(self, key: tuple[int, int, str | None]) -> str | None:
        return self._bodies.get(key)

    def put(self, key: tuple[int, int, str | None], body: str) -> None:
        self._bodies[key] = body
        if len(self._bodies) > self.size:
            del self._bodies[next(iter(self._bodies))]


def _near_duplicates(
    article: Article, bodies: BodyCache | None = None
) -> list[Article]:
    """Return the stored articles whose body differs from article's only by small edits.

    Candidates come from an index alone (a few days apart, similar length,
    at most NEAR_DUPLICATE_CANDIDATES), their sketches pick the resembling
    ones, and only those bodies are compared in full, read as bare strings
    (or found in bodies) rather than as whole articles: this stays fast on a
    large library and on a bulk import of articles that all resemble each
    other. Only the matches are loaded as articles, with what the report
    shows of them.
    """
    length = article.body_length
    window = timedelta(days=NEAR_DUPLICATE_DAYS)
    if article.published_at is not None:
        when, field = article.published_at, "published_at"
    else:
        when, field = article.imported_at, "imported_at"
    candidates = (
        Article.objects.filter(
            **{f"{field}__range": (when - window, when + window)},
            body_length__range=(
                length * (1 - NEAR_DUPLICATE_LENGTH),
                length * (1 + NEAR_DUPLICATE_LENGTH),
            ),
        )
        .exclude(pk=article.pk)
        .order_by(f"-{field}")
        .values_list("pk", "body_length", "sketch")[:NEAR_DUPLICATE_CANDIDATES]
    )
    mine = fingerprints.parts(article.sketch)
    close = [
        key
        for key in candidates
        if fingerprints.resemblance(mine, key[2]) >= NEAR_DUPLICATE_RESEMBLANCE
    ]
    if not close:
        return []
    texts = {}
    for key in close:
        if bodies is not None and (body := bodies.get(key)) is not None:
            texts[key[0]] = body
    missing = [pk for pk, _, _ in close if pk not in texts]
    if missing:
        rows = Article.objects.filter(pk__in=missing).values_list(
            "pk", "body_length", "sketch", "body"
        )
        for pk, body_length, sketch, body in rows:
            texts[pk] = body
            if bodies is not None:
                bodies.put((pk, body_length, sketch), body)
    matched = [
        pk
        for pk, body in texts.items()
        if fuzz.ratio(article.body, body, score_cutoff=NEAR_DUPLICATE_RATIO)
    ]
    if not matched:
        return []
    return list(
        Article.objects.filter(pk__in=matched)
        .select_related("outlet")
        .only("title", "outlet__name")
    )


def _link_near_duplicates(article: Article, near: list[Article]) -> None:
    """Link the new article and its near duplicates both ways, in one statement.

    What near_duplicates.add() stores for a symmetrical relation, without its
    two reads of the existing links and its two inserts: an article being
    created has no links yet.
    """
    meta = Article.near_duplicates.through._meta
    table, source, target = (
        connection.ops.quote_name(name)
        for name in (
            meta.db_table,
            meta.get_field("from_article").column,
            meta.get_field("to_article").column,
        )
    )
    with connection.cursor() as cursor:
        # Plain rows of two ids: a templated import links dozens per article,
        # and building a model instance for each cost more than the insert.
        cursor.executemany(
            f"INSERT INTO {table} ({source}, {target}) VALUES (%s, %s)",
            [(article.pk, o.pk) for o in near] + [(o.pk, article.pk) for o in near],
        )


def _describe(article: Article) -> str:
    return f"“{article.title}” ({article.outlet.name})"


def article_import(
    *,
    raw_text: str,
    outlet: str | Outlet | None = None,
    story: str | Story | None = None,
    title: str = "",
    url: str = "",
    language: str = "",
    published_at: datetime | date | str | None = None,
    author: str = "",
    editor: str = "",
    user=None,
    source_name: str = "",
    known: Mapping[tuple[str, str], Outlet | Story] | None = None,
    source_text: str = "",
    bodies: BodyCache | None = None,
    enqueue: Callable[[], None] | None = None,
) -> ImportOutcome:
    """Clean raw_text, read its metadata and store it as a new article, unless it is a duplicate.

    Explicit arguments win over what the metadata reader detects. The same
    body (whitespace and boilerplate aside) or the same URL as a stored
    article is a duplicate and is not stored again; a body close to another
    one published within a few days is stored and linked to it as a near
    duplicate. source_text, when given, is the document raw_text was
    extracted from (an HTML page): the article keeps it as its raw text,
    exactly as imported, while body and blocks come from raw_text. known
    holds the outlets a bulk import has already stored or looked up (see
    import_files), so detected outlets are not looked up again, and bodies
    the article bodies it has already read for near-duplicate checks. enqueue,
    called once the article is committed, asks the worker for its suggestions
    (default: suggestions_enqueue; import_files asks less often).
    """
    default_tz = settings.TIME_ZONE
    # What no database stores (NUL, lone surrogates) and what must not reach a
    # page (bidirectional overrides) goes before anything is looked up or saved.
    raw_text, source_text = clean_raw(raw_text), clean_raw(source_text)
    title, url = clean_line(title), clean_line(url)
    author, editor = clean_line(author), clean_line(editor)
    if isinstance(outlet, str):
        outlet = clean_line(outlet)
    if isinstance(story, str):
        story = clean_line(story)
    notes: list[str] = []
    cleaned = clean(raw_text, title=title or None)
    body = cleaned.body
    if not body.strip():
        return ImportOutcome(
            FAILED,
            _("Nothing is left of this text once its boilerplate is removed.")
            if raw_text.strip()
            else _("The text is empty."),
        )
    # Without a title both cleanings are the same; with one, the reader needs its own.
    detected = extract_metadata(
        raw_text, default_tz=default_tz, cleaned=None if title else cleaned, url=url
    )
    digest = content_hash(body)
    same = Q(content_hash=digest) | Q(url=url) if url else Q(content_hash=digest)
    # Most imports are new: ask for a key first, the whole article only for a duplicate.
    existing = Article.objects.filter(same).order_by().values_list("pk", flat=True)
    if duplicate_pk := next(iter(existing[:1]), None):
        return _duplicate(Article.objects.select_related("outlet").get(pk=duplicate_pk))
    when, date_only = _parse_when(published_at, default_tz)
    if when is None:
        when, date_only = detected.published_at, detected.date_only
    language = (language or detected.language or Language.INDONESIAN).lower()[:2]
    pending = suggestions_pending_from()
    try:
        with transaction.atomic():
            if not isinstance(outlet, Outlet):
                name = outlet or detected.outlet
                if not name:
                    with translation.override(settings.LANGUAGE_CODE):
                        name = _(UNKNOWN_OUTLET)
                name = _fit(name, Outlet, "name", _("outlet name"), notes)
                cached = known.get(_key(name)) if known else None
                outlet = (
                    cached
                    if isinstance(cached, Outlet)
                    else _outlet(name, url=url, language=language)
                )
            if story is not None and not isinstance(story, Story):
                story = (
                    _story(_fit(story, Story, "title", _("story title"), notes))
                    if story
                    else None
                )
            article = Article(
                outlet=outlet,
                story=story,
                title=_fit(
                    _title(title or detected.title, body, notes),
                    Article,
                    "title",
                    _("title"),
                    notes,
                ),
                url=url,
                published_at=when,
                published_date_only=date_only,
                author=_fit(
                    author or detected.author, Article, "author", _("author"), notes
                ),
                editor=_fit(
                    editor or detected.editor, Article, "editor", _("editor"), notes
                ),
                wire_source=shorten(detected.wire_source, 200),
                dateline=shorten(detected.dateline, 200),
                language=language,
                raw_text=source_text or raw_text,
                body=body,
                body_length=len(body),
                sketch=fingerprints.sketch(body),
                blocks=[
                    {"text": b.text, "kept": b.kept, "reason": b.reason}
                    for b in cleaned.blocks
                ],
                content_hash=digest,
                source_name=shorten(clean_line(source_name), 500),
                imported_by=user
                if user is not None and user.is_authenticated
                else None,
                # Waiting for suggestions from the start: no second write.
                suggestions_pending_since=pending,
            )
            # Outlet, story, user and uniqueness were settled above; the database enforces them again.
            article.full_clean(
                exclude=["outlet", "story", "imported_by"],
                validate_unique=False,
                validate_constraints=False,
            )
            article.save()
            near = _near_duplicates(article, bodies)
            if near:
                _link_near_duplicates(article, near)
    except ValidationError as exc:
        details = "; ".join(
            f"{Article._meta.get_field(name).verbose_name}: {' '.join(errors)}"
            if name in {f.name for f in Article._meta.fields}
            else " ".join(errors)
            for name, errors in exc.message_dict.items()
        )
        return ImportOutcome(
            FAILED, _("Not imported: %(details)s") % {"details": details}
        )
    except IntegrityError:
        # Another import stored the same text or URL in the meantime.
        duplicate = Article.objects.select_related("outlet").filter(same).first()
        if duplicate is not None:
            return _duplicate(duplicate)
        raise
    if pending is not None:
        transaction.on_commit(enqueue or suggestions_enqueue)
    if near:
        message = _(
            "Imported “%(title)s”; it looks like a near duplicate of %(others)s."
        ) % {
            "title": article.title,
            "others": ", ".join(_describe(a) for a in near),
        }
    else:
        message = _("Imported “%(title)s”.") % {"title": article.title}
    message = " ".join([message, *notes])
    if bodies is not None:  # committed: the next articles of the import compare with it
        bodies.put((article.pk, article.body_length, article.sketch), body)
    return ImportOutcome(IMPORTED, message, article=article, near_duplicates=near)


def _title(headline: str, body: str, notes: list[str]) -> str:
    """Return the headline, or a title taken from the body, telling the editor which."""
    if headline:
        return headline
    derived = title_from_body(body)
    if derived:
        notes.append(
            _(
                "The text has no headline: its first sentence became the title. Correct it with “Edit details” on the article."
            )
        )
        return derived
    notes.append(
        _(
            "The text has no headline and its first sentence cannot be shortened at a word: give it a title with “Edit details” on the article."
        )
    )
    return _("Untitled article")


def _fit(value: str, model, name: str, label: str, notes: list[str]) -> str:
    """Return value shortened to the model field's length, noting for the editor when it was.

    A name longer than its column cannot be stored, and cutting it blindly
    made the next import of the same name miss it (a second outlet, a
    second story) or collide with it; shortened the same way every time, it
    is found again.
    """
    limit = model._meta.get_field(name).max_length
    if len(value) <= limit:
        return value
    notes.append(
        _("The %(field)s was shortened to %(limit)s characters.")
        % {"field": label, "limit": limit}
    )
    return shorten(value, limit)


def _duplicate(existing: Article) -> ImportOutcome:
    return ImportOutcome(
        DUPLICATE,
        _("Already in the library as %(article)s; not imported again.")
        % {"article": _describe(existing)},
        article=existing,
    )


# Bulk import -----------------------------------------------------------------------


def _report(name: str, outcome: ImportOutcome) -> FileReport:
    article = outcome.article
    return FileReport(
        name=name,
        status=outcome.status,
        message=outcome.message,
        article_id=article.pk if article else None,
        article_url=article.get_absolute_url() if article else "",
        title=article.title if article else "",
        near_duplicates=len(outcome.near_duplicates),
        outlet=article.outlet.name if article else "",
    )


def article_correct_outlet(*, article: Article, name: str, user=None) -> Article:
    """Store the article under the outlet called name (found case-insensitively, else created).

    For the import report, where an editor corrects a detected outlet per file.
    """
    name = clean_line(name)
    if not name:
        raise ValidationError({"outlet": _("Name the outlet.")})
    with transaction.atomic():
        current = Article.objects.select_for_update().get(pk=article.pk)
        current.outlet = _outlet(
            _fit(name, Outlet, "name", _("outlet name"), []),
            url=current.url,
            language=current.language,
        )
        current.save(update_fields=["outlet"])
    return current


def _size_message(size: int, limit: int) -> str:
    return _("The file is too large (%(size)s MB); the limit is %(limit)s MB.") % {
        "size": f"{size / 1e6:.1f}",
        "limit": f"{limit / 1e6:.1f}",
    }


Source = str | Path | UploadedFile | tuple[str, bytes]


def expand_paths(paths: Iterable[str | Path]) -> list[str | Path]:
    """Return the files named by paths, walking directories recursively ("-" stays as is).

    Hidden files and folders (".DS_Store", ".git") are skipped.
    """
    files: list[str | Path] = []
    for path in paths:
        if str(path) == "-":
            files.append("-")
            continue
        path = Path(path)
        if path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            files.append(path)
    return files


def _key(name, kind: str = "outlet") -> tuple[str, str]:
    return (kind, name.strip().casefold() if isinstance(name, str) else "")


def _walk(sources: Iterable[Source]) -> Iterator[Source]:
    for source in sources:
        if isinstance(source, str | Path):
            yield from expand_paths([source])
        else:
            yield source


def _read(source: Source, limit: int, stdin) -> tuple[str, bytes | None, str]:
    """Return (name, data or None, error message) for one source."""
    if isinstance(source, tuple):
        name, data = source
        if len(data) > limit:
            return name, None, _size_message(len(data), limit)
        return name, data, ""
    if isinstance(source, UploadedFile):
        name = source.name or "upload"
        if source.size is not None and source.size > limit:
            return name, None, _size_message(source.size, limit)
        return name, source.read(), ""
    if str(source) == "-":
        stream = stdin or sys.stdin
        data = getattr(stream, "buffer", stream).read()
        if isinstance(data, str):
            data = data.encode()
        if len(data) > limit:
            return "-", None, _size_message(len(data), limit)
        return "-", data, ""
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > limit:
            return str(path), None, _size_message(size, limit)
        return str(path), path.read_bytes(), ""
    except OSError as exc:
        return (
            str(path),
            None,
            _("The file cannot be read: %(error)s") % {"error": exc.strerror or exc},
        )


def import_files(
    sources: Iterable[Source],
    *,
    outlet: str | Outlet | None = None,
    story: str | Story | None = None,
    url: str = "",
    language: str = "",
    user=None,
    max_bytes: int | None = None,
    stdin=None,
) -> Iterator[FileReport]:
    """Import each file and yield one report per file, or per record of a file of several.

    sources are paths (directories are walked; "-" reads stdin), uploaded
    files, or (name, bytes) pairs. outlet, story, url and language, when
    given, win over the fields of the records and over detected metadata.
    """
    limit = max_bytes if max_bytes is not None else settings.NEWSROOM_MAX_UPLOAD_BYTES
    known: dict[tuple[str, str], Outlet | Story] = {}
    bodies = BodyCache()
    enqueue = SuggestionsEnqueuer()
    options = {
        "bodies": bodies,
        "enqueue": enqueue,
        "outlet": outlet,
        "story": story,
        "url": url,
        "language": language,
        "user": user,
    }
    try:
        yield from _import_sources(sources, limit, stdin, known, options)
    finally:
        enqueue.flush()  # the last articles' suggestions, however the import ended


def _import_sources(
    sources: Iterable[Source], limit: int, stdin, known: dict, options: dict
) -> Iterator[FileReport]:
    for source in _walk(sources):
        try:
            name, data, error = _read(source, limit, stdin)
        except Exception as exc:  # an upload that cannot be read must not stop the rest
            name, data, error = _source_name(source), None, _unexpected(exc, source)
        display = _display(name)
        if data is None:
            yield FileReport(display, FAILED, error)
            continue
        try:
            result = formats.read_records(name, data)
        except formats.FormatError as exc:
            yield FileReport(display, FAILED, _problem_message(exc.problem))
            continue
        except (
            Exception
        ) as exc:  # a parser's own bug (trafilatura, csv) is this file's alone
            yield FileReport(display, FAILED, _unexpected(exc, display))
            continue
        yield from _import_records(result, display, known, options)


def _import_records(
    result: formats.ReadResult, display: str, known: dict, options: dict
) -> Iterator[FileReport]:
    several = len(result.records) + len(result.problems) > 1 or any(
        r.line is not None for r in result.records
    )
    items = sorted(
        [(r.line or 0, r) for r in result.records]
        + [(p.line or 0, p) for p in result.problems],
        key=lambda pair: pair[0],
    )
    outlet, story, url = options["outlet"], options["story"], options["url"]
    for line, item in items:
        label = f"{display} #{line}" if several and line else display
        if isinstance(item, formats.Problem):
            yield FileReport(label, FAILED, _problem_message(item))
            continue
        outlet_name = outlet or item.outlet or None
        story_title = story or item.story or None
        try:
            # A savepoint of its own: whatever fails in one article, even a
            # database error outside article_import's transaction, is rolled
            # back alone and the import goes on with the next.
            with transaction.atomic():
                outcome = article_import(
                    raw_text=item.text,
                    outlet=known.get(_key(outlet_name), outlet_name),
                    story=known.get(_key(story_title, "story"), story_title),
                    title=item.title,
                    url=url if url and not several else item.url,
                    language=options["language"] or item.language,
                    published_at=item.published_at or None,
                    author=item.author,
                    editor=item.editor,
                    user=options["user"],
                    source_name=label,
                    known=known,
                    source_text=item.source,
                    bodies=options["bodies"],
                    enqueue=options["enqueue"],
                )
        except Exception as exc:
            yield FileReport(label, FAILED, _unexpected(exc, label))
            continue
        if outcome.status == IMPORTED:
            # Looked up once per import, not once per article; only once committed.
            article = outcome.article
            known[_key(article.outlet.name)] = article.outlet
            if article.story is not None:
                known[_key(article.story.title, "story")] = article.story
        yield _report(label, outcome)


def _unexpected(exc: Exception, what) -> str:
    logger.exception("Import of %s failed", what)
    return _(
        "Not imported: an unexpected error stopped this one (%(error)s); nothing "
        "of it was stored and the other files went on."
    ) % {"error": type(exc).__name__}


def _source_name(source: Source) -> str:
    if isinstance(source, tuple):
        return source[0]
    return getattr(source, "name", None) or str(source)


def _display(name: str) -> str:
    """Return the file name as reports show it: printable, whatever bytes the file system used."""
    name = Path(name).name if name != "-" else name
    # A name in no valid encoding comes from the file system with surrogate escapes.
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return clean_line(name) or "?"
