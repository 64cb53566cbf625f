"""Suggest quotes (with their speakers) and claims for articles, and review them.

A suggestion is an Annotation with origin "auto" and status "suggested". The
database keeps one auto annotation per article, kind and span, whatever its
status and even when deleted (constraint annotation_unique_auto_span), so a
rejected or deleted suggestion is never made again and running suggestions
twice, or twice at once, never duplicates anything. A span an editor already
annotated by hand (same kind, overlapping words) is not suggested.

Detection is pure (annotations/text/suggestions.py); this module resolves
speakers against the registry and writes many rows at once with bulk_create,
each with its "created" history entry.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from multiprocessing import get_context

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, F
from django.utils import timezone
from rapidfuzz import fuzz, process

from annotations.models import (
    CONTEXT_LENGTH,
    Annotation,
    AnnotationChange,
    Article,
    Speaker,
)
from annotations.quantities import plain_number
from annotations.services.annotating import AnnotationConflict, annotation_update
from annotations.services.speakers import speaker_learn_alias, speakers_locked
from annotations.text.matching import (
    MAX_QUERY,
    SAME_PERSON_THRESHOLD,
    fold,
    same_person,
)
from annotations.text.suggestions import Candidate, detect, detect_many

BATCH_SIZE = 200  # articles per transaction in the bulk path
# From this many articles on, the bulk path detects in worker processes (one per
# core) while this one writes: detection is most of the work and is pure.
PARALLEL_FROM = 1000


@dataclass
class SuggestReport:
    """What one run of suggestions did."""

    articles: int = 0
    quotes: int = 0
    claims: int = 0
    speakers_created: int = 0
    seconds: float = 0.0
    created_ids: list[int] = field(default_factory=list, repr=False)

    @property
    def created(self) -> int:
        return self.quotes + self.claims

    def add(self, other: SuggestReport) -> None:
        self.articles += other.articles
        self.quotes += other.quotes
        self.claims += other.claims
        self.speakers_created += other.speakers_created
        self.created_ids.extend(other.created_ids)


# --- speakers -------------------------------------------------------------------


class _SpeakerIndex:
    """The speaker registry in memory, for resolving many names with few queries.

    Same rules as services.speakers.speaker_find: an exact name or alias (case
    and accents aside), then a near spelling of a canonical name; and a one-word
    name is taken when exactly one speaker carries that word.
    """

    def __init__(self) -> None:
        self.exact: dict[str, int] = {}
        self.squashed: dict[str, int] = {}
        self.canonical: list[str] = []
        self.keys: list[int] = []
        self.words: dict[str, set[int]] = {}
        self.names: dict[int, str] = {}
        self.loaded = False

    def reload(self) -> None:
        """Forget the registry read so far; the next name reads it again."""
        self.__init__()

    def load(self) -> None:
        """Read the registry, once, when the first name needs it."""
        if not self.loaded:
            self.loaded = True
            for pk, name, aliases in Speaker.objects.values_list(
                "id", "name", "aliases"
            ):
                self.add(pk, name, aliases)

    def add(self, key: int, name: str, aliases: Iterable[str] = ()) -> None:
        self.names[key] = name
        for text in (name, *aliases):
            self.exact.setdefault(fold(text), key)
        folded = fold(name)[:MAX_QUERY]
        self.squashed.setdefault(folded.replace(" ", ""), key)
        self.canonical.append(folded)
        self.keys.append(key)
        for word in folded.split():
            self.words.setdefault(word, set()).add(key)

    def find(self, name: str) -> tuple[int | None, bool]:
        """Return (key, exact) for name, or (None, False) when nobody matches."""
        self.load()
        key = fold(name)
        if not key:
            return None, False
        if key in self.exact:
            return self.exact[key], True
        if " " not in key:
            owners = self.words.get(key, set())
            return (next(iter(owners)), False) if len(owners) == 1 else (None, False)
        folded = key[:MAX_QUERY]
        if folded.replace(" ", "") in self.squashed:
            return self.squashed[folded.replace(" ", "")], False
        best = process.extractOne(
            folded,
            self.canonical,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=SAME_PERSON_THRESHOLD,
        )
        return (self.keys[best[2]], False) if best else (None, False)


def _resolve_speakers(
    index: _SpeakerIndex, names: Iterable[str]
) -> tuple[dict[str, int], int]:
    """Return {name: speaker id} for names, creating the speakers nobody matches.

    Near spellings among the new names make one speaker, named as first met.
    One-word names that match nobody are left out rather than made into a
    speaker: "Blinken" alone would pollute the registry.
    """
    found: dict[str, int] = {}
    twins: dict[str, str] = {}  # new name -> the new speaker's name
    for name in dict.fromkeys(names):
        key, _exact = index.find(name)
        if key is not None:
            found[name] = int(key)
        elif " " in name:
            twins[name] = next(
                (t for t in dict.fromkeys(twins.values()) if same_person(t, name)),
                name,
            )
    if not twins:
        return found, 0
    wanted = set(twins.values())
    before = set(Speaker.objects.filter(name__in=wanted).values_list("name", flat=True))
    # Another run may create the same name at the same moment: ignore_conflicts,
    # then read the ids back by name.
    Speaker.objects.bulk_create(
        [Speaker(name=n) for n in sorted(wanted - before)], ignore_conflicts=True
    )
    ids = dict(Speaker.objects.filter(name__in=wanted).values_list("name", "id"))
    for name in wanted:
        if name in ids:
            index.add(ids[name], name)
    for name, twin in twins.items():
        if twin in ids:
            found[name] = ids[twin]
    return found, len(set(ids) - before)


# --- writing --------------------------------------------------------------------


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _suggest_batch(
    bodies: dict[int, str], index: _SpeakerIndex, detected: dict[int, list]
) -> SuggestReport:
    report = SuggestReport(articles=len(bodies))
    ids = sorted(bodies)
    with transaction.atomic():
        if connection.features.has_select_for_update:
            # Two runs over the same article wait for each other here (SQLite's
            # IMMEDIATE transactions already serialise writers).
            list(
                Article.objects.select_for_update()
                .filter(pk__in=ids)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
        auto: set[tuple[int, str, int, int]] = set()
        manual: dict[tuple[int, str], list[tuple[int, int]]] = {}
        rows = Annotation.objects.filter(article_id__in=ids).values_list(
            "article_id", "kind", "start", "end", "origin", "deleted_at"
        )
        for article_id, kind, start, end, origin, deleted_at in rows:
            if origin == Annotation.Origin.AUTO:
                auto.add((article_id, kind, start, end))
            elif deleted_at is None:
                manual.setdefault((article_id, kind), []).append((start, end))
        todo: list[tuple[int, Candidate]] = [
            (pk, c)
            for pk in ids
            for c in detected[pk]
            if (pk, c.kind, c.start, c.end) not in auto
            and not _overlaps(manual.get((pk, c.kind), []), c.start, c.end)
        ]
        names = [c.speaker_text for _pk, c in todo if c.speaker_text]
        speakers, report.speakers_created = _resolve_speakers(index, names)
        if set(speakers.values()) - speakers_locked(speakers.values()):
            # An editor merged (or removed) a speaker since the registry was
            # read, perhaps many batches ago: read it again and resolve anew.
            index.reload()
            speakers, created = _resolve_speakers(index, names)
            report.speakers_created += created
            alive = speakers_locked(speakers.values())
            speakers = {name: pk for name, pk in speakers.items() if pk in alive}
        stamp = timezone.now()
        new = []
        for pk, c in todo:
            body = bodies[pk]
            new.append(
                Annotation(
                    article_id=pk,
                    kind=c.kind,
                    start=c.start,
                    end=c.end,
                    exact=body[c.start : c.end],
                    prefix=body[max(0, c.start - CONTEXT_LENGTH) : c.start],
                    suffix=body[c.end : c.end + CONTEXT_LENGTH],
                    speaker_id=speakers.get(c.speaker_text),
                    quote_form=c.quote_form,
                    value=c.value,
                    unit=c.unit,
                    approximate=c.approximate,
                    bound=c.bound,
                    measured=c.measured,
                    status=Annotation.Status.SUGGESTED,
                    origin=Annotation.Origin.AUTO,
                    confidence=min(1.0, max(0.0, c.confidence)),
                    created_at=stamp,
                )
            )
        Annotation.objects.bulk_create(new, batch_size=500, ignore_conflicts=True)
        # ignore_conflicts returns no ids: this run's rows are those with its stamp.
        written = {
            (a, k, s, e): pk
            for pk, a, k, s, e in Annotation.objects.filter(
                article_id__in=ids, origin=Annotation.Origin.AUTO, created_at=stamp
            ).values_list("pk", "article_id", "kind", "start", "end")
        }
        names = index.names
        written_by = {(pk, c.kind, c.start, c.end): c.speaker_text for pk, c in todo}
        changes = []
        for a in new:
            pk = written.get((a.article_id, a.kind, a.start, a.end))
            if pk is None:
                continue  # another run made it first
            text = written_by[(a.article_id, a.kind, a.start, a.end)]
            changes.append(
                AnnotationChange(
                    annotation_id=pk,
                    action=AnnotationChange.Action.CREATED,
                    changes=_snapshot(a, names.get(a.speaker_id), text),
                    at=stamp,
                )
            )
            report.created_ids.append(pk)
            if a.kind == Annotation.Kind.QUOTE:
                report.quotes += 1
            else:
                report.claims += 1
        AnnotationChange.objects.bulk_create(changes, batch_size=500)
        Article.objects.filter(pk__in=ids).update(suggestions_pending_since=None)
    return report


def _snapshot(a: Annotation, speaker: str | None, speaker_text: str) -> dict:
    snap = {
        "kind": a.kind,
        "start": a.start,
        "end": a.end,
        "exact": a.exact,
        "speaker": speaker,
        "quote_form": a.quote_form,
        "value": None if a.value is None else plain_number(Decimal(a.value)),
        "unit": a.unit,
        "approximate": a.approximate,
        "bound": a.bound,
        "measured": a.measured,
        "note": "",
        "status": a.status,
        "tags": [],
        "confidence": a.confidence,
    }
    if speaker_text:
        # The name as the article wrote it: accepting teaches it as an alias.
        snap["speaker_text"] = speaker_text
    return snap


def annotation_suggest_bulk(
    *,
    articles: Iterable[Article | int],
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> SuggestReport:
    """Suggest quotes and claims for many articles, batch_size per transaction.

    articles are Article objects or ids; bodies are read in batches, so a list
    of ids over the whole library is fine. progress(n) is called after each
    batch with the number of articles it handled. workers processes detect the
    next batch while this one writes the last (default: one per core from
    PARALLEL_FROM articles on; 0 detects here).
    """
    began = time.perf_counter()
    report = SuggestReport()
    index = _SpeakerIndex()
    given = list(articles)
    known = {
        a.pk: a.body
        for a in given
        if isinstance(a, Article) and "body" in a.__dict__ and a.body
    }
    ids = [a.pk if isinstance(a, Article) else int(a) for a in given]
    chunks = [ids[i : i + batch_size] for i in range(0, len(ids), batch_size)]
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(ids) >= PARALLEL_FROM else 0

    def bodies_of(chunk: list[int]) -> dict[int, str]:
        if all(pk in known for pk in chunk):
            return {pk: known[pk] for pk in chunk}
        return dict(Article.objects.filter(pk__in=chunk).values_list("pk", "body"))

    def write(bodies: dict[int, str], detected: dict[int, list[Candidate]]) -> None:
        report.add(_suggest_batch(bodies, index, detected))
        if progress is not None:
            progress(len(bodies))

    if workers <= 1 or len(chunks) < 2:
        for chunk in chunks:
            bodies = bodies_of(chunk)
            write(bodies, {pk: detect(body) for pk, body in bodies.items()})
    else:
        # spawn, not fork: a forked child would share this process's database connection.
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
            ahead = _detect_in(pool, bodies_of(chunks[0]), workers)
            for chunk in chunks[1:]:
                bodies, futures = ahead
                ahead = _detect_in(pool, bodies_of(chunk), workers)
                write(bodies, _gather(bodies, futures))
            write(ahead[0], _gather(*ahead))
    report.seconds = time.perf_counter() - began
    return report


def _detect_in(pool: Executor, bodies: dict[int, str], workers: int):
    """Start detecting bodies in pool, split in one slice per worker."""
    keys = list(bodies)
    step = max(1, -(-len(keys) // workers))
    slices = [keys[i : i + step] for i in range(0, len(keys), step)]
    futures = [
        (part, pool.submit(detect_many, [bodies[pk] for pk in part])) for part in slices
    ]
    return bodies, futures


def _gather(bodies: dict[int, str], futures) -> dict[int, list[Candidate]]:
    detected: dict[int, list[Candidate]] = {}
    for part, future in futures:
        detected.update(zip(part, future.result(), strict=True))
    return detected


def annotation_suggest_for_article(*, article: Article) -> SuggestReport:
    """Suggest quotes and claims for one article (see the module docstring)."""
    return annotation_suggest_bulk(articles=[article])


def annotation_suggest_pending(*, limit: int | None = None) -> SuggestReport:
    """Suggest for every article waiting for suggestions, oldest first, until none waits.

    Articles imported while this runs are picked up by its next round.
    """
    report = SuggestReport()
    while True:
        pending = list(
            Article.objects.filter(suggestions_pending_since__isnull=False)
            .order_by("suggestions_pending_since", "pk")
            .values_list("pk", flat=True)[: BATCH_SIZE * 5]
        )
        if not pending:
            return report
        report.add(annotation_suggest_bulk(articles=pending))
        if limit is not None and report.articles >= limit:
            return report


# --- after an import ------------------------------------------------------------


def suggestions_schedule(*, article: Article) -> None:
    """Mark article as waiting for suggestions and have the worker make them.

    For an article already saved; the import marks its new articles before
    saving them (suggestions_pending_from) and calls suggestions_enqueue.
    The task drains every waiting article, so one queued task serves a whole
    bulk import.
    """
    now = suggestions_pending_from()
    if now is None:
        return
    Article.objects.filter(pk=article.pk).update(suggestions_pending_since=now)
    article.suggestions_pending_since = now
    transaction.on_commit(suggestions_enqueue)


def suggestions_pending_from() -> datetime | None:
    """Return the time a new article starts waiting for suggestions (None: none are made)."""
    return timezone.now() if settings.NEWSROOM_SUGGEST_AFTER_IMPORT else None


def suggestions_enqueue() -> None:
    """Have the worker make the waiting articles' suggestions, unless a task waits already."""
    from annotations import tasks

    if tasks.suggest_pending_is_queued():
        return
    tasks.suggest_pending.enqueue()


