"""python manage.py restore FILE --confirm: put a backup's content back in the database."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotations import backups


class Command(BaseCommand):
    help = (
        "Replace EVERYTHING in the database with the content of a backup made by "
        "`manage.py backup`. Without --confirm it only says what the backup holds "
        "and what it would replace. SQLite: copied back under the database's write "
        "lock, so running servers see the old content or the new, never a mix. "
        "PostgreSQL: pg_restore --clean in one transaction (stop the servers first)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--confirm",
            action="store_true",
            help="really replace the database's content",
        )

    def handle(self, *args, file: Path, confirm: bool, **options):
        try:
            if backups.vendor() == "sqlite":
                self._sqlite(file, confirm)
            else:
                self._postgresql(file, confirm)
        except backups.BackupError as exc:
            raise CommandError(str(exc)) from exc

    def _sqlite(self, file: Path, confirm: bool) -> None:
        incoming = backups.sqlite_inspect(file)
        current = backups.sqlite_current()
        self.stdout.write(f"The backup holds:   {incoming}.")
        self.stdout.write(f"The database holds: {current}.")
        if not confirm:
            raise CommandError(
                "Nothing changed. Add --confirm to replace the database's content "
                "with the backup's."
            )
        restored = backups.sqlite_restore(file)
        self.stdout.write(self.style.SUCCESS(f"Restored {file}: {restored}."))
        if restored.migrations < current.migrations:
            self.stdout.write(
                "The backup is older than this code: run `manage.py migrate` now."
            )

    def _postgresql(self, file: Path, confirm: bool) -> None:
        command = backups.pg_restore_command(file)
        if backups.pg_tool("pg_restore") is None:
            self.stdout.write(
                "pg_restore is not installed here. With the servers stopped, on a "
                "machine with PostgreSQL's client tools, run:\n  "
                + backups.shell_line(command)
            )
            raise CommandError("Nothing restored: pg_restore is missing.")
        if not file.is_file():
            raise CommandError(f"{file} does not exist.")
        if not confirm:
            raise CommandError(
                f"Nothing changed. Add --confirm to replace the database's content "
                f"with {file} (pg_restore --clean, in one transaction)."
            )
        backups.pg_restore(file)
        self.stdout.write(self.style.SUCCESS(f"Restored {file} with pg_restore."))
