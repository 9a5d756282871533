# Two commands a developer needs: `make run` and `make test`.
# Both create .venv on first use and refresh it when pyproject.toml changes; `make run` also
# installs the system libraries Qt needs for a window (scripts/system-deps.sh, through apt).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test demo lint translations bench bundle soak clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	bash scripts/system-deps.sh run $(BIN)/python
	$(BIN)/nurse-desk $(ARGS)

demo: $(STAMP)
	bash scripts/system-deps.sh run $(BIN)/python
	$(BIN)/nurse-desk --demo

test: $(STAMP)
	bash scripts/system-deps.sh test
	$(BIN)/python -m pytest $(PYTEST_ARGS) || { s=$$?; [ $$s -eq 5 ] && echo 'pytest collected no tests' >&2; exit $$s; }

lint: $(STAMP)
	$(BIN)/ruff check nurse_desk tests bench
	$(BIN)/ruff format --check nurse_desk tests bench

translations: $(STAMP)
	bash scripts/update-translations.sh

# `make bench BENCH=interactions` runs one (see bench/__init__.py).
bench: $(STAMP)
	$(BIN)/python -m bench.run_all $(BENCH)

# The kill soak: `make soak KILLS=N` (1,000 by default) kills a writer N times with SIGKILL and
# prints kills, acknowledged writes and lost writes; the suite runs 100 (tests/storage).
KILLS ?= 1000
soak: $(STAMP)
	$(BIN)/python tests/storage/soak.py --kills $(KILLS)

# The installable program: dist/nurse-desk/ and, on Linux, the tarball nurses download
# (installers/build_bundle.py; rebuilt only when its inputs changed). The X11 libraries found
# here go into the bundle, so they are installed first.
bundle: $(STAMP)
	bash scripts/system-deps.sh run $(BIN)/python
	$(BIN)/python installers/build_bundle.py

clean:
	rm -rf $(VENV) build dist *.egg-info
