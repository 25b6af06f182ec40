"""The laptop's camera as a scanner: QtMultimedia frames, decoded by the core with zxing-cpp.

Qt Multimedia comes with PySide6-Addons (not PySide6-Essentials): without it, or
without a camera, or when the system refuses access, the panel says so in one
line and the Check-in page works as before (scanner, paste or typing).
Every frame, real or fed by a test, goes through :meth:`CameraScanner.feed_image`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from organiser import framecodes

FRAME_INTERVAL_MS = 150  # decode at most ~7 frames a second: plenty for a held-up badge


def multimedia_available() -> bool:
    try:
        import PySide6.QtMultimedia  # noqa: F401
    except ImportError:
        return False
    return True


class CameraScanner(QWidget):
    """A camera view that emits ``code_read`` once per code held up to it."""

    code_read = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Camera status"))
        self.view: QWidget | None = None
        self.camera: Any = None
        self.session: Any = None
        self.debouncer = framecodes.Debouncer()
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last_ms = -FRAME_INTERVAL_MS
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.message)

    # -- the camera ------------------------------------------------------------------
    def start(self) -> bool:
        """Open the default camera; False (with the reason shown) when there is none."""
        if not framecodes.available():
            return self._say(
                self.tr("Reading codes needs the zxing-cpp package; scan or type instead.")
            )
        if not multimedia_available():
            return self._say(
                self.tr(
                    "The camera needs Qt Multimedia (the PySide6-Addons package); "
                    "scan with a USB scanner or type the name instead."
                )
            )
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            return self._say(
                self.tr("No camera found; scan with a USB scanner or type the name instead.")
            )
        self.camera = QCamera(device, self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        try:
            from PySide6.QtMultimediaWidgets import QVideoWidget

            view = QVideoWidget(self)
            self.layout().addWidget(view)
            self.view = view
            self.session.setVideoOutput(view)
            sink = view.videoSink()
        except ImportError:
            sink = QVideoSink(self)
            self.session.setVideoSink(sink)
        sink.videoFrameChanged.connect(self._frame)
        self.camera.errorOccurred.connect(self._camera_error)
        self.camera.start()
        self._say(self.tr("Hold the badge or the phone's ticket up to the camera."))
        return True

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()

    def _camera_error(self, _error: Any, text: str) -> None:
        self._say(
            self.tr("The camera cannot be used (%1); scan or type instead.").replace(
                "%1", text or self.tr("access refused")
            )
        )

    def _say(self, text: str) -> bool:
        self.message.setText(text)
        return False

    def _frame(self, frame: Any) -> None:
        if self._clock.elapsed() - self._last_ms < FRAME_INTERVAL_MS:
            return
        self._last_ms = self._clock.elapsed()
        image = frame.toImage()
        if not image.isNull():
            self.feed_image(image)

    # -- decoding (real frames and tests) -------------------------------------------
    def feed_image(self, image: QImage) -> list[str]:
        """Decode one frame; emit each code not seen in the last few seconds."""
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
        data = bytes(grey.constBits())[: grey.bytesPerLine() * grey.height()]
        try:
            codes = framecodes.decode_grey(data, grey.width(), grey.height(), grey.bytesPerLine())
        except Exception as exc:  # noqa: BLE001 - a bad frame must never stop the door
            self._say(self.tr("Could not read that frame (%1).").replace("%1", type(exc).__name__))
            return []
        fresh = [c for c in codes if self.debouncer.accept(c)]
        for code in fresh:
            self.code_read.emit(code)
        return fresh
