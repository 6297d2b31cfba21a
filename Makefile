# Every target that needs Python builds the local virtual environment first (from scratch on a
# fresh machine); `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard translations/*.ts)
QM := $(TS:.ts=.qm)
# The bundle is built in its own clean environment: PyInstaller takes whatever it finds.
BUNDLE_VENV := build/bundle-venv
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help run test lint format server translations update-ts screenshots bench bundle deb clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[server,dev]'
	touch $(STAMP)

translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM) ## compile the Qt Linguist translations (.ts -> .qm)

# No source locations in the .ts files: line numbers change with every edit and made every
# branch's .ts conflict with every other's.
update-ts: $(STAMP) ## add new tr() strings of citizen_app to translations/*.ts (then translate them)
	$(BIN)/pyside6-lupdate $$(find citizen_app -name '*.py' | sort) -ts $(TS) -no-obsolete -locations none -silent

run: $(STAMP) translations ## set up and run the desktop app (starts a demo server when none is configured)
	$(BIN)/python main.py

server: $(STAMP) ## run the reference server on http://127.0.0.1:8311 with the demo municipality
	$(BIN)/municipal-server seed-demo
	$(BIN)/municipal-server serve

# The real-window journey (tests/realwindow, about 16 minutes, mostly waiting on a person's
# pace) runs beside the rest of the suite, in its own pytest and temporary folder; its output
# follows the suite's. JOURNEY=0 leaves it out; PYTEST_ARGS apply to the rest.
JOURNEY ?= 1
test: $(STAMP) translations ## set up and run lint and the whole test suite (the real-window journey alongside)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@mkdir -p build
	@if [ "$(JOURNEY)" = 1 ]; then \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m realwindow tests/realwindow \
			--basetemp=build/realwindow-tmp -p no:cacheprovider > build/realwindow.log 2>&1 & \
		journey=$$!; \
	fi; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not realwindow" $(PYTEST_ARGS); rest=$$?; \
	real=0; \
	if [ "$(JOURNEY)" = 1 ]; then \
		wait $$journey; real=$$?; \
		echo "--- the real-window journey (build/realwindow.log) ---"; cat build/realwindow.log; \
	fi; \
	test $$rest -eq 0 && test $$real -eq 0

screenshots: $(STAMP) translations ## render every main screen in ar, en and fr to screenshots/*.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m citizen_app.screenshots

lint: $(STAMP) ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## apply ruff's formatting and safe fixes
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP) ## run every benchmark (about 30 min) and write bench/RESULTS.md; BENCH_ARGS=--quick for a short check
	$(BIN)/python bench/run_all.py $(BENCH_ARGS)

$(BUNDLE_STAMP): pyproject.toml packaging/bundle_requirements.py
	rm -rf $(BUNDLE_VENV)
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PYTHON) packaging/bundle_requirements.py > build/bundle-requirements.txt
	$(BUNDLE_VENV)/bin/python -m pip install --quiet -r build/bundle-requirements.txt
	touch $@

bundle: $(BUNDLE_STAMP) ## build the one-folder desktop app in dist/citizen-app/ (runs without Python)
	for ts in $(TS); do $(BUNDLE_VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/citizen-app.spec
	$(BUNDLE_VENV)/bin/python packaging/third_party_notices.py dist/citizen-app
	@du -sh dist/citizen-app | awk '{print "bundle size: " $$1 " (dist/citizen-app)"}'

deb: ## build dist/municipal-eservices_VERSION_ARCH.deb from the bundle (make bundle first)
	packaging/build_deb.sh

clean: ## remove the virtual environment and build outputs
	rm -rf $(VENV) build dist *.egg-info translations/*.qm
