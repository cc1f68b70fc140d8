"""The volunteer console's areas: the help queue and today's residents.

They only show what the console hands them; the console does the polling and the saving.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.today_board import Board, BoardRow
from kiosk.services.volunteer import WaitingRequest
from kiosk.ui.i18n import tr
from kiosk.ui.theme import set_role
from kiosk.ui.widgets import button, label

FLASHES = 8  # on/off changes when a new request arrives: four blinks
FLASH_MS = 350


def waited_text(seconds: int) -> str:
    seconds = max(0, seconds)
    if seconds < 60:
        return tr("Volunteer", "waiting {0} s").format(seconds)
    if seconds < 3600:
        return tr("Volunteer", "waiting {0} min {1} s").format(seconds // 60, seconds % 60)
    return tr("Volunteer", "waiting {0} h {1} min").format(seconds // 3600, seconds % 3600 // 60)


def mode_word(mode: str) -> str:
    words = {
        "guided": tr("Volunteer", "guided"),
        "practice": tr("Volunteer", "on their own"),
        "check": tr("Volunteer", "check"),
    }
    return words.get(mode, mode)


class ChevronCombo(QComboBox):
    """A combo box that draws its own "open the list" chevron (the style sheet hides Qt's)."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 3))
        x, y = self.width() - 26, self.height() / 2
        painter.drawPolyline([QPointF(x - 8, y - 4), QPointF(x, y + 4), QPointF(x + 8, y - 4)])
        painter.end()


def scrolling(content: QWidget) -> QScrollArea:
    set_role(content, "well")
    area = QScrollArea(widgetResizable=True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def clear_layout(layout: QVBoxLayout) -> None:
    while layout.count() > 1:  # the last item is the stretch
        item = layout.takeAt(0)
        if widget := item.widget():
            widget.setParent(None)  # gone at once, not at the next event-loop turn
            widget.deleteLater()


class RequestCard(QFrame):
    """One waiting request: which kiosk and who, where they are, how long, and "I'm coming"."""

    def __init__(self, request: WaitingRequest, on_answer) -> None:  # type: ignore[no-untyped-def]
        super().__init__(objectName=f"request_{request.id}")
        set_role(self, "card")
        self.request = request
        self.head = label("", "body", name="request_head")
        self.where = label("", "hint", name="request_where")
        self.waited = label("", "body", name="request_waited")
        self.answer = button("", "primary", lambda: on_answer(request.id), name="answer_request")
        text = QVBoxLayout()
        text.setSpacing(2)
        for w in (self.head, self.where, self.waited):
            text.addWidget(w)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 10, 8)
        row.addLayout(text, 1)
        row.addWidget(self.answer, 0, Qt.AlignmentFlag.AlignVCenter)
        self._flashes = 0
        self._timer = QTimer(self, interval=FLASH_MS)
        self._timer.timeout.connect(self._blink)
        self.update_request(request)

    def update_request(self, request: WaitingRequest) -> None:
        self.request = request
        who = request.resident_name or tr("Volunteer", "a visitor without a name")
        self.head.setText(f"{request.kiosk_id} · {who}")
        self.where.setText(request.where)
        self.where.setVisible(bool(request.where))
        self.answer.setText(tr("Volunteer", "I'm coming"))

    def tick(self, now: datetime) -> None:
        self.waited.setText(waited_text(int((now - self.request.at).total_seconds())))

    def flash(self) -> None:
        self._flashes = FLASHES
        self._blink()
        self._timer.start()

    @property
    def flashing(self) -> bool:
        return self._timer.isActive()

    def _blink(self) -> None:
        self._flashes -= 1
        self.setProperty("flash", self._flashes % 2 == 1)
        self.style().unpolish(self)
        self.style().polish(self)
        if self._flashes <= 0:
            self._timer.stop()


class ListPanel(QWidget):
    """A panel's title, its "nothing here" hint and a scrolling list under them; the objects
    are named `<name>_title` and `<name>_empty`; items go before the list's final stretch."""

    def __init__(self, name: str, spacing: int) -> None:
        super().__init__()
        self.title = label("", "subtitle", name=f"{name}_title")
        self.empty = label("", "hint", name=f"{name}_empty")
        self._list = QVBoxLayout()
        self._list.setSpacing(spacing)
        self._list.addStretch(1)
        holder = QWidget()
        holder.setLayout(self._list)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.empty)
        column.addWidget(scrolling(holder), 1)


