# Quick start: `make run` builds the sample graph, `make test` runs the suite.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
KG := $(BIN)/kg

.PHONY: run test bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(KG) build data/raw
	$(KG) query "who signed with PUMCH"
	$(KG) export --format graphml --output data/graphs/graph.graphml

# The HTML export is tested in headless Chromium (Debian's package; we run as root).
test: $(VENV)/.installed-test
	command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf $(VENV) data/graphs/*.json data/graphs/*.graphml data/graphs/*.sqlite
