"""Keep the interface translations current: extract, fill English, apply Vietnamese, compile.

    python scripts/translations.py update            # lupdate the .ts files from the sources
    python scripts/translations.py apply vi FILE.json  # set translations {source: text} (or {context: {source: text}})
    python scripts/translations.py release           # lrelease the .ts files to .qm
    python scripts/translations.py check             # list unfinished entries; exit 1 if any

Source strings are English, so the English catalogue translates every string to itself (plural
forms included); the Vietnamese catalogue is written by people. Qt ships no Vietnamese for its own
dialogs, so ``qtbase_vi.ts`` carries the words of Qt's buttons, context menus and file dialogs.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "moderator_app" / "data" / "translations"
LANGS = ("vi", "en")
SOURCES = ROOT / "moderator_app"


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if exe is None:
        raise SystemExit(f"pyside6-{name} not found; install the project first (make test)")
    return exe


def ts_path(lang: str) -> Path:
    return TS_DIR / f"moderator_{lang}.ts"


def sources() -> list[str]:
    files = sorted(SOURCES.joinpath("ui").rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files]


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        subprocess.run(
            [_tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-target-language",
             "vi_VN" if lang == "vi" else "en_GB", "-ts", str(ts_path(lang).relative_to(ROOT))],
            cwd=ROOT, check=True,
        )
    fill_english()


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill_english() -> None:
    path = ts_path("en")
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            singular = source.replace("(s)", "").replace("%n ", "1 ", 1) if "(s)" in source else source
            plural = source.replace("(s)", "s")
            for text in (singular, plural):
                form = ET.SubElement(translation, "numerusform")
                form.text = text
        else:
            translation.text = source
    _write(tree, path)


def apply(lang: str, mapping_file: Path) -> None:
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    path = ts_path(lang)
    tree = ET.parse(path)
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            value = mapping.get(name, {}).get(source) if isinstance(mapping.get(name), dict) else None
            if value is None:
                value = mapping.get(source) if isinstance(mapping.get(source), str) else None
            if value is None:
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                form = ET.SubElement(translation, "numerusform")
                form.text = value
            else:
                translation.text = value
            applied += 1
    _write(tree, path)
    print(f"applied {applied} translations to {path.name}")


def unfinished(lang: str) -> list[tuple[str, str]]:
    tree = ET.parse(ts_path(lang))
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            empty = translation is None or (
                not (translation.text or "").strip() and not any((f.text or "").strip() for f in translation)
            )
            if empty or (translation is not None and translation.get("type") == "unfinished"):
                missing.append((name, message.findtext("source") or ""))
    return missing


QT_CATALOGUES = ("qtbase_vi",)  # Qt's own words (dialog buttons, menus) that Qt ships no Vietnamese for


def release() -> None:
    for lang in LANGS:
        subprocess.run([_tool("lrelease"), str(ts_path(lang)), "-qm", str(TS_DIR / f"moderator_{lang}.qm")],
                       cwd=ROOT, check=True)
    for name in QT_CATALOGUES:
        subprocess.run([_tool("lrelease"), str(TS_DIR / f"{name}.ts"), "-qm", str(TS_DIR / f"{name}.qm")],
                       cwd=ROOT, check=True)


def check() -> int:
    status = 0
    for lang in LANGS:
        for context, source in unfinished(lang):
            print(f"{lang}: {context}: {source!r}")
            status = 1
    return status


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        update()
    elif command == "apply" and len(argv) == 3:
        apply(argv[1], Path(argv[2]))
    elif command == "release":
        release()
    elif command == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
