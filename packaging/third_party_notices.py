"""Write THIRD_PARTY_NOTICES/ and LICENSE into a built bundle (`make bundle` runs it with the
bundle's own Python, after PyInstaller).

The list is generated, so it stays true: every Python distribution whose modules PyInstaller
put in the bundle (read from its build tables), with the licence its metadata declares and the
licence files it ships, checked against the table below that a person reviewed. A bundled
distribution missing from the table stops the build until someone reviews it. Qt, Python, the
PyInstaller bootloader, the font and (on Debian) the system libraries copied from the build
machine are added with their licence texts.

usage: python packaging/third_party_notices.py dist/citizen-app [build/pyinstaller/citizen-app]
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMON_LICENSES = Path("/usr/share/common-licenses")

# Reviewed: distribution -> (licence in the bundle, what it is for). Compatible with the app's
# GPL-3.0-or-later. Where a dual licence is offered, the first named is the one we use.
REVIEWED = {
    "pyside6-essentials": ("LGPL-3.0-only", "Qt for Python: Qt Core, Gui, Widgets, PrintSupport"),
    "pyside6-addons": ("LGPL-3.0-only (Qt Charts: GPL-3.0)", "Qt Charts for the statistics"),
    "shiboken6": ("LGPL-3.0-only", "Qt for Python's binding runtime"),
    "requests": ("Apache-2.0", "HTTP client"),
    "urllib3": ("MIT", "HTTP connections (requests)"),
    "certifi": ("MPL-2.0", "Mozilla's CA certificates (requests); unmodified"),
    "idna": ("BSD-3-Clause", "internationalised domain names (requests)"),
    "charset-normalizer": ("MIT", "text encoding detection (requests)"),
    "platformdirs": ("MIT", "per-OS data and config folders"),
    "keyring": ("MIT", "the OS credential store"),
    "jaraco.classes": ("MIT", "keyring helper"),
    "jaraco.context": ("MIT", "keyring helper"),
    "jaraco.functools": ("MIT", "keyring helper"),
    "more-itertools": ("MIT", "keyring helper"),
    "backports.tarfile": ("MIT", "keyring helper (jaraco.context)"),
    "importlib-metadata": ("Apache-2.0", "keyring's backend discovery"),
    "zipp": ("MIT", "importlib-metadata helper"),
    "secretstorage": ("BSD-3-Clause", "keyring's Secret Service backend (Linux)"),
    "jeepney": ("MIT", "D-Bus for SecretStorage (Linux)"),
    "cryptography": ("Apache-2.0 OR BSD-3-Clause", "SecretStorage's session encryption"),
    "cffi": ("MIT-0", "cryptography's C bindings"),
    "pycparser": ("BSD-3-Clause", "cffi helper"),
    "pywin32-ctypes": ("BSD-3-Clause", "keyring's Windows backend"),
    "segno": ("BSD-3-Clause", "QR codes on receipts"),
    "defusedxml": ("PSF-2.0", "safe XML parsing of Open311 answers"),
    "python-bidi": ("LGPL-3.0-or-later", "bidi for text outside Qt"),
    "arabic-reshaper": ("MIT", "Arabic shaping for text outside Qt"),
    "lazy-importer": ("Apache-2.0", "lazy imports (a dependency's helper)"),
}
BUILD_ONLY = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "pip", "setuptools"}

QT_RELINKING = """\
Qt and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General Public
License version 3 (LGPL-3.0-only.txt here, which builds on GPL-3.0.txt); Qt Charts under the
GNU General Public License version 3. The Qt source code is at https://download.qt.io/
(the version is in the table above) and Qt for Python's at https://code.qt.io/pyside/pyside-setup.git.

This is a one-folder bundle: every Qt library is a separate, unmodified shared library that
you may replace with your own build of the same Qt version (or a compatible one), as the LGPL
allows:
  Linux:   _internal/PySide6/Qt/lib/libQt6*.so.6 (symbolic links in _internal/ point to them),
           plugins in _internal/PySide6/Qt/plugins/
  Windows: _internal/PySide6/Qt6*.dll, plugins in _internal/PySide6/plugins/
