"""On a 390 px phone the library and the reader fit the screen: no sideways scrolling."""

from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from annotations.models import Article, Outlet, Story
from tests.conftest import annotate_words

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
# The elements that stick out past the right edge of the screen, for the message.
WIDEST = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
  .slice(0, 8)
  .map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)"""


@pytest.fixture
def article(db, alice):
    outlet = Outlet.objects.create(name="Kantor Berita Antara Nusantara", language="id")
    story = Story.objects.create(
        title="Pertemuan para menteri luar negeri di Beijing",
        slug="pertemuan-menteri",
    )
    body = (
        "Menteri Luar Negeri Amerika Serikat bertemu Menteri Luar Negeri Tiongkok "
        "selama 7,5 jam di Beijing pada hari Minggu.\n\n"
        "Pembicaraan berlangsung panjang dan membahas https://contoh.example/"
        "sebuah-alamat-yang-sangat-panjang-tanpa-spasi-sama-sekali-di-dalamnya.\n\n"
        "Kedua pihak sepakat untuk bertemu lagi tahun depan."
    )
    article = Article.objects.create(
        outlet=outlet,
        story=story,
        title="Menteri luar negeri bertemu selama tujuh setengah jam di Beijing",
        body=body,
        raw_text=body,
        content_hash="phone",
        url="https://contoh.example/berita/2024/04/26/menteri-luar-negeri-bertemu",
    )
    annotate_words(
        article, "7,5 jam", "claim", user=alice, value=Decimal("7.5"), unit="hour"
    )
    return article


def _fits(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], (width, page.evaluate(WIDEST))


def test_the_library_and_the_reader_fit_a_phone(
    page, live_server, login, alice, article, screenshot
):
    page.set_viewport_size(PHONE)
    login(alice)
    _fits(page)
    path = screenshot("phone-library")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.wait_for_selector("#article-body")
    _fits(page)
    # The story badge sits clear of the outlet's name, whole, inside the screen.
    boxes = page.evaluate(
        """() => {
            const box = (e) => [...e.getClientRects()].map(
                (r) => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom}));
            const kicker = document.querySelector('.article-header .kicker');
            return {outlet: box(kicker.querySelector('.outlet')),
                    badge: box(kicker.querySelector('.story-badge'))};
        }"""
    )
    (badge,) = boxes["badge"]  # one box: the badge does not break across lines
    for outlet in boxes["outlet"]:
        apart = (
            badge["top"] >= outlet["bottom"]
            or badge["left"] >= outlet["right"]
            or badge["bottom"] <= outlet["top"]
        )
        assert apart, boxes
    assert badge["left"] >= 0 and badge["right"] <= PHONE["width"], boxes
    expect(page.locator(".story-badge")).to_have_text(article.story.title)
    screenshot("phone-reader")
    assert path.exists()


@pytest.mark.parametrize(
    "name",
    [
        "story",
        "story-compare",
        "contradictions",
        "speakers",
        "speaker",
        "import",
        "article-edit",
        "article-source",
        "annotation",
    ],
)
def test_every_desk_page_fits_a_phone(
    page, live_server, login, alice, durations, screenshot, name
):
    """The seed story has three outlets: its coverage table is the widest page there is."""
    from annotations import services

    about_six, seven_half = durations
    services.link_create(source=about_six, target=seven_half, relation="contradicts")
    speaker = services.speaker_create(
        name="Antony Blinken", aliases=["Menlu AS"], role="Menteri Luar Negeri AS"
    )
    detik = seven_half.article
    paths = {
        "story": "/stories/blinken-di-beijing/",
        "story-compare": f"/stories/blinken-di-beijing/compare/?a={about_six.article_id}&a={detik.pk}",
        "contradictions": "/contradictions/",
        "speakers": "/speakers/",
        "speaker": f"/speakers/{speaker.pk}/",
        "import": "/articles/import/",
        "article-edit": f"/articles/{detik.pk}/edit/",
        "article-source": f"/articles/{detik.pk}/source/",
        "annotation": f"/annotations/{seven_half.pk}/",
    }
    page.set_viewport_size(PHONE)
    login(alice)
    page.goto(f"{live_server.url}{paths[name]}")
    page.wait_for_load_state("load")
    _fits(page)
    screenshot(f"phone-{name}")
