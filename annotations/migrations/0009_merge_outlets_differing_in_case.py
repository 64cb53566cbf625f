from django.db import migrations


def merge_outlets_differing_in_case(apps, schema_editor):
    """Outlets named alike but for case become one: the oldest keeps its name,
    the others' articles move to it, so no article is lost or left without an
    outlet and the constraint can be made."""
    Outlet = apps.get_model("annotations", "Outlet")
    Article = apps.get_model("annotations", "Article")
    kept = {}
    for outlet in Outlet.objects.order_by("pk"):
        key = outlet.name.lower()
        first = kept.setdefault(key, outlet)
        if first.pk == outlet.pk:
            continue
        Article.objects.filter(outlet_id=outlet.pk).update(outlet_id=first.pk)
        if not first.domain and outlet.domain:
            first.domain = outlet.domain
            first.save(update_fields=["domain"])
        outlet.delete()


class Migration(migrations.Migration):

    dependencies = [
        ("annotations", "0008_article_search_separators"),
    ]

    operations = [
        migrations.RunPython(merge_outlets_differing_in_case, migrations.RunPython.noop),
    ]
