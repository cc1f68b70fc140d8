"""Choose a practice lesson: big tiles, one per tutorial, and the practice mode."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import tr
from kiosk.ui.phone.widgets import WrapButton
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.theme import set_role
from kiosk.ui.visit import Visit

log = logging.getLogger(__name__)
MODES = ("guided", "practice", "check")
COLUMNS = 2


def _mode_texts() -> dict[str, tuple[str, str]]:
    return {
        "guided": (tr("Catalog", "Guided"),
                   tr("Catalog", "The kiosk shows and tells you every step.")),
        "practice": (tr("Catalog", "On my own"),
                     tr("Catalog", "You try by yourself; ask for a hint when you need one.")),
        "check": (tr("Catalog", "Check"),
                  tr("Catalog", "No hints. Pass to earn your certificate.")),
    }


def _progress_text(status: str | None) -> str:
    return {
        "passed": tr("Catalog", "✓ Passed"),
        "practised": tr("Catalog", "Practised"),
    }.get(status or "", tr("Catalog", "Not started"))


class CatalogScreen(Screen):
    screen_id = ScreenId.CATALOG

    def __init__(self, catalog: Any, results: Any) -> None:
        super().__init__()
        self.catalog, self.results = catalog, results
        self.visit: Visit | None = None
        self.tiles: dict[str, WrapButton] = {}
        self.title = set_role(QLabel(), "title")
        self.mode_hint = set_role(QLabel(), "hint")
        self.mode_hint.setWordWrap(True)
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        self.finish = set_role(QPushButton(), "secondary")
        self.finish.setObjectName("finishButton")
        self.finish.clicked.connect(lambda: self.navigate.emit(ScreenId.ATTRACT))
        self.grid_host = set_role(QWidget(), "catalogGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(24)
        for col in range(COLUMNS):
            self.grid.setColumnStretch(col, 1)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        mode_row = QHBoxLayout()
        mode_row.setSpacing(16)
        for mode in MODES:
            button = set_role(QPushButton(), "secondary")
            button.setObjectName(f"mode-{mode}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
            mode_row.addWidget(button)
        mode_row.addStretch(1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grid_host)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.finish)
        column = QVBoxLayout(self)
        column.setContentsMargins(56, 36, 56, 36)
        column.setSpacing(20)
        column.addLayout(top)
        column.addLayout(mode_row)
        column.addWidget(self.mode_hint)
        column.addWidget(scroll, 1)
        self.set_mode("guided")

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)
        self.mode_hint.setText(_mode_texts()[mode][1])
        if self.visit is not None:
            self.visit.mode = mode

    @property
    def mode(self) -> str:
        return next(m for m, b in self.mode_buttons.items() if b.isChecked())

    def enter(self, visit: Visit) -> None:
        self.visit = visit
        self.set_mode(visit.mode if visit.mode in MODES else "guided")
        self._build_tiles()

    def retranslate(self) -> None:
        self.title.setText(tr("Catalog", "Choose a practice lesson"))
        self.finish.setText(tr("Catalog", "Finish"))
        for mode, (label, _) in _mode_texts().items():
            self.mode_buttons[mode].setText(label)
        self.mode_hint.setText(_mode_texts()[self.mode][1])
        if self.visit is not None:
            self._build_tiles()

    def wipe(self) -> None:
        self.visit = None
        self._clear_tiles()
        self.set_mode("guided")

    def open_tutorial(self, tutorial_id: str) -> None:
        if self.visit is None:
            return
        self.visit.tutorial_id = tutorial_id
        self.visit.mode = self.mode
        self.navigate.emit(ScreenId.TUTORIAL)

    def _clear_tiles(self) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.hide()
            tile.setParent(None)
            tile.deleteLater()
        self.tiles.clear()

    def _build_tiles(self) -> None:
        self._clear_tiles()
        language = self.visit.language if self.visit else "vi"
        progress = self._progress()
        for index, tutorial in enumerate(self.catalog.all()):
            minutes = tr("Catalog", "{0} minutes").format(tutorial.minutes)
            status = _progress_text(progress.get(tutorial.id))
            tile = set_role(WrapButton([
                (tutorial.title.get(language), "subtitle"),
                (tutorial.summary.get(language), "body"),
                (f"{minutes}   ·   {status}", "hint"),
            ]), "tile")
            tile.setObjectName(f"tile-{tutorial.id}")
            tile.clicked.connect(lambda _=False, t=tutorial.id: self.open_tutorial(t))
            self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            tile.show()  # a layout shows new children only on the next event loop pass
            self.tiles[tutorial.id] = tile
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    def _progress(self) -> dict[str, str]:
        if self.visit is None or not self.visit.resident_id:
            return {}
        try:
            return _as_status_map(self.results.progress(self.visit.resident_id))
        except Exception:  # noqa: BLE001 - tiles without progress beat no tiles
            log.exception("could not read the resident's progress")
            return {}


def _as_status_map(progress: Any) -> dict[str, str]:
    """Accept {tutorial_id: status} or objects with tutorial_id/status."""
    if isinstance(progress, dict):
        return {k: getattr(v, "status", v) for k, v in progress.items()}
    return {p.tutorial_id: p.status for p in progress}
