"""Editors importing at once into an outlet and a story that do not exist yet.

Threads against live_server. Two pasted imports naming the same new outlet
both looked it up, found nothing and inserted it: on PostgreSQL the second
insert broke the outlet's unique name and the editor got a 500. Now the
loser of the race takes the outlet (and the story) the winner stored.
"""

from __future__ import annotations

import pytest

from annotations.models import Article, Outlet, Story
from tests.concurrency import Editor, run_together

EDITORS = 6


def _article(n: int) -> str:
    return (
        f"Banjir Serentak di Kota Contoh, Laporan {n}\n\n"
        f"KOTA CONTOH - Banjir setinggi {n + 1} meter merendam {n * 40 + 12} rumah "
        f"di kelurahan nomor {n} pada Senin pagi, kata petugas kepada wartawan.\n\n"
        f"Warga kelurahan {n} mengungsi ke balai desa sejak subuh."
    )


@pytest.mark.django_db(transaction=True)
def test_pasted_imports_creating_one_outlet_and_story_at_once_all_succeed(
    live_server, alice, root
):
    answers: list[tuple[int, str]] = []

    def paste(n: int) -> None:
        editor = Editor(live_server.url, alice if n % 2 else root)
        answer = editor.post(
            "/articles/import/",
            {
                "mode": "paste",
                "paste-raw_text": _article(n),
                "paste-outlet": "Kabar Serentak",
                "paste-story": "Banjir serentak di Kota Contoh",
            },
            htmx=False,
        )
        answers.append((answer.status, answer.text[:300]))

    errors = run_together(*(lambda n=n: paste(n) for n in range(EDITORS)))
    assert not errors
    # urllib follows the redirect to the new article's reader.
    assert [status for status, _text in answers] == [200] * EDITORS, answers
    outlet = Outlet.objects.get(name="Kabar Serentak")
    story = Story.objects.get(title="Banjir serentak di Kota Contoh")
    assert Article.objects.filter(outlet=outlet, story=story).count() == EDITORS


@pytest.mark.django_db(transaction=True)
def test_file_imports_creating_one_outlet_and_story_at_once_all_succeed():
    failures: list[str] = []

    def upload(n: int) -> None:
        from annotations import services

        reports = list(
            services.import_files(
                [(f"banjir{n}.txt", _article(n).encode())],
                outlet="Kabar Unggahan",
                story="Banjir unggahan",
            )
        )
        failures.extend(
            f"{r.name}: {r.message}" for r in reports if r.status != "imported"
        )

    errors = run_together(*(lambda n=n: upload(n) for n in range(EDITORS)))
    assert not errors
    assert not failures, failures
    assert Outlet.objects.filter(name="Kabar Unggahan").count() == 1
    assert Story.objects.filter(title="Banjir unggahan").count() == 1
    assert Article.objects.filter(outlet__name="Kabar Unggahan").count() == EDITORS


@pytest.mark.django_db(transaction=True)
def test_stories_created_with_one_title_at_once_get_their_own_slugs():
    from annotations import services

    made: list[Story] = []

    def create() -> None:
        made.append(services.story_create(title="Rapat serentak"))

    errors = run_together(*(create for _ in range(EDITORS)))
    assert not errors
    slugs = sorted(s.slug for s in made)
    assert len(set(slugs)) == EDITORS
    assert Story.objects.filter(title="Rapat serentak").count() == EDITORS


@pytest.mark.django_db(transaction=True)
def test_imports_naming_one_new_outlet_in_different_cases_at_once_get_one_outlet():
    failures: list[str] = []
    spellings = ["Kabar Huruf", "KABAR HURUF", "kabar huruf"]

    def upload(n: int) -> None:
        from annotations import services

        reports = list(
            services.import_files(
                [(f"huruf{n}.txt", _article(n).encode())],
                outlet=spellings[n % len(spellings)],
                story="Banjir huruf",
            )
        )
        failures.extend(
            f"{r.name}: {r.message}" for r in reports if r.status != "imported"
        )

    errors = run_together(*(lambda n=n: upload(n) for n in range(EDITORS)))
    assert not errors
    assert not failures, failures
    [outlet] = Outlet.objects.filter(name__iexact="kabar huruf")
    assert outlet.name in spellings
    assert Article.objects.filter(outlet=outlet).count() == EDITORS
