"""Who may do what: every route of the URL conf x anonymous/viewer/editor/admin x GET/POST.

Each route of the app has a rule below, for GET and for POST:
  ALL     every logged-in role gets the page or the action (a form error counts);
  EDITOR  editors and admins do, viewers get 403;
  NONE    the method is not allowed (405) for everybody;
  OPEN    open to anonymous callers too (the login page, the health probes).
Anonymous callers are sent to the login page everywhere but OPEN routes. Every
route of the Django admin is for admins only: the others are sent to its login.

A route without a rule fails `test_every_route_has_a_rule`: add it to RULES
(with what viewers and editors may do) when you add a URL.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from annotations import services
from annotations.models import Fact, Link, Story
from tests.conftest import annotate_words

ALL, EDITOR, NONE, OPEN = "all", "editor", "none", "open"

# name: (GET, POST)
RULES = {
    # Probes and accounts (newsroom/urls.py)
    "healthz": (OPEN, NONE),
    "readyz": (OPEN, NONE),
    "login": (OPEN, OPEN),
    "logout": (NONE, ALL),
    "set_language": (OPEN, OPEN),
    # Library, reader, source
    "home": (ALL, NONE),
    "article-list": (ALL, NONE),
    "article-import": (EDITOR, EDITOR),
    "article-import-outlet": (NONE, EDITOR),
    "article-import-file": (NONE, EDITOR),
    "article-detail": (ALL, NONE),
    "article-source": (ALL, NONE),
    "article-edit": (EDITOR, EDITOR),
    "article-delete": (EDITOR, EDITOR),
    "article-block-restore": (NONE, EDITOR),
    "article-block-remove": (NONE, EDITOR),
    # Stories
    "story-list": (ALL, NONE),
    "story-create": (EDITOR, EDITOR),
    "story-detail": (ALL, NONE),
    "story-edit": (EDITOR, EDITOR),
    "story-add-articles": (NONE, EDITOR),
    "story-remove-article": (NONE, EDITOR),
    # Annotations
    "annotation-create": (EDITOR, EDITOR),
    "annotation-detail": (ALL, NONE),
    "annotation-update": (EDITOR, EDITOR),
    "annotation-delete": (NONE, EDITOR),
    "annotation-restore": (NONE, EDITOR),
    # Suggestions (views/suggestions.py)
    "article-suggestions": (ALL, NONE),
    "article-suggestions-review": (NONE, EDITOR),
    "annotation-accept": (NONE, EDITOR),
    "annotation-reject": (NONE, EDITOR),
    # Links
    "link-create": (EDITOR, EDITOR),
    "link-update": (NONE, EDITOR),
    "link-delete": (NONE, EDITOR),
    "link-suggest": (NONE, EDITOR),
    # Speakers
    "speaker-list": (ALL, NONE),
    "speaker-suggest": (ALL, NONE),
    "speaker-create": (EDITOR, EDITOR),
    "speaker-detail": (ALL, NONE),
    "speaker-update": (EDITOR, EDITOR),
    "speaker-merge": (NONE, EDITOR),
    # Exports
    "annotation-export": (ALL, NONE),
    "link-export": (ALL, NONE),
    "article-export": (ALL, NONE),
    "annotation-export-jsonld": (ALL, NONE),
    # Comparing coverage (views/compare.py)
    "story-coverage": (ALL, NONE),
    "story-coverage-export": (ALL, NONE),
    "fact-claim-move": (NONE, EDITOR),
    "fact-claim-move-form": (EDITOR, NONE),
    "fact-rename": (EDITOR, EDITOR),
    "story-compare": (ALL, NONE),
    "story-compare-link": (NONE, EDITOR),
    "contradiction-list": (ALL, NONE),
    "contradiction-update": (NONE, EDITOR),
}
# Routes that send even a logged-in user to the login page on purpose.
TO_LOGIN = {("logout", "POST")}
# Admin pages open to anybody logged in or not: its own login, and logging out.
ADMIN_OPEN = {"login", "logout"}
# Admin pages that refuse even admins (403): the autocomplete without its query.
ADMIN_REFUSED = {"autocomplete"}
# Read-only admins of libraries (login records, task results): adding or deleting
# by hand may be refused to admins too.
READ_ONLY_ADMIN_APPS = ("admin/axes/", "admin/django_tasks_database/")


def _walk(patterns, prefix="", namespace=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = p.namespace or namespace
            yield from _walk(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), namespace, p.name


def _routes():
    return sorted(set(_walk(get_resolver().url_patterns)))


APP_ROUTES = [(r, n) for r, ns, n in _routes() if ns != "admin"]
ADMIN_ROUTES = [(r, n) for r, ns, n in _routes() if ns == "admin"]


def test_every_route_has_a_rule():
    missing = sorted(
        f"{name} ({route})" for route, name in APP_ROUTES if name not in RULES
    )
    assert not missing, "routes without an authorisation rule: " + ", ".join(missing)
    stale = sorted(set(RULES) - {name for _, name in APP_ROUTES})
    assert not stale, "rules for routes that are gone: " + ", ".join(stale)


def test_the_walk_sees_the_admin():
    names = {name for _, name in ADMIN_ROUTES}
    assert {"index", "login", "annotations_annotation_changelist"} <= names


@pytest.fixture
def world(db, alice, tiny_article):
    """Real objects for every kind of URL parameter, so allowed requests get past 404s."""
    first = annotate_words(tiny_article, tiny_article.body.split()[0], "quote")
    second = annotate_words(tiny_article, tiny_article.body.split()[-1], "note")
    link = Link.objects.create(source=first, target=second, relation="related")
    speaker = services.speaker_create(name="Pembicara Matriks")
    story = Story.objects.create(title="Matriks", slug="matriks")
    tiny_article.story = story
    tiny_article.save(update_fields=["story"])
    claim = annotate_words(tiny_article, tiny_article.body.split()[1], "claim")
    fact = Fact.objects.create(story=story, label="Matriks")
    return {
        "claim": claim.pk,
        "fact": fact.pk,
        "article": tiny_article.pk,
        "annotation": first.pk,
        "link": link.pk,
        "speaker": speaker.pk,
        "slug": story.slug,
    }


def _url(route: str, name: str, world: dict) -> str:
    if name.startswith(("link-update", "link-delete", "contradiction-update")):
        pk = world["link"]
    elif name == "fact-claim-move-form":
        pk = world["claim"]
    elif name == "fact-rename":
        pk = world["fact"]
    elif name.startswith(("annotation-", "link-create")):
        pk = world["annotation"]
    elif name.startswith("speaker-"):
        pk = world["speaker"]
    else:
        pk = world["article"]
    values = {"pk": pk, "index": 0, "slug": world["slug"]}

    def fill(m: re.Match) -> str:
        return str(values.get(m.group(2), "1"))

    route = re.sub(r"<(?:(\w+):)?(\w+)>", fill, route)
    route = re.sub(r"\(\?P<app_label>[^)]*\)", "annotations", route)
    route = re.sub(r"\(\?P<\w+>[^)]*\)", "1", route)
    return "/" + route.lstrip("^").rstrip("$").replace("\\", "")


def _clients(alice, victor, root) -> dict[str, Client]:
    clients = {"anonymous": Client()}
    for role, user in (("viewer", victor), ("editor", alice), ("admin", root)):
        clients[role] = Client()
        clients[role].force_login(user)
    return clients


def _to_login(response, login: str = "/accounts/login/") -> bool:
    return response.status_code == 302 and response["Location"].startswith(login)


def _judge(role: str, rule: str, name: str, method: str, response) -> str | None:
    """Return what is wrong with the response, or None."""
    status = response.status_code
    if status >= 500:
        return f"server error {status}"
    public = OPEN in RULES[name]  # the view needs no login at all
    if role == "anonymous" and not public:
        return None if _to_login(response) else f"{status}, not the login page"
    if rule == NONE:
        return None if status == 405 else f"{status}, not 405"
    if rule == EDITOR and role == "viewer":
        return None if status == 403 else f"{status}, not 403"
    if status in (403, 405):
        return f"refused with {status}"
    if _to_login(response) and (name, method) not in TO_LOGIN:
        return "sent to the login page"
    return None


@pytest.mark.parametrize(("route", "name"), [r for r in APP_ROUTES if r[1] in RULES])
def test_the_app_route_obeys_its_rule(route, name, world, alice, victor, root):
    url = _url(route, name, world)
    problems = []
    for role, client in _clients(alice, victor, root).items():
        for method, rule in zip(("GET", "POST"), RULES[name], strict=True):
            response = client.get(url) if method == "GET" else client.post(url)
            problem = _judge(role, rule, name, method, response)
            if problem:
                problems.append(f"{role} {method} {url}: {problem} (rule {rule})")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("route", "name"), ADMIN_ROUTES)
def test_the_admin_is_for_admins_only(route, name, world, alice, victor, root):
    name = name or ""  # the admin's bare object URLs have no name
    url = _url(route, name, world)
    problems = []
    for role, client in _clients(alice, victor, root).items():
        methods = ("GET",) if role == "admin" else ("GET", "POST")
        for method in methods:
            response = client.get(url) if method == "GET" else client.post(url)
            status = response.status_code
            if status >= 500:
                problems.append(f"{role} {method} {url}: server error {status}")
            elif name in ADMIN_OPEN:
                continue
            elif role == "admin" and name in ADMIN_REFUSED:
                if status != 403:
                    problems.append(f"admin {method} {url}: {status}, not 403")
            elif (
                role == "admin"
                and route.startswith(READ_ONLY_ADMIN_APPS)
                and name.endswith(("_add", "_delete"))
            ):
                continue
            elif role == "admin":
                if status == 403 or _to_login(response, "/admin/login/"):
                    problems.append(f"admin {method} {url}: refused ({status})")
            elif not (_to_login(response, "/admin/login/") or _to_login(response)):
                problems.append(f"{role} {method} {url}: {status}, not a login page")
    assert not problems, "\n".join(problems)
