"""The look: Fusion everywhere (the same on Windows, macOS and Linux), a light or dark palette
with the application's teal accent, the chosen font size, and a clearly visible keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QWidget

ACCENT = QColor("#1f7a6d")
ACCENT_LIGHT = QColor("#5cc2b1")

_FOCUS_SHEET = """
QAbstractItemView:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QSpinBox:focus, QDateEdit:focus, QDoubleSpinBox:focus {
    border: 2px solid %(focus)s;
}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {
    outline: 2px solid %(focus)s;
}
"""


class CompactTabs(QProxyStyle):
    """Fusion with tabs a little less padded: a case window's ten tabs then fit beside its summary
    on a 1366-pixel screen instead of hiding the last ones behind scroll arrows."""

    TAB_SPACE = 14  # Fusion's own is 24 pixels around each tab's text

    def pixelMetric(self, metric: QStyle.PixelMetric, option: object = None, widget: QWidget | None = None) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return self.TAB_SPACE
        return super().pixelMetric(metric, option, widget)  # type: ignore[arg-type]


def is_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#202326"), QColor("#17191b"), QColor("#e8eaed")
    disabled = QColor("#7c8288")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#24282b"))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#2b2f33"))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#2b2f33"))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
        p.setColor(group, QPalette.ColorRole.Highlight, ACCENT)
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.Link, ACCENT_LIGHT)
        p.setColor(group, QPalette.ColorRole.BrightText, QColor("#ff8a80"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, window)
    return p


def light_palette(app: QApplication) -> QPalette:
    p = app.style().standardPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Highlight, ACCENT)
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.Link, ACCENT)
    return p


def apply_theme(app: QApplication, theme: str = "system", font_size: int = 0) -> None:
    system_size = app.property("moderator_system_point_size")
    if not isinstance(system_size, int):  # the first time: the system's own size, to go back to
        system_size = app.font().pointSize()
        app.setProperty("moderator_system_point_size", system_size)
    font = app.font()
    font.setPointSize(font_size or system_size)
    if font != app.font():
        # With an application style sheet in place, Qt does not pass a new application font
        # on to the widgets of open windows: the sheet is taken off while the font changes.
        app.setStyleSheet("")
        app.setFont(font)
    if not isinstance(app.property("moderator_look"), str):
        base = QStyleFactory.create("Fusion")
        if base is not None:
            app.setStyle(CompactTabs(base))
            app.setProperty("moderator_look", "fusion")
    dark = is_dark(theme)
    app.setPalette(dark_palette() if dark else light_palette(app))
    focus = ACCENT_LIGHT.name() if dark else ACCENT.name()
    app.setStyleSheet(_FOCUS_SHEET % {"focus": focus})
    app.setProperty("moderator_dark", dark)
