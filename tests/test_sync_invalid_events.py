"""A member's own correctly signed but malformed events: refused by name, never stopping anyone.

Members run different versions of the application, and a device may have a bug or an owner acting
in bad faith: either way its signature is valid. Each malformed event below is one the issue
reports reaching the projection; each must be refused with its file and reason, leave the store
as it was, be reported again on the next round, and not hold up any other member's files.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import stat
import zipfile
from pathlib import Path

import pytest

from moderator_app.services.verify import verify
from moderator_app.store.database import raw_connection
from moderator_app.sync import importer

from .conftest import Cli
from .sync_support import case_everyone_holds, close_all, committee_copy, file_report, forge, propagate, store_state


@pytest.fixture
def trio(tmp_path: Path, tmp_path_factory):
    members = committee_copy(tmp_path_factory, tmp_path)
    yield members
    close_all(members)


def _update(case_id: str, changes: object) -> tuple[str, str, dict, str | None]:
    return ("case.updated", case_id, {"changes": changes}, case_id)


MALFORMED = {
    "unknown status": lambda c: _update(c, {"status": {"from": "received", "to": "burnt", "base": []}}),
    "changes not an object": lambda c: _update(c, "garbage"),
    "priority as words": lambda c: _update(c, {"priority": {"from": 3, "to": "very high", "base": []}}),
    "a merge written as an update": lambda c: _update(c, {"merged_into": {"to": c, "base": []}}),
    "empty report": lambda c: ("report.filed", "r3p0rt000001", {}, c),
    "empty influencer": lambda c: ("influencer.created", "1nflu3nc3r01", {}, None),
    "malformed evidence": lambda c: ("evidence.added", "3v1d3nc30001", {"sha256": "abc", "size": "big"}, c),
    "numeric note body": lambda c: ("note.added", "n0t3num3r1c1", {"body": 12345}, c),
    "note with no case": lambda c: ("note.added", "n0t3n0ca5e01", {"body": "không thuộc hồ sơ nào"}, None),
    "update of a case that does not exist": lambda c: _update(
        "n0such0ca5e1", {"priority": {"from": 3, "to": 1, "base": []}}),
    "huge number": lambda c: _update(c, {"priority": {"from": 3, "to": 10**100, "base": []}}),
}


@pytest.mark.parametrize("kind", sorted(MALFORMED))
def test_a_malformed_event_is_refused_by_name_and_the_rest_still_applies(trio, kind):
    chair, secretary, member = trio
    case_id = case_everyone_holds(trio)
    path = forge(secretary, [MALFORMED[kind](case_id)])
    good = file_report(member.ws, url="https://www.tiktok.com/@denvau/video/2")  # another member's honest work
    member.sync()
    propagate(secretary.view, chair.view)
    propagate(member.view, chair.view)
    before = store_state(chair.ws)

    report = chair.sync()

    rel = f"devices/{secretary.device}/bundles/{path.name}"
    assert [p.file for p in report.rejected] == [rel]
    reason = report.rejected[0].reason
    assert f"{secretary.device}." in reason and ("is not valid" in reason or "not here" in reason), reason
    assert "Thư ký Bình" in reason  # who should update, by name
    assert [a.device for a in report.applied] == [member.device]  # the honest file went in
    events, cases = store_state(chair.ws)
    assert set(before[0]) < set(events) and not any(e[0].startswith(f"{secretary.device}.") and e not in before[0]
                                                    for e in events)
    assert good.case_id in {c[0] for c in cases}
    # Every member can still read every case, and the store is sound.
    assert verify(chair.ws).ok
    # The refusal stays in sight on every round until the file is fixed or superseded.
    again = chair.sync()
    assert [p.file for p in again.rejected] == [rel] and again.rejected[0].reason == reason


def test_the_cases_list_still_works_after_a_refused_priority(trio):
    chair, secretary, _ = trio
    case_id = case_everyone_holds(trio)
    forge(secretary, [MALFORMED["priority as words"](case_id)])
    propagate(secretary.view, chair.view)
    chair.sync()
    chair.ws.close()
    result = Cli(chair.ws.root)("cases", "list", "--json")
    assert result.code == 0, result.err
    assert [c["priority"] for c in json.loads(result.out)] == ["normal"]


def test_a_file_from_a_newer_version_waits_for_an_update_instead_of_being_refused(trio, monkeypatch):
    chair, secretary, _ = trio
    case_id = case_everyone_holds(trio)
    forge(secretary, [_update(case_id, {"status": {"from": "received", "to": "escalated", "base": []}})])
    propagate(secretary.view, chair.view)
    # A status this version does not know, from a writer whose vocabulary is newer than this member's.
    monkeypatch.setattr(importer, "VOCABULARY", 0)
    report = chair.sync()
    assert not report.rejected
    assert len(report.pending) == 1 and "newer version" in report.pending[0].reason
    assert "update the application" in report.pending[0].reason


def test_verify_names_a_value_an_older_version_let_in(trio):
    chair = trio[0]
    case_everyone_holds(trio)
    with chair.ws.db.write() as conn:
        raw_connection(conn).execute("UPDATE cases SET priority = 'very high'")
    report = verify(chair.ws)
    assert any("table cases" in p and "priority" in p and "very high" in p for p in report.problems), report.problems


def test_a_file_refused_by_an_older_version_is_judged_again_after_an_update(trio, monkeypatch):
    chair, secretary, _ = trio
    case_id = case_everyone_holds(trio)
    forge(secretary, [_update(case_id, {"status": {"from": "received", "to": "triage", "base": []}})])
    propagate(secretary.view, chair.view)
    from moderator_app.store.projection import schema

    real = schema.SCHEMAS["case.updated"]
    monkeypatch.setitem(schema.SCHEMAS, "case.updated", schema.SCHEMAS["note.added"])  # an old version's idea
    assert chair.sync().rejected
    monkeypatch.setitem(schema.SCHEMAS, "case.updated", real)
    assert chair.sync().rejected  # same version: the verdict stands, and is shown again
    monkeypatch.setattr(importer, "__version__", "99.0")  # the member updates the application
    report = chair.sync()
    assert report.rejected == [], report.rejected[0].reason
    assert [a.device for a in report.applied] == [secretary.device]


# --- clocks --------------------------------------------------------------------------------------

FIFTY_YEARS_MS = 50 * 365 * 24 * 3600 * 1000


def test_a_bundle_dated_years_ahead_is_held_and_its_author_is_told(trio, monkeypatch):
    from moderator_app.cli.common import Output
    from moderator_app.cli.sync import print_report
    from moderator_app.domain.hlc import pack, physical_ms, wall_ms

    chair, secretary, member = trio
    case_id = case_everyone_holds(trio)
    future = pack(wall_ms() + FIFTY_YEARS_MS, 0)
    forge(secretary, [_update(case_id, {"priority": {"from": 3, "to": 1, "base": []}})], hlc=future)
    propagate(secretary.view, chair.view)

    report = chair.sync()

    assert report.applied == [] and report.rejected == []
    assert len(report.pending) == 1 and "ahead of this computer's clock" in report.pending[0].reason
    assert report.clock_ahead[secretary.device] > FIFTY_YEARS_MS - 3600_000
    assert physical_ms(chair.ws.clock.last) < wall_ms() + 60_000  # this member's clock is untouched
    assert physical_ms(chair.ws.clock.tick()) < wall_ms() + 60_000
    # The member whose clock is wrong hears of it on their next round.
    propagate(chair.view, secretary.view)
    own = secretary.sync()
    assert own.own_clock_ahead > FIFTY_YEARS_MS - 3600_000
    out = io.StringIO()
    print_report(own, argparse.Namespace(json=False), Output(lang="vi", stdout=out))
    assert "đồng hồ máy này chạy nhanh khoảng 50 năm" in out.getvalue()
    assert json.loads(json.dumps(own.to_json()))["own_clock_ahead_ms"] == own.own_clock_ahead
    # The third member, whose clock is right, is not warned.
    propagate(chair.view, member.view)
    assert member.sync().own_clock_ahead == 0
    # When that date comes (here: the chair's clock reaches it), the bundle applies.
    later = wall_ms() + FIFTY_YEARS_MS + 3600_000
    monkeypatch.setattr(chair.ws.clock, "_now_ms", lambda: later)
    assert [a.device for a in chair.sync().applied] == [secretary.device]


def test_a_bundle_an_hour_ahead_is_still_applied(trio):
    """Laptop clocks set by hand differ by minutes: that is no reason to hold anyone's work."""
    from moderator_app.domain.hlc import pack, wall_ms

    chair, secretary, _ = trio
    case_id = case_everyone_holds(trio)
    forge(secretary, [_update(case_id, {"priority": {"from": 3, "to": 1, "base": []}})],
          hlc=pack(wall_ms() + 50 * 60_000, 0))
    propagate(secretary.view, chair.view)
    assert [a.device for a in chair.sync().applied] == [secretary.device]


