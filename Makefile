# Quotelens: `make run` installs and starts the server; `make test` installs what the tests need and runs them all.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8765

.PHONY: run test bench browser lint-extension clean

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
BENCHES := extraction quotes people sanctions agreement latency load extension palette

bench: $(VENV)/.installed-bench browser
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
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(VENV)/.installed $@

$(VENV)/.installed-bench: bench/requirements.txt $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet -r bench/requirements.txt
	@touch $@

node_modules/.installed: package.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Browser tests drive Debian's chromium (Playwright's own browser download does not work offline).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else \
	    echo "Chromium is missing: install it (sudo apt-get install chromium) and run make test again."; exit 1; \
	  fi; }

lint-extension: node_modules/.installed
	npx --no-install web-ext lint --source-dir extension

clean:
	rm -rf $(VENV) node_modules .pytest_cache
