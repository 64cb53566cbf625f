"""What a server process does once, before its first request.

`newsroom.wsgi` calls warm_up() when gunicorn (or any WSGI server) loads the
application; `bench/reader.py` calls it too, so it measures what a server does.
"""

from __future__ import annotations

import gc

from django.template import engines
from django.urls import get_resolver


def warm_up() -> None:
    """Import every view, compile the project's templates, then freeze all that for the garbage collector.

    A worker's first request used to wait about a second for the imports
    (gunicorn restarts each worker after max_requests, so this happens all
    day). And the collector's full passes walked every module, class and
    compiled template each time: on the reader of a 1,000-annotation article
    one request in ten took twice as long (`make bench`). gc.freeze() moves
    what exists now out of those passes; what requests create is still
    collected.
    """
    get_resolver().url_patterns  # noqa: B018
    for engine in engines.all():
        for directory in getattr(engine, "engine", engine).dirs:
            for path in sorted(directory.rglob("*.html")):
                engine.get_template(str(path.relative_to(directory)))
    gc.collect()
    gc.freeze()
