"""Compile resources/translations/*.ts to .qm with the lrelease shipped in the PySide6 wheel.

Plain Python so that it runs the same on Windows:
`.venv\\Scripts\\python scripts\\build_translations.py`.
A .qm newer than its .ts is left alone; no .ts files means nothing to do.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def find_lrelease() -> list[str]:
    spec = importlib.util.find_spec("PySide6")  # locate the wheel without loading Qt
    if spec and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
        for name in ("lrelease", "lrelease.exe"):
            if (package / name).is_file():
                return [str(package / name)]
    scripts = Path(sys.executable).parent
    for candidate in (scripts / "pyside6-lrelease", scripts / "pyside6-lrelease.exe"):
        if candidate.is_file():
            return [str(candidate)]
    if found := shutil.which("pyside6-lrelease") or shutil.which("lrelease"):
        return [found]
    raise SystemExit("build_translations: lrelease not found; is PySide6 installed in this Python?")


def stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def main() -> int:
    sources = sorted(TRANSLATIONS.glob("*.ts")) if TRANSLATIONS.is_dir() else []
    todo = [ts for ts in sources if stale(ts)]
    if not todo:
        return 0
    lrelease = find_lrelease()
    for ts in todo:
        qm = ts.with_suffix(".qm")
        result = subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=False)
        if result.returncode != 0:
            print(f"build_translations: lrelease failed on {ts}", file=sys.stderr)
            return result.returncode
        print(f"build_translations: {qm.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
