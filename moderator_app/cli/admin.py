"""`demo` and `verify`."""

from __future__ import annotations

import argparse
import sys
import time

from moderator_app.services.workspace import Workspace

from .common import Output


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser("demo", help="fill the workspace with realistic synthetic data")
    demo.add_argument("--cases", type=int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--quiet", action="store_true")
    demo.set_defaults(func=cmd_demo)

    verify = sub.add_parser("verify", help="check the database, the event chains, and that the tables "
                            "equal a replay of the log")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)


def cmd_demo(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.domain.errors import UserError
    from moderator_app.services.demo import generate

    if args.cases < 1:
        raise UserError("--cases must be at least 1", vi="--cases phải từ 1 trở lên", code="demo_cases_too_few")
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not args.quiet and sys.stderr.isatty():
            sys.stderr.write(f"\r{done:,}/{total:,}")
            sys.stderr.flush()

    summary = generate(ws, cases=args.cases, seed=args.seed, progress=progress)
    if not args.quiet and sys.stderr.isatty():
        sys.stderr.write("\n")
    elapsed = time.perf_counter() - started
    s = summary
    n = out.num
    out.line(out.t(
        f"Đã tạo {n(s.cases)} hồ sơ, {n(s.reports)} phản ánh, {n(s.influencers)} người có ảnh hưởng, "
        f"{n(s.meetings)} cuộc họp, {n(s.decisions)} quyết định, "
        f"{n(s.takedowns)} đề nghị gỡ nội dung ({n(s.events)} sự kiện, {n(elapsed, 1)} s)",
        f"Created {n(s.cases)} cases, {n(s.reports)} reports, {n(s.influencers)} influencers, "
        f"{n(s.meetings)} meetings, {n(s.decisions)} decisions, "
        f"{n(s.takedowns)} takedown requests ({n(s.events)} events, {n(elapsed, 1)} s)",
    ))
    return 0


def cmd_verify(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.services.verify import restore_advice, verify

    report = verify(ws)
    if report.damaged:
        # The archive check reads the same damaged log; the next start runs the full check and
        # refuses to write to the file.
        ws.mark_damaged()
    else:
        from moderator_app.sync.verify import check_archive

        bundles = check_archive(ws)
        report.problems += bundles.problems
        if bundles.bundles:
            report.checked["bundles"] = bundles.bundles
        if bundles.blobs:
            report.checked["unreferenced_blobs"] = bundles.blobs
    if args.json:
        out.json({"ok": report.ok, "problems": report.problems, "checked": report.checked})
    else:
        for problem in report.problems:
            out.line(problem)
        if report.ok:
            out.line(out.t(
                f"Không có vấn đề: {out.num(report.checked.get('events', 0))} sự kiện, các bảng khớp với nhật ký",
                f"No problems: {out.num(report.checked.get('events', 0))} events, tables match the log",
            ))
    if report.damaged:
        out.stderr.write(f"moderator-app: the database file {ws.paths.db} is damaged: {restore_advice(ws.root)}\n")
    return 0 if report.ok else 1
