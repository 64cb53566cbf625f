"""Create, change, delete and restore annotations, recording each change in their history."""

from __future__ import annotations

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
from annotations.quantities import plain_number
from annotations.services.articles import ArticleGone
from annotations.services.speakers import speaker_live, speaker_resolve
from annotations.text.anchoring import body_version as version_of
from annotations.text.anchoring import context, validate_span
from annotations.text.claims import claim_at
from annotations.text.cleaning import clean_line

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


class AnnotationConflict(Exception):
    """Raised when an edit was based on an older version than the one stored."""

    def __init__(self, current: Annotation):
        super().__init__(f"annotation {current.pk} is at version {current.version}")
        self.current = current


def check_span(
    body: str,
    start: int,
    end: int,
    exact: str | None = None,
    body_version: str | None = None,
    *,
    whole_words: bool = False,
) -> None:
    """Raise ValidationError, with the editor's message, unless body[start:end] may be annotated.

    The one place spans are judged (annotations.text.anchoring.validate_span
    says what is wrong; this says it to the editor). body_version and exact are
    what the editor's page showed: a body changed since is refused.
    whole_words (for spans an editor selected) refuses a span cutting a word,
    code "mid-word": the caller may offer snap_to_words's span instead.
    """
    if body_version and body_version != version_of(body):
        raise ValidationError(
            _(
                "The article changed since you selected these words (a paragraph was restored or removed); nothing was saved. Select the words again."
            ),
            code="stale",
        )
    error = validate_span(body, start, end, exact, whole_words=whole_words)
    if error is None:
        return
    if error == "out-of-range":
        message = _(
            "The selection (%(start)d–%(end)d) lies outside the article text (%(length)d characters)."
        ) % {"start": start, "end": end, "length": len(body)}
    elif error == "empty":
        message = _("The selection is empty: select some words first.")
    elif error == "mismatch":
        message = _(
            "The selected words do not match the article text any more; reload the page and select again."
        )
    elif error == "blank":
        message = _("The selection holds only spaces: select some words.")
    elif error == "mid-word":
        message = _(
            "The selection starts or ends inside a word (“%(words)s”), so nothing was saved. The form now holds the whole words: check them and save again."
        ) % {"words": _elide(body[start:end])}
    else:
        message = _(
            "The selection crosses a paragraph break (where removed text may have been): annotate each paragraph separately."
        )
    raise ValidationError(message, code=error)


