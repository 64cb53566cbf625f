"""Query-string filters for the library, the reader's side panel and the exports.

The forms only parse and validate a query string; `filter_articles` and
`filter_annotations` apply their `cleaned_data`. The export views reuse both, so an
export holds exactly what the page shows. The filter functions also accept plain
values (an outlet's name, a story's slug, a speaker's id) instead of model instances.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from annotations import selectors
from annotations.models import (
    Annotation,
    Article,
    Language,
    Outlet,
    Speaker,
    Story,
    Tag,
)
from annotations.search import search_articles

ANNOTATION_FIELDS = ("kind", "status", "speaker", "tag", "annotator")


def _blank(choices) -> list[tuple[str, str]]:
    return [("", "—"), *choices]


class _DateInput(forms.DateInput):
    input_type = "date"


class _Select(forms.Select):
    """A <select> written in Python instead of through one template per option.

    The filters list every outlet, story, speaker, tag and editor, and Django's
    widget templates made their options a fifth of the library's CPU time per
    request. Same attributes, options and selection as forms.Select (flat
    choices only; grouped ones are left to it).
    """

    def render(self, name, value, attrs=None, renderer=None):
        # iter(): list() of a ModelChoiceIterator first asks its length, a COUNT query.
        choices = list(iter(self.choices))
        if any(isinstance(label, list | tuple) for _value, label in choices):
            return super().render(name, value, attrs, renderer)
        wanted = set(self.format_value(value))
        parts = [
            format_html(
                '<select name="{}"{}>',
                name,
                flatatt(self.build_attrs(self.attrs, attrs)),
            )
        ]
        chosen = False
        for option, label in choices:
            option = "" if option is None else str(option)
            selected = not chosen and option in wanted
            chosen = chosen or selected
            parts.append(
                format_html(
                    '<option value="{}"{}>{}</option>',
                    option,
                    " selected" if selected else "",
                    label,
                )
            )
        parts.append("</select>")
        return mark_safe(
            "".join(parts)
        )  # every value and label went through format_html


class _Choices(forms.models.ModelChoiceIterator):
    """The choices of a model's list, read with one SELECT on every database.

    Django's iterator reads them with QuerySet.iterator(), which PostgreSQL
    serves through a server-side cursor: DECLARE, FETCH and CLOSE, three
    statements per list where SQLite runs one. The lists are short (their
    options are all written into the page anyway).
    """

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset.all():
            yield self.choice(obj)


class _ModelChoiceField(forms.ModelChoiceField):
    iterator = _Choices


class _FilterForm(forms.Form):
    """Fields shared by both forms; every field is optional."""

    outlet = _ModelChoiceField(
        widget=_Select,
        label=_("Outlet"),
        queryset=selectors.outlets(),
        to_field_name="name",
        required=False,
        empty_label=_("All outlets"),
    )
    story = _ModelChoiceField(
        widget=_Select,
        label=_("Story"),
        queryset=Story.objects.order_by("title"),
        to_field_name="slug",
        required=False,
        empty_label=_("All stories"),
    )
    since = forms.DateField(label=_("From"), required=False, widget=_DateInput)
    until = forms.DateField(label=_("To"), required=False, widget=_DateInput)
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=_blank(Annotation.Kind.choices),
        required=False,
        widget=_Select,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=_blank(Annotation.Status.choices),
        required=False,
        widget=_Select,
    )
    speaker = _ModelChoiceField(
        widget=_Select,
        label=_("Speaker"),
        queryset=Speaker.objects.all(),
        required=False,
        empty_label=_("Any speaker"),
    )
    tag = _ModelChoiceField(
        widget=_Select,
        label=_("Tag"),
        queryset=Tag.objects.all(),
        to_field_name="name",
        required=False,
        empty_label=_("Any tag"),
    )
    annotator = _ModelChoiceField(
        widget=_Select,
        label=_("Annotated by"),
        # Only what the options show: the list grows with the team.
        queryset=get_user_model().objects.only("pk", "username").order_by("username"),
        to_field_name="username",
        required=False,
        empty_label=_("Anyone"),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")  # labels sit above compact filter inputs
        super().__init__(*args, **kwargs)

    def clean(self) -> dict:
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", _("The end date is before the start date."))
        return data


class ArticleFilterForm(_FilterForm):
    q = forms.CharField(
        label=_("Search"),
        max_length=200,
        required=False,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("Search titles and text…")}
        ),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=_blank(Language.choices),
        required=False,
        widget=_Select,
    )

    field_order = [
        "q",
        "outlet",
        "story",
        "language",
        "since",
        "until",
        *ANNOTATION_FIELDS,
    ]


class AnnotationFilterForm(_FilterForm):
    article = forms.IntegerField(label=_("Article"), required=False, min_value=1)

    field_order = [
        "story",
        "outlet",
        "article",
        "kind",
        "status",
        "speaker",
        "tag",
        "annotator",
        "since",
        "until",
    ]


def day_bounds(
    since: dt.date | None, until: dt.date | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Return [start, end) datetimes covering the whole days since..until in the site's zone."""
    zone = timezone.get_current_timezone()
    start = (
        dt.datetime.combine(since, dt.time.min, tzinfo=zone) if since else None
    )  # zoneinfo handles DST, so combine() is enough here
    end = (
        dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
        if until
        else None
    )
    return start, end


