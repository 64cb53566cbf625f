from __future__ import annotations

from annotations.exporting import (
    ANNOTATION_HEADER,
    annotation_rows,
    annotations_for,
    links_for,
    stream_csv,
    stream_jsonld,
)
from annotations.management.exporting import ExportCommand

DEFAULT_BASE_URL = "http://127.0.0.1:8000"


class Command(ExportCommand):
    help = (
        "Write the annotations as CSV (one row per annotation) or as W3C Web "
        "Annotation JSON-LD, with the same filters as the pages."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--format", choices=("csv", "jsonld"), default="csv")
        parser.add_argument(
            "--base-url",
            default=DEFAULT_BASE_URL,
            help=f"where the app is served, for the JSON-LD ids (default {DEFAULT_BASE_URL})",
        )

    def handle(self, *args, **options):
        data = self.filters(options)
        annotations = annotations_for(data)
        if options["format"] == "jsonld":
            base = options["base_url"].rstrip("/")
            chunks = stream_jsonld(
                annotations,
                links_for(data).live(),
                base_url=base,
                collection_id=f"{base}/annotations/export.jsonld",
                label="newsroom annotations",
            )
        else:
            chunks = stream_csv(
                ANNOTATION_HEADER,
                annotation_rows(annotations),
                bom=not options["no_bom"],
            )
        self.write(chunks, options["output"])
