"""What the three export commands share: the page filters as options, and the output."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable
from typing import IO

from django.core.management.base import BaseCommand, CommandError

from annotations.models import Annotation

EXIT_BAD_INPUT = 2


def _bad(message: str) -> CommandError:
    return CommandError(message, returncode=EXIT_BAD_INPUT)


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _bad(
            f"{option} must be a date written YYYY-MM-DD (e.g. 2024-05-01), not {value!r}."
        ) from None


class ExportCommand(BaseCommand):
    """A command that writes an export to -o FILE or standard output."""

    def add_arguments(self, parser):
        parser.add_argument(
            "-o",
            "--output",
            metavar="FILE",
            help="write here instead of standard output",
        )
        parser.add_argument("--story", metavar="SLUG", help="only this story")
        parser.add_argument("--outlet", metavar="NAME", help="only this outlet")
        parser.add_argument(
            "--article", metavar="ID", type=int, help="only this article"
        )
        parser.add_argument(
            "--kind",
            metavar="KIND",
            help=f"only this kind: {', '.join(Annotation.Kind.values)}",
        )
        parser.add_argument(
            "--status",
            metavar="STATUS",
            help=f"{', '.join(Annotation.Status.values)} (default: accepted), or all",
        )
        parser.add_argument(
            "--speaker", metavar="ID|NAME", help="only this speaker (id or exact name)"
        )
        parser.add_argument(
            "--tag", metavar="NAME", help="only annotations with this tag"
        )
        parser.add_argument(
            "--annotator", metavar="USERNAME", help="only annotations by this user"
        )
        parser.add_argument(
            "--since", metavar="YYYY-MM-DD", help="articles published on or after"
        )
        parser.add_argument(
            "--until", metavar="YYYY-MM-DD", help="articles published on or before"
        )
        parser.add_argument(
            "--no-bom",
            action="store_true",
            help="leave out the UTF-8 byte-order mark (Excel needs it for Indonesian text)",
        )

    def filters(self, options: dict) -> dict:
        """Return the options as the filter values the pages use, or stop with status 2."""
        kind = options.get("kind")
        if kind and kind not in Annotation.Kind.values:
            raise _bad(
                f"Unknown --kind {kind!r}; use one of: {', '.join(Annotation.Kind.values)}."
            )
        status = options.get("status") or Annotation.Status.ACCEPTED
        if status == "all":
            status = ""
        elif status not in Annotation.Status.values:
            raise _bad(
                f"Unknown --status {status!r}; use one of: "
                f"{', '.join(Annotation.Status.values)}, or all."
            )
        since = _date(options.get("since"), "--since")
        until = _date(options.get("until"), "--until")
        if since and until and since > until:
            raise _bad("--until is before --since.")
        speaker = options.get("speaker")
        data = {
            "story": options.get("story"),
            "outlet": options.get("outlet"),
            "article": options.get("article"),
            "kind": kind,
            "status": status,
            "tag": options.get("tag"),
            "annotator": options.get("annotator"),
            "since": since,
            "until": until,
        }
        if speaker:
            if speaker.isdigit():
                data["speaker"] = int(speaker)
            else:
                from annotations.models import Speaker

                found = Speaker.objects.filter(name=speaker).first()
                # An unknown name matches nothing, like any other filter.
                data["speaker"] = found.pk if found else -1
        return data

    def write(self, chunks: Iterable[bytes], output: str | None) -> None:
        if output and output != "-":
            with open(output, "wb") as f:
                for chunk in chunks:
                    f.write(chunk)
            return
        stream: IO = getattr(self.stdout, "_out", sys.stdout)
        binary = getattr(stream, "buffer", None)
        if binary is not None:
            for chunk in chunks:
                binary.write(chunk)
            binary.flush()
        else:
            for chunk in chunks:
                stream.write(chunk.decode("utf-8"))
