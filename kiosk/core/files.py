"""Files staff drop into a folder (certificate scans, resident lists): the real file, not too big.

A link in such a folder could make the kiosk read any file the kiosk user can read (the
database, another ward's export) and show or import it; a huge file could exhaust memory.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from kiosk.core.errors import KioskError

MB = 1024 * 1024


class FileRefused(KioskError):
    """The file is a link, not a regular file, or larger than allowed; nothing was read."""

    def __init__(self, reason: str, path: Path, limit: int = 0) -> None:
        self.reason, self.path, self.limit = reason, path, limit
        name = path.name
        words = {
            "link": (
                f"“{name}” là một liên kết (shortcut) tới nơi khác; máy chỉ đọc tệp được "
                "chép thật vào thư mục. Hãy chép chính tệp đó vào.",
                f"“{name}” is a link to somewhere else; the kiosk only reads files copied into "
                "the folder. Copy the file itself there.",
            ),
            "too_big": (
                f"Tệp “{name}” lớn hơn {limit // MB} MB, máy không đọc. Hãy lưu lại nhỏ hơn "
                "(ví dụ chỉ trang có mã QR, độ phân giải thấp hơn).",
                f"“{name}” is larger than {limit // MB} MB, so the kiosk does not read it. Save "
                "a smaller copy (e.g. only the page with the QR code, a lower resolution).",
            ),
            "not_a_file": (
                f"“{name}” không phải là một tệp thông thường.",
                f"“{name}” is not a regular file.",
            ),
        }
        self.vi, self.en = words[reason]
        super().__init__(f"{self.vi}\n{self.en}")


def open_dropped(path: Path, max_bytes: int, *, links: bool = False) -> BinaryIO:
    """The file opened for reading; FileRefused for a link (unless `links`), anything but a
    regular file, or more than `max_bytes`. OSError when it cannot be opened at all."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)  # a FIFO must not hang the open
    if not links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FileRefused("link", path) from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused("not_a_file", path)
        if info.st_size > max_bytes:
            raise FileRefused("too_big", path, max_bytes)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def read_dropped(path: Path, max_bytes: int, *, links: bool = False) -> bytes:
    """The whole file, at most `max_bytes` (a file growing while read is refused too)."""
    with open_dropped(path, max_bytes, links=links) as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileRefused("too_big", Path(path), max_bytes)
    return data
