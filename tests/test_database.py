"""The database connection as settings.py configures it."""

from __future__ import annotations

import pytest
from django.db import connection

from annotations.models import Tag


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's prepared statements"
)
@pytest.mark.django_db
def test_postgresql_plans_a_repeated_query_once():
    """The ORM's parameters are bound by the server, so a repeated query is prepared.

    A statement prepared on its connection is planned once (settings.py): under
    `make load` the time in statements per request fell by half.
    """
    for name in ("a", "b", "c", "d", "e", "f", "g"):
        list(Tag.objects.filter(name__iexact=name))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT statement FROM pg_prepared_statements WHERE statement LIKE %s",
            ["%annotations_tag%"],
        )
        prepared = [row[0] for row in cursor.fetchall()]
    assert len(prepared) == 1
    assert "$1" in prepared[0]  # one plan for every name, not one per value
