"""Print what the bundle's build environment needs, one requirement a line: the app's runtime
dependencies and the `packaging` extra from pyproject.toml, nothing else (no server, no dev
tools), so PyInstaller can only pick up what the app really uses."""

from __future__ import annotations

import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
project = project["project"]
for requirement in (*project["dependencies"], *project["optional-dependencies"]["packaging"]):
    print(requirement)
