"""The learner card offer, shown above the lesson list to a resident who just signed up.

Not a dialog: the resident may print the card or simply pick a lesson. The card is made and
queued off the UI thread; the print spooler prints it, or it waits ("Đang chờ in") for a
volunteer, as certificates do (kiosk/ui/screens/completion.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from kiosk.ui.i18n import tr
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.theme import set_role
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label

if TYPE_CHECKING:
    from kiosk.ui.print_queue import PrintSpooler

PrintCard = Callable[[str], str]  # resident id -> print job id; runs off the UI thread


class CardOffer(QFrame):
    print_finished = Signal(bool)  # printed, or waiting in the print queue

    def __init__(self, print_card: PrintCard, spooler: PrintSpooler) -> None:
        super().__init__(objectName="card_offer")
        set_role(self, "card")
        self._print_card = print_card
        self._spooler = spooler
        spooler.job_printed.connect(self._job_printed)
        spooler.job_waiting.connect(lambda job_id, _why: self._job_waiting(job_id))
        self._visit: Visit | None = None
        self._job_id: str | None = None
        self._printed = False
        self.last_task: Task | None = None
        self._text = label("", "body", name="card_offer_text")
        self._print = button("", "primary", self._print_clicked, name="print_card")
        self._status = label("", "body", name="card_status")
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self._text, 1)
        row.addWidget(self._print, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addLayout(row)
        layout.addWidget(self._status)
        self.wipe()

    def retranslate(self) -> None:
        self._text.setText(
            tr(
                "CheckIn",
                "Welcome! Would you like a learner card? Next time, show its QR code "
                "at the counter to check in quickly.",
            )
        )
        self._print.setText(tr("CheckIn", "Print learner card"))

    def enter(self, visit: Visit) -> None:
        if visit is not self._visit:
            self.wipe()
            self._visit = visit
        self.retranslate()
        # Once printed there is nothing left to offer when the resident comes back here.
        self.setVisible(visit.new_resident and visit.resident_id is not None and not self._printed)

    def wipe(self) -> None:
        self._visit = None
        self._job_id = None
        self._printed = False
        self._print.setEnabled(True)
        self._say("")
        self.hide()

    def _say(self, text: str) -> None:
        self._status.setText(text)
        self._status.setVisible(bool(text))

    def _print_clicked(self) -> None:
        visit = self._visit
        if visit is None or visit.resident_id is None:
            return
        self._print.setEnabled(False)  # one card; a second tap would print a second copy
        self._say(tr("CheckIn", "Printing your learner card…"))
        resident, print_card = visit.resident_id, self._print_card
        self.last_task = run_in_background(
            lambda: print_card(resident),
            on_done=lambda job_id: self._queued(visit, job_id),
            on_error=lambda _error: self._not_made(visit),
        )

    def _queued(self, visit: Visit, job_id: str) -> None:
        if visit is not self._visit:  # that visit ended meanwhile
            return
        self._job_id = job_id
        known = self._spooler.outcome(job_id)  # in case it finished first
        if known is not None and known[0]:
            self._job_printed(job_id)
        elif known is not None:
            self._job_waiting(job_id)

    def _job_printed(self, job_id: str) -> None:
        if job_id != self._job_id:
            return
        self._printed = True
        self._say(tr("CheckIn", "Your learner card is printed. Please take it from the printer."))
        self.print_finished.emit(True)

    def _job_waiting(self, job_id: str) -> None:
        waiting = tr("CheckIn", "Waiting for the printer — a volunteer will print it for you.")
        if job_id != self._job_id or self._status.text() == waiting:
            return
        self._say(waiting)
        self.print_finished.emit(False)

    def _not_made(self, visit: Visit) -> None:
        if visit is not self._visit:
            return
        self._print.setEnabled(True)
        self._say(tr("CheckIn", "Sorry, the card could not be made. Please ask a volunteer."))
        self.print_finished.emit(False)
