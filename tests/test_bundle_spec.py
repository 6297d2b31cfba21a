"""The bundle's trimming never drops a Qt module the app imports.

The PyInstaller spec names Qt modules to exclude and libraries to drop after analysis. A new
import of a trimmed module (QtNetwork for the single-instance guard was one) only fails in the
frozen app, so this reads both lists and every ``PySide6.Qt*`` import under citizen_app/.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _spec_lists() -> tuple[list[str], list[str]]:
    tree = ast.parse((ROOT / "packaging/citizen-app.spec").read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in ("UNUSED_QT", "DROPPED"):
                found[name] = [ast.unparse(item) for item in node.value.elts]
    assert set(found) == {"UNUSED_QT", "DROPPED"}, "the spec's lists were renamed"
    unused = [ast.literal_eval(item) for item in found["UNUSED_QT"]]
    dropped = [eval(item, {"QT": r"^PySide6/(Qt/)?"}) for item in found["DROPPED"]]  # noqa: S307
    return unused, dropped


def _imported_qt_modules() -> set[str]:
    modules = set()
    for path in (ROOT / "citizen_app").rglob("*.py"):
        modules.update(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return modules


def test_the_app_imports_qt_modules():
    assert {"QtCore", "QtGui", "QtWidgets", "QtNetwork"} <= _imported_qt_modules()


def test_no_imported_qt_module_is_excluded_or_dropped():
    unused, dropped = _spec_lists()
    pattern = re.compile("|".join(dropped))
    for module in sorted(_imported_qt_modules()):
        assert module not in unused, f"{module} is imported but excluded from the bundle"
        short = module.removeprefix("Qt")
        for path in (
            f"PySide6/{module}.abi3.so",
            f"PySide6/{module}.pyd",
            f"PySide6/Qt/lib/libQt6{short}.so.6",
            f"PySide6/Qt6{short}.dll",
        ):
            assert not pattern.search(path), f"{module} is imported but {path} is dropped"
