"""The reader page: highlighted body, side panel, filters, and what viewers see."""

from __future__ import annotations

import re

import pytest

from annotations.models import Annotation, Article, Link, Speaker, Tag


def _annotate(article, words: str, kind: str = "quote", **fields) -> Annotation:
    start = article.body.index(words)
    return Annotation.objects.create(
        article=article,
        kind=kind,
        start=start,
        end=start + len(words),
        exact=words,
        **fields,
    )


def _runs(html: str) -> list[tuple[str, int, int, str]]:
    """Return (tag, start, end, ids) for every run of the rendered body."""
    return [
        (tag, int(start), int(end), ids or "")
        for tag, start, end, ids in re.findall(
            r'<(span|mark)(?: id="a\d+")?(?: class="[^"]*")? data-start="(\d+)" data-end="(\d+)"(?: data-ids="([\d ]+)")?',
            html,
        )
    ]


def test_the_body_is_rendered_as_runs_carrying_code_point_offsets(
    editor_client, tiny_article
):
    claim = _annotate(tiny_article, "7,5 jam", "claim")
    html = editor_client.get(f"/articles/{tiny_article.pk}/").content.decode()
    runs = _runs(html)
    assert ("mark", claim.start, claim.end, str(claim.pk)) in runs
    # Runs cover each paragraph without gaps, and the last ends past the emoji.
    assert runs[-1][2] == len(tiny_article.body)
    first_end = tiny_article.body.index(chr(10))
    assert f'<p id="p0" data-start="0" data-end="{first_end}">' in html
    assert f'id="a{claim.pk}"' in html


def test_nested_and_overlapping_annotations_are_all_marked(
    editor_client, tiny_article, alice, root
):
    outer = _annotate(tiny_article, "bertemu Menlu Tan selama 7,5 jam", "quote")
    inner = _annotate(tiny_article, "7,5 jam", "claim", status="suggested")
    same_a = _annotate(tiny_article, "Menlu Tan", "mention", created_by=alice)
    same_b = _annotate(tiny_article, "Menlu Tan", "mention", created_by=root)
    html = editor_client.get(f"/articles/{tiny_article.pk}/").content.decode()
    runs = {(s, e): ids.split() for tag, s, e, ids in _runs(html) if tag == "mark"}
    assert runs[(inner.start, inner.end)] == [str(outer.pk), str(inner.pk)]
    assert runs[(same_a.start, same_a.end)] == [
        str(outer.pk),
        str(same_a.pk),
        str(same_b.pk),
    ]
    assert 'class="k-claim st-suggested has-quote stacked"' in html
    assert html.count('class="annotation-item') == 4


def test_the_side_panel_lists_annotations_in_reading_order(editor_client, tiny_article):
    late = _annotate(tiny_article, "wartawan", "mention")
    early = _annotate(tiny_article, "Menlu Sari", "mention")
    html = editor_client.get(f"/articles/{tiny_article.pk}/").content.decode()
    assert html.index(f'id="item-{early.pk}"') < html.index(f'id="item-{late.pk}"')


