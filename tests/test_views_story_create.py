from __future__ import annotations

from annotations.models import Story


def test_an_editor_creates_a_story_and_lands_on_it(editor_client):
    assert editor_client.get("/stories/new/").status_code == 200
    response = editor_client.post(
        "/stories/new/", {"title": "Banjir Jakarta", "description": "Awal 2025."}
    )
    story = Story.objects.get()
    assert story.slug == "banjir-jakarta"
    assert story.description == "Awal 2025."
    assert response.status_code == 302
    assert response["Location"] == "/stories/banjir-jakarta/"


def test_a_title_is_required(editor_client):
    response = editor_client.post("/stories/new/", {"title": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not Story.objects.exists()


def test_new_is_not_taken_for_a_story_slug(editor_client):
    Story.objects.create(title="new", slug="new")
    assert b"Create story" in editor_client.get("/stories/new/").content


def test_viewers_cannot_create_stories(viewer_client):
    assert viewer_client.get("/stories/new/").status_code == 403
    assert viewer_client.post("/stories/new/", {"title": "X"}).status_code == 403
    assert not Story.objects.exists()
