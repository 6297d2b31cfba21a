"""Errors with a stable machine code and parameters, so the client can say them in Arabic.

/api/v1 errors are `{"error": {"code", "message", "params"}}`; Open311 errors are the standard's
list of `{code, description}` (rendered by municipal_server.open311.render).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from municipal_server.timeutil import EARLIEST, LATEST, OutOfRange, parse_w3c


class ApiError(Exception):
    """An error answered to the client: HTTP status, machine code, English fallback, params."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.params = params or {}
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "params": self.params}}


def not_found(what: str = "request") -> ApiError:
    return ApiError(404, "not_found", f"{what} not found", {"resource": what})


def forbidden() -> ApiError:
    return ApiError(403, "forbidden", "you may not do this")


def unauthenticated() -> ApiError:
    return ApiError(
        401,
        "not_authenticated",
        "sign in first",
        headers={"WWW-Authenticate": "Bearer"},
    )


def invalid_field(field: str, reason: str, **params: Any) -> ApiError:
    return ApiError(
        400,
        "invalid_field",
        f"{field}: {reason}",
        {"field": field, "reason": reason, **params},
    )


def date_param(field: str, value: str | None) -> datetime | None:
    """An optional W3C date-time parameter, or a 400 naming the field."""
    if not value:
        return None
    try:
        return parse_w3c(value)
    except OutOfRange as error:
        raise invalid_field(
            field, "out of range", min=EARLIEST.isoformat(), max=LATEST.isoformat()
        ) from error
    except ValueError as error:
        raise invalid_field(field, "not a W3C date-time") from error
