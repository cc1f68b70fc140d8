"""Colours, sizes and the application style sheet, for the normal and high-contrast themes.

Widgets do not set colours or font sizes themselves: they set a `role`
property (`title`, `subtitle`, `body`, `hint`, `error`, `primary`,
`secondary`, `danger`, `tile`, `card`, `panel`) and this style sheet,
rebuilt for the chosen text scale and contrast, does the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

SCALES = (1.0, 1.3, 1.6)
MIN_TARGET_PX = 60  # 15 mm on a 21.5" 1920x1080 screen


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str
    text: str
    muted: str
    primary: str
    on_primary: str
    secondary: str
    on_secondary: str
    danger: str
    border: str
    focus: str
    error: str


NORMAL = Palette(
    background="#F6F1E9",  # warm paper, like a café
    surface="#FFFFFF",
    text="#1F1A17",
    muted="#4E4640",
    primary="#0B5D4B",  # deep green: 8.0:1 on white
    on_primary="#FFFFFF",
    secondary="#E8DFD3",
    on_secondary="#1F1A17",
    danger="#A4221C",
    border="#B9AC9C",
    focus="#C26A00",
    error="#A4221C",
)

HIGH_CONTRAST = Palette(
    background="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    primary="#FFE14D",
    on_primary="#000000",
    secondary="#000000",
    on_secondary="#FFFFFF",
    danger="#FF8A80",
    border="#FFFFFF",
    focus="#00E5FF",
    error="#FF8A80",
)


@dataclass(frozen=True)
class Look:
    scale: float = 1.0
    high_contrast: bool = False

    @property
    def palette(self) -> Palette:
        return HIGH_CONTRAST if self.high_contrast else NORMAL

    def px(self, size: float) -> int:
        return round(size * self.scale)


def style_sheet(look: Look) -> str:
    p, px = look.palette, look.px
    chrome = 24  # the top bar keeps its size at every text scale: it must fit 1280 px
    return f"""
    QWidget {{ background: {p.background}; color: {p.text}; font-size: {px(28)}px; }}
    QLabel {{ background: transparent; }}
    *[role="hero"] {{ font-size: {px(96)}px; font-weight: 800; color: {p.primary}; }}
    *[role="title"] {{ font-size: {px(56)}px; font-weight: 700; }}
    *[role="subtitle"] {{ font-size: {px(38)}px; font-weight: 600; }}
    *[role="fieldLabel"] {{ font-size: {px(30)}px; font-weight: 600; padding-top: 6px; }}
    *[role="body"] {{ font-size: {px(30)}px; }}
    *[role="hint"] {{ font-size: {px(26)}px; color: {p.muted}; }}
    *[role="error"] {{ font-size: {px(26)}px; color: {p.error}; font-weight: 600; }}
    *[role="card"], *[role="panel"] {{
        background: {p.surface}; border: 2px solid {p.border}; border-radius: 18px; }}
    QPushButton {{
        min-height: {max(MIN_TARGET_PX, px(72))}px; min-width: {px(120)}px;
        padding: 8px 28px; border-radius: 16px; font-size: {px(30)}px; font-weight: 600;
        background: {p.secondary}; color: {p.on_secondary}; border: 2px solid {p.border}; }}
    QPushButton:pressed {{ border: 4px solid {p.focus}; }}
    QPushButton:focus {{ border: 4px solid {p.focus}; }}
    QPushButton[role="primary"] {{ background: {p.primary}; color: {p.on_primary};
        border: 2px solid {p.primary}; }}
    QPushButton[role="danger"] {{ background: {p.danger}; color: #FFFFFF;
        border: 2px solid {p.danger}; }}
    QPushButton[role="tile"] {{ background: {p.surface}; color: {p.text}; text-align: left;
        padding: 16px 28px; min-height: {px(120)}px; border: 3px solid {p.border}; }}
    QPushButton[role="help"] {{ background: {p.primary}; color: {p.on_primary};
        border: 3px solid {p.primary}; border-radius: 36px; font-size: {chrome}px;
        min-height: {MIN_TARGET_PX + 8}px; min-width: 0px; padding: 4px 18px; }}
    QPushButton[role="chrome"] {{ font-size: {chrome}px; min-height: {MIN_TARGET_PX + 8}px;
        min-width: 0px; padding: 4px 12px; }}
    QPushButton[emphasis="xl"] {{ min-height: {px(140)}px; font-size: {px(44)}px;
        font-weight: 700; }}
    QPushButton[role="choice"] {{ min-width: 0px; padding: 8px 18px; }}
    QPushButton:checked {{ background: {p.primary}; color: {p.on_primary}; }}
    QPushButton:disabled {{ background: {p.surface}; color: {p.muted};
        border: 2px dashed {p.border}; }}
    QLineEdit, QComboBox, QDateEdit, QTimeEdit {{
        min-height: {max(MIN_TARGET_PX, px(72))}px; padding: 4px 16px;
        background: {p.surface}; color: {p.text}; border: 3px solid {p.border};
        border-radius: 12px; font-size: {px(32)}px; }}
    QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QTimeEdit:focus {{
        border: 4px solid {p.focus}; }}
    QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],
    QTimeEdit[invalid="true"] {{ border: 4px solid {p.error}; }}
    QDateEdit::drop-down {{ width: {px(56)}px; border: none; }}
    QTimeEdit::up-button, QTimeEdit::down-button {{ width: 0px; border: none; }}
    QPushButton[role="stepper"] {{ min-width: {px(72)}px; padding: 4px 8px;
        font-size: {px(40)}px; font-weight: 700; }}
    *[role="badge"] {{ background: {p.primary}; color: {p.on_primary}; padding: 4px 14px;
        border-radius: 10px; font-size: {px(24)}px; font-weight: 700; }}
    QComboBox QAbstractItemView {{ font-size: {px(32)}px; background: {p.surface}; }}
    *[role="toast"] {{ background: {p.primary}; color: {p.on_primary}; padding: 24px;
        border-radius: 18px; font-size: {px(32)}px; font-weight: 600; }}
    *[role="overlay"] {{ background: rgba(0, 0, 0, 170); }}
    QScrollBar:vertical {{ width: {px(36)}px; }}
    *[density="compact"] QLabel {{ font-size: {px(20)}px; }}
    *[density="compact"] QLabel[role="title"] {{ font-size: {px(34)}px; font-weight: 700; }}
    *[density="compact"] QLabel[role="subtitle"] {{ font-size: {px(25)}px; font-weight: 700; }}
    *[density="compact"] QLabel[role="hint"] {{ font-size: {px(19)}px; }}
    *[density="compact"] QPushButton {{ min-height: 64px; min-width: 0px; padding: 4px 16px;
        font-size: {px(21)}px; border-radius: 12px; }}
    *[density="compact"] QLineEdit, *[density="compact"] QComboBox {{
        min-height: {MIN_TARGET_PX}px; padding: 2px 10px; font-size: {px(22)}px; }}
    *[density="compact"] QComboBox QAbstractItemView {{ font-size: {px(22)}px; }}
    *[density="compact"] *[role="card"] {{ border-radius: 12px; }}
    *[density="compact"] *[flash="true"] {{ border: 5px solid {p.focus}; }}
    *[density="compact"] *[role="well"] {{ background: {p.surface}; }}
    *[density="compact"] QScrollBar:vertical {{ width: 24px; }}
    *[density="compact"] QComboBox::drop-down {{ width: 44px; border: none; }}
    """


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give a widget its style role and make the style sheet notice."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    return widget
