#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

from __future__ import annotations

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    # manage.py is the developer's tool: it runs in development mode unless the
    # environment says DJANGO_DEBUG=0 (deployments do). wsgi.py defaults to production.
    os.environ.setdefault("DJANGO_DEBUG", "1")
    from django.core.management import execute_from_command_line
    from django.db.utils import OperationalError

    try:
        execute_from_command_line(sys.argv)
    except OperationalError as exc:
        # An unreachable database is a configuration problem, not a bug: one sentence.
        from django.conf import settings

        where = (
            os.environ.get("DATABASE_URL")
            and "DATABASE_URL"
            or f"the SQLite file {settings.DATABASES['default']['NAME']}"
        )
        reason = (
            str(exc).strip().splitlines()[0]
            if str(exc).strip()
            else exc.__class__.__name__
        )
        sys.stderr.write(
            f"newsroom: cannot use the database named by {where}: {reason}\n"
        )
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
