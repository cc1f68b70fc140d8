"""Staff: import a ward's resident list from a CSV in the data dir or on a USB drive.

The import runs off the UI thread with a progress bar; the summary lists every rejected line
with its reason in the staff member's language. A touchscreen has no file dialog: the files
are found in `<data dir>/imports/` and at the top level of mounted USB drives.
"""

from __future__ import annotations

import glob
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import NotAllowed, ValidationError
from kiosk.core.files import FileRefused
from kiosk.services.audit import AuditLog
from kiosk.services.residents_io import (
    ImportFailed,
    ImportReport,
    RejectedRow,
    ResidentImporter,
    UnusableFile,
)
from kiosk.ui.i18n import tr
from kiosk.ui.messages import not_allowed_message, validation_message
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.theme import set_role
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label

# Mount points of USB drives (udisks2: /media/USER/LABEL, /run/media/USER/LABEL; usbmount).
USB_MOUNTS = ("/media/*", "/media/*/*", "/run/media/*/*")
MAX_FILES = 12


@dataclass(frozen=True)
class CsvFile:
    path: Path
    on_usb: bool


def find_csv_files(imports_dir: Path, usb_mounts: Sequence[str] = USB_MOUNTS) -> list[CsvFile]:
    """The .csv files (any case) at the top level of the imports folder and of USB drives."""
    found: list[CsvFile] = []
    folders = [(imports_dir, False)]
    folders += [(Path(m), True) for p in usb_mounts for m in sorted(glob.glob(p))]
    for folder, on_usb in folders:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue  # not there, not readable, or a drive pulled out meanwhile
        found += [CsvFile(e, on_usb) for e in entries if e.suffix.lower() == ".csv" and e.is_file()]
    return found[:MAX_FILES]


def _reason(row: RejectedRow) -> str:
    if row.code == "neighbourhood.bad_chars":
        return tr(
            "StaffImport",
            "This new khu phố may use letters, digits and punctuation only (no emoji or "
            "symbols), so it cannot join the ward's khu phố list.",
        )
    if row.code == "neighbourhood.list_full":
        return tr(
            "StaffImport",
            "The ward's khu phố list already has 60 entries, so this new khu phố cannot join it.",
        )
    return validation_message(ValidationError(row.field, row.code, row.message))


def rejected_line(row: RejectedRow) -> str:
    reason = _reason(row)
    shown = f" «{row.value}»" if row.value else ""
    return tr("StaffImport", "Line {0}:").format(row.line) + f"{shown} {reason}"


