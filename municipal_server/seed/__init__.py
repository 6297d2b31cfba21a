"""The demo municipality: catalogue in ar/en/fr, demo accounts, an API key (`seed-demo`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from municipal_server.accounts import create_user, find_by_login
from municipal_server.config import Settings
from municipal_server.models import ApiKey, Municipality, Service, ServiceAttribute
from municipal_server.security import new_token, token_hash
from municipal_server.timeutil import utcnow

DEMO_FILE = Path(__file__).with_name("demo.json")


@dataclass(frozen=True)
class DemoAccount:
    role: str
    login: str
    password: str


@dataclass(frozen=True)
class SeedResult:
    api_key: str
    accounts: list[DemoAccount]


def load_demo() -> dict[str, Any]:
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))


def create_api_key(session: Session, label: str) -> str:
    key = new_token()
    session.add(ApiKey(key_hash=token_hash(key), label=label, created_at=utcnow()))
    return key


def _add_service(session: Session, data: dict[str, Any], position: int) -> None:
    service = Service(
        code=data["code"],
        names=data["names"],
        descriptions=data["descriptions"],
        keywords=data.get("keywords", {}),
        group=data["group"],
        group_names=data["group_names"],
        type=data.get("type", "realtime"),
        needs_location=data.get("needs_location", True),
        target_days=data.get("target_days", 7),
        visibility=data.get("visibility", "public"),
        sort_order=position,
    )
    for order, attr in enumerate(data.get("attributes", []), start=1):
        service.attributes.append(
            ServiceAttribute(
                code=attr["code"],
                datatype=attr["datatype"],
                variable=attr.get("variable", True),
                required=attr.get("required", False),
                order=attr.get("order", order),
                descriptions=attr["descriptions"],
                datatype_descriptions=attr.get("datatype_descriptions", {}),
                values=attr.get("values", []),
            )
        )
    session.add(service)


def seed_demo(session: Session, settings: Settings) -> SeedResult:
    """Idempotent: existing services (but for their targets) and accounts are kept; a fresh API
    key is made each time."""
    demo = load_demo()
    now = utcnow()
    if session.get(Municipality, 1) is None:
        session.add(
            Municipality(
                id=1,
                names=demo["municipality"]["names"],
                contact=demo["municipality"]["contact"],
                changeset=now,
            )
        )
    existing = {s.code: s for s in session.scalars(select(Service))}
    for position, data in enumerate(demo["services"]):
        if data["code"] not in existing:
            _add_service(session, data, position)
        elif "target_days" in data:
            # Targets are the one thing a re-seed changes on a kept service: edit demo.json
            # and run `seed-demo` again. New requests get the new target; old ones keep theirs.
            existing[data["code"]].target_days = data["target_days"]
        if data["code"] in existing:
            # So is visibility: a database seeded before services had one gets it here.
            existing[data["code"]].visibility = data.get("visibility", "public")
    accounts = []
    for account in demo["accounts"]:
        if find_by_login(session, account["login"]) is None:
            create_user(
                session,
                name=account["name"],
                email=account["login"],
                password=account["password"],
                role=account["role"],
                department=account.get("department"),
                language=account.get("language", "ar"),
                verified=True,
            )
        accounts.append(DemoAccount(account["role"], account["login"], account["password"]))
    api_key = create_api_key(session, "demo")
    session.commit()
    return SeedResult(api_key=api_key, accounts=accounts)
