"""Video and audio: played with QtMultimedia where the platform has a backend, with time marks.

QtMultimedia needs the platform's audio libraries (on Debian, ``libpulse0``); where it cannot be
loaded, or cannot play a file, the pane shows what is known of the file and offers to open it
with the system's player after a confirmation. The file is played from the blob store only after
its hash was verified.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSlider, QStackedWidget, QVBoxLayout, QWidget

from moderator_app.store.blobs import BlobError
from moderator_app.store.queries import AnnotationRow

from ..keys import portable_key
from ..plain_text import plain_label, rich_label
from .blob_device import BlobDevice
from .loader import Loaded
from .pane import Pane

log = logging.getLogger(__name__)

SKIP_MS = 5_000


@cache
def multimedia_problem() -> str | None:
    """``None`` if QtMultimedia can be used here, else why not."""
    try:
        from PySide6 import QtMultimedia, QtMultimediaWidgets  # noqa: F401
    except ImportError as exc:
        log.info("QtMultimedia is not available: %s", exc)
        return str(exc)
    return None


def clock_text(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class MediaPane(Pane):
    mark_kinds = ("time",)
    openExternally = Signal()

    def __init__(self, family: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.family = family
        self.player: Any = None
        self.audio: Any = None
        self.video: Any = None
        self._marks: list[AnnotationRow] = []
        self._duration = 0
        self._device: BlobDevice | None = None
        self.stack = QStackedWidget()
        self.fallback = QWidget()
        self.facts = rich_label()
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton(self.tr("Open with the system player…"))
        self.open_button.setAccessibleName(self.tr("Open with the system player"))
        self.open_button.clicked.connect(self.openExternally)
        fallback_layout = QVBoxLayout(self.fallback)
        fallback_layout.setContentsMargins(24, 24, 24, 24)
        fallback_layout.addWidget(self.facts)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        fallback_layout.addLayout(row)
        fallback_layout.addStretch(1)
        self.stack.addWidget(self.fallback)
        self.problem = multimedia_problem()
        if self.problem is None:
            self.stack.addWidget(self._build_player())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_player(self) -> QWidget:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        page = QWidget()
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.family == "video":
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video = QVideoWidget()
            self.video.setAccessibleName(self.tr("Video"))
            self.video.setStyleSheet("background: black;")
            self.player.setVideoOutput(self.video)
            layout.addWidget(self.video, 1)
        else:
            art = plain_label(self.tr("Audio recording"))
            art.setAlignment(Qt.AlignmentFlag.AlignCenter)
            art.setStyleSheet("QLabel { background: #202124; color: #e8eaed; font-size: 18px; }")
            layout.addWidget(art, 1)
        controls = QHBoxLayout()
        controls.setContentsMargins(8, 6, 8, 6)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setAccessibleName(self.tr("Play or pause"))
        self.play_button.setShortcut(portable_key("Space"))
        self.play_button.clicked.connect(self.toggle)
        back = QPushButton(self.tr("−5 s"))
        back.setAccessibleName(self.tr("Back five seconds"))
        back.clicked.connect(lambda: self.seek(self.player.position() - SKIP_MS))
        forward = QPushButton(self.tr("+5 s"))
        forward.setAccessibleName(self.tr("Forward five seconds"))
        forward.clicked.connect(lambda: self.seek(self.player.position() + SKIP_MS))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.sliderMoved.connect(self.seek)
        self.time_label = plain_label("00:00 / 00:00")
        self.time_label.setMinimumWidth(110)
        mark = QPushButton(self.tr("Mark this moment"))
        mark.setAccessibleName(self.tr("Mark this moment"))
        mark.setShortcut(portable_key("M"))
        mark.clicked.connect(self.mark_now)
        for w in (self.play_button, back, forward):
            controls.addWidget(w)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(mark)
        layout.addLayout(controls)
        self.player.durationChanged.connect(self._on_duration)
        self.player.positionChanged.connect(self._on_position)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(self._on_error)
        return page

    # --- loading ---------------------------------------------------------------------------

    def set_facts(self, html: str) -> None:
        self.facts.setText(html)

    def load(self, result: Loaded) -> None:
        if self.player is None or result.path is None:
            reason = self.problem or self.tr("the file could not be opened")
            self._show_fallback(self.tr("This computer cannot play media inside the application ({0}).")
                                .format(reason))
            return
        self.stack.setCurrentIndex(1)
        self._release_device()
        if result.sealed is not None and result.sha256 is not None:  # an encrypted workspace: decrypted as read
            try:
                self._device = BlobDevice.open_blob(result.sealed, result.sha256, self)
            except (OSError, BlobError) as exc:
                log.warning("cannot open sealed evidence %s: %s", result.sha256, exc)
                self._show_fallback(self.tr("This computer cannot play media inside the application ({0}).")
                                    .format(self.tr("the file could not be opened")))
                return
            self.player.setSourceDevice(self._device, QUrl.fromLocalFile(str(result.path)))
            return
        self.player.setSource(QUrl.fromLocalFile(str(result.path)))

    def _release_device(self) -> None:
        if self._device is not None:
            if self.player is not None:
                self.player.setSource(QUrl())
            self._device.close()
            self._device.deleteLater()
            self._device = None

    def _show_fallback(self, why: str) -> None:
        self.stack.setCurrentIndex(0)
        self.message.emit(why)

    def _on_error(self, _error: Any, text: str) -> None:
        log.info("media player error: %s", text)
        self._show_fallback(self.tr("The player cannot play this file: {0}").format(text))

    def _on_duration(self, ms: int) -> None:
        self._duration = int(ms)
        self.slider.setRange(0, int(ms))
        self._on_position(self.player.position())

    def _on_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(int(ms))
        self.time_label.setText(f"{clock_text(int(ms))} / {clock_text(self._duration)}")

    def _on_state(self, state: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def toggle(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def seek(self, ms: int) -> None:
        if self.player is not None:
            self.player.setPosition(max(0, min(int(ms), self._duration or int(ms))))

    def mark_now(self) -> None:
        if self.player is not None:
            self.drawn.emit("time", {"ms": int(self.player.position())})

    # --- marks -----------------------------------------------------------------------------

    def show_marks(self, marks: list[AnnotationRow], selected: str | None) -> None:
        self._marks = [m for m in marks if m.kind == "time"]

    def focus_mark(self, mark: AnnotationRow) -> None:
        self.seek(int(mark.geometry.get("ms", 0)))

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())
        self._release_device()
