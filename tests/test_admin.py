"""The Django admin lists every model usefully and brings deleted annotations back."""

from __future__ import annotations

import pytest
from django.test import Client

from annotations import services
from annotations.models import Annotation


@pytest.fixture
def admin_client_root(root) -> Client:
    client = Client()
    client.force_login(root)
    return client


@pytest.mark.parametrize(
    "model", ["outlet", "story", "article", "speaker", "tag", "annotation", "link"]
)
def test_every_model_has_a_working_admin_list(admin_client_root, tiny_article, model):
    response = admin_client_root.get(f"/admin/annotations/{model}/")
    assert response.status_code == 200
    assert (
        admin_client_root.get(f"/admin/annotations/{model}/?q=Sari").status_code == 200
    )


def test_an_admin_restores_a_deleted_annotation(
    admin_client_root, tiny_article, alice, root
):
    annotation = services.annotation_create(
        article=tiny_article, start=36, end=42, kind="claim", user=alice
    )
    services.annotation_delete(annotation=annotation, user=alice)
    listing = admin_client_root.get(
        "/admin/annotations/annotation/?deleted_at__isempty=0"
    )
    assert (
        f"/admin/annotations/annotation/{annotation.pk}/change/"
        in listing.content.decode()
    )
    response = admin_client_root.post(
        "/admin/annotations/annotation/",
        {"action": "restore_deleted", "_selected_action": [annotation.pk]},
        follow=True,
    )
    assert "1 annotation restored." in response.content.decode()
    annotation.refresh_from_db()
    assert annotation.deleted_at is None
    assert [c.action for c in annotation.changes.all()] == [
        "created",
        "deleted",
        "restored",
    ]
    assert Annotation.objects.alive().filter(pk=annotation.pk).exists()


def test_an_admin_restore_refuses_a_re_created_span_and_restores_the_others(
    admin_client_root, tiny_article, alice
):
    taken = services.annotation_create(
        article=tiny_article, start=36, end=42, kind="claim", user=alice
    )
    services.annotation_delete(annotation=taken, user=alice)
    again = services.annotation_create(
        article=tiny_article, start=36, end=42, kind="claim", user=alice
    )
    free = services.annotation_create(
        article=tiny_article, start=0, end=4, kind="claim", user=alice
    )
    services.annotation_delete(annotation=free, user=alice)
    response = admin_client_root.post(
        "/admin/annotations/annotation/",
        {"action": "restore_deleted", "_selected_action": [taken.pk, free.pk]},
        follow=True,
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "1 annotation restored." in page
    assert "could not be restored" in page
    assert f"#{taken.pk}" in page
    taken.refresh_from_db()
    free.refresh_from_db()
    assert taken.deleted_at is not None
    assert free.deleted_at is None
    assert list(Annotation.objects.alive().filter(start=36, end=42)) == [again]


def test_editors_cannot_open_the_admin(editor_client):
    response = editor_client.get("/admin/annotations/annotation/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
