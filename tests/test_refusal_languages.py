"""Every refusal reaches people in their language, with a stable code for scripts.

Each ``raise`` of a ``UserError`` (or one of its kinds) outside the window code must give the
English text, its Vietnamese (``vi=``) and a code (``code=``); the window and the command line
choose by the interface language. Kinds that compose both texts themselves are listed in
``SELF_TRANSLATING``, and are built here to prove it.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import moderator_app
from moderator_app.domain.errors import UserError

ROOT = Path(moderator_app.__file__).resolve().parent
CODE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]", re.IGNORECASE)


def _import_everything() -> None:
    for info in pkgutil.walk_packages(moderator_app.__path__, "moderator_app."):
        if ".ui" in info.name or info.name.endswith("__main__") or ".migrations" in info.name:
            continue
        importlib.import_module(info.name)


def _kinds() -> dict[str, type[UserError]]:
    _import_everything()
    found: dict[str, type[UserError]] = {}
    todo: list[type[UserError]] = [UserError]
    while todo:
        kind = todo.pop()
        found[kind.__name__] = kind
        todo.extend(kind.__subclasses__())
    return found


def _raises() -> list[tuple[str, ast.Call]]:
    kinds = _kinds()
    out = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT.parent)
        if rel.parts[1] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                func = node.exc.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in kinds:
                    out.append((f"{rel}:{node.lineno} {name}", node.exc))
    return out


def _text(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp):
        return _text(node.left) + _text(node.right)
    return ""


def test_the_scan_sees_the_refusals() -> None:
    # A scan that found nothing would pass whatever the code did.
    assert len(_raises()) > 250


def test_every_refusal_has_vietnamese_english_and_a_code() -> None:
    missing = []
    for where, call in _raises():
        keywords = {k.arg: k.value for k in call.keywords}
        if "vi" not in keywords or "code" not in keywords:
            missing.append(where)
            continue
        code = keywords["code"]
        if not (isinstance(code, ast.Constant) and isinstance(code.value, str) and CODE.match(code.value)):
            missing.append(f"{where}: the code must be a snake_case literal")
        vi, en = _text(keywords["vi"]), _text(call.args[0]) if call.args else ""
        if vi and not VIETNAMESE.search(vi):
            missing.append(f"{where}: the Vietnamese text reads as English: {vi!r}")
        if vi and en and vi == en:
            missing.append(f"{where}: the same text in both languages")
    assert not missing, "refusals without both languages and a code:\n" + "\n".join(missing)


def test_one_code_means_one_refusal() -> None:
    """Scripts rely on the code: two different refusals must not share one."""
    by_code: dict[str, set[str]] = {}
    for _where, call in _raises():
        keywords = {k.arg: k.value for k in call.keywords}
        code = keywords.get("code")
        if isinstance(code, ast.Constant) and call.args:
            by_code.setdefault(code.value, set()).add(re.sub(r"\{\}", "…", _text(call.args[0]))[:40])
    shared = {c: m for c, m in by_code.items() if len(m) > 3}
    assert not shared, f"codes used for more than three different messages: {shared}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_refusal_reads_in_the_language_asked(lang: str) -> None:
    from moderator_app.domain.errors import no_case

    exc = no_case(" HS-2026-9 ")
    assert exc.code == "no_case"
    text = exc.text(lang)
    assert "HS-2026-9" in text
    assert ("không có hồ sơ" in text) == (lang == "vi")


def test_the_list_of_codes_for_scripts_is_current() -> None:
    import subprocess
    import sys

    script = ROOT.parent / "scripts" / "error_codes.py"
    done = subprocess.run([sys.executable, str(script), "check"], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    listed = (ROOT.parent / "docs" / "error-codes.md").read_text("utf-8")
    for code in ("no_case", "right_of_reply", "no_quorum", "signature_mismatch", "font_size_out_of_range"):
        assert f"| `{code}` |" in listed
