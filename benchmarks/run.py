"""Measure the DESIGN §6 numbers in one run: `python benchmarks/run.py [--quick] [--json F]`.

With `--database-url URL` (an empty PostgreSQL database, left empty after) the check-in commit
and the search are measured there too, as `checkin_commit_p95_server` and `search_p95_server`.

One line per figure: `name value unit [floor ratio]`; the floor is the same work done
the barest way in the same run, so the ratio travels between machines. See README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import figures  # noqa: E402
import ui_stall  # noqa: E402
from startup_probe import time_start  # noqa: E402


@dataclass(frozen=True)
class Sizes:
    startup_runs: int
    commits: int
    renders: int
    attendance_runs: int
    residents: int
    queries: int
    certificates: int


FULL = Sizes(startup_runs=7, commits=1000, renders=30, attendance_runs=5,
             residents=100_000, queries=2000, certificates=50)  # fmt: skip
QUICK = Sizes(startup_runs=3, commits=100, renders=5, attendance_runs=2,
              residents=5_000, queries=300, certificates=5)  # fmt: skip


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str = "ms"
    floor: float | None = None

    @classmethod
    def of(cls, name: str, measured: tuple[float, float | None]) -> Figure:
        return cls(name, measured[0], floor=measured[1])

    @property
    def ratio(self) -> float | None:
        return None if self.floor is None else self.value / self.floor

    def line(self) -> str:
        text = f"{self.name} {self.value:.3f} {self.unit}"
        if self.floor is not None:
            text += f" {self.floor:.3f} {self.ratio:.2f}"
        return text

    def as_json(self) -> dict:
        return {"value": self.value, "unit": self.unit, "floor": self.floor, "ratio": self.ratio}


def startup(tmp: Path, runs: int) -> list[Figure]:
    """Warm starts on a seeded data dir, interleaved with bare windows; one first run."""
    time_start("bare", tmp / "warmup")  # page cache for PySide6 and Qt plugins
    time_start("first", tmp / "warmup")  # ... and for kiosk, SQLAlchemy, alembic, reportlab
    data_dir = tmp / "data"
    first = time_start("first", data_dir)  # empty data dir: migrations, key, first-run screen
    time_start("seed", data_dir)  # then a kiosk in service: PINs set, residents registered
    kiosk, ready, bare = [], [], []
    for _ in range(runs):
        kiosk.append(time_start("kiosk", data_dir))
        ready.append(time_start("ready", data_dir))
        bare.append(time_start("bare", data_dir))
    floor = statistics.median(bare)
    return [
        Figure("startup", statistics.median(kiosk), floor=floor),
        Figure("startup_ready", statistics.median(ready), floor=floor),
        Figure("startup_first_run", first, floor=floor),
    ]


def measure(sizes: Sizes, tmp: Path, server_url: str | None = None) -> Iterator[Figure]:
    yield from startup(tmp, sizes.startup_runs)
    yield Figure.of("checkin_commit_p95", figures.checkin_commit(tmp, sizes.commits))
    if server_url:
        yield Figure.of(
            "checkin_commit_p95_server", figures.checkin_commit_at(server_url, sizes.commits)
        )
    yield Figure.of("certificate_pdf", figures.certificate_pdf(tmp, sizes.renders))
    yield Figure.of("attendance_500", figures.attendance(500, sizes.attendance_runs))
    yield Figure.of("search_p95", figures.search(tmp, sizes.residents, sizes.queries))
    if server_url:
        yield Figure.of(
            "search_p95_server", figures.search_at(server_url, sizes.residents, sizes.queries)
        )
    yield Figure.of("ui_stall_max", ui_stall.measure(tmp, sizes.certificates))


def header(sizes: Sizes) -> str:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return (
        f"# machine: {platform.node()} {platform.machine()} nproc={os.cpu_count()}"
        f" python={platform.python_version()} pyside6={pyside} qt={qVersion()}"
        f" sqlite={__import__('sqlite3').sqlite_version}\n# sizes: {sizes}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for the smoke test")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="also measure check-in and search on this empty (PostgreSQL) database",
    )
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    print(header(sizes), flush=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        found = []
        for figure in measure(sizes, Path(tmp), args.database_url):
            print(figure.line(), flush=True)
            found.append(figure)
    if args.json:
        args.json.write_text(json.dumps({f.name: f.as_json() for f in found}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
