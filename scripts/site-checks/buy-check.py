#!/usr/bin/env python3
"""End-to-end purchase in a real browser: headless Chromium buys two seats on the storefront
served by `gangway serve`, reaches the ЮMoney payment form, and sees the tickets once paid.

Usage:
    scripts/site-checks/buy-check.py GANGWAY SITE_DIR OUT_DIR

GANGWAY is the `gangway` executable; SITE_DIR a site built with `gangway site build --out
SITE_DIR` from the database the caller's GANGWAY_* variables name (scripts/test.sh sets them,
with a fixed clock); OUT_DIR receives buy-<lang>-*.png screenshots.

What it does, in Russian and then in Chinese:
  1. Starts `gangway serve --site SITE_DIR` on a free loopback port, with a demo ЮMoney wallet and
     secret (the same as scripts/demo-payments.py) and the site's origin set to that port.
  2. Opens a sailing page with a seat map (chosen as browser-check.py chooses it) at phone size,
     clicks two free seats, types an e-mail address and presses the buy button: the plain form
     posts to /api/v1/holds and must land (303) on /<lang>/order/?code=…&token=….
  3. On the order page, presses the pay button. The page asks the payment step and posts the
     ЮMoney form; the form's submit is intercepted (nothing leaves the machine) and its target
     and fields are checked: https://yoomoney.ru/quickpay/confirm, the demo wallet, the order
     code as label, the order's total as sum.
  4. Delivers the HTTP notification ЮMoney would send, signed with the demo secret, reloads the
     order page and waits for the paid status in the page's language and two tickets whose QR
     code images have loaded. Screenshots before paying and after.
Exit status: 0 all passed, 1 a check failed, 2 setup problem (as browser-check.py).
"""
import importlib.util
import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ("ru", "zh")


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


browser_check = load("browser_check", os.path.join(HERE, "browser-check.py"))
demo = load("demo_payments", os.path.join(HERE, "..", "demo-payments.py"))


class Failed(Exception):
    pass


def wait(condition, what, seconds=15):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise Failed(f"timed out waiting for {what}")


