"""`kiosk import-residents FILE.csv`: a ward's existing resident list, validated row by row."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.commands.ward import cli_user, open_ward
from kiosk.core.clock import SystemClock
from kiosk.core.errors import KioskError
from kiosk.core.files import FileRefused
from kiosk.services.audit import AuditLog
from kiosk.services.residents_io import (
    ImportFailed,
    ImportReport,
    ResidentImporter,
    UnusableFile,
)
from kiosk.services.ward_settings import WardSettings

EXIT_DONE, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-residents",
        help="import residents from a CSV file (ho_ten,nam_sinh,khu_pho,so_dien_thoai)",
        description="Exit status: 0 the file was processed (rejected rows are listed), "
        "1 an error stopped it part-way (what was stored is listed and audit-logged), "
        "2 the file cannot be used (nothing was imported).",
    )
    parser.add_argument("file", type=Path, help="CSV, UTF-8 with or without BOM")
    parser.set_defaults(func=run)


def print_report(report: ImportReport) -> None:
    for row in report.rejected:
        print(f"Từ chối / Rejected: {row.describe()}")
    for line, phone in report.phone_conflicts:
        print(
            f"Lưu ý / Note: dòng {line} / line {line}: số {phone} đã thuộc một người khác tên; "
            f"hãy kiểm tra và thêm bằng tay nếu cần / the phone belongs to a resident with "
            "another name; check and add by hand if needed"
        )
    if report.ignored_columns:
        print(f"Cột không dùng / Columns ignored: {', '.join(report.ignored_columns)}")
    if report.new_neighbourhoods:
        print(
            f"Khu phố mới / new khu phố: {', '.join(report.new_neighbourhoods)} "
            "(đã thêm vào danh sách khu phố của phường / added to the ward's khu phố list)"
        )
    print(
        f"Đã nhập {report.imported}, bỏ qua {report.skipped} (đã có), "
        f"từ chối {len(report.rejected)} / {report.summary}"
    )


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    settings, engine, factory = open_ward()  # the khu phố list as the kiosk has it
    try:
        clock = SystemClock()
        audit = AuditLog(factory, clock)
        ward = WardSettings(factory, clock, audit, defaults=settings)
        actor = cli_user(settings.data_dir)
        importer = ResidentImporter(
            factory,
            clock,
            settings.neighbourhoods,
            actor=actor,
            add_neighbourhoods=lambda names: ward.add_neighbourhoods(actor, names),
        )
        try:
            report = importer.import_file(path, links=True)  # a path typed on the PC
        except ImportFailed as exc:
            print_report(exc.report)
            print(f"Lỗi, đã dừng / Stopped by an error: {exc.error}", file=sys.stderr)
            audit.record(actor, "import_residents", f"{path.name}: {exc}")
            return EXIT_FAILED
        except (UnusableFile, FileRefused) as exc:
            print(f"{path}:\n{exc.vi}\n{exc.en}", file=sys.stderr)
            return EXIT_UNUSABLE
        except OSError as exc:
            print(f"Không đọc được tệp / Cannot read the file: {exc}", file=sys.stderr)
            return EXIT_UNUSABLE
        except KioskError as exc:  # e.g. the khu phố list could not be saved: nothing stored
            print(f"Chưa nhập gì / Nothing imported: {exc}", file=sys.stderr)
            return EXIT_UNUSABLE
        print_report(report)
        audit.record(actor, "import_residents", f"{path.name}: {report.summary}")
        return EXIT_DONE
    finally:
        engine.dispose()
