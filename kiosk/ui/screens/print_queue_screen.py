"""Staff: the documents waiting for the printer, with their time and error; retry them now."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.core.errors import NotAllowed
from kiosk.services.print_queue import PrintQueue, QueuedJob
from kiosk.ui.i18n import tr
from kiosk.ui.messages import not_allowed_message
from kiosk.ui.print_queue import PrintSpooler
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.theme import set_role
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label


def _kind(kind: str) -> str:
    if kind == "certificate":
        return tr("PrintQueue", "Certificate")
    if kind == "attendance":
        return tr("PrintQueue", "Attendance sheet")
    if kind == "learner-card":
        return tr("PrintQueue", "Learner card")
    return tr("PrintQueue", "Document")


def _status(status: str) -> str:
    if status == "printing":
        return tr("PrintQueue", "printing now")
    if status == "waiting":
        return tr("PrintQueue", "waiting for the printer")
    return tr("PrintQueue", "queued")


def _job_card(job: QueuedJob) -> QFrame:
    card = QFrame()
    card.setObjectName("print_job")
    set_role(card, "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(24, 12, 24, 12)
    when = f"{job.created_at:%H:%M %d/%m/%Y}"
    layout.addWidget(label(f"{_kind(job.kind)}: {job.title}", "body", name="print_job_title"))
    layout.addWidget(label(f"{when} · {_status(job.status)}", "hint", name="print_job_time"))
    if job.error:
        layout.addWidget(label(job.error, "error", name="print_job_error"))
    return card


class PrintQueueScreen(Screen):
    screen_id = ScreenId.STAFF_PRINT_QUEUE
    resident_facing = False

    def __init__(
        self, spooler: PrintSpooler, queue: PrintQueue, actor: Callable[[], str] = lambda: ""
    ) -> None:
        super().__init__()
        self._spooler = spooler
        self._queue = queue
        self._actor = actor
        self._shown = False
        self._title = label("", "title")
        self._summary = label("", "subtitle", name="print_queue_summary")
        self._jobs = QVBoxLayout()
        self._jobs.setSpacing(12)
        self._status = label("", "body", name="print_queue_status")
        self._retry = button("", "primary", self._retry_now, name="print_queue_retry")
        self._back = button(
            "",
            "secondary",
            lambda: self.navigate.emit(ScreenId.STAFF_MENU),
            name="print_queue_back",
        )
        self._layout()
        spooler.queue_changed.connect(self._refresh_if_shown)
        self.retranslate()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(240, 40, 240, 40)
        layout.setSpacing(20)
        layout.addWidget(self._title)
        layout.addWidget(self._summary)
        jobs = QWidget()
        jobs.setLayout(self._jobs)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(jobs)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._status)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self._back)
        row.addWidget(self._retry)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self._title.setText(tr("PrintQueue", "Print queue"))
        self._retry.setText(tr("PrintQueue", "Retry now"))
        self._back.setText(tr("PrintQueue", "Back"))
        if self._shown:
            self.refresh()

    def enter(self, visit: Visit) -> None:
        self._shown = True
        self._status.setText("")
        self.refresh()

    def leave(self) -> None:
        self._shown = False

    def refresh(self) -> None:
        jobs = self._queue.pending()
        while self._jobs.count():
            old = self._jobs.takeAt(0).widget()
            if old is not None:
                old.setParent(None)  # out of the tree now, not at the next event-loop turn
                old.deleteLater()
        for job in jobs:
            self._jobs.addWidget(_job_card(job))
        self._jobs.addStretch(1)
        self._summary.setText(
            tr("PrintQueue", "{0} documents are waiting to print.").format(len(jobs))
            if jobs
            else tr("PrintQueue", "Nothing is waiting to print.")
        )

    def _refresh_if_shown(self) -> None:
        if self._shown:
            self._status.setText("")
            self.refresh()

    def _retry_now(self) -> None:
        try:
            self._queue.retry_waiting(self._actor())
        except NotAllowed as error:
            self._status.setText(not_allowed_message(error))
            return
        self._status.setText(tr("PrintQueue", "Trying again…"))
        self._spooler.retry_now()
