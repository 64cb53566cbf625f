"""Give the SQLite FTS5 table prefix indexes for 2 and 3 characters.

The library searches while the editor types, so "ke"* or "pem"* are common; without
a prefix index FTS5 expands them to every matching term (hundreds of doclists).
Rebuilds the table from annotations_article; the triggers of 0002 keep working.
"""

from django.db import migrations

CREATE = """
    CREATE VIRTUAL TABLE article_fts USING fts5(
        title, body,
        content='annotations_article', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'{prefix}
    )
"""


def _recreate(prefix: str):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "sqlite":
            return
        schema_editor.execute("DROP TABLE IF EXISTS article_fts")
        schema_editor.execute(CREATE.format(prefix=prefix))
        schema_editor.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")

    return run


class Migration(migrations.Migration):
    dependencies = [("annotations", "0002_article_search")]

    operations = [
        migrations.RunPython(_recreate(", prefix='2 3'"), _recreate("")),
    ]