class SuggestionsEnqueuer:
    """Call suggestions_enqueue for a bulk import: at most once a `period`, and at its end.

    Asking the task queue after each of 10,000 articles cost a query each
    (a tenth of the import's time). A task that starts meanwhile keeps
    draining the waiting articles until none is left, so only the articles
    committed in the last `period` before a crash could wait for the next
    import or `manage.py suggest`; `flush()` at the end of the import asks
    once more.
    """

    def __init__(self, period: float = 1.0) -> None:
        self.period = period
        self._asked = -math.inf
        self._waiting = False

    def __call__(self) -> None:
        self._waiting = True
        if time.monotonic() - self._asked >= self.period:
            self.flush()

    def flush(self) -> None:
        if self._waiting:
            self._waiting = False
            self._asked = time.monotonic()
            suggestions_enqueue()


# --- review ---------------------------------------------------------------------


def _review(
    annotation: Annotation, status: str, user, version: int | None
) -> Annotation:
    """Set a waiting suggestion's status, or raise AnnotationConflict.

    The status is checked under the row's lock (SQLite: the write transaction),
    so of two editors reviewing the same suggestion at once the second is told
    it was reviewed meanwhile instead of overwriting the first.
    """
    with transaction.atomic():
        current = (
            Annotation.objects.select_for_update(of=("self",))
            .select_related("article", "speaker")
            .get(pk=annotation.pk)
        )
        if (
            current.status != Annotation.Status.SUGGESTED
            or current.deleted_at is not None
        ):
            raise AnnotationConflict(current)
        return annotation_update(
            annotation=current,
            version=current.version if version is None else version,
            user=user,
            status=status,
        )


