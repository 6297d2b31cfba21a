"""What the app works with, whatever server it talks to: normalised Open311 records."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Service:
    code: str
    name: str
    description: str = ""
    metadata: bool = False
    type: str = "realtime"  # realtime | batch | blackbox
    keywords: tuple[str, ...] = ()
    group: str = ""
    group_code: str = ""  # our extension: the group's stable code (the name is translated)
    needs_location: bool = True


@dataclass(frozen=True)
class AttributeValue:
    key: str
    name: str


@dataclass(frozen=True)
class Attribute:
    code: str
    datatype: str
    description: str = ""
    required: bool = False
    variable: bool = True
    order: int = 0
    datatype_description: str = ""
    values: tuple[AttributeValue, ...] = ()


@dataclass(frozen=True)
class ServiceDefinition:
    service_code: str
    attributes: tuple[Attribute, ...] = ()


@dataclass(frozen=True)
class Note:
    at: datetime | None
    kind: str
    status: str | None
    description: str | None


@dataclass(frozen=True)
class ServiceRequest:
    id: str | None
    status: str  # open | closed
    service_code: str = ""
    service_name: str = ""
    description: str = ""
    status_notes: str | None = None
    extended_status: str | None = None
    agency_responsible: str | None = None
    service_notice: str | None = None
    requested: datetime | None = None
    updated: datetime | None = None
    expected: datetime | None = None
    address: str | None = None
    address_id: str | None = None
    zipcode: str | None = None
    lat: float | None = None
    long: float | None = None
    media_urls: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    token: str | None = None


@dataclass(frozen=True)
class SubmitResult:
    """What a POST gave back: an id, or a token to poll, or neither (a blackbox service)."""

    id: str | None
    token: str | None = None
    notice: str | None = None
    account_id: str | None = None
    #: when the work is expected, if the server says so in its answer (ours does)
    expected: datetime | None = None


@dataclass(frozen=True)
class Endpoint:
    """Where the Open311 endpoint is and what the server offers besides."""

    url: str
    formats: tuple[str, ...] = ("json", "xml")
    extensions_url: str | None = None
    jurisdiction: str | None = None
    changeset: str | None = None
    #: the extensions the discovery document names (`notes`: `extensions=true` on lookups)
    extensions: tuple[str, ...] = ()
    extras: dict[str, Any] = field(default_factory=dict)


def to_json(value: Any) -> Any:
    """Plain JSON-ready data (for the CLI): dataclasses to dicts, dates to ISO 8601."""
    if hasattr(value, "__dataclass_fields__"):
        return to_json(asdict(value))
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value
