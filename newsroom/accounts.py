"""Login protection: the login form, the client's address behind proxies, and the lockout page."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.contrib.auth.models import Group, Permission
from django.core.validators import MaxLengthValidator
from django.db import connection
from django.db.models import Q, TextField
from django.db.models.expressions import RawSQL
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


class LoginForm(AuthenticationForm):
    """The login form, refusing a user name longer than any user's before looking it up.

    AuthenticationForm gives its user name field a max_length (150) but not the
    validator that enforces it, so a 10,000-character name reached
    authentication, and django-axes's record of the failed attempt (a
    255-character column) answered 500 on PostgreSQL.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["username"]
        field.validators.append(MaxLengthValidator(field.max_length))


# The user's own permissions and their groups', as "app_label.codename" joined
# by commas, computed inside the query that reads the user (the outer table is
# auth_user). Codenames and app labels never hold a comma.
_PERMISSIONS_SQL = """
    SELECT {aggregate}
    FROM auth_permission p
    JOIN django_content_type ct ON ct.id = p.content_type_id
    WHERE p.id IN (
        SELECT up.permission_id FROM auth_user_user_permissions up
        WHERE up.user_id = auth_user.id
        UNION
        SELECT gp.permission_id FROM auth_group_permissions gp
        JOIN auth_user_groups ug ON ug.group_id = gp.group_id
        WHERE ug.user_id = auth_user.id
    )
"""
_AGGREGATES = {
    "postgresql": "string_agg(ct.app_label || '.' || p.codename, ',')",
    "sqlite": "group_concat(ct.app_label || '.' || p.codename, ',')",
}


class PermissionBackend(ModelBackend):
    """Django's ModelBackend, reading a user's permissions with the user: no query of their own.

    Every page asks has_perm (the roles context processor, the views' checks),
    and ModelBackend read the user's own permissions and their groups' in two
    queries per request. get_user, which reads the session's user on every
    request, reads them in the same statement; a user loaded otherwise gets
    them in one query. Same answers, kept for the request on the user as
    ModelBackend keeps them.
    """

    def get_user(self, user_id):
        aggregate = _AGGREGATES.get(connection.vendor)
        if aggregate is None:
            return super().get_user(user_id)
        sql = _PERMISSIONS_SQL.format(aggregate=aggregate)
        users = get_user_model()._default_manager.annotate(
            _permission_list=RawSQL(sql, [], output_field=TextField())
        )
        user = users.filter(pk=user_id).first()
        if user is None or not self.user_can_authenticate(user):
            return None
        if not user.is_superuser:  # a superuser has every permission: read below
            names = user._permission_list
            user._perm_cache = set(names.split(",")) if names else set()
        return user

    def get_all_permissions(self, user_obj, obj=None) -> set[str]:
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            found = Permission.objects.all()
            if not user_obj.is_superuser:
                own = user_obj.user_permissions.through.objects.filter(user=user_obj)
                groups = Group.permissions.through.objects.filter(group__user=user_obj)
                found = found.filter(
                    Q(pk__in=own.values("permission_id"))
                    | Q(pk__in=groups.values("permission_id"))
                )
            user_obj._perm_cache = {
                f"{app}.{codename}"
                for app, codename in found.values_list(
                    "content_type__app_label", "codename"
                ).order_by()
            }
        return user_obj._perm_cache


class LoginRequired(LoginRequiredMiddleware):
    """Django's LoginRequiredMiddleware, answering HTMX requests 401 instead of the login page.

    An editor whose session ended (it expired, or they logged out in another
    tab) and who then saves from a page still open got the login page's
    redirect, which the browser followed and htmx swapped into the editor:
    the form and what was typed in it vanished. A 401 swaps nothing;
    static/js/newsroom.js says the session ended and offers a login in a new
    tab, and the page keeps what was typed until the editor saves again.
    """

    def handle_no_permission(self, request, view_func):
        if request.headers.get("HX-Request") == "true":
            return HttpResponse(status=401)
        return super().handle_no_permission(request, view_func)


def client_ip(request: HttpRequest) -> str:
    """Return the address of the client, seen through NEWSROOM_PROXY_COUNT proxies.

    Each proxy appends the address it received the request from to
    X-Forwarded-For, so with N trusted proxies the client is the N-th entry from
    the right; entries further left were written by the client and prove nothing.
    With no trusted proxy, or a header shorter than expected, REMOTE_ADDR is it.
    """
    count = getattr(settings, "NEWSROOM_PROXY_COUNT", 0)
    remote = request.META.get("REMOTE_ADDR", "")
    if count <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    return forwarded[-count] if len(forwarded) >= count else remote


def lockout(request: HttpRequest, response=None, credentials=None) -> HttpResponse:
    """Answer a locked-out login with a page that says why and for how long (429)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    ctx = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    return render(request, "registration/lockout.html", ctx, status=429)
