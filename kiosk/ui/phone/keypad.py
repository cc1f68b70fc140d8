"""The on-phone keypads: digits (3×4) and a letters keyboard with a shift key and a 123 page.

Keys never take focus, so the field being typed into keeps it; every key is a
≥ 60 px target named `<keypad id>-<key>` (e.g. `keypad-7`, `keypad-a`, `keypad-ok`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.i18n import tr
from kiosk.ui.theme import set_role

DIGITS = [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], ["back", "0", "ok"]]
LETTERS = [
    list("abcdefg"),
    list("hijklmn"),
    list("opqrstu"),
    [*"vwxyz", "shift", "back"],
    ["page", "page", "space", "space", "space", "ok", "ok"],
]
SYMBOLS = [
    list("1234567"),
    [*"890", "@", ".", "-", "_"],
    list("!#?*+/&"),
    [",", ":", "(", ")", "=", "%", "back"],
    ["page", "page", "space", "space", "space", "ok", "ok"],
]
NAMES = {
    "@": "at",
    ".": "dot",
    "-": "dash",
    "_": "underscore",
    "!": "excl",
    "#": "hash",
    "?": "question",
    "*": "star",
    "+": "plus",
    "/": "slash",
    "&": "amp",
    ",": "comma",
    ":": "colon",
    "(": "lparen",
    ")": "rparen",
    "=": "equals",
    "%": "percent",
}
FACES = {"back": "⌫", "ok": "✓", "space": "␣", "shift": "⇧"}


def _spoken(key: str) -> str:
    return {
        "back": tr("Phone", "Delete"),
        "ok": tr("Phone", "Done"),
        "space": tr("Phone", "Space"),
        "shift": tr("Phone", "Capital letters"),
        "page": tr("Phone", "Switch keys"),
    }.get(key, key)


class Keypad(QWidget):
    """Calls `press(text)` for a character, `press('\\b')` to delete, `press('\\n')` when done."""

    def __init__(self, base: str, kind: str, press: Callable[[str], None]) -> None:
        super().__init__()
        set_role(self, "phoneKeypad")
        self.setObjectName(base)
        self.base, self._press = base, press
        self.upper = False
        self.pages: list[QWidget] = []
        self.keys: dict[str, QPushButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 10, 10, 10)
        rows = [DIGITS] if kind == "digits" else [LETTERS, SYMBOLS]
        for layout in rows:
            page = self._page(layout)
            column.addWidget(page)
            self.pages.append(page)
        for page in self.pages[1:]:
            page.hide()

    def _page(self, rows: list[list[str]]) -> QWidget:
        page = set_role(QWidget(), "phoneClear")
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for r, row in enumerate(rows):
            c = 0
            while c < len(row):
                key, span = row[c], 1
                while c + span < len(row) and row[c + span] == key and len(key) > 1:
                    span += 1
                grid.addWidget(self._key(key), r, c, 1, span)
                c += span
        return page

    def _key(self, key: str) -> QPushButton:
        face = FACES.get(key, key)
        if key == "page":
            face = "abc" if f"{self.base}-page" in self.keys else "123"
        button = set_role(QPushButton(face), "phoneKey")
        name = f"{self.base}-{NAMES.get(key, key)}"
        if name in self.keys:  # the second page's own page switch
            name = f"{name}2"
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAccessibleName(_spoken(key))
        button.setCheckable(key == "shift")
        button.clicked.connect(lambda _=False, k=key: self._pressed(k))
        self.keys[name] = button
        return button

    def _pressed(self, key: str) -> None:
        if key == "shift":
            self.upper = not self.upper
            for name, button in self.keys.items():
                letter = name.removeprefix(f"{self.base}-")
                if len(letter) == 1 and letter.isalpha():
                    button.setText(letter.upper() if self.upper else letter)
        elif key == "page":
            shown = next(i for i, p in enumerate(self.pages) if not p.isHidden())
            self.pages[shown].hide()
            self.pages[(shown + 1) % len(self.pages)].show()
        elif key == "back":
            self._press("\b")
        elif key == "ok":
            self._press("\n")
        elif key == "space":
            self._press(" ")
        else:
            self._press(key.upper() if self.upper and key.isalpha() else key)
