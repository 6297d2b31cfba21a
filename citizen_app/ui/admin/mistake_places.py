"""Where a mistake in a service is, for the service editor: the input its path names
("names.ar", "attributes[2].values") and the place in words shown in the list of mistakes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from citizen_app.core import formats

if TYPE_CHECKING:
    from citizen_app.ui.admin.service_editor import ServiceEditor


def place(editor: ServiceEditor, path: str) -> str:
    """Where a mistake is, in words: "Question 3 (where)", "Name (العربية)"."""
    if path.startswith("attributes["):
        index, _, _rest = path[len("attributes[") :].partition("]")
        if index.isdigit() and int(index) < len(editor.questions.questions):
            code = editor.questions.questions[int(index)]["code"]
            return (
                QCoreApplication.translate("ServiceEditor", "Question %1 (%2)")
                .replace("%1", formats.number(int(index) + 1))
                .replace("%2", code)
            )
        return QCoreApplication.translate("ServiceEditor", "Questions")
    widget = widget_for(editor, path, select=False)
    if widget is None:  # the whole service, or a part the editor does not show
        return editor.about.title() + (f" ({path})" if path else "")
    return widget.accessibleName()


def widget_for(editor: ServiceEditor, path: str, select: bool = True) -> QWidget | None:
    """The input a mistake's path names; `select` shows the question it is in."""
    if path.startswith("attributes["):
        index, _, rest = path[len("attributes[") :].partition("]")
        if not index.isdigit():
            return editor.questions.list
        found = editor.questions.widget_for(int(index), rest.lstrip("."), select)
        return found or editor.questions.list
    head, _, language = path.partition(".")
    for key, texts in (
        ("names", editor.names),
        ("descriptions", editor.descriptions),
        ("keywords", editor.keywords),
    ):
        if head == key:
            return texts.widget(language if language in texts.inputs else "ar")
    return {
        "code": editor.code,
        "group": editor.group,
        "type": editor.type,
        "visibility": editor.visibility,
        "target_days": editor.target_days,
        "needs_location": editor.needs_location,
        "active": editor.active,
    }.get(head)


def mark_fields(editor: ServiceEditor) -> None:
    """The fields of the mistakes in sight marked (a question's, once it is shown; its
    place in the list of questions always), the message in their tooltip."""
    for widget in editor.findChildren(QWidget):
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.setToolTip("")
            widget.style().polish(widget)
    for mistake in editor.mistakes:
        widgets = {widget_for(editor, mistake.path, select=False)}
        if mistake.path.startswith("attributes["):
            widgets.add(editor.questions.list)
        for widget in widgets - {None}:
            widget.setProperty("invalid", True)
            widget.setToolTip(mistake.message)
            widget.style().polish(widget)
