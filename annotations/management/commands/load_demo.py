"""python manage.py load_demo: fill an empty library with the handwritten demo corpus."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from annotations import services
from annotations.models import Article, Story
from annotations.text.numbers import parse_quantity

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"


class Command(BaseCommand):
    help = (
        "Import the demo corpus (annotations/demo/: five short fictional articles "
        "about one event) into its story with a few annotations, and let "
        "“Find contradictions” link them; only when the library has no article yet. "
        "Running it again does nothing."
    )

    def handle(self, *args, **options):
        if Article.objects.exists():
            self.stdout.write("The library already has articles: demo not loaded.")
            return
        manifest = json.loads((DEMO_DIR / "manifest.json").read_text(encoding="utf-8"))
        with transaction.atomic():
            speakers = {
                s["name"]: services.speaker_create(**s) for s in manifest["speakers"]
            }
            annotated = 0
            for entry in manifest["articles"]:
                outcome = services.article_import(
                    raw_text=(DEMO_DIR / entry["file"]).read_text(encoding="utf-8"),
                    outlet=entry["outlet"],
                    story=manifest["story"],
                    url=entry.get("url", ""),
                    language=entry.get("language", ""),
                    source_name=entry["file"],
                )
                self.stdout.write(
                    f"{outcome.status}: {entry['file']}: {outcome.message}"
                )
                for note in entry.get("annotations", ()):
                    _annotate(outcome.article, note, speakers)
                    annotated += 1
            story = Story.objects.get(title=manifest["story"])
            if not story.description:
                story.description = manifest.get("description", "")
                story.save(update_fields=["description"])
            links = services.link_suggest_for_story(story=story)
        count = Article.objects.count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded: {count} articles in the story “{manifest['story']}”, "
                f"{annotated} annotations, {links} suggested links."
            )
        )


def _annotate(article: Article, note: dict, speakers: dict) -> None:
    """Annotate the first occurrence of note["text"]; claims get their value from the words."""
    start = article.body.index(note["text"])
    end = start + len(note["text"])
    fields = {}
    if note["kind"] == "claim":
        quantity = parse_quantity(note["text"])
        fields = {
            "value": quantity.value,
            "unit": quantity.unit,
            "approximate": quantity.approximate,
        }
    services.annotation_create(
        article=article,
        start=start,
        end=end,
        exact=note["text"],
        kind=note["kind"],
        speaker=speakers.get(note.get("speaker", "")),
        quote_form=note.get("quote_form", ""),
        note=note.get("note", ""),
        **fields,
    )
