"""Every page needs a login; viewers read but cannot write. New URLs are covered automatically."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

# The only views open to anonymous users, by URL name.
PUBLIC = {"login", "set_language", "healthz", "readyz"}
SAMPLE = {
    "int": "1",
    "str": "x",
    "slug": "x",
    "path": "x",
    "uuid": "00000000-0000-0000-0000-000000000000",
}


def _walk(patterns, prefix=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            yield from _walk(p.url_patterns, prefix + str(p.pattern))
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), p


def _concrete(route: str) -> str:
    route = re.sub(
        r"<(?:(\w+):)?\w+>", lambda m: SAMPLE.get(m.group(1) or "str", "x"), route
    )
    # Regex routes (the admin's) keep their own syntax: fill the common groups.
    route = (
        re.sub(r"\(\?P<\w+>[^)]*\)", "1", route)
        .lstrip("^")
        .rstrip("$")
        .replace("\\", "")
    )
    return "/" + route


def _app_routes():
    for route, pattern in _walk(get_resolver().url_patterns):
        if route.startswith(("admin/", "^admin/")) or pattern.name in PUBLIC:
            continue
        yield _concrete(route), pattern.name


ROUTES = sorted(set(_app_routes()))


def test_the_walk_finds_the_app_pages():
    names = {name for _, name in ROUTES}
    assert {
        "article-list",
        "article-detail",
        "story-list",
        "story-detail",
        "logout",
    } <= names


@pytest.mark.parametrize(("url", "name"), ROUTES)
@pytest.mark.django_db
def test_anonymous_users_are_sent_to_the_login_page(url, name):
    client = Client()
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code == 302, (
            f"{name} {url} answered {response.status_code} without a login"
        )
        assert response["Location"].startswith("/accounts/login/"), response["Location"]


@pytest.mark.parametrize(("url", "name"), ROUTES)
@pytest.mark.django_db
def test_anonymous_htmx_requests_get_a_401_and_no_login_page_to_swap_in(url, name):
    # A page left open after the session ended: htmx would follow the login
    # redirect and swap the login page into the editor, over what was typed.
    client = Client(headers={"HX-Request": "true"})
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code == 401, (
            f"{name} {url} answered {response.status_code} to htmx without a login"
        )
        assert b"<form" not in response.content


@pytest.mark.django_db
def test_the_admin_needs_a_login():
    response = Client().get("/admin/annotations/annotation/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.django_db
def test_logging_in_through_the_form_opens_the_library(alice):
    client = Client()
    assert client.get("/accounts/login/").status_code == 200
    response = client.post(
        "/accounts/login/", {"username": "alice", "password": "alice-pass-123"}
    )
    assert response.status_code == 302
    assert client.get(response["Location"], follow=True).status_code == 200
    assert client.get("/articles/").status_code == 200


@pytest.mark.django_db
def test_a_wrong_password_says_so(alice):
    response = Client().post(
        "/accounts/login/", {"username": "alice", "password": "nope"}
    )
    assert response.status_code == 200
    assert b'role="alert"' in response.content


def test_roles_carry_the_right_permissions(alice, victor, root):
    assert alice.has_perm("annotations.add_annotation")
    assert alice.has_perm("annotations.add_article")
    assert alice.has_perm("annotations.add_link")
    assert not victor.has_perm("annotations.add_annotation")
    assert victor.has_perm("annotations.view_annotation")
    assert root.is_staff and root.has_perm("annotations.delete_annotationchange")


def test_viewers_get_no_editing_flag_in_templates(editor_client, viewer_client):
    assert editor_client.get("/articles/").context["can_edit"] is True
    assert viewer_client.get("/articles/").context["can_edit"] is False


def test_post_without_csrf_token_is_refused(alice):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    response = client.post("/accounts/logout/")
    assert response.status_code == 403


def test_the_body_carries_the_csrf_token_for_htmx(editor_client):
    html = editor_client.get("/articles/").content.decode()
    assert re.search(
        r"<body hx-headers='\{&quot;x-csrftoken&quot;: &quot;\w+&quot;\}'|<body hx-headers='\{\"x-csrftoken\": \"\w+\"\}'",
        html,
    )
    assert "/static/django_htmx/htmx-2.min.js" in html


def test_the_favicon_answers_without_a_login(client, editor_client):
    # Browsers ask for /favicon.ico on every page; a 404 there fills the logs and consoles.
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    ico_header = b"\x00\x00\x01\x00"
    assert b"".join(response.streaming_content)[:4] == ico_header
    html = editor_client.get("/articles/").content.decode()
    icon = re.search(r'<link rel="icon" href="([^"]+)"', html).group(1)
    assert icon == "/static/favicon.svg"
    response = client.get(icon)
    assert response.status_code == 200
    assert b"<svg" in b"".join(response.streaming_content)
