# kith: the two commands are `make run` and `make check` (see README.md).
# Both install what is missing (scripts/install-deps), then build with CMake
# and Ninja (ccache when present).

BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 10
CMAKE_FLAGS ?=

CMAKE := cmake -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
FORMAT_FILES = $(wildcard $(shell git ls-files --cached --others --exclude-standard '*.cc' '*.h' 2>/dev/null))

.PHONY: all deps build run demo check test unit e2e web web-deps web-timing asan fuzz fuzz-check bench format format-check clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/build.ninja: CMakeLists.txt | deps
	$(CMAKE) -S . -B $(BUILD)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD)

# The web app on your own database (created if missing): prints the URL and a
# one-time login link. PORT=8080 by default.
PORT ?= 8080
run: build
	$(BUILD)/kith serve --port $(PORT)

# A tour on the command line: a demo network (its own file, never your data),
# its summary, one person's brief and today's queue.
demo: build
	@scripts/run-demo $(BUILD)/kith

# Tests run two at a time (the machine has two cores; e2e tests use their
# own temporary databases and ports).
CTEST := ctest --output-on-failure -j2

test: build
	$(CTEST) --test-dir $(BUILD)

# The browser tests' playwright-core, pinned in tests/web/package-lock.json;
# npm ci runs again only when package.json or the lock file changes.
WEB_DEPS := tests/web/node_modules/.package-lock.json

web-deps: $(WEB_DEPS)

$(WEB_DEPS): tests/web/package.json tests/web/package-lock.json | deps
	npm ci --prefix tests/web --no-audit --no-fund
	@touch $@

# Only the web app in chromium (screenshots in $(BUILD)/web-artifacts).
web: build web-deps
	$(CTEST) --test-dir $(BUILD) -L web

# Today's render time on the 10,000-person demo (docs/web.md); not in check.
web-timing: build web-deps
	node tests/web/today-timing.mjs $(BUILD)/kith

# The unit tests under ASan/UBSan (only their targets are built there).
asan: deps
	$(CMAKE) -S . -B $(ASAN_BUILD) -DKITH_SANITIZE=ON
	cmake --build $(ASAN_BUILD) --target unit_tests
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(CTEST) --test-dir $(ASAN_BUILD) -L unit

fuzz-build: deps
	$(CMAKE) -S . -B $(FUZZ_BUILD) -DKITH_FUZZ=ON -DCMAKE_C_COMPILER=clang-14 \
	  -DCMAKE_CXX_COMPILER=clang++-14 -DKITH_FUZZ_SECONDS=$(FUZZ_SECONDS)
	cmake --build $(FUZZ_BUILD)

# Each fuzzer briefly (make check) or for longer: make fuzz FUZZ_SECONDS=600
fuzz-check: fuzz-build
	$(CTEST) --test-dir $(FUZZ_BUILD) -L fuzz

fuzz: fuzz-check

check: build web-deps format-check test asan fuzz-check
	@echo "make check: all passed"

bench: build
	@scripts/bench $(BUILD)

format:
	clang-format -i $(FORMAT_FILES)

format-check: deps
	@clang-format --dry-run --Werror $(FORMAT_FILES) && echo "format-check: ok"

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