Replace the file(s), keep the names, and start the app again. The Python bindings
(_internal/PySide6/Qt*.abi3.so or .pyd, shiboken6) can be rebuilt from the sources above in
the same way. The application's own source code is available under the GPL-3.0-or-later from
the project that built this bundle.
"""


def read_toc(path: Path) -> list[tuple[str, str, str]]:
    """The (name, source, kind) entries of one of PyInstaller's build tables."""
    table = ast.literal_eval(path.read_text(encoding="utf-8"))
    return next(part for part in table if isinstance(part, list))


def bundled_modules(work: Path) -> tuple[set[str], list[tuple[str, str]]]:
    """Top-level module names in the bundle, and (name in the bundle, source) of its files."""
    modules = {entry[0].split(".")[0] for entry in read_toc(work / "PYZ-00.toc")}
    files = []
    for dest, source, kind in read_toc(work / "COLLECT-00.toc"):
        dest = dest.replace("\\", "/")
        if kind != "SYMLINK":
            files.append((dest, source))
        top = dest.split("/")[0]
        modules.add(top.split(".")[0])
    return modules, files


def top_level_names(dist: importlib.metadata.Distribution) -> set[str]:
    names = set((dist.read_text("top_level.txt") or "").split())
    for file in dist.files or []:
        parts = Path(str(file)).parts
        if parts and not parts[0].endswith((".dist-info", ".data")) and parts[0] != "..":
            names.add(parts[0].split(".")[0])
    return names


def declared_licence(dist: importlib.metadata.Distribution) -> str:
    meta = dist.metadata
    found = meta.get("License-Expression") or ""
    if not found and meta.get("License") and len(meta["License"]) < 80:
        found = meta["License"]
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []]
    return found or ", ".join(c for c in classifiers if "License" in c) or "?"


def licence_files(dist: importlib.metadata.Distribution) -> list[Path]:
    pattern = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.I)
    return [
        Path(dist.locate_file(file))
        for file in dist.files or []
        if ".dist-info" in str(file) and pattern.search(Path(str(file)).name)
    ]


def normalise(name: str) -> str:
    return re.sub(r"[-_]+", "-", name).lower()


def python_distributions(modules: set[str], out: Path) -> list[str]:
    rows, unreviewed = [], []
    dists = {normalise(d.metadata["Name"]): d for d in importlib.metadata.distributions()}
    for name, dist in sorted(dists.items()):
        if name in BUILD_ONLY or not top_level_names(dist) & modules:
            continue
        if name not in REVIEWED:
            unreviewed.append(name)
            continue
        licence, purpose = REVIEWED[name]
        for file in licence_files(dist):  # none in PySide6's wheels: see LGPL-3.0-only.txt
            folder = out / f"{name}-{dist.version}"
            folder.mkdir(exist_ok=True)
            shutil.copy2(file, folder / file.name)
        rows.append(
            f"{name} {dist.version}: {licence} (declared: {declared_licence(dist)}); {purpose}"
        )
    if unreviewed:
        sys.exit(
            "third_party_notices.py: review the licence of "
            + ", ".join(unreviewed)
            + " and add it to REVIEWED"
        )
    return rows


