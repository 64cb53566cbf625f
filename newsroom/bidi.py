"""Neutralise bidi override characters in every HTML page.

A user string holding U+202E (RIGHT-TO-LEFT OVERRIDE) or another embedding,
override or isolate control reorders the text around it on screen: a note
"lihat \u202eexe.txt" reads "lihat txt.exe". Notes, speaker, tag, outlet and
story names and article text reach pages through many templates and
`annotations/rendering.py`, so the guard sits on the way out of every HTML
response: each such character becomes U+FFFD, visible, and as long as the one
it replaces in UTF-8 (3 bytes) and in UTF-16 (1 unit), so Content-Length and the
reader's character offsets still hold. Exports and JSON keep the data as it is.
"""

from __future__ import annotations

import re

# U+202A..U+202E (embeddings, pop, overrides) and U+2066..U+2069 (isolates), in UTF-8.
_OVERRIDES = re.compile(rb"\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")
_REPLACEMENT = "\ufffd".encode()


class BidiOverrideMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and response.charset.lower().replace("-", "") == "utf8"
        ):
            content = response.content
            if b"\xe2" in content:
                response.content = _OVERRIDES.sub(_REPLACEMENT, content)
        return response
