"""The print preview on its own: pages drawn off the UI thread, page count, paging, zoom,
an unreadable document, and nothing left after clear()."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea
from qt_helpers import find, tap

from kiosk.documents.certificate import CertificateDocument, render_certificates
from kiosk.ui.pdf_preview import PdfPreview

DOC = CertificateDocument(
    ward_name="Phường Bến Thành",
    holder_name="Trần Thị Lan",
    birth_year=1958,
    module_title="Thanh toán bằng mã QR",
    issued_on=date(2026, 11, 29),
    code="BB98-XD39-8S",
    payload="MC1:NOT-A-REAL-PAYLOAD",
)


@pytest.fixture
def preview(qtbot, styled):
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show(preview, qtbot, pdf: bytes) -> list:
    with qtbot.waitSignal(preview.page_shown, timeout=20_000) as shown:
        preview.show_pdf(pdf, "Buổi sáng 29/11")
    return shown.args


def test_pages_turn_and_the_count_shows(preview, qtbot):
    assert show(preview, qtbot, render_certificates([DOC] * 3)) == [1, 3]
    page = find(preview, QLabel, "preview_page")
    assert page.text() == "Page 1/3"
    assert not find(preview, QPushButton, "preview_previous").isEnabled()

    with qtbot.waitSignal(preview.page_shown, timeout=20_000) as shown:
        tap(find(preview, QPushButton, "preview_next"))
    assert shown.args == [2, 3] and page.text() == "Page 2/3"
    with qtbot.waitSignal(preview.page_shown, timeout=20_000) as shown:
        tap(find(preview, QPushButton, "preview_next"))
    assert shown.args == [3, 3]
    assert not find(preview, QPushButton, "preview_next").isEnabled()
    with qtbot.waitSignal(preview.page_shown, timeout=5_000) as shown:  # cached: no render
        tap(find(preview, QPushButton, "preview_previous"))
    assert shown.args == [2, 3]


def test_zoom_enlarges_the_page_and_whole_page_fits_it_again(preview, qtbot):
    show(preview, qtbot, render_certificates([DOC]))
    image = find(preview, QLabel, "preview_image")
    fitted = image.pixmap().size()
    viewport = find(preview, QScrollArea, "preview_scroll").viewport().size()
    assert fitted.width() <= viewport.width() and fitted.height() <= viewport.height()

    tap(find(preview, QPushButton, "preview_in"))
    assert image.pixmap().width() > fitted.width() * 1.4
    tap(find(preview, QPushButton, "preview_fit"))
    assert image.pixmap().size() == fitted
    assert not find(preview, QPushButton, "preview_fit").isEnabled()


def test_an_unreadable_document_says_so_and_cannot_be_printed(preview, qtbot):
    with qtbot.waitSignal(preview.failed, timeout=20_000) as failed:
        preview.show_pdf(b"%PDF-1.4 broken", "x")
    assert failed.args == ["This document cannot be shown."]
    assert find(preview, QLabel, "preview_status").text() == "This document cannot be shown."
    assert not find(preview, QPushButton, "preview_print").isEnabled()


def test_clear_forgets_the_document(preview, qtbot):
    show(preview, qtbot, render_certificates([DOC]))
    preview.clear()
    assert find(preview, QLabel, "preview_image").pixmap().isNull()
    assert find(preview, QLabel, "preview_title").text() == ""
    assert preview.page_count == 0
    assert not find(preview, QPushButton, "preview_print").isEnabled()
