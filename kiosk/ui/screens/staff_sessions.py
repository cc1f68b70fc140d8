"""Staff: today's and the coming 'Cà phê sáng' sessions; schedule, change or cancel one, and
print a session's attendance sheet."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.clock import Clock
from kiosk.core.errors import ValidationError
from kiosk.services.sessions import ScheduledSession, SessionSchedule
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.screens.session_form import SessionForm
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.theme import set_role
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label

DAYS_AHEAD = 30
# Makes the session's sheet and queues it for the printer (off the UI thread); rows printed.
PrintSession = Callable[[str], int]


def _weekday(day: date) -> str:
    names = (
        tr("StaffSessions", "Monday"),
        tr("StaffSessions", "Tuesday"),
        tr("StaffSessions", "Wednesday"),
        tr("StaffSessions", "Thursday"),
        tr("StaffSessions", "Friday"),
        tr("StaffSessions", "Saturday"),
        tr("StaffSessions", "Sunday"),
    )
    return names[day.weekday()]


def _when(s: ScheduledSession) -> str:
    return f"{_weekday(s.day)} {s.day:%d/%m/%Y} · {s.start:%H:%M} – {s.end:%H:%M}"


def _clear(layout: QVBoxLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        if widget := item.widget():
            widget.setParent(None)
            widget.deleteLater()


class StaffSessionsScreen(Screen):
    screen_id = ScreenId.STAFF_SESSIONS
    resident_facing = False

    def __init__(
        self,
        schedule: SessionSchedule,
        clock: Clock,
        lesson_titles: Sequence[str],
        print_session: PrintSession,
        *,
        actor: Callable[[], str] = lambda: "staff",
    ) -> None:
        super().__init__()
        self._schedule = schedule
        self._clock = clock
        self._print_session = print_session
        self._actor = actor
        self._cancelling: ScheduledSession | None = None
        self._printing = False
        self.last_task: Task | None = None
        self.form = SessionForm(lesson_titles, clock)
        self.form.submitted.connect(self._save)
        self._build()
        self.retranslate()

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._title = label("", "title")
        self._list = QVBoxLayout()
        self._list.setSpacing(12)
        holder = QWidget(objectName="session_list")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 12, 0)
        column.addLayout(self._list)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        # Its size hint (every card) would make the whole screen scroll: take the room left.
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        scroll.setMinimumHeight(320)
        self._status = label("", "body", name="sessions_status")
        self._back = button("", "secondary", self._go_back, name="sessions_back")
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self._title)
        left.addWidget(scroll, 1)
        left.addWidget(self._build_confirm())
        left.addWidget(self._status)
        left.addWidget(self._back)
        panel = QFrame(objectName="session_form_panel")
        set_role(panel, "panel")
        inside = QVBoxLayout(panel)
        inside.setContentsMargins(28, 20, 28, 24)
        inside.addWidget(self.form)
        inside.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(48, 24, 48, 24)
        row.setSpacing(32)
        row.addLayout(left, 3)
        row.addWidget(panel, 2)

    def _build_confirm(self) -> QFrame:
        self._confirm_box = QFrame(objectName="cancel_box")
        set_role(self._confirm_box, "card")
        box = QVBoxLayout(self._confirm_box)
        box.setContentsMargins(24, 16, 24, 16)
        self._warning = label("", "error", name="cancel_warning")
        self._confirm = button("", "danger", self._do_cancel, name="confirm_cancel_session")
        self._keep = button("", "secondary", lambda: self._ask_cancel(None), name="keep_session")
        buttons = QHBoxLayout()
        buttons.addWidget(self._confirm)
        buttons.addWidget(self._keep)
        box.addWidget(self._warning)
        box.addLayout(buttons)
        self._confirm_box.hide()
        return self._confirm_box

    def _card(self, s: ScheduledSession, running: bool) -> QFrame:
        card = QFrame(objectName=f"session_{s.id}")
        set_role(card, "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(label(_when(s), "fieldLabel", name="session_when"), 1)
        if running or s.cancelled:
            words = tr("StaffSessions", "Cancelled") if s.cancelled else tr("StaffSessions", "Now")
            top.addWidget(label(words, "badge", wrap=False, name="session_badge"))
        layout.addLayout(top)
        what = s.title + (f" – {s.topic}" if s.topic else "")
        layout.addWidget(label(what, "body", name="session_what"))
        details = [
            s.place,
            tr("StaffSessions", "{0} checked in").format(s.checkins),
            tr("StaffSessions", "code {0}").format(s.id[:8]),
        ]
        layout.addWidget(label(" · ".join(d for d in details if d), "hint", name="session_info"))
        actions = QHBoxLayout()
        actions.setSpacing(12)
        if not s.cancelled:
            actions.addWidget(self._action(s, "session_edit", self._edit))
            actions.addWidget(self._action(s, "session_cancel", self._ask_cancel))
        actions.addWidget(self._action(s, "session_print", self._print), 1)
        layout.addLayout(actions)
        return card

    def _action(
        self, s: ScheduledSession, name: str, do: Callable[[ScheduledSession], None]
    ) -> QWidget:
        words = {
            "session_edit": tr("StaffSessions", "Change"),
            "session_cancel": tr("StaffSessions", "Cancel session"),
            "session_print": tr("StaffSessions", "Print attendance sheet"),
        }
        return button(words[name], "secondary", lambda: do(s), name=name)

    def retranslate(self) -> None:
        self._title.setText(tr("StaffSessions", "Sessions"))
        self._confirm.setText(tr("StaffSessions", "Yes, cancel it"))
        self._keep.setText(tr("StaffSessions", "Keep the session"))
        self.form.retranslate()
        self._back.setText(tr("StaffSessions", "Back"))
        self.refresh()

    # --- lifecycle ---------------------------------------------------------------------------
    def enter(self, visit: Visit) -> None:
        self.wipe()
        self.retranslate()

    def leave(self) -> None:
        self._ask_cancel(None)

    def wipe(self) -> None:
        self.form.load(None)
        self._status.setText("")
        self._ask_cancel(None)

    def _go_back(self) -> None:
        self.wipe()
        self.navigate.emit(ScreenId.STAFF_MENU)

    def refresh(self) -> None:
        """List the sessions again from the database (a small, quick read)."""
        _clear(self._list)
        sessions = self._schedule.upcoming(self._clock.today(), DAYS_AHEAD)
        running = self._schedule.running_now()
        cards = [self._card(s, s.id == running) for s in sessions] or [
            label(tr("StaffSessions", "No sessions are scheduled yet."), "hint", name="none")
        ]
        for card in cards:
            self._list.addWidget(card)
            card.show()  # now, not on the next event-loop turn

    # --- schedule and change ------------------------------------------------------------------
    def _edit(self, s: ScheduledSession) -> None:
        self._ask_cancel(None)
        self._status.setText("")
        self.form.load(self._schedule.get(s.id))

    def _save(self) -> None:
        v, editing, actor = self.form.value(), self.form.editing_id, self._actor()
        fields = (v.day, v.start, v.end, v.title, v.place, v.topic)

        def work() -> str:
            if editing is None:
                return self._schedule.schedule(*fields, actor=actor)
            self._schedule.update(editing, *fields, actor=actor)
            return editing

        self.form.save.setEnabled(False)
        self.form.show_error(None)
        self.last_task = run_in_background(work, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, session_id: str) -> None:
        self.form.save.setEnabled(True)
        saved = self._schedule.get(session_id)
        self.form.load(None)
        self.refresh()
        self._status.setText(tr("StaffSessions", "Saved: {0}").format(_when(saved)))

    def _save_failed(self, error: BaseException) -> None:
        self.form.save.setEnabled(True)
        if isinstance(error, ValidationError):
            self.form.show_error(error)
        else:
            self._status.setText(tr("StaffSessions", "That did not work:") + f" {error}")

    # --- cancel ------------------------------------------------------------------------------
    def _ask_cancel(self, s: ScheduledSession | None) -> None:
        self._cancelling = s
        self._confirm_box.setVisible(s is not None)
        if s is None:
            return
        self._status.setText("")
        warning = tr("StaffSessions", "Cancel the session “{0}” on {1}?").format(s.title, _when(s))
        if s.checkins:
            warning += " " + tr(
                "StaffSessions",
                "{0} people have checked in: it stays in the records, marked cancelled.",
            ).format(s.checkins)
        self._warning.setText(warning)

    def _do_cancel(self) -> None:
        if self._cancelling is None:
            return
        session_id, actor = self._cancelling.id, self._actor()
        self._confirm.setEnabled(False)
        self.last_task = run_in_background(
            lambda: self._schedule.cancel(session_id, actor=actor),
            on_done=lambda outcome: self._cancelled(session_id, outcome),
            on_error=self._failed,
        )

    def _cancelled(self, session_id: str, outcome: str) -> None:
        self._confirm.setEnabled(True)
        self._ask_cancel(None)
        if self.form.editing_id == session_id:
            self.form.load(None)
        self.refresh()
        self._status.setText(
            tr("StaffSessions", "The session was cancelled; its attendance is kept.")
            if outcome == "cancelled"
            else tr("StaffSessions", "The session was removed from the schedule.")
        )

    # --- print -------------------------------------------------------------------------------
    def _print(self, s: ScheduledSession) -> None:
        if self._printing:  # a second tap while the sheet is being made
            return
        self._printing = True
        self._status.setText(tr("StaffSessions", "Printing…"))
        self.last_task = run_in_background(
            lambda: self._print_session(s.id), on_done=self._printed, on_error=self._print_failed
        )

    def _print_failed(self, error: BaseException) -> None:
        self._printing = False
        self._failed(error)

    def _printed(self, rows: int) -> None:
        self._printing = False
        self._status.setText(
            tr(
                "StaffSessions",
                "Attendance sheet sent to the printer ({0} people). See the print queue.",
            ).format(rows)
        )

    def _failed(self, error: BaseException) -> None:
        self._confirm.setEnabled(True)
        self._status.setText(tr("StaffSessions", "That did not work:") + f" {error}")
