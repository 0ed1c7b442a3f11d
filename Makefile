# Two commands on a fresh machine with Python 3.11+: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck check docs dist eval bench corpus-diff fuzz clean

# `make demo` needs only diplotext itself; `make test` adds the dev tools (the demo's .venv is reused)
DEMO_STAMP := $(VENV)/.installed-demo

$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(DEMO_STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(BIN)/diplotext extract --summary examples/state_visit.txt

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks fuzz
	$(BIN)/ruff format --check src

typecheck: $(STAMP)
	$(BIN)/mypy --strict src/diplotext

check: test lint typecheck

# the docs site, into site/ (mkdocs.yml; --strict: a warning fails the build)
DOCS_STAMP := $(VENV)/.installed-docs
$(DOCS_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[docs]'
	touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --clean --site-dir site

# the sdist and wheel, into dist/, checked by twine
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet 'build>=1.2' 'twine>=5'
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*

eval: $(STAMP)
	$(BIN)/diplotext eval ../shared/gold/seeds.json ../shared/gold/dev.json ../shared/bench/quotes/polnear/dev
	$(BIN)/diplotext eval --half a ../shared/gold/dev.json ../shared/gold/events_dev.json
	$(BIN)/diplotext eval --half b ../shared/gold/dev.json ../shared/gold/events_dev.json
	$(BIN)/diplotext eval --plugins dates ../shared/bench/timex/TimeBank ../shared/bench/timex/AQUAINT

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# coverage-guided fuzzing of extract() and the readers (atheris): FUZZ_SECONDS=3600 make fuzz.
# The corpus (seeded from the test articles) and any crash files stay in .fuzz/ (docs/reliability.md);
# a crash prints its input as a Python literal, so a run elsewhere (CI) can be replayed here.
# FUZZ_SEED=0 draws a new seed each run; CI passes a fixed one, so a commit's run can be repeated.
FUZZ_SECONDS ?= 60
FUZZ_SEED ?= 0
FUZZ := .fuzz
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[fuzz]'
	mkdir -p $(FUZZ)/corpus && cp tests/fixtures/articles/*.txt $(FUZZ)/corpus/
	$(BIN)/python fuzz/fuzz_extract.py -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -seed=$(FUZZ_SEED) \
		-artifact_prefix=$(FUZZ)/ -print_final_stats=1 $(FUZZ)/corpus \
		|| { for f in $(FUZZ)/crash-*; do echo "fuzz: $$f holds"; $(BIN)/python -c \
		'import sys; print(repr(open(sys.argv[1], "rb").read()))' "$$f"; done; exit 1; }

# every event of ../shared/corpus from the last commit and from the working tree, and a sample of
# what appeared, vanished or changed
SNAP := .corpus-diff
corpus-diff: $(STAMP)
	rm -rf $(SNAP) && git worktree prune && mkdir -p $(SNAP)
	git worktree add --quiet --detach $(SNAP)/head HEAD
	PYTHONPATH=$(SNAP)/head/src $(BIN)/python benchmarks/corpus_diff.py snapshot $(SNAP)/before.jsonl
	git worktree remove --force $(SNAP)/head
	$(BIN)/python benchmarks/corpus_diff.py snapshot $(SNAP)/after.jsonl
	$(BIN)/python benchmarks/corpus_diff.py diff $(SNAP)/before.jsonl $(SNAP)/after.jsonl --sample 30

clean:
	rm -rf $(VENV) build dist site src/*.egg-info .pytest_cache .mypy_cache .ruff_cache $(SNAP) $(FUZZ)