class HelpQueuePanel(ListPanel):
    answer = Signal(str)  # request id

    def __init__(self) -> None:
        super().__init__("queue", spacing=10)
        self.cards: dict[str, RequestCard] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Volunteer", "Asking for help ({0})").format(len(self.cards)))
        self.empty.setText(tr("Volunteer", "No one is waiting. A call makes a sound here."))
        for card in self.cards.values():
            card.update_request(card.request)

    def show_requests(self, requests: Iterable[WaitingRequest], now: datetime) -> list[str]:
        """Show these (oldest first); return the ids that were not shown before."""
        requests = list(requests)
        wanted = {r.id for r in requests}
        for gone in [i for i in self.cards if i not in wanted]:
            card = self.cards.pop(gone)
            card.setParent(None)
            card.deleteLater()
        added = []
        for index, request in enumerate(requests):
            card = self.cards.get(request.id)
            if card is None:
                card = self.cards[request.id] = RequestCard(request, self.answer.emit)
                added.append(request.id)
            else:
                card.update_request(request)
            self._list.insertWidget(index, card)  # moves an existing card into place
            card.tick(now)
            card.show()
        self.empty.setVisible(not self.cards)
        self.retranslate()
        return added

    def tick(self, now: datetime) -> None:
        for card in self.cards.values():
            card.tick(now)

    def flash(self, ids: Iterable[str]) -> None:
        for request_id in ids:
            if card := self.cards.get(request_id):
                card.flash()

    def clear(self) -> None:
        self.show_requests([], datetime.min)


class TodayPanel(ListPanel):
    """Today's checked-in residents, the latest first, and where each is in their practice."""

    def __init__(self) -> None:
        super().__init__("today", spacing=6)
        self.board = Board((), 0)
        self.retranslate()

    def retranslate(self) -> None:
        count, anonymous = len(self.board.rows), self.board.anonymous
        title = tr("Volunteer", "Today: {0} checked in").format(count)
        if anonymous:
            title += " " + tr("Volunteer", "(+{0} without a name)").format(anonymous)
        self.title.setText(title)
        self.empty.setText(tr("Volunteer", "No one has checked in yet today."))
        self.empty.setVisible(not self.board.rows)

    def show_board(self, board: Board, *, force: bool = False) -> None:
        if board == self.board and not force:
            return  # polled every few seconds: rebuild only when something changed
        self.board = board
        clear_layout(self._list)
        for index, row in enumerate(board.rows):
            self._list.insertWidget(index, self._row(row))
        self.retranslate()

    def _row(self, row: BoardRow) -> QWidget:
        card = QFrame(objectName=f"today_{row.resident_id}")
        set_role(card, "card")
        who = label(
            f"{row.checked_in_at:%H:%M} · {row.name}, {row.birth_year}, {row.neighbourhood}",
            "body",
            name="today_who",
        )
        lines = QVBoxLayout(card)
        lines.setContentsMargins(14, 6, 14, 6)
        lines.setSpacing(0)
        lines.addWidget(who)
        lines.addWidget(self._lesson(row))
        if row.passed_today:
            passed = tr("Volunteer", "Passed today: {0}").format(", ".join(row.passed_today))
            lines.addWidget(label(passed, "hint", name="today_passed"))
        return card

    @staticmethod
    def _lesson(row: BoardRow) -> QLabel:
        lesson = row.lesson
        if lesson is None:
            text = tr("Volunteer", "Has not started a lesson yet")
        elif not lesson.finished:
            text = tr("Volunteer", "Now in: {0} ({1}, since {2})").format(
                lesson.title, mode_word(lesson.mode), f"{lesson.started_at:%H:%M}"
            )
        else:
            result = tr("Volunteer", "passed") if lesson.passed else tr("Volunteer", "finished")
            text = tr("Volunteer", "Last: {0} ({1}, {2})").format(
                lesson.title, mode_word(lesson.mode), result
            )
        return label(text, "hint", name="today_lesson")

    def clear(self) -> None:
        self.show_board(Board((), 0), force=True)
