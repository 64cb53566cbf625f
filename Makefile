# newsroom: `make run` to use it, `make test` to check it. See README.md.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-fast lint format bench load messages makemessages password setup deps dev-deps browser dictionaries migrate demo clean

# The task worker runs beside the server: it makes the suggestions of imported articles.
run: deps messages dictionaries migrate demo ## Set up everything and serve on http://127.0.0.1:8000
	@$(PY) manage.py ensure_admin --url http://$(HOST):$(PORT)/
	@$(PY) manage.py db_worker --no-reload --no-startup-delay -v 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	echo "Background worker started (process $$worker): suggestions follow every import."; \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: dev-deps browser messages dictionaries ## Install what the tests need, then run the whole suite
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest -p no:cacheprovider

test-fast: dev-deps ## The fast loop: everything but the browser tests
	$(VENV)/bin/pytest -m "not browser" -q

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	@touch $@

$(VENV)/.deps: $(VENV)/.created requirements.txt
	$(PIP) install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev-deps: $(VENV)/.deps requirements-dev.txt
	$(PIP) install --quiet -r requirements-dev.txt
	@touch $@

deps: $(VENV)/.deps
dev-deps: $(VENV)/.dev-deps

# Debian's Chromium drives the browser tests (Playwright cannot download its own here).
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "chromium is not installed and cannot be installed here: the browser tests will be skipped"; fi

# Open dictionaries for quote variants (annotations/text/lexicon.py), read where Debian
# puts them: FreeDict English-Indonesian and the Indonesian thesaurus. Optional: without
# them the matcher uses its built-in table.
dictionaries:
	@if [ -f /usr/share/dictd/freedict-eng-ind.index ] && [ -f /usr/share/mythes/th_id_ID_v2.dat ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing Debian's dict-freedict-eng-ind and mythes-id for quote variants..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dict-freedict-eng-ind mythes-id >/dev/null \
	    || echo "could not install them: quote variants use the built-in table"; \
	else echo "dict-freedict-eng-ind and mythes-id are not installed: quote variants use the built-in table"; fi

# Translations: compiled from locale/*/LC_MESSAGES/django.po (needs gettext's msgfmt).
messages: deps
	@if ! command -v msgfmt >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; fi
	@$(PY) manage.py compilemessages --ignore=.venv -v 0

makemessages: deps ## Refresh the .po files after changing UI strings
	$(PY) manage.py makemessages -l id -l en --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=bench --no-obsolete

migrate: deps
	@$(PY) manage.py migrate --no-input -v 0

demo: deps ## Load the demo corpus (only into an empty library)
	@$(PY) manage.py load_demo

password: deps ## Set a new password for the local admin
	$(PY) manage.py changepassword admin

bench: dev-deps ## Print the figures as one table, write bench/results.json (QUICK=1: smaller data)
	$(PY) bench/run.py $(if $(QUICK),--quick)

# make load SECONDS=15: shorter; DATABASE_URL=postgres://... runs it on PostgreSQL.
SECONDS ?= 60
load: dev-deps ## 50 editors against gunicorn for SECONDS (60), then check every write
	$(PY) bench/load.py --seconds $(SECONDS)

lint: dev-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: dev-deps
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 db.sqlite3-wal db.sqlite3-shm
