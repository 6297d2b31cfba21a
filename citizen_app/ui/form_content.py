"""What the citizen typed into a request form, as plain data, and back: for drafts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from citizen_app.ui.fields import Field

if TYPE_CHECKING:
    from citizen_app.ui.request_form_page import RequestFormPage

TEXTS = ("description", "address", "lat", "long", "first_name", "last_name", "phone", "email")


def capture(form: RequestFormPage) -> dict[str, Any]:
    answers = {
        f.attribute.code: f.raw()
        for f in form.fields
        if isinstance(f, Field) and f.raw() is not None
    }
    content: dict[str, Any] = {"answers": answers, "anonymous": form.anonymous.isChecked()}
    for name in TEXTS:
        widget = getattr(form, name)
        text = widget.toPlainText() if name == "description" else widget.text()
        if text:
            content[name] = text
    return content


def is_empty(content: dict[str, Any]) -> bool:
    return not content.get("answers") and not any(content.get(name) for name in TEXTS)


def restore(form: RequestFormPage, content: dict[str, Any]) -> None:
    answers = content.get("answers", {})
    for field in form.fields:
        if isinstance(field, Field) and field.attribute.code in answers:
            field.restore(answers[field.attribute.code])
    for name in TEXTS:
        if name in content:
            widget = getattr(form, name)
            if name == "description":
                widget.setPlainText(content[name])
            else:
                widget.setText(content[name])
    form.anonymous.setChecked(bool(content.get("anonymous")))
