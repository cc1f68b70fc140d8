"""Choose a practice lesson: big tiles grouped under topic headings, and the practice mode."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
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
from kiosk.ui.icons import TopicIcon
from kiosk.ui.phone.widgets import WrapButton
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.theme import set_role
from kiosk.ui.visit import Visit

log = logging.getLogger(__name__)
MODES = ("guided", "practice", "check")
TOPICS = ("vneid", "payments", "public-services", "vssid", "safety", "ai")
ICON_PX = 96
TILE_EMS = 22  # a tile needs about 22 body-text ems; below two of them, one column


def _mode_texts() -> dict[str, tuple[str, str]]:
    return {
        "guided": (
            tr("Catalog", "Guided"),
            tr("Catalog", "The kiosk shows and tells you every step."),
        ),
        "practice": (
            tr("Catalog", "On my own"),
            tr("Catalog", "You try by yourself; ask for a hint when you need one."),
        ),
        "check": (
            tr("Catalog", "Check"),
            tr("Catalog", "No hints. Pass to earn your certificate."),
        ),
    }


def _topic_name(topic: str) -> str:
    names = {
        "vneid": tr("Catalog", "VNeID"),
        "payments": tr("Catalog", "Payments"),
        "public-services": tr("Catalog", "Public services"),
        "vssid": tr("Catalog", "VssID"),
        "safety": tr("Catalog", "Safety – avoiding scams"),
        "ai": tr("Catalog", "Artificial intelligence"),
    }
    return names.get(topic) or topic.replace("-", " ").capitalize()


def _progress_text(status: str | None) -> str:
    return {
        "passed": tr("Catalog", "✓ Passed"),
        "practised": tr("Catalog", "Practised"),
    }.get(status or "", tr("Catalog", "Not started"))


def by_topic(tutorials: Iterable[Any]) -> list[tuple[str, list[Any]]]:
    """Tutorials grouped by topic: the known topics in their fixed order, then others A–Z."""
    groups: dict[str, list[Any]] = {}
    for tutorial in tutorials:
        groups.setdefault(tutorial.topic, []).append(tutorial)
    known = [t for t in TOPICS if t in groups]
    return [(t, groups[t]) for t in known + sorted(set(groups) - set(TOPICS))]


class Tile(WrapButton):
    """One lesson: its icon on the left, then title, purpose, minutes and progress."""

    def __init__(self, icon: str, lines: list[tuple[str, str]]) -> None:
        super().__init__(lines)
        margins = self.layout().contentsMargins()
        self.icon = TopicIcon(icon, ICON_PX, self)
        self.icon.move(margins.left(), 18)
        margins.setLeft(margins.left() + ICON_PX + 24)
        self.layout().setContentsMargins(margins)
        self.setMinimumHeight(ICON_PX + 36)


class TopicHeading(QLabel):
    """A topic's name over its tiles, underlined so that it reads as a heading, not a tile."""

    def __init__(self, topic: str) -> None:
        super().__init__()
        set_role(self, "subtitle")
        self.setObjectName(f"topic-{topic}")
        self.setWordWrap(True)
        self.setContentsMargins(0, 12, 0, 10)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 4))
        width = min(self.width(), self.fontMetrics().horizontalAdvance(self.text()))
        painter.drawLine(0, self.height() - 3, width, self.height() - 3)