def _elide(text: str, keep: int = 24) -> str:
    """Return text, or its first and last `keep` characters around an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= 2 * keep + 3 else f"{text[:keep]} … {text[-keep:]}"


def _locked_body(article: Article) -> str:
    """Return the article's body as stored now, its row locked until the transaction ends.

    Restoring or removing a paragraph locks the same row and moves every
    annotation, so an annotation is either placed on the body it was checked
    against or moved with it; never placed on a body that changed meanwhile.
    """
    body = (
        Article.objects.select_for_update()
        .values_list("body", flat=True)
        .filter(pk=article.pk)
        .first()
    )
    if body is None:
        raise ArticleGone()
    article.body = body
    return body


def _tags(tags: Iterable[Tag | str]) -> list[Tag]:
    """Return the tags, names resolved (and new ones made) through tag_resolve."""
    tags = list(tags)
    names = [t for t in tags if isinstance(t, str)]
    named = iter(tag_resolve(names)) if names else iter(())
    found = [t for t in tags if isinstance(t, Tag)]
    found += list(named)
    unique: dict[int, Tag] = {}
    for tag in found:
        unique.setdefault(tag.pk, tag)
    return list(unique.values())


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
        "value": None if annotation.value is None else plain_number(annotation.value),
        "unit": annotation.unit,
        "approximate": annotation.approximate,
        "note": annotation.note,
        "status": annotation.status,
        "tags": tags,
    }


def _read_claim(body: str, start: int, end: int) -> tuple[str, str]:
    """Return what the claim over body[start:end] measures and its bound, as read."""
    found = claim_at(body, start, end)
    if found is None:
        return "", ""
    return found.measured[
        : Annotation._meta.get_field("measured").max_length
    ], found.bound


def annotation_create(
    *,
    article: Article,
    start: int,
    end: int,
    kind: str,
    user=None,
    exact: str | None = None,
    body_version: str | None = None,
    speaker: Speaker | None = None,
    speaker_name: str = "",
    quote_form: str = "",
    value: Decimal | None = None,
    unit: str = "",
    approximate: bool = False,
    bound: str | None = None,
    measured: str | None = None,
    note: str = "",
    tags: Iterable[Tag | str] = (),
    status: str = Annotation.Status.ACCEPTED,
    origin: str = Annotation.Origin.MANUAL,
    confidence: float | None = None,
    whole_words: bool = False,
) -> Annotation:
    """Record an annotation over body[start:end] and its first history entry, in one transaction.

    `exact` and `body_version`, when given, are what the editor's page showed
    (see check_span): a body that changed underneath is caught here, against
    the body read under the article's lock; `whole_words` refuses a span that
    cuts a word (an editor's selection). `speaker_name` (when no speaker is
    given) and tag names are resolved in the same transaction, so a refused
    annotation leaves no new speaker or tag behind; the tags before the
    article is locked (as annotation_update does), so the other editors of the
    article do not wait for their lookup.
    """
    who = user if user is not None and user.is_authenticated else None
    # What the claim measures and its bound, read before the article is locked:
    # the other editors of the article do not wait for it (read again if the
    # body moved). Given ones stand.
    read = article.body if kind == Annotation.Kind.CLAIM else None
    if read is not None:
        found = _read_claim(read, start, end)
    try:
        with transaction.atomic():
            tags = _tags(tags)
            body = _locked_body(article)
            check_span(body, start, end, exact, body_version, whole_words=whole_words)
            if read is not None and body != read:
                found = _read_claim(body, start, end)
            if read is not None:
                measured = found[0] if measured is None else measured
                bound = found[1] if bound is None else bound
            if speaker is None and speaker_name.strip():
                speaker = speaker_resolve(name=speaker_name, user=user)
            speaker = speaker_live(speaker)
            prefix, suffix = context(body, start, end, CONTEXT_LENGTH)
            annotation = Annotation(
                article=article,
                kind=kind,
                start=start,
                end=end,
                exact=body[start:end],
                prefix=prefix,
                suffix=suffix,
                speaker=speaker,
                quote_form=quote_form if kind == Annotation.Kind.QUOTE else "",
                value=value,
                unit=unit,
                approximate=approximate,
                bound=bound or "",
                measured=measured or "",
                note=note,
                status=status,
                origin=origin,
                confidence=confidence,
                created_by=who,
            )
            # The article was just read under its lock, the user is the one
            # asking and the speaker was found or made: no query to check each.
            annotation.full_clean(
                exclude=["article", "created_by", "speaker"],
                validate_constraints=False,
            )
            # Every statement here is one more wait for the editors of this
            # article (its row is locked): a duplicate rolls the whole block
            # back (no savepoint of its own), and a new annotation has no
            # tags to compare with (add, not set, which reads them first).
            annotation.save()
            if tags:
                annotation.tags.add(*tags)
            AnnotationChange.objects.create(
                annotation=annotation,
                action=AnnotationChange.Action.CREATED,
                changes=_snapshot(annotation, sorted(t.name for t in tags)),
                user=who,
            )
    except IntegrityError as exc:
        raise ValidationError(
            _("You have already annotated exactly these words as a %(kind)s.")
            % {"kind": Annotation.Kind(kind).label.lower()},
            code="duplicate",
        ) from exc
    return annotation


def annotation_update(
    *,
    annotation: Annotation,
    version: int,
    user=None,
    exact: str | None = None,
    body_version: str | None = None,
    speaker_name: str | None = None,
    whole_words: bool = False,
    **fields: Any,
) -> Annotation:
    """Apply `fields` to the annotation if nobody changed it since `version`, in one transaction.

    Raises AnnotationConflict with the stored annotation when the version is stale,
    so the caller can show the other edit instead of overwriting it. exact,
    body_version and whole_words, when the span changes, are checked as
    annotation_create does.
    `speaker_name` (a typed name, resolved or made in the same transaction)
    stands for `speaker` when given; tags may be Tag instances or names.
    """
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    with transaction.atomic():
        # Tags first, then the article, then the speaker, then the annotation:
        # every writer takes them in this order, so none waits for another in a
        # circle (speakers_locked).
        tags = fields.pop("tags", None)
        if tags is not None:
            tags = _tags(tags)
        if "start" in fields or "end" in fields:
            _locked_body(annotation.article)  # before the annotation: as restores do
        if speaker_name is not None:
            fields["speaker"] = (
                speaker_resolve(name=speaker_name, user=user)
                if speaker_name.strip()
                else None
            )
        if fields.get("speaker") is not None:
            fields["speaker"] = speaker_live(fields["speaker"])
        current = (
            Annotation.objects.select_for_update(of=("self",))
            .select_related("article", "speaker")
            .filter(pk=annotation.pk)
            .first()
        )
        if current is None:
            raise ArticleGone()
        if current.version != version or current.deleted_at is not None:
            raise AnnotationConflict(current)
        had = list(current.tags.all())  # read once: for the history and the change
        before = _snapshot(current, sorted(t.name for t in had))
        if "start" in fields or "end" in fields:
            start, end = (
                fields.get("start", current.start),
                fields.get("end", current.end),
            )
            body = current.article.body
            check_span(body, start, end, exact, body_version, whole_words=whole_words)
            current.exact = body[start:end]
            current.prefix, current.suffix = context(body, start, end, CONTEXT_LENGTH)
        was_claim = current.kind == Annotation.Kind.CLAIM
        for name, value in fields.items():
            setattr(current, name, value)
        if current.kind == Annotation.Kind.CLAIM and (
            "start" in fields or "end" in fields or not was_claim
        ):
            # Other words, or words that were a quote: what they measure anew.
            current.measured, current.bound = _read_claim(
                current.article.body, current.start, current.end
            )
        if current.kind != Annotation.Kind.QUOTE:
            current.quote_form = ""
        # The article and the author do not change, and the speaker was chosen
        # from the list or found or made: no query to check each.
        current.full_clean(
            exclude=["article", "created_by", "speaker"], validate_constraints=False
        )
        current.version = version + 1
        try:
            current.save()  # a duplicate ends the block: no savepoint of its own
        except IntegrityError as exc:
            raise ValidationError(
                _("You have already annotated exactly these words this way.")
            ) from exc
        if tags is not None:
            old, new = {t.pk for t in had}, {t.pk for t in tags}
            if old - new:
                current.tags.remove(*(old - new))
            if new - old:
                current.tags.add(*(new - old))
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
        # Cleaned as import cleans names: "cafe\u0301" and "café" are one tag.
        name = clean_line(name)
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