def annotation_suggestion_accept(
    *, annotation: Annotation, user=None, version: int | None = None
) -> Annotation:
    """Accept a suggestion (it keeps origin auto) and learn the speaker's spelling.

    When the article wrote the speaker's name differently from the registry
    ("Anthony Blinken" for Antony Blinken), that spelling becomes an alias, so
    it resolves exactly next time. Raises AnnotationConflict when the
    suggestion was reviewed, deleted or changed (version) meanwhile.
    """
    accepted = _review(annotation, Annotation.Status.ACCEPTED, user, version)
    if accepted.speaker_id is not None:
        written = _speaker_text(accepted)
        if written:
            speaker_learn_alias(speaker=accepted.speaker, alias=written)
    return accepted


def annotation_suggestion_reject(
    *, annotation: Annotation, user=None, version: int | None = None
) -> Annotation:
    """Reject a suggestion: it stays stored and is never suggested again.

    Raises AnnotationConflict when it was reviewed, deleted or changed meanwhile.
    """
    return _review(annotation, Annotation.Status.REJECTED, user, version)


def _speaker_text(annotation: Annotation) -> str:
    created = (
        AnnotationChange.objects.filter(
            annotation=annotation, action=AnnotationChange.Action.CREATED
        )
        .values_list("changes", flat=True)
        .first()
    )
    return (created or {}).get("speaker_text", "") if isinstance(created, dict) else ""