def buy(driver, origin, sailing, language, skip, out):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver.get(f"{origin}/{language}/sailings/{sailing}/")
    seats = driver.find_elements(By.CSS_SELECTOR, "svg.gw-seatmap [data-seat]:not([aria-disabled='true'])")
    if len(seats) < skip + 2:
        raise Failed(f"{language}: fewer than {skip + 2} free seats on the page")
    chosen = seats[skip:skip + 2]
    for seat in chosen:
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", seat)
        ActionChains(driver).move_to_element(seat).click().perform()
    picked = [s.get_attribute("data-seat") for s in chosen]
    inputs = [i.get_attribute("value") for i in driver.find_elements(By.CSS_SELECTOR, "input[name=seat]")]
    if sorted(inputs) != sorted(picked):
        raise Failed(f"{language}: the form holds seats {inputs}, the clicks chose {picked}")
    email = driver.find_element(By.ID, "b-email")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", email)
    email.send_keys(f"buyer-{language}@example.ru")
    driver.find_element(By.CSS_SELECTOR, "form.buy button[type=submit]").click()
    wait(lambda: "/order/?code=" in driver.current_url, "the order page after the buy form")
    query = urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query)
    code, token = query["code"][0], query["token"][0]
    if not driver.current_url.startswith(f"{origin}/{language}/order/"):
        raise Failed(f"{language}: the buy form led to {driver.current_url}")
    print(f"ok   [{language}] seats {', '.join(picked)} held as order {code}", flush=True)

    pay = wait(lambda: driver.find_elements(By.CSS_SELECTOR, "#order-body button"), "the pay button")[0]
    driver.save_screenshot(os.path.join(out, f"buy-{language}-awaiting-payment.png"))
    # The page would post the ЮMoney form and leave the machine: keep what it would post instead.
    driver.execute_script("""
        window.__posted = null;
        HTMLFormElement.prototype.submit = function () {
            var fields = {};
            for (var i = 0; i < this.elements.length; i++) { fields[this.elements[i].name] = this.elements[i].value; }
            window.__posted = {action: this.action, method: this.method, fields: fields};
        };""")
    pay.click()
    posted = wait(lambda: driver.execute_script("return window.__posted"), "the ЮMoney form")
    with urllib.request.urlopen(f"{origin}/api/v1/orders/{code}?token={urllib.parse.quote(token)}") as answer:
        order = json.loads(answer.read())
    fields = posted["fields"]
    expected = {"receiver": demo.DEMO_WALLET, "quickpay-form": "button", "label": code, "sum": order["total"]}
    if posted["action"] != "https://yoomoney.ru/quickpay/confirm" or posted["method"].lower() != "post":
        raise Failed(f"{language}: the payment form goes to {posted['method']} {posted['action']}")
    for name, value in expected.items():
        if fields.get(name) != value:
            raise Failed(f"{language}: the payment form's {name} is {fields.get(name)!r}, expected {value!r}")
    if not fields.get("successURL", "").startswith(f"{origin}/{language}/order/?code={code}&token="):
        raise Failed(f"{language}: successURL is {fields.get('successURL')!r}")
    print(f"ok   [{language}] the pay button posts the ЮMoney form: {fields['sum']} to wallet {fields['receiver']}")

    notification = {
        "notification_type": "card-incoming", "operation_id": f"e2e-{language}-{code}", "amount": fields["sum"],
        "withdraw_amount": fields["sum"], "currency": "643", "datetime": "2026-11-25T09:01:00Z", "sender": "",
        "codepro": "false", "label": code,
    }
    notification["sha1_hash"] = demo.signature(notification, demo.DEMO_SECRET)
    status, outcome = demo.request(origin, "/api/v1/payments/yoomoney/notify", "POST", form=notification)
    if status != 200 or outcome.get("outcome") != "fulfilled":
        raise Failed(f"{language}: the signed notification was answered {status} {outcome}")
    driver.refresh()
    tickets = wait(lambda: [t for t in driver.find_elements(By.CSS_SELECTOR, ".tickets .ticket")] or None,
                   "the tickets on the order page")
    if len(tickets) != 2:
        raise Failed(f"{language}: the order page shows {len(tickets)} tickets, expected 2")
    wait(lambda: driver.execute_script(
        "var images = document.querySelectorAll('.tickets img');"
        "return images.length === 2 && Array.prototype.every.call(images, function (i) {"
        " return i.complete && i.naturalWidth > 0; });"), "the QR codes to load")
    paid_label = driver.find_element(By.ID, "order").get_attribute("data-msg-order-state-paid")
    shown = driver.find_element(By.ID, "order-status").text
    if not paid_label or shown != paid_label:
        raise Failed(f"{language}: the status reads {shown!r}, expected {paid_label!r}")
    if driver.execute_script("return document.documentElement.lang") != {"ru": "ru", "zh": "zh-Hans"}[language]:
        raise Failed(f"{language}: the order page's <html lang> is wrong")
    driver.save_screenshot(os.path.join(out, f"buy-{language}-paid.png"))
    print(f"ok   [{language}] paid: \"{shown}\", two tickets with QR codes", flush=True)


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    gangway, site, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    port = demo.free_port()
    origin = f"http://127.0.0.1:{port}"
    env = dict(os.environ)
    env.update({
        "GANGWAY_PAYMENTS_PROVIDER": "yoomoney", "GANGWAY_YOOMONEY_WALLET": demo.DEMO_WALLET,
        "GANGWAY_YOOMONEY_SECRET": demo.DEMO_SECRET, "GANGWAY_CHECKOUT_RATE_LIMIT_PER_MINUTE": "0",
        "GANGWAY_SITE_BASE_URL": origin,
    })
    server = subprocess.Popen([gangway, "serve", "--site", site, "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    driver = None
    try:
        def healthy():
            if server.poll() is not None:
                raise Failed("gangway serve stopped")
            try:
                return demo.request(origin, "/healthz")[0] == 200
            except OSError:
                return False
        try:
            wait(healthy, "gangway serve", 20)
        except Failed:
            print("FAIL gangway serve did not start: " + (server.stderr.read() if server.poll() is not None else ""))
            return 2
        sailing = browser_check.choose_sailing(site)
        driver = browser_check.start_browser()
        failures = []
        for index, language in enumerate(LANGUAGES):
            try:
                buy(driver, origin, sailing, language, skip=2 * index, out=out)
            except Failed as failure:
                print(f"FAIL {failure}", flush=True)
                failures.append(str(failure))
        if failures:
            print(f"{len(failures)} check(s) failed")
            return 1
        print("all purchase checks passed")
        return 0
    except browser_check.SetupError as error:
        print(f"FAIL setup: {error}")
        return 2
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
