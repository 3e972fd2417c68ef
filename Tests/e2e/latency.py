"""latency.py FROM KEY TO REGEX: sends KEY to tmux session FROM, then polls session TO
every 10 ms until a line matches REGEX; prints the milliseconds it took (or 99999 after
5 s). This is the time from a keypress on one terminal to the change on another."""
import re
import subprocess
import sys
import time

source, key, target, pattern = sys.argv[1:5]
wanted = re.compile(pattern)


def shown():
    text = subprocess.run(["tmux", "capture-pane", "-p", "-t", target], capture_output=True, text=True).stdout
    return any(wanted.search(line) for line in text.split("\n"))


start = time.monotonic()
subprocess.run(["tmux", "send-keys", "-t", source, key], check=True)
while time.monotonic() - start < 5:
    if shown():
        print(round((time.monotonic() - start) * 1000))
        sys.exit(0)
    time.sleep(0.01)
print(99999)
