# problem-generator developer entry points. Everything runs from the project's .venv and node_modules;
# nothing is installed globally. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3                 # interpreter that creates .venv (3.11+)
VENV   := .venv
PY     := $(VENV)/bin/python
SLS    := node_modules/.bin/sls
STAGE  ?= dev
REGION ?=
# Extra stage params for package/deploy/remove, e.g. PARAMS='--param=auth=jwt --param=jwtIssuerUrl=...'
PARAMS ?=
SLS_TARGET = -s $(STAGE) $(if $(REGION),--region $(REGION)) $(PARAMS)
PIP_STAMP := $(VENV)/.requirements.stamp
NPM_STAMP := node_modules/.package-lock.json
TEMPLATE  := .serverless/cloudformation-template-update-stack.json
PYTEST_ARGS ?=
# pytest-xdist workers: the suite is CPU-bound (sandboxed gate runs), one worker per core.
TEST_WORKERS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_ARGS ?=
BATCH_ARGS ?=

# Dummy credentials: packaging and the local stack never talk to AWS.
AWS_DUMMY := AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
# serverless-python-requirements runs `$PYTHON_BIN -m pip download ... --platform manylinux2014_aarch64`.
export PYTHON_BIN := $(CURDIR)/$(PY)
export SLS_TELEMETRY_DISABLED := 1
export AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE := 1

.PHONY: help install demo dev batch test bench lint package clean invoke browser-deps

help:
	@echo "make install   create .venv (pip install -r requirements-dev.txt) and node_modules (npm ci); idempotent"
	@echo "make demo      start the local stack, run a demo job, stop     (DEMO_ARGS='--count 3 --language ko')"
	@echo "make batch     start the local stack, fire a scheduled batch via sls invoke local, follow it (BATCH_ARGS='--name nightly')"
	@echo "make dev       local stack in the foreground until Ctrl-C (API on http://127.0.0.1:\$${HTTP_PORT:-3000})"
	@echo "make invoke    sls invoke local -f \$$FN -p events/\$$FN.json against the running \`make dev\` (FN=submit)"
	@echo "make test      the whole pytest suite (tests/)                 (PYTEST_ARGS='-k emulator')"
	@echo "make bench     run bench/*.py"
	@echo "make lint      ruff"
	@echo "make package   sls package -s \$$STAGE (default dev) + cfn-lint on the template"
	@echo "make deploy    the checks of make package, then deploy that package (STAGE=prod REGION=ap-northeast-2 PARAMS='--param=...')"
	@echo "make lambda-libs  Debian's arm64 libseccomp into lib/ (the Lambda package's seccomp; make deploy runs it)"
	@echo "make remove    the same checks, then remove the stack (the jobs bucket is retained: README 'Tearing down')"
	@echo "make info      the deployed stage's API URL and stack outputs"

install: $(PIP_STAMP) $(NPM_STAMP) web/vendor/.stamp

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "need Python 3.11+, got " + sys.version)'
	$(PYTHON) -m venv $(VENV)

$(PIP_STAMP): requirements.txt requirements-dev.txt requirements-llm.txt | $(PY)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	@touch $@

# npm writes node_modules/.package-lock.json on every install: a stamp that disappears with node_modules.
$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# The web client's libraries (marked, KaTeX) copied from node_modules: served by `make dev`, no CDN.
web/vendor/.stamp: $(NPM_STAMP) scripts/vendor_web.py | $(PY)
	$(PY) scripts/vendor_web.py
	@touch $@

demo: install
	$(PY) -m generator.local demo $(DEMO_ARGS)

dev: install
	$(PY) -m generator.local dev

# With `make dev` running in another terminal: the function's event through `sls invoke local` (stage local).
FN ?= submit
invoke: install
	@test -f events/$(FN).json || { echo "no events/$(FN).json; one of: $$(ls events | sed 's/.json//' | tr '\n' ' ')" >&2; exit 1; }
	VIRTUAL_ENV=$(CURDIR)/$(VENV) $(SLS) invoke local -f $(FN) -p events/$(FN).json

batch: install
	$(PY) -m generator.local batch $(BATCH_ARGS)

# Chromium for the browser tests (scripts/setup_browser.sh, shared with .ci/run): installed with apt-get as
# root, otherwise the exact command is printed. Not needed when PYTEST_ARGS deselects the e2e tests.
browser-deps:
	@bash scripts/setup_browser.sh

# tests/timing compares CPU times with limits (the catalog's gate + verifyproblem): it runs alone, in one process,
# after the rest, since other work on the machine swells one run's CPU time by up to 1.9x. Exit status 5 is "no test
# selected" (a PYTEST_ARGS filter that leaves none there).
test: install $(if $(findstring not e2e,$(PYTEST_ARGS)),,browser-deps)
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile tests --ignore=tests/timing $(PYTEST_ARGS)
	$(PY) -m pytest tests/timing $(PYTEST_ARGS) || [ $$? -eq 5 ]

bench: install
	@shopt -s nullglob; files=(bench/*.py); \
	if [ $${#files[@]} -eq 0 ]; then echo "no bench/*.py"; exit 0; fi; \
	for f in "$${files[@]}"; do echo "== $$f"; PYTHONPATH=$(CURDIR) $(PY) "$$f" || exit 1; done

lint: install
	$(VENV)/bin/ruff check .

# The checks every deployment passes: batches.toml and its schedules, the deploy guard
# (scripts/serverless-deploy-guard.js, inside sls package), cfn-lint on the template.
package: install
	$(PY) scripts/validate_batches.py
	$(AWS_DUMMY) $(SLS) package $(SLS_TARGET)
	$(VENV)/bin/cfn-lint -i W3005 -- $(TEMPLATE)

.PHONY: deploy remove info lambda-libs
# Debian's arm64 libseccomp into lib/ (scripts/fetch_libseccomp.sh): Lambda's runtime image has none, and without
# seccomp the sandbox refuses to run anything there. `make package` ships it when present; `make deploy` needs it.
lambda-libs: lib/libseccomp.so.2

lib/libseccomp.so.2:
	scripts/fetch_libseccomp.sh

# Deploys exactly the artifact `package` built and linted, with your own credentials (AWS_PROFILE=... make deploy).
deploy: lambda-libs package
	$(SLS) deploy $(SLS_TARGET) --package .serverless
	$(SLS) info $(SLS_TARGET) --verbose

remove: package
	$(SLS) remove $(SLS_TARGET)
	@echo "The jobs bucket was retained with its data (README 'Tearing down' says how to delete or reuse it)."

info: install
	$(SLS) info $(SLS_TARGET) --verbose

clean:
	rm -rf .serverless .serverless-offline .pytest_cache .local/logs
