"""Every string the UI shows through tr() has a Vietnamese translation, and the .qm loads."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_string_has_a_vietnamese_translation():
    assert _script().missing() == []


def test_strings_are_found_at_all():
    assert len(_script().extract()) > 50


def test_compiled_translation_switches_the_language(qapp):
    from kiosk.ui.i18n import Translations, tr

    translations = Translations()
    translations.use("vi")
    try:
        assert tr("Shell", "Call a volunteer") == "Gọi tình nguyện viên"
    finally:
        translations.use("en")
    assert tr("Shell", "Call a volunteer") == "Call a volunteer"
