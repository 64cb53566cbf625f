"""The reader: an article's body with its annotations highlighted, and the side panel."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from annotations.forms import PanelFilterForm
from annotations.models import Annotation, Article
from annotations.text.runs import paragraphs
from annotations.views import HtmxHttpRequest

TEMPLATE = "annotations/article_detail.html"


def _url_maker(name: str) -> Callable[[int], str]:
    """Return pk -> URL for a URL name taking one pk; reversing once per page, not per row."""
    marker = 2147483647
    head, tail = reverse(f"annotations:{name}", args=[marker]).split(str(marker))
    return lambda pk: f"{head}{pk}{tail}"


def body_html(body: str, annotations: Iterable[Annotation]) -> SafeString:
    """Return the body as <p> paragraphs of runs, each run marked with its annotations.

    Every run carries data-start/data-end (code points into body) so the script
    can turn a DOM selection back into body offsets. Annotated runs are <mark>s
    listing their annotations in data-ids, outermost first; the innermost one
    gives the colour. All text is escaped here.
    """
    by_id = {a.pk: a for a in annotations}
    first_run: set[int] = set()
    out: list[str] = []
    for para in paragraphs(body, [(a.pk, a.start, a.end) for a in by_id.values()]):
        out.append(f'<p data-start="{para.start}" data-end="{para.end}">')
        for run in para.runs:
            text = escape(body[run.start : run.end])
            if not run.ids:
                out.append(
                    f'<span data-start="{run.start}" data-end="{run.end}">{text}</span>'
                )
                continue
            inner = by_id[run.ids[-1]]
            kinds = sorted({by_id[i].kind for i in run.ids})
            classes = [f"k-{inner.kind}", f"st-{inner.status}"]
            classes += [f"has-{k}" for k in kinds if k != inner.kind]
            if len(run.ids) > 1:
                classes.append("stacked")
            anchors = [i for i in run.ids if i not in first_run]
            first_run.update(anchors)
            # The first run of an annotation carries its anchor (#a<pk>).
            anchor = f' id="a{anchors[-1]}"' if anchors else ""
            out.append(
                f'<mark{anchor} class="{" ".join(classes)}" data-start="{run.start}" '
                f'data-end="{run.end}" data-ids="{" ".join(map(str, run.ids))}">'
                f"{text}</mark>"
            )
        out.append("</p>")
    return mark_safe("".join(out))  # every piece of text above went through escape()


def _matches(annotation: Annotation, active: Mapping) -> bool:
    if "kind" in active and annotation.kind != active["kind"]:
        return False
    if "status" in active and annotation.status != active["status"]:
        return False
    if "speaker" in active and annotation.speaker_id != active["speaker"]:
        return False
    if "author" in active and annotation.created_by_id != active["author"]:
        return False
    return "tag" not in active or any(
        t.pk == active["tag"] for t in annotation.tags.all()
    )


def reader_context(article: Article, filters: Mapping | None = None) -> dict:
    """Return what the reader's template and its partials need, in a fixed number of queries.

    filters is the query (or form) data holding the side panel's `f-` fields; the
    body always shows every live annotation, the panel only the matching ones.
    """
    annotations = list(
        Annotation.objects.alive()
        .filter(article=article)
        .select_related("speaker", "created_by")
        .prefetch_related("tags")
    )
    filter_form = PanelFilterForm(filters or None)
    active = filter_form.active() if filters else {}
    edit_url, delete_url, detail_url = (
        _url_maker(n)
        for n in ("annotation-update", "annotation-delete", "annotation-detail")
    )
    speakers, tags, authors = {}, {}, {}
    for a in annotations:
        a.edit_url, a.delete_url, a.detail_url = (
            edit_url(a.pk),
            delete_url(a.pk),
            detail_url(a.pk),
        )
        a.tag_list = list(a.tags.all())
        if a.speaker_id:
            speakers[a.speaker_id] = a.speaker.name
        if a.created_by_id:
            authors[a.created_by_id] = a.created_by.get_username()
        for t in a.tag_list:
            tags[t.pk] = t.name
    shown = [a for a in annotations if _matches(a, active)]

    def options(found: dict) -> list[tuple[int, str]]:
        return sorted(found.items(), key=lambda item: item[1].casefold())

    return {
        "article": article,
        "body_html": body_html(article.body, annotations),
        "annotations": shown,
        "annotation_count": len(annotations),
        "filter_form": filter_form,
        "active_filters": active,
        "speaker_options": options(speakers),
        "tag_options": options(tags),
        "author_options": options(authors),
        "kind_options": Annotation.Kind.choices,
        "status_options": Annotation.Status.choices,
    }


def get_article(pk: int) -> Article:
    duplicates = Prefetch(
        "near_duplicates", queryset=Article.objects.select_related("outlet")
    )
    return get_object_or_404(
        Article.objects.select_related("outlet", "story").prefetch_related(duplicates),
        pk=pk,
    )


@require_GET
@vary_on_headers("HX-Request")
def article_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    article = get_article(pk)
    ctx = reader_context(article, request.GET)
    undo = request.GET.get("undo", "")
    if undo.isdigit():
        # After a delete without JavaScript: offer the undo on the page itself.
        ctx["undo"] = Annotation.objects.filter(
            pk=int(undo), article=article, deleted_at__isnull=False
        ).first()
    template = TEMPLATE
    if request.htmx and request.htmx.target == "annotation-panel":
        template += "#annotation-panel"
    return render(request, template, ctx)
