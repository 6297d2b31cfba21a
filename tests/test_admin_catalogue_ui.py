"""The administrator's Catalogue tab in the real window against the real server: a department
and a service with all six datatypes in three languages made through the page, the preview of
the citizen's form in each language, the checks in Arabic, the server's refusal shown with
nothing typed lost, the whole of it with the keyboard alone, and the editor at 1366×768."""

from __future__ import annotations

import re
import uuid

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTableWidgetItem

from citizen_app.api.client import Open311Client
from citizen_app.i18n import apply_language
from citizen_app.ui.admin.catalogue_checks import check_group, check_service
from citizen_app.ui.admin.department_dialog import DepartmentDialog
from citizen_app.ui.admin.question_editor import new_question
from citizen_app.ui.admin.service_editor import new_service
from citizen_app.ui.fields import Field
from tests.conftest import SERVER_ENV, sign_in
from tests.live_server import LiveServer
from tests.test_clerk_workspace import signed_in_window
from tests.test_keyboard import focused, key, press, tab_to, type_into
from tests.test_screen_fit import beyond, placed, settle

ARABIC = re.compile(r"[\u0600-\u06ff]")
LANGUAGES = ("ar", "en", "fr")
#: (datatype, question in ar/en/fr, values) — the six Open311 datatypes
QUESTIONS = [
    ("string", ("رقم الحديقة", "Park number", "Numéro du parc"), []),
    ("number", ("عدد الأشجار", "Number of trees", "Nombre d'arbres"), []),
    ("datetime", ("متى رأيت الضرر؟", "When did you see it?", "Quand l'avez-vous vu ?"), []),
    ("text", ("صف الضرر", "Describe the damage", "Décrivez les dégâts"), []),
    (
        "singlevaluelist",
        ("ما نوع الضرر؟", "What kind of damage?", "Quel type de dégât ?"),
        [("tree", ("شجرة مكسورة", "Broken tree", "Arbre cassé"))],
    ),
    (
        "multivaluelist",
        ("ماذا يوجد قربه؟", "What is nearby?", "Qu'y a-t-il à côté ?"),
        [
            ("school", ("مدرسة", "School", "École")),
            ("mosque", ("مسجد", "Mosque", "Mosquée")),
        ],
    ),
]


@pytest.fixture(scope="module")
def catalogue_server(database_factory) -> LiveServer:
    """A server of this module's own: the services made here change no other test's catalogue.
    Skipped only where the admin catalogue routes do not exist (this branch before the server
    side of issue 15 is merged)."""
    live = LiveServer(database_factory("sqlite"), env=dict(SERVER_ENV))
    live.seed()
    live.start()
    admin = sign_in(live, *live.accounts["admin"])
    probe = admin.http.get(f"{live.url}/api/v1/admin/catalogue", timeout=30)
    if probe.status_code == 404:
        live.stop()
        pytest.skip("the server has no /api/v1/admin/catalogue yet (issue 15's server side)")
    assert probe.status_code == 200, probe.text
    yield live
    live.stop()


def catalogue_tab(qtbot, server: LiveServer):
    window = signed_in_window(qtbot, server, *server.accounts["admin"])
    window.staff.admin_button.click()
    page = window.admin.catalogue
    window.admin.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() >= 5, timeout=15000)
    return window, page


def select(page, code: str) -> None:
    for top in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(top)
        for item in [group] + [group.child(n) for n in range(group.childCount())]:
            if item.data(0, Qt.ItemDataRole.UserRole)[1] == code:
                page.tree.setCurrentItem(item)
                return
    raise AssertionError(f"{code} not in the list")


def mistakes(editor) -> list[str]:
    return [editor.mistakes_list.item(n).text() for n in range(editor.mistakes_list.count())]


def new_department(qtbot, page, code: str) -> None:
    opened: list = []
    page.dialog_opened.connect(opened.append)
    page.new_group_button.click()
    dialog = opened[-1]
    assert isinstance(dialog, DepartmentDialog)
    dialog.on_save_clicked()  # nothing typed: refused here, in Arabic
    assert dialog.error.isVisibleTo(dialog) and ARABIC.search(dialog.error.text())
    dialog.code.setText(code)
    dialog.names.set_value({"ar": "الحدائق", "en": "Parks", "fr": "Parcs"})
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: page.find("group", code) is not None, timeout=15000)


