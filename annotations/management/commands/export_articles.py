from __future__ import annotations

from annotations.exporting import ARTICLE_HEADER, article_rows, articles_for, stream_csv
from annotations.management.exporting import ExportCommand

NARROWING = ("kind", "speaker", "tag", "annotator")


class Command(ExportCommand):
    help = (
        "Write the articles as CSV with their text. annotation_count counts the "
        "annotations matching --kind/--status/--speaker/--tag; those filters, and an "
        "explicit --status, also leave out articles without such annotations."
    )

    def handle(self, *args, **options):
        data = self.filters(options)
        narrow = any(options.get(k) for k in (*NARROWING, "status"))
        rows = article_rows(articles_for(data, filter_by_annotations=narrow))
        self.write(
            stream_csv(ARTICLE_HEADER, rows, bom=not options["no_bom"]),
            options["output"],
        )
