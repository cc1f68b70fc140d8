"""The layer rule of DESIGN.md §3: nothing below kiosk/ui imports Qt, and lower layers
never import higher ones."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kiosk"
QT_SIDE = {
    "kiosk/ui",
    "kiosk/app.py",
    "kiosk/commands/run.py",
    "kiosk/commands/demo.py",
    "kiosk/__main__.py",
}
FORBIDDEN_BELOW_UI = ("PySide6", "shiboken6", "qasync", "kiosk.ui")
LAYER_RULES = {
    "kiosk/core": ("kiosk.storage", "kiosk.services", "kiosk.documents", "kiosk.tutorials"),
    "kiosk/storage": ("kiosk.services", "kiosk.documents", "kiosk.tutorials"),
}


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def _below_ui() -> list[Path]:
    return sorted(
        p
        for p in PACKAGE.rglob("*.py")
        if not any(_rel(p) == q or _rel(p).startswith(q + "/") for q in QT_SIDE)
    )


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Absolute names of every module imported anywhere in the file (relative ones resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _hits(imported: set[str], roots: tuple[str, ...]) -> list[str]:
    return sorted(n for n in imported if any(n == r or n.startswith(r + ".") for r in roots))


def test_the_walk_finds_the_domain() -> None:
    files = {_rel(p) for p in _below_ui()}
    assert "kiosk/core/config.py" in files
    assert not any(f.startswith("kiosk/ui/") for f in files)


@pytest.mark.parametrize("path", _below_ui(), ids=_rel)
def test_no_qt_below_ui(path: Path) -> None:
    assert _hits(_imports(path), FORBIDDEN_BELOW_UI) == []


@pytest.mark.parametrize("path", _below_ui(), ids=_rel)
def test_lower_layers_do_not_import_higher_ones(path: Path) -> None:
    for layer, higher in LAYER_RULES.items():
        if _rel(path).startswith(layer + "/"):
            assert _hits(_imports(path), higher) == [], f"{layer} must not import {higher}"


def test_importing_the_domain_does_not_load_qt() -> None:
    # Migration scripts run only inside Alembic, so they cannot be imported on their own.
    modules = [_module_name(p) for p in _below_ui() if "migrations" not in p.parts]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'qasync'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PACKAGE.parent,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by the domain: {result.stdout.strip()}"
