#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors and runs all tests.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# The end-to-end tests read the Maven sample data from ../shared/data/maven-crm beside the
# clone; DEALBOARD_MAVEN_DIR points them elsewhere.
maven=()
if [ -n "${DEALBOARD_MAVEN_DIR:-}" ]; then
    maven=("-DDEALBOARD_MAVEN_DIR=$DEALBOARD_MAVEN_DIR")
fi
cmake --preset ci "${maven[@]}"
cmake --build --preset ci
ctest --preset ci --parallel 2
