"""Links between annotations: the link form in the reader, and the story's contradictions.

The form opens in the reader's editor (HTMX) or as a page of its own (no JS).
A save answers with the closed editor, the source's side panel item (now
listing the link) and a message, as out-of-band swaps.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from annotations import selectors, services
from annotations.models import Annotation, Link, Story
from annotations.quantities import quantity_text
from annotations.rendering import (
    MESSAGES_TEMPLATE,
    READER_TEMPLATE,
    panel_items_html,
    story_links_context,
)
from annotations.views import HtmxHttpRequest, text_param

FORM_PAGE = "annotations/link_form.html"
STORY_PAGE = "annotations/story_detail.html"


class LinkForm(forms.Form):
    target = forms.IntegerField(
        label=gettext_lazy("Linked to"),
        error_messages={"required": gettext_lazy("Choose the annotation to link to.")},
    )
    relation = forms.ChoiceField(
        label=gettext_lazy("Relation"), choices=Link.Relation.choices
    )
    note = forms.CharField(
        label=gettext_lazy("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


# The relation preselected before a target is picked (reader.js then follows the pick).
_relation_for_kind = {
    Annotation.Kind.CLAIM: Link.Relation.CONTRADICTS,
    Annotation.Kind.QUOTE: Link.Relation.SAME_QUOTE,
}


def _require(request: HtmxHttpRequest, action: str) -> None:
    if not request.user.has_perm(f"annotations.{action}_link"):
        raise PermissionDenied(_("Viewers cannot change links."))


def default_relation(source: Annotation, kind: str, value: Decimal | None) -> str:
    """Return the relation an editor most likely means between source and a target."""
    if source.kind == kind == Annotation.Kind.QUOTE:
        return Link.Relation.SAME_QUOTE
    if source.kind == kind == Annotation.Kind.CLAIM and None not in (
        source.value,
        value,
    ):
        if source.value == value:
            return Link.Relation.CORROBORATES
        return Link.Relation.CONTRADICTS
    return Link.Relation.RELATED


def _targets(source: Annotation, find: str) -> tuple[list[dict], bool]:
    """Return the annotations the source may be linked to, grouped by article, and whether cut.

    The source's kind comes first within each article.
    """
    targets, cut = selectors.link_targets(source, find)
    kinds = dict(Annotation.Kind.choices)
    groups: dict[int, dict] = {}
    for t in targets:
        group = groups.setdefault(
            t.article_id, {"outlet": t.outlet, "title": t.title, "options": []}
        )
        group["options"].append(
            {
                "pk": t.pk,
                "kind": t.kind,
                "kind_label": kinds.get(t.kind, t.kind),
                "exact": t.exact if len(t.exact) <= 90 else t.exact[:87] + "…",
                "value_text": quantity_text(t.value, t.unit, t.approximate),
                "speaker": t.speaker or "",
                "relation": default_relation(source, t.kind, t.value),
            }
        )
    for group in groups.values():
        group["options"].sort(key=lambda o: o["kind"] != source.kind)
    return list(groups.values()), cut


def _form_response(
    request: HtmxHttpRequest, source: Annotation, form: LinkForm, find: str = ""
) -> HttpResponse:
    groups, cut = _targets(source, find)
    ctx = {
        "source": source,
        "article": source.article,
        "form": form,
        "groups": groups,
        "cut": cut,
        "find": find,
        "show_search": cut or bool(find) or not source.article.story_id,
        "source_value": quantity_text(source.value, source.unit, source.approximate),
        "chosen": str(form["target"].value() or ""),
    }
    template = FORM_PAGE
    if request.htmx:
        target = request.htmx.target
        template += (
            "#link-targets" if target == "link-targets" else "#annotation-editor"
        )
    return render(request, template, ctx)


def _linked_response(
    request: HtmxHttpRequest, source: Annotation, message: str
) -> HttpResponse:
    """Return the closed editor, the source's panel item with its links, and a message."""
    article = source.article
    closed = render_to_string(f"{READER_TEMPLATE}#annotation-editor", {}, request)
    within = (source.start, source.end)
    row = next(
        (r for r in selectors.reader_rows(article, within) if r.pk == source.pk), None
    )
    item = ""
    if row is not None:
        item = panel_items_html(
            [row],
            can_edit=True,
            csrf_token=get_token(request),
            links=selectors.reader_links(article, [source.pk]),
            oob=True,
        )
    note = render_to_string(
        MESSAGES_TEMPLATE,
        {"message": message, "level": "success"},
        request,
    )
    response = HttpResponse(closed + item + note)
    return trigger_client_event(
        response,
        "annotations-changed",
        {"id": source.pk, "action": "linked"},
        after="settle",
    )


