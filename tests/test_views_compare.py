"""The coverage table, its CSV, the side-by-side view and the contradictions page."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from annotations import services
from annotations.models import FactClaim, Link
from tests.conftest import annotate_words

HX = {"HX-Request": "true"}
STORY = "/stories/blinken-di-beijing/"


@pytest.fixture
def june(durations, seed_articles, alice):
    """The seeds' claims with proposals made: about six vs 7,5 hours, Wang Yi's three hours."""
    three = annotate_words(
        seed_articles["detik"], "tiga jam", value=Decimal(3), unit="hour"
    )
    services.link_propose_for_story(story=seed_articles["detik"].story, user=alice)
    return (*durations, three)


def test_the_story_page_shows_the_duration_row_with_both_values(editor_client, june):
    html = editor_client.get(STORY).content.decode()
    assert 'id="story-coverage"' in html
    table = html[html.index('id="story-coverage"') : html.index('id="story-links"')]
    row = table[table.index('class="fact-row disagree"') :]
    row = row[: row.index("</tr>")]
    assert "≈ 6 hours" in row and "7.5 hours" in row
    assert "sekitar enam jam" in row and "7,5 jam" in row
    assert "Koran Jakarta" in table and "detik" in table
    # Each cell shows the claim among whole words, never half a word.
    assert "Qin Gang selama <b>sekitar enam jam</b>.</q>" in row
    assert "…gan Qin" not in row and "“gan Qin" not in row
    # Wang Yi's three hours are another meeting: not in that row.
    assert "3 hours" not in row
    # The heading counts the facts in words.
    heading = table[table.index('id="story-coverage-heading"') :]
    assert '<span class="count">1 fact</span>' in heading[: heading.index("</h2>")]


def test_the_coverage_table_needs_the_same_queries_however_many_facts(
    editor_client, june, seed_articles, django_assert_max_num_queries
):
    from annotations.models import Story

    story = Story.objects.get()
    from annotations.selectors import story_coverage

    with django_assert_max_num_queries(3):
        coverage = story_coverage(story)
    assert len(coverage.rows) == 1 and coverage.disagreeing == 1
    assert [c.outlet for c in coverage.columns] == [
        "detik",
        "Kompas TV",
        "Koran Jakarta",
    ]


def test_a_wire_copy_shares_its_originals_column(editor_client, june, seed_articles):
    from annotations.models import Article, Outlet

    detik = seed_articles["detik"]
    copy = Article.objects.create(
        outlet=Outlet.objects.create(name="Portal Salinan"),
        story=detik.story,
        title="Salinan",
        raw_text=detik.raw_text,
        body=detik.body,
        sketch=detik.sketch,
        content_hash="copy-of-detik",
        published_at=detik.published_at,
    )
    copied = annotate_words(copy, "7,5 jam", value=Decimal("7.5"), unit="hour")
    html = editor_client.get(STORY).content.decode()
    table = html[html.index('id="story-coverage"') : html.index('id="story-links"')]
    assert table.count('<th scope="col">') == 4  # the fact and three sources
    assert "+ Portal Salinan (copy: one source)" in table
    # The copy's same words are named once, not quoted again; it can still move.
    assert table.count("<b>7,5 jam</b>") == 1
    copy_cell = table[table.index("coverage-copy") :]
    copy_cell = copy_cell[: copy_cell.index("</div>")]
    assert "the same in Portal Salinan" in copy_cell
    assert f"#a{copied.pk}" in copy_cell and f'value="{copied.pk}"' in copy_cell
    # The copy repeating its original proves nothing: no link between them.
    pairs = {frozenset((lk.source_id, lk.target_id)) for lk in Link.objects.all()}
    assert frozenset((june[1].pk, copied.pk)) not in pairs


def test_the_coverage_csv_has_one_row_per_claim_and_neutralises_formulas(
    viewer_client, june
):
    from annotations.models import Fact

    fact = Fact.objects.get()
    services.fact_rename(fact=fact, label='=HYPERLINK("http://x")')
    response = viewer_client.get(f"{STORY}coverage.csv")
    assert response["Content-Type"].startswith("text/csv")
    data = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data)))
    assert rows[0] == ["fact", "outlet", "value", "unit", "words", "article_url"]
    body = {(r[1], r[2], r[4]) for r in rows[1:]}
    assert body == {
        ("Koran Jakarta", "6", "sekitar enam jam"),
        ("detik", "7.5", "7,5 jam"),
    }
    assert all(r[0] == '\'=HYPERLINK("http://x")' for r in rows[1:])
    assert all(r[5].startswith("http") for r in rows[1:])


def test_an_editor_takes_a_claim_out_of_its_fact(editor_client, june):
    about_six = june[0]
    response = editor_client.post(
        f"{STORY}facts/move/", {"claim": about_six.pk, "fact": ""}, headers=HX
    )
    html = response.content.decode()
    assert "<html" not in html and html.lstrip().startswith(
        '<section id="story-coverage"'
    )
    assert "is no longer part of any fact" in html
    assert FactClaim.objects.get(annotation=about_six).fact is None
    # Running the proposals again leaves it out.
    services.link_propose_for_story(story=about_six.article.story)
    assert FactClaim.objects.get(annotation=about_six).fact is None


def test_moving_a_deleted_claim_says_so(editor_client, june, alice):
    services.annotation_delete(annotation=june[2], user=alice)
    response = editor_client.post(
        f"{STORY}facts/move/", {"claim": june[2].pk}, headers=HX
    )
    assert "no longer exists" in response.content.decode()


def test_viewers_cannot_move_claims(viewer_client, june):
    response = viewer_client.post(f"{STORY}facts/move/", {"claim": june[0].pk})
    assert response.status_code == 403


# ---- Editing facts: move a claim, make a fact, rename one -------------------------


def _fact():
    from annotations.models import Fact

    return Fact.objects.get()


def test_the_table_offers_rename_and_move_to_editors_only(
    editor_client, viewer_client, june
):
    fact = _fact()
    html = editor_client.get(STORY).content.decode()
    assert f'href="{STORY}facts/{fact.pk}/rename/"' in html
    assert f'href="{STORY}facts/claims/{june[0].pk}/move/"' in html
    seen = viewer_client.get(STORY).content.decode()
    assert "/rename/" not in seen and "/move/" not in seen


def test_the_move_form_lists_the_facts_with_the_current_one_chosen(editor_client, june):
    fact = _fact()
    response = editor_client.get(f"{STORY}facts/claims/{june[0].pk}/move/", headers=HX)
    html = response.content.decode()
    assert "<html" not in html and html.lstrip().startswith(
        f'<form id="fact-move-{june[0].pk}"'
    )
    assert f'<option value="{fact.pk}" selected>' in html
    assert '<option value="new">' in html and 'name="label"' in html
    assert "autofocus" in html and "csrfmiddlewaretoken" in html
    # Without JS it is a page of its own.
    page = editor_client.get(f"{STORY}facts/claims/{june[0].pk}/move/")
    assert b"<html" in page.content and b"Move a claim" in page.content


def test_the_move_form_of_a_claim_of_another_story_is_not_found(
    editor_client, june, seed_articles
):
    quote = annotate_words(seed_articles["detik"], "Blinken", "quote")
    assert editor_client.get(f"{STORY}facts/claims/{quote.pk}/move/").status_code == 404
    assert editor_client.get(f"{STORY}facts/claims/999999/move/").status_code == 404


def test_an_editor_moves_a_claim_into_a_new_fact(editor_client, june):
    from annotations.models import Fact

    three = june[2]
    response = editor_client.post(
        f"{STORY}facts/move/",
        {"claim": three.pk, "fact": "new", "label": "Pertemuan <b>Wang Yi</b>"},
        headers=HX,
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="story-coverage"')
    assert "moved to" in html
    assert "Pertemuan &lt;b&gt;Wang Yi&lt;/b&gt;" in html and "<b>Wang Yi" not in html
    assert json.loads(response["HX-Trigger"]) == {"facts-changed": None} or (
        "facts-changed" in response["HX-Trigger"]
    )
    fact = Fact.objects.get(label="Pertemuan <b>Wang Yi</b>")
    assert fact.origin == "manual"
    membership = FactClaim.objects.get(annotation=three)
    assert membership.fact == fact and membership.by_hand
    # The new fact is a row of the table.
    assert f'id="fact-{fact.pk}"' in html


def test_a_new_fact_without_a_name_is_refused_and_moves_nothing(editor_client, june):
    from annotations.models import Fact

    before = (
        FactClaim.objects.filter(annotation=june[0])
        .values_list("fact_id", flat=True)
        .get()
    )
    response = editor_client.post(
        f"{STORY}facts/move/",
        {"claim": june[0].pk, "fact": "new", "label": "   "},
        headers=HX,
    )
    html = response.content.decode()
    assert "Give the fact a name." in html and "message-error" in html
    assert "HX-Trigger" not in response
    assert Fact.objects.count() == 1
    assert FactClaim.objects.get(annotation=june[0]).fact_id == before


def test_an_editor_moves_a_claim_from_one_fact_into_another(editor_client, june):
    about_six, seven_half, three = june
    other = services.fact_create(
        story=about_six.article.story, label="Lain", claims=[three]
    )
    response = editor_client.post(
        f"{STORY}facts/move/", {"claim": about_six.pk, "fact": other.pk}, headers=HX
    )
    assert "moved to “Lain”" in response.content.decode()
    assert FactClaim.objects.get(annotation=about_six).fact == other
    # The proposals follow the facts: about six hours now stands against the
    # three hours of its new fact, no longer against 7.5 hours.
    relations = {
        frozenset((link.source_id, link.target_id)): link.relation
        for link in Link.objects.all()
    }
    assert relations.get(frozenset((about_six.pk, three.pk))) == "contradicts"
    assert frozenset((about_six.pk, seven_half.pk)) not in relations


def test_moving_into_a_fact_deleted_meanwhile_says_so(editor_client, june):
    from annotations.models import Fact

    gone = Fact.objects.create(story=june[0].article.story, label="Gone")
    pk = gone.pk
    gone.delete()
    response = editor_client.post(
        f"{STORY}facts/move/", {"claim": june[0].pk, "fact": pk}, headers=HX
    )
    assert "That fact no longer exists." in response.content.decode()
    assert FactClaim.objects.get(annotation=june[0]).by_hand is False


def test_an_editor_renames_a_fact(editor_client, june):
    fact = _fact()
    form = editor_client.get(f"{STORY}facts/{fact.pk}/rename/", headers=HX)
    assert (
        form.content.decode().lstrip().startswith(f'<form id="fact-rename-{fact.pk}"')
    )
    assert f'value="{fact.label}"' in form.content.decode()
    response = editor_client.post(
        f"{STORY}facts/{fact.pk}/rename/",
        {"label": "Lama pembicaraan Blinken–Qin"},
        headers=HX,
    )
    html = response.content.decode()
    assert "is now called “Lama pembicaraan Blinken–Qin”" in html
    assert html.lstrip().startswith('<section id="story-coverage"')
    fact.refresh_from_db()
    assert fact.label == "Lama pembicaraan Blinken–Qin"
    # The proposal between its claims says the new name.
    link = Link.objects.get(relation="contradicts")
    assert link.reason["fact"] == "Lama pembicaraan Blinken–Qin"
    assert "Same fact (Lama pembicaraan Blinken–Qin)" in link.reason_text
    # Proposals run again keep the editor's name.
    services.link_propose_for_story(story=fact.story)
    fact.refresh_from_db()
    assert fact.label == "Lama pembicaraan Blinken–Qin"


def test_renaming_with_an_empty_name_or_a_gone_fact_says_why(editor_client, june):
    fact = _fact()
    label = fact.label
    response = editor_client.post(
        f"{STORY}facts/{fact.pk}/rename/", {"label": ""}, headers=HX
    )
    assert "Give the fact a name." in response.content.decode()
    fact.refresh_from_db()
    assert fact.label == label
    pk = fact.pk
    fact.delete()
    response = editor_client.post(
        f"{STORY}facts/{pk}/rename/", {"label": "x"}, headers=HX
    )
    assert response.status_code == 200
    assert "That fact no longer exists." in response.content.decode()
    assert editor_client.get(f"{STORY}facts/{pk}/rename/").status_code == 404


def test_fact_edits_without_js_go_back_to_the_story_page(editor_client, june):
    fact = _fact()
    response = editor_client.post(
        f"{STORY}facts/{fact.pk}/rename/", {"label": "Durasi"}, follow=True
    )
    assert response.redirect_chain[-1][0] == f"{STORY}#story-coverage"
    assert "is now called “Durasi”" in response.content.decode()


def test_viewers_cannot_rename_or_open_the_move_form(viewer_client, june):
    fact = _fact()
    assert viewer_client.get(f"{STORY}facts/{fact.pk}/rename/").status_code == 403
    assert (
        viewer_client.post(
            f"{STORY}facts/{fact.pk}/rename/", {"label": "x"}
        ).status_code
        == 403
    )
    assert (
        viewer_client.get(f"{STORY}facts/claims/{june[0].pk}/move/").status_code == 403
    )
    fact.refresh_from_db()
    assert fact.label != "x"


def test_fact_edits_need_the_csrf_token(alice, june):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    fact = _fact()
    response = client.post(
        f"{STORY}facts/{fact.pk}/rename/", {"label": "x"}, headers=HX
    )
    assert response.status_code == 403
    response = client.post(
        f"{STORY}facts/move/", {"claim": june[0].pk, "fact": "new", "label": "y"}
    )
    assert response.status_code == 403
    fact.refresh_from_db()
    assert fact.label != "x"


def test_fact_forms_speak_indonesian(editor_client, june):
    fact = _fact()
    lang = {**HX, "Accept-Language": "id"}
    move = editor_client.get(f"{STORY}facts/claims/{june[0].pk}/move/", headers=lang)
    rename = editor_client.get(f"{STORY}facts/{fact.pk}/rename/", headers=lang)
    assert "Pindahkan ke" in move.content.decode()
    assert "Fakta baru, dinamai di bawah" in move.content.decode()
    assert "Simpan nama" in rename.content.decode()


# ---- Side by side ------------------------------------------------------------------


def test_side_by_side_shows_two_columns_with_linked_claims_marked(
    editor_client, june, seed_articles
):
    kj, dt = seed_articles["koranjakarta"], seed_articles["detik"]
    html = editor_client.get(f"{STORY}compare/?a={kj.pk}&a={dt.pk}").content.decode()
    assert html.count('class="compare-column"') == 2
    about_six, seven_half, three = june
    assert (
        f'data-id="{about_six.pk}"' in html and f'data-links="{seven_half.pk}"' in html
    )
    assert f'data-links="{about_six.pk}"' in html
    # Wang Yi's hours are marked but linked to nothing.
    mark = html[
        html.index(f'data-id="{three.pk}"') - 60 : html.index(f'data-id="{three.pk}"')
    ]
    assert "linked" not in mark


def test_linking_in_side_by_side_saves_a_confirmed_link_and_tells_the_page(
    editor_client, june, alice
):
    about_six, seven_half, three = june
    response = editor_client.post(
        f"{STORY}compare/link/",
        {"from_id": three.pk, "to_id": about_six.pk, "relation": "related"},
        headers=HX,
    )
    assert "Link saved." in response.content.decode()
    event = json.loads(response["HX-Trigger"])["compare-linked"]
    assert event == {"from": three.pk, "to": about_six.pk, "relation": "related"}
    link = Link.objects.get(relation="related")
    assert (link.status, link.origin, link.created_by) == ("confirmed", "manual", alice)


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        ("self", "cannot be linked to itself"),
        ("twice", "already linked"),
        ("none", "Choose two annotations"),
    ],
)
def test_bad_links_in_side_by_side_get_a_message_and_save_nothing(
    editor_client, june, pair, message
):
    about_six, seven_half, _ = june
    data = {
        "self": {"from_id": about_six.pk, "to_id": about_six.pk},
        "twice": {"from_id": seven_half.pk, "to_id": about_six.pk},
        "none": {"from_id": "", "to_id": ""},
    }[pair]
    before = Link.objects.count()
    response = editor_client.post(
        f"{STORY}compare/link/", {**data, "relation": "contradicts"}, headers=HX
    )
    assert message in response.content.decode()
    assert "HX-Trigger" not in response
    assert Link.objects.count() == before


# ---- Contradictions page --------------------------------------------------------------


def test_the_contradictions_page_shows_both_sides(viewer_client, june):
    html = viewer_client.get("/contradictions/").content.decode()
    assert "1 contradiction" in html
    for words in (
        "Koran Jakarta",
        "detik",
        "≈ 6 hours",
        "7.5 hours",
        "sekitar enam jam",
        "7,5 jam",
    ):
        assert words in html
    assert "19 Jun 2023" in html or "18 Jun 2023" in html or "Jun 2023" in html


def test_each_side_of_a_contradiction_shows_its_words_in_their_sentence(
    viewer_client, june
):
    """The editor judges a proposal without opening the articles: what was measured
    stands around the figure, cut between words, and the proposal says how sure it is."""
    html = viewer_client.get("/contradictions/").content.decode()
    # Koran Jakarta: "... dengan Qin Gang selama sekitar enam jam." (its paragraph ends)
    assert "…dengan Qin Gang selama <b>sekitar enam jam</b>.</q>" in html
    # detik: "... berlangsung selama 7,5 jam pada Minggu ..."
    assert "selama <b>7,5 jam</b> pada Minggu (18/6),…</q>" in html
    assert "% sure)" in html
    # The story page's proposals read the same.
    story = viewer_client.get(STORY).content.decode()
    links = story[story.index('id="story-links"') :]
    assert "Qin Gang selama <b>sekitar enam jam</b>.</q>" in links


def test_the_words_around_a_contradicting_claim_are_escaped(editor_client, june):
    about_six = june[0]
    about_six.prefix = "<i>x</i> selama "
    about_six.save(update_fields=["prefix"])
    html = editor_client.get("/contradictions/").content.decode()
    assert "<i>x</i>" not in html
    assert "&lt;i&gt;x&lt;/i&gt; selama <b>sekitar enam jam</b>" in html


def test_dismissing_a_contradiction_hides_it_from_the_unresolved_list(
    editor_client, june
):
    link = Link.objects.get(relation="contradicts")
    response = editor_client.post(
        f"/contradictions/{link.pk}/status/", {"status": "dismissed"}, headers=HX
    )
    html = response.content.decode()
    assert html.lstrip().startswith(f'<li id="contradiction-{link.pk}"')
    assert "ls-dismissed" in html
    assert "0 contradictions" in editor_client.get("/contradictions/").content.decode()
    dismissed = editor_client.get("/contradictions/?status=dismissed").content.decode()
    assert "1 contradiction" in dismissed


def test_contradictions_filter_by_outlet_and_story(viewer_client, june):
    assert (
        "1 contradiction"
        in viewer_client.get("/contradictions/?outlet=detik").content.decode()
    )
    none = viewer_client.get("/contradictions/?outlet=Kompas+TV").content.decode()
    assert "0 contradictions" in none
    other = viewer_client.get("/contradictions/?story=no-such-story").content.decode()
    assert "0 contradictions" in other


def test_the_contradictions_page_needs_a_fixed_number_of_queries(
    viewer_client, june, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        viewer_client.get("/contradictions/")


def test_viewers_cannot_confirm(viewer_client, june):
    link = Link.objects.get(relation="contradicts")
    assert (
        viewer_client.post(
            f"/contradictions/{link.pk}/status/", {"status": "confirmed"}
        ).status_code
        == 403
    )
    link.refresh_from_db()
    assert link.status == "open"


def test_the_annotation_page_keeps_the_history_of_its_links(editor_client, june, alice):
    about_six, seven_half, _ = june
    link = Link.objects.get(relation="contradicts")
    services.link_update(link=link, status="dismissed", user=alice)
    services.link_delete(link=link, user=alice)
    html = editor_client.get(f"/annotations/{about_six.pk}/").content.decode()
    history = html[html.index("link-history") :]
    assert history.count("<time ") == 3  # proposed, dismissed, deleted
    assert "detik: “7,5 jam”" in history
    assert "open → dismissed" in history.replace("</code>: ", " ").replace(
        "status ", ""
    )


def test_the_admin_lists_facts_and_a_links_history(june, root):
    from django.test import Client

    from annotations.models import Fact

    client = Client()
    client.force_login(root)
    fact = Fact.objects.get()
    assert client.get("/admin/annotations/fact/").status_code == 200
    assert client.get(f"/admin/annotations/fact/{fact.pk}/change/").status_code == 200
    link = Link.objects.get(relation="contradicts")
    page = client.get(f"/admin/annotations/link/{link.pk}/change/").content.decode()
    assert "created" in page
