"""What can go wrong with a file of the shared folder, and what a round does about it."""

from __future__ import annotations

from moderator_app.domain.errors import UserError


class FolderError(UserError):
    """The folder is missing, unreadable, or not this committee's folder (the CLI exits 2)."""


class Incomplete(Exception):
    """A file still being copied (truncated, empty): skipped now, read again next round."""


class Refused(Exception):
    """A file that must not be applied: damaged, hostile, badly signed. The reason is for people."""
