#!/usr/bin/env python3
"""Real-browser check of the static storefront: keyboard seat selection in headless Chromium.

Usage:
    scripts/site-checks/browser-check.py SITE_DIR OUT_DIR

SITE_DIR is the output of `gangway site build --out SITE_DIR` (it holds assets/, ru/, en/, zh/).
OUT_DIR receives one screenshot per language, sailing-<lang>.png.

What it does:
  1. Picks the sailing page to test: the first SITE_DIR/<lang>/sailings/<id>/index.html, sorted by
     path, whose page has an SVG seat map (svg.gw-seatmap) with at least two free seats, and that
     exists with a seat map in every language. Nothing is hard-coded.
  2. Serves SITE_DIR as the web root on 127.0.0.1 with an ephemeral port (the site uses
     root-relative URLs such as /assets/site.css), from http.server in a background thread.
  3. Starts headless Chromium through Selenium and the system chromedriver (explicit paths, so
     Selenium Manager never runs and nothing is downloaded). Host names other than 127.0.0.1 do
     not resolve inside the browser, so a stray third-party request fails fast instead of
     reaching the network; it is still recorded and reported by the "local requests" check.
  4. For each language ru, en, zh, at a 360x800 phone viewport:
       - <html lang> matches the language, and the page does not scroll sideways;
       - with keyboard input only (Tab, arrow keys, Space, Enter; no clicks, no scripted focus):
         Tab to the seat map (every stop on the way must be a link, form control or seat),
         move with the arrow keys, select a seat with Space, select a second one with Enter,
         deselect it with Space; after each key the focused seat's aria-checked,
         the polite live region #seat-status and the form's hidden seat inputs
         (<input type=hidden name=seat value="section|row|seat" data-seat-input>, as
         templates/assets/seatmap.js writes them) must agree;
       - the console has no errors, and every request the page made stayed on 127.0.0.1;
       - a full-page screenshot is saved as OUT_DIR/sailing-<lang>.png.
The script reads the page (attributes, document.activeElement) with JavaScript but never uses it
to act on the page: every change comes from a key press.

Prints one "ok" line per passed check and a "FAIL" line per failed one; the run goes on with
the checks that do not depend on a failed one (a failed key step ends that language's keyboard
sequence), then lists the failures. Exit status: 0 all checks passed, 1 a check failed,
2 setup problem (missing chromedriver/Chromium/selenium, bad arguments, no suitable page).

Environment overrides: CHROMEDRIVER (default: chromedriver on PATH, else /usr/bin/chromedriver),
CHROMIUM (default: chromium, chromium-browser or google-chrome on PATH, else /usr/bin/chromium).
"""

import base64
import functools
import http.server
import json
import os
import re
import shutil
import sys
import threading
import time

LANGUAGES = ("ru", "en", "zh")
PHONE = {"width": 360, "height": 800}
MAX_TABS = 80          # Tab presses allowed before the seat map must have focus
MAX_STEPS_TO_FREE = 40  # extra ArrowRight presses allowed to get off taken seats

SETUP_HINT = ("run ./scripts/demo.sh first (this check needs the Debian packages chromium and "
              "chromium-driver and the Python package selenium)")


class CheckFailed(Exception):
    """A check on the page failed; the message says which and why."""


class SetupError(Exception):
    """The check could not run at all (tools missing, bad arguments, no suitable page)."""


def soft(failures, condition, lang, text, detail=""):
    """Like require, but a failure is printed and collected instead of stopping the run."""
    try:
        require(condition, lang, text, detail)
    except CheckFailed as error:
        print(f"FAIL {error}", flush=True)
        failures.append(str(error))


def ok(lang, text):
    print(f"ok   [{lang}] {text}", flush=True)


def require(condition, lang, text, detail=""):
    """Print an ok line when condition holds, otherwise stop with CheckFailed."""
    if not condition:
        raise CheckFailed(f"[{lang}] {text}" + (f": {detail}" if detail else ""))
    ok(lang, text)


# --------------------------------------------------------------------------------------------
# Choosing the page

SEATMAP_SVG = re.compile(r"<svg\b[^>]*\bclass=\"[^\"]*\bgw-seatmap\b")
SEAT_TAG = re.compile(r"<g\b[^>]*\bdata-seat=\"[^\"]*\"[^>]*>")


def free_seats(html):
    """Number of seats in the page's svg.gw-seatmap that are not aria-disabled (taken)."""
    if not SEATMAP_SVG.search(html):
        return 0
    return sum(1 for tag in SEAT_TAG.findall(html)
               if 'role="checkbox"' in tag and 'aria-disabled="true"' not in tag)


