"""The volunteer console, behind the volunteer PIN: for the counter's keyboard and mouse as
much as for touch.

Four areas: residents asking for help (waiting time ticking every second, a chime and a
flash for each new call, polled from the database every few seconds off the UI thread, as
other kiosks may share it); today's residents and where each is in their practice; a walk-in
check-in form; and the log of real help given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.clock import Clock
from kiosk.core.errors import ValidationError
from kiosk.services.checkin import CheckInService
from kiosk.services.today_board import TodayBoard
from kiosk.services.volunteer import AssistanceLog, HelpQueue
from kiosk.ui.chime import Chime
from kiosk.ui.i18n import tr
from kiosk.ui.messages import validation_message
from kiosk.ui.screens.assistance_panel import AssistancePanel
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.screens.volunteer_parts import HelpQueuePanel, TodayPanel
from kiosk.ui.screens.walk_in_form import WalkInForm
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.theme import set_role
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label

if TYPE_CHECKING:
    from kiosk.app import Services

POLL_MS = 2500
TICK_MS = 1000


def _panel(*widgets: QWidget, stretch_last: bool = True) -> QFrame:
    frame = QFrame()
    set_role(frame, "panel")
    column = QVBoxLayout(frame)
    column.setContentsMargins(18, 12, 18, 14)
    column.setSpacing(8)
    for i, widget in enumerate(widgets):
        column.addWidget(widget, 1 if stretch_last and i == len(widgets) - 1 else 0)
    return frame


class VolunteerConsoleScreen(Screen):
    screen_id = ScreenId.VOLUNTEER_CONSOLE
    resident_facing = False
    refreshed = Signal()  # a poll's results are on screen

    def __init__(
        self,
        help_queue: HelpQueue,
        board: TodayBoard,
        assistance: AssistanceLog,
        checkin: CheckInService,
        clock: Clock,
        *,
        neighbourhoods: Callable[[], Sequence[str]],
        role: Callable[[], str],
        chime: Chime,
    ) -> None:
        super().__init__()
        self.setProperty("density", "compact")
        self._queue, self._board, self._assistance = help_queue, board, assistance
        self._clock, self._role, self.chime = clock, role, chime
        self._polling: Task | None = None
        self._poll_again = False
        self._generation = 0  # a poll that ends after a wipe shows nothing
        self._answered: set[str] = set()
        self._seen: set[str] = set()
        self.last_task: Task | None = None
        self.queue = HelpQueuePanel()
        self.queue.answer.connect(self._answer)
        self.today = TodayPanel()
        self.walk_in = WalkInForm(checkin, neighbourhoods)
        self.walk_in.checked_in.connect(lambda _match: self.poll())
        self.assist = AssistancePanel()
        self.assist.save_requested.connect(self._save_assistance)
        self._build()
        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._tick_timer = QTimer(self, interval=TICK_MS)
        self._tick_timer.timeout.connect(lambda: self.queue.tick(self._clock.now()))
        self.retranslate()

    def _build(self) -> None:
        self._title = label("", "title", wrap=False)
        self._status = label("", "error", name="console_status")
        self._verify = button("", "secondary", self._go(ScreenId.STAFF_VERIFY), name="open_verify")
        self._prints = button(
            "", "secondary", self._go(ScreenId.STAFF_PRINT_QUEUE), name="open_print_queue"
        )
        # The console may stay open for hours at the counter: the staff menu asks the PIN again.
        self._menu = button("", "secondary", self._go(ScreenId.STAFF_PIN), name="console_menu")
        self._back = button("", "secondary", self._go(ScreenId.ATTRACT), name="console_back")
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self._title)
        head.addWidget(self._status, 1)
        for b in (self._verify, self._prints, self._menu, self._back):
            head.addWidget(b)
        self._walk_in_title = label("", "subtitle", name="walkin_title")
        middle = QVBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(_panel(self.today), 1)
        middle.addWidget(_panel(self._walk_in_title, self.walk_in, stretch_last=False))
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(_panel(self.queue), 5)
        body.addLayout(middle, 7)
        body.addWidget(_panel(self.assist), 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addLayout(body, 1)

    def _go(self, target: ScreenId) -> Callable[[], None]:
        return lambda: self.navigate.emit(target)

    def retranslate(self) -> None:
        self._title.setText(tr("Volunteer", "Volunteer desk"))
        self._verify.setText(tr("Volunteer", "Check a certificate"))
        self._prints.setText(tr("Volunteer", "Print queue"))
        self._menu.setText(tr("Volunteer", "Staff menu"))
        self._back.setText(tr("Volunteer", "Back to the kiosk"))
        self._walk_in_title.setText(tr("Volunteer", "Check in a walk-in"))
        for part in (self.queue, self.today, self.walk_in, self.assist):
            part.retranslate()

    # --- lifecycle ---------------------------------------------------------------------------
    def enter(self, visit: Visit) -> None:
        self._menu.setVisible(self._role() in ("staff", "admin"))
        self.walk_in.set_neighbourhoods()
        self.assist.set_categories(self._assistance.categories)
        self.retranslate()
        self.chime.prepare()
        self._poll_timer.start()
        self._tick_timer.start()
        self.poll()
        self.walk_in.name.setFocus()

    def leave(self) -> None:
        self._poll_timer.stop()
        self._tick_timer.stop()

    def wipe(self) -> None:
        self.leave()
        self._generation += 1
        self._seen.clear()
        self._answered.clear()
        self.queue.clear()
        self.today.clear()
        self.assist.clear()
        self.walk_in.clear()
        self._status.setText("")

    # --- polling -----------------------------------------------------------------------------
    def poll(self) -> Task | None:
        """Fetch the queue, the board and today's log off the UI thread (one at a time)."""
        if self._polling is not None:
            self._poll_again = True
            return None
        queue, board, log, generation = self._queue, self._board, self._assistance, self._generation
        self._polling = run_in_background(
            lambda: (queue.waiting(), board.today(), log.today(), generation),
            on_done=self._show,
            on_error=self._poll_failed,
        )
        return self._polling

    def _show(self, result: tuple) -> None:  # type: ignore[type-arg]
        requests, today, entries, generation = result
        self._after_poll()
        if generation != self._generation:
            return
        self._status.setText("")
        requests = [r for r in requests if r.id not in self._answered]
        added = self.queue.show_requests(requests, self._clock.now())
        fresh = [i for i in added if i not in self._seen]
        self._seen.update(added)
        if fresh:
            self.chime.play()
            self.queue.flash(fresh)
        self.today.show_board(today)
        self.assist.set_people(today.rows)
        self.assist.show_entries(entries)
        self.refreshed.emit()

    def _poll_failed(self, _error: BaseException) -> None:
        self._after_poll()
        self._status.setText(tr("Volunteer", "Could not read the database; trying again…"))

    def _after_poll(self) -> None:
        self._polling = None
        if self._poll_again:
            self._poll_again = False
            QTimer.singleShot(0, self.poll)

    # --- actions -----------------------------------------------------------------------------
    def _answer(self, request_id: str) -> None:
        self._answered.add(request_id)
        queue, by = self._queue, self._role()
        self.queue.show_requests(
            [c.request for i, c in self.queue.cards.items() if i != request_id], self._clock.now()
        )
        self.last_task = run_in_background(
            lambda: queue.answer(request_id, by),
            on_done=lambda _first: self.poll(),
            on_error=lambda _error: self._answer_failed(request_id),
        )

    def _answer_failed(self, request_id: str) -> None:
        self._answered.discard(request_id)  # it comes back with the next poll
        self._status.setText(tr("Volunteer", "Could not save. Nothing was lost: try again."))
        self.poll()

    def _save_assistance(self, category: str, resident_id: str | None, note: str) -> None:
        log, by = self._assistance, self._role()
        self.last_task = run_in_background(
            lambda: log.record(category, resident_id, note, by),
            on_done=self._saved,
            on_error=self._not_saved,
        )

    def _saved(self, _entry_id: str) -> None:
        self.assist.saved()
        self.poll()

    def _not_saved(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.assist.refused(validation_message(error))
        else:
            self.assist.refused(tr("Volunteer", "Could not save. Nothing was lost: try again."))


def console_for(services: Services, role: Callable[[], str]) -> VolunteerConsoleScreen:
    """The console over the kiosk's services; `role` names whoever unlocked it."""
    return VolunteerConsoleScreen(
        services.help_queue,
        services.board,
        services.assistance,
        services.checkin,
        services.clock,
        neighbourhoods=lambda: services.settings.neighbourhoods,
        role=role,
        chime=Chime(services.settings.data_dir / "sounds" / "help-chime.wav"),
    )
