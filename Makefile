# The two commands of the README (make run, make test) and the developer targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: run test check fmt translations bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade "pip>=24"

# Installs the app with exact versions from constraints.txt; re-runs when they change.
$(VENV)/.run-stamp: $(BIN)/python setup.cfg constraints.txt
	$(PIP) install -c constraints.txt -e .
	touch $@

$(VENV)/.test-stamp: $(BIN)/python setup.cfg constraints.txt
	$(PIP) install -c constraints.txt -e '.[test]'
	touch $@ $(VENV)/.run-stamp

run: $(VENV)/.run-stamp
	$(BIN)/bkt-branch

# The server tests run on SQLite and on PostgreSQL: tests/pg_cluster.py installs PostgreSQL when
# it is missing, starts a throwaway cluster on loopback for this run, and stops it afterwards.
test: $(VENV)/.test-stamp
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.pg_cluster -- $(BIN)/python -m pytest

# The heavy variants of the server's proofs (make test runs them small): fuzzed API cases,
# ledger state machine runs and steps, SIGKILL rounds; each may take far longer than a test.
FUZZ_TESTS := tests/server/test_fuzz_api.py tests/server/test_ledger_invariants.py \
	tests/server/test_crash_safety.py
fuzz: $(VENV)/.test-stamp
	BKT_FUZZ_EXAMPLES=200 BKT_LEDGER_RUNS=300 BKT_LEDGER_STEPS=60 BKT_CRASH_ROUNDS=10 \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --timeout=3600 $(FUZZ_TESTS)

# Every benchmark against its target, one table (bench/run.py). Bytecode caching on: this
# environment sets PYTHONDONTWRITEBYTECODE, and without .pyc files every start recompiles the
# project. The GUI figures need an X display: a private Xvfb for the run when DISPLAY is unset.
BENCH_PY := env -u PYTHONDONTWRITEBYTECODE $(BIN)/python
# The load generator, the virtual screen, and the one library Qt's xcb plugin needs beyond it.
BENCH_PACKAGES := wrk xvfb libxcb-cursor0
bench: $(VENV)/.test-stamp
	dpkg -s $(BENCH_PACKAGES) >/dev/null 2>&1 || apt-get install -y $(BENCH_PACKAGES) || \
		(apt-get update && apt-get install -y $(BENCH_PACKAGES))
	$(BENCH_PY) -m compileall -q desktop ui server_stub bench
	@if [ -n "$$DISPLAY" ]; then $(BENCH_PY) bench/run.py; else \
		fd=$$(mktemp); \
		Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$$fd" 2>/dev/null & \
		xvfb=$$!; trap 'kill $$xvfb 2>/dev/null; rm -f "$$fd"' EXIT; \
		for _ in $$(seq 100); do [ -s "$$fd" ] && break; sleep 0.1; done; \
		[ -s "$$fd" ] || { echo "Xvfb did not start" >&2; exit 1; }; \
		DISPLAY=":$$(cat "$$fd")" $(BENCH_PY) bench/run.py; fi

check: $(VENV)/.test-stamp
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

fmt: $(VENV)/.test-stamp
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Qt Linguist: extract every translate("Context", "…") into the Albanian .ts, compile the .qm.
# The Python parser of lupdate 6.11 takes a plural count that is a name (translate(ctx, text,
# None, n)) for an old "encoding" argument: it loses %n plurals or the whole message. So lupdate
# reads a copy of the sources with each count replaced by the literal 1 (-locations none: the
# .ts is the same); remove this step once the pinned PySide6 parses counts again.
# The copy also turns "#:" comments into plain ones: lupdate takes "#:" for a note to the
# translator and pinned our attribute docs ("#: How long a pop-up stays") to the next message.
TS := resources/translations/bkt_sq.ts
define LUPDATE_COPY
import ast, pathlib, re, sys
out = pathlib.Path(sys.argv[1])
for root in sys.argv[2:]:
    for path in sorted(pathlib.Path(root).rglob("*.py")):
        src = path.read_bytes()
        starts = [0]
        for line in src.splitlines(keepends=True):
            starts.append(starts[-1] + len(line))
        counts = [
            call.args[3]
            for call in ast.walk(ast.parse(src))
            if isinstance(call, ast.Call)
            and getattr(call.func, "id", getattr(call.func, "attr", "")) == "translate"
            and len(call.args) == 4
        ]
        for arg in sorted(counts, key=lambda a: (a.lineno, a.col_offset), reverse=True):
            begin = starts[arg.lineno - 1] + arg.col_offset
            end = starts[arg.end_lineno - 1] + arg.end_col_offset
            src = src[:begin] + b"1" + src[end:]
        src = re.sub(rb"(?m)^([ \t]*)#:", rb"\1# ", src)
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(src)
endef
export LUPDATE_COPY
translations: $(VENV)/.test-stamp
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python -c "$$LUPDATE_COPY" "$$tmp" desktop ui && \
	(cd "$$tmp" && "$(CURDIR)/$(BIN)/pyside6-lupdate" -silent -extensions py -locations none \
		-no-obsolete -source-language en -target-language sq_AL desktop ui -ts "$(CURDIR)/$(TS)")
	$(BIN)/pyside6-lrelease -silent $(TS) -qm resources/translations/bkt_sq.qm