def annotation_suggestions_review_bulk(
    *,
    articles: Sequence[Article] | Iterable[Article],
    status: str,
    kind: str = "",
    min_confidence: float | None = None,
    ids: Iterable[int] | None = None,
    from_status: str = Annotation.Status.SUGGESTED,
    user=None,
) -> list[int]:
    """Set status on the live annotations in from_status of articles; return their ids.

    kind and min_confidence narrow the choice; ids, when given, limits it to those
    annotations (an undo passes the ids an earlier call returned, with from_status
    the status that call set). One history entry per annotation.
    """
    if status not in Annotation.Status.values:
        raise ValueError(status)
    chosen = Annotation.objects.alive().filter(
        article__in=list(articles), status=from_status, origin=Annotation.Origin.AUTO
    )
    if kind:
        chosen = chosen.filter(kind=kind)
    if min_confidence is not None:
        chosen = chosen.filter(confidence__gte=min_confidence)
    if ids is not None:
        chosen = chosen.filter(pk__in=list(ids))
    who = user if user is not None and user.is_authenticated else None
    with transaction.atomic():
        picked = list(
            chosen.select_for_update(of=("self",))
            .order_by("pk")
            .values_list("pk", flat=True)
            if connection.features.has_select_for_update
            else chosen.order_by("pk").values_list("pk", flat=True)
        )
        if not picked:
            return []
        # Re-check the status inside the update: a row an editor just changed is left alone.
        Annotation.objects.filter(pk__in=picked, status=from_status).update(
            status=status, version=F("version") + 1, updated_at=timezone.now()
        )
        AnnotationChange.objects.bulk_create(
            AnnotationChange(
                annotation_id=pk,
                action=AnnotationChange.Action.UPDATED,
                changes={"status": [from_status, status]},
                user=who,
            )
            for pk in picked
        )
    if status == Annotation.Status.ACCEPTED:
        _learn_aliases(picked)
    return picked


