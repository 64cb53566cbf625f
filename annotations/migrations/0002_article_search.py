"""Full-text search over article titles and bodies (see annotations/search.py).

SQLite: an external-content FTS5 table kept in step by triggers, rebuilt once for the
rows already there. PostgreSQL: a `newsroom_simple` text search configuration (simple
+ unaccent) and a GIN expression index. Other databases get nothing.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE article_fts USING fts5(
        title, body,
        content='annotations_article', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER article_fts_insert AFTER INSERT ON annotations_article BEGIN
        INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END
    """,
    """
    CREATE TRIGGER article_fts_delete AFTER DELETE ON annotations_article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END
    """,
    # Only a change of the indexed text touches the index (assigning a story does not).
    """
    CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body ON annotations_article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END
    """,
    "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS article_fts_update",
    "DROP TRIGGER IF EXISTS article_fts_delete",
    "DROP TRIGGER IF EXISTS article_fts_insert",
    "DROP TABLE IF EXISTS article_fts",
]

# The index expression must match annotations.search.PG_DOCUMENT exactly.
POSTGRESQL_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'newsroom_simple') THEN
            CREATE TEXT SEARCH CONFIGURATION newsroom_simple (COPY = pg_catalog.simple);
            ALTER TEXT SEARCH CONFIGURATION newsroom_simple
                ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart
                WITH unaccent, simple;
        END IF;
    END $$
    """,
    """
    CREATE INDEX IF NOT EXISTS article_fts_idx ON annotations_article USING GIN (
        to_tsvector('newsroom_simple', coalesce(title, '') || ' ' || coalesce(body, ''))
    )
    """,
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS article_fts_idx",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS newsroom_simple",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("annotations", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
        ),
    ]
