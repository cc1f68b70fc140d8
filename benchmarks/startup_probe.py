"""Start-up probe: `python startup_probe.py kiosk|ready|first|bare|seed` prints READY.

kiosk: the attract screen is shown; ready: every screen is built and a touch starts a visit;
first: the first screen of an empty data dir is shown;
bare: a bare QWidget is shown; seed: the data dir is seeded as `kiosk run --demo` does.

The parent (benchmarks/run.py) times spawn -> READY on stdout, so the kiosk and the bare
PySide6 window are measured the same way, interpreter start included.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

MARKER = "READY"


def _ready_on_first_turn(app, check) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    def done() -> None:
        check()
        print(MARKER, flush=True)
        os._exit(0)  # teardown is not part of start-up

    QTimer.singleShot(0, done)
    app.exec()


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.show()
    _ready_on_first_turn(app, lambda: None)


def seed() -> None:
    """A kiosk in service: staff PINs set, residents registered (no first-run screen)."""
    from kiosk.app import build_services
    from kiosk.core.config import load_settings
    from kiosk.services.demo import seed_demo

    services = build_services(load_settings())
    seed_demo(services.session_factory, services.clock, services.settings.kiosk_id)
    services.engine.dispose()
    print(MARKER, flush=True)


def kiosk(until: str = "attract") -> None:
    """What `kiosk run` does (kiosk.commands.run.run), on a seeded or an empty data dir.

    until="attract": READY when the attract screen is shown (the first event-loop turn);
    until="ready": READY when every screen is built over the loaded services and a touch
    would start a visit; until="first": READY when an empty data dir's first screen is up.
    """
    from PySide6.QtCore import QTimer

    from kiosk.commands.run import load_services, prepare_environment
    from kiosk.core.config import load_settings

    prepare_environment(virtual_keyboard=False)
    from kiosk.ui.kiosk import Kiosk, create_application
    from kiosk.ui.screens.base import ScreenId

    settings = load_settings()
    app = create_application(sys.argv[:1])
    shown = Kiosk(app, settings)
    shown.show(full_screen=True)

    def check() -> None:
        expected = ScreenId.FIRST_RUN if until == "first" else ScreenId.ATTRACT
        if shown.navigator.current is not expected or not shown.window.isVisible():
            sys.exit(f"{expected} not shown: {shown.navigator.current}")

    if until == "attract":
        QTimer.singleShot(0, lambda: kiosk_done(check))
    else:
        shown.attached.connect(lambda: QTimer.singleShot(0, lambda: kiosk_done(check)))
    shown.attach_when_loaded(lambda: load_services(settings, seed=False))
    app.exec()


def kiosk_done(check) -> None:  # type: ignore[no-untyped-def]
    check()
    print(MARKER, flush=True)
    os._exit(0)  # teardown is not part of start-up


def time_start(kind: str, data_dir: Path, timeout: float = 60.0) -> float:
    """Milliseconds from spawning the probe to its READY line."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KIOSK_NO_VOICE="1",
        KIOSK_DATA_DIR=str(data_dir),
        KIOSK_CONFIG=str(data_dir / "no-settings.toml"),
        XDG_CACHE_HOME=str(data_dir / "cache"),
    )
    env.pop("KIOSK_DATABASE_URL", None)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, kind],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    _, err = proc.communicate(timeout=timeout)
    if line.strip() != MARKER:
        raise RuntimeError(f"{kind} probe failed (exit {proc.returncode}): {err[-2000:]}")
    return elapsed


if __name__ == "__main__":
    probes = {
        "bare": bare,
        "kiosk": kiosk,
        "ready": lambda: kiosk("ready"),
        "first": lambda: kiosk("first"),
        "seed": seed,
    }
    probes[sys.argv[1]]()
