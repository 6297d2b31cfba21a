"""Alembic's migrations build exactly the tables municipal_server.models describes, on SQLite
and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from municipal_server import migrate
from municipal_server.db import Database
from municipal_server.models import Base


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_migrated_schema_matches_the_models(
    backend: str, database_factory: Callable[[str], str]
) -> None:
    url = database_factory(backend)
    migrate.upgrade(url)
    database = Database(url)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_0006_keeps_citizens_words_private_and_certificates_out_of_the_feed(
    backend: str, database_factory: Callable[[str], str]
) -> None:
    """Rows written before audiences existed: internal notes stay staff-only, what a citizen
    wrote (a reopen reason, published until then) becomes theirs, the rest stays public; a
    service without a location (a certificate) becomes private; sign-in failures are kept."""
    url = database_factory(backend)
    command.upgrade(migrate.alembic_config(url), "0005")
    database = Database(url)
    now = "2026-12-01 08:00:00"
    try:
        with database.engine.begin() as db:
            db.execute(
                text(
                    "INSERT INTO municipality (id, names, contact, changeset) "
                    "VALUES (1, '{}', '{}', :t)"
                ),
                {"t": now},
            )
            for code, located in (("pothole", True), ("certificate", False)):
                db.execute(
                    text(
                        'INSERT INTO services (code, names, descriptions, keywords, "group", '
                        "group_names, type, needs_location, target_days, sort_order, active) "
                        "VALUES (:c, '{}', '{}', '{}', 'g', '{}', 'realtime', :l, 7, 0, :a)"
                    ),
                    {"c": code, "l": located, "a": True},
                )
            db.execute(
                text(
                    "INSERT INTO users (id, name, email, password_hash, language, role, "
                    "created_at, is_active, notify_email, notify_sms) VALUES "
                    "(1, 'c', 'c@x.ps', 'h', 'ar', 'citizen', :t, :y, :y, :n), "
                    "(2, 'k', 'k@x.ps', 'h', 'ar', 'clerk', :t, :y, :y, :n)"
                ),
                {"t": now, "y": True, "n": False},
            )
            db.execute(
                text(
                    "INSERT INTO service_requests (id, number, service_id, status, description, "
                    "attributes, user_id, language, requested_at, updated_at, reopen_count, "
                    "search_text) VALUES (1, 'HEB-2026-000001', 1, 'received', 'd', '{}', 1, "
                    "'ar', :t, :t, 1, '')"
                ),
                {"t": now},
            )
            events = [
                ("status", 1, "submitted", None, True),
                ("note", 2, None, "internal", False),
                ("status", 2, "resolved", "fixed it", True),
                ("status", 1, "received", "call me on 0599111222", True),
                ("comment", 1, None, "a comment", True),
            ]
            for kind, actor, status, note, is_public in events:
                db.execute(
                    text(
                        "INSERT INTO request_events (request_id, at, actor_id, kind, status, "
                        "note, public, data) VALUES (1, :t, :a, :k, :s, :n, :p, '{}')"
                    ),
                    {"t": now, "a": actor, "k": kind, "s": status, "n": note, "p": is_public},
                )
            db.execute(
                text("INSERT INTO login_failures (key, at) VALUES ('login:1', :t)"), {"t": now}
            )
        database.dispose()
        migrate.upgrade(url)
        with database.engine.connect() as db:
            audiences = db.execute(
                text("SELECT kind, note, audience FROM request_events ORDER BY id")
            ).all()
            visibility = dict(db.execute(text("SELECT code, visibility FROM services")).all())
            hits = db.execute(text("SELECT key FROM rate_hits")).scalars().all()
        assert [a for _, _, a in audiences] == ["public", "staff", "public", "citizen", "citizen"]
        assert visibility == {"pothole": "public", "certificate": "private"}
        assert hits == ["login:1"]
    finally:
        database.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_0011c_makes_departments_a_table_and_points_requests_at_version_1(
    backend: str, database_factory: Callable[[str], str]
) -> None:
    """A database from before departments and versions: each service's group becomes a
    department (names from its first service), each service gets version 1 with its questions
    of today, and every request points at it, so it reads as it did."""
    url = database_factory(backend)
    command.upgrade(migrate.alembic_config(url), "0010v")
    database = Database(url)
    now = "2026-12-01 08:00:00"
    try:
        with database.engine.begin() as db:
            rows = (("leak", "water", '{"ar": "المياه"}', 1), ("meter", "water", '{"ar": "x"}', 2))
            rows += (("light", "electricity", '{"ar": "الكهرباء", "en": "Electricity"}', 0),)
            for code, group, names, order in rows:
                db.execute(
                    text(
                        'INSERT INTO services (code, names, descriptions, keywords, "group", '
                        "group_names, type, needs_location, target_days, sort_order, active, "
                        "visibility) VALUES (:c, '{}', '{}', '{}', :g, :n, 'realtime', :y, 7, "
                        ":o, :y, 'public')"
                    ),
                    {"c": code, "g": group, "n": names, "o": order, "y": True},
                )
            db.execute(
                text(
                    "INSERT INTO service_attributes (service_id, code, datatype, variable, "
                    'required, "order", descriptions, datatype_descriptions, "values") VALUES '
                    "(1, 'where', 'singlevaluelist', :y, :y, 1, '{\"ar\": \"أين؟\"}', '{}', "
                    '\'[{"key": "street", "names": {"ar": "الشارع"}}]\')'
                ),
                {"y": True},
            )
            db.execute(
                text(
                    "INSERT INTO service_requests (id, number, service_id, status, description, "
                    "attributes, language, requested_at, updated_at, reopen_count, "
                    "search_text) VALUES (1, 'HEB-2026-000001', 1, 'received', 'd', "
                    "'{\"where\": \"street\"}', 'ar', :t, :t, 0, '')"
                ),
                {"t": now},
            )
        database.dispose()
        migrate.upgrade(url)
        with database.engine.connect() as db:
            groups = db.execute(
                text("SELECT code, names, sort_order FROM service_groups ORDER BY sort_order")
            ).all()
            versions = db.execute(
                text(
                    "SELECT services.code, service_versions.version, service_versions.attributes"
                    " FROM service_versions JOIN services"
                    " ON services.id = service_versions.service_id ORDER BY services.code"
                )
            ).all()
            pointed = db.execute(
                text(
                    "SELECT service_versions.service_id, service_versions.version"
                    " FROM service_requests JOIN service_versions"
                    " ON service_versions.id = service_requests.service_version_id"
                )
            ).all()
            current = dict(db.execute(text("SELECT code, version FROM services")).all())
        decoded = [(c, n if isinstance(n, dict) else json.loads(n), o) for c, n, o in groups]
        assert decoded == [
            ("electricity", {"ar": "الكهرباء", "en": "Electricity"}, 0),
            ("water", {"ar": "المياه"}, 1),
        ]
        attrs = {c: a if isinstance(a, list) else json.loads(a) for c, _, a in versions}
        assert [v for _, v, _ in versions] == [1, 1, 1]
        assert attrs["light"] == [] and attrs["meter"] == []
        assert attrs["leak"] == [
            {
                "code": "where",
                "datatype": "singlevaluelist",
                "variable": True,
                "required": True,
                "order": 1,
                "descriptions": {"ar": "أين؟"},
                "datatype_descriptions": {},
                "values": [{"key": "street", "names": {"ar": "الشارع"}}],
            }
        ]
        assert pointed == [(1, 1)]
        assert current == {"leak": 1, "meter": 1, "light": 1}
    finally:
        database.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_0013v2_trusts_staff_addresses_and_asks_citizens_to_confirm_theirs(
    backend: str, database_factory: Callable[[str], str]
) -> None:
    """Accounts from before verification: a clerk's address was entered by the municipality
    (verified); a citizen's was typed by whoever registered it (not verified, even after mail
    went there), so it gets no notification until its owner confirms it."""
    url = database_factory(backend)
    command.upgrade(migrate.alembic_config(url), "0012m")
    database = Database(url)
    try:
        with database.engine.begin() as db:
            for name, role, email, phone in (
                ("citizen", "citizen", "c@example.ps", "0599000001"),
                ("clerk", "clerk", "k@example.ps", None),
            ):
                db.execute(
                    text(
                        "INSERT INTO users (name, email, phone, password_hash, language, role, "
                        "created_at, is_active, notify_email, notify_sms, must_change_password) "
                        "VALUES (:n, :e, :p, 'x', 'ar', :r, '2026-12-01 08:00:00', :t, :t, :f, :f)"
                    ),
                    {"n": name, "e": email, "p": phone, "r": role, "t": True, "f": False},
                )
        migrate.upgrade(url)
        with database.engine.connect() as db:
            rows = db.execute(
                text(
                    "SELECT name, email_verified_at, phone_verified_at, pending_email "
                    "FROM users ORDER BY name"
                )
            ).all()
    finally:
        database.dispose()
    assert [row[0] for row in rows] == ["citizen", "clerk"]
    assert rows[0][1:] == (None, None, None)
    assert rows[1][1] is not None and rows[1][2] is None and rows[1][3] is None
