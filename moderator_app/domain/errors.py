"""Errors a person can act on, as opposed to bugs.

A ``UserError`` carries a message that says what happened and what to do; the command line
prints it on one line and exits 2, the GUI shows it in a dialog. Nothing has been changed
when one is raised from a service: the transaction is rolled back.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused action; the message is for people.

    ``str()`` is the English text. A refusal that also carries ``vi`` (and a stable ``code`` for
    scripts) is shown in the reader's language by ``text(lang)``; the others are still English
    only, and are being given their Vietnamese one by one.
    """

    exit_code = 2

    def __init__(self, message: str = "", *args: object, vi: str | None = None, code: str | None = None) -> None:
        super().__init__(message, *args)
        self.vi = vi
        self.code = code or _snake(type(self).__name__)

    def text(self, lang: str) -> str:
        """The message in ``lang`` (``vi`` or ``en``), English when no Vietnamese was given."""
        if lang != "en" and self.vi:
            return self.vi
        return str(self)


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


class NotFound(UserError):
    """A case, member, meeting or file that does not exist."""


class NotAllowed(UserError):
    """The action is not allowed: a workflow transition, or the member's role."""


class WorkspaceBusy(UserError):
    """Another process has the data directory open."""

    def __init__(self, message: str, folder: str = "", holder: str = "") -> None:
        super().__init__(message)
        self.folder = folder
        self.holder = holder


class DatabaseTooNew(UserError):
    """The database was written by a newer version of the application."""


class DatabaseDamaged(UserError):
    """The database failed its integrity check; it is left untouched."""


class DiskFull(UserError):
    """The disk that holds the workspace is full: nothing can be opened or written there."""


class WriteFailed(UserError):
    """A file or the database could not be written (a full disk, a read-only folder, no permission).

    Nothing was changed: the file under its final name, or the database, is as it was before.
    """
