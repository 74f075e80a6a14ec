#!/usr/bin/env python3
"""Quick-start demo of buying and paying (part of scripts/demo.sh).

Starts `gangway serve` on loopback with a demo ЮMoney wallet and secret, places a few orders on
the sample season through the real checkout API (in Russian, English and Chinese), starts
paying each (the payment step answers the ЮMoney form), then delivers the HTTP notification
ЮMoney would send, signed with the demo secret exactly as payments.md says, so the real
verification path runs. Prints each order's code, status, tickets and order page.

Usage: demo-payments.py --gangway PATH [--orders N]
The database, inbox and outbox are the ones the caller's configuration names (GANGWAY_* vars).
Python standard library only. Exit 0 when every order ends paid with its tickets, else 1.
"""
import argparse
import datetime
import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

DEMO_WALLET = "4100118000000000"
# Not a real secret: the demo's own, so the notifications below can be signed and verified.
DEMO_SECRET = "gangway-demo-secret-not-for-production"
SIGNED_FIELDS = ["notification_type", "operation_id", "amount", "currency", "datetime", "sender", "codepro"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def request(base, path, method="GET", body=None, form=None):
    headers = {"Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    elif form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def signature(fields, secret):
    """sha1_hash of a ЮMoney notification: the documented fields, the secret before the label."""
    parts = [fields[name] for name in SIGNED_FIELDS] + [secret, fields["label"]]
    return hashlib.sha1("&".join(parts).encode("utf-8")).hexdigest()


def sellable_sailings(gangway, env):
    listed = subprocess.run([gangway, "sailings", "list", "--json"], env=env, capture_output=True, text=True)
    if listed.returncode != 0:
        sys.exit("gangway sailings list failed: " + listed.stdout + listed.stderr)
    data = json.loads(listed.stdout)
    sailings = data.get("sailings", data) if isinstance(data, dict) else data
    return [s["id"] for s in sailings if s.get("status") == "scheduled"]


def choose_places(availability):
    """One or two free places: seats when the sailing has them, else standing places."""
    prices = availability.get("prices", [])
    tiers = {p["tier"] for p in prices}
    tier = "adult" if "adult" in tiers else (sorted(tiers)[0] if tiers else None)
    if tier is None:
        return None
    free = [seat for seat in availability.get("seats", []) if seat.get("free")]
    if len(free) >= 2:
        return {"seats": [{"id": seat["id"], "tier": tier} for seat in free[:2]], "standing": []}
    for area in availability.get("standing", []):
        if area.get("remaining", 0) >= 2:
            return {"seats": [], "standing": [{"section": area["section"], "tier": tier, "quantity": 2}]}
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gangway", required=True)
    parser.add_argument("--orders", type=int, default=3)
    parser.add_argument("--history", help="also write a ЮMoney wallet history (JSON) of these payments here, "
                        "with one payment whose notification was lost and one for no order, for gangway reconcile")
    options = parser.parse_args()

    port = free_port()
    shown_port = os.environ.get("GANGWAY_SERVE_PORT", "8080")  # where the user's own `gangway serve` listens
    env = dict(os.environ)
    env.update({
        "GANGWAY_PAYMENTS_PROVIDER": "yoomoney", "GANGWAY_YOOMONEY_WALLET": DEMO_WALLET,
        "GANGWAY_YOOMONEY_SECRET": DEMO_SECRET, "GANGWAY_CHECKOUT_RATE_LIMIT_PER_MINUTE": "0",
        "GANGWAY_SERVE_HOST": "127.0.0.1", "GANGWAY_SERVE_PORT": str(port),
    })
    sailings = sellable_sailings(options.gangway, env)
    server = subprocess.Popen([options.gangway, "serve", "--no-site"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    failures = 0
    try:
        for _ in range(100):
            try:
                if request(base, "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None:
                sys.exit("gangway serve stopped: " + server.stderr.read())
            time.sleep(0.1)
        languages = ["ru", "en", "zh"]
        placed = []
        history = []
        wanted = options.orders + (1 if options.history else 0)
        for sailing in sailings:
            if len(placed) == wanted:
                break
            status, availability = request(base, f"/api/v1/sailings/{urllib.parse.quote(sailing)}/availability")
            if status != 200 or not availability.get("sellable"):
                continue
            places = choose_places(availability)
            if places is None:
                continue
            language = languages[len(placed) % len(languages)]
            hold = {"sailing_id": sailing, "language": language, **places,
                    "customer": {"name": "Demo", "email": f"demo+{len(placed) + 1}@example.ru"}}
            status, order = request(base, "/api/v1/holds", "POST", body=hold)
            if status != 201:
                print(f"  hold on {sailing} refused ({status}): {order.get('detail', order)}")
                continue
            placed.append((order, language))
        if not placed:
            sys.exit("no sailing of the sample season could be held (all sold out or closed?)")

        lost = placed.pop() if options.history and len(placed) > 1 else None
        print(f"==> {len(placed)} orders placed and paid through ЮMoney notifications (demo wallet, demo secret)")
        for number, (order, language) in enumerate(placed, 1):
            code, token = order["order_code"], order["token"]
            token_query = urllib.parse.quote(token)
            status, start = request(base, f"/api/v1/orders/{code}/payment?token={token_query}", "POST")
            if status != 200:
                print(f"  {code}: the payment step answered {status}: {start.get('detail', start)}")
                failures += 1
                continue
            form = start["form"]["fields"]
            charged = form["sum"]
            # ЮMoney keeps its fee (3 % here); only the notification says how much. Kopecks, exactly.
            rubles, _, fraction = charged.partition(".")
            kopecks = int(rubles) * 100 + int((fraction + "00")[:2])
            credited_kopecks = kopecks - kopecks * 3 // 100
            credited = f"{credited_kopecks // 100}.{credited_kopecks % 100:02d}"
            notification = {
                "notification_type": "card-incoming", "operation_id": f"demo-{int(time.time())}-{number}",
                "amount": credited, "withdraw_amount": charged, "currency": "643",
                "datetime": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "sender": "", "codepro": "false", "label": form["label"],
            }
            notification["sha1_hash"] = signature(notification, DEMO_SECRET)
            history.append((notification["operation_id"], credited, notification["datetime"], form["label"]))
            status, answer = request(base, "/api/v1/payments/yoomoney/notify", "POST", form=notification)
            status_order, paid = request(base, f"/api/v1/orders/{code}?token={token_query}")
            tickets = paid.get("tickets", [])
            page = f"http://127.0.0.1:{shown_port}/{language}/order/?code={code}&token={token_query}"
            print(f"  {code}  {language}  {charged} ₽  notification: {answer.get('outcome', status)}  "
                  f"order: {paid.get('status')}  tickets: {', '.join(t['code'] for t in tickets) or '-'}")
            print(f"      order page (with `gangway serve` running): {page}")
            if paid.get("status") != "paid" or not tickets:
                failures += 1
        if options.history:
            write_history(options.history, history, lost)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    return 1 if failures else 0


def credited_after_fee(total):
    """The total less a 3 % wallet fee, as `1455.00` (kopecks, exactly)."""
    rubles, _, fraction = total.partition(".")
    kopecks = int(rubles) * 100 + int((fraction + "00")[:2])
    kopecks -= kopecks * 3 // 100
    return f"{kopecks // 100}.{kopecks % 100:02d}"


def write_history(path, paid, lost):
    """A saved `operation-history` page: the demo's payments, one whose notification never
    came (reconcile confirms its order from the history) and one with no order's label."""
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    operations = [(op, amount, when, label) for op, amount, when, label in paid]
    if lost is not None:
        order, _ = lost
        operations.append((f"demo-lost-{int(time.time())}", credited_after_fee(order["total"]), now,
                           order["order_code"]))
    operations.append((f"demo-stranger-{int(time.time())}", "700.00", now, "подарок"))
    # Amounts are JSON numbers, written as their exact decimal text.
    items = ",\n    ".join(
        '{"operation_id": %s, "status": "success", "datetime": %s, "title": "Перевод", "direction": "in", '
        '"amount": %s, "label": %s, "type": "deposition"}'
        % (json.dumps(op), json.dumps(when), amount, json.dumps(label)) for op, amount, when, label in operations)
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"operations": [\n    ' + items + "\n]}\n")
    print(f"==> wallet history for reconciliation written to {path} ({len(operations)} operations; "
          f"{'one notification lost' if lost else 'no lost notification'}, one payment for no order)")


if __name__ == "__main__":
    sys.exit(main())
