"""Reviewing suggestions in the reader: the review bar, accept, reject, bulk and undo."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from annotations.models import Annotation, AnnotationChange, Article
from annotations.services.suggesting import annotation_suggest_bulk
from tests.concurrency import Editor, run_together

HX = {"HX-Request": "true"}


@pytest.fixture
def detik(seed_articles) -> Article:
    article = seed_articles["detik"]
    annotation_suggest_bulk(articles=[article])
    return article


def _claim(article: Article, words: str) -> Annotation:
    return Annotation.objects.get(article=article, origin="auto", exact=words)


def test_the_review_bar_counts_waiting_suggestions_by_kind(editor_client, detik):
    waiting = Annotation.objects.filter(article=detik, status="suggested").count()
    answer = editor_client.get(f"/articles/{detik.pk}/suggestions/", headers=HX)
    text = answer.content.decode()
    assert answer.status_code == 200 and "<html" not in text
    assert 'id="suggestion-review"' in text
    assert f"{waiting} suggestions waiting" in text
    claims = Annotation.objects.filter(article=detik, kind="claim").count()
    assert f"Accept every claim ({claims})" in text


def test_the_review_bar_polls_while_suggestions_run(editor_client, detik):
    Article.objects.filter(pk=detik.pk).update(
        suggestions_pending_since="2026-01-01T00:00:00Z"
    )
    text = editor_client.get(
        f"/articles/{detik.pk}/suggestions/", headers=HX
    ).content.decode()
    assert "Suggestions still running" in text
    assert "every 2s" in text and "was_pending=1" in text


def test_the_poll_that_finds_them_done_brings_body_and_panel(editor_client, detik):
    text = editor_client.get(
        f"/articles/{detik.pk}/suggestions/?was_pending=1", headers=HX
    ).content.decode()
    assert "every 2s" not in text
    assert 'id="article-body"' in text and 'id="annotation-panel"' in text
    assert "7,5 jam" in text


def test_the_reader_loads_the_review_bar_and_shows_review_buttons(editor_client, detik):
    claim = _claim(detik, "7,5 jam")
    text = editor_client.get(f"/articles/{detik.pk}/").content.decode()
    assert f'hx-get="/articles/{detik.pk}/suggestions/"' in text
    assert f'action="/annotations/{claim.pk}/accept/"' in text
    assert f'action="/annotations/{claim.pk}/reject/"' in text


def test_viewers_see_no_review_buttons_and_cannot_review(viewer_client, detik):
    claim = _claim(detik, "7,5 jam")
    text = viewer_client.get(f"/articles/{detik.pk}/").content.decode()
    assert "/accept/" not in text
    assert viewer_client.post(f"/annotations/{claim.pk}/accept/").status_code == 403
    answer = viewer_client.post(
        f"/articles/{detik.pk}/suggestions/review/", {"status": "accepted"}
    )
    assert answer.status_code == 403
    claim.refresh_from_db()
    assert claim.status == "suggested"


def test_accept_over_htmx_updates_the_reader_and_offers_undo(
    editor_client, detik, alice
):
    claim = _claim(detik, "7,5 jam")
    answer = editor_client.post(f"/annotations/{claim.pk}/accept/", headers=HX)
    text = answer.content.decode()
    assert answer.status_code == 200 and "<html" not in text
    claim.refresh_from_db()
    assert claim.status == "accepted" and claim.origin == "auto"
    assert "Claim accepted." in text
    assert f'id="item-{claim.pk}"' in text and "st-accepted" in text
    assert f'name="ids" value="{claim.pk}"' in text
    event = json.loads(answer.headers["HX-Trigger-After-Settle"])
    assert event["annotations-changed"] == {"id": claim.pk, "action": "accepted"}
    assert AnnotationChange.objects.filter(
        annotation=claim, user=alice, changes__status=["suggested", "accepted"]
    ).exists()


def test_reject_without_javascript_redirects_to_the_reader(editor_client, detik):
    claim = _claim(detik, "tiga jam")
    answer = editor_client.post(f"/annotations/{claim.pk}/reject/")
    assert answer.status_code == 302
    assert answer.url == f"/articles/{detik.pk}/#a{claim.pk}"
    claim.refresh_from_db()
    assert claim.status == "rejected"


def test_reviewing_twice_says_it_was_already_reviewed(editor_client, detik):
    claim = _claim(detik, "tiga jam")
    editor_client.post(f"/annotations/{claim.pk}/reject/", headers=HX)
    text = editor_client.post(
        f"/annotations/{claim.pk}/accept/", headers=HX
    ).content.decode()
    assert "already reviewed" in text
    claim.refresh_from_db()
    assert claim.status == "rejected"


def test_review_needs_the_csrf_token(alice, detik):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    claim = _claim(detik, "tiga jam")
    assert client.post(f"/annotations/{claim.pk}/accept/").status_code == 403
    answer = client.post(
        f"/articles/{detik.pk}/suggestions/review/", {"status": "accepted"}
    )
    assert answer.status_code == 403


def test_bulk_accept_by_kind_then_undo(editor_client, detik):
    url = f"/articles/{detik.pk}/suggestions/review/"
    claims = set(
        Annotation.objects.filter(article=detik, kind="claim").values_list(
            "pk", flat=True
        )
    )
    answer = editor_client.post(
        url, {"status": "accepted", "kind": "claim"}, headers=HX
    )
    text = answer.content.decode()
    assert f"{len(claims)} suggestions accepted." in text
    assert set(
        Annotation.objects.filter(article=detik, kind="claim").values_list(
            "status", flat=True
        )
    ) == {"accepted"}
    assert Annotation.objects.filter(
        article=detik, kind="quote", status="suggested"
    ).exists()
    ids = ",".join(map(str, sorted(claims)))
    assert f'value="{ids}"' in text

    editor_client.post(url, {"undo": "accepted", "ids": ids}, headers=HX)

    assert set(
        Annotation.objects.filter(article=detik, kind="claim").values_list(
            "status", flat=True
        )
    ) == {"suggested"}


def test_bulk_reject_by_confidence_leaves_the_less_sure(editor_client, detik):
    Annotation.objects.filter(article=detik).update(confidence=0.9)
    low = _claim(detik, "tiga jam")
    Annotation.objects.filter(pk=low.pk).update(confidence=0.4)
    editor_client.post(
        f"/articles/{detik.pk}/suggestions/review/",
        {"status": "rejected", "min_confidence": "0.8"},
        headers=HX,
    )
    low.refresh_from_db()
    assert low.status == "suggested"
    assert not Annotation.objects.filter(
        article=detik, status="suggested", confidence__gte=0.8
    ).exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"status": "accepted", "min_confidence": "2"}, "less than or equal to 1"),
        ({"kind": "claim"}, "Choose whether to accept or reject."),
        ({"undo": "accepted", "ids": "1,x"}, "garbled"),
    ],
)
def test_a_bad_bulk_request_changes_nothing_and_says_why(
    editor_client, detik, data, message
):
    before = list(Annotation.objects.values_list("pk", "status", "version"))
    answer = editor_client.post(
        f"/articles/{detik.pk}/suggestions/review/", data, headers=HX
    )
    assert answer.status_code == 200
    assert message in answer.content.decode()
    assert list(Annotation.objects.values_list("pk", "status", "version")) == before


@pytest.mark.django_db(transaction=True)
def test_two_editors_reviewing_at_once_each_suggestion_changes_once(
    live_server, seed_articles, alice, root
):
    detik = seed_articles["detik"]
    annotation_suggest_bulk(articles=[detik])
    claim = _claim(detik, "7,5 jam")
    waiting = Annotation.objects.filter(article=detik, status="suggested").count()
    answers = []

    def accept_one():
        answers.append(
            Editor(live_server.url, alice).post(f"/annotations/{claim.pk}/accept/", {})
        )

    def reject_one():
        answers.append(
            Editor(live_server.url, root).post(f"/annotations/{claim.pk}/reject/", {})
        )

    def accept_all(user):
        def job():
            answers.append(
                Editor(live_server.url, user).post(
                    f"/articles/{detik.pk}/suggestions/review/",
                    {"status": "accepted"},
                )
            )

        return job

    assert run_together(accept_one, reject_one) == []
    assert run_together(accept_all(alice), accept_all(root)) == []

    assert all(a.status == 200 for a in answers), [a.text[:300] for a in answers]
    claim.refresh_from_db()
    assert claim.status in ("accepted", "rejected")
    # Every suggestion was reviewed exactly once: one history entry each.
    reviews = AnnotationChange.objects.filter(
        annotation__article=detik, action="updated"
    )
    assert reviews.count() == waiting
    assert not Annotation.objects.filter(article=detik, status="suggested").exists()


def test_the_library_counts_waiting_suggestions_and_filters_by_them(
    editor_client, seed_articles, detik
):
    waiting = Annotation.objects.filter(article=detik, status="suggested").count()
    Article.objects.filter(pk=seed_articles["kompas"].pk).update(
        suggestions_pending_since="2026-01-01T00:00:00Z"
    )
    text = editor_client.get("/articles/").content.decode()
    assert (
        f'<a class="suggestion-count" href="/articles/{detik.pk}/?f-status=suggested"'
        in text
    )
    assert f">{waiting}</a>" in text
    assert "Suggestions still running" in text  # Kompas TV's are still being made
    filtered = editor_client.get("/articles/?status=suggested").content.decode()
    assert detik.title in filtered
    assert seed_articles["koranjakarta"].title not in filtered


def test_the_story_page_counts_suggestions_per_article_and_in_all(
    editor_client, seed_articles, detik
):
    waiting = Annotation.objects.filter(status="suggested").count()
    text = editor_client.get(f"/stories/{detik.story.slug}/").content.decode()
    assert f"{waiting} suggestions waiting" in text
    assert f"/articles/{detik.pk}/?f-status=suggested" in text


def test_without_javascript_the_review_bar_is_a_page(editor_client, detik):
    text = editor_client.get(f"/articles/{detik.pk}/suggestions/").content.decode()
    assert "<html" in text and 'id="suggestion-review"' in text
    answer = editor_client.post(
        f"/articles/{detik.pk}/suggestions/review/",
        {"status": "accepted", "kind": "claim"},
    )
    assert answer.status_code == 302 and answer.url == f"/articles/{detik.pk}/"
    assert not Annotation.objects.filter(
        article=detik, kind="claim", status="suggested"
    ).exists()


def test_a_suggestion_below_the_unsure_line_is_marked_unsure(editor_client, detik):
    sure, unsure = _claim(detik, "7,5 jam"), _claim(detik, "tiga jam")
    Annotation.objects.filter(pk=sure.pk).update(confidence=0.9)
    Annotation.objects.filter(pk=unsure.pk).update(
        confidence=Annotation.UNSURE_BELOW - 0.2
    )
    text = editor_client.get(f"/articles/{detik.pk}/").content.decode()
    items = {
        pk: text[text.index(f'id="item-{pk}"') :].split("</li>", 1)[0]
        for pk in (sure.pk, unsure.pk)
    }
    assert 'class="confidence unsure"' in items[unsure.pk]
    assert ">unsure 0.30<" in items[unsure.pk]
    assert "unsure" not in items[sure.pk] and ">0.90<" in items[sure.pk]
    # Once accepted, the mark goes with the confidence figure.
    editor_client.post(f"/annotations/{unsure.pk}/accept/")
    text = editor_client.get(f"/articles/{detik.pk}/").content.decode()
    item = text[text.index(f'id="item-{unsure.pk}"') :].split("</li>", 1)[0]
    assert "unsure" not in item
