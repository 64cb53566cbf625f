"""python manage.py import_articles PATH [PATH ...] [--outlet NAME] [--story TITLE] [--url URL] [--language id|en]"""

from __future__ import annotations

import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from annotations.models import Language
from annotations.services.importing import (
    DUPLICATE,
    FAILED,
    IMPORTED,
    expand_paths,
    import_files,
)


class Command(BaseCommand):
    help = (
        "Import articles from files, directories (walked recursively) or '-' for "
        "standard input: plain text (.txt, .md), HTML pages (.html), JSON Lines, "
        "JSON or CSV with one article per record. An outlet or story named for "
        "the first time is created. Prints one line per file (or per record) and "
        "a summary. Exit status: 0 when every article was imported or was already "
        "there (duplicate), 1 when at least one file or record failed."
    )
    # call_command(..., stdin=io.StringIO(...)) feeds "-", as loaddata does.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="+",
            metavar="PATH",
            help="a file, a directory (recursively) or - for standard input",
        )
        parser.add_argument(
            "--outlet",
            metavar="NAME",
            default="",
            help="outlet of every article (wins over the files)",
        )
        parser.add_argument(
            "--story", metavar="TITLE", default="", help="story to put every article in"
        )
        parser.add_argument(
            "--url",
            metavar="URL",
            default="",
            help="address of the article (one single-article PATH only)",
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _ in Language.choices],
            default="",
            help="language of every article (default: detected)",
        )
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *paths, **options):
        paths = options["paths"]
        sources = expand_paths(paths)
        if not sources:
            raise CommandError("No files found in: " + ", ".join(paths))
        if options["url"] and len(sources) > 1:
            raise CommandError("--url names one article: give a single file.")
        stdin = options.get("stdin") or sys.stdin
        show_bar = not options["quiet"] and sys.stderr.isatty()
        counts: Counter[str] = Counter()
        defaults = {
            "outlet": options["outlet"] or None,
            "story": options["story"] or None,
            "url": options["url"],
            "language": options["language"],
            "stdin": stdin,
        }
        with tqdm(
            sources,
            unit="file",
            file=sys.stderr,
            disable=not show_bar,
            dynamic_ncols=True,
        ) as bar:
            # One import over all the files: outlets looked up and bodies read for
            # the near-duplicate check are shared by the whole run.
            for report in import_files(bar, **defaults):
                counts[report.status] += 1
                self._write(report, bar)
        self.stdout.write(
            f"{counts[IMPORTED]} imported, {counts[DUPLICATE]} duplicate, "
            f"{counts[FAILED]} failed."
        )
        if counts[FAILED]:
            raise CommandError(
                "Some articles were not imported (see above).", returncode=1
            )

    def _write(self, report, bar) -> None:
        style = {
            IMPORTED: self.style.SUCCESS,
            DUPLICATE: self.style.WARNING,
            FAILED: self.style.ERROR,
        }[report.status]
        line = f"{style(report.status.upper())} {report.name}: {report.message}"
        if report.article_id:
            line += f" [article {report.article_id}]"
        if bar.disable:
            self.stdout.write(line)
        else:
            bar.write(line, file=self.stdout)
