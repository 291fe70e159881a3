"""Qt stays in the ui layer: domain, store, services, sync and exports are importable without it."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "moderator_app"
QT_ALLOWED = {"ui"}
ENTRY = {"app.py", "__main__.py"}
DOWNWARD = {  # a layer may import only the layers listed for it (and itself)
    "domain": set(),
    "store": {"domain"},
    "exports": {"domain", "store"},
    "services": {"domain", "store", "exports"},
    "sync": {"domain", "store", "services", "exports"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_pyside_outside_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in QT_ALLOWED or (len(rel.parts) == 1 and rel.name in ENTRY):
            continue
        if any(n == "PySide6" or n.startswith("PySide6.") for n in _imports(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_layers_import_downwards_only():
    offenders = []
    for layer, allowed in DOWNWARD.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if not name.startswith("moderator_app."):
                    continue
                target = name.split(".")[1]
                if target in DOWNWARD and target != layer and target not in allowed:
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_core_layers_import_without_qt():
    code = (
        "import sys; import moderator_app.cli, moderator_app.services.demo, moderator_app.services.verify; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_window_starts_without_openpyxl():
    """openpyxl is a fifth of the window's imports; it is loaded when a workbook is read or written."""
    code = (
        "import sys; import moderator_app.ui.app, moderator_app.ui.main_window; "
        "assert 'openpyxl' not in sys.modules, 'openpyxl was imported at start'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
