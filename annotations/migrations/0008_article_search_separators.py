"""Cut dotted words the way queries are cut, in PostgreSQL's search index.

PostgreSQL's parser kept "detik.com", "exe.txt", "U.S." or "a@b" as one host,
file or email token, while a search is cut into words: a search for "detik com"
found nothing there (SQLite's FTS5 cuts both alike). The index now reads the
text with "." "/" "@" ":" turned into spaces; annotations.search.PG_DOCUMENT
uses the same expression. Other databases: nothing to do.
"""

from django.db import migrations

OLD = "coalesce(title, '') || ' ' || coalesce(body, '')"
NEW = f"translate({OLD}, './@:', '    ')"
INDEX = """
    CREATE INDEX article_fts_idx ON annotations_article
    USING GIN (to_tsvector('newsroom_simple', {document}))
"""


def _index(document: str):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute("DROP INDEX IF EXISTS article_fts_idx")
        schema_editor.execute(INDEX.format(document=document))

    return run


class Migration(migrations.Migration):
    dependencies = [("annotations", "0007_story_facts_stamp")]

    operations = [migrations.RunPython(_index(NEW), _index(OLD))]
