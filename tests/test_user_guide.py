"""Help → User guide: a guide for members in their language, with pictures of the real windows."""

from __future__ import annotations

import pytest

from moderator_app.resources import resource
from moderator_app.ui.user_guide import PICTURE_WIDTH, UserGuide, guide_text, pictures

SECTIONS = {
    "vi": ["Sàng lọc hằng ngày", "chứng cứ và chú thích", "Một cuộc họp", "Đồng bộ", "Sao lưu"],
    "en": ["Daily triage", "evidence and marks", "A meeting", "Sync", "Backups"],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_guide_covers_the_day_in_the_readers_language(qtbot, lang: str) -> None:
    text = guide_text(lang)
    for section in SECTIONS[lang]:
        assert section in text
    shown = pictures(text)
    assert len(shown) >= 4 and all(name.endswith(f"-{lang}.png") for name in shown)
    for name in shown:
        assert resource("guide", name).is_file(), name
    dialog = UserGuide(lang)
    qtbot.addWidget(dialog)
    plain = dialog.browser.toPlainText()
    assert SECTIONS[lang][0] in plain and "Ctrl+K" in plain
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    image = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(shown[0]))
    assert image is not None and image.width() == PICTURE_WIDTH  # scaled to be read beside the text


def test_the_help_menu_opens_the_guide(qtbot, ws, monkeypatch) -> None:
    from moderator_app.ui.main_window import MainWindow

    opened: list[str] = []
    monkeypatch.setattr(UserGuide, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    window = MainWindow(ws, "en", remember_layout=False, sync_rounds=False)
    qtbot.addWidget(window)
    window.act_guide.trigger()
    assert opened == ["User guide"]
