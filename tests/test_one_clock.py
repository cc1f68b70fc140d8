"""One clock: nothing under kiosk/ reads the date or time from the machine except
kiosk/core/clock.py. A test that fixes the kiosk's clock must pass on any day.

Names are resolved through each module's imports, so `from time import time`,
`import datetime as dt; dt.date.today()` and `default=datetime.now` (no call) are caught too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KIOSK = ROOT / "kiosk"
ALLOWED = {KIOSK / "core" / "clock.py"}

# Read the wall clock whatever their arguments.
ALWAYS = {
    "datetime.date.today",
    "datetime.datetime.now",
    "datetime.datetime.today",
    "datetime.datetime.utcnow",
    "time.time",
    "time.time_ns",
    "PySide6.QtCore.QDate.currentDate",
    "PySide6.QtCore.QTime.currentTime",
    "PySide6.QtCore.QDateTime.currentDateTime",
    "PySide6.QtCore.QDateTime.currentDateTimeUtc",
    "PySide6.QtCore.QDateTime.currentMSecsSinceEpoch",
    "PySide6.QtCore.QDateTime.currentSecsSinceEpoch",
}
# Read the wall clock when called with no time of their own to convert.
WITHOUT_ARGUMENT = {
    "time.localtime": 0,
    "time.gmtime": 0,
    "time.ctime": 0,
    "time.asctime": 0,
    "time.strftime": 1,
}


def _aliases(tree: ast.Module) -> dict[str, str]:
    """Local name -> fully qualified name, from the module's imports."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    names[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    names[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _qualified(node: ast.expr, aliases: dict[str, str]) -> str | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or node.id not in aliases:
        return None
    return ".".join([aliases[node.id], *reversed(parts)])


def wall_clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, name) of every place `source` reads the machine's date or time."""
    tree = ast.parse(source)
    aliases = _aliases(tree)
    called_with_args: set[int] = set()
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _qualified(node.func, aliases)
            limit = WITHOUT_ARGUMENT.get(name or "")
            if limit is not None and len(node.args) + len(node.keywords) > limit:
                called_with_args.add(id(node.func))
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Attribute, ast.Name)) or id(node) in called_with_args:
            continue
        name = _qualified(node, aliases)
        if name in ALWAYS or name in WITHOUT_ARGUMENT:
            found.append((node.lineno, name))
    return sorted(set(found))


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import date\nx = date.today().year",
        "import datetime\nx = datetime.datetime.now()",
        "import datetime as dt\nx = dt.date.today()",
        "from datetime import datetime as D\nx = D.utcnow()",
        "from datetime import datetime\nf = datetime.now  # handed on, not called",
        "import time\nstamp = time.time_ns()",
        "from time import time\nstamp = time()",
        "import time\nt = time.localtime()",
        "import time\ns = time.strftime('%Y')",
        "from PySide6.QtCore import QDate\nd = QDate.currentDate()",
        "from PySide6 import QtCore\nd = QtCore.QDateTime.currentDateTime()",
    ],
)
def test_the_check_finds_every_way_of_reading_the_machine_clock(source):
    assert wall_clock_reads(source), source


@pytest.mark.parametrize(
    "source",
    [
        "import time\nt = time.monotonic()",
        "import time\nt = time.perf_counter()",
        "import time\nt = time.localtime(1700000000)",
        "import time\ns = time.strftime('%Y', (2026, 1, 1, 0, 0, 0, 0, 1, -1))",
        "from datetime import datetime\nd = datetime.fromtimestamp(path.stat().st_mtime)",
        "def f(clock):\n    return clock.now(), clock.today()",
    ],
)
def test_the_check_lets_monotonic_timers_and_conversions_through(source):
    assert wall_clock_reads(source) == []


def test_only_the_clock_module_reads_the_machine_clock():
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in sorted(KIOSK.rglob("*.py"))
        if path not in ALLOWED
        for line, name in wall_clock_reads(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "read the date and time from the app's Clock instead"
