"""Nothing acknowledged is ever lost (DESIGN §6): SIGKILL a check-in writer at random points."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("checkin_writer.py")
ROUNDS = 8
LINE_TIMEOUT = 30.0  # seconds to wait for the next acknowledged id before failing


class Writer:
    """The writer subprocess and the ids it has acknowledged on stdout."""

    def __init__(self, db_file: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db_file)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.acked: list[str] = []
        self._partial = b""

    def _take(self, data: bytes) -> None:
        *lines, self._partial = (self._partial + data).split(b"\n")
        self.acked += [line.decode("ascii") for line in lines]

    def read_until(self, count: int) -> None:
        """Block (bounded) until at least `count` ids have been acknowledged."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + LINE_TIMEOUT
        while len(self.acked) < count:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.proc.stdout], [], [], max(left, 0))
            data = os.read(self.proc.stdout.fileno(), 65536) if ready else b""
            if not data:
                _, err = self.kill()
                pytest.fail(f"writer gave no id within {LINE_TIMEOUT}s: {err.decode()[-2000:]}")
            self._take(data)

    def kill(self) -> tuple[bytes, bytes]:
        """SIGKILL, then collect every line already written: those were acknowledged too."""
        self.proc.send_signal(signal.SIGKILL)
        out, err = self.proc.communicate(timeout=LINE_TIMEOUT)
        self._take(out)
        return out, err


def stored_ids(db_file: Path) -> tuple[list[str], str]:
    with sqlite3.connect(db_file) as con:
        ids = [row[0] for row in con.execute("SELECT id FROM checkins")]
        (integrity,) = con.execute("PRAGMA integrity_check").fetchone()
    return ids, integrity


@pytest.mark.slow
def test_killed_writer_never_loses_an_acknowledged_checkin(tmp_path: Path) -> None:
    # given a writer that is killed at a random point, round after round
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    db_file = tmp_path / "kiosk.sqlite3"
    acked: list[str] = []
    for _ in range(ROUNDS):
        writer = Writer(db_file)
        writer.read_until(rng.randint(1, 80))
        writer.kill()
        assert writer.proc.returncode == -signal.SIGKILL
        acked += writer.acked

    # then every acknowledged check-in is stored exactly once and the file is sound
    stored, integrity = stored_ids(db_file)
    assert integrity == "ok", f"seed {seed}"
    assert not [i for i, n in Counter(acked).items() if n > 1], f"seed {seed}"
    assert not [i for i, n in Counter(stored).items() if n > 1], f"seed {seed}"
    missing = set(acked) - set(stored)
    assert not missing, f"seed {seed}: {len(missing)} acknowledged check-ins lost"
    assert len(acked) >= ROUNDS
