"""What the volunteer console is told when a resident presses "Gọi tình nguyện viên".

`where` is stored, shown on the console and in the resident's own report, all of them read
by Vietnamese volunteers and staff: it is written in Vietnamese whatever the kiosk's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.tutorials.loader import Catalog
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.visit import Visit

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.ui.navigator import Navigator

SCREEN_WORDS = {
    ScreenId.ATTRACT: "Màn hình chờ",
    ScreenId.LANGUAGE: "Chọn ngôn ngữ",
    ScreenId.CONSENT: "Đọc phần đồng ý lưu thông tin",
    ScreenId.CHECKIN: "Điểm danh",
    ScreenId.CATALOG: "Chọn bài học",
    ScreenId.COMPLETION: "Vừa xong bài",
}


def help_context(screen: ScreenId | None, visit: Visit, catalog: Catalog) -> str:
    """'Bài: Kích hoạt VNeID mức 2' in (or just after) a lesson, else the screen's name."""
    if screen in (ScreenId.TUTORIAL, ScreenId.COMPLETION) and visit.tutorial_id:
        tutorial = catalog.tutorials.get(visit.tutorial_id)
        return "Bài: " + (tutorial.title.vi if tutorial else visit.tutorial_id)
    if screen in SCREEN_WORDS:
        return "Màn hình: " + SCREEN_WORDS[screen]
    return ""


def call_volunteer(s: Services, navigator: Navigator) -> Task:
    """The console's queue learns, off the UI thread, which kiosk, who and where."""
    visit = navigator.visit
    kiosk_id, resident = s.settings.kiosk_id, visit.resident_id
    where = help_context(navigator.current, visit, s.catalog)
    return run_in_background(lambda: s.help_queue.call(kiosk_id, resident, where))
