"""Telling a member that their computer's clock is wrong, through the shared folder.

A receiver holds bundles dated too far ahead of its own clock (``importer._check_clock``); the
member whose clock is wrong would never know. So each device writes, in its own folder, the
devices whose bundles it holds for that reason, and each round reads the others' notes for its
own device id. The notes are unsigned and only ever produce a warning: a forged one can say
"your clock is wrong", nothing more.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from moderator_app.domain.hlc import wall_ms

from . import untrusted
from .layout import DEVICE_ID, DEVICES, device_dir, write_atomic

log = logging.getLogger(__name__)

NOTES = "clock-notes.json"
MAX_NOTES = 64 * 1024
FRESH_MS = 7 * 24 * 3600 * 1000  # a note older than a week is about a clock since put right, or gone


def write_notes(folder: Path, me: str, ahead: dict[str, int]) -> None:
    """Record (or clear) which devices' bundles this device holds as dated too far ahead."""
    path = device_dir(folder, me) / NOTES
    try:
        if ahead:
            body = {"device": me, "written_at": wall_ms(), "ahead_ms": dict(sorted(ahead.items()))}
            write_atomic(path, json.dumps(body, sort_keys=True).encode("utf-8"))
        elif path.is_file():
            path.unlink()
    except OSError as exc:  # advisory only: the round's own work is done
        log.warning("could not write %s: %s", path, exc)


def others_see_me_ahead(folder: Path, me: str) -> int:
    """How far ahead other devices see this device's bundles dated (ms); 0 when none says so."""
    devices = folder / DEVICES
    worst = 0
    if not devices.is_dir():
        return 0
    now = wall_ms()
    for device in sorted(devices.iterdir()):
        if device.name == me or not DEVICE_ID.match(device.name):
            continue
        path = device / NOTES
        try:
            if not path.is_file() or path.stat().st_size > MAX_NOTES:
                continue
            data = untrusted.loads(path.read_bytes())
        except (OSError, ValueError, UnicodeDecodeError):
            continue
        if not isinstance(data, dict) or not isinstance(data.get("ahead_ms"), dict):
            continue
        written = data.get("written_at")
        if not isinstance(written, int) or isinstance(written, bool) or abs(now - written) > FRESH_MS:
            continue
        value = data["ahead_ms"].get(me)
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**62:
            worst = max(worst, value)
    return worst
