#!/usr/bin/env bash
# Builds a benchmark in Release (build-release/ unless BUILD_DIR says otherwise) and runs it. The first argument may
# name it: members (the default), congress or aid; the other arguments go to the benchmark (members_bench: --members N
# --runs R --seed S --work DIR --keep; aid_bench: --members N --claims N --runs R --seed S --work DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-release}
bench=members
case "${1:-}" in
members | congress | aid)
    bench=$1
    shift
    ;;
esac
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
if [ "$bench" = members ]; then
    cmake --build "$build" -j2 --target uniondesk members_bench
else
    cmake --build "$build" -j2 --target "${bench}_bench"
fi
exec "$build/tests/bench/${bench}_bench" "$@"
