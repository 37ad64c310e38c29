# Mongolia–Japan relations in numbers. `make help` lists the targets.
# Parameters (lower case on purpose: LANG is the locale variable):
#   make notebooks lang=mn currency=USD price_basis=constant base_year=2016
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
UV := $(shell command -v uv 2>/dev/null || echo $(VENV)-uv/bin/uv)

lang ?= en
langs ?= en mn ja
currency ?= JPY
price_basis ?= nominal
base_year ?= 2016
start_year ?= 1972
end_year ?= 2017
pdf ?=
PDF_FLAG := $(if $(filter 1 yes true,$(pdf)),--pdf,)
cell_timeout ?= 120
VERBOSE := $(if $(V),-v)
all ?=
# The slow tests (browser sweeps of every page, the PDFs, the US-dollar runs: see pyproject.toml) only with all=1
TEST_SELECTION := $(if $(filter 1 yes true,$(all)),,-m "not slow")
SHARED_PARAMS := --currency $(currency) --price-basis $(price_basis) --base-year $(base_year) --start-year $(start_year) --end-year $(end_year) --cell-timeout $(cell_timeout) $(VERBOSE)
RUN_PARAMS := --lang $(lang) $(SHARED_PARAMS)

.PHONY: help setup data check sums notebooks report pdf test bench lab clean

help: ## Show this help
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(PY): pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || { echo "uv not found: installing it with pip into $(VENV)-uv"; python3 -m venv $(VENV)-uv && $(VENV)-uv/bin/pip install --quiet uv; }
	$(UV) sync --frozen
	@touch $(PY)

setup: $(PY) ## Create .venv with the locked dependencies (uv)

data: $(PY) ## Verify data/external, validate data/extracted, regenerate data/clean (prints record counts)
	$(PY) -m mnjp data

check: $(PY) ## Verify data/external (schema + SHA256SUMS), validate data/extracted; fail if data/clean is stale
	$(PY) -m mnjp check

sums: $(PY) ## After a deliberate change to data/external: re-record SHA256SUMS with note="why"
	@test -n "$(note)" || { echo 'make sums needs note="why the reference files changed"' >&2; exit 2; }
	$(PY) -m mnjp sums --note "$(note)"

notebooks: $(PY) ## Execute the notebooks with papermill into build/ (lang=, currency=, ...)
	$(PY) -m mnjp run $(RUN_PARAMS)

report: $(PY) ## Build the report (editions langs="en mn ja", V=1 for detail): data -> notebooks -> book, into _build/html/<lang>/ (pdf=1: with the PDFs); skips what has not changed
	@$(PY) -m mnjp report --langs "$(langs)" $(SHARED_PARAMS) $(PDF_FLAG)

pdf: $(PY) ## Build each edition with its PDF, into _build/pdf/<lang>/ (reuses the notebook runs)
	@$(PY) -m mnjp report --langs "$(langs)" $(SHARED_PARAMS) --pdf

test: $(PY) ## Run the tests but the slow ones (all=1: every test, as CI does; installs Debian's chromium and poppler-utils when missing)
	bash tools/system-packages.sh
	$(PY) -m pytest $(TEST_SELECTION)

bench: $(PY) ## Time this pipeline against plain Jupyter Book on the same content (several minutes)
	$(PY) tools/benchmark.py

lab: $(PY) ## Open JupyterLab on the notebooks with the project's kernel
	$(PY) -m jupyter lab notebooks/

clean: ## Remove build outputs (keeps data/clean, which is committed)
	rm -rf build _build
