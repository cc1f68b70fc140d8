"""The form staff use to schedule a session or change one: date, times, title, place, topic."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QDate, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.clock import Clock
from kiosk.core.errors import ValidationError
from kiosk.services.sessions import DEFAULT_TITLE, ScheduledSession
from kiosk.ui.i18n import tr
from kiosk.ui.messages import validation_message
from kiosk.ui.widgets import button, label

STEP_MINUTES = 15
DEFAULT_START, DEFAULT_END = time(8, 0), time(10, 0)
FIELDS = ("day", "start_time", "end_time", "title", "place", "topic")


@dataclass(frozen=True)
class SessionValues:
    day: date
    start: time
    end: time
    title: str
    place: str
    topic: str


def _stepper(field: QAbstractSpinBox, name: str, step: Callable[[int], None]) -> QHBoxLayout:
    """[−] field [+]: big targets around a small Qt spin box, for fingers."""
    row = QHBoxLayout()
    row.setSpacing(8)
    minus = button("−", "stepper", lambda: step(-1), name=f"{name}_minus")
    plus = button("+", "stepper", lambda: step(1), name=f"{name}_plus")
    for b in (minus, plus):
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    row.addWidget(minus)
    row.addWidget(field, 1)
    row.addWidget(plus)
    return row


class _DateField(QDateEdit):
    """A tap anywhere on the date opens the calendar (Qt opens it only from the small arrow)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        arrow = QPointF(self.width() - 4, self.height() / 2)  # inside the drop-down sub-control
        super().mousePressEvent(
            QMouseEvent(
                event.type(),
                arrow,
                self.mapToGlobal(arrow),
                event.button(),
                event.buttons(),
                event.modifiers(),
            )
        )


class SessionForm(QWidget):
    """Emits `submitted` when Save is pressed; `editing_id` is None for a new session."""

    submitted = Signal()

    def __init__(self, lesson_titles: Sequence[str], clock: Clock) -> None:
        super().__init__()
        self._clock = clock
        self.editing_id: str | None = None
        self.day = _DateField(objectName="session_day", calendarPopup=True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.start = self._time_field("session_start")
        self.end = self._time_field("session_end")
        self.title = QLineEdit(objectName="session_title", maxLength=300)
        self.place = QLineEdit(objectName="session_place", maxLength=300)
        self.topic = QComboBox(objectName="session_topic", editable=True)
        self.topic.addItems(list(dict.fromkeys(lesson_titles)))
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Long lesson titles must not widen the form: the list pops up wide enough anyway.
        self.topic.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.topic.setMinimumContentsLength(12)
        self.topic.lineEdit().setMaxLength(400)
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self._heading = label("", "subtitle", name="session_form_heading")
        self.save = button("", "primary", self.submitted.emit, name="session_save")
        self.new = button("", "secondary", lambda: self.load(None), name="session_new")
        self._general = label("", "error", name="session_error")
        self._general.hide()
        self._build()
        self.load(None)

    def _time_field(self, name: str) -> QTimeEdit:
        field = QTimeEdit(objectName=name)
        field.setDisplayFormat("HH:mm")
        field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return field

    def _build(self) -> None:
        self.day.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        rows = (
            ("day", _stepper(self.day, "session_day", self._step_day)),
            ("start_time", _stepper(self.start, "session_start", self._step_start)),
            ("end_time", _stepper(self.end, "session_end", self._step_end)),
            ("title", self.title),
            ("place", self.place),
            ("topic", self.topic),
        )
        for row, (key, field) in enumerate(rows):
            grid.addWidget(self._field_label(key), row * 2, 0)
            if isinstance(field, QWidget):
                grid.addWidget(field, row * 2, 1)
            else:
                grid.addLayout(field, row * 2, 1)
            grid.addWidget(self._error(key), row * 2 + 1, 1)
        grid.setColumnStretch(1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self._heading)
        column.addLayout(grid)
        column.addWidget(self._general)
        actions = QHBoxLayout()
        actions.addWidget(self.save, 2)
        actions.addWidget(self.new, 1)
        column.addLayout(actions)

    def _field_label(self, key: str) -> QLabel:
        self._labels[key] = label("", "fieldLabel", wrap=False)
        return self._labels[key]

    def _error(self, key: str) -> QLabel:
        self._errors[key] = label("", "error", name=f"{key}_error")
        self._errors[key].hide()
        return self._errors[key]

    def retranslate(self) -> None:
        words = {
            "day": tr("StaffSessions", "Date"),
            "start_time": tr("StaffSessions", "Starts"),
            "end_time": tr("StaffSessions", "Ends"),
            "title": tr("StaffSessions", "Title"),
            "place": tr("StaffSessions", "Place"),
            "topic": tr("StaffSessions", "Topic"),
        }
        for key, text in words.items():
            self._labels[key].setText(text)
        self.place.setPlaceholderText(tr("StaffSessions", "e.g. Nhà văn hóa Khu phố 3"))
        self.topic.lineEdit().setPlaceholderText(tr("StaffSessions", "Choose a lesson or type"))
        self._show_mode()

    def _show_mode(self) -> None:
        editing = self.editing_id is not None
        self._heading.setText(
            tr("StaffSessions", "Change this session")
            if editing
            else tr("StaffSessions", "Schedule a session")
        )
        self.save.setText(
            tr("StaffSessions", "Save changes") if editing else tr("StaffSessions", "Schedule")
        )
        self.new.setText(
            tr("StaffSessions", "Stop editing") if editing else tr("StaffSessions", "Clear")
        )

    # --- values ------------------------------------------------------------------------------
    def load(self, session: ScheduledSession | None) -> None:
        """Fill the form from `session`, or with a new session's defaults (today, 8:00–10:00)."""
        self.editing_id = session.id if session else None
        self.day.setDate(QDate(session.day if session else self._clock.today()))
        start, end = (session.start, session.end) if session else (DEFAULT_START, DEFAULT_END)
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        self.title.setText(session.title if session else DEFAULT_TITLE)
        self.place.setText(session.place if session else "")
        self.topic.setCurrentIndex(-1)
        self.topic.setEditText(session.topic if session else "")
        self.show_error(None)
        self._show_mode()

    def value(self) -> SessionValues:
        return SessionValues(
            self.day.date().toPython(),
            self.start.time().toPython(),
            self.end.time().toPython(),
            self.title.text(),
            self.place.text(),
            self.topic.currentText(),
        )

    def show_error(self, error: ValidationError | None) -> None:
        widgets = (self.day, self.start, self.end, self.title, self.place, self.topic)
        for key, widget in zip(FIELDS, widgets, strict=True):
            bad = error is not None and error.field == key
            self._errors[key].setText(validation_message(error) if error and bad else "")
            self._errors[key].setVisible(bad)
            widget.setProperty("invalid", bad)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            if bad:
                widget.setFocus()
        general = error is not None and error.field not in FIELDS
        self._general.setText(validation_message(error) if error and general else "")
        self._general.setVisible(general)

    # --- the big −/+ buttons -------------------------------------------------------------------
    def _step_day(self, direction: int) -> None:
        self.day.setDate(self.day.date().addDays(direction))

    def _step_start(self, direction: int) -> None:
        """Moving the start keeps the session's length: the end moves along."""
        length = self.start.time().secsTo(self.end.time())
        self.start.setTime(self.start.time().addSecs(direction * STEP_MINUTES * 60))
        if length > 0:
            self.end.setTime(self.start.time().addSecs(length))

    def _step_end(self, direction: int) -> None:
        self.end.setTime(self.end.time().addSecs(direction * STEP_MINUTES * 60))
