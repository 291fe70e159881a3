# Two commands a newcomer needs: `make run` (the application on a demo workspace) and
# `make test` (the whole suite). Both create .venv and install the project on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint translations package clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/moderator-app --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check moderator_app tests benchmarks scripts packaging

lint: $(STAMP)
	$(BIN)/ruff check moderator_app tests benchmarks scripts packaging

# The README's pictures, from a demo workspace made once beside the sources.
SHOTS_WS ?= .screenshot-workspace
screenshots: $(STAMP)
	test -f $(SHOTS_WS)/moderator.sqlite3 || $(BIN)/moderator-app --data-dir $(SHOTS_WS) demo --cases 3000 --seed 1 --quiet
	QT_QPA_PLATFORM=offscreen $(BIN)/moderator-app --data-dir $(SHOTS_WS) --lang en --screenshot docs/screenshots/queue.png --view triage
	QT_QPA_PLATFORM=offscreen $(BIN)/moderator-app --data-dir $(SHOTS_WS) --lang vi --screenshot docs/screenshots/queue-vi.png --view triage

# Figures for docs/performance.md (minutes: the first run builds a 100,000-case demo workspace).
bench: $(STAMP)
	$(BIN)/python -m benchmarks.queue_bench --cases 100000
	$(BIN)/python -m benchmarks.intake_bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

PKG_STAMP := $(VENV)/.package-stamp
$(PKG_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(PKG_STAMP)

# A one-folder build in dist/moderator-app/, then a smoke check of the built program.
package: $(PKG_STAMP)
	$(BIN)/python packaging/make_icons.py
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/moderator-app.spec
	packaging/smoke_check.sh dist/moderator-app/moderator-app

# Refresh the interface catalogues from the sources, then compile them (.qm files are committed).
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update
	$(BIN)/python scripts/translations.py release
	$(BIN)/python scripts/translations.py check
