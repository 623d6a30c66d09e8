# Quick start: `make run` builds the sample graph, `make test` runs the suite (`make test-quick` the fast part).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
KG := $(BIN)/kg

.PHONY: run test test-quick bench clean

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

# The HTML export is tested in headless Chromium (Debian's package). It is installed when missing where that can
# work (as root, with apt-get: CI); elsewhere the browser tests are skipped and pytest says why on one line.
test: $(VENV)/.installed-test
	@command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	  else echo "chromium is not installed and this is not root with apt-get: the browser tests will be skipped."; fi
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# The suite without the tests marked slow (subprocesses, worker pools, a browser, the held-out quality sets, the larger
# property tests): for a quick check while editing, about 20 s on two cores.
test-quick: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q -m "not slow"

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf $(VENV) data/graphs/*.json data/graphs/*.graphml data/graphs/*.sqlite
