"""Data migrations, run forward on a database holding what they must mend."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("annotations", "0008_article_search_separators")]
AFTER = [("annotations", "0010_outlet_name_unique_ignoring_case")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_outlets_named_alike_but_for_case_become_one_keeping_every_article():
    apps = _migrate(BEFORE)
    Outlet = apps.get_model("annotations", "Outlet")
    Article = apps.get_model("annotations", "Article")
    first = Outlet.objects.create(name="Kabar Lembah")
    shouting = Outlet.objects.create(name="KABAR LEMBAH", domain="kabarlembah.test")
    other = Outlet.objects.create(name="Warta Lain")
    for n, outlet in enumerate([first, shouting, shouting, other]):
        Article.objects.create(
            outlet=outlet,
            title=f"Berita {n}",
            body=f"Isi berita nomor {n}.",
            content_hash=f"hash-{n}",
        )
    try:
        apps = _migrate(AFTER)
        Outlet = apps.get_model("annotations", "Outlet")
        Article = apps.get_model("annotations", "Article")
        assert sorted(Outlet.objects.values_list("name", flat=True)) == [
            "Kabar Lembah",
            "Warta Lain",
        ]
        kept = Outlet.objects.get(name="Kabar Lembah")
        assert kept.domain == "kabarlembah.test"
        assert Article.objects.filter(outlet=kept).count() == 3
        assert Article.objects.count() == 4
    finally:
        _migrate(_latest())


def _latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()