@require_http_methods(["GET", "POST"])
def link_create(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    _require(request, "add")
    source = get_object_or_404(
        Annotation.objects.alive().select_related("article", "article__outlet"),
        pk=pk,
    )
    find = text_param(request.GET, "find", 200) or text_param(request.POST, "find", 200)
    if request.method == "GET":
        initial = {"relation": _relation_for_kind.get(source.kind, "related")}
        return _form_response(request, source, LinkForm(initial=initial), find)

    form = LinkForm(request.POST)
    if form.is_valid():
        target = (
            Annotation.objects.alive().filter(pk=form.cleaned_data["target"]).first()
        )
        if target is None:
            form.add_error("target", _("That annotation no longer exists."))
        else:
            try:
                services.link_create(
                    source=source,
                    target=target,
                    relation=form.cleaned_data["relation"],
                    note=form.cleaned_data["note"],
                    user=request.user,
                )
            except ValidationError as exc:
                form.add_error(None, exc)
    if not form.is_valid():
        return _form_response(request, source, form, find)
    message = _("Link saved.")
    if not request.htmx:
        messages.success(request, message)
        return redirect(source.get_absolute_url())
    return _linked_response(request, source, message)


# ---- The story's contradictions and agreements --------------------------------


def _story_links_response(
    request: HtmxHttpRequest, story: Story, message: str, level: str = "success"
) -> HttpResponse:
    ctx = {"story": story, **story_links_context(story)}
    section = render_to_string(f"{STORY_PAGE}#story-links", ctx, request)
    note = render_to_string(
        MESSAGES_TEMPLATE,
        {"message": message, "level": level},
        request,
    )
    return HttpResponse(section + note)


@require_POST
def link_suggest(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    _require(request, "add")
    story = get_object_or_404(Story, slug=slug)
    created = services.link_suggest_for_story(story=story, user=request.user)
    if created:
        message = ngettext(
            "%(count)d new suggestion.", "%(count)d new suggestions.", created
        ) % {"count": created}
    elif Link.objects.filter(
        source__article__story=story, origin=Annotation.Origin.AUTO
    ).exists():
        # Reading the story proposes already when its claims changed.
        message = _(
            "No new suggestions: the proposals already follow the story's claims."
        )
    else:
        message = _(
            "No new suggestions: annotate numbers as claims (with value and unit) "
            "and quotes with their speaker, in at least two articles."
        )
    level = "success" if created else "info"
    if not request.htmx:
        getattr(messages, level)(request, message)
        return redirect(f"{story.get_absolute_url()}#story-links")
    # The facts were regrouped too: the coverage table refreshes itself.
    return trigger_client_event(
        _story_links_response(request, story, message, level), "links-changed"
    )


@require_POST
@vary_on_headers("HX-Request")
def link_update(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    _require(request, "change")
    link = get_object_or_404(
        Link.objects.select_related("source__article", "target__article"), pk=pk
    )
    status = request.POST.get("status", "")
    story = Story.objects.filter(
        slug=text_param(request.POST, "story", 300)
    ).first() or (link.source.article.story or link.target.article.story)
    if status in Link.Status.values:
        services.link_update(link=link, status=status, user=request.user)
        message = _("Link marked “%(status)s”.") % {"status": link.get_status_display()}
        level = "success"
    else:
        message, level = _("Choose what to do with the link."), "error"
    if not request.htmx or story is None:
        getattr(messages, level)(request, message)
        where = story.get_absolute_url() if story else link.source.get_absolute_url()
        return redirect(f"{where}#story-links" if story else where)
    return _story_links_response(request, story, message, level)


@require_POST
def link_delete(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    _require(request, "delete")
    link = get_object_or_404(
        Link.objects.select_related("source__article__story"), pk=pk
    )
    story = link.source.article.story
    source = link.source
    services.link_delete(link=link, user=request.user)
    message = _("Link deleted.")
    if not request.htmx or story is None:
        messages.success(request, message)
        return redirect(
            f"{story.get_absolute_url()}#story-links"
            if story
            else source.get_absolute_url()
        )
    return _story_links_response(request, story, message)
