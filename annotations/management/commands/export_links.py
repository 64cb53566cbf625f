from __future__ import annotations

from annotations.exporting import LINK_HEADER, link_rows, links_for, stream_csv
from annotations.management.exporting import ExportCommand


class Command(ExportCommand):
    help = (
        "Write the links as CSV, one row per link with both annotations; a link is "
        "exported when at least one of its annotations matches the filters."
    )

    def handle(self, *args, **options):
        rows = link_rows(links_for(self.filters(options)))
        self.write(
            stream_csv(LINK_HEADER, rows, bom=not options["no_bom"]), options["output"]
        )
