from __future__ import annotations

from collections import defaultdict

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Max, Min
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from annotations import selectors, services
from annotations.models import Article, Story
from annotations.rendering import story_links_context
from annotations.views import HtmxHttpRequest, text_param
from annotations.views.compare import coverage_context

CANDIDATES_SHOWN = 20


class StoryForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title"), max_length=300)
    description = forms.CharField(
        label=gettext_lazy("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def _require(request: HtmxHttpRequest, perm: str) -> None:
    if not request.user.has_perm(f"annotations.{perm}"):
        raise PermissionDenied


def _timeline(articles: list[Article]) -> tuple[list, list]:
    """Return (outlets, rows): one row per publication day, one column per outlet.

    Each row is (day or None, [articles of outlet 1], [articles of outlet 2], ...);
    undated articles share a last row.
    """
    outlets = sorted({a.outlet for a in articles}, key=lambda o: o.name.casefold())
    cells: dict = defaultdict(lambda: defaultdict(list))
    days = []
    for article in articles:
        day = (
            timezone.localtime(article.published_at).date()
            if article.published_at
            else None
        )
        if day not in cells:
            days.append(day)
        cells[day][article.outlet_id].append(article)
    rows = [(day, [cells[day][o.pk] for o in outlets]) for day in days]
    return outlets, rows


@require_GET
def story_list(request: HtmxHttpRequest) -> HttpResponse:
    stories = Story.objects.annotate(
        article_count=Count("articles"),
        first_published=Min("articles__published_at"),
        last_published=Max("articles__published_at"),
    )
    return render(request, "annotations/story_list.html", {"stories": stories})


@require_http_methods(["GET", "POST"])
def story_create(request: HtmxHttpRequest) -> HttpResponse:
    _require(request, "add_story")
    form = StoryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            story = services.story_create(**form.cleaned_data, user=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, _("Story “%(title)s” created.") % {"title": story}
            )
            return redirect(story)
    return render(request, "annotations/story_form.html", {"form": form})


@require_GET
@vary_on_headers("HX-Request")
def story_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story, slug=slug)
    # Claims changed since the facts were grouped: group and propose again first.
    services.facts_refresh_if_stale(story=story)
    if request.htmx.target == "story-links":  # reloaded after facts changed
        ctx = {"story": story, **story_links_context(story)}
        return render(request, "annotations/story_detail.html#story-links", ctx)
    articles = selectors.story_articles(story)
    outlets, rows = _timeline(articles)
    find = text_param(request.GET, "find", 200)
    candidates = []
    if request.user.has_perm("annotations.change_article"):
        candidates = selectors.story_candidates(find, CANDIDATES_SHOWN)
    ctx = {
        "story": story,
        "articles": articles,
        "outlets": outlets,
        "rows": rows,
        "suggestion_total": sum(a.suggestion_count for a in articles),
        "find": find,
        "candidates": candidates,
        **story_links_context(story),
        **coverage_context(request, story, articles),
    }
    template = "annotations/story_detail.html"
    if request.htmx.target == "story-candidates":
        template += "#story-candidates"
    return render(request, template, ctx)


@require_POST
def story_add_articles(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    _require(request, "change_article")
    story = get_object_or_404(Story, slug=slug)
    pks = [int(v) for v in request.POST.getlist("articles") if v.isdigit()]
    added = services.story_add_articles(story=story, articles=pks)
    if added:
        messages.success(
            request,
            ngettext(
                "%(count)d article added to the story.",
                "%(count)d articles added to the story.",
                added,
            )
            % {"count": added},
        )
    else:
        messages.warning(request, _("Choose at least one article to add."))
    return redirect(story)


@require_POST
def story_remove_article(request: HtmxHttpRequest, slug: str, pk: int) -> HttpResponse:
    _require(request, "change_article")
    story = get_object_or_404(Story, slug=slug)
    article = get_object_or_404(Article.objects.only("id", "title", "story"), pk=pk)
    if services.story_remove_article(story=story, article=article):
        messages.success(
            request,
            _("“%(title)s” is no longer part of this story.") % {"title": article},
        )
    return redirect(story)


@require_http_methods(["GET", "POST"])
def story_edit(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """Rename a story; its slug stays, so every link to it keeps working."""
    _require(request, "change_story")
    story = get_object_or_404(Story, slug=slug)
    form = StoryForm(
        request.POST or None,
        initial={"title": story.title, "description": story.description},
    )
    if request.method == "POST" and form.is_valid():
        try:
            story = services.story_rename(
                story=story, **form.cleaned_data, user=request.user
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, _("Story renamed to “%(title)s”.") % {"title": story}
            )
            return redirect(story)
    return render(
        request, "annotations/story_form.html", {"form": form, "story": story}
    )
