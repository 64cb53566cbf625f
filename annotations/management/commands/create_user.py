from __future__ import annotations

import secrets
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from annotations.roles import ADMIN, ROLES, ensure_roles


def generate_password() -> str:
    return secrets.token_urlsafe(12)


class Command(BaseCommand):
    help = "Create a user with a role (editor, viewer or admin) and print its generated password once."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", choices=ROLES, required=True)
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--password-stdin",
            action="store_true",
            help="read the password from standard input instead of generating one",
        )

    def handle(
        self,
        *args,
        username: str,
        role: str,
        email: str,
        password_stdin: bool,
        **options,
    ):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"A user named {username!r} exists already.")
        password = (
            sys.stdin.readline().rstrip("\n") if password_stdin else generate_password()
        )
        if not password:
            raise CommandError("The password read from standard input is empty.")
        ensure_roles()
        with transaction.atomic():
            user = User(username=username, email=email)
            try:
                # The validators compare the password with the user's name and email.
                validate_password(password, user)
            except ValidationError as exc:
                raise CommandError(
                    "The password is refused: " + " ".join(exc.messages)
                ) from exc
            user = User.objects.create_user(
                username=username, email=email, password=password
            )
            user.groups.add(Group.objects.get(name=role))
            if role == ADMIN:
                user.is_staff = user.is_superuser = True
                user.save(update_fields=["is_staff", "is_superuser"])
        self.stdout.write(f"Created {role} {username!r}.")
        if not password_stdin:
            self.stdout.write(f"Password (shown once): {password}")
