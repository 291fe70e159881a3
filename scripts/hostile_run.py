"""A hostile-input campaign: many malformed inputs of each class, fed to the application the way a
member meets them, counted by how each was met.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/hostile_run.py [--per-class N] [--seed S] [--json]

Classes: spreadsheets (mutated copies of a real hotline workbook and CSV, and random bytes),
evidence files (mutated images, PDFs, zips, names of executable types), sync bundles (mutated
bytes of a real bundle, and correctly signed events of every type with hostile payloads), key
files (forged and malformed keys beside a real bundle), sync packages (mutated packages).

Each input is *refused cleanly* when the command exits 0 or 2 with its message (a rejected row, a
refused file named with its reason) and the store is sound afterwards (`verify` passes); a *defect*
is an exit 70 (an internal error), an exception, more than 20 seconds, a store `verify` finds
wrong, or a reporter's name shown wrong. Nothing here is a test: it prints the figures.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import os
import random
import shutil
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from moderator_app.cli import build_parser, run  # noqa: E402
from moderator_app.cli.common import Output  # noqa: E402

DATA = ROOT / "tests" / "data"
SLOW_S = 20.0


class Tally:
    def __init__(self) -> None:
        self.tried: Counter[str] = Counter()
        self.clean: Counter[str] = Counter()
        self.defects: dict[str, list[str]] = {}
        self.outcomes: dict[str, Counter[str]] = {}

    def record(self, cls: str, label: str, ok: bool, why: str = "") -> None:
        self.tried[cls] += 1
        if ok:
            self.clean[cls] += 1
        else:
            self.defects.setdefault(cls, []).append(f"{label}: {why}")


def cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        args = build_parser().parse_args(["--data-dir", str(data_dir), "--lang", "en", *argv])
    except SystemExit as exc:
        return int(exc.code or 0), "", ""
    code = run(args, Output(stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One of: flipped bytes, a cut, a repeated run, inserted junk, zeroed bytes."""
    b = bytearray(data)
    kind = rng.randrange(5)
    if not b:
        return bytes(rng.randbytes(rng.randrange(1, 64)))
    if kind == 0:
        for _ in range(rng.randrange(1, 40)):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    elif kind == 1:
        b = b[: rng.randrange(len(b))]
    elif kind == 2:
        i = rng.randrange(len(b))
        b[i:i] = b[i: i + rng.randrange(1, 200)] * rng.randrange(2, 50)
    elif kind == 3:
        i = rng.randrange(len(b))
        b[i:i] = rng.randbytes(rng.randrange(1, 500))
    else:
        i = rng.randrange(len(b))
        b[i: i + rng.randrange(1, 300)] = bytes(min(300, len(b) - i))
    return bytes(b)


