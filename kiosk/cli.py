"""`kiosk` console script: the kiosk itself by default, plus staff and author commands."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from sqlalchemy.exc import DBAPIError

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
    "kiosk.commands.audit",
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
    _start_log(args)
    try:
        return int(args.func(args) or 0)
    except (KioskError, DBAPIError) as error:  # say what, not a traceback
        problem = _database_problem(error)  # damaged, or unusable: the newest backup named
        if problem is not None:
            trace = isinstance(error, DBAPIError)  # SQL without its parameters
            logging.getLogger("kiosk.cli").error(
                "kiosk %s: %s", args.command, problem, exc_info=trace
            )
        print(f"kiosk: {problem or error}", file=sys.stderr)  # e.g. a broken settings file
        return 2
    except Exception:
        logging.getLogger("kiosk.cli").exception("kiosk %s failed", args.command)
        raise


def _start_log(args: argparse.Namespace) -> None:
    """The log in the data dir; the demo's goes to the demo's own dir (kiosk/commands/run.py)."""
    from kiosk.commands.ward import cli_user
    from kiosk.core.config import load_settings
    from kiosk.core.logs import setup_logging

    if args.command == "demo" or getattr(args, "demo", False):
        return
    try:
        data_dir = load_settings().data_dir
        cli_user(data_dir)  # another user's data dir: no log there either (the command says so)
        setup_logging(data_dir)
        logging.getLogger("kiosk.cli").info("kiosk %s started", args.command or "run")
    except (KioskError, OSError):
        pass  # a broken settings file is reported by the command itself


def _database_problem(error: BaseException) -> str | None:
    from kiosk.core.config import load_settings
    from kiosk.services.recovery import database_problem

    try:
        settings = load_settings()
    except KioskError:
        return None
    return database_problem(error, settings)


if __name__ == "__main__":
    sys.exit(main())
