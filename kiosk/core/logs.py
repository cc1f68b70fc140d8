"""The kiosk's log: `<data dir>/logs/kiosk.log`, 0600, rotated at 1 MB, five old files kept.

No names, phones or birth years ever go into it: log calls name ids and counts, never a
person; SQL errors carry no parameters (`hide_parameters=True` in kiosk/storage/engine.py);
and a phone number that slips into a message anyway is masked here.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from kiosk.core.private_files import FILE_MODE, private_dir, tighten

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
PHONE = re.compile(r"(?<![\d-])(?:\+?84|0)[\s.]?\d(?:[\s.]?\d){8}(?![\d-])")


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        tighten([Path(self.baseFilename)])
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


class _MaskPhones(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return PHONE.sub("[phone]", super().format(record))


def log_file(data_dir: Path) -> Path:
    return data_dir / "logs" / "kiosk.log"


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to the data dir's log file (again: a second call moves it)."""
    path = log_file(data_dir)
    private_dir(path.parent)
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _PrivateRotatingFile)]:
        root.removeHandler(old)
        old.close()
    handler = _PrivateRotatingFile(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(_MaskPhones(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return path
