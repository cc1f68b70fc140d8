"""The print queue through the kiosk: certificates are queued, printed once, or wait for staff.

The CUPS tests use the real CUPS-PDF printer that scripts/test.sh starts. A queue disabled
with `cupsdisable` is refused by the kiosk before anything is sent (Qt reports it as
PrinterState.Error), so the job waits in our queue where staff see it; CUPS holds no copy.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QPushButton
from qt_helpers import find, sign_in, tap

from kiosk.services.checkin import NewResident
from kiosk.services.demo import DEMO_STAFF_PIN
from kiosk.services.print_queue import PrintQueue
from kiosk.ui.print_queue import PrintSpooler
from kiosk.ui.screens.base import ScreenId

TUTORIAL = "vneid-activate-level2"
PRINTED = "Đã in xong. Mời bạn lấy giấy chứng nhận ở máy in."
WAITING = "Đang chờ in — tình nguyện viên sẽ in giúp bạn."
PDF = b"%PDF-1.4\n% not really printable\n%%EOF\n"


def _at_completion(kiosk):
    """A checked-in resident who has just finished a lesson."""
    visit = kiosk.window.navigator.visit
    match = kiosk.services.checkin.register(NewResident("Lê Thị Hoa", 1956, "Khu phố 2"))
    visit.resident_id, visit.tutorial_id = match.id, TUTORIAL
    visit.summary = {"completed": True, "mode": "guided", "passed": False, "safety": []}
    kiosk.window.navigator.go(ScreenId.COMPLETION)
    return kiosk.window.navigator.screen(ScreenId.COMPLETION)


def _print_certificate(kiosk, qtbot) -> tuple[bool, str]:
    """Tap "print"; (printed?, the certificate id)."""
    completion = _at_completion(kiosk)
    with qtbot.waitSignal(completion.print_finished, timeout=30_000) as finished:
        tap(find(completion, QPushButton, "print_certificate"))
    return finished.args[0], kiosk.window.navigator.visit.certificate_id


def _copies(folder: Path, certificate_id: str) -> list[Path]:
    return sorted(folder.glob(f"*{certificate_id[:16]}*.pdf")) if folder.is_dir() else []


def _cups(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _cups_has_no_job() -> bool:
    return _cups("lpstat", "-o", "PDF").strip() == ""


def _wait_until_settled(kiosk, qtbot) -> None:
    """One more retry pass has run and CUPS has finished everything it was given."""
    spooler = kiosk.spooler
    spooler.retry_now()
    qtbot.waitUntil(lambda: not spooler.busy, timeout=20_000)
    qtbot.waitUntil(_cups_has_no_job, timeout=30_000)


@pytest.mark.cups
def test_a_certificate_printed_through_the_queue_comes_out_once(make_kiosk, qtbot, cups_pdf_dir):
    kiosk = make_kiosk(printer_name="PDF")

    printed, certificate_id = _print_certificate(kiosk, qtbot)

    assert printed
    completion = kiosk.window.navigator.screen(ScreenId.COMPLETION)
    assert find(completion, QLabel, "print_status").text() == PRINTED
    qtbot.waitUntil(lambda: bool(_copies(cups_pdf_dir, certificate_id)), timeout=30_000)
    _wait_until_settled(kiosk, qtbot)
    assert len(_copies(cups_pdf_dir, certificate_id)) == 1
    assert kiosk.print_queue.pending() == []
    assert kiosk.print_queue.counts()["printed"] == 1


@pytest.mark.cups
def test_a_disabled_printer_keeps_the_job_waiting_until_staff_retry(
    make_kiosk, qtbot, cups_pdf_dir
):
    kiosk = make_kiosk(printer_name="PDF")
    nav = kiosk.window.navigator
    _cups("cupsdisable", "PDF")
    try:
        printed, certificate_id = _print_certificate(kiosk, qtbot)

        assert not printed
        completion = nav.screen(ScreenId.COMPLETION)
        assert find(completion, QLabel, "print_status").text() == WAITING
        [job] = kiosk.print_queue.pending()
        assert job.status == "waiting" and "stopped" in job.error
        assert job.pdf_path.read_bytes().startswith(b"%PDF")
        assert _cups_has_no_job()  # refused before sending: CUPS holds no hidden copy
        sign_in(kiosk, qtbot, DEMO_STAFF_PIN)  # "Retry now" needs someone signed in
        nav.go(ScreenId.STAFF_PRINT_QUEUE)
        screen = nav.screen(ScreenId.STAFF_PRINT_QUEUE)
        assert certificate_id in find(screen, QLabel, "print_job_title").text()
        assert "stopped" in find(screen, QLabel, "print_job_error").text()
    finally:
        _cups("cupsenable", "PDF")

    with qtbot.waitSignal(kiosk.spooler.job_printed, timeout=30_000) as done:
        tap(find(screen, QPushButton, "print_queue_retry"))

    assert done.args == [job.id]
    assert (
        find(screen, QLabel, "print_queue_summary").text() == "Không có tài liệu nào đang chờ in."
    )
    assert screen.findChildren(QFrame, "print_job") == []
    # Her visit ended when the staff member signed in: the finished job names no one.
    assert find(completion, QLabel, "print_status").text() == ""
    qtbot.waitUntil(lambda: bool(_copies(cups_pdf_dir, certificate_id)), timeout=30_000)
    _wait_until_settled(kiosk, qtbot)
    assert len(_copies(cups_pdf_dir, certificate_id)) == 1
    assert kiosk.print_queue.get(job.id).status == "printed"


def test_without_a_printer_staff_see_the_waiting_job_and_can_go_back(kiosk_ui, qtbot):
    printed, certificate_id = _print_certificate(kiosk_ui, qtbot)
    nav = kiosk_ui.window.navigator

    sign_in(kiosk_ui, qtbot, DEMO_STAFF_PIN)
    nav.go(ScreenId.STAFF_PRINT_QUEUE)

    screen = nav.screen(ScreenId.STAFF_PRINT_QUEUE)
    assert not printed and not screen.resident_facing
    assert find(screen, QLabel, "print_queue_summary").text() == "Có 1 tài liệu đang chờ in."
    title = find(screen, QLabel, "print_job_title").text()
    assert title.startswith("Giấy chứng nhận: ") and certificate_id in title
    assert "đang chờ máy in" in find(screen, QLabel, "print_job_time").text()
    assert "no-such-printer-for-tests" in find(screen, QLabel, "print_job_error").text()
    retry, back = (find(screen, QPushButton, n) for n in ("print_queue_retry", "print_queue_back"))
    assert (retry.text(), back.text()) == ("In lại", "Quay lại")
    qtbot.waitUntil(lambda: min(retry.height(), back.height()) >= 60, timeout=5_000)
    with qtbot.waitSignal(kiosk_ui.spooler.job_waiting, timeout=20_000):
        tap(retry)
    assert len(screen.findChildren(QFrame, "print_job")) == 1  # still waiting, listed once
    tap(back)
    assert nav.current is ScreenId.STAFF_MENU


class FlakyPrinter:
    """A printer that works only when switched on; what it printed lands in a folder."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.on = folder, False

    def print_pdf(self, pdf: bytes | Path, title: str) -> None:
        assert isinstance(pdf, Path)
        if not self.on:
            raise RuntimeError("The printer 'flaky' is stopped (paused or disabled).")
        if not pdf.read_bytes().startswith(b"%PDF-1.4\n% ok"):
            raise RuntimeError("not a readable PDF")
        (self.folder / f"{title}-{len(list(self.folder.iterdir()))}.pdf").write_bytes(
            pdf.read_bytes()
        )


