"""newsroom.accounts.PermissionBackend: ModelBackend's answers in one query."""

from __future__ import annotations

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission

from newsroom.accounts import PermissionBackend
from tests.conftest import cast_member


@pytest.mark.parametrize("name", ["alice", "victor", "root"])
def test_every_role_has_the_permissions_model_backend_gives_it(db, name):
    user = cast_member(name)
    # A permission of the user's own, beside the group's.
    user.user_permissions.add(Permission.objects.get(codename="view_logentry"))
    ours = PermissionBackend().get_all_permissions(cast_member(name))
    django = ModelBackend().get_all_permissions(cast_member(name))
    assert ours == django
    assert ours  # every role may at least read


def test_editors_may_annotate_and_viewers_may_not(db, alice, victor):
    assert alice.has_perm("annotations.add_annotation")
    assert not victor.has_perm("annotations.add_annotation")
    assert victor.has_perm("annotations.view_article")


def test_an_inactive_user_has_no_permission(db, alice):
    alice.is_active = False
    assert PermissionBackend().get_all_permissions(alice) == set()
    assert not alice.has_perm("annotations.add_annotation")


def test_permissions_take_one_query_per_request(db, alice, django_assert_num_queries):
    user = type(alice).objects.get(pk=alice.pk)  # a fresh user, as each request has
    with django_assert_num_queries(1):
        assert user.has_perm("annotations.add_annotation")
        assert user.has_perm("annotations.change_annotation")
        assert not user.has_perm("auth.delete_user")


@pytest.mark.parametrize("name", ["alice", "victor", "root"])
def test_the_sessions_user_comes_with_its_permissions_in_the_same_query(
    db, name, django_assert_num_queries
):
    user = cast_member(name)
    user.user_permissions.add(Permission.objects.get(codename="view_logentry"))
    with django_assert_num_queries(1 if not user.is_superuser else 2):
        loaded = PermissionBackend().get_user(user.pk)
        ours = loaded.get_all_permissions()
        assert loaded.has_perm("annotations.view_article")
    assert ours == ModelBackend().get_all_permissions(cast_member(name))


def test_a_user_without_any_permission_and_an_inactive_one(db, alice):
    nobody = type(alice).objects.create_user("nobody", password="x-long-pass-123")
    assert PermissionBackend().get_user(nobody.pk).get_all_permissions() == set()
    alice.is_active = False
    alice.save()
    assert PermissionBackend().get_user(alice.pk) is None
    assert PermissionBackend().get_user(10**9) is None


def test_a_page_reads_the_session_and_the_user_with_its_permissions(
    editor_client, django_assert_num_queries
):
    editor_client.get("/speakers/")
    # The session; the user with the permissions the page's checks ask for;
    # the speakers (with their counts).
    with django_assert_num_queries(3):
        assert editor_client.get("/speakers/").status_code == 200
