# Quotelens: `make run` installs and starts the server; `make test` installs what the tests need and runs them all.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8765

.PHONY: run test bench browser lint-extension package clean

run: $(VENV)/.installed
	@echo ""
	@echo "Quotelens server: http://$(HOST):$(PORT)/   (demo page: http://$(HOST):$(PORT)/demo)"
	@echo "Load the extension: open chrome://extensions, switch on Developer mode,"
	@echo "click 'Load unpacked' and choose $(CURDIR)/extension"
	@echo ""
	$(BIN)/quotelens serve --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-test browser node_modules/.installed
	$(BIN)/python -m pytest

# Every bench runs even when one misses its target; the target exits non-zero at the end if any did.
BENCHES := extraction quotes people sanctions agreement latency load extension palette corpus

bench: $(VENV)/.installed-bench browser node_modules/.installed
	@failed=""; for name in $(BENCHES); do \
	  echo "== bench/$$name.py"; $(BIN)/python bench/$$name.py || failed="$$failed $$name"; \
	done; if [ -n "$$failed" ]; then echo "targets missed in:$$failed"; exit 1; fi

# Each stamp depends on the file that lists what it installs, so an edit there reinstalls and nothing else does.
$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[test,corpus]"
	@touch $(VENV)/.installed $@

$(VENV)/.installed-bench: bench/requirements.txt $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet -r bench/requirements.txt
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Browser tests drive Debian's chromium and firefox-esr (Playwright's own browser downloads do not work offline).
BROWSERS := chromium firefox-esr

browser:
	@missing="$$(for b in $(BROWSERS); do command -v $$b >/dev/null 2>&1 || echo $$b; done)"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Missing browsers: install them (sudo apt-get install $$missing) and run make test again."; exit 1; \
	  fi; \
	fi

lint-extension: node_modules/.installed
	npx --no-install web-ext lint --source-dir extension

# The store packages, dist/quotelens-{chrome,firefox}-<version>.zip (docs/extension.md says what each holds).
package: node_modules/.installed
	$(PYTHON) tools/package_extension.py

clean:
	rm -rf $(VENV) node_modules .pytest_cache dist
