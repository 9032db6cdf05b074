# The commands README tells users to type. Each one installs what it needs first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo up test lint clean reset lock deps-check system-deps

# Dependencies come from the lock file, every file checked against its hash; then the project itself, without
# resolving anything else (pyproject.toml holds the ranges, requirements-dev.lock the exact versions).
$(STAMP): pyproject.toml requirements-dev.lock
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Re-resolve the lock files from pyproject.toml, keeping current pins (UPGRADE=1: newest allowed versions).
lock: $(STAMP)
	$(BIN)/pip install --quiet 'pip-tools>=7.4,<8'
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		$(if $(UPGRADE),--upgrade) --output-file requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		$(if $(UPGRADE),--upgrade) --extra test --output-file requirements-dev.lock pyproject.toml requirements-build.in

# Outdated and yanked pins in the lock files, base images without a digest (asks PyPI; no changes made).
deps-check: $(STAMP)
	$(BIN)/python -m tools.deps_check

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m devstack demo

up: $(STAMP)
	$(BIN)/python -m devstack up

# Chromium (+ CJK fonts) and Prometheus, which the browser and dashboard tests drive: installed when missing.
system-deps:
	bash tools/system_deps.sh

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q -n 3 --dist loadfile -m 'not solo'
	$(BIN)/python -m pytest -q -m solo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

reset:
	rm -rf .run

clean: reset
	rm -rf $(VENV)
