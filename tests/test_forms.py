"""AnnotationForm and PanelFilterForm: parsing and validation only."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import translation

from annotations.forms import AnnotationForm, PanelFilterForm


@pytest.fixture(autouse=True)
def english():
    """Messages are matched in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


def _form(**data) -> AnnotationForm:
    return AnnotationForm({"kind": "claim", "start": "3", "end": "9", **data})


def test_a_decimal_comma_and_a_decimal_point_both_parse():
    for raw in ("7,5", "7.5", " 7,5 "):
        form = _form(value=raw)
        assert form.is_valid(), form.errors
        assert form.cleaned_data["value"] == Decimal("7.5")


def test_a_value_that_is_not_a_number_is_refused():
    form = _form(value="enam")
    assert not form.is_valid()
    assert "value" in form.errors


def test_tags_are_split_on_commas_without_blanks():
    form = _form(tags=" energi,  diplomasi  AS ,, ")
    assert form.is_valid()
    assert form.cleaned_data["tags"] == ["energi", "diplomasi AS"]


def test_a_tag_longer_than_sixty_characters_is_refused():
    form = _form(tags="ok, " + "x" * 61)
    assert not form.is_valid()
    assert "60" in str(form.errors["tags"])


def test_a_speaker_name_of_ten_thousand_characters_is_refused():
    form = _form(kind="quote", speaker_name="A" * 10_000)
    assert not form.is_valid()
    assert "200" in str(form.errors["speaker_name"])


def test_no_offsets_and_no_words_is_an_empty_selection():
    form = AnnotationForm({"kind": "quote"})
    assert not form.is_valid()
    assert "empty" in str(form.errors["exact"])


def test_half_a_selection_is_refused():
    form = AnnotationForm({"kind": "quote", "start": "3"})
    assert not form.is_valid()
    assert "incomplete" in str(form.errors)


def test_typed_words_stand_in_for_offsets_without_javascript():
    form = AnnotationForm({"kind": "quote", "exact": "kata Sari"})
    assert form.is_valid()
    assert form.cleaned_data["start"] is None


def test_quote_form_is_dropped_for_other_kinds():
    form = _form(quote_form="direct")
    assert form.is_valid()
    assert form.cleaned_data["quote_form"] == ""


def test_an_unknown_kind_is_refused():
    form = _form(kind="rumour")
    assert not form.is_valid()
    assert "kind" in form.errors


def test_panel_filters_drop_only_the_bad_values():
    form = PanelFilterForm({"f-kind": "quote", "f-speaker": "x", "f-status": "nope"})
    assert form.active() == {"kind": "quote"}


def test_an_edit_without_offsets_keeps_the_span():
    form = AnnotationForm({"kind": "claim", "version": "2"}, editing=True)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["start"] is None
