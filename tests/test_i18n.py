"""The interface speaks Indonesian and English, completely."""

from __future__ import annotations

import re
from pathlib import Path

LOCALE = Path(__file__).resolve().parents[1] / "locale"


def _entries(po: Path):
    for block in po.read_text(encoding="utf-8").split("\n\n"):
        msgid = re.search(r'^msgid "(.*)"', block, re.M)
        if not msgid or (
            msgid.group(1) == ""
            and not re.search(r'^"', block[msgid.end() :].lstrip("\n"), re.M)
        ):
            continue
        yield block


def test_the_indonesian_catalogue_is_complete():
    for po in (LOCALE / "id" / "LC_MESSAGES").glob("*.po"):
        for block in _entries(po):
            if block.lstrip().startswith('msgid ""\nmsgstr ""\n"Project'):
                continue
            assert "#, fuzzy" not in block, block
            strs = re.findall(r'^msgstr(?:\[\d\])? "(.*)"((?:\n".*")*)', block, re.M)
            assert strs and all(a or b.strip('\n"') for a, b in strs), (
                f"untranslated in {po.name}:\n{block}"
            )


def test_pages_follow_the_browser_language(editor_client):
    page = editor_client.get("/articles/", headers={"accept-language": "id"})
    assert "<h1>Pustaka</h1>" in page.content.decode()
    page = editor_client.get("/articles/", headers={"accept-language": "en"})
    assert "<h1>Library</h1>" in page.content.decode()


def test_the_language_switch_remembers_the_choice(editor_client):
    editor_client.post("/i18n/setlang/", {"language": "id", "next": "/articles/"})
    assert "<h1>Pustaka</h1>" in editor_client.get("/articles/").content.decode()
