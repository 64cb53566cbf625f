"""Shared fixtures: a small cast of users and a tiny handwritten article.

alice is an editor, victor a viewer, root an admin; alice and victor are
seeded once per session (see django_db_setup). Seed articles come from
../shared/seeds (see `seed_dir`); tests never copy their text into the project.

`seed_articles` imports the three seeds through the real import service
(annotations.services.article_import) and returns {"kompas", "koranjakarta",
"detik"} -> Article, all three in the story "Blinken di Beijing" (SEED_STORY),
from the outlets "Kompas TV", "Koran Jakarta" and "detik". It is
function-scoped, so it also works in live_server (transactional) tests.
`annotate_words(article, words, kind, **fields)` annotates words through the real
service; `durations` gives the seeds' two lengths of the talks as claims.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation

from annotations import services
from annotations.models import Annotation, Article, Outlet

SEED_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
SEED_STORY = "Blinken di Beijing"
# key -> (file name in SEED_DIR, outlet)
SEED_FILES = {
    "kompas": ("000_cbcf84cc3490cc42.txt", "Kompas TV"),
    "koranjakarta": ("002_23d27e12a1192d49.txt", "Koran Jakarta"),
    "detik": ("003_8019a4f8d46b45c0.txt", "detik"),
}


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings_parallel_suffix, tmp_path_factory
) -> None:
    """Keep the SQLite test database in a file, as the app's own database is.

    An in-memory database is one connection that live_server shares among all its
    request threads, so editors acting at once could not be tested against it;
    a file gives every thread its own connection, WAL and busy timeout included.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        folder = tmp_path_factory.mktemp("database")
        database.setdefault("TEST", {})["NAME"] = str(folder / "test.sqlite3")


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    assert SEED_DIR.is_dir(), f"the seed articles are missing: {SEED_DIR}"
    return SEED_DIR


# The cast: name -> role. Passwords are "<name>-pass-123".
CAST = {"alice": "editor", "victor": "viewer", "root": "admin"}
# Seeded once per session. root is not: with an admin in every test, ensure_admin
# could never be seen creating the first one.
SESSION_CAST = ("alice", "victor")
_password_hashes: dict[str, str] = {}


def cast_member(name: str):
    """Return the cast member name, creating them (with their role) if missing.

    Passwords are hashed once per session: hashing is what made users slow to
    create (about 0.3 s of CPU each, several times per test).
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    if name not in _password_hashes:
        _password_hashes[name] = make_password(f"{name}-pass-123")
    role = CAST[name]
    user, created = get_user_model().objects.get_or_create(
        username=name,
        defaults={
            "password": _password_hashes[name],
            "is_staff": role == "admin",
            "is_superuser": role == "admin",
        },
    )
    if created:
        user.groups.add(Group.objects.get(name=role))
    return user


def _seed_session() -> None:
    for name in SESSION_CAST:
        cast_member(name)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker) -> None:
    """Seed, once per session, what most tests need: the editor alice and the viewer victor.

    Tests run in a transaction rolled back at their end, so the seed stays as it
    is; a transactional test (live_server) empties the database when it ends, and
    pytest_runtest_teardown below seeds it again.
    """
    with django_db_blocker.unblock():
        _seed_session()


def _empties_the_database(item: pytest.Item) -> bool:
    if "transactional_db" in getattr(item, "fixturenames", ()):
        return True
    marker = item.get_closest_marker("django_db")
    return bool(
        marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,))
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    result = yield
    if nextitem is not None and _empties_the_database(item):
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            _seed_session()
    return result


@pytest.fixture
def alice(db):
    return cast_member("alice")


@pytest.fixture
def victor(db):
    return cast_member("victor")


@pytest.fixture
def root(db):
    return cast_member("root")


@pytest.fixture
def editor_client(alice) -> Client:
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def viewer_client(victor) -> Client:
    client = Client()
    client.force_login(victor)
    return client


@pytest.fixture
def outlet(db) -> Outlet:
    return Outlet.objects.create(
        name="Warta Contoh", domain="warta.example", language="id"
    )


@pytest.fixture
def tiny_article(outlet) -> Article:
    """A handwritten article for exact-offset tests: an emoji and a no-break space included."""
    body = (
        "Menlu Sari bertemu Menlu Tan selama 7,5 jam di Jakarta.\n\n"
        "\u201cKami sepakat,\u201d kata Sari \U0001f600 kepada\u00a0wartawan."
    )
    return Article.objects.create(
        outlet=outlet,
        title="Sari dan Tan bertemu",
        raw_text=body,
        body=body,
        content_hash="tiny-article",
        language="id",
    )


@pytest.fixture
def seed_articles(db, seed_dir) -> dict[str, Article]:
    """The three seed articles, imported through the real service (see the module docstring)."""
    from annotations.services import article_import

    articles = {}
    for key, (name, outlet_name) in SEED_FILES.items():
        outcome = article_import(
            raw_text=(seed_dir / name).read_text(encoding="utf-8"),
            outlet=outlet_name,
            story=SEED_STORY,
            source_name=name,
        )
        assert outcome.status == "imported", outcome.message
        articles[key] = outcome.article
    return articles


@pytest.fixture(autouse=True)
def _back_to_the_default_language():
    """Deactivate the language a request left active on this thread.

    LocaleMiddleware activates the request's language and leaves it on; services
    called directly in the next test would otherwise answer in Indonesian.
    """
    yield
    translation.deactivate()


def annotate_words(
    article: Article, words: str, kind: str = "claim", **fields
) -> Annotation:
    """Annotate the first occurrence of `words` in the article through the real service."""
    start = article.body.index(words)
    return services.annotation_create(
        article=article, start=start, end=start + len(words), kind=kind, **fields
    )


@pytest.fixture
def durations(seed_articles) -> tuple[Annotation, Annotation]:
    """The two lengths of the Blinken–Qin talks as claims: "sekitar enam jam" and "7,5 jam"."""
    about_six = annotate_words(
        seed_articles["koranjakarta"],
        "sekitar enam jam",
        value=Decimal("6"),
        unit="hour",
        approximate=True,
    )
    seven_half = annotate_words(
        seed_articles["detik"], "7,5 jam", value=Decimal("7.5"), unit="hour"
    )
    return about_six, seven_half


@pytest.fixture
def first_outlet_lookup_misses(monkeypatch):
    """Call it to let the next outlet lookup (.first()) find nothing once.

    As when another editor commits the same new outlet just after the lookup:
    the race of two imports made serial, so the retry path runs every time.
    """
    from django.db.models import QuerySet

    real = QuerySet.first

    def arm() -> None:
        missed: list[bool] = []

        def first(self):
            if self.model is Outlet and not missed:
                missed.append(True)
                return None
            return real(self)

        monkeypatch.setattr(QuerySet, "first", first)

    return arm
