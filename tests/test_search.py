"""Full-text search: real FTS on both databases, safe against any input."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from annotations.models import Article
from annotations.search import fts5_query, search_articles, tokens, tsquery


@pytest.fixture
def articles(outlet):
    def make(title: str, body: str) -> Article:
        return Article.objects.create(
            outlet=outlet,
            title=title,
            body=body,
            raw_text=body,
            content_hash=title,
        )

    return {
        "beijing": make(
            "Menlu AS ke Beijing", "Blinken bertemu Wang Yi selama tujuh jam."
        ),
        "paris": make("Pertemuan di Paris", "Delegasi menginap di Hôtel Crillon."),
        "jakarta": make("Banjir Jakarta", "Hujan deras sejak pagi merendam Kemang."),
    }


def _titles(query: str) -> list[str]:
    return list(
        search_articles(Article.objects.all(), query).values_list("title", flat=True)
    )


def test_a_word_of_the_body_finds_its_article(articles):
    assert _titles("bertemu") == ["Menlu AS ke Beijing"]


def test_a_word_of_the_title_finds_its_article(articles):
    assert _titles("banjir") == ["Banjir Jakarta"]


def test_every_word_must_match(articles):
    assert _titles("blinken wang") == ["Menlu AS ke Beijing"]
    assert _titles("blinken kemang") == []


def test_search_ignores_case_and_diacritics(articles):
    assert _titles("HOTEL") == ["Pertemuan di Paris"]
    assert _titles("crillón") == ["Pertemuan di Paris"]


def test_dotted_words_are_found_by_their_parts_on_every_database(outlet):
    # PostgreSQL's parser used to keep "detik.com" or "laporan.pdf" whole (a
    # host or file token) while the query is cut into words, so these were
    # found on SQLite only.
    Article.objects.create(
        outlet=outlet,
        title="Dari situs",
        body="Dikutip dari detik.com pukul 10:30; unduh laporan.pdf atau tulis ke humas@kemlu.go.id.",
        raw_text="x",
        content_hash="dotted",
    )
    for query in ("detik com", "detik.com", "laporan pdf", "humas kemlu go", "10 30"):
        assert _titles(query) == ["Dari situs"], query
    assert _titles("detik org") == []


def test_the_last_word_matches_as_a_prefix_while_typing(articles):
    assert _titles("blink") == ["Menlu AS ke Beijing"]
    assert _titles("hujan der") == ["Banjir Jakarta"]
    # Only the last word is a prefix: a finished word must match whole.
    assert _titles("blink wang") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"blinken',
        "*",
        "blinken*",
        "NEAR(blinken wang",
        "-blinken",
        "blinken AND",
        "OR NOT",
        "title:blinken",
        "^blinken",
        "'; DROP TABLE annotations_article; --",
        "a & b | !c <-> d:*",
        "(((",
    ],
)
def test_query_syntax_in_the_input_never_raises(articles, query):
    found = _titles(query)
    assert all(isinstance(t, str) for t in found)
    assert Article.objects.count() == 3


def test_syntax_characters_are_treated_as_separators(articles):
    assert _titles('"blinken" -wang*') == ["Menlu AS ke Beijing"]


def test_an_empty_or_wordless_query_leaves_the_queryset_alone(articles):
    assert len(_titles("")) == 3
    assert len(_titles(' "*- ')) == 3


def test_the_best_match_comes_first(outlet):
    for n, body in enumerate(["gempa sekali", "gempa gempa gempa di kota", "kota"]):
        Article.objects.create(
            outlet=outlet, title=f"A{n}", body=body, raw_text=body, content_hash=n
        )
    assert _titles("gempa") == ["A1", "A0"]


def test_the_index_follows_edits_and_deletions(articles):
    article = articles["jakarta"]
    article.body = "Kemarau panjang di Jakarta."
    article.save()
    assert _titles("kemarau") == ["Banjir Jakarta"]
    assert _titles("deras") == []
    article.delete()
    assert _titles("kemarau") == []


def test_search_combines_with_other_filters(articles, outlet):
    qs = search_articles(Article.objects.exclude(outlet=outlet), "blinken")
    assert list(qs) == []
    assert search_articles(Article.objects.all(), "blinken").count() == 1


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 table")
def test_sqlite_search_goes_through_the_fts_table_not_like(articles):
    with CaptureQueriesContext(connection) as ctx:
        _titles("blinken")
    sql = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "article_fts" in sql
    assert "MATCH" in sql
    assert " LIKE " not in sql.upper()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's index")
def test_postgresql_search_uses_the_text_search_index(articles):
    with CaptureQueriesContext(connection) as ctx:
        _titles("blinken")
    sql = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "to_tsquery" in sql and "@@" in sql
    with connection.cursor() as cursor:
        # Three rows are cheaper to scan; forbid it to see whether the index is usable.
        cursor.execute("SET enable_seqscan = off")
        plan = search_articles(Article.objects.all(), "blinken").explain()
        cursor.execute("SET enable_seqscan = on")
    assert "article_fts_idx" in plan


def test_tokens_keep_letters_and_digits_only():
    assert tokens('"Blinken" NEAR(xi -jinping* 7,5') == [
        "Blinken",
        "NEAR",
        "xi",
        "jinping",
        "7",
        "5",
    ]


def test_fts5_query_quotes_every_token_and_prefixes_the_last():
    assert fts5_query("menlu AND blink") == '"menlu" "AND" "blink"*'
    assert fts5_query('""') == ""


def test_tsquery_quotes_every_token_and_prefixes_the_last():
    assert tsquery("menlu blink") == "'menlu' & 'blink':*"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's broad-query path")
def test_a_broad_query_keeps_the_queryset_order_instead_of_ranking(outlet, monkeypatch):
    import datetime as dt

    from annotations import search

    monkeypatch.setattr(search, "RANK_LIMIT", 1)
    for n, body in enumerate(["gempa", "gempa gempa gempa", "kota"]):
        Article.objects.create(
            outlet=outlet,
            title=f"A{n}",
            body=body,
            raw_text=body,
            content_hash=n,
            published_at=dt.datetime(2024, 1, 1 + n, tzinfo=dt.UTC),
        )
    # Two matches exceed the limit of one: newest first, not best first.
    assert _titles("gempa") == ["A1", "A0"]
    assert _titles("gem") == ["A1", "A0"]
    assert _titles("kota") == ["A2"]
    assert search_articles(Article.objects.all(), "gempa").count() == 2
