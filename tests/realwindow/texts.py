"""The Arabic the person sees, taken from translations/citizen_app_ar.ts by its English source,
so the journey follows a change of wording instead of breaking on it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from tests.live_server import ROOT


@cache
def _catalogue() -> dict[tuple[str, str], str]:
    found = {}
    root = ET.parse(Path(ROOT) / "translations" / "citizen_app_ar.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = translation.findall("numerusform") if translation is not None else []
            text = (
                numerus[0].text
                if numerus
                else (translation.text if translation is not None else "")
            )
            found[(name, message.findtext("source") or "")] = text or ""
    return found


def ar(context: str, source: str) -> str:
    """The Arabic for `source` as Qt's tr() in `context` (a class name) shows it."""
    text = _catalogue().get((context, source))
    assert text, f"no Arabic for {context}: {source!r}"
    return text
