"""`kiosk export residents|checkins|attendance`: staff data operations, each audit-logged."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from kiosk.commands.ward import cli_user, open_ward
from kiosk.core.clock import SystemClock
from kiosk.core.config import Settings
from kiosk.core.errors import KioskError
from kiosk.core.private_files import write_private
from kiosk.services.attendance import AttendanceService, range_text
from kiosk.services.audit import AuditLog
from kiosk.services.residents_io import EXPORT_COLUMNS, export_rows
from kiosk.storage.engine import SessionFactory

EXIT_DONE, EXIT_UNUSABLE = 0, 2
RESIDENT_WIDTHS = (30, 10, 16, 14, 10)


def day_arg(text: str) -> date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"ngày không hợp lệ / not a date (YYYY-MM-DD): {text!r}")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export residents, check-ins or attendance")
    kinds = parser.add_subparsers(dest="export_kind", required=True)
    residents = kinds.add_parser("residents", help="every resident, phones in full (CSV/XLSX)")
    residents.add_argument("--format", choices=("csv", "xlsx"), default=None)
    residents.add_argument("--out", type=Path, required=True)
    residents.set_defaults(func=run_residents)
    checkins = kinds.add_parser("checkins", help="one row per check-in in a date range")
    _range_args(checkins)
    checkins.add_argument("--format", choices=("csv", "xlsx"), default=None)
    checkins.add_argument("--out", type=Path, required=True)
    checkins.set_defaults(func=run_checkins)
    sheet = kinds.add_parser(
        "attendance", help="'DANH SÁCH ĐIỂM DANH' PDF for a date range or one session"
    )
    _range_args(sheet)
    sheet.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    sheet.set_defaults(func=run_attendance)


def _range_args(parser: argparse.ArgumentParser) -> None:
    """--from and --to, or --session (its id, or the id's first characters)."""
    parser.add_argument("--from", dest="start", type=day_arg, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=day_arg, metavar="YYYY-MM-DD")
    parser.add_argument("--session", metavar="ID", help="one scheduled session instead of dates")


def _scope_problem(args: argparse.Namespace) -> str:
    """Why the dates and session given cannot be used together ('' when they can)."""
    dates = (args.start is not None, args.end is not None)
    if args.session is not None:
        return "" if dates == (False, False) else "--session or --from/--to, not both"
    return "" if all(dates) else "--from and --to are needed (or --session)"


def _session_id(factory: SessionFactory, text: str) -> str:
    from kiosk.core.errors import NotFound
    from kiosk.services.sessions import SessionSchedule

    clock = SystemClock()
    try:
        return SessionSchedule(factory, clock, AuditLog(factory, clock)).resolve(text)
    except NotFound:
        raise KioskError(f"không có buổi nào mang mã / no session with the id {text!r}") from None


def _format(args: argparse.Namespace) -> str:
    return args.format or ("xlsx" if args.out.suffix.lower() == ".xlsx" else "csv")


def _table(fmt: str, headers, rows, title: str, widths) -> bytes:  # type: ignore[no-untyped-def]
    from kiosk.documents.exports import to_csv, to_xlsx

    return to_xlsx(headers, rows, title, widths) if fmt == "xlsx" else to_csv(headers, rows)


def _attendance(settings: Settings, factory: SessionFactory) -> AttendanceService:
    from kiosk.tutorials.loader import BUILTIN_DIR, load_catalog, ward_dir

    catalog = load_catalog([BUILTIN_DIR, ward_dir(settings.data_dir)])
    titles = {t.id: t.title.vi for t in catalog.all()}
    return AttendanceService(factory, SystemClock(), settings.ward_name, titles)


def _export(args: argparse.Namespace, make: Callable[[Settings, SessionFactory], tuple]) -> int:
    """Open the database, make (bytes, action, detail), write the file, audit-log it."""
    problem = _scope_problem(args) if "session" in args else ""
    if problem:
        print(f"Lỗi / Error: {problem}", file=sys.stderr)
        return EXIT_UNUSABLE
    settings, engine, factory = open_ward()
    try:
        data, action, detail = make(settings, factory)
        out: Path = args.out
        write_private(out, data)
    except KioskError as exc:
        print(f"Lỗi / Error: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except OSError as exc:
        print(f"Không ghi được tệp / Cannot write the file: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    else:
        actor = cli_user(settings.data_dir)
        AuditLog(factory, SystemClock()).record(actor, action, f"{detail} -> {out}")
        print(f"Đã ghi / Written: {out} ({detail})")
        return EXIT_DONE
    finally:
        engine.dispose()


def run_residents(args: argparse.Namespace) -> int:
    def make(_settings: Settings, factory: SessionFactory) -> tuple:
        rows = export_rows(factory, cli_user(_settings.data_dir))
        data = _table(_format(args), EXPORT_COLUMNS, rows, "Cư dân", RESIDENT_WIDTHS)
        return data, "export_residents", f"{len(rows)} residents, {_format(args)}"

    return _export(args, make)


def run_checkins(args: argparse.Namespace) -> int:
    from kiosk.documents.exports import CHECKIN_HEADERS, CHECKIN_WIDTHS, checkin_cells

    def make(settings: Settings, factory: SessionFactory) -> tuple:
        attendance = _attendance(settings, factory)
        if args.session is not None:
            session_id = _session_id(factory, args.session)
            records, when = attendance.checkins_for_session(session_id), f"session {session_id}"
        else:
            records = attendance.checkins_for_range(args.start, args.end)
            when = range_text(args.start, args.end)
        rows = checkin_cells(records)
        data = _table(_format(args), CHECKIN_HEADERS, rows, "Điểm danh", CHECKIN_WIDTHS)
        return data, "export_checkins", f"{len(rows)} check-ins {when}, {_format(args)}"

    return _export(args, make)


def run_attendance(args: argparse.Namespace) -> int:
    from kiosk.documents.attendance import render_attendance

    def make(settings: Settings, factory: SessionFactory) -> tuple:
        attendance = _attendance(settings, factory)
        if args.session is not None:
            session_id = _session_id(factory, args.session)
            sheet, when = attendance.sheet_for_session(session_id), f"session {session_id}"
        else:
            sheet = attendance.sheet_for_range(args.start, args.end)
            when = range_text(args.start, args.end)
        return render_attendance(sheet), "print_attendance", f"{len(sheet.rows)} rows {when}, pdf"

    return _export(args, make)
