"""Print PDFs through Qt, with a durable outbox so that no document is ever lost.

`print_pdf(bytes)` first writes the job to `settings.outbox_dir`; only a job Qt has
finished handing to the print system moves to `outbox/printed/`. `print_pdf(path)`
prints a file where it is and leaves it there: its owner (the print queue,
kiosk/services/print_queue.py) decides where it goes.

A printer that cannot take the job is refused before anything is sent: with CUPS a
disabled (paused) queue is reported by Qt as `PrinterState.Error`; a queue rejecting
jobs is not, and Qt even reports success for a job CUPS then drops, so `lpstat -a`
is asked too where it exists.

Pages are rendered with QtPdf to QImage at `dpi` and painted full-page onto a
QPrinter. QPdfDocument, QImage and QPainter on a QPrinter are safe off the GUI
thread, so `print_in_background` does all of it on the thread pool. PySide keeps
Python's GIL during each of those Qt calls, and a whole 300-dpi page in one call held
it for ~0.5 s, stalling the UI thread (benchmarks: `ui_stall_max`); so each page goes
in bands of BAND_ROWS rows, a few milliseconds per call.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.core.clock import Clock
from kiosk.core.config import Settings
from kiosk.core.errors import KioskError
from kiosk.core.private_files import private_dir, write_private
from kiosk.ui.tasks import Task, run_in_background

DEFAULT_DPI = 300
BAND_ROWS = 160  # image rows per Qt call (see the module doc)


class PrintError(KioskError):
    """The job could not be printed; the message is plain English for staff."""


class Printer:
    def __init__(
        self, outbox_dir: Path, printer_name: str = "", *, clock: Clock, dpi: int = DEFAULT_DPI
    ) -> None:
        self.outbox_dir = Path(outbox_dir)
        self.printer_name = printer_name
        self.clock = clock  # names outbox files in the order they were made
        self.dpi = dpi

    @classmethod
    def from_settings(cls, settings: Settings, clock: Clock) -> Printer:
        return cls(settings.outbox_dir, settings.printer, clock=clock)

    @property
    def printed_dir(self) -> Path:
        return self.outbox_dir / "printed"

    def pending(self) -> list[Path]:
        """Jobs written to the outbox that have not been printed yet, oldest first."""
        return sorted(self.outbox_dir.glob("*.pdf")) if self.outbox_dir.is_dir() else []

    def print_pdf(self, pdf: bytes | Path, title: str) -> None:
        """Print `pdf` (bytes, or a PDF file printed in place) as job `title`."""
        job = pdf if isinstance(pdf, Path) else self._to_outbox(pdf, title)
        info = self._printer_info()
        document = QPdfDocument(None)
        try:
            if document.load(str(job)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
                raise PrintError(f"The document '{title}' is not a readable PDF.")
            self._paint(document, info, title)
        finally:
            document.close()
        if job is not pdf:
            os.replace(job, private_dir(self.printed_dir) / job.name)

    def _to_outbox(self, data: bytes, title: str) -> Path:
        slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")[:40] or "job"
        stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
        path = private_dir(self.outbox_dir) / f"{stamp}-{slug}-{uuid.uuid4().hex[:8]}.pdf"
        # 0600, and a crash leaves either nothing or the whole file
        return write_private(path, data, durable=True)

    def _printer_info(self) -> QPrinterInfo:
        info = self._find_printer()
        name = info.printerName()
        if info.state() == QPrinter.PrinterState.Error:
            raise PrintError(f"The printer '{name}' is stopped (paused or disabled).")
        if not _accepting_jobs(name):
            raise PrintError(f"The printer '{name}' is not accepting jobs.")
        return info

    def _find_printer(self) -> QPrinterInfo:
        if self.printer_name:
            info = QPrinterInfo.printerInfo(self.printer_name)
            if info.isNull():
                raise PrintError(f"The printer '{self.printer_name}' is not connected.")
            return info
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            available = QPrinterInfo.availablePrinters()
            if not available:
                raise PrintError("No printer is connected.")
            info = available[0]
        return info

    def _paint(self, document: QPdfDocument, info: QPrinterInfo, title: str) -> None:
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setFullPage(True)
        printer.setPageLayout(_layout_for(document.pagePointSize(0)))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(f"The printer '{info.printerName()}' refused the job '{title}'.")
        try:
            for index in range(document.pageCount()):
                if index:
                    printer.setPageLayout(_layout_for(document.pagePointSize(index)))
                    if not printer.newPage():
                        raise PrintError(
                            f"The printer '{info.printerName()}' stopped at page {index + 1}."
                        )
                self._paint_page(painter, document, index)
        finally:
            ended = painter.end()
        if not ended:
            raise PrintError(
                f"The printer '{info.printerName()}' could not finish the job '{title}'."
            )

    def _paint_page(self, painter: QPainter, document: QPdfDocument, index: int) -> None:
        """The page in bands top to bottom, each overlapping the next by a row (no hairline)."""
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * self.dpi / 72), round(points.height() * self.dpi / 72))
        target = QRectF(painter.viewport())
        scale = target.height() / size.height()
        for top in range(0, size.height(), BAND_ROWS):
            rows = min(BAND_ROWS + 1, size.height() - top)
            band = render_band(document, index, size, top, rows)
            where = QRectF(target.left(), target.top() + top * scale, target.width(), rows * scale)
            painter.drawImage(where, band)


def render_band(document: QPdfDocument, index: int, size: QSize, top: int, rows: int) -> QImage:
    """Rows `top` … `top + rows` of page `index` rendered at `size`, flattened on white."""
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(size)
    # QtPdf scales a clip rect by (width - 1) / width (it uses QRect.right() and bottom()):
    # one more pixel each way makes its scale exactly `size`'s.
    options.setScaledClipRect(QRect(0, top, size.width() + 1, rows + 1))
    image = document.render(index, QSize(size.width(), rows), options)
    if image.isNull():
        raise PrintError(f"Page {index + 1} of the document could not be drawn.")
    if not image.hasAlphaChannel():
        return image
    # QtPdf leaves the page transparent; flatten on white so the job carries no soft mask.
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _accepting_jobs(name: str) -> bool:
    """False only when CUPS says the queue rejects jobs; True where there is no lpstat."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return True
    try:
        done = subprocess.run(
            [lpstat, "-a", name],
            capture_output=True,
            text=True,
            timeout=5,
            env={**os.environ, "LC_ALL": "C"},
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return True
    return "not accepting" not in done.stdout


def _layout_for(points: QSizeF) -> QPageLayout:
    """Full-page layout with the PDF page's own size and orientation."""
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    orientation = (
        QPageLayout.Orientation.Landscape
        if points.width() > points.height()
        else QPageLayout.Orientation.Portrait
    )
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0))


def print_in_background(
    printer: Printer,
    pdf: bytes | Path,
    title: str,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    """Print on the thread pool; `on_done(None)` / `on_error(exc)` run on the UI thread."""
    return run_in_background(
        lambda: printer.print_pdf(pdf, title), on_done=on_done, on_error=on_error
    )
