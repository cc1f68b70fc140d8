#!/usr/bin/env python3
"""Collect every tr("Context", "text") call under kiosk/ into resources/translations/kiosk_vi.ts.

Existing translations are kept; new strings are added as unfinished; strings no longer in
the code are marked obsolete. Edit the .ts with Qt Linguist or by hand, then build the .qm
with scripts/build_translations.py (setup.sh does this).

    python scripts/update_translations.py          # update the .ts
    python scripts/update_translations.py --check  # exit 1 if any string lacks Vietnamese
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "kiosk_vi.ts"


def extract(root: Path = ROOT / "kiosk") -> dict[tuple[str, str], str]:
    """(context, source) -> 'file:line' of its first use."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and len(node.args) >= 2
                and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]
                )
            ):
                key = (node.args[0].value, node.args[1].value)  # type: ignore[union-attr]
                found.setdefault(key, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def read_ts(path: Path = TS) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    done: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            done[(name, message.findtext("source", ""))] = text
    return done


def write_ts(strings: dict[tuple[str, str], str], translations: dict[tuple[str, str], str]) -> None:
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for (ctx, source), where in sorted(strings.items()):
        if ctx not in contexts:
            contexts[ctx] = ET.SubElement(root, "context")
            ET.SubElement(contexts[ctx], "name").text = ctx
        message = ET.SubElement(contexts[ctx], "message")
        file, line = where.rsplit(":", 1)
        ET.SubElement(message, "location", filename=f"../../{file}", line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = translations.get((ctx, source), "")
        translation.text = text
        if not text:
            translation.set("type", "unfinished")
    ET.indent(root)
    TS.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def missing() -> list[str]:
    strings, translations = extract(), read_ts()
    return [
        f"{where}: [{ctx}] {src!r}"
        for (ctx, src), where in strings.items()
        if not translations.get((ctx, src))
    ]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = missing()
        print("\n".join(problems) or "all strings translated")
        return 1 if problems else 0
    write_ts(extract(), read_ts())
    print(f"wrote {TS.relative_to(ROOT)}; untranslated: {len(missing())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
