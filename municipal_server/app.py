"""The FastAPI application: routers, error shapes, and the database it serves from."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from municipal_server.api import (
    admin_audit,
    admin_calendar,
    admin_catalogue,
    admin_municipality,
    admin_note_templates,
    admin_staff,
    attachments,
    auth,
    clerk,
    feedback,
    fixed,
    me,
    me_data,
    me_password,
    recovery,
    requests,
    verification,
)
from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.decode_budget import DecodeBudget
from municipal_server.errors import ApiError
from municipal_server.failures import log_database_error, storage_full
from municipal_server.municipality import ProfileCache
from municipal_server.open311 import routes as open311_routes
from municipal_server.open311.feed_cache import RenderedRequests
from municipal_server.open311.feed_pages import FeedPages, KeptPages
from municipal_server.open311.render import error_response, format_of
from municipal_server.openapi_links import add_links
from municipal_server.web_guards import SecurityHeaders, check_url_text

log = logging.getLogger("municipal_server")

HTTP_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    507: "storage_full",
}


def _is_open311(request: Request) -> bool:
    return request.url.path.startswith("/open311/")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        await kept_pages.close()
        app.state.decode_budget.close()
        app.state.database.dispose()

    app = FastAPI(
        title="Municipal e-services API",
        version="1.0.0",
        description=(
            "Open311 GeoReport v2 under /open311/v2/ (XML and JSON) and the project's "
            "extensions under /api/v1/. Errors under /api/v1 are "
            '`{"error": {"code", "message", "params"}}` with a stable code.'
        ),
        lifespan=lifespan,
        # Swagger UI and ReDoc load their scripts from a CDN: off, unless served from here.
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(check_url_text)],
    )
    kept_pages = KeptPages(settings.database_url)
    # Inside SecurityHeaders (the last added is the outermost): kept pages get its headers.
    app.add_middleware(FeedPages, pages=kept_pages)
    app.add_middleware(SecurityHeaders)
    if settings.docs:
        _self_hosted_docs(app, Path(settings.docs_assets))
    app.state.settings = settings
    app.state.database = Database(settings.database_url)
    app.state.profile = ProfileCache(settings, app.state.database.read_sessions)
    app.state.rendered_requests = RenderedRequests()
    app.state.kept_pages = kept_pages
    app.state.decode_budget = DecodeBudget(
        settings.upload_decode_pixels, settings.upload_decode_wait
    )

    app.include_router(open311_routes.router)
    for module in (
        auth,
        me,
        me_password,
        me_data,
        recovery,
        verification,
        requests,
        fixed,
        attachments,
        clerk,
        feedback,
        admin_staff,
        admin_calendar,
        admin_audit,
        admin_catalogue,
        admin_municipality,
        admin_note_templates,
    ):
        app.include_router(module.router, prefix="/api/v1")
    generated = app.openapi
    app.openapi = lambda: declare_common_errors(add_links(generated()))  # type: ignore[method-assign]

    def answer(request: Request, error: ApiError) -> Response:
        """`error` in the shape of the route asked: Open311's list, or /api/v1's object."""
        if _is_open311(request):
            return error_response(
                format_of(request.url.path), error.status, error.message, error.headers
            )
        return JSONResponse(error.body(), error.status, headers=error.headers)

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, error: ApiError) -> Response:
        return answer(request, error)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, error: RequestValidationError) -> Response:
        fields = [
            {
                "field": ".".join(str(p) for p in e.get("loc", ())[1:]) or "body",
                "reason": e.get("type", "invalid"),
            }
            for e in error.errors()
        ]
        if _is_open311(request):
            text = "; ".join(f"{f['field']}: {f['reason']}" for f in fields)
            return error_response(format_of(request.url.path), 400, text)
        body = ApiError(422, "validation_error", "the request is not valid", {"fields": fields})
        return JSONResponse(body.body(), 422)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, error: StarletteHTTPException) -> Response:
        headers = dict(error.headers or {})
        if _is_open311(request):
            status = error.status_code if error.status_code in (403, 404) else 400
            return error_response(format_of(request.url.path), status, str(error.detail), headers)
        code = HTTP_CODES.get(error.status_code, "http_error")
        body = ApiError(error.status_code, code, str(error.detail))
        return JSONResponse(body.body(), error.status_code, headers=headers)

    def storage_full_answer(request: Request) -> Response:
        log.error("storage full on %s %s", request.method, request.url.path)
        wait = settings.disk_full_retry_after
        return answer(
            request,
            ApiError(
                507,
                "storage_full",
                "the server cannot store anything now; try again later",
                {"retry_after": wait},
                {"Retry-After": str(wait)},
            ),
        )

    internal = ApiError(500, "internal_error", "internal server error")

    # Database and OS errors are handled here, not by the last-resort handler below: Starlette
    # follows that one by passing the exception on to uvicorn, which logs it with its messages
    # (a database error's may hold what was being stored; see failures.py).
    @app.exception_handler(SQLAlchemyError)
    async def on_database_error(request: Request, error: SQLAlchemyError) -> Response:
        if storage_full(error):
            return storage_full_answer(request)
        log_database_error(request.method, request.url.path, error)
        return answer(request, internal)

    @app.exception_handler(OSError)
    async def on_os_error(request: Request, error: OSError) -> Response:
        if storage_full(error):
            return storage_full_answer(request)
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=error)
        return answer(request, internal)

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, error: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return answer(request, internal)

    return app


COMMON_400 = {
    "description": "invalid_field: a parameter or field holds a character the server does not "
    "accept there (municipal_server/text.py), or an impossible date",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
}


def declare_common_errors(document: dict) -> dict:
    """Every /api/v1 operation may answer 400: the text rules apply to every path, query and
    body field (web_guards.check_url_text, schemas.Strict), so the document says so."""
    for path, operations in document.get("paths", {}).items():
        if path.startswith("/api/"):
            for operation in operations.values():
                operation.setdefault("responses", {}).setdefault("400", COMMON_400)
    return document


def _self_hosted_docs(app: FastAPI, assets: Path) -> None:
    """/docs with Swagger UI's files from `assets` (checked at start by Settings)."""
    app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title=f"{app.title}: API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon.png",
        )
