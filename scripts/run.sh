#!/usr/bin/env bash
# Installs what is missing, builds Dealboard and opens it on its default database.
# Arguments are passed to the app, e.g. --database FILE or --verbose.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/src/app/dealboard "$@"
