"""The hostile corpus (tests/hostile.py) through a fact's name: renamed, or given to a new fact.

The coverage table shows the name (annotations.rendering builds it with
f-strings), the story page and the coverage CSV too. Names are cleaned as
every typed name is (`cleaning.clean_line`), so a NUL never reaches the
database (PostgreSQL refuses it) and no bidi control turns the name around.
"""

from __future__ import annotations

import pytest
from django.utils import translation

from annotations import services
from annotations.models import FactClaim
from annotations.text.cleaning import clean_line
from tests.hostile import CORPUS, assert_csv_guarded, assert_safe_html, assert_shows

HX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def story(durations):
    return durations[0].article.story


@pytest.fixture
def fact(story, durations):
    """A fact the editor made, holding both lengths of the talks (the coverage table shows it)."""
    return services.fact_create(
        story=story, label="Lama pembicaraan", claims=list(durations)
    )


def _check(client, story, label: str) -> None:
    for url in (f"/stories/{story.slug}/", f"/stories/{story.slug}/coverage/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_shows(response.content.decode(), label, url)
    export = client.get(f"/stories/{story.slug}/coverage.csv")
    data = b"".join(export.streaming_content)
    assert_csv_guarded(data, "coverage CSV")


@pytest.mark.parametrize("name", list(CORPUS))
def test_a_renamed_fact_keeps_its_cleaned_name_and_pages_escape_it(
    name, editor_client, story, fact
):
    response = editor_client.post(
        f"/stories/{story.slug}/facts/{fact.pk}/rename/",
        {"label": CORPUS[name]},
        headers=HX,
    )
    assert response.status_code == 200
    assert_safe_html(response.content.decode(), "rename answer")
    fact.refresh_from_db()
    assert fact.label == clean_line(CORPUS[name])[:200]
    assert "\x00" not in fact.label
    _check(editor_client, story, fact.label)
    form = editor_client.get(f"/stories/{story.slug}/facts/{fact.pk}/rename/")
    assert_safe_html(form.content.decode(), "rename form")


@pytest.mark.parametrize("name", ["script", "htmx_attr", "nul", "bidi", "long"])
def test_a_new_fact_named_when_moving_a_claim_keeps_its_cleaned_name(
    name, editor_client, story, durations
):
    response = editor_client.post(
        f"/stories/{story.slug}/facts/move/",
        {"claim": durations[0].pk, "fact": "new", "label": CORPUS[name]},
        headers=HX,
    )
    assert response.status_code == 200
    assert_safe_html(response.content.decode(), "move answer")
    fact = FactClaim.objects.get(annotation=durations[0]).fact
    assert fact.label == clean_line(CORPUS[name])[:200]
    _check(editor_client, story, fact.label)


def test_a_fact_name_of_invisible_characters_only_is_refused(
    editor_client, story, fact
):
    response = editor_client.post(
        f"/stories/{story.slug}/facts/{fact.pk}/rename/",
        {"label": "\u200b\u202e\x00"},
        headers=HX,
    )
    assert "Give the fact a name." in response.content.decode()
    fact.refresh_from_db()
    assert fact.label == "Lama pembicaraan"
