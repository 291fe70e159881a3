"""The glossary's "Avoid" column holds: no Vietnamese text of the product uses an avoided term.

The Vietnamese read: the interface's catalogue, the labels of codes (statuses, outcomes, roles…),
the Vietnamese side of every bilingual message in the code (``out.t(vi, en)``, ``_t(lang, vi, en)``,
``("vi", "en")`` pairs, refusals' ``vi=``), the letter templates and the Linux desktop files.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
VIETNAMESE_LETTERS = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĂÂĐÊÔƠƯ]")


def avoided() -> list[tuple[str, re.Pattern[str]]]:
    """(term, pattern) for every entry of the glossary's Avoid column."""
    terms: list[tuple[str, re.Pattern[str]]] = []
    for line in GLOSSARY.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("Concept", "---") or not cells[3]:
            continue
        for term in (t.strip() for t in cells[3].split(";")):
            alone = re.fullmatch(r'the header "(.+)" alone', term)
            if alone:
                terms.append((term, re.compile(rf"^\s*{re.escape(alone.group(1))}\s*$", re.IGNORECASE)))
            elif term:
                terms.append((term, re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)))
    return terms


def _catalogue() -> list[tuple[str, str]]:
    tree = ET.parse(ROOT / "moderator_app" / "data" / "translations" / "moderator_vi.ts")
    out = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        for form in [message.find("translation"), *message.iter("numerusform")]:
            if form is not None and form.text:
                out.append((f"moderator_vi.ts: {source[:60]!r}", form.text))
    return out


def _code_pairs() -> list[tuple[str, str]]:
    """The Vietnamese half of every bilingual pair in the code: ``("vi", "en")`` tuples whose first
    string reads as Vietnamese, and the first of two text arguments of ``t``/``_t``/``out.t`` calls."""
    out = []
    for path in sorted((ROOT / "moderator_app").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            texts: list[ast.expr] = []
            if isinstance(node, ast.Tuple) and len(node.elts) == 2:
                texts = [node.elts[0]]
            elif isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("t", "_t") and len(node.args) >= 2:
                    texts = [a for a in node.args if isinstance(a, ast.Constant | ast.JoinedStr)][:1]
                texts += [k.value for k in node.keywords if k.arg == "vi"]  # a refusal's Vietnamese
            for text in texts:
                value = _literal(text)
                if value and VIETNAMESE_LETTERS.search(value):
                    out.append((f"{path.relative_to(ROOT)}:{node.lineno}", value))
    return out


def _literal(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else " " for v in node.values)
    return ""


def _templates_and_packaging() -> list[tuple[str, str]]:
    data = ROOT / "moderator_app" / "data"
    out = [(p.name, p.read_text("utf-8")) for p in sorted((data / "letters").glob("*.vi.md"))]
    out.append(("guide/vi.md", (data / "guide" / "vi.md").read_text("utf-8")))  # the user guide
    desktop = ROOT / "packaging" / "linux" / "vn.niemtinso.ModeratorApp.desktop"
    out += [(desktop.name, line) for line in desktop.read_text("utf-8").splitlines() if "[vi]" in line]
    meta = ET.parse(ROOT / "packaging" / "linux" / "vn.niemtinso.ModeratorApp.metainfo.xml")
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    out += [("metainfo.xml", e.text or "") for e in meta.iter() if e.get(lang) == "vi"]
    return out


def test_the_glossary_has_terms_to_avoid():
    terms = [t for t, _ in avoided()]
    assert "kiểm duyệt" in terms and "vụ việc" in terms and len(terms) >= 20


@pytest.mark.parametrize("source", ["catalogue", "code", "templates"])
def test_no_vietnamese_text_uses_an_avoided_term(source: str):
    texts = {"catalogue": _catalogue, "code": _code_pairs, "templates": _templates_and_packaging}[source]()
    assert len(texts) > 5
    found = sorted({f"{where}: «{term}» in {text[:80]!r}" for where, text in texts
                    for term, pattern in avoided() if pattern.search(text)})
    assert found == [], "\n".join(found)
