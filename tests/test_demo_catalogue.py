"""The demo municipality's catalogue is complete in all three languages."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from municipal_server import migrate
from municipal_server.catalogue.document import check_document, dump
from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.models import Service
from municipal_server.seed import CATALOGUE_FILE, load_demo_catalogue, seed_demo

LANGUAGES = {"ar", "en", "fr"}
DATATYPES = {"string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"}


def texts(service: dict) -> list[dict]:
    found = [service["names"], service["descriptions"], service["keywords"]]
    for attribute in service.get("attributes", []):
        found.append(attribute["descriptions"])
        found += [value["names"] for value in attribute.get("values", [])]
    return found


def test_the_file_is_a_catalogue_document_as_export_writes_it() -> None:
    """No mistake, and byte for byte what `catalogue export` would write of it."""
    document, problems = check_document(load_demo_catalogue())
    assert problems == []
    assert dump(document) == CATALOGUE_FILE.read_text(encoding="utf-8")


def test_every_text_is_in_arabic_english_and_french() -> None:
    for group in load_demo_catalogue()["groups"]:
        assert set(group["names"]) == LANGUAGES, group["code"]
    for service in load_demo_catalogue()["services"]:
        for text in texts(service):
            assert set(text) == LANGUAGES, service["code"]
            assert all(value.strip() for value in text.values()), service["code"]


def test_the_catalogue_covers_the_municipal_departments_and_datatypes() -> None:
    services = load_demo_catalogue()["services"]
    assert len(services) >= 12
    assert len({s["code"] for s in services}) == len(services)
    assert {s["group"] for s in services} >= {
        "water",
        "electricity",
        "roads",
        "waste",
        "building",
        "certificates",
        "health",
    }
    used = {a["datatype"] for s in services for a in s.get("attributes", [])}
    assert used == DATATYPES
    assert any(s.get("type") == "batch" for s in services)
    assert any(s.get("needs_location") is False for s in services)
    for service in services:
        for attribute in service.get("attributes", []):
            if attribute["datatype"].endswith("valuelist"):
                keys = [v["key"] for v in attribute["values"]]
                assert len(keys) == len(set(keys)), attribute["code"]
                assert all(k.isascii() for k in keys)


def test_every_service_has_a_target_and_seeding_again_applies_edited_targets(
    tmp_path: Path,
) -> None:
    demo = {s["code"]: s["target_days"] for s in load_demo_catalogue()["services"]}
    assert all(isinstance(days, int) and 0 < days <= 30 for days in demo.values())
    url = f"sqlite:///{tmp_path / 'seed.db'}"
    migrate.upgrade(url)
    database = Database(url)
    try:
        with database.session() as session:
            seed_demo(session, Settings(database_url=url))
            session.scalars(select(Service).where(Service.code == "pothole")).one().target_days = 99
            session.commit()
            seed_demo(session, Settings(database_url=url))
            found = {s.code: s.target_days for s in session.scalars(select(Service))}
    finally:
        database.dispose()
    assert found == demo
