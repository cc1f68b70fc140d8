"""Settings: a TOML file in the platform config dir, overridden by KIOSK_* environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from kiosk.core.errors import KioskError

APP_NAME = "morning-coffee-kiosk"


@dataclass(frozen=True)
class Settings:
    ward_name: str = "Phường Bến Thành"
    kiosk_id: str = "kiosk-1"
    language: str = "vi"
    idle_seconds: int = 90
    countdown_seconds: int = 30
    console_idle_seconds: int = 600  # the volunteer console's own limit, then the PIN again
    printer: str = ""  # empty: the system default printer
    retention_days: int = 365
    neighbourhoods: tuple[str, ...] = field(
        default_factory=lambda: tuple(f"Khu phố {n}" for n in range(1, 7))
    )
    # The volunteer console's assistance log: kinds of real help given, counted by reports.
    assistance_categories: tuple[str, ...] = (
        "Kích hoạt VNeID mức 2",
        "Cài ví điện tử",
        "Nộp hồ sơ dịch vụ công",
        "Cài và dùng VssID",
        "Nhận diện cuộc gọi lừa đảo",
        "Khác",
    )
    curriculum_title: str = "Công dân số cơ bản"
    # Tutorials to pass in check mode for the programme certificate ("Kiểm tra").
    curriculum: tuple[str, ...] = (
        "vneid-activate-level2",
        "vneid-login-identity-qr",
        "ewallet-market-qr",
        "bank-transfer-vietqr",
        "public-service-application",
        "scam-police-call",
        "scam-otp-fee-qr",
        "everyday-ai-basics",
    )
    database_url: str = ""  # empty: SQLite in the data dir
    data_dir: Path = Path(user_data_dir(APP_NAME))

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'kiosk.sqlite3'}"

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "outbox"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"


def config_path() -> Path:
    if env := os.environ.get("KIOSK_CONFIG"):
        return Path(env)
    return Path(user_config_dir(APP_NAME)) / "settings.toml"


def demo_data_dir() -> Path:
    return Path(user_data_dir(APP_NAME)) / "demo"


def _coerce(name: str, value: object, default: object) -> object:
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise KioskError(f"settings: '{name}' must be a list of strings")
        return tuple(value)
    if isinstance(default, Path):
        if not isinstance(value, str):
            raise KioskError(f"settings: '{name}' must be a path string")
        return Path(value)
    if type(value) is not type(default):
        raise KioskError(f"settings: '{name}' must be {type(default).__name__}")
    return value


def load_settings(path: Path | None = None, *, data_dir: Path | None = None) -> Settings:
    """Read the TOML file (missing is fine), reject unknown keys, then apply env overrides."""
    path = path or config_path()
    base = Settings()
    values: dict[str, object] = {}
    if path.exists():
        import tomllib  # only a kiosk with a settings file pays for the TOML parser

        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise KioskError(f"settings file {path}: {exc}") from exc
        known = {f.name: getattr(base, f.name) for f in fields(Settings)}
        for key, value in raw.items():
            if key not in known:
                raise KioskError(f"settings file {path}: unknown key '{key}'")
            values[key] = _coerce(key, value, known[key])
    if data_dir is not None:
        values["data_dir"] = data_dir
    if env_dir := os.environ.get("KIOSK_DATA_DIR"):
        values["data_dir"] = Path(env_dir)
    if env_url := os.environ.get("KIOSK_DATABASE_URL"):
        values["database_url"] = env_url
    return replace(base, **values)  # type: ignore[arg-type]
