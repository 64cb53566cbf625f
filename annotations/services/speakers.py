"""Find, create, change and merge speakers: the people whose words are annotated."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from annotations.models import Annotation, AnnotationChange, Speaker
from annotations.text.cleaning import clean_line
from annotations.text.matching import find_speaker, fold

MAX_NAME = 200  # Speaker.name's max_length, also the limit of each alias
MAX_ALIASES = 50
_ALIAS_SEPARATORS = re.compile(r"[,\n;]")


def _clean_name(name: str, *, what: str | None = None) -> str:
    # As import cleans names: "Jose\u0301" is "José", and no invisible or bidi
    # control makes two speakers look alike or a name read backwards.
    name = clean_line(str(name))
    label = what or _("A speaker's name")
    if not name:
        raise ValidationError(_("%(what)s cannot be empty.") % {"what": label})
    if len(name) > MAX_NAME:
        raise ValidationError(
            _(
                "%(what)s may have at most %(limit)d characters; this one has %(length)d."
            )
            % {"what": label, "limit": MAX_NAME, "length": len(name)}
        )
    return name


def split_aliases(text: str) -> list[str]:
    """Return the aliases typed into one field, separated by commas, semicolons or new lines."""
    return [part for part in _ALIAS_SEPARATORS.split(text) if part.strip()]


def _clean_aliases(aliases: Iterable[str], name: str) -> list[str]:
    """Return the aliases stripped, without blanks, repeats or the canonical name itself."""
    seen = {fold(name)}
    cleaned = []
    for alias in aliases:
        if not clean_line(str(alias)):
            continue
        alias = _clean_name(alias, what=_("An alias"))
        key = fold(alias)
        if key and key not in seen:
            seen.add(key)
            cleaned.append(alias)
    if len(cleaned) > MAX_ALIASES:
        raise ValidationError(
            _("A speaker may have at most %(limit)d aliases.") % {"limit": MAX_ALIASES}
        )
    return cleaned


def _save(speaker: Speaker) -> Speaker:
    speaker.full_clean(validate_unique=False)
    clash = Speaker.objects.exclude(pk=speaker.pk).filter(name__iexact=speaker.name)
    if clash.exists():
        raise ValidationError(
            _("There is already a speaker named “%(name)s”.") % {"name": speaker.name}
        )
    try:
        with transaction.atomic():
            speaker.save()
    except IntegrityError as exc:
        raise ValidationError(
            _("There is already a speaker named “%(name)s”.") % {"name": speaker.name}
        ) from exc
    return speaker


def speaker_find(name: str) -> Speaker | None:
    """Return the stored speaker that name refers to, or None (text.matching.find_speaker)."""
    if not fold(name):
        return None
    found = find_speaker(name, Speaker.objects.values_list("id", "name", "aliases"))
    return None if found is None else Speaker.objects.get(pk=found)


def speaker_resolve(*, name: str, role: str = "", user=None) -> Speaker:
    """Return the speaker that name refers to, creating one (with role) when nobody matches."""
    name = _clean_name(name)
    existing = Speaker.objects.filter(name=name).first() or speaker_find(name)
    if existing is not None:
        return existing
    try:
        return speaker_create(name=name, role=role)
    except ValidationError:
        # Another editor created the same name a moment ago.
        existing = Speaker.objects.filter(name__iexact=name).first()
        if existing is None:
            raise
        return existing


def speakers_locked(ids: Iterable[int]) -> set[int]:
    """Lock these speakers' rows until the transaction ends; return the ids still stored.

    The order every writer keeps: tags, articles, speakers, annotations; several
    rows of one table in id order. speaker_merge locks the two speakers before
    their annotations, so a save that names a speaker waits for a merge in
    progress (and then finds the speaker gone) or the merge waits for the save
    (and then moves its annotation). Without the lock a save checked a speaker
    that a merge deleted before the save committed, and the foreign key failed
    at commit: a 500. SQLite's write transactions are serialised already.
    """
    ids = sorted(set(ids))
    if not ids:
        return set()
    return set(
        Speaker.objects.select_for_update(no_key=True)
        .filter(pk__in=ids)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def speaker_live(speaker: Speaker | None) -> Speaker | None:
    """Return the speaker a save may point at, its row locked (see speakers_locked).

    The editor's form read the speaker before the save's transaction. If it was
    merged into another meanwhile, its annotations now belong to the kept
    speaker, whose aliases hold its name: this one goes there too. A speaker
    deleted otherwise is refused with a message; nothing is saved.
    """
    if speaker is None or speaker.pk in speakers_locked([speaker.pk]):
        return speaker
    kept = Speaker.objects.filter(name=speaker.name).first() or speaker_find(
        speaker.name
    )
    if kept is not None and kept.pk in speakers_locked([kept.pk]):
        return kept
    raise ValidationError(
        _(
            "The speaker “%(name)s” is no longer in the registry (removed while you were editing); choose the speaker again."
        )
        % {"name": speaker.name},
        code="speaker-gone",
    )


def speaker_create(
    *,
    name: str,
    aliases: Iterable[str] = (),
    role: str = "",
    affiliation: str = "",
) -> Speaker:
    name = _clean_name(name)
    speaker = Speaker(
        name=name,
        aliases=_clean_aliases(aliases, name),
        role=clean_line(role),
        affiliation=clean_line(affiliation),
    )
    return _save(speaker)


def speaker_update(
    *,
    speaker: Speaker,
    name: str | None = None,
    aliases: Iterable[str] | None = None,
    role: str | None = None,
    affiliation: str | None = None,
) -> Speaker:
    """Change the given fields; on a validation error the stored speaker stays as it was."""
    current = Speaker.objects.get(pk=speaker.pk)
    if name is not None:
        current.name = _clean_name(name)
    if aliases is not None:
        current.aliases = _clean_aliases(aliases, current.name)
    else:
        current.aliases = _clean_aliases(current.aliases, current.name)
    if role is not None:
        current.role = clean_line(role)
    if affiliation is not None:
        current.affiliation = clean_line(affiliation)
    return _save(current)


def speaker_merge(*, keep: Speaker, remove: Speaker, user=None) -> Speaker:
    """Move remove's annotations and names onto keep, then delete remove.

    remove's name becomes an alias of keep, so typing it still finds the person;
    each moved annotation gets a new version and a history entry.
    """
    if keep.pk == remove.pk:
        raise ValidationError(_("A speaker cannot be merged into itself."))
    with transaction.atomic():
        # Both in id order: two merges of the same pair, in opposite directions,
        # wait for each other instead of deadlocking; the second finds one gone.
        locked = {
            s.pk: s
            for s in Speaker.objects.select_for_update()
            .filter(pk__in=[keep.pk, remove.pk])
            .order_by("pk")
        }
        if keep.pk not in locked or remove.pk not in locked:
            raise ValidationError(
                _(
                    "One of these speakers was merged or removed meanwhile; reload the page."
                ),
                code="speaker-gone",
            )
        keep, remove = locked[keep.pk], locked[remove.pk]
        moved = list(  # locked in id order, as every writer locks annotations
            Annotation.objects.filter(speaker=remove)
            .select_for_update(of=("self",))
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        Annotation.objects.filter(pk__in=moved).update(
            speaker=keep, version=F("version") + 1
        )
        who = user if user is not None and user.is_authenticated else None
        AnnotationChange.objects.bulk_create(
            AnnotationChange(
                annotation_id=pk,
                action=AnnotationChange.Action.UPDATED,
                changes={"speaker": [remove.name, keep.name]},
                user=who,
            )
            for pk in moved
        )
        keep.aliases = _clean_aliases(
            [*keep.aliases, remove.name, *remove.aliases], keep.name
        )
        keep.role = keep.role or remove.role
        keep.affiliation = keep.affiliation or remove.affiliation
        remove.delete()
        keep.full_clean(validate_unique=False)
        keep.save()
    return keep


def speaker_learn_alias(*, speaker: Speaker, alias: str) -> Speaker:
    """Add alias to the speaker's aliases unless one of its names already reads so.

    Called when an editor accepts a suggestion whose name the article spelled
    differently ("Anthony Blinken" for Antony Blinken): next time it matches
    exactly. A full alias list or an alias that is not a valid name changes nothing.
    """
    alias = clean_line(str(alias))
    with transaction.atomic():
        current = Speaker.objects.select_for_update().get(pk=speaker.pk)
        known = {fold(t) for t in (current.name, *current.aliases)}
        if not fold(alias) or fold(alias) in known or len(alias) > MAX_NAME:
            return current
        if len(current.aliases) >= MAX_ALIASES:
            return current
        current.aliases = [*current.aliases, alias]
        current.save(update_fields=["aliases"])
    return current
