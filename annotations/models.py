"""The vocabulary of newsroom: outlets, stories, articles, speakers, annotations, links, tags.

Offsets (`Annotation.start`/`end`) are Unicode code points into `Article.body`, the
cleaned text. `Article.raw_text` keeps the text exactly as imported and never changes.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest, Least, Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from annotations.text.fingerprints import SKETCH_SIZE

CONTEXT_LENGTH = 32  # characters of prefix/suffix, as in the W3C TextQuoteSelector


class Language(models.TextChoices):
    INDONESIAN = "id", _("Indonesian")
    ENGLISH = "en", _("English")


class Outlet(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    domain = models.CharField(_("domain"), max_length=200, blank=True)
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=Language.choices,
        default=Language.INDONESIAN,
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")
        constraints = [
            # "Kabar Lembah" and "KABAR LEMBAH" are one outlet, even when two
            # imports create it at the same moment.
            models.UniqueConstraint(
                Lower("name"), name="outlet_name_unique_ignoring_case"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Story(models.Model):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=300, unique=True, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    # What the story's claims were when its facts and proposals were last made
    # (services.facts.claims_stamp); "" makes the next read make them again.
    facts_stamp = models.CharField(
        _("facts stamp"), max_length=100, blank=True, editable=False
    )

    class Meta:
        ordering = ["-created_at", "title"]
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("annotations:story-detail", kwargs={"slug": self.slug})

    @staticmethod
    def unique_slug(title: str) -> str:
        """Return a slug for `title` that no story uses yet ("blinken-di-beijing-2")."""
        base = slugify(title, allow_unicode=True)[:280] or "story"
        slug, n = base, 1
        while Story.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug


class ArticleQuerySet(models.QuerySet):
    def with_annotation_count(
        self, annotations: models.QuerySet | None = None
    ) -> ArticleQuerySet:
        """Add `annotation_count`: the article's live annotations, or those of `annotations`.

        A subquery rather than Count() keeps the outer query free of GROUP BY, so
        full-text search joins and paginator counts stay cheap.
        """
        if annotations is None:
            annotations = Annotation.objects.alive()
        counted = (
            annotations.filter(article=OuterRef("pk"))
            .order_by()
            .values("article")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            annotation_count=Coalesce(Subquery(counted, output_field=IntegerField()), 0)
        )

    def with_suggestion_count(self) -> ArticleQuerySet:
        """Add `suggestion_count`: the article's live suggestions waiting for review."""
        counted = (
            Annotation.objects.alive()
            .filter(article=OuterRef("pk"), status=Annotation.Status.SUGGESTED)
            .order_by()
            .values("article")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            suggestion_count=Coalesce(Subquery(counted, output_field=IntegerField()), 0)
        )


