from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

application = get_wsgi_application()
# Import every view now, while the worker starts, rather than in its first
# request: that request used to wait about a second (gunicorn restarts each
# worker after max_requests, so this happens all day, not only at deploy).
get_resolver().url_patterns  # noqa: B018
