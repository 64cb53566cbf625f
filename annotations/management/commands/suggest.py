"""python manage.py suggest [--article ID ...] [--story SLUG] [--all] [--pending]"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from annotations.models import Article, Story
from annotations.services.suggesting import annotation_suggest_bulk


class Command(BaseCommand):
    help = (
        "Suggest quotes (with their speakers) and claims for articles. A suggestion "
        "already made, accepted, rejected or deleted is never made again, and words "
        "an editor annotated by hand are left alone, so running it twice is safe. "
        "Prints a summary."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--article",
            metavar="ID",
            type=int,
            nargs="+",
            action="extend",
            default=[],
            help="the articles with these ids",
        )
        parser.add_argument(
            "--story", metavar="SLUG", default="", help="every article of this story"
        )
        parser.add_argument("--all", action="store_true", help="every article")
        parser.add_argument(
            "--pending",
            action="store_true",
            help="the articles whose suggestions an import left waiting",
        )
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args, **options):
        ids = self._chosen(options)
        show_bar = not options["quiet"] and sys.stderr.isatty()
        with tqdm(
            total=len(ids), unit="article", disable=not show_bar, file=sys.stderr
        ) as bar:
            report = annotation_suggest_bulk(articles=ids, progress=bar.update)
        rate = report.articles / report.seconds if report.seconds else 0
        self.stdout.write(
            f"Suggested {report.quotes} quotes and {report.claims} claims in "
            f"{report.articles} articles; {report.speakers_created} new speakers "
            f"({report.seconds:.1f} s, {rate:.0f} articles/s)."
        )

    def _chosen(self, options) -> list[int]:
        if not (
            options["article"]
            or options["story"]
            or options["all"]
            or options["pending"]
        ):
            raise CommandError(
                "Say which articles: --article ID ..., --story SLUG, --pending or --all."
            )
        articles = Article.objects.order_by("pk")
        if options["all"]:
            return list(articles.values_list("pk", flat=True))
        chosen: set[int] = set()
        if options["article"]:
            wanted = set(options["article"])
            found = set(articles.filter(pk__in=wanted).values_list("pk", flat=True))
            if missing := sorted(wanted - found):
                raise CommandError(
                    "No article with id " + ", ".join(map(str, missing)) + "."
                )
            chosen |= found
        if options["story"]:
            story = Story.objects.filter(slug=options["story"]).first()
            if story is None:
                raise CommandError(f"No story with the slug {options['story']!r}.")
            chosen |= set(story.articles.values_list("pk", flat=True))
        if options["pending"]:
            chosen |= set(
                articles.filter(suggestions_pending_since__isnull=False).values_list(
                    "pk", flat=True
                )
            )
        return sorted(chosen)
