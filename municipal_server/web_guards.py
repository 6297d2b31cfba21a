"""What every HTTP answer and every URL goes through: security headers, no caching of anything
personal, and the text rules (municipal_server.text) on path and query parameters.

The headers are added by a plain ASGI middleware (it touches only the response's start, so
streamed bodies and uploads are not buffered). Answers under /api/v1 (accounts, tokens, a
citizen's requests, photos, the clerk's queue), Open311 token answers and Open311 creations
are `Cache-Control: private, no-store`: a shared computer's or a proxy's cache must not keep
them. Public Open311 reads keep their own caching.
"""

from __future__ import annotations

from fastapi import Request
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from municipal_server.text import Kind, label, problem, refusal

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    # JSON and XML answers load nothing; no page of this server may be framed.
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
}
# The self-hosted Swagger UI page (only with MUNICIPAL_DOCS=true): its own files and the
# inline script that starts it, nothing from elsewhere.
DOCS_POLICY = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/docs/oauth2-redirect", "/docs-assets/")
NO_STORE = "private, no-store"


def personal(method: str, path: str) -> bool:
    """Answers that must never be kept by a cache."""
    if path.startswith("/api/") or "/tokens/" in path:
        return True
    return method == "POST" and path.startswith("/open311/")


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, method = scope["path"], scope["method"]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                if path.startswith(DOCS_PATHS):
                    headers["Content-Security-Policy"] = DOCS_POLICY
                if personal(method, path):
                    headers["Cache-Control"] = NO_STORE
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def check_url_text(request: Request) -> None:
    """Refuse (400 `invalid_field`, naming the parameter) a path or query parameter holding a
    character XML cannot carry or a bidi override: a NUL would reach PostgreSQL (which cannot
    store one) and a control would reach an XML error. Search words keep ZWNJ and the like;
    the clerk's search folds them."""
    items = [*request.path_params.items(), *request.query_params.multi_items()]
    for name, value in items:
        for text in (name, value):
            if isinstance(text, str) and (found := problem(text, Kind.FREE)):
                raise refusal(label(name), found)
