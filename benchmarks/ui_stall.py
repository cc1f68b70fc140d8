"""`ui_stall_max`: the longest UI event-loop stall (ms) while certificates are made and printed.

`measure(tmp, count)` runs this file as a probe process (offscreen Qt, a fresh data dir):
`count` residents each get a certificate through the kiosk's own path,
`print_flows.print_certificate` (issue, sign, render the PDF, queue it) via
`run_in_background`, all submitted at once as a session's worth of passes would be; the
`PrintSpooler` then prints every job through `Printer.print_pdf` (QtPdf render at 300 dpi,
QPainter on a QPrinter) onto a printer that accepts everything: Qt's PDF output, a file per job.
A 5 ms `QTimer` on the UI thread records the longest gap between two of its ticks, from the
first submit to the last job printed. The floor is the same probe over an idle event loop for
as long. Both include the 5 ms interval itself.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from pathlib import Path

PROBE_MS = 5
MARKER = "STALL"


class StallProbe:
    """The longest gap (ms) between two ticks of a 5 ms timer on the UI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer(interval=PROBE_MS, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.longest

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000)
        self.last = now


def _pdf_file_printer(clock, folder: Path):  # type: ignore[no-untyped-def]
    """The kiosk's Printer, its QPrinter writing each job to a PDF file instead of CUPS."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from kiosk.ui import printing

    numbers = itertools.count(1)

    class FileQPrinter(QPrinter):
        def __init__(self, _info: QPrinterInfo, mode: QPrinter.PrinterMode) -> None:
            super().__init__(mode)
            self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(folder / f"job-{next(numbers)}.pdf"))

    class FilePrinter(printing.Printer):
        def _printer_info(self) -> QPrinterInfo:
            return QPrinterInfo()

    printing.QPrinter = FileQPrinter  # type: ignore[misc] # this probe process only
    folder.mkdir(parents=True, exist_ok=True)
    return FilePrinter(folder.parent / "outbox", clock=clock)


def _wait(done, timeout_s: float = 900.0) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop (as `app.exec()` would) until `done()`, looked at every 20 ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer(interval=20)
    check.timeout.connect(lambda: done() and loop.quit())
    check.start()
    QTimer.singleShot(round(timeout_s * 1000), loop.quit)
    loop.exec()
    check.stop()
    if not done():
        raise TimeoutError("the probe's work did not finish")


def _idle(app, ms: float) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(round(ms), loop.quit)
    loop.exec()


def probe(count: int) -> None:
    from functools import partial

    from kiosk.app import build_services
    from kiosk.core.config import load_settings
    from kiosk.services.checkin import NewResident
    from kiosk.services.print_queue import PrintQueue
    from kiosk.ui import print_flows
    from kiosk.ui.kiosk import create_application
    from kiosk.ui.print_queue import PrintSpooler
    from kiosk.ui.tasks import run_in_background

    app = create_application(sys.argv[:1])
    s = build_services(load_settings())
    printer = _pdf_file_printer(s.clock, s.settings.data_dir / "paper")
    queue = PrintQueue(s.session_factory, s.clock, s.settings.outbox_dir, s.settings.kiosk_id)
    spooler = PrintSpooler(queue, printer)
    printed: list[str] = []
    failures: list[object] = []
    spooler.job_printed.connect(printed.append)
    spooler.job_waiting.connect(lambda job, why: failures.append(why))
    tutorial = s.catalog.all()[0].id
    residents = [
        s.checkin.register(NewResident(f"Nguyễn Văn {chr(65 + i % 26)}", 1940 + i, "Khu phố 1")).id
        for i in range(count + 1)
    ]
    spooler.start()
    warm = run_in_background(print_flows.warm_up)
    _wait(lambda: warm.fn is None and not spooler.busy)

    def submit(resident_id: str) -> None:
        run_in_background(
            partial(print_flows.print_certificate, s, spooler, resident_id, tutorial),
            on_error=failures.append,
        )

    submit(residents.pop())  # first use of QtPdf, reportlab's caches: not measured
    _wait(lambda: bool(printed or failures))
    printed.clear()
    stall = StallProbe()
    stall.start()
    began = time.perf_counter()
    for resident_id in residents:
        submit(resident_id)
    _wait(lambda: len(printed) == count or bool(failures))
    value = stall.stop()
    took = (time.perf_counter() - began) * 1000
    if failures:
        sys.exit(f"printing failed: {failures[0]}")
    stall.start()
    _idle(app, took)
    floor = stall.stop()
    print(f"{MARKER} {value:.3f} {floor:.3f} {took:.0f}", flush=True)
    os._exit(0)


def measure(tmp: Path, count: int) -> tuple[float, float]:
    """(longest stall, idle floor) in ms, from a probe process on a fresh data dir."""
    data_dir = tmp / "ui-stall"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KIOSK_NO_VOICE="1",
        KIOSK_DATA_DIR=str(data_dir),
        KIOSK_CONFIG=str(tmp / "no-settings.toml"),
        XDG_CACHE_HOME=str(tmp / "cache"),
    )
    env.pop("KIOSK_DATABASE_URL", None)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, __file__, str(count)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = [line.split() for line in done.stdout.splitlines() if line.startswith(MARKER)]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"ui_stall probe failed (exit {done.returncode}): {done.stderr[-2000:]}")
    return float(lines[-1][1]), float(lines[-1][2])


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--run":  # standalone: print the figure
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            value, floor = measure(Path(tmp), int(sys.argv[2]))
            print(f"ui_stall_max {value:.3f} ms {floor:.3f}")
    else:
        probe(int(sys.argv[1]))
