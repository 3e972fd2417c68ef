#!/usr/bin/env python3
"""Lays down a realistic month at the hall through halldesk's scripting commands.

    python3 scripts/month.py --data DIR [--month 2026-11] [--days N] [--seed 7] [--ledger FILE]

Every action is a real `halldesk` command run at a chosen time (HALLDESK_NOW, which only a
folder made with `init --practice` honours; the script makes its folder so), so the log
is what a month of guides, clerks, a coordinator and departments would write: slips issued,
called, served or missed; visits turned away with a notice and some of those customers back
with everything; questions answered at the door; complaints and fault reports received,
dispatched, answered, followed up, closed and ruled (a complaint only after its second
follow-up, `second_follow_up_days` later). More people come on the 21st–26th.

The ledger (JSON) is what the script itself saw happen — counts per day, and each slip's
issue and call time — so the reports can be checked against numbers that did not come from
the report code.
"""
import argparse
import datetime
import json
import os
import random
import subprocess
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNTERS = {1: "C01", 2: "C02", 3: "C03", 4: "C04"}
PERIODS = [(8 * 60 + 30, 12 * 60), (14 * 60, 17 * 60 + 30)]
with open(os.path.join(ROOT, "seeds", "work-order-rules.toml"), "rb") as rules:
    SECOND_FOLLOW_UP_DAYS = tomllib.load(rules)["rules"].get("second_follow_up_days", 0)


class Hall:
    def __init__(self, halldesk, data, ledger):
        self.halldesk, self.data, self.ledger = halldesk, data, ledger

    def run(self, when, staff, *args, json_out=False, may_fail=False):
        env = dict(os.environ, HALLDESK_NOW=when.strftime("%Y-%m-%d %H:%M"))
        command = [self.halldesk, *args, "--data", self.data, "--staff", staff] + (["--json"] if json_out else [])
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0 and not may_fail:
            sys.exit(f"month.py: {' '.join(args)} at {when} failed: {done.stderr.strip()}")
        if done.returncode != 0:
            return None
        return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")] if json_out else done.stdout


def minutes_open():
    return [m for start, end in PERIODS for m in range(start, end)]


def day_plan(rng, day, types):
    """Arrival minutes and what each visitor wants; busier on the 21st–26th."""
    peak = 21 <= day.day <= 26
    visitors = rng.randint(70, 90) if peak else rng.randint(35, 50)
    open_minutes = minutes_open()
    rush = [3 if 9 * 60 <= m < 10 * 60 + 30 or 14 * 60 + 30 <= m < 15 * 60 + 30 else 1 for m in open_minutes]
    minutes = sorted(rng.choices(open_minutes, rush, k=visitors))
    weights = [3 if t["queue"] == "A" else 1 for t in types]
    return [(m, rng.choices(types, weights)[0]) for m in minutes]


