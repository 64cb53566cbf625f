"""The hostile corpus (tests/hostile.py) through an annotations CSV export and back in.

The export guards formulas with an apostrophe and joins tags with "; "; the
import (services/annotation_import.py) undoes both. Every note, tag, speaker and
unit must come back exactly as it was stored.
"""

from __future__ import annotations

import io

import pytest

from annotations.exporting import ANNOTATION_HEADER, annotation_rows, annotations_for
from annotations.exporting.csv import stream_csv
from annotations.models import Annotation, Speaker, Tag
from annotations.services.annotation_import import annotation_import
from tests.conftest import annotate_words
from tests.hostile import CORPUS, assert_csv_guarded


def _stored(annotation: Annotation) -> tuple:
    return (
        annotation.start,
        annotation.end,
        annotation.note,
        annotation.unit,
        annotation.speaker.name if annotation.speaker_id else None,
        tuple(sorted(t.name for t in annotation.tags.all())),
    )


@pytest.mark.parametrize("name", [n for n in CORPUS if n != "nul"])
def test_an_export_of_hostile_values_imports_back_the_same(name, tiny_article, alice):
    value = CORPUS[name]
    annotation = annotate_words(
        tiny_article,
        "7,5 jam",
        user=alice,
        note=value,
        unit=value[:40].strip(),  # as the form strips it
        speaker_name=value[:200],
        tags=[t for t in value.replace(";", ",").split(",") if len(t) <= 60][:3],
    )
    before = _stored(annotation)
    data = b"".join(stream_csv(ANNOTATION_HEADER, annotation_rows(annotations_for({}))))
    assert_csv_guarded(data, "annotations CSV")
    Annotation.objects.all().delete()
    Speaker.objects.all().delete()
    Tag.objects.all().delete()
    report = annotation_import(
        lines=io.StringIO(data.decode("utf-8-sig"), newline=""), user=alice
    )
    assert report.problems == []
    assert _stored(Annotation.objects.get()) == before
