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

# The Nu Html Checker and axe-core, which the HTML and browser tests drive (package.json).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

# Debian packages some tests drive (jing, chromium, java); skipped when not root.
system:
	bash .ci/system-packages

test: system node_modules/.installed $(VENV)/.test-installed
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build dist node_modules
