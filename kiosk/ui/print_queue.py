"""The print spooler: prints the queued jobs one at a time, off the UI thread, and retries.

Exactly once: a job is printed only after `PrintQueue.mark_printing` let this spooler claim
it, and only one job is in the hands of a worker at any time. "Printed" means Qt handed the
whole job to the print system. A printer that is stopped or refusing jobs is found before
anything is sent (see kiosk/ui/printing.py), so the job waits in our queue, where staff see
it, instead of being held out of sight by CUPS; it is sent when the printer is back.

A retry pass tries every claimable job once, oldest first: one broken PDF never blocks the
jobs behind it, and a stopped printer costs one quick refusal per job.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.services.print_queue import PrintQueue
from kiosk.ui.tasks import Task, run_in_background

log = logging.getLogger(__name__)

RETRY_INTERVAL_MS = 30_000


class PdfPrinter(Protocol):
    def print_pdf(self, pdf: bytes | Path, title: str) -> None: ...


# (job id, error or None), or None when nothing was left to try in this pass.
Outcome = tuple[str, str | None] | None
_NOT_OURS = "\0claimed by another spooler"


class PrintSpooler(QObject):
    job_printed = Signal(str)  # job id
    job_waiting = Signal(str, str)  # job id, why it could not print (English, for staff)
    queue_changed = Signal()
    _wake = Signal()  # emitted from any thread; the slot runs on the UI thread

    def __init__(
        self,
        queue: PrintQueue,
        printer: PdfPrinter,
        retry_interval_ms: int = RETRY_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.queue = queue
        self.printer = printer
        self.last_task: Task | None = None
        self._busy = False
        self._again = False
        self._tried: set[str] = set()
        self._outcomes: dict[str, str | None] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(retry_interval_ms)
        self._timer.timeout.connect(self.retry_now)
        self._wake.connect(self.retry_now)

    @property
    def busy(self) -> bool:
        """A worker is recovering the queue or printing a job right now."""
        return self._busy

    def start(self) -> None:
        """Recover after a restart (off the UI thread), print what waits, then retry on a timer."""
        self._busy = True
        self.last_task = run_in_background(
            self.queue.recover, on_done=self._recovered, on_error=self._crashed
        )
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def submit(
        self,
        kind: str,
        title: str,
        pdf: bytes,
        resident_id: str | None = None,
        names: Sequence[str] = (),
    ) -> str:
        """Queue a document (from any thread) and have it printed; returns its job id.
        `resident_id`, `names`: whose personal data the PDF shows (erasing them deletes it)."""
        job_id = self.queue.enqueue(kind, title, pdf, resident_id, names)
        self._wake.emit()
        return job_id

    def outcome(self, job_id: str) -> tuple[bool, str] | None:
        """(True, "") once printed, (False, error) while it waits, None if not tried yet."""
        if job_id not in self._outcomes:
            return None
        error = self._outcomes[job_id]
        return (error is None, error or "")

    def retry_now(self) -> None:
        """Start a pass over the queue now (after the current one, if one is running)."""
        if self._busy:
            self._again = True
            return
        self._tried = set()
        self._step()

    def _recovered(self, _recovery: object) -> None:
        self._busy = False
        self.queue_changed.emit()
        self.retry_now()

    def _step(self) -> None:
        self._busy = True
        skip = frozenset(self._tried)
        self.last_task = run_in_background(
            lambda: self._print_next(skip), on_done=self._stepped, on_error=self._crashed
        )

    def _print_next(self, skip: frozenset[str]) -> Outcome:
        """Worker thread: claim the oldest job not tried in this pass and print it."""
        job = self.queue.next_pending(exclude=skip)
        if job is None:
            return None
        if not self.queue.mark_printing(job.id):
            return job.id, _NOT_OURS
        try:
            self.printer.print_pdf(job.pdf_path, job.title)
        except Exception as exc:  # noqa: BLE001 - any failure leaves the job waiting
            message = str(exc) or type(exc).__name__
            self.queue.mark_failed(job.id, message)
            return job.id, message
        self.queue.mark_printed(job.id)
        return job.id, None

    def _stepped(self, outcome: Outcome) -> None:
        if outcome is None:
            self._finish_pass()
            return
        job_id, error = outcome
        self._tried.add(job_id)
        if error != _NOT_OURS:
            self._outcomes[job_id] = error
            if error is None:
                self.job_printed.emit(job_id)
            else:
                self.job_waiting.emit(job_id, error)
            self.queue_changed.emit()
        self._step()

    def _finish_pass(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.retry_now()

    def _crashed(self, error: BaseException) -> None:
        # Not the message: it may name a document, and so a resident.
        log.error("print queue pass failed: %s", type(error).__name__)
        self._busy = False
        self._again = False
        self.queue_changed.emit()
