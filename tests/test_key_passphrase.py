"""The signing key can be protected by a passphrase; signing then needs it, and a wrong one is refused."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from moderator_app.domain.errors import UserError
from moderator_app.services.identity import PRIVATE_KEY_FILE, key_is_protected, load_private_key, set_passphrase

from .conftest import Cli


def test_protect_change_and_remove(tmp_path: Path, monkeypatch):
    cli = Cli(tmp_path / "w")
    cli("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud")
    identity = tmp_path / "w" / "identity"
    before = load_private_key(identity).public_key()
    monkeypatch.setenv("MODERATOR_APP_NEW_PASSPHRASE", "mật khẩu đủ dài")
    assert cli("key", "passphrase").code == 0
    assert key_is_protected(identity)
    assert stat.S_IMODE(os.stat(identity / PRIVATE_KEY_FILE).st_mode) == 0o600
    with pytest.raises(UserError, match="protected by a passphrase"):
        load_private_key(identity)
    with pytest.raises(UserError, match="not right"):
        load_private_key(identity, "sai rồi")
    key = load_private_key(identity, "mật khẩu đủ dài")
    assert key.public_key().public_bytes_raw() == before.public_bytes_raw()
    with pytest.raises(UserError, match="at least"):
        set_passphrase(identity, "mật khẩu đủ dài", "ngắn")
    monkeypatch.setenv("MODERATOR_APP_PASSPHRASE", "mật khẩu đủ dài")
    assert cli("key", "passphrase", "--remove").code == 0
    assert not key_is_protected(identity)


def test_signing_needs_the_passphrase(tmp_path: Path, monkeypatch):
    cli = Cli(tmp_path / "w")
    cli("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud")
    monkeypatch.setenv("MODERATOR_APP_NEW_PASSPHRASE", "mật khẩu đủ dài")
    assert cli("key", "passphrase").code == 0
    folder = tmp_path / "shared"
    folder.mkdir()
    refused = cli("committee", "create", "--name", "Ban tự giám sát", "--member-name", "Chủ tịch",
                  "--folder", str(folder))
    assert refused.code == 2 and "passphrase" in refused.err
    assert not (folder / "committee.json").exists()
    monkeypatch.setenv("MODERATOR_APP_PASSPHRASE", "sai rồi")
    wrong = cli("committee", "create", "--name", "Ban", "--member-name", "Chủ tịch", "--folder", str(folder))
    assert wrong.code == 2 and "not right" in wrong.err
    monkeypatch.setenv("MODERATOR_APP_PASSPHRASE", "mật khẩu đủ dài")
    made = cli("committee", "create", "--name", "Ban", "--member-name", "Chủ tịch", "--folder", str(folder))
    assert made.code == 0, made.err
    assert cli("sync", "--json").code == 0


def test_a_new_data_directory_is_its_owners_only(tmp_path: Path):
    root = tmp_path / "new" / "w"
    cli = Cli(root)
    assert cli("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud").code == 0
    for folder in (root, root / "identity", root / "logs"):
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700, folder
