"""Captured web pages, shown as inert documents: no script runs, nothing is fetched.

``QTextBrowser`` has no script engine, so a page's ``<script>`` is never executed (its text is
not even shown). Every resource the page refers to (images, style sheets, tracking pixels,
relative paths that could point at local files) goes through ``SafeBrowser.loadResource``, which
serves only ``data:`` URLs embedded in the capture and refuses everything else, so opening a
capture cannot tell its author that it was opened, nor read anything from this computer. Links
are not followed; the address is shown instead.
"""

from __future__ import annotations

import base64
import binascii
import html
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..plain_text import as_text, plain_label
from .loader import Loaded
from .text_pane import TextPaneBase

MAX_DATA_URL = 20 * 1024 * 1024
DROPPED_WITH_CONTENT = {"script", "iframe", "object", "embed", "applet", "frameset", "frame", "template", "svg"}
DROPPED_TAGS = {"link", "meta", "base", "noscript", "form", "input", "button", "select", "textarea"}
VOID = {"area", "br", "col", "hr", "img", "wbr", "source", "track", "param"}


class _Inert(HTMLParser):
    """Re-writes a page without what only a browser would act on (see ``inert_html``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipping: list[str] = []
        self.in_style = False

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.append(tag)
            return
        if tag in DROPPED_WITH_CONTENT:
            self.skipping.append(tag)
            return
        if tag in DROPPED_TAGS:
            return
        kept = [
            f' {name}="{html.escape(value or "", quote=True)}"'
            for name, value in attrs
            if not name.startswith("on") and not (value or "").strip().lower().startswith(("javascript:", "vbscript:"))
        ]
        self.out.append(f"<{tag}{''.join(kept)}>")
        self.in_style = tag == "style"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in DROPPED_TAGS or tag in DROPPED_WITH_CONTENT or tag in VOID:
            return
        self.in_style = False
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # Style sheets are raw text (the parser ends them at "</style"); the rest is escaped.
            self.out.append(data if self.in_style else html.escape(data, quote=False))


def inert_html(text: str) -> str:
    """The page without scripts, frames, plug-ins, forms, ``<link>``, ``<meta>`` and ``<base>``,
    and without event-handler attributes or ``javascript:`` addresses.

    Qt would not run any of it; removing it keeps the page's text from being swallowed by tags
    Qt's parser does not know (a ``<link>`` in the body hides everything after it) and leaves
    nothing that could act if the page were ever opened by something else.
    """
    parser = _Inert()
    parser.feed(text)
    parser.close()
    return "".join(parser.out)


def decode_data_url(url: str) -> tuple[str, bytes] | None:
    """``(media type, bytes)`` of a ``data:`` URL, or ``None`` if it is malformed or too big."""
    if not url.startswith("data:") or "," not in url or len(url) > MAX_DATA_URL * 2:
        return None
    header, _, body = url[5:].partition(",")
    media = header.split(";", 1)[0] or "text/plain"
    try:
        data = base64.b64decode(body, validate=False) if header.endswith(";base64") else unquote_to_bytes(body)
    except (binascii.Error, ValueError):
        return None
    return (media, data) if len(data) <= MAX_DATA_URL else None


class SafeBrowser(QTextBrowser):
    """A ``QTextBrowser`` that loads no resource but those embedded as ``data:`` URLs.

    Qt asks for resources lazily, as the page is laid out and painted, so ``resourceBlocked``
    tells when another refusal happened.
    """

    resourceBlocked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.blocked: list[str] = []  # every refused resource, in the order the page asked for them
        self.served: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        if text.startswith("data:"):
            decoded = decode_data_url(text)
            if decoded is not None:
                media, data = decoded
                self.served.append(text[:64])
                if int(kind) == int(QTextDocument.ResourceType.ImageResource) or media.startswith("image/"):
                    image = QImage.fromData(data)
                    return None if image.isNull() else image
                return data.decode("utf-8", errors="replace")
        if text not in self.blocked:
            self.blocked.append(text)
            self.resourceBlocked.emit(text)
        return None


class HtmlPane(TextPaneBase):
    family = "html"

    def __init__(self, parent: QWidget | None = None) -> None:
        browser = SafeBrowser()
        browser.setAccessibleName(self.tr("Captured web page"))
        super().__init__(browser, parent)
        self.browser = browser
        self.banner = plain_label()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #e8f0fe; color: #174ea6; padding: 6px 10px; }")
        self.banner.setAccessibleName(self.tr("Safety notice"))
        self.top.addWidget(self.banner)
        self.top.addWidget(browser, 1)
        self._banner_timer = QTimer(self, singleShot=True, interval=0)
        self._banner_timer.timeout.connect(self._update_banner)
        browser.resourceBlocked.connect(lambda _url: self._banner_timer.start())
        browser.anchorClicked.connect(self._on_link)
        browser.highlighted.connect(lambda url: self.message.emit(url.toString() if isinstance(url, QUrl) else url))

    def load(self, result: Loaded) -> None:
        assert result.text is not None
        self.browser.blocked.clear()
        self.browser.served.clear()
        self.browser.setHtml(inert_html(result.text))
        self.set_text_loaded()
        self.browser.document().size()  # lay the page out now, so its resources are asked for
        self._update_banner()
        title = self.browser.documentTitle()
        if title:
            self.message.emit(self.tr("Page title: {0}").format(title))

    def _update_banner(self) -> None:
        blocked = self.browser.blocked
        if blocked:
            notice = self.tr("Shown as a safe capture: scripts do not run, and {0} outside resource(s) (images, "
                             "trackers, style sheets) were blocked.").format(len(blocked))
        else:
            notice = self.tr("Shown as a safe capture: scripts do not run and nothing is loaded from outside.")
        self.banner.setText(notice)
        self.banner.setToolTip(as_text("\n".join(blocked)))

    def _on_link(self, url: QUrl) -> None:
        self.message.emit(self.tr("Link (not opened): {0}").format(url.toString()))