def choose_sailing(site):
    """The id of the first sailing page (by path) with a seat map and free seats in every language."""
    pages = []
    for lang in sorted(os.listdir(site)):
        folder = os.path.join(site, lang, "sailings")
        if os.path.isdir(folder):
            pages += [(lang, sid) for sid in os.listdir(folder)]
    checked = set()
    for lang, sid in sorted(pages, key=lambda p: f"{p[0]}/sailings/{p[1]}/index.html"):
        if sid in checked:
            continue
        checked.add(sid)
        usable = True
        for language in LANGUAGES:
            path = os.path.join(site, language, "sailings", sid, "index.html")
            try:
                with open(path, encoding="utf-8") as handle:
                    html = handle.read()
            except OSError:
                usable = False
                break
            if free_seats(html) < 2:  # two seats: one to keep selected, one to toggle twice
                usable = False
                break
        if usable:
            return sid
    raise SetupError(f"no sailing page in {site} has a seat map with free seats in all of "
                     f"{', '.join(LANGUAGES)}")


# --------------------------------------------------------------------------------------------
# Local web server

class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files from the site folder, without a log line per request."""

    def log_message(self, *args):
        pass


def serve(site):
    """Start a threaded HTTP server for `site` on 127.0.0.1:<ephemeral>; returns (server, origin)."""
    handler = functools.partial(QuietHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


# --------------------------------------------------------------------------------------------
# Browser

def find_binary(env, names, fallback):
    if os.environ.get(env):
        return os.environ[env]
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return fallback


def start_browser():
    """Headless Chromium driven by the system chromedriver, with console and network logging."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        raise SetupError(f"the Python package selenium is not installed; {SETUP_HINT}")
    driver_path = find_binary("CHROMEDRIVER", ["chromedriver"], "/usr/bin/chromedriver")
    browser_path = find_binary("CHROMIUM", ["chromium", "chromium-browser", "google-chrome"],
                               "/usr/bin/chromium")
    if not os.path.isfile(driver_path):
        raise SetupError(f"chromedriver not found (looked for {driver_path}); {SETUP_HINT}")
    if not os.path.isfile(browser_path):
        raise SetupError(f"Chromium not found (looked for {browser_path}); {SETUP_HINT}")
    # Both paths are given explicitly, so Selenium skips Selenium Manager; offline mode makes
    # sure that, should it run anyway, it downloads nothing.
    os.environ.setdefault("SE_OFFLINE", "true")

    options = webdriver.ChromeOptions()
    options.binary_location = browser_path
    for arg in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--hide-scrollbars", "--window-size=360,800",
                # Every host name except 127.0.0.1 fails to resolve: no request can reach the
                # network, and one the page makes still shows up in the request check below.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium refuses to start as root otherwise
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    except Exception as error:  # noqa: BLE001 - anything here means the browser did not start
        raise SetupError(f"could not start Chromium ({browser_path}) with {driver_path}: "
                         f"{str(error).strip().splitlines()[0] if str(error).strip() else error!r}")
    # A phone: 360x800 CSS pixels, touch-style viewport that honours <meta name=viewport>.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": PHONE["width"], "height": PHONE["height"],
                            "deviceScaleFactor": 1, "mobile": True})
    return driver


def press(driver, *keys):
    """Send keys to whatever has focus, as real key presses (no element is targeted)."""
    from selenium.webdriver.common.action_chains import ActionChains
    chain = ActionChains(driver)
    for key in keys:
        chain.send_keys(key)
    chain.perform()


FOCUSED_SEAT_JS = """
var el = document.activeElement;
if (!el || !el.getAttribute || el.getAttribute('data-seat') === null) { return null; }
return {seat: el.getAttribute('data-seat'), checked: el.getAttribute('aria-checked'),
        taken: el.getAttribute('aria-disabled') === 'true', label: el.getAttribute('aria-label'),
        tabindex: el.getAttribute('tabindex'), inMap: !!el.closest('svg.gw-seatmap')};
"""

