"""A print preview: PDF bytes shown page by page, with "Trang 1/3", next/previous, zoom, and
"In" / "Đóng".

Pages are drawn with QtPdf on the thread pool (QPdfDocument and QImage are safe there, see
kiosk/ui/printing.py), one page at a time, at PREVIEW_DPI; the UI thread only scales the
finished image to the view. We do not use QPdfView: it renders on the UI thread as it paints.
A few pages stay cached, so a 50-page bulk preview never holds 50 images.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.core.errors import KioskError
from kiosk.ui.i18n import tr
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.theme import set_role
from kiosk.ui.widgets import button, label

PREVIEW_DPI = 150
CACHED_PAGES = 4
ZOOMS = (1.0, 1.5, 2.0, 3.0)  # times "the whole page fits"; "Whole page" goes back to 1.0


class UnreadablePdf(KioskError):
    """The bytes are not a PDF QtPdf can open."""


def render_page(pdf: bytes, index: int, dpi: int = PREVIEW_DPI) -> tuple[int, QImage]:
    """Worker thread: (page count, page `index` on white at `dpi`)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(None)
    try:
        document.load(buffer)
        count = document.pageCount()
        if document.status() != QPdfDocument.Status.Ready or count < 1:
            raise UnreadablePdf("not a readable PDF")
        index = max(0, min(index, count - 1))
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        page = document.render(index, size)
    finally:
        document.close()
        buffer.close()
    flat = QImage(page.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)  # QtPdf leaves the paper transparent
    painter = QPainter(flat)
    painter.drawImage(0, 0, page)
    painter.end()
    return count, flat


class PdfPreview(QWidget):
    print_requested = Signal()
    closed = Signal()
    page_shown = Signal(int, int)  # page number from 1, page count
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_task: Task | None = None
        self._pdf = b""
        self._title = ""
        self._generation = 0  # a page arriving for an older document or page is dropped
        self._count = 0
        self._index = 0
        self._zoom = 0
        self._cache: dict[int, QImage] = {}
        self._build()
        self.retranslate()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self._heading = label("", "subtitle", name="preview_title")
        self._page_label = label("", "body", wrap=False, name="preview_page")
        self._status = label("", "hint", name="preview_status")
        self._status.hide()
        self.page = QLabel(objectName="preview_image")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scroll = QScrollArea(widgetResizable=True, objectName="preview_scroll")
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self.page)
        set_role(self._scroll, "panel")
        self._previous = button("◀", "secondary", lambda: self._go(-1), name="preview_previous")
        self._next = button("▶", "secondary", lambda: self._go(1), name="preview_next")
        self._bigger = button("", "secondary", lambda: self._set_zoom(1), name="preview_in")
        self._fit = button("", "secondary", lambda: self._set_zoom(0, fit=True), name="preview_fit")
        self._close = button("", "secondary", self.closed.emit, name="preview_close")
        self._print = button("", "primary", self.print_requested.emit, name="preview_print")
        top = QHBoxLayout()  # "◀ Trang 1/3 ▶" beside the title: the bottom row fits 1366 px
        top.setSpacing(12)
        top.addWidget(self._heading, 1)
        for widget in (self._previous, self._page_label, self._next):
            top.addWidget(widget)
        controls = QHBoxLayout()
        controls.setSpacing(12)
        for widget in (self._bigger, self._fit):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self._close)
        controls.addWidget(self._print)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._status)
        layout.addLayout(controls)

    def retranslate(self) -> None:
        self._previous.setAccessibleName(tr("PdfPreview", "Previous page"))
        self._next.setAccessibleName(tr("PdfPreview", "Next page"))
        self._fit.setText(tr("PdfPreview", "Whole page"))
        self._close.setText(tr("PdfPreview", "Close"))
        self._print.setText(tr("PdfPreview", "Print"))
        self._bigger.setText(tr("PdfPreview", "+ Bigger"))
        self._show_page_number()

    # --- showing a document -----------------------------------------------------------------

    def show_pdf(self, pdf: bytes, title: str = "") -> None:
        """Show page 1 of `pdf` (rendered off the UI thread); `page_shown` once it is there."""
        self._pdf, self._title = pdf, title
        self._heading.setText(title)
        self._count, self._index, self._zoom = 0, 0, 0
        self._cache.clear()
        self.page.clear()
        self._render(0)

    def clear(self) -> None:
        """Forget the document (it may carry names): nothing of it stays in memory or view."""
        self._generation += 1
        self._pdf, self._title = b"", ""
        self._heading.setText("")
        self._count = 0
        self._cache.clear()
        self.page.clear()
        self._say("")
        self._update_buttons()

    @property
    def page_count(self) -> int:
        return self._count

    @property
    def current_page(self) -> int:
        """From 1; 0 before the first page shows."""
        return self._index + 1 if self._count else 0

    def _go(self, step: int) -> None:
        target = self._index + step
        if 0 <= target < self._count:
            self._render(target)

    def _render(self, index: int) -> None:
        self._generation += 1
        generation = self._generation
        self._index = index
        self._update_buttons()
        if index in self._cache:
            self._shown(generation, index, (self._count, self._cache[index]))
            return
        self._say(tr("PdfPreview", "Preparing the preview…"))
        pdf = self._pdf
        self.last_task = run_in_background(
            lambda: render_page(pdf, index),
            on_done=lambda result: self._shown(generation, index, result),
            on_error=lambda error: self._broken(generation, error),
        )

    def _shown(self, generation: int, index: int, result: tuple[int, QImage]) -> None:
        if generation != self._generation:
            return
        self._count, image = result
        self._cache[index] = image
        while len(self._cache) > CACHED_PAGES:
            self._cache.pop(next(k for k in self._cache if k != index))
        self._say("")
        self._draw()
        self._update_buttons()
        self.page_shown.emit(index + 1, self._count)

    def _broken(self, generation: int, _error: BaseException) -> None:
        if generation != self._generation:
            return
        text = tr("PdfPreview", "This document cannot be shown.")
        self._say(text, "error")
        self.failed.emit(text)

    # --- zoom --------------------------------------------------------------------------------

    def _set_zoom(self, step: int, fit: bool = False) -> None:
        self._zoom = 0 if fit else max(0, min(len(ZOOMS) - 1, self._zoom + step))
        self._draw()
        self._update_buttons()

    def _draw(self) -> None:
        image = self._cache.get(self._index)
        if image is None:
            return
        view = self._scroll.viewport().size()
        fit = min(view.width() / image.width(), view.height() / image.height())
        scale = fit * ZOOMS[self._zoom] * self.devicePixelRatioF()
        scaled = image.scaled(
            max(1, round(image.width() * scale)),
            max(1, round(image.height() * scale)),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.page.setPixmap(pixmap)
        self._show_page_number()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._draw()

    # --- state -------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = self._count > 0
        self._previous.setEnabled(ready and self._index > 0)
        self._next.setEnabled(ready and self._index < self._count - 1)
        self._bigger.setEnabled(ready and self._zoom < len(ZOOMS) - 1)
        self._fit.setEnabled(ready and self._zoom > 0)
        self._print.setEnabled(ready)
        self._show_page_number()

    def _show_page_number(self) -> None:
        text = tr("PdfPreview", "Page {0}/{1}").format(self._index + 1, self._count)
        self._page_label.setText(text if self._count else "")

    def _say(self, text: str, role: str = "hint") -> None:
        self._status.setText(text)
        self._status.setVisible(bool(text))
        set_role(self._status, role)
