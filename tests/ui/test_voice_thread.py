"""The voice's engine starts and lives on its own thread: the UI never waits for speechd."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject, Qt, QThread, QTimer
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.ui.voice import Voice

pytestmark = pytest.mark.qt_log_ignore("pipewire")


class SlowEngine:
    """A factory for Qt's mock engine that blocks for `seconds` first, as speechd was seen to."""

    def __init__(self, seconds: float = 0.0) -> None:
        self.seconds = seconds
        self.made_on: int | None = None
        self.qthread: QThread | None = None
        self.destroyed_on: list[int] = []

    def __call__(self, parent: QObject) -> QTextToSpeech:
        self.made_on = threading.get_ident()
        self.qthread = QThread.currentThread()
        time.sleep(self.seconds)
        tts = QTextToSpeech("mock", parent)
        tts.destroyed.connect(
            lambda: self.destroyed_on.append(threading.get_ident()),
            Qt.ConnectionType.DirectConnection,
        )
        return tts


@pytest.fixture
def make_voice(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("KIOSK_NO_VOICE", raising=False)
    made: list[Voice] = []

    def make(factory: SlowEngine) -> Voice:
        voice = Voice(factory=factory)
        voice.set_language("en")  # the mock engine has no Vietnamese voice
        made.append(voice)
        return voice

    yield make
    for voice in made:
        voice.shutdown()


def test_a_blocking_engine_start_leaves_the_ui_running_and_the_latest_say_is_spoken(
    make_voice, qtbot
):
    # given an engine whose construction blocks for 2 s, and a timer ticking on the UI thread
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    spoken: list[str] = []
    factory = SlowEngine(seconds=2.0)

    # when the kiosk makes its voice and says two instructions before the engine is ready
    voice = make_voice(factory)
    voice.spoken.connect(spoken.append)
    voice.say("Step one")
    voice.say("Step two")
    assert not voice.available
    with qtbot.waitSignal(voice.spoken, timeout=15_000):
        pass
    timer.stop()

    # then the UI thread kept turning while the engine started elsewhere
    assert factory.made_on not in (None, threading.get_ident())
    assert len(ticks) > 50, f"only {len(ticks)} timer ticks in 2 s: the UI thread was blocked"
    # and only the latest instruction was spoken once the engine was ready
    assert spoken == ["Step two"]
    assert voice.available


def test_stop_cancels_a_say_still_waiting_for_the_engine(make_voice, qtbot):
    spoken: list[str] = []
    voice = make_voice(SlowEngine(seconds=0.5))
    voice.spoken.connect(spoken.append)
    voice.say("Never say this")
    voice.stop()
    with qtbot.waitSignal(voice.ready, timeout=15_000):
        pass
    with qtbot.waitSignal(voice.spoken, timeout=5_000):
        voice.say("Say this")
    assert spoken == ["Say this"]


def test_shutdown_ends_the_thread_and_the_engine_dies_on_it(make_voice, qtbot):
    factory = SlowEngine()
    voice = make_voice(factory)
    with qtbot.waitSignal(voice.ready, timeout=15_000):
        pass
    voice.shutdown()
    assert factory.qthread.isFinished()
    assert factory.destroyed_on == [factory.made_on]
    assert factory.made_on != threading.get_ident()
    voice.say("sau khi tắt")  # after shutdown: quietly nothing
    assert voice.last_text == "sau khi tắt"


def test_kiosk_no_voice_makes_no_engine(monkeypatch, qtbot):
    monkeypatch.setenv("KIOSK_NO_VOICE", "1")
    factory = SlowEngine()
    voice = Voice(factory=factory)
    with qtbot.assertNotEmitted(voice.spoken, wait=300):
        voice.say("Xin chào")
    assert factory.made_on is None
    assert not voice.available and voice.rate is None


def test_the_kiosk_engine_is_made_through_qml_off_the_ui_thread(monkeypatch, qtbot):
    # given a voice as the kiosk makes it (no factory), on Qt's mock engine
    monkeypatch.delenv("KIOSK_NO_VOICE", raising=False)
    voice = Voice(engine="mock")
    voice.set_language("en")
    try:
        # when it says something before and after the engine is ready
        voice.say("Before")
        with qtbot.waitSignal(voice.spoken, timeout=15_000) as first:
            pass
        with qtbot.waitSignal(voice.spoken, timeout=5_000) as second:
            voice.say("After")
        # then both are spoken, and the rate set on the engine comes back
        assert (first.args, second.args) == (["Before"], ["After"])
        voice.set_slow(True)
        qtbot.waitUntil(lambda: voice.rate is not None and voice.rate < 0)
    finally:
        voice.shutdown()
