"""Hybrid logical clock (Kulkarni et al., 2014), packed into one sortable integer.

A stamp is ``physical_ms << 16 | counter``. Stamps from one device only grow; a stamp taken
after observing another device's event is greater than that event's, so "happened after" is
always "has a greater stamp", even across devices whose wall clocks disagree. Ties between
devices are broken by device id wherever an order is needed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(physical_ms: int, counter: int) -> int:
    return (physical_ms << COUNTER_BITS) | counter


def physical_ms(stamp: int) -> int:
    """The wall-clock part of a stamp: milliseconds since the Unix epoch, UTC."""
    return stamp >> COUNTER_BITS


def counter(stamp: int) -> int:
    return stamp & COUNTER_MASK


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues stamps for local events and absorbs stamps of remote ones."""

    def __init__(self, last: int = 0, now_ms: Callable[[], int] = wall_ms) -> None:
        self.last = last
        self._now_ms = now_ms

    def wall(self) -> int:
        """The clock's idea of now, in UTC milliseconds (simulated in demos and tests)."""
        return self._now_ms()

    def tick(self) -> int:
        """A stamp for a new local event, greater than every stamp seen so far."""
        pt = self._now_ms()
        last_pt = physical_ms(self.last)
        if pt > last_pt:
            self.last = pack(pt, 0)
        else:
            self.last = self._bump(last_pt, counter(self.last))
        return self.last

    def observe(self, remote: int) -> None:
        """Absorb a remote stamp so later local stamps come after it."""
        self.last = max(self.last, remote)

    @staticmethod
    def _bump(pt: int, c: int) -> int:
        if c >= COUNTER_MASK:  # 65,536 events in one millisecond: borrow the next millisecond
            return pack(pt + 1, 0)
        return pack(pt, c + 1)
