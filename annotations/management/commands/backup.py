"""python manage.py backup FILE: a consistent copy of the database while the app runs."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotations import backups


class Command(BaseCommand):
    help = (
        "Copy the whole database to FILE while editors keep working. SQLite: the "
        "online backup API (one consistent snapshot, checked, written whole or not "
        "at all). PostgreSQL: pg_dump in its custom format, or what to run if "
        "pg_dump is not installed. Restore with `manage.py restore FILE`."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--force", action="store_true", help="replace FILE if it exists"
        )

    def handle(self, *args, file: Path, force: bool, **options):
        if file.exists() and not force:
            raise CommandError(f"{file} exists already; add --force to replace it.")
        if not file.parent.is_dir():
            raise CommandError(f"The folder {file.parent} does not exist.")
        try:
            if backups.vendor() == "sqlite":
                summary = backups.sqlite_backup(file)
                self.stdout.write(
                    self.style.SUCCESS(f"Backed up to {file}: {summary}.")
                )
                return
            if backups.pg_tool("pg_dump") is None:
                self.stdout.write(
                    "pg_dump is not installed here. On a machine that has PostgreSQL's "
                    "client tools (the same major version as the server), run:\n  "
                    + backups.shell_line(backups.pg_dump_command(file))
                )
                raise CommandError("No backup written: pg_dump is missing.")
            backups.pg_backup(file)
        except backups.BackupError as exc:
            raise CommandError(str(exc)) from exc
        size = file.stat().st_size
        self.stdout.write(
            self.style.SUCCESS(f"Backed up to {file} with pg_dump ({size:,} bytes).")
        )
