"""`kiosk db copy --to URL`: a one-machine ward moves up to the ward's PostgreSQL database."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from kiosk.commands.ward import cli_user
from kiosk.core.config import load_settings
from kiosk.core.errors import KioskError
from kiosk.storage.copy import copy_database
from kiosk.storage.engine import make_engine


def register(subparsers: argparse._SubParsersAction) -> None:
    db = subparsers.add_parser("db", help="the ward database")
    commands = db.add_subparsers(dest="db_command", required=True)
    copy = commands.add_parser(
        "copy", help="copy this machine's database into an empty one (e.g. the ward's PostgreSQL)"
    )
    copy.add_argument("--to", required=True, metavar="URL", help="postgresql+psycopg://...")
    copy.add_argument("--force", action="store_true", help="replace a target that has data")
    copy.set_defaults(func=run_copy)


def shown_url(url: str) -> str:
    """The URL to print: never its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"^((?:[^:/@]+://)?[^:/@]*):[^@]*@", r"\1:***@", url)


def _reason(error: BaseException, url: str) -> str:
    text = str(getattr(error, "orig", None) or error).strip().splitlines()
    reason = (text[0] if text else type(error).__name__).replace(url, shown_url(url))
    try:
        password = make_url(url).password
    except ArgumentError:
        password = None
    return reason.replace(password, "***") if password else reason


def open_target(url: str) -> Engine:
    """An engine on `url` that answered, or one clear line naming what failed."""
    shown = shown_url(url)
    try:
        engine = make_engine(url)
        with engine.connect():
            return engine
    except (ArgumentError, ImportError) as error:
        raise KioskError(
            f"địa chỉ cơ sở dữ liệu không hợp lệ / not a database URL: {shown} "
            f"({_reason(error, url)})"
        ) from None
    except DBAPIError as error:
        raise KioskError(
            f"không mở được cơ sở dữ liệu / cannot open the database {shown}: {_reason(error, url)}"
        ) from None


def run_copy(args: argparse.Namespace) -> int:
    settings = load_settings()
    cli_user(settings.data_dir)
    source_url = settings.effective_database_url
    if source_url.startswith("sqlite:///") and not Path(source_url[10:]).exists():
        raise KioskError(f"chưa có cơ sở dữ liệu để chép / no database to copy: {source_url}")
    if make_url(source_url) == _parsed(args.to):
        raise KioskError("nguồn và đích là một / the source and the target are the same database")
    target = open_target(args.to)
    source = make_engine(source_url)
    try:
        report = copy_database(source, target, force=args.force)
    except DBAPIError as error:  # a row the target refuses, e.g. longer than its column allows
        raise KioskError(
            "chưa chép được gì, bảng trống đã được tạo: sửa rồi chạy lại với --force / "
            f"nothing was copied (the target now has the kiosk's empty tables; fix this, then "
            f"run again with --force): {_reason(error, args.to)}"
        ) from None
    finally:
        source.dispose()
        target.dispose()
    print(
        f"Đã chép {report.total} dòng trong {len(report.rows)} bảng / copied {report.total} "
        f"rows of {len(report.rows)} tables to {shown_url(args.to)}"
    )
    print("Đặt KIOSK_DATABASE_URL trên mỗi máy / now set KIOSK_DATABASE_URL on every machine")
    return 0


def _parsed(url: str):  # type: ignore[no-untyped-def]
    try:
        return make_url(url)
    except ArgumentError:
        return None
