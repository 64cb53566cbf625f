"""Full-text search over article titles and bodies, on SQLite (FTS5) and PostgreSQL.

SQLite keeps an external-content FTS5 table, `article_fts`, in step with
`annotations_article` through triggers; PostgreSQL uses a GIN expression index over
the `newsroom_simple` text search configuration (the `simple` parser and dictionary
behind `unaccent`, since PostgreSQL has no Indonesian configuration). Both are created
by migration 0002. User input never reaches either query language as syntax: it is
cut into word tokens, each quoted, and the last one matches as a prefix, so results
appear while the editor is still typing.
"""

from __future__ import annotations

import re
import unicodedata

from django.db import connection
from django.db.models import F, QuerySet
from django.db.models.expressions import RawSQL

TS_CONFIG = "newsroom_simple"
# Must stay identical to the expression of the GIN index in migration 0008, or
# PostgreSQL will not use the index. PostgreSQL's parser keeps "detik.com",
# "exe.txt", "a@b" or "10:30" as one host, file, email or URL token, while a
# query is cut into words: "." "/" "@" ":" become spaces first, so both sides
# are cut alike (as SQLite's FTS5 does).
PG_SEPARATORS = "./@:"
PG_DOCUMENT = (
    f"to_tsvector('{TS_CONFIG}', translate(coalesce(annotations_article.title, '')"
    " || ' ' || coalesce(annotations_article.body, ''),"
    f" '{PG_SEPARATORS}', '{' ' * len(PG_SEPARATORS)}'))"
)
MAX_TOKENS = 12
# On SQLite, a query matching more articles than this is not ranked (see _search_sqlite).
RANK_LIMIT = 1000
# Letters and digits only: everything else (quotes, *, -, parentheses, ^, :) separates
# tokens, as FTS5's unicode61 tokenizer and PostgreSQL's parser do for the documents.
_TOKEN = re.compile(r"[^\W_]+")


def tokens(query: str) -> list[str]:
    """Return the word tokens of a user's query, at most MAX_TOKENS of them.

    >>> tokens('"Blinken" NEAR(xi -jinping*')
    ['Blinken', 'NEAR', 'xi', 'jinping']
    """
    return _TOKEN.findall(unicodedata.normalize("NFC", query))[:MAX_TOKENS]


def fts5_query(query: str) -> str:
    """Return a safe FTS5 MATCH expression: every token quoted, the last one a prefix.

    >>> fts5_query('menlu AND blink')
    '"menlu" "AND" "blink"*'

    Quoted, AND/OR/NOT/NEAR are plain words; an empty string means "no search".
    """
    words = [f'"{t}"' for t in tokens(query)]
    if words:
        words[-1] += "*"
    return " ".join(words)


def tsquery(query: str) -> str:
    """Return a safe to_tsquery() expression: tokens joined with &, the last one a prefix.

    >>> tsquery('menlu blink')
    "'menlu' & 'blink':*"
    """
    words = [f"'{t}'" for t in tokens(query)]
    if words:
        words[-1] += ":*"
    return " & ".join(words)


def search_articles(queryset: QuerySet, query: str) -> QuerySet:
    """Return `queryset` narrowed to the articles matching `query`, best match first.

    A query without a single word token leaves the queryset unchanged. On SQLite a
    query matching more than RANK_LIMIT articles keeps the queryset's order instead
    of relevance; finding that out costs one small query, run here, not lazily.
    """
    if not tokens(query):
        return queryset
    if connection.vendor == "postgresql":
        return _search_postgresql(queryset, query)
    return _search_sqlite(queryset, query)


def _fts_matches_more_than(match: str, limit: int) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM (SELECT 1 FROM article_fts"
            " WHERE article_fts MATCH %s LIMIT %s)",
            [match, limit + 1],
        )
        return cursor.fetchone()[0] > limit


def _search_sqlite(queryset: QuerySet, query: str) -> QuerySet:
    match = fts5_query(query)
    if _fts_matches_more_than(match, RANK_LIMIT):
        # A broad query ("yang", "ke"): scoring every match costs more than it tells
        # the editor, so keep the queryset's own order (newest first). FTS5 lists the
        # matching rowids once; the unary + stops SQLite from driving the query from
        # that list, so it walks the date index and stops after one page.
        return queryset.extra(
            where=[
                "+annotations_article.id IN"
                " (SELECT rowid FROM article_fts WHERE article_fts MATCH %s)"
            ],
            params=[match],
        )
    # Joining the FTS table (driven by MATCH, then the article by primary key) gives
    # bm25 as FTS5's `rank` (lower is better) without a LIKE scan of the bodies.
    return queryset.extra(
        tables=["article_fts"],
        where=["article_fts.rowid = annotations_article.id", "article_fts MATCH %s"],
        params=[match],
        select={"search_rank": "article_fts.rank"},
    ).order_by("search_rank", "-published_at", "-pk")


def _search_postgresql(queryset: QuerySet, query: str) -> QuerySet:
    expression = tsquery(query)
    ts = f"to_tsquery('{TS_CONFIG}', %s)"
    return (
        queryset.extra(where=[f"{PG_DOCUMENT} @@ {ts}"], params=[expression])
        .annotate(
            search_rank=RawSQL(f"ts_rank({PG_DOCUMENT}, {ts})", [expression]),
        )
        .order_by(F("search_rank").desc(), "-published_at", "-pk")
    )
