# Two commands matter: `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench stress installer clean venv mutation test-shuffled screenshots

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,postgres]'
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

# The evening end to end (issue 15) in English and Italian, its screenshots kept in
# artefacts/evening/<lang>/ to look at (the tests alone write them under a temp folder).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen ORGANISER_ARTEFACTS=artefacts $(PY) -m pytest -q -p no:cacheprovider tests/ui/test_evening_end_to_end.py
	@echo "screenshots in artefacts/evening/en and artefacts/evening/it"

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

stress: $(STAMP)
	QT_QPA_PLATFORM=offscreen ORGANISER_STRESS=1 $(PY) -m pytest -q -m slow -p no:cacheprovider

# Mutation testing of the core's critical modules (slow; not part of `make test`).
# ONLY='organiser.checkin.*' limits the run to some mutants; the score per module
# is printed from mutmut's results (see [tool.mutmut] in pyproject.toml).
mutation: $(STAMP)
	$(PY) -m pip install --quiet -e '.[mutation]'
	QT_QPA_PLATFORM=offscreen ORGANISER_TEST_OUTSIDE_CHECK=0 $(VENV)/bin/mutmut run $(ONLY)
	$(PY) -m tests.tools.mutation_score

# The suite in a shuffled order (seed printed; ORGANISER_TEST_SEED=N replays it).
test-shuffled: $(STAMP)
	QT_QPA_PLATFORM=offscreen ORGANISER_TEST_SHUFFLE=1 $(PY) -m pytest -q -p no:cacheprovider

installer: $(STAMP)
	$(PY) -m pip install --quiet pyinstaller
	$(PY) installer/build.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache mutants .mutation
