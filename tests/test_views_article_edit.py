"""Editors correct an article's details, delete an article and rename a story."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from annotations import services
from annotations.models import Annotation, Article, Link, Outlet, Story
from annotations.search import search_articles
from tests.concurrency import Editor, run_together
from tests.conftest import annotate_words


def _edit_url(article: Article) -> str:
    return reverse("annotations:article-edit", args=[article.pk])


def _form_data(article: Article, **changes) -> dict:
    data = {
        "version": services.article_details_version(article),
        "title": article.title,
        "outlet": article.outlet.name,
        "published_on": "",
        "published_time": "",
        "story": article.story_id or "",
    }
    data.update(changes)
    return data


@pytest.fixture
def other_outlet(db) -> Outlet:
    return Outlet.objects.create(name="Kabar Lain", domain="kabar.example")


@pytest.fixture
def story(db) -> Story:
    return services.story_create(title="Pertemuan Sari dan Tan")


def test_the_reader_and_the_source_page_offer_the_edit_form_to_editors_only(
    editor_client, viewer_client, tiny_article
):
    url = _edit_url(tiny_article)
    for page in (
        tiny_article.get_absolute_url(),
        reverse("annotations:article-source", args=[tiny_article.pk]),
    ):
        assert url in editor_client.get(page).content.decode()
        assert url not in viewer_client.get(page).content.decode()
    assert viewer_client.get(url).status_code == 403
    assert viewer_client.post(url, _form_data(tiny_article)).status_code == 403


def test_the_reader_menu_offers_delete_to_editors_only(
    editor_client, viewer_client, tiny_article
):
    url = reverse("annotations:article-delete", args=[tiny_article.pk])
    link = f'<a class="delete-article danger" href="{url}">'
    assert link in editor_client.get(tiny_article.get_absolute_url()).content.decode()
    assert (
        url not in viewer_client.get(tiny_article.get_absolute_url()).content.decode()
    )
    # The link leads to the confirmation: a GET deletes nothing.
    assert "Delete the article" in editor_client.get(url).content.decode()
    assert Article.objects.filter(pk=tiny_article.pk).exists()


def test_an_editor_corrects_title_outlet_date_and_story(
    editor_client, tiny_article, other_outlet, story
):
    response = editor_client.post(
        _edit_url(tiny_article),
        _form_data(
            tiny_article,
            title="  Sari   menerima Tan  ",
            outlet=other_outlet.name,
            published_on="2023-06-19",
            published_time="14:05",
            story=story.pk,
        ),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert response["HX-Redirect"] == tiny_article.get_absolute_url()
    tiny_article.refresh_from_db()
    assert tiny_article.title == "Sari menerima Tan"
    assert tiny_article.outlet == other_outlet
    assert tiny_article.story == story
    assert not tiny_article.published_date_only
    published = timezone.localtime(tiny_article.published_at)
    assert (published.date().isoformat(), published.hour, published.minute) == (
        "2023-06-19",
        14,
        5,
    )
    # The search index follows: the new title finds it, the old one's words do not.
    found = search_articles(Article.objects.all(), "menerima")
    assert list(found) == [tiny_article]
    assert (
        tiny_article.title
        in editor_client.get(tiny_article.get_absolute_url()).content.decode()
    )


def test_a_day_without_a_time_makes_the_article_date_only(editor_client, tiny_article):
    editor_client.post(
        _edit_url(tiny_article), _form_data(tiny_article, published_on="2023-06-19")
    )
    tiny_article.refresh_from_db()
    assert tiny_article.published_date_only
    assert tiny_article.published_at is not None


def test_bad_input_answers_200_with_the_errors_and_saves_nothing(
    editor_client, tiny_article
):
    response = editor_client.post(
        _edit_url(tiny_article),
        _form_data(tiny_article, title="   ", published_time="10:00"),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200  # htmx 2 swaps no 4xx
    html = response.content.decode()
    assert 'id="details-form"' in html and "<html" not in html
    assert "This field is required." in html
    assert "Give the day as well as the time." in html
    tiny_article.refresh_from_db()
    assert tiny_article.title == "Sari dan Tan bertemu"


def test_a_stale_form_is_told_and_changes_nothing(editor_client, tiny_article):
    stale = _form_data(tiny_article, title="Judul kedua")
    services.article_update_details(
        article=tiny_article,
        version=stale["version"],
        title="Judul pertama",
        outlet=tiny_article.outlet,
        published_at=None,
        published_date_only=False,
        story=None,
    )
    response = editor_client.post(
        _edit_url(tiny_article), stale, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Somebody else changed this article" in html
    assert 'value="Judul pertama"' in html  # the form shows what is saved now
    tiny_article.refresh_from_db()
    assert tiny_article.title == "Judul pertama"


def test_a_stale_form_lists_what_the_editor_typed(
    editor_client, tiny_article, other_outlet, story
):
    stale = _form_data(
        tiny_article,
        title="Judul kedua",
        outlet=other_outlet.name,
        published_on="2024-04-26",
        story=story.pk,
    )
    services.article_update_details(
        article=tiny_article,
        version=stale["version"],
        title="Judul pertama",
        outlet=tiny_article.outlet,
        published_at=None,
        published_date_only=False,
        story=None,
    )
    html = editor_client.post(
        _edit_url(tiny_article), stale, HTTP_HX_REQUEST="true"
    ).content.decode()
    typed = html[html.index('class="not-saved"') :]
    typed = typed[: typed.index("</dl>")]
    assert "<dt>Title</dt><dd>Judul kedua</dd>" in typed
    assert "<dt>Outlet</dt><dd>Kabar Lain</dd>" in typed
    assert "<dt>Published on</dt><dd>26 April 2024</dd>" in typed
    assert "<dt>Story</dt><dd>Pertemuan Sari dan Tan</dd>" in typed
    assert "Time" not in typed  # left empty on both sides: nothing to say


def test_a_typed_outlet_name_finds_the_outlet_ignoring_case_or_makes_a_new_one(
    editor_client, tiny_article, other_outlet
):
    response = editor_client.post(
        _edit_url(tiny_article), _form_data(tiny_article, outlet="  kabar LAIN ")
    )
    assert response.status_code == 302
    tiny_article.refresh_from_db()
    assert tiny_article.outlet == other_outlet
    assert Outlet.objects.count() == 2

    response = editor_client.post(
        _edit_url(tiny_article), _form_data(tiny_article, outlet="Warta\u200b Baru")
    )
    assert response.status_code == 302
    tiny_article.refresh_from_db()
    assert tiny_article.outlet.name == "Warta Baru"  # cleaned as import cleans it
    assert tiny_article.outlet.language == tiny_article.language
    assert Outlet.objects.count() == 3


def test_an_empty_outlet_is_refused_and_nothing_changes(editor_client, tiny_article):
    for name in ("", "   ", "\u200b"):
        response = editor_client.post(
            _edit_url(tiny_article),
            _form_data(tiny_article, outlet=name),
            HTTP_HX_REQUEST="true",
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "This field is required." in html or "Name the outlet." in html
    tiny_article.refresh_from_db()
    assert tiny_article.outlet.name == "Warta Contoh"


def test_the_edit_page_suggests_known_outlets(
    editor_client, tiny_article, other_outlet
):
    html = editor_client.get(_edit_url(tiny_article)).content.decode()
    assert 'list="outlet-names"' in html
    assert (
        '<datalist id="outlet-names"><option value="Kabar Lain">'
        '<option value="Warta Contoh"></datalist>'
    ) in html
    assert 'value="Warta Contoh"' in html  # the current outlet, as its name


@pytest.mark.django_db(transaction=True)
def test_two_editors_naming_the_same_new_outlet_at_once_make_one(live_server, alice):
    outlets = [Outlet.objects.create(name=f"Asal {n}") for n in range(2)]
    articles = [
        Article.objects.create(
            outlet=outlets[n],
            title=f"Judul {n}",
            raw_text="Isi berita.",
            body=f"Isi berita {n}.",
            content_hash=f"outlet-race-{n}",
        )
        for n in range(2)
    ]

    def save(article: Article) -> None:
        editor = Editor(live_server.url, alice)
        answer = editor.post(
            _edit_url(article), _form_data(article, outlet="Kantor Berita Baru")
        )
        # Saved: htmx is told to go to the reader, no form comes back.
        assert answer.status == 200 and 'id="details-form"' not in answer.text, (
            answer.text[:500]
        )

    errors = run_together(*(lambda a=a: save(a) for a in articles))
    assert not errors
    new = Outlet.objects.get(name="Kantor Berita Baru")
    assert {
        a.outlet_id for a in Article.objects.filter(pk__in=[a.pk for a in articles])
    } == {new.pk}


@pytest.mark.django_db(transaction=True)
def test_two_editors_saving_at_once_one_wins_and_the_other_is_told(
    live_server, alice, outlet
):
    article = Article.objects.create(
        outlet=outlet,
        title="Judul awal",
        raw_text="Isi berita.",
        body="Isi berita.",
        content_hash="edit-race",
    )
    path = _edit_url(article)
    answers = {}

    def save(title: str) -> None:
        editor = Editor(live_server.url, alice)
        answers[title] = editor.post(path, _form_data(article, title=title))

    errors = run_together(*(lambda t=t: save(t) for t in ("Judul A", "Judul B")))
    assert not errors
    article.refresh_from_db()
    assert article.title in ("Judul A", "Judul B")
    loser = "Judul B" if article.title == "Judul A" else "Judul A"
    assert answers[article.title].status == 200
    assert answers[loser].status == 200
    assert "Somebody else changed this article" in answers[loser].text
    assert "Somebody else" not in answers[article.title].text


def test_an_editor_deletes_an_article_with_its_annotations_and_links(
    editor_client, viewer_client, tiny_article, outlet
):
    other = Article.objects.create(
        outlet=outlet,
        title="Berita lain",
        raw_text="Menlu Tan tiba.",
        body="Menlu Tan tiba.",
        content_hash="other",
    )
    mine = annotate_words(tiny_article, "Menlu Sari")
    theirs = annotate_words(other, "Menlu Tan")
    services.link_create(source=mine, target=theirs, relation="related")
    url = reverse("annotations:article-delete", args=[tiny_article.pk])
    gone = tiny_article.get_absolute_url()

    assert viewer_client.get(url).status_code == 403
    assert viewer_client.post(url).status_code == 403
    confirm = editor_client.get(url).content.decode()
    assert "1 annotation" in confirm and "1 link" in confirm
    assert Article.objects.filter(pk=tiny_article.pk).exists()  # asking deletes nothing

    response = editor_client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("annotations:article-list")
    assert not Article.objects.filter(pk=tiny_article.pk).exists()
    assert not Annotation.objects.filter(pk=mine.pk).exists()
    assert Annotation.objects.filter(pk=theirs.pk).exists()
    assert not Link.objects.exists()
    library = editor_client.get(reverse("annotations:article-list")).content.decode()
    assert "“Sari dan Tan bertemu” is deleted." in library
    assert f'href="{gone}"' not in library
    assert f'href="{other.get_absolute_url()}"' in library
    assert list(search_articles(Article.objects.all(), "wartawan")) == []


def test_an_editor_renames_a_story_and_its_address_stays(
    editor_client, viewer_client, story
):
    url = reverse("annotations:story-edit", args=[story.slug])
    assert viewer_client.post(url, {"title": "X"}).status_code == 403
    old_slug = story.slug
    response = editor_client.post(
        url, {"title": "Sari dan Tan di Jakarta", "description": "Dua hari."}
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert (story.title, story.description, story.slug) == (
        "Sari dan Tan di Jakarta",
        "Dua hari.",
        old_slug,
    )
    page = editor_client.get(story.get_absolute_url()).content.decode()
    assert "Sari dan Tan di Jakarta" in page
    assert url in page
    assert url not in viewer_client.get(story.get_absolute_url()).content.decode()
    assert editor_client.post(url, {"title": ""}).status_code == 200
    story.refresh_from_db()
    assert story.title == "Sari dan Tan di Jakarta"