def simulate_day(hall, rng, day, types, ledger, scheduled):
    """One day minute by minute, in time order: what falls due (a service finishing, a
    missed call), then who walks in, then each free counter calls the next."""
    counts = {"issued": 0, "turnedAway": 0, "doorAnswered": 0, "served": 0, "noShows": 0, "cameBack": 0}
    at = lambda minute: datetime.datetime.combine(day, datetime.time(minute // 60, minute % 60))
    for number, staff in COUNTERS.items():
        hall.run(at(PERIODS[0][0]), staff, "counter", "open", "--counter", str(number))
    arrivals = {}
    for minute, wanted in day_plan(rng, day, types):
        arrivals.setdefault(minute, []).append(wanted)
    due = {}
    for minute, action in scheduled:
        due.setdefault(minute, []).append(action)
    busy_until = {number: 0 for number in COUNTERS}
    waiting = 0
    slips = ledger.setdefault("slips", [])
    minute = PERIODS[0][0]
    while minute < PERIODS[-1][1] or due:
        for action in due.pop(minute, []):
            action(at(minute))
        is_open = any(start <= minute < end for start, end in PERIODS)
        for wanted in arrivals.pop(minute, []) if is_open else []:
            documents = wanted.get("documents", {}).get("residential", [])
            back = "phone" in wanted
            phone = wanted.get("phone", f"139{rng.randint(10000000, 99999999)}")
            roll = rng.random()
            if wanted.get("answerable_at_door") and roll < 0.5 and not back:
                hall.run(at(minute), "G01", "visit", "answer", "--type", wanted["code"])
                counts["doorAnswered"] += 1
            elif documents and roll < 0.12 and not back:
                hall.run(at(minute), "G01", "visit", "turn-away", "--type", wanted["code"], "--kind", "residential",
                         "--phone", phone, *sum([["--have", d] for d in documents[:-1]], []))
                counts["turnedAway"] += 1
                if rng.random() < 0.6 and minute + 60 < PERIODS[-1][1] - 30:
                    arrivals.setdefault(minute + 60, []).append(dict(wanted, phone=phone))
            else:
                events = hall.run(at(minute), "G01", "slip", "issue", "--type", wanted["code"], "--kind", "residential",
                                  "--phone", phone, *sum([["--have", d] for d in documents], []), json_out=True)
                slip = next(e["body"] for e in events if e["type"] == "slipIssued")
                slips.append({"day": str(day), "number": slip["number"], "queue": slip["queue"], "type": wanted["code"],
                              "issuedMinute": minute, "told": slip.get("estimate", {}).get("expectedMinutes")})
                counts["issued"] += 1
                counts["cameBack"] += 1 if back else 0
                waiting += 1
        for number, staff in COUNTERS.items() if is_open else []:
            if busy_until[number] > minute or waiting == 0:
                continue
            called = hall.run(at(minute), staff, "slip", "call", "--counter", str(number), json_out=True, may_fail=True)
            if not called:
                continue
            body = next(e["body"] for e in called if e["type"] == "slipCalled")
            record = next(s for s in reversed(slips) if s["number"] == body["slip"] and s["day"] == str(day))
            record["calledMinute"] = minute
            waiting -= 1
            if rng.random() < 0.05:
                due.setdefault(minute + 3, []).append(lambda when, s=staff, n=number: hall.run(when, s, "slip", "noshow", "--counter", str(n)))
                record["outcome"] = "noShow"
                counts["noShows"] += 1
                busy_until[number] = minute + 4
                continue
            typical = next(t["service_minutes"] for t in types if t["code"] == record["type"])
            length = max(1, round(rng.gauss(typical, typical / 4)))
            due.setdefault(minute + 1, []).append(lambda when, s=staff, n=number: hall.run(when, s, "slip", "start", "--counter", str(n)))
            due.setdefault(minute + 1 + length, []).append(lambda when, s=staff, n=number: hall.run(when, s, "slip", "finish", "--counter", str(n)))
            record["outcome"] = "served"
            counts["served"] += 1
            busy_until[number] = minute + 2 + length
        minute += 1
    return counts


def work_orders(hall, rng, day, ledger):
    """A few orders received in the morning and taken through to a ruling the same day,
    as (minute, action) steps for the day's clock."""
    orders = ledger.setdefault("orders", [])
    steps = []
    for index in range(rng.randint(2, 4)):
        kind, category = rng.choice([("投诉", "FWTD"), ("投诉", "DFZY"), ("意见", "TD"), ("投诉", "DYZL")])
        lead = rng.choice(["营销部", "计量班"])
        handler = "D01" if lead == "营销部" else "D03"
        record = {"day": str(day), "kind": kind, "category": category, "lead": lead,
                  "satisfaction": rng.choice(["满意", "满意", "基本满意"])}
        orders.append(record)

        def receive(when, record=record, index=index):
            events = hall.run(when, "K01", "order", "new", "--kind", record["kind"], "--source", "95598",
                              "--category", record["category"], "--name", f"客户{day.day}-{index}",
                              "--phone", f"137{rng.randint(10000000, 99999999)}", "--address", "乐从镇跃进路 8 号",
                              "--customer-kind", "居民", "--description", "诉求内容", json_out=True)
            record["number"] = events[0]["body"]["order"]

        def step(staff, *args, record=record):
            return lambda when: hall.run(when, staff, "order", args[0], record["number"], *args[1:])

        base = 9 * 60 + 5 + index * 7
        steps += [(base, receive),
                  (base + 10, step("K01", "dispatch", "--lead", lead, "--reason", "练习数据：随机派给营销部或计量班")),
                  (base + 30, step(handler, "accept")),
                  (base + 90, step(handler, "contact", "--note", "电话联系客户")),
                  (17 * 60 + 32 + index * 6, step(handler, "reply", "--handled-at", f"{day} 17:00", "--handler", "经办人",
                                                  "--actions", "核查并解释", "--result", "已解决", "--feedback", "客户接受")),
                  (17 * 60 + 33 + index * 6, step("K01", "review", "--accept")),
                  (17 * 60 + 34 + index * 6, step("K01", "followup", "--satisfaction", record["satisfaction"]))]
        if kind == "投诉" and SECOND_FOLLOW_UP_DAYS > 0:
            # A complaint waits for its second follow-up (the seeds' second_follow_up_days)
            # and is closed on the first day laid down after that, at the day's end.
            record["second_due"] = str(day + datetime.timedelta(days=SECOND_FOLLOW_UP_DAYS))
        else:
            steps += [(17 * 60 + 35 + index * 6, step("K01", "close")),
                      (17 * 60 + 36 + index * 6, step("K01", "rule", "--not-at-fault"))]
    return steps + second_follow_ups(hall, day, orders)


def second_follow_ups(hall, day, orders):
    """The complaints whose second follow-up fell due by today: called back, closed and
    ruled after 18:00, later than any first follow-up's time of day."""
    steps = []
    due = [record for record in orders if record.get("second_due", "9999") <= str(day) and not record.get("closed")]
    for index, record in enumerate(due):
        record["closed"] = str(day)

        def step(*args, record=record):
            return lambda when: hall.run(when, "K01", "order", args[0], record["number"], *args[1:])

        base = 18 * 60 + index * 3
        steps += [(base, step("followup", "--satisfaction", "满意", "--note", "问题未再出现")),
                  (base + 1, step("close")),
                  (base + 2, step("rule", "--not-at-fault"))]
    return steps


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--month", default="2026-11")
    parser.add_argument("--days", type=int, default=31, help="how many working days to lay down")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ledger")
    parser.add_argument("--halldesk", default=os.path.join(ROOT, ".build", "debug", "halldesk"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(os.path.join(ROOT, "seeds", "business-types.toml"), "rb") as file:
        types = [t for t in tomllib.load(file)["business_types"] if "residential" in t.get("documents", {}) or t.get("answerable_at_door")]
    ledger = {"month": args.month, "days": {}}
    hall = Hall(args.halldesk, args.data, ledger)
    if not os.path.exists(os.path.join(args.data, "events.log")):
        subprocess.run([args.halldesk, "init", "--practice", "--data", args.data], check=True, capture_output=True)
    year, month = map(int, args.month.split("-"))
    day = datetime.date(year, month, 1)
    laid = 0
    while day.month == month and laid < args.days:
        if day.weekday() < 5:
            ledger["days"][str(day)] = simulate_day(hall, rng, day, types, ledger, work_orders(hall, rng, day, ledger))
            # The snapshot's own record (snapshotTaken) is stamped after the day, not now.
            hall.run(datetime.datetime.combine(day, datetime.time(23, 0)), "A01", "log", "snapshot")
            laid += 1
        day += datetime.timedelta(days=1)
    if args.ledger:
        with open(args.ledger, "w", encoding="utf-8") as file:
            json.dump(ledger, file, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