def test_the_apps_checks_name_each_mistake_in_arabic_with_the_servers_paths(qtbot) -> None:
    """Without a server: what the editor refuses before sending, said in Arabic."""
    apply_language("ar")
    service = new_service("water")
    service["code"] = "water leak"  # a space: not a code
    service["attributes"] = [
        {**new_question("where"), "datatype": "singlevaluelist", "descriptions": {"ar": "أين؟"}},
        {**new_question("where"), "descriptions": {"en": "English only"}},
        {
            **new_question("kind"),
            "datatype": "multivaluelist",
            "descriptions": {"ar": "ما النوع؟"},
            "values": [{"key": "a", "names": {"ar": "أ"}}, {"key": "a", "names": {"en": "B"}}],
        },
    ]
    found = check_service(service, taken=set(), groups={"water"})
    assert [m.path for m in found] == [
        "code",
        "names.ar",
        "attributes[0].values",
        "attributes[1].code",
        "attributes[1].descriptions.ar",
        "attributes[2].values[1].key",
        "attributes[2].values[1].names.ar",
    ]
    assert all(ARABIC.search(m.message) for m in found)
    service.update(code="water-leak", names={"ar": "تسرب مياه"}, attributes=[], group="gone")
    assert [m.path for m in check_service(service, {"water-leak"}, {"water"})] == [
        "code",
        "group",
    ]
    assert [m.path for m in check_group("water", {"en": "Water"}, {"water"})] == [
        "code",
        "names.ar",
    ]


