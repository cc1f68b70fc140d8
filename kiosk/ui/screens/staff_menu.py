"""Staff menu: today's attendance sheet, the staff screens as tiles, leaving the kiosk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout

from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label

# Prints (or queues) today's attendance sheet off the UI thread; returns the number of rows.
PrintAttendance = Callable[[], int]
COLUMNS = 3  # up to 12 tiles fit a 1920×1080 screen without scrolling


class StaffMenuScreen(Screen):
    screen_id = ScreenId.STAFF_MENU
    resident_facing = False
    exit_requested = Signal()

    def __init__(
        self,
        print_attendance: PrintAttendance,
        content_problems: list[str],
        *,
        role: Callable[[], str] = lambda: "staff",
    ) -> None:
        super().__init__()
        self._print_attendance = print_attendance
        self._content_problems = content_problems
        self._role = role  # who opened the menu: "volunteer", "staff" or "admin"
        self.last_task: Task | None = None
        self._tiles: list[tuple[QPushButton, Callable[[], str]]] = []
        self._tile_roles: dict[QPushButton, tuple[str, ...]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 32, 120, 32)
        layout.setSpacing(24)
        self._title = label("", "title")
        self._attendance = button("", "tile", self._print_sheet, name="print_attendance")
        self._grid = QGridLayout()
        self._grid.setSpacing(20)
        self._grid.addWidget(self._attendance, 0, 0)
        self._status = label("", "body", name="staff_status")
        self._problems = label("", "error", name="content_problems")
        self._problems.setVisible(bool(content_problems))
        self._back = button(
            "", "secondary", lambda: self.navigate.emit(ScreenId.ATTRACT), name="staff_back"
        )
        self._exit = button("", "danger", self.exit_requested.emit, name="staff_exit")
        layout.addWidget(self._title)
        layout.addLayout(self._grid)
        for w in (self._status, self._problems):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self._back)
        layout.addWidget(self._exit)
        self.retranslate()

    def add_tile(
        self, name: str, text: Callable[[], str], target: ScreenId, roles: tuple[str, ...] = ()
    ) -> None:
        """A tile opening another staff screen; `text` gives its words in the current language.
        With `roles` (e.g. ("admin",)) only those roles see it."""
        tile = button(text(), "tile", lambda: self.navigate.emit(target), name=name)
        tile.setParent(self)  # hidden until placed
        self._tiles.append((tile, text))
        self._tile_roles[tile] = roles
        self._place_tiles()

    def _place_tiles(self) -> None:
        """The tiles this role may use, COLUMNS per row, with no gap where a hidden one would be."""
        role = self._role()
        tiles = [tile for tile, _text in self._tiles]
        shown = [self._attendance]
        shown += [t for t in tiles if not self._tile_roles[t] or role in self._tile_roles[t]]
        for tile in (self._attendance, *tiles):
            self._grid.removeWidget(tile)
        for index, tile in enumerate(shown):
            self._grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        for tile in tiles:
            tile.setVisible(tile in shown)

    def retranslate(self) -> None:
        self._title.setText(tr("Staff", "Staff menu"))
        for tile, text in self._tiles:
            tile.setText(text())
        self._attendance.setText(tr("Staff", "Print today's attendance sheet"))
        self._back.setText(tr("Staff", "Back to the kiosk"))
        self._exit.setText(tr("Staff", "Exit"))
        if self._content_problems:
            self._problems.setText(
                tr("Staff", "These tutorial files were skipped because they have errors:")
                + "\n"
                + "\n".join(self._content_problems)
            )

    def enter(self, visit: Visit) -> None:
        self._status.setText("")
        self._place_tiles()
        self.retranslate()

    def _print_sheet(self) -> None:
        self._attendance.setEnabled(False)
        self._status.setText(tr("Staff", "Printing…"))
        self.last_task = run_in_background(
            self._print_attendance, on_done=self._printed, on_error=self._failed
        )

    def _printed(self, rows: int) -> None:
        self._attendance.setEnabled(True)
        self._status.setText(
            tr(
                "Staff", "Attendance sheet sent to the printer ({0} people). See the print queue."
            ).format(rows)
        )

    def _failed(self, error: BaseException) -> None:
        self._attendance.setEnabled(True)
        self._status.setText(
            tr("Staff", "Could not print: the sheet is kept in the outbox folder.") + f"\n{error}"
        )
