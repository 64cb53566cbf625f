"""The Content-Security-Policy header on every response.

Scripts come only from this site's own files: no inline <script>, no on*=
handler, no hx-on and no htmx filter expression (htmx evaluates those), so a
string that slipped past escaping still cannot run. Page behaviour lives in
static/js/. Styles keep 'unsafe-inline' for the tag colours (style="--tag: …")
and the indicator styles htmx adds.
"""

from __future__ import annotations

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response
