#!/usr/bin/env bash
# End-to-end: the real halldesk binary in a real tmux terminal at 100×30.
# Types at it with send-keys, reads it with capture-pane, checks the log with the CLI.
# Prints `N passed, M failed` and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

swift build >/dev/null || { echo "e2e: swift build failed"; exit 1; }
BIN_DIR=$(swift build --show-bin-path)
HALLDESK="$BIN_DIR/halldesk"
LOGSTRESS="$BIN_DIR/logstress"
WORK=$(mktemp -d /tmp/halldesk-e2e.XXXXXX)
DATA="$WORK/data"
MAIN="halldesk-e2e-$$"
SESSION=$MAIN
passed=0
failed=0

cleanup() { for s in "$MAIN" "$MAIN-guide" "$MAIN-c1" "$MAIN-c4" "$MAIN-manager" "$MAIN-coordinator" "$MAIN-metering" "$MAIN-marketing" "$MAIN-dayk" "$MAIN-dayh" "$MAIN-demo" "$MAIN-bad" "$MAIN-baddays" "$MAIN-switch" "$MAIN-login" "$MAIN-board" "$MAIN-board2" "$MAIN-bc1" "$MAIN-putty" "$MAIN-floor-board" "$MAIN-floor-voice" "$MAIN-floor-guide" "$MAIN-floor-c1" "$MAIN-pgboard" "$MAIN-pgc1" "$MAIN-pgbureau"; do tmux kill-session -t "$s" 2>/dev/null; done; rm -rf "$WORK"; }
trap cleanup EXIT

check() { # check NAME COMMAND...: one named check, counted
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name"; echo "---- screen ----"; screen; echo "----------------"; fi
}
screen() { tmux capture-pane -p -t "$SESSION"; }
on() { SESSION=$1; }   # later checks read and type at this tmux session
shows() { screen | grep -qF -- "$1"; }
# Waits up to 5 s for the screen to show a text (the console polls every 100 ms).
wait_for() { for _ in $(seq 50); do shows "$1" && return 0; sleep 0.1; done; return 1; }
wait_for_regex() { for _ in $(seq 50); do screen | grep -qE -- "$1" && return 0; sleep 0.1; done; return 1; }
wait_gone() { for _ in $(seq 50); do shows "$1" || return 0; sleep 0.1; done; return 1; }
keys() { tmux send-keys -t "$SESSION" "$@"; }
# Every row is exactly 100 display columns wide and boxed rows end in the border: Chinese
# text took two columns each and nothing was cut in half.
aligned() { screen | python3 Tests/e2e/aligned.py 100; }

# --- init -----------------------------------------------------------------------------
check "init creates the data folder" "$HALLDESK" init --data "$DATA"
check "folder is 0750" test "$(stat -c %a "$DATA")" = 750
check "log is 0640" test "$(stat -c %a "$DATA/events.log")" = 640
check "init refuses an existing folder" bash -c "! '$HALLDESK' init --data '$DATA' 2>/dev/null"

# --- the console: home, help, panes, resize, live follow, quit ---------------------------
tmux new-session -d -s "$SESSION" -x 100 -y 30 "env -u NO_COLOR LANG=C.UTF-8 bash --norc --noprofile"
keys "export PS1='hd\$ '; stty sane; clear; '$HALLDESK' --data '$DATA'" Enter
check "home shows the hall in Chinese" wait_for "顺德供电局乐从营业厅"
check "home names the user and roles" wait_for "系统管理员、所长/值班经理"
check "home shows the log state" shows "日志为空"
check "home is aligned at 100 columns" aligned
keys "?"
check "? opens help" wait_for "切换到下一个/上一个窗格"
check "help is aligned" aligned
keys Escape
check "Esc closes help" wait_gone "切换到下一个/上一个窗格"
keys BTab
check "Shift-Tab from home wraps to the event log" wait_for "日志里还没有记录"
"$LOGSTRESS" append --log "$DATA/events.log" --writer e2e --count 3 >/dev/null
check "another process's records appear live" wait_for "较新版本写入的事件"
check "event log is aligned" aligned
keys Tab
check "Tab wraps back to home, count updated" wait_for "3 条"
tmux resize-window -t "$SESSION" -x 60 -y 20
check "too small says so" wait_for "窗口太小"
tmux resize-window -t "$SESSION" -x 100 -y 30
check "back at 100x30 the home returns" wait_for "顺德供电局乐从营业厅"
check "home aligned after resize" aligned
keys q
check "q quits" wait_gone "F1/?帮助"
keys "echo back-\$((40+2)); stty -a | grep -o -- '-\?icanon' | head -1" Enter
check "the shell is back" wait_for "back-42"
check "terminal modes restored (icanon on)" wait_for_regex '^icanon$'

# --- the log: verify, head, tail ----------------------------------------------------------
check "verify passes" "$HALLDESK" log verify --data "$DATA"
HEAD=$("$HALLDESK" log head --data "$DATA")
check "head is SEQ:HASH" bash -c "[[ '$HEAD' =~ ^3:[0-9a-f]{64}$ ]]"
check "verify --head accepts the kept head" "$HALLDESK" log verify --data "$DATA" --head "$HEAD"
check "tail --json prints 3 records" test "$("$HALLDESK" log tail --data "$DATA" --no-follow --json | wc -l)" = 3

# --- a torn tail: verify says so, the next console repairs it into quarantine ---------------
printf '{"seq":4,"ts":"2026-11-23T10:00:00.000+08:00","actor":"A01","term' >> "$DATA/events.log"
"$HALLDESK" log verify --data "$DATA" >/dev/null; rc=$?
check "verify exits 1 on a torn tail" test "$rc" = 1
keys "clear; '$HALLDESK' --data '$DATA'" Enter
check "console opens and repairs" wait_for "断尾修复"
keys q
wait_gone "F1/?帮助" >/dev/null
check "verify passes after the repair" "$HALLDESK" log verify --data "$DATA"
check "torn bytes are in quarantine" bash -c "cat '$DATA'/quarantine/*.bin | grep -q '\"term'"

# --- tampering: a flipped byte in the middle is named, never cut --------------------------
size_before=$(stat -c %s "$DATA/events.log")
python3 - "$DATA/events.log" <<'PY'
import sys
p = sys.argv[1]; b = bytearray(open(p, 'rb').read())
i = b.index(b'"writer":"e2e"'); b[i + 10] ^= 0x01
open(p, 'wb').write(b)
PY
"$HALLDESK" log verify --data "$DATA" >"$WORK/verify.txt"; rc=$?
check "verify exits 2 on tampering" test "$rc" = 2
check "verify names the line" grep -q "第 1 行" "$WORK/verify.txt"
keys "clear; '$HALLDESK' --data '$DATA'" Enter
check "console shows the alarm" wait_for "日志告警"
keys q
wait_gone "F1/?帮助" >/dev/null
check "a damaged log is never cut" test "$(stat -c %s "$DATA/events.log")" = "$size_before"

source Tests/e2e/hall_day.sh
source Tests/e2e/work_orders.sh
source Tests/e2e/orders_day.sh
source Tests/e2e/demo.sh
source Tests/e2e/bad_input.sh
source Tests/e2e/bad_days.sh
source Tests/e2e/staff_switch.sh
source Tests/e2e/other_login.sh
source Tests/e2e/putty_keys.sh
source Tests/e2e/display.sh
source Tests/e2e/hall_floor.sh
source Tests/e2e/pg_two_users.sh

echo "e2e: $passed passed, $failed failed"
test "$failed" = 0
