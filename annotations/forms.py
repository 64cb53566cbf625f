"""Forms parse and validate what the browser sent; the services do the writing."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django import forms
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from annotations.models import Annotation, Speaker, Story
from annotations.quantities import parse_number

MAX_NOTE = 10_000


def _blank(choices) -> list[tuple[str, str]]:
    return [("", "—"), *choices]


class AnnotationForm(forms.Form):
    """One annotation as the reader's editor sends it, for a new one or an edit.

    start/end are code points into the body (the script converts the browser's
    UTF-16 offsets). Without JavaScript there are no offsets: the editor types
    the words instead, and the view finds them in the body.
    """

    kind = forms.ChoiceField(
        label=_("Kind"), choices=Annotation.Kind.choices, widget=forms.RadioSelect
    )
    start = forms.IntegerField(required=False, widget=forms.HiddenInput)
    end = forms.IntegerField(required=False, widget=forms.HiddenInput)
    exact = forms.CharField(
        label=_("Words"),
        required=False,
        strip=False,
        max_length=100_000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Copy the words from the article exactly."),
    )
    speaker = forms.ModelChoiceField(
        queryset=Speaker.objects.all(), required=False, widget=forms.HiddenInput
    )
    speaker_name = forms.CharField(label=_("Speaker"), required=False, max_length=200)
    quote_form = forms.ChoiceField(
        label=_("Quote form"),
        required=False,
        choices=_blank(Annotation.QuoteForm.choices),
    )
    value = forms.CharField(label=_("Value"), required=False, max_length=40)
    unit = forms.CharField(label=_("Unit"), required=False, max_length=40)
    approximate = forms.BooleanField(label=_("Approximate"), required=False)
    tags = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=1000,
        help_text=_("Separate tags with commas; new names make new tags."),
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=Annotation.Status.choices
    )
    version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    # The fingerprint of the body the selection was made on (anchoring.body_version).
    body_version = forms.CharField(
        required=False, max_length=32, widget=forms.HiddenInput
    )

    def __init__(self, *args, editing: bool = False, **kwargs):
        # An edit without offsets keeps the annotation's span.
        super().__init__(*args, **kwargs)
        self.editing = editing

    def clean_value(self) -> Decimal | None:
        try:
            value = parse_number(self.cleaned_data["value"])
        except ValueError:
            raise forms.ValidationError(
                _("Enter a number such as 7.5 or 7,5.")
            ) from None
        if value is None:
            return None
        if abs(value) >= Decimal(10) ** 18:
            raise forms.ValidationError(_("This number is too large."))
        return value.quantize(Decimal("0.000001")).normalize()

    def clean_tags(self) -> list[str]:
        names = [" ".join(n.split()) for n in self.cleaned_data["tags"].split(",")]
        names = [n for n in names if n]
        too_long = [n for n in names if len(n) > 60]
        if too_long:
            raise forms.ValidationError(
                _("A tag has at most 60 characters: “%(name)s…”.")
                % {"name": too_long[0][:30]}
            )
        return names

    def clean_speaker_name(self) -> str:
        return " ".join(self.cleaned_data["speaker_name"].split())

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if (start is None) != (end is None):
            raise forms.ValidationError(_("The selection is incomplete; select again."))
        if (
            start is None
            and not self.editing
            and not (data.get("exact") or "").strip()
            and "exact" not in self.errors
        ):
            self.add_error(
                "exact", _("The selection is empty: select some words first.")
            )
        speaker = data.get("speaker")
        if speaker is not None and data.get("speaker_name") not in ("", speaker.name):
            # The editor typed over a picked name: the typed name wins.
            data["speaker"] = None
        if data.get("kind") != Annotation.Kind.QUOTE:
            data["quote_form"] = ""
        return data


class PanelFilterForm(forms.Form):
    """The side panel's filters; every field is optional and unknown values are ignored."""

    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=_blank(Annotation.Kind.choices)
    )
    speaker = forms.IntegerField(label=_("Speaker"), required=False)
    tag = forms.IntegerField(label=_("Tag"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=_blank(Annotation.Status.choices)
    )
    author = forms.IntegerField(label=_("Author"), required=False)

    prefix = "f"

    def active(self) -> dict:
        """Return the valid, non-empty filters; a bad value drops only its own filter."""
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "")}


