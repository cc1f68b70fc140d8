"""Private by default: the kiosk's files hold names, PIN hashes and the signing key, so only
the user the kiosk runs as may read them. Modes are set explicitly, never left to the umask
alone: a kiosk started by a service manager with umask 022 must not leak either."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
UMASK = 0o077

log = logging.getLogger(__name__)


def private_umask() -> None:
    """Everything the process creates from now on is for its own user only."""
    os.umask(UMASK)


def private_dir(path: Path) -> Path:
    """Create `path` (and its missing parents) as 0700; tighten it if it already exists."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    _chmod(path, DIR_MODE)
    return path


def tighten(paths: Iterable[Path]) -> None:
    """Files that exist become 0600 (a database, its -wal and -shm, the settings file)."""
    for path in paths:
        if path.is_file() and not path.is_symlink():
            _chmod(path, FILE_MODE)


def write_private(path: Path, data: bytes, *, durable: bool = False) -> Path:
    """Write `path` as 0600 through a temporary file and an atomic rename; with `durable`,
    fsync the file and its folder first, so a crash leaves the whole file or nothing.
    A missing folder is made 0700; an existing one (the user's own choice) is left as it is."""
    path.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)  # an older .tmp left by a crash keeps its mode otherwise
        with os.fdopen(fd, "wb", closefd=False) as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
    finally:
        os.close(fd)
    os.replace(tmp, path)
    if durable:
        fsync_dir(path.parent)
    return path


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; NTFS journals the rename itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _chmod(path: Path, mode: int) -> None:
    if os.name != "posix":  # Windows: the folder's ACL (the user's profile) decides
        return
    try:
        os.chmod(path, mode)
    except PermissionError:  # not ours (a folder shared by the ward's admin): say so, go on
        log.warning("cannot make %s private (mode %o): not owned by this user", path, mode)
