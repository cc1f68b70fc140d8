"""Strict loading of tutorial YAML files, one at a time or as a catalog of folders.

Every error names the file, then the step (index and id) or screen, then the field:
``vneid.yaml: steps[3] (enter_otp).target: 'otp_box' is not on screen 'otp'``.
A catalog never raises for a broken file: it skips it and lists it in `problems`, so a
bad file added by a ward cannot stop the kiosk.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pydantic
import yaml

from kiosk.core.errors import KioskError
from kiosk.tutorials.schema import Tutorial

BUILTIN_DIR = Path(__file__).parent / "content"
PATTERNS = ("*.yaml", "*.yml")


class TutorialError(KioskError):
    """A tutorial file is unusable; `problems` holds one line per fault."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# libyaml's parser is ~15x faster than PyYAML's pure-Python one (the built-in lessons: ~1 s of
# every start); the constructor, and so the duplicate-key check, stays in Python either way.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """SafeLoader that refuses duplicate keys instead of silently keeping the last."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key '{key}'", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def ward_dir(data_dir: Path) -> Path:
    """Where a ward drops its own tutorial files."""
    return data_dir / "tutorials"


def load_tutorial(path: Path) -> Tutorial:
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise TutorialError([f"{path.name}: cannot read: {exc}"]) from exc
    loaded = _load_unchanged(path, stat.st_ino, stat.st_mtime_ns, stat.st_size)
    if isinstance(loaded, list):
        raise TutorialError(loaded)
    return loaded


@functools.lru_cache(maxsize=128)
def _load_unchanged(path: Path, _ino: int, _mtime_ns: int, _size: int) -> Tutorial | list[str]:
    """A file not changed since it was last read is not parsed again (the models are frozen):
    every kiosk window a process builds, and every test, shares the built-in lessons."""
    try:
        return _parse(path)
    except TutorialError as exc:
        return exc.problems


def _parse(path: Path) -> Tutorial:
    name = path.name
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)  # noqa: S506
    except (OSError, UnicodeDecodeError) as exc:
        raise TutorialError([f"{name}: cannot read: {exc}"]) from exc
    except yaml.YAMLError as exc:
        raise TutorialError([f"{name}: not valid YAML: {_one_line(exc)}"]) from exc
    if not isinstance(raw, dict):
        raise TutorialError([f"{name}: the file must be a mapping of keys (id, title, ...)"])
    try:
        return Tutorial.model_validate(raw)
    except pydantic.ValidationError as exc:
        raise TutorialError([f"{name}: {p}" for p in describe(exc, raw)]) from exc


def describe(exc: pydantic.ValidationError, raw: dict[str, Any]) -> list[str]:
    """Turn pydantic's errors into 'where: what' lines an author can act on."""
    lines: list[str] = []
    for error in exc.errors(include_url=False):
        message = str(error["msg"]).removeprefix("Value error, ")
        where = _where(tuple(error["loc"]), raw)
        if error["type"] == "missing":
            message = "is required"
        elif error["type"] == "extra_forbidden":
            message = "unknown key"
        lines += [f"{where}: {line}" if where else line for line in message.splitlines()]
    return lines


def _where(loc: tuple[Any, ...], raw: dict[str, Any]) -> str:
    text = ""
    node: Any = raw
    for previous, part in zip((None, *loc), loc, strict=False):
        if isinstance(part, int):
            text += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if text.startswith("steps[") and text.count("[") == 1 and isinstance(node, dict):
                text += f" ({node.get('id', '?')})"
            continue
        if isinstance(previous, int) and isinstance(node, dict) and node.get("type") == part:
            continue  # pydantic adds the discriminator tag to the path; authors don't write it
        text += f".{part}" if text else str(part)
        node = node.get(part) if isinstance(node, dict) else None
    return text


def _one_line(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None)
    if mark is None or problem is None:
        return " ".join(str(exc).split())
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"


@dataclass
class Catalog:
    """Loaded tutorials by id, in load order, plus the files that were skipped and why."""

    tutorials: dict[str, Tutorial] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    problems: list[tuple[Path, str]] = field(default_factory=list)

    def all(self) -> list[Tutorial]:
        return list(self.tutorials.values())

    def get(self, tutorial_id: str) -> Tutorial:
        try:
            return self.tutorials[tutorial_id]
        except KeyError:
            raise KeyError(f"no tutorial '{tutorial_id}'") from None


def tutorial_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted({p for pattern in PATTERNS for p in directory.glob(pattern)})


def load_catalog(dirs: Iterable[Path]) -> Catalog:
    """Load every tutorial in `dirs`; a missing folder is fine."""
    return load_files(p for d in dirs for p in tutorial_files(Path(d)))


def load_files(paths: Iterable[Path]) -> Catalog:
    """Load each file; broken files and repeated ids are skipped and listed in `problems`."""
    catalog = Catalog()
    for path in paths:
        try:
            tutorial = load_tutorial(path)
        except TutorialError as exc:
            catalog.problems += [(path, line) for line in exc.problems]
            continue
        if tutorial.id in catalog.tutorials:
            first = catalog.files[tutorial.id]
            message = f"{path.name}: id '{tutorial.id}' is already used by {first}; skipped"
            catalog.problems.append((path, message))
            continue
        catalog.tutorials[tutorial.id] = tutorial
        catalog.files[tutorial.id] = path
    return catalog