STATE_JS = """
var svg = document.querySelector('svg.gw-seatmap');
var form = svg ? svg.closest('form') : null;
var seats = svg ? svg.querySelectorAll('[role=checkbox][data-seat]') : [];
var inTabOrder = 0, checked = [];
for (var i = 0; i < seats.length; i++) {
  if (seats[i].getAttribute('tabindex') === '0') { inTabOrder++; }
  if (seats[i].getAttribute('aria-checked') === 'true') { checked.push(seats[i].getAttribute('data-seat')); }
}
var inputs = form ? form.querySelectorAll('input[name=seat]') : [];
var values = [];
for (var j = 0; j < inputs.length; j++) { values.push(inputs[j].value); }
var status = document.getElementById('seat-status');
return {hasForm: !!form, inTabOrder: inTabOrder, checked: checked, inputs: values,
        status: status ? status.textContent : null,
        statusLive: status ? status.getAttribute('aria-live') : null,
        msgSelected: svg ? svg.getAttribute('data-msg-selected') : null,
        msgDeselected: svg ? svg.getAttribute('data-msg-deselected') : null};
"""


def message(template, label):
    """The live-region text seatmap.js builds from data-msg-* and the seat's aria-label."""
    if not template:
        return label
    return template.replace("{seat}", label) if "{seat}" in template else f"{template} {label}"


def focused_seat(driver):
    return driver.execute_script(FOCUSED_SEAT_JS)


def state(driver):
    return driver.execute_script(STATE_JS)


def wait_for(driver, predicate, timeout=2.0):
    """Poll `predicate(state)` until true or timeout; returns the last state seen."""
    deadline = time.monotonic() + timeout
    while True:
        current = state(driver)
        if predicate(current) or time.monotonic() > deadline:
            return current
        time.sleep(0.05)


def move_to_free_seat(driver, lang, keys, avoid=()):
    """Press `keys`, then ArrowRight past taken seats (and seats in `avoid`); returns the seat."""
    from selenium.webdriver.common.keys import Keys
    before = focused_seat(driver)
    press(driver, *keys)
    seat = focused_seat(driver)
    require(seat is not None and seat["inMap"], lang,
            f"focus stays on a seat after {'+'.join(key_name(k) for k in keys)}",
            f"focus is on {describe_active(driver)}")
    require(seat["seat"] != before["seat"], lang,
            f"{'+'.join(key_name(k) for k in keys)} moves focus ({before['seat']} -> {seat['seat']})",
            "focus did not move: arrow-key navigation is not working")
    steps = 0
    while seat["taken"] or seat["seat"] in avoid:
        steps += 1
        if steps > MAX_STEPS_TO_FREE:
            raise CheckFailed(f"[{lang}] no free seat reachable with ArrowRight from {seat['seat']}")
        previous = seat["seat"]
        press(driver, Keys.ARROW_RIGHT)
        seat = focused_seat(driver)
        if seat is None or seat["seat"] == previous:
            raise CheckFailed(f"[{lang}] ArrowRight from {previous} did not reach a free seat")
    require(seat["tabindex"] == "0", lang,
            f"focused seat {seat['seat']} is the one in the tab order (roving tabindex)",
            f"its tabindex is {seat['tabindex']!r}")
    return seat


def key_name(key):
    """Readable name of a selenium Keys value, for messages."""
    from selenium.webdriver.common.keys import Keys
    names = {Keys.TAB: "Tab", Keys.ARROW_RIGHT: "ArrowRight", Keys.ARROW_DOWN: "ArrowDown",
             Keys.ARROW_LEFT: "ArrowLeft", Keys.ARROW_UP: "ArrowUp", Keys.SPACE: "Space",
             Keys.ENTER: "Enter"}
    return names.get(key, repr(key))


def describe_active(driver):
    """A short tag-like description of the element that has focus, for messages."""
    return driver.execute_script(
        "var e = document.activeElement; if (!e) { return 'nothing'; }"
        "return '<' + e.tagName.toLowerCase() + (e.id ? ' id=' + e.id : '') +"
        " (e.getAttribute('class') ? ' class=\"' + e.getAttribute('class') + '\"' : '') +"
        " (e.getAttribute('href') ? ' href=' + e.getAttribute('href') : '') + '>';")


def toggle_and_check(driver, lang, key, seat, expect_checked, expect_inputs):
    """Press `key` on the focused `seat`; check aria-checked, the live region and the form."""
    before = state(driver)
    press(driver, key)
    now = focused_seat(driver)
    want = "true" if expect_checked else "false"
    verb = "selects" if expect_checked else "deselects"
    require(now is not None and now["seat"] == seat["seat"], lang,
            f"{key_name(key)} keeps focus on {seat['seat']}", f"focus is on {describe_active(driver)}")
    require(now["checked"] == want, lang, f"{key_name(key)} {verb} {seat['seat']} (aria-checked={want})",
            f"aria-checked is {now['checked']!r}")
    template = before["msgSelected"] if expect_checked else before["msgDeselected"]
    announcement = message(template, seat["label"])
    after = wait_for(driver, lambda s: s["status"] == announcement)
    require(after["status"] is not None, lang, "page has the live region #seat-status")
    require(after["status"] == announcement, lang,
            f"live region ({after['statusLive']}) announces {announcement!r}",
            f"it reads {after['status']!r} (before the key: {before['status']!r})")
    require(after["hasForm"], lang, "the seat map is inside a form")
    require(sorted(after["inputs"]) == sorted(expect_inputs), lang,
            f"form carries seat inputs {expect_inputs}", f"form has {after['inputs']}")
    require(sorted(after["checked"]) == sorted(expect_inputs), lang,
            f"seats checked on the map are exactly {expect_inputs}", f"checked: {after['checked']}")


