PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/briefing

test: $(VENV)/.installed-test
	$(BIN)/ruff check briefing tests bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build dist *.egg-info

# --- packaging (see packaging/README.md) ---------------------------------------------------------

.PHONY: icons package install-desktop uninstall-desktop validate-desktop

DEFAULT_EXEC := $(CURDIR)/$(BIN)/briefing-gui
BRIEFING_EXEC ?= $(DEFAULT_EXEC)

# The hicolor PNGs (committed) and build/icons/Briefing.ico + .icns, from the SVG.
icons: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

$(VENV)/.installed-pyinstaller: | $(BIN)/python
	$(BIN)/pip install --quiet 'pyinstaller>=6.0'
	touch $@

# dist/Briefing/: the one-folder app for this platform (dist/Briefing/Briefing --self-test checks it).
package: $(VENV)/.installed $(VENV)/.installed-pyinstaller icons
	QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/briefing.spec
	@echo "built dist/Briefing ($$(du -sh dist/Briefing | cut -f1)); check it with: dist/Briefing/Briefing --self-test"

# The .desktop entry, metainfo and icons for the current user; Exec= the checkout's .venv/bin/briefing-gui
# unless BRIEFING_EXEC=/absolute/path/to/program is given.
install-desktop: $(if $(filter $(DEFAULT_EXEC),$(BRIEFING_EXEC)),$(VENV)/.installed)
	sh packaging/linux/install-desktop.sh "$(BRIEFING_EXEC)"

uninstall-desktop:
	sh packaging/linux/install-desktop.sh --uninstall

validate-desktop:
	desktop-file-validate packaging/linux/org.briefing.Briefing.desktop
	appstreamcli validate --no-net packaging/linux/org.briefing.Briefing.metainfo.xml
