"""defusedxml is a dependency, so a workbook's XML is never expanded, whoever parses it: nested
entities are the documented refusal (exit 2, ``workbook_declares_dtd``), never "internal error"
(exit 70), in every part and even past the prolog check; any other parse error is a refusal too."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import openpyxl.xml
import pytest

from moderator_app.exports import sheets

from .conftest import Cli
from .test_intake_hostile import LAUGHS, NS, SHEET, _rezipped, _row, _sheet

NESTED = {
    "worksheet": {SHEET: _sheet(_row(1, ["&lol9;"]), LAUGHS)},
    "workbook": {"xl/workbook.xml": f'<?xml version="1.0"?>{LAUGHS}<workbook xmlns="{NS}"/>'.encode()},
    "relationships": {"xl/_rels/workbook.xml.rels": f'<?xml version="1.0"?>{LAUGHS}<Relationships/>'.encode()},
    "content types": {"[Content_Types].xml": f'<?xml version="1.0"?>{LAUGHS}<Types/>'.encode()},
    "styles, UTF-16": {"xl/styles.xml": (f'<?xml version="1.0" encoding="UTF-16"?>{LAUGHS}'
                                         f'<styleSheet xmlns="{NS}"/>').encode("utf-16")},
}


def test_defusedxml_is_installed_and_openpyxl_uses_it():
    assert importlib.metadata.version("defusedxml")
    assert openpyxl.xml.DEFUSEDXML is True


def _refused(cli: Cli, path: Path, code: str) -> str:
    result = cli("reports", "import", str(path), "--json")
    assert result.code == 2, result.err
    assert result.json()["error"]["code"] == code
    assert "internal error" not in result.err and len(result.err.strip().splitlines()) == 1
    return result.err


@pytest.mark.parametrize("part", sorted(NESTED))
def test_nested_entities_are_refused_in_any_part(cli: Cli, tmp_path: Path, part: str):
    path = _rezipped(tmp_path, "laughs.xlsx", NESTED[part])
    err = _refused(cli, path, "workbook_declares_dtd")
    assert "declares a DTD" in err and "lollol" not in err


@pytest.mark.parametrize("part", ["worksheet", "workbook", "content types"])
def test_past_the_prolog_check_defusedxml_still_refuses_them(cli: Cli, tmp_path: Path, part: str, monkeypatch):
    """Were the prolog check (exports/sheets.py, _declares_dtd) ever to miss a DTD, openpyxl's and
    the worksheet reader's parsers (defusedxml's) refuse it: the same refusal, nothing expanded."""
    monkeypatch.setattr(sheets, "_declares_dtd", lambda _zf, _part: False)
    path = _rezipped(tmp_path, "laughs.xlsx", NESTED[part])
    err = _refused(cli, path, "workbook_declares_dtd")
    assert "one of its parts declares a DTD" in err and "lollol" not in err
    vi = cli("reports", "import", str(path), lang="vi")
    assert vi.code == 2 and "một phần của nó khai báo DTD" in vi.err


@pytest.mark.parametrize("part", [SHEET, "xl/workbook.xml"])
def test_an_encoding_python_does_not_know_is_a_refusal_not_a_bug(cli: Cli, tmp_path: Path, part: str):
    path = _rezipped(tmp_path, "encoding.xlsx", {part: b'<?xml version="1.0" encoding="x-no-such"?><worksheet/>'})
    err = _refused(cli, path, "not_an_excel_workbook")
    assert "unknown encoding" in err