def test_an_admin_makes_a_department_and_a_service_with_every_datatype(
    qtbot, catalogue_server: LiveServer
) -> None:
    server = catalogue_server
    _window, page = catalogue_tab(qtbot, server)
    group, code = f"parks-{uuid.uuid4().hex[:6]}", f"park-damage-{uuid.uuid4().hex[:6]}"
    new_department(qtbot, page, group)
    select(page, group)
    page.new_service_button.click()
    editor = page.editor
    assert page.stack.currentWidget() is editor
    assert editor.group.currentData() == group

    # Nothing typed, then a list question without values: said in Arabic, nothing sent.
    editor.on_save_clicked()
    found = mistakes(editor)
    assert found and all(ARABIC.search(text) for text in found)
    assert editor.names.widget("ar").property("invalid")
    editor.code.setText(code)
    editor.names.set_value({"ar": "ضرر في حديقة", "en": "Park damage", "fr": "Dégât au parc"})
    editor.descriptions.set_value(
        {"ar": "أبلغ عن ضرر في حديقة عامة", "en": "Report damage in a park", "fr": "Signaler"}
    )
    editor.keywords.set_value({"ar": "حديقة,شجرة", "en": "park,tree", "fr": "parc,arbre"})
    questions = editor.questions
    questions.add_button.click()
    questions.datatype.setCurrentIndex(questions.datatype.findData("singlevaluelist"))
    questions.text.set_value({"ar": "سؤال بلا قيم"})
    editor.on_save_clicked()
    assert any(ARABIC.search(text) and "1" in text for text in mistakes(editor))
    assert questions.values.property("invalid")
    assert editor.names.value()["fr"] == "Dégât au parc"  # nothing typed is lost
    questions.remove_button.click()

    # The six datatypes, then an information line, in three languages.
    for n, (datatype, texts, values) in enumerate(QUESTIONS):
        questions.add_button.click()
        questions.code.setText(f"q_{datatype}")
        questions.datatype.setCurrentIndex(questions.datatype.findData(datatype))
        questions.required.setChecked(n % 2 == 0)
        questions.text.set_value(dict(zip(LANGUAGES, texts, strict=True)))
        questions.help.set_value({"ar": "مساعدة", "en": "Help", "fr": "Aide"})
        for key_, names in values:
            questions.add_value_button.click()
            row = questions.values.rowCount() - 1
            for column, text in enumerate((key_, *names)):
                questions.values.setItem(row, column, QTableWidgetItem(text))
    questions.add_button.click()
    questions.code.setText("note")
    questions.informational.setChecked(True)
    questions.text.set_value(
        {"ar": "للطوارئ اتصل بالرقم 102", "en": "Call 102", "fr": "Appelez le 102"}
    )
    questions.up_button.click()  # the line goes before the last question…
    questions.down_button.click()  # …and back to the end

    # The preview is the citizen's form, in each language.
    for n, language in enumerate(LANGUAGES):
        editor.preview.language_buttons[language].click()
        editor.update_preview()
        shown = editor.preview.questions
        assert len(shown) == 7
        labels = [w.label.text() for w in shown if isinstance(w, Field)]
        for (datatype, texts, _), label in zip(QUESTIONS, labels, strict=True):
            assert texts[n] in label, (language, datatype, label)
        assert isinstance(shown[-1], QLabel) and "102" in shown[-1].text()
        kinds = [w.attribute.datatype for w in shown if isinstance(w, Field)]
        assert kinds == [q[0] for q in QUESTIONS]

    editor.on_save_clicked()
    qtbot.waitUntil(lambda: editor.original is not None, timeout=15000)
    assert mistakes(editor) == []
    assert editor.original["version"] >= 1

    # The citizen's catalogue and form show it in each language.
    for n, language in enumerate(LANGUAGES):
        client = Open311Client(server.url, language=language)
        service = next(s for s in client.services() if s.code == code)
        assert service.name == ("ضرر في حديقة", "Park damage", "Dégât au parc")[n]
        definition = client.definition(code)
        assert [a.datatype for a in definition.attributes][:6] == [q[0] for q in QUESTIONS]
        assert [a.description for a in definition.attributes][:6] == [q[1][n] for q in QUESTIONS]
        assert not definition.attributes[6].variable
        listed = definition.attributes[5].values
        assert [v.name for v in listed] == [v[1][n] for v in QUESTIONS[5][2]]

    # Back on the list: the service is there, under its department.
    editor.back_button.click()
    qtbot.waitUntil(lambda: page.find("service", code) is not None, timeout=15000)
    select(page, code)

    # Retired: greyed in the list (hidden on request), gone from the citizens' catalogue.
    page.edit_button.click()
    editor.active.setChecked(False)
    version = editor.original["version"]
    editor.on_save_clicked()
    qtbot.waitUntil(lambda: editor.original["active"] is False, timeout=15000)
    assert editor.original["version"] == version  # the questions did not change
    editor.back_button.click()
    qtbot.waitUntil(lambda: page.find("service", code)["active"] is False, timeout=15000)
    select(page, code)
    assert page.tree.currentItem().text(3) == "موقوفة"
    page.show_retired.setChecked(False)
    with pytest.raises(AssertionError):
        select(page, code)
    assert code not in {s.code for s in Open311Client(server.url).services()}


def test_the_servers_refusal_is_shown_by_its_field_and_nothing_typed_is_lost(
    qtbot, catalogue_server: LiveServer
) -> None:
    _window, page = catalogue_tab(qtbot, catalogue_server)
    # A department only this window believes in: the app's checks pass, the server's do not.
    groups = [*page.groups(), ("ghost-department", "قسم غير موجود")]
    page.editor.edit(None, groups, set(), "ghost-department")
    page.stack.setCurrentWidget(page.editor)
    editor = page.editor
    editor.code.setText(f"ghost-{uuid.uuid4().hex[:6]}")
    editor.names.set_value({"ar": "خدمة تجريبية", "en": "A trial service"})
    editor.on_save_clicked()
    qtbot.waitUntil(lambda: bool(mistakes(editor)), timeout=15000)
    assert editor.status.text() and ARABIC.search(editor.status.text())
    assert all(ARABIC.search(text) for text in mistakes(editor))
    assert editor.group.property("invalid")  # the path "group" marks the department
    assert editor.names.value() == {"ar": "خدمة تجريبية", "en": "A trial service"}
    assert editor.save_button.isEnabled()
    editor.mistakes_list.setCurrentRow(0)
    editor.on_mistake_activated(editor.mistakes_list.item(0))
    assert focused() is editor.group

    # Leaving with what was typed unsaved asks first; Cancel keeps it, Discard leaves.
    editor.back_button.click()
    assert editor.leaving is not None and editor.leaving.isVisible()
    editor.leaving.button(QMessageBox.StandardButton.Cancel).click()
    assert page.stack.currentWidget() is editor and editor.names.value()["ar"] == "خدمة تجريبية"
    editor.back_button.click()
    editor.leaving.button(QMessageBox.StandardButton.Discard).click()
    assert page.stack.currentWidget() is page.list_view