# --- what is kept of refused files ---------------------------------------------------------------


def test_a_junk_file_touched_every_round_is_quarantined_once(trio):
    chair, secretary, _ = trio
    junk = chair.view / "devices" / secretary.device / "bundles" / "0000000009-0000000009.zip"
    junk.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(junk, "w") as z:  # a whole zip, but no bundle: refused, not "still arriving"
        z.writestr("readme.txt", "x" * 200_000)
    folder = chair.ws.root / "sync" / "quarantine"
    for round_ in range(4):
        os.utime(junk, ns=(junk.stat().st_atime_ns, junk.stat().st_mtime_ns + 10**9 * (round_ + 1)))
        report = chair.sync()
        assert [p.file for p in report.rejected] == [junk.relative_to(chair.view).as_posix()]
    copies = [p for p in folder.iterdir() if not p.name.endswith(".reason.txt")]
    assert len(copies) == 1 and copies[0].read_bytes() == junk.read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX's")
def test_the_sync_archive_is_readable_by_its_owner_only(trio):
    chair = trio[0]
    case_everyone_holds(trio)
    archive = chair.ws.root / "sync" / "bundles"
    files = [p for p in archive.rglob("*") if p.is_file()]
    folders = [archive, *(p for p in archive.rglob("*") if p.is_dir())]
    assert files and folders
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o600}
    assert {stat.S_IMODE(p.stat().st_mode) for p in folders} == {0o700}


