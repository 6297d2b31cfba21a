"""The FastAPI application: routers, error shapes, and the database it serves from."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from municipal_server.api import attachments, auth, clerk, feedback, fixed, me, requests
from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.decode_budget import DecodeBudget
from municipal_server.errors import ApiError
from municipal_server.open311 import routes as open311_routes
from municipal_server.open311.render import error_response, format_of
from municipal_server.openapi_links import add_links

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
}


def _is_open311(request: Request) -> bool:
    return request.url.path.startswith("/open311/")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
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
    )
    app.state.settings = settings
    app.state.database = Database(settings.database_url)
    app.state.decode_budget = DecodeBudget(
        settings.upload_decode_pixels, settings.upload_decode_wait
    )

    app.include_router(open311_routes.router)
    for module in (auth, me, requests, fixed, attachments, clerk, feedback):
        app.include_router(module.router, prefix="/api/v1")
    generated = app.openapi
    app.openapi = lambda: add_links(generated())  # type: ignore[method-assign]

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, error: ApiError) -> Response:
        if _is_open311(request):
            return error_response(
                format_of(request.url.path), error.status, error.message, error.headers
            )
        return JSONResponse(error.body(), error.status, headers=error.headers)

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

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, error: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        if _is_open311(request):
            return error_response(format_of(request.url.path), 500, "internal server error")
        body = ApiError(500, "internal_error", "internal server error")
        return JSONResponse(body.body(), 500)

    return app
