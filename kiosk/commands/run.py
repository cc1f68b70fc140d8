"""`kiosk run` (the default): the kiosk full screen; `--demo` on the demo ward's data dir."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

from kiosk.core.config import demo_data_dir, load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("run", help="run the kiosk full screen (the default)")
    parser.add_argument("--windowed", action="store_true", help="a normal window, for development")
    parser.add_argument(
        "--demo", action="store_true", help="use the demo ward's data (seeded if empty)"
    )
    parser.set_defaults(func=run)


def demo_settings():  # type: ignore[no-untyped-def]
    """The demo's own SQLite database, in KIOSK_DATA_DIR or in the demo data dir kept apart
    from the real one; never the settings file's or KIOSK_DATABASE_URL's database."""
    from kiosk.core.logs import setup_logging
    from kiosk.services.demo import demo_only

    data_dir = None if os.environ.get("KIOSK_DATA_DIR") else demo_data_dir()
    settings = demo_only(load_settings(data_dir=data_dir))
    setup_logging(settings.data_dir)  # the demo logs into its own data dir
    logging.getLogger(__name__).info("kiosk demo started")
    return settings


def prepare_environment(*, virtual_keyboard: bool) -> None:
    """Environment Qt reads at start: the on-screen keyboard, a writable cache."""
    if virtual_keyboard:
        os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ.setdefault("XDG_CACHE_HOME", str(Path.home() / ".cache"))


def run(args: argparse.Namespace) -> int:
    settings = demo_settings() if args.demo else load_settings()
    offscreen = os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen")
    prepare_environment(virtual_keyboard=not offscreen)
    from kiosk.ui.kiosk import run_kiosk

    return run_kiosk(
        settings,
        full_screen=not args.windowed,
        services=lambda: load_services(settings, seed=args.demo),
    )


def load_services(settings, *, seed: bool):  # type: ignore[no-untyped-def]
    from kiosk.app import build_services
    from kiosk.services.demo import demo_only, seed_demo

    services = build_services(demo_only(settings) if seed else settings)
    if seed:
        seed_demo(services.session_factory, services.clock, settings.kiosk_id)
    return services
