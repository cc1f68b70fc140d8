"""End of a tutorial: what went well, the safety lessons, and the certificate to print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label

# (resident_id, tutorial_id) -> certificate id; prints or queues the PDF. Runs off the UI thread.
PrintCertificate = Callable[[str, str], str]


class CompletionScreen(Screen):
    screen_id = ScreenId.COMPLETION
    visit_ended = Signal()
    print_finished = Signal(bool)  # printed, or kept for a volunteer

    def __init__(self, print_certificate: PrintCertificate) -> None:
        super().__init__()
        self._print_certificate = print_certificate
        self._visit: Visit | None = None
        self.last_task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 30, 160, 30)
        layout.setSpacing(22)
        self._title = label("", "title", name="completion_title")
        self._stats = label("", "subtitle", name="completion_stats")
        self._lessons_title = label("", "subtitle")
        self._lessons = label("", "body", name="completion_lessons")
        self._print = button("", "primary", self._print_clicked, name="print_certificate")
        self._print.setMinimumHeight(110)
        self._print_status = label("", "body", name="print_status")
        row = QHBoxLayout()
        self._another = button(
            "", "secondary", lambda: self.navigate.emit(ScreenId.CATALOG), name="another"
        )
        self._finish = button("", "secondary", self.visit_ended.emit, name="finish_visit")
        row.addWidget(self._another)
        row.addWidget(self._finish)
        for w in (self._title, self._stats, self._lessons_title, self._lessons):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self._print)
        layout.addWidget(self._print_status)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self._lessons_title.setText(tr("Completion", "Remember:"))
        self._print.setText(tr("Completion", "Print my certificate"))
        self._another.setText(tr("Completion", "Practise another lesson"))
        self._finish.setText(tr("Completion", "Finish"))
        if self._visit is not None:
            self._fill(self._visit)

    def enter(self, visit: Visit) -> None:
        self._visit = visit
        self._print_status.setText("")
        self.retranslate()

    def _fill(self, visit: Visit) -> None:
        summary = visit.summary
        done = visit.tutorial_id is not None and bool(summary)
        self._title.setText(
            tr("Completion", "Well done! You finished the lesson.")
            if done
            else tr("Completion", "Lesson stopped")
        )
        minutes = max(1, round(float(summary.get("seconds", 0)) / 60)) if summary else 0
        self._stats.setText(
            tr("Completion", "{0} of {1} steps without help, in about {2} minutes.").format(
                summary.get("steps_without_help", 0), summary.get("total_steps", 0), minutes
            )
            if done
            else ""
        )
        lessons = [str(x) for x in summary.get("safety", [])] if summary else []  # type: ignore[union-attr]
        self._lessons.setText("\n".join(f"•  {x}" for x in lessons))
        can_print = done and visit.resident_id is not None and bool(summary.get("completed", True))
        self._print.setVisible(can_print)
        if done and visit.resident_id is None:
            self._print_status.setText(
                tr(
                    "Completion",
                    "Certificates are given to residents who checked in with their name.",
                )
            )

    def _print_clicked(self) -> None:
        visit = self._visit
        if visit is None or visit.resident_id is None or visit.tutorial_id is None:
            return
        self._print.setEnabled(False)
        self._print_status.setText(tr("Completion", "Printing your certificate…"))
        resident, tutorial = visit.resident_id, visit.tutorial_id
        self.last_task = run_in_background(
            lambda: self._print_certificate(resident, tutorial),
            on_done=self._printed,
            on_error=self._print_failed,
        )

    def _printed(self, certificate_id: str) -> None:
        if self._visit is not None:
            self._visit.certificate_id = certificate_id
        self._print.setEnabled(True)
        self._print_status.setText(
            tr("Completion", "Your certificate is printed. Please take it from the printer.")
        )
        self.print_finished.emit(True)

    def _print_failed(self, _error: BaseException) -> None:
        self._print.setEnabled(True)
        self._print_status.setText(
            tr(
                "Completion",
                "The printer is not ready. Your certificate is saved, "
                "and a volunteer will print it for you.",
            )
        )
        self.print_finished.emit(False)

    def wipe(self) -> None:
        self._visit = None
        for w in (self._title, self._stats, self._lessons, self._print_status):
            w.setText("")
