"""Find the Vietnamese-capable TTF fonts and register them with reportlab once per process."""

from __future__ import annotations

import threading
from pathlib import Path

import fontpkg_be_vietnam_pro
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.core.errors import KioskError

# reportlab font names used by the document modules.
SANS, SANS_MEDIUM, SANS_BOLD, SANS_ITALIC = "BVP", "BVP-Medium", "BVP-Bold", "BVP-Italic"
SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC = (
    "Serif",
    "Serif-Bold",
    "Serif-Italic",
    "Serif-BoldItalic",
)

_BE_VIETNAM = {
    SANS: "BeVietnamPro-Regular.ttf",
    SANS_MEDIUM: "BeVietnamPro-Medium.ttf",
    SANS_BOLD: "BeVietnamPro-Bold.ttf",
    SANS_ITALIC: "BeVietnamPro-Italic.ttf",
}
# Times New Roman metrics first (Decree 30 documents), DejaVu Serif as the last resort.
_SERIF_CANDIDATES = (
    (
        "/usr/share/fonts/truetype/liberation2",
        "LiberationSerif-{}.ttf",
        ("Regular", "Bold", "Italic", "BoldItalic"),
    ),
    (
        "/usr/share/fonts/truetype/liberation",
        "LiberationSerif-{}.ttf",
        ("Regular", "Bold", "Italic", "BoldItalic"),
    ),
    ("C:/Windows/Fonts", "{}.ttf", ("times", "timesbd", "timesi", "timesbi")),
    (
        "/usr/share/fonts/truetype/dejavu",
        "DejaVuSerif{}.ttf",
        ("", "-Bold", "-Italic", "-BoldItalic"),
    ),
)

_lock = threading.Lock()
_registered = False


def be_vietnam_dir() -> Path:
    return Path(fontpkg_be_vietnam_pro.ROOT) / "files"


def serif_files() -> tuple[Path, Path, Path, Path]:
    """Regular, bold, italic and bold-italic files of the first serif family installed."""
    for folder, pattern, styles in _SERIF_CANDIDATES:
        paths = tuple(Path(folder) / pattern.format(style) for style in styles)
        if all(p.is_file() for p in paths):
            return paths  # type: ignore[return-value]
    raise KioskError("no serif font found: install fonts-liberation2 (Linux) or Times New Roman")


def register_fonts() -> None:
    """Idempotent and thread-safe; call before rendering (the renderers do it themselves)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _BE_VIETNAM.items():
            pdfmetrics.registerFont(TTFont(name, str(be_vietnam_dir() / filename)))
        names = (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC)
        for name, path in zip(names, serif_files(), strict=True):
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for bold, italic, name in (
            (0, 0, SERIF),
            (1, 0, SERIF_BOLD),
            (0, 1, SERIF_ITALIC),
            (1, 1, SERIF_BOLD_ITALIC),
        ):
            addMapping(SERIF, bold, italic, name)
        _registered = True
