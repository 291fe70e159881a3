"""The printed case file: one HTML document for the committee's records, printed or saved as
PDF with Qt's printing (QTextDocument + QPrinter, which works without a screen too)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from moderator_app import __version__
from moderator_app.domain import takedowns as takedown_rules
from moderator_app.domain.enums import Category, Outcome, Platform, Priority, Source, Status
from moderator_app.domain.errors import WriteFailed
from moderator_app.services.case_file import CaseFile
from moderator_app.services.history import describe
from moderator_app.services.takedowns import TakedownView
from moderator_app.store.atomic import atomic_path

from .detail_common import iso_day, local_datetime, local_day, number


def _words() -> dict[str, str]:
    """The case file's words in the interface's language (each spelled out, for lupdate to find)."""
    return {
        "Added": QCoreApplication.translate("CaseFile", "Added"),
        "Annotations": QCoreApplication.translate("CaseFile", "Annotations"),
        "Appeals": QCoreApplication.translate("CaseFile", "Appeals"),
        "Assignee": QCoreApplication.translate("CaseFile", "Assignee"),
        "By": QCoreApplication.translate("CaseFile", "By"),
        "Case file": QCoreApplication.translate("CaseFile", "Case file"),
        "Category": QCoreApplication.translate("CaseFile", "Category"),
        "Change": QCoreApplication.translate("CaseFile", "Change"),
        "Comment": QCoreApplication.translate("CaseFile", "Comment"),
        "Content": QCoreApplication.translate("CaseFile", "Content"),
        "Correction completed": QCoreApplication.translate("CaseFile", "Remedied"),
        "Date": QCoreApplication.translate("CaseFile", "Date"),
        "Deadline": QCoreApplication.translate("CaseFile", "Deadline"),
        "Deadlines": QCoreApplication.translate("CaseFile", "Deadlines"),
        "Decisions": QCoreApplication.translate("CaseFile", "Decisions"),
        "Done": QCoreApplication.translate("CaseFile", "Done"),
        "Due": QCoreApplication.translate("CaseFile", "Due"),
        "Evidence": QCoreApplication.translate("CaseFile", "Evidence"),
        "History": QCoreApplication.translate("CaseFile", "History"),
        "Influencer": QCoreApplication.translate("CaseFile", "Influencer"),
        "Item": QCoreApplication.translate("CaseFile", "Item"),
        "Mark": QCoreApplication.translate("CaseFile", "Mark"),
        "Meeting": QCoreApplication.translate("CaseFile", "Meeting"),
        "Merged from": QCoreApplication.translate("CaseFile", "Merged from"),
        "Merged into": QCoreApplication.translate("CaseFile", "Merged into"),
        "None.": QCoreApplication.translate("CaseFile", "None."),
        "Note": QCoreApplication.translate("CaseFile", "Note"),
        "Notes and comments": QCoreApplication.translate("CaseFile", "Notes and comments"),
        "Opened": QCoreApplication.translate("CaseFile", "Opened"),
        "Outcome": QCoreApplication.translate("CaseFile", "Outcome"),
        "Platform": QCoreApplication.translate("CaseFile", "Platform"),
        "Printed on {0} by Digital Trust Moderator {1}": QCoreApplication.translate(
            "CaseFile", "Printed on {0} by Digital Trust Moderator {1}"),
        "Priority": QCoreApplication.translate("CaseFile", "Priority"),
        "Rationale": QCoreApplication.translate("CaseFile", "Rationale"),
        "Reason": QCoreApplication.translate("CaseFile", "Reason"),
        "Received": QCoreApplication.translate("CaseFile", "Received"),
        "Reports": QCoreApplication.translate("CaseFile", "Reports"),
        "SHA-256": QCoreApplication.translate("CaseFile", "SHA-256"),
        "Sent": QCoreApplication.translate("CaseFile", "Sent"),
        "Answer": QCoreApplication.translate("CaseFile", "Answer"),
        "Re-checks": QCoreApplication.translate("CaseFile", "Re-checks"),
        "Takedown requests": QCoreApplication.translate("CaseFile", "Takedown requests"),
        "{0} h": QCoreApplication.translate("CaseFile", "{0} h"),
        "Source": QCoreApplication.translate("CaseFile", "Source"),
        "Status": QCoreApplication.translate("CaseFile", "Status"),
        "Type": QCoreApplication.translate("CaseFile", "Type"),
        "URGENT": QCoreApplication.translate("CaseFile", "URGENT"),
        "Votes": QCoreApplication.translate("CaseFile", "Votes"),
        "What": QCoreApplication.translate("CaseFile", "What"),
        "When": QCoreApplication.translate("CaseFile", "When"),
        "Who": QCoreApplication.translate("CaseFile", "Who"),
        "yes": QCoreApplication.translate("CaseFile", "yes"),
    }


def _table(headers: list[str], rows: list[list[str]]) -> str:
    w = _words()
    if not rows:
        return f"<p style='color:#5f6368'>{html.escape(w['None.'])}</p>"
    head = "".join(f"<th align='left' bgcolor='#eef1f4'>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td valign='top'>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f"<table width='100%' cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse; "
            f"border-color:#c9ced6'><tr>{head}</tr>{body}</table>")


def _takedown_row(t: TakedownView, lang: str, w: dict[str, str]) -> list[str]:
    """A request as the file records it: sent when and how, its deadline, the platform's answer
    (late, asked again, the hours it took, its reason) and every re-check."""
    e = html.escape
    if t.result is None:
        answer = takedown_rules.label(takedown_rules.OVERDUE if t.overdue else takedown_rules.AWAITING, lang)
    else:
        answer = takedown_rules.result_label(t.result, lang)
        if t.answered_at is not None:
            answer += f" · {local_datetime(t.answered_at)}"
    flags = [takedown_rules.label(pair, lang).lower() for flag, pair in
             ((t.late, takedown_rules.LATE), (t.asked_again_in is not None, takedown_rules.ASKED_AGAIN)) if flag]
    if t.hours_to_answer is not None:
        flags.append(w["{0} h"].format(number(t.hours_to_answer, lang)))
    text = e(answer) + (f" ({e(', '.join(flags))})" if flags else "")
    if t.reason:
        text += f"<br>{e(t.reason)}"
    checks = "<br>".join(e(f"{local_datetime(r.at)}: {takedown_rules.found_label(r.still_up, lang)}")
                         for r in t.rechecks)
    return [e(Platform(t.platform).label(lang)) + "<br>" + "<br>".join(e(u) for u in t.urls),
            e(local_datetime(t.sent_at)) + "<br>" + e(takedown_rules.Channel(t.via).label(lang)),
            e(local_datetime(t.due_at)), text, checks]


def case_file_html(cf: CaseFile, lang: str, printed_at_ms: int) -> str:
    """The whole case file as HTML (escaped: report texts are other people's words)."""
    w = _words()
    e = html.escape
    c = cf.detail.case
    d = cf.detail
    summary = [
        (w["Influencer"], e(c.influencer)),
        (w["Platform"], e(Platform(c.platform).label(lang))),
        (w["Category"], e(Category(c.category).label(lang))),
        (w["Status"], e(Status(c.status).label(lang))),
        (w["Priority"], e(Priority.from_level(c.priority).label(lang)) + (f" · <b>{e(w['URGENT'])}</b>"
                                                                          if c.urgent else "")),
        (w["Assignee"], e(c.assignee_name or "—")),
        (w["Opened"], e(local_datetime(c.opened_at))),
    ]
    if c.merged_into:
        summary.append((w["Merged into"], e(cf.refs.get(c.merged_into, c.merged_into))))
    if d.merged_from:
        summary.append((w["Merged from"], e(", ".join(d.merged_from))))
    parts = [
        f"<h1 style='margin-bottom:0'>{e(w['Case file'])} {e(c.ref)}</h1>",
        f"<p style='margin-top:2px'>{e(c.title)}</p>",
        "<table cellspacing='0' cellpadding='2'>",
        *[f"<tr><td style='color:#5f6368; padding-right:12px'>{k}</td><td>{v}</td></tr>" for k, v in summary],
        "</table>",
    ]
    parts.append(f"<h2>{e(w['Reports'])} ({len(d.reports)})</h2>")
    parts.append(_table(
        [w["Received"], w["Source"], w["Platform"], w["Category"], w["Content"]],
        [[e(local_datetime(r.received_at)), e(Source(r.source).label(lang)), e(Platform(r.platform).label(lang)),
          e(Category(r.category).label(lang)),
          e(r.description) + (f"<br><span style='color:#5f6368'>{e(r.url)}</span>" if r.url else "")]
         for r in d.reports],
    ))
    parts.append(f"<h2>{e(w['Evidence'])} ({len(d.evidence)})</h2>")
    parts.append(_table(
        [w["Item"], w["Type"], w["Added"], w["SHA-256"]],
        [[e(ev.name or ev.url), e(ev.mime or ev.kind), e(local_day(ev.added_at)),
          f"<span style='font-family:monospace'>{e((ev.sha256 or '')[:16])}</span>"] for ev in d.evidence],
    ))
    parts.append(f"<h2>{e(w['Annotations'])} ({len(cf.annotations)})</h2>")
    parts.append(_table(
        [w["Evidence"], w["Mark"], w["Comment"], w["By"]],
        [[e(a.evidence_name), e(a.label or a.kind), e(a.comment), e(a.author_name)] for a in cf.annotations],
    ))
    parts.append(f"<h2>{e(w['Notes and comments'])} ({len(d.notes)})</h2>")
    parts.append(_table(
        [w["When"], w["Who"], w["Note"]],
        [[e(local_datetime(n.created_at)), e(n.author_name), e(n.body).replace("\n", "<br>")] for n in d.notes],
    ))
    parts.append(f"<h2>{e(w['Decisions'])} ({len(cf.decisions)})</h2>")
    parts.append(_table(
        [w["Date"], w["Meeting"], w["Outcome"], w["Votes"], w["Rationale"]],
        [[e(iso_day(x.decided_on)), e(x.meeting_title), e(Outcome(x.outcome).label(lang))
          + (f"<br>{e(w['Correction completed'])}: {e(iso_day(x.corrected_on))}" if x.corrected_on else ""),
          e(f"{x.votes_for} / {x.votes_against} / {x.votes_abstain}"), e(x.rationale)] for x in cf.decisions],
    ))
    if cf.appeals:
        parts.append(f"<h2>{e(w['Appeals'])}</h2>")
        parts.append(_table(
            [w["When"], w["Who"], w["Change"], w["Reason"]],
            [[e(local_datetime(a.at)), e(a.author_name),
              e(f"{Status(a.from_status).label(lang)} → {Status(a.to_status).label(lang)}"), e(a.reason)]
             for a in cf.appeals],
        ))
    parts.append(f"<h2>{e(w['Takedown requests'])} ({len(cf.takedowns)})</h2>")
    parts.append(_table(
        [w["Platform"], w["Sent"], w["Deadline"], w["Answer"], w["Re-checks"]],
        [_takedown_row(t, lang, w) for t in cf.takedowns],
    ))
    parts.append(f"<h2>{e(w['Deadlines'])}</h2>")
    parts.append(_table(
        [w["Deadline"], w["Due"], w["Done"]],
        [[e(x.label(lang) + (f": {x.detail}" if x.detail else "")), e(local_datetime(x.due_ms)),
          e(w["yes"] if x.done else "")] for x in cf.deadlines],
    ))
    parts.append(f"<h2>{e(w['History'])} ({len(d.history)})</h2>")
    parts.append(_table(
        [w["When"], w["Who"], w["What"]],
        [[e(local_datetime(h.at)), e(h.author_name), e(describe(h, lang, cf.names, cf.refs))] for h in d.history],
    ))
    footer = w["Printed on {0} by Digital Trust Moderator {1}"].format(local_datetime(printed_at_ms), __version__)
    parts.append(f"<p style='color:#5f6368; font-size:small'>{e(footer)}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _document(html_text: str) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(9)
    doc.setDefaultFont(font)
    doc.setHtml(html_text)
    return doc


def _setup(printer: QPrinter, title: str) -> None:
    printer.setDocName(title)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    # QTextDocument adds its own 2 cm margins (and page numbers) when it lays out for a printer.


def write_pdf(html_text: str, path: Path, title: str) -> Path:
    """Save the document as a PDF file (A4, with page numbers), whole or not at all."""
    with atomic_path(path) as tmp:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp))
        _setup(printer, title)
        _document(html_text).print_(printer)  # laid out on the printer's pages, numbered
        del printer  # the PDF is finished when the printer goes
        if tmp.stat().st_size == 0:
            raise WriteFailed(f"cannot write {path}: the PDF could not be produced; check the disk and the folder")
    return path


def print_with_dialog(html_text: str, title: str, parent: QWidget | None) -> bool:
    """Ask for a printer and print; False when the person cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _setup(printer, title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _document(html_text).print_(printer)
    return True
