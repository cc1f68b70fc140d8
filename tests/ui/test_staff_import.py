"""Staff import screen: a CSV from the imports folder or a USB drive, imported off the UI thread."""

from __future__ import annotations

import os
import unicodedata

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QProgressBar, QPushButton
from qt_helpers import find, sign_in, tap
from sqlalchemy import func, select

from kiosk.services.demo import DEMO_STAFF_PIN
from kiosk.storage.models import Resident
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.screens.staff_import import find_csv_files

LETTERS = "ABCDEGHIKLMNOPQRSTUVXY"
GOOD = 5000


def ward_list(good: int = GOOD) -> bytes:
    """A BOM, `good` different names (every 7th in NFD), 3 bad rows, 1 duplicate at the end."""
    lines = ["ho_ten,nam_sinh,khu_pho,so_dien_thoai"]
    for i in range(good):
        name = "Đặng " + " ".join(LETTERS[i // n % 22] for n in (484, 22, 1))
        lines.append(
            f"{unicodedata.normalize('NFD', name) if i % 7 == 0 else name},1950,Khu phố 1,"
        )
    lines[3:3] = ["A" * 300 + ",1950,Khu phố 1,", "Lê Văn Cò,1850,Khu phố 1,"]  # lines 4, 5
    lines += ["Bà Tư 😀,1950,Khu phố 2,", "đặng a a a,1950,Khu phố 1,"]  # bad; same as line 2
    return ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8")


def open_import_screen(kiosk, qtbot):  # type: ignore[no-untyped-def]
    sign_in(kiosk, qtbot, DEMO_STAFF_PIN)
    screen = kiosk.window.navigator.screen(ScreenId.STAFF_IMPORT)
    with qtbot.waitSignal(kiosk.window.navigator.changed, timeout=5000):
        tap(find(kiosk.window, QPushButton, "open_import"))
    qtbot.waitUntil(lambda: screen.findChild(QPushButton, "import_refresh").isEnabled())
    qtbot.waitUntil(lambda: screen.last_task.fn is None)  # the files were looked for
    return screen


def residents(kiosk) -> int:  # type: ignore[no-untyped-def]
    with kiosk.services.session_factory() as s:
        return s.scalar(select(func.count()).select_from(Resident))


@pytest.fixture
def kiosk_with_file(make_kiosk, data_dir):  # type: ignore[no-untyped-def]
    (data_dir / "imports").mkdir()
    (data_dir / "imports" / "danh-sach.csv").write_bytes(ward_list())
    (data_dir / "imports" / "notes.txt").write_text("not a list")
    return make_kiosk()


def test_an_import_shows_progress_and_the_summary_while_the_ui_keeps_running(
    kiosk_with_file, qtbot
):
    kiosk = kiosk_with_file
    kiosk.set_language("en")
    screen = open_import_screen(kiosk, qtbot)
    tile = find(screen, QPushButton, "import_file_0")
    assert tile.text() == "danh-sach.csv"
    assert screen.findChild(QPushButton, "import_file_1") is None  # notes.txt is not offered

    # when staff choose the file, with a 5 ms timer looking at the progress bar meanwhile
    bar = find(screen, QProgressBar, "import_progress")
    seen: list[int] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: seen.append(bar.value()))
    timer.start()
    with qtbot.waitSignal(screen.imported, timeout=60_000) as done:
        tap(tile)
    timer.stop()
    report = done.args[0]

    # then the event loop kept turning: the timer saw the bar part-way (on the UI thread the
    # import would have run between two ticks, from nothing to the end)
    assert any(0 < value < GOOD + 4 for value in seen), "the UI thread was blocked"
    bar = find(screen, QProgressBar, "import_progress")
    assert bar.value() == bar.maximum() == GOOD + 4
    assert find(screen, QLabel, "import_status").text() == "Processed 5,004 / 5,004 rows"

    # and the summary says what the database holds now
    assert residents(kiosk) == report.imported == GOOD
    summary = find(screen, QLabel, "import_summary").text()
    assert summary.startswith("Imported: 5,000 · Skipped (already there): 1 · Rejected: 3")
    rejected = find(screen, QPlainTextEdit, "import_rejected").toPlainText().splitlines()
    assert rejected[0] == "Line 4: «" + "A" * 39 + "…» The name is too long (at most 80 letters)."
    assert rejected[1].startswith("Line 5: «1850» The year of birth must be between 1900")
    assert rejected[2] == "Line 5004: «Bà Tư 😀» A name may contain only letters and spaces."
    assert find(screen, QPushButton, "import_back").isEnabled()

    # and it is in the audit log with the file name and the counts
    entry = kiosk.services.audit.recent()[0]
    assert (entry.action, entry.actor) == ("import_residents", "staff")
    assert entry.detail.startswith("danh-sach.csv: imported 5000, skipped 1")


def test_reasons_are_in_vietnamese_and_a_second_import_adds_nobody(kiosk_with_file, qtbot):
    kiosk = kiosk_with_file
    kiosk.set_language("vi")
    screen = open_import_screen(kiosk, qtbot)
    for expected_imported in (GOOD, 0):
        with qtbot.waitSignal(screen.imported, timeout=60_000) as done:
            tap(find(screen, QPushButton, "import_file_0"))
        assert done.args[0].imported == expected_imported
    assert residents(kiosk) == GOOD
    assert "5.004 / 5.004" in find(screen, QLabel, "import_status").text()
    rejected = find(screen, QPlainTextEdit, "import_rejected").toPlainText()
    assert "Họ tên quá dài (tối đa 80 chữ cái)." in rejected
    assert "name is too long" not in rejected


def test_stopping_keeps_what_was_imported_and_says_so(make_kiosk, data_dir, qtbot):
    (data_dir / "imports").mkdir()
    (data_dir / "imports" / "big.csv").write_bytes(ward_list(good=8000))
    kiosk = make_kiosk()
    kiosk.set_language("en")
    screen = open_import_screen(kiosk, qtbot)
    bar = find(screen, QProgressBar, "import_progress")
    # (waiting on the screen's signal, connected before the work starts: connecting to a
    # running task's signals while its thread emits them is not safe in PySide)
    with qtbot.waitSignal(screen.imported, timeout=60_000) as done:
        tap(find(screen, QPushButton, "import_file_0"))
        qtbot.waitUntil(lambda: bar.value() > 0, timeout=30_000)
        tap(find(screen, QPushButton, "import_stop"))
    report = done.args[0]
    assert report.stopped and report.processed < report.rows
    assert residents(kiosk) == report.imported
    assert "Stopped after" in find(screen, QLabel, "import_summary").text()
    assert not find(screen, QPushButton, "import_stop").isVisible()


def test_an_unusable_file_says_why_and_stores_nothing(make_kiosk, data_dir, qtbot):
    (data_dir / "imports").mkdir()
    (data_dir / "imports" / "utf16.csv").write_bytes("ho_ten,nam_sinh\n".encode("utf-16"))
    kiosk = make_kiosk()
    kiosk.set_language("vi")
    screen = open_import_screen(kiosk, qtbot)
    tap(find(screen, QPushButton, "import_file_0"))
    status = find(screen, QLabel, "import_status")
    qtbot.waitUntil(lambda: "UTF-16" in status.text(), timeout=10_000)
    assert status.text() == "Tệp được lưu dạng UTF-16. Hãy lưu lại dạng “CSV UTF-8”."
    assert residents(kiosk) == 0


def test_csv_files_are_found_at_the_top_of_usb_drives(tmp_path):
    imports = tmp_path / "imports"
    drive = tmp_path / "media" / "kiosk" / "USB DRIVE"
    for folder in (imports, drive / "deeper"):
        folder.mkdir(parents=True)
    (imports / "a.csv").write_text("x")
    (drive / "Danh sách KP3.CSV").write_text("x")
    (drive / "deeper" / "hidden.csv").write_text("x")
    (drive / "photo.jpg").write_text("x")
    found = find_csv_files(imports, (str(tmp_path / "media" / "*" / "*"),))
    assert [(f.path.name, f.on_usb) for f in found] == [
        ("a.csv", False),
        ("Danh sách KP3.CSV", True),
    ]


def test_a_new_khu_pho_in_the_file_joins_the_ward_list_and_the_check_in_form(
    make_kiosk, data_dir, qtbot
):
    (data_dir / "imports").mkdir()
    nfd_new = unicodedata.normalize("NFD", "Khu phố Mới 7")
    (data_dir / "imports" / "ds.csv").write_bytes(
        "ho_ten,nam_sinh,khu_pho,so_dien_thoai\n"
        f"Nguyễn Văn An,1952,{nfd_new},\nLê Thị Hồng,1961,khu pho 3,\n".encode()
    )
    kiosk = make_kiosk()
    kiosk.set_language("vi")
    screen = open_import_screen(kiosk, qtbot)
    with qtbot.waitSignal(screen.imported, timeout=20_000):
        tap(find(screen, QPushButton, "import_file_0"))

    from PySide6.QtWidgets import QComboBox

    area = kiosk.window.navigator.screen(ScreenId.CHECKIN).findChild(QComboBox, "neighbourhood")
    offered = [area.itemText(i) for i in range(area.count())]
    assert offered[-1] == "Khu phố Mới 7"  # stored in NFC, after the ward's own list
    assert offered.count("Khu phố 3") == 1  # "khu pho 3" is the list's Khu phố 3
    assert kiosk.services.settings.neighbourhoods == tuple(offered)
    actions = [e.action for e in kiosk.services.audit.recent()]
    assert "settings_changed" in actions and "import_residents" in actions


def test_a_khu_pho_that_cannot_join_the_list_is_a_rejected_line_not_a_failed_import(
    make_kiosk, data_dir, qtbot
):
    # given a file with one good row and one whose new khu phố has an emoji in it
    (data_dir / "imports").mkdir()
    (data_dir / "imports" / "ds.csv").write_bytes(
        "ho_ten,nam_sinh,khu_pho,so_dien_thoai\n"
        "Nguyễn Văn An,1952,Khu phố 3,\nLê Thị Hồng,1961,Khu phố 😀,\n".encode()
    )
    kiosk = make_kiosk()
    kiosk.set_language("vi")
    screen = open_import_screen(kiosk, qtbot)

    # when staff import it
    with qtbot.waitSignal(screen.imported, timeout=20_000) as done:
        tap(find(screen, QPushButton, "import_file_0"))

    # then the summary tells what was stored, and the line says why it was left out
    assert (done.args[0].imported, len(done.args[0].rejected)) == (1, 1)
    assert residents(kiosk) == 1
    summary = find(screen, QLabel, "import_summary").text()
    assert summary.startswith("Đã nhập: 1 · Bỏ qua (đã có): 0 · Từ chối: 1")
    rejected = find(screen, QPlainTextEdit, "import_rejected").toPlainText()
    assert rejected.startswith("Dòng 3: «Khu phố 😀» Tên khu phố mới chỉ được gồm chữ")
    assert "Khu phố 😀" not in kiosk.services.settings.neighbourhoods
    assert kiosk.services.audit.recent()[0].action == "import_residents"


def test_a_link_in_the_imports_folder_is_not_read(make_kiosk, data_dir, qtbot, tmp_path):
    # given a link in the imports folder to a list kept elsewhere
    elsewhere = tmp_path / "elsewhere.csv"
    elsewhere.write_bytes(ward_list(good=3))
    (data_dir / "imports").mkdir()
    os.symlink(elsewhere, data_dir / "imports" / "link.csv")
    kiosk = make_kiosk()
    kiosk.set_language("vi")
    screen = open_import_screen(kiosk, qtbot)

    # when staff choose it, then the screen says why it is not read, and nobody is stored
    tap(find(screen, QPushButton, "import_file_0"))
    status = find(screen, QLabel, "import_status")
    qtbot.waitUntil(lambda: "liên kết" in status.text(), timeout=10_000)
    assert status.text().startswith("“link.csv” là một liên kết")
    assert residents(kiosk) == 0
