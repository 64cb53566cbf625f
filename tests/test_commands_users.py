from __future__ import annotations

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command


def _run(*args, stdin: str | None = None) -> str:
    out = io.StringIO()
    if stdin is not None:
        import sys

        old, sys.stdin = sys.stdin, io.StringIO(stdin)
        try:
            call_command(*args, stdout=out)
        finally:
            sys.stdin = old
    else:
        call_command(*args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_create_user_gives_the_role_and_prints_a_generated_password():
    out = _run("create_user", "dewi", "--role", "editor")
    password = re.search(r"Password \(shown once\): (\S+)", out).group(1)
    user = get_user_model().objects.get(username="dewi")
    assert user.check_password(password)
    assert len(password) >= 16
    assert user.has_perm("annotations.add_annotation")
    assert not user.is_staff


@pytest.mark.django_db
def test_create_viewer_with_a_password_from_stdin():
    out = _run(
        "create_user",
        "budi",
        "--role",
        "viewer",
        "--password-stdin",
        stdin="rahasia-panjang-sekali\n",
    )
    assert "Password" not in out
    user = get_user_model().objects.get(username="budi")
    assert user.check_password("rahasia-panjang-sekali")
    assert user.has_perm("annotations.view_article")
    assert not user.has_perm("annotations.add_annotation")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short1", "too short"),
        ("password123", "too common"),
        ("83920174629", "entirely numeric"),
        ("budiman-the-editor", "too similar"),
    ],
)
def test_a_password_from_stdin_goes_through_the_validators(password, reason):
    with pytest.raises(CommandError, match=reason):
        _run(
            "create_user",
            "budiman-the-editor",
            "--role",
            "editor",
            "--email",
            "budiman@example.org",
            "--password-stdin",
            stdin=password + "\n",
        )
    assert not get_user_model().objects.filter(username="budiman-the-editor").exists()


@pytest.mark.django_db
def test_create_admin_can_use_the_django_admin():
    _run("create_user", "kepala", "--role", "admin")
    user = get_user_model().objects.get(username="kepala")
    assert user.is_staff and user.is_superuser


@pytest.mark.django_db
def test_an_existing_user_name_is_refused(alice):
    with pytest.raises(CommandError, match="exists already"):
        _run("create_user", "alice", "--role", "viewer")


@pytest.mark.django_db
def test_ensure_admin_creates_one_admin_once_with_a_random_password():
    first = _run("ensure_admin", "--url", "http://127.0.0.1:8011/")
    assert "Log in at http://127.0.0.1:8011/" in first
    password = re.search(r"password:\s+(\S+)", first).group(1)
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)
    second = _run("ensure_admin")
    assert "exists already" in second
    assert password not in second
    assert get_user_model().objects.filter(is_superuser=True).count() == 1
    # Never a fixed default: another database gets another password.
    admin.delete()
    third = _run("ensure_admin")
    assert re.search(r"password:\s+(\S+)", third).group(1) != password
