"""`kiosk demo --screenshots DIR`: a headless tour of every screen with the demo ward."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

SCREEN_SIZE = (1920, 1080)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="headless tour: one PNG per screen, sample PDFs")
    parser.add_argument("--screenshots", type=Path, required=True, metavar="DIR")
    parser.set_defaults(func=run)


def offscreen_platform(width: int, height: int) -> str:
    """The offscreen platform's screen is 800x800 unless given a config file (PITFALLS)."""
    config = {
        "screens": [
            {
                "name": "kiosk",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    path = Path(tempfile.gettempdir()) / f"kiosk-offscreen-{width}x{height}.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return f"offscreen:configfile={path}"


def run(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(*SCREEN_SIZE)
    os.environ.setdefault("KIOSK_NO_VOICE", "1")
    from kiosk.commands.run import demo_settings
    from kiosk.ui.tour import run_tour

    out: Path = args.screenshots
    out.mkdir(parents=True, exist_ok=True)
    settings = demo_settings()
    written = run_tour(settings, out)
    print(f"Demo data: {settings.data_dir}")
    print(f"Screenshots and PDFs in {out.resolve()}:")
    for path in written:
        print(f"  {path.name}")
    certificate = out / "certificate.pdf"
    own = f"KIOSK_DATA_DIR={settings.data_dir} KIOSK_DATABASE_URL={settings.effective_database_url}"
    print(f"Check the certificate: {own} kiosk verify {certificate}")
    return 0
