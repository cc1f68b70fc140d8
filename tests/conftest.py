"""Fixtures every test folder can use. Folder-specific fixtures live in their own conftest.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kiosk.core.clock import FixedClock  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data dir that `load_settings()` picks up; no user settings file leaks in."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("KIOSK_DATA_DIR", str(path))
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "settings.toml"))
    monkeypatch.delenv("KIOSK_DATABASE_URL", raising=False)
    return path


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    """(engine, session_factory) on a fresh, migrated SQLite file."""
    from kiosk.storage.engine import open_database

    engine, session_factory = open_database(f"sqlite:///{tmp_path}/kiosk.sqlite3")
    yield engine, session_factory
    engine.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 29, 8, 30))


@pytest.fixture
def cups_pdf_dir() -> Path:
    """Where the CUPS-PDF printer started by scripts/test.sh writes jobs.

    Fails (never skips) when CUPS is not there, so a broken CI machine cannot pass
    silently; deselect with `-m "not cups"` when running pytest by hand.
    """
    if error := os.environ.get("KIOSK_TEST_CUPS_ERROR"):
        pytest.fail(error)
    out = os.environ.get("KIOSK_TEST_CUPS_PDF_DIR")
    if not out:
        pytest.fail("KIOSK_TEST_CUPS_PDF_DIR is not set: run the tests with scripts/test.sh")
    return Path(out)


@pytest.fixture
def make_kiosk(qapp, data_dir, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Build the real kiosk window over real services on a temporary data dir."""
    monkeypatch.setenv("KIOSK_NO_VOICE", "1")
    from dataclasses import replace

    from kiosk.app import build_services
    from kiosk.core.config import load_settings
    from kiosk.services.auth import Role
    from kiosk.services.demo import DEMO_STAFF_PIN
    from kiosk.ui.kiosk import Kiosk
    from kiosk.ui.printing import Printer

    built = []

    def make(printer_name="no-such-printer-for-tests", staff_pin=DEMO_STAFF_PIN, **overrides):  # type: ignore[no-untyped-def]
        settings = replace(load_settings(), **overrides)
        services = build_services(settings)
        if staff_pin:
            services.auth.set_pin(Role.STAFF, staff_pin)
        kiosk = Kiosk.with_services(qapp, services, Printer(settings.outbox_dir, printer_name))
        kiosk.show(full_screen=False)
        built.append(kiosk)
        return kiosk

    yield make
    for kiosk in built:
        kiosk.translations.use("en")  # uninstall the translator from the shared QApplication
        qapp.removeEventFilter(kiosk.guard)
        qapp.removeEventFilter(kiosk.window.idle)
        kiosk.window.allow_close = True
        kiosk.window.close()
        kiosk.window.deleteLater()
        kiosk.services.engine.dispose()


@pytest.fixture
def kiosk_ui(make_kiosk):  # type: ignore[no-untyped-def]
    return make_kiosk()
