"""Interface language: our translations and Qt's own (dialog buttons, context menus)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from moderator_app.resources import resource

_installed: list[QTranslator] = []
_state = {"lang": "en"}  # the interface's language, as last installed: what refusals are shown in


def interface_language() -> str:
    """``vi`` or ``en``: the language the window speaks now."""
    return _state["lang"]


def refusal_text(exc: BaseException) -> str:
    """What a person reads for ``exc``: a refusal in the interface's language, else its text."""
    from moderator_app.domain.errors import UserError

    if isinstance(exc, UserError):
        return exc.text(_state["lang"])
    return str(exc)


def install_translations(app: QApplication, lang: str) -> list[str]:
    """Load the catalogues for ``lang`` (vi or en); returns the files loaded."""
    _state["lang"] = "vi" if lang == "vi" else "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam if lang == "vi" else QLocale.Country.UnitedKingdom))
    loaded = []
    candidates = [resource("translations", f"moderator_{lang}.qm"), resource("translations", f"qtbase_{lang}.qm")]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates.append(__import__("pathlib").Path(qt_dir) / f"qtbase_{lang}.qm")
    seen_qtbase = False
    for path in candidates:
        if path.name.startswith("qtbase") and seen_qtbase:
            continue
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(path))
            seen_qtbase = seen_qtbase or path.name.startswith("qtbase")
    # The name the window system adds to every window's title: the product's name in this language.
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Digital Trust Moderator"))
    return loaded


def remove_translations(app: QApplication) -> None:
    """Take our catalogues out again: the interface shows its source (English) words."""
    _state["lang"] = "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    app.setApplicationDisplayName("Digital Trust Moderator")
