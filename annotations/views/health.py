"""Health checks for load balancers and orchestrators: liveness and readiness.

`/healthz` answers as long as the process serves requests (it touches no
database), so a load balancer or supervisor restarts only a hung server.
`/readyz` answers 200 only when the database answers and every migration is
applied, so a new server takes traffic only once it can serve it. Both are open
to anonymous callers and say nothing but "ok" or which check failed.
"""

from __future__ import annotations

import logging

from django.contrib.auth.decorators import login_not_required
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)

# Once every migration is applied it stays so for the life of the process:
# reading the migration graph on every probe would cost more than the probe.
_migrated = False


def _database_ok() -> bool:
    try:
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.exception("readiness: the database does not answer")
        return False


def _migrations_ok() -> bool:
    global _migrated
    if _migrated:
        return True
    connection = connections[DEFAULT_DB_ALIAS]
    try:
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError:
        logger.exception("readiness: cannot read the applied migrations")
        return False
    _migrated = not plan
    return _migrated


@login_not_required
@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@login_not_required
@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    database = _database_ok()
    migrations = database and _migrations_ok()
    checks = {
        "database": "ok" if database else "unavailable",
        "migrations": "ok" if migrations else ("pending" if database else "unknown"),
    }
    ready = database and migrations
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks},
        status=200 if ready else 503,
    )
