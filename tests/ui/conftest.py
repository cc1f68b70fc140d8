"""Fixtures for the phone, tutorial and catalog tests (not autouse: other UI tests untouched)."""

from __future__ import annotations

import os

os.environ["KIOSK_NO_VOICE"] = "1"  # before any Voice is made

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.ui import theme  # noqa: E402
from kiosk.ui.phone.style import phone_style_sheet  # noqa: E402

CONTENT = Path(__file__).resolve().parents[2] / "kiosk" / "tutorials" / "content"


@pytest.fixture
def styled(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The kiosk style sheet plus the phone's, as the shell applies them."""
    look = theme.Look()
    qapp.setStyleSheet(theme.style_sheet(look) + phone_style_sheet(look))
    yield look
    qapp.setStyleSheet("")


@pytest.fixture
def vietnamese(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The real Vietnamese translation built from resources/translations."""
    from kiosk.ui.i18n import Translations

    translations = Translations()
    translations.use("vi")
    yield
    translations.use("en")


@pytest.fixture
def catalog():  # type: ignore[no-untyped-def]
    from kiosk.tutorials.loader import load_catalog

    loaded = load_catalog([CONTENT])
    assert not loaded.problems, loaded.problems
    assert loaded.all(), "no tutorial content"
    return loaded


@pytest.fixture
def sessions(tmp_path: Path):  # type: ignore[no-untyped-def]
    from kiosk.storage.engine import open_database

    engine, session_factory = open_database(f"sqlite:///{tmp_path}/k.db")
    yield session_factory
    engine.dispose()


@pytest.fixture
def results(sessions, clock):  # type: ignore[no-untyped-def]
    from kiosk.services.results import ResultsService

    return ResultsService(sessions, clock)


@pytest.fixture
def voice():  # type: ignore[no-untyped-def]
    from kiosk.ui.voice import Voice

    return Voice()


@pytest.fixture
def tutorial_screen(qtbot, styled, catalog, results, voice, clock):  # type: ignore[no-untyped-def]
    from kiosk.ui.screens.tutorial import TutorialScreen

    screen = TutorialScreen(catalog, results, voice, clock)
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    screen.wipe()
