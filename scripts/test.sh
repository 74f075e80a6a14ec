#!/usr/bin/env bash
# Quick start, command 2 of 2: every test, and the formatting check.
# Reuses the build made by scripts/demo.sh when there is one (CI builds once).
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --build-tests
swift test --skip-build

echo "==> swift format lint --strict"
swift format lint --strict --recursive Package.swift Sources Tests

# The storefront of the sample season, checked as a browser and a validator see it. Built here
# into a scratch folder with a fixed clock, so the check does not depend on the demo's state.
echo "==> storefront checks on the sample season"
bin="$(swift build --show-bin-path)/gangway"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/inbox"
cp inbox/samples/*.csv inbox/samples/*.xml "$work/inbox/"
export GANGWAY_NOW="2026-11-25T09:00:00Z" GANGWAY_DATABASE_PATH="$work/gangway.sqlite" \
    GANGWAY_INBOX_PATH="$work/inbox" GANGWAY_OUTBOX_PATH="$work/outbox" GANGWAY_SITE_TEMPLATES_PATH="$PWD/templates"
"$bin" import >/dev/null
"$bin" site build --out "$work/site"
./scripts/site-checks/validate-html.sh "$work/site"
mkdir -p outbox/screenshots
python3 scripts/site-checks/browser-check.py "$work/site" outbox/screenshots
# A real purchase in the browser: two seats, the ЮMoney form, a signed notification, the tickets.
python3 scripts/site-checks/buy-check.py "$bin" "$work/site" outbox/screenshots