def _learn_aliases(ids: list[int]) -> None:
    rows = AnnotationChange.objects.filter(
        annotation_id__in=ids,
        action=AnnotationChange.Action.CREATED,
        annotation__speaker__isnull=False,
    ).values_list("annotation__speaker_id", "changes")
    wanted: dict[int, set[str]] = {}
    for speaker_id, changes in rows:
        if isinstance(changes, dict) and changes.get("speaker_text"):
            wanted.setdefault(speaker_id, set()).add(changes["speaker_text"])
    for speaker in Speaker.objects.filter(pk__in=wanted):
        for alias in sorted(wanted[speaker.pk]):
            speaker = speaker_learn_alias(speaker=speaker, alias=alias)


def suggestion_counts(article_ids: Iterable[int]) -> dict[int, int]:
    """Return {article id: suggestions waiting} for the given articles."""
    return dict(
        Annotation.objects.alive()
        .filter(article_id__in=list(article_ids), status=Annotation.Status.SUGGESTED)
        .order_by()
        .values_list("article_id")
        .annotate(n=Count("pk"))
        .values_list("article_id", "n")
    )


__all__ = [
    "SuggestReport",
    "annotation_suggest_bulk",
    "annotation_suggest_for_article",
    "annotation_suggest_pending",
    "annotation_suggestion_accept",
    "annotation_suggestion_reject",
    "annotation_suggestions_review_bulk",
    "detect",
    "suggestion_counts",
    "suggestions_schedule",
    "suggestions_pending_from",
    "suggestions_enqueue",
    "SuggestionsEnqueuer",
]
