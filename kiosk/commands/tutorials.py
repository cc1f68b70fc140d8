"""`kiosk tutorials check [PATH ...]`: validate tutorial files for content authors."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.core.clock import SystemClock
from kiosk.core.config import load_settings
from kiosk.core.errors import KioskError
from kiosk.tutorials.loader import BUILTIN_DIR, Catalog, load_files, tutorial_files, ward_dir
from kiosk.tutorials.schema import is_stale


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("tutorials", help="tools for tutorial content authors")
    actions = parser.add_subparsers(dest="tutorials_command", required=True)
    check = actions.add_parser("check", help="validate tutorial YAML files or folders")
    check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or folders (default: the built-in content and the ward's folder)",
    )
    check.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    try:
        paths: list[Path] = args.paths or [BUILTIN_DIR, ward_dir(load_settings().data_dir)]
    except KioskError as exc:  # a broken settings file should read as a message, not a trace
        print(exc)
        return 1
    files: list[Path] = []
    missing = False
    for path in paths:
        if path.is_dir():
            files += tutorial_files(path)
        elif path.is_file():
            files.append(path)
        elif args.paths:  # the default ward folder may simply not exist yet
            print(f"{path}: no such file or folder")
            missing = True
    return _report(files) or int(missing)


def _report(files: list[Path]) -> int:
    """Load the files as one catalog so that repeated ids are caught too."""
    catalog = load_files(files)
    for _path, message in catalog.problems:
        print(message)
    bad = {path for path, _ in catalog.problems}
    for path in files:
        if path not in bad:
            print(f"OK {path}")
    _warn_stale(catalog)
    return 1 if catalog.problems else 0


def _warn_stale(catalog: Catalog) -> None:
    """A lesson not compared with its sources for over a year may teach an old screen."""
    today = SystemClock().today()
    for tutorial_id, tutorial in catalog.tutorials.items():
        if is_stale(tutorial, today):
            name = catalog.files[tutorial_id].name
            print(
                f"WARNING {name}: checked: {tutorial.checked.isoformat()} is more than "
                "12 months ago; compare the lesson with its sources again"
            )
