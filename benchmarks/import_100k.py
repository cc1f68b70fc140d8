"""`import_100k`: seconds to import a generated 100,000-row resident CSV (DESIGN §6, issue 4).

Standalone: `.venv/bin/python benchmarks/import_100k.py [--rows N]`. The file is written
once (UTF-8 with BOM, Vietnamese names with Đ/đ, a few NFD, some without phone) and imported
through `ResidentImporter.import_bytes` into a fresh migrated SQLite file (WAL,
synchronous=FULL), as `kiosk import-residents` does; a second run, where every row is
skipped as already there, is reported as `import_100k_rerun`.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from residents import NEIGHBOURHOODS, random_name  # noqa: E402

from kiosk.core.clock import SystemClock  # noqa: E402
from kiosk.services.residents_io import VI_COLUMNS, ResidentImporter  # noqa: E402
from kiosk.storage.engine import open_database  # noqa: E402


def make_csv(rows: int, rng: random.Random) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(VI_COLUMNS)
    for n, phone in enumerate(rng.sample(range(10**8), rows)):
        name = random_name(rng)
        if n % 10 == 0:
            name = unicodedata.normalize("NFD", name)
        number = f"09{phone:08d}" if n % 5 else ""
        writer.writerow([name, rng.randint(1940, 2008), rng.choice(NEIGHBOURHOODS), number])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    rows = parser.parse_args().rows
    data = make_csv(rows, random.Random(20261129))
    with tempfile.TemporaryDirectory() as tmp:
        engine, factory = open_database(f"sqlite:///{tmp}/kiosk.sqlite3")
        importer = ResidentImporter(factory, SystemClock(), NEIGHBOURHOODS, actor="admin")
        began = time.perf_counter()
        report = importer.import_bytes(data)
        first = time.perf_counter() - began
        began = time.perf_counter()
        again = importer.import_bytes(data)
        rerun = time.perf_counter() - began
        engine.dispose()
    print(f"# {rows} rows, {len(data) / 1e6:.1f} MB; first run: {report.summary}")
    print(f"# second run: {again.summary}")
    print(f"import_100k {first:.3f} s")
    print(f"import_100k_rerun {rerun:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
