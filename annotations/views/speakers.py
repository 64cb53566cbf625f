"""The speaker registry: list, suggestions for the annotation form, a page per person, create and edit."""

from __future__ import annotations

from itertools import groupby

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from annotations import services
from annotations.models import Annotation, Speaker
from annotations.services.speakers import MAX_NAME, split_aliases
from annotations.text.matching import (
    SpeakerMatch,
    find_speaker,
    fold,
    rank_speakers,
)
from annotations.views import HtmxHttpRequest

SUGGESTIONS = 8
SEARCH_RESULTS = 200


class SpeakerForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=MAX_NAME)
    aliases = forms.CharField(
        label=_("Aliases"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Other spellings and titles, separated by commas or new lines."),
    )
    role = forms.CharField(label=_("Role"), required=False, max_length=200)
    affiliation = forms.CharField(
        label=_("Affiliation"), required=False, max_length=200
    )

    def clean_aliases(self) -> list[str]:
        return split_aliases(self.cleaned_data["aliases"])


def _require(request: HtmxHttpRequest, perm: str) -> None:
    if not request.user.has_perm(f"annotations.{perm}"):
        raise PermissionDenied


def _candidates() -> dict[int, tuple[str, list[str], str, str]]:
    """Return every speaker as id -> (name, aliases, role, affiliation), in one query."""
    return {
        pk: (name, aliases or [], role, affiliation)
        for pk, name, aliases, role, affiliation in Speaker.objects.values_list(
            "id", "name", "aliases", "role", "affiliation"
        )
    }


@require_GET
def speaker_suggest(request: HtmxHttpRequest) -> HttpResponse:
    """Return the suggestion list the annotation form shows under its speaker field."""
    query = " ".join(request.GET.get("q", "")[: MAX_NAME * 2].split())[:MAX_NAME]
    suggestions, exact = [], False
    if query:
        speakers = _candidates()
        matches = rank_speakers(
            query,
            ((pk, name, aliases) for pk, (name, aliases, _r, _a) in speakers.items()),
            limit=SUGGESTIONS,
        )
        key = fold(query)
        # The speaker a save would pick for the typed name (an exact name or alias,
        # or a near spelling: "Anthony Blinken" is Antony Blinken): first and
        # selected, and no "Create" beside it, since saving would not create one.
        picked = find_speaker(
            query,
            ((pk, name, aliases) for pk, (name, aliases, _r, _a) in speakers.items()),
        )
        if picked is not None:
            first = [m for m in matches if m.key == picked] or [
                SpeakerMatch(picked, speakers[picked][0], speakers[picked][0], 100.0)
            ]
            others = [m for m in matches if m.key != picked]
            matches = (first + others)[:SUGGESTIONS]
            exact = True
        for match in matches:
            name, _aliases, role, affiliation = speakers[match.key]
            exact = exact or fold(match.matched) == key
            suggestions.append(
                {
                    "id": match.key,
                    "name": name,
                    "details": " · ".join(p for p in (role, affiliation) if p),
                    "alias": match.matched if match.matched != name else "",
                    "picked": match.key == picked,
                }
            )
    can_create = (
        bool(query) and not exact and request.user.has_perm("annotations.add_speaker")
    )
    return render(
        request,
        "annotations/_speaker_suggestions.html",
        {"query": query, "suggestions": suggestions, "can_create": can_create},
    )


@require_GET
@vary_on_headers("HX-Request")
def speaker_list(request: HtmxHttpRequest) -> HttpResponse:
    query = " ".join(request.GET.get("q", "")[: MAX_NAME * 2].split())[:MAX_NAME]
    alive = Q(annotations__deleted_at__isnull=True)
    speakers = Speaker.objects.annotate(
        annotation_count=Count("annotations", filter=alive, distinct=True),
        outlet_count=Count("annotations__article__outlet", filter=alive, distinct=True),
    )
    if query:
        ranked = [
            m.key
            for m in rank_speakers(
                query,
                Speaker.objects.values_list("id", "name", "aliases"),
                limit=SEARCH_RESULTS,
            )
        ]
        order = {pk: i for i, pk in enumerate(ranked)}
        speakers = sorted(speakers.filter(pk__in=ranked), key=lambda s: order[s.pk])
    template = "annotations/speaker_list.html"
    if request.htmx and request.htmx.target == "speaker-results":
        template += "#speaker-results"
    return render(request, template, {"speakers": speakers, "query": query})


def _said_by(speaker: Speaker) -> list[tuple[object, list[Annotation]]]:
    """Return the speaker's annotations grouped by story, stories in the order of their first article."""
    annotations = (
        Annotation.objects.alive()
        .filter(speaker=speaker)
        .exclude(status=Annotation.Status.REJECTED)
        .select_related("article__outlet", "article__story")
        .defer("article__raw_text", "article__body", "article__blocks")
    )

    def when(a: Annotation):
        published = a.article.published_at
        return (published is None, published.timestamp() if published else 0)

    ordered = sorted(
        annotations,
        key=lambda a: (
            a.article.story_id is None,
            a.article.story.title.casefold() if a.article.story_id else "",
            a.article.story_id or 0,
            when(a),
            a.article_id,
            a.start,
        ),
    )
    return [
        (items[0].article.story, items)
        for items in (
            list(group)
            for _key, group in groupby(ordered, lambda a: a.article.story_id)
        )
    ]


@require_GET
def speaker_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    speaker = get_object_or_404(Speaker, pk=pk)
    groups = _said_by(speaker)
    ctx = {
        "speaker": speaker,
        "groups": groups,
        "total": sum(len(items) for _story, items in groups),
        "outlet_count": len(
            {a.article.outlet_id for _story, items in groups for a in items}
        ),
    }
    if request.user.has_perm("annotations.change_speaker"):
        ctx["merge_choices"] = Speaker.objects.exclude(pk=speaker.pk).order_by(
            Lower("name"), "pk"
        )
    return render(request, "annotations/speaker_detail.html", ctx)


@require_POST
def speaker_merge(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Merge this speaker into the one chosen: annotations move, the name becomes an alias."""
    _require(request, "change_speaker")
    remove = get_object_or_404(Speaker, pk=pk)
    into = request.POST.get("into", "")
    keep = Speaker.objects.filter(pk=int(into)).first() if into.isdigit() else None
    if keep is None:
        messages.error(request, _("Choose the speaker to merge into."))
        return redirect(remove)
    name = remove.name
    try:
        keep = services.speaker_merge(keep=keep, remove=remove, user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(remove)
    messages.success(
        request,
        _("“%(removed)s” is merged into “%(kept)s”; its name is now an alias.")
        % {"removed": name, "kept": keep.name},
    )
    return redirect(keep)


def _save(request: HtmxHttpRequest, form: SpeakerForm, speaker: Speaker | None):
    """Validate and save through the services; return the speaker, or None with the errors on the form."""
    if not form.is_valid():
        return None
    try:
        if speaker is None:
            return services.speaker_create(**form.cleaned_data)
        return services.speaker_update(speaker=speaker, **form.cleaned_data)
    except ValidationError as exc:
        form.add_error(None, exc)
        return None


@require_http_methods(["GET", "POST"])
def speaker_create(request: HtmxHttpRequest) -> HttpResponse:
    _require(request, "add_speaker")
    data = request.POST if request.method == "POST" else None
    form = SpeakerForm(data, initial={"name": request.GET.get("name", "")[:MAX_NAME]})
    if request.method == "POST" and (speaker := _save(request, form, None)):
        return redirect(speaker)
    return render(request, "annotations/speaker_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
def speaker_update(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    _require(request, "change_speaker")
    speaker = get_object_or_404(Speaker, pk=pk)
    initial = {
        "name": speaker.name,
        "aliases": "\n".join(speaker.aliases),
        "role": speaker.role,
        "affiliation": speaker.affiliation,
    }
    data = request.POST if request.method == "POST" else None
    form = SpeakerForm(data, initial=initial)
    if request.method == "POST" and (saved := _save(request, form, speaker)):
        return redirect(saved)
    return render(
        request, "annotations/speaker_form.html", {"form": form, "speaker": speaker}
    )
