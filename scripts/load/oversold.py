#!/usr/bin/env python3
"""Oversold check for a Gangway database after a load run.

    oversold.py DB [--now RFC3339|SECONDS] [--expect-orders N] [--wrk-201 N] [--in-flight N]

Counts, with the clock fixed at --now (default GANGWAY_NOW, else 2031-03-01T09:00:00Z):

* seats claimed by more than one live order line: order_line rows of kind 'seat' whose order
  (sales_order) is live, i.e. 'paid', or 'pending' with expires_at > now, grouped by
  (sailing, section, row, seat); every seat with two or more live lines is one oversold seat;
* standing areas whose live claims exceed their capacity: the quantities of live 'standing'
  order lines per (sailing, section), against layout_section.capacity of the sailing's vessel's
  layout (and, as a second view, standing_claim rows that are unexpired).

Prints `oversold: N` (N = oversold seats + over-capacity standing areas) and exits 1 if N > 0.
Also prints the consistency of the claims with the orders (claims without a live order, live
seat lines without their claim) and the number of holds placed (ticket orders); with
--expect-orders it fails (exit 1) unless that number matches, and with --wrk-201 it reports how
the 201 answers wrk saw compare with the orders written (--in-flight: how many requests wrk may
have abandoned when its clock ran out, which the server still completed).
"""

import argparse
import datetime
import os
import sqlite3
import sys


def parse_now(text):
    if text.isdigit():
        return int(text)
    text = text.replace("Z", "+00:00")
    return int(datetime.datetime.fromisoformat(text).timestamp())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db")
    parser.add_argument("--now", default=os.environ.get("GANGWAY_NOW", "2031-03-01T09:00:00Z"))
    parser.add_argument("--expect-orders", type=int)
    parser.add_argument("--wrk-201", type=int)
    parser.add_argument("--in-flight", type=int, default=0)
    args = parser.parse_args()
    now = parse_now(args.now)

    if not os.path.exists(args.db):
        print(f"oversold.py: no database {args.db}", file=sys.stderr)
        return 2
    # Read-only: the check never changes what it checks.
    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    live = "(o.status = 'paid' OR (o.status = 'pending' AND o.expires_at > :now))"

    seats_oversold = db.execute(
        f"""
        SELECT l.sailing_id, l.section_id, l.row_label, l.seat_label, COUNT(*) AS lines,
               GROUP_CONCAT(o.code, ' ')
        FROM order_line l JOIN sales_order o ON o.code = l.order_code
        WHERE l.kind = 'seat' AND {live}
        GROUP BY l.sailing_id, l.section_id, l.row_label, l.seat_label
        HAVING COUNT(*) > 1
        """,
        {"now": now},
    ).fetchall()

    standing_over = db.execute(
        f"""
        SELECT l.sailing_id, l.section_id, SUM(l.quantity) AS taken, c.capacity
        FROM order_line l
        JOIN sales_order o ON o.code = l.order_code
        JOIN sailing s ON s.id = l.sailing_id
        JOIN vessel v ON v.id = s.vessel_id
        JOIN layout_section c ON c.layout_id = v.layout_id AND c.section_id = l.section_id
        WHERE l.kind = 'standing' AND {live}
        GROUP BY l.sailing_id, l.section_id
        HAVING SUM(l.quantity) > COALESCE(c.capacity, 0)
        """,
        {"now": now},
    ).fetchall()

    standing_claims_over = db.execute(
        """
        SELECT sc.sailing_id, sc.section_id, SUM(sc.quantity), c.capacity
        FROM standing_claim sc
        JOIN sailing s ON s.id = sc.sailing_id
        JOIN vessel v ON v.id = s.vessel_id
        JOIN layout_section c ON c.layout_id = v.layout_id AND c.section_id = sc.section_id
        WHERE sc.expires_at IS NULL OR sc.expires_at > :now
        GROUP BY sc.sailing_id, sc.section_id
        HAVING SUM(sc.quantity) > COALESCE(c.capacity, 0)
        """,
        {"now": now},
    ).fetchall()

    # Claims and orders must agree: every unexpired seat claim belongs to a live order with a
    # line for that seat, and every live seat line has its claim (a failed hold leaves nothing).
    orphan_claims = db.execute(
        f"""
        SELECT COUNT(*) FROM seat_claim c
        WHERE (c.expires_at IS NULL OR c.expires_at > :now)
          AND NOT EXISTS (
            SELECT 1 FROM order_line l JOIN sales_order o ON o.code = l.order_code
            WHERE l.order_code = c.order_code AND l.kind = 'seat' AND l.sailing_id = c.sailing_id
              AND l.section_id = c.section_id AND l.row_label = c.row_label AND l.seat_label = c.seat_label
              AND {live})
        """,
        {"now": now},
    ).fetchone()[0]
    unclaimed_lines = db.execute(
        f"""
        SELECT COUNT(*) FROM order_line l JOIN sales_order o ON o.code = l.order_code
        WHERE l.kind = 'seat' AND {live}
          AND NOT EXISTS (
            SELECT 1 FROM seat_claim c
            WHERE c.sailing_id = l.sailing_id AND c.section_id = l.section_id AND c.row_label = l.row_label
              AND c.seat_label = l.seat_label AND c.order_code = l.order_code)
        """,
        {"now": now},
    ).fetchone()[0]

    orders = db.execute("SELECT COUNT(*) FROM sales_order WHERE kind = 'tickets'").fetchone()[0]
    by_status = db.execute("SELECT status, COUNT(*) FROM sales_order GROUP BY status ORDER BY status").fetchall()
    seat_lines = db.execute(
        f"SELECT COUNT(*) FROM order_line l JOIN sales_order o ON o.code = l.order_code WHERE l.kind = 'seat' AND {live}",
        {"now": now},
    ).fetchone()[0]
    claims = db.execute("SELECT COUNT(*) FROM seat_claim").fetchone()[0]

    for row in seats_oversold[:10]:
        print(f"  oversold seat {row[0]} {row[1]}|{row[2]}|{row[3]}: {row[4]} live lines ({row[5]})")
    for row in standing_over[:10]:
        print(f"  standing over capacity {row[0]} {row[1]}: {row[2]} > {row[3]}")
    for row in standing_claims_over[:10]:
        print(f"  standing claims over capacity {row[0]} {row[1]}: {row[2]} > {row[3]}")

    print(f"orders (holds placed): {orders}  [{', '.join(f'{s} {n}' for s, n in by_status) or 'none'}]")
    print(f"live seat lines: {seat_lines}  seat claims: {claims}")
    print(f"claims without a live order line: {orphan_claims}  live seat lines without a claim: {unclaimed_lines}")

    failed = False
    if args.wrk_201 is not None:
        gap = orders - args.wrk_201
        verdict = (
            "match"
            if gap == 0
            else (
                f"{gap} more orders than 201s seen (within the {args.in_flight} requests wrk may abandon in flight)"
                if 0 < gap <= args.in_flight
                else "MISMATCH"
            )
        )
        print(f"201 responses seen by wrk: {args.wrk_201}  orders written: {orders}  -> {verdict}")
        failed |= verdict == "MISMATCH"
    if args.expect_orders is not None and args.expect_orders != orders:
        print(f"orders written {orders} != expected {args.expect_orders}")
        failed = True
    if orphan_claims or unclaimed_lines:
        failed = True

    oversold = len(seats_oversold) + max(len(standing_over), len(standing_claims_over))
    print(f"oversold: {oversold}")
    return 1 if oversold > 0 or failed else 0


if __name__ == "__main__":
    sys.exit(main())
