"""Errors a person can act on, as opposed to bugs.

A ``UserError`` carries a message that says what happened and what to do; the command line
prints it on one line and exits 2, the GUI shows it in a dialog. Nothing has been changed
when one is raised from a service: the transaction is rolled back.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused action; the message is for people.

    ``str()`` is the English text; ``vi`` is the Vietnamese one and ``code`` a stable name for
    scripts (``--json`` prints it), so wording can change without breaking them. ``text(lang)``
    gives the message in the reader's language. Every refusal the application raises carries all
    three (``tests/test_refusal_languages.py`` checks it); statuses, categories, outcomes and roles
    are named by their labels in each language, never by their codes.
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


def no_case(ref: str) -> NotFound:
    """The one refusal for a case reference that matches nothing here."""
    shown = ref.strip()
    return NotFound(f"no case {shown!r} in this workspace",
                    vi=f"không có hồ sơ {shown!r} trong không gian làm việc này", code="no_case")


class NotAllowed(UserError):
    """The action is not allowed: a workflow transition, or the member's role."""


class WorkspaceBusy(UserError):
    """Another process has the data directory open."""

    def __init__(self, message: str, folder: str = "", holder: str = "", *, vi: str | None = None,
                 code: str = "workspace_busy") -> None:
        super().__init__(message, vi=vi, code=code)
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
