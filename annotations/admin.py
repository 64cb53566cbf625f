from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from annotations.models import (
    Annotation,
    AnnotationChange,
    Article,
    Fact,
    FactClaim,
    Link,
    LinkChange,
    Outlet,
    Speaker,
    Story,
    Tag,
)


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "language", "article_count"]
    list_filter = ["language"]
    search_fields = ["name", "domain"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_articles=Count("articles"))

    @admin.display(description=_("articles"), ordering="_articles")
    def article_count(self, obj: Outlet) -> int:
        return obj._articles


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "created_at", "article_count"]
    search_fields = ["title", "description"]
    prepopulated_fields = {"slug": ["title"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_articles=Count("articles"))

    @admin.display(description=_("articles"), ordering="_articles")
    def article_count(self, obj: Story) -> int:
        return obj._articles


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "outlet",
        "story",
        "published_at",
        "language",
        "wire_source",
        "imported_at",
    ]
    list_filter = ["outlet", "story", "language", "wire_source"]
    search_fields = ["title", "author", "editor", "url"]
    date_hierarchy = "published_at"
    list_select_related = ["outlet", "story"]
    raw_id_fields = ["near_duplicates"]
    readonly_fields = ["raw_text", "content_hash", "imported_at", "imported_by"]


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "affiliation", "aliases"]
    search_fields = ["name", "role", "affiliation"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "colour"]
    search_fields = ["name"]


class ChangeInline(admin.TabularInline):
    model = AnnotationChange
    extra = 0
    readonly_fields = ["action", "changes", "user", "at"]
    can_delete = False


@admin.register(Annotation)
class AnnotationAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "kind",
        "excerpt",
        "article",
        "speaker",
        "status",
        "origin",
        "created_by",
        "deleted_at",
    ]
    list_filter = [
        "kind",
        "status",
        "origin",
        ("deleted_at", admin.EmptyFieldListFilter),
        "tags",
    ]
    search_fields = ["exact", "note", "speaker__name", "article__title"]
    list_select_related = ["article", "speaker", "created_by"]
    raw_id_fields = ["article", "speaker"]
    readonly_fields = ["version", "created_at", "updated_at"]
    inlines = [ChangeInline]
    actions = ["restore_deleted"]

    @admin.action(description=_("Restore the selected deleted annotations"))
    def restore_deleted(self, request, queryset):
        from annotations import services

        restored = 0
        refused: list[str] = []
        for annotation in queryset.filter(deleted_at__isnull=False):
            try:
                services.annotation_restore(annotation=annotation, user=request.user)
            except ValidationError:
                # A live annotation now holds the same span: keep this one deleted.
                refused.append(f"#{annotation.pk}")
                continue
            restored += 1
        self.message_user(
            request,
            ngettext("%d annotation restored.", "%d annotations restored.", restored)
            % restored,
            messages.SUCCESS,
        )
        if refused:
            self.message_user(
                request,
                _(
                    "These annotations could not be restored because a live "
                    "annotation now marks the same words: %(ids)s."
                )
                % {"ids": ", ".join(refused)},
                messages.ERROR,
            )


class LinkChangeInline(admin.TabularInline):
    model = LinkChange
    fields = ["at", "user", "action", "changes"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class FactClaimInline(admin.TabularInline):
    model = FactClaim
    raw_id_fields = ["annotation"]
    extra = 0


@admin.register(Fact)
class FactAdmin(admin.ModelAdmin):
    list_display = ["id", "label", "story", "origin", "updated_at"]
    list_filter = ["origin"]
    search_fields = ["label", "story__title"]
    list_select_related = ["story"]
    inlines = [FactClaimInline]


@admin.register(Link)
class LinkAdmin(admin.ModelAdmin):
    inlines = [LinkChangeInline]
    list_display = [
        "id",
        "source",
        "relation",
        "target",
        "status",
        "origin",
        "created_by",
        "created_at",
    ]
    list_filter = ["relation", "status", "origin"]
    search_fields = ["note", "source__exact", "target__exact"]
    raw_id_fields = ["source", "target"]
    list_select_related = ["source", "target", "created_by"]
