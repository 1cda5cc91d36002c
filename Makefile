# Ydelsesportalen: two commands.
#   make run   set up everything and serve the portal with demo data on 127.0.0.1:8000
#   make test  set up everything and run ruff, the import contracts and pytest
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# Two test processes (this machine has two cores); the real-worker tests share one (conftest.py).
PYTEST_PARALLEL ?= -n 2 --dist loadgroup
# The task tests send work to a real worker on Redis; everything else runs Celery eagerly.
# The virus-scan tests start their own clamd (scripts/clamd.sh) unless CLAMAV_SOCKET names one.

.PHONY: otp run test setup setup-python setup-node translations messages static demo clean lint

setup: setup-python setup-node translations

setup-python: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	@touch $@

setup-node: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

translations: setup-python
	@scripts/ensure_system_packages.sh run
	$(BIN)/python manage.py compilemessages --ignore '.venv' --ignore 'node_modules' -v0

# Refresh locale/da/LC_MESSAGES/django.po from the source strings.
messages: setup-python
	$(BIN)/python manage.py makemessages -l da --ignore '.venv/*' --ignore 'node_modules/*' --ignore 'var/*' --no-obsolete

static: setup
	$(BIN)/python manage.py collectstatic --noinput -v0

demo: setup
	$(BIN)/python manage.py migrate --noinput -v0
	$(BIN)/python manage.py demo_data

# Uploads are scanned by a local ClamAV daemon when clamav-daemon is installed
# (scripts/clamd.sh, on a socket in var/clamav/); otherwise by the fake scanner.
run: static demo
	@$(BIN)/python manage.py demo_data --print-logins --port $(PORT)
	@if sock=$$(scripts/clamd.sh start 2>/dev/null); then \
	  echo "Virus scan: ClamAV on $$sock"; export USE_CLAMAV=true CLAMAV_SOCKET=$$sock; \
	  trap 'scripts/clamd.sh stop' EXIT INT TERM; \
	else echo "Virus scan: the fake scanner (install clamav-daemon for ClamAV)"; fi; \
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(BIN)/python manage.py runserver $(HOST):$(PORT)

otp: setup-python
	@$(BIN)/python manage.py demo_otp $(STAFF)

lint: setup-python
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: export CELERY_BROKER_URL ?= redis://127.0.0.1:6379/14
test: export CELERY_RESULT_BACKEND ?= redis://127.0.0.1:6379/12
test: setup
	@scripts/ensure_system_packages.sh test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python -m pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) node_modules var
