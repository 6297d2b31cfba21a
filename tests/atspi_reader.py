"""A screen reader's view of the app, over AT-SPI: run by tests/test_atspi.py with Debian's own
/usr/bin/python3 (python3-pyatspi), not the project's venv.

It reads the plan (a JSON file: argv[1]), a list of steps a blind citizen would take, and does
them as a screen reader's user does: it finds each widget by its role and spoken name (a
combo box by its label, since Qt names a combo by its value on Linux), presses buttons through
AT-SPI's Action interface, types through EditableText, and moves through lists with the keys
(xdotool), listening to which item has the focus. For each step it records what a reader
could say there: every showing widget of the window as role, name and labels. It prints one
JSON report on stdout; a step that cannot be done ends it with the reason on stderr and exit
status 1 (the report so far is still printed).

Steps ("do"):
- press: a push button or check box by name, through its first action ("Press"/"Toggle").
- tab_to: focus the text field `from`, press Tab until the focused button is `to`, then activate it.
- type: replace the text of the text field `name` with `text`, read it back.
- choose: open the combo box labelled `label`, press Down until `value` has the focus, Return.
- read: wait for a `role` whose name starts with `prefix`; report the name.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi

WAIT = 20.0  # seconds a widget may take to appear (a page loading from the server)


class StepFailed(Exception):
    pass


def spoken(text: str) -> str:
    """What a speech synthesiser reads: without bidi isolates and marks, nor a required star."""
    kept = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return kept.strip().removesuffix("*").strip()


def role(node: Any) -> str:
    return node.getRoleName()


def showing(node: Any) -> bool:
    return node.getState().contains(pyatspi.STATE_SHOWING)


def focused(node: Any) -> bool:
    return node.getState().contains(pyatspi.STATE_FOCUSED)


def labels(node: Any) -> list[str]:
    found = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            found += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return found


def visible_nodes(node: Any) -> Iterator[Any]:
    """What a reader can reach: showing widgets under showing parents (Qt marks the items of
    a closed combo box's list as showing, their list not)."""
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None and showing(child):
            yield child
            yield from visible_nodes(child)


class Reader:
    def __init__(self, app_pid: int) -> None:
        self.app_pid = app_pid
        self.window: Any = None
        self.pressed: Any = None  # the last button pressed

    def wait(self, what: str, found: Callable[[], Any], timeout: float = WAIT) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                result = found()
            except Exception:  # the tree changes under us (a page is replaced): ask again
                result = None
            if result:
                return result
            time.sleep(0.1)
        raise StepFailed(f"not found within {timeout:.0f} s: {what}")

    def open_window(self, title: str) -> None:
        """The app's window, given the keyboard focus (there is no window manager)."""

        def frame() -> Any:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is None or app.get_process_id() != self.app_pid:
                    continue
                for j in range(app.childCount):
                    window = app.getChildAtIndex(j)
                    if role(window) == "frame" and window.name == title and showing(window):
                        return window
            return None

        self.window = self.wait(f"frame «{title}»", frame)
        ids = self.wait(
            "the app's X window",
            lambda: xdotool("search", "--onlyvisible", "--pid", str(self.app_pid)).split(),
        )
        xdotool("windowfocus", "--sync", ids[-1])

    def find(self, kind: str, name: str, where: Any = None) -> Any:
        return self.wait(
            f"{kind} «{name}»",
            lambda: next(
                (
                    n
                    for n in visible_nodes(where or self.window)
                    if role(n) == kind and spoken(n.name) == name
                ),
                None,
            ),
        )

    def screen(self) -> list[dict[str, Any]]:
        return [
            {"role": role(n), "name": spoken(n.name), "labels": [spoken(x) for x in labels(n)]}
            for n in visible_nodes(self.window)
        ]

    def focused_item(self, container: Any) -> str | None:
        for node in visible_nodes(container):
            if role(node) in ("table cell", "list item", "tree item") and focused(node):
                return spoken(node.name)
        return None

    def move_focus_to(self, container: Any, item: str, heard: list[str]) -> None:
        """Down, one item at a time, listening, until the reader says `item`."""
        for _ in range(40):
            now = self.wait("a focused item", lambda: self.focused_item(container), 5)
            if not heard or heard[-1] != now:
                heard.append(now)
            if now == item:
                return
            xdotool("key", "Down")
            time.sleep(0.15)
        raise StepFailed(f"«{item}» never had the focus; heard {heard}")

    # --- the steps ---------------------------------------------------------------------------

    def press(self, step: dict[str, Any], report: dict[str, Any]) -> None:
        node = self.find(step.get("role", "push button"), step["name"])
        report["screen"] = self.screen()
        action = node.queryAction()
        report["action"] = action.getName(0)
        action.doAction(0)
        self.pressed = node

    def tab_to(self, step: dict[str, Any], report: dict[str, Any]) -> None:
        """From the text field `from`, Tab as a keyboard user does, listening to each focused
        button, until the reader says `to`; then activate it as the reader's user would."""
        field = self.find("text", step["from"])
        # Wait for the cards to arrive from the server before listening to them.
        self.find("push button", step["to"])
        report["screen"] = self.screen()
        field.queryComponent().grabFocus()
        self.wait(f"the focus in «{step['from']}»", lambda: focused(field) or None)
        heard: list[str] = []
        report["heard"] = heard
        for _ in range(60):
            xdotool("key", "Tab")
            time.sleep(0.15)
            node = self.wait("a focused button", self.focused_button, 5)
            heard.append(spoken(node.name))
            if heard[-1] == step["to"]:
                node.queryAction().doAction(0)
                return
        raise StepFailed(f"«{step['to']}» never had the focus; heard {heard}")

    def focused_button(self) -> Any:
        return next(
            (n for n in visible_nodes(self.window) if role(n) == "push button" and focused(n)),
            None,
        )

    def type(self, step: dict[str, Any], report: dict[str, Any]) -> None:
        node = self.find(step.get("role", "text"), step["name"])
        report["labels"] = [spoken(x) for x in labels(node)]
        if not node.queryEditableText().setTextContents(step["text"]):
            raise StepFailed(f"«{step['name']}» refused the text")
        report["read_back"] = self.wait(
            f"the text typed into «{step['name']}»",
            lambda: (lambda t: t if t == step["text"] else None)(node.queryText().getText(0, -1)),
            5,
        )

    def choose(self, step: dict[str, Any], report: dict[str, Any]) -> None:
        combo = self.wait(
            f"combo box labelled «{step['label']}»",
            lambda: next(
                (
                    n
                    for n in visible_nodes(self.window)
                    if role(n) == "combo box" and step["label"] in map(spoken, labels(n))
                ),
                None,
            ),
        )
        report["before"] = spoken(combo.name)
        combo.queryAction().doAction(0)  # ShowMenu: the list opens with the focus in it
        popup = self.wait("the open list", lambda: next(iter(visible_nodes(combo)), None), 5)
        report["heard"] = []
        self.move_focus_to(popup, step["value"], report["heard"])
        xdotool("key", "Return")
        report["after"] = self.wait(
            f"«{step['value']}» chosen",
            lambda: spoken(combo.name) if spoken(combo.name) == step["value"] else None,
            5,
        )

    def read(self, step: dict[str, Any], report: dict[str, Any]) -> None:
        # Walking the whole window while the app switches pages after a button crashed it
        # (SIGSEGV in Qt's QAccessibleCache::idForObject, 3 runs in 15, PySide6 6.11): like
        # Orca, which reads a new page when told it changed, wait for the button to go first.
        if self.pressed is not None:
            self.wait("the page to change", lambda: not showing(self.pressed))
        node = self.wait(
            f"{step['role']} «{step['prefix']}…»",
            lambda: next(
                (
                    n
                    for n in visible_nodes(self.window)
                    if role(n) == step["role"] and spoken(n.name).startswith(step["prefix"])
                ),
                None,
            ),
        )
        report["screen"] = self.screen()
        report["name"] = node.name


def xdotool(*args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, timeout=15, check=False
    ).stdout


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as plan_file:
        plan = json.load(plan_file)
    reader = Reader(plan["app_pid"])
    reports: list[dict[str, Any]] = []
    status = 0
    started = time.monotonic()
    try:
        reader.open_window(plan["window"])
        for step in plan["steps"]:
            report: dict[str, Any] = {"step": step}
            reports.append(report)
            getattr(reader, step["do"])(step, report)
            report["seconds"] = round(time.monotonic() - started, 2)
    except StepFailed as failure:
        print(f"step {len(reports)}: {failure}", file=sys.stderr)
        try:
            if reader.window is not None:
                print(json.dumps(reader.screen(), ensure_ascii=False, indent=1), file=sys.stderr)
        except Exception as error:  # the app is gone: its exit status says why
            print(f"the window cannot be read: {error}", file=sys.stderr)
        status = 1
    print(json.dumps({"steps": reports}, ensure_ascii=False))
    return status


if __name__ == "__main__":
    sys.exit(main())
