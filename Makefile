# Two commands a nurse's IT person needs: `make run` and `make test`.
# Both create .venv on first use and refresh it when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test demo lint translations bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/nurse-desk $(ARGS)

demo: $(STAMP)
	$(BIN)/nurse-desk --demo

test: $(STAMP)
	bash scripts/system-deps.sh
	$(BIN)/python -m pytest $(PYTEST_ARGS) || { s=$$?; [ $$s -eq 5 ] && echo 'pytest collected no tests' >&2; exit $$s; }

lint: $(STAMP)
	$(BIN)/ruff check nurse_desk tests bench
	$(BIN)/ruff format --check nurse_desk tests bench

translations: $(STAMP)
	bash scripts/update-translations.sh

# `make bench BENCH=interactions` runs one (see bench/__init__.py).
bench: $(STAMP)
	$(BIN)/python -m bench.run_all $(BENCH)

clean:
	rm -rf $(VENV) build *.egg-info