def debian_libraries(files: list[tuple[str, str]], out: Path) -> list[str]:
    """System libraries PyInstaller copied from the build machine: the Debian package each
    came from, with that package's copyright file (which holds its licence)."""
    if shutil.which("dpkg") is None:
        return []
    ours = (sys.prefix, sys.base_prefix)  # the venv's wheels and Python: listed above
    libraries = {}
    for dest, source in files:
        if "/" not in dest and dest.startswith("lib") and not source.startswith(ours):
            real = str(Path(source).resolve())
            libraries[real] = dest  # merged /usr: dpkg knows some files by their /lib name
            if real.startswith("/usr/lib/"):
                libraries[real.removeprefix("/usr")] = dest
    owners = subprocess.run(
        ["dpkg", "-S", *libraries], capture_output=True, text=True, check=False
    ).stdout
    packages: dict[str, list[str]] = {}
    for line in owners.splitlines():  # "libxau6:amd64: /usr/lib/x86_64-linux-gnu/libXau.so.6.0.0"
        package, _, path = line.partition(": ")
        if path in libraries:
            packages.setdefault(package.split(":")[0], []).append(libraries[path])
    found = {name for names in packages.values() for name in names}
    if set(libraries.values()) - found:
        packages["(not from a Debian package)"] = sorted(set(libraries.values()) - found)
    rows = []
    for package, names in sorted(packages.items()):
        copyright_file = Path(f"/usr/share/doc/{package}/copyright")
        if copyright_file.is_file():
            shutil.copy2(copyright_file, out / "debian" / f"{package}.copyright")
        rows.append(f"{package}: {', '.join(sorted(names))}")
    return rows


def main(bundle: Path, work: Path) -> None:
    out = bundle / "THIRD_PARTY_NOTICES"
    shutil.rmtree(out, ignore_errors=True)
    (out / "debian").mkdir(parents=True)
    modules, files = bundled_modules(work)
    python_rows = python_distributions(modules, out)
    debian_rows = debian_libraries(files, out)
    if not debian_rows:
        (out / "debian").rmdir()
    shutil.copy2(ROOT / "LICENSE", bundle / "LICENSE")
    shutil.copy2(ROOT / "LICENSE", out / "GPL-3.0.txt")
    shutil.copy2(ROOT / "resources/fonts/OFL.txt", out / "OFL-1.1 (Noto fonts).txt")
    shutil.copy2(ROOT / "resources/licenses/phosphor-icons.txt", out / "MIT (Phosphor icons).txt")
    shutil.copy2(ROOT / "packaging/licenses/LGPL-3.0.txt", out / "LGPL-3.0-only.txt")
    shutil.copy2(Path(sysconfig.get_path("stdlib")) / "LICENSE.txt", out / "Python-PSF-2.0.txt")
    version = sys.version.split()[0]
    text = [
        "Third-party software in this bundle",
        "===================================",
        "",
        "The application itself is free software under the GNU General Public License,",
        "version 3 or later (LICENSE, GPL-3.0.txt). It contains the following components,",
        "each under its own licence; their licence texts are in this folder.",
        "",
        "Python packages (licence files in the folder named after each):",
        *(f"  {row}" for row in python_rows),
        "",
        "Other components:",
        f"  Python {version} (libpython and its standard library): PSF-2.0 (Python-PSF-2.0.txt)",
        "  PyInstaller bootloader and run-time hooks (the citizen-app executable): "
        "GPL-2.0-or-later with the PyInstaller bootloader exception, which lets it be used "
        "in a bundle under any licence",
        "  Noto Naskh Arabic UI and Noto Sans fonts (resources/fonts): SIL Open Font License 1.1",
        "  Phosphor Icons 1.3.0 icon font (resources/icons/phosphor-1.3.0.ttf): MIT",
        "  ICU (libicu*, inside Qt): Unicode-3.0 (https://github.com/unicode-org/icu)",
        "",
        QT_RELINKING,
    ]
    if debian_rows:
        text += [
            "System libraries copied from the Debian 12 build machine (Debian package: files;",
            "each package's copyright file, with its licence, is in debian/):",
            *(f"  {row}" for row in debian_rows),
            "",
        ]
    (out / "README.txt").write_text("\n".join(text), encoding="utf-8")
    print(f"third-party notices: {len(python_rows)} Python packages, {len(debian_rows)} Debian")


if __name__ == "__main__":
    bundle = Path(sys.argv[1])
    work = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "build/pyinstaller/citizen-app"
    main(bundle, work)
