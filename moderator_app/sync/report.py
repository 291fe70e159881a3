"""What a sync round (or a package import) did: the same shape for the CLI, the GUI and the log."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import Refused


@dataclass(frozen=True, slots=True)
class Applied:
    file: str
    device: str
    first_seq: int
    last_seq: int
    events: int  # events new to this store


@dataclass(frozen=True, slots=True)
class Problem:
    """A file and why it was not applied. A refusal (``rejected``, ``forks``) also has its
    Vietnamese reason and a stable code; ``reason`` is always the English one."""

    file: str
    reason: str
    code: str = ""
    vi: str = ""

    def text(self, lang: str) -> str:
        """The reason in ``lang`` (``vi`` or ``en``), English when no Vietnamese was given."""
        return self.vi if lang != "en" and self.vi else self.reason

    @classmethod
    def refused(cls, file: str, refusal: Refused) -> Problem:
        return cls(file, str(refusal), refusal.code, refusal.vi or "")


@dataclass(frozen=True, slots=True)
class OpenConflict:
    kind: str  # case, member
    id: str
    ref: str | None  # a case's reference
    field: str
    values: tuple[Any, ...]  # the concurrent values, latest first


@dataclass
class RoundReport:
    source: str
    written: list[str] = field(default_factory=list)
    applied: list[Applied] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    pending: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)  # incomplete files, read again next round
    forks: list[Problem] = field(default_factory=list)  # also in ``rejected``
    # Files in ``rejected`` that an earlier round already refused (still in the folder, unchanged).
    rejected_before: list[str] = field(default_factory=list)
    # Events kept in the history but not applied: they name what a since-revoked device created.
    skipped_events: list[Problem] = field(default_factory=list)
    # Devices whose bundles are dated too far ahead of this computer's clock: device → ms ahead.
    clock_ahead: dict[str, int] = field(default_factory=dict)
    # How far ahead other members see this device's bundles dated (ms): this computer's clock is wrong.
    own_clock_ahead: int = 0
    conflicts: list[OpenConflict] = field(default_factory=list)
    new_conflicts: int = 0
    duplicates: int = 0

    @property
    def events_in(self) -> int:
        return sum(a.events for a in self.applied)

    @property
    def ok(self) -> bool:
        return not self.rejected

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The report as ``sync --json`` prints it: refusals carry their code and the reason in ``lang``."""
        return {
            "written": list(self.written),
            "applied": [
                {"file": a.file, "device": a.device, "first_seq": a.first_seq, "last_seq": a.last_seq,
                 "events": a.events}
                for a in self.applied
            ],
            "rejected": [{"file": p.file, "code": p.code, "reason": p.text(lang),
                          "earlier_round": p.file in self.rejected_before}
                         for p in self.rejected],
            "pending": [{"file": p.file, "reason": p.reason} for p in self.pending],
            "skipped": [{"file": p.file, "reason": p.reason} for p in self.skipped],
            "forks": [{"file": p.file, "code": p.code, "reason": p.text(lang)} for p in self.forks],
            "skipped_events": [{"file": p.file, "reason": p.reason} for p in self.skipped_events],
            "clock_ahead": [{"device": d, "ahead_ms": ms} for d, ms in sorted(self.clock_ahead.items())],
            "own_clock_ahead_ms": self.own_clock_ahead,
            "conflicts": [
                {"kind": c.kind, "id": c.id, "ref": c.ref, "field": c.field, "values": list(c.values)}
                for c in self.conflicts
            ],
        }

    def to_record(self) -> dict[str, Any]:
        """The report as the sync log keeps it: ``to_json`` in English, each refusal with its
        Vietnamese reason too (``reason_vi``), so the log shows it in either language."""
        data = self.to_json("en")
        for key, problems in (("rejected", self.rejected), ("forks", self.forks)):
            for entry, p in zip(data[key], problems, strict=True):
                entry["reason_vi"] = p.vi or p.reason
        return data


def recorded_reason(entry: dict[str, Any], lang: str) -> str:
    """A refusal's reason from a recorded round in ``lang``; rounds recorded before the reasons
    were bilingual have the English one only."""
    if lang != "en" and entry.get("reason_vi"):
        return str(entry["reason_vi"])
    return str(entry.get("reason", ""))
