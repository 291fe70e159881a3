"""Identifiers that members create without asking anyone: device ids, entity ids, case refs.

Case references are read aloud in meetings, so they are short: the year and five characters of
Crockford's base 32 (no I, L, O or U to mishear), for example ``2026-K7Q3M``. Each workspace
draws them at random and re-draws on a local clash; the rare clash between two members is
settled deterministically when their events meet (see ``store.projection``).
"""

from __future__ import annotations

import random
import re
import secrets

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REF_CODE_LEN = 5
_REF_RE = re.compile(r"^(\d{4})-([0-9A-Z]{5})(?:-([0-9A-Z]{2}))?$")
_ENTITY_ID_LEN = 12
_os_random = secrets.SystemRandom()


def random_code(length: int, rng: random.Random | None = None) -> str:
    """``length`` random base-32 characters, from the OS (or from ``rng``, for repeatable demos)."""
    bits = (rng or _os_random).getrandbits(5 * length)
    chars = []
    for _ in range(length):
        chars.append(CROCKFORD[bits & 31])
        bits >>= 5
    return "".join(chars)


def new_device_id() -> str:
    """Ten base-32 characters: 50 random bits, plenty for a committee's devices."""
    return random_code(10).lower()


def new_entity_id(rng: random.Random | None = None) -> str:
    """A random id for a case, report, note, meeting...: 60 bits, unique without coordination."""
    return random_code(_ENTITY_ID_LEN, rng).lower()


def new_ref(year: int, rng: random.Random | None = None) -> str:
    return f"{year:04d}-{random_code(REF_CODE_LEN, rng)}"


def normalize_ref(text: str) -> str | None:
    """Accept a reference as people type it: any case, ``O`` for ``0``, ``I``/``L`` for ``1``.

    Returns the canonical form, or ``None`` if ``text`` is not shaped like a reference.
    """
    cleaned = text.strip().upper().replace(" ", "")
    if "-" in cleaned:
        year, _, rest = cleaned.partition("-")
        rest = rest.replace("O", "0").replace("I", "1").replace("L", "1")
        cleaned = f"{year}-{rest}"
    m = _REF_RE.match(cleaned)
    if not m:
        return None
    return cleaned


def ref_candidates(text: str, this_year: int, years_back: int = 10) -> list[str]:
    """The references ``text`` may mean, as a person types one: whole (``2026-8F1QQ``), with a
    space for the dash (``2026 8f1qq``), or the code alone (``8f1qq``), tried in the recent years
    that case references start with, newest first."""
    whole = normalize_ref(text)
    if whole is not None:
        return [whole]
    parts = text.split()
    if len(parts) == 2 and parts[0].isdigit() and len(parts[0]) == 4:
        spaced = normalize_ref(f"{parts[0]}-{parts[1]}")
        return [spaced] if spaced is not None else []
    if len(parts) == 1 and normalize_ref(f"{this_year}-{parts[0]}") is not None:
        return [r for y in range(this_year, this_year - years_back, -1)
                if (r := normalize_ref(f"{y}-{parts[0]}")) is not None]
    return []


def event_id(device_id: str, seq: int) -> str:
    """Events are named by their author device and sequence number: unique by construction."""
    return f"{device_id}.{seq}"