class Article(models.Model):
    outlet = models.ForeignKey(
        Outlet,
        on_delete=models.PROTECT,
        related_name="articles",
        verbose_name=_("outlet"),
    )
    story = models.ForeignKey(
        Story,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("story"),
    )
    title = models.CharField(_("title"), max_length=500)
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    # True when the source gave only the day: the time part of published_at means nothing.
    published_date_only = models.BooleanField(_("date only"), default=False)
    author = models.CharField(_("author"), max_length=300, blank=True)
    editor = models.CharField(_("editor"), max_length=300, blank=True)
    wire_source = models.CharField(_("wire source"), max_length=200, blank=True)
    dateline = models.CharField(_("dateline"), max_length=200, blank=True)
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=Language.choices,
        default=Language.INDONESIAN,
    )
    raw_text = models.TextField(_("raw text"))
    body = models.TextField(_("body"))
    # What the cleaner decided for each paragraph of the imported text (of the text
    # extracted from the page, for HTML): [{"text", "kept", "reason"}].
    blocks = models.JSONField(_("paragraphs"), default=list, blank=True)
    # Indexes into `blocks` of removed paragraphs that an editor put back into the body.
    restored_blocks = models.JSONField(
        _("restored paragraphs"), default=list, blank=True
    )
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True)
    near_duplicates = models.ManyToManyField(
        "self", symmetrical=True, blank=True, verbose_name=_("near duplicates")
    )
    source_name = models.CharField(_("source file"), max_length=500, blank=True)
    # For the near-duplicate check on import (services/importing.py): the indexes
    # below hold them, so candidates are compared without reading any body. NULL
    # means not computed (an article made outside the import); nullable also lets
    # SQLite add the columns without rebuilding the table, which would drop the
    # full-text search triggers.
    body_length = models.PositiveIntegerField(
        _("body length"), null=True, blank=True, editable=False
    )
    sketch = models.CharField(
        _("sketch"), max_length=SKETCH_SIZE * 8, null=True, blank=True, editable=False
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imported_articles",
        verbose_name=_("imported by"),
    )
    imported_at = models.DateTimeField(_("imported at"), default=timezone.now)
    # Set while suggestions for this article wait for the worker (services/suggesting.py),
    # NULL once they ran. Nullable, so SQLite adds it without rebuilding the table.
    suggestions_pending_since = models.DateTimeField(
        _("suggestions pending since"), null=True, blank=True, editable=False
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = [F("published_at").desc(nulls_last=True), "-imported_at"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url=""),
                name="article_url_unique_when_present",
            ),
        ]
        indexes = [
            models.Index(fields=["published_at"], name="article_published_idx"),
            models.Index(
                fields=["story", "published_at"], name="article_story_published_idx"
            ),
            models.Index(
                fields=["published_at", "body_length", "sketch"],
                name="article_near_dup_idx",
            ),
            models.Index(
                fields=["imported_at", "body_length", "sketch"],
                name="article_near_dup_undated_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("annotations:article-detail", kwargs={"pk": self.pk})

    @property
    def removed_blocks(self) -> list[tuple[int, dict]]:
        """Return (index, block) for paragraphs the cleaner removed and nobody restored."""
        restored = set(self.restored_blocks)
        return [
            (i, b)
            for i, b in enumerate(self.blocks)
            if not b.get("kept") and i not in restored
        ]


class Speaker(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    role = models.CharField(_("role"), max_length=200, blank=True)
    affiliation = models.CharField(_("affiliation"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("annotations:speaker-detail", kwargs={"pk": self.pk})


class Tag(models.Model):
    name = models.CharField(_("name"), max_length=60, unique=True)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        default="#8a8a8a",
        validators=[
            RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use a colour such as #1f77b4."))
        ],
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name


class AnnotationQuerySet(models.QuerySet):
    def alive(self) -> AnnotationQuerySet:
        return self.filter(deleted_at__isnull=True)


class Annotation(models.Model):
    class Kind(models.TextChoices):
        QUOTE = "quote", _("Quote")
        CLAIM = "claim", _("Claim")
        MENTION = "mention", _("Mention")
        NOTE = "note", _("Note")

    class QuoteForm(models.TextChoices):
        DIRECT = "direct", _("Direct")
        PARTIAL = "partial", _("Partial")
        INDIRECT = "indirect", _("Indirect")

    class Status(models.TextChoices):
        SUGGESTED = "suggested", _("Suggested")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    class Origin(models.TextChoices):
        MANUAL = "manual", _("Manual")
        AUTO = "auto", _("Automatic")

    class Bound(models.TextChoices):
        EXACT = "", _("exact")
        MIN = "min", _("at least")
        MAX = "max", _("at most")

    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="annotations",
        verbose_name=_("article"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    exact = models.TextField(_("text"))
    prefix = models.CharField(_("prefix"), max_length=CONTEXT_LENGTH, blank=True)
    suffix = models.CharField(_("suffix"), max_length=CONTEXT_LENGTH, blank=True)
    speaker = models.ForeignKey(
        Speaker,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="annotations",
        verbose_name=_("speaker"),
    )
    quote_form = models.CharField(
        _("quote form"), max_length=10, choices=QuoteForm.choices, blank=True
    )
    value = models.DecimalField(
        _("value"), max_digits=24, decimal_places=6, null=True, blank=True
    )
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    approximate = models.BooleanField(_("approximate"), default=False)
    bound = models.CharField(
        _("bound"), max_length=3, choices=Bound.choices, blank=True, default=""
    )
    # What a claim measures, in the article's words ("orang meninggal").
    measured = models.CharField(_("measured"), max_length=200, blank=True)
    tags = models.ManyToManyField(
        Tag, blank=True, related_name="annotations", verbose_name=_("tags")
    )
    note = models.TextField(_("note"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACCEPTED
    )
    origin = models.CharField(
        _("origin"), max_length=10, choices=Origin.choices, default=Origin.MANUAL
    )
    confidence = models.FloatField(
        _("confidence"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
    )
    # A suggestion below this confidence is marked unsure in the reader: a quote
    # whose speaker no cue names or a cue names no one, a claim without a unit
    # or with one guessed from the words around. On blind sets holdout6, 8 and 9
    # the quotes below it are one in fifteen and hold a quarter of the wrong
    # speakers (7 of 29).
    UNSURE_BELOW = 0.5
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="annotations",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # Incremented on every save through the services; a save that carries an older
    # version is a conflict, never a silent overwrite.
    version = models.PositiveIntegerField(_("version"), default=1)
    # Deleted annotations stay in the table so an undo or an admin can bring them back.
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True)

    objects = AnnotationQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start", "-end", "id"]
        verbose_name = _("annotation")
        verbose_name_plural = _("annotations")
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lt=F("end")), name="annotation_start_before_end"
            ),
            models.UniqueConstraint(
                fields=["article", "kind", "start", "end", "created_by"],
                condition=Q(deleted_at__isnull=True),
                name="annotation_unique_span_per_author",
            ),
            # Deleted and rejected suggestions keep their row, so suggesting again
            # never brings them back; created_by is NULL for them, so the constraint
            # above cannot see them.
            models.UniqueConstraint(
                fields=["article", "kind", "start", "end"],
                condition=Q(origin="auto"),
                name="annotation_unique_auto_span",
            ),
        ]
        indexes = [
            models.Index(
                fields=["article", "start"], name="annotation_article_start_idx"
            ),
            models.Index(fields=["kind", "status"], name="annotation_kind_status_idx"),
            models.Index(
                fields=["article", "status"], name="annotation_article_status_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.excerpt}"

    def get_absolute_url(self) -> str:
        return f"{self.article.get_absolute_url()}#a{self.pk}"

    @property
    def excerpt(self) -> str:
        return self.exact if len(self.exact) <= 80 else self.exact[:77] + "…"


class AnnotationChange(models.Model):
    """One entry of an annotation's history: who did what, when, and which fields changed."""

    class Action(models.TextChoices):
        CREATED = "created", _("created")
        UPDATED = "updated", _("updated")
        DELETED = "deleted", _("deleted")
        RESTORED = "restored", _("restored")

    annotation = models.ForeignKey(
        Annotation, on_delete=models.CASCADE, related_name="changes"
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    # {"field": [old, new]} for updates; the full snapshot for created/deleted.
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["annotation", "at", "id"]
        verbose_name = _("annotation change")
        verbose_name_plural = _("annotation changes")

    def __str__(self) -> str:
        return f"{self.annotation_id} {self.action} {self.at:%Y-%m-%d %H:%M}"


class LinkQuerySet(models.QuerySet):
    def live(self) -> LinkQuerySet:
        """Return the links an export may state as relations.

        A dismissed link is an editor's "no", and a link to a rejected or
        deleted annotation points at nothing anyone stands by.
        """
        gone = [Annotation.Status.REJECTED]
        return (
            self.exclude(status=Link.Status.DISMISSED)
            .filter(source__deleted_at__isnull=True, target__deleted_at__isnull=True)
            .exclude(source__status__in=gone)
            .exclude(target__status__in=gone)
        )


class Link(models.Model):
    class Relation(models.TextChoices):
        CONTRADICTS = "contradicts", _("contradicts")
        CORROBORATES = "corroborates", _("corroborates")
        SAME_QUOTE = "same_quote", _("same quote")
        RELATED = "related", _("related")

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        CONFIRMED = "confirmed", _("confirmed")
        DISMISSED = "dismissed", _("dismissed")
        RESOLVED = "resolved", _("resolved")

    source = models.ForeignKey(
        Annotation,
        on_delete=models.CASCADE,
        related_name="links_out",
        verbose_name=_("source"),
    )
    target = models.ForeignKey(
        Annotation,
        on_delete=models.CASCADE,
        related_name="links_in",
        verbose_name=_("target"),
    )
    relation = models.CharField(_("relation"), max_length=15, choices=Relation.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    note = models.TextField(_("note"), blank=True)
    origin = models.CharField(
        _("origin"),
        max_length=10,
        choices=Annotation.Origin.choices,
        default=Annotation.Origin.MANUAL,
    )
    # Proposals (origin auto) say how sure they are and why: a code and its
    # values ({"code": "beyond_hedge", "a": "≈6 hour", "b": "7.5 hour"}), put
    # into words in the reader's language when shown.
    confidence = models.FloatField(
        _("confidence"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
    )
    reason = models.JSONField(_("reason"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = LinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "id"]
        verbose_name = _("link")
        verbose_name_plural = _("links")
        constraints = [
            models.CheckConstraint(
                condition=~Q(source=F("target")), name="link_not_to_itself"
            ),
            # A->B and B->A are the same pair: one link per pair and relation.
            models.UniqueConstraint(
                Least("source", "target"),
                Greatest("source", "target"),
                "relation",
                name="link_unique_per_pair_relation",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source_id} {self.relation} {self.target_id}"

    @property
    def reason_text(self) -> str:
        """Return why the link was proposed, in the active language ("" for a hand-made link)."""
        reason = self.reason or {}
        code = reason.get("code", "")
        params = {k: reason.get(k, "") for k in ("gap", "share", "fact")}
        texts = {
            "same_value": _("Both give the same value."),
            "values_agree": _("Both give the same value."),
            "within_hedge": _(
                "The values agree within the hedge (“about”, “sekitar”) one of them gives."
            ),
            "within_bound": _(
                "The values agree with the bound (“at least”, “hingga”) one of them gives."
            ),
            "values_differ": _("Two exact values differ by %(gap)s%%."),
            "beyond_hedge": _(
                "The values differ by %(gap)s%%, more than the hedge (“about”, "
                "“sekitar”) allows."
            ),
            "beyond_bound": _(
                "The values differ beyond the bound (“at least”, “hingga”) one of them gives."
            ),
            "same_words": _("The same words."),
            "reworded": _(
                "The same speaker's words, reworded or translated: %(share)s%% of "
                "the words have a counterpart."
            ),
        }
        text = texts.get(code, "")
        if text and "%(" in text:
            text = text % params
        if text and params["fact"]:
            text = _("Same fact (%(fact)s). %(why)s") % {
                "fact": params["fact"],
                "why": text,
            }
        return str(text)


class LinkChange(models.Model):
    """One entry of a link's history; it outlives the link, which may be deleted for good."""

    class Action(models.TextChoices):
        CREATED = "created", _("created")
        UPDATED = "updated", _("updated")
        DELETED = "deleted", _("deleted")

    link = models.ForeignKey(
        Link,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="changes",
    )
    # The two annotations, kept when the link is gone, so an annotation's page
    # can still tell who unlinked it.
    source = models.ForeignKey(
        Annotation, on_delete=models.CASCADE, related_name="+", null=True
    )
    target = models.ForeignKey(
        Annotation, on_delete=models.CASCADE, related_name="+", null=True
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    # {"field": [old, new]} for updates; the full snapshot for created/deleted.
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("link change")
        verbose_name_plural = _("link changes")

    def __str__(self) -> str:
        return (
            f"{self.source_id}-{self.target_id} {self.action} {self.at:%Y-%m-%d %H:%M}"
        )


class Fact(models.Model):
    """One thing several outlets report a number for: the length of the talks, the dead.

    Facts are found by annotations.text.facts and kept here so an editor can
    name them and move claims in or out; `key` ties an automatic fact to the
    grouping that made it, "" for a fact an editor made.
    """

    story = models.ForeignKey(
        Story, on_delete=models.CASCADE, related_name="facts", verbose_name=_("story")
    )
    label = models.CharField(_("label"), max_length=200)
    key = models.CharField(_("key"), max_length=200, blank=True)
    origin = models.CharField(
        _("origin"),
        max_length=10,
        choices=Annotation.Origin.choices,
        default=Annotation.Origin.AUTO,
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["story", "id"]
        verbose_name = _("fact")
        verbose_name_plural = _("facts")
        constraints = [
            models.UniqueConstraint(
                fields=["story", "key"],
                condition=~Q(key=""),
                name="fact_unique_key_per_story",
            ),
        ]

    def __str__(self) -> str:
        return self.label


class FactClaim(models.Model):
    """Where a claim belongs: a fact, or (fact None) out of every fact by an editor's choice."""

    annotation = models.OneToOneField(
        Annotation,
        on_delete=models.CASCADE,
        related_name="fact_claim",
        verbose_name=_("claim"),
    )
    fact = models.ForeignKey(
        Fact,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="claims",
        verbose_name=_("fact"),
    )
    # Set by an editor: the automatic grouping leaves it where it is.
    by_hand = models.BooleanField(_("by hand"), default=False)

    class Meta:
        verbose_name = _("claim of a fact")
        verbose_name_plural = _("claims of facts")

    def __str__(self) -> str:
        return f"{self.annotation_id} in {self.fact_id}"
