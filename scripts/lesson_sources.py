"""Write docs/lesson-sources.md from the built-in lessons' sources (run after editing one)."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.tutorials.loader import BUILTIN_DIR, load_catalog
from kiosk.tutorials.sources import render

OUT = Path(__file__).resolve().parents[1] / "docs" / "lesson-sources.md"


def main() -> int:
    catalog = load_catalog([BUILTIN_DIR])
    for _path, problem in catalog.problems:
        print(problem, file=sys.stderr)
    if catalog.problems:
        return 1
    OUT.write_text(render(catalog.all()), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
