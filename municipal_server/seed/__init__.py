"""The demo municipality: catalogue in ar/en/fr, demo accounts, an API key (`seed-demo`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from municipal_server.accounts import create_user, find_by_login
from municipal_server.catalogue.document import check_document
from municipal_server.catalogue.store import import_document
from municipal_server.config import Settings
from municipal_server.models import ApiKey, Municipality
from municipal_server.security import new_token, token_hash
from municipal_server.timeutil import utcnow

DEMO_FILE = Path(__file__).with_name("demo.json")
#: the demo's catalogue, in the format of `municipal-server catalogue export/import`
CATALOGUE_FILE = Path(__file__).with_name("demo_catalogue.json")


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
    """The demo municipality's names and contact, and its demo accounts."""
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))


def load_demo_catalogue() -> dict[str, Any]:
    return json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))


def create_api_key(session: Session, label: str) -> str:
    key = new_token()
    session.add(ApiKey(key_hash=token_hash(key), label=label, created_at=utcnow()))
    return key


def seed_demo(session: Session, settings: Settings) -> SeedResult:
    """Idempotent: the demo catalogue is imported as `catalogue import` would (services of the
    file become as the file says: edit demo_catalogue.json and seed again; other services are
    kept), accounts are kept, a fresh API key is made each time."""
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
        session.flush()
    document, problems = check_document(load_demo_catalogue())
    if problems:  # a broken file shipped: say where, in the developer's words
        raise ValueError("; ".join(p.line("en") for p in problems))
    import_document(
        session, document, None, f"seed-demo {CATALOGUE_FILE.name}", retire_absent=False
    )
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
