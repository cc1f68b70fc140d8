"""Fixtures every test folder can use. Folder-specific fixtures live in their own conftest.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import fcntl  # noqa: E402
import gc  # noqa: E402
import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from pg_fixtures import (  # noqa: E402, F401
    empty_postgres_url,
    parametrize_databases,
    postgres_server,
    postgres_template,
    postgres_url,
)

from kiosk.core.clock import FixedClock  # noqa: E402
from kiosk.storage.engine import SessionFactory, open_database  # noqa: E402
from kiosk.storage.models import Resident  # noqa: E402


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    parametrize_databases(metafunc)


@pytest.fixture(autouse=True)
def _keep_umask():  # type: ignore[no-untyped-def]
    """`kiosk.cli.main` sets umask 077 for its process: a test calling it in-process must not
    change it for the tests after it."""
    mask = os.umask(0o022)
    os.umask(mask)
    yield
    os.umask(mask)


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
def kiosk_log(data_dir: Path) -> Iterator[Path]:
    """The kiosk's log file in the test's data dir; its handler is removed afterwards."""
    import logging

    from kiosk.core.logs import setup_logging

    path = setup_logging(data_dir)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", "") == str(path)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 29, 8, 30))


@pytest.fixture
def cups_pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Where the CUPS-PDF printer started by scripts/test.sh writes jobs.

    Fails (never skips) when CUPS is not there, so a broken CI machine cannot pass
    silently; deselect with `-m "not cups"` when running pytest by hand.

    The tests that use the one printer take turns (a lock shared by the pytest-xdist
    workers): they find their job among its files, look at its queue, or stop it.
    """
    if error := os.environ.get("KIOSK_TEST_CUPS_ERROR"):
        pytest.fail(error)
    out = os.environ.get("KIOSK_TEST_CUPS_PDF_DIR")
    if not out:
        pytest.fail("KIOSK_TEST_CUPS_PDF_DIR is not set: run the tests with scripts/test.sh")
    with open(tmp_path_factory.getbasetemp().parent / "cups-printer.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        yield Path(out)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first: on pytest-xdist's workers they then run beside the many short
    ones instead of alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Widgets a test leaves to deleteLater (qtbot.addWidget, closed windows) are deleted
    before the next test: outside an event loop they would wait for ever, and each one left
    alive slows every later style change (the suite grew quadratic)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_ui_thread(qapp):  # type: ignore[no-untyped-def]
    """Cycles holding Qt objects must never be collected on a worker thread (see gc_guard)."""
    from kiosk.ui.gc_guard import MainThreadCollector

    collector = MainThreadCollector(qapp)
    yield
    collector.deleteLater()


@pytest.fixture
def make_kiosk(qapp, data_dir, tmp_path, monkeypatch, migrated_template):  # type: ignore[no-untyped-def]
    """Build the real kiosk window over real services on a temporary data dir."""
    monkeypatch.setenv("KIOSK_NO_VOICE", "1")
    from dataclasses import replace

    from PySide6.QtCore import QCoreApplication, QEvent

    from kiosk.app import build_services
    from kiosk.core.config import load_settings
    from kiosk.services.auth import Role
    from kiosk.services.demo import DEMO_STAFF_PIN
    from kiosk.ui.kiosk import Kiosk
    from kiosk.ui.printing import Printer

    built = []

    def make(  # type: ignore[no-untyped-def]
        printer_name="no-such-printer-for-tests", staff_pin=DEMO_STAFF_PIN, clock=None, **overrides
    ):
        settings = replace(load_settings(), **overrides)
        database = settings.data_dir / "kiosk.sqlite3"
        if not settings.database_url and not database.exists():
            shutil.copy(migrated_template, database)  # what the first start's migration would make
        services = build_services(settings, clock)
        if staff_pin:
            services.auth.set_pin(Role.STAFF, staff_pin)
        printer = Printer(settings.outbox_dir, printer_name, clock=services.clock)
        kiosk = Kiosk.with_services(qapp, services, printer)
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
    built.clear()
    # Delete the windows now: deleteLater outside an event loop waits for ever, and every
    # window left alive made each later kiosk's style sheet slower (the suite grew quadratic).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # the kiosk's cycles go now, on this (the UI) thread


@pytest.fixture
def kiosk_ui(make_kiosk):  # type: ignore[no-untyped-def]
    return make_kiosk()


# Real, migrated SQLite databases for service and document tests.
@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once; each test gets a copy (Alembic takes ~0.4 s per fresh database)."""
    path = tmp_path_factory.mktemp("template") / "kiosk.sqlite3"
    engine, _factory = open_database(f"sqlite:///{path}")
    engine.dispose()
    return path


@pytest.fixture
def database(request: pytest.FixtureRequest) -> str:
    """ "sqlite", or "postgresql" where pg_fixtures.parametrize_databases asks for both."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_url(request: pytest.FixtureRequest, database: str, tmp_path: Path) -> str:
    """A fresh, migrated database of the kind the test runs on."""
    if database == "postgresql":
        return request.getfixturevalue("postgres_url")
    migrated_template = request.getfixturevalue("migrated_template")
    path = tmp_path / "kiosk.sqlite3"
    shutil.copy(migrated_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def empty_db_url(request: pytest.FixtureRequest, database: str, tmp_path: Path) -> str:
    """A database of the kind the test runs on, with no schema yet (a machine's first start)."""
    if database == "postgresql":
        return request.getfixturevalue("empty_postgres_url")
    return f"sqlite:///{tmp_path}/empty.sqlite3"


@pytest.fixture
def session_factory(db_url: str) -> SessionFactory:
    engine, factory = open_database(db_url)
    yield factory
    engine.dispose()


@pytest.fixture
def make_resident(session_factory: SessionFactory):
    """Store a resident directly (the check-in service is tested elsewhere); returns its id."""

    def make(
        name: str = "Nguyễn Văn An",
        birth_year: int = 1958,
        phone: str | None = "0912345607",
        neighbourhood: str = "Khu phố 3",
    ) -> str:
        with session_factory.begin() as s:
            resident = Resident(
                full_name=name,
                name_folded=name.lower(),
                birth_year=birth_year,
                neighbourhood=neighbourhood,
                phone=phone,
                created_at=datetime(2026, 1, 1),
            )
            s.add(resident)
            s.flush()
            return resident.id

    return make
