"""display_latency.py COUNTER KEY DISPLAY TEXT LOG: sends KEY to the counter's tmux session,
polls the display's session every 10 ms until TEXT is on screen together with the block
number (at least five rows holding block characters), then prints the milliseconds from
the newest slipCalled record's own timestamp in LOG (the moment the call was decided and
appended) to the moment the display showed it; 99999 if it did not within 5 s. For a hall
whose log is in PostgreSQL, $EXPORT (a shell command, `halldesk log export … --to LOG`) is
run once the display showed the call, to write LOG first."""
import datetime
import json
import os
import subprocess
import sys
import time

counter, key, display, text, log = sys.argv[1:6]


def shown():
    screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", display], capture_output=True, text=True).stdout
    return text in screen and sum(1 for line in screen.split("\n") if "█" in line) >= 5


start = time.monotonic()
subprocess.run(["tmux", "send-keys", "-t", counter, key], check=True)
while time.monotonic() - start < 5:
    if shown():
        seen = datetime.datetime.now(datetime.timezone.utc)
        break
    time.sleep(0.01)
else:
    print(99999)
    sys.exit(0)

if os.environ.get("EXPORT"):
    subprocess.run(os.environ["EXPORT"], shell=True, check=True, stdout=subprocess.DEVNULL)
called = [json.loads(line) for line in open(log, encoding="utf-8") if '"type":"slipCalled"' in line][-1]
appended = datetime.datetime.fromisoformat(called["ts"])
print(max(0, round((seen - appended).total_seconds() * 1000)))
