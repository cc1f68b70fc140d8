"""Fixtures for the phone, tutorial and catalog tests (not autouse: other UI tests untouched)."""

from __future__ import annotations

import os

os.environ["KIOSK_NO_VOICE"] = "1"  # before any Voice is made

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.ui import theme  # noqa: E402
from kiosk.ui.phone.style import phone_style_sheet  # noqa: E402

# PySide6 6.12 drops one reference to None per processEvents() and two per QEventLoop.exec()
# (so per qtbot.waitSignal); a long run would free None and abort. Keep a reserve.
_NONE_RESERVE = [None] * 1_000_000

CONTENT = Path(__file__).resolve().parents[2] / "kiosk" / "tutorials" / "content"

# Our chrome strings in Vietnamese, until resources/translations has them (the lead merges).
VIETNAMESE = {
    ("Phone", "PRACTICE"): "MÔ PHỎNG",
    ("Phone", "Sample data"): "Dữ liệu mẫu",
    ("Phone", "Practice phone (not a real phone)"): "Điện thoại mô phỏng (không phải thật)",
    ("Phone", "Back"): "Quay lại",
    ("Phone", "Delete"): "Xoá",
    ("Phone", "Done"): "Xong",
    ("Phone", "Space"): "Dấu cách",
    ("Phone", "Capital letters"): "Chữ hoa",
    ("Phone", "Switch keys"): "Đổi bàn phím",
    ("Phone", "On"): "Bật",
    ("Phone", "Off"): "Tắt",
    ("Phone", "Valid for {0} seconds"): "Có hiệu lực trong {0} giây",
    ("Phone", "Tap here to scan"): "Chạm vào đây để quét",
    ("Phone", "Message from {0}"): "Tin nhắn từ {0}",
    ("Phone", "Incoming call"): "Cuộc gọi đến",
    ("Phone", "Decline"): "Từ chối",
    ("Phone", "Accept"): "Trả lời",
    ("Tutorial", "Listen again"): "Nghe lại",
    ("Tutorial", "Hint"): "Gợi ý",
    ("Tutorial", "Previous step"): "Quay lại bước trước",
    ("Tutorial", "Leave lesson"): "Thoát bài",
    ("Tutorial", "Sample data to type (not your real data)"):
        "Dữ liệu mẫu để nhập (không phải thông tin thật của bạn)",
    ("Tutorial", "Not quite. That's all right, try again"): "Chưa đúng. Không sao, thử lại nhé",
    ("Tutorial", "Step {0} of {1}"): "Bước {0}/{1}",
    ("Catalog", "Choose a practice lesson"): "Chọn bài thực hành",
    ("Catalog", "Finish"): "Kết thúc",
    ("Catalog", "Guided"): "Hướng dẫn",
    ("Catalog", "On my own"): "Tự làm",
    ("Catalog", "Check"): "Kiểm tra",
    ("Catalog", "The kiosk shows and tells you every step."):
        "Máy chỉ và đọc cho bạn từng bước.",
    ("Catalog", "You try by yourself; ask for a hint when you need one."):
        "Bạn tự làm; cần thì bấm Gợi ý.",
    ("Catalog", "No hints. Pass to earn your certificate."):
        "Không có gợi ý. Làm đạt để nhận giấy chứng nhận.",
    ("Catalog", "✓ Passed"): "✓ Đã đạt",
    ("Catalog", "Practised"): "Đã tập",
    ("Catalog", "Not started"): "Chưa tập",
    ("Catalog", "{0} minutes"): "{0} phút",
}


class _DictTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        return VIETNAMESE.get((context, source), source)  # never None: PySide6 6.12 crashes

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture
def styled(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The kiosk style sheet plus the phone's, as the shell applies them."""
    look = theme.Look()
    qapp.setStyleSheet(theme.style_sheet(look) + phone_style_sheet(look))
    yield look
    qapp.setStyleSheet("")


@pytest.fixture
def vietnamese(qapp: QApplication):  # type: ignore[no-untyped-def]
    translator = _DictTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def catalog():  # type: ignore[no-untyped-def]
    from kiosk.tutorials.loader import load_catalog

    loaded = load_catalog([CONTENT])
    assert not loaded.problems, loaded.problems
    assert loaded.all(), "no tutorial content"
    return loaded


@pytest.fixture
def sessions(tmp_path: Path):  # type: ignore[no-untyped-def]
    from kiosk.storage.engine import open_database

    engine, session_factory = open_database(f"sqlite:///{tmp_path}/k.db")
    yield session_factory
    engine.dispose()


@pytest.fixture
def results(sessions, clock):  # type: ignore[no-untyped-def]
    from kiosk.services.results import ResultsService

    return ResultsService(sessions, clock)


@pytest.fixture
def voice():  # type: ignore[no-untyped-def]
    from kiosk.ui.voice import Voice

    return Voice()


@pytest.fixture
def tutorial_screen(qtbot, styled, catalog, results, voice, clock):  # type: ignore[no-untyped-def]
    from kiosk.ui.screens.tutorial import TutorialScreen

    screen = TutorialScreen(catalog, results, voice, clock)
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    screen.wipe()
