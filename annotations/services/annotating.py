"""Create, change, delete and restore annotations, recording each change in their history."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from annotations.models import (
    CONTEXT_LENGTH,
    Annotation,
    AnnotationChange,
    Article,
    Speaker,
    Tag,
)

# Fields an edit may change; the span changes only when the editor re-selects.
EDITABLE_FIELDS = (
    "kind",
    "start",
    "end",
    "speaker",
    "quote_form",
    "value",
    "unit",
    "approximate",
    "note",
    "status",
    "tags",
)


# New tags take the next colour of this palette (colour-blind safe, readable under text).
TAG_PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
)
# The body holds no removed boilerplate, so the only place a selection could cross
# removed text is a paragraph break: a span may not cross one.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


class AnnotationConflict(Exception):
    """Raised when an edit was based on an older version than the one stored."""

    def __init__(self, current: Annotation):
        super().__init__(f"annotation {current.pk} is at version {current.version}")
        self.current = current


def _check_span(body: str, start: int, end: int, exact: str | None) -> None:
    if start < 0 or end > len(body):
        raise ValidationError(
            _(
                "The selection (%(start)d–%(end)d) lies outside the article text (%(length)d characters)."
            )
            % {"start": start, "end": end, "length": len(body)}
        )
    if start >= end:
        raise ValidationError(_("The selection is empty: select some words first."))
    if exact is not None and body[start:end] != exact:
        raise ValidationError(
            _(
                "The selected words do not match the article text any more; reload the page and select again."
            )
        )
    if not body[start:end].strip():
        raise ValidationError(_("The selection holds only spaces: select some words."))
    if _PARAGRAPH_BREAK.search(body, start, end):
        raise ValidationError(
            _(
                "The selection crosses a paragraph break (where removed text may have been): annotate each paragraph separately."
            )
        )


def _snapshot(annotation: Annotation, tags: list[str] | None = None) -> dict[str, Any]:
    if tags is None:
        tags = sorted(t.name for t in annotation.tags.all())
    return {
        "kind": annotation.kind,
        "start": annotation.start,
        "end": annotation.end,
        "exact": annotation.exact,
        "speaker": annotation.speaker.name if annotation.speaker_id else None,
        "quote_form": annotation.quote_form,
        "value": None
        if annotation.value is None
        else str(annotation.value.normalize()),
        "unit": annotation.unit,
        "approximate": annotation.approximate,
        "note": annotation.note,
        "status": annotation.status,
        "tags": tags,
    }


def annotation_create(
    *,
    article: Article,
    start: int,
    end: int,
    kind: str,
    user=None,
    exact: str | None = None,
    speaker: Speaker | None = None,
    quote_form: str = "",
    value: Decimal | None = None,
    unit: str = "",
    approximate: bool = False,
    note: str = "",
    tags: list[Tag] | tuple[Tag, ...] = (),
    status: str = Annotation.Status.ACCEPTED,
    origin: str = Annotation.Origin.MANUAL,
    confidence: float | None = None,
) -> Annotation:
    """Record an annotation over body[start:end] and its first history entry.

    `exact`, when given, must equal the body's text at those offsets: the browser
    sends what it saw, so a body that changed underneath is caught here.
    """
    body = article.body
    _check_span(body, start, end, exact)
    annotation = Annotation(
        article=article,
        kind=kind,
        start=start,
        end=end,
        exact=body[start:end],
        prefix=body[max(0, start - CONTEXT_LENGTH) : start],
        suffix=body[end : end + CONTEXT_LENGTH],
        speaker=speaker,
        quote_form=quote_form if kind == Annotation.Kind.QUOTE else "",
        value=value,
        unit=unit,
        approximate=approximate,
        note=note,
        status=status,
        origin=origin,
        confidence=confidence,
        created_by=user if user is not None and user.is_authenticated else None,
    )
    annotation.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            annotation.save()
            if tags:
                annotation.tags.set(tags)
            AnnotationChange.objects.create(
                annotation=annotation,
                action=AnnotationChange.Action.CREATED,
                changes=_snapshot(annotation, sorted(t.name for t in tags)),
                user=annotation.created_by,
            )
    except IntegrityError as exc:
        raise ValidationError(
            _("You have already annotated exactly these words as a %(kind)s.")
            % {"kind": annotation.get_kind_display().lower()}
        ) from exc
    return annotation


def annotation_update(
    *,
    annotation: Annotation,
    version: int,
    user=None,
    exact: str | None = None,
    **fields: Any,
) -> Annotation:
    """Apply `fields` to the annotation if nobody changed it since `version`.

    Raises AnnotationConflict with the stored annotation when the version is stale,
    so the caller can show the other edit instead of overwriting it. exact, when
    the span changes, must equal the body's text at the new offsets.
    """
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    with transaction.atomic():
        current = (
            Annotation.objects.select_for_update(of=("self",))
            .select_related("article", "speaker")
            .get(pk=annotation.pk)
        )
        if current.version != version or current.deleted_at is not None:
            raise AnnotationConflict(current)
        before = _snapshot(current)
        tags = fields.pop("tags", None)
        if "start" in fields or "end" in fields:
            start, end = (
                fields.get("start", current.start),
                fields.get("end", current.end),
            )
            body = current.article.body
            _check_span(body, start, end, exact)
            current.exact = body[start:end]
            current.prefix = body[max(0, start - CONTEXT_LENGTH) : start]
            current.suffix = body[end : end + CONTEXT_LENGTH]
        for name, value in fields.items():
            setattr(current, name, value)
        if current.kind != Annotation.Kind.QUOTE:
            current.quote_form = ""
        current.full_clean(validate_constraints=False)
        current.version = version + 1
        try:
            with transaction.atomic():
                current.save()
        except IntegrityError as exc:
            raise ValidationError(
                _("You have already annotated exactly these words this way.")
            ) from exc
        if tags is not None:
            current.tags.set(tags)
        after = _snapshot(
            current, sorted(t.name for t in tags) if tags is not None else None
        )
        diff = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        if diff:
            AnnotationChange.objects.create(
                annotation=current,
                action=AnnotationChange.Action.UPDATED,
                changes=diff,
                user=user if user is not None and user.is_authenticated else None,
            )
    return current


def annotation_delete(*, annotation: Annotation, user=None) -> Annotation:
    """Hide the annotation; it stays stored so an undo or an admin can restore it."""
    with transaction.atomic():
        annotation.deleted_at = timezone.now()
        annotation.version += 1
        annotation.save(update_fields=["deleted_at", "version", "updated_at"])
        AnnotationChange.objects.create(
            annotation=annotation,
            action=AnnotationChange.Action.DELETED,
            changes=_snapshot(annotation),
            user=user if user is not None and user.is_authenticated else None,
        )
    return annotation


def annotation_restore(*, annotation: Annotation, user=None) -> Annotation:
    """Bring a deleted annotation back, unless the same author re-made the same span meanwhile."""
    try:
        with transaction.atomic():
            annotation.deleted_at = None
            annotation.version += 1
            annotation.save(update_fields=["deleted_at", "version", "updated_at"])
            AnnotationChange.objects.create(
                annotation=annotation,
                action=AnnotationChange.Action.RESTORED,
                user=user if user is not None and user.is_authenticated else None,
            )
    except IntegrityError as exc:
        annotation.refresh_from_db()
        raise ValidationError(
            _("The same words carry the same annotation again; nothing to restore.")
        ) from exc
    return annotation


def tag_resolve(names: Iterable[str]) -> list[Tag]:
    """Return the tags named in names, creating the unknown ones with a palette colour.

    Names are stripped and matched without regard to case; blanks and repeats are
    dropped. A name that is not a valid tag raises ValidationError and creates nothing.
    """
    wanted: dict[str, str] = {}
    for name in names:
        name = " ".join(name.split())
        if name and name.casefold() not in wanted:
            wanted[name.casefold()] = name
    if not wanted:
        return []
    match = Q()
    for name in wanted.values():
        match |= Q(name__iexact=name)
    existing = {t.name.casefold(): t for t in Tag.objects.filter(match)}
    missing = [name for key, name in wanted.items() if key not in existing]
    new: list[Tag] = []
    if missing:
        count = Tag.objects.count()
        for i, name in enumerate(missing):
            tag = Tag(name=name, colour=TAG_PALETTE[(count + i) % len(TAG_PALETTE)])
            try:
                tag.full_clean(validate_unique=False)
            except ValidationError as exc:
                raise ValidationError(
                    _("“%(name)s” is not a valid tag: %(reason)s")
                    % {"name": name[:60], "reason": " ".join(exc.messages)}
                ) from exc
            new.append(tag)
        for i, tag in enumerate(new):
            # Another editor may have made the same tag a moment ago.
            new[i], _created = Tag.objects.get_or_create(
                name=tag.name, defaults={"colour": tag.colour}
            )
    created = {t.name.casefold(): t for t in new}
    return [existing.get(key) or created[key] for key in wanted]
