"""End of a tutorial: what went well, the safety lessons, the certificates to print, and how
far the resident is in the curriculum ("Công dân số cơ bản")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.services.curriculum import CURRICULUM_MODULE, CurriculumStatus
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label

if TYPE_CHECKING:
    from kiosk.ui.print_queue import PrintSpooler

# (resident_id, tutorial id or CURRICULUM_MODULE) -> (certificate id, print job id): issues the
# certificate and queues it. Runs off the UI thread; the spooler then prints it.
PrintCertificate = Callable[[str, str], tuple[str, str]]
CurriculumOf = Callable[[str | None], CurriculumStatus]


class CompletionScreen(Screen):
    screen_id = ScreenId.COMPLETION
    visit_ended = Signal()
    print_finished = Signal(bool)  # printed, or waiting in the print queue for a volunteer

    def __init__(
        self, print_certificate: PrintCertificate, curriculum: CurriculumOf, spooler: PrintSpooler
    ) -> None:
        super().__init__()
        self._print_certificate = print_certificate
        self._curriculum = curriculum
        self._spooler = spooler
        spooler.job_printed.connect(self._job_printed)
        spooler.job_waiting.connect(lambda job_id, _why: self._job_waiting(job_id))
        self._job_id: str | None = None  # the certificate this screen waits for
        self._visit: Visit | None = None
        self.last_task: Task | None = None
        self._title = label("", "title", name="completion_title")
        self._stats = label("", "subtitle", name="completion_stats")
        self._lessons_title = label("", "subtitle")
        self._lessons = label("", "body", name="completion_lessons")
        self._course = label("", "body", name="curriculum_status")
        self._print = button(
            "", "primary", lambda: self._print_clicked(None), name="print_certificate"
        )
        self._print_course = button(
            "", "primary", lambda: self._print_clicked(CURRICULUM_MODULE), name="print_curriculum"
        )
        self._print_status = label("", "body", name="print_status")
        self._another = button(
            "", "secondary", lambda: self.navigate.emit(ScreenId.CATALOG), name="another"
        )
        self._finish = button("", "secondary", self.visit_ended.emit, name="finish_visit")
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 24, 160, 24)
        layout.setSpacing(18)
        for w in (self._title, self._stats, self._lessons_title, self._lessons, self._course):
            layout.addWidget(w)
        layout.addStretch(1)
        prints = QHBoxLayout()
        prints.addWidget(self._print)
        prints.addWidget(self._print_course)
        layout.addLayout(prints)
        layout.addWidget(self._print_status)
        row = QHBoxLayout()
        row.addWidget(self._another)
        row.addWidget(self._finish)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self._lessons_title.setText(tr("Completion", "Remember:"))
        self._print.setText(tr("Completion", "Print my certificate"))
        self._another.setText(tr("Completion", "Practise another lesson"))
        self._finish.setText(tr("Completion", "Finish"))
        if self._visit is not None:
            self._fill(self._visit)

    def enter(self, visit: Visit) -> None:
        self._visit = visit
        self._job_id = None
        self._set_print_enabled(True)
        self._print_status.setText("")
        self.retranslate()

    def _fill(self, visit: Visit) -> None:
        summary = visit.summary
        done = visit.tutorial_id is not None and bool(summary.get("completed", bool(summary)))
        self._title.setText(
            tr("Completion", "Well done! You finished the lesson.")
            if done
            else tr("Completion", "Lesson stopped")
        )
        self._stats.setText(self._stats_text(summary) if done else "")
        lessons = [str(x) for x in summary.get("safety", [])]  # type: ignore[attr-defined]
        self._lessons.setText("\n".join(f"•  {x}" for x in lessons))
        checked_in = visit.resident_id is not None
        self._print.setVisible(done and checked_in)
        self._fill_curriculum(visit, checked_in)
        if done and not checked_in:
            self._print_status.setText(
                tr(
                    "Completion",
                    "Certificates are given to residents who checked in with their name.",
                )
            )

    def _stats_text(self, summary: dict[str, object]) -> str:
        minutes = max(1, round(float(summary.get("seconds", 0)) / 60))  # type: ignore[arg-type]
        text = tr("Completion", "{0} of {1} steps without help, in about {2} minutes.").format(
            summary.get("steps_without_help", 0), summary.get("total_steps", 0), minutes
        )
        if summary.get("mode") == "check":
            verdict = (
                tr("Completion", "Check passed: it counts toward your certificate.")
                if summary.get("passed")
                else tr("Completion", "Check not passed this time. Practise and try again!")
            )
            text += "\n" + verdict
        return text

    def _fill_curriculum(self, visit: Visit, checked_in: bool) -> None:
        status = self._curriculum(visit.resident_id) if checked_in else None
        self._print_course.setVisible(bool(status and status.complete))
        if status is None or not status.total:
            self._course.setText("")
            return
        self._print_course.setText(
            tr("Completion", "Print the {0} certificate").format(status.title)
        )
        self._course.setText(
            tr("Completion", "{0}: {1} of {2} lessons passed in check mode.").format(
                status.title, len(status.passed), status.total
            )
        )

    def _set_print_enabled(self, enabled: bool) -> None:
        for b in (self._print, self._print_course):
            b.setEnabled(enabled)

    def _print_clicked(self, module: str | None) -> None:
        visit = self._visit
        if visit is None or visit.resident_id is None or visit.tutorial_id is None:
            return
        self._set_print_enabled(False)
        self._print_status.setText(tr("Completion", "Printing your certificate…"))
        resident, what = visit.resident_id, module or visit.tutorial_id
        self.last_task = run_in_background(
            lambda: self._print_certificate(resident, what),
            on_done=self._queued,
            on_error=self._not_made,
        )

    def _queued(self, ids: tuple[str, str]) -> None:
        certificate_id, self._job_id = ids
        if self._visit is not None:
            self._visit.certificate_id = certificate_id
        known = self._spooler.outcome(self._job_id)  # in case it finished first
        if known is not None and known[0]:
            self._job_printed(self._job_id)
        elif known is not None:
            self._job_waiting(self._job_id)

    def _job_printed(self, job_id: str) -> None:
        if job_id != self._job_id:
            return
        self._job_id = None
        self._set_print_enabled(True)
        self._print_status.setText(
            tr("Completion", "Your certificate is printed. Please take it from the printer.")
        )
        self.print_finished.emit(True)

    def _job_waiting(self, job_id: str) -> None:
        # The buttons stay off: the job is queued, another press would only print a second copy.
        # The screen keeps listening, so a retry that prints it while the resident is here shows.
        waiting = tr("Completion", "Waiting for the printer — a volunteer will print it for you.")
        if job_id != self._job_id or self._print_status.text() == waiting:
            return
        self._print_status.setText(waiting)
        self.print_finished.emit(False)

    def _not_made(self, _error: BaseException) -> None:
        self._set_print_enabled(True)
        self._print_status.setText(
            tr("Completion", "Sorry, the certificate could not be made. Please ask a volunteer.")
        )
        self.print_finished.emit(False)

    def wipe(self) -> None:
        self._visit = None
        self._job_id = None
        for w in (self._title, self._stats, self._lessons, self._print_status, self._course):
            w.setText("")