class SuggestionReviewForm(forms.Form):
    """Many suggestions of an article at once: accept or reject, by kind or confidence, or undo."""

    status = forms.ChoiceField(
        label=_("Action"),
        required=False,
        choices=[
            (Annotation.Status.ACCEPTED, _("Accept")),
            (Annotation.Status.REJECTED, _("Reject")),
        ],
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("all kinds")), *Annotation.Kind.choices],
    )
    min_confidence = forms.DecimalField(
        label=_("Confidence at least"),
        required=False,
        min_value=Decimal(0),
        max_value=Decimal(1),
        decimal_places=2,
        widget=forms.NumberInput(attrs={"step": "0.05", "min": "0", "max": "1"}),
    )
    # An undo names the annotations an earlier action changed and the status it set.
    undo = forms.ChoiceField(
        required=False,
        choices=[
            ("", ""),
            (Annotation.Status.ACCEPTED, Annotation.Status.ACCEPTED),
            (Annotation.Status.REJECTED, Annotation.Status.REJECTED),
        ],
        widget=forms.HiddenInput,
    )
    ids = forms.CharField(required=False, max_length=100_000, widget=forms.HiddenInput)

    def clean_ids(self) -> list[int]:
        raw = self.cleaned_data.get("ids", "")
        try:
            return [int(part) for part in raw.split(",") if part.strip()]
        except ValueError as exc:
            raise forms.ValidationError(
                _("The list of suggestions is garbled.")
            ) from exc

    def clean_min_confidence(self) -> float | None:
        value = self.cleaned_data.get("min_confidence")
        return None if value is None else float(value)

    def clean(self) -> dict:
        data = super().clean()
        if data.get("undo"):
            if not data.get("ids"):
                raise forms.ValidationError(_("Nothing to undo."))
        elif not data.get("status"):
            raise forms.ValidationError(_("Choose whether to accept or reject."))
        return data

    def messages(self) -> list[str]:
        return [m for errors in self.errors.values() for m in errors]


class ArticleDetailsForm(forms.Form):
    """An article's title, outlet, publication date and story, as an editor corrects them.

    A date without a time makes the article date-only (the source gave only the day).
    """

    version = forms.CharField(widget=forms.HiddenInput, max_length=64)
    title = forms.CharField(label=_("Title"), max_length=500)
    # A name, not a choice: an editor may correct a detected outlet to one that
    # does not exist yet. The page suggests the known names (datalist).
    outlet = forms.CharField(
        label=_("Outlet"),
        max_length=200,
        widget=forms.TextInput(attrs={"list": "outlet-names", "autocomplete": "off"}),
        help_text=_("Choose a known outlet or type a new name."),
    )
    published_on = forms.DateField(
        label=_("Published on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    published_time = forms.TimeField(
        label=_("Time"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("Leave the time empty when the source gives only the day."),
    )
    story = forms.ModelChoiceField(
        label=_("Story"),
        required=False,
        queryset=Story.objects.order_by(Lower("title")),
        empty_label=_("(no story)"),
    )

    @classmethod
    def initial_for(cls, article, version: str) -> dict:
        when = (
            timezone.localtime(article.published_at) if article.published_at else None
        )
        return {
            "version": version,
            "title": article.title,
            "outlet": article.outlet.name,
            "published_on": when.date() if when else None,
            "published_time": when.time()
            if when and not article.published_date_only
            else None,
            "story": article.story_id,
        }

    def clean(self):
        data = super().clean()
        day, time = data.get("published_on"), data.get("published_time")
        if time and not day:
            self.add_error("published_on", _("Give the day as well as the time."))
        if day:
            data["published_at"] = timezone.make_aware(
                datetime.combine(day, time or datetime.min.time())
            )
        else:
            data["published_at"] = None
        data["published_date_only"] = bool(day and not time)
        return data

    def service_arguments(self) -> dict:
        d = self.cleaned_data
        return {
            key: d[key]
            for key in (
                "version",
                "title",
                "outlet",
                "published_at",
                "published_date_only",
                "story",
            )
        }
