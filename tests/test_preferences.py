from __future__ import annotations

import pytest

from moderator_app.domain.errors import UserError
from moderator_app.services import preferences as P
from moderator_app.services.workspace import Workspace


def test_defaults_and_round_trip(ws: Workspace):
    prefs = P.load(ws)
    assert prefs == P.Preferences(None, "system", 0, False, 2 * 1024**3)
    changed = P.Preferences("en", "dark", 12, True, 500 * 1024**2)
    P.save(ws, changed)
    assert P.load(ws) == changed
    assert ws.setting(P.VERSION_KEY) == P.SETTINGS_VERSION


@pytest.mark.parametrize(
    "bad",
    [
        P.Preferences("fr", "system", 0, False, 2**30),
        P.Preferences(None, "sepia", 0, False, 2**30),
        P.Preferences(None, "system", 40, False, 2**30),
        P.Preferences(None, "system", 0, False, 10),
    ],
)
def test_nonsense_is_refused_and_nothing_changes(ws: Workspace, bad: P.Preferences):
    before = P.load(ws)
    with pytest.raises(UserError):
        P.save(ws, bad)
    assert P.load(ws) == before


def test_unreadable_stored_values_fall_back_to_defaults(ws: Workspace):
    ws.set_setting(P.THEME, "neon")
    ws.set_setting(P.FONT_SIZE, "huge")
    assert P.load(ws).theme == "system" and P.load(ws).font_size == 0


def test_settings_migrate_step_by_step_when_a_workspace_opens(tmp_path, monkeypatch):
    ws = Workspace.open(tmp_path / "w")
    ws.set_setting("dark_mode", True)  # what an older shape stored
    ws.set_setting(P.VERSION_KEY, 1)
    ws.close()

    def v1_to_v2(w: Workspace) -> None:
        w.set_setting(P.THEME, "dark" if w.setting("dark_mode") else "light")
        w.delete_setting("dark_mode")

    monkeypatch.setattr(P, "SETTINGS_VERSION", 2)
    monkeypatch.setattr(P, "MIGRATIONS", {1: v1_to_v2})
    ws = Workspace.open(tmp_path / "w")
    try:
        assert ws.setting(P.VERSION_KEY) == 2
        assert P.load(ws).theme == "dark" and ws.setting("dark_mode") is None
    finally:
        ws.close()
    monkeypatch.setattr(P, "SETTINGS_VERSION", 1)
    ws = Workspace.open(tmp_path / "w")  # a newer version's settings are left as they are
    try:
        assert ws.setting(P.VERSION_KEY) == 2
    finally:
        ws.close()