@pytest.mark.parametrize("value", ['"1"', "1.5", "true", "-1", "1" + "0" * 400, "null", "[1]"])
def test_a_package_with_a_bad_format_field_is_refused_by_name(trio, tmp_path, value):
    from moderator_app.domain.errors import UserError
    from moderator_app.sync.package import export_package, import_package

    chair, _, member = trio
    case_everyone_holds(trio)
    good = tmp_path / "goi.zip"
    export_package(chair.ws, good)
    bad = tmp_path / "goi-hong.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "package.json":
                data = re.sub(rb'"format":\s*1', b'"format": ' + value.encode(), data)
            dst.writestr(info, data)
    with pytest.raises(UserError) as caught:
        import_package(member.ws, bad)
    message = str(caught.value)
    assert "goi-hong.zip" in message and "format" in message and "int" not in message.replace("intro", "")


def test_the_schema_allows_empty_values_exactly_where_the_tables_do():
    """An update the schema lets through must fit its column, or the projection stops on it."""
    from moderator_app.store.events import Event
    from moderator_app.store.models import Base
    from moderator_app.store.projection.fields import KINDS
    from moderator_app.store.projection.schema import FIELD_TYPES, InvalidEvent, check_event

    disagree = []
    for kind, spec in KINDS.items():
        table = Base.metadata.tables[spec.table]
        for name, field in spec.fields.items():
            if name not in FIELD_TYPES[kind]:
                continue  # changed only by its own event (a merge), never by an update
            event_type = {"agenda": "agenda.recommended", "account": "influencer.account_updated",
                          "annotation": "annotation.edited", "takedown": "takedown.answered"}.get(
                kind, f"{kind}.updated")
            payload: dict = {"changes": {name: {"to": None}}}
            if kind == "account":
                payload["account"] = "acc0unt00001"
            ev = Event("d3v1c3000001", 1, 1, "m3mb3r000001", event_type, "3nt1ty000001",
                       "ca5e00000001" if kind in ("case", "takedown") else None, payload, "0" * 64)
            try:
                check_event(ev)
                accepted = True
            except InvalidEvent:
                accepted = False
            if accepted != table.c[field.column].nullable:
                disagree.append(f"{kind}.{name}")
    assert disagree == []
