"""Suggestions: quotes with speakers and claims found for articles, reviewed by editors."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from django.db import connection

from annotations import services
from annotations.models import Annotation, AnnotationChange, Article, Speaker
from annotations.services.suggesting import (
    annotation_suggest_bulk,
    annotation_suggest_for_article,
    annotation_suggestion_accept,
    annotation_suggestion_reject,
    annotation_suggestions_review_bulk,
)
from tests.conftest import annotate_words


def _suggested(article: Article, kind: str | None = None):
    rows = Annotation.objects.filter(article=article, origin="auto")
    return rows.filter(kind=kind) if kind else rows


def _quote_containing(article: Article, words: str) -> Annotation:
    return next(a for a in _suggested(article, "quote") if words in a.exact)


@pytest.fixture
def suggested_seeds(seed_articles):
    annotation_suggest_bulk(articles=seed_articles.values())
    return seed_articles


def test_kompas_blinken_quotes_are_suggested_with_antony_blinken(suggested_seeds):
    kompas = suggested_seeds["kompas"]
    quote = _quote_containing(kompas, "Kami berkomitmen")
    assert quote.status == "suggested"
    assert quote.speaker.name == "Antony Blinken"
    assert _quote_containing(kompas, "Rusia akan kesulitan").speaker == quote.speaker
    # The title's misspelling is the same person, not a second speaker.
    assert "Anthony" in kompas.title
    assert services.speaker_find("Anthony Blinken") == quote.speaker
    assert Speaker.objects.filter(name__icontains="Blinken").count() == 1


def test_detik_wang_yi_quotes_and_koran_jakarta_hua_chunying(suggested_seeds):
    detik = suggested_seeds["detik"]
    direct = _suggested(detik, "quote").filter(quote_form="direct")
    wang = direct.filter(speaker__name="Wang Yi")
    assert wang.count() == 2
    assert wang.filter(exact__contains="dialog dan konfrontasi").exists()
    assert wang.filter(exact__contains="membalikkan situasi").exists()
    hua = _quote_containing(suggested_seeds["koranjakarta"], "tidak melayani")
    assert hua.speaker.name == "Hua Chunying"
    assert hua.quote_form == "direct"


@pytest.mark.parametrize(
    ("key", "words", "value", "approximate"),
    [
        ("koranjakarta", "sekitar enam jam", Decimal("6"), True),
        ("detik", "7,5 jam", Decimal("7.5"), False),
        ("detik", "tiga jam", Decimal("3"), False),
    ],
)
def test_seed_durations_are_suggested_as_claims(
    suggested_seeds, key, words, value, approximate
):
    claim = _suggested(suggested_seeds[key], "claim").get(exact=words)
    assert claim.value == value
    assert claim.unit == "hour"
    assert claim.approximate is approximate
    assert claim.status == "suggested" and claim.created_by is None
    assert 0 <= claim.confidence <= 1


def test_every_suggestion_has_its_created_history_entry(suggested_seeds):
    rows = Annotation.objects.filter(origin="auto")
    assert rows.count() > 10
    history = AnnotationChange.objects.filter(annotation__in=rows, action="created")
    assert history.count() == rows.count()
    claim = rows.get(exact="7,5 jam")
    snapshot = claim.changes.get().changes
    assert snapshot["value"] == "7.5" and snapshot["status"] == "suggested"


def test_running_again_duplicates_nothing(suggested_seeds):
    before = Annotation.objects.count()
    report = annotation_suggest_bulk(articles=suggested_seeds.values())
    assert report.created == 0
    assert Annotation.objects.count() == before


def test_rejected_and_deleted_suggestions_never_come_back(suggested_seeds):
    detik = suggested_seeds["detik"]
    rejected = _suggested(detik, "claim").get(exact="tiga jam")
    annotation_suggestion_reject(annotation=rejected)
    deleted = _suggested(detik, "claim").get(exact="7,5 jam")
    services.annotation_delete(annotation=deleted)

    annotation_suggest_for_article(article=detik)

    assert _suggested(detik, "claim").filter(exact="tiga jam").count() == 1
    rejected.refresh_from_db()
    assert rejected.status == "rejected"
    assert _suggested(detik, "claim").filter(exact="7,5 jam").count() == 1
    assert not Annotation.objects.alive().filter(exact="7,5 jam").exists()


def test_a_manual_annotation_on_the_span_is_not_duplicated(seed_articles, alice):
    detik = seed_articles["detik"]
    manual = annotate_words(
        detik, "7,5 jam", value=Decimal("7.5"), unit="hour", user=alice
    )
    annotation_suggest_for_article(article=detik)
    spans = Annotation.objects.filter(article=detik, kind="claim", exact="7,5 jam")
    assert list(spans) == [manual]
    # Other claims of the article are still suggested.
    assert _suggested(detik, "claim").filter(exact="tiga jam").exists()


def test_a_registered_speaker_is_used_and_an_accepted_near_spelling_is_learned(
    outlet, alice
):
    blinken = services.speaker_create(name="Antony Blinken")
    body = "\u201cKami siap berbicara,\u201d kata Anthony Blinken kepada wartawan."
    article = Article.objects.create(
        outlet=outlet, title="t", raw_text=body, body=body, content_hash="near"
    )
    annotation_suggest_for_article(article=article)
    quote = _suggested(article, "quote").get()
    assert quote.speaker == blinken
    assert Speaker.objects.count() == 1

    accepted = annotation_suggestion_accept(annotation=quote, user=alice)

    assert accepted.status == "accepted" and accepted.origin == "auto"
    blinken.refresh_from_db()
    assert blinken.aliases == ["Anthony Blinken"]
    assert accepted.changes.filter(action="updated", user=alice).exists()


@pytest.mark.django_db(transaction=True)
def test_a_speaker_merged_after_the_registry_was_read_is_resolved_again(
    outlet, monkeypatch
):
    """A long run reads the registry once; an editor merging meanwhile broke its commit."""
    from annotations.services import suggesting

    sari = services.speaker_create(name="Sari Wulandari")
    kept = services.speaker_create(name="Sari Wulandari Putri")
    body = "\u201cJembatan itu selesai tahun depan,\u201d kata Sari Wulandari."
    article = Article.objects.create(
        outlet=outlet, title="t", raw_text=body, body=body, content_hash="merged"
    )
    read = suggesting._SpeakerIndex.load

    def read_then_merge(index):
        read(index)
        if Speaker.objects.filter(pk=sari.pk).exists():
            services.speaker_merge(keep=kept, remove=sari)

    monkeypatch.setattr(suggesting._SpeakerIndex, "load", read_then_merge)
    annotation_suggest_for_article(article=article)
    quote = _suggested(article, "quote").get()
    assert quote.speaker == kept
    assert Speaker.objects.count() == 1


def test_a_new_name_creates_one_speaker(outlet):
    body = (
        "\u201cKami akan membangun jembatan,\u201d kata Sari Wulandari.\n\n"
        "\u201cJembatan itu selesai tahun depan,\u201d ujar Sari Wulandari."
    )
    article = Article.objects.create(
        outlet=outlet, title="t", raw_text=body, body=body, content_hash="new"
    )
    report = annotation_suggest_for_article(article=article)
    assert report.quotes == 2 and report.speakers_created == 1
    assert {q.speaker.name for q in _suggested(article, "quote")} == {"Sari Wulandari"}


def test_bulk_accept_by_kind_and_undo(suggested_seeds, alice):
    detik = suggested_seeds["detik"]
    claims = set(_suggested(detik, "claim").values_list("pk", flat=True))
    ids = annotation_suggestions_review_bulk(
        articles=[detik], status="accepted", kind="claim", user=alice
    )
    assert set(ids) == claims
    assert not _suggested(detik, "claim").filter(status="suggested").exists()
    assert _suggested(detik, "quote").filter(status="suggested").exists()

    undone = annotation_suggestions_review_bulk(
        articles=[detik],
        status="suggested",
        ids=ids,
        from_status="accepted",
        user=alice,
    )
    assert set(undone) == claims
    assert set(_suggested(detik, "claim").values_list("status", flat=True)) == {
        "suggested"
    }


def test_bulk_accept_by_confidence_leaves_the_less_sure(suggested_seeds):
    detik = suggested_seeds["detik"]
    Annotation.objects.filter(article=detik, origin="auto", exact="tiga jam").update(
        confidence=0.2
    )
    ids = annotation_suggestions_review_bulk(
        articles=[detik], status="accepted", min_confidence=0.3
    )
    assert ids
    low = _suggested(detik, "claim").get(exact="tiga jam")
    assert low.status == "suggested"


def test_import_schedules_suggestions(
    db, settings, seed_dir, django_capture_on_commit_callbacks
):
    settings.NEWSROOM_SUGGEST_AFTER_IMPORT = True
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        outcome = services.article_import(
            raw_text=(seed_dir / "003_8019a4f8d46b45c0.txt").read_text(
                encoding="utf-8"
            ),
            outlet="detik",
        )
    assert len(callbacks) == 1
    article = Article.objects.get(pk=outcome.article.pk)
    # The test settings run tasks as they are enqueued: no worker needed.
    assert article.suggestions_pending_since is None
    assert _suggested(article, "claim").filter(exact="7,5 jam").exists()


def test_import_without_suggestions_leaves_nothing_waiting(db, settings, seed_dir):
    settings.NEWSROOM_SUGGEST_AFTER_IMPORT = False
    outcome = services.article_import(
        raw_text=(seed_dir / "003_8019a4f8d46b45c0.txt").read_text(encoding="utf-8"),
        outlet="detik",
    )
    assert outcome.article.suggestions_pending_since is None
    assert not _suggested(outcome.article).exists()


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_make_each_suggestion_once(seed_dir, outlet):
    body = (seed_dir / "003_8019a4f8d46b45c0.txt").read_text(encoding="utf-8")
    article = services.article_import(raw_text=body, outlet="detik").article
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def run():
        try:
            barrier.wait(timeout=10)
            annotation_suggest_for_article(article=article)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    spans = list(
        Annotation.objects.filter(article=article).values_list("kind", "start", "end")
    )
    assert spans and len(spans) == len(set(spans))
    assert Speaker.objects.filter(name="Wang Yi").count() == 1
    assert AnnotationChange.objects.filter(action="created").count() == len(spans)


# Transactional: the worker closes its database connection when it is done.
@pytest.mark.django_db(transaction=True)
def test_with_the_database_backend_imports_wait_for_one_worker_task(
    settings, seed_dir, django_capture_on_commit_callbacks
):
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.NEWSROOM_SUGGEST_AFTER_IMPORT = True
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        for name in ("000_cbcf84cc3490cc42.txt", "003_8019a4f8d46b45c0.txt"):
            services.article_import(
                raw_text=(seed_dir / name).read_text(encoding="utf-8")
            )
    # The import returned without suggesting: both wait, served by one task.
    assert Article.objects.filter(suggestions_pending_since__isnull=False).count() == 2
    assert not Annotation.objects.exists()
    assert DBTaskResult.objects.count() == 1

    call_command(
        "db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0
    )

    assert not Article.objects.filter(suggestions_pending_since__isnull=False).exists()
    assert Annotation.objects.filter(origin="auto", exact="7,5 jam").exists()
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


@pytest.mark.django_db(transaction=True)
def test_a_bulk_import_marks_every_article_and_leaves_one_task_queued(settings):
    from django_tasks_db.models import DBTaskResult

    settings.NEWSROOM_SUGGEST_AFTER_IMPORT = True
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    files = [
        (
            f"port{n}.txt",
            f"Kapal nomor {n} tiba di pelabuhan Contoh setelah {n + 2} jam "
            f"berlayar, kata petugas {n} kepada wartawan.".encode(),
        )
        for n in range(6)
    ]
    reports = list(services.import_files(files))
    assert [r.status for r in reports] == ["imported"] * 6
    # Each article waits from its insert on, and one task serves them all.
    assert Article.objects.filter(suggestions_pending_since__isnull=False).count() == 6
    assert DBTaskResult.objects.count() == 1


def test_a_bulk_import_asks_the_task_queue_once_a_period_and_at_its_end(monkeypatch):
    from annotations.services import suggesting

    asked, now = [], [100.0]
    monkeypatch.setattr(suggesting, "suggestions_enqueue", lambda: asked.append(now[0]))
    monkeypatch.setattr(suggesting.time, "monotonic", lambda: now[0])
    enqueue = suggesting.SuggestionsEnqueuer(period=1.0)
    enqueue()  # the first article: asked at once
    for _ in range(50):  # the next ones, within the period: not asked
        now[0] += 0.01
        enqueue()
    assert asked == [100.0]
    now[0] += 0.6
    enqueue()  # a period after the first question
    assert len(asked) == 2
    enqueue.flush()  # nothing committed since: no question
    assert len(asked) == 2
    now[0] += 0.1
    enqueue()
    enqueue.flush()  # the end of the import asks for the last one
    assert len(asked) == 3


def test_history_keeps_a_round_value_in_plain_digits(outlet):
    """70, not 7E+1: the history holds values as quantities.plain_number writes them."""
    body = "Sebanyak 70 orang meninggal dalam banjir di Lembah Contoh, kata polisi."
    article = Article.objects.create(
        outlet=outlet, title="Banjir", raw_text=body, body=body, content_hash="banjir"
    )
    annotation_suggest_for_article(article=article)
    claim = _suggested(article, "claim").get()
    assert claim.value == Decimal("70")
    change = AnnotationChange.objects.get(annotation=claim, action="created")
    assert change.changes["value"] == "70"


def test_the_parallel_bulk_path_writes_what_the_serial_one_does(seed_articles):
    articles = list(seed_articles.values())
    serial = annotation_suggest_bulk(articles=articles, workers=0)
    rows = sorted(
        Annotation.objects.filter(origin="auto").values_list(
            "article", "kind", "start", "end", "speaker__name", "value", "unit"
        )
    )
    Annotation.objects.all().delete()

    parallel = annotation_suggest_bulk(
        articles=[a.pk for a in articles], batch_size=1, workers=2
    )

    assert parallel.created == serial.created > 0
    assert (
        sorted(
            Annotation.objects.filter(origin="auto").values_list(
                "article", "kind", "start", "end", "speaker__name", "value", "unit"
            )
        )
        == rows
    )


def test_reviewing_a_suggestion_reviewed_meanwhile_is_a_conflict(suggested_seeds):
    from annotations.services.annotating import AnnotationConflict

    claim = _suggested(suggested_seeds["detik"], "claim").get(exact="tiga jam")
    stale = Annotation.objects.get(pk=claim.pk)  # what the second editor's page saw
    annotation_suggestion_reject(annotation=claim)
    with pytest.raises(AnnotationConflict) as raised:
        annotation_suggestion_accept(annotation=stale)
    assert raised.value.current.status == "rejected"
    claim.refresh_from_db()
    assert claim.status == "rejected"
