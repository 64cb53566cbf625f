"""Template tags showing an annotation in its text: `{% load snippets %}`.

{% around annotation as words %}   words.before / words.after: the whole words just
                                   before and after it (annotations.text.snippets.around)
"""

from __future__ import annotations

from django import template

from annotations.text.snippets import around as words_around

register = template.Library()


@register.simple_tag
def around(annotation) -> dict[str, str]:
    """Return the words either side of `annotation`, cut between words, for escaping."""
    before, after = words_around(annotation.prefix or "", annotation.suffix or "")
    return {"before": before, "after": after}
