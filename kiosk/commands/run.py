"""`kiosk run` (the default): the kiosk full screen; `--demo` on the demo ward's data dir."""

from __future__ import annotations

import argparse
import os

from kiosk.core.config import demo_data_dir, load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("run", help="run the kiosk full screen (the default)")
    parser.add_argument("--windowed", action="store_true", help="a normal window, for development")
    parser.add_argument(
        "--demo", action="store_true", help="use the demo ward's data (seeded if empty)"
    )
    parser.set_defaults(func=run)


def demo_settings():  # type: ignore[no-untyped-def]
    """Settings on KIOSK_DATA_DIR, or on the demo data dir kept apart from the real one."""
    data_dir = None if os.environ.get("KIOSK_DATA_DIR") else demo_data_dir()
    return load_settings(data_dir=data_dir)


def run(args: argparse.Namespace) -> int:
    from kiosk.app import build_services, run_kiosk
    from kiosk.services.demo import seed_demo

    settings = demo_settings() if args.demo else load_settings()
    if args.demo:
        services = build_services(settings)
        seed_demo(services.session_factory, services.clock, settings.kiosk_id)
        services.engine.dispose()
    return run_kiosk(settings, windowed=args.windowed)
