"""Shared fixtures: a small cast of users and a tiny handwritten article.

alice is an editor, victor a viewer, root an admin. Seed articles come from
../shared/seeds (see `seed_dir`); tests never copy their text into the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from annotations.models import Article, Outlet

SEED_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    assert SEED_DIR.is_dir(), f"the seed articles are missing: {SEED_DIR}"
    return SEED_DIR


def _user(django_user_model, name: str, role: str):
    user = django_user_model.objects.create_user(
        username=name, password=f"{name}-pass-123"
    )
    user.groups.add(Group.objects.get(name=role))
    if role == "admin":
        user.is_staff = user.is_superuser = True
        user.save()
    return user


@pytest.fixture
def alice(db, django_user_model):
    return _user(django_user_model, "alice", "editor")


@pytest.fixture
def victor(db, django_user_model):
    return _user(django_user_model, "victor", "viewer")


@pytest.fixture
def root(db, django_user_model):
    return _user(django_user_model, "root", "admin")


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