class StaffImportScreen(Screen):
    # After an import: its report, and what `after_import` returned (run off the UI thread),
    # e.g. the services with the new khu phố added to the ward's list.
    imported = Signal(object, object)
    screen_id = ScreenId.STAFF_IMPORT
    resident_facing = False

    def __init__(
        self,
        importer: Callable[[], ResidentImporter],
        audit: AuditLog,
        imports_dir: Path,
        *,
        usb_mounts: Sequence[str] = USB_MOUNTS,
        actor: Callable[[], str] = lambda: "staff",
        after_import: Callable[[ImportReport], object] | None = None,
    ) -> None:
        super().__init__()
        self._importer = importer
        self._after_import = after_import
        self._audit = audit
        self._imports_dir = Path(imports_dir)
        self._usb_mounts = tuple(usb_mounts)
        self._actor = actor
        self._locale = QLocale("vi_VN")
        self._stop = threading.Event()
        self._busy = False
        self.last_task: Task | None = None
        self._build()
        self.retranslate()

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._title = label("", "title")
        self._hint = label("", "hint", name="import_hint")
        self._files = QVBoxLayout()
        self._files.setSpacing(12)
        self._files.setContentsMargins(0, 0, 0, 0)
        self._refresh = button("", "secondary", self.refresh, name="import_refresh")
        self.progress = QProgressBar(objectName="import_progress", textVisible=False)
        self.progress.setMinimumHeight(40)
        self._status = label("", "body", name="import_status")
        self._stop_button = button("", "danger", self._stop.set, name="import_stop")
        self._summary = label("", "subtitle", name="import_summary")
        self.rejected = QPlainTextEdit(objectName="import_rejected", readOnly=True)
        set_role(self.rejected, "body")
        self.rejected.setMinimumHeight(240)
        self._back = button("", "secondary", self._go_back, name="import_back")
        row = QHBoxLayout(self)
        row.setContentsMargins(48, 24, 48, 24)
        row.setSpacing(40)
        row.addLayout(self._files_column(), 2)
        right = QVBoxLayout()
        right.setSpacing(16)
        for w in (self.progress, self._status, self._stop_button, self._summary):
            right.addWidget(w)
        right.addWidget(self.rejected, 1)
        right.addStretch(0)  # keeps the rest at the top while there is no report
        row.addLayout(right, 3)
        self._running(False)
        self._show_report(None)

    def _files_column(self) -> QVBoxLayout:
        files = QWidget()
        files.setLayout(self._files)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(files)
        left = QVBoxLayout()
        left.setSpacing(16)
        for w in (self._title, self._hint):
            left.addWidget(w)
        left.addWidget(scroll, 1)
        left.addWidget(self._refresh)
        left.addWidget(self._back)
        return left

    def retranslate(self) -> None:
        self._title.setText(tr("StaffImport", "Import residents"))
        self._hint.setText(
            tr(
                "StaffImport",
                "Put a CSV file (columns ho_ten, nam_sinh, khu_pho, so_dien_thoai, and "
                "gioi_tinh if you have it) in the folder {0} or on a USB drive, then choose "
                "it below.",
            ).format(self._imports_dir)
        )
        self._refresh.setText(tr("StaffImport", "Look for files again"))
        self._stop_button.setText(tr("StaffImport", "Stop the import"))
        self._back.setText(tr("StaffImport", "Back"))

    # --- lifecycle -------------------------------------------------------------------------
    def enter(self, visit: Visit) -> None:
        self._locale = QLocale("vi_VN" if visit.language == "vi" else "en_GB")
        self.retranslate()
        self.refresh()

    def wipe(self) -> None:
        if not self._busy:  # an import in progress carries on; its summary stays
            self._status.setText("")
            self._show_report(None)

    def _go_back(self) -> None:
        self.navigate.emit(ScreenId.STAFF_MENU)

    # --- files -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Look for files off the UI thread (a USB drive may take a moment to answer)."""
        folder, mounts = self._imports_dir, self._usb_mounts

        def work() -> list[CsvFile]:
            try:
                folder.mkdir(parents=True, exist_ok=True)  # so staff can find where to put files
            except OSError:
                pass
            return find_csv_files(folder, mounts)

        self.last_task = run_in_background(work, on_done=self._show_files)

    def _show_files(self, files: list[CsvFile]) -> None:
        while (item := self._files.takeAt(0)) is not None:
            if widget := item.widget():
                widget.setParent(None)
                widget.deleteLater()
        usb = tr("StaffImport", "USB drive")
        for i, f in enumerate(files):
            where = f"  ({usb}: {f.path.parent})" if f.on_usb else ""
            tile = button(f"{f.path.name}{where}", "tile", name=f"import_file_{i}")
            tile.clicked.connect(lambda _=False, p=f.path: self.start(p))
            tile.setEnabled(not self._busy)
            self._files.addWidget(tile)
            tile.show()  # now, not on the next event-loop turn
        if not files:
            none = label(tr("StaffImport", "No CSV file found."), "hint", name="import_no_files")
            self._files.addWidget(none)
            none.show()
        self._files.addStretch(1)

    # --- the import ------------------------------------------------------------------------
    def start(self, path: Path) -> None:
        importer, audit, actor, stop = self._importer(), self._audit, self._actor(), self._stop
        after = self._after_import
        stop.clear()

        def work(progress: Callable[[int, int], None]) -> tuple[ImportReport, object]:
            try:
                report = importer.import_file(path, progress, stop.is_set)
            except ImportFailed as failed:  # some rows were stored: the log says how many
                audit.record(actor, "import_residents", f"{path.name}: {failed}")
                raise
            detail = f"{path.name}: {report.summary}"
            if report.stopped:
                detail += f"; stopped after {report.processed} of {report.rows} rows"
            audit.record(actor, "import_residents", detail)
            return report, after(report) if after is not None else None

        self._show_report(None)
        self._running(True)
        self._status.setText(tr("StaffImport", "Reading {0}…").format(path.name))
        self.last_task = run_in_background(
            work, on_done=self._done, on_error=self._failed, on_progress=self._progressed
        )

    def _running(self, running: bool) -> None:
        self._busy = running
        self._stop_button.setVisible(running)
        self.progress.setVisible(running)
        self._back.setEnabled(not running)
        self._refresh.setEnabled(not running)
        for i in range(self._files.count()):
            if widget := self._files.itemAt(i).widget():
                widget.setEnabled(not running)
        if running:
            self.progress.setRange(0, 0)  # busy until the first count arrives

    def _count(self, n: int) -> str:
        return self._locale.toString(n)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._status.setText(
            tr("StaffImport", "Processed {0} / {1} rows").format(
                self._count(done), self._count(total)
            )
        )

    def _done(self, result: tuple[ImportReport, object]) -> None:
        report, after = result
        self._running(False)
        self.progress.setVisible(True)
        self._progressed(report.processed, report.rows)
        self._show_report(report)
        self.imported.emit(report, after)

    def _failed(self, error: BaseException) -> None:
        self._running(False)
        if isinstance(error, UnusableFile | FileRefused):
            text = error.vi if self._locale.language() == QLocale.Language.Vietnamese else error.en
        elif isinstance(error, ImportFailed):
            text = (
                tr(
                    "StaffImport", "The import stopped on an error after {0} rows were stored:"
                ).format(self._count(error.report.imported))
                + f" {error.error}"
            )
        elif isinstance(error, NotAllowed):
            text = not_allowed_message(error)
        else:
            text = tr("StaffImport", "The file could not be imported:") + f" {error}"
        self._status.setText(text)

    def _show_report(self, report: ImportReport | None) -> None:
        self._summary.setVisible(report is not None)
        self.rejected.setVisible(report is not None)
        if report is None:
            self._summary.setText("")
            self.rejected.setPlainText("")
            return
        n = self._count
        summary = tr("StaffImport", "Imported: {0} · Skipped (already there): {1} · Rejected: {2}")
        lines = [summary.format(n(report.imported), n(report.skipped), n(len(report.rejected)))]
        if report.stopped:
            lines.append(
                tr(
                    "StaffImport",
                    "Stopped after {0} of {1} rows. Import the same file again to finish: "
                    "rows already imported are skipped.",
                ).format(n(report.processed), n(report.rows))
            )
        if report.new_neighbourhoods:
            lines.append(
                tr("StaffImport", "New khu phố added: {0}").format(
                    ", ".join(report.new_neighbourhoods)
                )
            )
        self._summary.setText("\n".join(lines))
        self.rejected.setPlainText("\n".join(self._details(report)))

    def _details(self, report: ImportReport) -> list[str]:
        details = [rejected_line(row) for row in report.rejected]
        note = tr(
            "StaffImport",
            "Line {0}: skipped, the phone {1} belongs to a resident with another name; "
            "add this person by hand if needed.",
        )
        details += [note.format(line, phone) for line, phone in report.phone_conflicts]
        if not details:
            details.append(tr("StaffImport", "No line was rejected."))
        return details
