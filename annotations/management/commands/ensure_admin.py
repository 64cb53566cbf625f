from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from annotations.management.commands.create_user import generate_password
from annotations.roles import ADMIN, ensure_roles


class Command(BaseCommand):
    help = "On first run, create a local admin account and print its generated password once."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--url", default="http://127.0.0.1:8000/", help="where the app answers"
        )

    def handle(self, *args, username: str, url: str, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                "An admin account exists already; log in with it (forgotten? `make password`)."
            )
            return
        ensure_roles()
        password = generate_password()
        user = User.objects.create_superuser(
            username=username, email="", password=password
        )
        user.groups.add(Group.objects.get(name=ADMIN))
        line = "=" * 64
        self.stdout.write(
            f"{line}\nCreated the local admin account. Log in at {url}\n"
            f"  user name: {username}\n  password:  {password}\n"
            f"This password is shown only once: keep it. Add people with\n"
            f"  .venv/bin/python manage.py create_user NAME --role editor\n{line}"
        )