def _by(value, model, field: str) -> dict:
    """Return the lookup for `value`, given either an instance of `model` or its `field`."""
    if isinstance(value, model):
        return {"": value}
    return {f"__{field}": value}


def _lookup(prefix: str, value, model, field: str) -> dict:
    return {prefix + k: v for k, v in _by(value, model, field).items()}


def _annotation_lookups(data: dict, prefix: str = "") -> dict:
    lookups: dict = {}
    if data.get("kind"):
        lookups[prefix + "kind"] = data["kind"]
    if data.get("status"):
        lookups[prefix + "status"] = data["status"]
    if data.get("speaker"):
        lookups.update(_lookup(prefix + "speaker", data["speaker"], Speaker, "pk"))
    if data.get("tag"):
        lookups.update(_lookup(prefix + "tags", data["tag"], Tag, "name"))
    if data.get("annotator"):
        lookups.update(
            _lookup(
                prefix + "created_by", data["annotator"], get_user_model(), "username"
            )
        )
    return lookups


def _article_lookups(data: dict, prefix: str = "") -> dict:
    lookups: dict = {}
    if data.get("outlet"):
        lookups.update(_lookup(prefix + "outlet", data["outlet"], Outlet, "name"))
    if data.get("story"):
        lookups.update(_lookup(prefix + "story", data["story"], Story, "slug"))
    if data.get("language"):
        lookups[prefix + "language"] = data["language"]
    start, end = day_bounds(data.get("since"), data.get("until"))
    if start:
        lookups[prefix + "published_at__gte"] = start
    if end:
        lookups[prefix + "published_at__lt"] = end
    return lookups


def filter_articles(queryset: QuerySet[Article], cleaned_data: dict) -> QuerySet:
    """Return the articles matching the filters, ranked by relevance when `q` is given.

    The annotation filters keep articles with at least one live annotation that
    matches all of them at once.
    """
    queryset = queryset.filter(**_article_lookups(cleaned_data))
    annotation_lookups = _annotation_lookups(cleaned_data)
    if annotation_lookups:
        matching = Annotation.objects.alive().filter(**annotation_lookups)
        queryset = queryset.filter(pk__in=matching.values("article_id"))
    return search_articles(queryset, cleaned_data.get("q") or "")


def filter_annotations(queryset: QuerySet[Annotation], cleaned_data: dict) -> QuerySet:
    """Return the annotations matching the filters (the caller decides on `.alive()`)."""
    lookups = {
        **_article_lookups(cleaned_data, prefix="article__"),
        **_annotation_lookups(cleaned_data),
    }
    if cleaned_data.get("article"):
        lookups.update(_lookup("article", cleaned_data["article"], Article, "pk"))
    return queryset.filter(**lookups)


def active_filters(form: forms.Form) -> bool:
    """Return True when the bound form carries at least one non-empty filter value."""
    return form.is_bound and any(
        v for k, v in form.data.items() if k in form.fields and v
    )
