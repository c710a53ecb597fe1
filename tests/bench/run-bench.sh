#!/usr/bin/env bash
# Builds uniondesk and members_bench in Release (build-release/ unless BUILD_DIR says otherwise) and runs
# the benchmark; arguments go to members_bench (--members N --runs R --seed S --work DIR --keep).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-release}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2 --target uniondesk members_bench
exec "$build/tests/bench/members_bench" "$@"
