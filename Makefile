# The two set-up commands of the README. Everything else is CMake (see CMakePresets.json).
.PHONY: run test build deps

deps:
	packaging/install-deps-debian.sh

build: deps
	cmake --preset default
	cmake --build --preset default

run: build
	build/app/uniondesk

test: build
	tests/run-tests.sh build