def check_language(driver, origin, sid, lang, out_dir):
    from selenium.webdriver.common.keys import Keys
    path = f"/{lang}/sailings/{sid}/"
    driver.get_log("browser")      # drop anything logged before this page
    driver.get_log("performance")
    driver.get(origin + path)
    ready = driver.execute_script("return document.readyState")
    require(ready == "complete", lang, f"{path} loaded", f"readyState is {ready}")

    failures = []

    # Language and layout at phone width.
    def language_and_layout():
        html_lang = driver.execute_script("return document.documentElement.getAttribute('lang')") or ""
        require(html_lang.split("-")[0].lower() == lang, lang, f'<html lang="{html_lang}">',
                f"expected {lang} (or {lang}-<subtag>)")
        size = driver.execute_script(
            "var s = document.scrollingElement; return {scroll: s.scrollWidth, inner: window.innerWidth};")
        # A mobile browser widens the layout viewport (innerWidth) to fit content that is too
        # wide, zooming the page out; so scrollWidth <= innerWidth alone is not enough, and
        # innerWidth must also still be the phone's width.
        if size["scroll"] > PHONE["width"] or size["inner"] > PHONE["width"]:
            wide = driver.execute_script(WIDEST_JS, PHONE["width"])
            raise CheckFailed(f"[{lang}] page is wider than the {PHONE['width']} px phone screen "
                              f"(scrollWidth {size['scroll']}, innerWidth {size['inner']}; the "
                              f"browser zooms out or scrolls sideways); elements past the right "
                              f"edge: {wide}")
        ok(lang, f"no horizontal scrolling (scrollWidth {size['scroll']} <= innerWidth "
                 f"{size['inner']} = {PHONE['width']})")

    # Keyboard only: Tab to the map, arrows, Space, Enter, Space.
    def keyboard():
        initial = state(driver)
        require(initial["inTabOrder"] == 1, lang, "exactly one seat is in the tab order",
                f"{initial['inTabOrder']} seats have tabindex=0")
        require(not initial["checked"] and not initial["inputs"], lang, "no seat is selected on load",
                f"checked {initial['checked']}, inputs {initial['inputs']}")
        tabs, stray = 0, []
        while focused_seat(driver) is None:
            tabs += 1
            if tabs > MAX_TABS:
                raise CheckFailed(f"[{lang}] no seat got focus after {MAX_TABS} Tab presses; "
                                  f"focus is on {describe_active(driver)}")
            press(driver, Keys.TAB)
            if focused_seat(driver) is None and not driver.execute_script(INTERACTIVE_JS):
                stray.append(f"Tab #{tabs} {describe_active(driver)}")
        start = focused_seat(driver)
        require(start["inMap"], lang, f"Tab x{tabs} reaches seat {start['seat']} in the seat map")
        # Every stop on the way must be something a keyboard user can act on: a link, a form
        # control or a seat. (Chromium, for one, makes an SVG element a Tab stop as soon as it
        # has a focus/focusin/focusout/blur listener, even without tabindex.)
        soft(failures, not stray, lang, "every Tab stop before the map is a link, control or seat",
             "stray stops: " + ", ".join(stray))
        # Arrows to a free seat, Space selects it.
        first = move_to_free_seat(driver, lang, [Keys.ARROW_RIGHT, Keys.ARROW_DOWN])
        toggle_and_check(driver, lang, Keys.SPACE, first, True, [first["seat"]])
        # Another seat, Enter selects it too.
        second = move_to_free_seat(driver, lang, [Keys.ARROW_RIGHT], avoid=(first["seat"],))
        toggle_and_check(driver, lang, Keys.ENTER, second, True, [first["seat"], second["seat"]])
        # Space again deselects it; the first one stays.
        toggle_and_check(driver, lang, Keys.SPACE, second, False, [first["seat"]])

    for group in (language_and_layout, keyboard):
        try:
            group()
        except CheckFailed as error:  # report it, go on with the checks that do not depend on it
            print(f"FAIL {error}", flush=True)
            failures.append(str(error))

    # Console and network.
    time.sleep(0.2)  # let late console messages arrive
    errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    # The browser asks for /favicon.ico by itself (the page does not link one); its 404 is
    # reported as a note, not as a page error.
    favicon = [e for e in errors if IMPLICIT_FAVICON.match(e.get("message", ""))]
    errors = [e for e in errors if e not in favicon]
    if favicon:
        print(f"note [{lang}] the site has no /favicon.ico (the browser's automatic request got a "
              f"404); add one or a <link rel=icon> to keep consoles clean", flush=True)
    soft(failures, not errors, lang, "browser console has no errors",
         "; ".join(e.get("message", "") for e in errors))
    entries = driver.execute_script(
        "return performance.getEntriesByType('navigation').concat("
        "performance.getEntriesByType('resource')).map(function (e) { return e.name; });")
    sent = []
    for item in driver.get_log("performance"):
        try:
            event = json.loads(item["message"])["message"]
        except (KeyError, ValueError):
            continue
        if event.get("method") == "Network.requestWillBeSent":
            sent.append(event["params"]["request"]["url"])
    local = (origin + "/", "data:", "blob:", "about:")
    foreign = sorted({url for url in entries + sent if not url.startswith(local)})
    soft(failures, not foreign, lang, f"all {len(set(entries + sent))} requests stayed on {origin}",
         "requests to " + ", ".join(foreign))

    # Screenshot of the whole page, with one seat selected and the other focused.
    os.makedirs(out_dir, exist_ok=True)
    shot = os.path.join(out_dir, f"sailing-{lang}.png")
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    content = metrics.get("cssContentSize") or metrics["contentSize"]
    png = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": PHONE["width"], "height": content["height"], "scale": 1}})
    with open(shot, "wb") as handle:
        handle.write(base64.b64decode(png["data"]))
    ok(lang, f"screenshot {shot} ({PHONE['width']}x{int(content['height'])})")
    return failures


