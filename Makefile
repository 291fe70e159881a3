# Two commands a newcomer needs: `make run` (the application on a demo workspace) and
# `make test` (the whole suite). Both create .venv and install the project on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# Exact versions of everything .venv holds (the test and packaging tools included); pyproject.toml
# keeps ranges for people installing the wheel. `make constraints` refreshes it (README).
CONSTRAINTS := constraints.txt
PIP := $(BIN)/python -m pip install --quiet -c $(CONSTRAINTS)

.PHONY: run test lint translations package dist constraints screenshots bench clean

$(STAMP): pyproject.toml $(CONSTRAINTS)
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip
	$(PIP) -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/moderator-app --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check moderator_app tests benchmarks scripts packaging

lint: $(STAMP)
	$(BIN)/ruff check moderator_app tests benchmarks scripts packaging

# The README's window pictures: docs/screenshots/<window>-<vi|en>-<light|dark>.png, every main window
# in both languages and both themes, from a fresh demo workspace, offscreen (a few minutes). The
# user guide's pictures (moderator_app/data/guide/img/) are taken in a real window: docs/ui-checks.md.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/render_screenshots.py

# Figures for docs/performance.md (minutes: the first run builds a 100,000-case demo workspace).
bench: $(STAMP)
	$(BIN)/python -m benchmarks.queue_bench --cases 100000
	$(BIN)/python -m benchmarks.intake_bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

PKG_STAMP := $(VENV)/.package-stamp
$(PKG_STAMP): $(STAMP)
	$(PIP) -e '.[test,package]'
	touch $(PKG_STAMP)

# A one-folder build in dist/moderator-app/, then a smoke check of the built program.
package: $(PKG_STAMP)
	$(BIN)/python packaging/make_icons.py
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/moderator-app.spec
	packaging/smoke_check.sh dist/moderator-app/moderator-app

# What Linux users install without cloning, from that folder: dist/moderator-app_VERSION_ARCH.deb
# (dpkg-deb; /opt/moderator-app, /usr/bin/moderator-app) and dist/moderator-app-VERSION-linux-ARCH.tar.gz
# (with install.sh). packaging/linux/make_dist.py says what each holds.
dist: package
	$(BIN)/python packaging/linux/make_dist.py --folder dist/moderator-app --out dist

# Refresh constraints.txt: the newest versions within pyproject.toml's ranges, in a scratch venv.
CONSTRAINTS_VENV := build/constraints-venv
constraints:
	rm -rf $(CONSTRAINTS_VENV)
	$(PYTHON) -m venv $(CONSTRAINTS_VENV)
	$(CONSTRAINTS_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(CONSTRAINTS_VENV)/bin/python -m pip install --quiet '.[test,package]'
	sed -n '/^#/p' $(CONSTRAINTS) > $(CONSTRAINTS).new
	$(CONSTRAINTS_VENV)/bin/python -m pip freeze --all --exclude moderator-app | grep -v -E '^(setuptools|wheel)==' >> $(CONSTRAINTS).new
	mv $(CONSTRAINTS).new $(CONSTRAINTS)
	rm -rf $(CONSTRAINTS_VENV)
	@echo "constraints.txt refreshed: run make test (it reinstalls .venv's packages), then commit it"

# Refresh the interface catalogues from the sources, then compile them (.qm files are committed).
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update
	$(BIN)/python scripts/translations.py release
	$(BIN)/python scripts/translations.py check
