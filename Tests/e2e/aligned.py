"""Reads a tmux capture on stdin; checks every line is at most WIDTH display columns and
that every line starting with a box border ends with one at column WIDTH (so each Chinese
character took two columns and none was cut). Exits 1 naming the first bad line."""
import sys
import unicodedata

width = int(sys.argv[1])


def columns(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


lines = sys.stdin.read().split("\n")
boxed = 0
for number, line in enumerate(lines, 1):
    if columns(line) > width:
        sys.exit(f"line {number} is {columns(line)} columns wide: {line!r}")
    if line[:1] and line[0] in "│|":
        boxed += 1
        if columns(line) != width or line[-1] not in "│|":
            sys.exit(f"line {number} does not end with the border at column {width}: {line!r}")
if boxed < 10:
    sys.exit(f"only {boxed} boxed lines: is the console on screen?")