INTERACTIVE_JS = """
var e = document.activeElement;
if (!e || e === document.body) { return false; }
var tag = e.tagName.toLowerCase();
return (tag === 'a' && e.hasAttribute('href')) || ['button', 'input', 'select', 'textarea',
  'summary', 'iframe'].indexOf(tag) >= 0 || e.isContentEditable;
"""

IMPLICIT_FAVICON = re.compile(r"^https?://127\.0\.0\.1:\d+/favicon\.ico - Failed to load resource")

WIDEST_JS = """
var limit = arguments[0], out = [], all = document.body.querySelectorAll('*');
for (var i = 0; i < all.length && out.length < 5; i++) {
  var r = all[i].getBoundingClientRect();
  if (r.right > limit + 0.5) {
    out.push('<' + all[i].tagName.toLowerCase() + (all[i].getAttribute('class') ? ' class="' +
      all[i].getAttribute('class') + '"' : '') + '> right=' + Math.round(r.right));
  }
}
return out.join(', ');
"""


def main(argv):
    if len(argv) != 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    site, out_dir = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    started = time.monotonic()
    server = driver = None
    try:
        if not os.path.isdir(os.path.join(site, "assets")):
            raise SetupError(f"{site} does not look like a built site (no assets/ folder)")
        driver = start_browser()  # first, so missing tools are reported before anything else
        caps = driver.capabilities
        chromedriver = caps.get("chrome", {}).get("chromedriverVersion", "?").split()[0]
        print(f"browser: {caps.get('browserName')} {caps.get('browserVersion')}, "
              f"chromedriver {chromedriver}", flush=True)
        sid = choose_sailing(site)
        print(f"sailing: {sid}", flush=True)
        server, origin = serve(site)
        print(f"serving {site} at {origin}", flush=True)
        failures = []
        for lang in LANGUAGES:
            failures += check_language(driver, origin, sid, lang, out_dir)
        if failures:
            raise CheckFailed(f"{len(failures)} check(s) failed:\n  " + "\n  ".join(failures))
    except SetupError as error:
        print(f"SETUP ERROR: {error}", file=sys.stderr)
        return 2
    except CheckFailed as error:
        print(f"FAILED {error}", file=sys.stderr)
        return 1
    finally:
        if driver is not None:
            driver.quit()
        if server is not None:
            server.shutdown()
            server.server_close()
    print(f"all browser checks passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
