"""A request's answers as its citizen gave them: labelled with the questions of the service
version the request was made with, never with today's (which an administrator may have
reworded, reordered or removed since)."""

from __future__ import annotations

from typing import Any

from municipal_server.i18n import localized
from municipal_server.models import ServiceRequest

LIST_SEPARATOR = "، "


def answers(request: ServiceRequest, language: str) -> list[dict[str, Any]]:
    """[{code, question, datatype, value, shown}] in the version's question order; an answer
    to a question the version does not know (none should exist) is shown under its code."""
    given = dict(request.attributes or {})
    questions = request.service_version.attributes if request.service_version else []
    shown: list[dict[str, Any]] = []
    for question in questions:
        code = question["code"]
        if code not in given:
            continue
        value = given.pop(code)
        names = {v["key"]: localized(v.get("names"), language) for v in question.get("values", [])}
        if isinstance(value, list):
            label = LIST_SEPARATOR.join(names.get(str(v)) or str(v) for v in value)
        else:
            label = names.get(str(value)) or str(value)
        shown.append(
            {
                "code": code,
                "question": localized(question.get("descriptions"), language) or code,
                "datatype": question["datatype"],
                "value": value,
                "shown": label,
            }
        )
    for code, value in given.items():
        label = LIST_SEPARATOR.join(map(str, value)) if isinstance(value, list) else str(value)
        shown.append(
            {"code": code, "question": code, "datatype": "string", "value": value, "shown": label}
        )
    return shown
