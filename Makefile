# Two entry points of the quick start: `make serve` and `make test`.
# Each creates .venv on first use, so a fresh machine needs nothing but
# Python 3.11+ (and root, or sudo, for the Debian packages the tests use).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: serve test build validate system clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

serve: $(VENV)/.installed
	$(BIN)/edition serve tei/

build: $(VENV)/.installed
	$(BIN)/edition build --out build/

validate: $(VENV)/.installed
	$(BIN)/edition validate tei/

# Debian packages some tests drive (jing, chromium, java); skipped when not root.
system:
	bash .ci/system-packages

test: system $(VENV)/.test-installed
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build dist
