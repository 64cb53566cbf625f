"""Background work, run by the task worker (`manage.py db_worker`, started by `make run`).

Tests and a server without a worker use django-tasks' immediate backend, which runs
a task as it is enqueued (settings.TASKS).
"""

from __future__ import annotations

from django_tasks import task, task_backends


@task()
def suggest_pending() -> dict:
    """Suggest quotes and claims for every article an import left waiting."""
    from annotations.services.facts import facts_refresh_stale_stories
    from annotations.services.suggesting import annotation_suggest_pending

    report = annotation_suggest_pending()
    # New claims: their stories group and propose again, so the contradictions
    # page and the exports show the proposals without anyone opening the story.
    stories = facts_refresh_stale_stories() if report.claims else 0
    return {
        "stories_proposed": stories,
        "articles": report.articles,
        "quotes": report.quotes,
        "claims": report.claims,
        "speakers_created": report.speakers_created,
    }


def suggest_pending_is_queued() -> bool:
    """Return whether a suggest_pending task waits to start (so another is not needed).

    Only a task that has not started counts: one already running may have read
    the waiting articles before the newest one arrived.
    """
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(task_backends[suggest_pending.backend], DatabaseBackend):
        return False
    return (
        DBTaskResult.objects.ready()
        .filter(task_path=suggest_pending.module_path)
        .exists()
    )