def test_a_service_made_with_the_keyboard_alone(qtbot, catalogue_server: LiveServer) -> None:
    server = catalogue_server
    window, page = catalogue_tab(qtbot, server)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    code, group = f"kbd-{uuid.uuid4().hex[:6]}", f"kbd-dept-{uuid.uuid4().hex[:6]}"
    opened: list = []
    page.dialog_opened.connect(opened.append)
    page.tree.setFocus()
    press(page.new_group_button)
    dialog = opened[-1]
    qtbot.waitUntil(lambda: focused() is dialog.code, timeout=5000)
    type_into(dialog.code, group)
    type_into(dialog.names.widget("ar"), "دائرة لوحة المفاتيح")
    key(Qt.Key.Key_Return)  # Save is the dialog's default button
    qtbot.waitUntil(lambda: page.find("group", group) is not None, timeout=15000)
    window.activateWindow()  # the dialog closed (offscreen, nothing activates the window)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert page.selected() == ("group", group)  # the new department, for its first service
    press(page.new_service_button)
    editor = page.editor
    qtbot.waitUntil(lambda: focused() is editor.code, timeout=5000)
    assert editor.group.currentData() == group
    type_into(editor.code, code)
    type_into(editor.names.widget("ar"), "خدمة بلوحة المفاتيح")
    type_into(editor.names.widget("en"), "Keyboard service")
    press(editor.questions.add_button)
    assert focused() is editor.questions.text.widget("ar")
    type_into(editor.questions.text.widget("ar"), "ما الرقم؟")
    tab_to(editor.questions.datatype)
    key(Qt.Key.Key_Down)  # short text -> number
    assert editor.questions.datatype.currentData() == "number"
    press(editor.save_button)
    qtbot.waitUntil(lambda: editor.original is not None, timeout=15000)
    definition = Open311Client(server.url, language="ar").definition(code)
    assert [(a.datatype, a.description) for a in definition.attributes] == [("number", "ما الرقم؟")]
    press(editor.back_button)
    assert page.stack.currentWidget() is page.list_view


@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1280, 720)], ids=["1366x768", "1280x720"])
def test_the_list_and_the_editor_fit_the_screen(
    qtbot, catalogue_server: LiveServer, size: QSize
) -> None:
    window, page = catalogue_tab(qtbot, catalogue_server)
    placed(qtbot)
    window.resize(size)
    settle(qtbot)
    assert window.size() == size  # the window's minimum allows this screen
    select(page, "street-light")  # the demo's longest service: seven questions
    for shown in (page.list_view, page.editor):
        if shown is page.editor:
            page.edit_button.click()
            qtbot.waitUntil(lambda: len(page.editor.preview.questions) == 7, timeout=5000)
            settle(qtbot)
        assert page.stack.currentWidget() is shown
        assert not beyond(window), beyond(window)
        # Only up and down scrolling, never sideways: the window's and the editor's.
        viewport = window.page_scroll.viewport()
        assert window.admin.minimumSizeHint().width() <= viewport.width()
        assert not window.page_scroll.horizontalScrollBar().isVisible()
    editor = page.editor
    assert not editor.scroll.horizontalScrollBar().isVisible()
    assert editor.scroll.widget().minimumSizeHint().width() <= editor.scroll.viewport().width()
    assert editor.save_button.isVisible() and editor.preview.isVisible()
