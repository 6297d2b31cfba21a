"""What an unexpected failure logs and answers.

A database error's text can carry what was being stored: the statement's parameters (hidden
by the engine's `hide_parameters`) and the database's own detail (PostgreSQL's
`Key (email)=(…) already exists`, a check's failing row). So a database error is logged by
its class, SQLSTATE and statement (placeholders only) and its stack frames, never by its
messages, and it is handled here rather than by Starlette's last-resort handler, which would
pass it on to uvicorn to be logged whole.

A full disk (ENOSPC/EDQUOT from the OS, SQLITE_FULL, PostgreSQL's disk_full) is the client's
cue to try again later: 507 with Retry-After, not a 500.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import traceback

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

log = logging.getLogger("municipal_server")

FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
POSTGRES_DISK_FULL = "53100"


def storage_full(error: BaseException) -> bool:
    """Whether `error` says that the disk (or the database's) is full."""
    for cause in (error, getattr(error, "orig", None), error.__cause__):
        if isinstance(cause, OSError) and cause.errno in FULL_ERRNOS:
            return True
        if getattr(cause, "sqlstate", None) == POSTGRES_DISK_FULL:
            return True
        if getattr(cause, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            return True
    return False


def describe_database_error(error: SQLAlchemyError) -> str:
    """`psycopg.errors.UniqueViolation [23505] in INSERT INTO users (…) VALUES (%(name)s, …)`:
    enough to find the fault, nothing that was stored."""
    orig = error.orig if isinstance(error, DBAPIError) else None
    kind = type(orig if orig is not None else error)
    code = getattr(orig, "sqlstate", None) or getattr(orig, "sqlite_errorname", None)
    text = f"{kind.__module__}.{kind.__qualname__}"
    if code:
        text += f" [{code}]"
    statement = getattr(error, "statement", None)
    if statement:
        text += " in " + " ".join(str(statement).split())[:1000]
    return text


def frames(error: BaseException) -> str:
    """The stack of `error` (files, lines, code) without any exception's message."""
    return "".join(traceback.format_tb(error.__traceback__))


def log_database_error(method: str, path: str, error: SQLAlchemyError) -> None:
    log.error(
        "database error on %s %s: %s\n%s",
        method,
        path,
        describe_database_error(error),
        frames(error),
    )