def mutate_zip_member(data: bytes, rng: random.Random) -> bytes:
    """A zip with one member's content mutated (the XML of a workbook, a bundle's events)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    victim = rng.choice(names)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for n in names:
            content = src.read(n)
            dst.writestr(n, mutate(content, rng) if n == victim else content)
    return out.getvalue()


def sound(data_dir: Path) -> tuple[bool, str]:
    code, out, err = cli(data_dir, "verify", "--json")
    if code == 0:
        return True, ""
    return False, f"verify exit {code}: {(out + err)[-300:]}"


def _outcome(code: int, out: str) -> str:
    """How an input was met: the command refused it (with its code), rows or files rejected with their
    reasons, or taken (exit 0: stored as evidence, applied, or waiting for what it needs)."""
    try:
        body = json.loads(out) if out.strip() else {}
    except ValueError:
        body = {}
    if isinstance(body, dict) and body.get("error"):
        return f"refused ({body['error'].get('code')})"
    if isinstance(body, dict) and body.get("rejected"):
        return "rejected with reasons (rows, or files by name)"
    return f"exit {code}"


def judge(t: Tally, cls: str, label: str, fn: Callable[[], tuple[int, str, str]], data_dir: Path) -> None:
    started = time.perf_counter()
    try:
        code, out, err = fn()
    except Exception as exc:
        t.record(cls, label, False, f"{type(exc).__name__}: {exc}")
        return
    took = time.perf_counter() - started
    t.outcomes.setdefault(cls, Counter())[_outcome(code, out)] += 1
    if code not in (0, 1, 2):
        t.record(cls, label, False, f"exit {code}: {(out + err)[-300:]}")
        return
    if took > SLOW_S:
        t.record(cls, label, False, f"took {took:.0f} s")
        return
    ok, why = sound(data_dir)
    t.record(cls, label, ok, why)


# --- the classes ---------------------------------------------------------------------------------

def spreadsheets(t: Tally, work: Path, n: int, rng: random.Random) -> None:
    data_dir = work / "sheets"
    cli(data_dir, "report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud")
    xlsx = (DATA / "hotline-2026-10.xlsx").read_bytes()
    csv = (DATA / "hotline-2026-10.csv").read_bytes()
    for i in range(n):
        pick = rng.randrange(4)
        if pick == 0:
            data, suffix = mutate_zip_member(xlsx, rng), ".xlsx"
        elif pick == 1:
            data, suffix = mutate(xlsx, rng), ".xlsx"
        elif pick == 2:
            data, suffix = mutate(csv, rng), ".csv"
        else:
            data, suffix = rng.randbytes(rng.randrange(0, 5000)), rng.choice([".xlsx", ".csv"])
        f = work / f"sheet-{i}{suffix}"
        f.write_bytes(data)
        judge(t, "spreadsheets", f.name, lambda f=f: cli(data_dir, "reports", "import", str(f), "--json"), data_dir)


def evidence_files(t: Tally, work: Path, n: int, rng: random.Random) -> None:
    data_dir = work / "evidence"
    _, out, _ = cli(data_dir, "report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok",
                    "--category", "fraud", "--json")
    ref = json.loads(out)["ref"]
    seeds = [p.read_bytes() for p in sorted((DATA / "evidence").iterdir()) if p.is_file()][:12]
    names = [".png", ".jpg", ".pdf", ".mp4", ".html", ".hta", ".zip", ".exe", ".txt", ".webp", ""]
    for i in range(n):
        base = rng.choice(seeds) if seeds else b""
        data = mutate(base, rng) if rng.random() < 0.8 else rng.randbytes(rng.randrange(0, 4000))
        f = work / f"bằng-chứng-{i}{rng.choice(names)}"
        f.write_bytes(data)
        judge(t, "evidence files", f.name, lambda f=f: cli(data_dir, "evidence", "add", ref, str(f), "--json"),
              data_dir)


def _committee(work: Path) -> tuple[object, object]:
    sys.path.insert(0, str(ROOT))
    from tests.sync_support import make_committee

    members = make_committee(work / "committee")
    return members[0], members[-1]


HOSTILE_VALUES: list[object] = [None, "", "x" * 20_000, -1, 2**70, 1.5, True, [], {}, {"from": 1}, "\x00\x1b[31m",
                                "<img src=file:///etc/passwd>", ["a"] * 3, {"key": "k", "nonce": "!", "data": "?"}]


def sync_files(t: Tally, work: Path, n: int, rng: random.Random) -> None:
    from moderator_app.domain.enums import Category, Platform
    from moderator_app.services import reports
    from moderator_app.store.projection.schema import SCHEMAS
    from tests.sync_support import forge, propagate

    chair, member = _committee(work)
    reports.file_report(member.ws, reports.ReportInput("Đen Vâu", Platform.TIKTOK, Category.FRAUD,
                                                       reporter="Nguyễn Thị Hoa · 0912 345 678"))
    member.sync()
    propagate(member.view, chair.view)
    chair.sync()
    bundles = member.view / "devices" / member.device / "bundles"
    good = sorted(bundles.glob("*.zip"))[-1].read_bytes()
    with member.ws.db.read() as conn:
        from moderator_app.store.database import raw_connection

        nxt = raw_connection(conn).execute("SELECT max(seq) FROM events WHERE device_id = ?",
                                           (member.device,)).fetchone()[0] + 1
    types = sorted(SCHEMAS)
    chair_dir = chair.ws.root
    chair.ws.close()
    snapshot = work / "snapshot"
    shutil.copytree(chair_dir, snapshot / "ws", ignore=shutil.ignore_patterns("moderator-app.lock"))
    shutil.copytree(chair.view, snapshot / "view")
    for i in range(n):
        # Every file meets the same committee: the chair's workspace and folder as they were.
        shutil.rmtree(chair_dir)
        shutil.rmtree(chair.view)
        shutil.copytree(snapshot / "ws", chair_dir)
        shutil.copytree(snapshot / "view", chair.view)
        if i % 2 == 0:  # the bytes of a real bundle, mutated, as the device's next file
            data = mutate_zip_member(good, rng) if rng.random() < 0.5 else mutate(good, rng)
            target = chair.view / "devices" / member.device / "bundles" / f"{nxt:010d}-{nxt:010d}.zip"
            target.write_bytes(data)
            label = f"bundle-{i} (mutated bytes)"
        else:  # correctly signed by the member's own key, with a hostile payload
            type_ = rng.choice(types)
            payload = {rng.choice(["changes", "reporter", "sealed", "keys", "evidence", "months", "name", "status",
                                   "sha256", "reason", "rule", "value"]): rng.choice(HOSTILE_VALUES)
                       for _ in range(rng.randrange(0, 4))}
            forge(member, [(type_, rng.choice(["c4s3000001", "x", "3v1d3nc30001", "reporters"]), payload,
                            rng.choice([None, "c4s3000001"]))], folder=chair.view)
            label = f"bundle-{i} ({type_}, signed)"
        judge(t, "sync files", label, lambda: cli(chair_dir, "sync", "--folder", str(chair.view), "--json"),
              chair_dir)
    member.ws.close()


def key_files(t: Tally, work: Path, n: int, rng: random.Random) -> None:
    from moderator_app.domain.enums import Category, Platform
    from moderator_app.services import reports
    from moderator_app.services.workspace import Workspace
    from moderator_app.store.database import raw_connection
    from tests.sync_support import propagate

    chair, member = _committee(work / "keys")
    name = "Nguyễn Thị Hoa · 0912 345 678"
    for i in range(n):
        filed = reports.file_report(member.ws, reports.ReportInput(
            "Đen Vâu", Platform.TIKTOK, Category.FRAUD, reporter=name, url=f"https://www.tiktok.com/@d/video/{i}"))
        member.sync()
        keydir = member.view / "devices" / member.device / "keys"
        newest = sorted(keydir.glob("*.json"))[-1]
        real = newest.read_bytes()
        body = json.loads(real)
        pick = rng.randrange(5)
        if pick == 0:
            forged = mutate(real, rng)
        elif pick == 1:
            forged = json.dumps({"format": 1, "keys": {k: base64.b64encode(os.urandom(32)).decode()
                                                       for k in body["keys"]}}).encode()
        elif pick == 2:
            forged = json.dumps({"keys": {k: rng.choice(HOSTILE_VALUES) for k in body["keys"]}},
                                default=str).encode()
        elif pick == 3:
            forged = b"[" * 100_000
        else:
            forged = rng.randbytes(rng.randrange(0, 3000))
        propagate(member.view, chair.view)
        (chair.view / newest.relative_to(member.view)).write_bytes(forged)
        chair_dir = chair.ws.root
        chair.ws.close()
        judge(t, "key files", f"key-{i} (kind {pick})",
              lambda chair_dir=chair_dir: cli(chair_dir, "sync", "--folder", str(chair.view), "--json"), chair_dir)
        chair.ws = Workspace.open(chair_dir)
        with chair.ws.db.read() as conn:
            shown = raw_connection(conn).execute("SELECT reporter FROM reports WHERE id = ?",
                                                 (filed.report_id,)).fetchone()
        if shown is not None and shown[0] not in ("", name):
            t.record("key files", f"key-{i}", False, f"a wrong name shown: {shown[0]!r}")
        (chair.view / newest.relative_to(member.view)).write_bytes(real)  # the real file arrives
    chair.ws.close()
    member.ws.close()


def packages(t: Tally, work: Path, n: int, rng: random.Random) -> None:
    from moderator_app.domain.enums import Category, Platform
    from moderator_app.services import reports
    from moderator_app.sync.package import export_package

    chair, member = _committee(work / "packages")
    reports.file_report(member.ws, reports.ReportInput("Đen Vâu", Platform.TIKTOK, Category.FRAUD,
                                                       reporter="Nguyễn Thị Hoa"))
    good = work / "good.zip"
    export_package(member.ws, good)
    data = good.read_bytes()
    chair_dir = chair.ws.root
    chair.ws.close()
    member.ws.close()
    for i in range(n):
        f = work / f"package-{i}.zip"
        f.write_bytes(mutate_zip_member(data, rng) if rng.random() < 0.6 else mutate(data, rng))
        judge(t, "sync packages", f.name, lambda f=f: cli(chair_dir, "package", "import", str(f), "--json"),
              chair_dir)


CLASSES = {"spreadsheets": spreadsheets, "evidence": evidence_files, "sync": sync_files, "keys": key_files,
           "packages": packages}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-class", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--only", nargs="+", choices=sorted(CLASSES))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    t = Tally()
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        for name in args.only or list(CLASSES):
            work = Path(tmp) / name
            work.mkdir()
            started = time.perf_counter()
            CLASSES[name](t, work, args.per_class, random.Random(args.seed))
            print(f"{name}: done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
            shutil.rmtree(work, ignore_errors=True)
    rows = [{"class": c, "tried": t.tried[c], "refused_cleanly": t.clean[c], "defects": len(t.defects.get(c, [])),
             "outcomes": dict(t.outcomes.get(c, {}))} for c in t.tried]
    if args.json:
        print(json.dumps({"classes": rows, "defects": t.defects}, indent=2, ensure_ascii=False))
    else:
        print(f"{'class':<16} {'tried':>6} {'clean':>6} {'defects':>8}")
        for r in rows:
            print(f"{r['class']:<16} {r['tried']:>6} {r['refused_cleanly']:>6} {r['defects']:>8}  {r['outcomes']}")
        for c, items in t.defects.items():
            print(f"\n{c}:")
            for item in items[:20]:
                print(f"  {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
