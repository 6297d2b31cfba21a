"""Logging for `serve`: uvicorn's, with query strings left out of the access log.

A clerk searches the queue by a citizen's phone or ID number (`?q=…`), and an Open311 client
may put its api_key in a query; the access log keeps the method, the path and the status,
which is what an administrator needs, and never what was searched for.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from uvicorn.config import LOGGING_CONFIG


class NoQueryStrings(logging.Filter):
    """Cut `?…` from the path of uvicorn's access lines (their third argument)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].partition("?")[0], *args[3:])
        return True


def log_config() -> dict[str, Any]:
    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["no_query_strings"] = {"()": NoQueryStrings}
    config["handlers"]["access"]["filters"] = ["no_query_strings"]
    return config
