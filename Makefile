# Two commands on a fresh machine: `make run` launches the app, `make test` runs the suite.
# Installing it: `make install-desktop` (menu entry and icon), `make dist` (the bundle).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.installed-bundle

.PHONY: run test test-bundle lint bench venv install-desktop uninstall-desktop dist clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

# Latency tests (marker `timing`) run alone after the parallel suite: sharing the two
# cores with another test worker would measure that worker, not the app.
# `--dist loadgroup` runs each xdist_group on one worker (the packaging tests build one
# wheel). The bundle tests (marker `bundle`) build the PyInstaller bundle: about a minute
# alone, several on a busy machine, which tripled the suite's time; `make test-bundle`
# runs them, `make test` does not.
test: $(STAMP)
	$(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 --dist loadgroup -m "not timing and not bundle" $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m timing $(PYTEST_ARGS)

test-bundle: $(BUNDLE_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m bundle $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

bench: $(STAMP)
	$(PY) bench/run.py $(ARGS)

# The menu entry starts LAUNCHER: this checkout's launcher unless given, e.g.
# `make install-desktop LAUNCHER=~/.local/bin/liquidity-cascade` after `pipx install .`.
LAUNCHER ?= $(abspath $(VENV))/bin/liquidity-cascade
install-desktop: $(if $(filter command line,$(origin LAUNCHER)),,$(STAMP))
	sh packaging/install-desktop.sh $(LAUNCHER)

uninstall-desktop:
	sh packaging/install-desktop.sh --uninstall

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	touch $(BUNDLE_STAMP)

# dist/liquidity-cascade/ (run dist/liquidity-cascade/liquidity-cascade) and its archive
dist: $(BUNDLE_STAMP)
	$(PY) packaging/build_bundle.py

clean:
	rm -rf $(VENV) .pytest_cache build dist
