"""The lesson catalog in the real kiosk window: topics in a fixed order, tiles, scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from qt_helpers import find, tap

from kiosk.services.checkin import NewResident
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.screens.catalog import TOPICS, by_topic

VIETNAMESE_HEADINGS = {
    "vneid": "VNeID",
    "payments": "Thanh toán",
    "public-services": "Dịch vụ công",
    "vssid": "VssID",
    "safety": "An toàn – chống lừa đảo",
    "ai": "Trí tuệ nhân tạo",
}


def _catalog(kiosk, qtbot, width=1920, height=1080, resident_id=None, language="vi"):
    """Given the real window at a size, when a visit reaches the catalog."""
    window = kiosk.window
    window.resize(width, height)
    qtbot.waitExposed(window)
    visit = window.navigator.visit
    visit.language, visit.resident_id = language, resident_id
    kiosk.translations.use(language)
    window.retranslate()
    window.navigator.go(ScreenId.CATALOG)
    return window.navigator.screen(ScreenId.CATALOG)


def _top(widget: QWidget, root: QWidget) -> int:
    return widget.mapTo(root, QPoint(0, 0)).y()


def _inside(widget: QWidget, scroll) -> bool:
    viewport = scroll.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(rect)


def test_headings_come_in_the_fixed_order_with_their_tiles_under_them(kiosk_ui, qtbot):
    screen = _catalog(kiosk_ui, qtbot)
    groups = by_topic(kiosk_ui.services.catalog.all())
    topics = [topic for topic, _ in groups]
    known = [t for t in topics if t in TOPICS]
    assert known == [t for t in TOPICS if t in topics]
    assert topics[: len(known)] == known, "unknown topics come after the known ones"
    host = screen.grid_host
    previous_bottom = -1
    for topic, tutorials in groups:
        heading = find(screen, QLabel, f"topic-{topic}")
        assert heading.text() == VIETNAMESE_HEADINGS.get(topic, heading.text())
        assert _top(heading, host) > previous_bottom
        for tutorial in tutorials:
            tile = find(screen, QAbstractButton, f"tile-{tutorial.id}")
            assert _top(tile, host) > _top(heading, host) + heading.height() - 1
            previous_bottom = max(previous_bottom, _top(tile, host) + tile.height())


def test_every_tutorial_has_a_tile_big_enough_to_touch(kiosk_ui, qtbot):
    screen = _catalog(kiosk_ui, qtbot)
    ids = [t.id for t in kiosk_ui.services.catalog.all()]
    assert sorted(screen.tiles) == sorted(ids)
    for tutorial_id in ids:
        tile = find(screen, QAbstractButton, f"tile-{tutorial_id}")
        assert tile.height() >= 60 and tile.width() >= 60, tutorial_id


def test_two_columns_on_full_hd_and_one_on_a_small_screen(kiosk_ui, qtbot):
    screen = _catalog(kiosk_ui, qtbot)
    lefts = {t.mapTo(screen, QPoint(0, 0)).x() for t in screen.tiles.values()}
    assert len(lefts) == 2
    screen = _catalog(kiosk_ui, qtbot, 1366, 768)
    qtbot.waitUntil(
        lambda: len({t.mapTo(screen, QPoint(0, 0)).x() for t in screen.tiles.values()}) == 1
    )


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_down_button_reaches_the_last_tile(kiosk_ui, qtbot, size):
    screen = _catalog(kiosk_ui, qtbot, *size)
    last = list(screen.tiles.values())[-1]
    qtbot.waitUntil(lambda: screen.down.isVisible())
    assert not screen.up.isVisible(), "the list starts at the top"
    for _ in range(40):
        if not screen.down.isVisible():
            break
        tap(screen.down)
    assert _inside(last, screen.scroll)
    assert screen.up.isVisible()
    tap(screen.up)
    assert screen.down.isVisible()


def test_a_passed_check_run_shows_on_its_tile(kiosk_ui, qtbot):
    services = kiosk_ui.services
    resident = services.checkin.register(NewResident("Trần Thị Bình", 1950, "Khu phố 1"))
    services.checkin.check_in(resident.id)
    tutorial = services.catalog.all()[0]
    run = services.results.start_run(resident.id, tutorial.id, "check")
    services.results.finish_run(run, [], True, completed=True)
    screen = _catalog(kiosk_ui, qtbot, resident_id=resident.id)
    assert "✓ Đã đạt" in screen.tiles[tutorial.id].text_content()
    others = [t for tid, t in screen.tiles.items() if tid != tutorial.id]
    assert all("Chưa học" in t.text_content() for t in others)


def test_english_headings(kiosk_ui, qtbot):
    screen = _catalog(kiosk_ui, qtbot, language="en")
    if "payments" in screen.headings:
        assert screen.headings["payments"].text() == "Payments"
    assert screen.headings["vneid"].text() == "VNeID"


def test_unknown_topics_follow_under_their_own_name():
    class T:
        def __init__(self, topic: str) -> None:
            self.topic = topic

    groups = by_topic([T("zoo-trips"), T("safety"), T("vneid"), T("banking"), T("vneid")])
    assert [(topic, len(ts)) for topic, ts in groups] == [
        ("vneid", 2),
        ("safety", 1),
        ("banking", 1),
        ("zoo-trips", 1),
    ]
