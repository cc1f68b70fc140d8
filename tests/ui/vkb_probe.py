"""Run under Xvfb by test_virtual_keyboard.py: the real kiosk with Qt Virtual Keyboard.

Prints one line per field it taps: `<field> <keyboard visible> <keyboard height>`, then
saves a screenshot of the whole screen (the keyboard is its own window) to argv[1].
"""

import os
import sys

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
os.environ["KIOSK_NO_VOICE"] = "1"

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QLineEdit, QPushButton  # noqa: E402

from kiosk.app import build_services  # noqa: E402
from kiosk.core.config import load_settings  # noqa: E402
from kiosk.services.auth import Role  # noqa: E402
from kiosk.ui.kiosk import Kiosk, create_application  # noqa: E402


def main() -> None:
    app = create_application(["vkb-probe"])
    services = build_services(load_settings())
    services.auth.set_pin(Role.STAFF, "246802")
    kiosk = Kiosk.with_services(app, services)
    kiosk.show(full_screen=True)
    window = kiosk.window
    for name in ("start", "lang_vi", "consent_agree"):
        QTest.mouseClick(window.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
    fields = ["full_name", "birth_year", "search"]

    def probe() -> None:
        im = QGuiApplication.inputMethod()
        if probe.last:
            height = int(im.keyboardRectangle().height())
            print(probe.last, im.isVisible(), height, flush=True)
        if fields:
            probe.last = fields.pop(0)
            window.activateWindow()
            if probe.last == "search":
                QTest.mouseClick(
                    window.findChild(QPushButton, "tab_returning"), Qt.MouseButton.LeftButton
                )
            QTest.mouseClick(window.findChild(QLineEdit, probe.last), Qt.MouseButton.LeftButton)
            QTimer.singleShot(2500, probe)
        else:
            QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])
            window.allow_close = True
            app.quit()

    probe.last = None
    QTimer.singleShot(1000, probe)
    app.exec()


main()
