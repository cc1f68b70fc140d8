"""`kiosk` console script: the kiosk itself by default, plus staff and author commands."""

from __future__ import annotations

import argparse
import importlib
import sys

from kiosk.core.config import config_path
from kiosk.core.errors import KioskError
from kiosk.core.private_files import private_umask, tighten

# Each module under kiosk.commands registers its own subcommand(s).
COMMAND_MODULES = (
    "kiosk.commands.run",
    "kiosk.commands.demo",
    "kiosk.commands.verify",
    "kiosk.commands.keys",
    "kiosk.commands.tutorials",
    "kiosk.commands.import_residents",
    "kiosk.commands.export",
    "kiosk.commands.backup",
    "kiosk.commands.pin",
    "kiosk.commands.db",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Morning Coffee kiosk")
    subparsers = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    private_umask()  # names, PIN hashes, the signing key: for the kiosk's own user only
    tighten([config_path()])  # the settings file may hold a database password
    parser = build_parser()
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help"):
        argv = ["run", *argv]
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KioskError as error:  # e.g. a broken settings file: say what, not a traceback
        print(f"kiosk: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
