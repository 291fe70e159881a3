"""`calendar [--year Y]`, `calendar add DATE --name TEXT`, `calendar remove DATE`: the working-day calendar."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from moderator_app.domain.clock import local_date
from moderator_app.domain.errors import UserError
from moderator_app.domain.working_calendar import COMMITTEE, DayOff
from moderator_app.services import working_calendar as svc
from moderator_app.services.workspace import Workspace

from .common import Output


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cal = sub.add_parser("calendar", help="the working-day calendar: public holidays and the committee's days off")
    cal.add_argument("--year", type=int, metavar="Y", help="the year to list (default: this year)")
    cal.add_argument("--json", action="store_true")
    cal.set_defaults(func=cmd_list)
    cmds = cal.add_subparsers(dest="calendar_cmd", metavar="COMMAND")
    add = cmds.add_parser("add", help="add a day off (a bridge day the government announced); chair or secretary")
    add.add_argument("date", metavar="DATE", help="YYYY-MM-DD")
    add.add_argument("--name", required=True, metavar="TEXT", help="what the day off is")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add)
    remove = cmds.add_parser("remove", help="make a day off a working day again; chair or secretary")
    remove.add_argument("date", metavar="DATE", help="YYYY-MM-DD")
    remove.add_argument("--json", action="store_true")
    remove.set_defaults(func=cmd_remove)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"not a date in the form YYYY-MM-DD: {text!r}",
                        vi=f"không phải ngày dạng YYYY-MM-DD: {text!r}", code="date_invalid") from None


def _json(d: DayOff, lang: str) -> dict[str, Any]:
    return {"date": d.day.isoformat(), "name": d.name(lang), "name_vi": d.name_vi, "name_en": d.name_en,
            "source": d.source}


def _line(d: DayOff, out: Output) -> str:
    source = out.t("Ban", "committee") if d.source == COMMITTEE else out.t("luật", "law")
    weekday = out.t(("T2", "T3", "T4", "T5", "T6", "T7", "CN")[d.day.weekday()], d.day.strftime("%a"))
    return f"{d.day.strftime('%d/%m/%Y')} {weekday:<3}  {source:<9}  {d.name(out.lang)}"


def cmd_list(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    year = args.year if args.year is not None else local_date(ws.clock.wall()).year
    found = svc.days_off(ws, year, out.lang)
    if args.json:
        out.json([_json(d, out.lang) for d in found])
        return 0
    out.line(out.t(f"Ngày nghỉ lễ, Tết và ngày nghỉ của Ban năm {year}:",
                   f"Public holidays and the committee's days off in {year}:"))
    for d in found:
        out.line(_line(d, out))
    worked = svc.worked_holidays(ws, year, out.lang)
    if worked:
        out.line(out.t("Ngày lễ Ban vẫn làm việc:", "Public holidays the committee works:"))
        for d in worked:
            out.line(_line(d, out))
    return 0


def cmd_add(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    day = _day(args.date)
    svc.add_day_off(ws, day, args.name)
    if args.json:
        out.json({"date": day.isoformat(), "off": True, "name": " ".join(args.name.split())})
    else:
        out.line(out.t(f"Đã thêm ngày nghỉ {day.strftime('%d/%m/%Y')}; các hạn tính theo ngày làm việc được tính lại",
                       f"Day off added on {day.strftime('%d/%m/%Y')}; working-day deadlines were recomputed"))
    return 0


def cmd_remove(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    day = _day(args.date)
    svc.remove_day_off(ws, day)
    if args.json:
        out.json({"date": day.isoformat(), "off": False})
    else:
        out.line(out.t(f"Đã bỏ ngày nghỉ {day.strftime('%d/%m/%Y')}, nay là ngày làm việc; các hạn được tính lại",
                       f"Day off removed on {day.strftime('%d/%m/%Y')}, now a working day; deadlines were recomputed"))
    return 0
