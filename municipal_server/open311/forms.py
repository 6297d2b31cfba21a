"""Checking a POSTed Open311 request against its service definition.

Every problem is collected (not just the first), so the citizen can fix them all at once;
each becomes one entry of the standard's error list, naming the field.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from municipal_server.arabic import ascii_digits
from municipal_server.models import Service
from municipal_server.text import Kind, label, problem, refusal
from municipal_server.timeutil import EARLIEST, LATEST, OutOfRange, parse_w3c, utcnow

MAX_DESCRIPTION = 4000
MAX_FIELD = 1000
CONTACT_LIMITS = {
    "email": 254,
    "phone": 32,
    "first_name": 100,
    "last_name": 100,
    "device_id": 100,
    "account_id": 100,
    "address_id": 100,
}


# The form's free-text fields; every other field is a single line. Attribute values are free
# text here and checked as their datatype says in check_attributes (a `text` attribute is free
# text, any other a single line).
FREE_TEXT_FIELDS = ("description",)


def check_text(form: list[tuple[str, str]]) -> None:
    """Refuse (400 `invalid_field`) a form with a name or value the text rules forbid, before
    anything looks the values up: the first problem, naming its field."""
    for name, value in form:
        if found := problem(name, Kind.LINE):
            raise refusal(label(name), found)
        free = name in FREE_TEXT_FIELDS or name.startswith("attribute[")
        if found := problem(value, Kind.FREE if free else Kind.LINE):
            raise refusal(label(name), found)


@dataclass
class CleanForm:
    values: dict[str, Any] = field(default_factory=dict)
    attributes: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _single(form: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in form if k == name]
    return values[-1].strip() if values and values[-1].strip() else None


def _attribute_inputs(form: list[tuple[str, str]]) -> dict[str, list[str]]:
    inputs: dict[str, list[str]] = {}
    for key, value in form:
        if key.startswith("attribute[") and "]" in key:
            code = key[len("attribute[") : key.index("]")]
            inputs.setdefault(code, []).append(value)
    return inputs


def _check_attribute(datatype: str, raw: list[str], keys: set[str]) -> tuple[Any, str | None]:
    """(clean value, error reason or None)."""
    if datatype == "multivaluelist":
        chosen = [v.strip() for v in raw if v.strip()]
        bad = [v for v in chosen if v not in keys]
        return (chosen, f"unknown value {bad[0]!r}") if bad else (chosen, None)
    if len(raw) > 1:
        return None, "only one value allowed"
    value = raw[0].strip()
    if len(value) > MAX_FIELD and datatype != "text":
        return None, f"longer than {MAX_FIELD} characters"
    if datatype != "text" and (found := problem(value, Kind.LINE)):
        return None, found.sentence()
    if datatype == "singlevaluelist":
        return (value, None) if value in keys else (None, f"unknown value {value!r}")
    if datatype == "number":
        text = ascii_digits(value).replace("٫", ".").replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None, "not a number"
        if not math.isfinite(number):
            return None, "not a number"
        return text, None
    if datatype == "datetime":
        try:
            return parse_w3c(ascii_digits(value)).isoformat(), None
        except OutOfRange:
            return None, f"out of range ({EARLIEST.year} to {LATEST.year - 1})"
        except ValueError:
            return None, "not an ISO 8601 date-time with a time zone"
    if datatype == "text" and len(value) > MAX_DESCRIPTION:
        return None, f"longer than {MAX_DESCRIPTION} characters"
    return value, None


def check_attributes(service: Service, form: list[tuple[str, str]], clean: CleanForm) -> None:
    inputs = _attribute_inputs(form)
    known = {a.code: a for a in service.attributes}
    for code, values in inputs.items():
        if not any(v.strip() for v in values):
            continue  # an empty field is as good as an absent one (Open311 §1.1 "optional")
        if code not in known:
            clean.errors.append(f"attribute[{code}]: not an attribute of this service")
        elif not known[code].variable:
            clean.errors.append(f"attribute[{code}]: informational, takes no value")
    for attribute in service.attributes:
        if not attribute.variable:
            continue
        raw = [v for v in inputs.get(attribute.code, []) if v.strip()]
        if not raw:
            if attribute.required:
                clean.errors.append(f"attribute[{attribute.code}]: required")
            continue
        keys = {str(v["key"]) for v in attribute.values}
        value, reason = _check_attribute(attribute.datatype, raw, keys)
        if reason:
            clean.errors.append(f"attribute[{attribute.code}]: {reason}")
        elif value not in (None, []):
            clean.attributes[attribute.code] = value


def _coordinate(text: str | None, name: str, limit: float, clean: CleanForm) -> float | None:
    if text is None:
        return None
    try:
        value = float(ascii_digits(text))
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or abs(value) > limit:
        clean.errors.append(f"{name}: not a valid WGS84 coordinate")
        return None
    return value


def check_form(service: Service, form: list[tuple[str, str]]) -> CleanForm:
    clean = CleanForm()
    lat_text, long_text = _single(form, "lat"), _single(form, "long")
    if (lat_text is None) != (long_text is None):
        clean.errors.append("lat/long: both must be given together")
    lat = _coordinate(lat_text, "lat", 90, clean)
    long = _coordinate(long_text, "long", 180, clean)
    address = _single(form, "address_string")
    if address and len(address) > MAX_FIELD:
        clean.errors.append(f"address_string: longer than {MAX_FIELD} characters")
    address_id = _single(form, "address_id")
    has_location = (lat is not None and long is not None) or address or address_id
    if service.needs_location and not has_location:
        clean.errors.append("location: lat and long, address_string or address_id is required")
    description = _single(form, "description") or ""
    if len(description) > MAX_DESCRIPTION:
        clean.errors.append(f"description: longer than {MAX_DESCRIPTION} characters")
    for name, limit in CONTACT_LIMITS.items():
        value = _single(form, name)
        if value and len(value) > limit:
            clean.errors.append(f"{name}: longer than {limit} characters")
    media_url = _single(form, "media_url")
    if media_url and not media_url.lower().startswith(("http://", "https://")):
        clean.errors.append("media_url: must be an http(s) URL")
    check_attributes(service, form, clean)
    clean.values = {
        "lat": lat,
        "long": long,
        "address": address,
        "address_id": address_id,
        "description": description,
        "media_url": media_url,
        "requested_at": utcnow(),
        **{name: _single(form, name) for name in ("email", "phone", "first_name", "last_name")},
        "device_id": _single(form, "device_id"),
    }
    return clean
