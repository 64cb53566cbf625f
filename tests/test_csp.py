"""Every page carries a Content-Security-Policy that runs no inline script."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INLINE = re.compile(
    r"<script(?![^>]*\bsrc=)[^>]*>|\bhx-on[:-]|\son[a-z]+\s*=|hx-trigger=\"[^\"]*\[",
    re.I,
)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/articles/", "/accounts/login/"])
def test_pages_forbid_inline_scripts(client, alice, url):
    client.force_login(alice)
    policy = client.get(url)["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe" not in directives["script-src"]
    assert directives["object-src"] == "'none'"


def test_no_template_or_renderer_holds_an_inline_script_or_handler():
    files = [*(ROOT / "templates").rglob("*.html"), ROOT / "annotations/rendering.py"]
    found = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in files
        for match in INLINE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


@pytest.mark.django_db
def test_the_reader_page_holds_no_inline_script(editor_client, tiny_article):
    page = editor_client.get(tiny_article.get_absolute_url()).content.decode()
    assert INLINE.findall(page) == []