class CatalogScreen(Screen):
    screen_id = ScreenId.CATALOG

    def __init__(self, catalog: Any, results: Any, card_offer: Any = None) -> None:
        super().__init__()
        self.catalog, self.results = catalog, results
        self.card_offer = card_offer  # kiosk/ui/card_offer.py: shown just after signing up
        self.visit: Visit | None = None
        self.tiles: dict[str, Tile] = {}
        self.headings: dict[str, TopicHeading] = {}
        self._groups: list[tuple[TopicHeading, list[Tile]]] = []
        self._columns = 0
        self.title = set_role(QLabel(), "title")
        self.mode_hint = set_role(QLabel(), "hint")
        self.mode_hint.setWordWrap(True)
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        self.finish = set_role(QPushButton(), "secondary")
        self.finish.setObjectName("finishButton")
        self.finish.clicked.connect(lambda: self.navigate.emit(ScreenId.ATTRACT))
        self.grid_host = set_role(QWidget(), "catalogGrid")
        self.grid = QGridLayout()
        self.grid.setSpacing(24)
        for col in range(2):
            self.grid.setColumnStretch(col, 1)
        column = QVBoxLayout(self.grid_host)
        column.setContentsMargins(0, 0, 16, 0)  # keeps the tiles clear of the scroll bar
        column.addLayout(self.grid)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.up, self.down = (set_role(QPushButton(), "secondary") for _ in range(2))
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
        mode_row.addSpacing(8)
        mode_row.addWidget(self.mode_hint, 1)  # beside the buttons: the list keeps the height
        self.scroll.setObjectName("catalogScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.grid_host)
        self.scroll.viewport().installEventFilter(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.finish)
        column = QVBoxLayout(self)
        column.setContentsMargins(56, 36, 56, 36)
        column.setSpacing(20)
        column.addLayout(top)
        if self.card_offer is not None:
            column.addWidget(self.card_offer)
        column.addLayout(mode_row)
        column.addLayout(self._scroll_row(), 1)
        self.set_mode("guided")

    def _scroll_row(self) -> QHBoxLayout:
        """The list, and beside it big Up and Down buttons: easier than a thin scroll bar."""
        bar = self.scroll.verticalScrollBar()
        buttons = QVBoxLayout()
        buttons.setSpacing(16)
        for button, name, step in ((self.up, "catalogUp", -1), (self.down, "catalogDown", 1)):
            button.setObjectName(name)
            button.clicked.connect(
                lambda _=False, s=step: bar.setValue(bar.value() + s * bar.pageStep() * 3 // 4)
            )
        buttons.addWidget(self.up)
        buttons.addStretch(1)
        buttons.addWidget(self.down)
        bar.valueChanged.connect(self._show_scroll_buttons)
        bar.rangeChanged.connect(self._show_scroll_buttons)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.scroll, 1)
        row.addLayout(buttons)
        return row

    def _show_scroll_buttons(self) -> None:
        bar = self.scroll.verticalScrollBar()
        self.up.setVisible(bar.value() > bar.minimum())
        self.down.setVisible(bar.value() < bar.maximum())

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
        self.scroll.verticalScrollBar().setValue(0)
        if self.card_offer is not None:
            self.card_offer.enter(visit)

    def retranslate(self) -> None:
        self.title.setText(tr("Catalog", "Choose a practice lesson"))
        self.finish.setText(tr("Catalog", "Finish"))
        self.up.setText("▲\n" + tr("Catalog", "Up"))
        self.down.setText(tr("Catalog", "Down") + "\n▼")
        for mode, (label, _) in _mode_texts().items():
            self.mode_buttons[mode].setText(label)
        self.mode_hint.setText(_mode_texts()[self.mode][1])
        if self.card_offer is not None:
            self.card_offer.retranslate()
        if self.visit is not None:
            self._build_tiles()

    def wipe(self) -> None:
        self.visit = None
        self._clear_tiles()
        if self.card_offer is not None:
            self.card_offer.wipe()
        self.set_mode("guided")

    def open_tutorial(self, tutorial_id: str) -> None:
        if self.visit is None:
            return
        self.visit.tutorial_id = tutorial_id
        self.visit.mode = self.mode
        self.navigate.emit(ScreenId.TUTORIAL)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 - Qt override
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a new text size may need one column
            self._place()

    # --- tiles --------------------------------------------------------------------------

    def _clear_tiles(self) -> None:
        for heading, tiles in self._groups:
            for widget in (heading, *tiles):
                self.grid.removeWidget(widget)
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._groups.clear()
        self.tiles.clear()
        self.headings.clear()
        self._columns = 0

    def _build_tiles(self) -> None:
        self._clear_tiles()
        language = self.visit.language if self.visit else "vi"
        progress = self._progress()
        for topic, tutorials in by_topic(self.catalog.all()):
            heading = TopicHeading(topic)
            heading.setText(_topic_name(topic))
            tiles = [self._tile(t, language, progress.get(t.id)) for t in tutorials]
            self._groups.append((heading, tiles))
            self.headings[topic] = heading
        self._place()

    def _tile(self, tutorial: Any, language: str, status: str | None) -> Tile:
        minutes = tr("Catalog", "{0} minutes").format(tutorial.minutes)
        tile = set_role(
            Tile(
                tutorial.icon,
                [
                    (tutorial.title.get(language), "subtitle"),
                    (tutorial.summary.get(language), "body"),
                    (f"{minutes}   ·   {_progress_text(status)}", "hint"),
                ],
            ),
            "tile",
        )
        tile.setObjectName(f"tile-{tutorial.id}")
        tile.clicked.connect(lambda _=False, t=tutorial.id: self.open_tutorial(t))
        self.tiles[tutorial.id] = tile
        return tile

    def _wanted_columns(self) -> int:
        room = self.scroll.viewport().width() - self.grid_host.layout().contentsMargins().right()
        need = 2 * TILE_EMS * self.fontInfo().pixelSize() + self.grid.horizontalSpacing()
        return 2 if room >= need else 1

    def _place(self) -> None:
        """Put each heading on its own row and its tiles under it, in one or two columns."""
        columns = self._wanted_columns()
        if columns == self._columns or not self._groups:
            return
        self._columns = columns
        widgets = [w for heading, tiles in self._groups for w in (heading, *tiles)]
        for widget in widgets:
            self.grid.removeWidget(widget)
        row = 0
        for heading, tiles in self._groups:
            self.grid.addWidget(heading, row, 0, 1, 2)
            for index, tile in enumerate(tiles):
                self.grid.addWidget(
                    tile, row + 1 + index // columns, index % columns, 1, 3 - columns
                )
            row += 1 + (len(tiles) + columns - 1) // columns
        for widget in widgets:
            widget.show()  # a layout shows new children only on the next event loop pass

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
