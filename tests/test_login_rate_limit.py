"""Login rate limit (django-axes): wrong passwords lock the user name from that address."""

from __future__ import annotations

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.test import Client, RequestFactory, override_settings
from django.utils import timezone

from newsroom.accounts import client_ip

LIMIT = 5


def _login(client: Client, password: str, ip: str = "10.1.1.1"):
    return client.post(
        "/accounts/login/",
        {"username": "alice", "password": password},
        REMOTE_ADDR=ip,
    )


def _logged_in(client: Client) -> bool:
    return client.get("/articles/").status_code == 200


@pytest.fixture
def locked(alice):
    client = Client()
    for _ in range(LIMIT - 1):
        response = _login(client, "wrong-password")
        assert response.status_code == 200  # the form again, with its error
    # The last wrong password already answers with the lock.
    assert _login(client, "wrong-password").status_code == 429
    return client


def test_the_right_password_after_fewer_failures_logs_in(alice):
    client = Client()
    for _ in range(LIMIT - 1):
        _login(client, "wrong-password")
    response = _login(client, "alice-pass-123")
    assert response.status_code == 302
    assert _logged_in(client)
    assert not AccessAttempt.objects.exists()  # a success forgets the failures


def test_after_the_limit_even_the_right_password_is_refused_with_a_reason(locked):
    response = _login(locked, "alice-pass-123")
    assert response.status_code == 429
    text = response.content.decode()
    assert "Too many failed logins" in text
    assert "After 5 wrong passwords" in text
    assert "Try again in 15 minutes" in text
    assert not _logged_in(locked)


def test_the_lock_is_shown_in_indonesian_too(locked):
    response = locked.post(
        "/accounts/login/",
        {"username": "alice", "password": "alice-pass-123"},
        REMOTE_ADDR="10.1.1.1",
        HTTP_ACCEPT_LANGUAGE="id",
    )
    assert response.status_code == 429
    assert "Terlalu banyak" in response.content.decode()


def test_the_lock_ends_after_the_cool_off(locked):
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    response = _login(locked, "alice-pass-123")
    assert response.status_code == 302
    assert _logged_in(locked)


def test_the_lock_holds_for_that_user_name_from_that_address_only(locked, victor):
    elsewhere = Client()
    assert _login(elsewhere, "alice-pass-123", ip="10.2.2.2").status_code == 302
    other_user = Client()
    response = other_user.post(
        "/accounts/login/",
        {"username": "victor", "password": "victor-pass-123"},
        REMOTE_ADDR="10.1.1.1",
    )
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "6.6.6.6", "10.0.0.9"),  # no trusted proxy: the header proves nothing
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),  # the client cannot forge the last
        (2, "6.6.6.6, 203.0.113.7, 10.0.0.3", "203.0.113.7"),
        (2, "203.0.113.7", "10.0.0.9"),  # shorter than the proxies: do not guess
    ],
)
def test_client_ip_trusts_only_the_configured_proxies(count, forwarded, expected):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR=forwarded
    )
    with override_settings(NEWSROOM_PROXY_COUNT=count):
        assert client_ip(request) == expected
