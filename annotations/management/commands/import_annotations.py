from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from annotations.services import annotation_import


class Command(BaseCommand):
    help = (
        "Add the annotations of an annotations CSV made by export_annotations (from "
        "another installation, or edited in a spreadsheet). Rows whose text cannot "
        "be placed are reported by line number and change nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE.csv")
        parser.add_argument(
            "--user",
            metavar="USERNAME",
            help="who imports: the author of rows whose created_by is unknown here",
        )

    def handle(self, *args, file: str, user: str | None, **options):
        importer = None
        if user:
            importer = get_user_model().objects.filter(username=user).first()
            if importer is None:
                raise CommandError(f"No user named {user!r}.", returncode=2)
        try:
            with open(file, encoding="utf-8-sig", newline="") as f:
                report = annotation_import(lines=f, user=importer)
        except FileNotFoundError:
            raise CommandError(f"No such file: {file}", returncode=2) from None
        except UnicodeDecodeError:
            raise CommandError(
                f"{file} is not UTF-8 text; save it from the spreadsheet as CSV UTF-8.",
                returncode=2,
            ) from None
        for problem in report.problems:
            self.stderr.write(f"{file}:{problem}")
        self.stdout.write(
            f"{len(report.created)} annotations added, {len(report.duplicates)} already "
            f"there, {len(report.problems)} rows not placed; "
            f"{len(report.reanchored)} re-anchored by their text; "
            f"{report.links_created} links added."
        )