@pytest.fixture
def spooled(qtbot, sessions, clock, tmp_path):  # type: ignore[no-untyped-def]
    paper = tmp_path / "paper"
    paper.mkdir()
    queue = PrintQueue(sessions, clock, tmp_path / "outbox")
    printer = FlakyPrinter(paper)
    spooler = PrintSpooler(queue, printer, retry_interval_ms=100)
    yield queue, printer, spooler, paper
    spooler.stop()
    qtbot.waitUntil(lambda: not spooler.busy, timeout=10_000)


def test_the_timer_retries_a_waiting_job_and_prints_it_once(spooled, qtbot):
    queue, printer, spooler, paper = spooled
    spooler.start()  # recovery, then a pass every 100 ms
    with qtbot.waitSignal(spooler.job_waiting, timeout=10_000) as waiting:
        job_id = spooler.submit("certificate", "cert-1", b"%PDF-1.4\n% ok\n")
    assert waiting.args[0] == job_id and "stopped" in waiting.args[1]
    with qtbot.waitSignal(spooler.job_waiting, timeout=10_000):
        pass  # the timer tried again: still off, still waiting

    printer.on = True
    with qtbot.waitSignal(spooler.job_printed, timeout=10_000) as printed:
        pass
    with qtbot.assertNotEmitted(spooler.job_printed, wait=500):
        pass  # five more timer passes print nothing more

    assert printed.args == [job_id]
    assert [p.name for p in paper.iterdir()] == ["cert-1-0.pdf"]
    assert queue.get(job_id).status == "printed" and spooler.outcome(job_id) == (True, "")


def test_a_broken_job_does_not_hold_up_the_ones_behind_it(spooled, qtbot):
    queue, printer, spooler, paper = spooled
    printer.on = True
    broken = queue.enqueue("certificate", "broken", PDF)
    with qtbot.waitSignal(spooler.job_printed, timeout=10_000) as printed:
        good = spooler.submit("certificate", "good", b"%PDF-1.4\n% ok\n")

    assert printed.args == [good]
    assert queue.get(broken).status == "waiting" and queue.get(broken).error == "not a readable PDF"
    assert [p.name for p in paper.iterdir()] == ["good-0.pdf"]


def test_a_job_cut_off_mid_print_is_printed_again_at_start_up(spooled, qtbot, sessions, clock):
    queue, printer, spooler, paper = spooled
    printer.on = True
    job_id = queue.enqueue("attendance", "sheet", b"%PDF-1.4\n% ok\n")
    queue.mark_printing(job_id)  # then the power went

    with qtbot.waitSignal(spooler.job_printed, timeout=10_000) as printed:
        spooler.start()

    assert printed.args == [job_id]
    assert [p.name for p in paper.iterdir()] == ["sheet-0.pdf"]
