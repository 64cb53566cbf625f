"""gunicorn's settings for newsroom: `gunicorn newsroom.wsgi` reads this file.

Every value can be changed by the environment (or on gunicorn's command line):
GUNICORN_BIND (default 127.0.0.1:8000), WEB_CONCURRENCY (worker processes,
default 2 per CPU + 1), GUNICORN_THREADS (threads per worker, default 4),
GUNICORN_TIMEOUT (seconds, default 30) and GUNICORN_KEEPALIVE (seconds an idle
connection is kept open, default 75). See docs/deploy.md.
"""

from __future__ import annotations

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Threads serve the requests that wait on the database while others render.
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
# A load balancer (or a browser) reuses an idle connection until its own idle
# timeout ends. If the server closes it first, a request already on its way
# meets a closed socket and the client sees "connection reset" (a 502 behind
# a balancer). So the server waits longer than the clients do: 75 s outlasts
# the usual 60 s of nginx, HAProxy and cloud load balancers. An idle
# connection costs a gthread worker a file descriptor, not a thread.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", 75))
# Restart workers now and then, so a slow leak never grows for days.
max_requests = 2000
max_requests_jitter = 200
# Django logs each request itself (newsroom.request); gunicorn logs errors only.
accesslog = None
errorlog = "-"
# The load balancer in front sets X-Forwarded-Proto; trust it from these addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
