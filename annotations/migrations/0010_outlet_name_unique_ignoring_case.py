import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):
    # Its own migration: PostgreSQL cannot build the index in the transaction
    # that moved the articles (pending trigger events).

    dependencies = [
        ("annotations", "0009_merge_outlets_differing_in_case"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="outlet",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("name"),
                name="outlet_name_unique_ignoring_case",
            ),
        ),
    ]
