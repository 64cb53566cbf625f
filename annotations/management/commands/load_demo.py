"""python manage.py load_demo: fill an empty library with the handwritten demo corpus."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from annotations.models import Article, Story
from annotations.services import article_import

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"


class Command(BaseCommand):
    help = (
        "Import the demo corpus (annotations/demo/: five short fictional articles "
        "about one event) into its story, only when the library has no article yet. "
        "Running it again does nothing."
    )

    def handle(self, *args, **options):
        if Article.objects.exists():
            self.stdout.write("The library already has articles: demo not loaded.")
            return
        manifest = json.loads((DEMO_DIR / "manifest.json").read_text(encoding="utf-8"))
        with transaction.atomic():
            for entry in manifest["articles"]:
                outcome = article_import(
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
            Story.objects.filter(title=manifest["story"], description="").update(
                description=manifest.get("description", "")
            )
        count = Article.objects.count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded: {count} articles in the story “{manifest['story']}”."
            )
        )