def test_article_and_user_text_is_escaped(editor_client, tiny_article):
    speaker = Speaker.objects.create(name="<b>Sari</b>")
    _annotate(
        tiny_article,
        "Sari",
        "mention",
        speaker=speaker,
        note="<script>alert(1)</script>",
    )
    tiny_article.title = "<i>judul</i>"
    tiny_article.save()
    html = editor_client.get(f"/articles/{tiny_article.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>Sari</b>" not in html and "<i>judul</i>" not in html


def test_viewers_see_annotations_but_no_editing_controls(
    viewer_client, editor_client, tiny_article
):
    _annotate(tiny_article, "7,5 jam", "claim")
    viewer_html = viewer_client.get(f"/articles/{tiny_article.pk}/").content.decode()
    editor_html = editor_client.get(f"/articles/{tiny_article.pk}/").content.decode()
    for control in ("delete-form", 'class="edit"', "data-create-url", "find-words"):
        assert control in editor_html
        assert control not in viewer_html
    assert 'data-can-edit="0"' in viewer_html
    assert "7,5 jam</mark>" in viewer_html


def test_filters_narrow_the_side_panel_but_not_the_body(
    editor_client, tiny_article, alice
):
    tag = Tag.objects.create(name="angka")
    claim = _annotate(tiny_article, "7,5 jam", "claim", created_by=alice)
    claim.tags.add(tag)
    speaker = Speaker.objects.create(name="Sari")
    quote = _annotate(
        tiny_article, "Kami sepakat", "quote", speaker=speaker, status="suggested"
    )
    url = f"/articles/{tiny_article.pk}/"
    cases = {
        "f-kind=claim": claim,
        f"f-speaker={speaker.pk}": quote,
        f"f-tag={tag.pk}": claim,
        "f-status=suggested": quote,
        f"f-author={alice.pk}": claim,
    }
    for query, expected in cases.items():
        html = editor_client.get(f"{url}?{query}").content.decode()
        shown = re.findall(r'id="item-(\d+)"', html)
        assert shown == [str(expected.pk)], query
        assert html.count("<mark") == 2, query


def _options(html: str, name: str) -> list[tuple[str, bool, str]]:
    """Return (value, selected, label) of the panel filter `name`'s options."""
    select = re.search(rf'<select name="f-{name}">(.*?)</select>', html, re.S)
    assert select, name
    return [
        (value, bool(selected), label)
        for value, selected, label in re.findall(
            r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select.group(1)
        )
    ]


def test_the_panel_filters_list_what_the_article_holds_and_keep_the_choice(
    editor_client, tiny_article, alice
):
    tag = Tag.objects.create(name="<b>angka</b>")
    claim = _annotate(tiny_article, "7,5 jam", "claim", created_by=alice)
    claim.tags.add(tag)
    zed = Speaker.objects.create(name="zed")
    sari = Speaker.objects.create(name='Sari "S" <i>')
    _annotate(tiny_article, "Kami sepakat", "quote", speaker=sari)
    _annotate(tiny_article, "7,5", "mention", speaker=zed)
    url = f"/articles/{tiny_article.pk}/"

    html = editor_client.get(url).content.decode()
    assert _options(html, "speaker") == [
        ("", False, "all"),
        (str(sari.pk), False, "Sari &quot;S&quot; &lt;i&gt;"),
        (str(zed.pk), False, "zed"),
    ]
    assert _options(html, "tag") == [
        ("", False, "all"),
        (str(tag.pk), False, "&lt;b&gt;angka&lt;/b&gt;"),
    ]
    assert _options(html, "author") == [
        ("", False, "all"),
        (str(alice.pk), False, "alice"),
    ]
    assert [v for v, _s, _l in _options(html, "kind")] == [
        "",
        *Annotation.Kind.values,
    ]
    assert "<b>angka" not in html and "<i>" not in html

    html = editor_client.get(
        f"{url}?f-speaker={zed.pk}&f-kind=claim&f-status=suggested"
    ).content.decode()
    assert [v for v, s, _l in _options(html, "speaker") if s] == [str(zed.pk)]
    assert [v for v, s, _l in _options(html, "kind") if s] == ["claim"]
    assert [v for v, s, _l in _options(html, "status") if s] == ["suggested"]
    assert not any(s for _v, s, _l in _options(html, "tag"))

    html = editor_client.get(f"{url}?f-speaker=nope").content.decode()
    assert not any(s for _v, s, _l in _options(html, "speaker"))


def test_the_panel_alone_comes_back_for_a_filter_request(editor_client, tiny_article):
    _annotate(tiny_article, "7,5 jam", "claim")
    response = editor_client.get(
        f"/articles/{tiny_article.pk}/?f-kind=quote",
        headers={"HX-Request": "true", "HX-Target": "annotation-panel"},
    )
    html = response.content.decode()
    assert b"<html" not in response.content
    assert 'id="annotation-panel"' in html
    assert "No annotation matches the filters." in html


def test_a_deleted_annotation_offers_an_undo_without_javascript(
    editor_client, tiny_article
):
    gone = _annotate(tiny_article, "7,5 jam", "claim")
    gone.deleted_at = gone.created_at
    gone.save()
    html = editor_client.get(
        f"/articles/{tiny_article.pk}/?undo={gone.pk}"
    ).content.decode()
    assert f'action="/annotations/{gone.pk}/restore/"' in html
    assert "<mark" not in html


@pytest.mark.parametrize("count", [10, 300])
def test_the_reader_needs_the_same_number_of_queries_however_many_annotations(
    editor_client, tiny_article, alice, count, django_assert_max_num_queries
):
    speaker = Speaker.objects.create(name="Sari")
    tag = Tag.objects.create(name="angka")
    body = tiny_article.body
    Annotation.objects.bulk_create(
        Annotation(
            article=tiny_article,
            kind=("quote", "claim", "mention", "note")[i % 4],
            start=i % 50,
            end=i % 50 + 3 + i % 7,
            exact=body[i % 50 : i % 50 + 3 + i % 7],
            speaker=speaker if i % 2 else None,
            created_by=alice if i % 3 else None,
        )
        for i in range(count)
    )
    for a in Annotation.objects.all()[:5]:
        a.tags.add(tag)
    other = Article.objects.create(
        outlet=tiny_article.outlet,
        title="Lain",
        body=body,
        raw_text=body,
        content_hash="other-article",
    )
    there = Annotation.objects.create(
        article=other, kind="claim", start=0, end=5, exact=body[:5]
    )
    Link.objects.bulk_create(
        Link(source=a, target=there, relation="related")
        for a in Annotation.objects.filter(article=tiny_article)[: count // 2]
    )
    # session, user with permissions, article (near duplicates: none),
    # annotations with their tags, links, their other ends
    with django_assert_max_num_queries(6):
        response = editor_client.get(f"/articles/{tiny_article.pk}/")
    html = response.content.decode()
    assert html.count('class="annotation-item') == count
    assert html.count('class="item-link r-related') == count // 2
