"""The catalogue administered over the real server (SQLite and PostgreSQL): departments and
services in three languages with all six kinds of question, what Open311 lists at once, versions
that keep old requests readable as they were made, retirement, validation in the caller's
language, the audit log, and `municipal-server catalogue export/import` for IT staff."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

import requests

from citizen_app.api.open311 import definition as parse_definition
from tests.conftest import Account
from tests.helpers import marker
from tests.live_server import ROOT, LiveServer, run_cli

LANGS = ("ar", "en", "fr")


def texts(word: str) -> dict[str, str]:
    """A text in the three languages, each recognisable."""
    return {"ar": f"{word} بالعربية", "en": f"{word} in English", "fr": f"{word} en français"}


def service_body(group: str, mark: str) -> dict:
    """A service with all six datatypes, an information line and a required list question."""
    return {
        "group": group,
        "names": texts(f"خدمة {mark}"),
        "descriptions": texts("وصف"),
        "keywords": {"ar": "حديقة,شجرة", "en": "park,tree", "fr": "parc,arbre"},
        "type": "realtime",
        "needs_location": True,
        "target_days": 4,
        "visibility": "public",
        "attributes": [
            {
                "code": "notice",
                "datatype": "string",
                "variable": False,
                "descriptions": texts("تنبيه"),
            },
            {
                "code": "kind",
                "datatype": "singlevaluelist",
                "required": True,
                "descriptions": texts("ما نوع المشكلة؟"),
                "datatype_descriptions": texts("اختر واحدًا"),
                "values": [
                    {"key": "tree", "names": texts("شجرة")},
                    {"key": "bench", "names": texts("مقعد")},
                ],
            },
            {
                "code": "parts",
                "datatype": "multivaluelist",
                "descriptions": texts("الأجزاء"),
                "values": [
                    {"key": "seat", "names": texts("المقعد")},
                    {"key": "legs", "names": texts("الأرجل")},
                ],
            },
            {"code": "count", "datatype": "number", "descriptions": texts("العدد")},
            {"code": "seen", "datatype": "datetime", "descriptions": texts("متى رأيتها؟")},
            {"code": "name", "datatype": "string", "descriptions": texts("اسم الحديقة")},
            {"code": "more", "datatype": "text", "descriptions": texts("تفاصيل")},
        ],
    }


def put(account: Account, server: LiveServer, path: str, body: dict, language: str = "ar"):
    return account.http.put(
        f"{server.url}/api/v1/admin/{path}",
        json=body,
        headers={"Accept-Language": language},
        timeout=30,
    )


def create_department_and_service(server: LiveServer, admin: Account) -> tuple[str, str]:
    mark = marker()
    group, code = f"g-{mark}", f"s-{mark}"
    made = put(admin, server, f"groups/{group}", {"names": texts(f"قسم {mark}"), "order": 50})
    assert made.status_code == 201, made.text
    assert made.json() == {"code": group, "names": texts(f"قسم {mark}"), "order": 50}
    made = put(admin, server, f"services/{code}", service_body(group, mark))
    assert made.status_code == 201, made.text
    assert made.json()["version"] == 1
    return group, code


def submit(server: LiveServer, account: Account, code: str) -> str:
    form = [
        ("api_key", server.api_key),
        ("service_code", code),
        ("address_string", "حديقة البلدية"),
        ("description", "مقعد مكسور"),
        ("attribute[kind]", "bench"),
        ("attribute[parts]", "seat"),
        ("attribute[parts]", "legs"),
        ("attribute[count]", "٣"),
        ("attribute[seen]", "2026-12-01T10:00:00+02:00"),
        ("attribute[name]", "حديقة المنشية"),
        ("attribute[more]", "سطر أول\nسطر ثان"),
    ]
    response = account.http.post(f"{server.url}/open311/v2/requests.json", data=form, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()[0]["service_request_id"]


def detail(server: LiveServer, account: Account, number: str, language: str = "ar") -> dict:
    response = account.http.get(
        f"{server.url}/api/v1/requests/{number}",
        headers={"Accept-Language": language},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return response.json()


def open311(server: LiveServer, path: str, language: str) -> requests.Response:
    response = requests.get(
        f"{server.url}/open311/v2/{path}", headers={"Accept-Language": language}, timeout=30
    )
    assert response.status_code == 200, response.text
    return response


def changeset(server: LiveServer) -> str:
    return requests.get(f"{server.url}/open311/discovery.json", timeout=30).json()["changeset"]


def test_a_new_department_and_service_are_listed_by_open311_in_each_language_at_once(
    server: LiveServer, admin: Account, start_server: Callable[..., LiveServer]
) -> None:
    before = changeset(server)
    # A second process on the same database: what one process saves, the other serves.
    other = start_server(database_url=server.database_url, seed=False)
    group, code = create_department_and_service(server, admin)
    assert changeset(server) > before
    assert changeset(other) == changeset(server)
    for language in LANGS:
        for live in (server, other):
            listed = {s["service_code"]: s for s in open311(live, "services.json", language).json()}
            assert listed[code]["service_name"] == texts(f"خدمة {code[2:]}")[language]
            assert listed[code]["group"] == texts(f"قسم {group[2:]}")[language]
            assert listed[code]["group_code"] == group
            assert (
                listed[code]["keywords"]
                == {"ar": "حديقة,شجرة", "en": "park,tree", "fr": "parc,arbre"}[language]
            )
            assert listed[code]["metadata"] is True
            assert listed[code]["target_days"] == 4
        root = ET.fromstring(open311(server, "services.xml", language).content)
        names = {s.findtext("service_code"): s.findtext("service_name") for s in root}
        assert names[code] == texts(f"خدمة {code[2:]}")[language]
        for fmt in ("json", "xml"):
            response = open311(server, f"services/{code}.{fmt}", language)
            if fmt == "json":
                attributes = response.json()["attributes"]
                assert [a["code"] for a in attributes] == [
                    "notice",
                    "kind",
                    "parts",
                    "count",
                    "seen",
                    "name",
                    "more",
                ]
                assert {a["datatype"] for a in attributes} == {
                    "string",
                    "number",
                    "datetime",
                    "text",
                    "singlevaluelist",
                    "multivaluelist",
                }
                kind = attributes[1]
                assert kind["description"] == texts("ما نوع المشكلة؟")[language]
                assert kind["datatype_description"] == texts("اختر واحدًا")[language]
                assert kind["required"] is True
                assert [v["name"] for v in kind["values"]] == [
                    texts("شجرة")[language],
                    texts("مقعد")[language],
                ]
                assert attributes[0]["variable"] is False
            else:
                root = ET.fromstring(response.content)
                assert len(root.findall(".//attribute")) == 7


def clerk_panel_text(qtbot, shown: dict, definition) -> str:
    """What the clerk's detail panel writes of a request's answers."""
    from citizen_app.ui.clerk.detail_panel import DetailPanel

    panel = DetailPanel(None, lambda _url: b"")  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    return panel.answers_text(shown, definition)


def test_editing_the_questions_leaves_an_existing_request_as_it_was_made(
    server: LiveServer, admin: Account, citizen_a: Account, clerk: Account, qtbot
) -> None:
    group, code = create_department_and_service(server, admin)
    number = submit(server, citizen_a, code)
    was = {lang: detail(server, clerk, number, lang)["answers"] for lang in LANGS}
    kind = next(a for a in was["en"] if a["code"] == "kind")
    assert kind == {
        "code": "kind",
        "question": "ما نوع المشكلة؟ in English",
        "datatype": "singlevaluelist",
        "value": "bench",
        "shown": "مقعد in English",
    }
    parts = next(a for a in was["fr"] if a["code"] == "parts")
    assert parts["value"] == ["seat", "legs"]
    assert parts["shown"] == "المقعد en français، الأرجل en français"

    edited = service_body(group, code[2:])
    edited["attributes"][1]["descriptions"] = texts("سؤال جديد")
    edited["attributes"][1]["values"] = [{"key": "bench", "names": texts("كرسي")}]
    del edited["attributes"][2]  # "parts" is no longer asked
    saved = put(admin, server, f"services/{code}", edited)
    assert saved.status_code == 200, saved.text
    assert saved.json()["version"] == 2
    # Saving the same again is no new version.
    assert put(admin, server, f"services/{code}", edited).json()["version"] == 2

    for lang in LANGS:
        assert detail(server, clerk, number, lang)["answers"] == was[lang]
        assert detail(server, citizen_a, number, lang)["answers"] == was[lang]
    definition = open311(server, f"services/{code}.json", "en").json()["attributes"]
    assert "parts" not in [a["code"] for a in definition]
    assert definition[1]["description"] == "سؤال جديد in English"
    # The citizen app reads the edited definition and still accepts it (its own parser).
    parsed = parse_definition(open311(server, f"services/{code}.json", "en").json(), code)
    assert [a.code for a in parsed.attributes] == [
        "notice",
        "kind",
        "count",
        "seen",
        "name",
        "more",
    ]
    assert clerk_panel_text(qtbot, detail(server, clerk, number, "ar"), parsed) == clerk_panel_text(
        qtbot, {**detail(server, clerk, number, "ar")}, None
    )
    assert "ما نوع المشكلة؟ بالعربية" in clerk_panel_text(
        qtbot, detail(server, clerk, number, "ar"), parsed
    )
    newer = submit_without_parts(server, citizen_a, code)
    shown = {a["code"]: a for a in detail(server, clerk, newer, "en")["answers"]}
    assert shown["kind"]["question"] == "سؤال جديد in English"
    assert shown["kind"]["shown"] == "كرسي in English"


def submit_without_parts(server: LiveServer, account: Account, code: str) -> str:
    form = {
        "api_key": server.api_key,
        "service_code": code,
        "address_string": "حديقة البلدية",
        "attribute[kind]": "bench",
    }
    response = account.http.post(f"{server.url}/open311/v2/requests.json", data=form, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()[0]["service_request_id"]


def test_a_retired_service_leaves_the_catalogue_and_its_requests_stay_in_the_queue(
    server: LiveServer, admin: Account, citizen_a: Account, clerk: Account
) -> None:
    group, code = create_department_and_service(server, admin)
    number = submit(server, citizen_a, code)
    retired = {**service_body(group, code[2:]), "active": False}
    response = put(admin, server, f"services/{code}", retired)
    assert response.status_code == 200, response.text
    assert response.json()["active"] is False
    assert code not in [s["service_code"] for s in open311(server, "services.json", "ar").json()]
    assert code.encode() not in open311(server, "services.xml", "ar").content
    gone = requests.get(f"{server.url}/open311/v2/services/{code}.json", timeout=30)
    assert gone.status_code == 404
    queue = clerk.http.get(
        f"{server.url}/api/v1/clerk/requests", params={"service": code}, timeout=30
    ).json()
    assert [item["id"] for item in queue["items"]] == [number]
    assert detail(server, citizen_a, number)["answers"]
    catalogue = admin.http.get(f"{server.url}/api/v1/admin/catalogue", timeout=30).json()
    assert next(s for s in catalogue["services"] if s["code"] == code)["active"] is False
    # A new request for it is refused.
    form = {"api_key": server.api_key, "service_code": code, "address_string": "x"}
    refused = requests.post(f"{server.url}/open311/v2/requests.json", data=form, timeout=30)
    assert refused.status_code == 404


def test_mistakes_are_named_by_path_in_the_callers_language_and_change_nothing(
    server: LiveServer, admin: Account
) -> None:
    group, code = create_department_and_service(server, admin)
    before = admin.http.get(f"{server.url}/api/v1/admin/catalogue", timeout=30).json()
    bad = service_body(group, "x")
    bad["group"] = "no-such-department"
    bad["names"] = {"en": "Only English"}
    bad["attributes"][1]["values"] = []
    bad["attributes"][3]["datatype"] = "colour"
    bad["attributes"][5]["code"] = "kind"
    messages = {}
    for language in LANGS:
        response = put(admin, server, f"services/{code}", bad, language)
        assert response.status_code == 422, response.text
        errors = response.json()["errors"]
        assert [(e["path"], e["code"]) for e in errors] == [
            ("group", "unknown_group"),
            ("attributes[1].values", "values_missing"),
            ("attributes[3].datatype", "datatype"),
            ("attributes[5].code", "duplicate"),
            ("names.ar", "arabic_missing"),
        ]
        messages[language] = [e["message"] for e in errors]
        assert response.json()["error"]["code"] == "invalid_catalogue"
    assert messages["en"][4] == "needs an Arabic text (ar)"
    assert messages["fr"][4] == "il faut un texte en arabe (ar)"
    assert messages["ar"][4] == "النص العربي (ar) مطلوب"
    assert "no-such-department" in messages["en"][0]
    after = admin.http.get(f"{server.url}/api/v1/admin/catalogue", timeout=30).json()
    assert after == before
    # A group without an Arabic name; a mismatched code.
    response = put(admin, server, f"groups/{group}", {"names": {"fr": "Parcs"}, "code": "x"}, "en")
    assert [(e["path"], e["code"]) for e in response.json()["errors"]] == [
        ("code", "code_mismatch"),
        ("names.ar", "arabic_missing"),
    ]
    # The whole-document check: full paths, nothing changed.
    document = {
        "format": 1,
        "groups": before["groups"],
        "services": [*before["services"], before["services"][0]],
    }
    checked = admin.http.post(
        f"{server.url}/api/v1/admin/catalogue/check",
        json=document,
        headers={"Accept-Language": "en"},
        timeout=30,
    )
    assert checked.status_code == 200
    assert [(e["path"], e["code"]) for e in checked.json()["errors"]] == [
        (f"services[{len(before['services'])}].code", "duplicate")
    ]
    document["services"] = before["services"]
    assert admin.http.post(
        f"{server.url}/api/v1/admin/catalogue/check", json=document, timeout=30
    ).json() == {"errors": []}


def test_catalogue_changes_are_in_the_audit_log(server: LiveServer, admin: Account) -> None:
    group, code = create_department_and_service(server, admin)
    retired = {**service_body(group, code[2:]), "active": False}
    assert put(admin, server, f"services/{code}", retired).status_code == 200
    entries = admin.http.get(
        f"{server.url}/api/v1/admin/audit", params={"q": code[2:]}, timeout=30
    ).json()["items"]
    found = [(e["action"], e["target"], e["actor"]) for e in reversed(entries)]
    assert found == [
        ("catalogue.group.created", f"group {group}", admin.user["name"]),
        ("catalogue.service.created", f"service {code}", admin.user["name"]),
        ("catalogue.service.retired", f"service {code}", admin.user["name"]),
    ]
    last = entries[0]
    assert last["before"]["active"] is True and last["after"]["active"] is False


ROUTES = [
    ("GET", "catalogue", None),
    ("POST", "catalogue/check", {"format": 1, "groups": [], "services": []}),
    ("PUT", "groups/g-refused", {"names": {"ar": "قسم"}}),
    ("PUT", "services/s-refused", {"group": "water", "names": {"ar": "خدمة"}}),
]


def test_only_administrators_reach_the_catalogue_routes(
    server: LiveServer, citizen_a: Account, clerk: Account, supervisor: Account, admin: Account
) -> None:
    for method, path, body in ROUTES:
        url = f"{server.url}/api/v1/admin/{path}"
        assert requests.request(method, url, json=body, timeout=30).status_code == 401
        for account in (citizen_a, clerk, supervisor):
            answer = account.http.request(method, url, json=body, timeout=30)
            assert answer.status_code == 403, (path, account.user["role"])
    catalogue = admin.http.get(f"{server.url}/api/v1/admin/catalogue", timeout=30).json()
    assert "s-refused" not in [s["code"] for s in catalogue["services"]]
    assert "g-refused" not in [g["code"] for g in catalogue["groups"]]


def cli(server: LiveServer, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "municipal_server", "--database-url", server.database_url, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )


def test_export_then_import_changes_nothing_and_five_mistakes_get_five_messages(
    server: LiveServer, admin: Account, tmp_path: Path
) -> None:
    create_department_and_service(server, admin)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    run_cli(server.database_url, "catalogue", "export", str(first))
    out = run_cli(server.database_url, "catalogue", "import", str(first))
    assert "no change" in out
    run_cli(server.database_url, "catalogue", "export", str(second))
    assert first.read_bytes() == second.read_bytes()

    document = json.loads(first.read_text(encoding="utf-8"))
    document["services"][0]["names"].pop("ar")
    document["services"][1]["code"] = document["services"][2]["code"]
    document["services"][3]["group"] = "nowhere"
    listed = next(
        (s, a)
        for s in document["services"]
        for a in s["attributes"]
        if a["datatype"] == "singlevaluelist" and s is not document["services"][0]
    )
    listed[1]["values"] = []
    document["services"][4]["attributes"].append({"code": "q", "datatype": "checkbox"})
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    for dry in ((), ("--dry-run",)):
        result = cli(server, "catalogue", "import", str(broken), *dry)
        assert result.returncode == 1
        lines = [line for line in result.stderr.splitlines() if line.startswith(str(broken))]
        assert len(lines) == 5, result.stderr
        assert "services[0].names.ar: needs an Arabic text (ar)" in result.stderr
        assert "services[3].group: there is no department 'nowhere'" in result.stderr
        assert "nothing was changed" in result.stderr
    french = cli(server, "catalogue", "import", str(broken), "--language", "fr")
    assert "il faut un texte en arabe (ar)" in french.stderr
    not_json = tmp_path / "not.json"
    not_json.write_text('{"format": 1,', encoding="utf-8")
    assert "line 1, column" in cli(server, "catalogue", "import", str(not_json)).stderr
    run_cli(server.database_url, "catalogue", "export", str(second))
    assert first.read_bytes() == second.read_bytes()

    # A real change: a dry run says it and changes nothing; the import then does, audited.
    document = json.loads(first.read_text(encoding="utf-8"))
    mark = uuid.uuid4().hex[:8]
    document["groups"].append({"code": f"it-{mark}", "names": {"ar": "قسم تقنية المعلومات"}})
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    dry = run_cli(server.database_url, "catalogue", "import", str(changed), "--dry-run")
    assert f"created: group it-{mark}" in dry and "dry run" in dry
    run_cli(server.database_url, "catalogue", "export", str(second))
    assert first.read_bytes() == second.read_bytes()
    assert f"created: group it-{mark}" in run_cli(
        server.database_url, "catalogue", "import", str(changed)
    )
    entries = admin.http.get(
        f"{server.url}/api/v1/admin/audit", params={"q": "catalogue.import"}, timeout=30
    ).json()["items"]
    assert entries[0]["target"] == f"catalogue import {changed}"
    assert entries[0]["after"]["created"] == [f"group it-{mark}"]
    assert entries[0]["actor"] == "municipal-server"
