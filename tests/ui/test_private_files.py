"""Through the real kiosk: staff print today's attendance sheet and export a resident's data.
The files the kiosk wrote are unreadable by another local user (tried as `nobody`), and after
staff erase the resident no file under the data dir holds the name or the phone."""

from __future__ import annotations

import os
import stat
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton
from qt_helpers import find, sign_in, tap, type_text

from kiosk.core.text import fold
from kiosk.services.checkin import NewResident
from kiosk.ui.screens.base import ScreenId

NAME = "Nguyễn Thị Ngọc Ánh"
PHONE = "0912345607"
STAFF_PIN = "246813"
AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def readable_by_nobody(path: Path) -> bool:
    result = subprocess.run([*AS_NOBODY, "cat", str(path)], capture_output=True)
    return result.returncode == 0


@pytest.fixture
def open_data_dir(data_dir, monkeypatch):  # type: ignore[no-untyped-def]
    """A data dir whose parents any user may pass through (pytest's own tmp dirs are 0700,
    which would hide every mistake), made 0755 as an installer would."""
    if os.geteuid() != 0:
        pytest.skip("reading as another user needs root (CI runs as root)")
    base = Path(tempfile.mkdtemp(prefix="kiosk-private-"))
    base.chmod(0o711)
    path = base / "data"
    path.mkdir(mode=0o755)
    path.chmod(0o755)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(path))
    yield path
    subprocess.run(["rm", "-rf", str(base)], check=True)


def finish(qtbot, screen) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(screen.last_task.finished, timeout=10_000) as blocker:
        pass
    return blocker.args[0]


def staff_print_and_export(kiosk, qtbot):  # type: ignore[no-untyped-def]
    """A resident checks in; staff print today's sheet and export their data as PDF and JSON.
    Returns the residents screen, with the resident open."""
    s = kiosk.services
    resident = s.checkin.register(NewResident(NAME, 1956, "Khu phố 2", PHONE)).id
    s.checkin.check_in(resident)
    kiosk.set_language("en")
    sign_in(kiosk, qtbot, STAFF_PIN)
    navigator = kiosk.window.navigator
    assert navigator.current is ScreenId.STAFF_MENU
    menu = navigator.screen(ScreenId.STAFF_MENU)
    sheet = find(menu, QPushButton, "print_attendance")
    tap(sheet)
    qtbot.waitUntil(lambda: sheet.isEnabled() and bool(kiosk.print_queue.pending()), timeout=10_000)
    navigator.go(ScreenId.STAFF_RESIDENTS)
    screen = navigator.screen(ScreenId.STAFF_RESIDENTS)
    type_text(find(screen, QLineEdit, "resident_search"), "nguyen thi ngoc anh")
    tap(find(screen, QPushButton, f"resident_{resident}"))
    for kind in ("export_pdf", "export_json"):
        tap(find(screen, QPushButton, kind))
        assert isinstance(finish(qtbot, screen), Path)
    return screen


def every_file(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def pdf_text(path: Path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return unicodedata.normalize("NFC", subprocess.run(args, capture_output=True).stdout.decode())


def traces(folder: Path) -> list[str]:
    """Files under `folder` holding the name (NFC, NFD, folded) or phone, as bytes or, for a
    PDF, as the text a reader sees."""
    forms = {unicodedata.normalize(f, NAME) for f in ("NFC", "NFD")} | {fold(NAME), PHONE}
    found = []
    for path in every_file(folder):
        data = path.read_bytes()
        seen = pdf_text(path) if data.startswith(b"%PDF") else ""
        if any(f.encode() in data or f in seen for f in forms):
            found.append(str(path.relative_to(folder)))
    return found


def test_what_the_kiosk_writes_no_other_user_can_read(make_kiosk, qtbot, open_data_dir):
    kiosk = make_kiosk(staff_pin=STAFF_PIN)
    staff_print_and_export(kiosk, qtbot)
    files = every_file(open_data_dir)
    kinds = {p.parent.name for p in files}
    assert {"outbox", "exports", "data"} <= kinds  # sheet, exports, database
    assert stat.S_IMODE(open_data_dir.stat().st_mode) == 0o700
    assert subprocess.run([*AS_NOBODY, "ls", str(open_data_dir)], capture_output=True).returncode
    for folder in [open_data_dir, *(p for p in open_data_dir.rglob("*") if p.is_dir())]:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        folder.chmod(0o711)  # as if someone opened the folders: the files still hold
    try:
        leaks = [str(p) for p in files if readable_by_nobody(p)]
    finally:
        open_data_dir.chmod(0o700)
    assert leaks == []
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)


def test_after_erasure_no_file_under_the_data_dir_names_the_resident(
    make_kiosk, qtbot, open_data_dir
):
    kiosk = make_kiosk(staff_pin=STAFF_PIN)
    screen = staff_print_and_export(kiosk, qtbot)
    before = traces(open_data_dir)
    assert any(p.startswith("outbox/") for p in before)  # the attendance sheet
    assert sum(p.startswith("exports/") for p in before) == 2

    tap(find(screen, QPushButton, "erase_resident"))
    tap(find(screen, QPushButton, "confirm_erase"))
    finish(qtbot, screen)

    assert traces(open_data_dir) == []  # database and -wal, outbox, exports
    assert kiosk.print_queue.pending() == []
