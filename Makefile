# Thin wrapper over installer/deps-debian.sh and the CMake presets.
#   make run   - install what is missing, build, open the demo assessment
#   make test  - install what is missing, build, run every test through CTest;
#                in CI (CI=true, as .ci/run is called) also the sanitizer pass
#   make fuzz  - build the libFuzzer targets with clang and run each a while
PRESET ?= $(if $(CI),ci,default)
BUILD_DIR := build
APP := $(BUILD_DIR)/bin/gdpr-readiness
DEMO := $(BUILD_DIR)/share/gdpr-readiness/demo/demo.gdpra

.PHONY: all deps configure build run test test-sanitize test-sanitize-headless fuzz bench format package clean

all: build

deps:
	@bash installer/deps-debian.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

run: build
	@bash installer/run-demo.sh "$(APP)" "$(DEMO)"

test: build
	@ctest --preset $(PRESET)
	@$(if $(CI),$(MAKE) --no-print-directory test-sanitize-headless,true)

# The test suites built with AddressSanitizer and UBSan (CMakePresets.json
# "asan", build-asan/); docs/fuzzing.md.
test-sanitize: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan
	@ctest --preset asan

# The part of it that CI runs: every suite that needs neither the widgets
# nor the program (tests/CMakeLists.txt, "sanitize_suites").
test-sanitize-headless: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan --target sanitize_suites
	@ctest --preset asan -R "$$(cat build-asan/sanitize-suites.txt)"

# libFuzzer (clang): FUZZ_SECONDS per target, new inputs kept in build-fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := $(addprefix fuzz_,questionnaire assessment crm_csv crm_contacts crm_consent_log crm_mailchimp)
fuzz:
	@bash installer/deps-debian.sh --fuzz
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz --target $(FUZZ_TARGETS)
	@bash tests/fuzz/run-fuzzers.sh build-fuzz $(FUZZ_SECONDS)

bench: build
	@bash bench/run-benchmarks.sh "$(BUILD_DIR)"

package: build
	@cd $(BUILD_DIR) && cpack -G "DEB;TGZ"

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf $(BUILD_DIR) build-asan build-fuzz
