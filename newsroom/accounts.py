"""Login protection: the login form, the client's address behind proxies, and the lockout page."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator
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
