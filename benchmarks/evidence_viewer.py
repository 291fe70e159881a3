"""How the evidence viewer copes with a big picture: decode and verify, then paint it fitted.

Run by hand: ``QT_QPA_PLATFORM=offscreen python -m benchmarks.evidence_viewer``. It makes an
8000 × 6000 screenshot-like image, and measures loading (hash check, decode, halved copies) and
painting it fitted in a 1200 × 800 window, drawn from the pyramid and from the full image.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from moderator_app.store.blobs import BlobStore
    from moderator_app.store.queries import EvidenceRow
    from moderator_app.ui.evidence.canvas import Canvas
    from moderator_app.ui.evidence.loader import load

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        image = QImage(8000, 6000, QImage.Format.Format_RGB32)
        image.fill(QColor("#20242a"))
        painter = QPainter(image)
        for i in range(0, 8000, 40):
            painter.fillRect(i, (i * 7) % 6000, 30, 30, QColor.fromHsv(i % 360, 200, 230))
        painter.end()
        path = Path(tmp) / "big.png"
        image.save(str(path))
        store = BlobStore(Path(tmp) / "blobs")
        blob = store.put_file(path)
        row = EvidenceRow("x", "file", "big.png", blob.sha256, blob.size, "image/png", "", "", "", 0, None, None)
        started = time.perf_counter()
        result = load(store, row, 1)
        load_s = time.perf_counter() - started
        assert result.image is not None
        print(f"file {blob.size / 1e6:.1f} MB; verify + decode + pyramid: {load_s:.2f} s; "
              f"levels {[lvl.width() for lvl in result.levels]}")
        for label, levels in (("pyramid", result.levels), ("full image only", [])):
            canvas = Canvas()
            canvas.resize(1200, 800)
            canvas.show()
            canvas.set_content(result.image, levels, QSizeF(8000, 6000))
            app.processEvents()
            times = []
            for _ in range(10):
                t0 = time.perf_counter()
                canvas.viewport().grab()
                times.append(time.perf_counter() - t0)
            print(f"paint fitted ({label}): median {statistics.median(times) * 1000:.1f} ms")
            canvas.close()


if __name__ == "__main__":
    main()
