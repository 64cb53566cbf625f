"""The login page says why a user name is refused, not only that a login failed."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_a_user_name_the_form_refuses_is_shown_with_its_reason(db):
    response = Client().post(
        "/accounts/login/", {"username": "ali\x00ce", "password": "salah"}
    )
    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()


def test_a_user_name_longer_than_any_user_s_is_refused_before_it_is_looked_up(db):
    from axes.models import AccessAttempt

    response = Client().post(
        "/accounts/login/", {"username": "a" * 10_000, "password": "salah"}
    )
    assert response.status_code == 200  # was a 500 on PostgreSQL (axes' 255 column)
    assert "at most 150 characters (it has 10000)" in response.content.decode()
    assert not AccessAttempt.objects.exists()
