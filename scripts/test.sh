#!/usr/bin/env bash
# Quick start, command 2 of 2: every test, and the formatting check.
# Reuses the build made by scripts/demo.sh when there is one (CI builds once).
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --build-tests
swift test --skip-build

echo "==> swift format lint --strict"
swift format lint --strict --recursive Package.swift Sources Tests
