# `halldesk demo` as a newcomer runs it (sourced by run.sh, uses its helpers): a temporary
# hall under $TMPDIR, the console on the manager's panel while simulated staff work at
# ×120. The panel must change by itself, another pane must open and come back, pause must
# stop the day (the log is checked while it stands still), and q must stop the staff,
# restore the terminal and remove the temporary hall. Then --until lays down a morning.
DEMO_TMP="$WORK/demo-tmp"
mkdir -p "$DEMO_TMP"
on "$MAIN-demo"
tmux new-session -d -s "$SESSION" -x 100 -y 30 "env -u NO_COLOR LANG=C.UTF-8 TMPDIR='$DEMO_TMP' bash --norc --noprofile"
keys "export PS1='hd\$ '; stty sane; clear; '$HALLDESK' demo --speed 120" Enter
check "demo opens on the manager's panel" wait_for "[现场看板]"
check "demo's speed is in the status line" wait_for "演示 ×120"
check "demo's keys are on the key bar" shows "F3暂停演示"
check "simulated staff open the counters" wait_for "C04"
panel() { screen | sed -n '4,22p'; }
records() { screen | head -1 | grep -o '日志 [0-9]* 条' | grep -o '[0-9]*'; }
before=$(panel); records_before=$(records)
sleep 3
check "the panel changed by itself" test "$(panel)" != "$before"
check "the log grew meanwhile" test "$(records)" -gt "$records_before"
check "queues show slips served today" bash -c "tmux capture-pane -p -t '$SESSION' | grep -E '^│ A 缴费与票据' | grep -qvE ' 0 +— +— +— +│'"
check "manager's panel aligned at 100 columns" aligned
keys Tab
check "Tab opens the reports pane while the demo runs" wait_for "[报表]"
keys BTab BTab BTab
check "the counter pane the simulation leaves free" wait_for "[窗口]"
check "counter 5 is free for the person at the console" wait_for "5号综合窗口"
keys Tab Tab
check "and back to the manager's panel" wait_for "[现场看板]"
keys F3
check "F3 pauses the demo" wait_for "演示已暂停"
sleep 0.5
paused=$(panel); paused_records=$(records)
sleep 1.5
check "paused: the panel stands still" test "$(panel)" = "$paused"
check "paused: nothing is written" test "$(records)" = "$paused_records"
check "the demo's log verifies while paused" "$HALLDESK" log verify --data "$(ls -d "$DEMO_TMP"/halldesk-demo-*)"
keys F3
check "F3 resumes" wait_for "演示 ×120"
keys +
check "+ speeds up" wait_for "演示 ×300"
keys q
check "q ends the demo with a summary" wait_for "演示的数据目录已删除"
check "the temporary hall is removed" bash -c "! ls -d '$DEMO_TMP'/halldesk-demo-* 2>/dev/null"
keys "echo back-\$((40+2)); stty -a | grep -o -- '-\?icanon' | head -1" Enter
check "demo: the shell is back" wait_for "back-42"
check "demo: terminal modes restored (icanon on)" wait_for_regex '^icanon$'
# Only this session's shell's children: another checkout's e2e run may have a demo of its own.
check "demo: the process is gone" bash -c "! pgrep -P \"\$(tmux display-message -p -t '$SESSION' '#{pane_pid}')\" -f 'halldesk' >/dev/null"

MORNING="$WORK/morning"
check "demo --until plays to 10:30 without a console" bash -c "'$HALLDESK' demo --keep '$MORNING' --until 10:30 | grep -q ' 10:30。'"
check "the morning's log verifies" "$HALLDESK" log verify --data "$MORNING"
check "the morning has slips and a work order" python3 - "$HALLDESK" "$MORNING" <<'PY'
import json, subprocess, sys
lines = subprocess.run([sys.argv[1], "log", "tail", "--data", sys.argv[2], "--after", "0", "--no-follow", "--json"], capture_output=True, text=True).stdout.splitlines()
types = [json.loads(line)["type"] for line in lines]
sys.exit(0 if types.count("slipIssued") > 50 and types.count("workOrderRegistered") >= 1 else print(len(types), set(types)) or 1)
PY
