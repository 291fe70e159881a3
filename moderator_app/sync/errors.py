"""What can go wrong with a file of the shared folder, and what a round does about it."""

from __future__ import annotations

from moderator_app.domain.errors import UserError


class FolderError(UserError):
    """The folder is missing, unreadable, or not this committee's folder (the CLI exits 2)."""


class Incomplete(Exception):
    """A file still being copied (truncated, empty): skipped now, read again next round."""


class Refused(Exception):
    """A file that must not be applied: damaged, hostile, badly signed. The reason is for people.

    Like a ``UserError``: ``str()`` is the English reason, ``vi`` the Vietnamese one, and ``code``
    a stable name that ``sync --json`` prints, so scripts never depend on the wording.
    """

    def __init__(self, message: str, *, vi: str | None = None, code: str = "file_refused") -> None:
        super().__init__(message)
        self.vi = vi
        self.code = code

    def text(self, lang: str) -> str:
        """The reason in ``lang`` (``vi`` or ``en``), English when no Vietnamese was given."""
        if lang != "en" and self.vi:
            return self.vi
        return str(self)


def thousands(n: int, lang: str) -> str:
    """A count as the language writes it: 2,000 in English, 2.000 in Vietnamese."""
    text = f"{n:,}"
    return text if lang == "en" else text.replace(",", ".")
