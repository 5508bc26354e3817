# Every target prepares what it needs first; nothing else has to be run by hand.
VENV   := .venv
PY     := $(VENV)/bin/python
SETUP  := $(VENV)/.installed

.PHONY: run test fuzz bench lint format clean setup

setup $(SETUP): pyproject.toml scripts/setup-env.sh
	@VENV=$(VENV) bash scripts/setup-env.sh

run: $(SETUP)
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
	  echo "No display found (DISPLAY is not set). Run 'make run' in a desktop session," >&2; \
	  echo "or on a headless machine: xvfb-run make run" >&2; exit 1; fi
	$(PY) -m treatyviewer $(ARGS)

test: $(SETUP)
	@VENV=$(VENV) bash scripts/setup-tei-check.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 --dist loadscope -q $(PYTEST_ARGS)

# The reader fuzz test with 10,000 examples (make test runs it with a few hundred);
# each of its tests takes a minute or more, so the 300 s limit per test is raised.
fuzz: $(SETUP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q --timeout=1800 --hypothesis-profile=fuzz tests/test_reader_fuzz.py $(PYTEST_ARGS)

bench: $(SETUP)
	@# Byte-compile first so start-up timings do not include compiling our sources.
	$(PY) -m compileall -q src >/dev/null
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

lint: $(SETUP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

format: $(SETUP)
	$(VENV)/bin/ruff check --fix src tests benchmarks
	$(VENV)/bin/ruff format src tests benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Packaging: a self-contained folder built with PyInstaller, and the wheel and sdist.
# Both check what they build (see packaging/).
.PHONY: package wheel

package: $(SETUP)
	VENV=$(VENV) bash packaging/build-bundle.sh

wheel: $(SETUP)
	@$(PY) -c 'import build' 2>/dev/null || $(PY) -m pip install --quiet --disable-pip-version-check build
	rm -f dist/treatyviewer-*.whl dist/treatyviewer-*.tar.gz
	$(PY) -m build --outdir dist .
	bash packaging/check-wheel.sh

# Interface translations (Qt Linguist). The .ts sources are committed; the .qm are built.
# `make update-translations` re-scans the code for tr() strings; translate the new ones
# in Qt Linguist (.venv/bin/pyside6-linguist) or a text editor, then `make translations`.
.PHONY: translations update-translations
TS_FILES := resources/translations/treatyviewer_ru.ts resources/translations/treatyviewer_tr.ts
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(SETUP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Every module under ui/ (the window) and io/ (the reports' own words, ReportWords),
# however deep; tr() strings live nowhere else.
update-translations: $(SETUP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations relative \
	  $$(find src/treatyviewer/ui src/treatyviewer/io -name '*.py' | sort) -ts $(TS_FILES)

run test package wheel: translations
